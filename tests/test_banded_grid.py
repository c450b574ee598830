"""A fully gridded action table whose rows are banded (every other row shaded, a navy header):
its column lines are drawn down the whole table, so it is a ruled grid however banded, not rows
striped by shading alone (plan_columns._shading, pipeline.tables.drawn_column_rules). Read as
stripes, the unruled pass split the status column, its header set left and its letters centred,
into a column of its own no role was given."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["Code", "What we will do", "Responsible officer", "Deadline", "Status", "Commentary"]
ROWS = [
    ("R1-01", "Deliver contextual safeguarding training to every social work team",
     "Ruth Kowalczyk", "March 2026", "G", "Pilot running in two teams"),
    ("R1-02", "Launch a single exploitation screening tool for use by all partners",
     "Fatima Rahman", "January 2026", "A", ""),
    ("R1-03", "Develop safety plans for places of concern with community safety partners",
     "David Osei", "May 2026", "R", "Audit shows improvement in most records"),
    ("R2-01", "Quality assure a sample of assessments every month through the audit",
     "Helen Markham", "February 2026", "G", "Delayed because of staff turnover"),
    ("R2-02", "Include identity and cultural needs prompts in the assessment form",
     "Ruth Kowalczyk", "June 2025", "B", "Completed and embedded in practice"),
]  # fmt: skip
FILLS = {"G": "#2e7d32", "A": "#e08e00", "R": "#c62828", "B": "#1565c0"}
RAGS = {"R1-01": "green", "R1-02": "amber", "R1-03": "red", "R2-01": "green", "R2-02": "blue"}


class Ball(Flowable):  # type: ignore[misc]
    """A status letter drawn white and bold in a small coloured circle."""

    def __init__(self, letter: str) -> None:
        super().__init__()
        self.letter, self.width, self.height = letter, 12.0, 12.0

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colors.HexColor(FILLS[self.letter]))
        c.circle(6, 6, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(6, 3.6, self.letter)


def _plan() -> bytes:
    styles = getSampleStyleSheet()
    cell = styles["Normal"].clone("cell", fontSize=8, leading=10)
    body = [[r[0], Paragraph(r[1], cell), r[2], r[3], Ball(r[4]), Paragraph(r[5], cell)]
            for r in ROWS]  # fmt: skip
    t = Table([HEADER, *body], colWidths=[60, 220, 110, 80, 100, 180])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f5f9")]),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (4, 1), (4, -1), "CENTER"),
        ("FONTNAME", (4, 1), (4, -1), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Children's Services Improvement Plan", styles["Title"]),
         Paragraph("Status key: G on track, A some slippage, R off track, B complete",
                   styles["Normal"]), Spacer(1, 8), t]
    )  # fmt: skip
    return buf.getvalue()


def test_a_banded_grid_is_a_ruled_table() -> None:
    got = extract_plan(parse_pdf_bytes(_plan(), "plan.pdf"))
    assert {a.ref: a.rag for a in got.actions} == RAGS
    assert {a.ref: a.owner for a in got.actions} == {r[0]: r[2] for r in ROWS}
    assert {a.ref: a.progress for a in got.actions} == {r[0]: r[5] or None for r in ROWS}
    codes = {w.code for w in got.warnings}
    assert "plan_column_unplaced" not in codes and "plan_status_unread" not in codes
