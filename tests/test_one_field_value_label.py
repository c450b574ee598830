"""A box of one field is a card only under a label the boxes print, not under a value.

A strip of icons parted by gaps ('Sian Pritchard<gap>31-Jul-2026<gap>Complete') parts as a
field whose 'label' is the owner. Two cards of one owner made that owner a label two cards
share, and the owner's other boxes (their update line read as no field) were taken as cards of
one field: their owners and updates were lost and the other owners' boxes dropped. The boxes of
other owners part the same way under other 'labels' over a date: they outnumber the holders, so
the owner is no label (card_grid._one_field). An org chart's boxes printing 'By:' keep theirs.

End to end: a plan of action strips printed by reportlab, each a ruled box with a status tint
down its left side, the ref and text, then the owner, due and status each after a drawn icon
(a person, a calendar, a flag) and no label word, and the update in italics under them. One
owner leads many actions: without the guard her boxes were cards of one field (owner 'shared')
and most of the other owners' actions were lost.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from plantrace.extractors.card_grid import _one_field
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_cards import _label_of
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes


def _box(texts: list[str], top: float) -> list[Line]:
    return [
        Line(t, (40.0, top + 14 * k, 500.0, top + 14 * k + 10), 10.0, False, 1, k, words=[])
        for k, t in enumerate(texts)
    ]


def _run(boxes: list[list[Line]], fields: set[str]) -> set[int]:
    def is_field(ln: Line) -> bool:
        return _label_of(ln) in fields

    return _one_field(boxes, {0, 1}, is_field, _label_of)


def test_owner_strip_is_no_label() -> None:
    boxes = [
        _box(
            [
                "1.1 Escalate each strategy discussion",
                "Sian Pritchard:  31-Jul-2026 Complete",
                "Note: Monthly reports",
            ],
            0,
        ),
        _box(
            [
                "2.3 Offer a protected caseload",
                "Sian Pritchard:  31-Dec-2026 On track",
                "Note: Monthly reports",
            ],
            80,
        ),
        _box(["1.2 Agree a joint protocol", "Martin Hale:  30-Apr-2027 Some concerns"], 160),
        _box(
            [
                "1.3 Revise the template",
                "Sian Pritchard:  30-Sep-2026 Some concerns",
                "Recruitment under way",
            ],
            240,
        ),
        _box(["1.4 Run a multi-agency audit", "Grace Adebayo:  30-Jun-2026 Some concerns"], 320),
        _box(["2.2 Launch a campaign", "Amira Choudhury:  31-Mar-2027 Not started"], 400),
    ]
    assert _run(boxes, {"sian pritchard", "note"}) == set()


def test_printed_label_keeps_its_boxes() -> None:
    boxes = [
        _box(["1.1 Convert agency posts", "By: November 2027", "Latest: No lead in post"], 0),
        _box(["1.2 Launch a campaign", "By: June 2027", "Latest: Delayed"], 80),
        _box(["3.1 Apply thresholds", "By: January 2027 Progressing"], 160),
        _box(["4.2 Commission lodgings", "By: July 2027 Progressing"], 240),
        _box(["Improvement Board", "Chair: Imran Qureshi"], 320),
    ]
    assert _run(boxes, {"by", "latest"}) == {2, 3}


RECS = {
    "1": "Improve the timeliness and consistency of decisions at the front door so that children receive the right help at the right time",
    "2": "Improve the regularity and quality of management oversight and reflective supervision for social workers in the assessment and child in need teams",
    "3": "Reduce delay in achieving permanence for children in care, including through timely use of special guardianship and adoption",
    "4": "Increase the range of suitable accommodation for care leavers and improve the quality of pathway plans",
    "5": "Raise the quality of assessments and plans for children in need so that they reflect each child's identity, history and lived experience",
}
WORDS = {"Complete": "blue", "On track": "green", "Some concerns": "amber", "Off track": "red",
         "Not started": None}  # fmt: skip
TINT = {"green": "#00703C", "amber": "#F47738", "red": "#D4351C", "blue": "#1D70B8",
        None: "#505A5F"}  # fmt: skip
# ref, text, owner, due as printed, due read, status word, update
STRIPS = [
    ("1.1", "Publish a revised threshold document with partners and schools",
     "Grace Adebayo", "30-Nov-2025", "2025-11-30", "Complete",
     "Draft agreed by partners; sign-off due at the next board"),
    ("1.2", "Audit repeat referrals each quarter to learn why help did not last",
     "Amira Choudhury", "31-Mar-2025", "2025-03-31", "On track",
     "Delayed because of staff turnover; revised plan agreed"),
    ("1.3", "Complete all contacts within twenty-four hours and record the decision and its reasons",
     "Owen Tremayne", "30-Apr-2025", "2025-04-30", "Some concerns",
     "Recruitment under way; two posts filled"),
    ("1.4", "Apply consistent thresholds at the front door through weekly threshold clinics with partners",
     "Owen Tremayne", "31-May-2026", "2026-05-31", "Off track",
     "Pilot running in two teams; evaluation due"),
    ("2.1", "Introduce quarterly practice observations of every social worker by their manager",
     "Claire Whitby", "30-Nov-2025", "2025-11-30", "Complete",
     None),
    ("2.2", "Publish a revised supervision standard that sets a four-weekly minimum and a recording template for reflective discussion",
     "Amira Choudhury", "30-Jun-2026", "2026-06-30", "Off track",
     None),
    ("3.1", "Track the timeliness of care proceedings weekly through the legal gateway panel",
     "Fatima Rahman", "31-Mar-2026", "2026-03-31", "Some concerns",
     "Recruitment under way; two posts filled"),
    ("3.2", "Review all children placed with parents under a care order to decide whether the order is still needed",
     "Owen Tremayne", "31-Jan-2026", "2026-01-31", "Off track",
     "Draft agreed by partners; sign-off due at the next board"),
    ("3.3", "Hold a permanence planning meeting for every child by their second review",
     "Owen Tremayne", "30-Jun-2026", "2026-06-30", "On track",
     "First cohort completed; second cohort booked"),
    ("3.4", "Recruit twenty additional foster carers through a targeted local campaign",
     "Claire Whitby", "31-Jan-2026", "2026-01-31", "Some concerns",
     "Monthly reports now in place"),
    ("4.1", "Set up a care leavers' hub with drop-in advice on housing, money and health",
     "Claire Whitby", "31-Dec-2025", "2025-12-31", "Complete",
     "Draft agreed by partners; sign-off due at the next board"),
    ("4.2", "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
     "Owen Tremayne", "30-Apr-2026", "2026-04-30", "Some concerns",
     "First cohort completed; second cohort booked"),
    ("4.3", "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
     "Owen Tremayne", "31-May-2025", "2025-05-31", "Complete",
     "Delayed because of staff turnover; revised plan agreed"),
    ("4.4", "Commission fifteen supported lodgings places for young people leaving care",
     "Fatima Rahman", "30-Jun-2025", "2025-06-30", "Not started",
     "First cohort completed; second cohort booked"),
    ("5.1", "Redesign the child in need plan template with outcomes written in plain language for children and families",
     "Fatima Rahman", "30-Jun-2025", "2025-06-30", "Off track",
     "First cohort completed; second cohort booked"),
    ("5.2", "Introduce a practice standard that every assessment includes the child's own words and a chronology",
     "Grace Adebayo", "30-Nov-2025", "2025-11-30", "Off track",
     "Recruitment under way; two posts filled"),
    ("5.3", "Hold monthly practice workshops on writing analysis in assessments",
     "Claire Whitby", "31-Jul-2025", "2025-07-31", "Not started",
     "Monthly reports now in place"),
    ("5.4", "Review every child in need plan at least every three months in a multi-agency meeting",
     "Fatima Rahman", "31-Aug-2025", "2025-08-31", "On track",
     "Draft agreed by partners; sign-off due at the next board"),
]  # fmt: skip


def _icon(c: Canvas, kind: str, x: float, y: float, s: float, tint: str) -> None:
    """A person, a calendar or a flag in an s-by-s box whose lower left corner is (x, y)."""
    c.setStrokeColorRGB(0.25, 0.27, 0.3)
    c.setFillColorRGB(0.25, 0.27, 0.3)
    if kind == "person":
        c.circle(x + s / 2, y + s * 0.72, s * 0.2, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(x + s * 0.12, y)
        p.curveTo(x + s * 0.12, y + s * 0.5, x + s * 0.88, y + s * 0.5, x + s * 0.88, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "cal":
        c.setLineWidth(0.7)
        c.rect(x + s * 0.08, y, s * 0.84, s * 0.8, stroke=1, fill=0)
        c.rect(x + s * 0.08, y + s * 0.56, s * 0.84, s * 0.24, stroke=0, fill=1)
    else:
        c.setLineWidth(0.9)
        c.line(x + s * 0.2, y, x + s * 0.2, y + s)
        c.setFillColor(colors.HexColor(tint))
        p = c.beginPath()
        p.moveTo(x + s * 0.2, y + s)
        p.lineTo(x + s * 0.95, y + s * 0.78)
        p.lineTo(x + s * 0.2, y + s * 0.52)
        p.close()
        c.drawPath(p, stroke=0, fill=1)


def _footer(c: Canvas, margin: float) -> None:
    """The page's running footer and number, then a new page."""
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.black)
    c.drawString(margin, 9 * mm, "Children's Services Improvement Plan")
    c.drawRightString(A4[0] - margin, 9 * mm, str(c.getPageNumber()))
    c.showPage()


