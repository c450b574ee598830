"""A plan kept as an outline of tasks (fixer C, round 8): bold summary rows state the
recommendations, with dates rolled up from the tasks indented under them. A summary row is no
action: it opens the section its tasks answer; a summary that states none (the project's own
row) heads the rest without answering any. Typeset with reportlab, read by the whole pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
INDENTS = [ParagraphStyle(f"level{n}", parent=BODY, leftIndent=8 * n) for n in range(4)]

# (WBS, task, start, finish, owner, level): level 0 the project, 1 a summary, 2 a task
OUTLINE = [
    ("0", "Children's services improvement programme", "01/04/2025", "31/03/2026", "", 0),
    ("1", "Priority 1: Strengthen management oversight of casework in all teams",
     "01/04/2025", "30/11/2025", "", 1),
    ("2", "Set a supervision standard and audit it monthly", "01/04/2025", "30/06/2025",
     "Head of Practice", 2),
    ("3", "Give team managers a caseload dashboard", "01/05/2025", "30/11/2025",
     "Performance Lead", 2),
    ("4", "Priority 2: Improve the timeliness of initial health assessments",
     "01/06/2025", "31/03/2026", "", 1),
    ("5", "Agree a booking pathway with the designated nurse", "01/06/2025", "31/08/2025",
     "Designated Nurse", 2),
    ("6", "Report timeliness to the corporate parenting board each quarter", "01/09/2025",
     "31/03/2026", "Head of Children in Care", 2),
]  # fmt: skip

# a task with steps of its own: bold over them, but somebody's work (it names its owner)
STEPS = [
    ("1", "Priority 3: Make the front door respond to contacts within a day",
     "01/04/2025", "31/12/2025", "", 1),
    ("2", "Open a single front door for partners' contacts", "01/04/2025", "31/12/2025",
     "Head of Front Door", 2),
    ("3", "Recruit the front door's duty team", "01/04/2025", "30/06/2025",
     "Front Door Manager", 3),
    ("4", "Publish the contact threshold guidance", "01/07/2025", "31/10/2025",
     "Head of Front Door", 2),
]  # fmt: skip


def _outline_pdf(outline: Sequence[tuple[str, str, str, str, str, int]] = OUTLINE) -> bytes:
    head = ["WBS", "Task", "Start", "Finish", "Assigned to"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    for wbs, task, start, finish, owner, level in outline:
        bold = "<b>{}</b>" if level < 2 or task in PARENTS else "{}"  # summary rows in bold
        row = [Paragraph(bold.format(c), BODY) for c in (wbs, start, finish, owner)]
        cells.append([row[0], Paragraph(bold.format(task), INDENTS[level]), *row[1:]])
    table = Table(cells, colWidths=[40, 330, 80, 80, 160], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    doc.build([Paragraph("Programme plan exported from the project tool", BODY), table])
    return buf.getvalue()


PARENTS = {STEPS[1][1]}


def _plan() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_outline_pdf(), "outline.pdf"))


def test_summary_rows_are_recommendations_not_actions() -> None:
    plan = _plan()
    assert [a.ref for a in plan.actions] == ["2", "3", "5", "6"]
    assert [(r.number, r.text[:30]) for r in plan.recommendations] == [
        ("1", "Strengthen management oversigh"),
        ("2", "Improve the timeliness of init"),
    ]


def test_tasks_answer_the_summary_above_them() -> None:
    plan = _plan()
    number = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [number[i] for i in a.recommendations] for a in plan.actions}
    assert links == {"2": ["1"], "3": ["1"], "5": ["2"], "6": ["2"]}
    assert plan.actions[1].owner == "Performance Lead"


def test_a_bold_task_naming_its_owner_over_its_steps_is_an_action() -> None:
    plan = extract_plan(parse_pdf_bytes(_outline_pdf(STEPS), "steps.pdf"))
    assert [(a.ref, a.owner) for a in plan.actions] == [
        ("2", "Head of Front Door"),
        ("3", "Front Door Manager"),
        ("4", "Head of Front Door"),
    ]
    assert [r.number for r in plan.recommendations] == ["3"]
    number = {r.id: r.number for r in plan.recommendations}
    assert {a.ref: [number[i] for i in a.recommendations] for a in plan.actions} == {
        "2": ["3"],
        "3": ["3"],
        "4": ["3"],
    }
