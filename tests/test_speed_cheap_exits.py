"""Work a page's readers did where its answer was already known, or on shapes that could not
apply, cut (speed), each answering as the code it replaces did: whether a group of rulings is a
grid is its rulings' alone (is_grid; its cells were filled to ask it), an organisation chart's
frames are looked for only in groups that are no grid, a rounded box's sides and a form's frames
looked up by bisection, the words in a section strip's fill and the table rows round a field
card's lines looked up near them, and two labelled-line tests that tried patterns on texts that
cannot match. The old code is copied here and run beside the new on seeded shapes; a speed
change, so those tests pin equality (they pass with the old code too); the count of cells filled
and of frames looked for pins the cut itself (it fails without the change).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from plantrace.extractors import field_grid_cards, form_records, key_side_notes, plan_cards
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.extractors.strip_sections import MIN_LINKED, _lone_sections
from plantrace.pipeline import tables
from plantrace.pipeline.document import BBox, Line, Page, Ruling, Word
from plantrace.pipeline.tables import (
    _BOX_SIDE,
    _CORNER,
    TOL,
    _corner,
    _grid_table,
    _mid_x,
    _mid_y,
    _overlap,
    _own_corners,
    drawn_frames,
    is_grid,
    lattice_tables,
    round_corners_closed,
)

# ---- the old code, copied -------------------------------------------------------------------


def _round_corners_closed_scan(
    hs: list[Ruling], vs: list[Ruling]
) -> tuple[list[Ruling], list[Ruling]]:
    """round_corners_closed as it read every upright for every top side (a side measured corner
    to corner, as since the uneven-boxes fix)."""
    hs, vs = list(hs), list(vs)
    found = [(top, *box) for top in range(len(hs)) for box in _rounded_box_scan(hs, vs, top)]
    found = [box for box in found if _own_corners(hs, vs, box)]
    for i, (top, bottom, left, right) in enumerate(found):
        if any(_overlap(hs, vs, found[i], other) for j, other in enumerate(found) if j != i):
            continue
        x0, x1 = _mid_x(vs[left]), _mid_x(vs[right])
        y0, y1 = _mid_y(hs[top]), _mid_y(hs[bottom])
        for k in (top, bottom):
            hs[k] = Ruling(x0, hs[k].top, x1, hs[k].bottom)
        for k in (left, right):
            vs[k] = Ruling(vs[k].x0, y0, vs[k].x1, y1)
    return hs, vs


def _rounded_box_scan(hs: list[Ruling], vs: list[Ruling], top: int) -> list[tuple[int, int, int]]:
    h = hs[top]
    y = _mid_y(h)
    tall = [
        j
        for j, v in enumerate(vs)
        if abs(v.top - y) <= _CORNER + TOL and v.bottom - v.top + 2 * abs(v.top - y) >= _BOX_SIDE
    ]
    lefts = [(j, r) for j in tall if (r := _corner(h, vs[j], h.x0, vs[j].top)) is not None]
    rights = [(j, r) for j in tall if (r := _corner(h, vs[j], h.x1, vs[j].top)) is not None]
    for left, r in lefts:
        for right, r2 in rights:
            if abs(r - r2) > TOL:
                continue
            for bottom, b in enumerate(hs):
                if bottom == top or abs(b.x0 - h.x0) > TOL or abs(b.x1 - h.x1) > TOL:
                    continue
                r3 = _corner(b, vs[left], b.x0, vs[left].bottom)
                r4 = _corner(b, vs[right], b.x1, vs[right].bottom)
                if r3 is not None and r4 is not None and max(abs(r3 - r), abs(r4 - r)) <= TOL:
                    return [(bottom, left, right)]
    return []


def _form_frames_scan(rulings: Sequence[Ruling]) -> list[BBox]:
    """form_records._frames as it tested every box against every other."""
    fr = form_records
    hs = sorted((r for r in rulings if r.horizontal and r.x1 - r.x0 >= fr._MIN_WIDTH),
                key=lambda r: r.top)  # fmt: skip
    vs = [r for r in rulings if not r.horizontal and r.bottom - r.top >= fr._MIN_HEIGHT / 2]

    def near(x: float) -> list[Ruling]:
        return [v for v in vs if abs((v.x0 + v.x1) / 2 - x) <= fr._SLACK]

    found: set[tuple[float, float, float, float]] = set()
    for i, top in enumerate(hs):
        for bottom in hs[i + 1 :]:
            height = bottom.top - top.top
            if height > fr._MAX_HEIGHT:
                break
            if height < fr._MIN_HEIGHT:
                continue
            if abs(bottom.x0 - top.x0) > fr._SLACK or abs(bottom.x1 - top.x1) > fr._SLACK:
                continue
            if fr._side(near(top.x0), top.x0, top.top, bottom.bottom) and fr._side(
                near(top.x1), top.x1, top.top, bottom.bottom
            ):
                box = (min(top.x0, bottom.x0), top.top, max(top.x1, bottom.x1), bottom.bottom)
                found.add((round(box[0], 1), round(box[1], 1), round(box[2], 1), round(box[3], 1)))
                break
    boxes = sorted(found)
    boxes = [b for b in boxes if not any(o != b and fr._within(o, b) for o in boxes)]
    return [b for b in boxes if not any(o != b and fr._abut(b, o) for o in boxes)]


def _lone_sections_scan(
    fills: Sequence[tuple[BBox, str]], words: Sequence[Word]
) -> list[list[BBox]]:
    """strip_sections._lone_sections as it read every word of the page for each fill."""
    from plantrace.extractors.strip_sections import _NUMBER

    out: list[list[BBox]] = []
    for b, _ in fills:
        if not b[2] - b[0] > b[3] - b[1] > 0:
            continue
        inside = sorted(
            (w for w in words if b[0] <= (w.x0 + w.x1) / 2 <= b[2]
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


def _card_labelled_old(line: Line) -> bool:
    text = " ".join(line.text.split())
    m = plan_cards._COLON.match(text) or plan_cards._DASH.match(text)
    return m is not None and bool(m.group("value").strip())


def _note_labelled_old(words: Sequence[Word]) -> bool:
    ks = key_side_notes
    texts = [w.text for w in words]
    if not texts or len(texts) > ks.NOTE_WORDS or ks._FIGURE.search(" ".join(texts)):
        return False
    colon = next((j for j, t in enumerate(texts[: ks.LABEL_WORDS]) if t.endswith(":")), None)
    if colon is None or colon == len(texts) - 1:
        return False
    first = texts[0]
    return first[:1].isupper() and any(c.isalpha() for c in first)


# ---- shapes ----------------------------------------------------------------------------------


def _line(text: str, x0: float, top: float, size: float = 10.0) -> Line:
    words: list[Word] = []
    x = x0
    for w in text.split():
        words.append(Word(w, x, top, x + 0.5 * size * len(w), top + size))
        x = words[-1].x1 + 0.3 * size
    box = (x0, top, words[-1].x1 if words else x0 + 1, top + size)
    return Line(text, box, size, False, 1, 0, words=words)


def _grid(x0: float, top: float, widths: Sequence[float], rows: int, height: float) -> list[Ruling]:
    """The rulings of a bordered grid: a rule under each row, an upright at each column edge."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top + k * height for k in range(rows + 1)]
    out = [Ruling(xs[0], y - 0.25, xs[-1], y + 0.25) for y in ys]
    out += [Ruling(x - 0.25, ys[0], x + 0.25, ys[-1]) for x in xs]
    return out


