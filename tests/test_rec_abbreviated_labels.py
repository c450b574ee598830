"""A plan may name the inspection's points by an abbreviation in capitals and end the number with a
full stop ('AOI 3. ...', 'WMI 1. ...'): the shape of a label, where a word and a number before a
full stop may be the end of a sentence."""

from __future__ import annotations

import pytest

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import (
    RecommendationIndex,
    heading,
    label_of,
    listed_by_label,
    provenance,
)
from plantrace.pipeline.document import Line

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


def test_a_typed_rule_over_a_listed_set_of_points_is_no_line_of_it() -> None:
    """A report printed in a fixed-width font underlines its title with a typed rule ('=====');
    the reader may keep that rule as the first line of the list under it: the list is still
    read, the rule is no part of the first point, and a point's wrapped line stays in it."""
    texts = [
        "==========================",
        f"WMI 1. {TEXT}",
        "WMI 2. Reduce the number of moves for children who are looked after by",
        "the council",
    ]
    lines = [
        Line(t, (40.0, 100.0 + 10 * i, 500.0, 108.0 + 10 * i), 7.5, False, 1, i)
        for i, t in enumerate(texts)
    ]
    listed = listed_by_label([Element(1, 100.0, lines=lines)], "0" * 64)
    assert [(n, t) for n, t, _ in listed] == [
        ("1", TEXT),
        ("2", "Reduce the number of moves for children who are looked after by the council"),
    ]
    assert heading(f"----- ===== WMI 1. {TEXT}") == ("1", TEXT)


def _index(numbers: list[str]) -> RecommendationIndex:
    index = RecommendationIndex()
    for n in numbers:
        index.add(n, f"{TEXT} ({n})", provenance("0" * 64, 1, None, None))
    return index


def test_a_letter_links_name_whole_is_a_label_where_actions_carry_codes_of_their_own() -> None:
    """Points listed 'Q1', 'Q2' and linked by 'Q2' whole: beside action codes of their own
    ('ACT-01') the letter tells nothing apart and the points are 1, 2; beside actions numbered
    bare (1, 2, 3) the letter is what tells a point's number from an action's and stays."""
    coded = _index(["Q1", "Q2"])
    coded.ids_for("Q2, Q1")
    coded.unlabel_numbers(["ACT-01", "ACT-02", "ACT-03"])
    assert [r.number for r in coded.items] == ["1", "2"]
    bare = _index(["Q1", "Q2"])
    bare.ids_for("Q2")
    bare.unlabel_numbers(["1", "2", "3"])
    assert [r.number for r in bare.items] == ["Q1", "Q2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"REC-2 {TEXT}", ("2", TEXT)),  # a board's tag: the abbreviation hyphened to its number
        (f"Rec-12: {TEXT}", ("12", TEXT)),
        (f"Rec. 3 {TEXT}", ("3", TEXT)),
    ],
)
def test_an_abbreviated_label_may_be_hyphened_to_its_number(
    text: str, expected: tuple[str, str]
) -> None:
    assert heading(text) == expected
