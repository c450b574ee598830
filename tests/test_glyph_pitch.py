"""A monospaced listing given one glyph per run is joined by its pitch, not by proportional gaps.

Chromium prints of a JSON viewer place every glyph on its own; the glyph boxes of a monospaced
font are narrower than their advance, so a gap inside a word looks like a space and a space
(one empty cell) looks like a column gap. These runs are built here as the reader gets them.
"""

from __future__ import annotations

import pytest

from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.glyph_pitch import pitch_of, pitched_gap
from plantrace.pipeline.reader import _rejoin

PITCH = 4.57  # a 10.13 pt monospaced font's advance
SIZE = 10.13


def _glyph_runs(text: str, x: float, top: float) -> list[Line]:
    """One run per glyph, each box 0.75 of the pitch wide and centred in its cell."""
    runs = []
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        x0 = x + i * PITCH + 0.125 * PITCH
        x1 = x0 + 0.75 * PITCH
        word = Word(ch, x0, top, x1, top + 6.0)
        runs.append(
            Line(
                text=ch,
                bbox=(x0, top, x1, top + 6.0),
                font_size=SIZE,
                bold=False,
                page=1,
                index=len(runs),
                words=[word],
            )
        )
    return runs


def test_glued_and_spaced_by_pitch() -> None:
    a, b = _glyph_runs("di", 80.0, 100.0)
    assert pitched_gap(a, b, PITCH) == "glued"
    c, d = _glyph_runs("e A", 80.0, 100.0)
    assert pitched_gap(c, d, PITCH) == "space"
    below = _glyph_runs("x", 80.0 + PITCH, 120.0)[0]
    assert pitched_gap(a, below, PITCH) is None  # another line of the listing


def test_rejoin_reads_gutter_and_words() -> None:
    text = "214" + " " * 12 + '"displayName": "Grace Adebayo"'
    runs = _glyph_runs(text, 40.0, 100.0) + _glyph_runs("215 },", 40.0, 112.0)
    joined = _rejoin(runs, PITCH)
    assert [ln.text for ln in joined] == ['214 "displayName": "Grace Adebayo"', "215 },"]


def test_proportional_rule_without_pitch() -> None:
    # without a pitch the proportional rule stands: one empty cell is more than a word space
    runs = _glyph_runs("e A", 80.0, 100.0)
    assert [ln.text for ln in _rejoin(runs)] == ["e", "A"]


def _origins(
    text: str, x: float, y: float, pitch: float = PITCH
) -> list[tuple[float, float, float] | None]:
    """Origins of one-glyph runs as pdfium gives them: spaces leave an empty cell, no run."""
    return [(x + i * pitch, y, SIZE) for i, ch in enumerate(text) if ch != " "]


def test_pitch_of_a_monospaced_listing() -> None:
    origins = _origins('12    "actionRef": "IMP-303",', 40.0, 700.0)
    assert pitch_of(origins) == pytest.approx(PITCH)


def test_proportional_origins_have_no_pitch() -> None:
    # proportional type: each glyph steps by its own advance ('i' narrow, 'm' wide)
    widths = {"i": 2.8, "m": 8.4, "a": 5.6, "n": 5.6, "g": 5.6, "e": 5.6, "t": 3.4}
    x, origins = 40.0, []
    for ch in "management meeting minutes timing" * 2:
        if ch != " ":
            origins.append((x, 700.0, SIZE))
        x += widths.get(ch, 2.8)
    assert pitch_of(origins) is None


def test_few_pairs_need_a_page_of_lone_glyphs() -> None:
    # a listing's last page, '216 ]' and '217 }': four even pairs are too few for the page-wide
    # count, enough where every line of the page is one glyph
    short = _origins("216", 40.0, 60.0) + _origins("217", 40.0, 50.0)
    assert pitch_of(short) is None
    assert pitch_of(short, 3) == pytest.approx(PITCH)
