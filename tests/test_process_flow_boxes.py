"""A process map whose steps are boxes, one card a box (extractors/box_run_labels.py), read
end to end: classified as a plan, every step an action with its owner, its due (the end of
'Starts: ... End: ...', extractors/dated_labels.py), its status and its lane's recommendation.

Each box is a ruled one-column table (the step's ref and text, then a field a row). No label
recurs inside one box, so box by box the card reader read nothing: the map was not recognised
as a plan and every step was lost.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.models.grades import DocumentKind
from plantrace.pipeline.classify import classify
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("Strengthen the response to children who go missing",
     "from home or care so that return interviews reduce risk"),
    ("Ensure that strategy discussions involve police, health",
     "and children's social care and that decisions are recorded"),
]  # fmt: skip

# ref, text, owner, start, end, state, gold rag
BOXES = {
    1: [("1.1", "Hold a monthly missing children panel", "Fatima Rahman",
         "2026-05", "2026-08", "Drifting", "amber"),
        ("1.2", "Map the places where missing children are found", "Ruth Kowalczyk",
         "2025-12", "2026-03", "Off track", "red")],
    2: [("2.1", "Escalate strategy discussions held without health", "Amira Choudhury",
         "2026-09", "2026-11", "On plan", "green"),
        ("2.2", "Agree a joint protocol on attendance with the police", "Tom Ellery",
         "2026-01", "2026-06", "Delivered", "blue")],
}  # fmt: skip

ROW = 15.0
WIDTH = 215.0


def _box(c: canvas.Canvas, x: float, top: float, rows: list[str]) -> None:
    """One step: a ruled box, a row per line, the first in bold."""
    height = ROW * len(rows)
    c.rect(x, top - height, WIDTH, height)
    for k, text in enumerate(rows):
        if k:
            c.line(x, top - ROW * k, x + WIDTH, top - ROW * k)
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 7)
        c.drawString(x + 4, top - ROW * k - 10, text)


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1190, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(55, 780, "Thornwick Council - Improvement pathways: how the work flows")
    c.setFont("Helvetica", 8)
    c.drawString(55, 765, "Read each lane left to right; each box hands on to the next.")
    top = 730.0
    for n, lines in enumerate(RECS, start=1):
        c.setFont("Helvetica-Bold", 7)
        c.drawString(55, top - 10, f"Pathway: Recommendation {n}")
        c.setFont("Helvetica", 7)
        for k, text in enumerate(lines):
            c.drawString(55, top - 20 - 9 * k, text)
        for j, (ref, text, owner, start, end, state, _) in enumerate(BOXES[n]):
            x = 275 + j * 260
            rows = [f"{ref} {text}", f"Officer: {owner}", f"Starts: {start}   End: {end}",
                    f"State: {state}", "Hands on to: Leopold Strachan"]  # fmt: skip
            _box(c, x, top, rows)
            if j == 0:
                c.setFont("Helvetica", 10)
                c.drawString(x + WIDTH + 18, top - 40, "→")
        top -= 130
    c.showPage()
    c.save()
    return buf.getvalue()


def test_boxes_of_one_card_each_are_the_plan() -> None:
    doc = parse_pdf_bytes(_pdf(), "pathways.pdf")
    assert classify(doc) is DocumentKind.improvement_plan
    plan = extract_plan(doc)
    got = {a.ref: a for a in plan.actions}
    want = {b[0]: (n, b) for n, boxes in BOXES.items() for b in boxes}
    rec_id = {r.number: r.id for r in plan.recommendations}
    assert sorted(got) == sorted(want)
    for ref, (n, (_, text, owner, _, end, _, rag)) in want.items():
        a = got[ref]
        assert a.text.startswith(text)
        assert a.owner == owner
        assert a.due_raw == end  # the end, not the start
        assert a.rag == rag
        assert a.recommendations == [rec_id[str(n)]]
    assert [r.number for r in plan.recommendations] == ["1", "2"]
