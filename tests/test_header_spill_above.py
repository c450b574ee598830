"""A tracker kept as one sheet per status, printed from a spreadsheet: each page's status is
printed only as the sheet's bold title ('On track') and as the running page header; the rows
under it have no status column. The last header cell, 'Moved to this tab', wraps to two lines
in a row one line tall and is aligned at the bottom, so the spreadsheet prints 'tab' in the
cell and 'Moved to this' above the table's top rule (crossing it by a little, or just above).

What is read: the header cell whole ('Moved to this tab'), no bold line 'Moved to this' left
between the title and the table (read as a heading, it ended the title's reach and every row
lost its status), and so every row takes its sheet's status. A bold caption set apart over the
table, or one across its columns, stays a line of the page.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables, lines_outside

W, H = 842.0, 595.0
COLS = [54.0, 99.0, 184.0, 496.0, 644.0, 712.0, 780.0]
HEADS = ["Ref", "Rec no.", "Action", "Owner", "Due date"]
TOP = 103.0  # the table's top rule, from the top of the page
HEAD_H = 12.0
ROW_H = 23.0

# (sheet title, its colour, its rows: ref, rec, action, owner, due, moved)
SHEETS = [
    ("On track", "green", "#c6efce", [
        ("A03", "R1", "Hold a permanence planning meeting for every child in care by their "
         "second review", "Helen Markham", "2025-06-30", "2025-01-18"),
        ("A07", "R2", "Quality assure a sample of assessments every month through the audit "
         "programme", "Joseph Mensah", "2025-10-25", "2025-04-11"),
    ]),
    ("At risk", "amber", "#ffeb9c", [
        ("A01", "R1", "Recruit twenty additional foster carers through a targeted local "
         "campaign", "Fatima Rahman", "2025-07-05", "2025-11-21"),
        ("A05", "R2", "Introduce a practice standard that every assessment includes the "
         "child's own words", "Bethan Lloyd", "2026-01-01", "2025-05-06"),
    ]),
]  # fmt: skip


def _y(top: float) -> float:
    return H - top


def _pdf(spill_baseline: float = TOP + 0.5, caption: str | None = None) -> bytes:
    """Two sheets' pages; the spilt header line's baseline `spill_baseline` points from the
    page's top (TOP + 0.5: its glyphs' feet just across the rule)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    for n, (title, _, colour, rows) in enumerate(SHEETS, start=1):
        c.setFont("Helvetica", 9)
        c.drawString(402, _y(44), title)  # the running header: the sheet's name
        c.drawString(738, _y(557), f"Page {n} of {len(SHEETS)}")
        c.setFillColor(HexColor(colour))
        c.rect(54, _y(79), 45, 13, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(55, _y(75), title)
        c.setFont("Helvetica-Oblique", 7.3)
        c.drawString(55, _y(88), f"{len(rows)} actions - sorted by due date")
        if caption is not None:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(COLS[5] + 0.5, _y(TOP - 9.5), caption)
        bottom = TOP + HEAD_H + ROW_H * len(rows)
        c.setLineWidth(0.5)
        for x in COLS:
            c.line(x, _y(TOP), x, _y(bottom))
        for y in [TOP, TOP + HEAD_H, *(TOP + HEAD_H + ROW_H * k for k in range(1, len(rows) + 1))]:
            c.line(COLS[0], _y(y), COLS[-1], _y(y))
        c.setFont("Helvetica-Bold", 8)
        for x, head in zip(COLS, HEADS, strict=False):
            c.drawString(x + 1, _y(TOP + 9.5), head)
        if caption is None:  # 'Moved to this' / 'tab', bottom-aligned in a one-line row
            c.drawString(COLS[5] + 0.5, _y(spill_baseline), "Moved to this")
        c.drawString(COLS[5] + 0.5, _y(TOP + 9.5), "tab" if caption is None else "Moved")
        c.setFont("Helvetica", 8)
        for k, row in enumerate(rows):
            base = TOP + HEAD_H + ROW_H * k + 9.0
            for x, value in zip(COLS, row, strict=False):
                c.drawString(x + 1, _y(base), value if x != COLS[2] else value[:60])
            c.drawString(COLS[2] + 1, _y(base + 9), rows[k][2][60:])
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("baseline", [TOP + 0.5, TOP - 1.5])
def test_header_text_spilt_above_the_top_rule_is_its_cells(baseline: float) -> None:
    doc = parse_pdf_bytes(_pdf(baseline), "tabs.pdf")
    page = doc.pages[0]
    tables = lattice_tables(page)
    assert len(tables) == 1
    header = [c.text for c in tables[0].rows[0] if c is not None]
    assert header == [*HEADS, "Moved to this tab"]
    assert tables[0].bbox[1] < TOP - 5  # the table reaches up to the spilt line
    outside = [ln.text for ln in lines_outside(page, tables)]
    assert not any("Moved" in t or "this" in t.split() for t in outside)


@pytest.mark.parametrize("baseline", [TOP + 0.5, TOP - 1.5])
def test_every_row_takes_its_sheets_title_status(baseline: float) -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(baseline), "tabs.pdf"))
    want = {row[0]: rag for _, rag, _, rows in SHEETS for row in rows}
    assert {a.ref: a.rag for a in result.actions} == want
    assert {a.ref: a.due_date.isoformat() for a in result.actions if a.due_date} == {
        row[0]: row[4] for _, _, _, rows in SHEETS for row in rows
    }


def test_a_caption_apart_from_the_rule_stays_a_line_of_the_page() -> None:
    """A bold line over the last column, a line and a half above the rule (its foot well
    clear of it), over a header cell with its text at the top: no spilt text of the cell."""
    doc = parse_pdf_bytes(_pdf(caption="Notes"), "tabs.pdf")
    page = doc.pages[0]
    tables = lattice_tables(page)
    assert [c.text for c in tables[0].rows[0] if c is not None][-1] == "Moved"
    assert tables[0].bbox[1] == pytest.approx(TOP, abs=1.0)
    assert any("Notes" in ln.text.split() for ln in lines_outside(page, tables))


def test_a_running_header_over_a_continued_tables_first_row_stays_the_pages() -> None:
    """A table continued on a new page starts with a data row (not bold) right under the
    page's running header, set alike and a line above: the header is no text of that row."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica", 8)
    c.drawString(COLS[0] + 1, _y(TOP - 1.5), "Thornwick Council")
    c.setLineWidth(0.5)
    for x in COLS:
        c.line(x, _y(TOP), x, _y(TOP + 2 * ROW_H))
    for y in (TOP, TOP + ROW_H, TOP + 2 * ROW_H):
        c.line(COLS[0], _y(y), COLS[-1], _y(y))
    for k, row in enumerate(SHEETS[0][3]):
        for x, value in zip(COLS, row, strict=False):
            c.drawString(x + 1, _y(TOP + ROW_H * k + 8), value[:20])
    c.showPage()
    c.save()
    page = parse_pdf_bytes(buf.getvalue(), "continued.pdf").pages[0]
    tables = lattice_tables(page)
    assert tables[0].rows[0][0] is not None and tables[0].rows[0][0].text == "A03"
    assert tables[0].bbox[1] == pytest.approx(TOP, abs=1.0)
