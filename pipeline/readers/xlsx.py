"""Read an Excel (.xlsx) workbook into a ParsedDocument with openpyxl: one page per sheet.

A workbook plan states what a PDF print loses: merged ranges, cell fills (a RAG column is often
colour only), and dates as real dates, not text in an unknown day/month order. Each visible
sheet is one page; on it, runs of non-blank rows are blocks, a block's single-cell lead rows are
its title paragraphs and the rest is a stated table. Provenance names the sheet and cell range.

What Excel shows is what is read: hidden sheets, rows and columns are left out (they do not
print), a formula gives its cached value, a conditional format gives the fill it draws, and a
short unwrapped text alone in its row runs over the empty cells to its right, as Excel draws it,
so a banner row ('Priority 2: ...') reads as a row across the table. What cannot be shown is
said: formulas never calculated (no cached value) and conditional formats the reader cannot
evaluate become warnings on the result.
"""

from __future__ import annotations

import io
from bisect import bisect_left, bisect_right
from datetime import date, datetime, time
from typing import Any
from xml.etree import ElementTree

import openpyxl
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet

from plantrace.models.results import ErrorCode, ExtractionWarning
from plantrace.pipeline.document import BBox, CellNote, Locator, Page, ParsedDocument
from plantrace.pipeline.errors import DocumentError
from plantrace.pipeline.readers.canvas import (
    BODY_SIZE,
    Canvas,
    SourceCell,
    SourceTable,
    Text,
    column_piece,
)
from plantrace.pipeline.readers.locate import describe
from plantrace.pipeline.readers.xlsx_numfmt import date_text, number_text
from plantrace.pipeline.readers.xlsx_package import SheetXml, prepare
from plantrace.pipeline.readers.xlsx_rules import FillRule, cell_fill, fill_rules

MAX_ROWS = 5000  # per sheet: past it the page is partial (the rest is unread, and says so)
MAX_COLS = 60
_POINTS_PER_WIDTH = 5.6  # an Excel column width unit (a '0' of the default font) in points
_DEFAULT_WIDTH = 8.43
_UNSET_WIDTH = 13.0  # a column the file sets nothing for, as openpyxl sizes it (read so since 0.3)


def parse_xlsx_bytes(data: bytes, name: str, sha256: str) -> ParsedDocument:
    try:
        opened, found = prepare(data)  # merges and uncalculated formulas, from the sheet XML
        wb = openpyxl.load_workbook(io.BytesIO(opened), data_only=True)
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
    warnings: list[ExtractionWarning] = []
    notes: list[CellNote] = []
    sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    for ws in sheets:
        sheet = _Sheet(ws, theme, found.get(ws.title, SheetXml()))
        canvas = _sheet(sheet, len(pages) + 1)
        page = canvas.page()
        page.partial = sheet.partial
        pages.append(page)
        locators += canvas.locators
        warnings += sheet.warnings(page.number)
        notes += sheet.notes(page.number)
    wb.close()
    if not any(page.lines for page in pages):
        hidden = len(wb.worksheets) - len(sheets)
        uncalculated = sum(len(x.uncalculated) for x in found.values())
        raise DocumentError(
            ErrorCode.empty,
            "the workbook's visible sheets hold nothing"
            + (
                f" ({hidden} hidden sheet(s) are not read: unhide the plan's sheet)"
                if hidden
                else ""
            )
            + (
                f" ({uncalculated} formula cell(s) have no saved value: open and save the"
                " workbook in Excel or LibreOffice, or export a PDF)"
                if uncalculated
                else ""
            ),
        )
    meta = {"sheets": ", ".join(ws.title for ws in sheets)}  # Title/Author: as pdfium names them
    meta |= {
        k: v for k, v in (("Title", wb.properties.title), ("Author", wb.properties.creator)) if v
    }
    return ParsedDocument(
        name,
        sha256,
        pages,
        metadata=meta,
        format="xlsx",
        locators=locators,
        warnings=warnings,
        notes=notes,
    )


