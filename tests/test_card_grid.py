"""Cards laid out in two dimensions (issue 11): a CSS grid of cards two or three to a row, and an
A3 'plan on a page' with a swimlane of boxes per recommendation, printed by Chromium; and the
box geometry itself on lines built by hand.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.card_grid import box_grid
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_cards import field_line
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import print_pdf

RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
}
# ref, action, owner, due as printed, due read, status word, RAG read, strip colour
CARDS = [
    ("A1.1", "Introduce a single assessment framework across all locality teams so that every"
     " child is assessed in the same way", "AD Safeguarding", "Mar 2025", "2025-03-31",
     "On track", "green", "#92d050"),
    ("A1.2", "Audit twelve assessments every month and report the findings to the practice"
     " quality group", "JM (Principal SW)", "Q2 2025/26", "2025-09-30", "Delayed", "amber",
     "#ffc000"),
    ("A1.3", "Publish practice guidance on chronologies with worked examples",
     "Head of Service, Assessment", "31/10/2025", "2025-10-31", "Complete", "blue", "#5b9bd5"),
    ("A2.1", "Publish a revised supervision standard with a four-weekly minimum",
     "Service Manager, Assessment", "Spring 2026", "2026-05-31", "Off track", "red", "#ff5050"),
    ("A2.2", "Train all team managers in reflective supervision with the regional partnership",
     "David Osei", "Sep 2025", "2025-09-30", "Amber", "amber", "#ffc000"),
]  # fmt: skip
FACTS = [(ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag, _ in CARDS]


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    out = tmp / "plan.pdf"
    print_pdf(page, out)
    return out.read_bytes()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "plan.pdf"))


def _facts(plan: PlanExtraction) -> list[tuple[str | None, str, str | None, str, str | None]]:
    return [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]


def _rec_texts(plan: PlanExtraction) -> list[list[str | None]]:
    return [[plan_rec(plan, r) for r in a.recommendations] for a in plan.actions]


def plan_rec(plan: PlanExtraction, rid: str) -> str | None:
    return next((r.text for r in plan.recommendations if r.id == rid), None)


def _grid_cards(columns: int, chip_after_ref: bool = False) -> str:
    chip = "padding:0 5pt;border-radius:5pt"
    top = (
        "font-weight:bold"
        if chip_after_ref
        else "display:flex;justify-content:space-between;font-weight:bold"
    )
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "@page{size:A4;margin:12mm}*{print-color-adjust:exact;box-sizing:border-box}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt}h2{font-size:11pt}"
        f".cards{{display:grid;grid-template-columns:repeat({columns},1fr);gap:8pt}}"
        ".card{border:0.8pt solid #8ea9c1;border-radius:4pt;padding:5pt 7pt}"
        f".top{{{top}}}"
        ".card p{margin:2pt 0}.lbl{font-weight:bold;color:#1f4e78}"
        "</style></head><body><h1>Improvement plan: progress report 2025</h1>"
    ]
    for number, rec in RECS.items():
        parts.append(f"<h2>Recommendation {number}: {escape(rec)}</h2><div class='cards'>")
        for ref, text, owner, due, _, status, _, colour in CARDS:
            if ref[1] == number:
                parts.append(
                    f"<div class='card'><div class='top'><span>{ref}</span>"
                    f" <span style='{chip};margin-left:4pt;background:{colour}'>{status}</span></div>"
                    f"<p>{escape(text)}</p>"
                    f"<p><span class='lbl'>Action owner:</span> {escape(owner)}</p>"
                    f"<p><span class='lbl'>Due by:</span> {escape(due)}</p></div>"
                )
        parts.append("</div>")
    return "".join(parts) + "</body></html>"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
@pytest.mark.parametrize(("columns", "chip_after_ref"), [(2, False), (3, False), (3, True)])
def test_cards_two_or_three_to_a_row(tmp_path: Path, columns: int, chip_after_ref: bool) -> None:
    """Cards laid out by a CSS grid: each card is read from its own box (its ref alone on the
    first line, the status a chip at that line's right end or set off just after the ref, the
    text, then inline labels), in reading order, each under the recommendation heading above
    its row."""
    plan = _read(_print(tmp_path, _grid_cards(columns, chip_after_ref)))
    assert _facts(plan) == FACTS
    assert _rec_texts(plan) == [[RECS["1"]]] * 3 + [[RECS["2"]]] * 2
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())


def _stacked_cards() -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:12mm}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt}"
        ".cards{display:grid;grid-template-columns:1fr 1fr;gap:8pt}"
        ".card{border:0.8pt solid #8ea9c1;border-radius:4pt;padding:5pt 7pt}"
        ".l{color:#666;font-size:7pt;margin:3pt 0 0}.v{margin:0}"
        "</style></head><body><h1>Improvement plan 2025</h1>"
    ]
    for number, rec in RECS.items():
        parts.append(f"<h2>Recommendation {number}: {escape(rec)}</h2><div class='cards'>")
        for ref, text, owner, due, _, status, _, _ in CARDS:
            if ref[1] == number:
                parts.append(
                    f"<div class='card'><p><b>{ref} {escape(text)}</b></p>"
                    f"<p class='l'>Action owner</p><p class='v'>{escape(owner)}</p>"
                    f"<p class='l'>Due by</p><p class='v'>{escape(due)}</p>"
                    f"<p class='l'>Status</p><p class='v'>{status}</p></div>"
                )
        parts.append("</div>")
    return "".join(parts) + "</body></html>"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
def test_cards_side_by_side_with_labels_above_values(tmp_path: Path) -> None:
    """Rounded cards two to a row (no ruled box to find), each label printed above its value,
    with a paragraph gap between a card's title and its fields as wide as a gap between boxes:
    each card is still its title and its fields, its status the value under 'Status'."""
    plan = _read(_print(tmp_path, _stacked_cards()))
    assert _facts(plan) == FACTS
    assert _rec_texts(plan) == [[RECS["1"]]] * 3 + [[RECS["2"]]] * 2


def _swimlanes(strip: bool, ruled: bool = True) -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "@page{size:A3 landscape;margin:12mm}*{print-color-adjust:exact;box-sizing:border-box}"
        "body{font-family:'DejaVu Serif',serif;font-size:8.5pt}"
        ".lanes{display:grid;grid-template-columns:55mm 1fr;border:1pt solid #1f4e78}"
        ".label{background:#dde7f0;padding:5pt;border-bottom:1pt solid #1f4e78}"
        ".label b{font-size:14pt;display:block}"
        ".lane{display:flex;gap:5pt;padding:5pt;border-bottom:1pt solid #1f4e78}"
        ".box{flex:1 1 0;min-width:0;border:0.6pt solid #999;padding:4pt;font-size:8pt}"
        ".box p{margin:1pt 0}.chip{padding:0 5pt;border-radius:5pt}"
        "</style></head><body><h1>Plan on a page: children's services 2025</h1>"
        "<div class='lanes'>"
    ]
    for number, rec in RECS.items():
        parts.append(f"<div class='label'><b>R{number}</b>{escape(rec)}</div><div class='lane'>")
        for ref, text, owner, due, _, status, _, colour in CARDS:
            if ref[1] != number:
                continue
            bar = f" style='border-left:6pt solid {colour}'" if strip else ""
            chip = "" if strip else f"<p><span class='chip' style='background:{colour}'>{status}"
            parts.append(
                f"<div class='box'{bar}><p><b>{ref}</b> {escape(text)}</p>"
                f"<p>Lead officer: {escape(owner)}</p><p>Date due: {escape(due)}</p>"
                f"{chip}{'' if strip else '</span></p>'}</div>"
            )
        parts.append("</div>")
    html = "".join(parts) + "</div></body></html>"
    if not ruled:  # no border anywhere: shaded lane labels, boxes of text alone
        for border in ("border:1pt solid #1f4e78", "border-bottom:1pt solid #1f4e78",
                       "border:0.6pt solid #999"):  # fmt: skip
            html = html.replace(border, "border:none")
    return html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
def test_swimlanes_with_no_rules(tmp_path: Path) -> None:
    """Lanes with no border at all: the shaded label cells are a table of their own, the boxes
    lines of text; each label is still the recommendation of the boxes level with it."""
    plan = _read(_print(tmp_path, _swimlanes(False, ruled=False)))
    assert _facts(plan) == FACTS
    assert _rec_texts(plan) == [[RECS["1"]]] * 3 + [[RECS["2"]]] * 2


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
@pytest.mark.parametrize("strip", [False, True])
def test_swimlanes_of_boxes_under_lane_labels(tmp_path: Path, strip: bool) -> None:
    """A3 plan on a page: a lane per recommendation, its label ('R1' over the recommendation) on
    the left, a row of action boxes beside it. Each box is a card (its bold ref and text wrap
    in another weight); the status is a chip under the fields, or only the colour of a strip
    down the box's left edge; the lane label is the recommendation of the boxes in its row."""
    plan = _read(_print(tmp_path, _swimlanes(strip)))
    assert _facts(plan) == FACTS
    assert _rec_texts(plan) == [[RECS["1"]]] * 3 + [[RECS["2"]]] * 2
    assert [r.text for r in plan.recommendations] == list(RECS.values())


