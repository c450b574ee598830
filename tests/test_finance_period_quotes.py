"""A delivery tracker kept in Excel by a council's finance team: each action is due by a FINANCE
PERIOD ('P9 2026/27': the ninth month counted from April of the financial year, so December
2026), and its only link to a recommendation is a column QUOTING the recommendation's opening
words cut short ('Improve the timeliness of...'), or its whole text, beside a plan's numbered
list of the recommendations in full ('1.' | text rows under a heading).

What is read: each due date as the last day of its period's month (the one date normaliser);
each action linked to the one recommendation whose text the quote begins, both from the
workbook and from its print; a quote too short to tell two recommendations apart links to
none and is said (plan_links_unread), never guessed; the Budget column is no field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.quoted_links import cut_quote, is_cut, quoted_ids
from plantrace.models.inspection import Recommendation
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import opens_with_date, parse_date, parse_due
from tests.factories import prov
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the quality of supervision so that social workers receive regular reflective"
    " oversight of their cases",
    "Improve the timeliness of initial health assessments for children entering care",
    "Ensure that children leaving care have suitable accommodation and up-to-date pathway plans",
    "Ensure that children who go missing are offered return home interviews promptly",
]
# ref, action, quote, owner, due, budget, status
ROWS = [
    ("FT-01", "Introduce monthly group supervision led by practice supervisors",
     "Improve the quality of...", "Hannah Okafor", "P4 2026/27", "£14,000", "Green"),
    ("FT-02", "Agree a health assessment pathway with the integrated care board",
     "Improve the timeliness of...", "Dev Patel", "P9 2026/27", "£8,500", "Amber"),
    ("FT-03", "Open a supported lodgings scheme for care leavers aged 18 to 21",
     "Ensure that children leaving…", "Marion Keyes", "P11 2026/27", "£120,000", "Red"),
    ("FT-04", "Commission an independent return home interview service",
     RECS[3], "Tomasz Nowak", "P01 27/28", "£45,000", "Green"),
    ("FT-05", "Audit twenty supervision records a quarter and report the themes",
     "Improve the quality of...", "Hannah Okafor", "Period 12 2026/27", "£0", "Amber"),
    ("FT-06", "Report missing episodes and placement moves to the corporate parenting board",
     "Ensure that children...", "Dev Patel", "P10 26/27", "£2,000", "Green"),
]  # fmt: skip
DUES = ["2026-07-31", "2026-12-31", "2027-02-28", "2027-04-30", "2027-03-31", "2027-01-31"]
LINKS = [["1"], ["2"], ["3"], ["4"], ["1"], []]  # FT-06's quote begins 3 and 4: no link


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("P9 2026/27", date(2026, 12, 31)),  # the ninth month from April: December
        ("P09 26/27", date(2026, 12, 31)),
        ("P11 2026/27", date(2027, 2, 28)),  # P10-P12 fall in the second calendar year
        ("P1 2027/28", date(2027, 4, 30)),
        ("P12 2025/26", date(2026, 3, 31)),
        ("Period 6 2026/27", date(2026, 9, 30)),
        ("P3 FY26/27", date(2026, 6, 30)),
        ("by P10 2025-26", date(2026, 1, 31)),
    ],
)
def test_finance_period_is_its_months_last_day(raw: str, due: date) -> None:
    assert parse_due(raw) == due
    assert opens_with_date(raw) == (not raw.startswith("by"))


def test_finance_period_start_and_what_is_no_period() -> None:
    assert parse_date("P9 2026/27", end_of_period=False) == date(2026, 12, 1)
    assert parse_due("P9 2026/28") is None  # the years do not run on: no financial year
    assert parse_due("P13 2026/27") == date(2027, 3, 31)  # no 13th month: the year alone
    assert parse_due("AP9 2026/27") == date(2027, 3, 31)  # a code, not the letter P
    assert parse_due("Q3 2026/27") == date(2026, 12, 31)  # quarters read as before


def _recs() -> list[Recommendation]:
    return [
        Recommendation(id=f"r{n + 1}", number=str(n + 1), text=t, provenance=prov("0" * 64))
        for n, t in enumerate(RECS)
    ]


def test_quote_names_the_recommendation_it_begins() -> None:
    recs = _recs()
    assert quoted_ids("Improve the timeliness of...", recs) == ["r2"]
    assert quoted_ids("improve  the TIMELINESS of …", recs) == ["r2"]  # case, space, mark
    assert quoted_ids("Improve the timeli...", recs) == ["r2"]  # a word cut before the mark
    assert quoted_ids("Improve the timeli", recs) == []  # uncut: it must end on a word
    assert quoted_ids(RECS[3], recs) == ["r4"]  # the whole text
    assert quoted_ids("Ensure that children...", recs) == ["r3", "r4"]  # several: no link
    assert quoted_ids("Reduce the caseloads of...", recs) == []
    assert quoted_ids("Ensure that...", recs) is None  # too short to be a quote
    assert cut_quote("Build a stable …") == ("build a stable", True)
    assert is_cut("Ensure that...") and not is_cut("Ensure that children leave")


def _workbook(path: Path, rec_header: str) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Delivery"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Northvale Council - improvement plan delivery by finance period"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Finance periods run April to March: P1 Apr, P2 May, .. P12 Mar."
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Recommendations"
    ws["A4"].font = Font(bold=True, size=12)
    for i, text in enumerate(RECS):
        ws.cell(5 + i, 1, f"{i + 1}.")
        ws.cell(5 + i, 2, text).alignment = wrap
        ws.row_dimensions[5 + i].height = 30
    top = 6 + len(RECS)
    header = ["Ref", "Action", rec_header, "Lead officer", "Due (finance period)", "Budget",
              "RAG"]  # fmt: skip
    widths = (9, 48, 44, 18, 20, 11, 9)
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for j, (h, w) in enumerate(zip(header, widths, strict=True)):
        ws.column_dimensions[chr(65 + j)].width = w
        c = ws.cell(top, j + 1, h)
        c.font, c.border, c.alignment = Font(bold=True, color="FFFFFF"), grid, wrap
        c.fill = PatternFill("solid", fgColor="1F4E78")
    ws.row_dimensions[top].height = 30
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            c = ws.cell(top + 1 + i, j + 1, v)
            c.border, c.alignment = grid, wrap
            if j == 6:
                c.fill = PatternFill("solid", fgColor=fills[v])
        ws.row_dimensions[top + 1 + i].height = 45
    wb.save(path)
    return path


def _check(result: dict) -> None:  # type: ignore[type-arg]
    actions = result["actions"]
    assert [a["ref"] for a in actions] == [r[0] for r in ROWS]
    assert [a["due_date"] for a in actions] == DUES
    assert [a["owner"] for a in actions] == [r[3] for r in ROWS]
    assert [a["rag"] for a in actions] == ["green", "amber", "red", "green", "amber", "green"]
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    assert [numbers[r["id"]] for r in result["recommendations"]] == ["1", "2", "3", "4"]
    assert [r["text"] for r in result["recommendations"]] == RECS
    assert [[numbers[x] for x in a["recommendations"]] for a in actions] == LINKS
    said = [w for w in result["warnings"] if w["code"] == "plan_links_unread"]
    assert len(said) == 1 and "'Ensure that children...'" in said[0]["message"]
    assert said[0]["message"].startswith("1 of 6 actions quote")


@pytest.mark.parametrize("rec_header", ["Finding (abridged)", "Which recommendation"])
def test_period_tracker_workbook(tmp_path: Path, rec_header: str) -> None:
    _check(extract_file(_workbook(tmp_path / "periods.xlsx", rec_header)).to_contract())


@pytest.mark.slow
@pytest.mark.parametrize("rec_header", ["Finding (abridged)", "Which recommendation"])
def test_period_tracker_print(tmp_path: Path, rec_header: str) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "periods.xlsx", rec_header), tmp_path)
    _check(extract_file(pdf).to_contract())
