"""The print of an issue tracker's list view used as the plan, typeset with ReportLab as a
browser prints one: a ruled box listing the recommendations, each led by a label chip ('rec:
2'); then a ruled box with one row per action: the action as the issue's title in bold, its
number ('#212') after it, then label chips for its recommendation ('rec: 2') and its status
('status: at-risk'), wrapped under the title where the line is full; under it a grey meta line
'Assignee: ... · Due: ...'. The box's count row ('5 Open 1 Closed · sort: oldest') opens it.

What is read: one action per row (no row lost to the rules round it), its ref the issue number,
its text the title alone (no chip in it), its status from the status chip (the one status
normaliser), its link from the rec chip, owner and due from the meta line; the recommendations
from the chip-led list, and the count row is no recommendation.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.title_chips import chip_line, title_tail
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Improve the quality of return home interviews for children who go missing from care",
    "Strengthen management oversight of assessments in the children in need teams",
]
CHIP_FILL = {"on-track": "#d4f4dd", "at-risk": "#fff1c2", "blocked": "#ffd7d5", "done": "#dbe8ff",
             "backlog": "#eeeeee"}  # fmt: skip
# number, title, rec, status, assignee, due as printed
ISSUES = [
    ("#212", "Commission an independent provider for return home interviews", "1", "on track",
     "Head of Safeguarding", "Mar 31, 2027"),
    ("#215", "Audit twenty return home interviews each quarter and report the themes to the "
     "exploitation panel with actions", "1", "at-risk", "Principal Social Worker", "Jun 30, 2026"),
    ("#221", "Introduce a monthly case file audit for every team manager", "2", "blocked",
     "Service Manager", "Sep 30, 2026"),
    ("#230", "Publish a practice standard for supervision records in phase: 2", "2", "done",
     "Principal Social Worker", "Jan 31, 2026"),
    ("#233", "Train team managers in reflective supervision", "2", "backlog",
     "Workforce Lead", "Nov 30, 2026"),
]  # fmt: skip
RAG = {"on track": "green", "on-track": "green", "at-risk": "amber", "blocked": "red", "done": "blue",
       "backlog": None}  # fmt: skip
DUE = {"Mar 31, 2027": "2027-03-31", "Jun 30, 2026": "2026-06-30", "Sep 30, 2026": "2026-09-30",
       "Jan 31, 2026": "2026-01-31", "Nov 30, 2026": "2026-11-30"}  # fmt: skip
LEFT, RIGHT = 40.0, 555.0


def _chip(c: canvas.Canvas, x: float, y: float, text: str, fill: str) -> float:
    """A label chip: small bold words in a filled rounded box; returns the x after it."""
    width = c.stringWidth(text, "Helvetica-Bold", 7.5) + 10
    c.setFillColor(HexColor(fill))
    c.roundRect(x, y - 3, width, 11, 5, stroke=0, fill=1)
    c.setFillColor(HexColor("#333333"))
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 5, y, text)
    return x + width + 4


def _title_with_chips(c: canvas.Canvas, y: float, issue: tuple[str, ...]) -> float:
    """The bold title, its number and chips after it, wrapping as a browser does; returns the
    baseline of its last line."""
    number, title, rec, status = issue[:4]
    x = LEFT + 8
    c.setFont("Helvetica-Bold", 10)
    for word in title.split():
        w = c.stringWidth(word + " ", "Helvetica-Bold", 10)
        if x + w > RIGHT - 8:
            x, y = LEFT + 8, y - 13
            c.setFont("Helvetica-Bold", 10)
        c.setFillColor(HexColor("#111111"))
        c.drawString(x, y, word)
        x += w
    pieces = [("num", number), ("chip", f"rec: {rec}"), ("chip", f"status: {status}")]
    for kind, text in pieces:
        font, size = ("Helvetica", 10) if kind == "num" else ("Helvetica-Bold", 7.5)
        if x + c.stringWidth(text, font, size) + 10 > RIGHT - 8:
            x, y = LEFT + 8, y - 13
        if kind == "num":
            c.setFillColor(HexColor("#666666"))
            c.setFont(font, size)
            c.drawString(x, y, text)
            x += c.stringWidth(text + " ", font, size)
        else:
            x = _chip(c, x, y, text, CHIP_FILL.get(text.split(": ")[1], "#e6e0f8"))
    return y


def _rule(c: canvas.Canvas, y: float) -> None:
    c.setStrokeColor(HexColor("#d0d7de"))
    c.line(LEFT, y, RIGHT, y)


def _box(c: canvas.Canvas, top: float, bottom: float) -> None:
    c.setStrokeColor(HexColor("#d0d7de"))
    c.rect(LEFT, bottom, RIGHT - LEFT, top - bottom, stroke=1, fill=0)


def _tracker() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica", 14)
    c.drawString(LEFT, 800, "westbury-childrens-services / improvement-plan")
    c.setFont("Helvetica", 8)
    c.drawString(LEFT, 786, "Issues · Milestones · Labels · printed Feb 2, 2026")
    # the recommendations, each a row led by its chip
    top = 770.0
    c.setFont("Helvetica", 9)
    c.setFillColor(HexColor("#333333"))
    c.drawString(LEFT + 8, top - 13, "Milestones: inspection recommendations")
    y = top - 20
    for n, text in enumerate(RECS, 1):
        _rule(c, y)
        x = _chip(c, LEFT + 8, y - 14, f"rec: {n}", "#e6e0f8")
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#111111"))
        c.drawString(x, y - 14, text)
        y -= 22
    _box(c, top, y)
    # the issues, one row each
    top = y - 14
    c.setFont("Helvetica", 9)
    c.setFillColor(HexColor("#333333"))
    c.drawString(LEFT + 8, top - 13, "5 Open 0 Closed · sort: oldest")
    y = top - 20
    for issue in ISSUES:
        _rule(c, y)
        last = _title_with_chips(c, y - 14, issue)
        c.setFont("Helvetica", 8)
        c.setFillColor(HexColor("#666666"))
        c.drawString(LEFT + 8, last - 12, f"Assignee: {issue[4]} · Due: {issue[5]}")
        y = last - 20
    _box(c, top, y)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_tracker(), "tracker.pdf"))


def test_each_issue_row_is_one_action_with_its_chips_as_fields() -> None:
    plan = _read()
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        (number, title, owner, DUE[due], RAG[status])
        for number, title, _, status, owner, due in ISSUES
    ]
    # 'backlog' is work not begun (a state, no colour): the status vocabulary reads it
    assert not any(w.code == "plan_status_unread" for w in plan.warnings)


def test_rec_chip_links_each_action_to_the_chip_led_list() -> None:
    plan = _read()
    assert [(r.number, r.text) for r in plan.recommendations] == [("1", RECS[0]), ("2", RECS[1])]
    numbers = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [numbers.get(x, x) for x in a.recommendations] for a in plan.actions}
    assert links == {number: [rec] for number, _, rec, *_ in ISSUES}
    assert not any(w.code == "plan_links_unread" for w in plan.warnings)


def test_title_tail_takes_chips_and_number_only_at_the_end() -> None:
    tail = title_tail(["Train", "managers", "#233", "rec:", "2", "status:", "in-progress"])
    assert tail is not None
    assert (tail.start, tail.number, tail.chips) == (
        2,
        "#233",
        [("rec", "2"), ("status", "in-progress")],
    )
    tail = title_tail(["Review", "plans", "#12", "rec:", "2", "status:", "on", "track"])
    assert tail is not None and tail.chips == [("rec", "2"), ("status", "on track")]
    assert title_tail(["Review", "the", "plans:", "Every", "Child"]) is None  # no chip's case
    assert title_tail(["Train", "managers", "in", "reflective", "supervision"]) is None
    assert title_tail(["status:", "done"]) is None  # chips alone are no title
    assert chip_line("#215 rec: 1 status: at-risk") and chip_line("status: done")
    assert not chip_line("exploitation panel with actions #215")


def test_status_chips_run_into_unrated_titles_are_said() -> None:
    from plantrace.extractors.status_unread import printed_status_warnings
    from plantrace.models.plan import Action
    from tests.factories import prov

    def said(texts: list[str]) -> list[str]:
        actions = [
            Action(id=f"a{k}", ref=f"#{k}", text=t, provenance=prov("0" * 64, 1))
            for k, t in enumerate(texts, 1)
        ]
        return [w.code for w in printed_status_warnings([], actions)]

    # the chips read as title text: the statuses are printed, yet none was read
    glued = [f"{title} {number} rec: {rec} status: {status}"
             for number, title, rec, status, *_ in ISSUES]  # fmt: skip
    assert said(glued) == ["plan_status_unread"]
    # chips that name no status (a priority, a team) are no rating
    assert said([f"{t} #{k} team: fostering" for k, (_, t, *_) in enumerate(ISSUES)]) == []
