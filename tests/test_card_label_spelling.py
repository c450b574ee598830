"""A card label printed once among a run of cards, but on the plan's other cards, is a label.

An objectives page prints under each objective a key result (owner and due, no status) and then
its initiatives (owner, due and status on one line). Where a page holds one objective's key
result and one initiative, 'Status:' is printed once among those lines; read from them alone it
was no label, and the initiative's status ran into its due date ('2026/10/27 Status: Done').
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes


def _objective(c: canvas.Canvas, y: float, n: int, initiatives: int) -> float:
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, f"Objective {n}: Improve the quality of practice in area {n}")
    y -= 24
    c.setFont("Helvetica", 9)
    c.drawString(50, y, "KEY RESULTS")
    y -= 18
    c.drawString(90, y, f"Cut repeat referrals to {10 + n}% of all referrals")
    c.drawString(90, y - 11, "Owner: Lachlan Oduya  ·  Due date: 2026/10/31")
    y -= 30
    c.drawString(50, y, "INITIATIVES")
    y -= 18
    for k in range(1, initiatives + 1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"{n}.{k} Audit the records of team {k} each quarter")
        c.setFont("Helvetica", 9)
        c.drawString(60, y - 12, f"Owner: Priya Shah    Due date: 2026/10/2{k}    Status: Done")
        y -= 36
    return y - 16


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, h - 50, "Children's Services Improvement - OKRs")
    y = _objective(c, h - 90, 1, 3)
    _objective(c, y, 2, 2)
    c.showPage()
    _objective(c, h - 60, 3, 1)  # one key result and one initiative on this page
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_status_label_printed_once_on_a_page_ends_the_due_date() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "okrs.pdf"))
    by_ref = {a.ref: a for a in result.actions}
    assert "3.1" in by_ref
    action = by_ref["3.1"]
    assert action.due_raw == "2026/10/21"
    assert action.rag == "blue"  # Done
