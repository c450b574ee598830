"""A web site's pages printed to PDF, one action a page (page_records).

Each page repeats the site's furniture (a site bar, a contact panel naming a person, 'Page
last updated <date>'); the first page lists the recommendations, a landing page quotes one and
links its actions' titles, and each action page holds a breadcrumb ending in its
recommendation's crumb, the action as the main heading, a ref line and heading-over-value
sections. The actions come from the record pages alone, linked by the breadcrumb.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.page_records import crumbs, heading_role
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

_H = 842.0

_RECS = {
    "1": "Improve the response to children at risk of exploitation outside the home",
    "2": "Increase the range of suitable homes for care leavers",
}
_ACTIONS = [
    ("1.1", "Train every social work team in", "contextual safeguarding", "Owen Tremayne",
     "April 2026", "Needs attention", "Two of five teams trained"),
    ("1.2", "Set up a weekly exploitation meeting", "with police and health", "Martin Hale",
     "14 March 2026", "On target", None),
    ("2.1", "Commission fifteen supported lodgings", "places for care leavers", "Owen Tremayne",
     "December 2025", "Off target", "Provider withdrew"),
]  # fmt: skip


def _furniture(c: canvas.Canvas, updated: str) -> None:
    c.setFont("Helvetica", 11)
    c.drawString(40, _H - 30, "Harrowfield Council   Search   Sign in")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(430, _H - 110, "Contact us")
    c.setFont("Helvetica", 11)
    c.drawString(430, _H - 126, "Henrietta Bairstow")
    c.drawString(430, _H - 140, "Improvement Team")
    c.setFont("Helvetica", 10)
    c.drawString(40, _H - 460, f"Page last updated {updated}")


def _pdf(crumb: str = "Recommendation", statuses: dict[str, str] | None = None) -> bytes:
    """The printed site; crumb the label of the record pages' parent crumb, statuses a
    replacement status by ref."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, _H))
    for num, rec_text in _RECS.items():
        _landing(c, num, rec_text)
        for ref, head, tail, owner, due, status, news in _ACTIONS:
            if ref.startswith(num + "."):
                status = (statuses or {}).get(ref, status)
                _action(c, f"{crumb} {num}", ref, head, tail, owner, due, status, news)
    c.save()
    return buf.getvalue()


def _landing(c: canvas.Canvas, num: str, rec_text: str) -> None:
    _furniture(c, "20 February 2026")
    c.setFont("Helvetica", 11)
    c.drawString(40, _H - 80, f"Home › Children › Our improvement plan › Recommendation {num}")
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, _H - 110, f"Recommendation {num}")
    c.setFont("Helvetica", 16)
    words = rec_text.split()
    c.drawString(40, _H - 140, "Ofsted told us: " + " ".join(words[:6]))
    c.drawString(40, _H - 158, " ".join(words[6:]))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, _H - 185, "In this section")
    c.setFont("Helvetica", 14)
    c.setFillColor(HexColor("#1d70b8"))
    links = [f"{a[1]} {a[2]}" for a in _ACTIONS if a[0].startswith(num + ".")]
    for k, text in enumerate(links):
        c.drawString(70, _H - 210 - 16 * k, text)
    c.setFillColor(HexColor("#0b0c0c"))
    c.showPage()


def _action(
    c: canvas.Canvas, parent: str, ref: str, head: str, tail: str, owner: str, due: str,
    status: str, news: str | None,
) -> None:  # fmt: skip
    _furniture(c, "8 March 2026")
    c.setFont("Helvetica", 11)
    c.drawString(40, _H - 80, f"Home › Children › Our improvement plan › {parent} › Action")
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, _H - 110, head)
    c.drawString(40, _H - 136, tail)
    c.setFont("Helvetica", 12)
    c.drawString(40, _H - 160, f"Action number: {ref}")
    y = _H - 190
    for label, value in (
        ("Who is responsible", owner),
        ("Timescale", due),
        ("Current position", status),
        ("Latest news", news),
    ):
        if value is None:
            continue
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, y, label)
        c.setFont("Helvetica-Bold" if label == "Current position" else "Helvetica", 14)
        c.drawString(46 if label == "Current position" else 40, y - 22, value)
        y -= 48
    c.showPage()


def test_crumbs_need_a_trail_of_short_parts() -> None:
    assert crumbs("Home › Plan › Recommendation 2 › Action") == [
        "Home", "Plan", "Recommendation 2", "Action",
    ]  # fmt: skip
    assert crumbs("Home > Plan") is None  # two parts: no trail
    assert crumbs("Children 0/5 years and 5/11 years") is None  # slashes inside words


def test_heading_role_reads_known_headings() -> None:
    line = Line("Who is leading this", (40, 100, 200, 116), 16.0, True, 1, 0, words=[])
    assert heading_role(line) == "owner"
    assert (
        heading_role(Line("Expected by:", (40, 100, 200, 116), 16.0, True, 1, 0, words=[])) == "due"
    )
    assert (
        heading_role(Line("Henrietta Bairstow", (0, 0, 1, 1), 11.0, False, 1, 0, words=[])) is None
    )


def test_each_record_page_is_one_action_linked_by_its_breadcrumb() -> None:
    doc = parse_pdf_bytes(_pdf(), "site.pdf")
    plan = extract_plan(doc)
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1"]
    first, second, third = plan.actions
    assert first.text == "Train every social work team in contextual safeguarding"
    assert first.owner == "Owen Tremayne"
    assert first.due_date is not None and first.due_date.isoformat() == "2026-04-30"
    assert first.rag == "amber"
    assert first.progress == "Two of five teams trained"
    assert second.owner == "Martin Hale"
    assert second.due_date is not None and second.due_date.isoformat() == "2026-03-14"
    assert second.rag == "green"
    assert third.rag == "red"
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    assert [r.text for r in plan.recommendations] == list(_RECS.values())
    ids = {r.number: r.id for r in plan.recommendations}
    assert [a.recommendations for a in plan.actions] == [[ids["1"]], [ids["1"]], [ids["2"]]]
    # the contact panel's person is furniture, never an owner
    assert all(a.owner != "Henrietta Bairstow" for a in plan.actions)


def test_unknown_status_word_is_said() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(statuses={"1.2": "Paused pending review"}), "s.pdf"))
    assert [a.rag for a in plan.actions] == ["amber", None, "red"]
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert said and "Paused pending review" in said[0].message


def test_status_heading_without_value_is_said() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(statuses={"1.2": " "}), "s.pdf"))
    assert [a.rag for a in plan.actions] == ["amber", None, "red"]
    said = [w for w in plan.warnings if w.code == "plan_page_records_unread"]
    assert said and "'Current position' has no value" in said[0].message


def test_parent_crumb_in_the_shared_label_words_links() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(crumb="Priority"), "s.pdf"))
    ids = {r.number: r.id for r in plan.recommendations}
    assert [a.recommendations for a in plan.actions] == [[ids["1"]], [ids["1"]], [ids["2"]]]
    assert not [w for w in plan.warnings if w.code == "plan_page_records_unread"]


def test_breadcrumb_naming_no_recommendation_is_said() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(crumb="Workstream"), "s.pdf"))
    said = [w for w in plan.warnings if w.code == "plan_page_records_unread"]
    assert said and "names no recommendation" in said[0].message