class _Sheet:
    """A sheet's visible cells as the grid the blocks are cut from."""

    def __init__(self, ws: Worksheet, theme: list[str], xml: SheetXml) -> None:
        self.ws = ws
        self.theme = theme
        self.xml = xml
        # a merge reaching right of the last cell that holds anything still widens the sheet
        # (a title merged across the table); one reaching below it adds only empty rows
        max_row, max_col = ws.max_row, ws.max_column  # each a scan of every cell: once
        right = max((c1 for r0, _, _, c1 in xml.merges if r0 <= max_row), default=0)
        last_row = min(max_row, ws.min_row + MAX_ROWS - 1)
        last_col = min(max(max_col, right), ws.min_column + MAX_COLS - 1)
        self.partial = _holds_values(ws, last_row + 1, None, 1, None) or _holds_values(
            ws, 1, last_row, last_col + 1, None
        )  # only content past the limits makes the page partial, not styled empty cells
        hidden = {  # looking a row up makes one; a row of no height is hidden as well
            r
            for r, dim in ws.row_dimensions.items()
            if dim.hidden or (dim.customHeight and dim.ht is not None and not dim.ht)
        }
        self.rows = [r for r in range(ws.min_row, last_row + 1) if r not in hidden]
        self.widths = _column_widths(ws, ws.min_column, last_col)  # visible columns only
        self.cols = sorted(self.widths)
        self._texts: dict[tuple[int, int], str] = {}
        # the cells the file holds: ws.cell() makes an empty one for every slot it is asked
        # about, so scanning a sparse sheet 5000 rows by 60 columns built 300,000 of them
        stored = getattr(ws, "_cells", None)
        self._stored: dict[tuple[int, int], Any] | None = (
            stored if isinstance(stored, dict) else None
        )
        self._filled: dict[int, list[int]] = {}
        self.span: dict[tuple[int, int], tuple[int, int]] = {}  # top-left -> last row, last col
        self.last_row = last_row
        self.covered: set[tuple[int, int]] = set()  # slots a text runs over (see _table)
        # merges by the rows they cover, as (first col, last col, top row): a merge of the whole
        # sheet costs a list entry per visible row, not a slot per cell
        self._merged: dict[int, list[tuple[int, int, int]]] = {}
        for r0, c0, r1, c1 in xml.merges:
            if r0 > last_row or c0 > last_col:
                continue
            self.span[(r0, c0)] = (r1, c1)
            for r in range(r0, min(r1, last_row) + 1):
                self._merged.setdefault(r, []).append((c0, c1, r0))
        # rules by the columns they reach: workbooks edited for years carry hundreds of rules
        # copied in fragments, and a cell looks only at those over its column (by priority)
        self.rules: dict[int, list[FillRule]] = {}
        for rule in fill_rules(ws, lambda fill: _dxf_fill(fill, theme)):
            reach = {c for _, c0, _, c1 in rule.boxes for c in self.cols if c0 <= c <= c1}
            for c in sorted(reach):
                self.rules.setdefault(c, []).append(rule)
        self.unread_rules: list[FillRule] = []  # conditional formats not evaluated on a cell read
        self.read_rows: set[int] = set()  # rows read into a table or a title

    def is_covered(self, r: int, c: int) -> bool:
        """A slot inside a merge (not its top-left) or run over by a text to its left."""
        if (r, c) in self.covered:
            return True
        spans = self._merged.get(r)
        if not spans:
            return False
        return any(c0 <= c <= c1 and (r, c) != (r0, c0) for c0, c1, r0 in spans)

    def text(self, r: int, c: int) -> str:
        if self.is_covered(r, c):
            return ""
        key = (r, c)
        if key not in self._texts:
            cell = self._stored.get(key) if self._stored is not None else self.ws.cell(r, c)
            self._texts[key] = _display(cell) if cell is not None else ""
        return self._texts[key]

    def filled(self, r: int) -> list[int]:
        """Columns of row r whose cell starts there and holds text."""
        if r not in self._filled:
            self._filled[r] = [c for c in self._open(r) if self.text(r, c)]
        return self._filled[r]

    def _open(self, r: int) -> list[int]:
        """Row r's visible columns less those its merges cover (their top-left kept)."""
        spans = self._merged.get(r)
        if not spans:
            return self.cols
        out: list[int] = []
        at = 0
        for c0, c1, r0 in sorted(spans):
            lo, hi = bisect_left(self.cols, c0), bisect_right(self.cols, c1)
            out += self.cols[at:lo] if lo > at else []
            if r == r0 and lo < hi and self.cols[lo] == c0:
                out.append(c0)
            at = max(at, hi)
        return out + self.cols[at:]

    def value(self, r: int, c: int) -> Any:
        """The cell's value as conditional formats test it (a covered slot is blank)."""
        if r < 1 or c < 1 or self.is_covered(r, c):
            return None
        return self.ws.cell(r, c).value

    def fill(self, r: int, c: int) -> str | None:
        """The fill Excel draws: a conditional format's, else the cell's own."""
        if c in self.rules:
            drawn = cell_fill(self.rules[c], r, c, self.value, self.unread_rules)
            if drawn is not None:
                return drawn
        return _fill(self.ws.cell(r, c), self.theme)

    def notes(self, page: int) -> list[CellNote]:
        """The comments on the cells read (rows read, columns shown), each with its cell and
        author; the author's name Excel writes as the comment's first line ('Jane Smith:') is
        the author, not the text."""
        out: list[CellNote] = []
        cols = set(self.cols)
        cells: Any = (
            self._stored.values()
            if self._stored is not None
            else (c for row in self.ws.iter_rows() for c in row)
        )
        for cell in cells:
            comment = getattr(cell, "comment", None)
            if comment is None or cell.row not in self.read_rows or cell.column not in cols:
                continue
            author = " ".join(str(comment.author or "").split())
            text = str(comment.text or "").strip()
            first, _, rest = text.partition("\n")
            if author and first.strip() == f"{author}:":
                text = rest.strip()
            out.append(CellNote(page, cell.row, cell.column, author, " ".join(text.split())))
        return sorted(out, key=lambda n: (n.row, n.col))

    def warnings(self, page: int) -> list[ExtractionWarning]:
        """What was read but cannot be trusted: formula cells in the rows read that hold no
        saved value, conditional formats that colour them but could not be evaluated."""
        out: list[ExtractionWarning] = []
        cols = set(self.cols)
        missing = sorted(
            (r, c) for r, c in self.xml.uncalculated if r in self.read_rows and c in cols
        )
        if missing:
            out.append(ExtractionWarning(
                code="excel_formulas_not_calculated",
                message=(
                    f"formula cells without saved values read as empty"
                    f" ({_cells(self.ws.title, missing)}): open and save the workbook in Excel"
                    " or LibreOffice, or export a PDF"
                ),
                page=page,
            ))  # fmt: skip
        if self.unread_rules:
            ranges = ", ".join(sorted({rule.where for rule in self.unread_rules}))
            kinds = ", ".join(sorted({rule.kind for rule in self.unread_rules}))
            out.append(ExtractionWarning(
                code="excel_conditional_format_unread",
                message=(
                    f"RAG colours from conditional formatting could not be read on sheet"
                    f" '{self.ws.title}' ({ranges}; rule type {kinds}): check the status"
                    " column by eye, or export a PDF"
                ),
                page=page,
            ))  # fmt: skip
        return out


