"""Who and when printed in one cell ('Head of Service – by Mar 2026'): the owner normaliser splits
it (owners.split_owner_due, the date read by the one date normaliser), the cell has a type of
its own, and a column of such cells gives each action both its owner and its due date, whatever
its header says. The layouts here are not holdout5's: other separators, words and column order."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import (
    CellType,
    cell_type,
    owner_and_date,
    owner_and_date_lines,
)
from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.owners import OwnerDue, normalise_owner, split_owner_due
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


@pytest.mark.parametrize(
    ("cell", "owner", "due"),
    [
        ("Team Manager, Duty and Assessment - by 30/09/2025", "Team Manager, Duty and Assessment",
         "30/09/2025"),
        ("Dr Amina Yusuf; end of June 2027", "Dr Amina Yusuf", "end of June 2027"),
        ("Practice Lead: Ongoing", "Practice Lead", "Ongoing"),
        ("Tom Okafor, Head of Business Support, by Q3 2026/27",
         "Tom Okafor, Head of Business Support", "Q3 2026/27"),
        ("Virtual School Head by 31 July, 2026", "Virtual School Head", "31 July, 2026"),
        ("Head of Fostering (by Q2 2026/27)", "Head of Fostering", "Q2 2026/27"),
        ("By end of May 2026 – Head of Fostering", "Head of Fostering", "end of May 2026"),
    ],
)  # fmt: skip
def test_split_owner_and_date(cell: str, owner: str, due: str) -> None:
    assert split_owner_due(cell) == OwnerDue(owner, due)
    assert cell_type(cell) is CellType.owner_date


@pytest.mark.parametrize(
    "cell",
    [
        "Head of Service, Children in Care, Barnsley",  # commas, no date: one owner
        "AD Safeguarding / Designated Nurse",
        "Audit thirty case files by May 2025",  # ends in a date, names no one: an action's text
        "Recruitment under way; two posts filled",
        "Head of Safeguarding (interim)",  # a qualifier in brackets, no date
        "March 2026 – Cabinet decision",  # a milestone: the date first, then an event
    ],
)
def test_no_owner_and_date(cell: str) -> None:
    assert owner_and_date(cell) is None
    assert cell_type(cell) is not CellType.owner_date


def test_column_of_owner_and_date_under_an_invented_header_is_the_owner() -> None:
    reading = read_roles(
        ACTION_TABLE,
        ["ref", "action", None, "rag"],
        ["No.", "Piece of work", "Whose, and finished when", "RAG"],
        [
            ["A1", "A2", "A3"],
            ["Bring every overdue supervision up to date and audit the records",
             "Publish a new threshold document with schools and health partners",
             "Run a practice week on direct work with children and their families"],
            ["Team Manager, Duty and Assessment - by 30/09/2025", "Dr Amina Yusuf; end of June"
             " 2027", "Practice Lead: Ongoing"],
            ["Green", "Amber", "Red"],
        ],
    )  # fmt: skip
    who = reading.columns[2]
    assert who.role == "owner"
    assert "owner_date" in who.types


def _pdf(header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    title = Paragraph("Children's Services Improvement Plan 2026-27", STYLE)
    doc.build([title, t])
    return buf.getvalue()


def test_plan_whose_owner_column_holds_the_date_too() -> None:
    """Status first, who-and-when last, under words no vocabulary holds for those columns."""
    data = _pdf(
        ["RAG", "No.", "Piece of work", "Whose, and finished when"],
        [
            ["Green", "A1", "Bring every overdue supervision up to date and audit the records",
             "Team Manager, Duty and Assessment - by 30/09/2025"],
            ["Amber", "A2", "Publish a new threshold document with schools and health partners",
             "Dr Amina Yusuf; end of June 2027"],
            ["Red", "A3", "Run a practice week on direct work with children and their families",
             "Practice Lead: Ongoing"],
        ],
        [60, 50, 330, 260],
    )  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    got = [(a.ref, a.owner, a.due_raw, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        ("A1", "Team Manager, Duty and Assessment", "30/09/2025", "2025-09-30", "green"),
        ("A2", "Dr Amina Yusuf", "end of June 2027", "2027-06-30", "amber"),
        ("A3", "Practice Lead", "Ongoing", "None", "red"),
    ]


def test_post_and_date_on_lines_of_their_own_in_one_cell() -> None:
    """A Word-style cell breaks the line between who and when ('Head of Fostering' / 'March
    2027'), no dash between them: the last line is the date, the lines above the owner."""
    data = _pdf(
        ["Ref", "Action", "Lead", "RAG"],
        [
            ["B1", "Recruit twenty foster carers through a local campaign",
             "Head of Fostering<br/>March 2027", "Green"],
            ["B2", "Review every placement with parents under a care order",
             "Service Manager, Children in Care<br/>Q4 2026/27", "Amber"],
        ],
        [40, 330, 220, 60],
    )  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    got = [(a.ref, a.owner, a.due_raw, str(a.due_date)) for a in plan.actions]
    assert got == [
        ("B1", "Head of Fostering", "March 2027", "2027-03-31"),
        ("B2", "Service Manager, Children in Care", "Q4 2026/27", "2027-03-31"),
    ]


def test_a_date_broken_over_lines_is_no_owner_and_date() -> None:
    assert owner_and_date_lines(["End Jan", "2025"]) is None
    assert owner_and_date_lines(["From April", "2017"]) is None
    assert owner_and_date_lines(["Head of Fostering", "March 2027"]) == OwnerDue(
        "Head of Fostering", "March 2027"
    )


@pytest.mark.parametrize(
    ("cell", "owner", "due"),
    [
        ("Lead: Detective Inspector, Public Protection By: February 2028",
         "Detective Inspector, Public Protection", "February 2028"),
        ("Owner: Jane Smith; Due: Q2 2026/27", "Jane Smith", "Q2 2026/27"),
        ("Responsible officer: Head of Fostering Deadline: end of May 2026", "Head of Fostering",
         "end of May 2026"),
    ],
)  # fmt: skip
def test_labelled_owner_and_date_fields(cell: str, owner: str, due: str) -> None:
    """Who and when as labelled fields ('Lead: ... By: ...'): the labels are no part of either."""
    assert split_owner_due(cell) == OwnerDue(owner, due)
    assert cell_type(cell) is CellType.owner_date


def test_labelled_fields_whose_date_wraps_to_a_line_of_its_own() -> None:
    assert owner_and_date_lines(["Lead: Head of Virtual School By:", "October 2027"]) == OwnerDue(
        "Head of Virtual School", "October 2027"
    )
    assert normalise_owner("Lead: Head of Virtual School By") == "Head of Virtual School"
    assert normalise_owner("Practice Lead") == "Practice Lead"  # no label: the owner itself


def test_plan_whose_lead_and_timescale_cell_labels_its_fields() -> None:
    """A 'Lead and timescale' column printing 'Lead: ... By: ...', the date wrapping in a narrow
    cell: each action gets the owner without its label and the date after 'By:'."""
    data = _pdf(
        ["Task in plan", "Lead and timescale", "Where it stands"],
        [
            ["1.1 Redesign the child in need plan template with outcomes in plain language",
             "Lead: Detective Inspector, Public Protection By: February 2028", "Green"],
            ["1.2 Quality assure a sample of assessments every month",
             "Lead: Head of Virtual School By:<br/>October 2027", "Amber"],
        ],
        [330, 200, 80],
    )  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    got = [(a.ref, a.owner, a.due_raw, str(a.due_date)) for a in plan.actions]
    assert got == [
        ("1.1", "Detective Inspector, Public Protection", "February 2028", "2028-02-29"),
        ("1.2", "Head of Virtual School", "October 2027", "2027-10-31"),
    ]


def test_who_and_when_with_the_date_first_in_some_rows() -> None:
    """One 'Who and when' cell, the lead and the date on lines of their own, in some rows the
    date first: the two fields are of different types, so the cell splits by type whichever
    line comes first."""
    data = _pdf(
        ["Ref", "Action", "Who and when", "RAG"],
        [
            ["C1", "Record children's views in their own words at every review",
             "Leon Fairweather<br/>31 March 2026", "Green"],
            ["C2", "Hold monthly practice workshops on writing analysis in assessments",
             "31 August 2026<br/>Ruth Kowalczyk", "Amber"],
            ["C3", "Agree a joint housing protocol with district councils",
             "30 September 2026<br/>Head of Service, Care Leavers", "Red"],
        ],
        [40, 330, 220, 60],
    )  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    got = [(a.ref, a.owner, a.due_raw, str(a.due_date)) for a in plan.actions]
    assert got == [
        ("C1", "Leon Fairweather", "31 March 2026", "2026-03-31"),
        ("C2", "Ruth Kowalczyk", "31 August 2026", "2026-08-31"),
        ("C3", "Head of Service, Care Leavers", "30 September 2026", "2026-09-30"),
    ]
    assert owner_and_date_lines(["31 March", "2026", "Head of Service"]) == OwnerDue(
        "Head of Service", "31 March 2026"
    )
    assert owner_and_date_lines(["May 2025", "Audit 30 cases"]) is None
