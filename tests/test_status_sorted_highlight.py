"""A quarterly highlight report, printed by ReportLab, whose actions are sorted into sections by
status ('Off track (2)' over a coloured rule), not printed in the plan's own order. Each action
opens with its ref in two parts, the letter bracketed ('2(b)'), and closes with its
recommendation's code in square brackets ('[R2]'); a small line under it gives who and when.

What is read: each action's ref whole ('2(b)', not '2(b' nor part of the text), its text with
no tag, the actions in the order their refs number them (recommendation, then letter), since a
report sorted by status keeps the plan's numbering as its own order, and each action's status
from the heading of the section it sits in ('Not yet started' rates with no colour).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_actions import numbered_in_parts
from plantrace.pipeline.reader import parse_pdf_bytes

SECTIONS = [
    ("Off track", "#b3261e", [
        ("2(a)", "Report health assessment timeliness monthly to the corporate parenting board",
         "R2", "Martin Hale", "25th November 2026"),
        ("1(b)", "Strengthen support to special guardians with a dedicated support worker",
         "R1", "Owen Tremayne", "30th September 2025"),
    ]),
    ("On track", "#1e7b34", [
        ("1(a)", "Hold a permanence planning meeting for every child by their second review",
         "R1", "Grace Adebayo", "30th June 2026"),
        ("3(a)", "Offer a protected caseload to all newly qualified social workers",
         "R3", "Sian Pritchard", "31st August 2026"),
    ]),
    ("Not yet started", "#6b6b6b", [
        ("3(b)", "Hold monthly practice workshops on writing analysis in assessments",
         "R3", "Owen Tremayne", "31st May 2026"),
    ]),
    ("Completed", "#1d4f91", [
        ("2(b)", "Commission a therapeutic service for children in care within six weeks",
         "R2", "Helen Markham", "2nd April 2026"),
    ]),
]  # fmt: skip


ANNEX = [
    ("R1", "Reduce delay in achieving permanence for children in care, including through timely",
     "use of special guardianship and adoption"),
    ("R2", "Ensure that initial and review health assessments for children in care are completed",
     "on time and that their emotional health needs are met"),
    ("R3", "Raise the quality of assessments and plans for children in need"),
]  # fmt: skip


def _report(annex: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 790.0
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, y, "Children's Services Improvement Plan: Quarterly Highlight Report")
    y -= 20
    c.setFont("Helvetica", 10)
    c.drawString(50, y, "Kelderby Council · Report to the Improvement Board · 10 March 2026")
    y -= 34
    for status, colour, actions in SECTIONS:
        c.setStrokeColor(HexColor(colour))
        c.setLineWidth(2)
        c.line(50, y + 16, 545, y + 16)
        c.setFillColor(HexColor(colour))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, f"{status} ({len(actions)})")
        c.setFillColor(HexColor("#000000"))
        y -= 22
        for ref, text, tag, owner, due in actions:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, ref)
            c.setFont("Helvetica", 10)
            c.drawString(80, y, text)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(84 + c.stringWidth(text, "Helvetica", 10), y, f"[{tag}]")
            y -= 14
            c.setFont("Helvetica", 8.5)
            c.drawString(80, y, f"Responsible officer: {owner} · Completion date: {due}")
            y -= 22
        y -= 12
    c.setFont("Helvetica", 8)
    c.drawString(50, 30, "Highlight report, 10 March 2026")
    c.drawRightString(545, 30, "1")
    c.showPage()
    if annex:  # the recommendations listed apart, on a page after the actions, under their codes
        c.setFont("Helvetica", 10)
        y = 790.0
        for code, *lines in ANNEX:
            c.drawString(50, y, code)
            for line in lines:
                c.drawString(70, y, line)
                y -= 13
            y -= 6
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "Highlight report, 10 March 2026")
        c.drawRightString(545, 30, "2")
        c.showPage()
    c.save()
    return buf.getvalue()


def _read(annex: bool = False) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_report(annex), "highlight.pdf"))


def test_recommendations_listed_after_the_actions_are_read_by_their_codes() -> None:
    # the actions' closing tags ('[R2]') cite the list's codes ('R2 Ensure ...'): the list is the
    # plan's recommendations, numbered as the codes number them, and each action links to one
    plan = _read(annex=True)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (code.removeprefix("R"), " ".join(lines)) for code, *lines in ANNEX
    ]
    ids = {r.number: r.id for r in plan.recommendations}
    links = {a.ref: a.recommendations for a in plan.actions}
    assert links["2(a)"] == [ids["2"]] and links["1(b)"] == [ids["1"]]
    assert links["3(b)"] == [ids["3"]]
    assert not [w for w in plan.warnings if w.code == "plan_links_unread"]


def test_without_the_annex_the_tags_are_warned_as_unread() -> None:
    plan = _read()
    assert plan.recommendations == []
    assert [w.code for w in plan.warnings if w.code == "plan_links_unread"] == ["plan_links_unread"]


def test_bracketed_refs_and_closing_tags_are_read_apart_from_the_text() -> None:
    printed = {ref: text for _, _, acts in SECTIONS for ref, text, *_ in acts}
    actions = _read().actions
    assert len(actions) == 6
    for a in actions:
        assert a.ref in printed
        assert a.text == printed[a.ref]  # no ref before it, no '[R2]' after it


def test_actions_sorted_by_status_come_back_in_their_numbered_order() -> None:
    actions = _read().actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)"]
    assert actions[0].owner == "Grace Adebayo"


def test_a_status_heading_rates_the_actions_in_its_section() -> None:
    rag = {a.ref: a.rag for a in _read().actions}
    assert rag == {
        "1(a)": "green", "1(b)": "red", "2(a)": "red", "2(b)": "blue", "3(a)": "green",
        "3(b)": None,  # under 'Not yet started': no colour, and not the heading above's
    }  # fmt: skip


def test_refs_in_parts_with_a_gap_give_no_order() -> None:
    assert numbered_in_parts(["2(b)", "1(a)", "2(a)"]) == [(2, 2), (1, 1), (2, 1)]
    assert numbered_in_parts(["2.2", "1.1", "2.1"]) == [(2, 2), (1, 1), (2, 1)]
    assert numbered_in_parts(["2(c)", "1(a)", "2(a)"]) is None  # 2(b) missing: some shown
    assert numbered_in_parts(["2(a)", "2(a)"]) is None


def test_only_a_recommendation_label_in_brackets_is_a_link() -> None:
    # '[R2]' and '[Rec 2]' name a recommendation; an annex, a phase or a quarter do not, and
    # stay part of the action's text
    from plantrace.extractors.plan_actions import _closing_tag

    assert _closing_tag("Audit twenty case files [R2]") == ("Audit twenty case files", "R2")
    assert _closing_tag("Publish the standard [Rec 3]") == ("Publish the standard", "Rec 3")
    for text in ("Review the threshold guidance [Annex 3]", "Deliver training [Phase 2]",
                 "Audit files [Q3]", "Refresh the policy [see 4]", "Train staff [1]"):  # fmt: skip
        assert _closing_tag(text) is None


def test_a_key_printed_line_by_line_is_no_status_heading() -> None:
    # a key's lines ('Red', 'Amber', 'Green') set as plain text head no section; a bold heading
    # or one counting its actions does
    from plantrace.extractors.plan_columns import read_layout
    from plantrace.extractors.status_headings import heading_status
    from plantrace.pipeline.reader import parse_pdf_bytes

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(50, 800, "Green")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 760, "Off track")
    c.setFont("Helvetica", 10)
    c.drawString(50, 720, "Some slippage (3)")
    c.showPage()
    c.save()
    els = [el for el in read_layout(parse_pdf_bytes(buf.getvalue(), "k.pdf")) if el.lines]
    got = {el.text.strip(): heading_status(el) for el in els}
    assert got["Green"] is None
    assert got["Off track"] == ("Off track", "red")
    assert got["Some slippage (3)"] == ("Some slippage", "amber")
