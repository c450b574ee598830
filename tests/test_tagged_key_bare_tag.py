"""A tag printed alone on its line ('R3') is another entry of a key, never the wrap of the
entry above it (extractors/tagged_key.py).

A sheet of recommendations printed from a workbook: a tag column ('R1') beside a text column.
A short text sits on its tag's line ('R1 Build ...'); a long one wraps in its cell and the tag,
printed apart from its text, is a line of its own right under the entry above. Taken as the wrap
of 'R2', the key read 'R1', 'R2' only, was read again over the numbered headings the plan
readers had right (1..5): the label stayed in the number ('R1') and recommendation 3 was lost.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.tagged_key import key_entries
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("R1", ["Build a stable, permanent and skilled social work workforce"]),
    ("R2", ["Increase the range of suitable accommodation for care leavers"]),
    ("R3", ["Strengthen the response to children who go missing from home", "or care, so that "
            "return home interviews are offered promptly"]),
]  # fmt: skip


def _sheet_pdf() -> bytes:
    """The rows as a printed sheet: the tag at the cell's left, one line per row where the text
    fits; where it wraps, the tag alone on the row's first line, the text set lower beside it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 800, "Recommendations")
    c.setFont("Helvetica", 9)
    y = 770.0
    for tag, text in ROWS:
        if len(text) == 1:
            c.drawString(40, y, f"{tag}  {text[0]}")
            y -= 16
            continue
        c.drawString(40, y, tag)  # the tag at the row's top, a line of its own
        c.drawString(62, y - 11, text[0])  # the text lower in its taller cell, wrapping
        c.drawString(62, y - 22, text[1])
        y -= 38
    c.save()
    return buf.getvalue()


def test_bare_tag_is_no_wrap() -> None:
    doc = parse_pdf_bytes(_sheet_pdf(), "recommendations.pdf")
    entries = key_entries(doc.pages[0].lines)
    assert [code for code, _ in entries] == ["R1", "R2"]
    r2 = dict(entries)["R2"]
    assert [ln.text for ln in r2] == [
        "R2 Increase the range of suitable accommodation for care leavers"
    ]
