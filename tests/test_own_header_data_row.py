"""An unruled action table broken over a page whose rows are set bold (a web page's parent
rows, each with its child row of details folded away), or one line each in a monospace report:
the next page opens with the open table's next row, not a header of its own.

Set bold, or given by pdfium as one line ('2.2 Agree a protocol with the police ...'), such a
row can read like a header row; its words are not the open table's labels either. What is
read: the table carried on over the page, every action with its lead, due date and status; a
row that numbers a sentence, or sets a sentence beside a status, is no header (own_header).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.own_header import opens_own_table
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

W, H = A4
COLS = [50, 90, 330, 440, 510]
HEAD = ["Ref", "What we will do", "Lead", "Due", "Status"]
ROWS = [
    ("1.1", "Map where missing children are found", "Head of Service", "Jun 2026",
     "On track"),
    ("1.2", "Hold a monthly missing children panel", "Service Manager", "Aug 2026", "Delayed"),
    ("1.3", "Give foster carers refreshed guidance", "HR Lead", "Sep 2026",
     "Complete"),
    ("2.1", "Audit twelve supervision records each month", "Head of Service", "May 2026",
     "Off track"),
    ("2.2", "Add supervision timeliness to the dashboard", "Service Manager",
     "Jul 2026", "On track"),
    ("2.3", "Agree a joint protocol with the police", "Head of Service",
     "Oct 2026", "Delayed"),
]  # fmt: skip
FIRST_PAGE = 4  # rows on the first page; the rest open the second


def _pdf(font: str = "Helvetica-Bold") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 60, "Improvement plan: actions")
    c.setFont("Helvetica-Bold", 9)
    for x, t in zip(COLS, HEAD, strict=True):
        c.drawString(x, H - 100, t)
    y = H - 122
    for k, row in enumerate(ROWS):
        if k == FIRST_PAGE:
            c.showPage()
            y = H - 60
        c.setFont(font, 9)
        for x, t in zip(COLS, row, strict=True):
            c.drawString(x, y, t)
        y -= 22
    c.showPage()
    c.save()
    return buf.getvalue()


def test_bold_rows_carry_the_table_on_over_the_page() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "bold-rows.pdf"))
    assert [a.ref for a in plan.actions] == [r[0] for r in ROWS]
    assert [a.text for a in plan.actions] == [r[1] for r in ROWS]
    assert [a.owner for a in plan.actions] == [r[2] for r in ROWS]
    assert [a.rag for a in plan.actions] == ["green", "amber", "blue", "red", "green", "amber"]


def test_a_numbered_sentence_or_one_beside_a_status_is_no_header() -> None:
    doc = parse_pdf_bytes(_pdf(), "bold-rows.pdf")
    order = sorted(doc.pages[1].lines, key=lambda ln: (ln.top, ln.x0))
    assert not opens_own_table(order, HEAD)
    # a new table's header of its own is still one, whatever is under it
    head = ["What we track", "At inspection", "Last reported", "Level sought"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 9)
    for x, t in zip([50, 300, 380, 460], head, strict=True):
        c.drawString(x, H - 60, t)
    c.setFont("Helvetica", 9)
    for k, x in enumerate([50, 300, 380, 460]):
        c.drawString(x, H - 82, ["Supervision held within four weeks", "63%", "54%", "73%"][k])
    c.showPage()
    c.save()
    kpi = parse_pdf_bytes(buf.getvalue(), "kpi.pdf").pages[0]
    assert opens_own_table(sorted(kpi.lines, key=lambda ln: (ln.top, ln.x0)), HEAD)
