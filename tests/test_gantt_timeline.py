"""A Gantt chart is a table whose month columns hold fills, not words: a header row of
consecutive months ('Sep'25' .. 'Feb'26') over cells shaded while each row's work runs, beside a
column of sentences, is an action table whatever its header calls that column
(column_roles.timeline_months, plan_columns._gantt_kind); the due date is the last shaded month,
and where the bars take two status colours or more a bar's colour is its row's status
(column_roles.bar_rag). Months over figures are no timeline."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import bar_rag, timeline_months
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

STYLE = getSampleStyleSheet()["BodyText"]
MONTHS = ["Sep'25", "Oct'25", "Nov'25", "Dec'25", "Jan'26", "Feb'26"]
GREEN, AMBER, RED, NAVY = "#2E8B3C", "#F0A202", "#B22222", "#1F3864"

# (ref, work, lead, first month, last month, bar colour) under a priority's banner row
ROWS = [
    ("P1", "Priority one: a stable workforce", None, 0, 0, ""),
    ("a", "Run a rolling campaign to recruit permanent social workers from other areas",
     "Maya Okafor", 0, 3, GREEN),
    ("b", "Offer every newly qualified worker a protected caseload for their first year",
     "Dan Whitlock", 2, 5, AMBER),
    ("P2", "Priority two: children heard in their plans", None, 0, 0, ""),
    ("c", "Give independent reviewing officers time to meet each child before reviews",
     "Ruth Adeyemi", 1, 2, RED),
]  # fmt: skip


def _gantt(rows: list[tuple[str, str, str | None, int, int, str]]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data: list[list[object]] = [["No.", "Deliverable", "Lead", *MONTHS]]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    for i, (ref, text, lead, first, last, colour) in enumerate(rows, start=1):
        if lead is None:  # a banner row across the chart
            data.append([f"{text}", *[""] * (2 + len(MONTHS))])
            style.append(("SPAN", (0, i), (-1, i)))
            continue
        data.append([ref, Paragraph(text, STYLE), lead, *[""] * len(MONTHS)])
        style.append(("BACKGROUND", (3 + first, i), (3 + last, i), colors.HexColor(colour)))
    t = Table(data, colWidths=[40, 300, 100, *[48] * len(MONTHS)])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Corporate parenting delivery timeline", STYLE), t])
    return buf.getvalue()


def test_month_columns_of_bars_make_an_action_table_due_at_the_bars_end() -> None:
    doc = parse_pdf_bytes(_gantt(ROWS), "timeline.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.kind == "action"
    assert table.roles[:3] == ["ref", "action", "owner"]
    assert table.roles[3:] == ["timeline"] * len(MONTHS)
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, a.due_raw) for a in plan.actions] == [
        ("a", "Maya Okafor", "Dec'25"),
        ("b", "Dan Whitlock", "Feb'26"),
        ("c", "Ruth Adeyemi", "Nov'25"),
    ]
    assert [str(a.due_date) for a in plan.actions] == ["2025-12-31", "2026-02-28", "2025-11-30"]


def test_a_bars_colour_is_its_rows_status_when_the_bars_take_status_colours() -> None:
    doc = parse_pdf_bytes(_gantt(ROWS), "timeline.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.reading is not None and table.reading.status_bars
    rags = [bar_rag(table.reading, r.cells) for r in table.rows if r.text(1).strip()]
    assert [r for r in rags if r is not None] == ["green", "amber", "red"]


def test_bars_all_of_one_colour_say_no_status() -> None:
    one = [(*r[:5], NAVY if r[5] else "") for r in ROWS]
    doc = parse_pdf_bytes(_gantt(one), "timeline.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.reading is not None and not table.reading.status_bars
    assert all(bar_rag(table.reading, r.cells) is None for r in table.rows)


def test_months_over_figures_are_no_timeline() -> None:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data = [
        ["Measure", *MONTHS],
        ["Re-referrals within twelve months (%)", "21", "20", "19", "22", "18", "17"],
        ["Visits on time (%)", "81", "84", "86", "85", "88", "90"],
    ]
    t = Table(data)
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BACKGROUND", (1, 1), (-1, -1), GREEN)]
        )
    )
    doc.build([t])
    page = parse_pdf_bytes(buf.getvalue(), "kpis.pdf").pages[0]
    [grid] = lattice_tables(page)
    assert timeline_months(grid) == {}
