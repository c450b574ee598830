"""Progress kept apart from the plan (fixer D, round 12): a plan table lists the actions as
agreed, and a later table keyed by the same refs, in another order, says how each stands, a
status word shaded by its status and a note. The status words are the plan's own (no vocabulary
knows them): the shading says the colour, read as a column; an unshaded word is no colour. The
table is no new action, and a later table of new actions that happens to reuse refs (with owners
and dates of its own) is not read as progress. Plans typeset with reportlab and read by the whole
pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

PLAN = [
    ("T1.1", "Publish a revised threshold document for the front door", "Head of Safeguarding",
     "31 January 2026"),
    ("T1.2", "Train every team manager in the new supervision policy", "Practice Lead",
     "31 March 2026"),
    ("T2.1", "Audit forty child protection plans with health partners", "QA Manager",
     "28 February 2026"),
    ("T2.2", "Set up a weekly exploitation panel with the police", "Head of Youth Justice",
     "30 April 2026"),
]  # fmt: skip

PALE = {"green": "#e3f4e6", "amber": "#fdf0c8", "red": "#f9dcdc", "blue": "#dce6f8"}
# (ref, note, status word, its shade): in another order than the plan, one word unshaded
PROGRESS = [
    ("T2.1", "Twenty plans audited so far; findings shared with the board", "Cruising", "green"),
    ("T1.2", "Two trainers left; sessions moved to the spring", "Held up", "red"),
    ("T2.2", "Terms of reference drafted with the police", "Drifting", "amber"),
    ("T1.1", "Signed off by partners and published in June", "Put to bed", "blue"),
]


Progress = Sequence[tuple[str, str, str, str | None]]


def _plan(progress: Progress, *, heading: bool = True, break_after: int | None = None) -> bytes:
    story: list[object] = [Paragraph("<b>Improvement plan</b>", STYLES["Title"])]
    head = ["Ref", "Description", "Lead officer", "Deadline"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3]] for r in PLAN]
    grid = Table(cells, colWidths=[45, 230, 120, 90])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story += [grid, PageBreak(), Paragraph("<b>Where we are now</b>", BODY), Spacer(1, 8)]
    cut = len(progress) if break_after is None else break_after
    story.append(_progress(progress[:cut], heading))
    if cut < len(progress):  # the table carried on over a page break, its header not repeated
        story += [PageBreak(), _progress(progress[cut:], False)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def _progress(progress: Progress, heading: bool) -> Table:
    rows: list[list[object]] = []
    if heading:
        rows.append([Paragraph(f"<b>{h}</b>", BODY) for h in ("Ref", "Commentary", "Position")])
    rows += [[ref, Paragraph(note, BODY), word] for ref, note, word, _ in progress]
    table = Table(rows, colWidths=[70, 305, 100])
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "#000000")]
    first = 1 if heading else 0
    for n, (_, _, _, shade) in enumerate(progress):
        if shade is not None:
            style.append(("BACKGROUND", (2, first + n), (2, first + n), PALE[shade]))
    table.setStyle(TableStyle(style))
    return table


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "plan.pdf"))


def test_a_progress_table_keyed_by_ref_gives_each_action_its_status_and_note() -> None:
    plan = _read(_plan([(*row[:3], row[3]) for row in PROGRESS]))
    by_ref = {a.ref: a for a in plan.actions}
    assert sorted(by_ref) == ["T1.1", "T1.2", "T2.1", "T2.2"]  # no action of its own
    assert {r: a.rag for r, a in by_ref.items()} == {
        "T1.1": "blue", "T1.2": "red", "T2.1": "green", "T2.2": "amber",
    }  # fmt: skip
    assert by_ref["T1.2"].progress == "Two trainers left; sessions moved to the spring"
    assert by_ref["T1.2"].owner == "Practice Lead"  # the plan's owner and date stand
    assert by_ref["T1.2"].due_raw == "31 March 2026"


def test_an_unshaded_word_is_no_colour_and_a_headerless_table_reads_alike() -> None:
    rows: list[tuple[str, str, str, str | None]] = [(*row[:3], row[3]) for row in PROGRESS]
    rows[3] = ("T1.1", "Not begun: waiting for the new guidance", "On the list", None)
    plan = _read(_plan(rows, heading=False))
    by_ref = {a.ref: a for a in plan.actions}
    assert len(plan.actions) == 4
    assert by_ref["T1.1"].rag is None
    assert by_ref["T1.1"].progress == "Not begun: waiting for the new guidance"
    assert (by_ref["T2.1"].rag, by_ref["T2.2"].rag) == ("green", "amber")


def test_a_word_shaded_two_ways_is_no_status_evidence() -> None:
    """Shading that does not follow the words (the same word on two tints) says no status."""
    rows = [(ref, note, "Reviewed", shade) for ref, note, _, shade in PROGRESS]
    plan = _read(_plan(rows))
    assert len(plan.actions) == 4
    assert all(a.rag is None for a in plan.actions)


def test_a_progress_table_carried_over_a_page_break_reads_as_one() -> None:
    """The piece on the next page shows one tint only: the words' tints on the page before
    explain it (a column read whole, not piece by piece)."""
    rows: list[tuple[str, str, str, str | None]] = [(*row[:3], row[3]) for row in PROGRESS]
    rows[3] = ("T1.1", "Not begun: waiting for the new guidance", "On the list", None)
    rows[1] = ("T1.2", "Sessions booked for every team in May", "Cruising", "green")
    plan = _read(_plan([rows[0], rows[2], rows[1], rows[3]], break_after=2))
    by_ref = {a.ref: a for a in plan.actions}
    assert len(plan.actions) == 4
    assert {r: a.rag for r, a in by_ref.items()} == {
        "T1.1": None, "T1.2": "green", "T2.1": "green", "T2.2": "amber",
    }  # fmt: skip
    assert by_ref["T1.2"].progress == "Sessions booked for every team in May"


def test_keys_that_name_the_ref_and_a_column_of_colours_alone() -> None:
    """'Action T2.1' keys the action T2.1; a status said by the cell's shade alone, no word."""
    rows = [(f"Action {ref}", note, "", shade) for ref, note, _, shade in PROGRESS]
    plan = _read(_plan(rows))
    by_ref = {a.ref: a for a in plan.actions}
    assert len(plan.actions) == 4
    assert {r: a.rag for r, a in by_ref.items()} == {
        "T1.1": "blue", "T1.2": "red", "T2.1": "green", "T2.2": "amber",
    }  # fmt: skip
    assert by_ref["T2.2"].progress == "Terms of reference drafted with the police"


