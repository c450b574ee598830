"""Recommendation boxes with a coloured edge down their side ('Recommendation 2' over its
sentence in a framed box, a filled strip on its left), stacked one after another before the
plan's action table: the strip is cut off as a cell with no word, and the box is still a box
that states a recommendation (plan_recommendations.label_box), so every box numbered in turn
opens its recommendation, not only the last one, which the table follows."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the regularity and quality of management oversight and reflective supervision"
    " for social workers in the assessment teams",
    "2": "Reduce delay in achieving permanence for children in care, including through timely use"
    " of special guardianship and adoption",
    "3": "Strengthen the multi-agency response to children missing from education and those at"
    " risk of exploitation outside the home",
}
EDGES = ("#4E79A7", "#F28E2B", "#59A14F")
ROWS = [
    ("1.1", "Train all team managers in reflective supervision", "Jo Marsh", "31 March 2027",
     "On track"),
    ("2.1", "Track every child's permanence plan weekly at the panel", "Ann Lee", "30 June 2027",
     "Delayed"),
    ("3.1", "Hold a monthly missing children panel with partners", "Sam Patel", "31 May 2027",
     "Complete"),
]  # fmt: skip


def _pdf(edge: bool) -> bytes:
    buf = io.BytesIO()
    W, H = landscape(A4)
    c = Canvas(buf, pagesize=(W, H), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, H - 40, "Improvement plan")
    st = ParagraphStyle("r", fontName="Helvetica", fontSize=9, leading=11)
    y = H - 60
    for k, (num, text) in enumerate(RECS.items()):
        p = Paragraph(f"<b>Recommendation {num}</b><br/>{text}", st)
        _, ph = p.wrap(380, 100)
        bh = ph + 12
        c.setStrokeColor(colors.HexColor(EDGES[k]))
        c.setFillColor(colors.white)
        c.rect(36, y - bh, 400, bh, stroke=1, fill=1)
        if edge:
            c.setFillColor(colors.HexColor(EDGES[k]))
            c.rect(36, y - bh, 6, bh, stroke=0, fill=1)
        p.drawOn(c, 48, y - 6 - ph)
        y -= bh + 16
    cells = [["Ref", "Action", "Owner", "Due", "Status"], *[list(r) for r in ROWS]]
    t = Table(cells, colWidths=[40, 330, 100, 90, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONTSIZE", (0, 0), (-1, -1), 9)]))  # fmt: skip
    _, th = t.wrap(W, H)
    t.drawOn(c, 36, y - th - 10)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_every_edged_box_states_its_recommendation() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(edge=True), "plan.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    number = {r.id: r.number for r in plan.recommendations}
    assert {a.ref: [number[i] for i in a.recommendations] for a in plan.actions} == {
        "1.1": ["1"], "2.1": ["2"], "3.1": ["3"]
    }  # fmt: skip
