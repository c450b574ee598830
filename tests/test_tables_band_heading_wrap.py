"""An unruled delivery dashboard whose recommendations stand as band headings across the table,
set larger than its rows (bold 9.5 pt over 8.5 pt, with a wider leading), a long one wrapped
onto a second line that starts under the first.

The table's line spacing is read where its lines are set in the body's size (_column_pitch):
a smaller header's tighter spacing must not cut the body's wrapped cells into rows (see
test_tables_small_header_pitch.py), but a larger heading's spacing is no line break of the
body either. Read in each line's own font size instead, the heading's wrap joined its first
line's row, put in the first column beside the heading's merged cell: the recommendation was
lost and its actions their link, or took the band above's number, with no warning (holdout12
rl-percent-bars 1-007, 1-008, 1-010, with 505aed1d)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Ensure that strategy discussions involve police, health and children's social care, and "
    "that the reasons for decisions about section 47 enquiries are recorded",
    "Build a stable, permanent and skilled social work workforce and reduce reliance on agency "
    "staff",
    "Improve the regularity and quality of management oversight and reflective supervision for "
    "social workers in the assessment and child in need teams",
]
# recommendation, ref, action, owner, due, percent, status
ACTIONS = [
    (1, "W1-01", "Set up a daily virtual strategy meeting slot so partners can join without "
     "travelling", "Martin Hale", "w/c 30 Mar 2026", 27, "Halted"),
    (1, "W1-02", "Escalate any strategy discussion held without a health representative to the "
     "designated nurse within one working day", "Leon Fairweather", "w/c 26 May 2025", 55,
     "Moving along"),
    (1, "W1-03", "Run a multi-agency audit of thirty strategy discussions and share the learning "
     "with the safeguarding partnership", "Ruth Kowalczyk", "w/c 28 Jul 2025", 18, "Halted"),
    (2, "W2-01", "Launch a recruitment campaign for experienced social workers with a relocation "
     "package", "Leon Fairweather", "w/c 29 Jun 2026", 44, "Moving along"),
    (2, "W2-02", "Hold exit interviews with every leaver and report the themes to the workforce "
     "board", "Joseph Mensah", "w/c 30 Jun 2025", 74, "Moving along"),
    (3, "W3-01", "Publish a revised supervision standard that sets a four-weekly minimum and a "
     "recording template for reflective discussion", "Bethan Lloyd", "w/c 25 May 2026", 0,
     "Halted"),
    (3, "W3-02", "Reduce team manager spans of control to no more than seven social workers by "
     "creating two new posts", "Amira Choudhury", "w/c 26 May 2025", 22, "Halted"),
]  # fmt: skip
XS = {"ref": 12 * mm, "action": 30 * mm, "owner": 140 * mm, "due": 180 * mm, "bar": 215 * mm,
      "rag": 262 * mm}  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    y = h - 14 * mm
    c.setFont("Helvetica-Bold", 15)
    c.drawString(12 * mm, y, "Children's Improvement Programme: Delivery Dashboard")
    y -= 14 * mm
    c.setFont("Helvetica-Bold", 8)
    for col, label in zip(XS, ("Docket no.", "What gets done", "Senior sponsor", "Target week",
                               "Share done", "Status flag"), strict=True):  # fmt: skip
        c.drawString(XS[col], y, label)
    c.setLineWidth(0.8)
    c.line(12 * mm, y - 2 * mm, w - 12 * mm, y - 2 * mm)
    y -= 7 * mm
    for num, rec in enumerate(RECS, 1):
        c.setFont("Helvetica-Bold", 9.5)
        for line in simpleSplit(f"Priority for action {num}) {rec}", "Helvetica-Bold", 9.5,
                                w - 30 * mm):  # fmt: skip
            c.drawString(12 * mm, y, line)
            y -= 5 * mm
        y -= 1.5 * mm
        for _, ref, text, owner, due, pct, status in (a for a in ACTIONS if a[0] == num):
            body = simpleSplit(text, "Helvetica", 8.5, XS["owner"] - XS["action"] - 4 * mm)
            c.setFont("Helvetica", 8.5)
            c.drawString(XS["ref"], y, ref)
            for i, line in enumerate(body):
                c.drawString(XS["action"], y - 4 * mm * i, line)
            c.drawString(XS["owner"], y, owner)
            c.drawString(XS["due"], y, due)
            c.setFillGray(0.9)
            c.rect(XS["bar"], y - 0.8 * mm, 30 * mm, 3.2 * mm, stroke=0, fill=1)
            c.setFillGray(0.4)
            c.rect(XS["bar"], y - 0.8 * mm, 0.3 * mm * pct, 3.2 * mm, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica", 7.5)
            c.drawString(XS["bar"] + 31.5 * mm, y, f"{pct}%")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(XS["rag"], y, status)
            y -= 4 * mm * len(body) + 2.5 * mm
        y -= 3 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_pdf(), "dashboard.pdf"))


def test_each_band_heading_is_its_recommendation() -> None:
    """Each band is a recommendation of its number; the wrapped ones read from their first line
    (the wrap's words are still left off: a band's second line is read as a row of its own
    whose text the heading does not take, as before 505aed1d)."""
    plan = _read()
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert plan.recommendations[1].text == RECS[1]
    for rec, text in zip(plan.recommendations, RECS, strict=True):
        assert text.startswith(rec.text) and len(rec.text.split()) >= len(text.split()) - 2


def test_each_action_is_read_under_its_band() -> None:
    plan = _read()
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.text, a.owner, a.due_raw, [numbers[r] for r in a.recommendations])
        for a in plan.actions
    ]
    assert got == [(ref, text, o, d, [str(n)]) for n, ref, text, o, d, _, _ in ACTIONS]
