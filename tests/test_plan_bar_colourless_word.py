"""A Gantt chart's bar colour is no status where the status column holds a word of no colour
('Not started', 'Not yet due'): the word says the status, and it has none; a blank status cell
still takes the bar's colour (plan_actions._row_rag, column_roles.bar_rag)."""

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
# ref, task, owner, status word ('' none), first and last month of the bar, its colour, RAG read
TASKS = [
    ("T1", "Set up a multi-agency panel for children missing from education", "Head of Inclusion",
     "On track", 0, 2, "#C0392B", "green"),
    ("T2", "Commission a return home interview service with a local charity", "Commissioning Lead",
     "Not started", 1, 4, "#E69F00", None),
    ("T3", "Publish the missing children protocol and train duty teams in it", "Head of Safeguarding",
     "Not yet due", 3, 6, "#2E8B57", None),
    ("T4", "Report missing episodes monthly to the safeguarding partnership", "Performance Lead",
     "", 2, 3, "#C0392B", "red"),
]  # fmt: skip


def _chart() -> bytes:
    data: list[list[object]] = [["Task", "What we will do", "Owner", "Status", *MONTHS]]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    for i, (ref, text, owner, status, first, last, colour, _) in enumerate(TASKS, start=1):
        data.append([ref, Paragraph(text, STYLE), owner, status, *[""] * len(MONTHS)])
        style.append(("BACKGROUND", (4 + first, i), (4 + last, i), colors.HexColor(colour)))
    table = Table(data, colWidths=[40, 330, 130, 70, *[50] * len(MONTHS)])
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A3)).build(
        [Paragraph("Missing children programme: delivery timeline", STYLE), table]
    )
    return buf.getvalue()


def test_a_word_of_no_colour_is_no_bar_colour() -> None:
    plan = extract_plan(parse_pdf_bytes(_chart(), "timeline.pdf"))
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [
        (ref, owner, rag) for ref, _, owner, _, _, _, _, rag in TASKS
    ]
