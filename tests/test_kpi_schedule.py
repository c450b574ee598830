"""A schedule is no scorecard: a project tool's export lists tasks with a start, a finish, a
length and the people doing them, and its numbers (row ids, durations, % done) are no KPI figures.
A scorecard that dates its rows and names a lead still gives its KPIs."""

from __future__ import annotations

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.values import is_duration
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.scorecards import grid_pdf


def _pdf(rows: list[list[str]], widths: list[int]) -> bytes:
    return grid_pdf("Practice improvement programme, January 2026", rows, widths)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12 days", True), ("3 wks", True), ("2 mons", True), ("4d", True), ("5 edays?", True),
     ("1.5 weeks", True), ("45%", False), ("12", False), ("10 days late", False), ("", False)],
)  # fmt: skip
def test_is_duration(raw: str, expected: bool) -> None:
    assert is_duration(raw) is expected


def test_schedule_of_tasks_gives_no_kpis() -> None:
    rows = [
        ["WBS", "Element", "Effort", "Kick-off", "Finish", "Complete", "People"],
        ["1", "Hold fortnightly case audits of missing episodes with team leaders", "40 days",
         "05/01/2026", "27/02/2026", "30%", "Head of Service"],
        ["2", "Refresh the return interview template with young people and the police", "15 days",
         "02/02/2026", "20/02/2026", "100%", "Missing Coordinator"],
        ["3", "Report the timeliness of return interviews to the partnership board quarterly",
         "60 days", "02/03/2026", "22/05/2026", "0%", "Performance Manager"],
        ["4", "Train all residential staff on the updated missing protocol", "25 days",
         "13/04/2026", "15/05/2026", "10%", "Workforce Lead"],
    ]  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_pdf(rows, [30, 300, 50, 70, 70, 40, 110]), "schedule"))
    assert plan.kpis == []


def test_scorecard_with_dated_rows_and_a_lead_keeps_its_kpis() -> None:
    rows = [
        ["Indicator", "Baseline date", "Baseline", "Target", "Target date", "Lead"],
        ["Return interviews offered within 72 hours", "01/04/2025", "54%", "85%", "31/03/2026",
         "Head of Service"],
        ["Children with an up-to-date plan", "01/06/2025", "71%", "95%", "31/12/2026",
         "Service Manager"],
        ["Audits rated good or better", "01/05/2025", "38%", "60%", "30/09/2026",
         "Principal Social Worker"],
    ]  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_pdf(rows, [260, 70, 60, 60, 70, 120]), "scorecard"))
    got = [(k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
           for k in plan.kpis]  # fmt: skip
    assert got == [("54%", "85%"), ("71%", "95%"), ("38%", "60%")]


def test_scorecard_under_headers_of_time_with_dated_rows_keeps_its_kpis() -> None:
    rows = [
        ["What we track", "Measured on", "Where we were", "Where we want to be", "Due by", "Lead"],
        ["Care leavers in education, employment or training", "01/04/2025", "48%", "60%",
         "31/03/2026", "Head of Service"],
        ["Children seen within timescales", "01/06/2025", "82%", "95%", "31/12/2026",
         "Service Manager"],
        ["Re-referrals within 12 months", "01/05/2025", "24%", "18%", "30/09/2026",
         "Principal Social Worker"],
    ]  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_pdf(rows, [240, 70, 70, 80, 70, 120]), "scorecard"))
    got = [(k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
           for k in plan.kpis]  # fmt: skip
    assert got == [("48%", "60%"), ("82%", "95%"), ("24%", "18%")]
