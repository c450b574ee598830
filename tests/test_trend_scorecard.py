"""A scorecard with a monthly trend: a run of adjacent month columns over figures, with a column
of words left of it, is a KPI table whatever that column's header says, even with one row or a
measure whose name reads as a period ('Visits within 10 days') (plan_columns._series_kind)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes


def _pdf(rows: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data = [["What we look at", "At the outset", "Jan 2026", "Feb 2026", "Mar 2026", "Goal"], *rows]
    t = Table(data)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([t])
    return buf.getvalue()


def test_one_measure_with_a_monthly_trend_is_a_scorecard() -> None:
    doc = parse_pdf_bytes(_pdf([["Visits within 10 days", "62%", "64%", "70%", "73%", "90%"]]), "s")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.kind == "kpi"
    assert table.roles[0] == "indicator"
    assert table.roles[-1] == "target"


def test_bare_counts_over_the_months_are_a_trend() -> None:
    rows = [["Children waiting for a foster home", "31", "28", "15", "9", "5"]]
    doc = parse_pdf_bytes(_pdf(rows), "s")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.kind == "kpi"


def test_words_over_the_months_are_no_trend() -> None:
    rows = [["Visits within 10 days", "62%", "On track", "Behind", "Behind", "90%"]]
    doc = parse_pdf_bytes(_pdf(rows), "s")
    assert all(el.table is None or el.table.kind != "kpi" for el in read_layout(doc))
