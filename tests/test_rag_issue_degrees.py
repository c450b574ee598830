"""Issue severities as a case or project system's status list prints them: the degree of issue
read as the degree of concern is, and a negated degree before the word it holds. 'Issue' is an
ordinary word of progress notes, so a degree of issue is a status only when it is all the cell
says (after its marks or a short label), never inside a longer text."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.rag import normalise_rag


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("Minor issues", "amber"),
        ("Some issues", "amber"),
        ("Major issues", "red"),
        ("Major issue", "red"),
        ("No issues", "green"),
        ("No major issues", "green"),
        ("No significant issues", "green"),
        ("● Minor issues", "amber"),
        ("Minor issue", "amber"),
        ("Serious issue", "red"),
        ("Significant issue", "red"),
        ("No issue", "green"),
        ("No major issue", "green"),
        ("Status: Minor issues", "amber"),
        ("Issues log", None),  # a register's name, no degree
        # a progress note that mentions issues says no status
        ("Some issues with recruitment resolved", None),
        ("Minor issues with the data feed fixed in March", None),
        ("Major issues found at audit were addressed by the new policy", None),
        ("No issues raised by the panel", None),
    ],
)
def test_issue_degrees(text: str, colour: str | None) -> None:
    assert normalise_rag(text) == colour
