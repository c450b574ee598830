"""Small PDFs built in the tests (reportlab), including deliberately bad ones."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def text_pdf(lines_per_page: list[list[str]], *, encrypt: str | None = None, owner_only: bool = False) -> bytes:
    buf = io.BytesIO()
    kwargs = {}
    if encrypt is not None or owner_only:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(
            userPassword="" if owner_only else (encrypt or ""),
            ownerPassword="owner-secret",
            canPrint=1,
            canModify=0,
            canCopy=0,
        )
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **kwargs)
    for lines in lines_per_page:
        y = 800
        for line in lines:
            c.setFont("Helvetica", 11)
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A 'scanned' page: a drawn image, no text layer."""
    from reportlab.lib.utils import ImageReader

    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - pillow ships with reportlab/pdfplumber
        raise
    img = Image.new("RGB", (200, 100), "white")
    for x in range(20, 180):
        img.putpixel((x, 50), (0, 0, 0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 72, 500, width=400, height=200)
    c.showPage()
    c.save()
    return buf.getvalue()


REPORT_PAGE = [
    "Inspection of Northwold local authority children's services",
    "Inspection dates: 10 to 21 June 2024",
    "Lead inspector: Jane Example, His Majesty's Inspector",
    "Ofsted",
]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
