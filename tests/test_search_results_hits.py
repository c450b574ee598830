"""A plan printed as an intranet's search results page: the plan's parts come as hits in the
page's relevance order, among documents that are not the plan, beside a column of filters.

Each hit: a breadcrumb (its last step, for an action, the recommendation it answers), a small
capitalised type badge before the linked title (`ACTION 2.1 Train ...`), the action's fields
as pills (`Owner: ...  Target: ...  State: ...`) and `Modified <date> by <person>`. The left
column lists filter options with counts (`☐ Leon Fairweather (3)`).

What is read: each action with its ref and its text without the badge, its owner, due date and
status from the pills, its recommendation from the breadcrumb; the actions in their refs'
order and the recommendations in their numbers' order, not the page's; no facet option is an
action or an owner.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Reduce delay in achieving permanence for children in care through timely planning",
    "2": "Improve the regularity and quality of management oversight and supervision",
}
# ref, text, owner, due as printed, status word (printed in relevance order, shuffled)
ACTIONS = [
    ("2.1", "Train all team managers in reflective supervision through a two-day course",
     "Sian Pritchard", "Nov 17, 2027", "Healthy"),
    ("1.2", "Recruit twenty additional foster carers through a targeted local campaign",
     "Leon Fairweather", "Mar 31, 2027", "Critical"),
    ("2.2", "Add a supervision timeliness measure to the weekly performance dashboard",
     "Priya Nandakumar", "Jun 30, 2027", "Needs attention"),
    ("1.1", "Hold a permanence planning meeting for every child by their second review",
     "Leon Fairweather", "Sep 9, 2027", "Closed"),
    ("1.3", "Track the timeliness of care proceedings weekly through the legal panel",
     "Sian Pritchard", "Jan 15, 2028", "Healthy"),
]  # fmt: skip
FACETS = [
    ("Type", ["Recommendation (2)", "Action (5)", "Document (1)"]),
    ("State", ["Healthy (2)", "Needs attention (1)", "Critical (1)", "Closed (1)"]),
    ("Owner", ["Leon Fairweather (2)", "Priya Nandakumar (1)", "Sian Pritchard (2)"]),
]
FONT = "DejaVuSans"


def _font() -> str:
    """A font that prints the tick box (Helvetica has no ☐), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            pdfmetrics.registerFont(TTFont(FONT, path))
            return FONT
        except Exception:  # noqa: BLE001 - no such font here: draw the boxes as text anyway
            continue
    return "Helvetica"


def _hit(c: canvas.Canvas, y: float, crumb: str, badge: str, title: str) -> float:
    c.setFillColor(HexColor("#1a7f37"))
    c.setFont("Helvetica", 8)
    c.drawString(170, y, crumb)
    y -= 13
    c.setFillColor(HexColor("#555555"))
    c.setFont("Helvetica", 7)
    c.drawString(172, y, badge)
    c.setFillColor(HexColor("#1a0dab"))
    c.setFont("Helvetica", 11)
    c.drawString(172 + c.stringWidth(badge, "Helvetica", 7) + 8, y, title)
    return y - 14


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    font = _font()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(34, 800, "Staff Hub    improvement plan    Signed in as Zainab Oyelaran")
    c.setFont("Helvetica", 8.5)
    c.drawString(34, 780, '8 results for "improvement plan" (0.42 seconds) - sorted by relevance')
    y = 760.0
    for head, options in FACETS:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(34, y, head)
        y -= 11
        c.setFont(font, 8)
        for o in options:
            c.drawString(34, y, f"\u2610 {o}")
            y -= 10.5
        y -= 8
    y = 760.0
    order: list[tuple[str, ...]] = [
        ("action", "0"), ("rec", "2"), ("action", "1"), ("doc", ""), ("action", "2"),
        ("rec", "1"), ("action", "3"), ("action", "4"),
    ]  # fmt: skip
    for kind, key in order:
        if kind == "doc":
            y = _hit(c, y, "Staff Hub > Children's Services > Library", "MINUTES",
                     "Improvement Board minutes - December 2025")  # fmt: skip
            c.setFillColor(HexColor("#1d1d1d"))
            c.setFont("Helvetica", 9.5)
            c.drawString(170, y, "The board reviewed the improvement plan and its measures.")
            y -= 12
        elif kind == "rec":
            y = _hit(c, y, "Staff Hub > Children's Services > Improvement Plan",
                     "RECOMMENDATION", f"Recommendation {key}")  # fmt: skip
            c.setFillColor(HexColor("#1d1d1d"))
            c.setFont("Helvetica", 9.5)
            c.drawString(170, y, RECS[key])
            y -= 12
        else:
            ref, text, owner, due, state = ACTIONS[int(key)]
            crumb = f"Staff Hub > Children's Services > Improvement Plan > Recommendation {ref[0]}"
            y = _hit(c, y, crumb, "ACTION", f"{ref} {text}")
            c.setFillColor(HexColor("#1d1d1d"))
            c.setFont("Helvetica", 8.5)
            c.drawString(175, y, f"Owner: {owner}     Target: {due}     State: {state}")
            y -= 12
        c.setFillColor(HexColor("#777777"))
        c.setFont("Helvetica", 7.5)
        c.drawString(170, y, "Modified 08 Nov 2025 by Ottilie Brannigan")
        y -= 20
    c.showPage()
    c.save()
    return buf.getvalue()


def test_hits_read_as_actions_in_plan_order() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "search.pdf"))
    refs = [a.ref for a in result.actions]
    assert refs == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    by_ref = {a.ref: a for a in result.actions}
    for ref, text, owner, _due, _state in ACTIONS:
        a = by_ref[ref]
        assert a.text == text  # no 'ACTION' badge in it
        assert a.owner == owner
    assert by_ref["1.2"].due_date is not None and by_ref["1.2"].due_date.isoformat() == "2027-03-31"
    assert by_ref["1.2"].rag == "red"
    assert by_ref["1.1"].rag == "blue"


@pytest.mark.xfail(
    strict=True,
    reason="known limit: two recommendation hits on one page are not read as recommendations "
    "(three are: 'RECOMMENDATION Recommendation' then recurs as a name). A hit's path set 1 pt "
    "over its badge runs into the badged title line, the badged line is no label alone, and a "
    "second hit's title line is read as a header-only table and lost",
)
def test_recommendations_by_number_and_links_from_breadcrumbs() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "search.pdf"))
    assert [r.number for r in result.recommendations] == ["1", "2"]
    ids = {r.id: r.number for r in result.recommendations}
    for a in result.actions:
        assert a.ref is not None
        assert [ids[x] for x in a.recommendations] == [a.ref[0]]


def test_facet_options_are_no_actions_or_owners() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "search.pdf"))
    assert len(result.actions) == len(ACTIONS)
    for a in result.actions:
        assert "(" not in (a.owner or "") and "\u2610" not in a.text
