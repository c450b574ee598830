"""Margin notes that name their fields, and notes that crowd one paragraph, printed by ReportLab.

A note whose line names its field ('Due: Once recruited') gives that field whatever its value
reads as: a due text no date reader reads stays the due text (and is said unread later), it is
not taken for the owner. Two notes level with one paragraph (large body type, short notes)
leave the farther one unpaired and said, instead of one silently replacing the other.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_margin_notes import read_margin_notes
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, lead, due, RAG
ACTIONS = [
    ("1.1", "Audit thirty supervision records and share the learning", "Fatima Rahman",
     "31/03/2027", "Amber"),
    ("1.2", "Publish a revised threshold document with partners", "Tom Ellery",
     "Once recruited", "Green"),
    ("1.3", "Recruit twenty foster carers through a regional campaign", "Bethan Lloyd",
     "30/11/2026", "Red"),
]  # fmt: skip


def _labelled_plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Times-Bold", 16)
    c.drawString(46, 780, "Children's services improvement plan")
    c.setFont("Times-Bold", 11.5)
    c.drawString(46, 750, "Recommendation 1")
    c.setFont("Times-Italic", 9.5)
    c.drawString(46, 736, "Improve the quality and regularity of management oversight")
    y = 700.0
    for ref, text, lead, due, rag in ACTIONS:
        c.setFont("Times-Bold", 9.5)
        c.drawString(46, y, ref)
        c.setFont("Times-Roman", 9.5)
        c.drawString(62, y, text)
        c.setFillColorRGB(0.44, 0.44, 0.44)
        c.setFont("Times-Roman", 7.5)
        for k, field in enumerate([f"Lead: {lead}", f"Due: {due}", f"RAG: {rag}"]):
            c.drawString(448, y - 9 * k, field)
        c.setFillColorRGB(0, 0, 0)
        y -= 48
    c.save()
    return buf.getvalue()


def test_a_labelled_due_the_reader_cannot_date_stays_the_due_not_the_owner() -> None:
    plan = extract_plan(parse_pdf_bytes(_labelled_plan(), "labelled.pdf"))
    got = [(a.ref, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", "Fatima Rahman", "31/03/2027", "amber"),
        ("1.2", "Tom Ellery", "Once recruited", "green"),
        ("1.3", "Bethan Lloyd", "30/11/2026", "red"),
    ]


def _crowded_plan() -> bytes:
    """Paragraphs in 18pt type, notes in 6pt; beside the second paragraph two short notes, one
    at the top of its line and one at its foot, both level with it within the body's size."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Times-Bold", 24)
    c.drawString(46, 790, "Improvement plan")
    for n, y in enumerate([720.0, 640.0, 560.0, 480.0]):
        c.setFont("Times-Roman", 18)
        c.drawString(46, y, f"1.{n + 1} Hold a panel for children placed away")
        c.setFont("Times-Roman", 6)
        notes = [(y + 15, ["Owen Tremayne", "31/03/2027"])]
        if n == 1:
            notes.append((y - 3, ["Ruth Kowal", "Red"]))
        for top, lines in notes:
            for k, text in enumerate(lines):
                c.drawString(430, top - 7 * k, text)
    c.save()
    return buf.getvalue()


def test_two_notes_level_with_one_paragraph_are_said_not_overwritten() -> None:
    doc, said = read_margin_notes(parse_pdf_bytes(_crowded_plan(), "crowded.pdf"))
    assert doc is not None
    assert [(w.code, w.page) for w in said] == [("plan_notes_unpaired", 1)]
    assert "level with a paragraph another note is level with" in said[0].message
    texts = [ln.text for ln in doc.pages[0].lines]
    # the nearer note gives the paragraph its fields; the farther stays on the page as printed
    assert (
        "1.2 Hold a panel for children placed away. Lead: Owen Tremayne; Due: 31/03/2027." in texts
    )
    assert "Ruth Kowal" in texts and "Red" in texts
