"""Mail-merged letters, one lead's letter a page: a letterhead at each page's top, the lead's
actions as labelled lines, and on one letter a ruled scorecard (a Word table: its text a cell
padding right of its rules, on the page's margin) with the letter's closing under it. The
next page's letterhead line, repeated from above the scorecard, was read as a print-titles
header repeated over the scorecard's next rows, and the next letter's lines (at the margin, a
padding right of the table's first rule) as those rows: the next lead's actions lost into the
scorecard as measures of no value, nothing said (holdout36 docx-mail-merge-letters). A ruled
piece with body text under it on its page ended its table there; only a piece at its page's
foot goes on under a repeated header (plan_columns._ruled_end).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

PAD = 5.4  # a Word table's cell padding: the text on the margin, the rules left of it
LEFT = 62.5
VALUE = 181.5  # a tab stop: the action's text, its fields' values
KPI_X = [LEFT - PAD, 300.0, 370.0, 440.0, 533.0]
KPI_HEAD = ["Key measure", "Starting point", "Most recent", "End goal"]
KPIS = [
    ("Children subject to a child protection plan", "21.3", "70.8", "27.6"),
    ("Children seen within timescales on their plan", "83%", "49%", "40%"),
    ("Children in care with an up-to-date health assessment", "76%", "44%", "39.6%"),
]
LETTERS = [
    ("Director of Children's Services", "DCS", [
        ("3.3", "Invite young inspectors to review services twice a year", "19th December 2025",
         "Progressing"),
    ]),
    ("Head of Early Help", "HEH", [
        ("2.3", "Offer tuition to every child in care who is behind in reading", "1st March 2025",
         "Not begun"),
        ("2.4", "Make sure every child in care has a personal education plan", "28th February 2026",
         "Progressing"),
    ]),
]  # fmt: skip
H = A4[1]


def _text(
    c: canvas.Canvas, x: float, top: float, text: str, right: bool = False, bold: bool = False
) -> None:
    c.setFont("Times-Bold" if bold else "Times-Roman", 10.5)
    if right:
        c.drawRightString(x, H - top - 9, text)
    else:
        c.drawString(x, H - top - 9, text)


def _letter(c: canvas.Canvas, lead: str, code: str, actions: list, scorecard: bool) -> None:
    for k, line in enumerate(
        ["Ashbourne Council", "Children's Services", "Improvement Programme Office", "County Hall"]
    ):
        _text(c, 533, 50 + 14 * k, line, right=True)
    top = 120.0
    for line in [lead, "Children's Services", "By internal post", f"Our ref: IP/147/{code}",
                 "Date: 21 August 2025", f"Dear {lead},"]:  # fmt: skip
        _text(c, LEFT, top, line)
        top += 14
    top += 10
    _text(c, LEFT, top, "Please check each action listed below and tell me of any change.")
    top += 24
    _text(
        c,
        LEFT,
        top,
        f"Recommendation {actions[0][0][0]}: Improve the support for children",
        bold=True,
    )
    top += 24
    for ref, text, due, status in actions:
        _text(c, LEFT, top, f"Action {ref}", bold=True)
        _text(c, VALUE, top, text)
        for k, (label, value) in enumerate([("Complete by", due), ("Current status", status)]):
            _text(c, LEFT, top + 24 * (k + 1), label)
            _text(c, VALUE, top + 24 * (k + 1), value)
        top += 86
    if scorecard:
        _text(c, LEFT, top, "For information, the measures the board will use are:")
        top += 24
        c.setLineWidth(0.5)
        rows = [KPI_HEAD, *[list(r) for r in KPIS]]
        for k, row in enumerate(rows):
            c.setFont("Times-Bold" if k == 0 else "Times-Roman", 10.5)  # the body's type
            for x, cell in zip(KPI_X, row, strict=False):
                c.drawString(x + PAD, H - top - 10, cell)
            c.line(KPI_X[0], H - top, KPI_X[-1], H - top)
            top += 14
        c.line(KPI_X[0], H - top, KPI_X[-1], H - top)
        for x in KPI_X:
            c.line(x, H - top, x, H - top + 14 * len(rows))
        top += 24
    for line in ["Thank you for your work on this.", "Yours sincerely,", "Sunita Raval"]:
        _text(c, LEFT, top, line)
        top += 24
    c.showPage()


def _letters() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for k, (lead, code, actions) in enumerate(LETTERS):
        _letter(c, lead, code, actions, scorecard=k == 0)
    c.save()
    return buf.getvalue()


def test_the_next_letter_is_no_rows_of_the_scorecard_above_its_closing() -> None:
    plan = extract_plan(parse_pdf_bytes(_letters(), "letters.pdf"))
    got = [
        (k.indicator, k.baseline.raw if k.baseline else None,
         k.latest.raw if k.latest else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == list(KPIS)
    texts = [a.text for a in plan.actions]
    for _, _, actions in LETTERS:
        for _, text, _, _ in actions:
            assert any(text in t for t in texts), (text, texts)
