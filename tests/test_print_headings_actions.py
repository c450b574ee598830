"""An action tracker printed from a spreadsheet with its print headings on, each page scaled to
fit: the column letters over each page's grid, the row numbers down its left, gridlines round
every cell.

Page 1: the actions (sheet rows 1-7) and, under a blank row, the head of a measures block (its
header, sheet row 9, and one measure, row 10), printed small (7 pt) to fit the page. Page 2: the
sheet continued at a larger scale (8.75 pt): its print title (the action header, sheet row 3)
repeated over the measures block's last two rows (11, 12).

What is read: the three actions with their owners, due dates and statuses; 'Last updated' and
'Updated by' never the due date or owner. Row numbers a line reader gives as lines of their own
down a page's left are not a contents column because another page prints the same numbers larger
(as a contents column's entries are printed larger as headings): they stay with the grid. The measures under page 2's repeated print title are the
measures block's rows, read as measures with their figures, never as actions.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_sidebar import side_furniture
from plantrace.extractors.sheet_headings import column_letters
from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.reader import parse_pdf_bytes

WIDTHS = [22, 36, 170, 95, 55, 50, 60, 60, 80]  # row numbers, then A..H
HEADER = ["Ref", "Action", "Lead officer", "Due", "RAG", "Commentary", "Last updated",
          "Updated by"]  # fmt: skip
MEASURES = ["", "Measure", "Baseline", "Latest", "Target"]
PAGE_1 = [
    (1, ["Eastfield - Improvement Plan tracker"]),
    (2, []),
    (3, HEADER),
    (4, ["Rec 1", "Improve the quality of supervision for social workers"]),
    (5, ["1.1", "Audit twelve supervision records each month", "Amira Shah", "31/03/2027",
         "On track", "Audits under way", "12/01/2026", "Owen Price"]),
    (6, ["1.2", "Introduce quarterly practice observations", "Ben Carter", "30/06/2027",
         "Off track", "Delayed by turnover", "14/01/2026", "Owen Price"]),
    (7, ["1.3", "Publish a supervision policy for every team", "Cara Jones", "30/09/2027",
         "Complete", "Embedded in practice", "20/01/2026", "Dee Moss"]),
    (8, []),
    (9, MEASURES),
    (10, ["", "Social worker vacancy rate", "28%", "19%", "15%"]),
]  # fmt: skip
PAGE_2 = [
    (3, HEADER),
    (11, ["", "Assessments completed within 45 working days", "62%", "81%", "90%"]),
    (12, ["", "Re-referrals within 12 months", "24%", "21%", "18%"]),
]  # fmt: skip


def _grid(c: canvas.Canvas, rows: list[tuple[int, list[str]]], scale: float) -> None:
    """One printed page of the sheet: type and cells scaled by `scale` (a page fitted)."""
    left, top = 30.0, 470.0
    row_h, size = 18 * scale, 7 * scale
    letters = [column_letters(i) for i in range(len(WIDTHS) - 1)]
    printed = [("", ["", *letters])] + [(str(n), ["", *cells]) for n, cells in rows]
    xs = [left]
    for w in WIDTHS:
        xs.append(xs[-1] + w * scale)
    bottom = top - row_h * len(printed)
    c.setLineWidth(0.5)
    for k in range(len(printed) + 1):
        c.line(xs[0], top - k * row_h, xs[-1], top - k * row_h)
    for x in xs:
        c.line(x, top, x, bottom)
    c.setFont("Helvetica", size)
    for k, (_, cells) in enumerate(printed):  # the cells, then the headings (as a spreadsheet
        for i, text in enumerate(cells[1:], start=1):  # program writes them)
            if text:
                c.drawString(xs[i] + 2, top - k * row_h - row_h * 0.65, text)
    for k, (number, _) in enumerate(printed):
        if number:
            c.drawString(xs[0] + 2, top - k * row_h - row_h * 0.65, number)
    c.showPage()


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    _grid(c, PAGE_1, 1.0)
    _grid(c, PAGE_2, 1.25)
    c.save()
    return buf.getvalue()


def _numbered_page(number: int, size: float, rows: int) -> Page:
    """A page of a grid whose row numbers a line reader gave as lines of their own, left of
    the rows' text, the page printed at type size `size`."""
    lines: list[Line] = []
    for k in range(1, rows + 1):
        top = 100 + k * 2.5 * size
        box = (30.0, top, 30 + size, top + size)
        lines.append(Line(str(k), box, size, False, number, len(lines), words=[]))
        text = f"Row {k} action text of the tracker with its owner and due date"
        lines.append(
            Line(text, (60, top, 700, top + size), size, False, number, len(lines), words=[])
        )
    return Page(number, 842.0, 595.0, lines)


def test_row_numbers_printed_larger_on_a_later_page_are_no_contents_column() -> None:
    assert side_furniture([_numbered_page(1, 7.0, 9), _numbered_page(2, 9.0, 4)]) == {}


def test_actions_of_a_sheet_printed_with_headings_are_read() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "tracker.pdf"))
    got = {a.text: (a.owner, a.due_date.isoformat() if a.due_date else None) for a in plan.actions}
    assert got == {
        "Audit twelve supervision records each month": ("Amira Shah", "2027-03-31"),
        "Introduce quarterly practice observations": ("Ben Carter", "2027-06-30"),
        "Publish a supervision policy for every team": ("Cara Jones", "2027-09-30"),
    }
    assert [a.rag for a in plan.actions] == ["green", "red", "blue"]
    assert "plan_no_actions" not in {w.code for w in plan.warnings}


def test_measures_under_a_repeated_print_title_are_measures() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "tracker.pdf"))
    kpis = {k.indicator: k for k in plan.kpis}
    assert set(kpis) == {
        "Social worker vacancy rate",
        "Assessments completed within 45 working days",
        "Re-referrals within 12 months",
    }
    rereferrals = kpis["Re-referrals within 12 months"]
    assert rereferrals.baseline is not None and rereferrals.baseline.value == 24.0
    assert rereferrals.target is not None and rereferrals.target.value == 18.0
    assert not any("Re-referrals" in a.text for a in plan.actions)


PAGE_1_CLOSED = [*PAGE_1[:7], (8, [])]  # the actions, then the blank row closing them
PAGE_2_NEW = [
    (3, HEADER),
    (9, ["", "Performance measures"]),
    (10, MEASURES),
    (11, ["", "Social worker vacancy rate", "28%", "19%", "15%"]),
    (12, ["", "Re-referrals within 12 months", "24%", "21%", "18%"]),
]  # fmt: skip


def test_parts_begun_under_a_repeated_print_title_are_their_own() -> None:
    """Page 1 ends with a blank row closing the actions; page 2 repeats the action header as
    its print title over a measures block of its own (a title row, then its header): the
    measures are read under their own header, none of them an action."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    _grid(c, PAGE_1_CLOSED, 1.0)
    _grid(c, PAGE_2_NEW, 1.25)
    c.save()
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "tracker.pdf"))
    assert len(plan.actions) == 3
    kpis = {k.indicator: k for k in plan.kpis}
    assert set(kpis) == {"Social worker vacancy rate", "Re-referrals within 12 months"}
    vacancy = kpis["Social worker vacancy rate"]
    assert vacancy.latest is not None and vacancy.latest.value == 19.0
