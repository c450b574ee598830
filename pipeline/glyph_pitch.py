"""Evenly pitched glyph runs: a monospaced listing that pdfium gives one glyph at a time.

A browser prints a code or data listing (a JSON viewer, a source view) in a monospaced font, and
some prints place every glyph on its own, so pdfium breaks the text after each one. The reader
joins such runs back by the gap between their boxes, which suits proportional type; but a
monospaced glyph's box is narrower than its advance, so the gap inside a word ('d' 'i') passes
for a word space, and a true space (one empty cell, the gap then more than half an em) parts the
line in two ('"Grace' / 'Adebayo"'). On such a page every glyph's origin lies a whole number of
one advance (the pitch) from the next: that is the sign looked for, from the origins pdfium
gives, and with it a gap under one pitch is inside a word, a gap of one or more empty cells is
a single space, however many cells (indentation, a line-number gutter), as pdfium itself joins
a normal line's runs.
"""

from __future__ import annotations

import ctypes
from statistics import median

import pypdfium2.raw as pdfium_c

from plantrace.pipeline.document import Line

_MIN_PAIRS = 20  # glyph pairs on one baseline needed before a page is called evenly pitched
_EVEN_SHARE = 0.9  # of those pairs, this share one pitch (or a whole number of them) apart
_TOLERANCE = 0.03  # of a pitch: how far an origin may sit off the pitch grid
_ORIGIN = (ctypes.c_double(), ctypes.c_double())
_ORIGIN_REFS = tuple(ctypes.byref(c) for c in _ORIGIN)


def _first_origin(raw: object, text: str, line: Line) -> tuple[float, float] | None:
    if line.span is None or len(line.text) != 1:
        return None
    start, end = line.span
    for i in range(start, min(end, len(text))):
        if not text[i].isspace():
            if not pdfium_c.FPDFText_GetCharOrigin(raw, i, *_ORIGIN_REFS):
                return None
            return _ORIGIN[0].value, _ORIGIN[1].value
    return None


def even_pitch(raw: object, text: str, lines: list[Line]) -> float | None:
    """The pitch (points) of a page whose one-glyph runs sit on a monospaced grid, else None.

    Consecutive one-glyph runs on one baseline and of one size are compared: in proportional
    type their origins step by each glyph's own advance, in monospaced type by one pitch (or a
    whole number of pitches across spaces)."""
    steps: list[float] = []
    prev: tuple[float, float] | None = None
    prev_size = 0.0
    for line in lines:
        here = _first_origin(raw, text, line)
        if here is not None and prev is not None and abs(line.font_size - prev_size) < 0.5:
            step = here[0] - prev[0]
            if abs(here[1] - prev[1]) < 0.1 and 0 < step <= line.font_size:
                steps.append(step)
        prev, prev_size = here, line.font_size
    if len(steps) < _MIN_PAIRS:
        return None
    pitch = median(steps)
    if pitch <= 0:
        return None
    even = sum(1 for s in steps if abs(s / pitch - round(s / pitch)) <= _TOLERANCE)
    return pitch if even >= _EVEN_SHARE * len(steps) else None


def pitched_gap(prev: Line, piece: Line, pitch: float) -> str | None:
    """How two runs on an evenly pitched page meet: 'glued' (one word), 'space' (one or more
    empty cells between them, on the same baseline), or None (not one line)."""
    if abs(prev.font_size - piece.font_size) > 0.5:
        return None
    size = max(prev.font_size, piece.font_size, 1.0)
    centre = (piece.bbox[1] + piece.bbox[3]) / 2
    if not prev.bbox[1] - 0.2 * size <= centre <= prev.bbox[3] + 0.2 * size:
        return None
    gap = piece.bbox[0] - prev.bbox[2]
    if gap < -0.2 * size:
        return None
    return "glued" if gap < pitch else "space"
