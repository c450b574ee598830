"""A table ruled between its rows only, as a browser prints an HTML table styled with bottom
borders: a box round it, a caption row, a header row of shaded cells (each a filled, outlined
box: the only column rules), then body rows parted by each cell's own bottom border, drawn one
piece per cell, with no upright between the columns.

What is read: every body row is a row of its own (the border pieces over the middle columns
touch no upright, yet part the rows), its cells split at the header's columns where its words
stand apart in them; a banner row whose sentence runs on across a column edge at word
spacing stays one cell. The KPI table is then read row by row. The same holds where one
border's pieces sit a fraction of a point apart in height (fractional browser borders).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

EDGES = [40.0, 330.0, 400.0, 480.0, 555.0]
HEADER = ["Measure", "Baseline", "Latest", "Target"]
ROWS = [
    ["Assessments completed within 45 working days", "71%", "78%", "90%"],
    ["Average caseload per social worker", "24", "21", "18"],
    ["Care leavers in suitable accommodation", "82%", "88%", "95%"],
]
BANNER = "Figures are taken from the monthly performance report"


def _table_pdf(heights: Sequence[float] = (0.0, 0.0, 0.0, 0.0)) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Northfield Council: outcome measures")
    top = 770.0
    row_h = 18.0
    grey = HexColor("#d0d7de")
    c.setFont("Helvetica", 9)
    c.setFillColor(HexColor("#333333"))
    c.drawString(46, top - 13, "Pinned: outcome measures")
    y = top - row_h
    for k, label in enumerate(HEADER):  # shaded header cells, each its own outlined box
        c.setStrokeColor(grey)
        c.setFillColor(HexColor("#f6f8fa"))
        c.rect(EDGES[k], y - row_h, EDGES[k + 1] - EDGES[k], row_h, stroke=1, fill=1)
        c.setFillColor(HexColor("#111111"))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(EDGES[k] + 6, y - 13, label)
    y -= row_h
    for n, row in enumerate([None, *ROWS]):
        height = row_h
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#111111"))
        if row is None:  # centred: a word space falls on a column edge, still one sentence
            head, tail = BANNER.rsplit(" ", 1)
            space = c.stringWidth(" ", "Helvetica", 9)
            c.drawRightString(EDGES[1] - space / 2, y - 13, head)
            c.drawString(EDGES[1] + space / 2, y - 13, tail)
        else:
            for k, text in enumerate(row):
                c.drawString(EDGES[k] + 6, y - 13, text)
        y -= height
        c.setStrokeColor(grey)
        if n < len(ROWS):
            for k in range(len(EDGES) - 1):  # each cell's own bottom border, one piece a cell
                c.line(EDGES[k], y + heights[k], EDGES[k + 1], y + heights[k])
    c.setStrokeColor(grey)
    c.rect(EDGES[0], y, EDGES[-1] - EDGES[0], top - y, stroke=1, fill=0)
    c.showPage()
    c.save()
    return buf.getvalue()


# a browser's fractional borders: one row's pieces a fraction of a point apart in height, so
# that the pieces over the middle columns are not in x order by their exact height
_FRACTIONAL = (0.0, 0.2, 0.0, 0.1)


@pytest.mark.parametrize("heights", [(0.0, 0.0, 0.0, 0.0), _FRACTIONAL])
def test_rows_parted_by_cell_borders_alone_are_rows_split_at_the_header_columns(
    heights: Sequence[float],
) -> None:
    doc = parse_pdf_bytes(_table_pdf(heights), "measures.pdf")
    (table,) = [t for t in lattice_tables(doc.pages[0]) if len(t.rows) > 2]
    texts = [[c.text if c is not None else None for c in row] for row in table.rows]
    assert texts[1] == HEADER
    assert texts[2] == [" ".join(BANNER.split()), None, None, None]  # one cell across
    assert texts[3:] == ROWS


@pytest.mark.parametrize("heights", [(0.0, 0.0, 0.0, 0.0), _FRACTIONAL])
def test_kpi_rows_read_from_a_table_ruled_between_rows(heights: Sequence[float]) -> None:
    plan = extract_plan(parse_pdf_bytes(_table_pdf(heights), "measures.pdf"))
    got = [(k.indicator, k.baseline.raw, k.latest.raw, k.target.raw) for k in plan.kpis]
    assert got == [tuple(r) for r in ROWS]
