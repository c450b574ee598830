"""Cheap checks before slow patterns (speed) answer as the patterns alone did: a line's word
count before a box label's pattern, an opening quote before a quoted recommendation's, a last
digit before a contents entry's page number."""

from __future__ import annotations

from plantrace.extractors.plan_boxes import LABEL_WORDS, NUMBERED_LABEL, lone_label
from plantrace.extractors.plan_recommendations import _QUOTED_AFTER_NUMBER, _unquoted
from plantrace.pipeline.layout import _ENDS_IN_NUMBER, _may_end_in_number

TEXTS = [
    "Recommendation 3",
    "Finding 12:",
    "R3",
    "Recommendation no. 3",
    "Area for improvement 2 \u201cImprove the quality of supervision\u201d",
    'Recommendation 4: "Strengthen the front door"',
    "3. How we will know we have made a difference  6",
    "Introduction .......... 12",
    "Contents 4\n",
    "Page 2\u00b2",
    "Total \u0663",
    "The service will review every plan by March 2027 and report to the board 4",
    "A long sentence with no number at all, running across the whole width of the page.",
    "",
    "7",
]


def _lone_label_by_pattern(text: str) -> bool:
    m = NUMBERED_LABEL.match(" ".join(text.split()))
    if m is None or len(text.split()) > LABEL_WORDS:
        return False
    return lone_label(text)  # the role check after the pattern is the same code


def test_gates_answer_as_the_patterns() -> None:
    for text in TEXTS:
        assert _may_end_in_number(text) == bool(_ENDS_IN_NUMBER.search(text)), text
        m = _QUOTED_AFTER_NUMBER.match(text)
        assert _unquoted(text) == (f"{m.group('head')}{m.group('body')}" if m else text), text
        assert lone_label(text) == _lone_label_by_pattern(text), text
    assert lone_label("Recommendation 3")
    assert not lone_label(TEXTS[11])
    assert _unquoted(TEXTS[5]) == "Recommendation 4: Strengthen the front door"
    assert _may_end_in_number(TEXTS[7]) and _may_end_in_number("Contents 4\n")
    assert not _may_end_in_number(TEXTS[12])
