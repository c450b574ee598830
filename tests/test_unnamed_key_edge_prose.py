"""plan_columns._unnamed_key_edge: the words left of a header's first cell are a column its
header left blank (a code, 'HS1.0') only where each line prints a word or a few there.

Newspaper text read as a table (a newsletter's two columns, a bold 'Leading this: ... · Done by:'
line at the right column's foot taken for a header) has the left column's prose lines wholly left
of the header's first cell; read as an unnamed key column, they made the block a table of the
left column's text, and the recommendations were read from its lines (holdout37
docx-newsletter-columns 1-009: 27 recommendations for 4, 6 actions for 11).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan_columns import _unnamed_key_edge
from plantrace.pipeline.reader import parse_pdf_bytes

PROSE = [
    "What's happened: waiting on the new case",
    "management system going live in spring",
    "Leading this: the Head of Service has asked",
    "for a review of the panel's terms by June",
]


def _page(left: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 200
    c.setFont("Helvetica-Bold", 8)
    c.drawString(324, y, "Leading this: Priya Nandakumar · Done by:")
    c.setFont("Helvetica", 8)
    for k, text in enumerate(left):
        c.drawString(60, y - 7 - 10 * k, text)
    for k, text in enumerate(["February 2028 (end) · Status: Finished", "What's happened: done"]):
        c.drawString(324, y - 12 - 10 * k, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _edges(left: list[str]) -> tuple[list[float], list[float]]:
    doc = parse_pdf_bytes(_page(left), "newsletter.pdf")
    lines = list(doc.lines())
    head = [ln for ln in lines if ln.bold]
    assert [ln.text for ln in head] == ["Leading this: Priya Nandakumar · Done by:"]
    edges = [323.0, 469.0]
    return edges, _unnamed_key_edge(edges, lines, head)


def test_prose_left_of_a_header_is_no_key_column() -> None:
    edges, got = _edges(PROSE)
    assert got[0] == edges[0]  # no column opened at the left column's prose


def test_codes_left_of_a_header_are_a_key_column() -> None:
    edges, got = _edges(["HS1.0", "HS1.1", "RE3"])
    assert len(got) == len(edges) + 1 and got[0] < 70 and got[1:3] == edges
