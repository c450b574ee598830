"""A plan printed as invoices: the actions are an invoice's line items, each with the
recommendation it answers, the date its payment falls due and an amount, and no other date.

What is read: with no column naming the due date, the 'Payment date' over the lines' only dates
stands in for it (the date each line is to be paid, 'other' where a due column stands beside
it); its dotted year-first dates ('2026.05.14') are the actions' due dates.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# line, description, rec, payment date as printed, iso, amount, a date of another event
ROWS = [
    ("1.1", "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
     "R1", "2026.05.14", "2026-05-14", "9,750.00", "2026.06.30"),
    ("1.2", "Give every care leaver a written summary of their entitlements at their review",
     "R1", "2027.01.04", "2027-01-04", "4,200.00", "2027.02.15"),
    ("2.1", "Launch a single exploitation screening tool for use by all partner agencies",
     "R2", "2027.01.13", "2027-01-13", "5,375.00", "2027.02.28"),
    ("2.2", "Establish a weekly multi-agency child exploitation meeting with police",
     "R2", "2027.04.10", "2027-04-10", "1,100.00", "2027.05.31"),
]  # fmt: skip


def _pdf(header: list[str], with_due: bool = False) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    body = getSampleStyleSheet()["BodyText"]
    data: list[list[object]] = [header]
    for line, text, rec, due, _, amount, later in ROWS:
        cells: list[object] = [line, Paragraph(text, body), rec, due]
        data.append([*cells, later, amount] if with_due else [*cells, amount])
    widths = [40, 230, 50, 80, 80, 70] if with_due else [40, 250, 50, 90, 80]
    table = Table(data, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("<b>Invoice 2026/114</b>", body),
        Paragraph("Bill to: Helen Markham, Children's Services", body),
        table,
    ]
    doc.build(story)
    return buf.getvalue()


def _dues(pdf: bytes) -> dict[str, str | None]:
    result = extract_plan(parse_pdf_bytes(pdf, "invoice.pdf"))
    return {a.ref: a.due_date.isoformat() if a.due_date else None for a in result.actions}


def test_a_payment_date_over_the_only_dates_is_the_due() -> None:
    header = ["Line", "Description", "Against", "Payment date", "Amount (£)"]
    assert _dues(_pdf(header)) == {r[0]: r[4] for r in ROWS}


def test_beside_a_due_column_a_payment_date_is_another_event() -> None:
    header = ["Line", "Description", "Against", "Pay by", "Payment date", "Amount (£)"]
    assert _dues(_pdf(header, with_due=True)) == {r[0]: r[4] for r in ROWS}
