"""The inspector's page image of a fillable form shows the values the reader read.

A form's values live in its fields' appearance streams; pypdfium2 draws them only with the
form loaded (init_forms). Without it the HTML page showed empty boxes where `plantrace
tables` said values were read (holdout60 rl-fillable-form), so a person could not check them.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.render.tables_page import page_images

BOX = (60.0, 600.0, 400.0, 40.0)  # x, y (from the foot), width, height in points


def _form(tmp_path: Path) -> Path:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(60, 660, "Action")
    x, y, w, h = BOX
    c.acroForm.textfield(name="action", value="MMMMMMMMMMMMMMMMMMMM", x=x, y=y, width=w,
                         height=h, fontSize=24, borderWidth=0, fillColor=None,
                         textColor=None)  # fmt: skip
    c.save()
    path = tmp_path / "form.pdf"
    path.write_bytes(buf.getvalue())
    return path


def _ink_in_box(png: bytes, height_pt: float, scale: float) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    x, y, w, h = BOX
    top = (height_pt - y - h) * scale
    crop = image.crop((int(x * scale) + 4, int(top) + 4, int((x + w) * scale) - 4,
                       int((height_pt - y) * scale) - 4))  # fmt: skip
    return sum(crop.histogram()[:128])  # pixels darker than mid grey


def test_a_form_fields_value_is_drawn_on_the_page_image(tmp_path: Path) -> None:
    (image,) = page_images(_form(tmp_path), [1], scale=1.0)
    assert _ink_in_box(image.png, image.height, 1.0) > 200
