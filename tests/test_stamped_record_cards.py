"""An action register of boxed record cards, printed by ReportLab: each card a ruled box with a
dark head strip of labelled keys parted by a bar ('Ref: T01 | Rec ref: R2'), then the action's
text, a line of two fields ('Lead officer: ...  Deadline: ...') and, on some cards, an italic
update. The status is a rubber stamp: the word in capitals in a double-ruled rounded box, drawn
TURNED a few degrees, in its status colour, on the card's right; pdfium reads a turned run into
whatever line it overlaps.

What is read: one action per card (the head strip is no action of its own), its ref and its
recommendation from the head strip, its text whole (no stamp word in it), owner and due date
whole from the two-field line (two cards of one owner on a page: the owner's name is no part of
the next label), and its status from the stamp.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline import reader
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.turned_runs import split_turned_runs

STAMPS = {"ON TRACK": "#1e7b34", "DELAYED": "#b86e00", "OFF TRACK": "#b3261e", "DONE": "#1d4f91"}

# ref, rec, text lines, owner, due as printed, stamp, stamp angle, update
PAGE_1 = [
    ("T01", "R1", ["Agree a joint protocol with the police on attendance at strategy",
                   "discussions and review it every quarter"],
     "Head of Safeguarding", "30 June 2026", "ON TRACK", 12, "Protocol drafted"),
    ("T02", "R1", ["Audit thirty strategy discussions and share the learning"],
     "Principal Social Worker", "31 March 2026", "OFF TRACK", -10, None),
    ("T03", "R2", ["Recruit twelve foster carers through a regional campaign"],
     "Fostering Manager", "30 September 2026", "DELAYED", 8, "Campaign launched"),
]  # fmt: skip
PAGE_2 = [
    ("T04", "R2", ["Publish a sufficiency strategy agreed with health partners"],
     "Amira Choudhury", "31 January 2027", "DONE", 15, None),
    ("T05", "R2", ["Open a second children's home for young people with complex needs"],
     "Amira Choudhury", "31 May 2027", "ON TRACK", -10, None),
]  # fmt: skip
RAG = {"ON TRACK": "green", "DELAYED": "amber", "OFF TRACK": "red", "DONE": "blue"}
DUE = {"30 June 2026": "2026-06-30", "31 March 2026": "2026-03-31",
       "30 September 2026": "2026-09-30", "31 January 2027": "2027-01-31",
       "31 May 2027": "2027-05-31"}  # fmt: skip


def _stamp(c: canvas.Canvas, x: float, y: float, word: str, angle: float) -> None:
    colour = HexColor(STAMPS[word])
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColor(colour)
    c.setFillColor(colour)
    width = c.stringWidth(word, "Helvetica-Bold", 10.5) + 8
    c.roundRect(-width / 2, -6, width, 17, 3, stroke=1, fill=0)
    c.roundRect(-width / 2 + 2, -4, width - 4, 13, 2, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawCentredString(0, -1, word)
    c.restoreState()


def _card(c: canvas.Canvas, top: float, card: tuple) -> float:  # type: ignore[type-arg]
    ref, rec, text, owner, due, stamp, angle, update = card
    height = 40 + 12 * len(text) + (12 if update else 0)
    c.setStrokeColor(HexColor("#444444"))
    c.rect(48, top - height, 500, height, stroke=1, fill=0)
    c.setFillColor(HexColor("#2b3a42"))
    c.rect(48, top - 18, 500, 18, stroke=1, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(54, top - 12, f"Ref: {ref}  |  Rec ref: {rec}")
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica", 9)
    y = top - 32
    for line in text:
        c.drawString(54, y, line)
        y -= 12
    c.setFont("Helvetica-Bold", 8)
    c.drawString(54, y - 2, "Lead officer:")
    c.setFont("Helvetica", 8)
    c.drawString(54 + c.stringWidth("Lead officer: ", "Helvetica-Bold", 8), y - 2, owner)
    x = 54 + c.stringWidth(f"Lead officer: {owner}    ", "Helvetica", 8)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x, y - 2, "Deadline:")
    c.setFont("Helvetica", 8)
    c.drawString(x + c.stringWidth("Deadline: ", "Helvetica-Bold", 8), y - 2, due)
    if update:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(54, y - 14, f"Update: {update}")
    _stamp(c, 480, top - 18 - (height - 18) / 2, stamp, angle)
    return top - height - 10


def _register() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(54, 790, "Eastmoor Council - Children's Services Action Register")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(54, 760, "Recommendations")
    c.setFont("Helvetica", 9)
    c.drawString(54, 745, "R1 Make sure that strategy discussions involve the police and health.")
    c.drawString(54, 732, "R2 Increase the range of homes for children in care.")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(54, 705, "Action cards")
    top = 690.0
    for card in PAGE_1:
        top = _card(c, top, card)
    c.showPage()
    top = 800.0
    for card in PAGE_2:
        top = _card(c, top, card)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(54, top - 10, "Stamps in use: ON TRACK, DELAYED, OFF TRACK, DONE.")
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "register.pdf"))


def test_turned_stamp_is_a_line_of_its_own() -> None:
    doc = parse_pdf_bytes(_register(), "register.pdf")
    texts = [ln.text for p in doc.pages for ln in p.lines]
    for word in STAMPS:
        assert word in texts  # never glued to the text or the fields line it overlaps
    assert not any(t != w and t.endswith(w) for t in texts for w in STAMPS if "use:" not in t)
    stamp = next(ln for ln in doc.pages[0].lines if ln.text == "ON TRACK")
    assert [w.text for w in stamp.words] == ["ON", "TRACK"]
    assert stamp.colour == "#1e7b34"


def test_record_cards_read_one_action_each_with_stamp_status() -> None:
    plan = _read(_register())
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        (ref, " ".join(text), owner, DUE[due], RAG[stamp])
        for ref, _, text, owner, due, stamp, _, _ in [*PAGE_1, *PAGE_2]
    ]
    progress = {a.ref: a.progress for a in plan.actions}
    assert progress["T01"] == "Protocol drafted"
    assert progress["T02"] is None


def test_head_strip_gives_the_recommendation_link() -> None:
    plan = _read(_register())
    numbers = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [numbers.get(x, x) for x in a.recommendations] for a in plan.actions}
    assert links == {"T01": ["1"], "T02": ["1"], "T03": ["2"], "T04": ["2"], "T05": ["2"]}


def _unread(texts: list[str], statuses: list[str]) -> list[str]:
    from plantrace.extractors.plan_columns import Element
    from plantrace.extractors.status_unread import printed_status_warnings
    from plantrace.models.plan import Action
    from plantrace.pipeline.document import Line
    from tests.factories import prov

    lines = [
        Line(t, (54.0, 100.0 + 20 * k, 300.0, 110.0 + 20 * k), 9.0, False, 1, k)
        for k, t in enumerate(statuses)
    ]
    elements = [Element(1, 100.0, lines=lines)] if lines else []
    actions = [
        Action(id=f"a{k}", ref=f"T0{k}", text=t, provenance=prov("0" * 64, 1))
        for k, t in enumerate(texts, 1)
    ]
    return [w.code for w in printed_status_warnings(elements, actions)]


def test_statuses_printed_but_read_for_no_action_are_said() -> None:
    texts = ["Audit thirty strategy discussions", "Recruit twelve foster carers"]
    # stamps read as lines of their own, beside the cards
    assert _unread(texts, ["ON TRACK", "DELAYED"]) == ["plan_status_unread"]
    # stamps run into the action's text
    glued = [f"{texts[0]} OFF TRACK", f"{texts[1]} NOT STARTED"]
    assert _unread(glued, []) == ["plan_status_unread"]
    # no status printed: an unrated plan, and nothing to say
    assert _unread(texts, ["Stamps in use: ON TRACK, DELAYED"]) == []
    assert _unread([f"{texts[0]} in the AMBER zone", texts[1]], []) == []


def test_line_past_the_page_text_is_kept_as_read() -> None:
    # a strange PDF whose text is shorter than pdfium's char count: the lines past its end are
    # kept as read, no IndexError
    pdf = pdfium.PdfDocument(_register())
    page, textpage = reader._upright_page(pdf, 0)
    try:
        height = page.get_size()[1]
        lines = reader._lines(textpage, 1, height)
        full = reader._page_text(textpage)
        short = full[: len(full) // 2]
        out = split_turned_runs(textpage, lines, height, reader._is_bold, lambda _: short)
        late = [ln.text for ln in lines if ln.span is not None and ln.span[1] > len(short)]
        assert late and all(t in [ln.text for ln in out] for t in late)
    finally:
        textpage.close()
        page.close()
        pdf.close()
