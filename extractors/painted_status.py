"""A status column whose colours are the plan's key: a word painted in one hue wherever it
stands takes the plan's colour for it where the vocabulary reads it otherwise.

Status words are not used alike: 'Behind' is amber in one plan (behind its dates, recoverable)
and red in another. Where a status column shades each word (a pill, a cell's fill) and its
fills follow its words (normalise.rag.words_follow_tints: each word on one tint wherever it
recurs, two status hues or more), and the vocabulary's reading of every other word agrees with
its tint (so the hues are read right), the plan's own colour for a word that disagrees is the
colour it prints: the column is a key of its own. Too few agreeing words (fewer than
MIN_AGREEING, or no more than the words that disagree) prove nothing, and the key is left as
it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from plantrace.extractors.plan_columns import PlanTable
from plantrace.pipeline.normalise.rag import normalise_rag, tint_rags, words_follow_tints

MIN_AGREEING = 2  # distinct words whose tint the vocabulary reads alike


def painted_key(
    table: PlanTable, col: int | None, key: Mapping[str, str] | None
) -> Mapping[str, str] | None:
    """The plan's key with the status column's painted words added where their tint and the
    vocabulary disagree and the column proves its tints (see the module); else key as given."""
    if col is None:
        return key
    cells = [
        r.cells[col] for r in table.rows
        if not r.section and col < len(r.cells) and r.cells[col] is not None
    ]  # fmt: skip
    texts = [c.text for c in cells if c is not None]
    fills = [c.fill for c in cells if c is not None]
    if not texts or not words_follow_tints(texts, fills):
        return key
    agree: set[str] = set()
    differ: dict[str, str] = {}
    for text, tint in zip(texts, tint_rags(fills), strict=True):
        word = normalise_rag(text, key) if text.strip() else None
        if word is None or tint is None:
            continue
        if word == tint:
            agree.add(_phrase(text))
        else:
            differ[_phrase(text)] = tint
    if not differ or len(agree) < MIN_AGREEING or len(agree) <= len(differ):
        return key
    return {**(key or {}), **differ}


def _phrase(text: str) -> str:
    """A word as the key holds it (normalise.rag looks it up so)."""
    return " ".join(text.lower().split()).rstrip(".")
