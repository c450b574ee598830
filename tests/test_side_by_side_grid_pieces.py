"""Grids side by side (a band of four columns per recommendation, as a spreadsheet's plan on a
page prints them) whose unruled merged progress rows cut each band into pieces: each band's
pieces join into one table, the progress line between them a row of that band only."""

from __future__ import annotations

from plantrace.extractors.plan_columns import stitch_title_rows
from plantrace.pipeline.document import Line, Page, Ruling, Table, Word
from plantrace.pipeline.tables import lattice_tables

_COLS = (0.0, 90.0, 140.0, 175.0, 210.0)  # a band's column edges, from its left side
_BANDS = (50.0, 270.0)  # the two bands' left sides (a gap column between them)
_PIECES = ((100.0, 140.0), (150.0, 180.0))  # ruled pieces, a 10pt unruled row between


def _grid(left: float) -> list[Ruling]:
    out: list[Ruling] = []
    for top, bottom in _PIECES:
        for y in (top, top + 20.0, bottom) if top == 100.0 else (top, bottom):
            out.append(Ruling(left, y, left + _COLS[-1], y))
        for x in _COLS:
            out.append(Ruling(left + x, top, left + x, bottom))
    return out


def _line(words: list[tuple[str, float]], top: float, index: int) -> Line:
    ws = [Word(t, x, top, x + 5.0 * len(t), top + 6.0) for t, x in words]
    text = " ".join(w.text for w in ws)
    return Line(text, (ws[0].x0, top, ws[-1].x1, top + 6.0), 6.0, False, 1, index, words=ws)


def _page() -> Page:
    lines = []
    for k, left in enumerate(_BANDS):
        n = k + 1
        lines.append(_line([("What", left + 2), ("Who", left + 92), ("When", left + 142),
                            ("How", left + 177)], 105.0, len(lines)))  # fmt: skip
        lines.append(_line([(f"{n}.1", left + 2), ("Audit", left + 20), ("Ann", left + 92),
                            ("2027-03", left + 142), ("Secure", left + 177)], 125.0, len(lines)))  # fmt: skip
        lines.append(_line([(f"{n}.2", left + 2), ("Train", left + 20), ("Bo", left + 92),
                            ("2027-04", left + 142), ("Fragile", left + 177)], 160.0, len(lines)))  # fmt: skip
    # the two bands' progress rows share a baseline: the reader gives them as one line
    joined = _line([("Update:", 52.0), ("done", 89.0), ("Update:", 272.0), ("late", 309.0)],
                   142.0, len(lines))  # fmt: skip
    lines.append(joined)
    return Page(1, 600.0, 400.0, lines=lines, rulings=[*_grid(50.0), *_grid(270.0)])


def test_each_band_is_one_table_with_its_own_progress_row() -> None:
    page = _page()
    pieces = lattice_tables(page)
    assert len(pieces) == 4  # two pieces a band, as ruled
    tables = sorted(stitch_title_rows(pieces, page), key=lambda t: t.bbox[0])
    assert len(tables) == 2

    def texts(t: Table) -> list[list[str]]:
        return [[c.text if c is not None else "" for c in row] for row in t.rows]

    left, right = (texts(t) for t in tables)
    assert left[0] == ["What", "Who", "When", "How"]
    assert left[1][0] == "1.1 Audit"
    assert left[2] == ["Update: done", "", "", ""]
    assert left[3][0] == "1.2 Train" and left[3][3] == "Fragile"
    assert right[2] == ["Update: late", "", "", ""]
    assert right[3][:2] == ["2.2 Train", "Bo"]
