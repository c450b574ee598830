"""Status given by the labelled region of a drawing an action's ref is written in.

A plan may draw its statuses as regions of a picture rather than print one beside each action:
the rings of a target (the nearer the centre, the nearer done), the zones of a diagram, boxes
set side by side, each labelled with its status ('Green', 'In the gold') and holding the refs
of the actions in that state ('1a 1b 2c'); the table of actions further on has no status
column. The region a ref stands in is its status, and the region's label says which: the same
reading as a board's column of cards under its status heading (plan_board), with the column
drawn as a shape.

The evidence is the shape: filled closed shapes drawn with curves (the reader's regions: a
ring drawn as a disc over a bigger one, a rounded box), each word given to the SMALLEST shape
its middle lies in (a ring's disc holds the inner rings too); a region holds refs of the plan's
actions and a short label (LABEL_WORDS at most, no ref), and MIN_REGIONS of them on one page
make a drawing of statuses (one box of refs is a list, not a drawing).

A label is rated as a status cell's word is: the vocabulary (through the plan's key); where
the vocabulary knows it not, the region's fill says the colour, but only where the drawing's
fills are a status code: every region whose label the vocabulary knows stands on a fill of that
colour. A target's fills are its own colours (a ring labelled 'Green' drawn red): no code, and
the other labels are then rated only by a printed key of colours, else left unrated and said.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from plantrace.extractors.status_tiles import REF_SHAPE
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Page, Region, Word, in_polygon
from plantrace.pipeline.normalise.rag import (
    NO_COLOUR,
    is_status_state,
    keyed_fill,
    normalise_rag,
    rag_from_fill,
)

LABEL_WORDS = 5  # a region's label: a status in a few words ('Off the boss'), no card's text
MIN_REGIONS = 2  # labelled regions holding refs on one page, at the least, before a drawing
_REF_TRAIL = ",;"  # a ref in a run of them ('1a, 1b') keeps its separator

# one labelled region read: (page, fill, label, refs written in it)
Placed = tuple[int, str, str, list[str]]


def _area(region: Region) -> float:
    box = region[0]
    return (box[2] - box[0]) * (box[3] - box[1])


def _inside(region: Region, x: float, y: float) -> bool:
    """Whether the point lies in the region's outline (even-odd over its closed pieces, so a
    ring drawn as one path with a hole leaves the hole out)."""
    box, _, rings = region
    if not (box[0] <= x <= box[2] and box[1] <= y <= box[3]):
        return False
    return sum(in_polygon(ring, x, y) for ring in rings) % 2 == 1


def _home(regions: Sequence[Region], word: Word) -> int | None:
    """The index of the smallest region the word's middle lies in; None where it lies in none."""
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    held = [i for i, r in enumerate(regions) if _inside(r, x, y)]
    return min(held, key=lambda i: _area(regions[i])) if held else None


def _labelled(page: Page, is_ref: Callable[[str], bool]) -> list[tuple[Placed, list[Line]]]:
    """The page's labelled regions, each with the lines its label is printed on: each region's
    refs and its label (its other words in reading order), where the label is short; none
    unless MIN_REGIONS of them hold refs, or where each holds one bare number (_counts). A
    labelled region holding no ref is kept: its label and fill say whether the fills are a
    status code (_fills_follow_words)."""
    _ = page.rulings  # the regions are read with the rulings
    regions = sorted(page.regions, key=_area)
    if len(regions) < MIN_REGIONS:
        return []
    held: dict[int, list[tuple[Word, Line]]] = {}  # each region's words, in reading order
    for line in sorted(page.lines, key=lambda ln: (round(ln.top), ln.x0)):
        for word in line.words:
            home = _home(regions, word)
            if home is not None:
                held.setdefault(home, []).append((word, line))
    out: list[tuple[Placed, list[Line]]] = []
    for i, words in held.items():
        inside = [w.text.rstrip(_REF_TRAIL) for w, _ in words if is_ref(w.text.rstrip(_REF_TRAIL))]
        label = [(w, ln) for w, ln in words if not is_ref(w.text.rstrip(_REF_TRAIL))]
        if label and len(label) <= LABEL_WORDS:
            text = " ".join(w.text for w, _ in label)
            lines = list({id(ln): ln for _, ln in label}.values())
            out.append(((page.number, regions[i][1], text, inside), lines))
    holding = [p[3] for p, _ in out if p[3]]
    if len(holding) < MIN_REGIONS or _counts(holding):
        return []
    return out


def _counts(holding: Sequence[list[str]]) -> bool:
    """Whether the regions' numbers are counts, not refs: each region holds one bare number
    ('4' over 'On track': a dashboard's tile counting four actions on track, not action 4)."""
    return all(len(nums) == 1 and nums[0].isdigit() for nums in holding)


def _placed(page: Page, refs: set[str]) -> list[Placed]:
    """The page's labelled regions holding the plan's refs (_labelled)."""
    return [p for p, _ in _labelled(page, refs.__contains__)]


