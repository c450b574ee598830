"""Who leads an action, read by the cells when the header's words mislead (column_roles,
cell_types, normalise.owners): a column headed with the word 'activity' or 'action' whose cells
are people ('Activity holder') is the owner, the unnamed sentences beside it the action; a name
printed surname first ('Okafor, Grace') is one person; a project tool's allocation ('[50%]') is
no part of the owner. Layouts that are not holdout7's: other words, other column order."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


def _pdf(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: list[float],
    styled: bool = False,
) -> bytes:
    """One grid table; styled: the header row bold on a grey band, as a tool's export prints it."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    head = "<b>{}</b>" if styled else "{}"
    data = [[Paragraph(head.format(x), STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    if styled:
        style.append(("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"))
    t.setStyle(TableStyle(style))
    doc.build([t])
    return buf.getvalue()


def test_people_under_an_activity_header_beside_unnamed_sentences_are_the_owner() -> None:
    """'Activity holder' names the action by its first word; its cells are people, some
    surname first, and the sentences are under words no vocabulary holds ('Steps to take'):
    the sentences are the action and the people the owner, each name kept whole."""
    data = _pdf(
        ["Item", "Deadline", "Activity holder", "Steps to take", "RAG"],
        [
            ["E1", "March 2026", "Okafor, Grace",
             "Hold a weekly exploitation panel chaired by the head of service", "Green"],
            ["E2", "June 2026", "Head of Youth Justice",
             "Map where missing children are found and share the map with the police", "Amber"],
            ["E3", "September 2026", "Brennan, Tom",
             "Offer every child an independent return interview within three days", "Red"],
        ],
        [40, 80, 140, 320, 60],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "holders.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["ref", "due", "owner", "action", "rag"]
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        ("E1", "Okafor, Grace", "2026-03-31", "green"),
        ("E2", "Head of Youth Justice", "2026-06-30", "amber"),
        ("E3", "Brennan, Tom", "2026-09-30", "red"),
    ]
    assert plan.actions[1].text.startswith("Map where missing children")


def test_an_action_header_over_sentences_keeps_the_action() -> None:
    """The same words over sentences are the action: only people under them give way."""
    data = _pdf(
        ["Ref", "Action", "Lead", "By"],
        [
            ["1", "Publish a guide to family network meetings for every school", "Smith, Jo",
             "May 2026"],
            ["2", "Recruit two family group conference coordinators this year", "Patel, Ravi",
             "July 2026"],
        ],
        [40, 330, 140, 80],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "actions.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["ref", "action", "owner", "due"]
    assert [a.owner for a in extract_plan(doc).actions] == ["Smith, Jo", "Patel, Ravi"]


def test_surname_first_names_are_people() -> None:
    for name in ("Okafor, Grace", "O’Neill, Sean", "McAllister, Fiona", "Smith-Jones, Anna"):
        assert cell_type(name) is CellType.person, name
    assert cell_type("Review the threshold document, then train staff") is not CellType.person


def test_an_allocation_in_brackets_is_no_part_of_the_owner() -> None:
    assert normalise_owner("Principal Social Worker[50%]") == "Principal Social Worker"
    assert normalise_owner("Okafor, Grace [100%]") == "Okafor, Grace"
    assert normalise_owner("Head of Service (25%)") == "Head of Service"
    assert normalise_owner("Head of Service (CiC)") == "Head of Service (CiC)"
    assert cell_type("Amina Yusuf[75%]") is CellType.person


# a work plan exported from a scheduling tool, in words and an order of its own
SCHEDULE_HEADER = ["ID", "Item", "Length", "Begins", "Finish", "Done %", "Waits for", "Assigned"]
SCHEDULE = [
    ["1", "Set up a weekly panel for children at risk of exploitation", "40 days",
     "01/04/2026", "30/05/2026", "100%", "", "Okafor, Grace[50%]"],
    ["2", "Write a protocol with the police for sharing missing episodes", "3 wks",
     "01/05/2026", "22/05/2026", "60%", "1", "Head of Safeguarding"],
    ["3", "Train every social worker in the new exploitation screening tool", "60 days",
     "01/06/2026", "31/08/2026", "20%", "", "Brennan, Tom[25%]"],
    ["4", "Audit twenty cases a quarter and report findings to the panel", "90 days",
     "01/07/2026", "30/09/2026", "0%", "", "Principal Social Worker"],
    ["5", "Publish a summary of audit findings for partners and schools", "10 days",
     "01/10/2026", "14/10/2026", "0%", "4", "Patel, Ravi[100%]"],
]  # fmt: skip


def test_a_scheduling_tools_export_lists_actions_not_indicators() -> None:
    """Lengths and percentages pass for KPI figures, but each row carries its own start and
    finish (the finish on or after the start) beside the people doing it: the rows are tasks.
    'Item' over sentences is what the table lists, not its key; the few small numbers under
    'Waits for' each name another row's ID: what a task waits on, not a recommendation; the
    finish is the due date; an allocation in brackets is no part of the owner."""
    data = _pdf(SCHEDULE_HEADER, SCHEDULE, [30, 260, 50, 70, 70, 50, 50, 140], styled=True)
    doc = parse_pdf_bytes(data, "schedule.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.kind == "action"
    assert table.roles == ["ref", "action", None, "start", "due", None, None, "owner"]
    plan = extract_plan(doc)
    assert plan.kpis == []
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("1", "Okafor, Grace", "2026-05-30"),
        ("2", "Head of Safeguarding", "2026-05-22"),
        ("3", "Brennan, Tom", "2026-08-31"),
        ("4", "Principal Social Worker", "2026-09-30"),
        ("5", "Patel, Ravi", "2026-10-14"),
    ]


def test_a_rec_column_on_every_row_is_still_the_recommendation() -> None:
    """Small numbers on most rows, a row's own number among them, are the recommendations the
    actions answer: only a few numbers naming other rows are what a task waits on."""
    data = _pdf(
        ["No.", "What we will do", "Lead", "Deadline", "Rec"],
        [
            ["1", "Set up a weekly panel for children at risk of exploitation",
             "Head of Safeguarding", "May 2026", "1"],
            ["2", "Write a protocol with the police for sharing missing episodes",
             "Okafor, Grace", "June 2026", "1"],
            ["3", "Train every social worker in the new exploitation screening tool",
             "Brennan, Tom", "August 2026", "2"],
        ],
        [40, 300, 140, 80, 40],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "recs.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["ref", "action", "owner", "due", "rec"]


def test_figure_and_resource_headers_over_dates_and_people_stand_in() -> None:
    """An action table with no due and no owner column: a figure's header over bare dates
    ('Baseline end', weekdays and all) says when each action is due, and 'Resource' over
    people who does it."""
    data = _pdf(
        ["Deliverable", "Resource", "Planned begin", "Baseline end", "Ref"],
        [
            ["Recruit six independent reviewing officers to cut caseloads", "Okafor, Grace",
             "Mon 02/03/26", "Fri 31/07/26", "D1"],
            ["Move all care plans into the new case recording system", "Head of Children in Care",
             "Wed 01/04/26", "Tue 30/06/26", "D2"],
            ["Hold quarterly audits of care plans with partner agencies", "Brennan, Tom",
             "Thu 02/04/26", "Wed 30/09/26", "D3"],
        ],
        [300, 140, 90, 90, 40],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "deliverables.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["action", "owner", "start", "due", "ref"]
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("D1", "Okafor, Grace", "2026-07-31"),
        ("D2", "Head of Children in Care", "2026-06-30"),
        ("D3", "Brennan, Tom", "2026-09-30"),
    ]
