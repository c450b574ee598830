"""A tracker printed from a spreadsheet with its print headings on, over three pages: the column
letters over each page's grid and the row numbers down its left, gridlines round every cell.

Page 1: the actions sheet. Its action column is headed 'Description' (an indicator's word too)
and its progress column 'Latest position' (a KPI's latest value's words too); every row ends
with when and by whom it was last edited ('Last updated', 'Updated by': no due date, no owner).
Page 2: the sheet continued, its header row (sheet row 3) repeated as a print title and one
more action row (row 8) under it. Page 3: a KPIs sheet of four wide columns, its letters set
far apart (each one a line of its own).

What is read: all three actions with their owners, due dates and statuses, the latest position
as progress; the edit person never the owner, the edit date never the due date; the KPIs sheet
read as a scorecard of two indicators with their figures.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import _sentences_not_figures, header_role
from plantrace.extractors.sheet_headings import column_letters
from plantrace.pipeline.reader import parse_pdf_bytes

ROW_H = 20
ACTIONS_W = [24, 40, 250, 110, 60, 60, 120, 60, 90]  # row numbers, then A..H
HEADER = ["Ref", "Description", "Owner", "Due", "RAG", "Latest position", "Last updated",
          "Updated by"]  # fmt: skip
PAGE_1 = [
    (1, ["Northby - Improvement Plan tracker"]),
    (2, []),
    (3, HEADER),
    (4, ["Rec 1", "Improve the quality of supervision for social workers"]),
    (5, ["1.1", "Audit twelve supervision records each month", "Amira Shah", "31-Mar-27",
         "On plan", "Audits under way in two teams", "12/01/2026", "Owen Price"]),
    (6, ["1.2", "Introduce quarterly practice observations", "Ben Carter", "30-Jun-27",
         "Minor slippage", "Delayed because of staff turnover", "14/01/2026", "Owen Price"]),
    (7, []),
]  # fmt: skip
PAGE_2 = [
    (3, HEADER),
    (8, ["1.3", "Publish a supervision policy for every team", "Cara Jones", "30-Sep-27",
         "Delivered", "Completed and embedded in practice", "20/01/2026", "Dee Moss"]),
]  # fmt: skip
KPI_W = [24, 300, 120, 120, 120]
PAGE_3 = [
    (1, ["Key performance indicators"]),
    (2, []),
    (3, ["Indicator", "Baseline", "Latest", "Target"]),
    (4, ["Social worker vacancy rate", "28%", "19%", "15%"]),
    (5, ["Assessments completed within 45 working days", "62%", "81%", "90%"]),
]  # fmt: skip


def _grid(c: canvas.Canvas, widths: list[int], rows: list[tuple[int, list[str]]]) -> None:
    left, top = 36.0, 560.0
    letters = [column_letters(i) for i in range(len(widths) - 1)]
    printed = [("", ["", *letters])] + [(str(n), ["", *cells]) for n, cells in rows]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    bottom = top - ROW_H * len(printed)
    c.setLineWidth(0.5)
    for k in range(len(printed) + 1):
        c.line(xs[0], top - k * ROW_H, xs[-1], top - k * ROW_H)
    for x in xs:
        c.line(x, top, x, bottom)
    c.setFont("Helvetica", 8)
    for k, (number, cells) in enumerate(printed):
        y = top - k * ROW_H - 13
        if number:
            c.drawString(xs[0] + 3, y, number)
        for i, text in enumerate(cells[1:], start=1):
            if not text:
                continue
            if k == 0 and len(widths) <= 5:  # a wide column's letter centred over it
                c.drawCentredString((xs[i] + xs[i + 1]) / 2, y, text)
            else:
                c.drawString(xs[i] + 3, y, text)
    c.showPage()


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    _grid(c, ACTIONS_W, PAGE_1)
    _grid(c, ACTIONS_W, PAGE_2)
    _grid(c, KPI_W, PAGE_3)
    c.save()
    return buf.getvalue()


def test_kpi_sheet_with_letters_set_apart_is_read_as_a_scorecard() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "tracker.pdf"))
    kpis = {k.indicator: k for k in plan.kpis}
    assert set(kpis) == {
        "Social worker vacancy rate",
        "Assessments completed within 45 working days",
    }
    vacancy = kpis["Social worker vacancy rate"]
    assert vacancy.baseline is not None and vacancy.baseline.value == 28.0
    assert vacancy.target is not None and vacancy.target.value == 15.0


def test_edit_stamp_columns_name_no_owner_or_due() -> None:
    assert header_role("Updated by") == "other"
    assert header_role("Last updated") == "other"
    assert header_role("Completed by") == "due"


def test_latest_position_of_sentences_is_progress_not_a_figure() -> None:
    roles: list[str | None] = ["ref", "indicator", "owner", "latest"]
    prose = ["Delayed because of staff turnover", "Audits under way in two of the teams"]
    columns = [["1.1", "1.2"], ["Audit records", "Observe"], ["A Shah", "B Carter"], prose]
    assert _sentences_not_figures(roles, columns)[3] == "progress"
    figures = [["1"], ["Vacancy rate"], [""], ["19%", "21%"]]
    assert _sentences_not_figures(roles, figures)[3] == "latest"
