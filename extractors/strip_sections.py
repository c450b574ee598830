"""Links drawn as a route strip: a band of coloured sections, one per recommendation and
labelled at its left end ('R2'), with the numbers of the actions drawn on it as markers (each
joined by a leader line to the callout box that prints the action).

Such an infographic page prints the actions in callout boxes above and below the strip, in an
order of their own (alternately up and down), and says which recommendation an action answers
only by the section its marker sits in. The boxes read as cards; nothing in them names the
recommendation, so the actions went unlinked, and unsaid.

The evidence is geometry alone, no wording:

- the strip: MIN_SECTIONS filled rectangles or more in one row, each wider than tall, sharing
  their top and bottom (within EDGE points) and abutting end to end, in different colours
  (Page.fills);
- a section's label: the first word inside it, from its left end, a numbered label naming a
  recommendation read from the plan (plan_boxes.NUMBERED_LABEL: 'R2', 'Stage 2');
- a marker: a bare number word inside a section, to the right of its label, that is the ref
  of an action read on that page; the action answers that section's recommendation (the link
  read before, by place or none, gives way).

A page where markers link at least MIN_LINKED actions is read so; an action of such a page that
no marker places keeps the link read before, and the plan's warnings say so
(plan_links_partial): its recommendation is unread or a guess. So do the actions marked on a
strip whose sections name no recommendation read (a key left unread), where fewer than
MIN_LINKED are placed."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from plantrace.extractors.drawn_links import apply_drawn_links
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Page, Word

EDGE = 4.0  # points: sections of one strip share top and bottom, and abut, this close
MIN_SECTIONS = 2  # coloured sections in a row that make a strip
MIN_LINKED = 2  # actions placed by their markers that make a page read so
_NUMBER = re.compile(r"^\d{1,3}$")


def link_by_strip_sections(
    pages: Sequence[Page], actions: list[Action], recs: Sequence[Recommendation]
) -> tuple[list[Action], list[ExtractionWarning]]:
    """The actions with the recommendation of the strip section their marker sits in, on the
    pages that place actions so; and a warning naming the actions of those pages no marker
    places (their link is the one read before)."""
    if not actions or not recs:
        return actions, []
    placed: dict[int, str] = {}  # index of an action -> id of its recommendation
    unplaced: list[tuple[int, int]] = []  # (index, page)
    for page in pages:
        if page.tables is not None:
            continue  # Word, Excel: no drawing
        on_page = [i for i, a in enumerate(actions) if a.provenance.page == page.number]
        if len(on_page) < MIN_LINKED:
            continue
        _ = page.rulings  # the fills are read with the rulings
        words = [w for ln in page.lines for w in ln.words]
        strips = _strips(page.fills) + _lone_sections(page.fills, words)
        if not strips:
            continue
        found: dict[int, str] = {}
        marked: set[int] = set()  # actions whose number is a marker on the strip
        for strip in strips:
            found.update(_strip_links(strip, words, [actions[i] for i in on_page], recs, marked))
        if len(found) < MIN_LINKED:
            # markers on a strip whose sections name no recommendation read: unread, said
            if len(marked) >= MIN_LINKED:
                unplaced += [(on_page[k], page.number) for k in sorted(marked) if k not in found]
            continue
        for k, rec in found.items():
            placed[on_page[k]] = rec
        unplaced += [(i, page.number) for k, i in enumerate(on_page) if k not in found]
    return apply_drawn_links(
        actions,
        {i: [rec] for i, rec in placed.items()},
        unplaced,
        "{count} action(s) on a page whose strip of coloured sections places actions under their"
        " recommendations are placed by no marker ({shown}): no marker on the strip, or one in a"
        " section naming no recommendation read; their recommendation is unread or read by"
        " place, a guess",
    )


def _strips(fills: Sequence[tuple[BBox, str]]) -> list[list[BBox]]:
    """Rows of MIN_SECTIONS wide filled rectangles or more, sharing top and bottom, abutting
    end to end, neighbours in different colours; each row left to right."""
    wide = sorted(
        ((b, c) for b, c in fills if b[2] - b[0] > b[3] - b[1] > 0), key=lambda f: f[0][0]
    )
    rows: list[list[tuple[BBox, str]]] = []
    for b, c in wide:
        for row in rows:
            last, colour = row[-1]
            if (
                abs(last[1] - b[1]) <= EDGE
                and abs(last[3] - b[3]) <= EDGE
                and abs(last[2] - b[0]) <= EDGE
                and colour != c
            ):
                row.append((b, c))
                break
        else:
            rows.append([(b, c)])
    return [[b for b, _ in row] for row in rows if len(row) >= MIN_SECTIONS]


def _lone_sections(fills: Sequence[tuple[BBox, str]], words: Sequence[Word]) -> list[list[BBox]]:
    """Strips of one section: a page whose actions all answer one recommendation (the last
    page of a plan printed a page at a time) draws its strip as one filled band. A lone wide
    fill is one only by what it holds: a numbered label at its left end and MIN_LINKED bare
    numbers or more after it, and nothing else (a banner or a filled heading holds words)."""
    out: list[list[BBox]] = []
    # the words by their middle's x, once: each fill looks only at those across its width (a
    # point wider each way, tested exactly as before, in the words' order)
    by_mid = sorted(((w.x0 + w.x1) / 2, k) for k, w in enumerate(words))
    mids = [m for m, _ in by_mid]
    for b, _ in fills:
        if not b[2] - b[0] > b[3] - b[1] > 0:
            continue
        lo, hi = bisect.bisect_left(mids, b[0] - 1.0), bisect.bisect_right(mids, b[2] + 1.0)
        near = [words[k] for k in sorted(k for _, k in by_mid[lo:hi])]
        inside = sorted(
            (w for w in near if b[0] <= (w.x0 + w.x1) / 2 <= b[2]
             and b[1] <= (w.top + w.bottom) / 2 <= b[3]),
            key=lambda w: w.x0,
        )  # fmt: skip
        if (
            len(inside) > MIN_LINKED
            and NUMBERED_LABEL.match(inside[0].text)
            and not _NUMBER.match(inside[0].text)
            and all(_NUMBER.match(w.text) for w in inside[1:])
        ):
            out.append([b])
    return out


def _strip_links(
    strip: Sequence[BBox], words: Sequence[Word], actions: Sequence[Action],
    recs: Sequence[Recommendation], marked: set[int],
) -> dict[int, str]:  # fmt: skip
    """Index of each action whose marker sits in a labelled section of the strip -> the id of
    that section's recommendation; `marked` gains the index of each action whose number is a
    marker on the strip, its section's label read or not."""
    out: dict[int, str] = {}
    for k, box in enumerate(strip):
        # a section's own span: from its left end to the next one's (their strokes overlap)
        x1 = strip[k + 1][0] if k + 1 < len(strip) else box[2]
        inside = sorted(
            (w for w in words if box[0] <= (w.x0 + w.x1) / 2 <= x1
             and box[1] <= (w.top + w.bottom) / 2 <= box[3]),
            key=lambda w: w.x0,
        )  # fmt: skip
        if not inside:
            continue
        for w in inside[1:]:
            marked.update(
                j for j, a in enumerate(actions) if _NUMBER.match(w.text) and a.ref == w.text
            )
        m = NUMBERED_LABEL.match(inside[0].text)
        if m is None or _NUMBER.match(inside[0].text):
            continue  # a section labelled by a bare number is no label told from a marker
        num = m.group("num")  # 'R2': a letter and the number ('R' for recommendation)
        hits = [r.id for r in recs if r.number == num] or [
            r.id for r in recs if r.number == num.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        ]
        if len(hits) != 1:
            continue
        for w in inside[1:]:
            if not _NUMBER.match(w.text):
                continue
            refs = [j for j, a in enumerate(actions) if a.ref == w.text]
            if len(refs) == 1:
                out[refs[0]] = hits[0]
    return out
