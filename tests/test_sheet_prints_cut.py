"""Excel plans read from their LibreOffice print as they are read directly, where the print
cuts what the sheet holds whole: a recommendation's cell merged down beside its actions and
cut by a page break (the print shows its words again at the top of the next page, over the
piece carrying its rows on), and a header word broken mid-word by a narrow column, its tail
printed over the first row under it ('Referenc' / 'e' over the ref '1'). Built here with
openpyxl, printed by LibreOffice.

Round 61: the first print lost its second page of actions (the repeated words read as a
paragraph between the two pieces, so the second piece was never joined to the table); the
second read refs 'e 1', 'e 13' and lost the row under the header repeated on the next page.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

_THIN = Side(style="thin", color="808080")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_RECS = [
    "Build a stable, permanent and skilled social work workforce and reduce reliance on agency",
    "Increase the range of suitable accommodation for care leavers and improve pathway plans",
]
_ACTIONS = [
    ["Convert agency posts to permanent posts where the postholder agrees",
     "Introduce a career pathway that rewards practice expertise",
     "Launch a recruitment campaign for experienced social workers"],
    ["Commission fifteen supported lodgings places for young people leaving care",
     "Offer every care leaver aged 21 to 25 a review with a personal adviser",
     "Agree a joint housing protocol with district councils",
     "Rewrite the pathway plan with care leavers so it is shorter"],
]  # fmt: skip
_OWNERS = ["Head of Service", "Principal Social Worker", "Service Manager, Front Door"]


def _setup(ws: object) -> None:
    ws.page_setup.orientation = "landscape"  # type: ignore[attr-defined]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4  # type: ignore[attr-defined]
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
    ws.page_setup.fitToWidth = 1  # type: ignore[attr-defined]
    ws.page_setup.fitToHeight = 0  # type: ignore[attr-defined]


def _banner_sheet(path: Path) -> Path:
    """One row per action, the recommendation in column A merged down over its actions; a
    page break inside the second recommendation's cell."""
    wb = Workbook()
    ws = wb.active
    _setup(ws)
    for col, width in zip("ABCD", (40, 60, 30, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws.cell(1, 1, "Improvement plan").font = Font(bold=True, size=14)
    head = ["Area for improvement", "Improvement activity", "Officer", "Delivery"]
    for j, text in enumerate(head, start=1):
        cell = ws.cell(3, j, text)
        cell.font, cell.border = Font(bold=True), _GRID
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    r, k, cut = 4, 0, 0
    for n, (rec, actions) in enumerate(zip(_RECS, _ACTIONS, strict=True), start=1):
        first = r
        for text in actions:
            values = [f"{n}. {rec}" if r == first else None, text, _OWNERS[k % 3], "Ongoing"]
            for j, value in enumerate(values, start=1):
                cell = ws.cell(r, j, value)
                cell.alignment, cell.border = _WRAP, _GRID
            ws.row_dimensions[r].height = 30
            r, k = r + 1, k + 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        if n == 2:
            cut = first + 1
    ws.row_breaks.append(Break(id=cut))  # the page ends after the cell's first row
    path = path.with_suffix(".xlsx")
    wb.save(str(path))
    return path


def _rows(path: Path) -> list[tuple[str, str | None]]:
    result = extract_file(path)
    rec = {r.id: r.number for r in result.recommendations}
    return [(a.text, ",".join(rec[x] for x in a.recommendations) or None) for a in result.actions]


def test_a_merged_cell_cut_by_the_page_break_keeps_the_next_piece(tmp_path: Path) -> None:
    sheet = _banner_sheet(tmp_path / "plan")
    pdf = libreoffice_pdf(sheet, tmp_path)
    expected = [(t, str(n)) for n, ts in enumerate(_ACTIONS, start=1) for t in ts]
    assert _rows(sheet) == expected
    assert _rows(pdf) == expected  # the print's second page: the same actions and links


def _smart_sheet(path: Path) -> Path:
    """A SMART plan: a row of column keys over the header, the ref column too narrow for
    'Reference' (wrapped 'Referenc' / 'e' in a row too short for it), plan-wide refs, a page
    break before the last row (the key and header rows printed again over it)."""
    wb = Workbook()
    ws = wb.active
    _setup(ws)
    cols = [("Reference", 7), ("Response", 44), ("Assigned to", 24), ("Relevant finding", 12)]
    for j, (_, width) in enumerate(cols):
        ws.column_dimensions["ABCD"[j]].width = width
    ws.cell(1, 1, "SMART improvement plan").font = Font(bold=True, size=14)
    keys = ["", "S – Specific", "A – Achievable", "R – Relevant"]
    for j, text in enumerate(keys, start=1):
        cell = ws.cell(3, j, text)
        cell.font, cell.border = Font(bold=True, color="FFFFFF"), _GRID
        cell.fill = PatternFill("solid", fgColor="2F5496")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for j, (text, _) in enumerate(cols, start=1):
        cell = ws.cell(4, j, text)
        cell.font, cell.border, cell.alignment = Font(bold=True, size=10), _GRID, _WRAP
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.print_title_rows = "3:4"
    r, ref = 5, 0
    for n, actions in enumerate(_ACTIONS, start=1):
        for text in actions:
            ref += 1
            for j, value in enumerate([ref, text, _OWNERS[ref % 3], n], start=1):
                cell = ws.cell(r, j, value)
                cell.font, cell.alignment, cell.border = Font(size=10), _WRAP, _GRID
            ws.row_dimensions[r].height = 32
            r += 1
    ws.row_breaks.append(Break(id=r - 2))  # the last row alone on page 2, under the titles
    path = path.with_suffix(".xlsx")
    wb.save(str(path))
    return path


def test_a_header_word_broken_by_a_narrow_column_is_no_cell_text(tmp_path: Path) -> None:
    sheet = _smart_sheet(tmp_path / "smart")
    pdf = libreoffice_pdf(sheet, tmp_path)
    expected = [str(k) for k in range(1, 1 + sum(len(ts) for ts in _ACTIONS))]
    for path in (sheet, pdf):
        result = extract_file(path)
        assert [a.ref for a in result.actions] == expected  # no 'e 1', no row lost
        assert [a.text for a in result.actions] == [t for ts in _ACTIONS for t in ts]
