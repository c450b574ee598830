"""Turn a page whose text is printed a quarter turn round back upright before it is read.

A landscape table bound into a portrait pack (a rotated appendix) is drawn on a portrait page
with its text running bottom to top (or top to bottom). pdfium reads such text glyph by glyph
across the page's rows, so words come out scrambled and no table reader can see rows and
columns. When most of a page's text runs the same quarter turn, the page's objects are turned
the other way in the open document (text, rulings and fills together) and its media box is
swapped, so every later read of that page (text, word boxes, rulings) sees it as the landscape
page it was laid out as. The page keeps its number, so provenance still names the real page;
boxes are in the turned page's frame. A few upright glyphs (a page number left upright at the
foot) come out turned instead: page furniture, not content.
"""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_SAMPLES = 200  # glyphs looked at per page: enough to tell a turned page, cheap on any page
_MIN_GLYPHS = 60  # a page with fewer glyphs is left alone (a rotated label, a stamp)
_TURNED_SHARE = 0.6  # of the sampled glyphs, at least this many run the same quarter turn
_ANGLE_SLACK = 0.1  # radians


def _quarter(angle: float) -> int:
    """The quarter turn (1 or 3, as pdfium measures the angle) a glyph's angle is, else 0."""
    for q in (1, 3):
        if abs(angle - q * math.pi / 2) < _ANGLE_SLACK:
            return q
    return 0


def turned_quarter(textpage: pdfium.PdfTextPage) -> int:
    """1 or 3 when most of the page's text runs a quarter turn round (pdfium's angle in
    quarters), 0 when the page reads upright or is mixed."""
    count = textpage.count_chars()
    if count < _MIN_GLYPHS:
        return 0
    step = max(1, count // _SAMPLES)
    votes = {0: 0, 1: 0, 3: 0}
    seen = 0
    for i in range(0, count, step):
        if pdfium_c.FPDFText_GetUnicode(textpage.raw, i) in (32, 10, 13):
            continue  # pdfium's generated spaces and breaks carry no angle of their own
        votes[_quarter(pdfium_c.FPDFText_GetCharAngle(textpage.raw, i))] += 1
        seen += 1
    if not seen:
        return 0
    quarter = max((1, 3), key=lambda q: votes[q])
    return quarter if votes[quarter] >= _TURNED_SHARE * seen else 0


def turn_upright(page: pdfium.PdfPage, quarter: int) -> None:
    """Turn the page's objects so text that ran `quarter` turns round reads left to right, swap
    its media box, and write the content back (the open document only; the file is untouched).

    pdfium's angle 3 quarters is text running bottom to top: turned clockwise, (x, y) goes to
    (y, W - x); angle 1 quarter (top to bottom) is turned anticlockwise, (x, y) to (H - y, x).
    """
    width, height = page.get_size()
    if quarter == 3:
        matrix = pdfium.PdfMatrix(0, -1, 1, 0, 0, width)
    else:
        matrix = pdfium.PdfMatrix(0, 1, -1, 0, height, 0)
    for obj in page.get_objects(max_depth=0):
        obj.transform(matrix)
    page.set_mediabox(0, 0, height, width)
    page.set_cropbox(0, 0, height, width)
    page.gen_content()
