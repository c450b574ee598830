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

A listing's last page may hold only a line or two ('216 ]', '217 }'): too few glyph pairs for
the page-wide count, but when every line of the page is one glyph a few even steps do, so its
gutter numbers are not left as lone digits.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from statistics import median

import pypdfium2.raw as pdfium_c

from plantrace.pipeline.document import Line

_MIN_PAIRS = 20  # glyph pairs on one baseline needed before a page is called evenly pitched
_EVEN_SHARE = 0.9  # of those pairs, this share one pitch (or a whole number of them) apart
_TOLERANCE = 0.03  # of a pitch: how far an origin may sit off the pitch grid
_MIN_WHOLE_PAIRS = 3  # glyph pairs enough on a page whose every line is one glyph
Origin = tuple[float, float, float]  # a one-glyph run's origin x, baseline y and font size
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


def _origins(raw: object, text: str, lines: list[Line]) -> list[Origin | None]:
    """Each line's glyph origin and size where it is a one-glyph run, else None."""
    out: list[Origin | None] = []
    for line in lines:
        here = _first_origin(raw, text, line)
        out.append(None if here is None else (here[0], here[1], line.font_size))
    return out


def _steps(origins: Sequence[Origin | None]) -> list[float]:
    """The advances between consecutive one-glyph runs on one baseline and of one size."""
    steps: list[float] = []
    for prev, here in zip(origins, origins[1:], strict=False):
        if prev is None or here is None or abs(here[2] - prev[2]) >= 0.5:
            continue
        step = here[0] - prev[0]
        if abs(here[1] - prev[1]) < 0.1 and 0 < step <= here[2]:
            steps.append(step)
    return steps


def _on_grid(steps: Sequence[float], pitch: float) -> int:
    return sum(1 for s in steps if abs(s / pitch - round(s / pitch)) <= _TOLERANCE)


def pitch_of(origins: Sequence[Origin | None], min_pairs: int = _MIN_PAIRS) -> float | None:
    """The pitch of glyph origins (x, baseline y, font size) in reading order, else None.

    Consecutive one-glyph runs on one baseline and of one size are compared: in proportional
    type their origins step by each glyph's own advance, in monospaced type by one pitch (or a
    whole number of pitches across spaces)."""
    steps = _steps(origins)
    if len(steps) < min_pairs:
        return None
    pitch = median(steps)
    if pitch <= 0:
        return None
    return pitch if _on_grid(steps, pitch) >= _EVEN_SHARE * len(steps) else None


def even_pitch(raw: object, text: str, lines: list[Line]) -> float | None:
    """The pitch (points) of a page whose one-glyph runs sit on a monospaced grid, else None.

    A page whose every line is one glyph (a listing's last page: '216 ]', '217 }') is printed
    glyph by glyph through and through, so a few even steps are enough there."""
    origins = _origins(raw, text, lines)
    whole = bool(lines) and all(o is not None for o in origins)
    return pitch_of(origins, _MIN_WHOLE_PAIRS if whole else _MIN_PAIRS)


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
