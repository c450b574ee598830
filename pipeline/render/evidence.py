"""Images of the PDF regions items came from, legible on a phone, so a reader checks a link.

An extracted row's box can be taller than the row (a cell merged down the rows below, such as a
governance column, widens it), and a whole table row is too wide to read on a phone. So the crop
is cut to the row by the table's own rules (the first horizontal rule below the row's first line
that crosses the column the row's text starts in), split into its cells (vertical rules, else
clear gaps between text columns), and each cell is rendered so that its body text is at least
TARGET_PX CSS pixels. An item whose last words are not in the crop but at the top of the
next page is marked as continuing there, with a crop of the rest.
"""

from __future__ import annotations

import base64
import io
import re
import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

BBox = tuple[float, float, float, float]

TARGET_PX = 13.0  # body text size on screen, CSS px (the Chromium test asserts >= 11)
DENSITY = 1.5  # image pixels per CSS pixel: sharp on phones, modest file size
_RULE = 2.5  # a path thinner than this (pt) is a rule
_GAP = 7.0  # an empty vertical strip at least this wide (pt) separates two cells
_PAD = 3.0
_WORD = re.compile(r"\w+")
_LEVELS = [min(255, v // 16 * 17) for v in range(256)]  # 16 greys: text stays crisp, PNGs small


@dataclass(frozen=True, slots=True)
class Crop:
    uri: str
    width: int  # CSS px, the size the page must show it at
    height: int
    text_px: float  # body text height at that size


@dataclass(slots=True)
class Evidence:
    page: int
    crops: list[Crop] = field(default_factory=list)
    continues_on: int | None = None
    continuation: list[Crop] = field(default_factory=list)

    @property
    def text_px(self) -> float:
        return min((c.text_px for c in self.crops + self.continuation), default=0.0)


@dataclass(frozen=True, slots=True)
class _Char:
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    ch: str


@dataclass(slots=True)
class _Page:
    width: float
    height: float
    chars: list[_Char]  # by the middle of their height, top to bottom
    mids: list[float]
    hrules: list[tuple[float, float, float]]  # (y, x0, x1), top-left origin
    vrules: list[tuple[float, float, float]]  # (x, top, bottom)


class EvidenceRenderer:
    """Opens each source PDF once, reads each page's characters and rules once."""

    def __init__(self, paths_by_sha: dict[str, Iterable[str]], max_css_width: int = 1000) -> None:
        self.paths = {
            sha: [p for p in paths if Path(p).is_file() and p.lower().endswith(".pdf")]
            for sha, paths in paths_by_sha.items()
        }
        self.max_css_width = max_css_width
        self._open: dict[str, pdfium.PdfDocument | None] = {}
        self._pages: dict[tuple[str, int], _Page] = {}

    def _doc(self, sha: str) -> pdfium.PdfDocument | None:
        if sha not in self._open:
            doc = None
            for p in self.paths.get(sha, []):
                try:
                    doc = pdfium.PdfDocument(p)
                    break
                except pdfium.PdfiumError:
                    continue
            self._open[sha] = doc
        return self._open[sha]

    def evidence(
        self, sha: str, page_no: int, bbox: BBox | None, text: str = "", *, cells: bool = True
    ) -> Evidence | None:
        """The item's crops; `cells` splits a table row into its cells (not for paragraphs)."""
        doc = self._doc(sha)
        if doc is None or bbox is None or not 1 <= page_no <= len(doc):
            return None
        info = self._page(sha, doc, page_no)
        region = _row_region(info, bbox)
        ev = Evidence(page=page_no, crops=self._crops(doc, page_no, info, region, cells))
        if not ev.crops:
            return None
        tail = _WORD.findall(text.lower())[-8:]  # enough words to be found only where they are
        if not tail or page_no >= len(doc):
            return ev
        parts = _cells(info, region) if cells else [region]
        pattern = re.compile(r"\W+".join(re.escape(w) for w in tail))
        if any(pattern.search(_text_in(info, p).lower()) for p in parts):
            return ev
        nxt = self._page(sha, doc, page_no + 1)
        rest = _find_rest(nxt, pattern, parts)
        if rest is not None:
            ev.continues_on = page_no + 1
            region = (region[0], rest[0], region[2], rest[1])
            ev.continuation = self._crops(doc, page_no + 1, nxt, region, cells)
        return ev

    def _page(self, sha: str, doc: pdfium.PdfDocument, page_no: int) -> _Page:
        key = (sha, page_no)
        if key not in self._pages:
            self._pages[key] = _read_page(doc[page_no - 1])
        return self._pages[key]

    def _crops(
        self, doc: pdfium.PdfDocument, page_no: int, info: _Page, region: BBox, cells: bool
    ) -> list[Crop]:
        """Render the region once, at the scale its body text needs, and cut out its cells."""
        parts = [
            b for b in (_ink(info, p) for p in (_cells(info, region) if cells else [region])) if b
        ]
        if not parts:
            return []
        sizes = [c.size for p in parts for c in _chars_in(info, p) if c.ch != " "]
        body = statistics.median(sizes) or 10.0
        css = max(1.0, TARGET_PX / body)  # CSS px per point
        widest = max(p[2] - p[0] for p in parts)
        if widest * css > self.max_css_width:  # a very wide cell: smaller, and says so
            css = self.max_css_width / widest
        x0 = min(p[0] for p in parts)
        top = min(p[1] for p in parts)
        x1 = max(p[2] for p in parts)
        bottom = max(p[3] for p in parts)
        scale = css * DENSITY
        page = doc[page_no - 1]
        try:
            crop = (x0, info.height - bottom, info.width - x1, top)
            image = page.render(scale=scale, crop=crop).to_pil().convert("L")
        finally:
            page.close()
        crops = []
        for px0, ptop, px1, pbottom in parts:
            box = (
                round((px0 - x0) * scale),
                round((ptop - top) * scale),
                round((px1 - x0) * scale),
                round((pbottom - top) * scale),
            )
            piece = image.crop(box)
            buf = io.BytesIO()
            piece.point(_LEVELS).save(buf, format="PNG", bits=4)
            uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
            crops.append(
                Crop(
                    uri=uri,
                    width=round(piece.width / DENSITY),
                    height=round(piece.height / DENSITY),
                    text_px=round(body * css, 1),
                )
            )
        return crops

    def close(self) -> None:
        for doc in self._open.values():
            if doc is not None:
                doc.close()
        self._open.clear()
        self._pages.clear()


def _read_page(page: pdfium.PdfPage) -> _Page:
    width, height = page.get_size()
    textpage = page.get_textpage()
    chars = []
    try:
        for i in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
            if code < 32:  # generated line breaks; spaces are kept, they part the words
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, i))
            if not 0.5 < size / max(top - bottom, 0.1) < 2:  # a size set by the text matrix
                size = top - bottom
            chars.append(_Char(left, height - top, right, height - bottom, size, chr(code)))
    finally:
        textpage.close()
    hrules, vrules = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if h <= _RULE and w >= 10:
            hrules.append(((height - top + height - bottom) / 2, left, right))
        elif w <= _RULE and h >= 6:
            vrules.append(((left + right) / 2, height - top, height - bottom))
        elif w > 10 and h > 6:  # a filled or outlined cell: its edges delimit rows and columns
            hrules += [(height - top, left, right), (height - bottom, left, right)]
            vrules += [
                (left, height - top, height - bottom),
                (right, height - top, height - bottom),
            ]
    chars.sort(key=lambda c: (c.top + c.bottom) / 2)
    mids = [(c.top + c.bottom) / 2 for c in chars]
    return _Page(width, height, chars, mids, hrules, vrules)


