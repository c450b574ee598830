"""A sub-item label part-way through an action's text is doubtful only where no earlier label of
the same list leads up to it: a plan's own inline list ('weeks: a) June: ... b) July: ...') is
the plan's wording, read right (samples/plans/northwold-improvement-plan-2016.pdf page 5)."""

from pathlib import Path

import pytest

from plantrace.extractors.plan_warnings import _inner_item
from plantrace.pipeline.extract import extract_file

NORTHWOLD = (
    Path(__file__).resolve().parents[1] / "samples/plans/northwold-improvement-plan-2016.pdf"
)


@pytest.mark.parametrize(
    ("text", "doubtful"),
    [
        (
            "Monthly audits, shared through practice weeks: a) June: contingency planning"
            " b) July: fathers and significant adults c) September: the lived experience",
            False,
        ),
        (
            "Agree the protocol with the partnership and a chronology a) Checkpoint: Draft agreed",
            True,
        ),
        ("Train managers in supervision b) Checkpoint: Sessions held", True),
        ("Refresh the audit tool; i) Scope agreed ii) Pilot run", False),
        # 'a)' closing a word ('data)') is no earlier label of the list
        ("Publish the data) and share it b) Checkpoint: Sessions held", True),
    ],
)
def test_inner_item_labels(text: str, doubtful: bool) -> None:
    assert _inner_item(text) is doubtful


def test_a_well_read_plan_with_an_inline_list_is_not_warned() -> None:
    result = extract_file(NORTHWOLD)
    # the plan prints no status: that none was read is all it is told (as always)
    assert [w.code for w in result.warnings] == ["plan_status_unread"]
    assert any("b) July: fathers" in a.text for a in result.actions)
