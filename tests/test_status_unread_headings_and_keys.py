"""An unrated plan is not said to have unread statuses for a heading or a key line that reads
as a status: sections headed by a state ('Ongoing', 'Planned') and a printed key's entries
('Red - off track') say no action's status. Statuses printed for half the actions or more, as a
stamp or chip beside each action prints them, still say the plan is rated and went unread;
sections headed by colours rate their actions. Plans typeset with reportlab, read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY, HEADING = STYLES["BodyText"], STYLES["Heading2"]
SECTIONS = {
    "Ongoing": [
        ("1.1", "Run a monthly audit of child protection plans", "Head of Quality", "Mar 2026"),
        ("1.2", "Recruit four independent reviewing officers", "Principal Social Worker",
         "Jun 2026"),
        ("1.3", "Review the supervision policy with team managers", "Head of Service",
         "Jul 2026"),
    ],
    "Planned": [
        ("2.1", "Update the threshold document with partners", "Head of Front Door",
         "Sep 2026"),
        ("2.2", "Launch the exploitation screening tool", "Service Manager", "Oct 2026"),
        ("2.3", "Publish the revised practice standards", "Principal Social Worker",
         "Dec 2026"),
    ],
}  # fmt: skip


def _plan(
    after: list[str], sections: dict[str, list[tuple[str, ...]]] = SECTIONS
) -> PlanExtraction:
    story: list[object] = []
    for heading, rows in sections.items():
        story.append(Paragraph(heading, HEADING))
        cells: list[list[object]] = [
            [Paragraph(f"<b>{h}</b>", BODY) for h in ("Ref", "Action", "Lead", "Due")]
        ]
        cells += [[Paragraph(c, BODY) for c in row] for row in rows]
        table = Table(cells, colWidths=[50, 380, 170, 90])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
        story += [table, Spacer(1, 12)]
    story += [Paragraph(line, BODY) for line in after]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _unread(plan: PlanExtraction) -> list[str]:
    return [w.message for w in plan.warnings if w.code == "plan_status_unread"]


def test_state_headings_and_a_key_are_no_unread_statuses() -> None:
    plan = _plan(["Green - on track", "Amber - at risk", "Red - off track"])
    assert len(plan.actions) == 6 and all(a.rag is None for a in plan.actions)
    # no unread-status warning of its own: only the plain one any unrated plan gets
    assert [m[:33] for m in _unread(plan)] == ["no status was read for any of the"]


def test_state_headings_alone_are_no_unread_statuses() -> None:
    plan = _plan([])
    assert len(plan.actions) == 6 and all(a.rag is None for a in plan.actions)
    # no unread-status warning of its own: only the plain one any unrated plan gets
    assert [m[:33] for m in _unread(plan)] == ["no status was read for any of the"]


def test_sections_headed_by_two_colours_rate_their_actions() -> None:
    # the actions grouped under the status they have ('On track', 'Delayed'): a rated plan,
    # two headings for six actions, each action's status its section's (status_headings), so
    # no status goes unread
    by_status = dict(zip(["On track", "Delayed"], SECTIONS.values(), strict=True))
    plan = _plan([], by_status)
    assert [a.rag for a in plan.actions] == ["green"] * 3 + ["amber"] * 3
    assert _unread(plan) == []
