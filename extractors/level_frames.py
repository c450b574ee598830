"""Boxes drawn side by side: each box's lines are one card box (plan_cards.split_cards, drawn).

An organisation chart gives each lead a drawn box (a frame of four rulings, rounded or not), the
actions it leads inside it; under a lead's box stands a row of its reports' boxes, level with
each other, and beside it another lead's. No gutter of the page parts such a row (page_gutter
finds one at most, and a row of boxes is no pair of columns: _beside), so read_layout gives the
card reader their lines in order by height, one box's lines and the next's alternating: 'R1 1.3
Strengthen support ...', 'R1 1.2 Recruit ...', 'Deadline: August 2027', 'offer', 'Deadline:
November 2027'. Cut by white space alone (card_grid.box_grid), the boxes were joined or cut:
a box's wrapped line ('offer') read as an action, its neighbour's date given to it, actions lost.

The drawing says where each box is. frames_beside gives, for a run of lines holding lines of two
frames at least that stand level with each other, apart across, the lines of each frame (the
innermost that holds a line's centre): the card reader reads them as drawn boxes, each as it
stands. Lines in no frame (a title, a key over the chart) are in no box. A frame is cut at the
rules drawn across it (drawn_cells: a lead's box holds a head strip, then an item per action,
a rule above each), so each piece holds one card. Where two frames found cut across each other
(the rule over a row of boxes, or one box's foot, taken with the sides of the box under it), the
one whose sides end at its top and foot is the box (own_frames).

Before that, the unruled-table finder may take one box's 'Deadline:' line, level with the next
box's head, for a header row, and the lines of the boxes beside it for its rows: both boxes'
actions were lost in its cells. across_boxes names such tables, whose lines lie in boxes drawn
side by side: read_layout gives their lines back to the page's, read as above.

A page of more than MAX_FRAMES frames (a ruled grid's cells, a gantt) is no chart of boxes:
none is given (the cost of comparing them is left out too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plantrace.pipeline.document import BBox, Line, Ruling, Table

EDGE = 1.0  # points: a frame holds another whose edges lie this far outside its own
ACROSS = 0.9  # share of a frame's width a rule inside it spans to cut it (an item's border)
MIN_CELL = 4.0  # points: a cut leaves pieces at least this tall
MAX_FRAMES = 400  # frames on a page, at most, for it to be read as boxes


def _misfit(frame: BBox, edges: Sequence[int], rulings: Sequence[Ruling]) -> float:
    """How far the frame's sides end from its top and its foot (points, both sides)."""
    if len(edges) < 4:
        return float("inf")
    sides = [rulings[edges[2]], rulings[edges[3]]]
    return sum(abs(r.top - frame[1]) + abs(r.bottom - frame[3]) for r in sides)


def drawn_cells(rulings: Sequence[Ruling]) -> list[BBox]:
    """The boxes drawn on a page (plan_diagram.framed_boxes) that meet no other but by holding
    it, each cut at the rules drawn across it (a lead's box: its head strip, then an item per
    action, a rule above each): the pieces, one card each."""
    from plantrace.extractors.plan_diagram import framed_boxes  # it builds on the layout

    boxes = framed_boxes(rulings, None)
    if len(boxes) > MAX_FRAMES:
        return []
    frames = own_frames([b.bbox for b in boxes], [_misfit(b.bbox, b.edges, rulings) for b in boxes])
    flat = [r for r in rulings if r.horizontal]
    out: list[BBox] = []
    for f in frames:
        width = f[2] - f[0]
        cuts = sorted(
            {round((r.top + r.bottom) / 2, 1) for r in flat
             if f[1] + MIN_CELL < r.top and r.bottom < f[3] - MIN_CELL
             and min(r.x1, f[2]) - max(r.x0, f[0]) >= ACROSS * width}
        )  # fmt: skip
        edges = [f[1], *cuts, f[3]]
        out += [
            (f[0], a, f[2], b) for a, b in zip(edges, edges[1:], strict=False) if b - a >= MIN_CELL
        ]
    return out


def _holds(a: BBox, b: BBox) -> bool:
    return (
        a[0] <= b[0] + EDGE and a[1] <= b[1] + EDGE and b[2] <= a[2] + EDGE and b[3] <= a[3] + EDGE
    )


