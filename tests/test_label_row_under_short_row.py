"""A wrapped item's first line level with its code, close under a one-line item (fixer
oldlows, round 58).

A sheet fitted to a landscape page lists its recommendations as unruled rows: a bold code
('R2') in a narrow column, the sentence in a wide merged cell beside it, each row as tall as its
text. Where a one-line item ('R2 Build ...') stands right over an item that wraps ('R3' beside
'Raise the quality ...' and its wrap), the gap between the rows is no wider than a line's, and
the wrapped sentence's first line, its left edge where R2's sentence starts, was taken as the
rest of R2's value: R2 read R3's first line, R3 kept only its wrap, too short to be an item, and
the plan lost recommendation 3 and every action's link to it. A paragraph level with a code of
its own beside it is that code's value, never the one above's. Printed by LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

RECS = [
    "Make sure that children's wishes and feelings are sought, recorded and visibly influence"
    " the plans made for them",
    "Build a stable, permanent and skilled social work workforce and reduce reliance on agency"
    " staff",
    "Raise the quality of assessments and plans for children in need so that they reflect each"
    " child's identity, history and lived experience",
]
LINKS = ["R1", "R1, R3", "R2", "R3", "R3", "R2, R3"]
HEAD = ["Item code", "Activity to be undertaken", "Who is accountable", "AFI no.",
        "Date to be met", "Going to plan", "Some slippage", "Stalled", "Achieved in full",
        "Not begun", "Position narrative"]  # fmt: skip


def _sheet(path: Path) -> Path:
    """The findings over a ruled tracker, fitted to one landscape page's width."""
    wb = Workbook()
    ws = wb.active
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    for col, width in zip("ABCDEFGHIJK", [7, 46, 26, 11, 13, 9, 9, 9, 9, 9, 36], strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "Lindale Improvement Tracker 2026/27"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 14 May 2027. Put a mark in the column that says where each one is."
    ws["A4"] = "Inspection findings"
    ws["A4"].font = Font(bold=True, size=11)
    top = Alignment(wrap_text=True, vertical="top")
    for n, text in enumerate(RECS, 1):
        r = 4 + n
        ws.cell(r, 1, f"R{n}").font = Font(bold=True, size=10)
        ws.cell(r, 2, text).font = Font(size=10)
        ws.cell(r, 1).alignment = ws.cell(r, 2).alignment = top
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 32 if n == 3 else 18  # the third wraps
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, text in enumerate(HEAD, 1):
        cell = ws.cell(10, c, text)
        cell.font, cell.border, cell.alignment = Font(bold=True, size=10), box, top
    for k, links in enumerate(LINKS, 1):
        row = [f"T{k:02d}", f"Deliver the agreed improvement step number {k} with the partners",
               "Head of Early Help", links, "2027-03-31", None, "X" if k % 2 else None, None,
               None if k % 2 else "X", None, "Work started"]  # fmt: skip
        for c, value in enumerate(row, 1):
            cell = ws.cell(10 + k, c, value)
            cell.font, cell.border, cell.alignment = Font(size=10), box, top
    wb.save(path)
    return path


def test_the_wrapped_item_under_a_short_one_keeps_its_first_line(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_sheet(tmp_path / "tracker.xlsx"), tmp_path)
    got = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    assert [(r.number, r.text) for r in got.recommendations] == [
        (str(n), text) for n, text in enumerate(RECS, 1)
    ]
    links = {a.ref: a.recommendations for a in got.actions}
    assert links == {"T01": ["r1"], "T02": ["r1", "r3"], "T03": ["r2"], "T04": ["r3"],
                     "T05": ["r3"], "T06": ["r2", "r3"]}  # fmt: skip
    assert not [w for w in got.warnings if w.code == "plan_links_unread"]
