"""A table ruled with horizontal lines only whose header cell in the first column wraps
('Inspection' / 'ref') over body rows of one line each (round 51).

Rules under every row are the row lines, so everything between two rules is one row; the
header's second line opens the first column with no rule above it. Read as a row of its own,
it cost the header its word ('Inspection' names no role), the column its role (the links) and,
in a plan grouped by lead, the actions their recommendations' order. The header's wrapped line
is set as the header is (bold, the same size), one line below it, and closed off from the body
by the rule: it is the header's. Typeset with reportlab and read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.5, leading=12.5)
CELL = ParagraphStyle("c", parent=BODY, fontSize=9, leading=11)
HEAD = ParagraphStyle("hc", parent=CELL, fontName="Times-Bold")
H2 = ParagraphStyle(
    "h2",
    parent=BODY,
    fontName="Times-Bold",
    fontSize=11.5,
    leading=15,
    spaceBefore=11,
    spaceAfter=4,
)

RECS = [
    ("1", "Improve the quality of supervision for social workers."),
    ("2", "Strengthen the support given to care leavers."),
    ("3", "Make sure that children's views shape their plans."),
]
LEADS = [
    ("Head of Early Help", [
        ("Rec 2", "Commission fifteen supported lodgings places", "Mar-27", "On course"),
        ("Rec 3", "Invite young inspectors to review services", "Nov-26", "Slipping"),
    ]),
    ("Service Manager, Front Door", [
        ("Rec 1", "Convert agency posts to permanent posts", "Mar-27", "On course"),
        ("Rec 3", "Provide direct work resources to every team", "Nov-26", "Off course"),
    ]),
]  # fmt: skip


def _plan() -> bytes:
    story: list[object] = [Paragraph("The inspection recommendations", H2)]
    story += [Paragraph(f"<b>Rec {n}</b> {text}", BODY) for n, text in RECS]
    story.append(Paragraph("Actions by lead officer", H2))
    for lead, rows in LEADS:
        story.append(Paragraph(f"Lead: {lead}", H2))
        head = ["Inspection ref", "Planned activity", "To finish by", "Delivery status"]
        cells: list[list[object]] = [[Paragraph(h, HEAD) for h in head]]
        cells += [[Paragraph(c, CELL) for c in r] for r in rows]
        table = Table(cells, colWidths=[55, 280, 60, 90])
        table.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#ADB5BD")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def test_wrapped_header_line_stays_in_the_header() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "wrapped-head.pdf"))
    got = [(a.text.split()[0], a.owner, a.recommendations) for a in plan.actions]
    # every action linked by its 'Inspection ref' cell, read in its recommendations' order
    assert got == [
        ("Convert", "Service Manager, Front Door", ["r1"]),
        ("Commission", "Head of Early Help", ["r2"]),
        ("Invite", "Head of Early Help", ["r3"]),
        ("Provide", "Service Manager, Front Door", ["r3"]),
    ]
    assert [a.due_raw for a in plan.actions] == ["Mar-27", "Mar-27", "Nov-26", "Nov-26"]
    assert "plan_links_partial" not in {w.code for w in plan.warnings}
