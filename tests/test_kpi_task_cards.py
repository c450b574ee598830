"""Tasks that a header made look like a scorecard (fixer D, round 12): a 'Latest ...' label over
notes reads as a KPI's latest figure, and the rows' text as indicators, but no row prints a figure
and every row names who does it and by when: these are tasks, and give no KPIs. A scorecard whose
figures are not in yet (blank cells) keeps its KPIs."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.scorecards import grid_pdf


def _pdf(rows: list[list[str]], widths: list[int]) -> bytes:
    return grid_pdf("Early help improvement programme, March 2026", rows, widths)


def test_tasks_under_a_latest_label_give_no_kpis() -> None:
    rows = [
        ["Measure", "Lead officer", "Deadline", "Latest position"],
        ["Hold fortnightly case audits of missing episodes with team leaders",
         "Head of Service", "31 May 2026", "Audits booked; first held in April"],
        ["Refresh the return interview template with young people and the police",
         "Missing Coordinator", "30 June 2026", "Draft shared with partners"],
        ["Report the timeliness of return interviews to the partnership board",
         "Performance Manager", "31 July 2026", "Not yet started"],
    ]  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_pdf(rows, [300, 140, 100, 200]), "tasks"))
    assert plan.kpis == []


def test_a_scorecard_awaiting_its_figures_keeps_its_kpis() -> None:
    rows = [
        ["Measure", "Baseline", "Latest position", "Target"],
        ["Return interviews offered within 72 hours", "41%", "", "85%"],
        ["Children missing three times or more in a quarter", "38", "", "20"],
        ["Strategy meetings with health present", "52%", "", "90%"],
    ]
    plan = extract_plan(parse_pdf_bytes(_pdf(rows, [300, 100, 120, 100]), "kpis"))
    assert [k.target.raw if k.target else None for k in plan.kpis] == ["85%", "20", "90%"]
