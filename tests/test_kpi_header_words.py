"""A KPI sheet headed 'Measure | Starting position | Most recent | Target': 'Starting position'
is the baseline (not a start date's column) and 'Most recent' the latest figure, read by their
header words with full confidence (no plan_low_confidence warning)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from plantrace.pipeline.extract import extract_file

KPIS = [
    ("Number of approved foster carer households", 37, 334, 442),
    ("Agency social workers as a share of the workforce", 0.78, 0.627, 0.2),
    ("Average caseload per social worker", 21, 18, 15),
]


def test_starting_position_and_most_recent_head_the_figures(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Improvement tracker"])
    ws.append(["Ref no.", "Planned action", "Owner", "Due", "RAG status"])
    ws.append(["Recommendation 1: Improve the quality of supervision for social workers"])
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=5)
    ws.append(["1.1", "Audit twelve supervision records each month", "Tom Ellery",
               date(2026, 3, 31), "Green"])  # fmt: skip
    ws.append(["1.2", "Train every team manager in reflective supervision", "Helen Markham",
               date(2026, 6, 30), "Amber"])  # fmt: skip
    for r in (4, 5):
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
    kpi = wb.create_sheet("KPIs")
    kpi.append(["Measure", "Starting position", "Most recent", "Target"])
    for indicator, start, now, target in KPIS:
        kpi.append([indicator, start, now, target])
        if isinstance(start, float):
            for c in (2, 3, 4):
                kpi.cell(kpi.max_row, c).number_format = "0.0%"
    path = tmp_path / "tracker.xlsx"
    wb.save(str(path))
    got = extract_file(path)
    rows = [(k.indicator, k.baseline_label, k.baseline.value if k.baseline else None,
             k.latest.value if k.latest else None, k.target.value if k.target else None)
            for k in got.kpis]  # fmt: skip
    assert rows == [
        ("Number of approved foster carer households", "Starting position", 37, 334, 442),
        ("Agency social workers as a share of the workforce", "Starting position", 78, 62.7, 20),
        ("Average caseload per social worker", "Starting position", 21, 18, 15),
    ]
    assert "plan_low_confidence" not in {w.code for w in got.warnings}
    assert [a.rag for a in got.actions] == ["green", "amber"]
