"""Zebra rows drawn one filled rectangle per cell (striped_rows): each shaded row is found a
band of the unruled table it belongs to, with the page's lines read once for all the gaps
between bands (sorted by their tops), not walked again for every pair of bands."""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.striped_rows import striped_row_bands
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

XS = [40, 110, 430, 600, 700]
ROWS = [
    (f"T-2{i:02d}", f"Action {i + 1}: review the plans of children placed out of area",
     "Head of Service", f"{10 + i}/03/2027")
    for i in range(10)
]  # fmt: skip


def _striped_pdf() -> bytes:
    """An unruled action table under a page of notes, every other row shaded cell by cell."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica", 9)
    for k in range(12):
        c.drawString(40, 560 - 11 * k, f"Note {k + 1}: the board reviews this plan each month.")
    y = 410.0
    c.setFont("Helvetica-Bold", 9)
    for x, h in zip(XS, ["Ref", "Action", "Lead", "Due"], strict=False):
        c.drawString(x + 3, y, h)
    c.setFont("Helvetica", 9)
    for i, row in enumerate(ROWS):
        y -= 20
        if i % 2:
            c.setFillColorRGB(0.95, 0.95, 0.95)
            for a, b in zip(XS, XS[1:], strict=False):
                c.rect(a, y - 6, b - a, 20, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        for x, t in zip(XS, row, strict=False):
            c.drawString(x + 3, y, t)
    c.showPage()
    c.save()
    return buf.getvalue()


class _Walked(list[Line]):
    """A page's lines that count the times they are walked."""

    walks = 0

    def __iter__(self) -> Iterator[Line]:
        type(self).walks += 1
        return super().__iter__()


def test_every_shaded_row_is_a_band_and_the_page_lines_are_read_once() -> None:
    page = parse_pdf_bytes(_striped_pdf(), "zebra.pdf").pages[0]
    found = lattice_tables(page)
    assert [(len(t.rows), len(t.rows[0])) for t in found] == [(1, 4)] * 5
    page.lines = _Walked(page.lines)
    _Walked.walks = 0
    assert striped_row_bands(found, page) == {id(t) for t in found}
    assert _Walked.walks == 1