def _ink(info: _Page, region: BBox) -> BBox | None:
    """The region shrunk to its text, with a little margin."""
    chars = [c for c in _chars_in(info, region) if c.ch != " "]
    if not chars:
        return None
    x0, x1 = min(c.x0 for c in chars), max(c.x1 for c in chars)
    top, bottom = min(c.top for c in chars), max(c.bottom for c in chars)
    # a cell merged down the next rows goes on below: stop short of its next line
    nearest = [
        c.top for c in _chars_in(info, (x0, bottom, x1, bottom + 2 * _PAD)) if c.top > bottom - 1
    ]
    return (
        max(0.0, x0 - _PAD),
        max(0.0, top - _PAD),
        min(info.width, x1 + _PAD),
        min(info.height, bottom + _PAD, *(t - 0.5 for t in nearest)),
    )


def _chars_in(info: _Page, region: BBox, slack: float = 1.0) -> list[_Char]:
    x0, top, x1, bottom = region
    lo = bisect_left(info.mids, top - slack)
    hi = bisect_right(info.mids, bottom + slack)
    return [c for c in info.chars[lo:hi] if x0 - slack <= (c.x0 + c.x1) / 2 <= x1 + slack]


def _text_in(info: _Page, region: BBox) -> str:
    """The region's text line by line (one cell's, for a sequence of words to mean anything)."""
    return "".join(c.ch for c in _reading_order(_chars_in(info, region)))


