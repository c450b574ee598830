"""A KPI scorecard sheet printed by LibreOffice Calc whose wrapped header cell is taller than
its row: 'Pre-inspection' / 'figure' prints its second line inside the first data row's box,
and that cell would read 'figure 89.7%'. The column's shape (every other row one bare figure)
says the words are the header's: the first row's baseline is the figure alone. Comparator and
polarity columns ('Good is', 'SN average', 'England average') are neither baseline nor target.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

HEADER = ["What is measured", "Good is", "Pre-inspection figure", "SN average",
          "England average", "Outturn to date", "Intended figure"]  # fmt: skip
ROWS = [
    ["Initial child protection conferences within 15 working days", "Higher is better",
     0.897, 0.67, 0.164, 0.235, 0.303],
    ["Assessments completed within 45 working days", "Higher is better",
     0.437, 0.71, 0.802, 0.52, 0.85],
    ["Children in care with three or more placements in a year", "Lower is better",
     0.121, 0.1, 0.09, 0.11, 0.08],
]  # fmt: skip
ACTIONS = [
    ("1.1", "Audit twelve supervision records each month and report the themes to the board",
     "HoS Fostering", "Dec 2025", "On track"),
    ("1.2", "Publish a revised supervision standard with a four-weekly minimum",
     "AD Safeguarding", "Mar 2026", "Delayed"),
]  # fmt: skip


def _fit_to_width(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:  # type: ignore[name-defined]
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    head = PatternFill("solid", fgColor="D9D9D9")
    ws = wb.active
    ws.title = "Tracker"
    _fit_to_width(ws)
    ws["A1"] = "Children's Services Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    for j, (h, w) in enumerate(zip(("Ref", "Action", "Lead officer", "Deadline", "Status"),
                                   (8, 52, 26, 15, 17), strict=True)):  # fmt: skip
        ws.column_dimensions[chr(65 + j)].width = w
        c = ws.cell(3, j + 1, h)
        c.font, c.fill, c.border, c.alignment = Font(bold=True), head, grid, wrap
    for i, row in enumerate(ACTIONS):
        for j, v in enumerate(row):
            c = ws.cell(4 + i, j + 1, v)
            c.border, c.alignment = grid, wrap
        ws.row_dimensions[4 + i].height = 31
    ks = wb.create_sheet("Scorecard")
    _fit_to_width(ks)
    for j, h in enumerate(HEADER):
        ks.column_dimensions[chr(65 + j)].width = 50 if j == 0 else 15
        c = ks.cell(1, j + 1, h)
        c.font, c.fill, c.border, c.alignment = Font(bold=True), head, grid, wrap
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            c = ks.cell(2 + i, j + 1, v)
            c.border = grid
            if isinstance(v, float):
                c.number_format = "0.0%"
    wb.save(path)
    return path


def test_a_header_spilt_into_the_first_row_is_no_part_of_its_figure(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "plan.xlsx"), tmp_path)
    kpis = extract_file(pdf).to_contract()["kpis"]
    got = [(k["baseline"]["raw"], k["latest"]["raw"], k["target"]["raw"]) for k in kpis]
    assert got == [
        ("89.7%", "23.5%", "30.3%"),
        ("43.7%", "52.0%", "85.0%"),
        ("12.1%", "11.0%", "8.0%"),
    ]


LINES = 20  # filler lines that put the page break inside the second KPI row
KPI_ROWS = [
    ["Statistic", "Polarity", "Pre-inspection figure", "Statistical neighbours", "Planned level"],
    ["Supervision held within four weeks", "High", "26.9%", "18%", "95.2%"],
    ["Return home interviews offered to children who were missing from home or care, within "
     "seventy-two hours of their return to the place where they live", "High", "13.9%", "27%",
     "75.6%"],
    ["Care leavers in a suitable home", "High", "48.6%", "69.9%", "59%"],
]  # fmt: skip


def _word_scorecard(folder: Path, lines: int) -> Path:
    """A Word plan whose KPI table starts low on the page, so Word breaks a row's indicator
    over the page foot (its figures, one line each, stay on the first page)."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.add_heading("Improvement plan 2025-26: performance scorecard", 1)
    for i in range(lines):
        doc.add_paragraph(f"Progress note {i + 1}: the board reviewed the measures below.")
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for row in KPI_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].font.size = Pt(10)
    for row in table.rows:
        row.cells[0].width = docx.shared.Cm(4)
    path = folder / f"scorecard{lines}.docx"
    doc.save(str(path))
    return libreoffice_pdf(path, folder)


def test_a_kpi_row_split_over_a_page_break_is_one_kpi(tmp_path: Path) -> None:
    """The part of the indicator printed atop the next page (lower case, every other cell
    blank) goes on the KPI above it, as printed: one KPI, not two."""
    pdf = _word_scorecard(tmp_path, LINES)
    kpis = extract_file(pdf).to_contract()["kpis"]
    assert [(k["indicator"], k["baseline"]["raw"], k["target"]["raw"]) for k in kpis] == [
        (r[0], r[2], r[4]) for r in KPI_ROWS[1:]
    ]
