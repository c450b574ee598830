"""A costed action plan kept in Excel and printed by LibreOffice Calc: beside the plan's own
fields (ref, recommendation, action, officer, due, RAG) it carries MONEY columns (where the
money comes from, the budget and the spend to date, in pounds) and a total row of sums under
them. The money columns are no figures of a scorecard, no start date ('Funded from') and no
due date ('Spend to date'): the table is an action table, its totals row no action.

What is read: every action with its ref, owner, due date, RAG and recommendation link, both
from the workbook and from its print; the money headers read as 'other'; the total row (its
label under the funding column, sums of formulas beside it) is skipped, even where the
workbook holds the formulas uncalculated (the label does not run over them).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

HEADER = ["No.", "Rec ref", "What will be done", "Lead manager", "Source of funds",
          "Allocation £", "Spend to date (£)", "Complete by", "RAG"]  # fmt: skip
# ref, rec, action, owner, source, budget, spend, due, rag
ROWS = [
    ("1/1", "R1", "Audit twelve supervision records each month and report the themes",
     "Head of Service, Assessment", "Base budget", 12000, 1200, date(2027, 4, 30), "Amber"),
    ("1/2", "R1", "Publish a revised supervision standard with a four-weekly minimum",
     "Principal Social Worker", "DfE grant", 120000, 0, date(2026, 7, 20), "Green"),
    ("2/1", "R2", "Set up a care leavers' hub with drop-in advice on housing and money",
     "Service Manager, Care Leavers", "Reserves", 5000, 1750, date(2026, 2, 9), "Red"),
]  # fmt: skip
FILLS = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
RECS = [
    ("R1", "Improve the regularity and quality of management oversight and supervision"),
    ("R2", "Increase the range of suitable accommodation for care leavers"),
]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Costed plan"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Costed Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Finance and delivery position at 30 June 2026"
    widths = (7, 9, 50, 28, 18, 13, 15, 14, 10)
    for j, (h, w) in enumerate(zip(HEADER, widths, strict=True)):
        ws.column_dimensions[chr(65 + j)].width = w
        c = ws.cell(4, j + 1, h)
        c.font, c.border, c.alignment = Font(bold=True, color="FFFFFF"), grid, wrap
        c.fill = PatternFill("solid", fgColor="375623")
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            c = ws.cell(5 + i, j + 1, v)
            c.border, c.alignment = grid, wrap
            if j in (5, 6):
                c.number_format = '"£"#,##0'
            if j == 7:
                c.number_format = "DD-MMM-YY"
            if j == 8:
                c.fill = PatternFill("solid", fgColor=FILLS[str(v)])
        ws.row_dimensions[5 + i].height = 30
    total = 5 + len(ROWS)
    double = Border(top=thin, bottom=Side(style="double"))
    ws.cell(total, 5, "Total").font = Font(bold=True)
    for col in ("F", "G"):
        c = ws[f"{col}{total}"]
        c.value = f"=SUM({col}5:{col}{total - 1})"
        c.number_format, c.font, c.border = '"£"#,##0', Font(bold=True), double
    rs = wb.create_sheet("Recommendations")
    rs["A1"] = "Inspection recommendations"
    rs["A1"].font = Font(bold=True, size=13)
    rs.page_setup.orientation = "landscape"
    rs.sheet_properties.pageSetUpPr.fitToPage = True
    rs.page_setup.fitToWidth = 1
    rs.page_setup.fitToHeight = 0
    rs.column_dimensions["B"].width = 90
    for i, (key, text) in enumerate(RECS):
        rs.cell(3 + i, 1, key).font = Font(bold=True)
        rs.cell(3 + i, 2, text)
    wb.save(path)
    return path


def test_money_headers_name_no_plan_field() -> None:
    for header in ("Budget (£)", "Allocation £", "Spend to date (£)", "Actual spend (£)",
                   "Funded from", "Source of funds", "Funding source", "Spent £"):  # fmt: skip
        assert header_role(header) == "other", header
    assert header_role("What will be done") == "action"
    assert header_role("Responds to") == "rec"
    assert header_role("Rec ref") == "rec"
    assert header_role("Performance to date") == "latest"  # a scorecard's figure stays one


def _check(result: dict) -> None:  # type: ignore[type-arg]
    actions = result["actions"]
    got = [(a["ref"], a["owner"], a["due_date"], a["rag"]) for a in actions]
    assert got == [
        ("1/1", "Head of Service, Assessment", "2027-04-30", "amber"),
        ("1/2", "Principal Social Worker", "2026-07-20", "green"),
        ("2/1", "Service Manager, Care Leavers", "2026-02-09", "red"),
    ]
    assert [a["text"] for a in actions] == [r[2] for r in ROWS]
    assert not result["kpis"]  # the money columns make no scorecard
    # the total row (its label under the funding column, its sums beside it) is no action and
    # no status; in the workbook its sums were never calculated, yet they stop the label
    assert not [w for w in result["warnings"] if w["code"] == "plan_status_unread"]
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    links = [[numbers[x].removeprefix("R") for x in a["recommendations"]] for a in actions]
    assert links == [["1"], ["1"], ["2"]]  # the key as printed ("R1") or its number


def test_costed_workbook_is_an_action_table(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "costed.xlsx")).to_contract())


@pytest.mark.slow
def test_costed_print_is_an_action_table(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "costed.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())


def test_money_columns_under_an_unknown_action_header_make_no_scorecard() -> None:
    """The action column's header in words no vocabulary holds: the cells decide, and the
    money columns the headers name ('Budget', 'Spend') are no figures of a scorecard."""
    from plantrace.extractors.plan_columns import kind_from_cells

    columns = [
        [r[0] for r in ROWS],
        [r[2] for r in ROWS],
        [r[3] for r in ROWS],
        [f"£{r[5]:,}" for r in ROWS],
        [f"£{r[6]:,}" for r in ROWS],
        [r[7].strftime("%d %b %Y") for r in ROWS],
    ]
    assert kind_from_cells(["ref", None, "owner", "other", "other", "due"], columns) == "action"
