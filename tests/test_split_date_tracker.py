"""An Excel tracker whose target date is split over two cells, a month (text) and a year (a
number), under a block of recommendations keyed `R1`, `R2` whose text is merged across the
sheet with a border round the key alone; read from the workbook and from its print by
LibreOffice Calc, the two must agree.

The month and the year are one date (`Jun 2026`, the month's last day), not a year alone (its
last day) beside a start column of no date; the key column links each action to the block's
recommendation, whose text runs on unframed right of the key's bordered cell in the print.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Border, Font, PatternFill, Side

from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.extractors.plan_date_parts import join_date_parts
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.document import Cell
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf as _print

RECS = {
    "1": "Improve the timeliness of health assessments for children in care and the support "
    "given to meet their emotional needs",
    "2": "Increase the range of suitable accommodation for care leavers and improve the quality "
    "of pathway plans",
}
# ref, rec key, action, owner, month, year, status
ACTIONS = [
    ("1.01", "R1", "Track health assessment timeliness weekly with the designated nurse",
     "Bethan Lloyd", "Jun", 2026, "On track"),
    ("1.02", "R1", "Commission an emotional wellbeing service for children in care",
     "David Osei", "Sep", 2026, "Complete"),
    ("2.01", "R2", "Agree a joint housing protocol with the district councils",
     "Helen Markham", "Feb", 2027, "Off track"),
    ("2.02", "R2", "Review every pathway plan against the new quality standard",
     "Owen Tremayne", "Nov", 2026, "On track"),
]  # fmt: skip
DUE = {"Jun": "2026-06-30", "Sep": "2026-09-30", "Feb": "2027-02-28", "Nov": "2026-11-30"}
RAG = {"On track": "green", "Complete": "blue", "Off track": "red"}
FILLS = {"On track": "92D050", "Complete": "5B9BD5", "Off track": "FF5050"}
HEADER = ["Ref", "Rec", "Action", "Lead officer", "Month", "Year", "Status"]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, "Fenmarsh Children's Services - Improvement Tracker").font = Font(bold=True)
    ws.cell(3, 1, "Recommendations").font = Font(bold=True)
    for i, (n, text) in enumerate(RECS.items(), start=4):
        ws.cell(i, 1, f"R{n}").border = box  # the key framed; its text merged, unframed
        ws.cell(i, 2, text)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=len(HEADER))
    top = 4 + len(RECS) + 1
    for j, h in enumerate(HEADER, start=1):
        c = ws.cell(top, j, h)
        c.font, c.border = Font(bold=True), box
    for i, row in enumerate(ACTIONS, start=top + 1):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, v).border = box
        ws.cell(i, 7).fill = PatternFill("solid", fgColor=FILLS[row[6]])
    for letter, width in zip("ABCDEFG", (8, 6, 60, 18, 8, 8, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


def _read(result: ExtractionResult) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    number = {r.id: r.number for r in result.recommendations}
    recs: list[tuple[object, ...]] = [(r.number, r.text) for r in result.recommendations]
    acts: list[tuple[object, ...]] = [
        (a.ref, a.owner, a.due_raw, str(a.due_date), a.rag, [number[x] for x in a.recommendations])
        for a in result.actions
    ]
    return recs, acts


EXPECTED = (
    list(RECS.items()),
    [
        (ref, owner, f"{month} {year}", DUE[month], RAG[status], [key[1:]])
        for ref, key, _, owner, month, year, status in ACTIONS
    ],
)


def test_split_date_tracker_read_from_the_workbook(tmp_path: Path) -> None:
    assert _read(extract_file(_workbook(tmp_path / "tracker.xlsx"))) == EXPECTED


def test_split_date_tracker_read_from_its_print(tmp_path: Path) -> None:
    pdf = _print(_workbook(tmp_path / "tracker.xlsx"), tmp_path)
    assert _read(extract_file(pdf)) == EXPECTED


def _table(labels: list[str], roles: list[str | None], rows: list[list[str]]) -> PlanTable:
    def cell(text: str, x: float) -> Cell | None:
        return Cell(text=text, bbox=(x, 0.0, x + 10.0, 10.0)) if text else None

    return PlanTable(
        kind="action",
        roles=roles,
        labels=labels,
        rows=[Row([cell(t, 10.0 * j) for j, t in enumerate(r)], page=1) for r in rows],
        page=1,
        top=0.0,
    )


def test_day_month_year_cells_join_into_one_due_date() -> None:
    t = _table(
        ["Action", "Day", "Month", "Year"],
        ["action", None, "start", "due"],
        [["Audit files", "30", "June", "2026"], ["Train staff", "1", "Sept", "2026"]],
    )
    out = join_date_parts(t)
    assert out.roles == ["action", "due", None, None]
    assert [r.text(1) for r in out.rows] == ["30 June 2026", "1 Sept 2026"]


def test_month_and_year_columns_of_figures_stay_apart() -> None:
    """A month column beside a column of counts is no date in parts: nothing is joined."""
    t = _table(
        ["Action", "Month", "Referrals"],
        ["action", "due", "latest"],
        [["Audit files", "June", "412"], ["Train staff", "July", "388"]],
    )
    assert join_date_parts(t) is t


def test_month_and_year_beside_a_due_column_keep_their_roles() -> None:
    """A table dated by its own due column, with a review month and a target year printed
    beside it: the parts would be no due and no start date, so they are not joined and the
    year column keeps its target role."""
    t = _table(
        ["Action", "Due", "Review month", "Target year"],
        ["action", "due", None, "target"],
        [
            ["Audit files", "30/06/2026", "June", "2027"],
            ["Train staff", "31/07/2026", "July", "2027"],
        ],
    )
    out = join_date_parts(t)
    assert out.roles == ["action", "due", None, "target"]
    assert [r.text(2) for r in out.rows] == ["June", "July"]
