"""A scorecard whose header prints in two tiers: a group's cell ('Goals by year') over columns
of their own ('2025/26' | '2026/27'), the other cells merged down over both (a web page's
`rowspan`), the table boxed with a rule under its header and no rule between its rows.

Set in its rows' middle, the header's merged-down labels sit between the group's label and its
columns' labels, and that line of column labels leaves the key column empty. The unruled
reader took that line for a header row's wrapped line and, with no wrapped cell in the body
to show a line break inside a row, ran every one-line row of the body into one row: no KPI
read, silently (holdout html-twotier-dots, KPI values 0.741). Set at the bottom, a wrapped
label's first line ('Year-start' over 'actual') stood a line above the one-line labels, the
header read from its last words ('actual', 'travel'), and the baseline was read from the first
goal's column. A scorecard's rows left as text are said (kpi_table_unread).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline.extract import extract_file
from tests.chromium import needs_chromium, print_pdf

ROWS = [
    ("Average caseload per social worker", "443", "436", "19", "433", "Worsening"),
    (
        "Children seen within timescales on their plan",
        "25%",
        "89.3%",
        "39.6%",
        "18.6%",
        "Improving",
    ),
    ("Re-referrals within 12 months", "38.8%", "28%", "59.4%", "45.4%", "Improving"),
    ("Care leavers in suitable accommodation", "14.2%", "16%", "9%", "42.9%", "Level"),
]
# a row whose cells wrap: a line break inside a row, closer than the rows' pitch
WRAPPED = ("Children subject to a child protection plan per 10,000 children", "29.0 per 10,000",
           "61.5 per 10,000", "73.0 per 10,000", "38.0 per 10,000", "Worsening")  # fmt: skip


def _html(align: str, start: str, trend: str, rows: list[tuple[str, ...]]) -> str:
    css = (
        "@page { size: A4; margin: 14mm; } body { font-family: 'Liberation Sans',"
        " sans-serif; font-size: 8.5pt; } table { border-collapse: collapse; width: 100%; }"
        f" td, th {{ vertical-align: {align}; text-align: left; padding: 3pt 4pt; }}"
        " th { background: #e4e4e4; border-bottom: 0.8pt solid #444; } th.group { text-align:"
        " center; } table { border: 1pt solid #444; }"
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
        "<h1>Improvement plan</h1><h2>How we will know it is working</h2>"
        f"<table><thead><tr><th rowspan='2'>What we count</th>"
        f"<th rowspan='2'>{start}</th><th rowspan='2'>Current</th>"
        "<th class='group' colspan='2'>Goals by year</th>"
        f"<th rowspan='2'>{trend}</th></tr><tr><th>2025/26</th><th>2026/27</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )


@needs_chromium
@pytest.mark.parametrize(
    ("align", "start", "trend", "rows"),
    [
        ("middle", "Position at start", "Trajectory", ROWS),  # every row one line
        ("middle", "Position at start", "Trajectory", [*ROWS[:3], WRAPPED, ROWS[3]]),
        # narrow columns wrap these labels over two lines, set at the bottom of the header
        ("bottom", "Year-start actual", "Direction of travel", [*ROWS[:3], WRAPPED, ROWS[3]]),
    ],
)
def test_a_two_tier_header_over_its_rows(
    tmp_path: Path, align: str, start: str, trend: str, rows: list[tuple[str, ...]]
) -> None:
    page = tmp_path / "plan.html"
    page.write_text(_html(align, start, trend, rows))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    kpis = extract_file(pdf).to_contract()["kpis"]
    got = [
        (k["indicator"], k["baseline"]["raw"], k["latest"]["raw"], k["target"]["raw"]) for k in kpis
    ]
    # the baseline is the start's figure, the latest the current one, the target the last year's
    assert got == [(ind, base, now, goal) for ind, base, now, _, goal, _ in rows]
