"""A plan may name the inspection's points by an abbreviation in capitals and end the number with a
full stop ('AOI 3. ...', 'WMI 1. ...'): the shape of a label, where a word and a number before a
full stop may be the end of a sentence."""

from __future__ import annotations

import pytest

from plantrace.extractors.plan_recommendations import heading, label_of

TEXT = "Improve the quality and timeliness of plans for disabled children"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"WMI 4. {TEXT}", ("4", TEXT)),
        (f"AOI 12.  {TEXT}", ("12", TEXT)),
        (f"AOI 3 – {TEXT}", ("3", TEXT)),
        (f"Stage 2. {TEXT}", None),  # a word before a full stop: a sentence may end there
        ("KPI 2. Rate", None),  # a label's shape, but no sentence after it
        (f"WMI 4.1 {TEXT}", None),  # an action's number under the label, not the label's
    ],
)
def test_an_abbreviated_label_may_end_its_number_with_a_full_stop(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert heading(text) == expected


def test_the_abbreviation_is_the_label() -> None:
    assert label_of(f"WMI 4. {TEXT}") == "wmi"
