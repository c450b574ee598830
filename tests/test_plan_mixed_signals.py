"""One plan that mixes the general causes, in words and an order no generated family uses: the
recommendation repeated on each row under 'Priority area' ('Priority 1: ...'), the actions under
an unknown 'Commitment', the owner and the timescale in one cell in three forms, a status in words
no vocabulary holds on tints, and 'Latest position' (a KPI word) over notes."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
P1 = "Priority 1: Make sure every child in care has a permanence plan by their second review"
P2 = "Priority 2: Improve the quality of supervision across all teams in the service"
ROWS = [
    (P1, "1a", "Hold a permanence meeting for every child by the second review",
     "Head of Children in Care (by Q3 2026/27)", "Solid", "Meetings held for 80% of children",
     "#C6EFCE"),
    (P1, "1b", "Track proceedings weekly through the legal gateway panel",
     "Legal Services Manager, by Dec 2026", "Wobbly", "Panel started in May", "#FFEB9C"),
    (P2, "2a", "Audit supervision records monthly and report to the DMT",
     "Sarah Jones, Principal Social Worker - Ongoing", "Stalled", "Audit tool not agreed",
     "#FFC7CE"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Priority area", "#", "Commitment", "Owner & timescale", "Confidence",
              "Latest position"]  # fmt: skip
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r[:6]] for r in ROWS]
    t = Table(data, colWidths=[170, 30, 200, 150, 70, 150])
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [("BACKGROUND", (4, i), (4, i), colors.HexColor(r[6])) for i, r in enumerate(ROWS, 1)]
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Improvement plan 2026", STYLE), t])
    return buf.getvalue()


def test_a_plan_mixing_the_general_causes_reads_right() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.owner, a.due_raw, str(a.due_date), a.rag, a.progress,
         [numbers[i] for i in a.recommendations])
        for a in plan.actions
    ]  # fmt: skip
    assert got == [
        ("1a", "Head of Children in Care", "Q3 2026/27", "2026-12-31", "green",
         "Meetings held for 80% of children", ["1"]),
        ("1b", "Legal Services Manager", "Dec 2026", "2026-12-31", "amber",
         "Panel started in May", ["1"]),
        ("2a", "Sarah Jones, Principal Social Worker", "Ongoing", "None", "red",
         "Audit tool not agreed", ["2"]),
    ]  # fmt: skip
