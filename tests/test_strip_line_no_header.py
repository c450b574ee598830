"""A card's strip of fields is no header row of an unruled table.

A highlight report groups its actions under status headings; under each action a small line
of two fields set apart by a spaced dot ('Responsible officer: Head of Early Help  ·
Timescale: 12th July 2026'). A feed prints each post's status as a pill between its label and
the due date ('Progress rating:  [Closed]  Completion date: 14-Aug-2026'). Parted at its wide
gaps, such a line is three runs, one of them no 'label: value' (the dot alone, the pill's
words), so it read as a row of column headers: the unruled-table pass made the actions under
it the rows of a table whose 'columns' were the strip's fields, and the actions were lost or
read as junk (the section's actions, the annex of recommendations after them).

What is read now (plan_columns._one_strip): a label alone whose value is the run after it, a
sign alone between two fields, each label once, is one card's strip, not a header row; every
action keeps its owner, due date, status and link, and the annex's recommendations are read.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import _one_strip
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Ensure that initial and review health assessments for children in care are completed on"
    " time and that their emotional health needs are met",
    "Strengthen the response to children who go missing from home or care, so that return home"
    " interviews are offered promptly and used to reduce risk",
    "Improve the regularity and quality of management oversight and reflective supervision for"
    " social workers in the assessment and child in need teams",
    "Improve the timeliness of education, health and care plans for children in care and the"
    " support given by the virtual school",
    "Ensure that strategy discussions involve police, health and children's social care, and"
    " that the reasons for decisions about section 47 enquiries are recorded",
]
QA, EH, PSW = "Head of Quality Assurance", "Head of Early Help", "Principal Social Worker"
FOS, CL = "Service Manager, Fostering", "Service Manager, Care Leavers"
# ref, rag, owner, due printed, text; the recommendation is the ref's number
ACTIONS = [
    ("1(a)", "red", QA, "31st October 2026",
     "Agree a timeliness pathway for initial health assessments with the designated doctor"),
    ("1(b)", "green", FOS, "16th January 2026",
     "Train foster carers in understanding trauma and attachment"),
    ("1(c)", "amber", EH, "31st March 2026", "Use strengths and difficulties questionnaire"
     " scores to trigger a referral for emotional support"),
    ("2(a)", "red", EH, "12th July 2026",
     "Hold a monthly missing children panel chaired by the head of safeguarding"),
    ("2(b)", None, PSW, "2nd November 2026", "Commission an independent return home interview"
     " service that offers every child a conversation within seventy-two hours"),
    ("2(c)", "amber", QA, "15th April 2026", "Map the places where missing children are found"
     " and share the analysis with the police each quarter"),
    ("2(d)", "red", PSW, "12th November 2025", "Record the findings of every return home"
     " interview in a structured form that feeds the exploitation risk assessment"),
    ("3(a)", None, QA, "10th September 2025", "Publish a revised supervision standard that sets"
     " a four-weekly minimum and a recording template for reflective discussion"),
    ("3(b)", "blue", EH, "7th November 2025",
     "Introduce quarterly practice observations of every social worker by their manager"),
    ("3(c)", "red", EH, "30th September 2025", "Train all team managers in reflective"
     " supervision through a two-day course delivered with the regional teaching partnership"),
    ("3(d)", "green", QA, "21st February 2026", "Reduce team manager spans of control to no"
     " more than seven social workers by creating two new posts"),
    ("4(a)", None, EH, "19th April 2026",
     "Make sure every child in care has a personal education plan reviewed each term"),
    ("4(b)", "blue", CL, "30th November 2026",
     "Reduce the time taken to issue education, health and care plans for children in care"),
    ("4(c)", None, QA, "31st January 2026",
     "Track attendance and exclusions for children in care placed out of the area"),
    ("5(a)", "blue", FOS, "31st May 2026", "Escalate any strategy discussion held without a"
     " health representative to the designated nurse within one working day"),
    ("5(b)", "green", CL, "31st January 2026", "Revise the strategy discussion template so the"
     " decision and its rationale are recorded on the child's file"),
]  # fmt: skip
DUE = {
    "31st October 2026": date(2026, 10, 31), "16th January 2026": date(2026, 1, 16),
    "31st March 2026": date(2026, 3, 31), "12th July 2026": date(2026, 7, 12),
    "2nd November 2026": date(2026, 11, 2), "15th April 2026": date(2026, 4, 15),
    "12th November 2025": date(2025, 11, 12), "10th September 2025": date(2025, 9, 10),
    "7th November 2025": date(2025, 11, 7), "30th September 2025": date(2025, 9, 30),
    "21st February 2026": date(2026, 2, 21), "19th April 2026": date(2026, 4, 19),
    "30th November 2026": date(2026, 11, 30), "31st January 2026": date(2026, 1, 31),
    "31st May 2026": date(2026, 5, 31),
}  # fmt: skip
HEX = {"green": "#2E7D32", "amber": "#F9A825", "red": "#C62828", "blue": "#1565C0", None: "#757575"}
WORDS = {"blue": "Completed", "green": "On track", "amber": "Some slippage", "red": "Off track",
         None: "Not yet started"}  # fmt: skip


def _report() -> bytes:
    """A highlight report: a summary of counts, then a section per status (best first) under
    its coloured heading, each action with its strip of two fields parted by a spaced dot; the
    last section at the top of page 2, the annex of recommendations after it."""
    width = A4[0] - 36 * mm
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    act = ParagraphStyle("a", parent=body, spaceAfter=0)
    meta = ParagraphStyle("m", fontName="Helvetica", fontSize=8.5, leading=11, textColor="#444444")
    big = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.8, leading=11)
    head_style = ParagraphStyle("h", parent=body, fontSize=12, leading=15)
    story: list[object] = [
        Paragraph("Children's Services Improvement Plan: Quarterly Highlight Report", big),
        Paragraph("Kelderby Council &middot; Report to the Improvement Board", meta),
        Spacer(1, 4 * mm),
    ]
    counts = {w: sum(1 for a in ACTIONS if a[1] == w) for w in WORDS}
    summary = Table(
        [[Paragraph(f"<b>{w}</b>", cell) for w in WORDS.values()],
         [Paragraph(str(counts[w]), cell) for w in WORDS]],
        colWidths=[width / 5] * 5,
    )  # fmt: skip
    summary.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999"))]))
    story += [Paragraph("<b>Summary of actions by status</b>", body), summary, Spacer(1, 5 * mm)]
    for rag, word in WORDS.items():
        group = [a for a in ACTIONS if a[1] == rag]
        head = Table(
            [[Paragraph(f"<font color='{HEX[rag]}'><b>{word}</b></font> ({len(group)})",
                        head_style)]],
            colWidths=[width],
        )  # fmt: skip
        head.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 2, colors.HexColor(HEX[rag]))]))
        for k, (ref, _, owner, due, text) in enumerate(group):
            inner = [
                Paragraph(f"<b>{ref}</b>&nbsp;&nbsp;{escape(text)} <b>[R{ref[0]}]</b>", act),
                Paragraph(
                    f"Responsible officer: {escape(owner)} &nbsp;&middot;&nbsp; Timescale: {due}",
                    meta,
                ),
                Spacer(1, 2.5 * mm),
            ]
            lead = [Spacer(1, 2 * mm), head, Spacer(1, 2 * mm)] if k == 0 else []
            story.append(KeepTogether([*lead, *inner]))
    story += [Spacer(1, 6 * mm), Paragraph("<b>Annex: the inspection's recommendations</b>", body)]
    for n, text in enumerate(RECS, 1):
        story.append(Paragraph(f"<b>R{n}</b>&nbsp;&nbsp;{escape(text)}", body))
    buf = io.BytesIO()
    SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm,
    ).build(story)  # fmt: skip
    return buf.getvalue()


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "report.pdf"))


def test_strip_runs_are_fields_not_headers() -> None:
    assert _one_strip(["Progress rating:", "Closed", "Completion date: 14-Aug-2026"])
    assert _one_strip(["Responsible officer: Head of Early Help", "·", "Timescale: 12 July 2026"])
    assert not _one_strip(["Ref:", "Action:", "Owner:"])  # labels alone: a header row
    assert not _one_strip(["Ref", "Action", "Lead officer", "Due"])
    assert not _one_strip(["Status:", "Closed"])  # one field
    # two cards' strips level in two columns: each label twice, left to the unruled pass
    assert not _one_strip(["Lead: A. Khan", "·", "Due: May 2026", "Lead: J. Ode", "·", "Due: June"])


def test_actions_under_status_headings_keep_their_strips() -> None:
    plan = _read(_report())
    numbers = {r.id: r.number for r in plan.recommendations}
    got = {
        a.ref: (a.text, a.owner, a.due_date, a.rag, [numbers.get(x, x) for x in a.recommendations])
        for a in plan.actions
    }
    assert got == {
        ref: (text, owner, DUE[due], rag, [ref[0]]) for ref, rag, owner, due, text in ACTIONS
    }
    assert [a.ref for a in plan.actions] == [a[0] for a in ACTIONS]  # the refs' order
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), text) for n, text in enumerate(RECS, 1)
    ]
