"""The forms plans from other producers print dates, statuses, owners and KPI figures in, read
by the one normaliser of each concept (pipeline/normalise) and placed by the column evidence
built on them (issue 11, round 2): a month in figures ('03.2025'), 'BAU', status words in
capitals or as met/not met, abbreviated posts and a post inside a board's name, a sponsor who
is the only person named, a column of step codes ('1a'). The last test reads a realistic
ReportLab plan through the whole pipeline with headers no vocabulary holds."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import CellType, bare_date, cell_type
from plantrace.extractors.column_roles import ACTION_TABLE, KPI_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import parse_date, parse_due
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("03.2025", date(2025, 3, 31)),  # a month in figures, as a spreadsheet prints it
        ("02.2028", date(2028, 2, 29)),
        ("3/2025", date(2025, 3, 31)),
        ("31.03.2025", date(2025, 3, 31)),  # three parts: still a day
        ("2025-03-31", date(2025, 3, 31)),
        ("end March 2025", date(2025, 3, 31)),
        ("31st March 2025", date(2025, 3, 31)),
        ("Q3 24-25", date(2024, 12, 31)),
        ("March/April 2025", date(2025, 4, 30)),
        ("2025-26", date(2026, 3, 31)),
        ("BAU", None),
        ("Continuous", None),
    ],
)
def test_due_date_forms(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due


def test_a_month_in_figures_starts_on_its_first_day() -> None:
    assert parse_date("09.2025", end_of_period=False) == date(2025, 9, 1)


@pytest.mark.parametrize(
    ("raw", "colour"),
    [
        ("Met", "green"), ("Partially met", "amber"), ("Not met", "red"), ("Achieved", "blue"),
        ("GREEN", "green"), ("AMBER", "amber"), ("RED", "red"), ("BLUE", "blue"),
        ("Not yet due", None), ("Not started", None),
    ],
)  # fmt: skip
def test_status_forms(raw: str, colour: str | None) -> None:
    assert normalise_rag(raw) == colour


def test_progress_states_are_status_cells_but_no_colour() -> None:
    assert is_status_state("Not yet due") and is_status_state("In progress")
    assert not is_status_state("Audit shows improvement in most records")
    # a status column: a word in capitals is no code, a progress state no free text
    assert cell_type("GREEN") is CellType.rag and cell_type("MET") is CellType.rag
    assert cell_type("Not yet due") is CellType.rag
    assert cell_type("BAU") is CellType.open_date
    assert cell_type("EH2") is CellType.code and cell_type("1a") is CellType.code


@pytest.mark.parametrize(
    "owner",
    [
        "AD Safeguarding",
        "JM (HoS Fostering)",
        "BL, Principal SW",
        "AD Safeguarding / Designated Nurse",
        "HoS Fostering & DCS",
        "Safeguarding Partnership Manager & Strategic Lead for Exploitation",
        "Named GP for Safeguarding",
        "SP (Virtual School Headteacher)",
        "Quality & Practice Lead",
        "HoS Children in Care / Head of Business Intelligence",
        "DCS / Strategic Lead for Exploitation",
    ],
)
def test_owner_forms_are_people(owner: str) -> None:
    assert cell_type(owner) is CellType.person


def test_a_board_is_still_a_body() -> None:
    assert cell_type("Corporate Parenting Board") is CellType.body
    assert cell_type("Practice Quality Group") is CellType.body
    # a progress note that mentions a meeting names no body; prose that ends on a post no person
    assert cell_type("Work started; scoping meeting held with partners") is CellType.prose
    assert cell_type("Work with the lead") is CellType.text
    assert cell_type("Children & families") is CellType.text


def test_bare_dates() -> None:
    assert bare_date("09.2024") and bare_date("end March 2025") and bare_date("Q3 24-25")
    assert not bare_date("Cabinet decision Sept 16")


STEPS = ["1a", "1b", "2a", "2b"]
ACTIONS = [
    "Track attendance and exclusions for children in care placed out of the area",
    "Reduce the time taken to issue education, health and care plans",
    "Review every child in need plan at least every three months with the family",
    "Hold monthly practice workshops on writing analysis in assessments",
]
OWNERS = ["AD Safeguarding", "JM (HoS Fostering)", "BL, Principal SW", "HoS Fostering & DCS"]
DUES = ["03.2026", "BAU", "2026-08-31", "Q3 26-27"]
STATUS = ["Not met", "Not yet due", "Achieved", "Partially met"]


def test_a_finding_number_left_of_the_step_codes_is_the_recommendation_key() -> None:
    """A finding number merged down over its actions prints once per group: no repeats, yet
    the step codes beside it are the refs, so it is the recommendation key."""
    reading = read_roles(
        ACTION_TABLE,
        [None, None, None, None],
        ["Finding", "Seq.", "What needs to happen", "Senior manager"],
        [["", "1", "", "2"], STEPS, ACTIONS, OWNERS],
    )
    assert reading.roles == ["rec", "ref", "action", "owner"]


def test_unknown_headers_placed_by_the_cells() -> None:
    """'Step', 'Driven by' (a 'by' that is no due date), 'Milestone met?' (status words, not
    milestones): the cells decide; a finding number column is the recommendation key."""
    reading = read_roles(
        ACTION_TABLE,
        [None, None, None, "due", None, "milestones"],
        ["Finding", "Step", "Intervention", "Driven by", "Completion", "Milestone met?"],
        [["1", "1", "2", "2"], STEPS, ACTIONS, OWNERS, DUES, STATUS],
    )
    assert reading.roles == ["rec", "ref", "action", "owner", "due", "rag"]


def test_a_sponsor_stands_in_for_the_owner_and_bare_milestones_for_the_due_date() -> None:
    reading = read_roles(
        ACTION_TABLE,
        ["action", "sponsor", "milestones"],
        ["Title", "Sponsor", "Milestone"],
        [ACTIONS, OWNERS, ["09.2024", "end March 2025", "Q3 24-25", "2026-08-31"]],
    )
    assert reading.roles == ["action", "owner", "due"]
    assert "stands in" in reading.columns[1].evidence[-1]
    # milestones that name events stay milestones; a sponsor beside an owner stays a sponsor
    events = ["Cabinet decision Sept 16", "Launch Oct 16", "Mar 17", "Training complete Nov 16"]
    kept = read_roles(
        ACTION_TABLE,
        ["action", "owner", "sponsor", "milestones"],
        ["Action", "Lead officer", "Sponsor", "Milestones"],
        [ACTIONS, OWNERS, ["Director of Children's Services"] * 4, events],
    )
    assert kept.roles == ["action", "owner", "sponsor", "milestones"]


def test_position_at_start_over_figures_is_the_baseline() -> None:
    reading = read_roles(
        KPI_TABLE,
        ["code", "start", "latest", "target"],
        ["Scorecard line", "Position at start", "Latest", "Goal"],
        [
            ["Care leavers in suitable accommodation", "Average caseload per social worker"],
            ["62%", "24.5"],
            ["70%", "21.0"],
            ["85%", "18.0"],
        ],
    )
    assert reading.roles == ["indicator", "baseline", "latest", "target"]


def test_a_plan_with_unseen_headers_and_new_forms_reads_whole() -> None:
    """A ReportLab plan: no header any vocabulary holds for the finding, step, date or status
    columns; the dates, statuses and owners in the new forms reach the actions."""
    head = ["Finding", "Step", "Action", "Lead officer", "Completion", "Milestone met?"]
    rows = [head] + [
        ["1", s, a, o, d, st]
        for s, a, o, d, st in zip(STEPS, ACTIONS, OWNERS, DUES, STATUS, strict=True)
    ]
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[Paragraph(f"<b>{x}</b>", body) for x in head]]
    cells += [[Paragraph(x, body) for x in r] for r in rows[1:]]
    table = Table(cells, colWidths=[50, 40, 300, 150, 80, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Children's Services Improvement Plan 2025-26", body), table])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.owner, a.due_date and str(a.due_date), a.rag) for a in plan.actions] == [
        ("1a", "AD Safeguarding", "2026-03-31", "red"),
        ("1b", "JM (HoS Fostering)", None, None),
        ("2a", "BL, Principal SW", "2026-08-31", "blue"),
        ("2b", "HoS Fostering & DCS", "2026-12-31", "amber"),
    ]
