"""Unruled tables whose cells are centred in rows that hold several wrapped cells.

A web page or word processor printing a table with `vertical-align: middle` and no row rules
sets each shorter cell (a one-line ref, a date) around the middle of its row, between two lines
of the taller cells: a four-line action, a three-line owner, a two-line status. The ref then
opens no row: the row began with the first line of its tallest cell, and every cell it holds
so far runs on past the ref at the single line pitch.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19)

ACTIONS = [  # ref, action, owner, due as printed, due read, status note
    ("1.1", "Record the findings of every return home interview in a structured form that "
     "feeds the exploitation risk assessment", "Head of Business Intelligence",
     "August 2026", date(2026, 8, 31), "Completed and embedded in practice"),
    ("1.2", "Give foster carers and residential staff refreshed guidance on reporting a "
     "child missing", "Named GP for Safeguarding", "end February 2026", date(2026, 2, 28),
     "Not yet started"),
    ("1.3", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Virtual School Headteacher & HoS Children in Care", "December 2025",
     date(2025, 12, 31), "Pilot running in two teams; evaluation due"),
    ("1.4", "Commission an independent return home interview service that offers every "
     "child a conversation within seventy-two hours", "Virtual School Headteacher & HoS "
     "Children in Care", "31/03/2026", date(2026, 3, 31), "Completed and embedded in practice"),
]  # fmt: skip


def _pdf(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40)
    header = ["Line", "Commitment", "Driven by", "Complete", "Highlight report"]
    data = [[Paragraph(h, HEAD) for h in header]]
    data += [
        [Paragraph(c, CELL) for c in (ref, text, owner, due, note)]
        for ref, text, owner, due, _, note in ACTIONS
    ]
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.grey),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey),
        ]
    )
    story = [
        Paragraph("Thornwick Council: Children's Services Improvement Plan 2025-26", TITLE),
        Spacer(1, 12),
        Table(data, colWidths=[40, 170, 80, 90, 100], style=style),
    ]
    doc.build(story)
    return path


def test_ref_centred_beside_wrapped_cells_opens_no_row(tmp_path: Path) -> None:
    """Each row's ref and date sit between lines of the wrapped action, owner and status:
    one action per row, with the whole of each cell."""
    plan = extract_plan(parse_pdf(_pdf(tmp_path / "centred.pdf")))
    got = [(a.ref, a.text, a.owner, a.due_date) for a in plan.actions]
    assert got == [(ref, text, owner, due) for ref, text, owner, _, due, _ in ACTIONS]
