"""Small shapes of a page and of a cell that said something wrong: a stack of drawn notes (each a
filled, stroked box) is no banner row between the text rows of an unruled table; a ref with a
sub-item letter ('3c') opens an action's text; a separator left at a cell's end (a tag line's
'Lead (Name) ·') is no part of the value. Words and sizes are not any generated family's."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import LEADING_REF, read_layout
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.reader import parse_pdf_bytes

NOTES = [
    ["Open a drop-in for parents at the family hub", "Run a carers' forum every term",
     "Publish the offer in five community languages"],
    ["Audit twenty transfer plans each quarter", "Name a lead for every school cluster",
     "Share the audit themes with the partnership"],
]  # fmt: skip


def _notes_pdf() -> bytes:
    """Two columns of three notes each, 8.5 pt apart, every note a filled and stroked box."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    for col, texts in enumerate(NOTES):
        x = 60 + 250 * col
        top = 120.0
        for text in texts:
            c.setFillColorRGB(1.0, 0.95, 0.7)
            c.setStrokeColorRGB(0.4, 0.4, 0.4)
            c.rect(x, height - top - 44, 220, 44, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 6, height - top - 14, text)
            c.drawString(x + 6, height - top - 28, "Lead: Service Manager")
            top += 44 + 8.5
    c.save()
    return buf.getvalue()


def test_a_stack_of_drawn_notes_keeps_every_note() -> None:
    doc = parse_pdf_bytes(_notes_pdf(), "notes.pdf")
    boxed = [e.text for e in read_layout(doc) if e.raw is not None]
    for texts in NOTES:
        for text in texts:
            assert sum(1 for b in boxed if text in b) == 1, text


def test_a_sub_item_ref_opens_the_action_text() -> None:
    m = LEADING_REF.match("3c Name a lead for every school cluster")
    assert m is not None and m.group(1) == "3c"
    assert LEADING_REF.match("1st review of the panel's terms") is None


def test_a_separator_at_a_cells_end_is_no_part_of_it() -> None:
    cell = "Workforce Development Lead (Martin Hale) ·"  # noqa: RUF001 (the middle dot is meant)
    assert cell_type(cell) == CellType.person
    assert normalise_owner(cell) == "Workforce Development Lead (Martin Hale)"
    assert normalise_owner("Head of Early Help |") == "Head of Early Help"
    assert cell_type("–") == CellType.empty  # noqa: RUF001 (a dash alone is a blank)