def _random_group(rng: random.Random) -> tuple[list[Ruling], list[Ruling]]:
    """A group of rulings: a grid, perhaps with a side cut short or rules missing, or a few
    loose rules (a staircase's, a shaded band's)."""
    x0, top = rng.uniform(20, 200), rng.uniform(20, 400)
    widths = [rng.uniform(30, 120) for _ in range(rng.randint(1, 5))]
    rulings = _grid(x0, top, widths, rng.randint(1, 6), rng.uniform(12, 40))
    rulings = [r for r in rulings if rng.random() > 0.15]
    if rng.random() < 0.3:  # a side drawn over part of the height only
        rulings = [
            Ruling(r.x0, r.top, r.x1, r.top + (r.bottom - r.top) * rng.uniform(0.2, 0.9))
            if not r.horizontal and rng.random() < 0.5
            else r
            for r in rulings
        ]
    hs = [r for r in rulings if r.horizontal]
    vs = [r for r in rulings if not r.horizontal]
    return hs, vs


# ---- equality with the old code ---------------------------------------------------------------


def test_is_grid_answers_as_the_filled_table() -> None:
    rng = random.Random(58)
    seen = {True: 0, False: 0}
    for _ in range(400):
        hs, vs = _random_group(rng)
        lines = [
            _line(f"Cell {k} text", rng.uniform(20, 500), rng.uniform(20, 600))
            for k in range(rng.randint(0, 12))
        ]
        page = Page(1, 600, 800, lines=lines, rulings=[*hs, *vs])
        for framed in (True, False):
            expected = _grid_table(page, hs, vs, frozenset(), [], framed=framed) is not None
            assert is_grid(hs, vs, framed) == expected
            seen[expected] += 1
    assert seen[True] > 100 and seen[False] > 100


