"""An appendix after the actions reproduces the recommendations as rows parted by rules, no
header row: a narrow code cell ('R2') and the recommendation's text beside it, wrapped. The
actions' refs open with the code of the recommendation they answer ('R2-01').

Read as a table (extractors.ruled_lists: the reader joins the code to the text's first line
across the gutter, and the rows are cut at it), the list was no longer the plan's: a table's
rows were taken only where they name themselves ('Recommendation 2'), the actions quote them,
or the actions name them by number, and the codes the rows print were never learnt (the same
list printed as paragraphs is read where the refs code it: every action linked to none). What
is read: the ruled list cited by the refs' codes, numbered as its paragraphs would be ('R2':
2), each action linked to the recommendation its code names.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_recommendations import lists_every_row
from plantrace.extractors.ruled_lists import ruled_lists
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import document_words

RECS = {
    "1": "Improve the timeliness of education, health and care plans for children in care and the support given by the virtual school",
    "2": "Raise the quality of assessments and plans for children in need so that they reflect each child's identity, history and lived experience",
    "3": "Improve the multi-agency response to children at risk of criminal and sexual exploitation outside the home",
    "4": "Ensure that initial and review health assessments for children in care are completed on time and that their emotional health needs are met",
}
ACTIONS = [
    ("R3-01", "Establish a weekly multi-agency child exploitation meeting with police and health",
     "Designated Nurse", "November 2025", "N"),
    ("R3-02", "Appoint two specialist exploitation social workers to support complex cases",
     "Commissioning Manager", "December 2025", "R"),
    ("R2-01", "Quality assure a sample of assessments every month through the audit programme",
     "Assistant Director", "February 2026", "A"),
    ("R2-02", "Introduce a practice standard that every assessment includes the child's own words",
     "Service Manager", "June 2025", "G"),
    ("R4-01", "Commission a therapeutic service for children in care with a short waiting time",
     "Service Manager", "May 2026", "G"),
    ("R1-01", "Offer tuition to every child in care who is behind in reading at age eleven",
     "Head of Virtual School", "July 2025", "N"),
    ("R1-02", "Track attendance and exclusions for children in care placed out of the area",
     "Head of Virtual School", "July 2025", "A"),
]  # fmt: skip


def _pdf(font: str = "Helvetica") -> bytes:
    bold = "Times-Bold" if font.startswith("Times") else "Helvetica-Bold"
    body = ParagraphStyle("b", fontName=font, fontSize=9.4, leading=12)
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20)
    head = ParagraphStyle("h", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.8, leading=10.8)
    width = A4[0] - 34 * mm
    story: list[Any] = [
        Paragraph("Ashbourne Council Children's Services Improvement Plan", title),
        Paragraph(
            "Every action has a code: the first part of the code is the Ofsted "
            "recommendation the action responds to. The recommendations are reproduced "
            "in full in Appendix A.",
            body,
        ),  # fmt: skip
        Paragraph("Action plan", head),
    ]
    heads = ("Ref no.", "What we will do", "Lead", "By when", "Current status")
    grid = [[Paragraph(f"<b>{h}</b>", cell) for h in heads]]
    grid += [[Paragraph(v, cell) for v in row] for row in ACTIONS]
    table = Table(grid, colWidths=[18 * mm, 74 * mm, 38 * mm, 26 * mm, 20 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    story += [table, PageBreak(), Paragraph("Appendix A: Ofsted recommendations", title)]
    story.append(Paragraph("The inspection report made the following recommendations. The codes "
                           "used in the action plan start with the recommendation's reference.",
                           body))  # fmt: skip
    rows = [[Paragraph(f"R{n}", body), Paragraph(text, body)] for n, text in RECS.items()]
    rt = Table(rows, colWidths=[14 * mm, width - 14 * mm])
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.3, "#9FB3C8")]))  # fmt: skip
    story.append(rt)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm).build(story)
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "coded-appendix.pdf"))


def test_the_ruled_appendix_is_read_as_a_list_table() -> None:
    """The case this test is about: the appendix's rows are taken as a table of code and text."""
    doc = parse_pdf_bytes(_pdf(), "coded-appendix.pdf")
    page = doc.pages[-1]
    known = document_words([ln for p in doc.pages for ln in p.lines])
    tables, _ = ruled_lists(page, list(page.lines), known, lists_every_row)
    assert len(tables) == 1
    assert [r[0].text if r[0] is not None else None for r in tables[0].rows] == [
        f"R{n}" for n in RECS
    ]


@pytest.mark.parametrize("font", ["Helvetica", "Times-Roman"])
def test_a_coded_list_ruled_into_rows_is_cited_by_the_refs(font: str) -> None:
    plan = _read(_pdf(font))
    assert {r.number: r.text for r in plan.recommendations} == RECS
    numbers = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [numbers[r] for r in a.recommendations] for a in plan.actions}
    assert links == {ref: [ref[1]] for ref, *_ in ACTIONS}
