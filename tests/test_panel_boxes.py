"""A plan printed from a web page, each section a tinted rounded panel: the section's heading
and the recommendation it answers at the top, then a white rounded box per action inside it
(the action in bold, 'Who is in charge: <name>', 'When it will be done by: <date>'). The table
finder reads the panel's outline as a one-cell table holding every line in it, and each action's
box again as a table of its own.

What is read: each action once, its text whole (no panel heading glued to the first), its owner
and its due date under plain-words labels of up to six words, its update under 'News'; the
panel itself is no action. The panel's heading '1. What Ofsted said' names no recommendation:
the sentence under it is recommendation 1, and the panel's actions answer it.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from plantrace.extractors.numbered_names import numbered_name
from plantrace.extractors.panel_boxes import open_panels
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import Element, read_layout
from plantrace.extractors.status_beside_labels import seat_status_labels
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.reader import parse_pdf_bytes

# section number, recommendation, [(action, owner, due as printed, due iso)]
SECTIONS = [
    ("1", "Reduce delay in achieving permanence for children in care through timely planning",
     [("Recruit twenty additional foster carers through a targeted local campaign",
       "Fatima Rahman", "13th March 2027", "2027-03-13"),
      ("Track the timeliness of care proceedings weekly through the legal panel",
       "Bethan Lloyd", "12th February 2028", "2028-02-12")]),
    ("2", "Improve the timeliness of education, health and care plans for children in care",
     [("Reduce the time taken to issue education, health and care plans",
       "Joseph Mensah", "19th February 2027", "2027-02-19"),
      ("Offer tuition to every child in care who is behind in reading",
       "Tom Ellery", "18th September 2027", "2027-09-18")]),
]  # fmt: skip


NEWS = "Work under way; two posts filled"
# each action's status in plain words, and its colour
STATUS = {
    "Recruit twenty additional foster carers through a targeted local campaign": (
        "A bit behind",
        "amber",
    ),
    "Track the timeliness of care proceedings weekly through the legal panel": ("Done!", "blue"),
    "Reduce the time taken to issue education, health and care plans": ("Stuck", "red"),
    "Offer tuition to every child in care who is behind in reading": ("Going well", "green"),
}


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 800, "Our promise to you")
    top = 770.0
    for number, rec, actions in SECTIONS:
        height = 60 + 80 * len(actions)
        c.setFillColor(HexColor("#fff3e0"))
        c.setStrokeColor(HexColor("#fff3e0"))
        c.roundRect(40, top - height, 515, height, 10, stroke=1, fill=1)
        c.setFillColor(HexColor("#4a2a9a"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, top - 20, f"{number}. What Ofsted said")
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 9.5)
        c.drawString(55, top - 40, rec)
        y = top - 55
        for text, owner, due, _ in actions:
            c.setFillColor(white)
            c.setStrokeColor(HexColor("#dddddd"))
            c.roundRect(50, y - 74, 495, 74, 8, stroke=1, fill=1)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(80, y - 15, text)
            for k, (label, value) in enumerate(  # the status line stands third
                [("Who is in charge:", owner), ("When it will be done by:", due), ("News:", NEWS)]
            ):
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(80, y - 29 - 12 * (k + k // 2), label)
                c.setFont("Helvetica", 9.5)
                c.drawString(
                    82 + c.stringWidth(label, "Helvetica-Bold", 9.5),
                    y - 29 - 12 * (k + k // 2),
                    value,
                )
            # the status label, a face icon, then the status set a little higher beside it
            status, _ = STATUS[text]
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(80, y - 53, "Progress check")
            c.setFillColor(HexColor("#f0a030"))
            c.circle(156, y - 49, 5, stroke=0, fill=1)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica", 9.5)
            c.drawString(165, y - 48.5, status)
            y -= 80
        top -= height + 20
    c.showPage()
    c.save()
    return buf.getvalue()


def test_panel_round_boxes_is_opened_into_its_heading() -> None:
    doc = parse_pdf_bytes(_pdf(), "panels.pdf")
    found = read_layout(doc)
    opened = open_panels(found)
    texts = [" ".join(el.text.split()) for el in opened]
    assert "1. What Ofsted said" in texts
    # the panel's one cell holding every card's lines is gone; each card's box stays
    boxes = [el for el in opened if el.raw is not None]
    assert len(boxes) == 4
    assert not any("What Ofsted said" in el.text for el in boxes)


def test_each_action_in_a_panel_is_read_once_with_its_owner_and_due_date() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "panels.pdf"))
    want = {text: (owner, iso) for _, _, acts in SECTIONS for text, owner, _, iso in acts}
    got = {
        a.text: (a.owner, a.due_date.isoformat() if a.due_date else None) for a in result.actions
    }
    assert len(result.actions) == 4
    assert got == want
    assert [a.progress for a in result.actions] == [NEWS] * 4  # 'News:' labels the update


def test_numbered_what_ofsted_said_heading_quotes_the_recommendation_under_it() -> None:
    """'1. What Ofsted said' names no recommendation: the sentence under it is number 1."""
    result = extract_plan(parse_pdf_bytes(_pdf(), "panels.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == [
        (number, rec) for number, rec, _ in SECTIONS
    ]
    links = {a.text: a.recommendations for a in result.actions}
    assert links == {text: [f"r{number}"] for number, _, acts in SECTIONS for text, *_ in acts}


def test_numbered_name_reads_the_number_of_a_fixed_phrase_only() -> None:
    assert numbered_name("2. What Ofsted said") == "2"
    assert numbered_name("3) What Ofsted said:") == "3"
    assert numbered_name("2. Workforce") is None  # a section's own title
    assert numbered_name("2. What Ofsted said about the front door and more") is None


def test_status_beside_its_plain_words_label_is_the_status() -> None:
    """'Progress check', no colon, a face icon, then the status set higher: the status field,
    not words of the due date above it."""
    result = extract_plan(parse_pdf_bytes(_pdf(), "panels.pdf"))
    assert {a.text: a.rag for a in result.actions} == {t: rag for t, (_, rag) in STATUS.items()}
    assert {a.text: a.due_raw for a in result.actions} == {
        text: due for _, _, acts in SECTIONS for text, _, due, _ in acts
    }


def test_status_raised_beside_its_label_on_a_line_of_its_own_is_seated() -> None:
    """Chromium writes the status beside the icon as a line of its own, 4.5 pt higher: pdfium's
    tight boxes (as measured on such a print) overlap by about 0.4 of the line's height."""

    def line(text: str, box: tuple[float, float, float, float]) -> Line:
        return Line(text, box, 9.5, False, 1, 0, words=[])

    lines = [
        line("When it will be done by: 13th March 2027", (87.8, 255.9, 278.9, 263.3)),
        line("A bit behind", (183.8, 269.4, 235.3, 276.8)),
        line("Progress check", (88.4, 273.9, 162.2, 281.3)),
        line("News: Recruitment under way", (88.4, 285.9, 293.2, 295.3)),
    ]
    cell = Cell(" ".join(ln.text for ln in lines), (47.0, 223.0, 548.0, 301.0), lines=lines)
    table = Table(1, cell.bbox, [[cell]], ruled=True)
    seat_status_labels([Element(1, 223.0, raw=table)])
    assert [ln.text for ln in cell.lines] == [
        "When it will be done by: 13th March 2027",
        "Progress check: A bit behind",
        "News: Recruitment under way",
    ]


