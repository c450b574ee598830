"""A route-strip plan printed a page at a time: each page keys only the recommendations its own
actions answer ('R1', 'R2' on the first page, 'R3', 'R4' on the second, 'R5' alone on the
third, under the title '(continued)'), draws a strip of coloured sections (one per recommendation on the page, ONE
band where the page answers one recommendation) with the actions' numbers as markers, and
prints the actions in callout boxes above and below it ('<n> <text>', owner, due, status).

Before: the continued page's key was not read as a key (a key was read only where it numbered
1, 2 ..), its tag line read as a heading that kept its letter ('R3' beside '1', '2': no one
numbering, so no action's link matched recommendation 3), and a one-band strip was no strip
(its actions linked by place or not at all). The strip's own labels ('R1 1 2 3 R2 4 5') could
read as a numbered heading, one recommendation too many.

What is read: the key over both pages (tagged_key.key_listed), one numbering (1, 2, 3), each
action linked by the section its marker sits in, the one-band strip too
(strip_sections._lone_sections); no heading of numbers and codes alone
(plan_recommendations.heading).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_recommendations import heading
from plantrace.extractors.strip_sections import link_by_strip_sections
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": ("Improve the quality of assessments for children in need", (0.12, 0.47, 0.71)),
    "2": ("Make sure that children's wishes are recorded in their plans", (0.85, 0.37, 0.01)),
    "3": ("Build a stable and skilled social work workforce with less agency use", (0.46, 0.44, 0.7)),
    "4": ("Strengthen the response to children who go missing from home", (0.1, 0.6, 0.47)),
    "5": ("Improve the timeliness of decisions at the front door", (0.9, 0.16, 0.54)),
}  # fmt: skip
# (ref, action, owner, status, recommendation)
ACTIONS = [
    ("1", "Hold monthly practice workshops on analysis", "Helen Markham", "Green", "1"),
    ("2", "Include identity prompts in the assessment form", "Ruth Kowalczyk", "Amber", "1"),
    ("3", "Ensure reviewing officers meet each child", "Sian Pritchard", "Red", "1"),
    ("4", "Record children's views in their own words", "Martin Hale", "Green", "2"),
    ("5", "Invite young inspectors to review services", "Fatima Rahman", "Amber", "2"),
    ("6", "Introduce a career pathway for practice experts", "Tom Ellery", "Green", "3"),
    ("7", "Hold exit interviews with every leaver", "Amira Choudhury", "Red", "3"),
    ("8", "Convert agency posts to permanent posts", "Joseph Mensah", "Amber", "4"),
    ("9", "Hold a monthly missing children panel", "Helen Markham", "Green", "4"),
    ("10", "Run weekly threshold clinics with partners", "Ruth Kowalczyk", "Amber", "5"),
    ("11", "Audit repeat contacts to the front door", "Sian Pritchard", "Red", "5"),
    ("12", "Publish the threshold guidance for partners", "Martin Hale", "Green", "5"),
]  # fmt: skip
PAGES = [("1", "2"), ("3", "4"), ("5",)]  # the recommendations each page answers


def _page(c: canvas.Canvas, recs: tuple[str, ...], title: str) -> None:
    c.setFont("Helvetica-Bold", 15)
    c.drawString(34, 560, title)
    y = 535.0
    for num in recs:
        text, rgb = RECS[num]
        c.setFillColorRGB(*rgb)
        c.rect(34, y - 1, 14, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, f"R{num}")
        c.setFont("Helvetica", 8.5)
        c.drawString(54 + c.stringWidth(f"R{num}  ", "Helvetica-Bold", 8.5), y, text)
        y -= 14
    mine = [a for a in ACTIONS if a[4] in recs]
    strip_bot, strip_h, x0, x1 = 290.0, 26.0, 34.0, 808.0
    marker_x: dict[str, float] = {}
    x = x0
    for num in recs:
        theirs = [a for a in mine if a[4] == num]
        w = (x1 - x0) * len(theirs) / len(mine)
        c.setFillColorRGB(*RECS[num][1])
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(1.5)
        c.rect(x, strip_bot, w, strip_h, stroke=1, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 4, strip_bot + 9.6, f"R{num}")
        step = (w - 28) / len(theirs)
        for j, a in enumerate(theirs):
            marker_x[a[0]] = x + 28 + step * (j + 0.5)
        x += w
    colw = (x1 - x0) / 3
    for k, (ref, text, owner, status, _) in enumerate(mine):
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
        mx, my = marker_x[ref], strip_bot + strip_h / 2
        c.setStrokeColorRGB(0.26, 0.26, 0.26)
        c.setLineWidth(0.6)
        c.line(bx + (colw - 8) / 2, by if up else by + 60, mx, my)
    for ref, mx in marker_x.items():
        my = strip_bot + strip_h / 2
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0, 0, 0)
        c.circle(mx, my, 9.6, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(mx, my - 3, ref)
    c.showPage()


def _pdf(pages: Sequence[tuple[str, ...]] = PAGES) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    _page(c, pages[0], "Our improvement journey at a glance")
    for recs in pages[1:]:
        _page(c, recs, "Our improvement journey at a glance (continued)")
    c.save()
    return buf.getvalue()


def test_the_continued_key_is_read_in_one_numbering_and_every_action_linked() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "route.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == [
        (num, text) for num, (text, _) in RECS.items()
    ]
    number = {r.id: r.number for r in result.recommendations}
    # by the action's text (a lone box's number is another test's)
    links = {
        re.sub(r"^\d+ ", "", a.text): [number[r] for r in a.recommendations] for a in result.actions
    }
    assert links == {text: [rec] for _, text, _, _, rec in ACTIONS}


def test_a_line_of_numbers_and_codes_is_no_recommendation_heading() -> None:
    assert heading("1 R1 2 3 4 5 R2") is None  # a strip's labels and markers read as one line
    assert heading("1. Reduce caseloads to 20 by 2025") == ("1", "Reduce caseloads to 20 by 2025")


def test_a_strip_of_one_band_places_its_markers() -> None:
    """The last page answers one recommendation: its strip is one filled band, 'R5' and the
    markers on it; its actions answer R5 by the band, whatever was read before."""
    doc = parse_pdf_bytes(_pdf(), "route.pdf")
    result = extract_plan(doc)
    unlinked = [a.model_copy(update={"recommendations": []}) for a in result.actions]
    linked, said = link_by_strip_sections(doc.pages, unlinked, result.recommendations)
    number = {r.id: r.number for r in result.recommendations}
    last = {a.ref: [number[r] for r in a.recommendations] for a in linked if a.provenance.page == 3}
    assert last.get("10") == ["5"] and last.get("12") == ["5"]


def test_a_lone_callout_box_takes_the_number_missing_from_the_others() -> None:
    """The last page's box below the strip stands alone in its row ('11 Audit repeat ..'): its
    number is the one missing from the actions' refs (gap_refs), no longer kept in its text."""
    result = extract_plan(parse_pdf_bytes(_pdf(), "route.pdf"))
    assert [(a.ref, a.text) for a in result.actions] == [(ref, text) for ref, text, *_ in ACTIONS]
    assert "plan_actions_doubtful" not in [w.code for w in result.warnings]


def test_a_continued_key_may_skip_a_recommendation_no_action_answers() -> None:
    """Pages keying R1, R2 then R4 alone: recommendation 3 has no actions here (its actions
    left out of the drawing), so the continued key opens at R4, not R3; it is read all the
    same."""
    answered = [a for a in ACTIONS if a[4] in ("1", "2", "4")]
    result = extract_plan(parse_pdf_bytes(_pdf([("1", "2"), ("4",)]), "route.pdf"))
    assert [r.number for r in result.recommendations] == ["1", "2", "4"]
    number = {r.id: r.number for r in result.recommendations}
    links = {a.ref: [number[r] for r in a.recommendations] for a in result.actions}
    assert links == {ref: [rec] for ref, _, _, _, rec in answered}