def _strips_pdf() -> bytes:
    buf = io.BytesIO()
    W, H = A4
    c = Canvas(buf, pagesize=A4)
    margin, icon = 18 * mm, 3.6 * mm
    width = W - 2 * margin
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    upd = ParagraphStyle("u", parent=body, fontName="Helvetica-Oblique", fontSize=8.5,
                         leading=11, textColor=colors.HexColor("#505A5F"))  # fmt: skip
    rech = ParagraphStyle("r", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14,
                          textColor=colors.white)  # fmt: skip
    y = H - margin
    c.setFont("Helvetica-Bold", 16)
    c.drawString(margin, y - 16, "Children's Services: Improvement Plan")
    c.setFont("Helvetica", 10)
    c.drawString(margin, y - 36, "Issued 26 April 2025. This plan sets out what we will do in"
                 " response to each recommendation of the inspection.")  # fmt: skip
    y -= 60
    # the key of the icons
    c.setFillColor(colors.HexColor("#F3F2F1"))
    c.rect(margin, y - 16 * mm, width, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(margin + 3 * mm, y - 5 * mm, "Key")
    c.setFont("Helvetica", 8.5)
    x, ly = margin + 3 * mm, y - 11 * mm
    for kind, word, rag in (("person", "Lead officer", None), ("cal", "Complete by", None),
                            *(("flag", w, w) for w in ("green", "amber", "red", "blue", "grey"))):  # fmt: skip
        _icon(c, kind, x, ly, icon, TINT.get(rag, "#505A5F"))
        c.setFillColor(colors.black)
        c.drawString(x + icon + 1.5 * mm, ly + 0.6 * mm, word)
        x += 38 * mm if kind != "flag" else 17 * mm
    y -= 20 * mm
    strip_w = width - 14 * mm
    for num, rec in RECS.items():
        band = Paragraph(f"Recommendation {num}: {rec}", rech)
        bh = band.wrap(width - 6 * mm, H)[1] + 4 * mm
        if y - bh - 30 * mm < margin + 6 * mm:
            _footer(c, margin)
            y = H - margin
        c.setFillColor(colors.HexColor("#1D3557"))
        c.rect(margin, y - bh, width, bh, stroke=0, fill=1)
        band.drawOn(c, margin + 3 * mm, y - bh + 2 * mm)
        y -= bh + 2.5 * mm
        for ref, text, owner, due, _, word, update in STRIPS:
            if not ref.startswith(f"{num}."):
                continue
            act = Paragraph(text, body)
            ah = act.wrap(strip_w, H)[1]
            up = Paragraph(update, upd) if update else None
            uh = up.wrap(strip_w, H)[1] + 1 * mm if up else 0.0
            sh = ah + uh + icon + 6 * mm
            if y - sh - 2 * mm < margin + 6 * mm:
                c.showPage()
                y = H - margin
            tint = TINT[WORDS[word]]
            c.setStrokeColor(colors.HexColor("#B1B4B6"))
            c.setFillColor(colors.white)
            c.setLineWidth(0.6)
            c.rect(margin, y - sh, width, sh, stroke=1, fill=1)
            c.setFillColor(colors.HexColor(tint))
            c.rect(margin, y - sh, 1.6 * mm, sh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(margin + 3.5 * mm, y - 2 * mm - 10, ref)
            act.drawOn(c, margin + 12 * mm, y - 2 * mm - ah)
            ly = y - 2 * mm - ah - 1.5 * mm - icon
            x = margin + 12 * mm
            c.setFont("Helvetica", 8.5)
            for kind, value in (("person", owner), ("cal", due), ("flag", word)):
                _icon(c, kind, x, ly, icon, tint)
                c.setFillColor(colors.black)
                c.drawString(x + icon + 1.5 * mm, ly + 0.6 * mm, value)
                x += icon + 4 * mm + c.stringWidth(value, "Helvetica", 8.5)
            if up:
                up.drawOn(c, margin + 12 * mm, ly - 1.5 * mm - (uh - 1 * mm))
            y -= sh + 2 * mm
        y -= 3 * mm
    _footer(c, margin)
    c.save()
    return buf.getvalue()


def test_icon_strips_of_one_owner_keep_every_action() -> None:
    plan = extract_plan(parse_pdf_bytes(_strips_pdf(), "icon-strips.pdf"))
    got = {a.ref: (a.owner, str(a.due_date), a.rag, a.progress) for a in plan.actions}
    assert got == {
        ref: (owner, iso, WORDS[word], update) for ref, _, owner, _, iso, word, update in STRIPS
    }
