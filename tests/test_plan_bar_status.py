"""A Gantt chart's bar colour as a row's status, behind the words (plan_actions._row_rag).

A programme timeline with a status column that some rows leave blank: a word in the column is
the status, the colour of the bar only where no word says it, and only in a chart whose bars
take two status colours or more (column_roles.bar_rag). A word of no colour ('Not started',
'Not yet due') is a status too: it says there is none, and the bar's colour does not override it."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
MONTHS = ["Apr 26", "May 26", "Jun 26", "Jul 26", "Aug 26", "Sep 26", "Oct 26"]
Task = tuple[str, str, str, str, int, int, str, str | None]
# ref, task, owner, status word ('' none), first and last month of the bar, its colour, RAG read
TASKS: list[Task] = [
    ("T1", "Set up a multi-agency panel for children missing from education", "Head of Inclusion",
     "On track", 0, 2, "#C0392B", "green"),
    ("T2", "Commission a return home interview service with a local charity", "Commissioning Lead",
     "", 1, 4, "#E69F00", "amber"),
    ("T3", "Publish the missing children protocol and train duty teams in it", "Head of Safeguarding",
     "", 3, 6, "#2E8B57", "green"),
    ("T4", "Report missing episodes monthly to the safeguarding partnership", "Performance Lead",
     "", 2, 3, "#C0392B", "red"),
]  # fmt: skip
# the same chart, two status words of no colour where the bars are amber and green
COLOURLESS: list[Task] = [
    TASKS[0],
    (*TASKS[1][:3], "Not started", *TASKS[1][4:7], None),
    (*TASKS[2][:3], "Not yet due", *TASKS[2][4:7], None),
    TASKS[3],
]


def _chart(tasks: list[Task]) -> bytes:
    data: list[list[object]] = [["Task", "What we will do", "Owner", "Status", *MONTHS]]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    for i, (ref, text, owner, status, first, last, colour, _) in enumerate(tasks, start=1):
        data.append([ref, Paragraph(text, STYLE), owner, status, *[""] * len(MONTHS)])
        style.append(("BACKGROUND", (4 + first, i), (4 + last, i), colors.HexColor(colour)))
    table = Table(data, colWidths=[40, 330, 130, 70, *[50] * len(MONTHS)])
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A3)).build(
        [Paragraph("Missing children programme: delivery timeline", STYLE), table]
    )
    return buf.getvalue()


def test_the_word_first_then_the_bar_colour() -> None:
    plan = extract_plan(parse_pdf_bytes(_chart(TASKS), "timeline.pdf"))
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [
        (ref, owner, rag) for ref, _, owner, _, _, _, _, rag in TASKS
    ]
    assert [str(a.due_date) for a in plan.actions] == [
        "2026-06-30", "2026-08-31", "2026-10-31", "2026-07-31"
    ]  # fmt: skip


def test_a_word_of_no_colour_is_no_bar_colour() -> None:
    plan = extract_plan(parse_pdf_bytes(_chart(COLOURLESS), "timeline.pdf"))
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [
        (ref, owner, rag) for ref, _, owner, _, _, _, _, rag in COLOURLESS
    ]
