"""Read an Excel (.xlsx) workbook into a ParsedDocument with openpyxl: one page per sheet.

A workbook plan states what a PDF print loses: merged ranges, cell fills (a RAG column is often
colour only), and dates as real dates, not text in an unknown day/month order. Each visible
sheet is one page; on it, runs of non-blank rows are blocks, a block's single-cell lead rows are
its title paragraphs and the rest is a stated table. Provenance names the sheet and cell range.

What Excel shows is what is read: hidden sheets, rows and columns are left out (they do not
print), a formula gives its cached value, and a short unwrapped text alone in its row runs over
the empty cells to its right, as Excel draws it, so a banner row ('Priority 2: ...') reads as a
row across the table.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time
from typing import Any
from xml.etree import ElementTree

import openpyxl
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plantrace.models.results import ErrorCode
from plantrace.pipeline.document import BBox, Locator, Page, ParsedDocument
from plantrace.pipeline.errors import DocumentError
from plantrace.pipeline.readers.canvas import BODY_SIZE, Canvas, SourceCell, SourceTable, Text

MAX_ROWS = 5000  # per sheet: past it the page is partial (the rest is unread, and says so)
MAX_COLS = 60
_POINTS_PER_WIDTH = 5.6  # an Excel column width unit (a '0' of the default font) in points
_DEFAULT_WIDTH = 8.43
_DECIMALS = re.compile(r"0\.(0+)")
_FORMAT_NOISE = re.compile(r'\[[^\]]*\]|"[^"]*"|\\.')


def parse_xlsx_bytes(data: bytes, name: str, sha256: str) -> ParsedDocument:
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # any failure to open it is the file's: a damaged or odd package
        raise DocumentError(
            ErrorCode.corrupt, f"the Excel file is damaged and cannot be opened ({exc})"
        ) from exc
    if (wb.properties.creator or "").strip().lower() == "plantrace":
        raise DocumentError(
            ErrorCode.unsupported_format,
            "this is a workbook plantrace wrote (an export or a coverage report), not a plan:"
            " add the plan itself",
        )
    theme = _theme_colours(wb.loaded_theme)
    pages: list[Page] = []
    locators: list[tuple[int, BBox, Locator]] = []
    sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    for ws in sheets:
        canvas, partial = _sheet(ws, len(pages) + 1, theme)
        page = canvas.page()
        page.partial = partial
        pages.append(page)
        locators += canvas.locators
    wb.close()
    if not any(page.lines for page in pages):
        hidden = len(wb.worksheets) - len(sheets)
        raise DocumentError(
            ErrorCode.empty,
            "the workbook's visible sheets hold nothing"
            + (
                f" ({hidden} hidden sheet(s) are not read: unhide the plan's sheet)"
                if hidden
                else ""
            ),
        )
    meta = {"sheets": ", ".join(ws.title for ws in sheets)}  # Title/Author: as pdfium names them
    meta |= {
        k: v for k, v in (("Title", wb.properties.title), ("Author", wb.properties.creator)) if v
    }
    return ParsedDocument(name, sha256, pages, metadata=meta, format="xlsx", locators=locators)


class _Sheet:
    """A sheet's visible cells as the grid the blocks are cut from."""

    def __init__(self, ws: Worksheet, theme: list[str]) -> None:
        self.ws = ws
        self.theme = theme
        last_row = min(ws.max_row, ws.min_row + MAX_ROWS - 1)
        last_col = min(ws.max_column, ws.min_column + MAX_COLS - 1)
        self.partial = _holds_values(ws, last_row + 1, None, 1, None) or _holds_values(
            ws, 1, last_row, last_col + 1, None
        )  # only content past the limits makes the page partial, not styled empty cells
        self.rows = [r for r in range(ws.min_row, last_row + 1) if not ws.row_dimensions[r].hidden]
        self.cols = [
            c
            for c in range(ws.min_column, last_col + 1)
            if not ws.column_dimensions[get_column_letter(c)].hidden
        ]
        self._texts: dict[tuple[int, int], str] = {}
        self.span: dict[tuple[int, int], tuple[int, int]] = {}  # top-left -> last row, last col
        self.covered: set[tuple[int, int]] = set()
        for rng in ws.merged_cells.ranges:
            self.span[(rng.min_row, rng.min_col)] = (rng.max_row, rng.max_col)
            for r in range(rng.min_row, min(rng.max_row, last_row) + 1):  # a merge of the whole
                for c in range(rng.min_col, min(rng.max_col, last_col) + 1):  # sheet stays small
                    if (r, c) != (rng.min_row, rng.min_col):
                        self.covered.add((r, c))

    def text(self, r: int, c: int) -> str:
        if (r, c) in self.covered:
            return ""
        key = (r, c)
        if key not in self._texts:
            self._texts[key] = _display(self.ws.cell(r, c))
        return self._texts[key]

    def filled(self, r: int) -> list[int]:
        """Columns of row r whose cell starts there and holds text."""
        return [c for c in self.cols if self.text(r, c)]


