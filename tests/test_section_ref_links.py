"""Actions numbered under their recommendation ('1.1', '2.3') whose section heading was not read:
the heading of recommendation 3 lost (cut by a page break, or printed in a form not read), its
actions '3.1', '3.2' went on under recommendation 2 above them and linked to it, while every
other action's ref names its own recommendation. The plan read otherwise right said nothing,
and the coverage report counted them against recommendation 2. section_ref_links says so
(plan_links_partial); a plan whose refs all agree with their links is not warned."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ["Ref", "Action", "Lead", "Due", "Status"]
SECTIONS = [
    ("1", "Improve the timeliness of decisions at the front door for every child", [
        ("1.1", "Publish a revised threshold document with partners", "Head of Early Help",
         "31/03/2026", "On track"),
        ("1.2", "Audit repeat referrals each quarter", "Head of Safeguarding", "30/06/2026",
         "At risk"),
    ]),
    ("2", "Strengthen the quality of supervision and management oversight of practice", [
        ("2.1", "Introduce a supervision audit tool used by every team manager",
         "Principal Social Worker", "31/01/2026", "Off track"),
        ("2.2", "Train all team managers in reflective supervision", "Workforce Lead",
         "30/04/2026", "On track"),
    ]),
    ("3", "Improve the stability of placements for children in care across the county", [
        ("3.1", "Recruit twenty new foster carer households", "Head of Fostering",
         "31/12/2026", "At risk"),
        ("3.2", "Set up a placement stability panel meeting monthly", "Head of Service",
         "31/05/2026", "On track"),
    ]),
]  # fmt: skip


def _pdf(heading_3: bool) -> bytes:
    styles = getSampleStyleSheet()
    story: list = [Paragraph("Children's services improvement plan", styles["Title"])]
    rows: list[list[str]] = []
    for number, text, actions in SECTIONS:
        if number != "3" or heading_3:
            if rows:
                story += [_table(rows), Spacer(1, 8)]
                rows = []
            story.append(Paragraph(f"Recommendation {number}: {text}", styles["Heading2"]))
        rows += [list(a) for a in actions]  # no heading 3: its actions run on under 2
    story.append(_table(rows))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _table(rows: list[list[str]]) -> Table:
    return Table([HEAD, *rows], colWidths=[35, 200, 120, 65, 60], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip


def test_actions_whose_refs_name_an_unread_recommendation_are_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(heading_3=False), "lost_heading.pdf"))
    numbers = {r.id: r.number for r in result.recommendations}
    assert sorted(numbers.values()) == ["1", "2"]  # the lost heading: no recommendation 3
    links = {a.ref: [numbers[x] for x in a.recommendations] for a in result.actions}
    assert links["3.1"] == ["2"] and links["3.2"] == ["2"]  # linked by place alone
    said = [w for w in result.warnings if w.code == "plan_links_partial"]
    assert len(said) == 1
    assert "'3.1', '3.2'" in said[0].message and "no recommendation 3" in said[0].message


def test_refs_agreeing_with_their_links_are_not_warned() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(heading_3=True), "all_headings.pdf"))
    numbers = {r.id: r.number for r in result.recommendations}
    links = {a.ref: [numbers[x] for x in a.recommendations] for a in result.actions}
    assert links == {ref: [n] for n, _, actions in SECTIONS for ref, *_ in actions}
    assert not [w for w in result.warnings if w.code.startswith("plan_links")]