def _headed_columns(label: str) -> str:
    """An A3 plan on a page: a column per recommendation, its label alone over its text in a
    dark head box, the action boxes stacked under it, the boxes of the columns level row by
    row (so that the page's rows interleave the recommendations' actions)."""
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "@page{size:A3 landscape;margin:10mm}*{print-color-adjust:exact;box-sizing:border-box}"
        "body{margin:0;font-family:'DejaVu Serif',serif;font-size:8pt}"
        ".cols{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4mm}"
        ".col{background:#f4f4f4;padding:2.5mm}"
        ".head{background:#4b2e83;color:#fff;padding:3mm;margin:-2.5mm -2.5mm 3mm;min-height:30mm}"
        ".head b{display:block;font-size:10pt;margin-bottom:1.5mm}"
        ".box{background:#fff;border:0.6pt solid #b0b0b0;padding:2mm;margin-bottom:2.5mm}"
        ".box p{margin:0.8mm 0}.pill{padding:0.4mm 2mm;border-radius:2mm;background:#e2efda}"
        "</style></head><body><h1>Delivery plan 2025/26</h1>"
        "<p>How the council responds to each improvement requirement of the inspection.</p>"
        "<div class='cols'>"
    ]
    for number, rec in RECS.items():
        parts.append(
            f"<div class='col'><div class='head'><b>{label} {number}</b>{escape(rec)}</div>"
        )
        for ref, text, owner, due, _, status, _, _ in CARDS:
            if ref[1] == number:
                parts.append(
                    f"<div class='box'><p><b>{ref[1:]}</b> {escape(text)}</p>"
                    f"<p>Named officer: {escape(owner)}</p><p>Deliver by: {escape(due)}</p>"
                    f"<p>On track? <span class='pill'>{status}</span></p></div>"
                )
        parts.append("</div>")
    return "".join(parts) + "</div></body></html>"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
