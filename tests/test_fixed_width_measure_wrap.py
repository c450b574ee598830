"""A fixed-width report's measures listing whose measure name wraps within its column: the
name's last word runs on alone under it ('family' under 'Average days from entering care to
moving in with an adoptive'), and the next measure's line follows at the same pitch, every
column filled again. With no blank line between records the spacing says nothing: the
continuation fills only the first column, so the next line, filling the first line's columns
again, is the next record (tables._fills_again against the record's first line); and its
first column is its own, no cell merged down from the record above. The two measures were
read as one (holdout8 rl-fixed-width-report, KPI rows 0.862): the next one's figures lost.
"""

from __future__ import annotations

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

COLS = [("INDICATOR TRACKED", 44), ("BASELINE", 12), ("GOAL", 12), ("LATEST", 12)]
MEASURES = [
    ("Homes with a damp and mould survey completed within twenty days", "41%", "90%", "63%"),
    ("Complaints answered on time", "72%", "95%", "81%"),
    ("Average days to re-let an empty council home after the tenant leaves", "46 days",
     "28 days", "39 days"),
    ("Repairs fixed at the first visit", "68%", "85%", "74%"),
    ("Tenants satisfied with the repairs service", "61%", "80%", "66%"),
]  # fmt: skip


def _row(vals: list[str]) -> list[str]:
    wrapped = [textwrap.wrap(v, w) or [""] for v, (_, w) in zip(vals, COLS, strict=True)]
    n = max(len(x) for x in wrapped)
    return [
        "  ".join(
            (cell[i] if i < len(cell) else "").ljust(w)
            for cell, (_, w) in zip(wrapped, COLS, strict=True)
        ).rstrip()
        for i in range(n)
    ]


def _report() -> bytes:
    lines = ["HOUSING IMPROVEMENT PROGRAMME - MEASURES", "RUN 04/11/2026 09:12", ""]
    lines += _row([h for h, _ in COLS])
    lines.append("  ".join("-" * w for _, w in COLS))
    for m in MEASURES:
        lines += _row(list(m))  # no blank line between records
    lines += ["", "*** END OF REPORT ***"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Courier", 8)
    y = A4[1] - 50
    for ln in lines:
        c.drawString(40, y, ln)
        y -= 9.5
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_wrapped_measure_name_ends_its_record() -> None:
    plan = extract_plan(parse_pdf_bytes(_report(), "measures.pdf"))
    got = [
        (k.indicator, k.baseline.raw if k.baseline else None, k.target.raw if k.target else None,
         k.latest.raw if k.latest else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == MEASURES
