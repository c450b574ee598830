"""A record card's head strip: a box whose first band is one line of `label: value` pairs.

A register of record cards prints each action in a box of its own: a band across its top (often
white on a dark fill) that holds the card's keys as labelled pairs parted by a bar or a dot
('No.: AP03 | Rec ref: Rec 2'), then the body: the action's text and its labelled fields. The
rulings make such a box a table of two bands (three with a footer strip); filled, its head looks
like a header band over an unruled table, and a page of them like the striped rows of one. It is
neither: the box is one card, read as a boxed card (plan_cards), its head's pairs its fields.

A dashboard's card opens with a head band of another kind: the card's ref and a few words,
no labels ('C07   Safely docked', white on the status colour, and the number in a badge at its
right end). It makes its box a card just the same (ref_head); the band's words are read by
head_bands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.mark_strips import FIELD_SEPARATORS
from plantrace.pipeline.document import Cell, Line, Table

_WORD = r"[A-Za-z][A-Za-z'’()&/.-]*"
# a pair: a capitalised label of one to four words, a colon, a value
_PAIR = re.compile(rf"^(?=[A-Z]){_WORD}(?: {_WORD}){{0,3}} ?: ?\S")
_PARTS = re.compile(r"\s[|" + "".join(re.escape(s) for s in sorted(FIELD_SEPARATORS)) + r"]\s")
_LABEL_IN = re.compile(rf"(?:^|\s)(?=[A-Z]){_WORD}(?: {_WORD}){{0,3}} ?:(?:\s|$)")
MIN_PAIRS = 2
# a card's ref opening its head band: 'C03', '2.1', 'A4', '3b' (a bare number is no ref here: a
# count or a page's number opens a strip as well)
_REF = re.compile(r"^(?:[A-Z]{1,3}\d{1,3}(?:[.-]\d{1,3}){0,2}|\d{1,2}(?:\.\d{1,2}){1,2})[a-z]?$")
MAX_HEAD_WORDS = 7  # the ref, a status of up to five words, a badge's number
MAX_BANDS = 3  # head, body and at most a footer strip


def head_pairs(text: str) -> list[str] | None:
    """The labelled pairs of a head strip's line ('No.: AP03 | Rec ref: Rec 2'), else None:
    two pairs at least, parted by a bar or a dot, each opening with its label."""
    parts = [p.strip() for p in _PARTS.split(" ".join(text.split()))]
    if len(parts) < MIN_PAIRS or not all(_PAIR.match(p) for p in parts):
        return None
    return parts


def ref_head(text: str) -> bool:
    """Whether a head strip's line opens with the card's ref and holds a few words after it
    ('C03   Run aground   3': the ref, a status word, a badge's number), no sentence: a card's
    head band, as a strip of labelled pairs is."""
    words = text.split()
    return bool(words) and _REF.match(words[0]) is not None and len(words) <= MAX_HEAD_WORDS


def _bands(t: Table) -> list[Cell] | None:
    """The box's bands, each its one cell across holding text, else None."""
    out: list[Cell] = []
    for row in t.rows:
        cells = [c for c in row if c is not None]
        if not cells or not any(c.text.strip() for c in cells):
            continue  # a thin rule drawn across the box
        if len(cells) != 1:
            return None
        out.append(cells[0])
    return out


def headed_card_box(t: Table) -> bool:
    """Whether a ruled 'table' is one record card with a head strip: two or three bands, one
    cell across each; the first one line of labelled pairs (head_pairs) or a ref and a few
    words (ref_head), the next the card's body of two lines at least, one of them opening with
    a label and a colon (its fields)."""
    bands = _bands(t)
    if bands is None or not 2 <= len(bands) <= MAX_BANDS:
        return False
    head: Sequence[Line] = bands[0].lines
    if len(head) != 1 or (head_pairs(head[0].text) is None and not ref_head(head[0].text)):
        return False
    body = bands[1].lines
    return len(body) >= 2 and any(_LABEL_IN.match(" ".join(ln.text.split())) for ln in body)
