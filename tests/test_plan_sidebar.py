"""An intranet page printed with a fixed left sidebar ('On this page', 'Related links'): the
sidebar repeats at the same place on every page beside the main column. It is navigation, not
content (extractors/plan_sidebar.py): its 'Recommendation n' entries must not become an action
or take the plan's headings' labels. Each action's status is a pill on a tint in an inline
'Lead: ... · Due: ... · Status: ...' line; the tints key the words (extractors/plan_chip_key.py):
'Behind schedule' on pale red is red in this plan, though the word alone reads amber."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from plantrace.extractors.plan_sidebar import side_furniture, without_side_furniture
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf

_TINTS = {
    "On track": "#c6efce",
    "Needs attention": "#ffeb9c",
    "Behind schedule": "#ffc7ce",
    "Achieved": "#bdd7ee",
}
_SIDEBAR = [
    ("Sallowby Council", True),
    ("Staff intranet", True),
    ("On this page", True),
    ("Recommendation 1", False),
    ("Recommendation 2", False),
    ("How we measure progress", False),
    ("Related links", True),
    ("Ofsted inspection report", False),
    ("Practice standards", False),
]
_PAGES = [
    [
        ("Recommendation 1", "Improve the response to children at risk of exploitation"),
        ("Deliver contextual safeguarding training to every team", "Bethan Lloyd",
         "30 Sep 2026", "Behind schedule"),
        ("Establish a weekly multi-agency exploitation meeting", "Grace Adebayo",
         "31 Oct 2026", "Needs attention"),
        ("Audit repeat referrals each quarter to learn why help did not last", "Martin Hale",
         "31 Mar 2026", "On track"),
    ],
    [
        ("Recommendation 2", "Make sure that children's wishes and feelings shape their plans"),
        ("Record children's views in their own words at every review", "David Osei",
         "30 Jun 2026", "Behind schedule"),
        ("Invite young inspectors to review services twice a year", "Leon Fairweather",
         "28 Feb 2027", "Achieved"),
        ("Expand the children in care council with a younger group", "Grace Adebayo",
         "30 Apr 2027", "Needs attention"),
    ],
]  # fmt: skip


def _sidebar(c: Canvas, height: float) -> None:
    c.setFillColor(HexColor("#eef3f8"))
    c.rect(30, 40, 150, height - 70, stroke=0, fill=1)
    c.setFillColor(HexColor("#1f3b5c"))
    y = height - 60
    for text, bold in _SIDEBAR:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(40, y, text)
        y -= 16 if not bold else 18


def _action(c: Canvas, y: float, text: str, owner: str, due: str, status: str) -> float:
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(200, y, text)
    y -= 14
    c.setFont("Helvetica", 8)
    head = f"Lead: {owner} \u00b7 Due: {due} \u00b7 Status: "
    c.drawString(200, y, head)
    x = 200 + c.stringWidth(head, "Helvetica", 8)
    width = c.stringWidth(status, "Helvetica", 8)
    c.setFillColor(HexColor(_TINTS[status]))
    c.roundRect(x - 3, y - 3, width + 6, 11, 4, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.drawString(x, y, status)
    return y - 30


def _plan(path: Path, pages: int = 2, tail: str | None = None) -> Path:
    """The plan on two pages (a section each), or both sections on one page; `tail`, a last
    page of text with no sidebar (an appendix)."""
    c = Canvas(str(path), pagesize=A4)
    height = A4[1]
    printed = [[s] for s in _PAGES] if pages == 2 else [_PAGES]
    for n, sections in enumerate(printed):
        _sidebar(c, height)
        y = height - 60
        if n == 0:
            c.setFont("Helvetica-Bold", 18)
            c.drawString(200, y, "Our improvement plan")
            y -= 30
        for (label, rec), *actions in sections:
            c.setFont("Helvetica-Bold", 14)
            c.setFillColor(HexColor("#1f3b5c"))
            c.drawString(200, y, label)
            y -= 18
            c.setFont("Helvetica", 10)
            c.drawString(210, y, rec)
            y -= 30
            for action in actions:
                y = _action(c, y, *action)
        c.showPage()
    if tail is not None:
        c.setFont("Helvetica", 10)
        c.drawString(60, A4[1] - 80, tail)
        c.showPage()
    c.save()
    return path


def test_sidebar_repeated_on_every_page_is_set_aside(tmp_path: Path) -> None:
    doc = parse_pdf(_plan(tmp_path / "sidebar.pdf"))
    found = side_furniture(doc.pages)
    assert sorted(found) == [1, 2]
    bare = without_side_furniture(doc)
    assert bare is not None
    texts = [ln.text for p in bare.pages for ln in p.lines]
    assert not any(t.startswith(("On this page", "Related links", "Staff intranet")) for t in texts)
    assert sum(t == "Recommendation 1" for t in texts) == 1  # the heading, not the sidebar entry
    assert "Our improvement plan" in texts
    # the document itself is left as read
    assert any(ln.text == "On this page" for ln in doc.pages[1].lines)


def test_one_page_sidebar_listing_the_pages_headings_is_set_aside(tmp_path: Path) -> None:
    """Printed on one page, the sidebar repeats nowhere: it lists the page's own headings
    ('Recommendation 1' beside the heading 'Recommendation 1'), clear of the main text."""
    doc = parse_pdf(_plan(tmp_path / "one.pdf", pages=1))
    found = side_furniture(doc.pages)
    side = [ln.text for ln in doc.pages[0].lines if id(ln) in found.get(1, set())]
    assert side[:4] == ["Sallowby Council", "Staff intranet", "On this page", "Recommendation 1"]
    assert "Practice standards" in side
    assert not any(t.startswith(("Our improvement", "Lead:", "Deliver")) for t in side)


def test_a_page_with_no_sidebar_after_one_that_has_one_keeps_its_lines(tmp_path: Path) -> None:
    """A sidebar found page by page (a one-page print's) names only the pages it stands on: a
    later page with none (an appendix) keeps every line, and reading the plan does not fail
    (a KeyError on that page's number once stopped the whole document)."""
    tail = "Appendix: the terms of reference of the improvement board"
    doc = parse_pdf(_plan(tmp_path / "appendix.pdf", pages=1, tail=tail))
    assert sorted(side_furniture(doc.pages)) == [1]
    bare = without_side_furniture(doc)
    assert bare is not None
    assert [ln.text for ln in bare.pages[1].lines] == [tail]
    assert not any(ln.text == "On this page" for ln in bare.pages[0].lines)
    result = extract_file(tmp_path / "appendix.pdf")
    assert result.error is None
    assert [a.owner for a in result.actions][:2] == ["Bethan Lloyd", "Grace Adebayo"]


def test_a_column_crossed_by_text_is_no_sidebar(tmp_path: Path) -> None:
    crossed = tmp_path / "crossed.pdf"
    c = Canvas(str(crossed), pagesize=A4)
    for n in range(2):
        _sidebar(c, A4[1])
        c.setFont("Helvetica", 10)
        c.drawString(40, 300, f"A paragraph running across the whole page, number {n + 1} of two")
        c.showPage()
    c.save()
    assert side_furniture(parse_pdf(crossed).pages) == {}


def test_sidebar_plan_reads_actions_links_and_tinted_statuses(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "sidebar.pdf"))
    assert [r.number for r in result.recommendations] == ["1", "2"]
    numbers = {r.id: r.number for r in result.recommendations}
    got = [
        (a.text[:30], a.owner, a.due_raw, a.rag, [numbers[r] for r in a.recommendations])
        for a in result.actions
    ]
    assert got == [
        ("Deliver contextual safeguardin", "Bethan Lloyd", "30 Sep 2026", "red", ["1"]),
        ("Establish a weekly multi-agenc", "Grace Adebayo", "31 Oct 2026", "amber", ["1"]),
        ("Audit repeat referrals each qu", "Martin Hale", "31 Mar 2026", "green", ["1"]),
        ("Record children's views in the", "David Osei", "30 Jun 2026", "red", ["2"]),
        ("Invite young inspectors to rev", "Leon Fairweather", "28 Feb 2027", "blue", ["2"]),
        ("Expand the children in care co", "Grace Adebayo", "30 Apr 2027", "amber", ["2"]),
    ]


def test_two_tints_read_as_one_colour_key_neither_word() -> None:
    """Peach 'Escalated' and yellow 'Needs attention' both read amber by hue: the plan tells
    them apart, so the hue is not what it means by them; their own words stand."""
    from plantrace.extractors.plan_chip_key import _one_tint_a_colour
    from plantrace.pipeline.document import Cell

    box = (0.0, 0.0, 10.0, 10.0)
    chips = [
        Cell("Escalated", box, fill="#f4b084"),
        Cell("Needs attention", box, fill="#ffd966"),
        Cell("On course", box, fill="#a9d08e"),
        Cell("Escalated", box, fill="#f4b084"),
    ]
    key = {"escalated": "amber", "needs attention": "amber", "on course": "green"}
    assert _one_tint_a_colour(key, chips) == {"on course": "green"}