@pytest.mark.parametrize("label", ["Improvement requirement", "Area"])
def test_boxes_stacked_under_column_heads(tmp_path: Path, label: str) -> None:
    """A column per recommendation: the boxes stacked under a column's head belong to the
    recommendation printed in it (its label alone over its text), though the page's rows put
    the first action of every column side by side."""
    plan = _read(_print(tmp_path, _headed_columns(label)))
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        (ref[1:], owner, due) for ref, _, owner, _, due, _, _, _ in CARDS
    ]
    assert _rec_texts(plan) == [[RECS["1"]]] * 3 + [[RECS["2"]]] * 2


def _line(text: str, x0: float, top: float, size: float = 8.0, gap_at: int = 0) -> Line:
    """A line of words 4.5pt a character, a word space 2.5pt (a gap of 60pt before word
    `gap_at` when given)."""
    words: list[Word] = []
    x = x0
    for k, w in enumerate(text.split()):
        if gap_at and k == gap_at:
            x += 60.0
        words.append(Word(w, x, top, x + 4.5 * len(w), top + size))
        x += 4.5 * len(w) + 2.5
    return Line(text, (x0, top, words[-1].x1, top + size), size, False, 1, 0, words=words)


def _card(ref: str, x0: float, top: float, status: str) -> list[Line]:
    return [
        _line(f"{ref} {status}", x0, top, gap_at=1),
        _line("Publish a revised threshold", x0, top + 11),
        _line("Action owner: Head of Service", x0, top + 22),
        _line("Due by: March 2025", x0, top + 33),
    ]


def test_box_order_row_by_row_with_chips() -> None:
    """Two cards to a row come apart at the gutter between them and read row by row, left to
    right; a status set off at the right end of a card's first line is its chip."""
    heading = _line("Recommendation 1: Improve the front door response to children", 40, 40)
    left1, right1 = _card("A1.1", 40, 70, "Green"), _card("A1.2", 300, 70, "Red")
    left2 = _card("A1.3", 40, 130, "Amber")
    lines = sorted([heading, *left1, *right1, *left2], key=lambda ln: (ln.top, ln.x0))
    grid = box_grid(lines, lambda ln: field_line(ln) is not None)
    assert grid is not None
    texts = [ln.text for ln in grid.lines]
    assert texts == [
        heading.text,
        "A1.1", *(ln.text for ln in left1[1:]),
        "A1.2", *(ln.text for ln in right1[1:]),
        "A1.3", *(ln.text for ln in left2[1:]),
    ]  # fmt: skip
    assert sorted(c.text for c in grid.chips.values()) == ["Amber", "Green", "Red"]
    assert grid.beside == set()


def test_a_single_column_of_cards_is_left_alone() -> None:
    """Cards one under another (and prose) are no grid: the card reader reads them as before."""
    lines = [*_card("A1.1", 40, 70, "Green"), *_card("A1.2", 40, 130, "Red")]
    assert box_grid(lines, lambda ln: field_line(ln) is not None) is None


