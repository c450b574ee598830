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


@pytest.mark.parametrize(
    "text",
    [
        "4 Measuring whether children are safer and better supported .......... 12",
        "2. What we will track to know the plan has worked 27",
        "5) Our partners and how they will hold us to account … 9",
    ],
)
def test_a_contents_entry_is_no_recommendation(text: str) -> None:
    """A contents page numbers its sections as a plan numbers recommendations; the page number
    at the end of the line (after a space or dot leaders) says it is an entry of the contents."""
    assert heading(text) is None


def test_a_sentence_ending_in_a_year_or_a_labelled_figure_is_still_one() -> None:
    assert heading(f"3. {TEXT} by 2026") == ("3", f"{TEXT} by 2026")
    assert heading("Recommendation 2: Reduce caseloads to under 20") == (
        "2", "Reduce caseloads to under 20",
    )  # fmt: skip
