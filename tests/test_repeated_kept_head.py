"""A plan table's header repeated over its next page is the header of the table's next piece.

An unruled action table ('No. | What we will do | Accountable lead | Due | Progress') runs over
a page break, its header printed again at the top of the next page. repeated_head (a log's
header row naming no plan column, repeated over each page) must leave such a repeat alone:
the open table kept those labels, so the repeat is read as its header again and the rows under
it carried on as the table's next piece. Skipped as furniture, the piece lost the header it is
joined by and the actions carried over the page were lost (plan_actions_doubtful only).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.repeated_head import repeated_head
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["No.", "What we will do", "Accountable lead", "Due", "Progress"]
LEADS = ["Head of Quality Assurance", "Workforce Development Lead", "Service Manager"]
RECS = [(1, 9), (2, 9), (3, 9), (4, 9), (5, 9)]
STATUSES = ["On track", "At risk", "Off track", "Done"]


def _rows(rec: int, n: int) -> list[list[str]]:
    return [
        [f"{rec}.{k}", f"Deliver improvement step {k} for area {rec} across the teams",
         LEADS[k % 3], f"{10 + k:02d}/0{k}/2027", STATUSES[k % 4]]
        for k in range(1, n + 1)
    ]  # fmt: skip


def _pdf() -> bytes:
    styles = getSampleStyleSheet()
    story: list = [Paragraph("Children's services improvement plan", styles["Title"])]
    style = TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                        ("FONTSIZE", (0, 0), (-1, -1), 8),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip
    for rec, n in RECS:
        story += [Spacer(1, 12), Paragraph(f"Recommendation {rec}", styles["Heading2"]),
                  Paragraph(f"Improve the quality of practice in area {rec}", styles["Normal"]),
                  Spacer(1, 6)]  # fmt: skip
        cells = [HEADER, *_rows(rec, n)]
        story.append(Table(cells, repeatRows=1, colWidths=[30, 200, 130, 70, 60], style=style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def test_actions_carried_under_a_repeated_plan_header() -> None:
    doc = parse_pdf_bytes(_pdf(), "plan.pdf")
    assert len(doc.pages) >= 2
    plan = extract_plan(doc)
    refs = [a.ref for a in plan.actions]
    assert refs == [f"{r}.{k}" for r, n in RECS for k in range(1, n + 1)]
    last = plan.actions[-1]
    assert last.owner == LEADS[9 % 3] and last.rag is not None


def test_kept_labels_are_no_furniture() -> None:
    doc = parse_pdf_bytes(_pdf(), "plan.pdf")
    page = doc.pages[1]
    order = sorted(page.lines, key=lambda ln: (ln.top, ln.x0))
    prev = doc.pages[0]
    assert repeated_head(order, prev, prev.height) >= 1  # a repeat, by its words and edges
    assert repeated_head(order, prev, prev.height, HEADER) == 0  # but the open table's labels
    assert repeated_head(order, prev, prev.height, ["Changed", "Field", "Old value"]) >= 1
