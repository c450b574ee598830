"""Name where an extracted item sits in a Word or Excel source: 'table 2 row 5', 'Actions'!A5:F5.

A Word or Excel file has no printed pages, so a page number says little; the table and row, or
the sheet and cell range, is what a person opens the file at. The extractors need not know: they
give every item a page and a box (or a line span) on the backend's virtual page, and this pass
maps the lines there back to the locators the backend recorded for them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.document import BBox, Locator, ParsedDocument, lines_bbox

_FIELDS = ("judgements", "recommendations", "actions", "kpis", "glossary")


def add_locators(result: ExtractionResult, doc: ParsedDocument) -> None:
    """Give every item of the result that came from a located line its provenance locator."""
    if not doc.locators:
        return
    index = _index(doc)
    for name in _FIELDS:
        items: list[Any] = getattr(result, name)
        setattr(result, name, [_located(item, doc, index) for item in items])


def locate(doc: ParsedDocument, prov: Provenance, index: _Index | None = None) -> str | None:
    """The locator of the cells and lines under the provenance's box (or its line span's box).

    A table item is named by the row it starts in: the box of a row that opens a cell merged down
    over later rows (a recommendation over its actions) reaches into those rows, which are other
    items. Paragraph items (an action written as a heading and its lines) take all they cover.
    """
    box = prov.bbox or _span_box(doc, prov)
    if box is None:
        return None
    index = index if index is not None else _index(doc)
    x0, top, x1, bottom = box
    middles, regions = index.get(prov.page, ([], []))
    lo, hi = bisect_left(middles, top - 0.5), bisect_right(middles, bottom + 0.5)
    under = [(b, loc) for b, loc in regions[lo:hi] if x0 - 0.5 <= (b[0] + b[2]) / 2 <= x1 + 0.5]
    starting = [loc for b, loc in under if abs(b[1] - top) <= 1.0 and loc.part != "paragraph"]
    if starting:
        first = min(loc.rows[0] for loc in starting)
        last = min(loc.rows[1] for loc in starting)
        under = [(b, loc) for b, loc in under if first <= loc.rows[0] and loc.rows[1] <= last]
    return describe(loc for _, loc in under)


def describe(locators: Iterable[Locator]) -> str | None:
    """One locator per part (table, sheet), each the smallest range covering its pieces."""
    parts: dict[str, list[Locator]] = {}
    for loc in locators:
        parts.setdefault(loc.part, []).append(loc)
    texts = [_format(_union(group)) for group in parts.values()]
    return "; ".join(texts) if texts else None


def _located(item: Any, doc: ParsedDocument, index: _Index) -> Any:
    prov = getattr(item, "provenance", None)
    if not isinstance(prov, Provenance) or prov.locator is not None:
        return item
    where = locate(doc, prov, index)
    if where is None:
        return item
    return item.model_copy(update={"provenance": prov.model_copy(update={"locator": where})})


# page -> (regions' vertical middles in order, the regions in that order)
_Index = dict[int, tuple[list[float], list[tuple[BBox, Locator]]]]


def _index(doc: ParsedDocument) -> _Index:
    """The regions by page, sorted by their vertical middle: an item looks up only its rows."""
    pages: dict[int, list[tuple[float, BBox, Locator]]] = {}
    for page, b, loc in doc.locators:
        pages.setdefault(page, []).append(((b[1] + b[3]) / 2, b, loc))
    out: _Index = {}
    for page, items in pages.items():
        items.sort(key=lambda it: it[0])
        out[page] = ([m for m, _, _ in items], [(b, loc) for _, b, loc in items])
    return out


def _span_box(doc: ParsedDocument, prov: Provenance) -> BBox | None:
    if prov.line_span is None or not 1 <= prov.page <= len(doc.pages):
        return None
    first, last = prov.line_span
    lines = [ln for ln in doc.pages[prov.page - 1].lines if first <= ln.index <= last]
    return lines_bbox(lines) if lines else None


def _union(group: list[Locator]) -> Locator:
    rows = (min(g.rows[0] for g in group), max(g.rows[1] for g in group))
    spans = [g.cols for g in group if g.cols is not None]
    cols = (min(c[0] for c in spans), max(c[1] for c in spans)) if spans else None
    return Locator(group[0].part, rows, cols)


def _format(loc: Locator) -> str:
    first, last = loc.rows
    if loc.cols is not None:  # a sheet: Excel's own reference, the name quoted when it must be
        sheet = loc.part if loc.part.replace("_", "").isalnum() else _quoted(loc.part)
        start = f"{get_column_letter(loc.cols[0])}{first}"
        end = f"{get_column_letter(loc.cols[1])}{last}"
        return f"{sheet}!{start}" if start == end else f"{sheet}!{start}:{end}"
    if loc.part == "paragraph":
        return f"paragraph {first}" if first == last else f"paragraphs {first}-{last}"
    return f"{loc.part} row {first}" if first == last else f"{loc.part} rows {first}-{last}"


def get_column_letter(n: int) -> str:
    """Excel's column name: 1 -> A, 27 -> AA (openpyxl's, without importing it on every read)."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"
