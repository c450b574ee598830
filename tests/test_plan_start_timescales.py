"""Timescales counted from the plan's own start: 'Week 10', 'Within 20 weeks', '+60 days', 'Month 5'.

A plan may print its start once ('Day 0 (plan start)' in a cover table of facts, beside the
inspection's and the approval's dates) and time every action from it. The date normaliser
counts weeks and days from that day and plan months from its month (Month 1); the cell typer
reads such cells as dates, so the column is the due even under a header naming where the
counting starts ('Time from plan start'). Owners printed with their helpers ('with support
from ...') are the owner alone; a start header over a table's one update is its progress; a
due header over a KPI table's last figures is the target. A plan that prints no start keeps
the timescales undated and says why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import find_plan_start, names_plan_time, parse_plan_time

FACTS = [
    ("Inspection", "3 March 2025"),
    ("Approved by Cabinet", "20 May 2025"),
    ("Day 0 (plan start)", "Monday 2 June 2025"),
    ("Version", "1 September 2025"),
]
HEADER = ["Ref", "Action", "Lead", "Time from plan start", "RAG", "Update since start"]
TABLES = [
    ("Recommendation 1: Strengthen management oversight of casework", [
        ("1.1", "Audit supervision records every month and report themes to the board",
         "Head of Service\nwith support from Dana Okoro", "Week 10", "Green", ""),
        ("1.2", "Publish a revised supervision standard for all social work teams",
         "Principal Social Worker", "+60 days", "Amber",
         "Draft shared with team managers; sign-off at the next board"),
    ]),
    ("Recommendation 2: Improve the timeliness of assessments", [
        ("2.1", "Recruit four permanent social workers to the assessment teams",
         "Service Manager, Assessment", "Within 20 weeks", "Red", ""),
        ("2.2", "Introduce a weekly performance clinic for team managers",
         "Head of Performance", "Month 5", "Green", ""),
    ]),
]  # fmt: skip
KPIS = [["Measure", "At start", "Latest", "By the end"],
        ["Assessments completed within 45 days", "61%", "68%", "85%"],
        ["Average caseload per social worker", "24", "21", "18"]]  # fmt: skip


def _plan(path: Path, *, start: bool = True) -> None:
    d = Document()
    d.add_heading("Improvement plan", level=1)
    facts = FACTS if start else [f for f in FACTS if not f[0].startswith("Day 0")]
    t = d.add_table(rows=len(facts), cols=2)
    t.style = "Table Grid"
    for i, (label, value) in enumerate(facts):
        t.cell(i, 0).text, t.cell(i, 1).text = label, value
    for title, rows in TABLES:
        d.add_heading(title, level=2)
        t = d.add_table(rows=len(rows) + 1, cols=len(HEADER))
        t.style = "Table Grid"
        for j, h in enumerate(HEADER):
            t.cell(0, j).paragraphs[0].add_run(h).bold = True
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    d.add_heading("How we will know", level=2)
    t = d.add_table(rows=len(KPIS), cols=len(KPIS[0]))
    t.style = "Table Grid"
    for i, row in enumerate(KPIS):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(str(path))


def test_timescales_count_from_the_printed_start(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    result = extract_file(tmp_path / "plan.docx").to_contract()
    assert [(a["ref"], a["owner"], a["due_raw"], a["due_date"]) for a in result["actions"]] == [
        ("1.1", "Head of Service", "Week 10", "2025-08-11"),
        ("1.2", "Principal Social Worker", "+60 days", "2025-08-01"),
        ("2.1", "Service Manager, Assessment", "Within 20 weeks", "2025-10-20"),
        ("2.2", "Head of Performance", "Month 5", "2025-10-31"),
    ]
    assert [a["progress"] for a in result["actions"]] == [
        None, "Draft shared with team managers; sign-off at the next board", None, None
    ]  # fmt: skip
    assert [(k["baseline"]["raw"], k["target"]["raw"]) for k in result["kpis"]] == [
        ("61%", "85%"), ("24", "18")
    ]  # fmt: skip
    assert "plan_due_dates_unread" not in [w["code"] for w in result["warnings"]]


def test_no_printed_start_leaves_them_undated_and_says_so(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx", start=False)
    result = extract_file(tmp_path / "plan.docx").to_contract()
    assert [a["due_date"] for a in result["actions"]] == [None] * 4
    said = [w["message"] for w in result["warnings"] if w["code"] == "plan_due_dates_unread"]
    assert len(said) == 1 and "timed from the plan's start ('Week 10'" in said[0]


def test_the_normaliser_counts_from_the_start_day() -> None:
    start = find_plan_start("Day 0 (plan start) Saturday 25 January 2025 This version 26 July 2025")
    assert start == date(2025, 1, 25)
    assert find_plan_start("Improvement plan: timescales from Day 0") is None
    assert [parse_plan_time(t, start=start) for t in ("Week 18", "+90 days", "Month 9")] == [
        date(2025, 5, 31), date(2025, 4, 25), date(2025, 9, 30)
    ]  # fmt: skip
    # a count of weeks is a figure, and a calendar week with its year a date of its own
    assert not names_plan_time("6 weeks") and not names_plan_time("Week 14 2026")
    # a timescale inside a measure's name or a sentence is no timescale cell
    assert not names_plan_time("Visits within 10 days")
    assert not names_plan_time("Audit within 6 weeks of referral")
