"""An unruled action table whose leads carry footnote marks, each row followed by a quarterly
update line across the row, and the footnotes printed right under the table in small type
('10 <name> (<post>), <e-mail>, tel. <number>'), from the table's left edge across its columns
(ReportLab).

ef22b078 let a smaller line stacked right under a line of the table, at its left edge, go on
as a line of a cell (plan_columns._stacked_in_cell: 'proposed by <name>' under a date): the
footnote, stacked under the last update line at its left edge, kept the table open and was read
as an action of its own, its mark as the ref (holdout6-s2 rl-update-rows-2-016; here the footnotes were
rows of the table, one cell across its columns). A line running across the start of a column of
the table's header row is no cell's line: the table ends there.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

W, H = landscape(A4)
COLS = (49.0, 127.0, 459.0, 607.0, 714.0)
HEAD = ("Point", "Action agreed", "Responsible lead", "Date for completion", "Current status")
# (ref, action, lead, footnote mark, due, status, update)
ROWS = [
    ("5(i)", "Agree a joint protocol with the police on attendance at strategy discussions",
     "Director of Children's Services", "9", "w/c 14 Sep 2026", "Major slippage",
     "Q update (25/10/2026): Work started; scoping meeting held with partners"),
    ("5(ii)", "Set up a daily virtual strategy meeting slot so partners can join",
     "Service Manager, Front Door", "10", "November 2027", "Awaiting start",
     "Q update (25/10/2026): Not yet started"),
]  # fmt: skip
NOTES = [
    ("9", "Helen Markham (Director of Children's Services, Children and Families Directorate),"
     " helen.markham@example.gov.uk, tel. 01632 525 694, mobile 07700 900 456, Room 4, County Hall"),
    ("10", "Leon Fairweather (Service Manager, Front Door, Children and Families Directorate),"
     " leon.fairweather@example.gov.uk, tel. 01632 119 287, mobile 07700 900 123, Room 2, County"
     " Hall"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(
        49, H - 60, "Finding 5: Ensure that strategy discussions involve police and health"
    )
    y = 100.0
    c.setFont("Helvetica-Bold", 8.5)
    for x, h in zip(COLS, HEAD, strict=True):
        c.drawString(x, H - y, h)
    y += 20
    for ref, act, lead, mark, due, status, update in ROWS:
        c.setFont("Helvetica", 8.5)
        for x, v in zip(COLS, (ref, act, lead, due, status), strict=True):
            c.drawString(x, H - y, v)
        c.setFont("Helvetica", 5.6)  # the lead's footnote mark, raised
        c.drawString(COLS[2] + c.stringWidth(lead, "Helvetica", 8.5), H - y + 3.5, mark)
        c.setFont("Helvetica", 8.5)
        c.drawString(COLS[0], H - y - 14, update)
        y += 32
    y += 14 + 9 - 32  # the footnotes right under the last update line
    c.setFont("Helvetica", 5.6)
    for mark, note in NOTES:
        c.drawString(COLS[0], H - y, mark)
        c.drawString(COLS[0] + 8.0, H - y, note)
        y += 7
    c.setFont("Helvetica-Bold", 10)
    c.drawString(49, H - y - 30, "Impact measures")
    c.save()
    return buf.getvalue()


def test_a_footnote_under_the_table_is_no_row_of_it() -> None:
    doc = parse_pdf_bytes(_pdf(), "plan.pdf")
    tables = [el.table for el in read_layout(doc) if el.table is not None]
    assert len(tables) == 1
    cells = [c.text for row in tables[0].rows for c in row.cells if c is not None]
    assert any("Front Door" in t for t in cells)
    assert not any("Fairweather" in t or "Markham" in t for t in cells), cells
    plan = extract_plan(doc)
    refs = [a.ref for a in plan.actions]
    assert refs == ["5(i)", "5(ii)"], refs
    assert (plan.actions[1].owner or "").startswith("Service Manager, Front Door")
    assert not any("Fairweather" in a.text or "Markham" in a.text for a in plan.actions)


def _noted_pdf() -> bytes:
    """The same table with no updates: under the first action's text, a labelled note in
    smaller type from the table's left edge, run on under the lead's column; then the next row."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 8.5)
    for x, h in zip(COLS, HEAD, strict=True):
        c.drawString(x, H - 100, h)
    y = 120.0
    for ref, act, lead, _, due, status, update in ROWS:
        c.setFont("Helvetica", 8.5)
        for x, v in zip(COLS, (ref, act, lead, due, status), strict=True):
            c.drawString(x, H - y, v)
        c.setFont("Helvetica", 7)
        note = (
            "Evidence we hold: " + update.split(": ", 1)[1] + " and minutes of the last two boards"
        )
        c.drawString(COLS[0], H - y - 11, note)
        y += 26
    c.save()
    return buf.getvalue()


def test_a_note_under_a_row_that_the_rows_go_on_under_keeps_the_table() -> None:
    """A note in smaller type crossing a column, with the table's rows going on right under it,
    is a cell's line (a self-assessment's evidence under each action), not a footnote: the
    table does not end at it (the footnote rule lost the rows after the first note)."""
    plan = extract_plan(parse_pdf_bytes(_noted_pdf(), "plan.pdf"))
    # (the notes, printed in the refs' column, leave it unread and said: plan_column_unplaced)
    assert [(a.owner, a.due_raw) for a in plan.actions] == [
        ("Director of Children's Services", "w/c 14 Sep 2026"),
        ("Service Manager, Front Door", "November 2027"),
    ]