def _on_page(lines: list[Line], page: int) -> list[Line]:
    return [
        Line(ln.text, ln.bbox, ln.font_size, ln.bold, page, ln.index, words=ln.words)
        for ln in lines
    ]


def test_boxes_under_column_heads_read_column_by_column_page_by_page() -> None:
    """A head of no field atop each column of bordered card boxes: the columns are read one after the
    other, each head first and kept whole; a next page of cards two to a row under no head is
    read row by row as before."""
    head1 = [_line("Area 1", 40, 40), _line("Improve the front door response", 40, 51)]
    head2 = [_line("Area 2", 300, 40), _line("Strengthen management oversight", 300, 51)]
    a11, a21 = _card("1.1", 40, 80, "Green"), _card("2.1", 300, 80, "Red")
    a12 = _card("1.2", 40, 140, "Amber")
    b1, b2 = _on_page(_card("2.2", 40, 40, "Green"), 2), _on_page(_card("2.3", 300, 40, "Red"), 2)
    lines = sorted(
        [*head1, *head2, *a11, *a21, *a12, *b1, *b2], key=lambda ln: (ln.page, ln.top, ln.x0)
    )
    drawn = [a11, a21, a12, b1, b2]  # each card in a border of its own
    grid = box_grid(lines, lambda ln: field_line(ln) is not None, drawn=drawn)
    assert grid is not None
    firsts = [
        ln.text
        for ln in grid.lines
        if ln.text.split()[0] in ("Area", "1.1", "1.2", "2.1", "2.2", "2.3")
    ]
    assert [f.split()[0] for f in firsts] == ["Area", "1.1", "1.2", "Area", "2.1", "2.2", "2.3"]
    assert firsts[0] == "Area 1" and firsts[3] == "Area 2"
    heads = {grid.box[id(ln)] for ln in grid.lines if ln.text.startswith("Area")}
    assert grid.beside == heads and len(heads) == 2


def _tailed_card(ref: str, x0: float, top: float, status: str) -> list[Line]:
    """A roadmap card: title, three fields, then the status chip on a line of its own, its word
    padded in by the pill (5 pt: less than the 8 pt line height, more than half of it)."""
    return [
        _line(f"{ref} Launch a single screening tool", x0, top),
        _line("Lead sponsor: Tom Ellery", x0, top + 11),
        _line("Landing point: Saturday 31 October 2026", x0, top + 22),
        _line("Responds to: Finding F1", x0, top + 33),
        _line(status, x0 + 5.0, top + 44),
    ]


def test_a_status_chip_padded_in_under_the_last_field_is_its_chip() -> None:
    """A status in words no vocabulary holds ('In hand', 'Stretched'), on the last line of
    most cards and coming back from card to card, set in by a pill's padding only: the chip,
    not the rest of the 'Responds to' value."""
    left1, right1 = (
        _tailed_card("RM1", 40, 70, "In hand"),
        _tailed_card("RM2", 300, 70, "Stretched"),
    )
    left2 = _tailed_card("RM3", 40, 140, "In hand")
    lines = sorted([*left1, *right1, *left2], key=lambda ln: (ln.top, ln.x0))
    grid = box_grid(lines, lambda ln: field_line(ln) is not None)
    assert grid is not None
    assert sorted(c.text for c in grid.chips.values()) == ["In hand", "In hand", "Stretched"]
    assert [ln.text for ln in grid.lines].count("Responds to: Finding F1") == 3


def test_a_status_chip_above_an_update_field_is_its_chip() -> None:
    """The chip need not end the card: an update line (its value wrapped onto a second line)
    may follow it. Four cards showing four statuses once each: a chip in every card needs no
    word to come back."""
    cards = []
    for ref, x0, top, status in [
        ("RM1", 40, 70, "In hand"),
        ("RM2", 300, 70, "Stretched"),
        ("RM3", 40, 160, "Snagged"),
        ("RM4", 300, 160, "Upcoming"),
    ]:
        card = _tailed_card(ref, x0, top, status)
        card += [
            _line("Update narrative: Draft agreed by partners; sign-off", x0, top + 55),
            _line("due at the next board", x0, top + 66),
        ]
        cards.append(card)
    lines = sorted([ln for c in cards for ln in c], key=lambda ln: (ln.top, ln.x0))
    grid = box_grid(lines, lambda ln: field_line(ln) is not None)
    assert grid is not None
    assert sorted(c.text for c in grid.chips.values()) == [
        "In hand", "Snagged", "Stretched", "Upcoming"
    ]  # fmt: skip
    texts = [ln.text for ln in grid.lines]
    assert texts.count("Responds to: Finding F1") == 4
    assert texts.count("due at the next board") == 4
