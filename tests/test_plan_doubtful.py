"""Saying so when a plan is read doubtfully (extractors.plan_warnings): actions that read as
pieces of others (text opening mid-sentence, or one action without the reference all its
neighbours carry) get the warning plan_actions_doubtful; a warning repeated on one page (a card
label unplaced in each run of cards) is said once. A plan read cleanly gets neither.

The actions are those a reader gives when a wrapped line of a row becomes a row of its own
(an unruled tracker whose second line of text sits where a new row would start).
"""

from __future__ import annotations

from datetime import date

from plantrace.extractors.plan_warnings import plan_warnings, unique
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from tests.factories import PLAN_SHA, prov

CLEAN = [
    ("A1", "Publish a revised supervision policy with a four-weekly minimum", "2026-03-31"),
    ("A2", "Audit twenty case files each month against the new policy", "2026-06-30"),
    ("A3", "Report audit themes to the quality assurance board every quarter", "2026-09-30"),
    ("A4", "Train team managers in reflective supervision with the university", "2026-12-31"),
]


def _actions(rows: list[tuple[str | None, str, str]]) -> list[Action]:
    return [
        Action(
            id=f"a{n}",
            ref=ref,
            text=text,
            due_date=date.fromisoformat(due),
            due_raw=due,
            provenance=prov(PLAN_SHA, page=3),
        )
        for n, (ref, text, due) in enumerate(rows, start=1)
    ]


def test_a_clean_plan_has_no_doubt() -> None:
    assert plan_warnings([], _actions(CLEAN)) == []


def test_wrapped_lines_read_as_actions_are_named() -> None:
    split = [
        CLEAN[0],
        (None, "against the new policy and the practice standards", "2026-06-30"),
        *CLEAN[1:],
    ]
    warnings = plan_warnings([], _actions(split))
    assert [w.code for w in warnings] == ["plan_actions_doubtful"]
    assert warnings[0].page == 3
    assert "1 of 5 actions" in warnings[0].message
    assert "'against the new policy and the practice standards'" in warnings[0].message


def test_a_missing_reference_among_referenced_actions_is_doubtful() -> None:
    rows = [*CLEAN, (None, "Recruit four permanent team managers", "2026-12-31")]
    (warning,) = plan_warnings([], _actions(rows))
    assert warning.code == "plan_actions_doubtful"
    assert "'Recruit four permanent team managers'" in warning.message


def test_unreferenced_plans_and_brand_words_are_not_doubtful() -> None:
    rows = [(None, text, due) for _, text, due in CLEAN]
    rows.append((None, "e-learning on neglect for every social worker", "2026-10-31"))
    assert plan_warnings([], _actions(rows)) == []


def test_a_repeated_warning_is_said_once_per_page() -> None:
    said = ExtractionWarning(code="plan_column_unplaced", message="a card label 'Team'", page=2)
    other_page = ExtractionWarning(code="plan_column_unplaced", message=said.message, page=3)
    assert unique([said, said, other_page, said]) == [said, other_page]
