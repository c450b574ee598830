"""Container heads: 'Recommendation 2: <text>' printed inside a filled shape above its cards.

A plan drawn as nested rectangles (a treemap: a dark rectangle per recommendation, tiled by a
rectangle per action) prints each recommendation's label and text at the top of its own
rectangle, over the tiles it holds. The rectangles stand side by side, so the page's lines
join the heads of neighbouring rectangles at one height ('Recommendation 1: Improve ...
Recommendation 2: Raise ...'), and the recommendation reader took them, with the tiles' text
run on under them, for one recommendation.

The evidence is geometry: a filled shape that holds drawn cards (extractors.drawn_cards) and
holds words above its first card; those words, read inside the shape only, open with a
recommendation's label (data/recommendation_labels.json through label_number) and a colon,
and the rest is its text. Two such containers at least, each numbered once, make the plan's
list of recommendations.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.card_grid import part
from plantrace.extractors.drawn_cards import DrawnCard, drawn_cards, holder_of
from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import Listed, label_number, provenance
from plantrace.pipeline.document import BBox, Line, Page, ParsedDocument, lines_bbox
from plantrace.pipeline.layout import join_text

MIN_HEADS = 2  # one head alone is a card's frame title, not a plan's list
MIN_WORDS = 4  # a recommendation's text is a sentence


def container_heads(page: Page) -> list[tuple[str, str, list[Line]]]:
    """(number, text, the head's pieces: its words inside the shape, line by line) for each
    filled shape on the page that holds drawn cards and is headed by a recommendation's
    label."""
    _ = page.rulings  # the fills are read with the rulings
    cards = drawn_cards(page)
    groups: dict[BBox, list[DrawnCard]] = {}
    for c in cards:
        if (box := holder_of(page, c.box)) is not None:
            groups.setdefault(box, []).append(c)
    out: list[tuple[str, str, list[Line]]] = []
    for box, held in groups.items():
        first = min(c.box[1] for c in held)
        pieces: list[Line] = []
        for ln in page.lines:
            if ln.bottom > first + 1:
                continue
            ws = [w for w in ln.words if _centre_in(w.x0, w.top, w.x1, w.bottom, box)]
            if ws:
                pieces.append(part(ln, ws))
        if not pieces:
            continue
        pieces.sort(key=lambda x: (x.top, x.x0))
        label, sep, rest = " ".join(pieces[0].text.split()).partition(":")
        number = label_number(label) if sep else None
        text = join_text([rest.strip(), *(" ".join(p.text.split()) for p in pieces[1:])])
        if number is None or len(text.split()) < MIN_WORDS:
            continue
        out.append((number, text.strip(), pieces))
    return out


def _centre_in(x0: float, top: float, x1: float, bottom: float, box: BBox) -> bool:
    x, y = (x0 + x1) / 2, (top + bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _over(line: Line, heads: Sequence[tuple[int, BBox]]) -> bool:
    """Whether a line stands on a head's piece (its centre within the piece, or the piece's
    within it)."""
    b = line.bbox
    return any(
        page == line.page
        and (_centre_in(b[0], b[1], b[2], b[3], h) or _centre_in(h[0], h[1], h[2], h[3], b))
        for page, h in heads
    )


def container_listed(
    elements: Sequence[Element],
    headings: dict[int, tuple[str, str]],
    doc: ParsedDocument,
) -> dict[int, Listed]:
    """The containers' recommendations as a list, by element index (the first element holding
    a head line gets them all, the others nothing), those elements taken out of the headings.
    {} where no two containers are headed by numbered recommendations."""
    found = [h for page in doc.pages for h in container_heads(page)]
    numbers = [n for n, _, _ in found]
    if len(found) < MIN_HEADS or len(set(numbers)) != len(numbers):
        return {}
    # the heads' lines as the elements hold them: the page's, or cut from a grid's cells
    heads = [(p.page, p.bbox) for _, _, pieces in found for p in pieces]
    held = [
        i
        for i, el in enumerate(elements)
        if el.table is None and any(_over(ln, heads) for ln in el.lines)
    ]
    if not held:
        return {}
    items: Listed = []
    for n, text, pieces in sorted(found, key=lambda f: int(f[0])):
        span = (pieces[0].index, pieces[-1].index)
        items.append((n, text, provenance(doc.sha256, pieces[0].page, lines_bbox(pieces), span)))
    for i in held:
        headings.pop(i, None)
    return {i: (items if i == held[0] else []) for i in held}
