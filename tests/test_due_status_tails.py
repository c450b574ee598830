"""A plan whose action labels print the due date and the status on one line
("31 May '27 Severe delays"): the due value read whole carried the status and the action none.

What is read: the due value's last words that the status normaliser knows are the status, the
words before them (a date the date normaliser reads) the due date; a progress state is split
off the same way and leaves the action unrated.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.due_status_tails import split_due_status
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

ROWS = [
    ("1.1", "Hold a weekly missing children panel", "Head of Service", "31 May '27 Severe delays"),
    ("1.2", "Audit return home interviews", "Service Manager", "Sep '27 Arrived"),
    ("1.3", "Train staff on contextual safeguarding", "Principal Social Worker",
     "30/06/2027 On track"),
    ("1.4", "Publish the sufficiency strategy", "Director", "Mar '28 Not started"),
]  # fmt: skip


def _plan(path: Path) -> Path:
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16)
    table = Table(
        [["Ref", "Action", "Lead", "Due"], *[list(r) for r in ROWS]],
        colWidths=[35, 220, 110, 130],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]
        )
    )
    story = [Paragraph("Children's Services Improvement Plan", head), Spacer(1, 8), table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_split_due_status() -> None:
    assert split_due_status("31 May '27 Severe delays") == ("31 May '27", "red")
    assert split_due_status("30/06/2027 On track") == ("30/06/2027", "green")
    assert split_due_status("Mar '28 Not started") == ("Mar '28", None)
    assert split_due_status("31 March 2027") is None  # no status
    assert split_due_status("Complete") is None  # a status and no date
    assert split_due_status("June 2026 review") is None  # 'review' is no status
    # a milestone note ending in a status word and its own date: no due date and a status
    assert split_due_status("Pathway agreed (Oct 16); 6-week standard met (Mar 17)") is None


def test_due_and_status_on_one_line(tmp_path: Path) -> None:
    actions = extract_plan(parse_pdf(_plan(tmp_path / "plan.pdf"))).actions
    got = [(a.ref, a.due_raw, a.rag) for a in actions]
    assert got == [
        ("1.1", "31 May '27", "red"),
        ("1.2", "Sep '27", "blue"),
        ("1.3", "30/06/2027", "green"),
        ("1.4", "Mar '28", None),
    ]
