"""Footnote marks set small and raised right after a word ('Team Manager²' printed as 'Manager'
then a small raised '2') are no part of the word: the reader drops them from the line's text
and its words. A digit of the word's own size ('Q2', 'Year 10') stays."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.pipeline.reader import parse_pdf_bytes


def _page_with_marks() -> bytes:
    """Paragraphs with marks as a word processor sets them (<super>), then the footnote."""
    buf = io.BytesIO()
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=11, leading=15)
    note = ParagraphStyle("n", fontName="Helvetica", fontSize=8, leading=10)
    SimpleDocTemplate(buf, pagesize=A4).build(
        [
            Paragraph("Due: Q2 2026/27. Lead: Team Manager<super>2</super>", style),
            Paragraph("Lead: Virtual School Head<super>14</super>, Year 10 pupils", style),
            Spacer(1, 200),
            Paragraph("2 Amina Shah, Team Manager, 01234 567890", note),
        ]
    )
    return buf.getvalue()


def test_raised_small_digits_after_a_word_are_a_footnote_mark() -> None:
    doc = parse_pdf_bytes(_page_with_marks(), "marks.pdf")
    lines = doc.pages[0].lines
    assert [ln.text for ln in lines] == [
        "Due: Q2 2026/27. Lead: Team Manager",
        "Lead: Virtual School Head, Year 10 pupils",
        "2 Amina Shah, Team Manager, 01234 567890",
    ]
    assert [w.text for w in lines[0].words] == [
        "Due:",
        "Q2",
        "2026/27.",
        "Lead:",
        "Team",
        "Manager",
    ]
    assert [w.text for w in lines[1].words][3:5] == ["Head,", "Year"]