def _holds_values(
    ws: Worksheet, min_row: int, max_row: int | None, min_col: int, max_col: int | None
) -> bool:
    if min_row > ws.max_row or min_col > ws.max_column or (max_row is not None and max_row < 1):
        return False
    cells = ws.iter_rows(min_row, max_row, min_col, max_col, values_only=True)
    return any(v is not None and v != "" for row in cells for v in row)


def _sheet(ws: Worksheet, number: int, theme: list[str]) -> tuple[Canvas, bool]:
    sheet = _Sheet(ws, theme)
    widths = {
        c: (ws.column_dimensions[get_column_letter(c)].width or _DEFAULT_WIDTH) * _POINTS_PER_WIDTH
        for c in sheet.cols
    }
    canvas = Canvas(number, sum(widths.values()) + 72, ws.page_setup.orientation == "landscape")
    for block in _tables(sheet, _blocks(sheet)):
        # Lead rows narrower than the table under them are its title and details ('Owner: |
        # Jane Smith', 'Updated: | 01/02/2025'), said as paragraphs, one line per row
        narrow = 2 if max(len(sheet.filled(r)) for r in block) >= 3 else 1
        title = 0
        while title < len(block) and len(sheet.filled(block[title])) <= narrow:
            title += 1
        body = block[title:]
        if len(body) < 2:
            title, body = len(block), []
        for r in block[:title]:
            filled = sheet.filled(r)
            if filled:
                line = " ".join(sheet.text(r, c) for c in filled)
                looks = _text(ws.cell(r, filled[0]), line)
                canvas.paragraph(looks, _loc(ws, r, r, filled[0], filled[-1]))
        if body:
            canvas.table(_table(sheet, body, widths))
    return canvas, sheet.partial


def _blocks(sheet: _Sheet) -> list[list[int]]:
    """Runs of rows that hold something (a merged range running down counts), blank rows apart."""
    down = {
        r for (r0, c), (r1, _) in sheet.span.items() if sheet.text(r0, c) for r in range(r0, r1 + 1)
    }
    blocks: list[list[int]] = []
    run: list[int] = []
    for r in sheet.rows:
        if sheet.filled(r) or r in down:
            run.append(r)
        elif run:
            blocks.append(run)
            run = []
    if run:
        blocks.append(run)
    return blocks


def _tables(sheet: _Sheet, blocks: list[list[int]]) -> list[list[int]]:
    """Blocks, with a block that goes on with the table above (a blank spacer row inside a table)
    joined to it: it has no title row and no header row of its own (a row all in bold)."""
    out: list[list[int]] = []
    for block in blocks:
        first = sheet.filled(block[0])
        bold = all(sheet.ws.cell(block[0], c).font.b for c in first)
        if out and len(first) >= 2 and not bold and len(sheet.filled(out[-1][-1])) >= 2:
            out[-1] = out[-1] + block
        else:
            out.append(block)
    return out


def _table(sheet: _Sheet, rows: list[int], widths: dict[int, float]) -> SourceTable:
    ws = sheet.ws
    used = [c for c in sheet.cols if any(sheet.text(r, c) for r in rows)]
    for (r0, c0), (_, c1) in sheet.span.items():  # a merge over the block widens its columns
        if r0 in rows and sheet.text(r0, c0):
            used += [c for c in sheet.cols if c0 <= c <= c1]
    cols = [c for c in sheet.cols if used and min(used) <= c <= max(used)]
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: i for i, c in enumerate(cols)}
    cells: list[SourceCell] = []
    for r in rows:
        filled = sheet.filled(r)
        for c in cols:
            if (r, c) in sheet.covered:
                continue
            r1, c1 = sheet.span.get((r, c), (r, c))
            if (r1, c1) != (r, c):  # a merge ends on the last visible row and column it covers
                r1 = max((x for x in rows if x <= r1), default=r)
                c1 = max((x for x in cols if x <= c1), default=c)
            text = sheet.text(r, c)
            cell = ws.cell(r, c)
            if (
                filled == [c] and (r, c) not in sheet.span and len(cols) >= 3
                and isinstance(cell.value, str) and not cell.alignment.wrap_text
                and not any(sheet.text(r, x) for x in cols if x > c)
            ):  # fmt: skip
                c1 = cols[-1]  # runs over the empty cells to its right, as Excel shows it
                for x in cols:
                    if x > c:
                        sheet.covered.add((r, x))
            cells.append(
                SourceCell(
                    [_text(cell, text)] if text else [],
                    row_at[r],
                    col_at[c],
                    row_at[r1] - row_at[r] + 1,
                    col_at[c1] - col_at[c] + 1,
                    _fill(cell, sheet.theme),
                    _loc(ws, r, r1, c, c1),
                )  # fmt: skip
            )
    return SourceTable([widths[c] for c in cols], len(rows), cells)


