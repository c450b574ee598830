"""A plan of boxed action strips whose fields are led by small DRAWN icons, not label words: a
key box at the top (a calendar, a person, flags with colour names), a shaded band per
recommendation ('Recommendation 2: ...'), then one box per action with a coloured bar down its
left side: the ref and the action, and under it ONE line of a calendar icon + the due date, a
person icon + the lead (a post), a flag icon + the status word; under some strips an italic
update line. The icons are vector drawings: the text layer holds only the values, set apart by
the gaps the icons stand in. The same plan printed with no boxes (a hairline under each
strip) is read the same, paragraph by paragraph; so are icons printed as an icon font's
glyphs in the text ('■ 30 Sep 2026 ■ Head of Early Help ■ On track'), and the fields
printed one a line, each led by its icon.

What is read: each strip is one action, linked to the band above it; which value is which
comes from what it is (a date, a post, a status word), not from a label; the update line is
its progress; a status word no vocabulary reads ('Teetering') is read from the bar's colour.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.mark_strips import mark_runs
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes

TOP = 842.0
RECS = [
    "Strengthen the quality of assessments so that children's needs are understood",
    "Improve the timeliness of initial health assessments for children in care",
]
# ref, action, due, lead, status, flag colour, bar colour, update, rag read
STRIPS = [
    ("1.1", "Audit twelve assessments each month and share the learning", "30 Sep 2026",
     "Head of Early Help", "On track", (0.0, 0.44, 0.24), None, "green"),
    ("1.2", "Refresh the assessment template with practitioners", "31 Mar 2027",
     "Principal Social Worker", "Off track", (0.83, 0.21, 0.11),
     "Workshops moved to the spring", "red"),
    ("1.3", "Train every team manager in reflective supervision", "30 Jun 2026",
     "Workforce Development Lead", "Complete", (0.11, 0.44, 0.72), None, "blue"),
    ("2.1", "Agree a health assessment pathway with the designated nurse", "31 Dec 2026",
     "Designated Nurse", "Some concerns", (0.96, 0.47, 0.22),
     "Pathway drafted, awaiting sign-off", "amber"),
    ("2.2", "Report timeliness monthly to the corporate parenting board", "31 Jan 2027",
     "Head of Service, Children in Care", "On track", (0.0, 0.44, 0.24), None, "green"),
    ("2.3", "Publish a quarterly health dashboard for children in care", "30 Apr 2027",
     "Designated Nurse", "Teetering", (0.96, 0.47, 0.22), None, "amber"),
]  # fmt: skip
GREY = (0.25, 0.27, 0.3)


def _calendar(c: canvas.Canvas, x: float, y: float) -> None:
    c.setStrokeColorRGB(*GREY)
    c.setFillColorRGB(*GREY)
    c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
    c.rect(x, y + 5, 8, 2, stroke=0, fill=1)
    c.line(x + 2, y + 2, x + 6, y + 2)


def _person(c: canvas.Canvas, x: float, y: float) -> None:
    c.setFillColorRGB(*GREY)
    c.circle(x + 4, y + 6, 2, stroke=0, fill=1)
    c.wedge(x, y - 4, x + 8, y + 4, 0, 180, stroke=0, fill=1)


def _flag(c: canvas.Canvas, x: float, y: float, colour: tuple[float, float, float]) -> None:
    c.setFillColorRGB(*colour)
    p = c.beginPath()
    p.moveTo(x, y + 7)
    p.lineTo(x + 7, y + 5)
    p.lineTo(x, y + 3)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColorRGB(*colour)
    c.line(x, y - 1, x, y + 7)


def _strip(  # type: ignore[type-arg]
    c: canvas.Canvas, top: float, strip: tuple, boxed: bool, glyphs: bool, stacked: bool
) -> float:
    ref, action, due, lead, status, colour, update, _ = strip
    height = (48.0 if update else 36.0) + (22.0 if stacked else 0.0)
    y = TOP - top
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    if boxed:  # a box with a coloured bar down its left side
        c.rect(40, y - height, 515, height, stroke=1, fill=0)
        c.setFillColorRGB(*colour)
        c.rect(40, y - height, 4, height, stroke=0, fill=1)
    else:  # no box: a hairline under the strip
        c.line(40, y - height, 555, y - height)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(52, y - 14, ref)
    c.setFont("Helvetica", 10)
    c.drawString(76, y - 14, action)
    base, x = y - 28, 76.0
    c.setFont("Helvetica", 8)
    for icon, text in ((_calendar, due), (_person, lead), (None, status)):
        if glyphs:  # an icon font's glyph in the text, no drawing
            c.setFillColorRGB(*GREY)
            c.setFont("ZapfDingbats", 8)
            c.drawString(x, base, "n")
            c.setFont("Helvetica", 8)
        elif icon is None:
            _flag(c, x, base, colour)
        else:
            icon(c, x, base)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 13, base, text)
        if stacked:  # one field a line, each led by its icon
            base -= 11
        else:
            x += 13 + c.stringWidth(text, "Helvetica", 8) + 14
    if stacked:
        base += 11
    if update:
        c.setFont("Helvetica-Oblique", 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(76, base - 12, update)
    return top + height + 8


def _plan(boxed: bool = True, glyphs: bool = False, stacked: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, TOP - 50, "Children's services improvement plan")
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(40, TOP - 100, 515, 30, stroke=0, fill=1)
    _calendar(c, 50, TOP - 90)
    _person(c, 150, TOP - 90)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 8)
    c.drawString(63, TOP - 90, "Target date")
    c.drawString(163, TOP - 90, "Lead")
    top = 115.0
    for n, rec in enumerate(RECS, 1):
        c.setFillColorRGB(0.11, 0.21, 0.34)
        c.rect(40, TOP - top - 24, 515, 24, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, TOP - top - 16, f"Recommendation {n}: {rec}")
        top += 32
        for strip in STRIPS:
            if strip[0].startswith(f"{n}."):
                top = _strip(c, top, strip, boxed, glyphs, stacked)
        top += 10
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(boxed: bool = True, glyphs: bool = False, stacked: bool = False) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_plan(boxed, glyphs, stacked), "strips.pdf"))


def test_each_strip_is_an_action_its_marked_fields_read_by_what_they_are() -> None:
    plan = _read()
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.text, a.due_raw, a.owner, a.rag, a.progress,
         [numbers[r] for r in a.recommendations])
        for a in plan.actions
    ]  # fmt: skip
    assert got == [
        (ref, action, due, lead, rag, update, [ref[0]])
        for ref, action, due, lead, _, _, update, rag in STRIPS
    ]


def test_strips_with_no_box_are_read_paragraph_by_paragraph() -> None:
    plan = _read(boxed=False)
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.text, a.due_raw, a.owner, a.rag, a.progress,
         [numbers[r] for r in a.recommendations])
        for a in plan.actions
    ]  # fmt: skip
    # no bar: a status word no vocabulary reads says no RAG
    assert got == [
        (ref, action, due, lead, rag if word != "Teetering" else None, update, [ref[0]])
        for ref, action, due, lead, word, _, update, rag in STRIPS
    ]


def test_icons_printed_as_glyphs_of_an_icon_font_are_marks_too() -> None:
    plan = _read(glyphs=True)
    got = [(a.ref, a.due_raw, a.owner, a.rag, a.progress) for a in plan.actions]
    assert got == [(ref, due, lead, rag, update) for ref, _, due, lead, _, _, update, rag in STRIPS]


def test_fields_one_a_line_each_led_by_its_icon() -> None:
    plan = _read(stacked=True)
    got = [(a.ref, a.text, a.due_raw, a.owner, a.rag, a.progress) for a in plan.actions]
    assert got == [
        (ref, action, due, lead, rag, update)
        for ref, action, due, lead, _, _, update, rag in STRIPS
    ]


def test_the_bands_are_the_recommendations() -> None:
    plan = _read()
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), rec) for n, rec in enumerate(RECS, 1)
    ]


def _line(words: list[tuple[str, float]]) -> Line:
    ws = [Word(t, x, 100.0, x + 5.0 * len(t), 108.0) for t, x in words]
    text = " ".join(t for t, _ in words)
    return Line(text, (ws[0].x0, 100.0, ws[-1].x1, 108.0), 8.0, False, 1, 0, words=ws)


def test_a_marked_line_is_runs_of_values_at_wide_gaps_one_a_date_or_a_status() -> None:
    marked = _line([("Martin", 100), ("Hale", 133), ("30-Apr-2025", 175), ("Complete", 250)])
    assert [[w.text for w in run] for run in mark_runs(marked) or []] == [
        ["Martin", "Hale"], ["30-Apr-2025"], ["Complete"],
    ]  # fmt: skip
    icons = [(90.0, 101.0, 98.0, 108.0), (157.0, 101.0, 165.0, 108.0), (232.0, 99.0, 240.0, 109.0)]
    assert mark_runs(marked, icons) is not None  # an icon drawn in each gap
    assert mark_runs(marked, icons[:2]) is None  # nothing drawn before 'Complete': a tab stop
    column_rule = [(160.0, 80.0, 160.5, 130.0), (240.0, 80.0, 240.5, 130.0)]
    assert mark_runs(marked, column_rule) is None  # a table's rules run above and below
    labelled = _line([("Lead:", 100), ("Martin", 128), ("Due:", 190), ("30-Apr-2025", 213)])
    assert mark_runs(labelled) is None  # labels print what each field is: no marks
    prose = _line([("Martin", 100), ("Hale", 133), ("wrote", 175), ("it", 203)])
    assert mark_runs(prose) is None  # no date, no status: nothing says these are fields
