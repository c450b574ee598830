"""A line that recurs at the same height on several pages is a running header only where it
stands apart from the body: one run on right under a line of the body (a page opening with an
action, then its owner's line, the same owner on two pages) is content (pipeline/layout.py)."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = "Northfield Children's Services - Questions and answers"
OWNER_LINE = "Who is responsible? Helen Markham"


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    pages = [
        ("1.1 Hold a monthly panel chaired by the head of safeguarding", "By when? May 2026"),
        ("2.3 Launch a recruitment campaign for experienced social workers", "By when? April 2027"),
        ("4.4 Make sure every child in care has a personal education plan", "By when? March 2027"),
    ]
    for action, due in pages:
        c.setFont("Helvetica", 8)
        c.drawString(57, 815, HEADER)  # the running header, apart from the body
        y = 788.0
        c.setFont("Helvetica-Bold", 10)
        c.drawString(74, y, action)
        c.setFont("Helvetica", 10)
        for text in (OWNER_LINE, due, "Are we on track? Going well"):
            y -= 15.5
            c.drawString(91, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_line_under_content_is_kept_running_header_dropped() -> None:
    doc = parse_pdf_bytes(_pdf(), "faq.pdf")
    for page in doc.pages:
        texts = [" ".join(ln.text.split()) for ln in page.lines]
        assert OWNER_LINE in texts  # under the page's first action, at a line's pitch
        assert HEADER not in texts
        assert HEADER in [" ".join(ln.text.split()) for ln in page.header_footer]
