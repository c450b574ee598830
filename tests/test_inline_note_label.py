"""A register whose paragraphs keep their fields inline and carry a labelled note under some.

'1.2  <text> — Complete by: Jul. 2026. Assessment:' wrapped to 'Drifting.', then 'Where we are:
<update>' on a line of its own under the paragraph, then the next numbered paragraph. Once the
inline labels are set aside, the note's label is the one label left opening lines: no deck of
cards (a card read from the notes swallowed the next paragraph as its text, and its status).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, due, status, wrapped before the status value, note, gold rag
ACTIONS = [
    ("1.1", "Offer tuition to every child in care who is behind", "Jan. 2027", "On course", True, None, "green"),
    ("1.2", "Make sure every child in care has a personal education plan", "Jan. 2027", "Drifting", True, "Recruitment under way; two posts filled", "amber"),
    ("1.3", "Reduce the time taken to issue care plans", "May. 2026", "Stalled", False, "Delayed because of staff turnover", "red"),
    ("2.1", "Develop safety plans for places of concern", "Dec. 2025", "Drifting", True, "Scoping meeting held with partners", "amber"),
    ("2.2", "Launch a single exploitation screening tool", "Apr. 2026", "On course", False, None, "green"),
    ("2.3", "Publish a revised threshold document with schools", "Jan. 2026", "Stalled", True, "No lead in post since the restructure", "red"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Children's Services Improvement Plan: register of actions")
    y = 770.0
    for rec in ("1", "2"):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, f"Recommendation {rec}")
        y -= 16
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(50, y, "Improve the help and protection children receive from the service")
        y -= 18
        for ref, text, due, status, wrapped, note, _ in ACTIONS:
            if not ref.startswith(rec + "."):
                continue
            c.setFont("Helvetica", 8)
            c.drawString(50, y, ref)
            if wrapped:
                c.drawString(70, y, f"{text} — Complete by: {due}. Assessment:")
                y -= 11
                c.drawString(91, y, f"{status}.")
            else:
                c.drawString(70, y, f"{text} — Complete by: {due}. Assessment: {status}.")
            if note is not None:
                y -= 11
                c.setFont("Helvetica", 7.5)
                c.drawString(92, y, f"Where we are: {note}")
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_note_label_alone_makes_no_deck_of_cards() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "register.pdf"))
    got = {a.ref: a for a in result.actions}
    assert sorted(got) == [a[0] for a in ACTIONS]
    for ref, text, due, _, _, note, rag in ACTIONS:
        assert got[ref].text == text
        assert got[ref].due_raw is not None and got[ref].due_raw.rstrip(".") == due
        assert got[ref].rag == rag
        if note is not None:
            assert got[ref].progress == note