class DrawnLabels:
    """Whether a line is the label of a drawing's region: a status word written inside a ring
    or zone that holds refs ('Green' over '1b 4a') names that region, and heads no section of
    the page (status_headings); the actions under it in the table below are not its. Read per
    page on first asking, refs told by their shape (a short token with a digit, '2b'), since
    the plan's refs are not read yet when headings are."""

    def __init__(self, pages: Sequence[Page]) -> None:
        self.pages = {p.number: p for p in pages}
        self.memo: dict[int, list[Line]] = {}

    def __call__(self, page: int, line: Line) -> bool:
        if page not in self.memo:
            found = self.pages.get(page)
            read = _labelled(found, _ref_shaped) if found is not None else []
            self.memo[page] = [ln for _, lines in read for ln in lines]
        return any(
            ln.text == line.text and abs(ln.top - line.top) < 1.0 and abs(ln.x0 - line.x0) < 1.0
            for ln in self.memo[page]
        )


def _ref_shaped(token: str) -> bool:
    """A short token holding a digit, an action's ref as a drawing prints it ('2b', '2.1')."""
    return bool(REF_SHAPE.match(token))


def _fills_follow_words(placed: Sequence[Placed], key: Mapping[str, str] | None) -> bool:
    """Whether the drawing's fills are a status code: every region whose label the vocabulary
    rates stands on a fill whose hue says that colour. A ring labelled 'Green' drawn red says
    the fills are the picture's own colours, and a colour read from them would be a guess."""
    for _, fill, label, _ in placed:
        word = normalise_rag(label, key)
        if word is not None and rag_from_fill(fill, key) != word:
            return False
    return True


def _rate(label: str, fill: str, key: Mapping[str, str] | None, by_fill: bool) -> str | None:
    """A region's status: its label's word, else its fill (through a printed key of colours
    always, by hue only where the drawing's fills follow its words); NO_COLOUR for a state
    with no colour ('Not started'); None where nothing rates it (a grey or black region whose
    word is unknown says nothing: a target's black ring is a ring, not 'no status')."""
    word = normalise_rag(label, key)
    if word is not None:
        return word
    if is_status_state(label):
        return NO_COLOUR
    keyed = keyed_fill(fill, key)
    if keyed is not None:
        return keyed
    if by_fill:
        return rag_from_fill(fill, key)
    return None


def join_region_status(
    pages: Sequence[Page], actions: list[Action], rag_key: Mapping[str, str] | None
) -> tuple[list[Action], list[ExtractionWarning]]:
    """The actions with the status of the labelled region their ref is written in, where they
    have none of their own; and a warning naming the regions whose labels nothing rates (a
    word the vocabulary knows not, on a fill that is no status code). A ref written in two
    regions (a drawing printed twice) is left unrated and said."""
    unrated = {a.ref for a in actions if a.ref and a.rag is None}
    if not unrated:
        return actions, []
    refs = {a.ref for a in actions if a.ref}
    placed = [p for page in pages for p in _placed(page, refs)]
    if not placed:
        return actions, []
    by_fill = _fills_follow_words(placed, rag_key)
    status: dict[str, set[str | None]] = {}
    unread: dict[str, list[str]] = {}  # label -> refs of unrated actions it leaves unrated
    for _, fill, label, inside in placed:
        colour = _rate(label, fill, rag_key, by_fill)
        for ref in inside:
            status.setdefault(ref, set()).add(colour)
        if colour is None:
            unread.setdefault(label, []).extend(r for r in inside if r in unrated)
    torn = sorted(r for r, cs in status.items() if len(cs) > 1 and r in unrated)
    joined = {
        r: next(iter(cs))
        for r, cs in status.items()
        if r in unrated and len(cs) == 1 and next(iter(cs)) not in (None, NO_COLOUR)
    }
    out = [
        a.model_copy(update={"rag": joined[a.ref]}) if a.ref in joined and a.rag is None else a
        for a in actions
    ]
    return out, _said(placed[0][0], unread, torn, by_fill)


def _said(
    page: int, unread: Mapping[str, list[str]], torn: Sequence[str], by_fill: bool
) -> list[ExtractionWarning]:
    """The warnings of a drawing read: labels nothing rates, refs in two regions."""
    warnings: list[ExtractionWarning] = []
    left = {label: refs for label, refs in unread.items() if refs}
    if left:
        labels = ", ".join(f"'{label}'" for label in list(left)[:4])
        refs = [r for rs in left.values() for r in rs]
        why = (
            "" if by_fill else " and its fills are no status code (a known word on another colour)"
        )
        warnings.append(ExtractionWarning(
            code="plan_status_unread",
            message=f"{len(refs)} actions ({', '.join(refs[:4])}) are written in regions of a"
            f" drawing labelled {labels}: no status word the vocabulary knows{why}; left"
            " unrated (RAG coverage unknown, not 'unrated')",
            page=page,
        ))  # fmt: skip
    if torn:
        warnings.append(ExtractionWarning(
            code="plan_status_unread",
            message=f"the refs of {len(torn)} actions ({', '.join(torn[:4])}) are written in"
            " two regions of a drawing with different statuses: left unrated",
            page=page,
        ))  # fmt: skip
    return warnings
