"""An unruled action table of a row or two whose last column, the owner, is set flush right under
a header cell set flush right too: a name wider than its header ('Workforce Development Lead'
under 'Lead officer') starts left of the header cell. With so few rows no whitespace river
marks the column, and its edge stood at the header cell's left end: the name was cut there and
read with the status before it as one cell across both columns ("On track Workforce
Development"). The edge of a right-aligned column is its widest cell's left end."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()

HEAD = ["Ref", "Action", "Status", "Lead officer"]
ROWS = [
    ("1", "Recruit twenty additional foster carers", "On track", "Workforce Development Lead"),
    ("2", "Review every child in need plan each quarter", "Off track", "Ruth Kowalczyk"),
]


def _plan(rows: list[tuple[str, str, str, str]]) -> PlanExtraction:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    grid = Table([HEAD, *rows], colWidths=[35, 220, 90, 150])
    grid.setStyle(
        TableStyle(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),  # the owner column, header and all
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    doc.build([Paragraph("Improvement plan", STYLES["Heading1"]), Spacer(1, 6), grid])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_a_name_wider_than_its_right_set_header_is_the_owner_column() -> None:
    for rows in (ROWS[:1], ROWS):
        plan = _plan(list(rows))
        owners = {a.ref: a.owner for a in plan.actions}
        assert owners == {r[0]: r[3] for r in rows}, owners
