"""A search results page whose filter column runs level with the first hits: the layout reader
must not line the two up into a table.

The left column lists filters (a heading, then tick-box options with counts); an option too
long for the column wraps, its count on the next line (`☐ Assistant Director, Children's`
over `Social Care (2)`). The hits beside it have titles that wrap and pills of fields. Before
facet lists were dropped ahead of the layout, the column and the first hits were read as an
unruled table (a facet heading its header, options glued to a hit's wrapped line), and the
hits it held lost their fields and their breadcrumb's link.

What is read: every action with its owner, due date, status and recommendation; both
recommendations; the wrapped option and the heading over it are facet lines, not content.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.facet_lists import facet_lines, without_facet_lists
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "3": "Improve the multi-agency response to children at risk of exploitation outside the home",
    "4": "Build a stable, permanent and skilled social work workforce",
}
# ref, title's two lines, owner, due as printed, status word (printed in relevance order)
ACTIONS = [
    ("3.3", ("Launch a single exploitation screening tool for use by all partner", "agencies"),
     "Fatima Rahman", "Apr 30, 2026", "Critical"),
    ("4.1", ("Offer a protected caseload and a structured programme to all newly", "qualified social workers"),
     "Assistant Director, Children's Social Care", "Feb 2027", "Healthy"),
    ("3.1", ("Establish a weekly multi-agency child exploitation meeting with police,", "health and education"),
     "Fatima Rahman", "May 7, 2025", "Closed"),
    ("4.2", ("Hold exit interviews with every leaver and report the themes to the", "workforce board"),
     "Grace Adebayo", "Nov 30, 2026", "Needs attention"),
]  # fmt: skip
FACETS = [
    ("Type", ["Recommendation (2)", "Action (4)", "Document (1)"]),
    ("Status", ["Healthy (1)", "Needs attention (1)", "Critical (1)", "Closed (1)"]),
    ("Lead", ["Assistant Director, Children's|Social Care (1)", "Fatima Rahman (2)",
              "Grace Adebayo (1)"]),
]  # fmt: skip
FONT = "DejaVuSans"


def _font() -> str:
    """A font that prints the tick box (Helvetica has no ☐), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        return FONT
    except Exception:  # noqa: BLE001 - no such font here: draw the boxes as text anyway
        return "Helvetica"


def _facets(c: canvas.Canvas, font: str, y: float) -> None:
    for head, options in FACETS:
        c.setFillColor(HexColor("#1d1d1d"))
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(34, y, head)
        y -= 12
        c.setFont(font, 8)
        for option in options:
            first, _, rest = option.partition("|")
            c.drawString(34, y, f"\u2610 {first}")
            y -= 10.5
            if rest:  # a value too long for the column: its last words and count wrap
                c.drawString(34, y, rest)
                y -= 10.5
        y -= 8


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    font = _font()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(34, 800, "Staff Hub    ILACS action plan    Signed in as Rosalind Featherstone")
    c.setFont("Helvetica", 8.5)
    c.drawString(34, 780, '7 results for "ILACS action plan" (0.26 seconds) - sorted by relevance')
    top = 760.0
    _facets(c, font, top)
    y = top
    order = [("action", 0), ("rec", "3"), ("action", 1), ("doc", ""), ("action", 2),
             ("rec", "4"), ("action", 3)]  # fmt: skip
    for kind, key in order:
        c.setFillColor(HexColor("#1a7f37"))
        c.setFont("Helvetica", 8.5)
        crumb = "Staff Hub > Children's Services > Improvement Plan"
        if kind == "action":
            ref, (line1, line2), owner, due, state = ACTIONS[int(key)]
            crumb += f" > Recommendation {ref[0]}"
            badge, title, wrap = "ACTION", f"{ref} {line1}", line2
        elif kind == "rec":
            badge, title, wrap = "RECOMMENDATION", f"Recommendation {key}", ""
        else:
            crumb = "Staff Hub > Children's Services > Library"
            badge, title, wrap = "GUIDANCE", "Improvement plan - how to update your actions", ""
        c.drawString(170, y, crumb)
        y -= 11
        c.setFillColor(HexColor("#555555"))
        c.setFont("Helvetica", 7)
        c.drawString(173, y, badge)
        c.setFillColor(HexColor("#1a0dab"))
        c.setFont("Helvetica", 10)
        c.drawString(173 + c.stringWidth(badge, "Helvetica", 7) + 6, y, title)
        y -= 12
        if wrap:
            c.drawString(170, y, wrap)
            y -= 12
        c.setFillColor(HexColor("#1d1d1d"))
        if kind == "action":
            c.setFont("Helvetica", 8.5)
            x = 175.0
            for pill in (f"Owner: {owner}", f"Due: {due}", f"Health: {state}"):
                c.drawString(x, y, pill)  # each pill its own box, a gap between
                x += c.stringWidth(pill, "Helvetica", 8.5) + 16
        elif kind == "rec":
            c.setFont("Helvetica", 9.5)
            c.drawString(170, y, RECS[str(key)])
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(170, y, "Every lead updates their actions by the 5th of the month.")
        y -= 11
        c.setFillColor(HexColor("#777777"))
        c.setFont("Helvetica", 7.5)
        c.drawString(170, y, "Modified 11 Sep 2025 by Cormac Fitzwilliam")
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def test_wrapped_option_and_its_heading_are_facet_lines() -> None:
    page = parse_pdf_bytes(_pdf(), "search.pdf").pages[0]
    facet = {" ".join(page.lines[i].text.split()) for i in facet_lines(page.lines)}
    assert {"Lead", "\u2610 Assistant Director, Children's", "Social Care (1)"} <= facet
    assert "Status" in facet and "\u2610 Closed (1)" in facet
    assert not any(t.startswith(("Owner:", "ACTION", "Staff Hub")) for t in facet)


def test_facet_lists_gone_before_the_layout_is_read() -> None:
    doc = without_facet_lists(parse_pdf_bytes(_pdf(), "search.pdf"))
    assert doc is not None
    texts = [" ".join(ln.text.split()) for ln in doc.pages[0].lines]
    assert not any("\u2610" in t or t in ("Type", "Status", "Lead") for t in texts)
    assert any(t.startswith("Owner: Fatima Rahman") for t in texts)


def test_every_hit_beside_the_filters_read_whole() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "search.pdf"))
    by_ref = {a.ref: a for a in result.actions}
    assert sorted(by_ref) == ["3.1", "3.3", "4.1", "4.2"]
    assert len(result.actions) == len(ACTIONS)
    ids = {r.id: r.number for r in result.recommendations}
    assert sorted(ids.values()) == ["3", "4"]
    for ref, (line1, line2), owner, _due, _state in ACTIONS:
        a = by_ref[ref]
        assert a.text == f"{line1} {line2}"
        assert a.owner == owner
        assert [ids[x] for x in a.recommendations] == [ref[0]]
    assert by_ref["3.3"].due_date is not None
    assert by_ref["3.3"].due_date.isoformat() == "2026-04-30"
    assert by_ref["3.3"].rag == "red"
    assert by_ref["3.1"].rag == "blue"
    assert by_ref["4.2"].rag == "amber"


def test_no_page_of_filters_no_change() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "1.1 Hold a permanence planning meeting for every child (3)")
    c.showPage()
    c.save()
    assert without_facet_lists(parse_pdf_bytes(buf.getvalue(), "plain.pdf")) is None
