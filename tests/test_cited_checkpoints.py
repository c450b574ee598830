"""A plan workbook with a second sheet of checkpoints on the way to its actions (fixer band,
round 60): the Plan sheet lists each action (ref, text, lead, due, status) under its
recommendation; a Milestones sheet printed after it cites the actions by their ref alone, one to
three rows each, with a checkpoint, a date before the action's due and whether it was met. Its
rows are no actions: a table ABOUT the actions read above. Read from the table's shape (a column
of refs already read, repeating or dated before the dues; no owner; no action text), not from
its words: the test's headers are ones no layout used. Typeset with reportlab (a sheet a page,
as a spreadsheet prints) and read by the whole pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

RECS = [
    ("1", "Reduce delay in achieving permanence for children in care"),
    ("2", "Make sure that children's wishes and feelings are recorded in their plans"),
]
ACTIONS = [
    (
        "A1.1",
        "Introduce a monthly permanence panel chaired by the head of service",
        "Mary Okafor",
        "30 June 2026",
        "Green",
    ),
    (
        "A1.2",
        "Track every child's permanence plan from the second review onwards",
        "Tom Price",
        "31 October 2026",
        "Amber",
    ),
    (
        "A2.1",
        "Train all social workers in direct work tools for younger children",
        "Priya Shah",
        "31 March 2027",
        "Red",
    ),
]
# one to three checkpoints per action, each dated before that action's due
CITED = [
    ("A1.1", "Terms of reference agreed", "14/02/2026", "Yes"),
    ("A1.1", "First panel held", "20/04/2026", "No"),
    ("A1.2", "Tracker designed", "01/07/2026", "Yes"),
    ("A2.1", "Trainer commissioned", "10/11/2026", "No"),
    ("A2.1", "Half of staff trained", "15/01/2027", "No"),
]
# one checkpoint per action: no action cited twice, each dated before its due
SINGLE = [
    ("A1.1", "Terms of reference agreed", "14/02/2026", "Yes"),
    ("A1.2", "Tracker designed", "01/07/2026", "Yes"),
    ("A2.1", "Trainer commissioned", "10/11/2026", "No"),
]
# the same refs, each once, dated AFTER its due: no checkpoints on the way
LATER = [
    ("A1.1", "Terms of reference agreed", "14/02/2028", "Yes"),
    ("A1.2", "Tracker designed", "01/07/2028", "Yes"),
    ("A2.1", "Trainer commissioned", "10/11/2028", "No"),
]
CITED_HEAD = ["Action", "Step on the way", "Step date", "Achieved"]


def _sheet(head: list[str], rows: Sequence[tuple[str, ...]], widths: list[int]) -> Table:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    return table


def _workbook(cited: Sequence[tuple[str, ...]], head: list[str] = CITED_HEAD) -> bytes:
    story: list[object] = [Paragraph("<b>Borchester Council - Improvement plan</b>", BODY)]
    for number, text in RECS:
        story.append(Paragraph(f"<b>Recommendation {number}: {text}</b>", BODY))
        rows = [a for a in ACTIONS if a[0].startswith(f"A{number}.")]
        story.append(
            _sheet(
                ["Ref", "Action", "Lead officer", "Due date", "RAG"], rows, [50, 330, 110, 100, 60]
            )
        )
    story += [
        PageBreak(),
        Paragraph("<b>Steps (on the way to each action)</b>", BODY),
        _sheet(head, cited, [80, 250, 110, 90]),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return buf.getvalue()


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "cited.pdf"))


def _facts(got: PlanExtraction) -> list[tuple[str | None, str, str | None, str, str | None]]:
    return [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in got.actions]


PLAN = [
    ("A1.1", ACTIONS[0][1], "Mary Okafor", "2026-06-30", "green"),
    ("A1.2", ACTIONS[1][1], "Tom Price", "2026-10-31", "amber"),
    ("A2.1", ACTIONS[2][1], "Priya Shah", "2027-03-31", "red"),
]


def test_checkpoints_citing_actions_are_no_actions() -> None:
    got = _read(_workbook(CITED))
    assert _facts(got) == PLAN
    assert [r.number for r in got.recommendations] == ["1", "2"]


def test_one_checkpoint_each_dated_before_the_due_is_no_action() -> None:
    """No action cited twice: the dates, each before the due of the action its row cites,
    say the rows are steps on the way, not new actions nor new dues."""
    got = _read(_workbook(SINGLE))
    assert _facts(got) == PLAN


def test_rows_dated_after_the_dues_are_not_taken_for_checkpoints() -> None:
    """Each action cited once and dated after its due: no evidence the rows are steps on the
    way, so they are not left out; their dates are read as the actions' newer dues."""
    got = _read(_workbook(LATER))
    assert [(a.ref, str(a.due_date)) for a in got.actions] == [
        ("A1.1", "2028-02-14"),
        ("A1.2", "2028-07-01"),
        ("A2.1", "2028-11-10"),
    ]
