"""A KPI table whose measure column is headed by the board that watches it is read.

A scorecard headed its measure column with the board that watches the measures ('What the
Board monitors'); the header vocabulary read the one word 'board' as the governance column, so
the table had no indicator column (the scorecard reader skips a governance column when it looks
for an unnamed one) and every row was dropped without a word. In a KPI table with no indicator
column, a header naming only a board over cells of words naming no board or person is the
measures: the indicator (column_roles._measures_under_board). A column of boards keeps its
governance; a scorecard whose rows no column names is said (kpi_table_unread), not dropped
unsaid.
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.column_roles import KPI_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import Element, PlanTable, Row
from plantrace.extractors.unread_measures import unread_measure_warnings
from plantrace.pipeline.document import Cell
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

ACTIONS = [
    ("1.1", "Audit twenty case files each quarter and report the findings", "Head of Quality",
     "31/03/2027", "Green"),
    ("1.2", "Recruit six permanent team managers", "Director of Children's Services",
     "30/06/2027", "Amber"),
    ("2.1", "Publish a revised threshold document with partners", "Head of Early Help",
     "31/01/2027", "Red"),
]  # fmt: skip
MEASURES = [
    ("Re-referrals within 12 months", "24%", "21%", "18%"),
    ("Assessments completed within 45 working days", "71%", "80%", "90%"),
    ("Children seen alone on every statutory visit", "62%", "70%", "95%"),
    ("Average caseload per social worker", "22", "19", "16"),
]
CSS = (
    "@page { size: A4; margin: 15mm; } body { font-family: 'Liberation Sans', sans-serif;"
    " font-size: 9pt; } table { border-collapse: collapse; width: 100%; margin-bottom: 8mm; }"
    " th, td { border: 0.5pt solid #555; padding: 3pt; text-align: left; vertical-align: top; }"
)


def _html() -> str:
    acts = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in a) + "</tr>" for a in ACTIONS)
    kpis = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in m) + "</tr>" for m in MEASURES)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Improvement plan</h1><table><tr><th>Ref</th><th>Action</th><th>Lead officer</th>"
        f"<th>Due date</th><th>RAG</th></tr>{acts}</table><h2>Measures</h2><table><tr>"
        "<th>What the Board monitors</th><th>Baseline</th><th>Latest</th><th>Target</th></tr>"
        f"{kpis}</table></body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("boardkpi") / "boardkpi.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_measures_under_a_board_header_are_read(plan) -> None:  # type: ignore[no-untyped-def]
    got = [(k.indicator, k.baseline.raw if k.baseline else None,
            k.latest.raw if k.latest else None, k.target.raw if k.target else None)
           for k in plan.kpis]  # fmt: skip
    assert got == MEASURES
    assert sorted(a.ref or "" for a in plan.actions) == ["1.1", "1.2", "2.1"]


def test_a_column_of_boards_keeps_its_governance() -> None:
    labels = ["Indicator", "Reported to", "Baseline", "Target"]
    header = ["indicator", "governance", "baseline", "target"]
    columns = [[m[0] for m in MEASURES], ["Improvement Board", "Corporate Parenting Panel",
               "Improvement Board", "Safeguarding Partnership Board"],
               [m[1] for m in MEASURES], [m[3] for m in MEASURES]]  # fmt: skip
    roles = read_roles(KPI_TABLE, header, labels, columns).roles
    assert roles[:2] == ["indicator", "governance"]


def test_measures_under_a_board_header_are_the_indicator() -> None:
    labels = ["What the Board monitors", "Baseline", "Latest", "Target"]
    header = ["governance", "baseline", "latest", "target"]
    columns = [[m[i] for m in MEASURES] for i in range(4)]
    assert read_roles(KPI_TABLE, header, labels, columns).roles[0] == "indicator"


def _scorecard(roles: list[str | None], rows: list[tuple[str, ...]]) -> PlanTable:
    cells = [Row([Cell(text=v, bbox=(0.0, 0.0, 10.0, 10.0)) for v in r], page=1) for r in rows]
    labels = ["Board", "Baseline", "Latest", "Target"]
    return PlanTable(KPI_TABLE, roles, labels, cells, page=1, top=0.0)


def test_a_scorecard_with_no_measure_column_is_said() -> None:
    # a column of boards left of the figures is no measure: the rows cannot be read as KPIs
    rows = [("Improvement Board", "24%", "21%", "18%"), ("Corporate Parenting Panel", "71%",
            "80%", "90%"), ("Improvement Board", "62%", "70%", "95%")]  # fmt: skip
    table = _scorecard(["governance", "baseline", "latest", "target"], rows)
    said = unread_measure_warnings([Element(page=1, top=0.0, table=table)])
    assert [w.code for w in said] == ["kpi_table_unread"]
    assert "3 rows" in said[0].message
    named = _scorecard(["indicator", "baseline", "latest", "target"], rows)
    assert unread_measure_warnings([Element(page=1, top=0.0, table=named)]) == []