def _column_widths(ws: Worksheet, first: int, last: int) -> dict[int, float]:
    """The visible columns first..last with their widths (Excel units). A <col> element sets
    a run of columns (min..max: Excel writes columns hidden or sized together as one run) and
    openpyxl files it under its first column only, so each run is spread over its columns; a
    hidden column, or one dragged to no width, is left out, as Excel neither shows nor prints
    it (helper columns between the printed ones)."""
    dims: dict[int, Any] = {}
    for key, dim in list(ws.column_dimensions.items()):
        lo = dim.min or column_index_from_string(key)
        hi = max(dim.max or lo, lo)
        for c in range(max(lo, first), min(hi, last) + 1):
            dims[c] = dim
    out: dict[int, float] = {}
    for c in range(first, last + 1):
        dim = dims.get(c)
        if dim is None:
            out[c] = _UNSET_WIDTH
        elif not dim.hidden and dim.width != 0:
            out[c] = dim.width or _DEFAULT_WIDTH
    return out


def _holds_values(
    ws: Worksheet, min_row: int, max_row: int | None, min_col: int, max_col: int | None
) -> bool:
    if min_row > ws.max_row or min_col > ws.max_column or (max_row is not None and max_row < 1):
        return False
    cells = ws.iter_rows(min_row, max_row, min_col, max_col, values_only=True)
    return any(v is not None and v != "" for row in cells for v in row)


