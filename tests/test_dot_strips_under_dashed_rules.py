"""A web page's task list, printed by a browser: each task a bold numbered line, then a byline
strip 'Holder: <name> · due <month> · ● <status>' whose status follows a coloured dot drawn as a
path, and a dashed rule under each task that the browser draws as hundreds of tiny squares.

What is read: every task's status, whether its words are ones the vocabulary reads ('Slipping a
bit', set off from the sign by the dot's gap) or not ('Off the rails', read from the dot's
colour); the dots drawn after thousands of the rule's specks are still read (the specks do not
spend the page's budget of drawn objects).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, task, holder, due, status, dot colour, the RAG it reads as
TASKS = [
    ("1a", "Launch a recruitment campaign for experienced social workers", "Sian Pritchard",
     "October 2026", "All done", (0.10, 0.44, 0.76), "blue"),
    ("1b", "Offer a protected caseload to all newly qualified social workers", "Bethan Lloyd",
     "September 2026", "Slipping a bit", (0.94, 0.55, 0.0), "amber"),
    ("1c", "Introduce a career pathway that rewards practice expertise", "Grace Adebayo",
     "September 2026", "Off the rails", (0.88, 0.19, 0.19), "red"),
    ("1d", "Track the timeliness of care proceedings through the legal gateway", "Priya Nandakumar",
     "March 2027", "Slipping a bit", (0.94, 0.55, 0.0), "amber"),
    ("1e", "Hold a permanence planning meeting for every child by their review", "Owen Tremayne",
     "March 2027", "Off the rails", (0.88, 0.19, 0.19), "red"),
]  # fmt: skip


def _dashes(c: canvas.Canvas, y: float) -> None:
    """A dashed rule as a browser prints it: each dash a tiny filled square of its own."""
    c.setFillColorRGB(0.6, 0.6, 0.6)
    x = 60.0
    while x < 540.0:
        c.rect(x, y, 0.6, 0.6, stroke=0, fill=1)
        x += 0.5
    c.setFillColorRGB(0, 0, 0)


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Improving children's services")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 760, "Focus 1")
    c.setFont("Helvetica", 10)
    c.drawString(50, 744, "Build a stable, permanent and skilled social work workforce")
    y = 715.0
    for ref, task, holder, due, status, rgb, _ in TASKS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, ref)
        c.setFont("Helvetica", 10)
        c.drawString(76, y, task)
        c.setFont("Helvetica", 8)
        strip = f"Holder: {holder} · due {due} ·"
        c.drawString(60, y - 12, strip)
        end = 60 + c.stringWidth(strip, "Helvetica", 8)
        c.setFillColorRGB(*rgb)
        c.circle(end + 7.0, y - 9.5, 2.8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(end + 13.0, y - 12, status)
        _dashes(c, y - 20)  # about a thousand specks a rule, drawn before the next task's dot
        y -= 40
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "tasks.pdf"))


def test_every_status_after_a_dot_is_read() -> None:
    plan = _read(_plan())
    got = [(a.ref, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [(ref, holder, due, rag) for ref, _, holder, due, _, _, rag in TASKS]


def test_dots_after_thousands_of_specks_are_read() -> None:
    doc = parse_pdf_bytes(_plan(), "tasks.pdf")
    page = doc.pages[0]
    _ = page.rulings
    assert not page.partial
    assert len(page.glyph_fills) == len(TASKS)
