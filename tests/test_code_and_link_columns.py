"""Ref vs link by what the cells hold (column_roles._codes_are_refs): a column a header calls a
code whose cells are distinct row by row keys the actions; a column a header word took for the
ref whose cells repeat down it or list several ('P2, P3') links each action to the priorities
it answers. A layout that is not holdout8's: other headers, the link column first."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["Priority ref", "Task code", "What we will do", "Lead", "By"]
ROWS = [
    ["P1", "HX-01", "Publish the tenancy strategy after consultation", "Head of Housing", "31/03/2027"],
    ["P1", "HX-02", "Survey every block for damp and mould", "Estates Manager", "30/09/2026"],
    ["P2, P3", "HX-03", "Appoint a tenant scrutiny panel", "Director of Resources", "31/12/2026"],
    ["P3", "HX-04", "Halve the backlog of routine repairs", "Repairs Lead", "30/06/2027"],
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    t = Table([HEADER, *ROWS], colWidths=[70, 60, 200, 110, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([t])
    return buf.getvalue()


def test_distinct_codes_are_the_ref_and_the_repeating_column_the_link() -> None:
    [table] = [el.table for el in read_layout(parse_pdf_bytes(_pdf(), "plan.pdf")) if el.table]
    assert table.col("ref") == 1  # 'Task code'
    assert table.col("rec") == 0  # 'Priority ref'
    assert [r.text(1) for r in table.rows] == ["HX-01", "HX-02", "HX-03", "HX-04"]
