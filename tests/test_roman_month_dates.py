"""A due date with its month in Roman figures, as continental and some formal hands print a
day ('14.III.2027', '14/III/2027') or a month alone ('III.2027'). The date normaliser had no
such form: it fell back on the bare year and read 31 December, months off and silent. Now a
day, a Roman month (capitals, I to XII) and a four-figure year parted by one separator used
twice are that day, and a Roman month and year parted by a stop, slash or hyphen are that
month's end; 'Phase II 2027' (a space, no day) stays the year alone, lower-case 'v.2026' is no
month, and an impossible day ('31.II.2027') is no date.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import parse_date, parse_due
from plantrace.pipeline.reader import parse_pdf_bytes

# (ref, text, owner, due as printed, due read)
ACTIONS = [
    ("1.1", "Audit thirty strategy discussions and share the learning with partners",
     "Head of Safeguarding", "14.III.2027", "2027-03-14"),
    ("1.2", "Train every team manager in reflective supervision",
     "Principal Social Worker", "IX.2026", "2026-09-30"),
    ("1.3", "Publish a revised threshold document with partners and schools",
     "Head of Early Help", "2/XII/2026", "2026-12-02"),
    ("2.1", "Hold a monthly missing children panel chaired by the head of service",
     "Service Manager, Front Door", "II.2028", "2028-02-29"),
    ("2.2", "Review every child in need plan at least every three months",
     "Head of Children in Need", "30.IV.2026", "2026-04-30"),
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


def test_roman_months_are_read() -> None:
    assert str(parse_date("16.X.2026")) == "2026-10-16"
    assert str(parse_date("14 III 2027")) == "2027-03-14"
    assert str(parse_date("14/III/2027")) == "2027-03-14"
    assert str(parse_date("III.2027")) == "2027-03-31"
    assert str(parse_date("IV-2026")) == "2026-04-30"
    assert str(parse_date("III.2027", end_of_period=False)) == "2027-03-01"
    assert str(parse_due("Set by: 7.II.2027")) == "2027-02-07"


def test_what_is_no_roman_month() -> None:
    assert str(parse_date("Phase II 2027")) == "2027-12-31"  # the year alone, as before
    assert str(parse_date("v.2026")) == "2026-12-31"
    assert parse_date("31.II.2027") is None


def test_each_card_is_due_on_its_roman_date() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "glance.pdf"))
    got = {a.ref: (a.owner, a.due_raw, str(a.due_date)) for a in result.actions}
    assert got == {ref: (owner, due, read) for ref, _, owner, due, read in ACTIONS}
