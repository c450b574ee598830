"""A grid's last progress note, printed as an unruled merged row under the grid's last ruled
row ('Update: ...' under a band's last action): read as the grid's last row, cut at the grid's
sides where the reader joined it with a neighbouring band's text; a line under a grid that
opens with no progress label, or lies well below it, is no row of the grid."""

from __future__ import annotations

from plantrace.extractors.grid_tail_notes import read_tail_notes
from plantrace.extractors.plan_columns import progress_label, stitch_title_rows
from plantrace.pipeline.document import Line, Page, Ruling, Table, Word
from plantrace.pipeline.tables import lattice_tables

_COLS = (0.0, 90.0, 140.0, 175.0, 210.0)  # a band's column edges, from its left side
_BANDS = (50.0, 270.0)  # the two bands' left sides


def _grid(left: float) -> list[Ruling]:
    out = [Ruling(left, y, left + _COLS[-1], y) for y in (100.0, 120.0, 140.0)]
    out += [Ruling(left + x, 100.0, left + x, 140.0) for x in _COLS]
    return out


def _line(words: list[tuple[str, float]], top: float, index: int) -> Line:
    ws = [Word(t, x, top, x + 5.0 * len(t), top + 6.0) for t, x in words]
    text = " ".join(w.text for w in ws)
    return Line(text, (ws[0].x0, top, ws[-1].x1, top + 6.0), 6.0, False, 1, index, words=ws)


def _page(tail_top: float, label: str) -> Page:
    lines = []
    for k, left in enumerate(_BANDS):
        n = k + 1
        lines.append(_line([("What", left + 2), ("Who", left + 92), ("When", left + 142),
                            ("How", left + 177)], 105.0, len(lines)))  # fmt: skip
        lines.append(_line([(f"{n}.1", left + 2), ("Audit", left + 20), ("Ann", left + 92),
                            ("2027-03", left + 142), ("Secure", left + 177)], 125.0, len(lines)))  # fmt: skip
    # both bands' closing notes share a baseline: the reader gives them as one line
    joined = _line([(label, 52.0), ("done", 100.0), (label, 272.0), ("late", 320.0)],
                   tail_top, len(lines))  # fmt: skip
    lines.append(joined)
    return Page(1, 600.0, 400.0, lines=lines, rulings=[*_grid(50.0), *_grid(270.0)])


def _texts(t: Table) -> list[list[str]]:
    return [[c.text if c is not None else "" for c in row] for row in t.rows]


def _read(page: Page) -> list[list[list[str]]]:
    tables = read_tail_notes(stitch_title_rows(lattice_tables(page), page), page, progress_label)
    return [_texts(t) for t in sorted(tables, key=lambda t: t.bbox[0])]


def test_each_band_closes_with_its_own_progress_note() -> None:
    left, right = _read(_page(142.0, "Update:"))
    assert len(left) == 3 and len(right) == 3
    assert left[1][0] == "1.1 Audit" and left[1][3] == "Secure"
    assert left[2] == ["Update: done", "", "", ""]
    assert right[2] == ["Update: late", "", "", ""]


def test_a_line_with_no_progress_label_is_no_row() -> None:
    left, right = _read(_page(142.0, "Page"))
    assert len(left) == 2 and len(right) == 2


def test_a_line_well_below_the_grid_is_no_row() -> None:
    left, _ = _read(_page(190.0, "Update:"))
    assert len(left) == 2