def _sheet(sheet: _Sheet, number: int) -> Canvas:
    ws = sheet.ws
    widths = {c: width * _POINTS_PER_WIDTH for c, width in sheet.widths.items()}
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
        sheet.read_rows.update(block)
        for k, r in enumerate(block[:title]):
            filled = sheet.filled(r)
            if filled:
                line = " ".join(sheet.text(r, c) for c in filled)
                looks = _text(ws.cell(r, filled[0]), line)
                if k == 0 and canvas.lines:
                    looks.before = looks.size  # the blank row above ends the paragraph before
                canvas.paragraph(looks, _loc(ws, r, r, filled[0], filled[-1]))
                if (swatch := _swatch(sheet, r, filled[0])) is not None and canvas.lines:
                    canvas.swatch(canvas.lines[-1], swatch)
        if body:
            for piece in _ruled_boxes(_table(sheet, body, widths)):
                if isinstance(piece, SourceTable):
                    canvas.table(piece)
                else:
                    for text in piece.lines:
                        canvas.paragraph(text, piece.locator)
    return canvas


def _ruled_boxes(table: SourceTable) -> list[SourceTable | SourceCell]:
    """A block the sheet draws as boxes side by side: runs of bordered columns with a column
    between that has no border and no word (a gap, or an arrow from one step to the next).
    Its print shows each box as a ruled table of its own and the unbordered cells' words (a
    lane's label) as text beside them, and the PDF reader reads it so: the block is given as
    that text, then each box as a table, left to right. Any other block is itself."""
    n = len(table.widths)
    ruled = [False] * n
    worded = [False] * n
    for sc in table.cells:
        cols = range(sc.col, min(sc.col + sc.colspan, n))
        if sc.borders is not None and any(sc.borders):
            for c in cols:
                ruled[c] = True
        if any(ch.isalnum() for t in sc.lines for ch in t.text):
            for c in cols:
                worded[c] = True
    runs: list[range] = []
    c = 0
    while c < n:
        if not ruled[c]:
            c += 1
            continue
        start = c
        while c < n and ruled[c]:
            c += 1
        runs.append(range(start, c))
    gaps = [range(a.stop, b.start) for a, b in zip(runs, runs[1:], strict=False)]
    if len(runs) < 2 or any(not gap or any(worded[c] for c in gap) for gap in gaps):
        return [table]
    inside = {c for run in runs for c in run}
    text = [sc for sc in sorted(table.cells, key=lambda sc: (sc.col, sc.row))
            if sc.col not in inside and any(t.text.strip() for t in sc.lines)]  # fmt: skip
    if any(inside & set(range(sc.col, sc.col + sc.colspan)) for sc in text):
        return [table]  # a cell running into a box: one table after all
    return [*text, *(column_piece(table, run) for run in runs)]


def _swatch(sheet: _Sheet, r: int, first: int) -> str | None:
    """The fill of the empty cell just left of a title row's text: a colour key's swatch
    (the actions filled in a lead's colour, the key naming each colour's lead). Said as a
    paragraph, the row would lose it; the print shows it beside the name."""
    before = [c for c in sheet._open(r) if c < first]  # noqa: SLF001 (the sheet's own reader)
    if not before or sheet.text(r, before[-1]):
        return None
    return sheet.fill(r, before[-1])


