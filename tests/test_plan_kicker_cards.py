"""Action cards with no field labels, each opened by a kicker line (issue 11): a dashboard's
cards flowed in two columns, the text running down the left column of cards, then the right;
each card a kicker '2.1 · RECOMMENDATION 2', the action in bold, perhaps 'Progress: ...', an
avatar's initials beside the lead's name, a relative due line 'Due in 3 months (Mar 2027)'
and a status ribbon turned 45 degrees across its corner. The recommendations are listed once
at the top, in a box ruled round them. Built with reportlab, the cards' text written card by
card as a browser prints a CSS column flow.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan_kicker_cards import kicker
from plantrace.pipeline.document import Line
from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the quality of management oversight and reflective supervision"),
    ("2", "Improve the timeliness of decisions at the front door"),
]
# ref, recommendation, title lines, progress or None, initials, name, due line, ribbon
CARDS = [
    ("1.1", "1", ["Introduce quarterly practice observations of every", "social worker"],
     "Progress: Delayed because of staff turnover", "DO", "David Osei",
     "Due next month (Jan 2027)", "Off track"),
    ("1.2", "1", ["Train all team managers in reflective supervision"], None, "LF",
     "Leon Fairweather", "Overdue by 6 months (Jun 2026)", "At risk"),
    ("2.1", "2", ["Publish a revised threshold document with partners"],
     "Progress: Draft agreed by partners", "AC", "Amira Choudhury",
     "Was due 1 month ago (Nov 2026)", "Complete"),
    ("2.2", "2", ["Apply consistent thresholds through weekly clinics"], None, "GA",
     "Grace Adebayo", "Due in 3 months (Mar 2027)", "On track"),
]  # fmt: skip


def _card(c: canvas.Canvas, x: float, y: float, card: tuple) -> float:
    """One card drawn from its top y; returns the y under it."""
    ref, rec, title, progress, initials, name, due, ribbon = card
    top = y
    c.setFont("Helvetica", 8)
    c.drawString(x + 10, y - 14, f"{ref} · RECOMMENDATION {rec}")
    y -= 28
    c.setFont("Helvetica-Bold", 10)
    for ln in title:
        c.drawString(x + 10, y, ln)
        y -= 12
    if progress:
        c.setFont("Helvetica", 9)
        c.drawString(x + 10, y - 2, progress)
        y -= 14
    y -= 8
    c.setFillColorRGB(0.36, 0.17, 0.51)
    c.circle(x + 20, y - 6, 9, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(x + 14, y - 8, initials)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 8)
    c.drawString(x + 36, y, name)
    c.drawString(x + 36, y - 11, due)
    y -= 24
    c.roundRect(x, y, 240, top - y, 4, stroke=1, fill=0)
    c.saveState()  # the ribbon across the top right corner, its text turned 45 degrees
    c.translate(x + 222, top - 18)
    c.rotate(-45)
    c.setFont("Helvetica-Bold", 7)
    c.drawCentredString(0, 0, ribbon)
    c.restoreState()
    return y - 14


def _dashboard() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 50, "Improvement plan dashboard")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 80, "What Ofsted asked us to do")
    c.rect(40, h - 140, w - 80, 48, stroke=1, fill=0)
    c.setFont("Helvetica", 9)
    for k, (number, text) in enumerate(RECS):
        c.drawString(48, h - 108 - 16 * k, f"Recommendation {number}. {text}")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 170, "Actions")
    y = h - 185
    for card in CARDS[:2]:  # the left column first, as the flow prints it
        y = _card(c, 40, y, card)
    y = h - 185
    for card in CARDS[2:]:
        y = _card(c, 300, y, card)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_kicker_line_needs_a_ref_and_a_numbered_recommendation() -> None:
    def line(text: str) -> Line:
        return Line(text, (0, 0, 100, 10), 8.0, False, 1, 0, words=[])

    assert kicker(line("2.1 · RECOMMENDATION 2")) == ("2.1", "2")
    assert kicker(line("A3 | Recommendation 4")) == ("A3", "4")
    assert kicker(line("Action 1.2 - Priority 1")) == ("1.2", "1")
    assert kicker(line("2.1")) is None  # a ref alone: a table's ref cell too
    assert kicker(line("2.1 Deliver training to all staff")) is None
    assert kicker(line("Recommendation 2")) is None


def test_cards_in_columns_read_card_by_card_with_their_unlabelled_fields() -> None:
    result = extract_document(parse_pdf_bytes(_dashboard(), "dashboard.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == RECS
    got = [
        (a.ref, a.text, a.owner, a.due_raw, str(a.due_date), a.rag, a.progress, a.recommendations)
        for a in result.actions
    ]
    assert got == [
        ("1.1", "Introduce quarterly practice observations of every social worker",
         "David Osei", "Jan 2027", "2027-01-31", "red", "Delayed because of staff turnover",
         ["r1"]),
        ("1.2", "Train all team managers in reflective supervision", "Leon Fairweather",
         "Jun 2026", "2026-06-30", "amber", None, ["r1"]),
        ("2.1", "Publish a revised threshold document with partners", "Amira Choudhury",
         "Nov 2026", "2026-11-30", "blue", "Draft agreed by partners", ["r2"]),
        ("2.2", "Apply consistent thresholds through weekly clinics", "Grace Adebayo",
         "Mar 2027", "2027-03-31", "green", None, ["r2"]),
    ]  # fmt: skip


KPIS = [("Contacts decided within 24 hours", "61%", "95%"),
        ("Supervision on time", "48%", "90%")]  # fmt: skip


def _dashboard_with_table() -> bytes:
    """The left column's cards, then a ruled table of measures under them, while the right
    column's cards run on lower: the table stands inside the cards' run, no card's."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 50, "Improvement plan dashboard")
    c.setFont("Helvetica", 9)
    for k, (number, text) in enumerate(RECS):
        c.drawString(48, h - 80 - 16 * k, f"Recommendation {number}. {text}")
    y = h - 130
    for card in CARDS[:2]:
        y = _card(c, 40, y, card)
    top, xs = y - 6, [40.0, 160.0, 210.0, 260.0]
    rows = [("Measure", "Baseline", "Target"), *KPIS]
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 7.5)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 3, top - 12 - 16 * i, text)
    for i in range(len(rows) + 1):
        c.line(xs[0], top - 16 * i, xs[-1], top - 16 * i)
    for x in xs:
        c.line(x, top, x, top - 16 * len(rows))
    y = h - 130
    for card in [
        *CARDS[2:],
        (
            "2.3",
            "2",
            ["Audit repeat referrals every quarter"],
            None,
            "MH",
            "Martin Hale",
            "Due in 5 months (May 2027)",
            "On track",
        ),
    ]:
        y = _card(c, 300, y, card)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_ruled_table_inside_the_cards_run_is_kept() -> None:
    result = extract_document(parse_pdf_bytes(_dashboard_with_table(), "dashboard.pdf"))
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.target and k.target.raw) for k in result.kpis
    ]
    assert got == KPIS
