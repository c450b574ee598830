"""A plain-words plan printed to PDF: borderless two-column tables whose only drawn cells are
the shaded picture column on the left (the ref, or a symbol), the text beside them unframed.

Each row's first line shares its baseline with the ref or symbol (one line to the page's
reader) and runs on past the frame; a long action text or update wraps onto lines of its own,
starting at the same left edge, inside the row's shaded height. Those lines are the cell's
text too (pipeline.spill_wraps): read by the ref's line alone, the action kept its first line.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

ACTIONS = [
    ("1.1", ["Convert agency posts to permanent posts where the", "postholder agrees"],
     "Director of Children's Services", "November 2026", "Going OK",
     ["No lead in post since the restructure; escalated to the", "Improvement Board"]),
    ("1.2", ["Introduce a career pathway that rewards practice expertise", "as well as",
             "management"],
     "Service Manager, Care Leavers", "May 2026", "Going OK", ["Monthly reports now in place"]),
    ("1.3", ["Publish a revised threshold document with partners"],
     "Head of Service", "June 2026", "Very late", ["Scoping to begin next quarter"]),
]  # fmt: skip
PAGE_H = 842.0


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, PAGE_H))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(54, PAGE_H - 60, "How we are making things better")
    top = 110.0  # from the page's top
    for ref, text, who, when, how, news in ACTIONS:
        rows: list[tuple[str, list[str], bool]] = [
            (ref, text, True),
            ("\u263a", [f"Who will do this: {who}"], False),
            ("\u25f7", [f"When: {when}"], False),
            ("\u2714", [f"How it is going: {how}"], False),
            ("\u2709", [f"News: {news[0]}", *news[1:]], False),
        ]
        for key, lines, bold in rows:
            height = 12 + 18.5 * len(lines)
            c.setFillColor(HexColor("#e8f1fa"))
            c.rect(48.5, PAGE_H - top - height, 85, height, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            for k, line in enumerate(lines):
                base = PAGE_H - top - 16 - 18.5 * k
                if k == 0:
                    c.setFont("Helvetica-Bold", 14)
                    c.drawString(54, base, key)
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 14)
                c.drawString(139, base, line)
            top += height
        top += 24
    c.showPage()
    c.save()
    return buf.getvalue()


def test_wrapped_lines_beside_the_picture_column_are_the_cells_text() -> None:
    doc = parse_pdf_bytes(_pdf(), "easy.pdf")
    tables = lattice_tables(doc.pages[0])
    firsts = [t.rows[0] for t in tables if t.rows and len(t.rows[0]) == 2]
    got = [(r[0].text, r[1].text) for r in firsts if r[0] is not None and r[1] is not None]
    assert got == [(ref, " ".join(text)) for ref, text, *_ in ACTIONS]


def test_actions_read_with_their_whole_text_and_update() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "easy.pdf"))
    got = [(a.ref, a.text, a.owner, a.progress) for a in result.actions]
    assert got == [
        (ref, " ".join(text), who, " ".join(news)) for ref, text, who, _, _, news in ACTIONS
    ]