def _blocks(sheet: _Sheet) -> list[list[int]]:
    """Runs of rows that hold something (a merged range running down counts), blank rows apart."""
    down = {
        r
        for (r0, c), (r1, _) in sheet.span.items()
        if sheet.text(r0, c)
        for r in range(r0, min(r1, sheet.last_row) + 1)
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
    used = {c for r in rows for c in sheet.filled(r)}
    in_block = set(rows)
    for (r0, c0), (_, c1) in sheet.span.items():  # a merge over the block widens its columns
        if r0 in in_block and sheet.text(r0, c0):
            used |= {c0, c1}
    first, last = (min(used), max(used)) if used else (0, -1)
    at = {c: i for i, c in enumerate(sheet.cols)}
    if used:  # a RAG column said in colour only, its header cell blank, is still the table's
        while at[last] + 1 < len(sheet.cols) and _coloured(
            sheet, rows, sheet.cols[at[last] + 1], last
        ):
            last = sheet.cols[at[last] + 1]
        while at[first] > 0 and _coloured(sheet, rows, sheet.cols[at[first] - 1], first):
            first = sheet.cols[at[first] - 1]
    cols = [c for c in sheet.cols if first <= c <= last]
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: i for i, c in enumerate(cols)}
    cells: list[SourceCell] = []
    for r in rows:
        filled = sheet.filled(r)
        for c in cols:
            if sheet.is_covered(r, c):
                continue
            r1, c1 = sheet.span.get((r, c), (r, c))
            if (r1, c1) != (r, c):  # a merge ends on the last visible row and column it covers
                r1 = rows[max(bisect_right(rows, r1) - 1, row_at[r])]
                c1 = cols[max(bisect_right(cols, c1) - 1, col_at[c])]
            text = sheet.text(r, c)
            cell = ws.cell(r, c)
            if (
                filled == [c] and (r, c) not in sheet.span and len(cols) >= 3
                and isinstance(cell.value, str) and not cell.alignment.wrap_text
                # a formula whose value was never saved reads empty but stops the text all
                # the same (a total row's label beside its sums)
                and not any(sheet.text(r, x) or (r, x) in sheet.xml.uncalculated
                            for x in cols if x > c)
            ):  # fmt: skip
                c1 = cols[-1]  # runs over the empty cells to its right, as Excel shows it
                for x in cols:
                    if x > c:
                        sheet.covered.add((r, x))
            cells.append(
                SourceCell(
                    [_text(cell, text, sheet.theme)] if text else [],
                    row_at[r],
                    col_at[c],
                    row_at[r1] - row_at[r] + 1,
                    col_at[c1] - col_at[c] + 1,
                    sheet.fill(r, c),
                    _loc(ws, r, r1, c, c1),
                    _borders(ws, r, r1, c, c1),
                )  # fmt: skip
            )
    return SourceTable([widths[c] for c in cols], len(rows), cells)


# an Excel border style's width in points, as a sheet prints it at 100% (a pixel is 0.75 pt)
_BORDER_WIDTHS = {
    "hair": 0.5, "thin": 0.75, "dotted": 0.75, "dashed": 0.75, "dashDot": 0.75,
    "dashDotDot": 0.75, "medium": 1.5, "mediumDashed": 1.5, "mediumDashDot": 1.5,
    "mediumDashDotDot": 1.5, "slantDashDot": 1.5, "double": 2.25, "thick": 2.25,
}  # fmt: skip


def _borders(
    ws: Worksheet, r0: int, r1: int, c0: int, c1: int
) -> tuple[float, float, float, float]:
    """The widths of the borders drawn round a cell (a merge: its outer cells' own), left,
    right, top, bottom: a print draws them as rulings (a current month outlined in thick
    borders, a total row under a double rule), and the readers of rulings read them so."""

    def width(r: int, c: int, side: str) -> float:
        edge = getattr(ws.cell(r, c).border, side, None)
        return _BORDER_WIDTHS.get(getattr(edge, "style", None) or "", 0.0)

    return (
        max(width(r, c0, "left") for r in range(r0, r1 + 1)),
        max(width(r, c1, "right") for r in range(r0, r1 + 1)),
        max(width(r0, c, "top") for c in range(c0, c1 + 1)),
        max(width(r1, c, "bottom") for c in range(c0, c1 + 1)),
    )


