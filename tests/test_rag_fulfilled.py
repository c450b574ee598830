"""A pledge or promise 'Fulfilled' is a status of work done (blue), as 'Completed' is; its
negations ('Not fulfilled', 'Unfulfilled') say the work was not done (red), never blue."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.rag import normalise_rag


@pytest.mark.parametrize(
    ("raw", "colour"),
    [
        ("Fulfilled", "blue"),
        ("Self-rating: Fulfilled", "blue"),
        ("Not fulfilled", "red"),
        ("Not yet fulfilled", "red"),
        ("Unfulfilled", "red"),
        ("On course", "green"),
        ("Off course", "red"),
        ("Behind", "amber"),
        ("Yet to begin", None),
    ],
)
def test_fulfilled_reads_as_done(raw: str, colour: str | None) -> None:
    assert normalise_rag(raw) == colour
