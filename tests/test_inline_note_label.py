"""A register whose paragraphs keep their fields inline and carry a labelled note under some.

'1.2  <text> — Complete by: Jan. 2027. Assessment:' wrapped to 'Drifting.', then 'Where we are:
<update>' on a line of its own under the paragraph, then the next numbered paragraph. Now and
then a paragraph wraps just before an inline label, so a line opens with 'Assessment:' or
'Complete by:' (read as inline labels, inline_labels). Once those are set aside, the note's label
is the one label left opening lines: no deck of cards (a card read from the notes swallowed the
next paragraph as its text, and its status); and a line opening with inline labels is no card's
strip of fields to split a field a line (opens_inline).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, due, status, where the paragraph wraps ('status': before the status value,
# 'label': before 'Assessment:', 'due': before 'Complete by:', None: no wrap), note, gold rag
ACTIONS = [
    ("1.1", "Offer tuition to every child in care who is behind in reading at age eleven", "Jan. 2027", "On course", "status", None, "green"),
    ("1.2", "Make sure every child in care has a personal education plan reviewed each term", "Jan. 2027", "Drifting", "status", "Recruitment under way; two posts filled", "amber"),
    ("1.3", "Reduce the time taken to issue education, health and care plans for children in care", "May. 2026", "Stalled", "label", "Delayed because of staff turnover", "red"),
    ("1.4", "Track attendance and exclusions for children in care placed out of the area", "Aug. 2026", "Drifting", "status", None, "amber"),
    ("2.1", "Develop safety plans for places of concern, such as parks and transport hubs, with community safety partners", "Dec. 2025", "Stalled", "due", "No lead in post since the restructure; escalated to the board", "red"),
    ("2.2", "Launch a single exploitation screening tool for use by all partner agencies", "Apr. 2026", "Drifting", "status", None, "amber"),
    ("3.1", "Step down cases to early help with a warm handover meeting with the family", "Jul. 2026", "Stalled", "status", "Delayed because of staff turnover; revised plan agreed", "red"),
    ("3.2", "Publish a revised threshold document with partners and schools", "Jan. 2026", "On course", None, "Scoping meeting held with partners", "green"),
]  # fmt: skip
RECS = {
    "1": "Improve the timeliness of plans for children in care and the support of the virtual school",
    "2": "Improve the multi-agency response to children at risk of exploitation outside the home",
    "3": "Improve the timeliness and consistency of decisions at the front door",
}


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Times-Bold", 15)
    c.drawString(57, 770, "Children's Services Improvement Plan: register of actions")
    y = 735.0
    for rec, rtext in RECS.items():
        c.setFont("Times-Bold", 11.5)
        c.drawString(57, y, f"Recommendation {rec}")
        y -= 14
        c.setFont("Times-Italic", 9.5)
        c.drawString(57, y, rtext)
        y -= 16
        for ref, text, due, status, wrap, note, _ in ACTIONS:
            if not ref.startswith(rec + "."):
                continue
            c.setFont("Times-Bold", 9.5)
            c.drawString(57, y, ref)
            c.setFont("Times-Roman", 9.5)
            due_part, rag_part = f"Complete by: {due}.", f"Assessment: {status}."
            first, second = {
                "status": (f"{text} — {due_part} Assessment:", f"{status}."),
                "label": (f"{text} — {due_part}", rag_part),
                "due": (f"{text} —", f"{due_part} {rag_part}"),
                None: (f"{text} — {due_part} {rag_part}", None),
            }[wrap]
            c.drawString(78, y, first)
            if second is not None:
                y -= 12
                c.drawString(91, y, second)
            if note is not None:
                y -= 12
                c.setFont("Times-Italic", 8.5)
                c.drawString(91, y, f"Where we are: {note}")
            y -= 15
        y -= 6
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
        assert got[ref].progress == note


def test_a_wrapped_line_opening_with_inline_labels_is_no_strip_of_fields() -> None:
    """'2.1 <text> —' over 'Complete by: Dec. 2025. Assessment: Stalled.': the wrapped line
    opens with the plan's inline label, so it runs on as the paragraph's fields, never split a
    field a line as a card's strip (split, 2.1's status and the note under it were lost)."""
    result = extract_plan(parse_pdf_bytes(_pdf(), "register.pdf"))
    got = {a.ref: a for a in result.actions}
    assert got["2.1"].due_raw is not None and got["2.1"].due_raw.rstrip(".") == "Dec. 2025"
    assert got["2.1"].rag == "red"
    assert got["2.1"].progress == "No lead in post since the restructure; escalated to the board"
    assert got["1.3"].rag == "red"
    assert got["1.3"].progress == "Delayed because of staff turnover"
