"""A 'plan on a page': each recommendation a drawn box (filled, outlined) holding its heading and
its actions, two boxes across (extractors/plan_cards.py).

Each box opens with 'Recommendation N: <text>' in a larger bold type, then each action: its ref
and text, a strip of fields on one line that may run on to the next ('Owner: X | When: Y |
Status:' over 'On track'), and an update line. Read before: the box's heading was the first
card's title (the action lost, the recommendation never read), the strip's wrapped value a
status chip of its own, and a box holding one card, beside another, read again as text in
columns, its strip left whole as the owner.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_cards import join_strip_wraps
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes

BOXES = [
    ("1", ["Recommendation 1: Improve the timeliness of", "decisions at the front door so that",
           "children get the right help"], [
        ("1.1", ["Apply consistent thresholds through weekly", "threshold clinics with partners"],
         "Owner: Head of Early Help | When: September 2026 | Status:", "On track",
         "Update: Clinics running in two localities"),
        ("1.2", ["Publish a revised threshold document with", "partners and schools"],
         "Owner: Service Manager, Front Door | When: Q4 2026/27 |", "Status: Off track",
         None),
    ]),
    ("2", ["Recommendation 2: Strengthen management", "oversight of social work practice"], [
        ("2.1", ["Reduce team manager spans of control to", "no more than seven social workers"],
         "Owner: Principal Social Worker | When: March 2027 | Status:", "Complete",
         "Update: All teams restructured"),
    ]),
    ("3", ["Recommendation 3: Raise the quality of", "assessments for children in need"], [
        ("3.1", ["Audit a sample of assessments every month", "through the audit programme"],
         "Owner: Designated Nurse | When: July 2026 | Status: At risk", None,
         "Update: Audit tool agreed"),
        ("3.2", ["Hold monthly practice workshops on writing", "analysis in assessments"],
         "Owner: Head of Safeguarding | When: Q2 2026/27 | Status:", "Not started", None),
    ]),
]  # fmt: skip
EXPECTED = [
    ("1.1", "Head of Early Help", "2026-09-30", "green", ["1"]),
    ("1.2", "Service Manager, Front Door", "2027-03-31", "red", ["1"]),
    ("2.1", "Principal Social Worker", "2027-03-31", "blue", ["2"]),
    ("3.1", "Designated Nurse", "2026-07-31", "amber", ["3"]),
    ("3.2", "Head of Safeguarding", "2026-09-30", None, ["3"]),
]
FILLS = [(0.93, 0.96, 0.98), (0.97, 0.93, 0.96), (0.93, 0.97, 0.94)]


def _plan_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(42, height - 60, "Our improvement plan on a page")
    c.setFont("Helvetica", 9)
    c.drawString(
        42, height - 80, "Each box is one of the recommendations, with the actions we will take."
    )
    width, gap = 250.0, 14.0
    tops = [height - 110, height - 110, height - 330]
    lefts = [42.0, 42.0 + width + gap, 42.0]
    for k, (_, head, cards) in enumerate(BOXES):
        top, left = tops[k], lefts[k]
        box_h = 200.0
        c.setFillColorRGB(*FILLS[k])
        c.setStrokeColorRGB(0.3, 0.4, 0.6)
        c.rect(left, top - box_h, width, box_h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = top - 14
        c.setFont("Helvetica-Bold", 10)
        for ln in head:
            c.drawString(left + 8, y, ln)
            y -= 12
        y -= 5
        for ref, text, strip, wrap, update in cards:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(left + 8, y, f"{ref} {text[0]}")
            y -= 10
            c.setFont("Helvetica", 8.5)
            for ln in text[1:]:
                c.drawString(left + 8, y, ln)
                y -= 10
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(left + 8, y, strip)
            y -= 9.5
            if wrap:
                c.drawString(left + 8, y, wrap)
                y -= 9.5
            if update:
                c.setFont("Helvetica", 8)
                c.drawString(left + 8, y, update)
                y -= 9.5
            y -= 3
    c.showPage()
    c.save()
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_plan_pdf(), "plan.pdf"))


def test_each_box_is_a_recommendation_over_its_actions() -> None:
    plan = _read()
    got = [
        (a.ref, a.owner, str(a.due_date) if a.due_date else None, a.rag,
         [r.split("r")[-1] for r in a.recommendations])
        for a in plan.actions
    ]  # fmt: skip
    assert got == EXPECTED
    texts = {a.ref: a.text for a in plan.actions}
    assert texts["1.1"] == (
        "Apply consistent thresholds through weekly threshold clinics with partners"
    )
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert plan.recommendations[1].text.startswith("Strengthen management oversight")


def test_a_strip_run_on_to_the_next_line_keeps_its_last_field() -> None:
    plan = _read()
    progress = {a.ref: a.progress for a in plan.actions}
    assert progress["1.1"] == "Clinics running in two localities"
    assert {a.ref: a.rag for a in plan.actions}["1.1"] == "green"  # 'Status:' / 'On track'


def _line(text: str, x: float, top: float, size: float = 8.0) -> Line:
    words, at = [], x
    for w in text.split():
        width = 0.5 * size * len(w)
        words.append(Word(w, at, top, at + width, top + size))
        at += width + 0.25 * size
    return Line(text, (x, top, at, top + size), size, False, 1, 0, words=words)


def test_a_strip_is_joined_to_its_run_on_line_only() -> None:
    """A strip of fields ending in a sign or a bare label takes the line under it; a date cut
    at its hyphen is one word again; a note's two labels parted by a full stop are no strip."""
    strip = _line("Lead: Head of Early Help · By: 2027- · Status:", 50, 100)
    wrap = _line("On track", 50, 110)
    cut = _line("Owner: Designated Nurse | When: 2026-", 50, 130)
    rest = _line("09 | Status: At risk", 50, 140)
    note = _line("Since last board: Work started on time. Assurance rating: Good", 50, 160)
    under = _line("progress", 50, 170)
    got, _ = join_strip_wraps([strip, wrap, cut, rest, note, under])
    assert [ln.text for ln in got] == [
        "Lead: Head of Early Help · By: 2027- · Status: On track",
        "Owner: Designated Nurse | When: 2026-09 | Status: At risk",
        note.text,
        "progress",
    ]


