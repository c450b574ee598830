"""The head of a box holding actions: who leads every action drawn inside it.

An organisation chart of the plan, a page of 'who leads what', a board of lanes per officer:
each lead gets a drawn box, its head (often on a dark band) naming the person or post, perhaps
with a count ('3 actions'), and inside it the actions that lead owns, none of them naming an
owner of its own. The box is the owner field, printed once for all the actions inside it.

The evidence is the drawing: a frame of four rulings (plan_diagram.framed_boxes) whose top
lines, above the first action inside it, are a short head (a few words, no field label, no
reference, no sentence). The head applies only where two boxes at least each hold actions and
heads of their own (one framed panel with a title is a section, not a lead's box). A head read
into the first action's text (the reader found no break between them) is taken off that text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_diagram import framed_boxes
from plantrace.pipeline.document import BBox, Line, Page

HEAD_WORDS = 6  # a head line has at most this many words (a name, a post)
HEAD_LINES = 3  # and a head at most this many lines
# a count under a lead's name ('3 actions', '1 item'): a number and one word, no owner
_COUNT = re.compile(r"^\s*\d{1,3}\s+[A-Za-z]+\s*$")
# what a head never opens with or holds: a ref or code, a label before a colon, a sentence's end;
# a record's title holds a ref anywhere ('Action record ACT/25/144', 'No. 4 Recommendation R-05')
_NOT_HEAD = re.compile(
    r"^\s*(?:[A-Za-z]{0,5}\.?\s?\d|[^:]{1,40}:)|[.;]\s*$|(?<!\S)(?:[A-Za-z]{1,5}[-/]?\d|\d+[-/.]\d)"
)


def _anchor(d: Draft) -> Line | None:
    """The first line of the action's own cells, where they hold lines."""
    lines = [ln for c in d.row.cells if c is not None for ln in c.lines]
    return min(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])) if lines else None


def _inside(ln: Line, box: BBox) -> bool:
    cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _head(page: Page, box: BBox) -> list[Line]:
    """The box's head lines: its top lines while they read as a head, none where its first
    line does not (a box opening with an action, a field or prose)."""
    lines = sorted((ln for ln in page.lines if _inside(ln, box)), key=lambda ln: ln.bbox[1])
    head: list[Line] = []
    for ln in lines[:HEAD_LINES]:
        text = ln.text.strip()
        if not text or len(text.split()) > HEAD_WORDS or _NOT_HEAD.search(text):
            if _COUNT.match(text) and head:
                head.append(ln)  # the count under the name: part of the head, not the owner
                continue
            break
        head.append(ln)
    return head


def _owner(head: Sequence[Line]) -> str | None:
    named = [ln.text.strip() for ln in head if not _COUNT.match(ln.text)]
    return " ".join(named) or None


def _unglued(text: str, head: Sequence[Line]) -> str:
    """The action's text with the head's words taken off its start, where it was read in."""
    for ln in head:
        words = ln.text.strip()
        if words and text.lstrip().startswith(words):
            text = text.lstrip()[len(words) :]
    return text.strip()


def own_by_box_heads(drafts: Sequence[Draft], pages: Sequence[Page]) -> bool:
    """Actions with no owner drawn inside a lead's box get its head as their owner. True where
    they did: the plan then lists its actions by who leads them, not in its own order (its
    refs' order is its own, as where it lists them under status headings)."""
    by_page = {p.number: p for p in pages}
    found: dict[int, tuple[BBox, list[Line], str]] = {}  # id(draft) -> its box, head, owner
    frames: dict[int, list[BBox]] = {}  # page number -> the frames drawn on it
    for d in drafts:
        anchor = _anchor(d)
        if d.owner is not None or d.owner_withheld:  # a redacted owner is no owner to fill
            continue
        if anchor is None or (page := by_page.get(anchor.page)) is None:
            continue
        if page.number not in frames:  # each page's frames found once
            frames[page.number] = [b.bbox for b in framed_boxes(page.rulings, None)]
        boxes = [b for b in frames[page.number] if _inside(anchor, b)]
        for box in sorted(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
            head = _head(page, box)
            if head and head[-1].bbox[3] <= anchor.bbox[3] and (owner := _owner(head)):
                found[id(d)] = (box, head, owner)
                break
    heads = {(o, tuple(round(v) for v in box[:2])) for box, _, o in found.values()}
    if len(heads) < 2 or len({o for o, _ in heads}) < 2:
        return False  # one box with a title: a section's panel, not boxes of leads
    for d in drafts:
        if (hit := found.get(id(d))) is not None:
            _, head, owner = hit
            d.owner = owner
            d.text = _unglued(d.text, head) or d.text
    return True
