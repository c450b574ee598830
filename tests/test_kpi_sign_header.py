"""A measures table headed 'Sign of progress' names its indicators (a sign that progress is
made is a measure, as 'Measure of success' is), not a progress note: read as progress, the
table had no indicator column and none of its measures was read."""

from __future__ import annotations

import pytest

from plantrace.extractors.plan_columns import header_role


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Sign of progress", "indicator"),
        ("Signs of progress", "indicator"),
        ("Sign of success", "indicator"),
        ("Progress", "progress"),
        ("Baseline", "baseline"),
    ],
)
def test_sign_of_progress_names_the_indicator(header: str, role: str) -> None:
    assert header_role(header) == role
