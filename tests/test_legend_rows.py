"""A key line of status marks under an unruled table's last row falls into the table's columns:
it is taken out as a key (legend_rows.drop_key_rows), and only there: a row inside the table is
an action's whatever its words, and is not dropped unsaid."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.legend_rows import drop_key_rows
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

GREEN, AMBER, RED = (0.1, 0.6, 0.2), (0.95, 0.6, 0.1), (0.85, 0.1, 0.1)
HEADER = ["Ref", "Action", "Lead officer", "Due date", "Status"]
ROWS = [
    ("1.1", "Audit every child in care plan each quarter", "Head of Service", "31/03/2026",
     "On track"),
    ("1.2", "Recruit two independent reviewing officers", "Service Manager", "30/06/2026",
     "At risk"),
    ("1.3", "Publish a revised supervision standard", "Principal Social Worker", "31/07/2026",
     "Off track"),
    ("1.4", "Train managers in reflective supervision", "Workforce Lead", "30/09/2026",
     "On track"),
]  # fmt: skip
XS = [40, 90, 400, 560, 660]
KEY_TEXT = "On track At risk Off track"


def _key(c: canvas.Canvas, y: float) -> None:
    x = 90.0
    c.setFont("Helvetica", 9)
    for rgb, word in [(GREEN, "On track"), (AMBER, "At risk"), (RED, "Off track")]:
        c.setFillColorRGB(*rgb)
        c.circle(x + 4, y + 3, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 12, y, word)
        x += 24 + c.stringWidth(word, "Helvetica", 9) + 18


def _plan_pdf(key_before: int | None) -> bytes:
    """An unruled action table; the key of coloured dots under its last row, or (key_before)
    a line of the same dots and words set between two of its rows."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 550, "Recommendation 1: Improve the quality of plans for children in care")
    y = 520.0
    c.setFont("Helvetica-Bold", 9)
    for x, h in zip(XS, HEADER, strict=True):
        c.drawString(x, y, h)
    for i, row in enumerate(ROWS):
        if i == key_before:
            y -= 20
            _key(c, y)
        y -= 20
        c.setFont("Helvetica", 9)
        for x, t in zip(XS, row, strict=True):
            c.drawString(x, y, t)
    if key_before is None:
        _key(c, y - 20)
    c.showPage()
    c.save()
    return buf.getvalue()


def _rows(key_before: int | None) -> tuple[list[str], list[str]]:
    """(the table's action cells after the key rows are dropped, the dropped rows' cells)."""
    doc = parse_pdf_bytes(_plan_pdf(key_before), "key.pdf")
    elements = read_layout(doc, None)
    tables = [el.table for el in elements if el.table is not None]
    assert len(tables) == 1
    assert KEY_TEXT in [r.cells[1].text for r in tables[0].rows if r.cells[1] is not None]
    removed = drop_key_rows(elements, doc.pages)
    kept = [r.cells[1].text if r.cells[1] is not None else "" for r in tables[0].rows]
    return kept, [c.text for r in removed for c in r.cells if c is not None and c.text]


def test_the_key_under_the_last_row_is_dropped_and_returned() -> None:
    kept, removed = _rows(None)
    assert kept == [r[1] for r in ROWS]
    assert removed == [KEY_TEXT]


def test_a_row_of_marks_and_status_words_inside_the_table_is_kept() -> None:
    kept, removed = _rows(2)
    assert kept == [ROWS[0][1], ROWS[1][1], KEY_TEXT, ROWS[2][1], ROWS[3][1]]
    assert removed == []
