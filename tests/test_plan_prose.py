"""Prose plans: actions as numbered paragraphs (a hanging indent, the owner and the timing inline,
a status in square brackets, a note under the paragraph), read where a plan has no action table.

The PDFs are built with reportlab's platypus: a paragraph's number is its bullet, set at the
margin with the text hanging at an indent, as a word processor prints a numbered paragraph.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_prose import has_prose_actions, read_fields
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
}
# ref, action text, owner, due as printed, due read, status as printed, RAG read, progress note
ACTIONS = [
    ("1.1", "Introduce a single assessment framework across all locality teams so that every"
     " child is assessed in the same way by a qualified social worker", "Head of Early Help",
     "March 2026", "2026-03-31", "On track", "green", "Framework drafted with team managers"),
    ("1.2", "Audit twelve assessments every month and report the findings to the practice quality"
     " group", "Jane Smith, Principal Social Worker", "Q2 2025/26", "2025-09-30", "Delayed",
     "amber", None),
    ("2.1", "Publish a revised supervision standard with a four-weekly minimum",
     "Service Manager, Assessment", "31/10/2025", "2025-10-31", "Complete", "blue",
     "Standard published and shared with every team"),
    ("2.2", "Train all team managers in reflective supervision with the regional partnership",
     "DCS and AD Safeguarding", "Winter 2025/26", "2026-02-28", "Not started", None, None),
]  # fmt: skip
EXPECTED = [(ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag, _ in ACTIONS]


def _facts(plan: PlanExtraction) -> list[tuple[str | None, str, str | None, str, str | None]]:
    return [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]


def _recs(plan: PlanExtraction) -> list[list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [[numbers[r] for r in a.recommendations] for a in plan.actions]


def _paragraph(form: str, text: str, owner: str, due: str, status: str) -> str:
    if form == "brackets":
        return f"{text} (SRO: {owner}; timing: {due}) <b>[{status}]</b>"
    return f"{text}. {owner} will lead this; to be done by: {due}. <b>[{status}]</b>"


def _prose_pdf(
    form: str,
    *,
    notes: bool = True,
    spacer: float = 0,
    month: str | None = None,
    done: bool = False,
) -> bytes:
    """A prose plan: a title, an introduction, a heading per priority, an italic paragraph of
    context, then the numbered action paragraphs (hanging indent), each with its note. month:
    the second action timed in plan months ('Month 7'), the introduction saying where Month 1
    is when it is given as 'Month 7 | Month 1 is September 2025'."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Times-Roman", fontSize=10,
                          leading=13)  # fmt: skip
    action = ParagraphStyle("action", parent=body, leftIndent=34, bulletIndent=0,
                            bulletFontName="Times-Bold", spaceBefore=6)  # fmt: skip
    note = ParagraphStyle("note", parent=body, fontName="Times-Italic", fontSize=9,
                          leftIndent=34)  # fmt: skip
    heading = ParagraphStyle("h", parent=styles["Heading2"], fontSize=14, leading=18)
    story: list[object] = [
        Paragraph("Northwold Council – Children's Improvement Plan 2025/26", styles["Title"]),
        Paragraph("This plan sets out our priorities, the steps we will take, who is doing each"
                  " one and when. The Improvement Board checks the plan every month."
                  + (f" Timings are in plan months: {month.split(' | ')[1]}." if month and " | " in month else ""),
                  body),
    ]  # fmt: skip
    for number, rec in RECS.items():
        story.append(Paragraph(f"Priority {number}: {rec}", heading))
        story.append(
            Paragraph("<i>Inspectors found that practice here was inconsistent.</i>", body)
        )
        for ref, text, owner, due, _, status, _, progress in ACTIONS:
            if not ref.startswith(number):
                continue
            if spacer and ref == ACTIONS[-1][0]:
                story.append(Spacer(1, spacer))
            if month and ref == "1.2":
                due = month.split(" | ")[0]
            story.append(Paragraph(_paragraph(form, text, owner, due, status), action,
                                   bulletText=ref))  # fmt: skip
            if notes and progress:
                story.append(Paragraph(f"Position now: {progress}", note))
    story.append(Paragraph("The figures we will watch", heading))
    kpis = Table([["Measure", "Baseline", "Target"], ["Assessments within 45 days", "62%", "85%"]])
    kpis.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story.append(kpis)
    if done:  # a small table of work done before the plan, read as actions of its own
        story.append(Paragraph("Done before this plan", heading))
        grid = Table([["Ref", "Action", "Lead officer", "Deadline"],
                      ["0.1", "Appoint an improvement lead", "DCS", "May 2025"]])  # fmt: skip
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story.append(grid)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan").build(story)
    return buf.getvalue()


