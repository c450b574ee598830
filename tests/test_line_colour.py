"""The PDF reader keeps the colour each line's first character is printed in (issue 11): a
progress report may say a list's status only by the colour of its heading ('Delayed' in red,
'Completed' in blue), which its words alone read otherwise."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import parse_pdf_bytes


def _lists() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    rows = [
        ("Recommendation 1", "#4f81bd"),
        ("Delayed", "#c92a2a"),
        ("Introduce a practice standard - Head of Service, now due April 2026", "#000000"),
        ("Completed", "#1864ab"),
    ]
    for n, (text, colour) in enumerate(rows):
        c.setFillColor(colour)
        c.setFont("Helvetica-Bold" if n != 2 else "Helvetica", 11)
        c.drawString(60, h - 80 - 20 * n, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_lines_keep_their_print_colour() -> None:
    doc = parse_pdf_bytes(_lists(), "lists.pdf")
    got = [(ln.text.split()[0], ln.colour) for ln in doc.pages[0].lines]
    assert got == [
        ("Recommendation", "#4f81bd"),
        ("Delayed", "#c92a2a"),
        ("Introduce", "#000000"),
        ("Completed", "#1864ab"),
    ]
