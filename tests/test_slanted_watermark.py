"""A watermark laid across the page on a slant ('RELEASED UNDER FOI', 'DRAFT') is no text of
the plan: read as a line, its words landed in the cells it crossed ('UNDER 31-Mar-2027' for a
due date, read as an owner 'UNDER' and a date; 'RELEASED' opening an action's text). Text set
level, and a header turned upright, are read as before."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("1.1", "Recruit twenty additional foster carers through a targeted campaign",
     "Head of Fostering", "31-Mar-2027", "Green"),
    ("1.2", "Track the timeliness of care proceedings weekly through the legal panel",
     "Service Manager, Court Team", "30-Jun-2027", "Amber"),
    ("2.1", "Reduce the time taken to issue education, health and care plans",
     "Head of Virtual School", "30-Sep-2027", "Red"),
    ("2.2", "Offer tuition to every child in care who is behind in reading",
     "Principal Social Worker", "31-Dec-2027", "Green"),
]  # fmt: skip


def _watermark(canvas: object, _doc: object) -> None:
    c = canvas
    c.saveState()  # type: ignore[attr-defined]
    c.setFillColor(colors.HexColor("#d0d0d0"))  # type: ignore[attr-defined]
    c.setFont("Helvetica-Bold", 54)  # type: ignore[attr-defined]
    c.translate(300, 420)  # type: ignore[attr-defined]
    c.rotate(45)  # type: ignore[attr-defined]
    c.drawCentredString(0, 0, "RELEASED UNDER FOI")  # type: ignore[attr-defined]
    c.restoreState()  # type: ignore[attr-defined]


def _pdf() -> bytes:
    buf = io.BytesIO()
    data = [["Ref", "Action", "Lead", "Due", "RAG"]] + [list(r) for r in ROWS]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])  # fmt: skip
    rows_h = [18] + [70] * len(ROWS)  # tall rows: the watermark crosses several cells
    table = Table(data, colWidths=[30, 300, 120, 60, 40], rowHeights=rows_h, style=style)
    doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=250, leftMargin=20, rightMargin=20)
    doc.build([table], onFirstPage=_watermark, onLaterPages=_watermark)
    return buf.getvalue()


def test_slanted_watermark_is_not_read_into_cells() -> None:
    doc = parse_pdf_bytes(_pdf(), "released.pdf")
    assert not any("RELEASED" in ln.text for p in doc.pages for ln in p.lines)
    result = extract_plan(doc)
    got = [(a.ref, a.text, a.owner, a.due_date.isoformat() if a.due_date else None)
           for a in result.actions]  # fmt: skip
    assert got == [
        ("1.1", ROWS[0][1], "Head of Fostering", "2027-03-31"),
        ("1.2", ROWS[1][1], "Service Manager, Court Team", "2027-06-30"),
        ("2.1", ROWS[2][1], "Head of Virtual School", "2027-09-30"),
        ("2.2", ROWS[3][1], "Principal Social Worker", "2027-12-31"),
    ]


def test_level_text_is_kept() -> None:
    doc = parse_pdf_bytes(_pdf(), "released.pdf")
    text = " ".join(ln.text for p in doc.pages for ln in p.lines)
    assert "Recruit twenty additional foster carers" in text
    assert "Head of Virtual School" in text
