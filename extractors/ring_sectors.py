"""Due dates given by where a numbered mark sits: a ring of month sectors (a year wheel).

A plan may draw its year as a wheel: a ring cut into sectors, one a month, each labelled outside
the rim with its month ('AUG 2026', "March '27", 'III.2027'), and each action a small disc (a
filled shape: status_tiles.numbered_marks) holding only its ref, set in the sector of the month it is due. The table of actions
further on (a key to the discs: ref, action, owner, status) gives no due date at all: the
sector's label is the only place it is printed, and the disc's ref is what joins it to its row.
It is a Gantt chart's reading (a bar's end under a month axis) turned round a centre: the
region a mark lies in, named by that region's label.

The evidence is the shape, never the words: short lines that read as one date each (the date
normaliser's forms) lying on one circle (a least-squares circle through their middles, the
lines off it, a hub's 'turned 28 November 2026', left out) and naming distinct dates; numbered
tiles (status_tiles.placed_tiles) inside that circle, MIN_JOINED of them at the least printing
refs of actions with no due date. A line holding two labels (two months' labels level with each
other, read as one line) is read as its runs of words apart. Each tile takes the label whose angle round the centre is
nearest its own, where that label lies within SECTOR_SHARE of the labels' step from it (a mark
between two labels is no guess). Other marks (milestones drawn outside the rim, their tags
beside them) are no tiles holding a ref and are not read. A disc whose ref sits in two months
is left undated, and actions the wheel gives no disc are said (plan_due_dates_unread).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from plantrace.extractors.stacked_head import word_runs
from plantrace.extractors.status_tiles import numbered_marks
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few
from plantrace.pipeline.document import BBox, Line, Page
from plantrace.pipeline.normalise.dates import parse_due

MIN_LABELS = 4  # date labels round one centre, at the least, before they are a ring
MIN_JOINED = 3  # tiles in the ring numbering undated actions, at the least
LABEL_WORDS = 5  # words a sector's label holds at the most ('the fourth of March 2027')
RADIUS_SLACK = 0.12  # share of the ring's radius a label may stand off the circle
RUN_GAP = 2.0  # font sizes: words further apart on one line are two labels
SECTOR_SHARE = 0.6  # of the step between labels, the most a tile's angle may be off its label's


def _middle(box: BBox) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _circle(points: Sequence[tuple[float, float]]) -> tuple[float, float, float] | None:
    """The least-squares circle (centre x, y, radius) through the points (Kasa's fit: x² + y²
    + Dx + Ey + F = 0 solved as a linear system); None where they lie on no circle (a line)."""
    n = float(len(points))
    sx = sum(x for x, _ in points)
    sy = sum(y for _, y in points)
    sxx = sum(x * x for x, _ in points)
    syy = sum(y * y for _, y in points)
    sxy = sum(x * y for x, y in points)
    z = [x * x + y * y for x, y in points]
    szx = sum(zi * x for zi, (x, _) in zip(z, points, strict=True))
    szy = sum(zi * y for zi, (_, y) in zip(z, points, strict=True))
    sz = sum(z)
    # normal equations of min sum (z + D x + E y + F)^2
    a = [[sxx, sxy, sx], [sxy, syy, sy], [sx, sy, n]]
    b = [-szx, -szy, -sz]

    def det(m: list[list[float]]) -> float:
        return (
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        )

    d0 = det(a)
    if abs(d0) < 1e-9:
        return None
    sol = []
    for k in range(3):
        m = [row[:] for row in a]
        for i in range(3):
            m[i][k] = b[i]
        sol.append(det(m) / d0)
    cx, cy = -sol[0] / 2, -sol[1] / 2
    r2 = cx * cx + cy * cy - sol[2]
    if r2 <= 0:
        return None
    return cx, cy, math.sqrt(r2)


def _ring(labels: list[tuple[str, float, float]]) -> tuple[float, float, float, list[int]] | None:
    """The circle most of the labels lie on and the indices of those on it: the label furthest
    off is left out, one at a time, until every one left is within RADIUS_SLACK of it."""
    keep = list(range(len(labels)))
    while len(keep) >= MIN_LABELS:
        fit = _circle([(labels[i][1], labels[i][2]) for i in keep])
        if fit is None:
            return None
        cx, cy, r = fit
        off = [abs(math.hypot(labels[i][1] - cx, labels[i][2] - cy) - r) for i in keep]
        worst = max(range(len(keep)), key=lambda j: off[j])
        if off[worst] <= RADIUS_SLACK * r:
            return cx, cy, r, keep
        keep.pop(worst)
    return None


def _angle(cx: float, cy: float, x: float, y: float) -> float:
    return math.degrees(math.atan2(cy - y, x - cx)) % 360.0


def _apart(a: float, b: float) -> float:
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)


def _runs(line: Line) -> list[tuple[str, BBox]]:
    """The line's runs of words (text, box): words further apart than RUN_GAP font sizes stand
    apart (two labels level with each other, read as one line)."""
    return [
        (
            " ".join(w.text for w in run),
            (run[0].x0, min(w.top for w in run), run[-1].x1, max(w.bottom for w in run)),
        )
        for run in word_runs(line.words, RUN_GAP * max(line.font_size, 1.0))
    ]


def ring_months(page: Page) -> dict[str, set[str]]:
    """The labels (as printed) of the sectors each numbered mark of the page sits in, by the
    mark's number; {} where the page draws no ring of dated labels round its marks."""
    tiles = numbered_marks(page) if page.lines else []
    if len(tiles) < MIN_JOINED:
        return {}
    labels: list[tuple[str, float, float]] = []
    for line in page.lines:
        if len(line.text.split()) > 2 * LABEL_WORDS:
            continue  # a sentence, no label
        for text, box in _runs(line):
            if len(text.split()) > LABEL_WORDS:
                continue
            x, y = _middle(box)
            if any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for _, b in tiles):
                continue  # a mark's own number
            if parse_due(text) is not None:
                labels.append((text, x, y))
    if len(labels) < MIN_LABELS:
        return {}
    ring = _ring(labels)
    if ring is None:
        return {}
    cx, cy, r, keep = ring
    on = [labels[i] for i in keep]
    if len({parse_due(t) for t, _, _ in on}) < len(on):
        return {}  # two labels naming one date: no ring of months
    angles = sorted((_angle(cx, cy, x, y), t) for t, x, y in on)
    steps = [(angles[(i + 1) % len(angles)][0] - angles[i][0]) % 360.0 for i in range(len(angles))]
    step = statistics.median(steps)
    out: dict[str, set[str]] = {}
    for number, box in tiles:
        x, y = _middle(box)
        if math.hypot(x - cx, y - cy) >= r:
            continue  # outside the labels' circle: no sector's mark
        a = _angle(cx, cy, x, y)
        off, label = min((_apart(a, la), t) for la, t in angles)
        if off <= SECTOR_SHARE * step:
            out.setdefault(number, set()).add(label)
    return out