def _reading_order(chars: list[_Char]) -> list[_Char]:
    """Characters line by line (tops within 3 pt), each line left to right, a space between."""
    lines: list[list[_Char]] = []
    for c in sorted(chars, key=lambda c: c.top):
        if lines and c.top - lines[-1][0].top <= 3:
            lines[-1].append(c)
        else:
            lines.append([c])
    out: list[_Char] = []
    for line in lines:
        if out:
            out.append(_Char(line[0].x0, line[0].top, line[0].x0, line[0].top, 0.0, " "))
        out += sorted(line, key=lambda c: c.x0)
    return out


def _row_region(info: _Page, bbox: BBox) -> BBox:
    """The bbox cut at the row's own bottom rule: the first horizontal rule below the row's
    first line that crosses the column where the row's text starts."""
    x0, top, x1, bottom = bbox
    chars = [c for c in _chars_in(info, bbox) if c.ch != " "]
    if not chars:
        return bbox
    first = min(chars, key=lambda c: (round(c.top), c.x0))
    first_line_bottom = max(c.bottom for c in chars if abs(c.top - first.top) < 2)
    key_x = first.x0 + 1
    below = [
        y
        for y, a, b in info.hrules
        if a - 1 <= key_x <= b + 1 and first_line_bottom - 1 < y < bottom - 2
    ]
    return (x0, top, x1, min(below)) if below else bbox


def _cells(info: _Page, region: BBox) -> list[BBox]:
    """The row split where a vertical rule crosses it or where no text is for _GAP points."""
    x0, top, x1, bottom = region
    chars = [c for c in _chars_in(info, region) if c.ch != " "]
    if not chars:
        return []
    cuts = sorted(
        x for x, a, b in info.vrules if x0 + 2 < x < x1 - 2 and a <= top + 3 and b >= bottom - 3
    )
    spans = sorted((c.x0, c.x1) for c in chars)
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= _GAP and not any(reach <= x <= a for x in cuts):
            cuts.append((reach + a) / 2)
        reach = max(reach, b)
    edges = [x0, *sorted(cuts), x1]
    parts = [(edges[i], top, edges[i + 1], bottom) for i in range(len(edges) - 1)]
    return [p for p in parts if any(c.ch != " " for c in _chars_in(info, p, slack=0.0))]


def _find_rest(
    info: _Page, pattern: re.Pattern[str], cells: list[BBox]
) -> tuple[float, float] | None:
    """Where an item's last words are on the next page, in one of its cells' columns: from the
    rule above them (the top of that piece of the row) to the rule below (or the words' end)."""
    for x0, _, x1, _ in cells:
        chars = _reading_order(_chars_in(info, (x0, 0.0, x1, info.height)))
        m = pattern.search("".join(c.ch for c in chars).lower())
        if m is None:
            continue
        hit = [c for c in chars[m.start() : m.end()] if c.ch != " "]
        first_top = min(c.top for c in hit)
        last_bottom = max(c.bottom for c in hit)
        crossing = [y for y, a, b in info.hrules if a <= x0 + 5 and b >= x0 + 5]
        above = [y for y in crossing if y < first_top + 1]
        below = [y for y in crossing if y > last_bottom - 1]
        top = max(above) if above else min(c.top for c in chars)
        bottom = min(below) if below else last_bottom + _PAD
        return (top, bottom)
    return None
