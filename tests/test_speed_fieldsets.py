"""A plan's fieldsets read once for the two passes that ask for them, their legends looked up by
bisection, and a field line's patterns tried only on texts holding their separator (speed):
each answers as the code it replaces did. The old code is copied here and run beside the new on
seeded lines and frames; a speed change, so the tests pin equality (they pass with the old code
too), and the reuse of a read is pinned by counting the reads.
"""

from __future__ import annotations

import random
import threading

import pytest

from plantrace.extractors import form_fieldsets
from plantrace.extractors.form_fieldsets import SLACK, _Legends, read_fieldsets
from plantrace.extractors.plan_cards import (
    _COLON,
    _DASH,
    _TRAIL,
    MAX_LABEL_CHARS,
    _caps_field,
    _clause,
    _colonless_field,
    _gap_field,
    field_line,
)
from plantrace.extractors.plan_prose import leader_field
from plantrace.pipeline.document import BBox, Line, Page, Word


def _has_legend_scan(lines: list[Line], box: BBox) -> bool:
    """form_fieldsets._has_legend as it read every line of the page for each frame."""
    x0, top, x1, _ = box
    return any(
        ln.bbox[0] >= x0 - SLACK and ln.bbox[2] <= x1 + SLACK and ln.bbox[1] < top < ln.bbox[3]
        for ln in lines
    )


def _line(text: str, x0: float, top: float, size: float, gap_at: int | None = None) -> Line:
    """A line of words laid out left to right (a tab-wide gap before word `gap_at`)."""
    words: list[Word] = []
    x = x0
    for k, w in enumerate(text.split()):
        if k == gap_at:
            x += 3 * size
        words.append(Word(w, x, top, x + 0.5 * size * len(w), top + size))
        x = words[-1].x1 + 0.3 * size
    box = (x0, top, words[-1].x1 if words else x0, top + size)
    return Line(text, box, size, False, 1, 0, words=words)


def test_legends_as_the_scan() -> None:
    rng = random.Random(57)
    found = 0
    for _ in range(300):
        lines = [
            _line(
                "Action " + str(k),
                rng.uniform(0, 500),
                rng.uniform(0, 800),
                rng.choice([6.0, 9.0, 11.0, 14.0, 24.0]),
            )
            for k in range(rng.randint(0, 40))
        ]
        legends = _Legends(lines)
        for _ in range(10):
            if lines and rng.random() < 0.5:  # a frame whose top rule runs through a line
                ln = rng.choice(lines)
                top = rng.uniform(ln.bbox[1] - 1.0, ln.bbox[3] + 1.0)
                box = (ln.bbox[0] - rng.uniform(-4, 20), top, ln.bbox[2] + rng.uniform(-4, 60), 900)
            else:
                x0 = rng.uniform(0, 400)
                box = (x0, rng.uniform(0, 800), x0 + rng.uniform(0, 300), 900.0)
            expected = _has_legend_scan(lines, box)
            assert legends.crossed(box) == expected
            found += expected
    assert found > 200  # the frames with a legend were tried, not only those without


def _field_line_old(line: Line) -> tuple[str, str] | None:
    """plan_cards.field_line as it tried each of its patterns on every line."""
    text = " ".join(line.text.split())
    m = _COLON.match(text) or _DASH.match(text) or _TRAIL.match(text)
    if m is not None and line.words and _clause(m.group("label")):
        m = None
    if m is not None:
        label = m.group("label")
        gap = _gap_field(line) if line.words else None
        if gap is not None and len(gap[0]) < len(label):
            return gap
        return (label, m.group("value").strip()) if len(label) <= MAX_LABEL_CHARS else None
    return leader_field(text) or _gap_field(line) or _colonless_field(text) or _caps_field(text)


_PIECES = [
    "Lead", "Lead officer", "Target date", "Status", "RAG", "Progress", "We agreed on the",
    "Meanwhile", "Led by", "BEST BEFORE", "DUE", "the board", "Head of Service", "March 2027",
    "14 March 2027", "In progress", "on schedule", "Amira Choudhury", "% complete", "Q3",
    ":", " :", ": ", "-", " - ", " – ", " — ", "–", "…", "...", " ........ ", "1.2", "(a)",
]  # fmt: skip


def test_field_line_as_every_pattern_tried() -> None:
    rng = random.Random(58)
    fields = 0
    for _ in range(4000):
        text = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))
        text = text.strip() or "Lead"
        gap_at = rng.choice([None, None, 1, 2, 3])
        line = _line(text, 40.0, 100.0, 10.0, gap_at)
        expected = _field_line_old(line)
        assert field_line(line) == expected, text
        fields += expected is not None
    assert fields > 1000  # fields of each shape were read, not only lines that are none


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Page, ...]]:
    """The pages each real read of fieldsets was of (the memo emptied first)."""
    done: list[tuple[Page, ...]] = []
    real = form_fieldsets._read_fieldsets

    def counted(pages: tuple[Page, ...]) -> list[form_fieldsets._Group]:
        done.append(pages)
        return real(pages)

    monkeypatch.setattr(form_fieldsets, "_read_fieldsets", counted)
    monkeypatch.setattr(form_fieldsets, "_held", threading.local())
    return done


def test_fieldsets_read_once_for_the_table_and_the_warnings(
    reads: list[tuple[Page, ...]],
) -> None:
    pages = [Page(1, 595.0, 842.0, [_line("Action 1.1", 40, 60, 11)], rulings=[])]
    tabled = read_fieldsets(pages, for_tables=True)
    assert read_fieldsets(pages) is tabled  # the warnings take the table reader's read
    assert len(reads) == 1
    again = read_fieldsets(pages, for_tables=True)  # taken once only: read anew
    assert len(reads) == 2
    third = read_fieldsets(pages, for_tables=True)  # a second table reader: read anew
    assert third is not again
    assert len(reads) == 3
    assert read_fieldsets(pages) is third
    said = read_fieldsets(pages)  # the warnings first, then the table reader takes it
    assert len(reads) == 4
    assert read_fieldsets(pages, for_tables=True) is said
    assert len(reads) == 4
    rebuilt = [Page(1, 595.0, 842.0, list(pages[0].lines), rulings=[])]
    read_fieldsets(pages, for_tables=True)
    read_fieldsets(rebuilt)  # another page (a pass rebuilt the document): read anew
    assert len(reads) == 6
    assert reads[-1][0] is rebuilt[0]


def test_a_read_is_not_taken_by_another_thread(reads: list[tuple[Page, ...]]) -> None:
    """A flow's task runner may extract documents in threads of one process: one thread's read
    is never handed to (nor cleared by) another's."""
    pages = [Page(1, 595.0, 842.0, [_line("Action 1.1", 40, 60, 11)], rulings=[])]
    read_fieldsets(pages, for_tables=True)
    other = threading.Thread(target=read_fieldsets, args=(pages,))
    other.start()
    other.join()
    assert len(reads) == 2  # the other thread read for itself
    read_fieldsets(pages)  # this thread's read is still here for its warnings
    assert len(reads) == 2
