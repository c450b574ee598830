"""A plan table holding a row with no cell (a page's piece whose cells were all merged into the
row above, as a Word table with vertically centred shared cells printed over a page break can
leave one) stopped adopt_field_grids, the reader of cards of labels over values, with
'min() arg is an empty sequence' from Row.bbox: the whole plan failed as an internal error, read
empty. Such a row has no box and holds no line; the table's other rows still keep their lines
from the card reader, and the plan reads as before."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.field_grid_cards import adopt_field_grids
from plantrace.extractors.plan_columns import Row, read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("1.1", "Hold a weekly missing children panel with the police", "Fatima Rahman", "May 2026"),
    ("1.2", "Commission an independent return interview service", "Ruth Kowalczyk", "Sep 2026"),
    ("2.1", "Audit twenty child in need plans every month", "Amira Choudhury", "Nov 2026"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    data = [["Ref", "Action", "Lead officer", "Deadline"], *[list(r) for r in ROWS]]
    table = Table(data, colWidths=[40, 260, 110, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))  # fmt: skip
    SimpleDocTemplate(buf, pagesize=A4).build([table])
    return buf.getvalue()


def test_a_row_with_no_cell_holds_no_line() -> None:
    doc = parse_pdf_bytes(_pdf(), "empty-row.pdf")
    elements = read_layout(doc)
    tables = [el.table for el in elements if el.table is not None]
    assert tables and len(tables[0].rows) == len(ROWS)
    width = len(tables[0].rows[0].cells)
    tables[0].rows.append(Row(cells=[None] * width, page=1, merged_above=[False] * width))
    out = adopt_field_grids(elements, doc)  # raised ValueError from the empty row's bbox
    kept = [el.table for el in out if el.table is not None]
    assert kept and kept[0] is tables[0]
    refs = [r.text(0) for r in kept[0].rows if any(c is not None for c in r.cells)]
    assert refs == [r[0] for r in ROWS]
