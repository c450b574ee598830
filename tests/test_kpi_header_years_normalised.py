"""The year a KPI figure column's header names is the one date normaliser's reading.

column_roles read a header's year with a pattern of its own (a four-figure year, or a
financial year '2023/24'), so a header printing its period as a month with a short year ('Mar
26', "Mar '27", 'Sept 27') or a quarter of a short financial year ('Q4 26/27') named no year: a
goal's interim and final periods ('Goal Mar 26' | 'Mar 27', 'Target' over 'Mar 26' | 'Mar 27')
could not be ordered, and the final period's figures were read as the baseline, or no target
at all. The year is now the year of the last date parse_date reads in the header.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
KPIS = [
    ("CP1.1", "Children seen within ten working days of a referral", "64.2%", "75%", "87.7%"),
    ("WF2.0", "Average caseload per social worker", "21", "18", "16"),
    ("EH1.2", "Average days from entering care to moving in with an adoptive family",
     "412 days", "390 days", "365 days"),
]  # fmt: skip


def _pdf(data: Sequence[Sequence[str]], style: list[tuple]) -> bytes:  # type: ignore[type-arg]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[Paragraph(x, STYLE) if x else "" for x in row] for row in data]
    t = Table(cells, colWidths=[50, 300, 110, 90, 90])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), *style]))
    doc.build([Paragraph("Children's Services Improvement Plan: measures", STYLE), t])
    return buf.getvalue()


def _read(data: Sequence[Sequence[str]], style: list[tuple]) -> list[tuple[str | None, ...]]:  # type: ignore[type-arg]
    plan = extract_plan(parse_pdf_bytes(_pdf(data, style), "plan.pdf"))
    return [
        (k.code, k.latest.raw if k.latest else None, k.baseline.raw if k.baseline else None,
         k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip


WANT = [("CP1.1", "64.2%", None, "87.7%"), ("WF2.0", "21", None, "16"),
        ("EH1.2", "412 days", None, "365 days")]  # fmt: skip


def test_a_target_group_header_over_two_months_with_short_years() -> None:
    """'Target' printed over 'Mar 26' | 'Mar 27': the final period is the target."""
    data = [
        ["", "Indicator", "Latest", "Target", ""],
        ["", "", "", "Mar 26", "Mar 27"],
        *[list(k) for k in KPIS],
    ]
    style = [("SPAN", (3, 0), (4, 0)), *[("SPAN", (i, 0), (i, 1)) for i in (0, 1, 2)]]
    assert _read(data, style) == WANT
