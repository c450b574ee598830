"""A framed record whose top lines are its title ('Action record ACT/25/14' over 'No.
ACT/25/14 Recommendation REC-01') is no lead's box: a title holding a ref names no lead, so the
actions drawn inside take no owner from it. Two framed boxes of a page printed from an
intranet's record view, drawn with reportlab and read by the whole pipeline; the same page with
people's names as the heads gives each action its lead."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("R1", "Improve the quality of management oversight and supervision of social workers"),
    ("R2", "Ensure that health assessments for children in care are completed on time"),
]
BOXES = [
    (("Action record ACT/25/14", "No. ACT/25/14 Recommendation REC-01"), "Helen Markham", [
        ("R1", "1.1", "Add a supervision timeliness measure to the weekly dashboard", "March 2026"),
        ("R2", "2.2", "Commission a therapeutic service for children in care", "June 2026"),
    ]),
    (("Action record ACT/25/15", "No. ACT/25/15 Recommendation REC-02"), "Ruth Kowalczyk", [
        ("R1", "1.2", "Audit twelve supervision records each month", "October 2025"),
        ("R2", "2.1", "Train foster carers in understanding trauma and attachment", "July 2026"),
    ]),
]  # fmt: skip


def _owners(titled: bool) -> list[tuple[str | None, str | None]]:
    buf = io.BytesIO()
    width, height = landscape(A3)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 40, "Improvement plan: action records")
    y = height - 80
    for tag, text in RECS:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, tag)
        c.setFont("Helvetica", 9)
        c.drawString(60, y, text)
        y -= 16
    for n, (title, lead, actions) in enumerate(BOXES):
        left, top = 40 + n * 560, height - 160
        bottom = top - 40 - 50 * len(actions)
        c.roundRect(left, bottom, 520, top - bottom, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        for i, head in enumerate(title if titled else (lead,)):
            c.drawString(left + 8, top - 16 - 12 * i, head)
        y = top - 50
        for tag, ref, text, due in actions:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(left + 8, y, tag)
            c.drawString(left + 30, y, ref)
            c.setFont("Helvetica", 9)
            c.drawString(left + 52, y, text)
            c.drawString(left + 8, y - 12, f"By: {due}")
            c.drawString(left + 150, y - 12, "On track")
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(left + 8, y - 24, "Latest: Work started; scoping meeting held")
            y -= 50
    c.showPage()
    c.save()
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "records.pdf"))
    return [(a.ref, a.owner) for a in plan.actions]


def test_a_title_holding_a_ref_is_no_lead() -> None:
    got = _owners(titled=True)
    assert len(got) == 4
    assert [owner for _, owner in got] == [None, None, None, None]


def test_a_name_over_the_box_is_its_lead() -> None:
    want = {ref: lead for _, lead, acts in BOXES for _, ref, _, _ in acts}
    assert dict(_owners(titled=False)) == want
