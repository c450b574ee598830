"""A plan drawn as a treemap read whole (extractors.drawn_cards, plan_kicker_cards,
container_heads): a dark rectangle per recommendation, headed inside by 'Recommendation N:
<text>', tiled by a rectangle per action whose first line runs its ref (bold) into its text,
then labelled lines (one label no vocabulary knows, before a date). The rectangles stand side
by side, so their heads and tiles share page lines; each tile must still be one action with
its own fields, and each rectangle's head the recommendation its tiles answer."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

RECS = [
    ("1", "Improve the quality of management oversight and supervision of social work"),
    (
        "2",
        "Strengthen the response to children who go missing from home or care so that return "
        "home interviews are offered promptly and used to reduce risk to each child",
    ),
]
TILES = {
    "1": [
        ("1.1", "Reduce team manager spans of control to seven", "Bethan Lloyd", "31.12.26",
         "Healthy"),
        ("1.2", "Publish a revised supervision standard with a recording template and a "
         "four-weekly minimum for reflective discussion in every team", "Martin Hale",
         "30.04.27", "Critical"),
    ],
    "2": [
        ("2.1", "Offer every child a return home interview within three days", "Ruth Kowalczyk",
         "28.02.27", "Healthy"),
        ("2.2", "Hold a monthly missing children panel chaired by the head of service",
         "Leon Fairweather", "30.09.27", "Strained"),
    ],
}  # fmt: skip
TINT = {"Healthy": "#D5ECD4", "Critical": "#F6CACA", "Strained": "#FBE7B5"}


def _treemap(path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    width, height = landscape(A4)
    c = Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, height - 50, "Our improvement plan at a glance")
    head_style = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8.5, leading=10,
                                textColor=colors.white)  # fmt: skip
    tile_style = ParagraphStyle("t", fontName="Helvetica", fontSize=9, leading=10.6)
    top, bottom = height - 70, 30.0
    left = 40.0
    weights = [(0.52, (0.55, 0.45)), (0.48, (0.4, 0.6))]  # tiles at unequal heights
    for (num, text), (share, splits) in zip(RECS, weights, strict=True):
        w = (width - 80) * share
        head = Paragraph(f"Recommendation {num}: {text}", head_style)
        _, hh = head.wrap(w - 12, top - bottom)
        c.setFillColor(colors.HexColor("#37474F"))
        c.rect(left, bottom, w, top - bottom, stroke=0, fill=1)
        head.drawOn(c, left + 6, top - 4 - hh)
        ty = top - hh - 9
        room = ty - bottom - 3
        for (ref, action, owner, due, status), split in zip(TILES[num], splits, strict=True):
            th = room * split
            c.setFillColor(colors.HexColor(TINT[status]))
            c.setStrokeColor(colors.white)
            c.rect(left + 3, ty - th, w - 6, th, stroke=1, fill=1)
            yy = ty - 5
            c.setFillColor(colors.black)
            for t in (f"<b>{ref}</b> {action}", f"Driver: {owner}", f"Expected: {due}",
                      f"Signal: <b>{status}</b> (weighting 5)"):  # fmt: skip
                p = Paragraph(t, tile_style)
                _, ph = p.wrap(w - 24, th)
                p.drawOn(c, left + 12, yy - ph)
                yy -= ph + 1
            ty -= th
        left += w
    c.showPage()
    c.save()


def test_each_tile_is_one_action_linked_to_its_rectangles_head(tmp_path: Path) -> None:
    from plantrace.extractors.plan import extract_plan
    from plantrace.pipeline.reader import parse_pdf

    pdf = tmp_path / "treemap.pdf"
    _treemap(pdf)
    plan = extract_plan(parse_pdf(pdf))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1", "2.2"]
    got = {a.ref: a for a in plan.actions}
    assert got["1.1"].text == "Reduce team manager spans of control to seven"
    assert got["2.2"].text == (
        "Hold a monthly missing children panel chaired by the head of service"
    )
    assert got["1.2"].text == TILES["1"][1][1]  # its run-on line wraps the title
    assert got["1.1"].owner == "Bethan Lloyd"
    assert got["2.2"].owner == "Leon Fairweather"
    assert got["1.2"].due_raw == "30.04.27"  # 'Expected:': a label read by the date it holds
    assert got["2.1"].due_raw == "28.02.27"
    assert got["1.1"].rag == "green"
    assert got["1.2"].rag == "red"
    assert got["2.2"].rag == "amber"
    recs = {r.id: r for r in plan.recommendations}
    assert sorted(r.number for r in recs.values()) == ["1", "2"]
    by_number = {r.number: r.text for r in recs.values()}
    assert by_number["1"] == RECS[0][1]
    assert by_number["2"] == RECS[1][1]  # words inside its own rectangle only
    for a in plan.actions:
        assert [recs[r].number for r in a.recommendations] == [a.ref[0]]
