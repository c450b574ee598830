"""A key of tagged recommendations atop an organisation chart (extractors/tagged_key.py).

The recommendations are printed once, as a key in three columns at the head of the page: a tag
'R2' and its text, wrapping under it. The actions, boxed by lead, carry the tag alone. Read line
by line the key fell apart (columns interleaved, a wrapped line alone, a tag line taken for a
heading), so recommendations and every action's link were lost.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# the lead boxes of the org chart (its own copy: test_card_grid_one_field's chart changed shape)
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

RECS = [
    ("Improve the regularity and quality of management oversight and reflective",
     "supervision for social workers in the assessment teams"),
    ("Ensure that initial and review health assessments for children in care are",
     "completed on time and that their emotional health needs are met"),
    ("Improve the timeliness and consistency of decisions at the front door so that",
     "children receive the right help at the right time"),
    ("Increase the range of suitable accommodation for care leavers and improve",
     "the quality of pathway plans"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1190, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(30, 810, "Who is leading our improvement")
    for n, (first, wrap) in enumerate(RECS):
        x, y = 30 + (n % 3) * 380, 785 - (n // 3) * 22
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x + 3, y, f"R{n + 1}")
        c.setFont("Helvetica", 7)
        c.drawString(x + 18, y, first)
        c.drawString(x, y - 9, wrap)
    for n, (lead, actions) in enumerate(LEADS):
        x, y = 40 + n * 380, 700
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
        c.roundRect(x - 8, y, 330, 720 - y, 6, stroke=1, fill=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_key_is_read_and_actions_link() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "org-chart-key.pdf"))
    recs = {r.number: r for r in plan.recommendations}
    assert set(recs) == {"1", "2", "3", "4"}
    for n, (first, wrap) in enumerate(RECS):
        assert recs[str(n + 1)].text == f"{first} {wrap}"
    by_id = {r.id: r.number for r in plan.recommendations}
    acts = {a.ref: a for a in plan.actions}
    for _, actions in LEADS:
        for ref, *_ in actions:
            assert [by_id[x] for x in acts[ref].recommendations] == [ref[0]]
