"""A list of coded recommendations that the plan readers read whole is left as read
(extractors/tagged_key.py).

An action table whose refs open with the recommendation's code ('REC1/01') and an appendix
listing the recommendations down the page ('REC1 <text>', the text wrapping back to the
margin), or a tracker with a 'Recommendations' list ('R1 <text>') over a table whose
Finding column names 'R1': both were read with bare numbers ('1') and every action linked.
Read again as a key of tags, the label stayed in the number ('REC1', 'R1') and a wrap at the
margin was cut off.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Reduce delay in achieving permanence for children in care, including through timely use "
    "of special guardianship and adoption",
    "Increase the range of suitable accommodation for care leavers and improve the quality of "
    "pathway plans",
    "Improve the regularity and quality of management oversight and reflective supervision for "
    "social workers in the assessment and child in need teams",
]
ACTIONS = [
    ("1", "01", "Track the timeliness of care proceedings weekly", "Head of Safeguarding",
     "February 2027", "Amber"),
    ("1", "02", "Strengthen support to special guardians with a support worker",
     "Head of Safeguarding", "March 2027", "Green"),
    ("2", "01", "Commission fifteen supported lodgings places for care leavers",
     "Service Manager, Front Door", "May 2027", "Red"),
    ("2", "02", "Set up a care leavers' hub with drop-in advice on housing",
     "Commissioning Manager", "June 2027", "Amber"),
    ("3", "01", "Publish a revised supervision standard with a recording template",
     "Service Manager, Care Leavers", "September 2027", "Green"),
    ("3", "02", "Train all team managers in reflective supervision",
     "Service Manager, Care Leavers", "October 2027", "Red"),
]  # fmt: skip


def _grid(rows: list[list[str]]) -> Table:
    t = Table(rows, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t


def _appendix_pdf() -> bytes:
    """Actions coded 'REC1/01' on page 1; the recommendations in an appendix on page 2."""
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    rows = [["Ref", "Action", "Lead officer", "Target date", "RAG"]]
    rows += [[f"REC{r}/{n}", t, o, d, s] for r, n, t, o, d, s in ACTIONS]
    story = [Paragraph("Children's services improvement plan", ss["Title"]), _grid(rows)]
    story += [PageBreak(), Paragraph("Appendix A: Ofsted recommendations", ss["Heading2"])]
    story.append(Paragraph("The codes used in the action plan start with the recommendation's "
                           "reference.", ss["Normal"]))  # fmt: skip
    for n, text in enumerate(RECS, 1):  # bold code, a tab, the text wrapping to the margin
        story.append(Paragraph(f"<b>REC{n}</b>{'&nbsp;' * 12}{text}", ss["Normal"]))
    doc.build(story)
    return buf.getvalue()


def _tracker_pdf() -> bytes:
    """A 'Recommendations' list 'R1 <text>' over a tracker whose Finding column names 'R1'."""
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story = [Paragraph("Improvement Plan Tracker", ss["Title"])]
    story.append(Paragraph("Recommendations", ss["Heading2"]))
    for n, text in enumerate(RECS, 1):
        story.append(Paragraph(f"R{n} {text}", ss["Normal"]))
    story.append(Spacer(1, 12))
    rows = [["ID", "Finding", "Action to be taken", "Named lead", "Implementation date", "RAG"]]
    rows += [[f"{i:02d}", f"R{r}", t, o, d, s] for i, (r, _, t, o, d, s) in enumerate(ACTIONS, 1)]
    story.append(_grid(rows))
    doc.build(story)
    return buf.getvalue()


def _assert_links(pdf: bytes, name: str) -> None:
    plan = extract_plan(parse_pdf_bytes(pdf, name))
    recs = {r.number: r for r in plan.recommendations}
    assert set(recs) == {"1", "2", "3"}
    for n, text in enumerate(RECS, 1):
        assert recs[str(n)].text == text
    by_id = {r.id: r.number for r in plan.recommendations}
    assert len(plan.actions) == len(ACTIONS)
    for action, (rec, *_) in zip(plan.actions, ACTIONS, strict=True):
        assert [by_id[x] for x in action.recommendations] == [rec]


def test_appendix_of_coded_recommendations_keeps_bare_numbers() -> None:
    _assert_links(_appendix_pdf(), "coded-appendix.pdf")


def test_listed_tagged_recommendations_keep_bare_numbers() -> None:
    _assert_links(_tracker_pdf(), "coded-tracker.pdf")
