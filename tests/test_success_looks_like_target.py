"""A scorecard's right-most figures under 'Success looks like' (or 'Success criteria') are the
target: beside actions such a header names a column nothing is read from ('other'), and in a
KPI table it had made every row's target unread (column_roles._success_target)."""

from __future__ import annotations

from tests.scorecards import Figures, kpi_figures, scorecard_pdf

ROWS = [
    ["Number of approved foster carer households", "353", "409", "369"],
    ["Re-referrals within 12 months", "64%", "89%", "29%"],
    ["Children subject to a child protection plan per 10,000 children", "36.6 per 10,000",
     "22.4 per 10,000", "56.0 per 10,000"],
    ["Assessments completed within 45 working days", "34.3%", "69%", "50%"],
]  # fmt: skip


def _read(head: list[str]) -> list[Figures]:
    pdf = scorecard_pdf("How we will know", head, ROWS, [300, 110, 110, 120], "GRID")
    return kpi_figures(pdf, "scorecard.pdf")


def test_success_looks_like_over_figures_is_the_target() -> None:
    got = _read(["Metric", "Before", "Latest", "Success looks like"])
    assert got == [(r[1], r[2], r[3]) for r in ROWS]


def test_success_criteria_over_figures_is_the_target() -> None:
    got = _read(["Metric", "Before", "Latest", "Success criteria"])
    assert got == [(r[1], r[2], r[3]) for r in ROWS]
