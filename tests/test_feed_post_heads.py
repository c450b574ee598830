"""An improvement plan kept as a collaboration tool's channel and printed: one post per action,
newest first, each a bordered box with an avatar's initials, a byline naming who posted it and
in what capacity ('Priya Nandakumar (responsible officer) posted on 13 Dec 2025'), a breadcrumb
('Improvement plan › Recommendation 1'), the action as the post's bold title with its code in
brackets after it, wrapped where long (the code alone on the title's last line), and a line of
two fields ('Progress rating: ...   Timescale: ...').

What is read: the poster as the owner (the capacity is an owner's label), the due date from the
fields and never the posted date (the next post's byline is no wrap of the last field), the
breadcrumb's recommendation as the link, the bracketed code as the ref and the title whole; and
the recommendations from the channel's description, its lead-in sentence run into the first.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.post_heads import byline, code_first, crumb_link, plan_order
from plantrace.pipeline.reader import parse_pdf_bytes

# poster, posted, rec, title lines, status, due
POSTS = [
    ("Priya Nandakumar", "13 Dec 2025", "1",
     ["Add a supervision timeliness measure to the weekly dashboard (ACT-044)"],
     "Serious concerns", "18-Feb-2026"),
    ("Tom Ellery", "10 Dec 2025", "2",
     ["Commission fifteen supported lodgings places for care leavers (ACT-059)"],
     "Good progress", "19-Jan-2026"),
    ("Joseph Mensah", "23 Nov 2025", "2",
     ["Record the findings of every return home interview in a structured form that feeds",
      "(ACT-070)"],
     "Some concerns", "31-Aug-2026"),
    ("Tom Ellery", "9 Oct 2025", "1",
     ["Introduce quarterly practice observations of every social worker (ACT-048)"],
     "Good progress", "06-Nov-2026"),
]  # fmt: skip
DUE = {"18-Feb-2026": "2026-02-18", "19-Jan-2026": "2026-01-19", "31-Aug-2026": "2026-08-31",
       "06-Nov-2026": "2026-11-06"}  # fmt: skip


def _post(c: canvas.Canvas, top: float, post: tuple, boxed: bool) -> float:  # type: ignore[type-arg]
    who, posted, rec, title, status, due = post
    height = 58 + 13 * len(title)
    c.setStrokeColor(HexColor("#cccccc"))
    c.rect(40, top - height, 515, height, stroke=int(boxed), fill=0)
    c.setFillColor(HexColor("#333399"))
    c.setFont("Times-Bold", 8)
    c.drawString(50, top - 19, "".join(w[0] for w in who.split()))  # the avatar's initials
    c.setFillColor(HexColor("#000000"))
    c.setFont("Times-Bold", 8)
    c.drawString(80, top - 14, who)
    x = 80 + c.stringWidth(who + " ", "Times-Bold", 8)
    c.setFont("Times-Roman", 8)
    c.drawString(x, top - 14, f"(responsible officer) posted on {posted}")
    c.setFillColor(HexColor("#5566aa"))
    c.setFont("Times-Roman", 7.5)
    c.drawString(80, top - 23, f"Improvement plan › Recommendation {rec}")
    c.setFillColor(HexColor("#000000"))
    y = top - 36
    for line in title:
        c.setFont("Times-Roman" if line.startswith("(") else "Times-Bold", 10)
        c.drawString(80, y, line)
        y -= 12
    c.setFont("Times-Roman", 9)
    c.drawString(80, y - 2, f"Progress rating: {status}")
    c.drawString(260, y - 2, "Timescale:")
    c.setFont("Times-Bold", 9)
    c.drawString(260 + c.stringWidth("Timescale: ", "Times-Roman", 9), y - 2, due)
    return top - height - 8


def _feed(boxed: bool = True) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Times-Roman", 12)
    c.drawString(40, 800, "Thornwick Children's Services › Improvement plan - activity")
    c.setFont("Times-Roman", 9)
    c.drawString(40, 785, "Printed 22 December 2025 · 4 posts · newest first")
    c.setFont("Times-Roman", 9)  # a lead-in run into the list's first item, one paragraph
    c.drawString(
        40, 768, "About this channel: one post per action, grouped by the recommendations:"
    )
    c.drawString(40, 757, "Recommendation 1 – Improve management oversight and supervision")
    c.drawString(40, 740, "Recommendation 2 – Increase the range of homes for care leavers")
    top = 725.0
    for post in POSTS:
        top = _post(c, top, post, boxed)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(boxed: bool = True) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_feed(boxed), "feed.pdf"))


def test_post_heads_are_read_by_shape() -> None:
    assert byline("Tom Ellery (lead officer) commented on 2 Mar 2026") == (
        "lead officer",
        "Tom Ellery",
    )
    assert byline("Tom Ellery (comms team) posted on 2 Mar 2026") is None  # not an owner's label
    assert byline("Recommendation 2 (partly met) on 4 May") is None
    assert crumb_link("PN: Improvement plan › Recommendation 1") == "Recommendation 1"
    assert crumb_link("Improvement plan › Workforce") is None
    assert crumb_link("Recommendation 2 – Increase the range of homes") is None
    assert code_first("Audit plans (ACT-070)") == "ACT-070 Audit plans"
    assert code_first("Audit plans (2025)") == "Audit plans (2025)"


def test_feed_posts_read_owner_due_and_link_from_their_heads() -> None:
    plan = _read()
    numbers = {r.id: r.number for r in plan.recommendations}
    got = {
        a.ref: (
            a.text,
            a.owner,
            str(a.due_date),
            a.due_raw,
            [numbers.get(x, x) for x in a.recommendations],
        )
        for a in plan.actions
    }
    want = {
        t[-1][1:-1] if t[-1].startswith("(") else t[-1].rsplit("(", 1)[1][:-1]: (
            " ".join(t[:-1]) if t[-1].startswith("(") else t[-1].rsplit(" (", 1)[0],
            who,
            DUE[due],
            due,
            [rec],
        )
        for who, _, rec, t, _, due in POSTS
    }
    assert got == want


def test_lead_in_run_into_the_first_item_leaves_the_list_whole() -> None:
    plan = _read()
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", "Improve management oversight and supervision"),
        ("2", "Increase the range of homes for care leavers"),
    ]


def test_posts_printed_newest_first_are_read_in_the_plans_numbering() -> None:
    # posts printed without borders, read as one run of cards (boxed posts are one run each)
    assert [a.ref for a in _read(boxed=False).actions] == [
        "ACT-044",
        "ACT-048",
        "ACT-059",
        "ACT-070",
    ]


def test_plan_order_only_for_dated_posts_of_one_numbering() -> None:
    titles = ["Audit plans (ACT-12)", "Recruit carers (ACT-3)", "Open a home (ACT-7)"]
    newest_first = [date(2026, 3, 9), date(2026, 2, 1), date(2025, 12, 5)]
    assert plan_order(titles, newest_first) == [1, 2, 0]
    assert plan_order(titles, [newest_first[1], newest_first[0], newest_first[2]]) is None
    assert plan_order(titles, [None, *newest_first[1:]]) is None
    assert (
        plan_order(["Audit plans (ACT-12)", "Recruit carers (KPI-3)", titles[2]], newest_first)
        is None
    )