def ring_dues(
    pages: Sequence[Page], actions: list[Action]
) -> tuple[list[Action], list[ExtractionWarning]]:
    """The actions with the month of the sector their disc sits in, where they have no due date
    of their own; and a warning naming the undated actions a wheel that dated others gives no
    disc (or a disc in two months)."""
    undated = {a.ref for a in actions if a.ref and a.due_date is None and not a.due_raw}
    if len(undated) < MIN_JOINED:
        return actions, []
    found: dict[str, set[str]] = {}
    page_of = None
    for page in pages:
        on_page = ring_months(page)
        if len(set(on_page) & undated) < MIN_JOINED:
            continue
        page_of = page_of or page.number
        for number, said in on_page.items():
            found.setdefault(number, set()).update(said)
    if not found:
        return actions, []
    joined = {n: next(iter(s)) for n, s in found.items() if n in undated and len(s) == 1}
    out = []
    for a in actions:
        label = joined.get(a.ref or "") if a.due_date is None and not a.due_raw else None
        due = parse_due(label) if label else None
        out.append(a.model_copy(update={"due_raw": label, "due_date": due}) if due else a)
    left = [a.ref for a in out if a.ref in undated and a.due_date is None]
    warnings = []
    if left and joined:
        torn = [n for n in left if len(found.get(n or "", ())) > 1]
        shown = first_few([n or "" for n in left], 4)
        why = f" ({len(torn)} of them sit in two months)" if torn else ""
        warnings.append(ExtractionWarning(
            code="plan_due_dates_unread",
            message=f"the plan dates its actions by the month sector of a wheel their discs sit"
            f" in, but {len(left)} of the {len(actions)} actions ({shown}) have no disc read in"
            f" one month{why}: their due dates are unread",
            page=page_of,
        ))  # fmt: skip
    return out, warnings
