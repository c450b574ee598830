"""A tracker sorted by status and subtotalled (Data > Subtotal): its print and its workbook.

The list is sorted on its Status column, so each status is one run of rows (worst first) and
the refs of one recommendation interleave; after each run a subtotal row ('3' under Ref, 'Red
Count' under Status) and a 'Grand Count' row at the end. The recommendation column holds only
a code ('R2') whose text is on a second sheet ('Recommendation codes': 'R2 | text').

Printed, the subtotal rows have no borders, so the grid's rulings make one grid per status run
and the subtotal rows float between them in the grid's columns (extractors.grid_gap_rows): one
table with its subtotal rows, which are no actions (plan_totals: '<status> Count'). What is
read from the print and from the workbook: every action, in ref order (the status sort is a
view, extractors.status_sorted), each linked to the recommendation its code names, no subtotal
row as an action and no warning of unread status words for 'Not started Count'.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.grid_gap_rows import gap_row
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.document import Cell, Line, Table, Word
from plantrace.pipeline.extract import extract_file
from tests.pdfs import ruled_grid

HEADER = ["Rec code", "Ref", "Action", "Lead", "Due date", "Status"]
# status runs, worst first; within a run in ref order
GROUPS = [
    ("Red", [
        ("R1", "1.2", "Launch a recruitment campaign for experienced social workers",
         "Head of Service", "2027-03-31"),
        ("R2", "2.1", "Agree a timeliness pathway for initial health assessments",
         "Designated Nurse", "2027-06-30"),
        ("R3", "3.2", "Audit twelve supervision records each month", "Service Manager",
         "2027-01-31"),
    ]),
    ("Amber", [
        ("R1", "1.1", "Offer a protected caseload to newly qualified social workers",
         "Head of Service", "2027-09-30"),
        ("R3", "3.1", "Train all team managers in reflective supervision", "Service Manager",
         "2027-05-31"),
    ]),
    ("Not started", [
        ("R2", "2.2", "Report health assessment timeliness monthly to the board",
         "Designated Nurse", "2027-12-31"),
        ("R2", "2.3", "Train foster carers in understanding trauma and attachment",
         "Head of Early Help", "2028-02-29"),
    ]),
]  # fmt: skip
CODES = [
    ("R1", "Build a stable, permanent and skilled social work workforce"),
    ("R2", "Ensure that initial and review health assessments are timely"),
    ("R3", "Improve the regularity and quality of management supervision"),
]
WIDTHS = [60.0, 45.0, 330.0, 130.0, 70.0, 90.0]
ROW_H = 22.0
GAP_H = 14.0  # an unruled subtotal row between two grids


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    _, height = landscape(A4)
    left, top = 40.0, height - 90.0
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, height - 50, "Lindale Council - Improvement Plan tracker")
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(left, height - 66, "Sorted by Status, with subtotals (Count) at each change "
                 "in Status. Printed 14/07/2027 by Agnes Wren.")  # fmt: skip
    first = True
    total = 0
    for status, rows in GROUPS:
        n = len(rows) + (1 if first else 0)
        xs, ys = ruled_grid(c, left, top, WIDTHS, n, ROW_H)
        body = [*([tuple(HEADER)] if first else []), *[(*r, status) for r in rows]]
        for i, cells in enumerate(body):
            c.setFont("Helvetica-Bold" if first and i == 0 else "Helvetica", 8)
            for x, text in zip(xs, cells, strict=False):
                c.drawString(x + 3, ys[i] - 12, text)
        first = False
        total += len(rows)
        y = ys[-1] - 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(xs[1] + 3, y, str(len(rows)))
        c.drawString(xs[5] + 3, y, f"{status} Count")
        top = ys[-1] - GAP_H
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left + WIDTHS[0] + 3, top - 10, str(total))
    c.drawString(left + sum(WIDTHS[:5]) + 3, top - 10, "Grand Count")
    c.showPage()
    xs, ys = ruled_grid(c, left, height - 60, [80.0, 500.0], len(CODES) + 1, ROW_H)
    table = [("Rec code", "Recommendation from the inspection report"), *CODES]
    for i, (code, text) in enumerate(table):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        c.drawString(xs[0] + 3, ys[i] - 14, code)
        c.drawString(xs[1] + 3, ys[i] - 14, text)
    c.save()
    return path


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Lindale Council - Improvement Plan tracker"])
    ws.append(["Sorted by Status, with subtotals (Count) at each change in Status."])
    ws.append(HEADER)
    total = 0
    for status, rows in GROUPS:
        for row in rows:
            ws.append([*row, status])
        ws.append([None, len(rows), None, None, None, f"{status} Count"])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        total += len(rows)
    ws.append([None, total, None, None, None, "Grand Count"])
    codes = wb.create_sheet("Recommendation codes")
    codes.append(["Rec code", "Recommendation from the inspection report"])
    for code, text in CODES:
        codes.append([code, text])
    wb.save(path)
    return path


EXPECTED = [  # ref order: ref, status, recommendation number
    ("1.1", "amber", "1"),
    ("1.2", "red", "1"),
    ("2.1", "red", "2"),
    ("2.2", None, "2"),
    ("2.3", None, "2"),
    ("3.1", "amber", "3"),
    ("3.2", "red", "3"),
]


@pytest.fixture(params=["pdf", "xlsx"])
def result(request: pytest.FixtureRequest, tmp_path: Path) -> ExtractionResult:
    build = _pdf if request.param == "pdf" else _workbook
    return extract_file(build(tmp_path / f"tracker.{request.param}"))


def _numbers(result: ExtractionResult) -> dict[str, str]:
    return {r.id: r.number for r in result.recommendations}


def test_every_action_in_ref_order_no_subtotal(result: ExtractionResult) -> None:
    numbers = _numbers(result)
    got = [(a.ref, a.rag, [numbers.get(x) for x in a.recommendations]) for a in result.actions]
    assert got == [(ref, rag, [rec]) for ref, rag, rec in EXPECTED]
    texts = " ".join(a.text for a in result.actions)
    assert "Count" not in texts


def test_codes_resolve_to_their_texts(result: ExtractionResult) -> None:
    assert [r.text for r in result.recommendations] == [text for _, text in CODES]
    by_ref = {a.ref: a for a in result.actions}
    assert by_ref["2.3"].owner == "Head of Early Help"
    assert by_ref["2.3"].due_date is not None and by_ref["2.3"].due_date.isoformat() == "2028-02-29"


def test_subtotal_labels_are_no_unread_status(result: ExtractionResult) -> None:
    assert not [w for w in result.warnings if w.code == "plan_status_unread"]


def _line(words: list[tuple[str, float, float]], top: float = 100.0) -> Line:
    ws = [Word(t, x0, top, x1, top + 8) for t, x0, x1 in words]
    text = " ".join(t for t, _, _ in words)
    return Line(text, (ws[0].x0, top, ws[-1].x1, top + 8), 8.0, True, 1, 0, words=ws)


def _grid() -> Table:
    cells = [
        Cell("A", (40, 80, 100, 95)),
        Cell("B", (100, 80, 300, 95)),
        Cell("C", (300, 80, 400, 95)),
    ]
    return Table(page=1, bbox=(40, 80, 400, 95), rows=[cells], ruled=True)


def test_text_in_the_grids_columns_is_a_row_of_it() -> None:
    row = gap_row(_grid(), [_line([("3", 44, 49), ("Red", 304, 320), ("Count", 322, 345)])])
    assert row is not None
    assert [c.text if c is not None else None for c in row] == ["3", "", "Red Count"]


def test_a_title_wrapping_over_a_rule_is_no_row_of_cells() -> None:
    words = [("Recommendation", 44.0, 98.0), ("2:", 101.0, 108.0), ("Improve", 111.0, 140.0)]
    assert gap_row(_grid(), [_line(words)]) is None


# An unruled action list whose flagged rows are boxed one by one (a BI report's highlighted
# rows, each a ruled grid of one row in the list's columns): the unboxed row between two boxed
# rows is a row of the list, not a total row joining two pieces of one grid.
LIST_HEADER = ["Action ID", "Rec No", "Action", "Responsible officer", "Due", "Status"]
LIST_ROWS = [
    ("ACT-1009", "1", "Apply consistent thresholds at the front door", "Ellery, Tom",
     "2027-03-31", "On track"),
    ("ACT-1015", "1", "Publish a revised threshold document with partners", "Fairweather, Leon",
     "2026-07-31", "Complete"),
    ("ACT-1060", "3", "Hold a monthly missing children panel", "Hale, Martin", "2027-01-14",
     "Off track"),
    ("ACT-1063", "4", "Hold exit interviews with every leaver", "Ellery, Tom", "2026-05-16",
     "At risk"),
    ("ACT-1071", "4", "Convert agency posts to permanent posts", "Fairweather, Leon",
     "2027-02-22", "Off track"),
    ("ACT-1084", "5", "Offer every care leaver a review with a personal adviser", "Hale, Martin",
     "2027-03-31", "On track"),
]  # fmt: skip
BOXED = {2, 4}  # the off-track rows, boxed
LIST_WIDTHS = [70.0, 50.0, 300.0, 120.0, 70.0, 80.0]
LIST_ROW_H = 16.0  # a dense list: the row between two boxes is no wider than a total row


def _boxed_rows_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    _, height = landscape(A4)
    left, top = 40.0, height - 80.0
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, height - 50, "Children's Improvement Programme - Action detail")
    xs = [left]
    for w in LIST_WIDTHS:
        xs.append(xs[-1] + w)
    c.setFont("Helvetica-Bold", 8)
    for x, text in zip(xs, LIST_HEADER, strict=False):
        c.drawString(x + 3, top - 12, text)
    for i, row in enumerate(LIST_ROWS):
        y = top - (i + 1) * LIST_ROW_H
        if i in BOXED:
            ruled_grid(c, left, y, LIST_WIDTHS, 1, LIST_ROW_H)
        c.setFont("Helvetica", 8)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 3, y - 11, text)
    c.save()
    return path


def test_rows_boxed_one_by_one_stay_rows_of_their_list(tmp_path: Path) -> None:
    result = extract_file(_boxed_rows_pdf(tmp_path / "report.pdf"))
    got = [(a.ref, a.owner, a.due_date.isoformat() if a.due_date else None) for a in result.actions]
    assert got == [(r[0], r[3], r[4]) for r in LIST_ROWS]
    assert {a.ref: a.rag for a in result.actions}["ACT-1063"] == "amber"
