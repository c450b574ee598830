"""A mark alone in one month column of a timeline is the month the row falls due
(month_marks.marked_month, read by plan_actions._bar_end): a diamond in the 'Feb 2026' column
is due in February 2026 whether the cells around it are shaded past it (the work ran late), not
at all (not begun), or end with it (a Gantt bar's sign-off). A row with no mark keeps its bar's
last shaded month."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.month_marks import is_mark
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
STYLE = getSampleStyleSheet()["BodyText"]
MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"]
GREEN, AMBER, RED = "#7DC67E", "#FCC72F", "#EF5350"
Row = tuple[str, str, str, list[str], int | None]
# ref, task, lead, each month's fill ('' unshaded), the month of the diamond (None: no mark)
ROWS: list[Row] = [
    ("1", "Rewrite the pathway plan with care leavers so it is shorter", "Maya Okafor",
     [GREEN, RED, RED, AMBER, "", ""], 1),
    ("2", "Run a recruitment campaign for foster carers in the county", "Dan Whitlock",
     ["", "", "", "", "", ""], 4),
    ("3", "Train every team manager in the new supervision standard", "Ruth Adeyemi",
     [GREEN, GREEN, GREEN, "", "", ""], 2),
    ("4", "Publish the revised threshold document for partner agencies", "Sam Patel",
     [AMBER, AMBER, AMBER, AMBER, AMBER, AMBER], None),
]  # fmt: skip


def _chart(rows: list[Row]) -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    data: list[list[object]] = [["Line", "Task", "Lead", *MONTHS]]
    style: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]
    for i, (ref, text, lead, fills, mark) in enumerate(rows, start=1):
        data.append([ref, Paragraph(text, STYLE), lead,
                     *["◆" if m == mark else "" for m in range(len(MONTHS))]])  # fmt: skip
        for m, fill in enumerate(fills):
            if fill:
                style.append(("BACKGROUND", (3 + m, i), (3 + m, i), colors.HexColor(fill)))
    table = Table(data, colWidths=[30, 300, 90, *[48] * len(MONTHS)])
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Improvement plan by month", STYLE), table]
    )
    return buf.getvalue()


def test_the_marked_month_is_the_due_month() -> None:
    plan = extract_plan(parse_pdf_bytes(_chart(ROWS), "months.pdf"))
    assert [(a.ref, a.owner, a.due_raw) for a in plan.actions] == [
        ("1", "Maya Okafor", "Feb 2026"),  # shaded on past the mark: late, still due in Feb
        ("2", "Dan Whitlock", "May 2026"),  # nothing shaded: not begun, due in May
        ("3", "Ruth Adeyemi", "Mar 2026"),  # a bar's sign-off at its end
        ("4", "Sam Patel", "Jun 2026"),  # no mark: the bar's end
    ]
    assert [str(a.due_date) for a in plan.actions] == [
        "2026-02-28", "2026-05-31", "2026-03-31", "2026-06-30"
    ]  # fmt: skip


def test_a_mark_is_a_symbol_alone() -> None:
    assert is_mark("◆") and is_mark(" ★ ") and is_mark("●")
    assert not is_mark("") and not is_mark("x") and not is_mark("◆ Peer review")
    assert not is_mark("12") and not is_mark("-")
