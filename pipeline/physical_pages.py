"""Provenance on the physical page: items read from a cut sheet mapped back onto the sheet.

The reader cuts some PDF sheets into several pages before anything is read from them (a sheet
printed two-up into its halves, a folded leaflet's sheet into its panels: layout.sheet_parts)
and numbers the pages 1.. in reading order, each cut page in its own coordinates: the
extractors' reading order depends on it, and they need not know. Provenance promises the
physical page and a box on it (a region to crop and show: `plantrace review`, the coverage
report's evidence), so this one pass, run over the result when extraction is done, maps every
item's provenance back: the page becomes the sheet's physical page, the box moves by the cut
page's offset on the sheet, and the locator names the part ('panel 2 of 3', 'right half'),
since one sheet now holds items of several parts.

The line span is dropped for an item of a cut page: its indices count the lines of the part
as cleaned, not of the sheet whose page the provenance now names, where they would point at
other lines (a sheet's panels interleave by height). Where an item has a span and no box, the
span's box is taken first, so no item loses its place. Warnings' pages and the partial pages
name physical pages too, and the page count is the file's.

Pure: reads the parsed document's pages, opens nothing. A document no sheet of which was cut
(every Word or Excel source, most PDFs) is left as it is.
"""

from __future__ import annotations

from typing import Any

from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.document import BBox, Page, ParsedDocument, lines_bbox

_FIELDS = ("judgements", "recommendations", "actions", "kpis", "glossary")


def to_physical(result: ExtractionResult, doc: ParsedDocument) -> None:
    """Map the result's pages and boxes from the cut pages onto the physical pages, in place
    (the items are frozen models: each mapped one is a copy)."""
    if all(p.sheet is None and p.physical == p.number for p in doc.pages):
        return
    pages = {p.number: p for p in doc.pages}
    for name in _FIELDS:
        items: list[Any] = getattr(result, name)
        setattr(result, name, [_mapped(item, pages) for item in items])
    if result.inspection is not None:
        result.inspection = _mapped(result.inspection, pages)
    result.warnings = [
        w.model_copy(update={"page": pages[w.page].physical}) if w.page in pages else w
        for w in result.warnings
    ]
    result.partial_pages = sorted(
        {pages[n].physical if n in pages else n for n in result.partial_pages}
    )
    result.pages = len({p.physical for p in doc.pages})


def physical(prov: Provenance, pages: dict[int, Page]) -> Provenance:
    """The provenance on the physical page (see the module docstring); as it is where its page
    is no cut page."""
    page = pages.get(prov.page)
    if page is None:
        return prov
    if page.sheet is None:
        return (
            prov if page.physical == prov.page else prov.model_copy(update={"page": page.physical})
        )
    box = prov.bbox if prov.bbox is not None else _span_box(page, prov.line_span)
    dx = page.sheet.dx
    return prov.model_copy(
        update={
            "page": page.physical,
            "bbox": None if box is None else (box[0] + dx, box[1], box[2] + dx, box[3]),
            "line_span": None,
            "locator": prov.locator or page.sheet.where,
        }
    )


def _mapped(item: Any, pages: dict[int, Page]) -> Any:
    prov = getattr(item, "provenance", None)
    if not isinstance(prov, Provenance):
        return item
    moved = physical(prov, pages)
    return item if moved is prov else item.model_copy(update={"provenance": moved})


def _span_box(page: Page, span: tuple[int, int] | None) -> BBox | None:
    """The box of the page's lines in the span, in the page's own coordinates."""
    if span is None:
        return None
    lines = [ln for ln in page.lines if span[0] <= ln.index <= span[1]]
    return lines_bbox(lines) if lines else None
