"""A plan exported from a mind-mapping tool: a central topic, the recommendations as coloured
rounded branch shapes (white text: 'Area 1' and its sentence) joined to it by curves, and at
each branch its action topics, loose lines one under another ('1.1 <text>', 'Lead: <owner> ·
By: <date>', 'RAG: <status>', 'Note: <update>'); the topics left of the centre right-aligned.
A priority disc with a digit and a dashed callout stand beside some topics and branches. No
table is drawn and the connectors are curves.

What is read: each topic once, with its owner, date, status and note; the branch its ref names
is the recommendation it answers, a branch too tall to be read as a tile included; the centre,
the discs and the callouts are no actions.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.topic_map import topic_table
from plantrace.pipeline.reader import parse_pdf_bytes

# (number, sentence, colour, [(ref, text, owner, date, iso, status, note)])
BRANCHES = [
    ("1", ["Strengthen the help given to families", "at the first sign of need"], "#2E7D32",
     [("1.1", "Open two family hubs in the north of the borough", "Head of Early Help",
       "30 June 2027", "2027-06-30", "On track", "Sites agreed with the landlord"),
      ("1.2", "Train all hub staff in the family assessment", "Workforce Lead",
       "31 March 2027", "2027-03-31", "Delayed", "")]),
    ("2", ["Improve the quality of plans", "for children in need"], "#1565C0",
     [("2.1", "Audit forty plans each quarter with the practice group", "Principal Social Worker",
       "31 December 2027", "2027-12-31", "Complete", ""),
      ("2.2", "Rewrite the plan template with families", "Service Manager",
       "30 September 2027", "2027-09-30", "Off track", "")]),
    ("3", ["Reduce the caseloads of social workers", "in the assessment teams"], "#6A1B9A",
     [("3.1", "Recruit eight permanent social workers", "Assistant Director",
       "31 January 2028", "2028-01-31", "On track", ""),
      ("3.2", "Convert agency posts to permanent posts", "Head of Service",
       "31 May 2027", "2027-05-31", "Delayed", "Two posts filled in May")]),
    ("4", ["Make sure that the views of children are", "heard in every review and are recorded",
           "in their own words, and that what they", "say is seen to change the plans made",
           "for them by their social workers and", "by the independent reviewing officers"],
     "#EF6C00",
     [("4.1", "Meet each child alone before their review", "Reviewing Manager",
       "31 October 2027", "2027-10-31", "On track", ""),
      ("4.2", "Publish what children told us each quarter", "Participation Lead",
       "30 April 2027", "2027-04-30", "Complete", "")]),
]  # fmt: skip
RAG = {"On track": "green", "Delayed": "amber", "Complete": "blue", "Off track": "red"}


def _branch(c: canvas.Canvas, x: float, top: float, num: str, lines: list[str], col: str) -> float:
    h = 16 + 10 * len(lines)
    c.setFillColor(HexColor(col))
    c.roundRect(x, top - h, 160, h, 8, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x + 8, top - 12, f"Area {num}")
    c.setFont("Helvetica", 8)
    for k, text in enumerate(lines):
        c.drawString(x + 8, top - 23 - 10 * k, text)
    return top - h / 2


def _topic(c: canvas.Canvas, x: float, top: float, right: bool, act: tuple[str, ...]) -> float:
    ref, text, owner, date, _, status, note = act
    sep = " · " if not right else " | "
    rows = [(f"{ref} {text}", "Helvetica"), (f"Lead: {owner}{sep}By: {date}", "Helvetica"),
            (f"RAG: {status}", "Helvetica")]  # fmt: skip
    if note:
        rows.append((f"Note: {note}", "Helvetica-Oblique"))
    c.setFillColor(HexColor("#212121"))
    for k, (line, font) in enumerate(rows):
        c.setFont(font, 8)
        y = top - 9 - 10 * k
        if right:
            c.drawRightString(x + 250, y, line)
        else:
            c.drawString(x, y, line)
    bottom = top - 12 - 10 * len(rows)
    c.line(x, bottom, x + 250, bottom)
    return bottom


def _curve(c: canvas.Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    path = c.beginPath()
    path.moveTo(x0, y0)
    mx = (x0 + x1) / 2
    path.curveTo(mx, y0, mx, y1, x1, y1)
    c.drawPath(path, stroke=1, fill=0)


Branches = list[tuple[str, list[str], str, list[tuple[str, str, str, str, str, str, str]]]]


def _pdf(branches: Branches = BRANCHES) -> bytes:
    buf = io.BytesIO()
    W, H = landscape(A3)
    cx = W / 2
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(34, H - 40, "Borough Council - Children's Services Improvement Plan")
    c.setFont("Helvetica", 8)
    c.drawString(34, H - 55, "Map exported 02/05/2027 by the programme office")
    c.setFillColor(HexColor("#FFF8E1"))
    c.roundRect(cx - 70, H / 2 - 30, 140, 60, 6, stroke=1, fill=1)
    c.setFillColor(HexColor("#212121"))
    c.drawCentredString(cx, H / 2 + 5, "Improvement Plan")
    c.drawCentredString(cx, H / 2 - 8, "Sponsor: Jo Bright")
    for side, group in ((1, branches[:2]), (-1, branches[2:])):
        right = side < 0
        top = H - 110
        for num, lines, col, acts in group:
            bx = cx + 90 if not right else cx - 90 - 160
            mid = _branch(c, bx, top, num, lines, col)
            c.setStrokeColor(HexColor(col))
            c.setLineWidth(3)
            _curve(c, cx + side * 70, H / 2, bx if not right else bx + 160, mid)
            if num == "1":
                c.setDash(2, 1.5)
                c.setLineWidth(0.6)
                c.roundRect(bx + 10, mid - 70, 140, 20, 4, stroke=1, fill=0)
                c.setDash()
                c.setFont("Helvetica-Oblique", 7)
                c.drawCentredString(bx + 80, mid - 63, "Linked to partnership priority 2")
            tx = cx + 300 if not right else cx - 300 - 250
            ttop = top
            for k, act in enumerate(acts):
                bottom = _topic(c, tx, ttop, right, act)
                c.setLineWidth(1)
                _curve(c, bx + 160 if not right else bx, mid, tx if not right else tx + 250, bottom)
                if k == 0:  # a priority disc
                    px = tx - 12 if not right else tx + 262
                    c.setFillColor(HexColor("#37474F"))
                    c.circle(px, ttop - 6, 6, stroke=0, fill=1)
                    c.setFillColor(white)
                    c.setFont("Helvetica-Bold", 7)
                    c.drawCentredString(px, ttop - 8.5, str(k + 1))
                ttop = bottom - 14
            top = min(ttop, top - 120) - 40
    c.save()
    return buf.getvalue()


def test_each_topic_is_an_action_with_its_fields() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "map.pdf"))
    got = {
        a.ref: (a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag, a.progress)
        for a in result.actions
    }
    want = {
        ref: (text, owner, iso, RAG[status], note or None)
        for _, _, _, acts in BRANCHES
        for ref, text, owner, _, iso, status, note in acts
    }
    assert got == want
    assert [a.ref for a in result.actions] == [a[0] for *_, acts in BRANCHES for a in acts]


def test_each_topic_answers_the_branch_its_ref_names() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "map.pdf"))
    recs = {r.id: r for r in result.recommendations}
    assert sorted((r.number, r.text) for r in recs.values()) == [
        (num, " ".join(lines)) for num, lines, _, _ in BRANCHES
    ]
    for a in result.actions:
        assert [recs[i].number for i in a.recommendations] == [a.ref.split(".")[0]]


def test_a_page_of_no_branch_shapes_is_left_to_the_other_readers() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A3))
    c.setFont("Helvetica", 8)
    for k, line in enumerate(["1.1 Open two family hubs", "Lead: Head of Early Help",
                              "RAG: On track", "1.2 Train hub staff", "Lead: Workforce Lead",
                              "RAG: Delayed"]):  # fmt: skip
        c.drawString(60, 700 - 10 * k, line)
    c.save()
    doc = parse_pdf_bytes(buf.getvalue(), "list.pdf")
    assert topic_table(doc.pages[0]) is None


def test_a_topic_whose_ref_names_no_branch_is_joined_by_place_and_said() -> None:
    # the second topic of branch 2 numbered as if it answered an area the map does not show
    num, lines, col, acts = BRANCHES[1]
    moved = [BRANCHES[0], (num, lines, col, [acts[0], ("7.2", *acts[1][1:])]), *BRANCHES[2:]]
    result = extract_plan(parse_pdf_bytes(_pdf(moved), "map.pdf"))
    recs = {r.id: r.number for r in result.recommendations}
    by_ref = {a.ref: [recs[i] for i in a.recommendations] for a in result.actions}
    assert by_ref["7.2"] == ["2"]  # the branch it stands at
    said = [w for w in result.warnings if w.code == "topic_branch_by_place"]
    assert len(said) == 1 and "7.2" in said[0].message
    clean = extract_plan(parse_pdf_bytes(_pdf(), "map.pdf"))
    assert not [w for w in clean.warnings if w.code == "topic_branch_by_place"]