def test_a_chip_pill_is_told_from_its_panel_by_the_words_font_size() -> None:
    """A pill 1.8 font sizes tall behind a chip's words (whose glyph box is about half the
    font size) is the chip's tint; the panel tinted round the whole card is not."""
    from plantrace.extractors.plan_chip_key import _fill_under
    from plantrace.pipeline.document import Cell, Page

    words = _line("Delayed", 100, 200, size=10.0)
    words.bbox = (100, 202.3, 135, 207.7)  # a tight glyph box, 5.4 pt tall
    page = Page(1, 595, 842, lines=[words], rulings=[])
    page.fills = [((40, 100, 300, 400), "#eef4fa"), ((96, 196, 140, 214), "#c00000")]
    chip = Cell("Delayed", words.bbox, [words])
    assert _fill_under(chip, page) == "#c00000"
    page.fills = page.fills[:1]
    assert _fill_under(chip, page) is None


def test_a_strips_run_on_words_carry_where_they_are_printed_with_no_module_state() -> None:
    """The words set along a strip's line remember the words printed on the line below on
    themselves (Word.printed), not in a map kept across documents (keyed by id(), whose ids a
    later document's words may reuse): a field cut from them is boxed where it is printed, and
    a word equal in place and text but never moved is read where it stands."""
    from plantrace.extractors import plan_cards

    strip = _line("Owner: Designated Nurse | When: July 2026 | Status:", 50, 100)
    wrap = _line("At risk", 50, 110)
    (joined,), _ = join_strip_wraps([strip, wrap])
    moved = joined.words[-2:]
    assert [w.printed for w in moved] == wrap.words
    assert all(w.top == strip.top for w in moved)  # set along the strip's line
    chip = plan_cards._words_line(joined, list(moved))
    assert chip.bbox == (wrap.words[0].x0, 110, wrap.words[1].x1, 118)  # boxed where printed
    twin = Word(moved[0].text, moved[0].x0, moved[0].top, moved[0].x1, moved[0].bottom)
    assert twin == moved[0] and plan_cards._printed(twin) is twin


def test_a_strips_signs_are_those_card_fields_json_lists() -> None:
    """The signs that part a strip's fields, end a field, and cut a word over the line's end
    are read from extractors/data/card_fields.json, not listed again in the code."""
    import json
    from importlib import resources

    from plantrace.extractors import plan_cards

    data = json.loads(
        resources.files("plantrace.extractors").joinpath("data/card_fields.json").read_text()
    )
    assert plan_cards.PIECE_ENDS == set(data["piece_ends"]) == {"|", ";"}
    assert set(data["wrap_ends"]) == plan_cards.WRAP_ENDS
    assert set(plan_cards.CUT_WORD_ENDS) == set(data["cut_word_ends"])
    for sign in [*data["field_separators"], *data["piece_ends"]]:
        m = plan_cards._COLON_LABELS.findall(f"Lead: A. Khan {sign} Due: May 2026")
        assert len(m) == 2, sign  # the strip's first label and the one after the sign
