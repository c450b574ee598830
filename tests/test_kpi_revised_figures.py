"""A KPI figure revised in place: the old value struck through and the new one after it in the
same cell ('<s>45%</s> 60%'). The text layer keeps no strike, so the cell reads as two figures of
one unit side by side; the one the plan stands at is the last. Figures of different units, or
with words between them, are not a revision and are kept as printed. A line under the listing
(a source note, an end-of-report line) that lines up with the first column is no measure."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.values import revised_figure, split_figures
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


@pytest.mark.parametrize(
    ("raw", "now"),
    [
        ("45% 60%", "60%"),
        ("120 days 95 days", "95 days"),
        ("3.1 per 1,000 2.4 per 1,000", "2.4 per 1,000"),
        ("3.1 per 1,0002.4 per 1,000", "2.4 per 1,000"),  # the two runs printed with no space
        ("14 9", "9"),
        ("60%", None),  # one figure: nothing revised
        ("12 days 40%", None),  # two units: two things, not one revised
        ("45% by March 60%", None),
        ("5% 6% 7%", None),
    ],
)
def test_revised_figure(raw: str, now: str | None) -> None:
    assert revised_figure(raw) == now


def test_a_rate_run_into_the_next_figure_splits_after_its_base() -> None:
    assert split_figures("3.1 per 1,0002.4 per 1,000") == ["3.1 per 1,000", "2.4 per 1,000"]
    assert split_figures("35 per 1000") == ["35 per 1000"]


def _measures(rows: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    t = Table([[Paragraph(x, STYLE) if x else "" for x in r] for r in rows],
              colWidths=[230, 80, 80, 90])  # fmt: skip
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Performance measures (revised at the March review)", STYLE), t])
    return buf.getvalue()


def test_a_struck_old_goal_gives_way_to_the_new_one() -> None:
    rows = [
        ["Indicator", "Start point", "Current", "Goal"],
        ["Care leavers in suitable accommodation", "81%", "84%", "<strike>88%</strike> 92%"],
        ["Days from referral to assessment", "52 days", "47 days", "40 days"],
        ["Repeat referrals within a year", "24%", "22%", "<strike>20%</strike> 18%"],
    ]
    plan = extract_plan(parse_pdf_bytes(_measures(rows), "measures"))
    got = [(k.baseline.raw if k.baseline else None, k.target.raw if k.target else None,
            k.target.value if k.target else None) for k in plan.kpis]  # fmt: skip
    assert got == [("81%", "92%", 92.0), ("52 days", "40 days", 40.0), ("24%", "18%", 18.0)]


def test_a_line_under_the_measures_is_no_measure() -> None:
    rows = [
        ["Indicator", "Start point", "Current", "Goal"],
        ["Care leavers in suitable accommodation", "81%", "84%", "92%"],
        ["Days from referral to assessment", "52 days", "47 days", "40 days"],
        ["Repeat referrals within a year", "24%", "22%", "18%"],
        ["Source: quarterly performance return", "", "", ""],
    ]
    plan = extract_plan(parse_pdf_bytes(_measures(rows), "measures"))
    assert [k.indicator for k in plan.kpis] == [
        "Care leavers in suitable accommodation",
        "Days from referral to assessment",
        "Repeat referrals within a year",
    ]


def test_a_measure_not_yet_reported_in_the_middle_is_kept() -> None:
    rows = [
        ["Indicator", "Start point", "Current", "Goal"],
        ["Care leavers in suitable accommodation", "81%", "84%", "92%"],
        ["Children seen alone at each visit", "", "", ""],
        ["Repeat referrals within a year", "24%", "22%", "18%"],
    ]
    plan = extract_plan(parse_pdf_bytes(_measures(rows), "measures"))
    assert len(plan.kpis) == 3