def _board() -> bytes:
    """Two board columns side by side, each a tinted panel headed by a status over two cards."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    for k, (status, cards) in enumerate([
        ("At risk", ["#101 Recruit twenty foster carers", "#102 Track care proceedings"]),
        ("Done", ["#103 Issue plans on time", "#104 Offer tuition in reading"]),
    ]):  # fmt: skip
        x = 40 + 380 * k
        c.setFillColor(HexColor("#eef2f7"))
        c.setStrokeColor(HexColor("#eef2f7"))
        c.roundRect(x, 300, 360, 240, 10, stroke=1, fill=1)
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x + 12, 520, status)
        for j, text in enumerate(cards):
            y = 490 - 90 * j
            c.setFillColor(white)
            c.setStrokeColor(HexColor("#cccccc"))
            c.roundRect(x + 10, y - 70, 340, 70, 6, stroke=1, fill=1)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 20, y - 20, text)
            c.drawString(x + 20, y - 40, "Owner: Grace Adebayo")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_panels_side_by_side_are_a_boards_columns_and_stay_shut() -> None:
    # a kanban board's columns are panels standing level with each other: their heading is the
    # status of the cards under it, which the board reader takes from the column as printed
    found = read_layout(parse_pdf_bytes(_board(), "board.pdf"))
    panels = [el for el in found if el.raw is not None and "At risk" in el.text]
    assert panels, "the column is found as an outline holding its cards"
    assert open_panels(found) == found
