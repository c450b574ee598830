"""A section's own labels over its cards ('Chair:', 'Members:', a 'Deliverables' heading) are
its head, not a card: each bold 'D1.1 ...' line under them titles a card of its own fields."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

SECTIONS = [
    (
        "Workstream 1: Early help",
        "Chair: Torquil Makinde. Members: Obafemi Strachan, Ngozi Penrose.",
        [
            ("D1.1", "Train foster carers in understanding trauma", "Tom Ellery", "Aug-27"),
            (
                "D1.2",
                "Review every care leaver's pathway plan each year",
                "Claire Whitby",
                "Jul-26",
            ),
            (
                "D1.3",
                "Agree a joint housing protocol with district councils",
                "Grace Adebayo",
                "Nov-26",
            ),
        ],
    ),
    (
        "Workstream 2: Leadership and governance",
        "Chair: Lysander Oduro. Members: Ngozi Penrose, Ptolemy Asante.",
        [
            ("D2.1", "Introduce a practice standard for every assessment", "David Osei", "Jan-27"),
            ("D2.2", "Hold monthly practice workshops on analysis", "Helen Markham", "Jun-27"),
        ],
    ),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0

    def say(text: str, font: str = "Helvetica", gap: float = 15.0) -> None:
        nonlocal y
        c.setFont(font, 10)
        c.drawString(60, y, text)
        y -= gap

    say("Improvement programme: workstream charters", "Helvetica-Bold", 24)
    for head, chair, actions in SECTIONS:
        say(head, "Helvetica-Bold", 18)
        say(chair)
        say("This workstream answers:")
        say(
            "Ofsted recommendation 1. Improve the quality of pathway plans", "Helvetica-Oblique", 18
        )
        say("Deliverables", "Helvetica-Bold", 18)
        for ref, text, owner, due in actions:
            say(f"{ref}   {text}", "Helvetica-Bold")
            say(f"Delivery lead: {owner}")
            say(f"Checkpoint: {due}")
            say("Delivery confidence: Low", gap=22)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_each_deliverable_under_a_section_head_is_a_card_with_its_fields() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "charters.pdf"))
    want = {ref: (owner, due) for _, _, acts in SECTIONS for ref, _, owner, due in acts}
    got = {a.ref: (a.owner, a.due_raw) for a in result.actions}
    assert got == want
    # the section's chair and members are nobody's owner, and no action is the heading
    assert not any(a.owner in ("Torquil Makinde.", "Lysander Oduro.") for a in result.actions)
    assert all(a.rag == "red" for a in result.actions)
    assert result.actions[0].text == "Train foster carers in understanding trauma"
