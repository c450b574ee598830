"""A list of recommendations ('R2   Improve ...') printed under a tracker that runs onto the
next page, where the tracker's header row is printed again over no rows of it: the repeated
header is no line of the list (plan_columns._repeats_header), so the list reads as a list and
the actions keyed to it link to its items."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

COLUMNS = (30.0, 80.0, 120.0, 450.0, 620.0, 720.0, 810.0)
HEADER = ("Code", "Rec", "Task", "Owner", "Due", "Status")
ACTIONS = [
    ("1.01", "R1", "Publish a revised threshold document", "Martin Hale", "May 2026", "Done"),
    ("1.02", "R1", "Audit repeat referrals each quarter", "Martin Hale", "Dec 2025", "Delayed"),
    ("2.01", "R2", "Agree a joint protocol with the police", "Priya Shah", "Oct 2026", "Done"),
    ("3.01", "R3", "Launch a recruitment campaign for staff", "Owen Tremayne", "Feb 2026", "Done"),
]
RECS = [
    ("R1", "Improve the timeliness and consistency of decisions at the front door"),
    ("R2", "Improve the regularity and quality of management oversight of social work"),
    ("R3", "Build a stable, permanent and skilled social work workforce for children"),
]


def _grid(c: canvas.Canvas, top: float, rows: list[tuple[str, ...]], head: bool) -> float:
    """Rows ruled as a grid from `top` down; the header row shaded, bold and white."""
    height = 14.0  # a spreadsheet's rows: hardly more than its text's line spacing
    for k, cells in enumerate(rows):
        y = top - height * (k + 1)
        if head and k == 0:
            c.setFillColorRGB(0.15, 0.3, 0.35)
            c.rect(COLUMNS[0], y, COLUMNS[-1] - COLUMNS[0], height, stroke=1, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("Helvetica-Bold", 8)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 8)
            c.rect(COLUMNS[0], y, COLUMNS[-1] - COLUMNS[0], height, stroke=1, fill=0)
        for x0, x1, text in zip(COLUMNS, COLUMNS[1:], cells, strict=False):
            if head and k == 0:
                c.drawCentredString((x0 + x1) / 2, y + 3, text)  # a sheet's centred header
            else:
                c.drawString(x0 + 3, y + 4, text)
        for x0 in COLUMNS[1:-1]:
            c.line(x0, y, x0, y + height)
    c.setFillColorRGB(0, 0, 0)
    return top - height * len(rows)


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(30, 560, "Children's Services - Improvement Tracker")
    c.setFont("Helvetica", 8)
    c.drawString(30, 544, "Position at 8 April 2026")
    bottom = _grid(c, 530, [HEADER, *ACTIONS], head=True)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(30, bottom - 30, "Recommendations")
    c.showPage()
    # the tracker's header printed again at the page's top, then the list it runs on with
    top = _grid(c, 560, [HEADER], head=True)
    c.setFont("Helvetica", 8)
    for code, text in RECS:
        # each code in a box of its own, the boxes hung from the header's foot; the text runs
        # on across the sheet unruled (a spreadsheet's merged cell)
        c.rect(COLUMNS[0], top - 12.4, COLUMNS[1] - COLUMNS[0], 12.4, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(33, top - 8, code)
        c.setFont("Helvetica", 8)
        c.drawString(83, top - 8, text)
        top -= 12.4
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_list_under_a_repeated_header_is_read_and_linked() -> None:
    doc = parse_pdf_bytes(_plan(), "tracker.pdf")
    assert len(doc.pages) == 2
    plan = extract_plan(doc)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (code[1:], text) for code, text in RECS
    ]
    by_id = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [by_id[i] for i in a.recommendations] for a in plan.actions}
    assert links == {"1.01": ["1"], "1.02": ["1"], "2.01": ["2"], "3.01": ["3"]}
    assert not [w for w in plan.warnings if w.code == "plan_links_unread"]
