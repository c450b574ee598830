"""Links drawn as ribbons (extractors.ribbon_links): recommendation boxes on the left joined to
action boxes on the right by crossing curved bands, the actions numbered in an order of their
own, so that only the bands say which recommendation each action answers."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the quality of supervision for social workers in every team",
    "2": "Reduce delay in achieving permanence for children in care",
}
# (ref, text, owner, due, status, recommendation): listed in the page's order, top down
ACTIONS = [
    ("A1", "Recruit twenty additional foster carers", "Jo Marsh", "31 March 2027", "On track", "2"),
    ("A2", "Train all team managers in supervision", "Sam Patel", "30 June 2027", "Delayed", "1"),
    ("A3", "Review every child placed with parents", "Ann Lee", "31 May 2027", "On track", "2"),
    ("A4", "Audit twelve supervision records a month", "Tom Hart", "31 July 2027", "Complete", "1"),
]
BAND = {"1": "#4E79A7", "2": "#F28E2B"}


def _sankey_pdf(bands: dict[str, str] | None = None) -> bytes:
    """A landscape page: rec boxes on the left, action boxes on the right, a translucent band
    from each rec box's right side to the left side of each action box it joins (bands: ref ->
    recommendation; default each action's own)."""
    buf = io.BytesIO()
    W, H = landscape(A4)
    c = Canvas(buf, pagesize=(W, H), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, H - 40, "How our recommendations flow into action")
    lx, lw, rx, rw = 36.0, 220.0, 480.0, 320.0
    top = H - 80
    act_box: dict[str, tuple[float, float]] = {}
    y = top
    for ref, *_ in ACTIONS:
        act_box[ref] = (y, y - 60)
        y -= 75
    links = bands or {a[0]: a[5] for a in ACTIONS}
    rec_box: dict[str, tuple[float, float]] = {}
    ry = top
    for num in RECS:
        rec_box[num] = (ry, ry - 80)
        ry -= 160
    for num, text in RECS.items():
        y0, y1 = rec_box[num]
        mine = [ref for ref in act_box if links.get(ref) == num]
        sl = (y0 - y1) / max(1, len(mine))
        for j, ref in enumerate(mine):
            a0, a1 = act_box[ref][0] - 3, act_box[ref][1] + 3
            b0, b1 = y0 - j * sl, y0 - (j + 1) * sl
            x0, x1 = lx + lw, rx
            xm = (x0 + x1) / 2
            p = c.beginPath()
            p.moveTo(x0, b0)
            p.curveTo(xm, b0, xm, a0, x1, a0)
            p.lineTo(x1, a1)
            p.curveTo(xm, a1, xm, b1, x0, b1)
            p.close()
            c.setFillColor(colors.HexColor(BAND[num]), alpha=0.35)
            c.setStrokeColor(colors.HexColor(BAND[num]), alpha=0.6)
            c.drawPath(p, stroke=1, fill=1)
        c.setFillColor(colors.white, alpha=1)
        c.setStrokeColor(colors.HexColor(BAND[num]), alpha=1)
        c.rect(lx, y1, lw, y0 - y1, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(lx + 8, y0 - 14, f"Recommendation {num}")
        c.setFont("Helvetica", 9)
        c.drawString(lx + 8, y0 - 27, text[:45])
        c.drawString(lx + 8, y0 - 39, text[45:])
    for ref, text, owner, due, status, _ in ACTIONS:
        y0, y1 = act_box[ref]
        c.setFillColor(colors.HexColor("#FAFAFA"))
        c.setStrokeColor(colors.grey)
        c.rect(rx, y1, rw, y0 - y1, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawString(rx + 6, y0 - 14, f"{ref} {text}")
        c.setFont("Helvetica", 7)
        c.drawString(rx + 6, y0 - 30, f"Owner: {owner} · Due: {due} · Status: {status}")
    c.showPage()
    c.save()
    return buf.getvalue()


def _links(pdf: bytes) -> tuple[dict[str, list[str]], list[str]]:
    plan = extract_plan(parse_pdf_bytes(pdf, "sankey.pdf"))
    number = {r.id: r.number for r in plan.recommendations}
    got = {a.ref or "": [number[i] or "" for i in a.recommendations] for a in plan.actions}
    return got, [w.code for w in plan.warnings]


def test_crossing_bands_link_each_action_to_its_recommendation() -> None:
    got, codes = _links(_sankey_pdf())
    assert got == {a[0]: [a[5]] for a in ACTIONS}
    assert "plan_links_partial" not in codes


def test_an_action_no_band_reaches_is_said() -> None:
    bands = {a[0]: a[5] for a in ACTIONS if a[0] != "A3"}
    got, codes = _links(_sankey_pdf(bands))
    assert got["A1"] == ["2"] and got["A2"] == ["1"] and got["A4"] == ["1"]
    assert "plan_links_partial" in codes


def test_a_band_almost_level_is_a_band() -> None:
    """A recommendation's only action boxed level with it: the band runs almost level (its
    ends a few points apart) and still joins them; a rounded pill's ends are level exactly."""
    from tests.flow_diagrams import flow_pdf
    from tests.test_card_field_inks import LABELS, LEGEND, RECS, actions

    acts = actions()
    for a, rec in zip(acts, ["1", "2", "3", "2", "3", "2", "3"], strict=True):
        a.rec, a.text = rec, a.text.split(" and report")[0]
    plan = extract_plan(parse_pdf_bytes(flow_pdf(RECS, acts, LABELS, legend=LEGEND), "f.pdf"))
    number = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: [number[i] for i in a.recommendations] for a in plan.actions}
    assert got == {a.ref: [a.rec] for a in acts}
    assert "plan_links_partial" not in [w.code for w in plan.warnings]


def test_a_band_level_within_a_point_is_a_band() -> None:
    """A band whose two ends stand level within a point or two (the action boxed right across
    from its slice of the recommendation's box) joins them still: only a rounded pill's or
    tile's sides stand exactly level."""
    from tests.flow_diagrams import flow_pdf
    from tests.test_card_field_inks import LABELS, LEGEND, RECS, actions

    acts = actions()
    for a, rec in zip(acts, ["3", "1", "2", "3", "1", "2", "3"], strict=True):
        a.rec, a.text = rec, a.text.split(" and report")[0]
    plan = extract_plan(parse_pdf_bytes(flow_pdf(RECS, acts, LABELS, legend=LEGEND), "f.pdf"))
    number = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: [number[i] for i in a.recommendations] for a in plan.actions}
    assert got == {a.ref: [a.rec] for a in acts}
