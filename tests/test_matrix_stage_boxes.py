"""A matrix of action boxes: recommendations down the rows, stages of a service across, each
column headed by a box naming the stage and its lead, each action a rounded box in its
(recommendation, stage) cell: its ref behind a label of the plan's own ('Step-ref no. 2.1'), its
text, 'Looked after by: <owner>', 'Land by: <date>' and 'Momentum: <status>' printed in the
status's colour (words no vocabulary knows), perhaps a note. Each row is ruled right across above
and below, the rule a point or so under its tallest boxes (holdout64 rl-journey-stage-matrix).

Read before: the row's rule joined every box standing on it into one table of one row (its
cards read as one), the status inks were lost when a card's value cell was made anew, the
stage heads read as cards whose lead took the owner's role, an action opening with a status
word ('Complete all contacts within') lost that line as a status chip, a note's wrap
('embedded in practice') stood as the status, and a row carried over the page kept its stacks'
order (3.1, 3.3 then 3.2). Gold is what is printed: the owner is the box's, never a stage lead;
the status is the ink's colour; the actions in their recommendation's order, by number."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Ruling
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import off_rules

STAGES = ("First contact", "Assessment", "Protection", "In care", "Leaving care")
LEADS = ("Tobias Venn", "Philippa Strand", "Araminta Vosper", "Ignatius Okoye", "Ngozi Feather")
INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0", None: "#616161"}
TINT = {
    "green": "#E8F5E9",
    "amber": "#FFF3E0",
    "red": "#FFEBEE",
    "blue": "#E3F2FD",
    None: "#F5F5F5",
}
WORDS = {"green": "Moving well", "amber": "Wobbling", "red": "Stuck", "blue": "Finished",
         None: "Parked"}  # fmt: skip
RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's history",
    "2": "Strengthen the response to children who go missing from home or care",
    "3": "Increase the range of suitable homes for care leavers and improve pathway plans",
}
# (ref, stage column, text, owner, due, colour, note or None)
Act = tuple[str, int, str, str, str, str | None, str | None]
ACTIONS: list[Act] = [
    ("1.1", 1, "Include identity and cultural needs prompts in the assessment form",
     "Head of Service, Children in Care", "31st May. 2026", "amber", None),
    ("1.2", 0, "Complete all contacts within twenty-four hours and record the decision and its "
     "reasons", "Helen Markham", "8th Jun. 2027", "blue", "Audit shows improvement"),
    ("1.3", 3, "Quality assure a sample of assessments every month through the audit programme",
     "Designated Nurse", "6th Jul. 2026", "green", "Completed and embedded in practice"),
    ("2.1", 2, "Map the places where missing children are found and share the analysis",
     "Bethan Lloyd", "30th Jun. 2026", "red", "No lead in post since the restructure"),
    ("2.2", 4, "Give foster carers refreshed guidance on reporting a child missing",
     "Claire Whitby", "31st Jul. 2026", None, None),
    ("3.1", 4, "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
     "Owen Tremayne", "19th Sep. 2026", "green", "First cohort completed"),
    ("3.2", 4, "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
     "Owen Tremayne", "31st Jul. 2026", "amber", None),
    ("3.3", 0, "Agree a joint housing protocol with district councils for care leavers",
     "Amira Choudhury", "24th Jan. 2027", "red", None),
    ("3.4", 4, "Set up a care leavers' hub with drop-in advice on housing, money and health",
     "Amira Choudhury", "30th Nov. 2026", "blue", "Hub opened in March"),
]  # fmt: skip


def _matrix_pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    m, left = 12 * mm, 54 * mm
    col = (w - 2 * m - left) / len(STAGES)
    xs = [m + left + i * col for i in range(len(STAGES))]
    c = Canvas(buf, pagesize=(w, h), invariant=1)

    def head(y: float) -> float:
        hh = 14 * mm
        c.setFillColor(colors.HexColor("#22313F"))
        c.rect(m, y - hh, left, hh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.4)
        c.drawString(m + 2 * mm, y - 5.5 * mm, "What the inspectors asked")
        for x, stage, lead in zip(xs, STAGES, LEADS, strict=True):
            c.setFillColor(colors.HexColor("#DCEAF4"))
            c.rect(x, y - hh, col - 3 * mm, hh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 7.6)
            c.drawString(x + 4 * mm, y - 4.2 * mm, stage)
            c.setFont("Helvetica-Oblique", 6.6)
            c.drawString(x + 4 * mm, y - hh + 2 * mm, f"Stage lead: {lead}")
        return y - hh - 1 * mm

    def lines(a: Act) -> list[tuple[str, str, float]]:
        inner = col - 2 * 1.6 * mm - 2 * mm
        out = [("Helvetica-Bold", f"Step-ref no. {a[0]}", 7.2)]
        out += [("Helvetica", ln, 7.2) for ln in simpleSplit(a[2], "Helvetica", 7.2, inner)]
        for label, value in (("Looked after by", a[3]), ("Land by", a[4])):
            out += [("Helvetica", ln, 7.2)
                    for ln in simpleSplit(f"{label}: {value}", "Helvetica", 7.2, inner)]  # fmt: skip
        out.append(("Helvetica-Bold", f"Momentum: {WORDS[a[5]]}", 7.2))
        if a[6]:
            note = simpleSplit(f"Note: {a[6]}", "Helvetica-Oblique", 6.7, inner)
            out += [("Helvetica-Oblique", ln, 6.7) for ln in note]
        return out

    def box_h(a: Act) -> float:
        return len(lines(a)) * 8.6 + 2 * 1.6 * mm

    def box(a: Act, x: float, y: float) -> None:
        bh = box_h(a)
        c.setFillColor(colors.HexColor(TINT[a[5]]))
        c.setStrokeColor(colors.HexColor(INK[a[5]]))
        c.setLineWidth(0.7)
        c.roundRect(x + 1 * mm, y - bh, col - 2 * mm, bh, 1.5 * mm, stroke=1, fill=1)
        yy = y - 1.6 * mm - 6.4
        for font, text, size in lines(a):
            c.setFont(font, size)
            inked = text.startswith("Momentum:")
            c.setFillColor(colors.HexColor(INK[a[5]]) if inked else colors.black)
            c.drawString(x + 1 * mm + 1.6 * mm, yy, text)
            yy -= 8.6

    def rule(y: float) -> None:
        c.setStrokeColor(colors.HexColor("#90A4AE"))
        c.setLineWidth(0.6)
        c.line(m, y, w - m, y)

    c.setFont("Helvetica-Bold", 17)
    c.drawString(m, h - m - 12 * mm, "Improvement plan: the child's journey")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(m, h - m - 18 * mm, "Prepared by Honoria Tamsett for the Improvement Board.")
    y = head(h - m - 24 * mm)
    for num, text in RECS.items():
        stacks: list[list[Act]] = [[] for _ in STAGES]
        for a in ACTIONS:
            if a[0].split(".")[0] == num:
                stacks[a[1]].append(a)
        first = True
        for layer in range(max(len(s) for s in stacks)):
            cells = [s[layer] if layer < len(s) else None for s in stacks]
            lh = max(box_h(b) for b in cells if b is not None) + 1.5 * mm
            if y - lh < 13 * mm:  # the row goes on over the page
                rule(y)
                c.showPage()
                y = head(h - m)
                if not first:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(m + 2 * mm, y - 5 * mm, f"Recommendation {num} (continued)")
            if first:
                rule(y)
                c.setFillColor(colors.black)
                c.setFont("Helvetica-Bold", 8.6)
                c.drawString(m + 2 * mm, y - 5 * mm, f"Recommendation {num}")
                c.setFont("Helvetica", 7.6)
                for j, ln in enumerate(simpleSplit(text, "Helvetica", 7.6, left - 4 * mm)):
                    c.drawString(m + 2 * mm, y - 9 * mm - j * 9.2, ln)
                first = False
            for x, cell in zip(xs, cells, strict=True):
                if cell is not None:
                    box(cell, x, y - 1 * mm)
            y -= lh
        if num == "2":
            y = min(y, 13 * mm + 100)  # room for the last row's first boxes: it goes on over
    rule(y)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_matrix_boxes_are_read_one_action_each() -> None:
    plan = extract_plan(parse_pdf_bytes(_matrix_pdf(), "matrix.pdf"))
    recs = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.text, a.owner, a.due_raw, a.rag, a.progress, [recs[r] for r in a.recommendations])
        for a in plan.actions
    ]
    assert got == [
        (ref, text, owner, due, colour, note, [ref.split(".")[0]])
        for ref, _, text, owner, due, colour, note in sorted(ACTIONS)
    ]
    assert {r.number: r.text for r in plan.recommendations} == RECS
    # the status word no vocabulary knows and no ink rates ('Parked' in grey) is said unread
    unread = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(unread) == 1 and "'Parked' (1)" in unread[0] and "Moving well" not in unread[0]


def test_boxes_standing_on_a_rule_are_tables_of_their_own() -> None:
    """Two boxes whose feet lie a point over a rule running right across the row: each box is
    a group of rulings of its own, the rule none's."""
    boxes = [(100.0, 200.0), (210.0, 300.0)]
    hs = [Ruling(x0, y, x1, y) for x0, x1 in boxes for y in (50.0, 120.0)]
    vs = [Ruling(x, 50.0, x, 120.0) for x0, x1 in boxes for x in (x0, x1)]
    rule = Ruling(30.0, 121.0, 800.0, 121.0)
    groups = off_rules([*hs, rule], vs)
    assert sorted((g[0][0].x0, len(g[0]), len(g[1])) for g in groups) == [
        (100.0, 2, 2),
        (210.0, 2, 2),
    ]


def test_a_ruled_grid_is_no_boxes_on_a_rule() -> None:
    """A grid of two columns ruled right across: its rules cross its column lines, no box of
    its own width stands on them; it stays one group. So do cells bordered each apart, with
    no rule running past them."""
    hs = [Ruling(100.0, y, 300.0, y) for y in (50.0, 80.0, 120.0)]
    vs = [Ruling(x, 50.0, x, 120.0) for x in (100.0, 200.0, 300.0)]
    assert off_rules(hs, vs) == [(hs, vs)]
    apart_h = [
        Ruling(x0, y, x1, y) for x0, x1 in ((100.0, 200.0), (210.0, 300.0)) for y in (50.0, 120.0)
    ]
    apart_v = [Ruling(x, 50.0, x, 120.0) for x in (100.0, 200.0, 210.0, 300.0)]
    assert off_rules(apart_h, apart_v) == [(apart_h, apart_v)]
