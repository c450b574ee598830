"""Cards whose fields are set along one strip parted by a sign ('Lead: ... • Target: ... •
Humming'), printed by ReportLab: the strip wraps at the column's edge, sometimes right after a
sign, sometimes inside a value; the card's title is numbered, its first line bold (the ref and
the sentence's start in one bold run) and its wrap in body type, further apart than the
strip's lines.

What is read: each field whole and without the signs; the status printed last after a sign
with no label is the card's status (a word no vocabulary holds, read as a status by where it
stands), not part of the date before it; the title whole, both of its lines.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, title's two lines, strip as printed (one or two lines), owner, due as printed, status
CARDS = [
    ("4.1", "Set up a weekly panel that reviews every child placed", "out of the area",
     ["Lead: Head of Placements (Rhian Morgan) • Target: Sept 2026 •", "Humming"],
     "Head of Placements (Rhian Morgan)", "Sept 2026", "Humming"),
    ("4.2", "Publish a sufficiency strategy agreed with health and", "education partners",
     ["Lead: Commissioning Manager (Tariq Aziz) • Target: March 2026", "• Sputtering"],
     "Commissioning Manager (Tariq Aziz)", "March 2026", "Sputtering"),
    ("4.3", "Recruit twenty new foster carers through a regional", "campaign with neighbouring councils",
     ["Lead: Fostering Manager (Ellen Shaw) • Target: Dec 2026 •", "Humming"],
     "Fostering Manager (Ellen Shaw)", "Dec 2026", "Humming"),
]  # fmt: skip


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Sufficiency plan 2025-27")
    c.setFont("Helvetica", 10)
    c.drawString(50, 770, "Our actions for the fourth area the inspectors raised.")
    y = 730.0
    for ref, first, wrap, strip, *_ in CARDS:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, y, f"{ref} {first}")
        c.setFont("Helvetica", 12)
        c.drawString(60, y - 16, wrap)  # a title's line spacing: wider than the strip's
        c.setFont("Helvetica", 9)
        for k, line in enumerate(strip):
            c.drawString(60, y - 30 - 11 * k, line)
        y -= 90
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "strip.pdf"))


def test_strip_signs_part_fields_and_end_in_the_status() -> None:
    plan = _read(_plan())
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions]
    assert got == [
        (ref, f"{first} {wrap}", owner, due) for ref, first, wrap, _, owner, due, _ in CARDS
    ]


NOTES = [
    ("2.1 Set up a panel that reviews every child placed out of the area", "Jan 2026",
     "Terms of reference agreed; first panel held in November"),
    ("2.2 Publish a sufficiency strategy with health and education partners", "March 2026",
     "Draft shared with partners; comments due back next month"),
]  # fmt: skip


def _noted_cards() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Sufficiency plan: where we are")
    y = 740.0
    for title, due, note in NOTES:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, title)
        c.setFont("Helvetica", 9)
        c.drawString(60, y - 16, f"Due: {due}")
        c.drawString(60, y - 28, f"Latest position: {note}")
        y -= 70
    c.showPage()
    c.save()
    return buf.getvalue()


def test_figure_label_over_sentences_is_no_scorecard() -> None:
    """A label that names a figure ('Latest position') over sentences is a note: the cards are
    actions, not KPI rows."""
    plan = _read(_noted_cards())
    assert [(a.ref, a.due_raw) for a in plan.actions] == [
        ("2.1", "Jan 2026"),
        ("2.2", "March 2026"),
    ]
    assert plan.kpis == []


# a checklist item's byline: a labelled owner, then a due with no colon, then the status
BYLINES = [
    ("2a Recruit twenty additional foster carers through a local campaign",
     "Holder: Claire Whitby · due August 2026 · Off the rails", "Claire Whitby", "August 2026"),
    ("2b Strengthen support to special guardians with a dedicated worker",
     "Holder: Sian Pritchard · due October 2026 · Looking good", "Sian Pritchard", "October 2026"),
    ("2c Track the timeliness of care proceedings weekly through the panel",
     "Holder: Priya Nandakumar · due March 2026 · Slipping a bit", "Priya Nandakumar",
     "March 2026"),
]  # fmt: skip


def _bylines() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Our plan: Focus 2")
    c.setFont("Helvetica", 10)
    c.drawString(50, 770, "Reduce delay in achieving permanence for children in care.")
    y = 740.0
    for title, byline, *_ in BYLINES:
        c.setFont("Helvetica", 11)
        c.drawString(60, y, title)
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 13, byline)
        y -= 32
    c.showPage()
    c.save()
    return buf.getvalue()


def test_bare_label_after_a_sign_is_a_field_of_its_own() -> None:
    """'Holder: X · due March 2026 · status': the due, printed with no colon after a sign, is
    its own field, not the end of the owner's name."""
    plan = _read(_bylines())
    got = [(a.ref, a.owner, a.due_raw) for a in plan.actions]
    assert got == [(t.split()[0], owner, due) for t, _, owner, due in BYLINES]


COLON_BYLINES = [
    ("2a Recruit twenty additional foster carers through a local campaign",
     "Lead manager: Head of Safeguarding · Current RAG: Slipping", "Head of Safeguarding",
     "amber"),
    ("2b Strengthen support to special guardians with a dedicated worker",
     "Lead manager: Head of Early Help · Current RAG: Done", "Head of Early Help", "blue"),
    ("2c Track the timeliness of care proceedings weekly through the panel",
     "Lead manager: Service Manager, Fostering · Current RAG: On track",
     "Service Manager, Fostering", "green"),
]  # fmt: skip


def _colon_bylines() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Our plan: Focus 2")
    y = 740.0
    for title, byline, *_ in COLON_BYLINES:
        c.setFont("Helvetica", 11)
        c.drawString(60, y, title)
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 13, byline)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(60, y - 24, "Progress to date: Work started with partners")
        y -= 44
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_label_of_two_words_after_a_sign_keeps_its_first_word() -> None:
    """'· Current RAG: Slipping': 'Current' names a field (a latest update) on its own, but
    here it opens the label 'Current RAG:', so it is no bare label cutting the strip there."""
    plan = _read(_colon_bylines())
    got = [(a.ref, a.owner, a.rag) for a in plan.actions]
    assert got == [(t.split()[0], owner, rag) for t, _, owner, rag in COLON_BYLINES]
