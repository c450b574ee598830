"""An action read with no owner, due date or status where nearly all the plan's actions carry
all three is said (plan_actions_doubtful, naming it): its fields were read into other text.

The direction's annex of tests/test_justified_clauses.py is read whole (no warning); read with
its clauses' hanging indent measured as printed (the fault that commit fixed), the first
clause's wrapped line is a paragraph of its own and its '(a)'..'(c)' lines attach to nothing:
the plan must say so rather than pass as read.
"""

from __future__ import annotations

import datetime

import pytest

import plantrace.extractors.plan_prose as plan_prose
from plantrace.extractors.fieldless_actions import fieldless_action_warnings
from plantrace.extractors.plan import extract_plan
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.test_justified_clauses import _pdf


def _doubts(warnings: list[ExtractionWarning]) -> list[str]:
    return [w.message for w in warnings if w.code == "plan_actions_doubtful"]


def test_annex_read_whole_has_no_doubt() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "annex.pdf"))
    assert len(result.actions) == 5
    assert not [m for m in _doubts(result.warnings) if "no owner, due date or status" in m]


def test_clause_whose_fields_were_lost_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # the indent measured as printed, the justified spread left in: the fault being guarded
    monkeypatch.setattr(plan_prose, "_SPACE", 100.0)
    result = extract_plan(parse_pdf_bytes(_pdf(), "annex.pdf"))
    bare = [a.ref for a in result.actions if not (a.owner or a.due_date or a.rag)]
    assert bare  # the fault reproduces
    messages = [m for m in _doubts(result.warnings) if "no owner, due date or status" in m]
    assert len(messages) == 1
    assert f"'{bare[0]}'" in messages[0]
    assert f"{len(result.actions) - len(bare)} of {len(result.actions)} actions" in messages[0]


def _action(i: int, *, owner: str | None, due: bool, rag: str | None) -> Action:
    return Action(
        id=f"a{i}",
        ref=f"1.{i}",
        text=f"Action number {i}",
        owner=owner,
        due_date=datetime.date(2026, 3, 31) if due else None,
        rag=rag,
        provenance=Provenance(sha256="0" * 64, page=2, extractor="t", extractor_version="t"),
    )


def test_only_where_nearly_every_action_has_all_three() -> None:
    whole = [_action(i, owner="Head of Service", due=True, rag="green") for i in range(1, 6)]
    bare = _action(6, owner=None, due=False, rag=None)
    (warning,) = fieldless_action_warnings([*whole, bare])
    assert warning.message.startswith("action '1.6' has no owner, due date or status, where 5")
    assert warning.page == 2
    # an action with one field of three is no bare action
    assert not fieldless_action_warnings([*whole, _action(6, owner="X", due=False, rag=None)])
    # a plan of owners only: bare actions are its own
    owners_only = [_action(i, owner="Lead", due=False, rag=None) for i in range(1, 8)]
    assert not fieldless_action_warnings([*owners_only, bare])
    # too few actions to judge by
    assert not fieldless_action_warnings([*whole[:3], bare])
