"""A cell merged down over several rows, its text turned to read upwards, is one cell
(tables._read_across, tables._sideways_strips).

A spreadsheet tracker prints each recommendation in a first column merged down beside its
actions, the text turned a quarter to read bottom to top, wrapped over several lines and shaded.
The shading is drawn in pieces whose edges meet inside the merged cell, and the lattice read
those edges as rules: the cell fell into row pieces, each holding a few glyphs of every line,
read as nonsense ('ove the ncy of r so that') and the recommendations were lost. A line of text
set sideways that runs across a rule says the rule is no border there; the merged cell's lines
are read as the reader gives them (pieces of one line cut by the reader joined along it).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

RECS = [
    ("1", "Improve the timeliness and consistency of decisions at the front door so that"
     " children receive the right help at the right time", [
        ("1.1", "Publish a revised threshold document with partners and schools",
         "Amira Choudhury", "30-Jun-25", "Green"),
        ("1.2", "Complete all contacts within twenty-four hours and record the reasons",
         "Joseph Mensah", "31-Mar-25", "Amber"),
        ("1.3", "Audit repeat referrals each quarter to learn why help did not last",
         "Priya Nandakumar", "04-May-26", "Red"),
        ("1.4", "Step down cases to early help with a warm handover meeting",
         "Priya Nandakumar", "17-May-25", "Green"),
    ]),
    ("2", "Raise the quality of assessments and plans for children in need so that they"
     " reflect each child's identity, history and lived experience", [
        ("2.1", "Introduce a practice standard that every assessment includes the child's"
         " own words", "David Osei", "23-Oct-25", "Amber"),
        ("2.2", "Include identity and cultural needs prompts in the assessment form",
         "Joseph Mensah", "30-Sep-25", "Red"),
        ("2.3", "Redesign the child in need plan template with outcomes in plain language",
         "Bethan Lloyd", "22-Jul-26", "Green"),
    ]),
]  # fmt: skip
COLS = [("Recommendation", 76), ("#", 30), ("Action", 330), ("Lead", 110), ("Timescale", 70),
        ("RAG", 60)]  # fmt: skip
ROW_H = 30.0
SIZE = 6.0
FONT = "Helvetica-Bold"


def _wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", FONT, SIZE) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _pdf() -> bytes:
    buf = io.BytesIO()
    page_w, page_h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(page_w, page_h), invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(30, page_h - 50, "Westcombe - improvement plan monitoring")
    xs = [30.0]
    for _, w in COLS:
        xs.append(xs[-1] + w)
    y = page_h - 70  # top of the header row
    c.setFillColor("#1f3864")
    c.rect(xs[0], y - 14, xs[-1] - xs[0], 14, fill=1, stroke=0)
    c.setFillColor("white")
    c.setFont("Helvetica-Bold", 7)
    for (name, _), x in zip(COLS, xs, strict=False):
        c.drawString(x + 3, y - 10, name)
    c.setLineWidth(0.5)
    c.line(xs[0], y, xs[-1], y)
    c.line(xs[0], y - 14, xs[-1], y - 14)
    y -= 14
    for number, text, actions in RECS:
        top, bottom = y, y - ROW_H * len(actions)
        # the merged cell's shade drawn in pieces, their edges at the rows beside it
        c.setFillColor("#dde8f4")
        cuts = (
            [top, top - ROW_H, top - 3 * ROW_H, bottom]
            if len(actions) > 3
            else [top, top - 2 * ROW_H, bottom]
        )
        for a, b in zip(cuts, cuts[1:], strict=False):
            c.rect(xs[0], b, xs[1] - xs[0], a - b, fill=1, stroke=0)
        # its text turned to read up, wrapped, centred in the cell
        lines = _wrap(f"Recommendation {number}: {text}", ROW_H * len(actions) - 8)
        pitch = SIZE * 1.15
        first = (xs[0] + xs[1]) / 2 - pitch * (len(lines) - 1) / 2 + SIZE * 0.35
        c.setFillColor("#1f3864")
        c.setFont(FONT, SIZE)
        for k, line in enumerate(lines):
            c.saveState()
            c.translate(first + k * pitch, (top + bottom) / 2)
            c.rotate(90)
            c.drawCentredString(0, 0, line)
            c.restoreState()
        c.setFillColor("black")
        c.setFont("Helvetica", 7)
        for k, (ref, action, lead, due, rag) in enumerate(actions):
            row_top = top - k * ROW_H
            for x, value in zip(xs[1:], (ref, action, lead, due, rag), strict=False):
                c.drawString(x + 3, row_top - 9, value)
            c.line(xs[1], row_top - ROW_H, xs[-1], row_top - ROW_H)  # no rule across the merge
        c.line(xs[0], bottom, xs[-1], bottom)
        y = bottom
    for x in xs:
        c.line(x, page_h - 70, x, y)
    c.showPage()
    c.save()
    return buf.getvalue()


def _expected() -> list[tuple[str, str]]:
    return [(n, t) for n, t, _ in RECS]


def test_merged_sideways_cell_is_one_cell() -> None:
    """The first column's cell runs down beside all its rows, its text the turned lines read
    in order, word spaces as printed."""
    doc = parse_pdf_bytes(_pdf(), "tracker.pdf")
    [table] = lattice_tables(doc.pages[0])
    firsts = [row[0].text for row in table.rows[1:] if row[0] is not None]
    assert firsts == [f"Recommendation {n}: {t}" for n, t in _expected()]


def test_turned_recommendations_read_and_linked() -> None:
    """Every recommendation is read whole and each action answers its own."""
    plan = extract_plan(parse_pdf_bytes(_pdf(), "tracker.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == _expected()
    by_id = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [by_id[i] for i in a.recommendations]) for a in plan.actions] == [
        (ref, [n]) for n, _, actions in RECS for ref, *_ in actions
    ]
    assert [a.owner for a in plan.actions] == [x[2] for _, _, acts in RECS for x in acts]
