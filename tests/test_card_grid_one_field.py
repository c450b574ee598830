"""An org chart of leads printed from a web page: a box per lead, three across, its header the
lead's name and a count of actions, its body the actions one under another, each its ref and
text in bold, 'By: <date>' with the status set apart at the line's end, and an italic
'Latest: <update>' under some of them only.

An action with no update prints one field ('By: ...' and its status chip): it is read as a
card beside the cards of two fields that share its 'By' label (card_grid._one_field), not
dropped as a paragraph.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# lead, [(ref, action, due as printed, due iso, status, update or None)]
LEADS = [
    ("Amira Choudhury", [
        ("1.3", "Reduce team manager spans of control to seven workers", "February 2026",
         "2026-02", "Done", "Completed and embedded in practice"),
        ("4.3", "Give every care leaver a written summary of their entitlements", "January 2026",
         "2026-01", "Not yet due", None),
    ]),
    ("Fatima Rahman", [
        ("1.2", "Audit twelve supervision records each month", "October 2025", "2025-10",
         "Stalled", "Delayed because of staff turnover"),
        ("3.1", "Publish a revised threshold document with partners", "February 2026",
         "2026-02", "Stalled", None),
        ("3.2", "Complete all contacts within twenty-four hours", "December 2025", "2025-12",
         "Progressing", "Monthly reports now in place"),
    ]),
    ("Helen Markham", [
        ("1.1", "Add a supervision timeliness measure to the dashboard", "November 2025",
         "2025-11", "Stalled", None),
        ("2.1", "Train foster carers in understanding trauma", "June 2026", "2026-06",
         "At risk", "Work started; scoping meeting held"),
        ("3.3", "Step down cases to early help with a warm handover", "March 2026", "2026-03",
         "Not yet due", "Waiting on the new case management system"),
    ]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1190, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(30, 800, "Who is leading our improvement")
    for n, (lead, actions) in enumerate(LEADS):
        x, y = 40 + n * 380, 740
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x, y, lead)
        c.setFont("Helvetica", 7)
        c.drawString(x, y - 12, f"{len(actions)} actions")
        y -= 30
        for ref, text, due, _, status, update in actions:
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 3, y, f"R{ref[0]} {ref} {text}")
            c.setFont("Helvetica", 7)
            c.drawString(x, y - 9, f"By: {due}")
            c.drawString(x + 90, y - 9, status)
            y -= 18
            if update:
                c.setFont("Helvetica-Oblique", 7)
                c.drawString(x, y, f"Latest: {update}")
                y -= 9
            y -= 10
        c.setLineWidth(0.5)
        c.roundRect(x - 8, y, 330, 760 - y, 6, stroke=1, fill=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_actions_of_one_field_are_read() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "org-chart.pdf"))
    got = {a.ref: a for a in plan.actions}
    want = {
        ref: (lead, text, iso, update)
        for lead, acts in LEADS
        for ref, text, _, iso, _, update in acts
    }
    assert set(got) == set(want)
    for ref, (lead, text, iso, update) in want.items():
        assert got[ref].owner == lead
        assert got[ref].text == text
        assert str(got[ref].due_date).startswith(iso)
        if update is None:
            assert not got[ref].progress
