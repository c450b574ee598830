"""A status printed only as a coloured mark (a dot glyph or a small filled circle), read through
the plan's own key of coloured marks (pipeline/marks.py, rag.keyed_fill).

The plan here is not the layout the marks reader was written for: a ReportLab plan whose table
is the right way up, whose key sits on the first page only, and whose colours a hue reading gets
wrong (purple means done, teal means on plan, a light blue means not started yet): only the key
says what they mean.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.marks import is_mark, key_from_entries, mark_key
from plantrace.pipeline.normalise.rag import NO_COLOUR, keyed_fill, rag_from_fill
from plantrace.pipeline.reader import parse_pdf_bytes

PURPLE = (0x7B, 0x3F, 0xA0)  # 'Complete' (blue); by hue no status at all
TEAL = (0x00, 0x80, 0x80)  # 'On plan' (green); by hue blue
ORANGE = (0xE0, 0x70, 0x10)  # 'Behind schedule' (amber)
SKY = (0x6C, 0xB4, 0xEE)  # 'Not started' (no colour); by hue blue
KEY = [(PURPLE, "Complete"), (TEAL, "On plan"), (ORANGE, "Behind schedule"), (SKY, "Not started")]
HEADER = ["Ref", "Action", "Responsible officer", "Deadline", "RAG"]
ROWS = [
    ("1.1", "Audit every child in care plan each quarter", "Head of Service", "31/03/2026", TEAL),
    ("1.2", "Recruit two independent reviewing officers", "Service Manager", "30/06/2026", PURPLE),
    (
        "1.3",
        "Publish a revised supervision standard",
        "Principal Social Worker",
        "31/07/2026",
        ORANGE,
    ),
    ("1.4", "Train managers in reflective supervision", "Workforce Lead", "30/09/2026", SKY),
]
MORE = [
    ("2.1", "Hold a monthly missing children panel with the police", "Head of Safeguarding",
     "31/05/2026", ORANGE),
    ("2.2", "Offer every child a return home interview within three days", "Team Manager",
     "31/08/2026", PURPLE),
]  # fmt: skip
WIDTHS = [40, 330, 150, 80, 60]


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _fill(c: canvas.Canvas, rgb: tuple[int, int, int]) -> None:
    c.setFillColorRGB(*(v / 255 for v in rgb))


def _table(c: canvas.Canvas, top: float, rows: list[tuple[str, str, str, str, tuple]]) -> None:
    """A ruled table: a header row, then each row with a filled circle in its RAG cell."""
    x0, h = 40.0, 22.0
    xs = [x0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [top - i * h for i in range(len(rows) + 2)]
    c.setLineWidth(0.5)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    c.setFont("Helvetica-Bold", 9)
    for x, label in zip(xs, HEADER, strict=False):
        c.drawString(x + 4, ys[0] - 14, label)
    c.setFont("Helvetica", 9)
    for i, (*texts, rgb) in enumerate(rows):
        y = ys[i + 1] - 14
        for x, text in zip(xs, texts, strict=False):
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x + 4, y, text)
        _fill(c, rgb)
        c.circle(xs[4] + 30, ys[i + 1] - h / 2, 5, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)


def _plan_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    _, height = landscape(A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 50, "Corporate parenting improvement plan")
    c.setFont("Helvetica", 9)
    c.drawString(40, height - 72, "Legend:")
    x = 80.0
    for rgb, word in KEY:
        _fill(c, rgb)
        c.circle(x + 4, height - 69, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 12, height - 72, word)
        x += 20 + c.stringWidth(word, "Helvetica", 9) + 18
    c.setFont("Helvetica-Bold", 11)
    c.drawString(
        40, height - 100, "Recommendation 1: Improve the quality of plans for children in care"
    )
    _table(c, height - 112, ROWS)
    c.showPage()
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, height - 50, "Recommendation 2: Respond promptly when children go missing")
    _table(c, height - 62, MORE)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_mark_is_small_and_about_square() -> None:
    assert is_mark((10, 10, 21, 21))  # an 11 pt circle
    assert is_mark((10, 10, 16, 18))  # a diamond a little taller than wide
    assert not is_mark((10, 10, 11.5, 11.5))  # a speck of a dotted rule
    assert not is_mark((10, 10, 90, 21))  # a bar, a swatch across a cell
    assert not is_mark((10, 10, 60, 60))  # a logo


def test_the_key_names_colours_by_the_words_beside_them() -> None:
    key = key_from_entries([("#7B3FA0", "blue"), ("#008080", "green"), ("#6cb4ee", NO_COLOUR)])
    assert keyed_fill("#7b3fa0", key) == "blue"
    assert keyed_fill("#06827f", key) == "green"  # the same teal, printed a shade off
    assert keyed_fill("#d0312d", key) is None  # a colour the key does not name
    assert rag_from_fill("#008080", key) == "green"  # the key, not the hue (blue)
    assert rag_from_fill("#6cb4ee", key) is None  # a state with no colour
    assert rag_from_fill("#008080") == "blue"  # with no key, the hue


def test_one_pair_or_a_colour_of_two_meanings_is_no_key() -> None:
    assert key_from_entries([("#7b3fa0", "blue")]) == {}
    key = key_from_entries([("#7b3fa0", "blue"), ("#7b3fa0", "red"), ("#008080", "green")])
    assert key == {}  # the purple says two things: only the teal is left, one pair


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return _plan_pdf()


def test_the_key_of_drawn_circles_is_read(plan_pdf: bytes) -> None:
    key = mark_key(parse_pdf_bytes(plan_pdf, "plan.pdf"))
    assert keyed_fill(_hex(PURPLE), key) == "blue"
    assert keyed_fill(_hex(TEAL), key) == "green"
    assert keyed_fill(_hex(ORANGE), key) == "amber"
    assert keyed_fill(_hex(SKY), key) == NO_COLOUR


def test_circles_in_the_status_column_read_through_the_key(plan_pdf: bytes) -> None:
    """Every status is a circle with no word; the key on page 1 explains page 2's too."""
    result = extract_plan(parse_pdf_bytes(plan_pdf, "plan.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    assert got == {"1.1": "green", "1.2": "blue", "1.3": "amber", "1.4": None,
                   "2.1": "amber", "2.2": "blue"}  # fmt: skip


def _key_only_pdf(draw: str) -> bytes:
    """A page holding only a key: glyphs set in colour before their words ('glyphs'), or a
    small ruled legend table of a circle cell beside a word cell ('table')."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    if draw == "glyphs":
        c.drawString(40, 780, "Ratings:")
        x = 90.0
        for rgb, word in KEY:
            _fill(c, rgb)
            c.drawString(x, 780, "\u25cf")  # the dot run into its word: '●Complete'
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x + c.stringWidth("\u25cf", "Helvetica", 10), 780, word)
            x += 30 + c.stringWidth(word, "Helvetica", 10)
    else:
        c.drawString(40, 790, "How to read the ratings")
        top = 780.0
        for i, (rgb, word) in enumerate(KEY):
            y0, y1 = top - 20 * (i + 1), top - 20 * i
            for x0, x1 in ((40, 100), (100, 260)):
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
            _fill(c, rgb)
            c.circle(70, (y0 + y1) / 2, 5, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(106, y0 + 6, word)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("draw", ["glyphs", "table"])
def test_a_key_of_glyphs_or_a_legend_table_is_read(draw: str) -> None:
    key = mark_key(parse_pdf_bytes(_key_only_pdf(draw), "key.pdf"))
    assert keyed_fill(_hex(PURPLE), key) == "blue"
    assert keyed_fill(_hex(TEAL), key) == "green"
    assert keyed_fill(_hex(ORANGE), key) == "amber"
    assert keyed_fill(_hex(SKY), key) == NO_COLOUR


def test_a_drawn_dot_before_a_word_no_vocabulary_reads_gives_its_colour() -> None:
    """'● Secure' with the dot drawn (no key on the page): the word is no status the built-in
    words know, the dot's colour is read by its hue; a known word keeps its own reading."""
    green, amber = (0x2E, 0x9E, 0x4F), (0xF2, 0xA9, 0x00)
    rows = [
        ("3.1", "Refresh the threshold document with partners", "Head of Early Help", "31/01/2026"),
        ("3.2", "Audit repeat referrals each quarter", "Practice Lead", "30/04/2026"),
        ("3.3", "Hold weekly threshold clinics at the front door", "Team Manager", "31/07/2026"),
    ]
    words = [("Secure", green), ("Fragile", amber), ("Off track", green)]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    _, height = landscape(A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, height - 50, "Recommendation 3: Apply thresholds consistently")
    x0, h, top = 40.0, 22.0, height - 62
    xs = [x0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [top - i * h for i in range(len(rows) + 2)]
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    c.setFont("Helvetica-Bold", 9)
    for x, label in zip(xs, HEADER, strict=False):
        c.drawString(x + 4, ys[0] - 14, label)
    c.setFont("Helvetica", 9)
    for i, (texts, (word, rgb)) in enumerate(zip(rows, words, strict=True)):
        y = ys[i + 1] - 14
        for x, text in zip(xs, texts, strict=False):
            c.drawString(x + 4, y, text)
        _fill(c, rgb)
        c.circle(xs[4] + 8, ys[i + 1] - h / 2, 3.5, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(xs[4] + 15, y, word)
    c.showPage()
    c.save()
    result = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert {a.ref: a.rag for a in result.actions} == {"3.1": "green", "3.2": "amber", "3.3": "red"}


def _key_and_noted_dots_pdf() -> bytes:
    """A key whose last entry is an unfilled circle ('○ Not started', no colour of its own),
    then rows whose status dot is followed on its height by a note that opens with a status
    word ('● Behind because two posts are vacant'): the note is the row's, not a key entry."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(40, 790, "Key:")
    x = 70.0
    for rgb, word in KEY[:3]:
        _fill(c, rgb)
        c.circle(x + 4, 793, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 12, 790, word)
        x += 24 + c.stringWidth(word, "Helvetica", 10)
    c.drawString(x, 790, "\u25cb Not started")
    notes = [(TEAL, "Behind because two posts are vacant"), (PURPLE, "Delayed by the audit")]
    for i, (rgb, note) in enumerate(notes):
        y = 740 - 30 * i
        _fill(c, rgb)
        c.circle(44, y + 3, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(54, y, note)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_note_after_a_status_dot_is_no_key_entry() -> None:
    key = mark_key(parse_pdf_bytes(_key_and_noted_dots_pdf(), "key.pdf"))
    assert keyed_fill(_hex(PURPLE), key) == "blue"  # not 'Delayed ...' (amber)
    assert keyed_fill(_hex(TEAL), key) == "green"  # not 'Behind ...' (amber)
    assert keyed_fill(_hex(ORANGE), key) == "amber"


def _key_with_open_circle_and_lone_icon_pdf() -> bytes:
    """A key line of filled marks and one OPEN circle (a stroked path, no mark of a colour:
    '● On plan  ● Behind schedule  ● Complete  ○ Not started'), then a table row's icon alone
    on its height followed by the row's note ('● Not yet started': the row's, not the key's)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(40, 790, "Key:")
    x = 70.0
    for rgb, word in [(TEAL, "On plan"), (ORANGE, "Behind schedule"), (PURPLE, "Complete")]:
        _fill(c, rgb)
        c.circle(x + 4, 793, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 12, 790, word)
        x += 24 + c.stringWidth(word, "Helvetica", 10)
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.circle(x + 4, 793, 4, stroke=1, fill=0)  # the open circle: only a gap between the words
    c.drawString(x + 12, 790, "Not started")
    _fill(c, ORANGE)
    c.circle(44, 743, 4, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(54, 740, "Not yet started")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_an_open_circle_ends_an_entry_and_a_lone_icon_is_no_entry() -> None:
    """'Complete' is not read on into 'Not started' over the open circle's gap, and the row's
    orange icon before 'Not yet started' does not outvote the key's 'Behind schedule'."""
    key = mark_key(parse_pdf_bytes(_key_with_open_circle_and_lone_icon_pdf(), "key.pdf"))
    assert keyed_fill(_hex(PURPLE), key) == "blue"
    assert keyed_fill(_hex(ORANGE), key) == "amber"
    assert keyed_fill(_hex(TEAL), key) == "green"
