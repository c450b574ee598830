"""A page's groups of rulings are read once (speed: lattice_tables and open_grids both asked for
them, each page) and read again when the page's rulings or the strikes change."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.document import Ruling
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables, open_grids, ruling_groups, struck_through


def _pdf() -> bytes:
    """A ruled action table (3 columns, 3 rows) over a second, smaller ruled grid."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    rows = [("Ref", "Action", "Owner"), ("1.1", "Audit case files", "Head of QA")]
    rows.append(("1.2", "Train managers", "Service lead"))
    for i, row in enumerate(rows):
        for x, text in zip((75, 130, 380), row, strict=True):
            c.drawString(x, 755 - 20 * i, text)
    for k in range(4):
        c.line(70, 770 - 20 * k, 500, 770 - 20 * k)
    for x in (70, 125, 375, 500):
        c.line(x, 710, x, 770)
    c.drawString(75, 605, "Measure")
    c.drawString(200, 605, "Target")
    for y in (620, 600):
        c.line(70, y, 300, y)
    for x in (70, 195, 300):
        c.line(x, 600, x, 620)
    c.showPage()
    c.save()
    return buf.getvalue()


def _cells(tables: list) -> list[list[list[str]]]:  # type: ignore[type-arg]
    return [[[c.text if c else "" for c in r] for r in t.rows] for t in tables]


def test_groups_read_once_and_again_when_the_rulings_change() -> None:
    doc = parse_pdf_bytes(_pdf(), "grid.pdf")
    page = doc.pages[0]
    strikes, _ = struck_through(page)
    first = ruling_groups(page, strikes)
    assert len(first) == 2
    assert ruling_groups(page, strikes) is first  # kept on the page
    tables = lattice_tables(page)
    assert _cells(tables)[0][1] == ["1.1", "Audit case files", "Head of QA"]
    assert open_grids(page, tables) == []
    assert ruling_groups(page, strikes) is first
    # the page's rulings replaced (a page cut in halves, rulings read again): read again
    page.rulings = [r for r in page.rulings if r.top < 200]
    again = ruling_groups(page, struck_through(page)[0])
    assert again is not first and len(again) == 1
    # a ruling added to the same list: read again
    page.rulings.append(Ruling(70.0, 300.0, 300.0, 300.5))
    assert ruling_groups(page, struck_through(page)[0]) is not again
    page.groups_memo = None
    assert _cells(lattice_tables(page)) == _cells(tables)[:1]
    doc.close()