def _coloured(sheet: _Sheet, rows: list[int], c: int, beside: int) -> bool:
    """Whether column c, holding no text, shows a colour of its own in at least half the rows
    below the first (a fill the cell beside it in the row does not share: not a band)."""
    body = rows[1:]
    own = sum(
        1
        for r in body
        if not sheet.text(r, c) and (fill := sheet.fill(r, c)) is not None
        and fill != sheet.fill(r, beside)
    )  # fmt: skip
    return own >= 2 and 2 * own >= len(body)


def _text(cell: Any, text: str, theme: list[str] | None = None) -> Text:
    """A cell's text with its look; with the workbook's theme, the ink its font states too (a
    status word printed in its colour reads the same from the file as from its print)."""
    font = cell.font
    ink = (
        _colour(font.color, theme)
        if theme is not None and font is not None and font.color is not None
        else None
    )
    return Text(text, float(font.sz) if font is not None and font.sz else BODY_SIZE,
                bool(font is not None and font.b),
                inks=(ink,) * len(text.split()) if ink is not None else None)  # fmt: skip


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
        return date_text(value, fmt)  # as Excel shows it, when that reads as the same date
    if isinstance(value, int | float):
        return number_text(float(value), fmt)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    text = str(value).strip()  # lines broken in the cell (Alt+Enter) stay lines
    return text if "\n" in text else " ".join(text.split())


def _fill(cell: Any, theme: list[str]) -> str | None:
    """A solid fill as '#rrggbb': an rgb, indexed or theme colour (with its tint). A cell with no
    fill of its own under a named cell style that has one ('Good', 'Neutral', 'Bad', or a
    council's own 'RAG Red') shows the style's: writers that set only the style leave the cell's
    own fill empty, and Excel draws the style's."""
    fill = cell.fill
    if fill is None or fill.fill_type is None or fill.fill_type == "none":
        fill = _style_fill(cell)
    if fill is None or fill.fill_type != "solid" or fill.fgColor is None:
        return None
    return _colour(fill.fgColor, theme)


def _style_fill(cell: Any) -> Any:
    """The fill of the cell's named style (None for 'Normal' or a style that sets none)."""
    name = getattr(cell, "style", None)
    if not name or name == "Normal":
        return None
    try:
        named = cell.parent.parent._named_styles[name]
    except (AttributeError, KeyError, IndexError, TypeError):
        return None
    return getattr(named, "fill", None)


def _dxf_fill(fill: Any, theme: list[str]) -> str | None:
    """A conditional format's fill: Excel writes its colour as the pattern's background
    (bgColor, no pattern type); other writers give a solid pattern's foreground."""
    for colour in (fill.bgColor, fill.fgColor):
        if colour is not None and not (colour.type == "rgb" and colour.rgb == "00000000"):
            found = _colour(colour, theme)
            if found is not None:
                return found
    return None


def _cells(title: str, cells: list[tuple[int, int]], most: int = 8) -> str:
    """Cells as Excel ranges, runs down a column joined: 'Plan'!E5:E9, 'Plan'!G5."""
    runs: list[tuple[int, int, int]] = []  # col, first row, last row
    for r, c in sorted(cells, key=lambda rc: (rc[1], rc[0])):
        if runs and runs[-1][0] == c and runs[-1][2] == r - 1:
            runs[-1] = (c, runs[-1][1], r)
        else:
            runs.append((c, r, r))
    texts = [describe([Locator(title, (r0, r1), (c, c))]) or "" for c, r0, r1 in runs]
    more = f" and {len(texts) - most} more" if len(texts) > most else ""
    return ", ".join(texts[:most]) + more


def _colour(colour: Any, theme: list[str]) -> str | None:
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
