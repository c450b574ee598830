"""Small PDFs built in the tests (reportlab), including deliberately bad ones."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def text_pdf(
    lines_per_page: list[list[str]], *, encrypt: str | None = None, owner_only: bool = False
) -> bytes:
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


# ---- issue 7: bad inputs and stress documents ------------------------------------------------

UNTRUSTED = "<script>alert(1)</script> <b>bold</b> & '; DROP TABLE runs;--"


def many_pages_pdf(pages: int) -> bytes:
    """A long document, built with canvas calls only (800 pages in well under a second)."""
    line = "Page {}: children's services improvement narrative."
    return text_pdf([[line.format(i + 1), "Ofsted"] for i in range(pages)])


def vector_heavy_pdf(lines: int, *, one_path: bool = False) -> bytes:
    """Three pages; the second holds `lines` vector lines (separate paths, or one huge path)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    # a plan, so the extractors look for tables (rulings) on every page
    for k, text in enumerate(["Children's Services Improvement Plan", "Action Lead officer RAG"]):
        c.drawString(72, 800 - 16 * k, text)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 800, "A page of dense vector drawing (a map or a chart exported as lines).")
    c.setLineWidth(0.1)
    if one_path:
        p = c.beginPath()
        for i in range(lines):
            x, y = 50 + i % 500, 100 + (i // 500) % 600
            p.moveTo(x, y)
            p.lineTo(x + 3, y) if i % 2 else p.lineTo(x, y + 3)
        c.drawPath(p)
    else:
        for i in range(lines):
            x, y = 50 + i % 500, 100 + (i // 500) % 600
            c.line(x, y, x + 20, y) if i % 2 else c.line(x, y, x, y + 20)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 800, "The last page, after the drawing.")
    c.showPage()
    c.save()
    return buf.getvalue()


def broken_xref_pdf(data: bytes) -> bytes:
    """The same PDF with every xref offset and the startxref pointer wrong (pdfium must repair)."""
    start = data.rfind(b"\nxref")
    assert start > 0, "not a classic-xref PDF"
    head, tail = data[:start], data[start:]
    wrong = lambda m: b"%010d" % (int(m.group(1)) + 37) + m.group(2)  # noqa: E731
    tail = re.sub(rb"(\d{10})( \d{5} n)", wrong, tail)
    tail = re.sub(rb"startxref\s+\d+", b"startxref\n12", tail)
    assert tail != data[start:]
    return head + tail


def html_not_found_page() -> bytes:
    return (
        b"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        b"<title>Report not found - Ofsted</title></head>"
        b"<body><h1>Sorry, we could not find that report</h1></body></html>\n"
    )


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("report.docx", "not a pdf")
    return buf.getvalue()


def random_bytes(n: int = 4096, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def truncated(data: bytes, fraction: float = 0.5) -> bytes:
    return data[: int(len(data) * fraction)]


def libreoffice_pdf(source: Path, out: Path) -> Path:
    """The PDF a council would publish: `source` (.docx/.xlsx) printed by LibreOffice into `out`
    (its own profile there, so parallel prints do not share one); skips where it is missing."""
    import shutil
    import subprocess

    import pytest

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF print cannot be made")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{out}/profile",
         "--convert-to", "pdf", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / (source.stem + ".pdf")


def ruled_grid(
    c: canvas.Canvas, left: float, top: float, widths: list[float], rows: int, row_h: float
) -> tuple[list[float], list[float]]:
    """Rule a full grid of `rows` rows (a header row included) on a ReportLab canvas and return its
    column edges and row edges, top first, so a test can write each cell's text where it belongs."""
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top - i * row_h for i in range(rows + 1)]
    c.setLineWidth(0.5)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    return xs, ys


def status_table_plan(
    title: str, header: list[str], rows: list[list[str]], widths: list[float]
) -> bytes:
    """A one-table plan as ReportLab prints it (A4): a title, a recommendation heading, then a
    ruled table under a grey bold header row whose second column (the action's text) wraps as a
    paragraph; the shared builder of the status-word tests, so each names only its words."""
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    body = [[r[0], Paragraph(r[1], cell), *r[2:]] for r in rows]
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph(title, styles["Title"]),
        Paragraph("Recommendation 1: Improve the help given to children in care", styles["h2"]),
        Spacer(1, 6),
        table,
    ])  # fmt: skip
    return buf.getvalue()
