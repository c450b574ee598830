"""Every miss the plan scorer counts is a miss it lists: a recommendation, a KPI row or a
glossary entry read that matches no gold item lowers precision (a false positive), and was not
listed, so a family's figures could fall with a miss list that did not say why. A missed KPI
is listed with its gold code and indicator, not the indicator as if it had been read."""

from __future__ import annotations

from typing import Any

from plantrace.pipeline.evaluate.plans import format_report, score_plans

GOLD: dict[str, Any] = {
    "file": "plan.pdf",
    "recommendations": [{"number": "1", "text": "Improve the quality of supervision"}],
    "actions": [
        {"ref": "1.1", "text": "Audit every child's plan each month", "progress": "Audits begun"},
        {"ref": "1.2", "text": "Train team managers in supervision", "progress": "Booked"},
    ],
    "kpis": [
        {"code": "K1", "indicator": "Social worker vacancy rate"},
        {"code": "K2", "indicator": "Children seen within ten days"},
    ],
    "glossary": {"IRO": "Independent reviewing officer"},
}

PRED: dict[str, Any] = {
    "recommendations": [
        {"id": "r1", "number": "1", "text": "Improve the quality of supervision"},
        {"id": "r2", "number": "2", "text": "Priority areas for the coming year", "page": 2},
    ],
    "actions": [
        {"ref": "1.1", "text": "Audit every child's plan each month", "progress": "Audits begun",
         "recommendations": []},
        {"ref": "1.2", "text": "Train team managers in supervision", "progress": None,
         "recommendations": []},
    ],
    "kpis": [
        {"code": "K1", "indicator": "Social worker vacancy rate", "page": 1},
        {"code": "", "indicator": "Average caseload per worker", "page": 3},
    ],
    "glossary": {"IRO": "Independent reviewing officer", "LADO": "Local authority designated"},
    "warnings": [],
}  # fmt: skip


def test_every_false_positive_and_negative_counted_is_listed() -> None:
    s = score_plans([(GOLD, PRED)])
    assert (s.recommendations.fp, s.kpi_rows.fp, s.kpi_rows.fn, s.glossary.fp) == (1, 1, 1, 1)
    assert s.action_fields["progress"].hits == 1 and s.action_fields["progress"].n == 2
    fields = [m.field for m in s.misses]
    assert fields == [
        "recommendation (extra)",
        "action 1.2 progress",
        "kpi (missed)",
        "kpi (extra)",
        "glossary lado (extra)",
    ]
    by_field = {m.field: m for m in s.misses}
    assert by_field["recommendation (extra)"].predicted == "2 Priority areas for the coming year"
    assert by_field["recommendation (extra)"].page == 2
    assert (by_field["kpi (missed)"].gold, by_field["kpi (missed)"].predicted) == (
        "K2 Children seen within ten days",
        None,
    )
    assert (by_field["kpi (extra)"].page, by_field["kpi (extra)"].predicted) == (
        3,
        "Average caseload per worker",
    )
    report = format_report(s)
    assert "Misses (5):" in report
    assert "- plan.pdf p3 kpi (extra): gold=null predicted='Average caseload per worker'" in report
