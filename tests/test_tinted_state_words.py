"""Status words no vocabulary holds ('Securing', 'Not secured', 'Drifting') on cell tints that
vary row to row, under a header that names the latest figure or progress ('Current flag'): the
tint says the status, so the column is the RAG column and each action's colour is its cell's."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
ROWS = [
    ("2.1", "Publish a revised threshold document with partners", "Head of Virtual School",
     "Raised to board", "#fce4e4"),  # a board named: no governance here
    ("2.2", "Audit repeat referrals each quarter to learn why help did not last",
     "Head of Early Help", "Impact shown", "#e1edfa"),
    ("2.3", "Complete all contacts within twenty-four hours", "Principal Social Worker",
     "Wobbling", "#fff1d6"),
    ("2.4", "Step down cases to early help with a warm handover", "Head of Safeguarding",
     "Securing", "#e3f5e6"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Ref", "Activity to deliver", "Lead", "Current flag"]
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r[:4]] for r in ROWS]
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [("BACKGROUND", (3, i), (3, i), colors.HexColor(r[4])) for i, r in enumerate(ROWS, 1)]
    t = Table(data, colWidths=[40, 330, 200, 110])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Written statement of action 2026-27", STYLE), t])
    return buf.getvalue()


def test_short_words_on_status_tints_under_a_latest_header_are_the_rag() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    got = [(a.ref, a.rag, a.progress) for a in plan.actions]
    assert got == [
        ("2.1", "red", None),
        ("2.2", "blue", None),
        ("2.3", "amber", None),
        ("2.4", "green", None),
    ]


def test_state_words_naming_a_board_on_tints_count_as_states() -> None:
    """'Raised to board' on red reads alone as a board; on a status tint in a column of states
    it is a state like the others, and the column is the RAG column."""
    rows = [
        ("M01", "Raised to board", "#fce4e4"),
        ("M02", "Under watch", "#fff1d6"),
        ("M03", "Reached", "#e1edfa"),
        ("M04", "Referred to board", "#fce4e4"),
        ("M05", "Future", None),
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Action key", "What will happen", "Officer holding", "Progress flag"]
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    data += [
        [Paragraph(x, STYLE) for x in (ref, f"Action {ref} is delivered across every team", "Head of Early Help", flag)]
        for ref, flag, _ in rows
    ]  # fmt: skip
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [
        ("BACKGROUND", (3, i), (3, i), colors.HexColor(fill))
        for i, (_, _, fill) in enumerate(rows, 1)
        if fill
    ]
    t = Table(data, colWidths=[70, 330, 200, 110])
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Board highlight report", STYLE), t])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    got = [(a.ref, a.rag) for a in plan.actions]
    assert got == [("M01", "red"), ("M02", "amber"), ("M03", "blue"), ("M04", "red"), ("M05", None)]
