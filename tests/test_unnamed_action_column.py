"""A header that names who, when or the status but not the action column ('Piece of work',
'Description'): the column of sentences beside the people and dates is the action, so the table
is an action table, not a recommendations table (beside a recommendation repeated on every row),
a scorecard with no figures, or nothing. Also: a header naming a board and a note ('Board
update') over notes that name no board is the progress; a particle ('from') names no role beside
a word of substance. Layouts that are not holdout5's: other words, other column order."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import _region_end, header_role, read_layout
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
REC1 = "Recommendation 1: Make sure that supervision is regular and challenges drift in children's plans"
REC2 = "Recommendation 2: Improve the quality of return home interviews for children who go missing"


def _pdf(header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data = [[Paragraph(x, STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([t])  # no title: a tracker exported as it is
    return buf.getvalue()


def test_tracker_repeating_the_recommendation_with_an_unnamed_action_column() -> None:
    """The recommendation first and repeated on each of its rows (not merged), the actions
    under words no vocabulary holds, the owner and date named: an action table whose rows each
    answer the recommendation beside them."""
    data = _pdf(
        ["Inspection finding", "No.", "Piece of work", "Lead officer", "Target date", "Board update"],
        [
            [REC1, "1.1", "Audit every supervision record each month and report to managers",
             "Principal Social Worker", "Dec 2026", "Audit tool agreed; first audit in March"],
            [REC1, "1.2", "Train all team managers in reflective supervision with an external"
             " provider", "Head of Workforce", "Mar 2027", "Provider chosen; dates being set"],
            [REC2, "2.1", "Commission an independent service to offer every child an interview"
             " within 72 hours", "Head of Safeguarding", "Jun 2027", "Tender out; closes in May"],
        ],
        [200, 35, 200, 110, 70, 150],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "tracker.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.kind == ACTION_TABLE
    assert table.roles == ["recommendation_text", "ref", "action", "owner", "due", "progress"]
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("1.1", "Principal Social Worker", "2026-12-31"),
        ("1.2", "Head of Workforce", "2027-03-31"),
        ("2.1", "Head of Safeguarding", "2027-06-30"),
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[i] for i in a.recommendations] for a in plan.actions] == [["1"], ["1"], ["2"]]
    assert plan.actions[0].progress == "Audit tool agreed; first audit in March"
    assert plan.actions[0].governance is None


def test_description_over_actions_beside_owner_and_date_is_the_action() -> None:
    """'Description' names a KPI's indicator; with no figure column, and people and dates
    beside it, its sentences are the actions."""
    data = _pdf(
        ["Target date", "Description", "Accountable", "Ref"],
        [
            ["Sep 2026", "Hold a weekly exploitation panel chaired by the head of service",
             "Head of Safeguarding", "E1"],
            ["Jan 2027", "Map where missing children are found and share it with the police",
             "Missing Coordinator", "E2"],
        ],
        [80, 330, 150, 40],
    )  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("E1", "Head of Safeguarding", "2026-09-30"),
        ("E2", "Missing Coordinator", "2027-01-31"),
    ]
    assert (
        plan.actions[1].text == "Map where missing children are found and share it with the police"
    )


def test_board_note_header_over_notes_is_progress_over_bodies_governance() -> None:
    labels = ["Ref", "Action", "Lead", "Board update"]
    base = [
        ["1.1", "1.2"],
        ["Agree a protocol with the police for strategy meetings", "Audit thirty cases a month"],
        ["Head of Service", "QA Manager"],
    ]
    notes = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "governance"],
        labels,
        [*base, ["Protocol drafted; sign-off next month", "Two audits done; themes shared"]],
    )
    assert notes.roles[3] == "progress"
    states = read_roles(  # notes that are progress states ('Not yet started') are notes too
        ACTION_TABLE,
        ["ref", "action", "owner", "governance"],
        labels,
        [*base, ["Not yet started", "Not yet started"]],
    )
    assert states.roles[3] == "progress"
    bodies = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "governance"],
        labels,
        [*base, ["Corporate Parenting Board", "Safeguarding Partnership Executive"]],
    )
    assert bodies.roles[3] == "governance"
    route = read_roles(  # a header naming only the route keeps it, whatever the cells say
        ACTION_TABLE,
        ["ref", "action", "owner", "governance"],
        ["Ref", "Action", "Lead", "Update to board"],
        [*base, ["Protocol drafted; sign-off next month", "Two audits done; themes shared"]],
    )
    assert route.roles[3] == "governance"


def test_a_particle_names_no_role_beside_a_word_of_substance() -> None:
    assert header_role("Actions arising from the audit") == "action"
    assert header_role("From") == "start"
    assert header_role("Finish by") == "due"


def _line(text: str, top: float, size: float) -> Line:
    return Line(text, (40.0, top, 400.0, top + size), size, False, 1, 0)


def test_a_large_status_symbol_does_not_end_an_unruled_table() -> None:
    """A line led by a symbol set larger than the text ('▲ Behind plan' at 14 pt in a 10 pt table)
    is sized by its symbol: the table runs on past it; a real change of size still ends it."""
    order = [
        _line("No. Deliverable Lead Deadline Status", 100, 10.0),
        _line("1.1 Audit thirty case files a month Head of Service Mar 2027", 114, 10.0),
        _line("▲ Behind plan", 114, 14.0),
        _line("1.2 Publish a threshold document Principal Social Worker Jun 2026", 130, 10.0),
        _line("Key performance indicators", 150, 16.0),
    ]
    assert _region_end(order, 0, 10.0) == 4


def test_a_column_of_places_under_an_owner_header_gives_way_to_the_people() -> None:
    """'Lead council' names the owner, but its cells are places ('All', 'Sefton', recurring):
    the column of posts under a header no vocabulary holds is who leads each action."""
    data = _pdf(
        ["Ref", "Action", "Lead council", "Named contact", "Target date"],
        [
            ["1", "Agree one exploitation screening tool for every partner agency", "All",
             "Head of Safeguarding, Sefton", "Mar 2027"],
            ["2", "Run a joint audit of missing episodes with the police each quarter", "Wirral",
             "Principal Social Worker", "Sep 2026"],
            ["3", "Publish a shared threshold document with schools across the area", "All",
             "Amy Clarke, Head of Early Help", "Jun 2026"],
        ],
        [35, 300, 90, 200, 80],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "plan.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["ref", "action", "other", "owner", "due"]
    plan = extract_plan(doc)
    assert [a.owner for a in plan.actions] == [
        "Head of Safeguarding, Sefton",
        "Principal Social Worker",
        "Amy Clarke, Head of Early Help",
    ]


INVENTED = ["Piece of work", "Named contact", "Wrap-up", "Mood"]
INVENTED_ROWS = [
    ["Agree one exploitation screening tool for every partner agency",
     "Head of Safeguarding", "Mar 2027", "On track"],
    ["Run a joint audit of missing episodes with the police each quarter",
     "Principal Social Worker", "Sep 2026", "Delayed"],
    ["Publish a shared threshold document with schools across the area",
     "Amy Clarke, Head of Early Help", "Jun 2026", "Complete"],
]  # fmt: skip


def _bold_pdf(ruled: bool) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in INVENTED]]
    data += [[Paragraph(x, STYLE) for x in r] for r in INVENTED_ROWS]
    t = Table(data, colWidths=[330, 200, 80, 80])
    if ruled:
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Partnership improvement plan", STYLE), t])
    return buf.getvalue()


@pytest.mark.parametrize("ruled", [True, False])
def test_a_header_of_words_no_vocabulary_holds_over_actions(ruled: bool) -> None:
    """Every header word invented: a bold row over a column of sentences, one of people, one of
    dates and one of status words is an action table, each column placed by its cells."""
    assert [header_role(h) for h in INVENTED] == [None] * 4
    plan = extract_plan(parse_pdf_bytes(_bold_pdf(ruled), "plan.pdf"))
    got = [(a.text[:9], a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        ("Agree one", "Head of Safeguarding", "2027-03-31", "green"),
        ("Run a joi", "Principal Social Worker", "2026-09-30", "amber"),
        ("Publish a", "Amy Clarke, Head of Early Help", "2026-06-30", "blue"),
    ]


def test_a_repeated_labelled_column_under_an_unknown_header_is_each_rows_recommendation() -> None:
    """'What inspectors said' names nothing; its cells repeat on each row of a group and open
    with a label and number in a form other than 'Recommendation 2:' ('Area for improvement 2 -
    ...'): each row answers the recommendation beside it."""
    aif1 = "Area for improvement 1 - Supervision is not regular enough and does not tackle drift"
    aif2 = "Area for improvement 2 - Plans for children do not show their views and wishes"
    data = _pdf(
        ["What inspectors said", "Ref", "Action", "Lead", "Due"],
        [
            [aif1, "a", "Audit every supervision record each month and report to managers",
             "Principal Social Worker", "Dec 2026"],
            [aif1, "b", "Train all team managers in reflective supervision with an external"
             " provider", "Head of Workforce", "Mar 2027"],
            [aif2, "c", "Record each child's views in their own words at every review meeting",
             "Head of Quality Assurance", "Jun 2027"],
        ],
        [230, 30, 230, 130, 60],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "tracker.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles[0] == "recommendation_text"
    plan = extract_plan(doc)
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[i] for i in a.recommendations] for a in plan.actions] == [["1"], ["1"], ["2"]]
    assert [a.ref for a in plan.actions] == ["a", "b", "c"]


def test_a_table_of_one_action_under_a_header_naming_who_and_when() -> None:
    """An exception report lists one milestone: one row is too few for its cells to tell a
    table, but a header naming who and when over one sentence is an action table."""
    data = _pdf(
        ["No.", "Piece of work", "Lead officer", "Deadline"],
        [["X4", "Hold a monthly panel on children missing education, chaired by the head of"
          " service", "Head of Inclusion", "Nov 2026"]],
        [40, 330, 150, 80],
    )  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(data, "plan.pdf"))
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        ("X4", "Head of Inclusion", "2026-11-30")
    ]
