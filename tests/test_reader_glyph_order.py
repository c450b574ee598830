"""A symbol drawn from a fallback font after the rest of its line is read in its place.

Office suites draw a glyph the text's font lacks ('✔', '▲') from another font, and may write it
to the page after everything else on the line. Read in the order written, the line would say
'Critical; Delivered; Pending ✔' and its box would end at the tick; read left to right it says
what the page shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import parse_pdf

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _key_line(path: Path, tick_last_on_page: bool) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Status key:")
    c.drawString(150, 700, "Critical;")
    c.drawString(210, 700, "Delivered;")
    c.drawString(275, 700, "Pending")
    if not tick_last_on_page:  # written right after its line (one run of text with it)
        c.setFont("DejaVuSans", 10)
        c.drawString(198, 700, "✔")
        c.setFont("Helvetica", 10)
    c.drawString(72, 660, "Progress is reported to the board each month.")
    c.drawString(450, 700, "●")  # a mark in a column of its own stays where it is
    if tick_last_on_page:  # written after everything else on the page
        c.setFont("DejaVuSans", 10)
        c.drawString(198, 700, "✔")
    c.save()
    return path


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
@pytest.mark.parametrize("tick_last_on_page", [False, True])
def test_a_glyph_written_last_is_read_where_it_stands(
    tmp_path: Path, tick_last_on_page: bool
) -> None:
    page = parse_pdf(_key_line(tmp_path / "key.pdf", tick_last_on_page)).pages[0]
    key = next(ln for ln in page.lines if ln.text.startswith("Status key"))
    assert key.text == "Status key: Critical; ✔ Delivered; Pending"
    assert [w.text for w in key.words] == [
        "Status", "key:", "Critical;", "✔", "Delivered;", "Pending"
    ]  # fmt: skip
    assert key.bbox[2] > 300  # the box runs to 'Pending', not to the tick
    plain = next(ln for ln in page.lines if ln.text.startswith("Progress"))
    assert plain.text == "Progress is reported to the board each month."
