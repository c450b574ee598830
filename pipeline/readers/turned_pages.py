"""Turn a page whose text is printed turned round back upright before it is read.

A landscape table bound into a portrait pack (a rotated appendix) is drawn on a portrait page
with its text running bottom to top (or top to bottom). pdfium reads such text glyph by glyph
across the page's rows, so words come out scrambled and no table reader can see rows and
columns. The same text may also be shown upright by a /Rotate entry (a reader turned the page
in a viewer and saved it): pdfium then gives the page's size as shown but its glyph boxes as
drawn, and the two disagree. When most of a page's text runs the same quarter (or half) turn,
or the page carries a /Rotate, the page's objects are turned so the text reads left to right
(text, rulings and fills together), its boxes set to match and its /Rotate cleared, in the open
document only; every later read of that page (text, word boxes, rulings) then sees it as the
page it was laid out as. The page keeps its number, so provenance still names the real page;
boxes are in the turned page's frame. A few upright glyphs (a page number left upright at the
foot) come out turned instead: page furniture, not content.
"""

from __future__ import annotations

import math

import pypdfium2 as pdfium

from plantrace.pipeline.pdfium_calls import GET_CHAR_ANGLE, GET_UNICODE

_SAMPLES = 200  # glyphs looked at per page: enough to tell a turned page, cheap on any page
_MIN_GLYPHS = 60  # a page with fewer glyphs is left alone (a rotated label, a stamp)
_TURNED_SHARE = 0.6  # of the sampled glyphs, at least this many run the same turn
_ANGLE_SLACK = 0.1  # radians
# pdfium's glyph angle in quarter turns -> quarter turns clockwise that set the text upright
_TURNS_FOR = {1: 3, 2: 2, 3: 1}


def _quarter(angle: float) -> int:
    """The quarter turns (1, 2, 3, as pdfium measures the angle) a glyph's angle is, else 0."""
    for q in (1, 2, 3):
        if abs(angle - q * math.pi / 2) < _ANGLE_SLACK:
            return q
    return 0


def turns_upright(textpage: pdfium.PdfTextPage) -> int:
    """Quarter turns clockwise (1, 2, 3) that set the page's text upright when most of it runs
    the same turn round; 0 when the page reads upright, is mixed or has too little text."""
    count = textpage.count_chars()
    if count < _MIN_GLYPHS:
        return 0
    step = max(1, count // _SAMPLES)
    samples = range(0, count, step)
    # once this many glyphs read upright no turn can reach its share: an upright page (nearly
    # every page) stops after under half its samples
    upright_enough = (1 - _TURNED_SHARE) * len(samples)
    votes = dict.fromkeys((0, 1, 2, 3), 0)
    seen = 0
    for i in samples:
        if GET_UNICODE(textpage.raw, i) in (32, 10, 13):
            continue  # pdfium's generated spaces and breaks carry no angle of their own
        votes[_quarter(GET_CHAR_ANGLE(textpage.raw, i))] += 1
        seen += 1
        if votes[0] > upright_enough:
            return 0
    if not seen:
        return 0
    quarter = max((1, 2, 3), key=lambda q: votes[q])
    return _TURNS_FOR[quarter] if votes[quarter] >= _TURNED_SHARE * seen else 0


def _turn_matrix(turns: int, box: tuple[float, float, float, float]) -> pdfium.PdfMatrix:
    """The matrix that turns the media box's content `turns` quarter turns clockwise onto a box
    at the origin: (x, y) -> (y, W - x) for one, (W - x, H - y) for two, (H - y, x) for three,
    after moving the box's corner to the origin."""
    left, bottom, right, top = box
    width, height = right - left, top - bottom
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, 0, 0),
        1: (0, -1, 1, 0, 0, width),
        2: (-1, 0, 0, -1, width, height),
        3: (0, 1, -1, 0, height, 0),
    }[turns % 4]
    return pdfium.PdfMatrix(a, b, c, d, e - a * left - c * bottom, f - b * left - d * bottom)


def turn_upright(page: pdfium.PdfPage, turns: int) -> None:
    """Turn the page's objects `turns` quarter turns clockwise, set its boxes to match, clear
    its /Rotate and write the content back (the open document only; the file is untouched)."""
    box = page.get_mediabox()
    left, bottom, right, top = box
    width, height = right - left, top - bottom
    if turns % 4:
        matrix = _turn_matrix(turns, box)
        for obj in page.get_objects(max_depth=0):
            obj.transform(matrix)
    new_width, new_height = (height, width) if turns % 2 else (width, height)
    page.set_mediabox(0, 0, new_width, new_height)
    page.set_cropbox(0, 0, new_width, new_height)
    page.set_rotation(0)
    page.gen_content()
