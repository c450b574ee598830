"""Cards drawn in columns under the shape that heads them (extractors.drawn_cards,
plan_kicker_cards, plan_recommendations.listed_by_label, pipeline.marks): a plan drawn as a
building, a column per recommendation whose dark capital prints 'Recommendation N' over its
text, the column's actions as tinted cards under it. Each card answers the capital above it
(not a shape to its left: there is none); the capitals, read shape by shape, are the plan's
recommendations, their label alone on the first line over the sentence; a card left the pale
grey of 'no status', edged like the others, is a card too; the status key's swatches are short
tinted bars before coined words, which the bars' hues rate."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.drawn_cards import drawn_cards
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.marks import page_key_phrases
from plantrace.pipeline.reader import parse_pdf

RECS = [
    ("1", ["Improve the quality of supervision so that", "it is reflective and regular"]),
    ("2", ["Strengthen the response to children who", "go missing from home or care"]),
    ("3", ["Reduce delay in achieving permanence", "for children in care"]),
]
# ref, text, owner, due, status word (coined: the key gives it its colour)
CARDS = {
    "1": [
        ("1.1", "Train every team manager in reflective supervision", "Owen Tremayne",
         "31 March 2027", "Holding"),
        ("1.2", "Audit twelve supervision records each month", "Grace Adebayo",
         "30 June 2027", "Leaning"),
    ],
    "2": [
        ("2.1", "Offer every child a return home interview within three days", "Ruth Kowalczyk",
         "31 May 2027", "Toppled"),
        ("2.2", "Hold a monthly missing children panel", "Leon Fairweather",
         "30 April 2027", "Not begun"),
    ],
    "3": [
        ("3.1", "Hold a permanence planning meeting by the second review", "Sian Pritchard",
         "31 July 2027", "Holding"),
        ("3.2", "Track care proceedings weekly at the legal gateway panel", "Helen Markham",
         "31 August 2027", "Leaning"),
    ],
}  # fmt: skip
# status word -> (tint, edge): the key's bars and the cards alike; 'Not begun' pale grey
STATUS = {
    "Holding": ("#E8F5E9", "#2E7D32"),
    "Leaning": ("#FFF3E0", "#B26A00"),
    "Toppled": ("#FFEBEE", "#C62828"),
    "Not begun": ("#F5F5F5", "#616161"),
}


def _building(path: Path) -> None:
    width, height = landscape(A3)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    stone = colors.HexColor("#4E4A44")
    c.setFillColor(stone)
    c.rect(34, height - 150, width - 68, 116, stroke=0, fill=1)  # the roof: title and byline
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawCentredString(width / 2, height - 90, "Building better services for children")
    c.setFont("Helvetica", 8)
    c.drawCentredString(width / 2, height - 130, "Drawn up by Bartholomew Ekwueme for the board.")
    col_w, gap, top, bottom = 330.0, 40.0, height - 170, 120.0
    for i, (num, text) in enumerate(RECS):
        x = 60 + i * (col_w + gap)
        c.setFillColor(colors.HexColor("#D9D4CC"))  # the column, holding its cards
        c.setStrokeColor(stone)
        c.rect(x, bottom, col_w, top - bottom, stroke=1, fill=1)
        c.setFillColor(stone)  # the capital: the recommendation
        c.rect(x - 7, top - 96, col_w + 14, 96, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawCentredString(x + col_w / 2, top - 34, f"Recommendation {num}")
        c.setFont("Helvetica", 9.5)
        for k, ln in enumerate(text):
            c.drawCentredString(x + col_w / 2, top - 46 - 11.5 * k, ln)
        y = top - 102
        for ref, act, owner, due, status in CARDS[num]:
            tint, edge = STATUS[status]
            y -= 150
            c.setFillColor(colors.HexColor(tint))
            c.setStrokeColor(colors.HexColor(edge))
            c.setLineWidth(1.6)
            c.rect(x + 6, y, col_w - 12, 144, stroke=1, fill=1)
            c.setFillColor(colors.black)
            lines = [
                ("Helvetica-Bold", ref),
                ("Helvetica", act),
                ("Helvetica-Bold", f"Builder: {owner}"),
                ("Helvetica", f"Ready by: {due}"),
                ("Helvetica-Bold", f"State: {status}"),
            ]
            yy = y + 110
            for font, ln in lines:
                c.setFont(font, 9)
                c.drawString(x + 12, yy, ln)
                yy -= 11.5
    c.setFillColor(colors.black)  # the key: a short bar of each tint before its word
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(34, 60, "Key - State:")
    kx = 130.0
    for word, (tint, edge) in STATUS.items():
        c.setFillColor(colors.HexColor(tint))
        c.setStrokeColor(colors.HexColor(edge))
        c.setLineWidth(1.2)
        c.rect(kx, 57, 25.5, 12, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8.5)
        c.drawString(kx + 31, 60, word)
        kx += 45 + c.stringWidth(word, "Helvetica", 8.5)
    c.showPage()
    c.save()


def test_each_card_answers_the_capital_over_its_column(tmp_path: Path) -> None:
    pdf = tmp_path / "building.pdf"
    _building(pdf)
    page = parse_pdf(pdf).pages[0]
    _ = page.rulings  # the shapes are read with the rulings
    cards = drawn_cards(page)
    # the pale grey card (2.2) is a card beside its tinted siblings
    assert [c.ref for c in cards] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert [c.rec for c in cards] == ["1", "1", "2", "2", "3", "3"]
    assert [c.head_lines[0].text for c in cards if c.head_lines] == [
        "Recommendation 1", "Recommendation 1", "Recommendation 2", "Recommendation 2",
        "Recommendation 3", "Recommendation 3",
    ]  # fmt: skip


def test_key_of_bars_rates_the_coined_words(tmp_path: Path) -> None:
    pdf = tmp_path / "building.pdf"
    _building(pdf)
    key = dict(page_key_phrases(parse_pdf(pdf).pages[0]))
    # the grey bar's word is no colour: left unrated
    assert key == {"holding": "green", "leaning": "amber", "toppled": "red"}


def test_building_plan_read_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "building.pdf"
    _building(pdf)
    plan = extract_plan(parse_pdf(pdf))
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (num, " ".join(text)) for num, text in RECS
    ]
    ids = {r.id: r.number for r in plan.recommendations}
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert [[ids[x] for x in a.recommendations] for a in plan.actions] == [
        ["1"], ["1"], ["2"], ["2"], ["3"], ["3"],
    ]  # fmt: skip
    assert [a.rag for a in plan.actions] == ["green", "amber", "red", None, "green", "amber"]
    by = {a.ref: a for a in plan.actions}
    assert by["2.2"].owner == "Leon Fairweather"
    assert by["2.2"].due_raw == "30 April 2027"
    assert by["3.2"].text == "Track care proceedings weekly at the legal gateway panel"


def test_pale_boxes_alone_are_no_drawn_cards(tmp_path: Path) -> None:
    """Boxes edged and filled near-white with no tinted card of their width are frames or
    panels, left to the readers of boxes: the pale shape counts only beside tinted siblings."""
    pdf = tmp_path / "pale.pdf"
    width, height = landscape(A3)
    c = canvas.Canvas(str(pdf), pagesize=(width, height))
    for k, (ref, act, owner, due, _) in enumerate(CARDS["1"] + CARDS["2"]):
        x, y = 60 + k * 260, height - 300
        c.setFillColor(colors.HexColor("#F5F5F5"))
        c.setStrokeColor(colors.HexColor("#616161"))
        c.rect(x, y, 240, 144, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        for j, ln in enumerate([ref, act[:40], f"Builder: {owner}", f"Ready by: {due}"]):
            c.drawString(x + 6, y + 120 - 11.5 * j, ln)
    c.showPage()
    c.save()
    page = parse_pdf(pdf).pages[0]
    _ = page.rulings
    assert len(page.polygons) == 4  # the reader keeps them as pale card shapes
    assert drawn_cards(page) == []
