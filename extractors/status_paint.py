"""A status column painted by its words: where the paint and the vocabulary disagree on a word,
the column's paint is the plan's own key.

A tracker fills each status cell with the colour of its word ('On schedule' green, 'Slipping'
amber, 'Delayed' red). The vocabulary reads most such words as the paint does, but a word of
degree reads one step either way by plan ('Delayed' is amber in the vocabulary, red in a plan
that keeps amber for 'Slipping'). Where the column shows that the paint follows the words (each
word always on one status colour, and most words on the colour the vocabulary gives them), a
word whose every cell is painted another status colour means that colour in this plan: the
paint is the key the author printed. A paint that puts words the vocabulary tells apart on one
colour ('Needs attention' and 'Escalated' both on orange) is coarser than the words: the words
decide. A word the plan's printed key names keeps the key's colour;
a column whose paint does not follow its words (banding, one colour for all) changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

# a word of degree read at its plain step by the vocabulary ('Delayed' amber) and painted the
# next step: the paint says the degree. A word the vocabulary reads worse than its paint
# ('Escalated' red on orange, a hue between red and amber) is not read down by it.
_FURTHER = frozenset({("amber", "red")})


@dataclass(frozen=True)
class ColumnTints:
    """A status column read by its fills. by_cell: each fill read as a status colour, by cell
    (id); painted: the cells whose word the column's paint overrides (see the module's doc), by
    cell, with the paint's colour. One value, both parts together: no copy of the colours can
    leave the paint's key behind."""

    by_cell: Mapping[int, str | None] = field(default_factory=dict)
    painted: Mapping[int, str] = field(default_factory=dict)
    # the cells whose fill is their row's link to a recommendation (PlanTable.link_fills): the
    # fill says which recommendation, never a status, whatever its hue
    linked: frozenset[int] = frozenset()


def _word(text: str) -> str:
    return text_key(text)


def painted_over(
    cells: Sequence[tuple[Cell, str]],
    tints: Mapping[int, str | None],
    key: Mapping[str, str] | None = None,
    peers: Iterable[tuple[str, str | None]] = (),
) -> dict[int, str]:
    """The cells (by id) whose word the column's paint overrides, with the paint's colour.
    cells: the column's cells with their text; tints: the colour each cell's fill shows; peers:
    the word and the colour of each status cell of the plan's other tables under the same
    header row (plan_siblings), the same column printed in pieces. A plan that gives each
    priority a table of two or three rows shows in no one table that its paint follows its
    words ('Behind target' on red beside 'At risk' on amber alone); all its tables show it."""
    paints: dict[str, set[str | None]] = {}
    reads: dict[str, str] = {}
    printed = [(text, tints.get(id(cell))) for cell, text in cells]
    for text, tint in [*printed, *peers]:
        word = _word(text)
        if not word:
            continue
        read = normalise_rag(text, key)
        if read is None:
            continue
        reads[word] = read
        paints.setdefault(word, set()).add(tint)
    # each word always on one status colour
    steady = {w: next(iter(p)) for w, p in paints.items() if len(p) == 1 and None not in p}
    if len(steady) < len(paints):
        return {}
    agree = [w for w, paint in steady.items() if paint == reads[w]]
    differ = {w: paint for w, paint in steady.items() if paint != reads[w]}
    if any((reads[w], paint) not in _FURTHER for w, paint in differ.items()):
        return {}  # a paint that differs otherwise than by a further step of degree
    if not differ or len(agree) < 2 or len(agree) <= len(differ):
        return {}
    if len(set(steady.values())) < 3:
        return {}  # too few colours for the paint to be a key of the words
    by_paint: dict[str | None, set[str]] = {}
    for w, paint in steady.items():
        by_paint.setdefault(paint, set()).add(reads[w])
    if any(len(said) > 1 for said in by_paint.values()):
        # one paint over words the vocabulary tells apart ('Needs attention' amber, 'Escalated'
        # red, both on orange): the paint is coarser than the words, no key of them
        return {}
    keyed = {_word(k) for k in key} if key else set()
    out: dict[int, str] = {}
    for cell, text in cells:
        word = _word(text)
        if word in differ and word not in keyed:
            paint = differ[word]
            if paint is not None:
                out[id(cell)] = paint
    return out
