"""plan_status_unread where no action's status was read: statuses printed once per
recommendation (fewer than half the actions) still say the plan is rated; statuses for half
the actions or more say it too; a label chip counts only where its key names a status
('status: blocked'), never a priority or severity ('priority: critical' reads as red, yet rates
how much an issue matters)."""

from __future__ import annotations

from plantrace.extractors.status_unread import printed_status_warnings
from plantrace.models.plan import Action
from tests.factories import prov

TITLES = [
    "Run a monthly audit of child protection plans",
    "Recruit four independent reviewing officers",
    "Review the supervision policy with team managers",
    "Update the threshold document with partners",
    "Launch the exploitation screening tool",
    "Publish the revised practice standards",
]


def _said(texts: list[str], recs: list[str] | None = None) -> list[str]:
    actions = [
        Action(
            id=f"a{k}",
            ref=f"{k}",
            text=t,
            recommendations=[recs[k]] if recs else [],
            provenance=prov("0" * 64, 1),
        )
        for k, t in enumerate(texts)
    ]
    return [w.code for w in printed_status_warnings([], actions)]


def test_ratings_printed_once_per_recommendation_are_said() -> None:
    # 40 actions under 8 recommendations, each recommendation's first action stamped
    texts = [f"{TITLES[k % 6]} ({k})" for k in range(40)]
    recs = [f"R{k // 5 + 1}" for k in range(40)]
    stamped = [t + (" OFF TRACK" if k % 5 == 0 else "") for k, t in enumerate(texts)]
    assert _said(stamped, recs) == ["plan_status_unread"]
    # the same stamps on three recommendations of the eight are no rating of the plan
    few = [t + (" OFF TRACK" if k in (0, 5, 10) else "") for k, t in enumerate(texts)]
    assert _said(few, recs) == []


def test_stamps_for_half_the_actions_are_said() -> None:
    stamped = [t + (" AT RISK" if k % 2 else "") for k, t in enumerate(TITLES)]
    assert _said(stamped) == ["plan_status_unread"]
    assert _said([t + (" AT RISK" if k == 1 else "") for k, t in enumerate(TITLES)]) == []


def test_only_status_chips_are_statuses() -> None:
    status = [f"{t} #{k} rec: 1 status: blocked" for k, t in enumerate(TITLES)]
    assert _said(status) == ["plan_status_unread"]
    priority = [f"{t} #{k} rec: 1 priority: critical" for k, t in enumerate(TITLES)]
    severity = [f"{t} #{k} severity: critical" for k, t in enumerate(TITLES)]
    assert _said(priority) == [] and _said(severity) == []
