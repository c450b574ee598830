"""A tracker printed straight from a spreadsheet with its print headings on: column letters
(A B C D E) over the grid, row numbers down its left, gridlines round every cell; a title row
and a blank row over the header; per recommendation a 'Rec 2 | text' row (two cells filled, the
rest empty: never merged); no update column: the updates are cell comments on the status cells,
printed after the sheet as 'Cell: E7' / 'Comment: author:' / the text. A comment on the status
header and a date-change note on a due cell are not updates.

What is read: the actions with their owners, due dates and statuses (the letters and numbers
no part of any cell), each under the recommendation of the 'Rec' row above it; each update
from the comment on its own status cell, found by the row number printed beside it, without
its author; the due cell's note said as not read (sheet_comments_unread).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.sheet_headings import column_letters
from plantrace.pipeline.reader import parse_pdf_bytes

WIDTHS = [24, 40, 300, 150, 70, 70]  # the row-number column, then A..E
ROW_H = 20
# sheet rows from row 1: the cells A..E as printed ('' for empty)
SHEET = [
    ["Ashford Council - Improvement Plan Tracker", "", "", "", ""],
    ["", "", "", "", ""],
    ["Ref no.", "Action required", "Officer", "Target date", "Current RAG"],
    ["Rec 1", "Improve the quality of supervision for social workers", "", "", ""],
    ["1.1", "Audit twelve supervision records each month", "Head of Service", "31/03/2027",
     "Slipping"],
    ["1.2", "Introduce quarterly practice observations", "Principal Social Worker",
     "30/06/2027", "On target"],
    ["Rec 2", "Make sure children's views shape their plans", "", "", ""],
    ["2.1", "Expand the children in care council", "Participation Lead", "31/01/2027",
     "Delivered"],
]  # fmt: skip
COMMENTS = [
    ("E3", "Amy Brook:", "Statuses as agreed at the board."),
    ("D5", "Amy Brook:", "Revised from 31/12/2026, agreed at board"),
    ("E5", "Tom Reed:", "Recruitment under way; two posts filled"),
    ("E8", "Tom Reed:", "Completed and embedded in practice"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    left, top = 36.0, 560.0
    rows = [["", *(column_letters(i) for i in range(5))]]
    rows += [[str(n), *cells] for n, cells in enumerate(SHEET, start=1)]
    xs = [left]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    bottom = top - ROW_H * len(rows)
    c.setLineWidth(0.5)
    for k in range(len(rows) + 1):
        c.line(xs[0], top - k * ROW_H, xs[-1], top - k * ROW_H)
    for x in xs:
        c.line(x, top, x, bottom)
    c.setFont("Helvetica", 8)
    for k, row in enumerate(rows):
        y = top - k * ROW_H - 13
        for i, text in enumerate(row):
            if text:
                c.drawString(xs[i] + 3, y, text)
    c.showPage()
    c.setFont("Helvetica", 8)
    y = 560.0
    for cell, author, text in COMMENTS:
        c.drawString(40, y, f"Cell: {cell}")
        c.drawString(40, y - 11, "Comment:")
        c.drawString(90, y - 11, author)
        c.drawString(90, y - 22, text)
        y -= 40
    c.showPage()
    c.save()
    return buf.getvalue()


def test_print_headings_stripped_and_comments_read_by_address() -> None:
    doc = parse_pdf_bytes(_pdf(), "tracker.pdf")
    out = extract_plan(doc)
    got = {a.ref: a for a in out.actions}
    assert sorted(got) == ["1.1", "1.2", "2.1"]
    assert got["1.1"].owner == "Head of Service"
    assert str(got["1.1"].due_date) == "2027-03-31"
    assert got["1.1"].rag == "amber"
    assert got["2.1"].rag == "blue"
    assert got["1.1"].progress == "Recruitment under way; two posts filled"
    assert got["2.1"].progress == "Completed and embedded in practice"
    assert got["1.2"].progress is None
    assert got["1.1"].recommendations == ["r1"] and got["2.1"].recommendations == ["r2"]
    said = [w for w in out.warnings if w.code == "sheet_comments_unread"]
    assert len(said) == 1 and "D5" in said[0].message


def test_column_letters() -> None:
    assert [column_letters(i) for i in (0, 4, 25, 26, 27)] == ["A", "E", "Z", "AA", "AB"]
