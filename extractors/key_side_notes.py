"""A labelled side note beside a recommendation's statement is no part of its text.

A key or list of recommendations may carry, in a column of its own to the right of each
statement, a short labelled note ('Sponsor: <name>', 'Board: <name>'): a spreadsheet's key row
printed with its side cell. Read as printed, the note runs into the statement: where the
statement fits one line, pdfium joins the two cells' words on their shared baseline into one
line ('... lived experience Sponsor: Jo Bloggs'), and the recommendation's text ends with the
note; where the statement wraps, its first line and the note are two lines level with each
other, and the paragraph may open with the note ('Sponsor: Jo Bloggs Recommendation 2: ...'),
so that no recommendation is read from it at all (its actions then link to nothing).

Evidence, not words: a run of words that opens with a label (one to three words, the last
ending in a colon, no figure) and a short value, set apart from the statement's words level
with it by a gap far wider than the line's spaces (a column's gap, not a word space), or
starting at the left edge another such note of the page with the same label starts at (a
column of notes: a statement that fills its cell leaves no more than a space before it); and
the paragraph without such notes states a numbered recommendation
(plan_recommendations.heading).
The note's lines (and a wrap of the note under it, at its left edge) leave the paragraph; the
page keeps them. Nothing the plan reads is lost: a recommendation has no field such a note
could give (its actions' owners are their own rows').

Pure: returns new elements where a note is taken out; the others as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import line_within

NOTE_GAP = 1.2  # font sizes: the gap setting a note apart from the statement's words
SPACE_RATIO = 3.0  # that gap is this many times the line's usual space at the least
LABEL_WORDS = 3  # a note's label: this many words at most, the last ending in a colon
NOTE_WORDS = 8  # a note is short: label and value together
PITCH = 1.6  # font sizes: a note's wrap lies this close under the note's line
EDGE = 2.0  # points: a note's wrap starts at the note's left edge within this
ALIGN = 1.0  # points: notes of one column start at one left edge within this
_FIGURE = re.compile(r"\d")
_Edges = dict[tuple[int, str], list[float]]  # (page, label) -> the left edges of such notes


def drop_side_notes(elements: Sequence[Element]) -> list[Element]:
    """The elements with each recommendation statement's side notes taken out (see the
    module's docstring)."""
    paragraphs = [el for el in elements if el.table is None and el.raw is None and el.lines]
    edges: _Edges = {}
    for el in paragraphs:
        for ln in el.lines:
            for k in _labelled_starts(ln):
                edges.setdefault((ln.page, _label(ln.words[k:])), []).append(ln.words[k].x0)
    if not edges:
        return list(elements)
    out: list[Element] = []
    for el in elements:
        if el.table is None and el.raw is None and el.lines:
            kept = _without_notes(el.lines, edges)
            if kept is not None:
                el = replace(el, lines=kept)
        out.append(el)
    return out


def _labelled(words: Sequence[Word]) -> bool:
    """Whether the words read as a short labelled note ('Sponsor: Jo Bloggs')."""
    if not words or len(words) > NOTE_WORDS:
        return False  # (before the words' texts are gathered: asked of each tail of a line)
    texts = [w.text for w in words]
    if _FIGURE.search(" ".join(texts)):
        return False
    colon = next((j for j, t in enumerate(texts[:LABEL_WORDS]) if t.endswith(":")), None)
    if colon is None or colon == len(texts) - 1:
        return False  # no label, or a label with no value
    first = texts[0]
    return first[:1].isupper() and any(c.isalpha() for c in first)


def _label(words: Sequence[Word]) -> str:
    """A note's label, folded ('sponsor:')."""
    out: list[str] = []
    for w in words[:LABEL_WORDS]:
        out.append(w.text.casefold())
        if w.text.endswith(":"):
            break
    return " ".join(out)


def _labelled_starts(ln: Line) -> list[int]:
    """Where a labelled note may start in the line: its first word, or a word after a space."""
    words = ln.words
    return [
        k
        for k in range(len(words))
        if (k == 0 or words[k].x0 > words[k - 1].x1) and _labelled(words[k:])
    ]


def _aligned(ln: Line, k: int, edges: _Edges) -> bool:
    """Whether another note of the page with the same label starts at this note's left edge:
    a column of notes, however close each comes to the text on its left."""
    x0 = ln.words[k].x0
    found = edges.get((ln.page, _label(ln.words[k:])), [])
    return sum(1 for x in found if abs(x - x0) <= ALIGN) >= 2


def _space(ln: Line) -> float:
    """The line's usual space between words (points)."""
    gaps = [b.x0 - a.x1 for a, b in zip(ln.words, ln.words[1:], strict=False)]
    gaps = [g for g in gaps if g > 0]
    return median(gaps) if gaps else 0.0


def _apart(left_edge: float, note_x0: float, size: float, space: float) -> bool:
    gap = note_x0 - left_edge
    return gap >= NOTE_GAP * size and gap >= SPACE_RATIO * space


def _level(a: Line, b: Line) -> bool:
    mid = (a.bbox[1] + a.bbox[3]) / 2
    return b.bbox[1] <= mid <= b.bbox[3]


def _tail_note(ln: Line, edges: _Edges) -> int | None:
    """The index of the line's first word of a note at its end, set apart by a column's gap
    or starting at the left edge of a column of such notes."""
    words = ln.words
    space = _space(ln)
    size = ln.font_size or (ln.bbox[3] - ln.bbox[1])
    for k in _labelled_starts(ln):
        if k > 0 and (_apart(words[k - 1].x1, words[k].x0, size, space) or _aligned(ln, k, edges)):
            return k
    return None


def _note_line(ln: Line, lines: Sequence[Line], edges: _Edges) -> bool:
    """Whether the whole line is a note to the right of another line level with it, set apart
    from it by a column's gap or starting at the left edge of a column of such notes."""
    if not ln.words or 0 not in _labelled_starts(ln):
        return False
    return any(
        o is not ln
        and _level(ln, o)
        and o.bbox[2] < ln.bbox[0]
        and (
            _apart(o.bbox[2], ln.bbox[0], o.font_size or (o.bbox[3] - o.bbox[1]), _space(o))
            or _aligned(ln, 0, edges)
        )
        for o in lines
    )


def _without_notes(lines: list[Line], edges: _Edges) -> list[Line] | None:
    """The paragraph's lines less its side notes, where it states a recommendation without
    them; None where it has none, or reads as no recommendation without them."""
    kept: list[Line] = []
    notes: list[tuple[float, float]] = []  # each note's left edge and bottom: its wrap's place
    for ln in lines:
        size = ln.font_size or (ln.bbox[3] - ln.bbox[1])
        under = any(
            abs(ln.bbox[0] - x0) <= EDGE and 0 <= ln.bbox[1] - bottom <= PITCH * size
            for x0, bottom in notes
        )
        if under and not any(
            _level(ln, o) and o.bbox[2] >= ln.bbox[0] for o in lines if o is not ln
        ):
            notes.append((ln.bbox[0], ln.bbox[3]))  # the note's wrap, under it
            continue
        if _note_line(ln, lines, edges):
            notes.append((ln.bbox[0], ln.bbox[3]))
            continue
        k = _tail_note(ln, edges) if ln.words else None
        if k is None:
            kept.append(ln)
            continue
        notes.append((ln.words[k].x0, ln.bbox[3]))
        part = line_within(ln, ln.bbox[0] - 1, ln.words[k - 1].x1 + 0.5)
        if part is not None:
            kept.append(part)
    if not notes or not kept:
        return None
    if heading(join_text(ln.text for ln in kept)) is None:
        return None
    return kept