def _meets(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] - EDGE and b[0] < a[2] - EDGE and a[1] < b[3] - EDGE and b[1] < a[3] - EDGE


def own_frames(frames: Sequence[BBox], misfit: Sequence[float] | None = None) -> list[BBox]:
    """The frames that cross no other (meet it without holding it or lying inside it): where
    two cross, the one whose sides fit it better (misfit: how far each frame's sides end from
    its top and foot; none: neither) is the box, the other one found across two boxes (the
    rule over a row of boxes, or one box's foot, taken with the next box's sides)."""
    misfit = misfit if misfit is not None else [0.0] * len(frames)
    order = sorted(range(len(frames)), key=lambda k: misfit[k])
    kept: list[int] = []
    for k in order:
        f = frames[k]
        crosses = [
            o for o in range(len(frames))
            if o != k and _meets(f, frames[o]) and not _holds(f, frames[o])
            and not _holds(frames[o], f)
        ]  # fmt: skip
        if any(o in kept for o in crosses):
            continue
        if any(misfit[o] == misfit[k] for o in crosses):
            continue  # two that fit alike: neither is known to be the box
        kept.append(k)
    return [frames[k] for k in sorted(kept)]


def _home(ln: Line, frames: Sequence[BBox]) -> int | None:
    """The index of the smallest frame holding the line's centre, else None."""
    cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
    inside = [k for k, f in enumerate(frames) if f[0] <= cx <= f[2] and f[1] <= cy <= f[3]]
    return min(inside, key=lambda k: (frames[k][2] - frames[k][0]) * (frames[k][3] - frames[k][1]),
               default=None)  # fmt: skip


def _level(a: Sequence[Line], b: Sequence[Line]) -> bool:
    """Whether two boxes' lines stand level with each other, apart across."""
    a_top, a_bottom = min(ln.top for ln in a), max(ln.bottom for ln in a)
    b_top, b_bottom = min(ln.top for ln in b), max(ln.bottom for ln in b)
    a_x0, a_x1 = min(ln.x0 for ln in a), max(ln.bbox[2] for ln in a)
    b_x0, b_x1 = min(ln.x0 for ln in b), max(ln.bbox[2] for ln in b)
    return a_top < b_bottom and b_top < a_bottom and (a_x1 <= b_x0 or b_x1 <= a_x0)


def _side_by_side(lines: Sequence[Line]) -> bool:
    """Whether two of the lines stand level with each other, apart across (cheap: asked
    before the page's frames are found)."""
    order = sorted(lines, key=lambda ln: ln.top)
    for k, a in enumerate(order):
        for b in order[k + 1 :]:
            if b.top >= a.bottom:
                break
            if b.x0 >= a.bbox[2] or a.x0 >= b.bbox[2]:
                return True
    return False


def frames_beside(
    lines: Sequence[Line], frames: Callable[[], Sequence[BBox]] | None
) -> list[list[Line]]:
    """The lines of each frame holding some of them, where two such boxes stand level with each
    other (a row of boxes side by side), else none."""
    if frames is None or len(lines) < 2 or not _side_by_side(lines):
        return []
    drawn = list(frames())
    if len(drawn) < 2:
        return []
    boxes: dict[int, list[Line]] = {}
    for ln in lines:
        if (home := _home(ln, drawn)) is not None:
            boxes.setdefault(home, []).append(ln)
    found = list(boxes.values())
    if not any(_level(a, b) for k, a in enumerate(found) for b in found[k + 1 :]):
        return []
    return found


def across_boxes(
    tables: Sequence[Table], lines: Sequence[Line], frames: Callable[[], Sequence[BBox]] | None
) -> list[Table]:
    """The unruled tables found among the lines (their header a line of one box, their rows the
    lines of the boxes beside it) whose lines lie in boxes drawn side by side: no table, a row
    of boxes (a lead's 'Deadline:' line over the next box's head read as a header row, both
    boxes' actions lost in its cells)."""
    out: list[Table] = []
    for t in tables:
        inside = [ln for ln in lines if _centre_in(ln, t.bbox)]
        if frames_beside(inside, frames):
            out.append(t)
    return out


def _centre_in(ln: Line, box: BBox) -> bool:
    cx, cy = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