@pytest.mark.parametrize("form", ["brackets", "sentence"])
def test_numbered_paragraphs_with_inline_fields(form: str) -> None:
    plan = extract_plan(parse_pdf_bytes(_prose_pdf(form), "plan.pdf"))
    assert _facts(plan) == EXPECTED
    assert [a.due_raw for a in plan.actions] == [x[3] for x in ACTIONS]
    assert [a.progress for a in plan.actions] == [x[7] for x in ACTIONS]
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert _recs(plan) == [["1"], ["1"], ["2"], ["2"]]
    assert [k.indicator for k in plan.kpis] == ["Assessments within 45 days"]
    assert plan.warnings == []


@pytest.mark.parametrize(
    ("month", "due"), [("Month 7 | Month 1 is September 2025", "2026-03-31"), ("Month 7", "None")]
)
def test_plan_months_against_the_printed_month_one(month: str, due: str) -> None:
    """'Month 7' is dated from the Month 1 the plan prints; where it prints none the action is
    undated and the warning says why."""
    plan = extract_plan(parse_pdf_bytes(_prose_pdf("brackets", month=month), "plan.pdf"))
    assert (plan.actions[1].due_raw, str(plan.actions[1].due_date)) == ("Month 7", due)
    assert _facts(plan)[2:] == EXPECTED[2:]
    warnings = [w.message for w in plan.warnings]
    if due == "None":
        assert len(warnings) == 1 and "timed from the plan's start ('Month 7')" in warnings[0]
        assert "prints no start" in warnings[0] and "Month 1 is" in warnings[0]
    else:
        assert warnings == []


def test_prose_actions_beside_a_small_action_table() -> None:
    """A prose plan with a one-row action table of its own: the paragraphs clearly outnumber
    the table's rows, so both are read."""
    plan = extract_plan(parse_pdf_bytes(_prose_pdf("sentence", done=True), "plan.pdf"))
    assert _facts(plan) == [
        *EXPECTED, ("0.1", "Appoint an improvement lead", "DCS", "2025-05-31", None)
    ]  # fmt: skip
    assert _recs(plan)[:4] == [["1"], ["1"], ["2"], ["2"]]


def test_provenance_spans_the_paragraph_and_its_note() -> None:
    """Each action points at its own lines: the wrapped paragraph and the note under it."""
    pdf = _prose_pdf("brackets")
    doc = parse_pdf_bytes(pdf, "plan.pdf")
    plan = extract_plan(doc)
    first = plan.actions[0].provenance
    lines = doc.pages[0].lines
    assert first.page == 1 and first.line_span is not None and first.bbox is not None
    span = [ln.text for ln in lines[first.line_span[0] : first.line_span[1] + 1]]
    assert span[0].startswith("1.1 Introduce a single assessment framework")
    assert span[-1] == "Position now: Framework drafted with team managers"
    assert span[-2] == "track]"  # the paragraph wraps twice, its status split on the last line
    assert len(span) == 4
    second = plan.actions[1].provenance
    assert second.bbox is not None and second.bbox[1] > first.bbox[3]  # below the first


