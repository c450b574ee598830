"""Cards whose fields are small labels printed OVER their values, several pairs side by side
across the card (extractors/field_grid_cards.py), read end to end: classified as a plan, each
card an action with its ref, its text (in bold under its label), its owner, its due (not the
other date beside it: the labels say which is which, the due the later), its status and the
recommendation its code names through the key table on page 1.

A card's stub after a dashed line repeats the ref beside a person who issued the card: no owner.
Read as lines, a row of labels is one line and the row of values under it another: no card was
found, the plan was not even classified one and nothing was read.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.field_grid_cards import read_field_grid
from plantrace.extractors.plan import extract_plan
from plantrace.models.grades import DocumentKind
from plantrace.pipeline.classify import classify
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Improve the quality and timeliness of return home interviews",
    "Strengthen management oversight of children in need plans",
]

# ref, code, text, owner, raised (a distractor), due, status, gold rag
CARDS = [
    ("1.1", "R1", "Hold a weekly missing children panel with the police and schools",
     "Fatima Rahman", "02FEB26", "14MAY26", "On track", "green"),
    ("1.2", "R1", "Commission an independent return interview service for the county",
     "Ruth Kowalczyk", "09FEB26", "30SEP26", "Off track", "red"),
    ("2.1", "R2", "Audit twenty child in need plans every month through the practice board",
     "Amira Choudhury", "11MAR26", "NOV26", "At risk", "amber"),
    ("2.2", "R2", "Introduce a supervision template that records the manager's direction",
     "Tom Ellery", "16MAR26", "JAN27", "Complete", "blue"),
]  # fmt: skip
ISSUERS = ["Leopold Strachan", "Marguerite Okafor", "Desmond Pike", "Ingrid Solberg"]
PILLS = {"green": "#2E7D32", "red": "#C62828", "amber": "#E0A000", "blue": "#1565C0"}

W, H = 595.0, 842.0
CARD_H = 150.0


def _field(c: canvas.Canvas, x: float, y: float, label: str, value: str, size: float) -> None:
    c.setFillColor("#607D8B")
    c.setFont("Helvetica", 6.5)
    c.drawString(x, y, label)
    c.setFillColor("#000000")
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y - 12, value)


def _card(c: canvas.Canvas, top: float, k: int, framed: bool) -> None:
    ref, code, text, owner, raised, due, status, rag = CARDS[k]
    x0 = 60.0
    if framed:
        c.setStrokeColor("#546E7A")
        c.roundRect(48, top - CARD_H, W - 96, CARD_H, 8, stroke=1, fill=0)
    y = top - 20
    _field(c, x0, y, "TICKET", ref, 12)
    _field(c, x0 + 85, y, "PROGRAMME", code, 12)
    _field(c, x0 + 170, y, "DESK", f"D{k + 4}", 12)
    y -= 30
    c.setFillColor("#607D8B")
    c.setFont("Helvetica", 6.5)
    c.drawString(x0, y, "JOB")
    c.setFillColor("#000000")
    c.setFont("Helvetica-Bold", 11)
    cut = text.rfind(" ", 0, 50)
    c.drawString(x0, y - 12, text[:cut])
    c.drawString(x0, y - 25.5, text[cut + 1 :])
    y -= 45
    c.setFillColor("#607D8B")
    c.setFont("Helvetica", 6.5)
    c.drawString(x0, y, "ASSIGNED TO")
    c.setFillColor("#000000")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y - 12, owner)
    _field(c, x0 + 190, y, "RAISED", raised, 9)
    _field(c, x0 + 280, y, "CLOSES", due, 9)
    y -= 28
    c.setFillColor("#607D8B")
    c.setFont("Helvetica", 6.5)
    c.drawString(x0, y, "STATE")
    c.setFillColor(PILLS[rag])
    c.roundRect(x0, y - 17, c.stringWidth(status, "Helvetica-Bold", 9) + 14, 13, 4, 0, 1)
    c.setFillColor("#FFFFFF")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0 + 7, y - 13, status)
    c.setFillColor("#000000")
    c.setFont("Helvetica", 7.5)
    c.drawString(x0 + 280, y - 13, f"QUEUE {k + 3}")
    # the stub: a dashed perforation, the ref again and who issued the card
    sx = 420.0
    c.setDash(2, 2)
    c.line(sx - 12, top - 10, sx - 12, top - CARD_H + 8)
    c.setDash()
    _field(c, sx, top - 20, "TICKET", ref, 12)
    _field(c, sx, top - 48, "DESK", f"D{k + 4}", 9)
    c.setFillColor("#607D8B")
    c.setFont("Helvetica", 6.5)
    c.drawString(sx, top - 76, "ISSUED BY")
    c.setFillColor("#000000")
    c.setFont("Helvetica", 8)
    c.drawString(sx, top - 88, ISSUERS[k])


def _pdf(framed: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Work tickets for our improvement journey")
    c.setFont("Helvetica", 9)
    c.drawString(50, 772, "Every action has a ticket; its programme code names the recommendation.")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 750, "Programme key")
    for n, text in enumerate(RECS, start=1):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 732 - 18 * (n - 1), f"Programme R{n}")
        c.setFont("Helvetica", 9)
        c.drawString(130, 732 - 18 * (n - 1), text)
    top = 680.0
    for k in range(2):
        _card(c, top, k, framed)
        top -= CARD_H + 16
    c.showPage()
    top = 800.0
    for k in range(2, 4):
        _card(c, top, k, framed)
        top -= CARD_H + 16
    c.showPage()
    c.save()
    return buf.getvalue()


def _check(framed: bool) -> None:
    doc = parse_pdf_bytes(_pdf(framed), "tickets.pdf")
    assert classify(doc) is DocumentKind.improvement_plan
    plan = extract_plan(doc)
    got = {a.ref: a for a in plan.actions}
    assert sorted(got) == [c[0] for c in CARDS]
    for ref, code, text, owner, _, due, _, rag in CARDS:
        a = got[ref]
        assert a.text == text
        assert a.owner == owner  # never the stub's issuer
        assert a.due_raw == due  # the target, not the date raised beside it
        assert a.rag == rag
        assert a.recommendations == [f"r{code[1:]}"]
    assert {r.number for r in plan.recommendations} == {"1", "2"}
    assert plan.actions[2].due_date is not None and plan.actions[2].due_date.isoformat() == (
        "2026-11-30"
    )


def test_framed_cards_of_labels_over_values() -> None:
    _check(framed=True)


def test_unframed_cards_of_labels_over_values() -> None:
    _check(framed=False)


def _line(text: str, x: float, top: float, size: float, bold: bool, page: int = 1) -> Line:
    words, at = [], x
    for t in text.split():
        words.append(Word(t, at, top, at + 0.5 * size * len(t), top + 0.7 * size))
        at += 0.5 * size * len(t) + 0.3 * size
    ln = Line(text, (x, top, at, top + 0.7 * size), size, bold, page, 0)
    ln.words = words
    return ln


def test_paragraphs_in_one_type_are_no_field_grid() -> None:
    """Short lines in the body's own type over sentences are headings, not labels: no cards."""
    lines: list[Line] = []
    top = 50.0
    for _ in range(3):
        lines += [_line("Summary", 50, top, 9, False), _line("The panel met twice.", 50, top + 12, 9, False),
                  _line("Next steps", 50, top + 30, 9, False), _line("Agree a protocol.", 50, top + 42, 9, False),
                  _line("Owner", 50, top + 60, 9, False), _line("Tom Ellery", 50, top + 72, 9, False)]  # fmt: skip
        top += 100
    assert read_field_grid(lines) is None