def _text(cell: Any, text: str) -> Text:
    font = cell.font
    return Text(text, float(font.sz) if font is not None and font.sz else BODY_SIZE,
                bool(font is not None and font.b))  # fmt: skip


def _loc(ws: Worksheet, r0: int, r1: int, c0: int, c1: int) -> Locator:
    return Locator(ws.title, (r0, r1), (c0, c1))


def _display(cell: Any) -> str:
    """The cell as a reader sees it, dates written so no day/month order has to be guessed."""
    value = cell.value
    fmt = str(cell.number_format or "General")
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date):
        # the format's day part decides 'March 2025' (mmm-yy) or '31 March 2025' (dd/mm/yyyy);
        # locale tags ([$-809]) and quoted literals ("Due "d) are not the format's own letters
        shown = _FORMAT_NOISE.sub("", fmt.split(";")[0]).lower()
        day = "d" in shown or fmt == "General"
        return f"{value.day} {value:%B %Y}" if day else f"{value:%B %Y}"
    if isinstance(value, int | float):
        return _number(float(value), fmt)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    text = str(value).strip()  # lines broken in the cell (Alt+Enter) stay lines
    return text if "\n" in text else " ".join(text.split())


def _number(value: float, fmt: str) -> str:
    """The number as its format shows it: percent, decimals, thousands, a pound sign."""
    shown = fmt.split(";")[0]
    m = _DECIMALS.search(shown)
    decimals = len(m.group(1)) if m else None
    if "%" in shown:
        return f"{value * 100:.{decimals or 0}f}%"
    sign = "-" if value < 0 else ""
    pound = "£" if "£" in shown else ""
    value = abs(value) if pound else value
    if decimals is not None:
        text = f"{value:,.{decimals}f}" if "," in shown else f"{value:.{decimals}f}"
    elif value.is_integer():
        text = f"{int(value):,}" if "," in shown else str(int(value))
    else:
        text = f"{value:.10g}"
    return f"{sign}{pound}{text}" if pound else text


def _fill(cell: Any, theme: list[str]) -> str | None:
    """A solid fill as '#rrggbb': an rgb, indexed or theme colour (with its tint)."""
    fill = cell.fill
    if fill is None or fill.fill_type != "solid" or fill.fgColor is None:
        return None
    colour = fill.fgColor
    rgb: str | None = None
    if colour.type == "rgb" and isinstance(colour.rgb, str):
        rgb = colour.rgb
    elif colour.type == "indexed" and isinstance(colour.indexed, int):
        rgb = COLOR_INDEX[colour.indexed] if colour.indexed < len(COLOR_INDEX) - 2 else None
    elif colour.type == "theme" and isinstance(colour.theme, int) and colour.theme < len(theme):
        rgb = _tinted(theme[colour.theme], float(colour.tint or 0.0))
    if rgb is None or len(rgb) not in (6, 8) or rgb == "00000000":
        return None
    return f"#{rgb[-6:].lower()}"


# SpreadsheetML theme colour indexes name the scheme's colours in this order
_THEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5",
                "accent6", "hlink", "folHlink"]  # fmt: skip
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _theme_colours(xml: bytes | str | None) -> list[str]:
    """The workbook theme's colours by theme index ('rrggbb'); [] when it has no theme."""
    if not xml:
        return []
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return []
    scheme = root.find(f".//{_DRAWING}clrScheme")
    if scheme is None:
        return []
    found: dict[str, str] = {}
    for child in scheme:
        name = child.tag.removeprefix(_DRAWING)
        for c in child:
            value = c.get("val") if c.tag == f"{_DRAWING}srgbClr" else c.get("lastClr")
            if value:
                found[name] = value
    return [found.get(name, "") for name in _THEME_ORDER]


def _tinted(rgb: str, tint: float) -> str | None:
    """Excel's tint: towards white (tint > 0) or black (tint < 0)."""
    if len(rgb) != 6:
        return None
    parts = [int(rgb[i : i + 2], 16) for i in (0, 2, 4)]
    if tint < 0:
        parts = [round(p * (1 + tint)) for p in parts]
    else:
        parts = [round(p + (255 - p) * tint) for p in parts]
    return "".join(f"{p:02x}" for p in parts)
