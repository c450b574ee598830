"""A table of measures whose target column is headed 'To be achieved' right of 'Latest':
'achieved' alone speaks of now (an outturn), so the header was read as now, claimed the latest
role and swapped it with the 'Latest' column: every target taken for the latest figure and the
latest for the target.

What is read: 'to be achieved' (and 'to be reached', 'to be met', 'to achieve') is one phrase of
the aim (pipeline/normalise/data/figures.json), read whole as 'when achieved' is, so the columns
are the baseline, the latest and the target.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.values import figure_time
from plantrace.pipeline.reader import parse_pdf

HEADERS = ("Assurance measure", "At the inspection", "Latest", "To be achieved")
ROWS = [
    ("Assessments completed within 45 working days", "61%", "14.7%", "95%"),
    ("Care leavers in suitable accommodation", "52.3%", "63.5%", "81.6%"),
    ("Children seen alone at each visit", "40%", "64%", "95.2%"),
    ("Re-referrals within 12 months", "31%", "27%", "19%"),
]


def _scorecard(path: Path) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16)
    table = Table([list(HEADERS), *[list(r) for r in ROWS]], colWidths=[230, 90, 70, 90])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]
        )
    )
    story = [
        Paragraph("Children's Services Improvement Plan", head),
        Paragraph("1.1 Embed a weekly performance clinic for team managers. Action owner: "
                  "Head of Service; Implement by: 30/11/26; Status: On track", body),
        Spacer(1, 12),
        Paragraph("Schedule: measures of assurance", head),
        table,
    ]  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_future_passive_headers_are_the_aim() -> None:
    assert figure_time("To be achieved") == "aim"
    assert figure_time("To be reached") == "aim"
    assert figure_time("Achieved") == "now"  # 'achieved' alone is still now


def test_to_be_achieved_is_the_target(tmp_path: Path) -> None:
    kpis = extract_plan(parse_pdf(_scorecard(tmp_path / "scorecard.pdf"))).kpis
    got = [
        (k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
         k.target.raw if k.target else None)
        for k in kpis
    ]  # fmt: skip
    assert got == [r[1:] for r in ROWS]
