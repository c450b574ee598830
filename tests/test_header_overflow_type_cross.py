"""A form's responses printed from a spreadsheet: the header row is one line tall and its
cells are aligned at the bottom, so a header that wraps ('Your action's' / 'no.') prints its
second line across the rule under the header, over the first response's cell. The word 'no.'
has no tall letters: its ink starts at its x-height, under the rule, though its type (its foot
less its size) starts well above it. Read by the ink alone it was the first response's text
('no. 5.1'), the column lost its header and its refs.

What is read: the header cell whole and the first response's ref alone.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

W, H = 842.0, 595.0
COLS = [40.0, 60.0, 150.0, 210.0, 500.0, 600.0, 680.0, 780.0]
HEADS = ["ID", "Name", "Your action's", "Describe the action in one sentence",
         "Accountable lead", "Due date", "RAG status"]  # fmt: skip
TOP = 100.0  # the header's top rule, from the page's top
HEAD_H = 12.0
ROW_H = 14.0
SIZE = 8.0
ROWS = [
    ("1", "Philippa Ruddock", "5.1", "Offer tuition to every child in care who is behind",
     "Owen Tremayne", "31/08/2027", "Green"),
    ("2", "Augustin Nakamura", "4.2", "Hold a permanence planning meeting for every child",
     "Fatima Rahman", "31/05/2027", "Amber"),
    ("3", "Benedikt Ashworth", "1.1", "Rewrite the pathway plan with care leavers",
     "Owen Tremayne", "30/11/2027", "Red"),
]  # fmt: skip


def _y(top: float) -> float:
    return H - top


def _pdf(second: str = "no.", first_row: float = 10.0) -> bytes:
    """second: the wrapped header cell's second line; first_row: the first response's
    baseline under the rule (7.6: so near that the page's reader joins it with that line)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    rule = TOP + HEAD_H
    bottom = rule + ROW_H * len(ROWS)
    c.setLineWidth(0.5)
    for x in COLS:
        c.line(x, _y(TOP), x, _y(bottom))
    for y in [TOP, *(rule + ROW_H * k for k in range(len(ROWS) + 1))]:
        c.line(COLS[0], _y(y), COLS[-1], _y(y))
    c.setFont("Helvetica-Bold", SIZE)
    first = rule + 0.55 * SIZE - 1.2 * SIZE  # the wrapped cell's first line, one line up
    for x, head in zip(COLS, HEADS, strict=False):
        c.drawString(x + 1, _y(first if head == "Your action's" else rule - 2.5), head)
    c.drawString(COLS[2] + 1, _y(rule + 0.55 * SIZE), second)  # its foot half a size under the rule
    c.setFont("Helvetica", SIZE)
    for k, row in enumerate(ROWS):
        base = rule + ROW_H * k + (first_row if k == 0 else 10.0)
        for x, value in zip(COLS, row, strict=False):
            c.drawString(x + 1, _y(base), value)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_header_line_whose_type_crosses_the_rule_is_the_headers() -> None:
    page = parse_pdf_bytes(_pdf(), "responses.pdf").pages[0]
    tables = lattice_tables(page)
    assert len(tables) == 1
    rows = tables[0].rows
    assert [c.text for c in rows[0] if c is not None][2] == "Your action's no."
    assert [c.text for c in rows[1] if c is not None][:3] == ["1", "Philippa Ruddock", "5.1"]


def test_header_line_joined_with_the_first_rows_text_gives_back_its_words_alone() -> None:
    """'(e.g. 2.1)' crosses the rule and is read on one line with the first response ('1
    Philippa Ruddock 5.1 ...'): its words are the header's, '5.1' stays the response's."""
    page = parse_pdf_bytes(_pdf("(e.g. 2.1)", 7.6), "responses.pdf").pages[0]
    assert any("(e.g." in ln.text and "5.1" in ln.text for ln in page.lines)
    rows = lattice_tables(page)[0].rows
    assert [c.text for c in rows[0] if c is not None][2] == "Your action's (e.g. 2.1)"
    assert [c.text for c in rows[1] if c is not None][:3] == ["1", "Philippa Ruddock", "5.1"]
