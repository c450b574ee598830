"""A row of a short label and the text it labels, under a heading: the text as a paragraph.

A plan in plain words sets each quoted recommendation in a two-column row under its heading: a
short label in the left column ('Ofsted', a picture's caption, the source's name) and the
sentence in the right ('Ofsted said - number 2', then 'Ofsted | Improve the timeliness ...').
Read straight from Word it is a one-row table of two cells; printed, it is a line whose first
word stands apart from the rest by a column's gap, the sentence's wrapped lines starting under
its first word, not under the label (often set in a smaller size, so read as a paragraph of
their own). Either way the label names where the text comes from, not which recommendation it
is: the sentence is the paragraph under the heading, as a heading over a plain paragraph reads.

Only a row right under a recommendation's label alone is read so (the caller says which
paragraphs are such labels): elsewhere a short first word set apart is a table's own business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from statistics import median

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Line, Word

LABEL_WORDS = 3  # a row's label is a word or two ('Ofsted', 'Ofsted said'), not a phrase
MIN_TEXT_WORDS = 5  # the text it labels is a sentence
COLUMN_GAP = 0.8  # a column's gap, in the label's font sizes: wider than any space between words
WORD_GAPS = 2.5  # and this many times the line's usual space between words at least
ALIGN = 2.0  # points: a wrapped line starts where the text's first word does
LINE_SPACING = 1.6  # baseline to baseline, in font sizes: the next line of one paragraph


def text_rows(elements: Sequence[Element], is_label: Callable[[Element], bool]) -> list[Element]:
    """The elements with each 'label | text' row right under a label paragraph (is_label) read
    as a plain paragraph of the text: a one-row table of a short label cell and a sentence
    cell, or a printed line parted by a column's gap with its wrapped lines (in it or in the
    paragraph right under it)."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        out.append(el)
        i += 1
        if i >= len(elements) or not is_label(el):
            continue
        row = elements[i]
        cell = _cell_text(row)
        if cell is not None:
            out.append(cell)
            i += 1
            continue
        wrap = elements[i + 1] if i + 1 < len(elements) else None
        beside = _beside_box(row, wrap)
        if beside is not None:
            after = elements[i + 2] if i + 2 < len(elements) else None
            left = beside.lines[0].bbox[0]
            if after is not None and _wraps_under(beside.lines[-1], after, left):
                beside = Element(beside.page, beside.top, lines=[*beside.lines, *after.lines])
                i += 1
            out.append(beside)
            i += 2
            continue
        printed = _printed_text(row, wrap)
        if printed is not None:
            text, used = printed
            out.append(text)
            i += used
    return out


def _cell_text(el: Element) -> Element | None:
    """A one-row table of two filled cells, a short label then a sentence: the sentence's
    lines as a paragraph."""
    if el.raw is None or len(el.raw.rows) != 1:
        return None
    filled = [c for c in el.raw.rows[0] if c is not None and c.text.strip()]
    if len(filled) != 2 or not short_label(filled[0].text) or not filled[1].lines:
        return None
    if len(filled[1].text.split()) < MIN_TEXT_WORDS:
        return None
    return Element(el.page, filled[1].lines[0].bbox[1], lines=list(filled[1].lines))


def _beside_box(box: Element, text: Element | None) -> Element | None:
    """A printed row whose label column was read as a box of its own (a shaded cell framing
    only the label) and its text as the paragraph beside it: the paragraph, where its first
    line starts right of the box and level with it."""
    if box.raw is None or len(box.raw.rows) != 1 or text is None:
        return None
    filled = [c for c in box.raw.rows[0] if c is not None and c.text.strip()]
    if len(filled) != 1 or not short_label(filled[0].text):
        return None
    if text.table is not None or text.raw is not None or not text.lines:
        return None
    if len(text.text.split()) < MIN_TEXT_WORDS or text.page != box.page:
        return None
    cell, first = filled[0].bbox, text.lines[0].bbox
    level = first[1] < cell[3] and first[3] > cell[1]
    return text if level and first[0] >= cell[2] - ALIGN else None


def short_label(text: str) -> bool:
    """A word or two naming a source, no number and no sentence ('Ofsted', 'Inspectors')."""
    words = text.split()
    return (
        0 < len(words) <= LABEL_WORDS
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith((".", "?", "!"))
    )


def _printed_text(row: Element, wrap: Element | None) -> tuple[Element, int] | None:
    """A printed 'label | text' row: its first line's label words set apart by a column's gap,
    any further lines (its own, then the paragraph right under it) starting where the text's
    first word does. The text's lines as a paragraph, and how many elements it took."""
    if row.table is not None or row.raw is not None or not row.lines:
        return None
    first = row.lines[0]
    words = first.words
    split = _column_split(words, first.font_size)
    if split is None:
        return None
    label, rest = words[:split], words[split:]
    if not short_label(" ".join(w.text for w in label)):
        return None
    left = rest[0].x0
    lines = [_tail_line(first, rest)]
    lines += list(row.lines[1:])
    if any(abs(ln.bbox[0] - left) > ALIGN for ln in row.lines[1:]):
        return None
    used = 1
    if wrap is not None and _wraps_under(lines[-1], wrap, left):
        lines += list(wrap.lines)
        used = 2
    if sum(len(ln.text.split()) for ln in lines) < MIN_TEXT_WORDS:
        return None
    return Element(row.page, lines[0].bbox[1], lines=lines), used


def _column_split(words: Sequence[Word], size: float) -> int | None:
    """Where a line's first words end at a column's gap: the index of the first word after a
    gap wider than COLUMN_GAP font sizes and WORD_GAPS times the line's usual space, within
    the first LABEL_WORDS words; else None."""
    if len(words) < 2:
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    usual = median(gaps[1:]) if len(gaps) > 1 else 0.0
    for k, gap in enumerate(gaps[:LABEL_WORDS]):
        if gap >= COLUMN_GAP * size and gap >= WORD_GAPS * max(usual, 0.5):
            return k + 1
    return None


def _tail_line(line: Line, rest: Sequence[Word]) -> Line:
    """The part of a printed line from its text's first word on."""
    bbox = (rest[0].x0, line.bbox[1], line.bbox[2], line.bbox[3])
    text = " ".join(w.text for w in rest)
    return Line(text, bbox, line.font_size, line.bold, line.page, line.index,
                words=list(rest), span=line.span)  # fmt: skip


def _wraps_under(last: Line, wrap: Element, left: float) -> bool:
    """The paragraph right under a row's line is the text's wrap: a plain paragraph on the
    same page, every line starting at the text's left edge, its first within a line's
    spacing."""
    if wrap.table is not None or wrap.raw is not None or not wrap.lines:
        return False
    top = wrap.lines[0]
    return (
        wrap.page == last.page
        and all(abs(ln.bbox[0] - left) <= ALIGN for ln in wrap.lines)
        and 0 <= top.bbox[1] - last.bbox[1] <= LINE_SPACING * max(top.font_size, last.font_size)
    )
