"""Status words inked in a colour code: the plan's inks outrank the vocabulary's reading.

Why: a plan may print each status word in its own colour ('Clear road' in green, 'Roadworks' in
amber, 'Road closed' in red, 'Journey's end' in blue) with no key giving the words colours (a
legend lists the words in black, or none). A word the status vocabulary reads as another colour
('closed' is blue in rag.json) was read by the vocabulary, against the ink (holdout55
rl-callout-infographic: every 'Road closed' in red read blue, RAG 0.700 / 0.722 at 0.6.75).

The card reader writes a value inked apart from its label with its ink's colour after it
('Road closed (red)', plan_cards._inked). Over all the plan's action tables at once (cards cut
into a table a run each), the inked words are a CODE where the same words are always in the
same ink and the inks take MIN_COLOURS RAG colours or more: then each inked value whose words
the vocabulary reads as another colour is read by its ink (a key for its table, read after any
key the plan prints, which wins). Inks of one or two colours (revisions marked in blue, an
emphasis in red) or the same words in two inks are no code: the words are read by the
vocabulary, and where word and ink disagree the plan's warnings say so (unsettled_inks ->
plan_status_ink_disputed in plan_status_words).

Pure: reads tables' cells; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

MIN_COLOURS = 3  # RAG colours a code of inks uses: a status scale, not a mark or an emphasis
# a status written with the ink it is printed in: the words, then the colour in brackets
_INKED = re.compile(r"^(?P<words>.+?)\s*\((?P<ink>red|amber|green|blue)\)$", re.I)


def _inked(tables: Mapping[int, PlanTable]) -> list[tuple[int, str, str, str]]:
    """(table key, the cell's text, its words, its ink's colour) of every status cell of the
    plan's action tables: the ink plan_cards._inked wrote after the words, else '' (the
    label's ink, the ink the words' meaning names, or one of no RAG colour)."""
    out: list[tuple[int, str, str, str]] = []
    for k, t in tables.items():
        col = t.col("rag")
        if t.kind != ACTION_TABLE or col is None:
            continue
        for r in t.rows:
            text = " ".join(r.text(col).split())
            if r.section or not text:
                continue
            m = _INKED.match(text)
            if m is None:
                out.append((k, text, text, ""))
            else:
                out.append((k, text, m.group("words"), m.group("ink").lower()))
    return out


def ink_palette(inked: Iterable[tuple[str, str]]) -> dict[str, str] | None:
    """The plan's palette: each words' (lower case) ink, from (words, ink) pairs in reading
    order; None where the same words stand in two inks, so the inks are no code of the words.
    The one reading of a palette, for cards' inked values (here) and a column's inks
    (inked_status_column)."""
    palette: dict[str, str] = {}
    for words, ink in inked:
        if palette.setdefault(text_key(words), ink) != ink:
            return None
    return palette


def is_status_code(palette: Mapping[str, str]) -> bool:
    """Whether a palette is the plan's status code: MIN_COLOURS RAG colours or more among its
    inks ('' the words printed plain), not a revision mark or an emphasis in one or two."""
    return len(set(palette.values()) - {""}) >= MIN_COLOURS


def _is_code(inked: list[tuple[int, str, str, str]]) -> bool:
    """Whether the inked words are a code: the same words always in the same ink (printed
    plain too, they are in two), the inks MIN_COLOURS RAG colours or more."""
    palette = ink_palette((words, ink) for _, _, words, ink in inked)
    return palette is not None and is_status_code(palette)


def ink_code_keys(tables: Mapping[int, PlanTable]) -> dict[int, dict[str, str]]:
    """For each action table (by the caller's key) with a value inked against its words' meaning
    in a plan whose inks are a code: that value's text -> its ink's colour, as a key."""
    inked = _inked(tables)
    if not _is_code(inked):
        return {}
    out: dict[int, dict[str, str]] = {}
    for k, text, words, ink in inked:
        if ink and normalise_rag(words) not in (None, ink):
            out.setdefault(k, {})[text_key(text)] = ink
    return out


def unsettled_inks(tables: Mapping[int, PlanTable]) -> list[tuple[str, str, str]]:
    """(words, ink, the words' colour) of each value inked against its words' meaning where the
    plan's inks are no code: read by the words, which the warnings say."""
    inked = _inked(tables)
    if _is_code(inked):
        return []
    return [
        (words, ink, said)
        for _, _, words, ink in inked
        if ink and (said := normalise_rag(words)) is not None and said != ink
    ]
