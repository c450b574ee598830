"""The plan scorer says how much of a score is order alone: a plan printed grouped by status lists
its actions in another order than gold, and the in-order count cannot credit them all."""

from __future__ import annotations

from typing import Any

from plantrace.pipeline.evaluate.common import align, match_any_order
from plantrace.pipeline.evaluate.plans import format_by, score_plans

TEXTS = [
    "Audit every child's plan each month",
    "Train team managers in reflective supervision",
    "Recruit six permanent social workers",
    "Review the front door thresholds with partners",
]


def _acts(order: list[int]) -> list[dict[str, Any]]:
    return [{"text": TEXTS[i], "owner": "Head of Service"} for i in order]


def _same(g: str, p: str) -> bool:
    return g == p


def test_any_order_matches_what_in_order_cannot() -> None:
    gold, printed = ["a", "b", "c", "d"], ["c", "a", "d", "b"]
    assert len(align(gold, printed, _same)) == 2  # a..b or c..d: one run in order
    assert match_any_order(gold, printed, _same) == [(0, 1), (1, 3), (2, 0), (3, 2)]


def test_any_order_moves_an_earlier_pair_to_match_more() -> None:
    # gold 0 could take either predicted item, gold 1 only the first: the seed pair must move
    ok = {(0, 0), (0, 1), (1, 0)}
    pairs = match_any_order([0, 1], [0, 1], lambda g, p: (g, p) in ok)
    assert pairs == [(0, 1), (1, 0)]


def test_any_order_never_pairs_twice_or_invents() -> None:
    pairs = match_any_order(["a", "a", "b"], ["a", "x"], _same)
    assert len(pairs) == 1 and pairs[0][1] == 0


def test_plan_grouped_by_status_scores_one_in_any_order_only() -> None:
    gold = {"file": "plan.pdf", "family": "grouped", "recommendations": [],
            "actions": _acts([0, 1, 2, 3])}  # fmt: skip
    pred = {"recommendations": [], "actions": _acts([2, 0, 3, 1]), "warnings": []}
    s = score_plans([(gold, pred)])
    assert (s.actions.tp, s.actions.fp, s.actions.fn) == (2, 2, 2)
    assert (s.actions_any_order.tp, s.actions_any_order.fp, s.actions_any_order.fn) == (4, 0, 0)
    row = format_by({"grouped": s}).splitlines()[-1].split()
    assert row[0] == "grouped" and float(row[2]) == 0.5 and float(row[-1]) == 1.0
