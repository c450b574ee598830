"""A status heat map (heat_months.read_heat_map): a column per month, each month an action was
live shaded in that month's status colour, no status word in the row, the current month's
column outlined by thick borders as a spreadsheet prints them (filled bars down both its sides).
The status is the outlined month's shade alone: not the latest column holding anything (a due
diamond after it is no rating: month_marks), not an earlier month read through a blank one (an
unshaded current month is not begun), not the row's commonest shade. Where no month is
outlined, the latest month shaded is read and the result says so (status_month_unsure)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from plantrace.extractors.heat_months import is_heat_map, outlined_month
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MONTHS = [("Jan", "2026"), ("Feb", "2026"), ("Mar", "2026"), ("Apr", "2026"), ("May", "2026"),
          ("Jun", "2026"), ("Jul", "2026")]  # fmt: skip
NOW = 3  # April 2026: the month outlined
G, A, R, B = "#7DC67E", "#FCC72F", "#EF5350", "#64B5F6"
Row = tuple[str, str, str, list[str], int, str | None]
# ref, task, lead, each month's fill ('' unshaded), the month of the due diamond, the status
ROWS: list[Row] = [
    ("1", "Rewrite the pathway plan with care leavers", "Maya Okafor",
     [G, R, R, A, "", "", ""], 1, "amber"),
    ("2", "Recruit foster carers through a local campaign", "Dan Whitlock",
     ["", G, G, R, "", "", ""], 6, "red"),  # due after now, in the last column
    ("3", "Train team managers in the supervision standard", "Ruth Adeyemi",
     [R, R, A, G, "", "", ""], 5, "green"),
    ("4", "Publish the threshold document for partners", "Sam Patel",
     ["", "", "", "", "", "", ""], 4, None),  # not begun: no shade, no status
    ("5", "Audit supervision records and report the themes", "Lena Ward",
     [A, G, G, B, "", "", ""], 2, "blue"),
    ("6", "Hold a permanence meeting by every second review", "Omar Hale",
     ["", "", R, R, "", "", ""], 6, "red"),
]  # fmt: skip
WIDTHS = [30, 230, 100, *[40] * len(MONTHS)]
THIN, THICK = 0.9, 2.3  # a spreadsheet's hairline and its thick border, drawn as filled bars


def _heat_map(rows: list[Row], outline: bool = True) -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    buf = io.BytesIO()
    width, height = landscape(A4)
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("DejaVuSans", 12)
    c.drawString(40, height - 50, "Improvement plan heat map")
    c.setFont("DejaVuSans", 7)
    xs = [40.0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    head, step = height - 90, 24.0
    ys = [head, head - step] + [head - step * (i + 2) for i in range(len(rows))]
    for i, label in enumerate(["Line", "Task", "Lead"]):
        c.drawString(xs[i] + 3, ys[1] + 5, label)
    for m, (month, year) in enumerate(MONTHS):
        c.drawString(xs[3 + m] + 10, ys[1] + 13, month)
        c.drawString(xs[3 + m] + 8, ys[1] + 5, year)
    for r, (ref, text, lead, fills, due, _) in enumerate(rows):
        top, bottom = ys[r + 1], ys[r + 2]
        for m, fill in enumerate(fills):
            if fill:
                c.setFillColor(HexColor(fill))
                c.rect(xs[3 + m], bottom, WIDTHS[3 + m], step, stroke=0, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.drawString(xs[0] + 3, top - 10, ref)
        c.drawString(xs[1] + 3, top - 10, text)
        c.drawString(xs[2] + 3, top - 10, lead)
        c.drawString(xs[3 + due] + 17, top - 14, "◆")
    c.setFillColor(HexColor("#808080"))
    for x in xs:
        c.rect(x - THIN / 2, ys[-1], THIN, ys[0] - ys[-1], stroke=0, fill=1)
    for y in ys:
        c.rect(xs[0], y - THIN / 2, xs[-1] - xs[0], THIN, stroke=0, fill=1)
    if outline:
        c.setFillColor(HexColor("#000000"))
        for x in (xs[3 + NOW], xs[4 + NOW]):
            c.rect(x - THICK / 2, ys[-1], THICK, ys[1] - ys[-1], stroke=0, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_outlined_months_shade_is_the_status() -> None:
    doc = parse_pdf_bytes(_heat_map(ROWS), "heat.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.reading is not None
    months = sorted(table.reading.months)
    assert len(months) == len(MONTHS)
    assert is_heat_map(table.rows, months)
    assert outlined_month(table.rows, months, doc.pages) == months[NOW]
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, a.rag) for a in plan.actions] == [
        (ref, lead, rag) for ref, _, lead, _, _, rag in ROWS
    ]
    assert [a.due_raw for a in plan.actions] == [
        " ".join(MONTHS[due]) for _, _, _, _, due, _ in ROWS
    ]
    assert "status_month_unsure" not in {w.code for w in plan.warnings}


def test_no_month_outlined_reads_the_latest_shaded_and_says_so() -> None:
    doc = parse_pdf_bytes(_heat_map(ROWS, outline=False), "heat.pdf")
    plan = extract_plan(doc)
    assert [(a.ref, a.rag) for a in plan.actions] == [(ref, rag) for ref, *_, rag in ROWS]
    [said] = [w for w in plan.warnings if w.code == "status_month_unsure"]
    assert "Apr" in said.message