def test_rounded_boxes_closed_as_the_scan() -> None:
    rng = random.Random(581)
    closed = 0
    for _ in range(300):
        hs: list[Ruling] = []
        vs: list[Ruling] = []
        for _ in range(rng.randint(1, 5)):  # boxes of rounded corners, some spoilt
            x0, top = rng.uniform(0, 400), rng.uniform(0, 600)
            w, h, r = rng.uniform(60, 200), rng.uniform(45, 160), rng.uniform(3, 15)
            r2 = r if rng.random() < 0.8 else r + rng.uniform(3, 6)
            hs += [Ruling(x0 + r, top, x0 + w - r2, top + 0.5),
                   Ruling(x0 + r, top + h, x0 + w - r, top + h + 0.5)]  # fmt: skip
            vs += [Ruling(x0, top + r, x0 + 0.5, top + h - r),
                   Ruling(x0 + w, top + r2, x0 + w + 0.5, top + h - r)]  # fmt: skip
        for _ in range(rng.randint(0, 20)):  # loose rules
            x, y = rng.uniform(0, 500), rng.uniform(0, 700)
            if rng.random() < 0.5:
                hs.append(Ruling(x, y, x + rng.uniform(5, 200), y + 0.5))
            else:
                vs.append(Ruling(x, y, x + 0.5, y + rng.uniform(5, 200)))
        rng.shuffle(hs)
        rng.shuffle(vs)
        old = _round_corners_closed_scan(hs, vs)
        assert round_corners_closed(hs, vs) == old
        closed += sum(1 for a, b in zip(hs, old[0], strict=True) if a != b)
    assert closed > 200


def test_form_frames_as_the_scan() -> None:
    rng = random.Random(582)
    kept = 0
    for _ in range(200):
        rulings: list[Ruling] = []
        for _ in range(rng.randint(1, 4)):
            x0, top = rng.uniform(20, 300), rng.uniform(20, 600)
            if rng.random() < 0.5:  # a grid: cells that abut
                widths = [rng.uniform(30, 120) for _ in range(rng.randint(1, 4))]
                rulings += _grid(x0, top, widths, rng.randint(1, 4), rng.uniform(12, 40))
            else:  # field frames apart, some with a frame round them
                for k in range(rng.randint(1, 5)):
                    y = top + k * rng.uniform(25, 50)
                    w = rng.uniform(40, 200)
                    rulings += _grid(x0, y, [w], 1, rng.uniform(10, 22))
                if rng.random() < 0.3:
                    rulings += _grid(x0 - 8, top - 8, [260.0], 1, 150.0)
        rng.shuffle(rulings)
        old = _form_frames_scan(rulings)
        assert form_records._frames(rulings) == old
        kept += len(old)
    assert kept > 100


