"""A progress report that sorts each recommendation's actions into lists by status.

Under each recommendation a scrutiny report prints a few list headings of their own ('Completed',
'Delayed', 'Still to do'), each over bullets '<action> – <owner>, completed September 2025' /
'..., now due January 2026' / '..., by July 2026'. The list an item sits in is its status; the
words before the month ('now due', 'completed') say where the work stands and are no part of
the date; an item whose text wrapped right before its '– <owner>' clause has the dash open its
second line, at the item's hanging indent, and is still one item.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.normalise.owners import OwnerDue, split_owner_due
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Make sure that children's wishes and feelings are sought and recorded in their plans",
    "2": "Reduce delay in achieving permanence for children in care through timely planning",
}
# rec, list heading, action, owner, as printed after the owner, due printed, RAG read
ITEMS = [
    ("1", "Delayed", "Invite young inspectors to review services twice a year",
     "Service Manager, Fostering", "now due July 2025", "July 2025", "amber"),
    ("1", "Delayed", "Expand the children in care council",
     "Service Manager, Fostering", "now due May 2025", "May 2025", "amber"),
    ("1", "Still to do", "Record children's views in their own words at every review",
     "Service Manager, Fostering", "by October 2025", "October 2025", None),
    ("2", "Completed", "Strengthen support to special guardians with a dedicated worker",
     "Service Manager, Care Leavers", "completed March 2026", "March 2026", "blue"),
    ("2", "Still to do", "Hold a permanence planning meeting for every child",
     "Workforce Development Lead", "by June 2025", "June 2025", None),
    ("2", "Still to do", "Redesign the child in need plan template with outcomes in plain words",
     "Service Manager, Care Leavers", "by July 2026", "July 2026", None),
]  # fmt: skip
WRAPPED = "Redesign the child in need plan template with outcomes in plain words"


def _report(colours: dict[str, str] | None = None) -> PlanExtraction:
    """colours: each list heading's colour ('#rrggbb'), where the report prints them in colour."""
    base = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=base["BodyText"], fontName="Times-Roman", fontSize=10.5)
    bullet = ParagraphStyle("l", parent=body, leftIndent=18, bulletIndent=6)
    heading = ParagraphStyle("h", parent=base["Heading2"], fontSize=13, leading=16)
    listed = ParagraphStyle("s", parent=body, fontName="Times-Bold")
    story: list[Paragraph | Spacer] = [Paragraph("Scrutiny panel: progress report", heading)]
    for rec, text in RECS.items():
        story.append(Paragraph(f"Recommendation {rec}", heading))
        story.append(Paragraph(f"<i>{text}</i>", body))
        story.append(Paragraph("The panel heard that work on this is well under way.", body))
        last = None
        for r, status, action, owner, tail, _, _ in ITEMS:
            if r != rec:
                continue
            if status != last:
                shown = f'<font color="{colours[status]}">{status}</font>' if colours else status
                story.append(Paragraph(shown, listed))
                last = status
            gap = "<br/>" if action == WRAPPED else " "  # the dash opens the wrapped line
            story.append(Paragraph(f"{action}{gap}– {owner}, {tail}", bullet, bulletText="•"))
        story.append(Spacer(1, 8))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "report.pdf"))


def test_the_list_an_item_sits_in_is_its_status() -> None:
    plan = _report()
    got = [(a.text, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [(t, o, d, rag) for _, _, t, o, _, d, rag in ITEMS]


def test_the_items_link_to_the_recommendation_they_sit_under() -> None:
    plan = _report()
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[r] for r in a.recommendations] for a in plan.actions] == [
        [rec] for rec, *_ in ITEMS
    ]


def test_words_saying_where_the_work_stands_are_no_part_of_the_date() -> None:
    assert split_owner_due("Service Manager, Fostering, now due July 2025") == OwnerDue(
        "Service Manager, Fostering", "July 2025"
    )
    assert split_owner_due("Head of Service – completed September 2025") == OwnerDue(
        "Head of Service", "September 2025"
    )
    # the date's own words stay: 'before' says when, not where the work stands
    assert split_owner_due("Head of Service, before April 2026") == OwnerDue(
        "Head of Service", "before April 2026"
    )


def test_a_list_headings_colour_is_its_status() -> None:
    """'Delayed' printed red is red (the word alone reads amber), 'Completed' in blue is blue,
    a grey 'Still to do' has no colour; all in one colour, the words decide."""
    colours = {"Delayed": "#c92a2a", "Completed": "#1864ab", "Still to do": "#868e96"}
    plan = _report(colours)
    assert [a.rag for a in plan.actions] == ["red", "red", None, "blue", None, None]
    navy = _report(dict.fromkeys(colours, "#1c3d8c"))
    assert [a.rag for a in navy.actions] == [rag for *_, rag in ITEMS]
