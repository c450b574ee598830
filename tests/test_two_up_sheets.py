"""A booklet printed two-up: two page images side by side on each landscape sheet.

Built with ReportLab on US Letter landscape sheets (two 5.5 x 8.5 in pages a sheet), unlike the
A5-on-A4 booklets Chromium prints: each half has its own running head and its own 'Page n' at
its foot, and the plan table (rows ruled below, no column rules) runs from the left half on to
the right one without its header, as it runs on from page to page. The sheet must read as two
pages, left then right, the right half's rows continuing the left half's table.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

SHEET = (792.0, 612.0)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
HEADER = ["No.", "What we will do", "Lead officer", "Target date"]
LEFT = [  # ref, action, owner, due as printed, due date read
    ("A1", "Audit forty case files each quarter and feed the findings back to every team",
     "Nadia Berrington", "31 Mar 2026", date(2026, 3, 31)),
    ("A2", "Introduce a weekly permanence tracking meeting", "Colm Fairweather",
     "30 Jun 2026", date(2026, 6, 30)),
    ("A3", "Refresh the threshold guidance with partner agencies", "Priya Vasudevan",
     "30 Sep 2026", date(2026, 9, 30)),
]  # fmt: skip
RIGHT = [
    ("B1", "Recruit six permanent team managers and reduce agency cover", "Elspeth Morrow",
     "31 Dec 2026", date(2026, 12, 31)),
    ("B2", "Publish a practice standard for recording direct work", "Gideon Asante",
     "31 Jan 2027", date(2027, 1, 31)),
    ("B3", "Report the plan's progress to scrutiny committee twice a year", "Nadia Berrington",
     "28 Feb 2027", date(2027, 2, 28)),
]  # fmt: skip


def _half(
    c: canvas.Canvas, x: float, number: int, title: str, rows: list[tuple], header: bool
) -> None:
    """One page image: running head, a heading, the table (its header on the first page only,
    rows ruled above and below), 'Page n' centred at its foot."""
    width = SHEET[0] / 2
    c.setFont("Helvetica", 7)
    c.drawString(x + 30, SHEET[1] - 24, "Ashcombe Borough Council - Improvement Plan")
    c.drawCentredString(x + width / 2, 20, f"Page {number}")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x + 30, SHEET[1] - 56, title)
    data = [[Paragraph(h, HEAD) for h in HEADER]] if header else []
    data += [[Paragraph(v, CELL) for v in row[:4]] for row in rows]
    table = Table(data, colWidths=[30, 150, 80, 66])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    _, h = table.wrapOn(c, width - 60, SHEET[1])
    table.drawOn(c, x + 30, SHEET[1] - 72 - h)


def _booklet(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=SHEET, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(30, 400, "Ashcombe Borough Council")
    c.drawString(30, 380, "Children's Services Improvement Plan")
    c.setFont("Helvetica", 9)
    c.drawCentredString(SHEET[0] / 4, 20, "Page 1")
    c.drawString(SHEET[0] / 2 + 30, 540, "This plan answers the inspection of May 2025.")
    c.drawString(SHEET[0] / 2 + 30, 526, "The board reviews progress every month.")
    c.drawCentredString(SHEET[0] * 3 / 4, 20, "Page 2")
    c.showPage()
    _half(c, 0, 3, "Our actions", LEFT, header=True)
    _half(c, SHEET[0] / 2, 4, "", RIGHT, header=False)
    c.showPage()
    c.save()
    return path


def test_two_up_sheet_reads_as_two_pages(tmp_path: Path) -> None:
    doc = parse_pdf(_booklet(tmp_path / "booklet.pdf"))
    assert [(p.number, p.width) for p in doc.pages] == [(n, 396.0) for n in (1, 2, 3, 4)]
    right = doc.pages[3]
    assert all(0 <= ln.x0 < 396 for ln in right.lines)
    assert {w.text for ln in right.lines for w in ln.words} >= {"Elspeth", "Morrow", "B1"}
    assert all(r.x1 <= 396.5 for r in right.rulings)


def test_table_on_both_halves_reads_each_row_once(tmp_path: Path) -> None:
    """Rows level with each other on the two halves stay apart: each action keeps its own
    owner and date, left half first."""
    plan = extract_plan(parse_pdf(_booklet(tmp_path / "booklet.pdf")))
    got = [(a.ref, a.text, a.owner, a.due_date) for a in plan.actions]
    assert got == [(ref, text, owner, due) for ref, text, owner, _, due in LEFT + RIGHT]
