"""A plan at a glance printed from a web page: the recommendations listed first ('R1' in bold
before each sentence, a long one wrapping in plain type), then a grid of tiles three to a row,
one per action: a box with a coloured flag folded over its top right corner (the action's
status), a large number and a code naming the recommendation it answers ('7  R2'), the action in
bold, 'Officer named: ...' and 'Target month: ...' lines, the status word in bold, and a comment
line under it (where it has one). The last two tiles stand on the next page, one with a
comment.

What is read: each tile is one action, its number the ref and its code the link; the text
without either; owner, due, the comment as progress; the status from the word, or from the
flag where the word is none the vocabulary reads ('Queued' on a grey flag says none, 'Needs a
push' on amber is amber), the comment on the next page too (its label printed there once);
the listed recommendations numbered 1, 2, 3 (the 'R' abbreviates 'recommendation'), the
wrapped one whole.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Make sure that children's wishes and feelings are sought, recorded and visibly influence "
    "the plans made for them",
    "Improve the multi-agency response to children at risk of criminal and sexual exploitation",
    "Ensure that initial and review health assessments for children in care are completed on "
    "time and that their emotional health needs are met",
]
# number, code, title lines, owner, due, status, flag colour, comment, RAG read
TILES = [
    ("1", "R1", ["Provide direct work resources and", "tools to every social work team"],
     "Priya Nandakumar", "31 October 2026", "Good progress", (0.22, 0.70, 0.30),
     "Work started; scoping held", "green"),
    ("2", "R1", ["Invite young inspectors to review", "services twice a year"],
     "Joseph Mensah", "30 June 2026", "Needs a push", (0.96, 0.62, 0.0),
     "Delayed by staff turnover", "amber"),
    ("3", "R2", ["Establish a weekly multi-agency", "exploitation meeting"],
     "Grace Adebayo", "30 June 2026", "Blocked", (0.94, 0.24, 0.24),
     "Recruitment under way", "red"),
    ("4", "R2", ["Launch a single exploitation", "screening tool"],
     "Bethan Lloyd", "30 April 2027", "Queued", (0.53, 0.56, 0.59),
     "Not begun yet", None),
    ("5", "R3", ["Report health assessment timeliness", "monthly to the board"],
     "Leon Fairweather", "30 September 2026", "Done", (0.11, 0.49, 0.84),
     "Monthly reports now in place", "blue"),
    ("6", "R3", ["Agree a timeliness pathway for", "initial health assessments"],
     "Tom Ellery", "31 August 2026", "Good progress", (0.22, 0.70, 0.30),
     "Pathway drafted", "green"),
    ("7", "R3", ["Train foster carers in trauma", "and attachment"],
     "Amira Choudhury", "31 March 2027", "Blocked", (0.94, 0.24, 0.24),
     "Trainer post vacant", "red"),
    ("8", "R3", ["Offer tuition to every child", "behind in reading"],
     "Ruth Kowalczyk", "30 June 2027", "Done", (0.11, 0.49, 0.84), None, "blue"),
]  # fmt: skip

TILE_W, TILE_H, GAP = 160.0, 130.0, 10.0
TOP = 842.0


def _tile(c: canvas.Canvas, x: float, top: float, tile: tuple) -> None:  # type: ignore[type-arg]
    number, code, title, owner, due, status, flag, comment, _ = tile
    y = TOP - top
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.rect(x, y - TILE_H, TILE_W, TILE_H, stroke=1, fill=0)
    c.setFillColorRGB(*flag)  # the flag folded over the top right corner
    p = c.beginPath()
    p.moveTo(x + TILE_W - 25, y)
    p.lineTo(x + TILE_W, y)
    p.lineTo(x + TILE_W, y - 25)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x + 8, y - 20, number)
    c.setFillColorRGB(0.04, 0.45, 0.52)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x + 12 + c.stringWidth(number, "Helvetica-Bold", 14), y - 19, code)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9)
    for k, ln in enumerate(title):
        c.drawString(x + 8, y - 36 - 11 * k, ln)
    base = y - 36 - 11 * len(title) - 6
    c.setFont("Helvetica", 8)
    c.drawString(x + 8, base, f"Officer named: {owner}")
    c.drawString(x + 8, base - 10, f"Target month: {due}")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x + 8, base - 22, status)
    if comment is not None:  # a tile may have no comment
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(x + 8, base - 33, f"Position statement: {comment}")


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(32, TOP - 40, "Our improvement plan at a glance")
    c.setFont("Helvetica", 9)
    c.drawString(
        32, TOP - 60, "The inspection made the recommendations below. Every tile is one action."
    )
    y = 80.0
    for n, rec in enumerate(RECS, 1):
        words, lines, cur = rec.split(), [], ""
        for w in words:
            if c.stringWidth(f"{cur} {w}", "Helvetica", 9) > 480:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        lines.append(cur)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(32, TOP - y, f"R{n}")
        c.setFont("Helvetica", 9)
        c.drawString(58, TOP - y, lines[0])  # a column gap after the code
        for k, more in enumerate(lines[1:], 1):
            c.drawString(32, TOP - y - 11 * k, more)  # the wrap runs back under the code
        y += 11 * len(lines) + 4
    top = y + 20
    for k, tile in enumerate(TILES[:6]):
        row, col = divmod(k, 3)
        _tile(c, 32 + col * (TILE_W + GAP), top + row * (TILE_H + GAP), tile)
    c.showPage()
    # the last two tiles on the next page, only one with a comment: its label printed once there
    _tile(c, 32, 40.0, TILES[6])
    _tile(c, 32 + TILE_W + GAP, 40.0, TILES[7])
    c.showPage()
    c.save()
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_plan(), "tiles.pdf"))


def test_each_tile_is_an_action_with_its_number_code_and_flag() -> None:
    plan = _read()
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (
            a.ref,
            a.text,
            a.owner,
            a.due_raw,
            a.progress,
            a.rag,
            [numbers[r] for r in a.recommendations],
        )
        for a in plan.actions
    ]
    assert got == [
        (num, " ".join(title), owner, due, comment, rag, [code[1:]])
        for num, code, title, owner, due, _, _, comment, rag in TILES
    ]


def test_the_listed_recommendations_are_numbered_from_their_codes() -> None:
    plan = _read()
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), rec) for n, rec in enumerate(RECS, 1)
    ]
