"""A due month printed with a slash before its year, 'Mar/2027', as a tracker's month field prints
it. The date normaliser read 'Mar 2027', 'Mar-2027' and "Mar '27" as the month's last day, but
with the slash it fell back on the bare year and gave 31 December: every such due was wrong by
months, silently. Now the slash joins the month and a four-figure year as the other
separators do; 'Mar/26' (two figures: a day, a ratio or a year) is left unread, and a day in
front, '31/Mar/27', is still read as that day.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.reader import parse_pdf_bytes

# (ref, text, owner, due as printed, due read)
ACTIONS = [
    ("1.1", "Audit thirty strategy discussions and share the learning with partners",
     "Head of Safeguarding", "Mar/2027", "2027-03-31"),
    ("1.2", "Train every team manager in reflective supervision",
     "Principal Social Worker", "Sep/2026", "2026-09-30"),
    ("1.3", "Publish a revised threshold document with partners and schools",
     "Head of Early Help", "Feb/2026", "2026-02-28"),
    ("2.1", "Hold a monthly missing children panel chaired by the head of service",
     "Service Manager, Front Door", "Nov/2025", "2025-11-30"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 790, "Improvement plan: progress at a glance")
    y = 750.0
    for ref, text, owner, due, _ in ACTIONS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, f"{ref}  {text}")
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 13, f"Owner: {owner} \u00b7 Due: {due} \u00b7 Status: On track")
        y -= 48
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_month_and_year_parted_by_a_slash_is_that_month() -> None:
    assert str(parse_date("Mar/2027")) == "2027-03-31"
    assert str(parse_date("31/Mar/27")) == "2027-03-31"
    assert parse_date("Mar/26") is None


def test_each_card_is_due_at_the_end_of_its_month() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "glance.pdf"))
    got = {a.ref: (a.owner, a.due_raw, str(a.due_date)) for a in result.actions}
    assert got == {ref: (owner, due, read) for ref, _, owner, due, read in ACTIONS}
