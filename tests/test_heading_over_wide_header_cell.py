"""A KPI table drawn with rules, its first column wide, its bold header row one line tall, and
the table's heading set bold at the same size a line above its top rule, starting at the first
column's edge (a web page printed: the heading, then the table right under it).

What is read: the header cell 'What we are measuring' alone, the heading a line of the page,
and so the KPI table under its header. A spreadsheet's header text spilt above the rule wraps:
the next word would not have fit on its line. The heading has room to spare in the cell for
the header's first word: it did not wrap there, so it is no text of the cell (header_spill).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables, lines_outside

W, H = 842.0, 595.0
COLS = [54.0, 400.0, 500.0, 600.0, 700.0]
HEADS = ["What we are measuring", "Figure at outset", "Level to reach", "Figure at last count"]
HEADING = "How we will know it is working"
ROWS = [
    ("Social worker vacancy rate", "66%", "11.3%", "80.7%"),
    ("Re-referrals within 12 months", "68%", "86.4%", "40%"),
    ("Supervision held within four weeks", "81%", "87%", "61%"),
]
TOP = 103.0
HEAD_H = 12.0
ROW_H = 14.0


def _y(top: float) -> float:
    return H - top


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 8)
    c.drawString(COLS[0] + 1, _y(TOP - 1.5), HEADING)  # a line above the rule
    bottom = TOP + HEAD_H + ROW_H * len(ROWS)
    c.setLineWidth(0.5)
    for x in COLS:
        c.line(x, _y(TOP), x, _y(bottom))
    for y in [TOP, TOP + HEAD_H, *(TOP + HEAD_H + ROW_H * k for k in range(1, len(ROWS) + 1))]:
        c.line(COLS[0], _y(y), COLS[-1], _y(y))
    for x, head in zip(COLS, HEADS, strict=False):
        c.drawString(x + 1, _y(TOP + 9.5), head)
    c.setFont("Helvetica", 8)
    for k, row in enumerate(ROWS):
        for x, value in zip(COLS, row, strict=False):
            c.drawString(x + 1, _y(TOP + HEAD_H + ROW_H * k + 10), value)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_heading_with_room_in_the_cell_is_no_spilt_header_text() -> None:
    page = parse_pdf_bytes(_pdf(), "kpis.pdf").pages[0]
    tables = lattice_tables(page)
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[0] if c is not None] == HEADS
    assert any(ln.text == HEADING for ln in lines_outside(page, tables))


def test_the_kpi_table_is_read_under_its_header() -> None:
    kpis = extract_plan(parse_pdf_bytes(_pdf(), "kpis.pdf")).kpis
    assert [k.indicator for k in kpis] == [r[0] for r in ROWS]
    assert [k.baseline.raw if k.baseline else None for k in kpis] == [r[1] for r in ROWS]
    assert [k.target.raw if k.target else None for k in kpis] == [r[2] for r in ROWS]
    assert [k.latest.raw if k.latest else None for k in kpis] == [r[3] for r in ROWS]
