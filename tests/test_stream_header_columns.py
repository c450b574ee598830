"""The columns of an unruled table of a row or two, where whitespace rivers are too few: a header
cell no river found is a column all the same where the data's words start right under it (a
status column's words running on into the notes with a word space between); a header centred
over its column, where no data word starts, adds no column."""

from __future__ import annotations

from plantrace.extractors.plan_columns import _header_columns
from plantrace.pipeline.document import Line, Word

SIZE = 10.0
CHAR = 5.0  # the width of a character in these made-up lines


def _words(text: str, x0: float) -> list[tuple[str, float]]:
    out, x = [], x0
    for t in text.split():
        out.append((t, x))
        x += len(t) * CHAR + 3.0
    return out


def _line(words: list[tuple[str, float]], top: float) -> Line:
    ws = [Word(t, x, top, x + len(t) * CHAR, top + SIZE) for t, x in words]
    text = " ".join(t for t, _ in words)
    return Line(text, (ws[0].x0, top, ws[-1].x1, top + SIZE), SIZE, False, 1, 0, ws)


def _region(notes_at: float) -> tuple[list[Line], Line]:
    head = _line(
        _words("No.", 40) + _words("Deliverable", 80) + _words("Lead", 260)
        + _words("Status", 400) + _words("Notes", 470),
        100,
    )  # fmt: skip
    under = _line(_words("area", 200), 108)  # a header cell's second line
    rows = [
        ("A1", "Recruit social workers", "All", "Head of Workforce", "Complete", "Posts filled"),
        ("A2", "Audit thirty files", "Leeds", "Principal Social Worker", "Delayed", "Tool drafted"),
    ]
    lines = [head, under]
    for k, (ref, act, area, lead, status, note) in enumerate(rows):
        right = 467 - len(status) * CHAR  # status words end a word space short of the notes
        words = _words(ref, 40) + _words(act, 80) + _words(area, 200) + _words(lead, 260)
        lines.append(_line(words + _words(status, right) + _words(note, notes_at), 125 + 20 * k))
    return lines, head


def test_a_header_cell_no_river_found_is_a_column_where_words_start_under_it() -> None:
    region, head = _region(notes_at=470)
    assert _header_columns(region, [head]) == [39.5, 79.5, 199.5, 259.5, 469.5]


def test_a_header_cell_where_no_data_word_starts_adds_no_column() -> None:
    region, head = _region(notes_at=474)  # the notes start off the header's edge
    assert 469.5 not in (_header_columns(region, [head]) or [])


def test_a_header_over_right_aligned_dates_adds_no_column() -> None:
    """'Expected by' over dates set flush right: the dates' river runs under the header cell,
    so a word that happens to start at the header's left edge ('Ongoing') is no new column."""
    head = _line(_words("No.", 40) + _words("Deliverable", 80) + _words("Expected by", 300), 100)
    lines = [head, _line(_words("area", 200), 108)]
    dates = ["30 Jun 2026", "31 Jul 2026", "Ongoing", "30 Sep 2026", "31 Dec 2026", "31 Mar 2027"]
    for k, when in enumerate(dates):
        width = len(when) * CHAR + 3.0 * (len(when.split()) - 1)
        at = 300.0 if when == "Ongoing" else 382.0 - width
        words = _words(f"A{k + 1}", 40) + _words("Publish the document", 80) + _words("All", 200)
        lines.append(_line(words + _words(when, at), 125 + 20 * k))
    found = _header_columns(lines, [head]) or []
    assert 299.5 not in found
    assert len(found) == 4  # No., Deliverable, the area column, the dates