def _broken_pdf() -> bytes:
    """A plan typed line by line: the last action's paragraph starts at the foot of page 1 and
    its second line heads page 2, at the hanging indent; its owner and date are on page 2."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 780, "Priority 1: " + RECS["1"][:60])
    y = 750.0
    rows = [
        ("1.1", ["Audit twelve assessments every month and report the findings to the quality",
                 "group. Head of Early Help will lead this; to be done by: March 2026. [On track]"]),
        ("1.2", ["Train all team managers in reflective supervision with the regional"]),
    ]  # fmt: skip
    for ref, lines in rows:
        if ref == "1.2":
            y = 70.0
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y, ref)
        c.setFont("Helvetica", 10)
        for line in lines:
            c.drawString(90, y, line)
            y -= 13
        y -= 8
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(
        90, 790, "partnership. Principal SW will lead this; to be done by: Winter 2025/26."
    )
    c.drawString(90, 777, "[Delayed]")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 740, "Priority 2: " + RECS["2"][:60])
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, 710, "2.1")
    c.setFont("Helvetica", 10)
    c.drawString(
        90, 710, "Publish a revised supervision standard. DCS will lead this; to be done by:"
    )
    c.drawString(90, 697, "31/10/2025. [Complete]")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_paragraph_carried_over_the_page_break() -> None:
    """The paragraph cut by the page break is one action, read whole, placed on its first page."""
    plan = extract_plan(parse_pdf_bytes(_broken_pdf(), "plan.pdf"))
    assert _facts(plan) == [
        ("1.1", "Audit twelve assessments every month and report the findings to the quality"
         " group", "Head of Early Help", "2026-03-31", "green"),
        ("1.2", "Train all team managers in reflective supervision with the regional partnership",
         "Principal SW", "2026-02-28", "amber"),
        ("2.1", "Publish a revised supervision standard", "DCS", "2025-10-31", "blue"),
    ]  # fmt: skip
    assert [a.provenance.page for a in plan.actions] == [1, 1, 2]
    assert _recs(plan) == [["1"], ["1"], ["2"]]


def test_prose_word_plan_read_from_the_docx(tmp_path: Path) -> None:
    """A Word prose plan read from its own file: each paragraph is one line there."""
    d = docx.Document()
    d.add_heading("Children's Services Improvement Plan 2025/26", 0)
    d.add_paragraph("This plan sets out the steps we will take, who leads each and when.")
    for number, rec in RECS.items():
        d.add_heading(f"Priority {number}: {rec}", 1)
        d.add_paragraph("Inspectors found that practice here was inconsistent.").runs[
            0
        ].italic = True
        for ref, text, owner, due, _, status, _, progress in ACTIONS:
            if ref.startswith(number):
                para = d.add_paragraph()
                para.add_run(f"{ref}\t").bold = True
                para.add_run(
                    _paragraph("brackets", text, owner, due, status)
                    .replace("<b>", "")
                    .replace("</b>", "")
                )
                if progress:
                    d.add_paragraph(f"Position now: {progress}").runs[0].italic = True
    d.save(str(tmp_path / "plan.docx"))
    result = extract_file(tmp_path / "plan.docx")
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == EXPECTED
    assert [a.progress for a in result.actions] == [x[7] for x in ACTIONS]
    assert result.actions[2].provenance.locator is not None


@pytest.mark.parametrize(
    ("body", "text", "fields"),
    [
        ("Launch a recruitment campaign (SRO: Director of Children's Services; timing: Month 7)"
         " [Yet to begin]", "Launch a recruitment campaign",
         {"owner": "Director of Children's Services", "due": "Month 7", "rag": "Yet to begin"}),
        ("Audit repeat referrals. Virtual School Headteacher and Quality & Practice Lead will lead"
         " this; to be done by: Feb 2026 - Aug 2026.", "Audit repeat referrals",
         {"owner": "Virtual School Headteacher and Quality & Practice Lead",
          "due": "Feb 2026 - Aug 2026"}),
        ("Set up safety plans for places of concern, such as parks, with partners. Leon"
         " Fairweather, Quality & Practice Lead will lead this; timing: 30.04.2027. [Needs"
         " attention]", "Set up safety plans for places of concern, such as parks, with partners",
         {"owner": "Leon Fairweather, Quality & Practice Lead", "due": "30.04.2027",
          "rag": "Needs attention"}),
        ("Review the offer for care leavers (CL) with district councils (Led by: HoS Fostering)",
         "Review the offer for care leavers (CL) with district councils",
         {"owner": "HoS Fostering"}),
        ("Publish the standard. Owner: AD Safeguarding. Due: end of 2026.", "Publish the standard",
         {"owner": "AD Safeguarding", "due": "end of 2026"}),
        ("Audit twelve plans. Lead officer: AD Safeguarding. Deadline: 31 March 2026. RAG:"
         " Amber.", "Audit twelve plans",
         {"owner": "AD Safeguarding", "due": "31 March 2026", "rag": "Amber"}),
        ("Revise the template (see section 3) with partners (SRO: DCS; timing: Q3 2025/26)",
         "Revise the template (see section 3) with partners", {"owner": "DCS", "due": "Q3 2025/26"}),
        # no field: a sentence that says what the work 'will lead to' names no owner
        ("Extend the edge of care service, which will lead to fewer children entering care",
         "Extend the edge of care service, which will lead to fewer children entering care", {}),
    ],
)  # fmt: skip
def test_inline_fields(body: str, text: str, fields: dict[str, str]) -> None:
    found = read_fields(body)
    assert found.text == text
    assert found.fields == fields


def test_numbered_sections_without_fields_are_no_actions() -> None:
    """A report-like document numbering its sections ('2.1 Background') has no action: the
    paragraphs name no owner, date or status; the plan says nothing was read."""
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Improvement plan 2025", styles["Title"])]
    for ref, words in [("1.1", "Background"), ("1.2", "Our approach"), ("2.1", "Governance")]:
        story.append(Paragraph(f"{ref} {words}", styles["Heading3"]))
        story.append(Paragraph(f"{ref} The board met in March and agreed the scope of the work"
                               " with partners and with children and families.", styles["BodyText"]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert plan.actions == []
    assert [w.code for w in plan.warnings] == ["plan_no_actions"]


def test_a_plan_with_an_action_table_is_left_to_the_table() -> None:
    """Numbered paragraphs with an owner in the introduction of a plan whose actions are in a
    table: the table's actions only."""
    styles = getSampleStyleSheet()
    story: list[object] = [
        Paragraph("Improvement plan 2025", styles["Title"]),
        Paragraph("1.1 The plan was agreed in May (Lead: DCS; timing: May 2025).", styles["BodyText"]),
        Paragraph("1.2 It is checked monthly (Lead: Board chair; timing: monthly).", styles["BodyText"]),
    ]  # fmt: skip
    grid = Table([["Ref", "Action", "Lead officer", "Deadline", "RAG"],
                  ["1", "Audit assessments", "Head of Service", "March 2026", "Green"],
                  ["2", "Train managers", "Principal SW", "June 2026", "Amber"]])  # fmt: skip
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story.append(grid)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.ref, a.text, a.owner) for a in plan.actions] == [
        ("1", "Audit assessments", "Head of Service"), ("2", "Train managers", "Principal SW")
    ]  # fmt: skip


def test_prose_actions_as_a_sign_of_a_plan() -> None:
    """The lines of a prose plan's first page hold numbered paragraphs with fields (a sign for
    classification); a report's numbered sections do not."""
    lines = [
        "Priority 1: Increase the range of accommodation for care leavers",
        "1.1 Commission fifteen supported lodgings places for young people leaving care. Leon",
        "Fairweather, Quality & Practice Lead will lead this; timing: 30.04.2027. [On course]",
        "1.2 Give every care leaver a written summary of their entitlements (SRO: Principal SW;",
        "timing: Month 7)",
    ]
    assert has_prose_actions(lines)
    assert not has_prose_actions(lines[:3])  # one paragraph is no run of actions
    assert not has_prose_actions(["2.1 Background", "The council was inspected in 2024.",
                                  "2.2 Scope", "This report covers children in need."])  # fmt: skip
