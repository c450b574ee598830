"""A type badge printed before a title: the kind of item it is, not part of its text.

A listing that mixes kinds of item (a search page's hits, a feed, a board) tags each title
with its kind in a small capitalised badge: `ACTION 2.1 Train all team managers ...`,
`RECOMMENDATION Recommendation 2`, `NEWS Practice week ...`. Read as text the badge opens the
title, so the action's ref is no longer its first word and the text carries the tag. The
badge is known by its type, not its word: a word of capitals set clearly smaller than the
title it stands before (its letters' height well under that of the title's next words, where
the same size would print them as tall).
"""

from __future__ import annotations

from plantrace.pipeline.document import Line, Word

# a badge's capitals stand under this share of the title's own capitals/figures' height
# (7 pt capitals before an 11 pt title: ~0.63; one size throughout: ~1.0)
SMALLER = 0.75
LOOK_AHEAD = 4  # the title's words the badge is measured against
_DESCENDING = set("gjpqy,;()[]/QJ")  # glyphs that reach under the line: a taller box


def _height(w: Word) -> float:
    return w.bottom - w.top


def badge_word(line: Line) -> Word | None:
    """The line's first word where it is a type badge (see module doc), else None: a word of
    two or more capitals only, followed on its line by the title, whose capital- or
    figure-led words with no descending glyph print at least 1/SMALLER as tall."""
    words = line.words
    if len(words) < 2:
        return None
    first = words[0]
    text = first.text
    if len(text) < 2 or not text.isalpha() or not text.isupper() or _height(first) <= 0:
        return None
    ref = [
        _height(w) for w in words[1 : 1 + LOOK_AHEAD]
        if w.text[:1].isupper() or w.text[:1].isdigit()
        if not _DESCENDING & set(w.text)
    ]  # fmt: skip
    if not ref or _height(first) >= SMALLER * max(ref):
        return None
    return first


def without_badge(text: str, line: Line) -> str:
    """A title's text (its first line `line`) without the type badge it opens with; the text
    as it is where the line opens with none."""
    badge = badge_word(line)
    if badge is None:
        return text
    words = text.split()
    return " ".join(words[1:]) if words and words[0] == badge.text else text
