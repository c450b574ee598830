"""A short document's page keeps its text open for the lazy readers (speed: the words and the
status glyphs' fills were read from a text page loaded again); what they read is the same as
from a text page loaded again, and the text page is closed with the page once both have run."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from plantrace.pipeline.document import Page
from plantrace.pipeline.limits import LIMITS
from plantrace.pipeline.reader import _read_page

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf() -> bytes:
    """A ruled table whose status column prints coloured dots beside its words."""
    pdfmetrics.registerFont(TTFont("DejaVu", _FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    rows = [("1.1", "Audit case files monthly", "Red"), ("1.2", "Train all managers", "Green")]
    c.setFont("DejaVu", 10)
    c.drawString(72, 760, "Ref")
    c.drawString(120, 760, "Action")
    c.drawString(400, 760, "Status")
    for i, (ref, action, status) in enumerate(rows):
        y = 740 - 20 * i
        c.setFillColor(HexColor("#000000"))
        c.drawString(72, y, ref)
        c.drawString(120, y, action)
        c.setFillColor(HexColor("#cc0000" if status == "Red" else "#00aa00"))
        c.drawString(400, y, "\u25cf")
        c.setFillColor(HexColor("#000000"))
        c.drawString(412, y, status)
    for k in range(4):
        c.line(70, 774 - 20 * k, 480, 774 - 20 * k)
    for x in (70, 115, 395, 480):
        c.line(x, 714, x, 774)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(keep_text: bool, rulings_first: bool = False) -> tuple[Page, list[object]]:
    pdf = pdfium.PdfDocument(_pdf())
    page = _read_page(pdf, 0, LIMITS, keep_open=True, keep_text=keep_text)
    if rulings_first:
        assert page.rulings
    words = [(w.text, w.x0, w.top, w.x1, w.bottom, w.colour) for ln in page.lines for w in ln.words]
    return page, words


def test_kept_text_reads_the_same_words_fills_and_rulings() -> None:
    kept, kept_words = _read(keep_text=True)
    loaded, loaded_words = _read(keep_text=False)
    assert kept_words == loaded_words
    assert ("Audit", "#000000") in [(w[0], w[5]) for w in kept_words]
    assert kept.rulings == loaded.rulings
    assert kept.glyph_fills == loaded.glyph_fills
    assert sorted(colour for _, colour in kept.glyph_fills) == ["#00aa00", "#cc0000"]
    first, first_words = _read(keep_text=True, rulings_first=True)
    assert first_words == loaded_words
    assert first.glyph_fills == loaded.glyph_fills
