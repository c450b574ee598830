"""Links drawn as ribbons: curved bands or connectors joining a box on the left to a box on the
right (an alignment or Sankey diagram of recommendations flowing into actions).

Such a page prints the recommendations as boxes down its left side and the actions as boxes
down its right side, and joins each recommendation to each of its actions by a curved band (or
line) drawn between them. The actions need not be listed under their recommendation: they may
be numbered in an order of their own, so that the bands cross, and then nothing but the drawing
says which recommendation an action answers. A reader that links an action to the nearest
recommendation above it, or to the last one read, links most of them wrongly and says nothing.

The evidence here is geometry alone, no wording:

- a ribbon is a curved path reaching across the page whose two ends stand at different heights
  (pipeline.reader reads them with the rulings: Page.ribbons);
- its left end touches the right side of a framed box, its right end the left side of another
  (the frames of four rulings plan_diagram reads), each end's middle within the box's height;
- the left box states a recommendation (its numbered label, 'Recommendation 2', else the text
  of a recommendation read from the plan), the right box an action read on that page (its ref
  as the box's first word, else its text);
- every action a ribbon reaches answers the recommendations of the ribbons that reach it (one,
  or several where bands from two boxes reach it); the link read before (by place) gives way.

A page where ribbons join at least MIN_JOINED actions to recommendations is read so; an action
of such a page that no ribbon reaches keeps the link read by place, and the plan's warnings say
so (plan_links_partial, the code of links partly unread): its recommendation is a guess."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.drawn_links import apply_drawn_links
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.extractors.plan_diagram import Box, framed_boxes
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Page, Ribbon, Word

TOUCH = 3.0  # points: a ribbon's end meets a box's side this close
MIN_JOINED = 2  # actions joined to a recommendation by ribbons that make a page read so
_WORD = re.compile(r"[a-z0-9]+")


def link_by_ribbons(
    pages: Sequence[Page], actions: list[Action], recs: Sequence[Recommendation]
) -> tuple[list[Action], list[ExtractionWarning]]:
    """The actions with the recommendations the ribbons drawn to their boxes come from, on the
    pages that join actions so; and a warning naming the actions of those pages no ribbon
    reaches (their link is the one read by place)."""
    if not actions or not recs:
        return actions, []
    joined: dict[int, list[str]] = {}  # index of an action -> ids of its recommendations
    unjoined: list[tuple[int, int]] = []  # (index, page) of actions on a ribbon page, unreached
    for page in pages:
        if page.tables is not None:
            continue  # Word, Excel: no drawing
        on_page = [i for i, a in enumerate(actions) if a.provenance.page == page.number]
        if len(on_page) < MIN_JOINED:
            continue
        _ = page.rulings  # the drawing is read with the rulings
        if len(page.ribbons) < MIN_JOINED:
            continue
        found = _page_links(page, [actions[i] for i in on_page], recs)
        if len(found) < MIN_JOINED:
            continue
        for k, ids in found.items():
            joined[on_page[k]] = ids
        unjoined += [(i, page.number) for k, i in enumerate(on_page) if k not in found]
    return apply_drawn_links(
        actions,
        joined,
        unjoined,
        "{count} action(s) on a page whose bands join actions to their recommendations are"
        " reached by no band ({shown}): their recommendation is read by place, a guess",
    )


def _page_links(
    page: Page, actions: Sequence[Action], recs: Sequence[Recommendation]
) -> dict[int, list[str]]:
    """Index of each of the page's actions a ribbon reaches -> the ids of the recommendations
    the ribbons reaching it come from (in the plan's order)."""
    words = [w for ln in page.lines for w in ln.words]
    boxes = framed_boxes(page.rulings, words)
    if len(boxes) < 2:
        return {}
    order = {r.id: n for n, r in enumerate(recs)}
    found: dict[int, set[str]] = {}
    for ribbon in page.ribbons:
        left = _box_at(boxes, ribbon, right_end=False)
        right = _box_at(boxes, ribbon, right_end=True)
        if left is None or right is None or left is right:
            continue
        rec = _recommendation(left, recs)
        act = _action(right, actions)
        if rec is None or act is None:
            continue
        found.setdefault(act, set()).add(rec)
    return {k: sorted(ids, key=order.__getitem__) for k, ids in found.items()}


def _box_at(boxes: Sequence[Box], r: Ribbon, right_end: bool) -> Box | None:
    """The framed box one end of the ribbon touches: the left end a box's right side, the right
    end a box's left side, the end's middle within the box's height."""
    x, mid = (r.x1, (r.top1 + r.bottom1) / 2) if right_end else (r.x0, (r.top0 + r.bottom0) / 2)
    hits = [
        b for b in boxes
        if abs((b.bbox[0] if right_end else b.bbox[2]) - x) <= TOUCH
        and b.bbox[1] - TOUCH <= mid <= b.bbox[3] + TOUCH
    ]  # fmt: skip
    # boxes nested in one another (a coloured edge inside a frame): the smallest holding words
    return min(hits, key=_area) if hits else None


def _area(b: Box) -> float:
    return (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1])


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    """A box's words in lines, top down, each left to right: words whose middles stand within
    half a word's height of each other share a line (sizes and baselines differ within one)."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        mid = (w.top + w.bottom) / 2
        if out and abs(mid - (out[-1][0].top + out[-1][0].bottom) / 2) <= (w.bottom - w.top) / 2:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: w.x0) for ln in out]


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for ln in _lines(words) for w in ln)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _recommendation(box: Box, recs: Sequence[Recommendation]) -> str | None:
    """The id of the recommendation a box states: its first line a numbered label naming a
    recommendation read ('Recommendation 2'), else the recommendation whose text it prints."""
    lines = _lines(box.words)
    if lines:
        first = " ".join(w.text for w in lines[0])
        if (m := NUMBERED_LABEL.match(first)) is not None:
            hits = [r.id for r in recs if r.number == m.group("num")]
            if len(hits) == 1:
                return hits[0]
    said = " ".join(_tokens(_text(box.words)))
    hits = [r.id for r in recs if (t := " ".join(_tokens(r.text))) and t in said]
    return hits[0] if len(hits) == 1 else None


def _action(box: Box, actions: Sequence[Action]) -> int | None:
    """Index of the action a box prints: its ref as the box's first word, else its text."""
    text = _text(box.words)
    first = text.split(" ", 1)[0].strip(".:") if text else ""
    by_ref = [k for k, a in enumerate(actions) if a.ref and a.ref == first]
    if len(by_ref) == 1:
        return by_ref[0]
    said = " ".join(_tokens(text))
    hits = [k for k, a in enumerate(actions) if (t := " ".join(_tokens(a.text))) and t in said]
    return hits[0] if len(hits) == 1 else None
