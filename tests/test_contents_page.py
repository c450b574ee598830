"""A contents page's entries are no part of the text; a table whose last column is a count is.

The contents page here sets dot leaders between each heading and its page number (the two-up
booklets set a plain gap), numbered headings included ('2. What the inspectors found ....... 3'),
which would otherwise read as numbered content such as a recommendation.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import parse_pdf

ENTRIES = [
    ("1. Foreword from the Director", 2),
    ("2. What the inspectors found", 3),
    ("3. Our priorities for the year", 3),
    ("4. Measuring our progress", 5),
]


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Table of contents")
    c.setFont("Helvetica", 10)
    y = 750
    for text, page in ENTRIES:
        c.drawString(60, y, text)
        c.drawString(60 + c.stringWidth(text, "Helvetica", 10) + 6, y, "." * 40)
        c.drawRightString(530, y, str(page))
        y -= 18
    c.showPage()
    # a summary table whose last column counts steps: figures under a header, kept
    c.setFont("Helvetica-Bold", 10)
    pad = round((405 - c.stringWidth("Theme", "Helvetica-Bold", 10)) / c.stringWidth(" "))
    c.drawString(60, 780, "Theme" + " " * pad + "Steps")  # over the figures
    c.setFont("Helvetica", 10)
    for i, (theme, steps) in enumerate([("Workforce", 4), ("Care leavers", 5), ("Voice", 5)]):
        pad = round((420 - c.stringWidth(theme, "Helvetica", 10)) / c.stringWidth(" "))
        c.drawString(60, 760 - 18 * i, theme + " " * pad + str(steps))  # figures aligned
    for n in range(3, 6):
        c.showPage()
        c.drawString(60, 780, f"Section text on page {n}.")
    c.showPage()
    c.save()
    return path


def test_contents_entries_leave_the_text_and_a_counted_table_stays(tmp_path: Path) -> None:
    doc = parse_pdf(_pdf(tmp_path / "plan.pdf"))
    assert [ln.text for ln in doc.pages[0].lines] == ["Table of contents"]
    assert [ln.text for ln in doc.pages[1].lines] == [
        "Theme Steps",
        "Workforce 4",
        "Care leavers 5",
        "Voice 5",
    ]
