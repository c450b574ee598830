"""Status words read by the one RAG normaliser where a line prints a label before them, and
slippage by degree. A word that is a status only alone ('Resolved', 'Signed off') stays one after
a short label that names no colour ('Panel assessment: Resolved'); in a longer text or after a
label that is itself a colour it is not. The wordings are not holdout6's."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.rag import normalise_rag


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("Panel assessment: Resolved", "blue"),
        ("Overall view: Signed off.", "blue"),
        ("Scrutiny verdict: Late", "red"),
        ("Red: Resolved", "red"),  # the label is itself a colour: it is the rating
        ("Comment: training delivered to 40 staff", None),  # a longer text: ordinary words
        ("Delivered by: Head of Service", None),  # the word is in the label, not after it
    ],
)
def test_a_word_that_is_a_status_alone_after_a_label(raw: str, rag: str | None) -> None:
    assert normalise_rag(raw) == rag


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("Serious slippage", "red"),
        ("considerable slippage against milestones", "red"),
        ("Some slippage", "amber"),
        ("Slight slippage", "amber"),
        ("Behind schedule", "amber"),
        ("Not on schedule", "red"),
    ],
)
def test_slippage_by_degree(raw: str, rag: str | None) -> None:
    assert normalise_rag(raw) == rag