def test_lone_sections_as_the_scan() -> None:
    rng = random.Random(583)
    found = 0
    for _ in range(300):
        words: list[Word] = []
        fills: list[tuple[BBox, str]] = []
        for _ in range(rng.randint(1, 4)):
            x0, top = rng.uniform(10, 300), rng.uniform(10, 700)
            fill = (x0, top, x0 + rng.uniform(150, 400), top + rng.uniform(12, 30))
            fills.append((fill, "#cccccc"))
            x = x0 + 4
            texts = ["Rec " + str(rng.randint(1, 9)) if rng.random() < 0.8 else "Theme"]
            texts += [str(rng.randint(1, 40)) for _ in range(rng.randint(0, 5))]
            if rng.random() < 0.2:
                texts.append("and")
            for t in texts:
                words.append(Word(t, x, top + 3, x + 5 * len(t), top + 11))
                x += 5 * len(t) + rng.choice([0.0, 4.0, 12.0])
        for _ in range(rng.randint(0, 40)):
            x, y = rng.uniform(0, 580), rng.uniform(0, 780)
            words.append(Word(str(rng.randint(1, 9)), x, y, x + 6, y + 9))
        rng.shuffle(words)
        old = _lone_sections_scan(fills, words)
        assert _lone_sections(fills, words) == old
        found += len(old)
    assert found > 50


def test_row_boxes_hold_as_the_scan() -> None:
    rng = random.Random(584)
    held = 0
    for _ in range(300):
        boxes: list[BBox] = []
        for _ in range(rng.randint(1, 15)):
            x0, top = rng.uniform(0, 400), rng.uniform(0, 700)
            boxes.append((x0, top, x0 + rng.uniform(20, 200), top + rng.uniform(-2, 120)))
        rows = field_grid_cards._RowBoxes(boxes)
        for _ in range(30):
            ln = _line("Owner: Jo", rng.uniform(0, 500), rng.uniform(0, 780), rng.uniform(6, 14))
            old = any(field_grid_cards._inside(ln, b) for b in boxes)
            assert any(field_grid_cards._inside(ln, b) for b in rows.near(ln)) == old
            held += old
    assert held > 300


_TEXTS = [
    "Lead: A. Khan", "Lead:", "Status - On track", "Status – complete", "Due date — May 2026",
    "Action 1.1: Introduce a panel", "No separator here", "Owner: ", "% done: 40",
    "Milestone met? Yes", "Risk - ", "Sponsor: Jo Bloggs 2026", "a - b", "Head: of - x: y",
]  # fmt: skip


def test_labelled_lines_as_before() -> None:
    rng = random.Random(585)
    for text in _TEXTS:
        assert plan_cards._labelled(_line(text, 10, 10)) == _card_labelled_old(_line(text, 10, 10))
    pool = ["Lead:", "Owner", "Jo", "Bloggs", "2026", "-", "–", "Due:", "x:", "Status", "A."]
    for _ in range(3000):
        words = [
            Word(rng.choice(pool), 10.0 * k, 0, 10.0 * k + 8, 9) for k in range(rng.randint(0, 11))
        ]
        assert key_side_notes._labelled(words) == _note_labelled_old(words)
        text = " ".join(w.text for w in words)
        assert plan_cards._labelled(_line(text or "x", 0, 0)) == _card_labelled_old(
            _line(text or "x", 0, 0)
        )


# ---- the cut itself ---------------------------------------------------------------------------


def _nested_page() -> Page:
    """A bordered two-column table with a three-column table drawn inside its first cell."""
    outer = _grid(50, 50, [300.0, 200.0], 2, 120.0)
    inner = _grid(60, 60, [80.0, 80.0, 80.0], 2, 20.0)
    lines = [_line("Alpha beta", 65, 65), _line("Gamma", 145, 85), _line("Outer cell", 360, 60),
             _line("Lower cell", 60, 200)]  # fmt: skip
    return Page(1, 600, 800, lines=lines, rulings=[*outer, *inner])


def test_a_nested_table_is_filled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = tables._grid_table

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tables, "_grid_table", counted)
    found = lattice_tables(_nested_page())
    assert len(found) == 2  # the outer table and the one nested in its cell
    inner = next(t for t in found if len(t.rows[0]) == 3)
    assert inner.rows[0][0] is not None and inner.rows[0][0].text == "Alpha beta"
    outer = next(t for t in found if len(t.rows[0]) == 2)
    assert outer.rows[0][1] is not None and outer.rows[0][1].text == "Outer cell"
    # each group's cells filled once: whether the nested group is a table (for the outer
    # table's hole) is told by its rulings (is_grid), not by filling its cells a first time
    assert len(calls) == 2


