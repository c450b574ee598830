"""A status printed centred in its column under a header set at the column's left ('Status'
over a 'B' in a small disc), on a page that carries one or two rows of a table over.

At 0.6.66 plan_columns._unnamed_key_edge (dd7e9d12: a last column whose header cell is blank,
a rating right of 'Ambition 2025/26') read the centred status, opening past the header's right
end, as a column of its own with no header: the rows carried over had their status in a
nameless column, read in none (rag None, plan_column_unplaced). A run past the header's end is a
column of its own only where the last named column holds values of its own left of it; here
it holds none, so the run is that column's values set centred (ReportLab).
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

KEY = (("G", "#2E7D32", "on track"), ("A", "#EF8F00", "slipping"), ("R", "#C62828", "off track"),
       ("B", "#1565C0", "done"))  # fmt: skip
RAG = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
OWNERS = ("Marta Quill", "Owen Pryce", "Leah Darby", "Idris Vaughan")
TEXTS = (
    "Agree a shared threshold document with the police and health partners and publish it to"
    " every team in the partnership",
    "Check that every strategy discussion records who attended, what was decided and why the"
    " decision was reached",
    "Give team managers a monthly report of visits that are out of time and ask for a plan for"
    " each child named",
    "Run practice weeks twice a year with audits of case files and written feedback to every"
    " member of staff",
    "Publish the new supervision policy and brief every team on what it asks of managers and"
    " of social workers",
    "Set up a panel to review the children waiting longest for a permanent home and report to"
    " the board",
)
MONTHS = ("March 2026", "July 2026", "October 2026", "January 2027", "May 2027")


def _rows(n: int) -> list[tuple[str, str, str, str, str]]:
    letters = "GARB"
    return [
        (f"P{k // 4 + 1}-{k % 4 + 1:02d}", TEXTS[k % len(TEXTS)], OWNERS[k % len(OWNERS)],
         MONTHS[k % len(MONTHS)], letters[(k * 3 + 1) % 4])
        for k in range(n)
    ]  # fmt: skip


def _pdf(rows: list[tuple[str, str, str, str, str]], filler_mm: float) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    hex_of = {k: h for k, h, _ in KEY}

    class Disc(Flowable):  # type: ignore[misc]
        def __init__(self, letter: str) -> None:
            super().__init__()
            self.letter = letter

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 12, 12

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(colors.HexColor(hex_of[self.letter]))
            c.setStrokeColor(colors.HexColor(hex_of[self.letter]))
            c.circle(6, 6, 6, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(6, 3.4, self.letter)

    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5)
    key = "; ".join(f"{k} = {words}" for k, _, words in KEY)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20)
    sub = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=4,
                         spaceAfter=4)  # fmt: skip
    story = [Paragraph("Westfold Council children's services improvement plan", title),
             Paragraph(f"Status key: {key}.", body), Spacer(1, filler_mm * mm),
             Paragraph("Action plan", sub)]  # fmt: skip
    width = landscape(A4)[0] - 30 * mm
    rel = (1.6, 4.0, 2.0, 1.6, 1.5)
    widths = [width * r / sum(rel) for r in rel]
    data: list[list[object]] = [
        [Paragraph(x, head) for x in ("Action code", "Action", "Responsible officer", "Due",
                                      "Status")]
    ]  # fmt: skip
    cmds: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3A5F")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA7B5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (4, 1), (4, -1), "CENTER"),
    ]
    for n, (ref, text, owner, due, letter) in enumerate(rows, start=1):
        data.append([Paragraph(f"<b>{ref}</b>", cell), Paragraph(text, cell),
                     Paragraph(owner, cell), Paragraph(due, cell), Disc(letter)])  # fmt: skip
        if n % 2 == 0:
            cmds.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor("#F2F5F9")))
    story.append(Table(data, colWidths=widths, repeatRows=1, style=TableStyle(cmds)))
    story += [PageBreak(), Paragraph("Appendix: the recommendations", sub),
              Paragraph("P1 Improve the response to children at risk of harm.", body),
              Paragraph("P2 Improve the quality of supervision.", body),
              Paragraph("P3 Improve the timeliness of plans.", body)]  # fmt: skip

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(15 * mm, 8 * mm, "Westfold Council - OFFICIAL")
        canvas.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Page {doc.page}")

    buf = io.BytesIO()
    SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


ROWS = 12
FILLERS_MM = (40, 50)  # one row carried over to the next page (0.6.66 fell there), then two


@pytest.mark.parametrize("filler", FILLERS_MM)
def test_centred_status_of_rows_carried_over_is_read(filler: float) -> None:
    rows = _rows(ROWS)
    plan = extract_plan(parse_pdf_bytes(_pdf(rows, filler), "plan.pdf"))
    got = {a.ref: a for a in plan.actions}
    assert sorted(got) == sorted(r[0] for r in rows)
    for ref, text, owner, due, letter in rows:
        a = got[ref]
        assert (a.text, a.owner, a.due_raw, a.rag) == (text, owner, due, RAG[letter]), ref
    assert "plan_column_unplaced" not in [w.code for w in plan.warnings]
