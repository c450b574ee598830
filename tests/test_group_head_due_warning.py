"""A register's risk headings read as cards by the layout, then set aside as group headings
(extractors/group_heads.py), owe no due date: the card run's 'due dates could not be read'
warning is decided on the actions kept, so it no longer speaks of cards that are no actions.
"""

from __future__ import annotations

from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.test_group_heads import RISKS, _register


def test_set_aside_headings_raise_no_due_warning(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_register(tmp_path / "register.pdf")))
    assert [a.ref for a in plan.actions] == [it[0] for *_, its in RISKS for it in its]
    assert all(a.due_raw for a in plan.actions)
    assert not [w for w in plan.warnings if w.code == "plan_due_dates_unread"]
