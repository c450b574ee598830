"""An Excel sheet's cell borders read as its print's rulings (xlsx._borders, canvas._rulings).

A print draws each border a sheet sets as a ruling as wide as its style (thin, medium, thick),
and the readers of rulings read them: a status heat map outlines its current month in thick
borders down both sides of the month's column (heat_months). Read from the workbook the page
had no rulings at all, so the outline was unread and the reader fell back to the latest month
shaded, saying so (status_month_unsure). Now each cell's borders are rulings on the sheet's
page: a border's run down or across its cells is one ruling, and an edge two cells draw in two
widths (a right border and its neighbour's left) is drawn in the wider, as a spreadsheet does.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Border, Font, PatternFill, Side

from plantrace.pipeline.extract import extract_file, read_document
from plantrace.pipeline.limits import LIMITS
from plantrace.pipeline.readers.canvas import Canvas, SourceCell, SourceTable, Text

MONTHS = ["Jan\n2026", "Feb\n2026", "Mar\n2026", "Apr\n2026", "May\n2026", "Jun\n2026"]
NOW = 3  # April: the month outlined
G, A, R, B = "7DC67E", "FCC72F", "EF5350", "64B5F6"
ROWS = [  # ref, task, lead, each month's fill ('' unshaded), the status
    ("1", "Rewrite the pathway plan with care leavers", "Maya Okafor", [G, R, R, A, "", ""], "amber"),
    ("2", "Recruit foster carers through a local campaign", "Dan Whitlock", ["", G, G, R, "", ""], "red"),
    ("3", "Train team managers in the supervision standard", "Ruth Adeyemi", [R, R, A, G, "", ""], "green"),
    ("4", "Publish the threshold document for partners", "Sam Patel", ["", "", "", "", "", ""], None),
    ("5", "Audit supervision records and report the themes", "Lena Ward", [A, G, G, B, "", ""], "blue"),
]  # fmt: skip


def _heat_map(path: Path, outline: bool = True) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Improvement plan heat map"
    ws["A1"].font = Font(bold=True)
    thin = Side(style="thin", color="9E9E9E")
    thick = Side(style="medium", color="212121")
    heads = ["Ref", "Task", "Lead", *MONTHS]
    for c, head in enumerate(heads, start=1):
        cell = ws.cell(3, c, head)
        cell.font = Font(bold=True)
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for k, (ref, task, lead, fills, _) in enumerate(ROWS):
        r = 4 + k
        for c, value in enumerate([ref, task, lead], start=1):
            ws.cell(r, c, value).border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for j, fill in enumerate(fills):
            cell = ws.cell(r, 4 + j)
            side = thick if outline and j == NOW else thin
            cell.border = Border(left=side, right=side, top=thin, bottom=thin)
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
    ws.cell(4, 4 + 5, "◆")  # a due diamond after the current month: no rating
    ws.column_dimensions["B"].width = 50
    wb.save(path)


def test_outlined_month_read_from_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "heat.xlsx"
    _heat_map(path)
    result = extract_file(path).to_contract()
    assert [a["rag"] for a in result["actions"]] == [row[-1] for row in ROWS]
    assert "status_month_unsure" not in {w["code"] for w in result["warnings"]}


def test_no_outline_is_still_said(tmp_path: Path) -> None:
    path = tmp_path / "heat.xlsx"
    _heat_map(path, outline=False)
    result = extract_file(path).to_contract()
    assert "status_month_unsure" in {w["code"] for w in result["warnings"]}


def test_borders_are_the_pages_rulings(tmp_path: Path) -> None:
    path = tmp_path / "heat.xlsx"
    _heat_map(path)
    page = read_document(path.read_bytes(), str(path), "x", LIMITS).pages[0]
    uprights = [r for r in page.rulings if not r.horizontal]
    thick = sorted((r for r in uprights if r.x1 - r.x0 > 1.0), key=lambda r: r.x0)
    assert len(thick) == 2  # both sides of the current month, each one run down its rows
    [table] = page.tables or []
    month = [row[3 + NOW] for row in table.rows[1:]]
    assert all(c is not None for c in month)
    left = month[0].bbox[0]  # type: ignore[union-attr]
    right = month[0].bbox[2]  # type: ignore[union-attr]
    assert abs((thick[0].x0 + thick[0].x1) / 2 - left) < 0.01
    assert abs((thick[1].x0 + thick[1].x1) / 2 - right) < 0.01
    assert thick[0].top == month[0].bbox[1]  # type: ignore[union-attr]
    assert thick[0].bottom == month[-1].bbox[3]  # type: ignore[union-attr]


def test_an_edge_drawn_twice_is_the_wider() -> None:
    canvas = Canvas(1)
    cells = [
        SourceCell([Text("a")], 0, 0, borders=(0.75, 0.75, 0.75, 0.75)),
        SourceCell([Text("b")], 0, 1, borders=(1.5, 0.75, 0.75, 0.75)),
        SourceCell([Text("c")], 1, 0, borders=(0.75, 0.75, 0.75, 0.75)),
        SourceCell([Text("d")], 1, 1, borders=(0.75, 0.75, 0.75, 0.75)),
    ]
    canvas.table(SourceTable([100.0, 100.0], 2, cells))
    page = canvas.page()
    middle = [r for r in page.rulings if not r.horizontal and abs((r.x0 + r.x1) / 2 - 136.0) < 1]
    widths = sorted(round(r.x1 - r.x0, 2) for r in middle)
    assert widths == [0.75, 1.5]  # row 1's edge drawn wide, row 2's thin: two rulings
    outer = [r for r in page.rulings if not r.horizontal and abs((r.x0 + r.x1) / 2 - 36.0) < 1]
    assert len(outer) == 1  # the left edge, one run down both rows
