"""Set a page printed at a small skew (a faxed or scanned page) straight before it is read.

A page that went through a fax machine or a scanner comes back turned a degree or so about its
centre: every glyph, ruling and fill is drawn at the same small angle. Read as drawn, a table
row's words drift up or down across the page, so pdfium breaks a row into several lines (or
joins the top of one cell with the foot of its neighbour), the table reader sees ruling lines
that are neither level nor upright, and cells lose their words. No tolerance loosened downstream
mends that for a long row without merging neighbouring rows on an upright page.

The skew is measured from the glyphs themselves: pdfium gives each glyph the angle of its text
matrix, and on a skewed page nearly all of them share one small non-zero angle. (A stamp or
watermark set at its own angle is a few glyphs among many and does not carry the vote.) Such a
page's objects are turned back by that angle about the page's centre in the open document only,
as turned_pages does for quarter turns, so that every later read of the page (lines, word boxes,
rulings, fills) sees it in its own frame. A line that was slanted only by the skew is then level
and no longer looks like a watermark to the reader's slant test.
"""

from __future__ import annotations

import math
from statistics import median

import pypdfium2 as pdfium

from plantrace.pipeline.pdfium_calls import GET_CHAR_ANGLE, GET_UNICODE

_SAMPLES = 300  # glyphs looked at per page
_MIN_GLYPHS = 60  # a page with fewer glyphs is left alone (a label, a stamp)
_MIN_SKEW = math.radians(0.15)  # below this the page reads as level already
_MAX_SKEW = math.radians(6.0)  # above this it is not a feed skew but text set at an angle
_AGREE = math.radians(0.1)  # glyphs of one skewed page agree on their angle within this
_LEVEL = 1e-4  # radians: a glyph this near level is drawn level
_SHARE = 0.7  # of the sampled glyphs, at least this many share the page's angle


def _signed(angle: float) -> float:
    """pdfium's angle (0 .. 2 pi) as a signed angle (-pi .. pi)."""
    return angle - 2 * math.pi if angle > math.pi else angle


def page_skew(textpage: pdfium.PdfTextPage) -> float:
    """The small angle (radians, as pdfium measures glyph angles) that most of the page's glyphs
    are drawn at, when they agree on one between _MIN_SKEW and _MAX_SKEW; else 0.0."""
    count = textpage.count_chars()
    if count < _MIN_GLYPHS:
        return 0.0
    step = max(1, count // _SAMPLES)
    angles: list[float] = []
    level = 0
    for i in range(0, count, step):
        if GET_UNICODE(textpage.raw, i) in (32, 10, 13):
            continue  # generated spaces and breaks carry no angle of their own
        angle = _signed(GET_CHAR_ANGLE(textpage.raw, i))
        if abs(angle) < _LEVEL:
            level += 1
            if level > (1 - _SHARE) * (count / step):  # an upright page: decided early
                return 0.0
        angles.append(angle)
    if len(angles) < _MIN_GLYPHS // 2:
        return 0.0
    skew = median(angles)
    if not _MIN_SKEW <= abs(skew) <= _MAX_SKEW:
        return 0.0
    agreeing = sum(1 for a in angles if abs(a - skew) <= _AGREE)
    return skew if agreeing >= _SHARE * len(angles) else 0.0


def straighten(page: pdfium.PdfPage, skew: float) -> None:
    """Turn the page's objects back by `skew` (radians, pdfium's glyph angle) about the centre
    of its media box and write the content back (the open document only; the file is
    untouched). The page keeps its size: a degree's turn moves a corner a few points."""
    left, bottom, right, top = page.get_mediabox()
    cx, cy = (left + right) / 2, (bottom + top) / 2
    # pdfium measures a glyph's angle clockwise: turned back anticlockwise by the same angle
    cos, sin = math.cos(skew), math.sin(skew)
    # x' = cos*x - sin*y + e, y' = sin*x + cos*y + f, the centre staying where it is
    e = cx - (cos * cx - sin * cy)
    f = cy - (sin * cx + cos * cy)
    matrix = pdfium.PdfMatrix(cos, sin, -sin, cos, e, f)
    for obj in page.get_objects(max_depth=0):
        obj.transform(matrix)
    page.gen_content()
