"""A collaboration tool's activity feed printed over two pages: one post per action, NEWEST
FIRST, each a bordered box (a byline, a breadcrumb naming the recommendation, the action as the
post's title with its code in brackets after it, numbered in the plan's order with gaps, and a
line of two fields). The posts of a page read as one run of cards; the run's last post, alone at
the top of the next page, was found as a one-cell table (a box with no header) and lost, and the
actions kept the feed's order, not the plan's (codes with gaps number no plan through).

What is read now: every post, the lone one too, with its owner, due date, status and link, and
the actions in their codes' order, as a listing's items are put back (listing_order); beside it
the tie of a strip's labels: on two posts of one status ('Status: Awaiting update  Completion
date: ...') the status words recur as often as the label after them, and the label is still
'Completion date' (plan_cards._next_label), not a longer run swallowing the status.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_actions import numbered_codes, numbered_through
from plantrace.pipeline.reader import parse_pdf_bytes

# poster, rec, title, status, due: newest first, as the feed prints them
PAGE_1 = [
    ("Priya Nandakumar", "1", "Add a supervision timeliness measure to the dashboard (ACT-044)",
     "Serious concerns", "18-Feb-2026"),
    ("Tom Ellery", "2", "Commission fifteen supported lodgings places (ACT-059)",
     "Good progress", "19-Jan-2026"),
    ("Joseph Mensah", "2", "Give every care leaver a written summary of entitlements (ACT-056)",
     "Closed", "03-Nov-2026"),
    ("Grace Adebayo", "1", "Train all team managers in reflective supervision (ACT-049)",
     "Some concerns", "21-Sep-2026"),
]  # fmt: skip
PAGE_2 = [  # the feed's oldest post, alone at the top of the last page
    ("Joseph Mensah", "1", "Reduce team manager spans of control to seven (ACT-047)",
     "Good progress", "12-Jan-2026"),
]  # fmt: skip
RAG = {"Serious concerns": "red", "Good progress": "green", "Closed": "blue",
       "Some concerns": "amber", "Awaiting update": None}  # fmt: skip
DUE = {"18-Feb-2026": "2026-02-18", "19-Jan-2026": "2026-01-19", "03-Nov-2026": "2026-11-03",
       "21-Sep-2026": "2026-09-21", "12-Jan-2026": "2026-01-12",
       "Tuesday 21 July 2026": "2026-07-21",
       "Thursday 11 September 2025": "2025-09-11"}  # fmt: skip


def _post(
    c: canvas.Canvas,
    top: float,
    post: tuple[str, ...],
    strip: str | None = None,
    update: str | None = None,
) -> float:
    who, rec, title, status, due = post
    height = 62.0 if update is None else 74.0
    c.setStrokeColor(HexColor("#e0e0e0"))
    c.roundRect(37, top - height, 521, height, 4, stroke=1, fill=0)
    c.setFillColor(HexColor("#283593"))
    c.setFont("Times-Bold", 8)
    c.drawString(47, top - 19, "".join(w[0] for w in who.split()))  # the avatar's initials
    c.setFillColor(HexColor("#242424"))
    c.setFont("Times-Bold", 8)
    c.drawString(86, top - 14, who)
    x = 86 + c.stringWidth(who + " ", "Times-Bold", 8)
    c.setFont("Times-Roman", 8)
    c.drawString(x, top - 14, "(responsible officer) posted on 2 Oct 2025")
    c.setFillColor(HexColor("#6264a7"))
    c.setFont("Times-Roman", 7.5)
    c.drawString(86, top - 24, f"Improvement plan › Recommendation {rec}")
    c.setFillColor(HexColor("#242424"))
    c.setFont("Times-Bold", 9.5)
    c.drawString(86, top - 37, title)
    c.setFont("Times-Roman", 8.5)
    if strip is not None:  # the strip as one run of text: no tab-wide gap parts its fields
        c.drawString(86, top - 51, strip.format(status=status, due=due))
    else:  # the status a coloured pill between its label and the due date
        c.drawString(86, top - 51, "Progress rating:")
        x = 86 + c.stringWidth("Progress rating: ", "Times-Roman", 8.5) + 6
        width = c.stringWidth(status, "Times-Bold", 7.8) + 14
        c.setFillColor(HexColor("#fde2e1"))
        c.roundRect(x, top - 54, width, 11, 5, stroke=0, fill=1)
        c.setFillColor(HexColor("#242424"))
        c.setFont("Times-Bold", 7.8)
        c.drawString(x + 7, top - 51, status)
        c.setFont("Times-Roman", 8.5)
        c.drawString(x + width + 12, top - 51, f"Timescale: {due}")
    if update is not None:
        c.drawString(86, top - 64, f"Latest update: {update}")
    return top - height - 7


def _head(c: canvas.Canvas, posts: int) -> float:
    c.setFont("Times-Roman", 11)
    c.drawString(40, 800, "Thornwick Children's Services › Improvement plan - activity")
    c.setFont("Times-Roman", 8)
    c.drawString(40, 786, f"Printed 22 December 2025 · {posts} posts · newest first")
    c.setFont("Times-Roman", 9)
    c.drawString(
        40, 768, "About this channel: one post per action, grouped by the recommendations:"
    )
    c.drawString(40, 756, "Recommendation 1 – Improve management oversight and supervision")
    c.drawString(40, 744, "Recommendation 2 – Increase the range of homes for care leavers")
    return 730.0


def _feed(update: str | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    top = _head(c, len(PAGE_1) + len(PAGE_2))
    for post in PAGE_1:
        top = _post(c, top, post, update=update)
    c.showPage()
    top = 805.0
    for post in PAGE_2:
        top = _post(c, top, post, update=update)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "feed.pdf"))


def _facts(plan: PlanExtraction) -> dict[str | None, tuple[str | None, ...]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return {
        a.ref: (
            a.owner,
            str(a.due_date),
            a.rag,
            ",".join(numbers.get(x, x) for x in a.recommendations),
        )
        for a in plan.actions
    }


def _want(posts: list[tuple[str, ...]]) -> dict[str | None, tuple[str | None, ...]]:
    return {
        title.rsplit("(", 1)[1][:-1]: (who, DUE[due], RAG[status], rec)
        for who, rec, title, status, due in posts
    }


def test_codes_with_gaps_number_the_actions_but_not_through_the_plan() -> None:
    refs = ["ACT-044", "ACT-059", "ACT-056", "ACT-049"]
    assert numbered_codes(refs) == [44, 59, 56, 49]
    assert numbered_through(refs) is None  # from 44, with gaps: no plan numbered through
    assert numbered_codes(["ACT-044", "KPI-059"]) is None  # two codes
    assert numbered_codes(["ACT-044", "ACT-044"]) is None  # one twice
    assert numbered_codes(["ACT-044", "2.1"]) is None


def test_lone_boxed_post_on_the_next_page_is_read_and_posts_go_in_plan_order() -> None:
    plan = _read(_feed())
    assert [a.ref for a in plan.actions] == ["ACT-044", "ACT-047", "ACT-049", "ACT-056", "ACT-059"]
    assert _facts(plan) == _want(PAGE_1 + PAGE_2)
    texts = {a.ref: a.text for a in plan.actions}
    assert texts["ACT-047"] == "Reduce team manager spans of control to seven"


def test_lone_boxed_post_with_an_update_splits_its_strip_at_the_runs_labels() -> None:
    # with an update under each post, the lone box is read as a list's row (list_cards): its
    # strip, one of each label, is split at the labels the page's run of posts printed
    plan = _read(_feed(update="Delayed because of staff turnover"))
    assert _facts(plan) == _want(PAGE_1 + PAGE_2)
    assert {a.progress for a in plan.actions} == {"Delayed because of staff turnover"}


def test_two_posts_of_one_status_keep_the_due_label_apart_from_the_status() -> None:
    posts = [
        ("Principal Social Worker", "1", "Publish a revised threshold document (ACT-070)",
         "Awaiting update", "Tuesday 21 July 2026"),
        ("Head of Safeguarding", "2", "Record the findings of every return interview (ACT-059)",
         "Awaiting update", "Thursday 11 September 2025"),
    ]  # fmt: skip
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    top = _head(c, len(posts))
    for post in posts:
        top = _post(c, top, post, strip="Status: {status}  Completion date: {due}")
    c.showPage()
    c.save()
    plan = _read(buf.getvalue())
    assert _facts(plan) == _want(posts)
    assert {a.ref: a.due_raw for a in plan.actions} == {
        "ACT-070": "Tuesday 21 July 2026",
        "ACT-059": "Thursday 11 September 2025",
    }
