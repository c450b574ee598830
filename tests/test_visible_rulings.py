"""A page of shadowed boxes printed by a browser: each box's shadow is painted by drawing the box
again far off the page (the blur is cast back onto it), several times over, and its border may be
stroked more than once at one place.

What is read: the rulings on the page only, each place once, so that table finding stays as fast
as the page's visible lines allow; the boxes on the page keep all four sides.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.pipeline.document import Ruling
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.visible_rulings import visible_rulings

WIDTH, HEIGHT = landscape(A4)
# boxes on the page: (x, y from the top, width, height)
BOXES = [(40 + 190 * i, 120.0, 170.0, 110.0) for i in range(4)]


def _shadowed_page() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    c.drawString(40, HEIGHT - 60, "Planning wall")
    for x, top, w, h in BOXES:
        y = HEIGHT - top - h
        for layer in range(4):  # the shadow's layers: the box drawn off the page
            c.rect(x + layer, y + 2000, w, h, stroke=1, fill=0)
            c.rect(x, y - 1500 - layer, w, h, stroke=1, fill=0)
        for _ in range(3):  # the border stroked three times at one place
            c.rect(x, y, w, h, stroke=1, fill=0)
        c.drawString(x + 8, y + h - 20, "Audit supervision records monthly")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_off_page_and_repeated_rulings_are_dropped() -> None:
    page = parse_pdf_bytes(_shadowed_page(), "wall.pdf").pages[0]
    rulings = page.rulings
    assert rulings, "the boxes on the page keep their sides"
    for r in rulings:
        assert r.top >= -2 and r.bottom <= HEIGHT + 2
    places = {(round(r.x0), round(r.top), round(r.x1), round(r.bottom)) for r in rulings}
    assert len(places) == len(rulings) == 4 * len(BOXES)
    for x, top, w, _h in BOXES:
        tops = [r for r in rulings if abs(r.top - top) < 1.5 and r.bottom - r.top < 3]
        assert any(abs(r.x0 - x) < 1.5 and abs(r.x1 - (x + w)) < 1.5 for r in tops)


def test_visible_rulings_keeps_drawing_order_and_bleed() -> None:
    rulings = [
        Ruling(10, 10, 200, 10),
        Ruling(10, -500, 200, -500),  # above the page
        Ruling(10, 10, 200, 10),  # again at one place
        Ruling(-1.5, 50, -1.5, 90),  # within the bleed of the left edge
        Ruling(900, 50, 900, 90),  # right of the page
        Ruling(10, 30, 10, 80),
    ]
    kept = visible_rulings(rulings, 842.0, 595.0)
    assert kept == [rulings[0], rulings[3], rulings[5]]
