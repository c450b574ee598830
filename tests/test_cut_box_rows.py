"""A card drawn round a measures table: the box is the table's frame, and where the page
breaks inside it the rows carried to the next page sit in a closed box of their own."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

_COLUMNS = (60.0, 330.0, 410.0, 490.0)
_ROWS = [
    ("Re-referrals within 12 months", "62%", "81.5%", "47.6%"),
    ("Number of approved foster carer households", "116", "87", "30"),
    ("Social worker vacancy rate", "87.9%", "50%", "9%"),
    ("Average caseload per social worker", "21", "19", "16"),
    ("Children in care with an up-to-date health assessment", "11%", "94%", "26.2%"),
    ("Care leavers in education, employment or training", "71%", "19.9%", "57.2%"),
]
_HEADER = ("Indicator", "Starting value", "Current value", "Goal")


def _row(c: canvas.Canvas, y: float, cells: tuple[str, ...], bold: bool = False) -> None:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
    for x, text in zip(_COLUMNS, cells, strict=True):
        c.drawString(x, y, text)


def _actions(c: canvas.Canvas, top: float) -> float:
    """Two objectives' initiatives as text, so the page is a plan."""
    y = top
    for n in (1, 2):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, f"Objective {n}: Improve the quality of practice in area {n}")
        y -= 22
        for k in (1, 2):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y, f"{n}.{k} Audit the records of team {k} each quarter")
            c.setFont("Helvetica", 9)
            c.drawString(
                60, y - 12, f"Owner: Priya Shah    Due: 2026/0{k + 2}/31    Status: On track"
            )
            y -= 34
    return y


def _pdf(cut: bool) -> bytes:
    """A plan page ending with a 'Tracked metrics' card; cut: the page breaks inside the card
    after four rows, the last two printed in a box at the top of page 2 (no header)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, h - 50, "Children's Services Improvement - OKRs")
    y = _actions(c, h - 90) - (330 if cut else 10)
    c.setStrokeColor(HexColor("#cfcbe6"))
    box_top = y + 10
    c.setFont("Helvetica-Bold", 12)
    c.drawString(54, y - 8, "Tracked metrics")
    y -= 30
    _row(c, y, _HEADER, bold=True)
    shown = _ROWS[:4] if cut else _ROWS
    for cells in shown:
        y -= 16
        _row(c, y, cells)
    if cut:  # the card runs off the page: its sides to the foot, no bottom edge
        c.line(45, box_top, 550, box_top)
        c.line(45, box_top, 45, 20)
        c.line(550, box_top, 550, 20)
        c.showPage()
        top = h - 40
        c.setStrokeColor(HexColor("#cfcbe6"))
        c.rect(45, top - 40, 505, 40, stroke=1, fill=0)
        y = top - 14
        for cells in _ROWS[4:]:
            _row(c, y, cells)
            y -= 16
    else:
        c.rect(45, y - 10, 505, box_top - (y - 10), stroke=1, fill=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def _kpis(data: bytes) -> list[tuple[str, str | None, str | None, str | None]]:
    result = extract_plan(parse_pdf_bytes(data, "okrs.pdf"))
    return [
        (
            k.indicator,
            k.baseline.raw if k.baseline else None,
            k.latest.raw if k.latest else None,
            k.target.raw if k.target else None,
        )
        for k in result.kpis
    ]


def test_a_card_round_a_measures_table_is_its_frame() -> None:
    assert _kpis(_pdf(cut=False)) == _ROWS


def test_rows_carried_into_a_box_on_the_next_page_continue_the_table() -> None:
    assert _kpis(_pdf(cut=True)) == _ROWS
