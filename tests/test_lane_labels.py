"""Lane labels of a process flow (extractors/lane_labels.py).

A spreadsheet of swim lanes gives each recommendation a lane: a dark merged cell at the band's
left, 'Pathway: Recommendation 2' over the recommendation's text, and the actions as boxes
across the band with arrows between them. The lane's name before the colon is no label word,
so the lane was neither a heading nor a list item: no recommendation was read and no action
linked to one.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.lane_labels import lane_entries
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("Ensure that initial and review health assessments for",
     "children in care are completed on time and that their",
     "emotional health needs are met"),
    ("Improve the timeliness and consistency of decisions at",
     "the front door so that children receive the right help",
     "at the right time"),
    ("Increase the range of suitable accommodation for",
     "care leavers and improve the quality of pathway plans"),
]  # fmt: skip

BOXES = {
    1: [("1.1", "Commission a therapeutic service for children in care", "David Osei",
         "2025-11", "On plan"),
        ("1.2", "Report health assessment timeliness to the board monthly", "Amy Kerr",
         "2026-02", "Drifting")],
    2: [("2.1", "Audit repeat referrals each quarter to learn why", "Claire Whitby",
         "2025-12", "Halted"),
        ("2.2", "Complete all contacts within twenty-four hours", "Tom Reyes",
         "2026-03", "On plan")],
    3: [("3.1", "Agree a joint housing protocol with district councils", "Sara Lyle",
         "2026-04", "On plan"),
        ("3.2", "Commission fifteen supported lodgings places for care leavers", "Ian Moss",
         "2026-06", "Drifting")],
}  # fmt: skip


def _pdf(name: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1190, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(55, 770, "Improvement pathways: how the work flows")
    top = 730
    for n, lines in enumerate(RECS, start=1):
        c.setFont("Helvetica-Bold", 7)
        c.drawString(55, top - 5, f"{name}: Recommendation {n}")
        c.setFont("Helvetica", 7)
        for k, text in enumerate(lines):
            c.drawString(55, top - 14 - 9 * k, text)
        for j, (ref, text, owner, due, status) in enumerate(BOXES[n]):
            x = 255 + j * 260
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x, top - 5, f"{ref}  {text}")
            c.setFont("Helvetica", 7)
            c.drawString(x, top - 25, f"Led by: {owner}")
            c.drawString(x, top - 40, f"Starts: 2025-06   Finish: {due}")
            c.drawString(x, top - 55, f"State: {status}")
            c.drawString(x, top - 70, "Hands on to: Leo Strand")
            if j == 0:
                c.drawString(x + 230, top - 40, "→")
        top -= 120
    c.showPage()
    c.save()
    return buf.getvalue()


def test_lanes_are_the_recommendations() -> None:
    """Each lane label and the lines under it at its left edge: one recommendation, in number
    order; the boxes' lines beside them (their rows level with the lane's text) are no part."""
    for name in ("Lane", "Flow for", "Pathway"):
        doc = parse_pdf_bytes(_pdf(name), "process-flow.pdf")
        entries = lane_entries(doc.pages[0].lines)
        assert [n for n, _ in entries] == ["1", "2", "3"]
        for (_, block), lines in zip(entries, RECS, strict=True):
            assert block[0].text == f"{name}: Recommendation {block[0].text.split()[-1]}"
            assert [b.text for b in block[1:]] == list(lines)


def test_lanes_out_of_order_are_no_lanes() -> None:
    """Labels numbered 1, 3 (a gap): not a plan's recommendations one a lane."""
    doc = parse_pdf_bytes(_pdf("Lane"), "process-flow.pdf")
    lines = [ln for ln in doc.pages[0].lines if not ln.text.endswith("Recommendation 2")]
    assert lane_entries(lines) == []


def test_one_labelled_line_is_no_lanes() -> None:
    """A single 'Note: Recommendation 2' line is a remark, not a process flow's lanes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica", 9)
    c.drawString(50, 540, "Note: Recommendation 2")
    c.drawString(50, 528, "This action plan was agreed by the board in March")
    c.showPage()
    c.save()
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "note.pdf"))
    assert plan.recommendations == []
