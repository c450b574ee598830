"""Geometry looked up by bisection, and cheap exits before work that finds nothing (speed),
answer as the scans they replace did: frames_apart's top and foot rules, the page gutter's
counts of items crossing each strip, a key line's marks split apart. Each check runs the old
scan (copied here) and the new code on the same seeded shapes; a speed change, so the test
pins equality (it passes with the old code too)."""

from __future__ import annotations

import random

from plantrace.extractors import page_gutter
from plantrace.pipeline.document import Ruling
from plantrace.pipeline.normalise.rag import _split_marks, is_symbol
from plantrace.pipeline.tables import (
    _BOX_SIDE,
    MAX_UPRIGHTS,
    MIN_FRAMES,
    TOL,
    _mid_x,
    _mid_y,
    _overlaps,
    encloses,
    frames_apart,
)


def _frames_apart_scan(hs: list[Ruling], vs: list[Ruling]) -> list[tuple[float, ...]]:
    """frames_apart as it read every rule for every pair of uprights."""
    if len(vs) > MAX_UPRIGHTS:
        return []
    tall = sorted((v for v in vs if v.bottom - v.top >= _BOX_SIDE / 2), key=_mid_x)
    frames = []
    for k, a in enumerate(tall):
        for b in tall[k + 1 :]:
            if _mid_x(b) - _mid_x(a) <= _BOX_SIDE:
                continue
            if abs(a.top - b.top) > TOL or abs(a.bottom - b.bottom) > TOL:
                continue
            box = (_mid_x(a), min(a.top, b.top), _mid_x(b), max(a.bottom, b.bottom))
            sides = {
                abs(_mid_y(h) - box[1]) <= TOL
                for h in hs
                if h.x0 <= box[0] + TOL
                and h.x1 >= box[2] - TOL
                and (abs(_mid_y(h) - box[1]) <= TOL or abs(_mid_y(h) - box[3]) <= TOL)
            }
            if sides == {True, False}:
                frames.append(box)
    outer = list(dict.fromkeys(f for f in frames if not any(encloses(o, f) for o in frames)))
    if len(outer) < MIN_FRAMES or any(
        _overlaps(f, o) for k, f in enumerate(outer) for o in outer[k + 1 :]
    ):
        return []
    return outer


def _chart(rng: random.Random) -> tuple[list[Ruling], list[Ruling]]:
    """An organisation chart's boxes (some with a head strip and items ruled across, some
    rules a hair off their box's edge, some missing) and the lines joining them."""
    hs: list[Ruling] = []
    vs: list[Ruling] = []
    for n in range(rng.randint(1, 5)):
        x0 = 40.0 + n * 110.0 + rng.uniform(-3, 3)
        x1 = x0 + rng.uniform(30, 100)
        top = 200.0 + rng.uniform(-4, 4)
        bottom = top + rng.uniform(25, 160)
        off = rng.choice([0.0, 0.0, 1.9, 2.1, -2.0, 2.0])
        if rng.random() > 0.1:
            hs.append(Ruling(x0 - off, top + off - 0.25, x1 + off, top + off + 0.25))
        if rng.random() > 0.1:
            hs.append(Ruling(x0, bottom - 0.25, x1, bottom + 0.25))
        for _ in range(rng.randint(0, 4)):  # a head strip, an item per action
            y = rng.uniform(top, bottom)
            hs.append(Ruling(x0, y - 0.25, x1, y + 0.25))
        vs.append(Ruling(x0 - 0.25, top, x0 + 0.25, bottom + rng.choice([0.0, 1.5, 3.0])))
        vs.append(Ruling(x1 - 0.25, top, x1 + 0.25, bottom))
    hs.append(Ruling(20.0, 150.0, 600.0, 150.5))  # the rule over the row of boxes
    for _ in range(rng.randint(0, 6)):
        x = rng.uniform(20, 600)
        vs.append(Ruling(x - 0.25, 150.0, x + 0.25, rng.uniform(170, 260)))
    rng.shuffle(hs)
    return hs, vs


def test_frames_apart_as_the_scan() -> None:
    rng = random.Random(58)
    found = 0
    for _ in range(400):
        hs, vs = _chart(rng)
        got = frames_apart(hs, vs)
        assert got == _frames_apart_scan(hs, vs)
        found += bool(got)
    assert found > 20  # charts whose boxes are read, not only ones that read as none


def _gutter_scan(boxes: list[tuple[float, float, float, float]], width: float) -> float | None:
    """page_gutter._gutter as it counted the items crossing each strip one by one."""
    g = page_gutter
    if len(boxes) < 2 * g.MIN_SIDE:
        return None
    xs = [0.25 * width + g.STEP * i for i in range(int(0.5 * width / g.STEP) + 1)]
    counts = [sum(1 for b in boxes if b[0] < x < b[2]) for x in xs]
    if min(counts) > g.CROSSING * len(boxes):
        return None
    least = min(counts) + 1
    best: tuple[float, float] | None = None
    run: list[float] = []
    for x, n in [*zip(xs, counts, strict=True), (width, -1)]:
        if 0 <= n <= least:
            run.append(x)
            continue
        if (
            run
            and run[-1] - run[0] >= g.MIN_GUTTER
            and (best is None or run[-1] - run[0] > best[0])
        ):
            best = (run[-1] - run[0], (run[0] + run[-1]) / 2)
        run = []
    return best[1] if best is not None else None


def test_gutter_as_the_scan() -> None:
    rng = random.Random(58)
    width = 600.0
    found = 0
    for _ in range(600):
        boxes = []
        for _ in range(rng.randint(0, 40)):
            side = rng.choice(
                [(30.0, 280.0), (320.0, 570.0), (30.0, 570.0)]
            )  # two columns, a title
            x0 = rng.choice([rng.uniform(*side), float(rng.randint(0, 60) * 10)])
            x1 = min(x0 + rng.choice([rng.uniform(-5, 250), 0.0, 10.0]), side[1])
            boxes.append((x0, 0.0, x1, 10.0))  # an empty or turned box among them too
        got = page_gutter._gutter(boxes, width)
        assert got == _gutter_scan(boxes, width)
        found += got is not None
    assert found > 20  # pages whose gutter is found, not only ones with none


def _split_marks_scan(text: str) -> str:
    return "".join(
        f"  {ch}" if i and text[i - 1].isspace() and is_symbol(ch) else ch
        for i, ch in enumerate(text)
    )


def test_split_marks_as_the_scan() -> None:
    for text in [
        "",
        "Key: Green = on plan, Amber = at risk",
        "Key: | + < = > ^ ~ ` on plan",
        "\u25cf On track \u25b2 At risk \u25a0 Off track",
        "Status: \u2714 done  \u2718 not done",
        "caf\u00e9 \u00b2 \u2264 5",
    ]:
        assert _split_marks(text) == _split_marks_scan(text), text
    assert _split_marks("\u25cf A \u25b2 B") == "\u25cf A   \u25b2 B"
