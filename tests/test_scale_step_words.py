"""Status words that are a colour only on a scale the plan prints ('Under way' green as the best
step beside 'Behind schedule', 'Paused' red as the worst): where the plan prints no such scale,
the actions stay uncoloured and the plan's warnings say so (plan_status_unread), naming the
words. A tracker of plain states ('In progress', 'Not started', 'Complete') is no such case."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.normalise.rag import is_scale_step
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]


def _tracker(statuses: list[str]) -> PlanExtraction:
    head = ["Ref", "Action", "Lead", "Due", "Status"]
    actions = [
        "Audit thirty child protection plans with partners",
        "Recruit six permanent team managers",
        "Publish the revised threshold document",
        "Launch the new exploitation screening tool",
    ]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [
        [f"1.{i}", Paragraph(text, BODY), "Head of Service", "March 2027", status]
        for i, (text, status) in enumerate(zip(actions, statuses, strict=True), start=1)
    ]
    table = Table(cells, colWidths=[40, 330, 150, 80, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "tracker.pdf"))


def _release(statuses: list[str]) -> PlanExtraction:
    """A news release saying its plan in prose: one paragraph per recommendation, its actions
    enumerated inline with a closing field list and a bare status."""
    story: list[object] = [Paragraph("<b>NEWS RELEASE</b>", BODY), Spacer(1, 12)]
    items = [
        ("1a", "Audit repeat referrals each quarter", "Head of Service, Front Door", "July 2026"),
        ("1b", "Train every duty social worker in the threshold guidance", "Principal Social Worker",
         "March 2026"),
        ("1c", "Publish a monthly dashboard of contacts for partners", "Head of Performance",
         "September 2026"),
        ("1d", "Track care proceedings weekly through the legal panel", "Service Manager, Legal",
         "May 2026"),
    ]  # fmt: skip
    parts = [
        f"{'and ' if i == len(items) - 1 else ''}({ref}) {action} (lead: {owner}, target {due},"
        f" {status}; latest: on plan){'.' if i == len(items) - 1 else ';'}"
        for i, ((ref, action, owner, due), status) in enumerate(zip(items, statuses, strict=True))
    ]
    story.append(
        Paragraph(
            "Recommendation 1 asked the council to “Improve the timeliness of decisions at the"
            " front door for every child” In response the council will: " + " ".join(parts),
            BODY,
        )
    )
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "release.pdf"))


def _said(plan: PlanExtraction) -> list[str]:
    return [w.message for w in plan.warnings if w.code == "plan_status_unread"]


def test_scale_steps_with_no_scale_printed_are_said() -> None:
    plan = _tracker(["Complete", "Under way", "Paused", "Under way"])
    assert [a.rag for a in plan.actions] == ["blue", None, None, None]
    said = _said(plan)
    assert len(said) == 1
    assert "3 actions" in said[0] and "'Under way' (2)" in said[0] and "'Paused' (1)" in said[0]


def test_scale_steps_on_their_printed_scale_are_read_not_said() -> None:
    plan = _tracker(["Under way", "Behind schedule", "Paused", "Complete"])
    assert [a.rag for a in plan.actions] == ["green", "amber", "red", "blue"]
    assert not _said(plan)


def test_plain_states_of_a_tracker_are_not_said() -> None:
    plan = _tracker(["Complete", "In progress", "Not started", "In progress"])
    assert [a.rag for a in plan.actions] == ["blue", None, None, None]
    assert not _said(plan)
    assert not is_scale_step("In progress") and not is_scale_step("Not started")
    assert is_scale_step("Under way") and is_scale_step("paused")
    assert not is_scale_step("Not implemented (not yet due)")


def test_a_release_printing_no_milder_step_says_its_uncoloured_actions() -> None:
    plan = _release(["under way", "already delivered", "paused", "under way"])
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1a", None),
        ("1b", "blue"),
        ("1c", None),
        ("1d", None),
    ]
    said = _said(plan)
    assert len(said) == 1 and "3 actions" in said[0]
    assert "'under way' (2)" in said[0] and "'paused' (1)" in said[0]
    # the same release with its amber step printed: the scale colours them, nothing said
    plan = _release(["under way", "behind schedule", "paused", "already delivered"])
    assert [a.rag for a in plan.actions] == ["green", "amber", "red", "blue"]
    assert not _said(plan)


def test_a_paragraph_cut_inside_its_quoted_recommendation_keeps_its_link() -> None:
    """A PDF may cut the release's paragraph inside the recommendation it quotes (two text
    blocks drawn apart): the block running on in lower case ('teams” In response ...') with the
    items is joined back, so the items link to the recommendation quoted, not the one before."""
    buf = io.BytesIO()
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = [
        (780, "Recommendation 1 asked the council to “Improve the timeliness of health"),
        (766, "assessments” In response the council will: (1a) Agree a health pathway"),
        (752, "(lead: Head of Safeguarding, target 21st November 2026, under way); and (1b)"),
        (738, "Report timeliness monthly (lead: Designated Nurse, target 31st May 2026, paused)."),
        (700, "Recommendation 2 asked the council to “Improve the quality of supervision in the"),
        (686, "assessment and child in need"),
        (640, "teams” In response the council will: (2a) Publish a supervision standard"),
        (626, "(lead: Bethan Lloyd, target 31st January 2027, behind schedule); and (2b) Train"),
        (612, "team managers (lead: Principal Social Worker, target 30th June 2026, under way)."),
    ]
    for y, text in lines:
        c.drawString(50, y, text)
    c.save()
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "cut.pdf"))
    recs = {r.id: r.number for r in plan.recommendations}
    assert sorted(recs.values()) == ["1", "2"]
    got = {a.ref: [recs[r] for r in a.recommendations] for a in plan.actions}
    assert got == {"1a": ["1"], "1b": ["1"], "2a": ["2"], "2b": ["2"]}
