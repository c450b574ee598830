"""A table whose columns repeat in numbered groups (plan_column_groups): one row per
recommendation, its actions side by side ('Task 1 | Owner 1 | Target date 1 | Progress 1 | Task 2
...'), a recommendation with fewer actions leaving its last groups empty. Each non-empty group is
one action of its row. Layouts that are not holdout18's: other words, a group of three columns,
no shared text column."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_column_groups import column_groups
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
STYLE.fontSize = 7
STYLE.leading = 8.5

_FILLS = {"G": "#c6efce", "A": "#ffeb9c", "R": "#ffc7ce"}


def _pdf(header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float]) -> bytes:
    """One ruled grid on an A3 landscape page; a status letter's cell on its colour's tint."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A3), invariant=1)
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    style: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, row in enumerate(rows, start=1):
        for j, cell in enumerate(row):
            if cell in _FILLS:
                style.append(("BACKGROUND", (j, i), (j, i), _FILLS[cell]))
    t.setStyle(TableStyle(style))
    doc.build([t])
    return buf.getvalue()


_GROUP = ["Task {k}", "Owner {k}", "Target date {k}", "Progress {k}"]


def test_each_filled_group_of_a_row_is_one_action_of_its_recommendation() -> None:
    """Three groups; the second recommendation fills two, the third one: six actions, in the
    row's order, each with its own owner, date and status, each answering its row's
    recommendation."""
    header = ["Ref", "Recommendation"] + [h.format(k=k) for k in (1, 2, 3) for h in _GROUP]
    rows = [
        ["R1", "Improve the quality of supervision so that it drives plans for children",
         "Audit twelve supervision records each month", "Principal Social Worker", "30/04/2026", "G",
         "Train every team manager in reflective supervision", "Head of Service", "31/07/2026", "A",
         "Add supervision timeliness to the weekly dashboard", "Performance Lead", "31/10/2026", "R"],
        ["R2", "Strengthen the response to children who go missing from home or care",
         "Hold a monthly missing children panel", "Head of Safeguarding", "31/05/2026", "A",
         "Map the places where missing children are found", "Exploitation Lead", "30/09/2026", "G",
         "", "", "", ""],
        ["R3", "Make sure care leavers have suitable homes when they leave care",
         "Agree a housing protocol with the district councils", "Leaving Care Manager",
         "31/03/2027", "R",
         "", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    widths = [30.0, 130.0] + [120.0, 70.0, 50.0, 36.0] * 3
    plan = extract_plan(parse_pdf_bytes(_pdf(header, rows, widths), "groups.pdf"))
    got = [(a.text[:30], a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        ("Audit twelve supervision recor", "Principal Social Worker", "2026-04-30", "green"),
        ("Train every team manager in re", "Head of Service", "2026-07-31", "amber"),
        ("Add supervision timeliness to ", "Performance Lead", "2026-10-31", "red"),
        ("Hold a monthly missing childre", "Head of Safeguarding", "2026-05-31", "amber"),
        ("Map the places where missing c", "Exploitation Lead", "2026-09-30", "green"),
        ("Agree a housing protocol with ", "Leaving Care Manager", "2027-03-31", "red"),
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[i] for i in a.recommendations] for a in plan.actions] == [
        ["1"],
        ["1"],
        ["1"],
        ["2"],
        ["2"],
        ["3"],
    ]


def test_column_groups_are_found_from_the_header_alone() -> None:
    """Blocks of labels equal once their numbers are dropped, a number of their own each (or
    none at all); a header that repeats no block, or numbers within one block differently, has
    none."""
    assert column_groups(
        ["No.", "Area", "Step 1", "Who 1", "When 1", "Step 2", "Who 2", "When 2"]
    ) == [[2, 3, 4], [5, 6, 7]]
    assert column_groups(["Action", "Lead", "Action", "Lead"]) == [[0, 1], [2, 3]]
    assert column_groups(["Ref", "Action", "Lead", "Due", "Status"]) == []
    # a period's columns are no group of one action each: 'Q1' and 'Q2' number the quarters
    # alike, but 'Q1 update | Q2 update | Q1 RAG | Q2 RAG' repeats no block
    assert column_groups(["Ref", "Action", "Q1 update", "Q2 update", "Q1 RAG", "Q2 RAG"]) == []
    # numbers that differ within a block: no group
    assert column_groups(["Action 1", "Lead 2", "Action 3", "Lead 4"]) == []


def test_groups_beside_the_rows_own_action_are_its_periods_not_actions() -> None:
    """'Q1 update | Q1 RAG | Q2 update | Q2 RAG' beside the row's own action column: the groups
    are the periods of one action (its trail of updates), so each row stays one action."""
    header = ["Ref", "Action", "Lead", "Q1 update", "Q1 RAG", "Q2 update", "Q2 RAG"]
    rows = [
        ["1.1", "Hold a monthly missing children panel", "Head of Safeguarding",
         "Terms of reference agreed", "G", "Two panels held", "G"],
        ["1.2", "Map the places where missing children are found", "Exploitation Lead",
         "Data shared by police", "A", "Map drafted", "R"],
    ]  # fmt: skip
    widths = [30.0, 220.0, 110.0, 150.0, 40.0, 150.0, 40.0]
    plan = extract_plan(parse_pdf_bytes(_pdf(header, rows, widths), "periods.pdf"))
    assert [(a.ref, a.owner) for a in plan.actions] == [
        ("1.1", "Head of Safeguarding"),
        ("1.2", "Exploitation Lead"),
    ]


def test_groups_numbered_by_words_and_a_row_status_beside_each_actions_own() -> None:
    """Groups numbered by ordinal words ('First action | First lead | First RAG | Second
    action ...') are groups as digits number them; the row's 'Overall RAG' beside them is the
    recommendation's, and each action's status is its own group's."""
    header = ["Ref", "Recommendation", "Overall RAG", "First action", "First lead", "First RAG",
              "Second action", "Second lead", "Second RAG"]  # fmt: skip
    rows = [
        ["R1", "Improve the quality of supervision so that it drives plans for children", "A",
         "Audit twelve supervision records each month", "Principal Social Worker", "G",
         "Train every team manager in reflective supervision", "Head of Service", "R"],
        ["R2", "Strengthen the response to children who go missing from home or care", "G",
         "Hold a monthly missing children panel", "Head of Safeguarding", "A",
         "", "", ""],
    ]  # fmt: skip
    widths = [30.0, 170.0, 45.0, 170.0, 100.0, 40.0, 170.0, 100.0, 40.0]
    plan = extract_plan(parse_pdf_bytes(_pdf(header, rows, widths), "ordinals.pdf"))
    assert [(a.text[:24], a.owner, a.rag) for a in plan.actions] == [
        ("Audit twelve supervision", "Principal Social Worker", "green"),
        ("Train every team manager", "Head of Service", "red"),
        ("Hold a monthly missing c", "Head of Safeguarding", "amber"),
    ]


def test_a_group_column_its_first_group_leaves_unplaced_is_no_unplaced_column() -> None:
    """'Progress 1' holds only completion codes ('C', 'NS'): alone its cells fit no role, but
    'Progress 2' holds status letters and the table is read unfolded, each group's column as
    one. Its cells are read (their statuses), so no warning may say they are not."""
    header = ["Ref", "Recommendation"] + [h.format(k=k) for k in (1, 2) for h in _GROUP]
    rows = [
        ["R1", "Improve the quality of supervision so that it drives plans for children",
         "Audit twelve supervision records each month", "Principal Social Worker", "30/04/2026", "C",
         "Train every team manager in reflective supervision", "Head of Service", "31/07/2026", "G"],
        ["R2", "Strengthen the response to children who go missing from home or care",
         "Offer every child a return home interview within 72 hours", "Missing Children Lead",
         "31/05/2026", "NS",
         "Map the places children go missing from with the police", "Exploitation Lead",
         "30/09/2026", "A"],
        ["R3", "Improve the timeliness of initial health assessments for children in care",
         "Agree a health assessment pathway with the designated nurse", "Head of Children in Care",
         "30/06/2026", "C",
         "Report health assessment timeliness to the corporate parenting board",
         "Performance Lead", "31/12/2026", "R"],
    ]  # fmt: skip
    widths = [30.0, 150.0] + [150.0, 80.0, 55.0, 40.0] * 2
    plan = extract_plan(parse_pdf_bytes(_pdf(header, rows, widths), "codes.pdf"))
    assert [a.owner for a in plan.actions] == [
        "Principal Social Worker", "Head of Service", "Missing Children Lead",
        "Exploitation Lead", "Head of Children in Care", "Performance Lead",
    ]  # fmt: skip
    assert [a.rag for a in plan.actions][1::2] == ["green", "amber", "red"]
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]
