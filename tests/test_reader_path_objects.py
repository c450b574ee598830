"""The reader's walk over a page's path objects (speed: no helper made for a text object) finds
the paths pypdfium2's filtered get_objects finds, in its order, into Form XObjects up to the
same depth."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import _path_objects


def _pdf_with_forms() -> bytes:
    """A page of text and ruled boxes, part of it drawn through Form XObjects (one nested in
    another), so paths sit at levels 0, 1 and 2 among text objects."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.beginForm("inner")
    c.setFont("Helvetica", 9)
    c.drawString(10, 10, "Owner: Head of service")
    c.rect(5, 5, 200, 20)
    c.endForm()
    c.beginForm("outer")
    c.setFont("Helvetica", 9)
    c.drawString(10, 40, "Action 1.1")
    c.line(0, 35, 300, 35)
    c.doForm("inner")
    c.endForm()
    c.setFont("Helvetica", 10)
    for i in range(6):
        c.drawString(72, 700 - 20 * i, f"Row {i} text")
        c.line(70, 696 - 20 * i, 400, 696 - 20 * i)
    c.rect(70, 560, 330, 150)
    c.saveState()
    c.translate(72, 300)
    c.doForm("outer")
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def _seen(objs: object) -> list[tuple[tuple[float, ...], int]]:
    return [(tuple(round(v, 3) for v in o.get_bounds()), o.level) for o in objs]  # type: ignore[attr-defined]


def test_path_objects_match_filtered_get_objects() -> None:
    pdf = pdfium.PdfDocument(_pdf_with_forms())
    page = pdf[0]
    try:
        for depth in (1, 2, 3, 4):
            expected = _seen(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=depth))
            assert _seen(_path_objects(page, max_depth=depth)) == expected
        levels = {level for _, level in _seen(_path_objects(page, max_depth=4))}
        assert levels == {0, 1, 2}  # the nested forms' paths are reached
        assert all(o.type == pdfium_c.FPDF_PAGEOBJ_PATH for o in _path_objects(page, max_depth=4))
    finally:
        page.close()
        pdf.close()
