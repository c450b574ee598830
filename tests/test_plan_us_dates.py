"""Due dates of a plan exported month first (a project tool set to US order): one date that can
only be month first ('10/31/2025') and none that can only be day first settle the plan's order,
so '03/04/2026' is 4 March, not 3 April (fixer C, round 8; dates.written_month_first)."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
ROWS = [
    ("1", "Publish the revised threshold guidance", "Head of Early Help", "10/31/2025"),
    ("2", "Start the new duty rota at the front door", "Front Door Manager", "03/04/2026"),
    ("3", "Report audit findings to the partnership", "Head of Quality Assurance", "12/01/2025"),
]


def _pdf(rows: list[tuple[str, str, str, str]]) -> bytes:
    head = ["No.", "Action", "Lead", "Finish date"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", STYLE) for h in head]]
    cells += [[n, Paragraph(a, STYLE), Paragraph(o, STYLE), d] for n, a, o, d in rows]
    table = Table(cells, colWidths=[35, 250, 140, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([Paragraph("Task export", STYLE), table])
    return buf.getvalue()


def test_dates_written_month_first_are_read_so() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(ROWS), "us.pdf"))
    assert [a.due_date for a in plan.actions] == [
        date(2025, 10, 31),
        date(2026, 3, 4),
        date(2025, 12, 1),
    ]


def test_day_first_dates_stay_day_first() -> None:
    uk = [(n, a, o, "31/10/2025" if n == "1" else d) for n, a, o, d in ROWS]
    plan = extract_plan(parse_pdf_bytes(_pdf(uk), "uk.pdf"))
    assert [a.due_date for a in plan.actions] == [
        date(2025, 10, 31),
        date(2026, 4, 3),
        date(2025, 1, 12),
    ]
