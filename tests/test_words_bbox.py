"""words_bbox, the box around a run of words (one pass over them, for speed): the same edges
min and max of each give, on a page's real word boxes, and an error for no words."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.document import Word, words_bbox
from plantrace.pipeline.reader import parse_pdf_bytes


def _pdf() -> bytes:
    """A line of words in two sizes (a larger word raises the line's top) and a line set in
    pieces at three x positions."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Owner: Head of")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(160, 700, "SERVICE")
    c.setFont("Helvetica", 10)
    c.drawString(260, 700, "due 31 March 2026")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_words_bbox_is_min_and_max_of_the_edges() -> None:
    doc = parse_pdf_bytes(_pdf(), "bbox.pdf")
    try:
        words = [w for ln in doc.pages[0].lines for w in ln.words]
        assert [w.text for w in words][:4] == ["Owner:", "Head", "of", "SERVICE"]
        box = words_bbox(words)
        assert box == (
            min(w.x0 for w in words),
            min(w.top for w in words),
            max(w.x1 for w in words),
            max(w.bottom for w in words),
        )
        assert box[0] == pytest.approx(72.0, abs=1.0)
        big = next(w for w in words if w.text == "SERVICE")
        assert box[1] == big.top  # the 16pt word stands tallest
        assert box[2] > 330  # the date ends well right of 260
        assert words_bbox([big]) == (big.x0, big.top, big.x1, big.bottom)
    finally:
        doc.close()


def test_words_bbox_keeps_first_of_equal_edges_and_refuses_none() -> None:
    a, b = Word("a", 0.0, 5.0, 1.0, 9.0), Word("b", -0.0, 5.0, 1.0, 9.0)
    assert str(words_bbox([a, b])[0]) == "0.0"  # the first of equal values, as min() keeps
    assert str(words_bbox([b, a])[0]) == "-0.0"
    with pytest.raises(ValueError):
        words_bbox([])
