"""Cards headed by a ref lettered under its recommendation's number ('Stop 2A' on its own line
over the bold action) and service-status words ('Good service', 'Severe delays', 'Arrived',
'Not yet departed') as a plan drawn like a transport map prints them."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes

STOPS = [
    ("1A", "Offer tuition to every child in care who is behind in reading", "Head of Virtual School",
     "Apr '26", "Good service"),
    ("1B", "Track attendance of children in care placed out of the area", "Service Manager, Fostering",
     "Dec '26", "Severe delays"),
    ("2A", "Hold exit interviews with every leaver and report the themes", "Principal Social Worker",
     "Feb '27", "Arrived"),
    ("2B", "Launch a recruitment campaign for experienced social workers", "Head of Workforce",
     "Jan '27", "Not yet departed"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    y = 540.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, y, "Our improvement journey")
    y -= 40
    for ref, text, owner, due, status in STOPS:
        c.setFont("Helvetica", 9)
        c.drawString(60, y, f"Stop {ref}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y - 13, text)
        c.setFont("Helvetica", 9)
        c.drawString(60, y - 26, f"Conductor: {owner}")
        c.drawString(60, y - 38, f"Due in: {due}")
        c.drawString(60, y - 50, f"Status: {status}")
        y -= 90
    c.save()
    return buf.getvalue()


def test_service_status_words() -> None:
    assert normalise_rag("Good service") == "green"
    assert normalise_rag("Minor delays") == "amber"
    assert normalise_rag("Severe delays") == "red"
    assert normalise_rag("Arrived") == "blue"
    assert normalise_rag("Not yet departed") is None
    assert is_status_state("Not yet departed")
    # alone only: in a sentence they are ordinary words
    assert normalise_rag("Families arrived at the hub and praised the good service") is None


def test_lettered_refs_are_taken_off_the_action_text() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "stops.pdf"))
    assert [a.text for a in plan.actions] == [text for _, text, *_ in STOPS]
    assert [a.ref for a in plan.actions] == [ref for ref, *_ in STOPS]
    assert [a.rag for a in plan.actions] == ["green", "red", "blue", None]
    assert [a.owner for a in plan.actions] == [s[2] for s in STOPS]
    assert (
        plan.actions[0].due_date is not None
        and plan.actions[0].due_date.isoformat() == "2026-04-30"
    )
