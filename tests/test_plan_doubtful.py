"""Saying so when a plan is read doubtfully (extractors.plan_warnings): actions that read as
pieces of others (text opening mid-sentence, or one action without the reference all its
neighbours carry) get the warning plan_actions_doubtful; a warning repeated on one page (a card
label unplaced in each run of cards) is said once. A plan read cleanly gets neither.

The actions are those a reader gives when a wrapped line of a row becomes a row of its own
(an unruled tracker whose second line of text sits where a new row would start).
"""

from __future__ import annotations

from datetime import date

from plantrace.extractors.plan_cards import split_cards
from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_warnings import plan_warnings, unique
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line
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
            owner="Head of Service",  # owned, so only the doubts under test are said
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


def _line(text: str, top: float, page: int = 1) -> Line:
    return Line(text, (72.0, top, 72.0 + 5.0 * len(text), top + 9.0), 9.0, False, page, int(top))


def test_card_lines_left_outside_the_cards_are_said() -> None:
    """Two cards read as a table, then a third card's label lines left as a paragraph (a card
    the reader did not take): the plan says an action there may be missing."""
    cards = [
        "1.1 Publish a revised supervision policy",
        "Responsible lead: Head of Practice",
        "Finish by: March 2026",
        "1.2 Audit twenty case files each month",
        "Responsible lead: Principal Social Worker",
        "Finish by: June 2026",
    ]
    lines = [_line(t, 100.0 + 12 * k + (8 if t.startswith("1.") else 0) * k) for k, t in
             enumerate(cards)]  # fmt: skip
    read = split_cards(lines, lambda ls: [Element(1, ls[0].top, lines=ls)])
    assert any(el.table is not None for el in read)
    stray = Element(1, 400.0, lines=[_line("Responsible lead: Head of Early Help", 400.0)])
    (warning,) = [w for w in plan_warnings([*read, stray], []) if w.code == "plan_actions_doubtful"]
    assert "'Responsible lead: Head of Early Help'" in warning.message
    assert warning.page == 1
    assert not [w for w in plan_warnings(read, []) if w.code == "plan_actions_doubtful"]
