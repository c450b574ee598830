"""LibreOffice producer: the plan as .docx (python-docx) or .xlsx (openpyxl), printed to PDF.

The .docx/.xlsx stay beside their PDF, so a reader of Word and Excel files can be checked against
the PDF print of the same plan.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.model import Card, Heading, PageBreak, Para, Plan, Row, Table
from samples.plangen.printing import print_plans

FONTS = {"sans": "Liberation Sans", "serif": "Liberation Serif"}


def render_all(plans: list[Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile", docx=_docx, xlsx=_xlsx)


# ---- Word -----------------------------------------------------------------------------------


def _docx(plan: Plan, folder: Path) -> Path:
    st = plan.style
    doc = Document()
    sec = doc.sections[0]
    if st.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    normal = doc.styles["Normal"]
    normal.font.name = FONTS[st.font]
    normal.font.size = Pt(st.font_size)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.name = FONTS[st.font]
    width = (29.7 if st.landscape else 21.0) - 3.2
    sep = " - " if plan.split == "measure" else ": "
    for b in plan.blocks:
        if isinstance(b, Heading):
            doc.add_heading(b.text, level=b.level)
        elif isinstance(b, Para):
            doc.add_paragraph().add_run(b.text).italic = b.italic
        elif isinstance(b, PageBreak):
            doc.add_page_break()
        elif isinstance(b, Card):
            doc.add_paragraph().add_run(b.title).bold = True
            for k, v in b.lines:
                p = doc.add_paragraph()
                p.add_run(k).bold = True
                p.add_run(sep + v)
        elif isinstance(b, Table):
            _docx_table(doc, b, st.ruling, st.repeat_header, width, st.font_size)
            doc.add_paragraph()
    path = folder / f"{plan.name}.docx"
    doc.save(str(path))
    return path


def _shade(cell, fill: str) -> None:  # type: ignore[no-untyped-def]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shd)


def _borders(table, ruling: str) -> None:  # type: ignore[no-untyped-def]
    on = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
          "hrules": ("top", "bottom", "insideH"), "vrules": ("insideV",),
          "none": (), "bands": ()}[ruling]  # fmt: skip
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if edge in on else "nil")
        if edge in on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "555555")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _docx_table(doc, t: Table, ruling: str, repeat: bool, width: float, size: float) -> None:  # type: ignore[no-untyped-def]
    n = len(t.widths)
    offset = 1 if t.header is not None else 0
    table = doc.add_table(rows=len(t.rows) + offset, cols=n)
    _borders(table, ruling)
    total = sum(t.widths)
    table.autofit = False
    for j, w in enumerate(t.widths):  # Word reads the cell widths, LibreOffice the grid
        for cell in table.columns[j].cells:
            cell.width = Cm(width * w / total)
    for j, col in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(width * t.widths[j] / total * 567)))

    def put(cell, text: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
        run.font.size = Pt(size)

    if t.header is not None:
        for j, h in enumerate(t.header):
            put(table.cell(0, j), h, bold=True)
            if ruling != "none":
                _shade(table.cell(0, j), "#d0d7e1")
        if repeat:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            tr_pr.append(el)
    for i, row in enumerate(t.rows):
        r = i + offset
        if row.banner:
            cell = table.cell(r, 0).merge(table.cell(r, n - 1))
            first = row.cells[0]
            assert first is not None
            put(cell, first.text, bold=True)
            _shade(cell, row.fill or "#d9e2f3")
            continue
        for j, c in enumerate(row.cells):
            if c is None:
                continue
            cell = table.cell(r, j)
            if c.rowspan > 1:
                cell = cell.merge(table.cell(r + c.rowspan - 1, j))
            put(cell, c.text, bold=c.bold)
            if c.fill or row.fill:
                _shade(cell, c.fill or row.fill or "")


# ---- Excel ----------------------------------------------------------------------------------

_DMY = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")
_MONTH_Y = re.compile(rf"^({'|'.join(calendar.month_name[1:])}) (\d{{4}})$")


def _xl_value(text: str) -> tuple[object, str | None]:
    """A real date cell where the text is a date (printed back in the same form), else the text."""
    m = _DMY.match(text)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])), "DD/MM/YYYY"
    m = _MONTH_Y.match(text)
    if m:
        month = list(calendar.month_name).index(m[1])
        y = int(m[2])
        return date(y, month, calendar.monthrange(y, month)[1]), "MMMM YYYY"
    return text, None


def _xlsx(plan: Plan, folder: Path) -> Path:
    st = plan.style
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    thin = Side(style="thin", color="555555")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = FONTS[st.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    r = 1
    tables = [b for b in plan.blocks if isinstance(b, Table) and b.kind == "actions"]
    ncol = len(tables[0].widths) if tables else 5
    for b in plan.blocks:
        if isinstance(b, Table) and b.kind == "kpis":
            ws = wb.create_sheet("KPIs")
            r = 1
            ws.cell(r, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
            r += 2
            _setup(ws, st.landscape)
            r = _xl_table(ws, b, r, grid if st.ruling == "grid" else None, font, st.repeat_header)
        elif isinstance(b, Table):
            _setup(ws, st.landscape)
            r = _xl_table(ws, b, r, grid if st.ruling == "grid" else None, font, st.repeat_header)
            r += 1
        elif isinstance(b, (Heading, Para)):
            c = ws.cell(r, 1, b.text)
            c.font = Font(name=font, bold=isinstance(b, Heading),
                          size=14 if isinstance(b, Heading) and b.level == 0 else 10)  # fmt: skip
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c.alignment = wrap
            if isinstance(b, Para):
                ws.row_dimensions[r].height = 28
            r += 1
    path = folder / f"{plan.name}.xlsx"
    wb.save(str(path))
    return path


def _setup(ws, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _xl_table(ws, t: Table, r: int, border, font: str, repeat: bool) -> int:  # type: ignore[no-untyped-def]
    n = len(t.widths)
    wrap = Alignment(wrap_text=True, vertical="top")
    for j, w in enumerate(t.widths):
        letter = get_column_letter(j + 1)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, w * 11)
    if t.header is not None:
        for j, h in enumerate(t.header):
            c = ws.cell(r, j + 1, h)
            c.font = Font(name=font, bold=True, size=9)
            c.fill = PatternFill("solid", fgColor="D0D7E1")
            c.alignment = wrap
            if border:
                c.border = border
        if repeat:
            ws.print_title_rows = f"{r}:{r}"
        r += 1
    spans: dict[int, float] = {}
    for row in t.rows:
        _xl_row(ws, row, r, n, border, font, wrap)
        if not row.banner:  # Calc keeps a stored height: give each row room for its wrapped text
            lines = 1.0
            for j, cell in enumerate(row.cells):
                if cell is None or cell.rowspan > 1:
                    continue
                per_line = max(4.0, t.widths[j] * 11 * 1.05)
                lines = max(lines, -(-len(cell.text) // per_line))
            spans[r] = lines
            ws.row_dimensions[r].height = 12.5 * lines + 3
        r += 1
    return r


def _xl_row(ws, row: Row, r: int, n: int, border, font: str, wrap: Alignment) -> None:  # type: ignore[no-untyped-def]
    if row.banner:
        first = row.cells[0]
        assert first is not None
        c = ws.cell(r, 1, first.text)
        c.font = Font(name=font, bold=True)
        c.fill = PatternFill("solid", fgColor=(row.fill or "#d9e2f3").lstrip("#"))
        c.alignment = wrap
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 30
        if border:
            for j in range(n):
                ws.cell(r, j + 1).border = border
        return
    for j, cell in enumerate(row.cells):
        if cell is None:
            if border:
                ws.cell(r, j + 1).border = border
            continue
        value, fmt = _xl_value(cell.text)
        c = ws.cell(r, j + 1, value)
        if fmt:
            c.number_format = fmt
        c.font = Font(name=font, bold=cell.bold, size=9)
        c.alignment = wrap
        if border:
            c.border = border
        fill = cell.fill or row.fill
        if fill:
            c.fill = PatternFill("solid", fgColor=fill.lstrip("#"))
        if cell.rowspan > 1:
            ws.merge_cells(start_row=r, start_column=j + 1, end_row=r + cell.rowspan - 1,
                           end_column=j + 1)  # fmt: skip