def test_a_revised_date_in_the_progress_table_supersedes_the_agreed_one() -> None:
    """A date column the header names as revised gives the action its new date; a row that
    restates the agreed date changes nothing."""
    story: list[object] = [Paragraph("<b>Improvement plan</b>", STYLES["Title"])]
    head = ["Ref", "Description", "Lead officer", "Deadline"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3]] for r in PLAN]
    grid = Table(cells, colWidths=[45, 230, 120, 90])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    revised = {"T1.2": "30 June 2026", "T2.1": "28 February 2026"}
    rows: list[list[object]] = [
        [Paragraph(f"<b>{h}</b>", BODY) for h in ("Ref", "Commentary", "Position", "Revised date")]
    ]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "#000000")]
    for n, (ref, note, word, shade) in enumerate(PROGRESS):
        rows.append([ref, Paragraph(note, BODY), word, revised.get(ref, "")])
        style.append(("BACKGROUND", (2, n + 1), (2, n + 1), PALE[shade]))
    table = Table(rows, colWidths=[45, 250, 80, 100])
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([*story, grid, Spacer(1, 20), table])
    by_ref = {a.ref: a for a in _read(buf.getvalue()).actions}
    assert len(by_ref) == 4
    assert by_ref["T1.2"].due_raw == "30 June 2026"
    assert by_ref["T2.1"].due_raw == "28 February 2026"  # the agreed date restated
    assert by_ref["T1.1"].due_raw == "31 January 2026"
    assert (by_ref["T1.2"].rag, by_ref["T2.2"].rag) == ("red", "amber")
