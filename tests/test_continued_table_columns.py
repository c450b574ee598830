"""An unruled action table carried over a page, its header repeated on the next page: a column
filled on few rows (a status given on one row of the first page) leaves no river among that
page's rows, its header cell run into the due date's beside it ('To finish by Status'). The next
page's rows show the column, and the header's own words start at it: the table is read with
it on both pages, the statuses not run into the due dates (plan_columns._next_page_edges)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

X = [40, 80, 330, 430, 484]
HEAD = ("Ref", "Action", "Lead", "To finish by", "Status")
TASKS = [
    "Review the front door thresholds with partners",
    "Recruit permanent social workers to the assessment teams",
    "Audit the quality of supervision records each month",
    "Publish the local offer for care leavers",
    "Train managers in reflective supervision",
    "Reduce the time taken to issue care plans",
    "Improve the timeliness of return home interviews",
]
LEADS = ["Amira Khan", "Joseph Mensah", "Claire Whitby"]
MONTHS = ["Mar27", "Jun27", "Sep27", "Dec27"]
STATUSES = ["On track", "Delayed", "Complete"]
PAGE1 = 12
ROWS = [
    (
        f"{n}.{k}",
        TASKS[(n + k) % len(TASKS)],
        LEADS[(n * 3 + k) % len(LEADS)],
        MONTHS[(n + 2 * k) % len(MONTHS)],
        STATUSES[(n + k) % len(STATUSES)] if i == 4 or i >= PAGE1 else "",
    )
    for i, (n, k) in enumerate((n, k) for n in range(1, 6) for k in range(1, 5))
]


def _head(c: canvas.Canvas, y: float) -> None:
    c.setFont("Helvetica-Bold", 9)
    for x, text in zip(X, HEAD, strict=True):
        c.drawString(x, y, text)


def _row(c: canvas.Canvas, y: float, cells: tuple[str, ...]) -> None:
    c.setFont("Helvetica", 9)
    for x, text in zip(X, cells, strict=True):
        c.drawString(x, y, text)


def _carried_over() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Improvement plan: actions")
    _head(c, 770)
    y = 752.0
    for row in ROWS[:PAGE1]:
        _row(c, y, row)
        y -= 16
    c.showPage()
    _head(c, 800)
    y = 782.0
    for row in ROWS[PAGE1:]:
        _row(c, y, row)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_column_the_next_page_fills_is_read_on_both_pages() -> None:
    plan = extract_plan(parse_pdf_bytes(_carried_over(), "carried.pdf"))
    got = [(a.ref, a.due_raw, a.rag) for a in plan.actions]
    assert [(r, d) for r, d, _ in got] == [(row[0], row[3]) for row in ROWS]
    assert all(rag is not None for _, _, rag in got[PAGE1:])
    assert got[4][2] is not None
    assert all(rag is None for i, (_, _, rag) in enumerate(got[:PAGE1]) if i != 4)


def test_the_status_column_is_split_out_on_both_pages() -> None:
    from plantrace.extractors.plan_columns import read_layout

    tables = [e.table for e in read_layout(parse_pdf_bytes(_carried_over(), "carried.pdf"))]
    table = next(t for t in tables if t is not None and len(t.rows) == len(ROWS))
    assert list(table.labels)[-2:] == ["To finish by", "Status"]
    cells = [[c.text for c in row.cells][-2:] for row in table.rows]
    assert cells == [[row[3], row[4]] for row in ROWS]
