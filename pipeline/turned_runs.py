"""Text drawn turned on an upright page: a rubber stamp, a slanted badge (issue 11).

A plan may stamp each action's status on its card: the word in capitals in a ruled box, drawn
turned a few degrees off the horizontal ('OVERDUE' at 12 degrees) as a rubber stamp is. pdfium
reads a turned run as part of whatever line it overlaps, so the stamp's word is glued to the
end of an owner line or of the action's text ('... strategy discussions OVERDUE'). The angle of
its characters says it is no part of that line: each run of turned characters is cut out as a
line of its own (its words, box, colour), and the upright rest stays the line it was.

Only a line taller than its type (a turned run widens the line's box up and down), or one whose
first or last character is turned, is looked at char by char.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable

import pypdfium2.raw as pdfium_c

from plantrace.pipeline.document import BBox, Line, Word
from plantrace.pipeline.pdfium_calls import GET_CHAR_ANGLE, GET_UNICODE

TURNED = math.radians(3.0)  # a character turned more than this off the horizontal is turned
SLANT = math.radians(30.0)  # a stamp is turned less than this; more is text set sideways
TALL = 1.6  # font sizes: a line's box taller than this may hold a turned run
_SPACE = frozenset(" \t\r\n\xa0")


def _turned(raw: object, i: int) -> bool | None:
    """Whether character i is drawn turned; None when pdfium cannot say."""
    angle = GET_CHAR_ANGLE(raw, i)
    if angle < 0:  # pdfium's error value (its angles run 0 .. 2 pi)
        return None
    off = min(angle % (2 * math.pi), 2 * math.pi - angle % (2 * math.pi))
    # a quarter turn or more is text set sideways (a turned page, a header cell reading up):
    # the turned-page and vertical-text readers' job, not a stamp
    return TURNED < off < SLANT


def split_turned_runs(
    textpage: object,
    lines: list[Line],
    height: float,
    is_bold: Callable[[object, int], bool],
    page_text: Callable[[object], str],
) -> list[Line]:
    """The lines with each run of turned characters inside an upright line cut out as a line
    of its own (its span, box and colour read from its characters, its words set level across its box).
    A line wholly upright stays as it is; a line wholly turned keeps its text, its words set
    level across its box. page_text: the page's text, as
    the reader indexes it (read only where a line may hold a turned run)."""
    raw = textpage.raw  # type: ignore[attr-defined]
    out: list[Line] = []
    changed = False
    text: str | None = None
    for line in lines:
        if line.span is None or not _may_turn(raw, line):
            out.append(line)
            continue
        text = page_text(textpage) if text is None else text
        pieces = _pieces(raw, text, line, height, is_bold)
        changed = changed or len(pieces) > 1
        out.extend(pieces)
    if changed:
        for i, ln in enumerate(out):
            ln.index = i
    return out


def _may_turn(raw: object, line: Line) -> bool:
    """Whether a line may hold a turned run: its box is taller than its type, or its first or
    last character is turned (a stamp read at the end of the line it overlaps)."""
    if line.bbox[3] - line.bbox[1] > TALL * max(line.font_size, 1.0):
        return True
    assert line.span is not None
    start, end = line.span
    chars = [i for i in (start, end - 1) if chr(GET_UNICODE(raw, i)) not in _SPACE]
    return any(_turned(raw, i) for i in chars)


def _pieces(
    raw: object, text: str, line: Line, height: float, is_bold: Callable[[object, int], bool]
) -> list[Line]:
    assert line.span is not None
    start, end = line.span
    if end > len(text):  # pdfium's char count and its text disagree (a strange PDF): as read
        return [line]
    runs: list[tuple[bool, int, int]] = []  # (turned, first char, last char + 1)
    for i in range(start, end):
        if text[i] in _SPACE:
            continue
        turned = _turned(raw, i)
        if turned is None:
            return [line]
        if runs and runs[-1][0] == turned:
            runs[-1] = (turned, runs[-1][1], i + 1)
        else:
            runs.append((turned, i, i + 1))
    if len({t for t, _, _ in runs}) < 2:
        if runs and runs[0][0]:  # a line wholly turned: its words set level, as one line
            line.words = _level_words(line.text, line.bbox)
        return [line]
    out: list[Line] = []
    for _, a, b in runs:
        words = " ".join(text[a:b].split())
        if not words:
            continue
        out.append(_line(raw, line, words, a, b, height, is_bold(raw, a)))
    return out or [line]


def _line(raw: object, like: Line, text: str, a: int, b: int, height: float, bold: bool) -> Line:
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    x0 = top = math.inf
    x1 = bottom = -math.inf
    for i in range(a, b):
        if not pdfium_c.FPDFText_GetCharBox(raw, i, *refs):
            continue
        if cr.value - cl.value <= 0 and ct.value - cb.value <= 0:
            continue  # a space pdfium made up: no box
        x0, x1 = min(x0, cl.value), max(x1, cr.value)
        top, bottom = min(top, height - ct.value), max(bottom, height - cb.value)
    if x0 == math.inf:
        x0, top, x1, bottom = like.bbox
    colour = like.colour
    rgba = tuple(ctypes.c_uint() for _ in range(4))
    if pdfium_c.FPDFText_GetFillColor(raw, a, *(ctypes.byref(c) for c in rgba)):
        colour = f"#{rgba[0].value:02x}{rgba[1].value:02x}{rgba[2].value:02x}"
    return Line(
        text=text,
        bbox=(x0, top, x1, bottom),
        words=_level_words(text, (x0, top, x1, bottom)),
        font_size=round(pdfium_c.FPDFText_GetFontSize(raw, a), 1),
        bold=bold,
        page=like.page,
        index=like.index,
        span=(a, b),
        colour=colour,
    )


def _level_words(text: str, box: BBox) -> list[Word]:
    """The words of a turned run set level across its box, in reading order, each as wide as
    its share of the letters: their own boxes climb along the slant, and a reader that bands
    words by height would cut one stamp into lines ('NOT' under 'STARTED')."""
    x0, top, x1, bottom = box
    words = text.split()
    total = max(sum(len(w) for w in words) + len(words) - 1, 1)
    out: list[Word] = []
    at = 0
    for w in words:
        a = x0 + (x1 - x0) * at / total
        at += len(w)
        out.append(Word(w, a, top, x0 + (x1 - x0) * at / total, bottom))
        at += 1
    return out
