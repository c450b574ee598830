"""A link column that quotes each action's recommendation by its opening words.

Why: a tracker short of width prints, beside each action, the first words of the recommendation
it answers cut short with an ellipsis ('Improve the timeliness and...'), or the recommendation's
whole text, or a prefix distinctive enough to name it, and no number at all. The plan lists its
recommendations in full elsewhere (a list above the grid), so the quote names one of them: the
one whose text begins with the quoted words. Read as any other column, the quotes were set
aside as 'other' (a header no vocabulary knows) or taken for recommendations of their own, and
every action linked to nothing, without a word.

The evidence is the cells' shape against the recommendations read: a column (no role yet, or
'other') whose filled cells, at least `share` of them, each quote exactly one recommendation
read (a prefix of its text, ignoring case, spacing and the cut mark, a cut word allowed only
before the mark) is the link column ('rec'). A cell cut short that begins no recommendation
read, or begins several, is no link: plan_warnings says so (plan_links_unread) rather than
guessing.

Pure: reads a table's cells and the recommendations read; sets the column's role; no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable
from plantrace.models.inspection import Recommendation
from plantrace.pipeline.normalise.text_keys import text_key

_DATA = json.loads((Path(__file__).parent / "data" / "quoted_links.json").read_text("utf-8"))
_MARKS = sorted(_DATA["cut_marks"], key=len, reverse=True)
MIN_WORDS: int = _DATA["min_words"]
SHARE: float = _DATA["share"]
# typographic variants that a quote and its source may print differently
_SAME = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"\w+")


def _key(text: str) -> str:
    """text_key after the typographic variants are unified: a quote and its source may print
    curly or straight quote marks, dashes or hyphens."""
    return text_key(text.translate(_SAME))


def cut_quote(text: str) -> tuple[str, bool] | None:
    """The words a cell quotes and whether it was cut short (it ends with a cut mark), or None
    for a cell too short to quote a recommendation alone (fewer than MIN_WORDS words)."""
    key = _key(text)
    cut = False
    for mark in _MARKS:
        if key.endswith(mark):
            key, cut = key[: -len(mark)].rstrip(), True
            break
    if len(_WORD.findall(key)) < MIN_WORDS:
        return None
    return key, cut


def is_cut(text: str) -> bool:
    """A cell cut short: words, then a cut mark ('Ensure that...'), however few the words."""
    key = _key(text)
    return any(key.endswith(m) and _WORD.search(key[: -len(m)]) for m in _MARKS)


def quoted_ids(text: str, items: Sequence[Recommendation]) -> list[str] | None:
    """Ids of the recommendations whose text begins with the words the cell quotes: one where the
    quote names it, several where it is not distinctive, none where it begins no recommendation
    read. None for a cell that is no quote (too short). A quote not cut short must end on a
    word's end ('Improve the time' does not quote 'Improve the timeliness ...')."""
    found = cut_quote(text)
    if found is None:
        return None
    return [items[n].id for n in _begun(found, [r.text for r in items])]


def _begun(found: tuple[str, bool], texts: Sequence[str]) -> list[int]:
    """Indices of the texts that the quote (its words, whether cut short) begins."""
    quote, cut = found
    out = []
    for n, text in enumerate(texts):
        full = _key(text)
        if not full.startswith(quote):
            continue
        rest = full[len(quote) :]
        if cut or not rest or not rest[0].isalnum():
            out.append(n)
    return out


def _cells(t: PlanTable, col: int) -> list[str]:
    cells = [" ".join(r.text(col).split()) for r in t.rows if not r.section]
    return [c for c in cells if c]


def quotes_listed(t: PlanTable, col: int, items: Sequence[Recommendation]) -> bool:
    """Whether the column quotes the recommendations read (quotes_texts)."""
    return quotes_texts(t, col, [r.text for r in items])


def quotes_texts(t: PlanTable, col: int, texts: Sequence[str]) -> bool:
    """Whether the column quotes these recommendations' texts: SHARE of its filled cells at
    least each begin exactly one of them, and two are named at least (a column quoting only one
    may be a heading or a theme repeated down the rows)."""
    cells = _cells(t, col)
    if len(cells) < 2 or len(texts) < 2:
        return False
    named = [_begun(q, texts) for c in cells if (q := cut_quote(c)) is not None]
    one = [n[0] for n in named if len(n) == 1]
    return len(one) >= SHARE * len(cells) and len(set(one)) >= 2


def quoted_by_actions(tables: Sequence[PlanTable], texts: Sequence[str]) -> bool:
    """Whether a column of an action table, one no role was found for or set aside, quotes
    these texts (a list of recommendations read apart, which the actions then cite by quote,
    not by number). Only action tables are looked at: a list is cited by the actions."""
    return any(
        quotes_texts(t, i, texts)
        for t in tables
        if t.kind == ACTION_TABLE
        for i, role in enumerate(t.roles)
        if role in (None, "other") or (role == "recommendation_text" and cut_short(t, i))
    )


def cut_short(t: PlanTable, col: int) -> bool:
    """Most of the column's filled cells end with a cut mark: they quote, they state nothing
    (a recommendation_text column states its recommendation whole, or merged over its rows)."""
    cells = _cells(t, col)
    cut = [c for c in cells if (q := cut_quote(c)) is not None and q[1]]
    return 2 * len(cut) > len(cells)


def adopt_quote_column(t: PlanTable, items: Sequence[Recommendation]) -> bool:
    """The column no role was found for, one set aside as 'other', or one taken for the
    recommendations' text whose cells are cut short, that quotes the recommendations read
    (quotes_listed) is read as the link ('rec'); True where one was."""
    for i, role in enumerate(t.roles):
        takeable = role in (None, "other") or (role == "recommendation_text" and cut_short(t, i))
        if not takeable or not quotes_listed(t, i, items):
            continue
        t.take_role(
            i,
            "rec",
            1.0,
            "cells quote the opening words of the recommendations listed",
            source="quotes",
        )
        return True
    return False
