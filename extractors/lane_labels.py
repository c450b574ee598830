"""Lane labels: 'Lane: Recommendation 2' over the recommendation's text, at a row band's left.

A plan drawn as a process flow (a spreadsheet of swim lanes) gives each recommendation a lane:
a merged cell at the band's left holds a name for the lane, a colon and the recommendation's
label ('Pathway: Recommendation 2', 'Flow for: Recommendation 3'), then the recommendation's
text on the lines under it; the actions are boxes across the band. The lane's own name before
the colon is no label word any vocabulary knows, so the line is neither a heading nor a
labelled list item, and the recommendations (and every action's link to one) were lost.

The evidence is the shape, not the lane's words: lines that open with a short capitalised name
and a colon, then a recommendation's label alone (data/recommendation_labels.json, read by
plan_recommendations.label_number), two at least, numbered 1..N once each, all at one left
edge; each one's text is the lines set right under it at that edge, a sentence at least.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import Listed, label_number, provenance
from plantrace.pipeline.document import Line, lines_bbox
from plantrace.pipeline.layout import join_text

# a lane's name (one to three words, the first capitalised), a colon, then the label
_LANE_LINE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,2})\s*:\s*(?P<label>\S.*)$"
)
EDGE = 8.0  # points: the lane labels and their text lines start this near one left edge
GAP = 1.5  # a text line's gap to the line above: at most this many line heights
MIN_WORDS = 5  # a recommendation is a sentence


def _lane_number(line: Line) -> str | None:
    """The recommendation's number where the line is a lane's name, a colon and a label alone."""
    m = _LANE_LINE.match(line.text)
    return None if m is None else label_number(m.group("label"))


def _text_lines(head: Line, lines: Sequence[Line], heads: set[int]) -> list[Line]:
    """The lines under a lane label holding its recommendation's text: each right under the one
    before (GAP), starting at the label's left edge (EDGE), none of them another lane label."""
    out: list[Line] = []
    last = head
    while True:
        height = GAP * max(last.bbox[3] - last.bbox[1], head.bbox[3] - head.bbox[1])
        below = [
            ln
            for ln in lines
            if ln.page == head.page
            and abs(ln.bbox[0] - head.bbox[0]) <= EDGE
            and ln.bbox[1] > last.bbox[1]
            and ln.bbox[1] - last.bbox[3] <= height
        ]
        if not below:
            return out
        nxt = min(below, key=lambda ln: ln.bbox[1])
        if id(nxt) in heads:
            return out
        out.append(nxt)
        last = nxt


def lane_entries(lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
    """(number, lines: the lane label, then its text) for each lane of a process flow among
    these lines (the document's, outside tables), in number order; [] where no such lanes."""
    labelled = [(ln, n) for ln in lines if (n := _lane_number(ln)) is not None]
    if len(labelled) < 2:
        return []
    if sorted(int(n) for _, n in labelled) != list(range(1, len(labelled) + 1)):
        return []
    if max(ln.bbox[0] for ln, _ in labelled) - min(ln.bbox[0] for ln, _ in labelled) > EDGE:
        return []  # lanes start at one left edge: labels scattered over a page are no lanes
    heads = {id(ln) for ln, _ in labelled}
    out: list[tuple[str, list[Line]]] = []
    for ln, n in labelled:
        block = [ln, *_text_lines(ln, lines, heads)]
        if sum(len(b.text.split()) for b in block[1:]) < MIN_WORDS:
            return []
        out.append((n, block))
    return sorted(out, key=lambda t: int(t[0]))


def lane_listed(
    elements: Sequence[Element], headings: dict[int, tuple[str, str]], sha256: str
) -> dict[int, Listed]:
    """The lanes' recommendations as a list, by element index (the first element holding a lane
    line gets them all, the others nothing), those elements taken out of the headings. {} where
    the document draws no lanes."""
    lines = [ln for el in elements if el.table is None for ln in el.lines]
    entries = lane_entries(lines)
    if not entries:
        return {}
    ids = {id(ln) for _, block in entries for ln in block}
    held = [i for i, el in enumerate(elements) if any(id(ln) in ids for ln in el.lines)]
    items: Listed = []
    for n, block in entries:
        text = join_text(b.text for b in block[1:])
        prov = provenance(
            sha256, block[0].page, lines_bbox(block), (block[0].index, block[-1].index)
        )
        items.append((n, text, prov))
    for i in held:
        headings.pop(i, None)
    return {i: (items if i == held[0] else []) for i in held}
