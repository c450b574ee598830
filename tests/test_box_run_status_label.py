"""An exception report's boxes (extractors/box_run_labels.py): each task a ruled one-column
box of lines 'label value' with no colon ('Task owner Service Manager', 'Delivery rating Off
track', 'Path to green ...'), under a plan table that already lists every task.

Read together, the boxes' status words ('Off track', printed after their label line after
line) recur as if a label, so the run took a status as a label: the rating's value took the
next lines' labels and 'Path to green' read as the colour (red tasks rated green). A status is
a value, never a label: such a run gives no labels and the boxes are read as before.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.box_run_labels import box_run_labels
from plantrace.extractors.list_cards import _lines, _one_column
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, owner, status, gold rag, update, reason, path, agreed, revised
TASKS = [
    ("1.1", "Introduce a practice standard that every assessment includes the child's own words"
     " and a chronology", "Service Manager, Front Door", "Off track", "red",
     "Monthly reports now in place", "Recruitment to key posts has taken longer than planned",
     "Escalated to the partnership executive for a decision", "Wk 27 2025", "31.08.2025"),
    ("1.2", "Redesign the child in need plan template with outcomes written in plain language"
     " for children and families", "Head of Virtual School", "Off track", "red",
     "Pilot running in two teams; evaluation due", "Data quality issues found during testing",
     "Pilot in one locality first, then roll out", "Wk 22 2025", "31.08.2025"),
    ("2.1", "Offer tuition to every child in care who is behind in reading at age eleven",
     "Head of Service, Children in Care", "Off track", "red", "",
     "Dependency on the case recording system upgrade",
     "Interim staff in post; recovery plan agreed with the sponsor", "End Q4 2023/24",
     "02.05.2024"),
]  # fmt: skip

HEAD = ["Line item", "Deliverable agreed", "Task owner", "Deadline agreed", "Delivery rating",
        "Update from owner"]  # fmt: skip
XS = [45, 95, 330, 480, 580, 670, 796]
ROW = 15.6


def _ruled_row(c: canvas.Canvas, top: float, cells: list[str], bold: bool = False) -> None:
    c.rect(XS[0], top - ROW, XS[-1] - XS[0], ROW)
    for x in XS[1:-1]:
        c.line(x, top, x, top - ROW)
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
    for x, text in zip(XS, cells, strict=False):  # XS closes with the right edge
        c.drawString(x + 4, top - 11, text)


def _box(c: canvas.Canvas, top: float, rows: list[tuple[str, str]]) -> float:
    """One task: a ruled box, its head row shaded, a label in bold and its value at a tab."""
    height = ROW * len(rows)
    c.setFillGray(0.85)
    c.rect(XS[0], top - ROW, XS[-1] - XS[0], ROW, stroke=0, fill=1)
    c.setFillGray(0)
    c.rect(XS[0], top - height, XS[-1] - XS[0], height)
    for k, (label, value) in enumerate(rows):
        if k:
            c.line(XS[0], top - ROW * k, XS[-1], top - ROW * k)
        c.setFont("Times-Bold", 8)
        c.drawString(XS[0] + 6, top - ROW * k - 11, label)
        c.setFont("Times-Roman", 8)
        c.drawString(XS[0] + 171, top - ROW * k - 11, value)
    return top - height - 6


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(45, 560, "Westbury Improvement Programme: Exception Report")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, 530, "1. Summary of all tasks")
    top = 520.0
    _ruled_row(c, top, HEAD, bold=True)
    for ref, text, owner, status, _, update, _, _, agreed, _ in TASKS:
        top -= ROW
        _ruled_row(c, top, [ref, text, owner, agreed, status, update])
    c.showPage()
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, 560, "2. Exceptions")
    top = 543.9
    for ref, text, owner, status, _, _, reason, path, agreed, revised in TASKS:
        top = _box(c, top, [(f"Task {ref}", text), ("Task owner", owner),
                            ("Delivery rating", status), ("Reason for exception", reason),
                            ("Path to green", path), ("Date originally agreed", agreed),
                            ("Revised date", revised)])  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


def test_status_words_are_no_run_labels() -> None:
    doc = parse_pdf_bytes(_pdf(), "exceptions.pdf")
    labels = box_run_labels(read_layout(doc), _one_column, _lines)
    assert not any(k in labels for k in ("off track", "on course"))


def test_exception_boxes_keep_the_tasks_ratings() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "exceptions.pdf"))
    got = {a.ref: a for a in plan.actions}
    for ref, _, _, _, rag, _, _, _, _, revised in TASKS:
        assert got[ref].rag == rag, (ref, got[ref].rag)  # not 'green' from 'Path to green'
        assert got[ref].due_raw == revised
