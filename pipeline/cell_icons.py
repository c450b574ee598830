"""Small pictures printed on a page (icons), each with its box and a signature of its pixels.

A spreadsheet printed to PDF draws a conditional format's icon set (traffic lights, arrows,
signal bars) as one small embedded image per cell, and the same picture again beside each word
of the sheet's legend; where the sheet hides the number behind the icon, the picture is all a
cell says. Two images showing the same picture have the same signature (their pixels, reduced
and coarsened), whatever their size on the page, so a cell's icon is told by the legend's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrace.pipeline.document import BBox, ParsedDocument

MAX_SIDE = 40.0  # pt: an icon is small; a logo or a photograph is no status
_GRID = 8  # the signature's pixels a side
_LEVELS = 16  # and its levels a channel


@dataclass(frozen=True, slots=True)
class Icon:
    page: int
    bbox: BBox  # top-down page coordinates, as the lines' boxes
    signature: tuple[int, ...]

    @property
    def centre(self) -> tuple[float, float]:
        return (self.bbox[0] + self.bbox[2]) / 2, (self.bbox[1] + self.bbox[3]) / 2


def page_icons(doc: ParsedDocument, page_number: int) -> list[Icon]:
    """The small images of a page of a PDF read with pdfium, in reading order; [] for a
    document of another format, or where the page's images cannot be read."""
    if doc.format != "pdf" or doc.source is None or not _as_printed(doc, page_number):
        return []
    try:
        return _icons(doc.source, page_number)
    except Exception:  # pdfium's errors: a damaged image is no icon, and reading goes on
        return []


def _as_printed(doc: ParsedDocument, page_number: int) -> bool:
    """Whether the document's page is the PDF's page of that index, of the same size: a sheet
    printed two-up is split into two pages of one number (layout.split_two_up), the page count
    then no longer the PDF's, and a page turned upright through a /Rotate may be read at sizes
    the PDF's page does not give; their icons' boxes would not be the lines', so none is read
    there. (A page turned upright by its content is read back from the turned content, as its
    lines were: its boxes agree, unless its turn swapped the sizes.)"""
    pages = doc.pages
    if len(pages) != len(doc.source) or not 1 <= page_number <= len(pages):
        return False
    page = pages[page_number - 1]
    if page.number != page_number:
        return False
    pdf_page = doc.source[page_number - 1]
    return (
        abs(pdf_page.get_width() - page.width) < 1 and abs(pdf_page.get_height() - page.height) < 1
    )


def _icons(pdf: Any, page_number: int) -> list[Icon]:
    import pypdfium2.raw as pdfium_c

    page = pdf[page_number - 1]
    height = page.get_height()
    out: list[Icon] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if right - left > MAX_SIDE or top - bottom > MAX_SIDE or right <= left or top <= bottom:
            continue
        image = obj.get_bitmap(render=False).to_pil().convert("RGB")
        small = image.resize((_GRID, _GRID))
        step = 256 // _LEVELS
        signature = tuple(v // step for px in small.getdata() for v in px)
        out.append(Icon(page_number, (left, height - top, right, height - bottom), signature))
    out.sort(key=lambda i: (round(i.bbox[1]), i.bbox[0]))
    return out
