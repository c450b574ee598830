"""A route strip of coloured sections, one per recommendation labelled at its left end ('R1'),
with the actions' numbers drawn on it as markers, each joined by a leader line to a callout box
above or below that prints the action (its number in bold, its owner, due date and status).
Nothing in a box names its recommendation: the section its marker sits in does. The actions
were read from the boxes with no recommendation, and nothing said so.

What is read: each action answers the recommendation of the section its marker sits in
(extractors.strip_sections); an action of such a page with no marker on the strip is named in
a plan_links_partial warning.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the quality of assessments for children in need", (0.12, 0.47, 0.71)),
    ("2", "Make sure that children's wishes are recorded in their plans", (0.85, 0.37, 0.01)),
]
# (ref, action, owner, status, recommendation)
ACTIONS = [
    ("1", "Hold monthly practice workshops on analysis", "Helen Markham", "Green", "1"),
    ("2", "Include identity prompts in the assessment form", "Ruth Kowalczyk", "Amber", "1"),
    ("3", "Ensure reviewing officers meet each child", "Sian Pritchard", "Red", "1"),
    ("4", "Record children's views in their own words", "Martin Hale", "Green", "2"),
    ("5", "Invite young inspectors to review services", "Fatima Rahman", "Amber", "2"),
]  # fmt: skip


def _pdf(markers: tuple[str, ...] = ("1", "2", "3", "4", "5"), shift: int = 0) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(34, 560, "Our improvement journey at a glance")
    y = 535.0
    for num, text, rgb in RECS:
        c.setFillColorRGB(*rgb)
        c.rect(34, y - 1, 14, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, f"R{num}")
        c.setFont("Helvetica", 8.5)
        c.drawString(54 + c.stringWidth(f"R{num}  ", "Helvetica-Bold", 8.5), y, text)
        y -= 14
    # the strip: R1 holds three markers, R2 two; sections as wide as their actions
    strip_bot, strip_h, x0, x1 = 290.0, 26.0, 34.0, 808.0
    marker_x: dict[str, float] = {}
    x = x0
    for num, _, rgb in RECS:
        mine = [a for a in ACTIONS if a[4] == num]
        w = (x1 - x0) * len(mine) / len(ACTIONS)
        c.setFillColorRGB(*rgb)
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(1.5)
        c.rect(x, strip_bot, w, strip_h, stroke=1, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 4, strip_bot + 9.6, f"R{int(num) + shift}")
        step = (w - 28) / len(mine)
        for j, a in enumerate(mine):
            marker_x[a[0]] = x + 28 + step * (j + 0.5)
        x += w
    # callout boxes: odd ones above the strip, even ones below, in columns of their own
    colw = (x1 - x0) / 3
    for k, (ref, text, owner, status, _) in enumerate(ACTIONS):
        up = k % 2 == 0
        bx = x0 + (k // 2) * colw + 4
        by = 400.0 if up else 120.0
        c.setStrokeColorRGB(0.45, 0.45, 0.45)
        c.setLineWidth(0.7)
        c.roundRect(bx, by, colw - 8, 60, 5, stroke=1, fill=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 7.8)
        c.drawString(bx + 6, by + 48, ref)
        c.setFont("Helvetica", 7.8)
        c.drawString(bx + 6 + c.stringWidth(f"{ref}  ", "Helvetica-Bold", 7.8), by + 48, text)
        c.setFont("Helvetica", 7)
        c.drawString(bx + 6, by + 34, f"Owner: {owner}")
        c.drawString(bx + 6, by + 24, f"Status: {status}")
        # the leader line to the marker
        mx, my = marker_x[ref], strip_bot + strip_h / 2
        c.setStrokeColorRGB(0.26, 0.26, 0.26)
        c.setLineWidth(0.6)
        c.line(bx + (colw - 8) / 2, by if up else by + 60, mx, my)
    for ref in markers:  # the markers, over the lines
        mx, my = marker_x[ref], strip_bot + strip_h / 2
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0, 0, 0)
        c.circle(mx, my, 9.6, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(mx, my - 3, ref)
    c.showPage()
    c.save()
    return buf.getvalue()


def _links(pdf: bytes) -> tuple[dict[str | None, list[str]], list[str]]:
    result = extract_plan(parse_pdf_bytes(pdf, "route.pdf"))
    # the recommendation by its text (its number may read 'R1' or '1': the key's, not ours)
    by_text = {text: num for num, text, _ in RECS}
    number = {r.id: by_text.get(r.text, r.text) for r in result.recommendations}
    links = {a.ref: [number[r] for r in a.recommendations] for a in result.actions}
    return links, [w.code for w in result.warnings]


def test_each_action_answers_the_section_its_marker_sits_in() -> None:
    links, codes = _links(_pdf())
    assert links == {ref: [rec] for ref, _, _, _, rec in ACTIONS}
    assert "plan_links_partial" not in codes


def test_an_action_with_no_marker_on_the_strip_is_said() -> None:
    links, codes = _links(_pdf(markers=("1", "2", "3", "4")))
    assert links["4"] == ["2"]
    assert "plan_links_partial" in codes


def test_markers_in_sections_naming_no_recommendation_read_are_said() -> None:
    _, codes = _links(_pdf(shift=6))  # 'R7', 'R8': no recommendation of the key
    assert "plan_links_partial" in codes