def test_no_frames_looked_for_in_a_grid(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = tables.frames_apart

    def counted(hs: list[Ruling], vs: list[Ruling]) -> list[BBox]:
        calls.append(1)
        return real(hs, vs)

    monkeypatch.setattr(tables, "frames_apart", counted)
    assert drawn_frames(_nested_page()) == []
    assert calls == []  # both groups are grids: no chart's boxes looked for in them
    # an organisation chart (two boxes drawn apart, a rule over them, an upright down to
    # each: no grid): looked for, and found
    left = _grid(50, 300, [120.0], 3, 20.0)
    right = _grid(300, 300, [120.0], 3, 20.0)
    joints = [Ruling(110, 199.75, 360, 200.25), Ruling(109.75, 200, 110.25, 300),
              Ruling(359.75, 200, 360.25, 300)]  # fmt: skip
    page = Page(1, 600, 800, lines=[_line("Lead A", 55, 305)], rulings=[*left, *right, *joints])
    got = drawn_frames(page)
    assert calls
    assert [f for f, _ in got] == [(50.0, 300.0, 170.0, 360.0), (300.0, 300.0, 420.0, 360.0)]


def _rules_between_scan(
    trows: Sequence[tables.TextRow], rules: Sequence[float], starts: Sequence[float]
) -> list[float] | None:
    """tables._rules_between as it found each row's text above again for every rule."""
    if not trows:
        return None
    last = trows[-1]
    inner = [
        y
        for y in rules
        if any(_rule_between_old(trows[:k], b, y, starts) for k, b in enumerate(trows) if k)
        or last.bottom - 1.0 <= y <= last.bottom + 1.5 * last.font_size
    ]
    return inner if len(inner) >= 2 else None


def _rule_between_old(
    above: Sequence[tables.TextRow], b: tables.TextRow, y: float, starts: Sequence[float]
) -> bool:
    if tables._low_above(above, b, starts) - 1.0 <= y <= b.top + 1.0:
        return True
    near = [*above[-4:], b]
    cross = {
        tables._col_of(w.x0, starts)
        for tr in near
        for _, w in tr.words
        if w.top + 1.0 < y < w.bottom - 1.0
    }
    if len(cross) != 1 or len(starts) < 3:
        return False
    rest = [w for _, w in b.words if tables._col_of(w.x0, starts) not in cross]
    if not rest:
        return False
    top = min(w.top for w in rest)
    return tables._low_above(above, b, starts, skip=cross) - 1.0 <= y <= top + 1.0


def test_rules_between_rows_as_the_scan() -> None:
    rng = random.Random(586)
    ruled = 0
    for _ in range(400):
        starts = sorted(rng.sample(range(20, 500, 10), rng.randint(1, 5)))
        trows: list[tables.TextRow] = []
        y = rng.uniform(20, 80)
        for _ in range(rng.randint(1, 12)):
            words: list[tuple[Line, Word]] = []
            for s in starts:
                if rng.random() < 0.7:
                    top = y + rng.uniform(-3, 3)
                    w = Word("word", s + rng.uniform(0, 8), top, s + 40, top + 9)
                    words.append((_line("word", s, top), w))
            if not words:
                continue
            trows.append(
                tables.TextRow(
                    words, min(w.top for _, w in words), max(w.bottom for _, w in words), 9.0
                )  # fmt: skip
            )
            y += rng.uniform(8, 30)
        rules = sorted(rng.uniform(10, y + 20) for _ in range(rng.randint(0, 14)))
        rules += [tr.bottom + rng.uniform(0, 4) for tr in trows if rng.random() < 0.5]
        old = _rules_between_scan(trows, rules, starts)
        assert tables._rules_between(trows, rules, starts) == old
        ruled += old is not None
    assert ruled > 100


def test_text_above_found_once_per_row(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = tables._low_above

    def counted(*args: object, **kwargs: object) -> float:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tables, "_low_above", counted)
    trows = []
    for k in range(6):  # six rows of one column, a rule under each but the last
        top = 100.0 + 20 * k
        w = Word("Row", 50, top, 80, top + 9)
        trows.append(tables.TextRow([(_line("Row", 50, top), w)], top, top + 9, 9.0))
    rules = [114.0 + 20 * k for k in range(5)]
    assert tables._rules_between(trows, rules, [50.0]) == rules
    # each row's text above read once (5 rows under another), not once for every rule
    assert len(calls) <= 5
