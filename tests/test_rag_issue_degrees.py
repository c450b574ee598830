"""Issue severities as a case or project system's status list prints them: the degree of issue
read as the degree of concern is, and a negated degree before the word it holds."""

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
        ("Issues log", None),  # a register's name, no degree
    ],
)
def test_issue_degrees(text: str, colour: str | None) -> None:
    assert normalise_rag(text) == colour
