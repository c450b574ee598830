"""A scorecard whose middle column of figures is headed by a word the vocabulary reads as a
status ('Mid-flow': 'flow'; 'Status'): its cells are measured figures ('51%', '48.7%'), which no
rating is, so the column gives way to its figures and, between the baseline and the target,
holds the latest (fixer band, round 60). A status header over status words stays the rating.
Typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.models.plan import KPI
from plantrace.pipeline.reader import parse_pdf

ROWS = [
    ("Assessments completed within 45 working days", "10%", "51%", "54%"),
    ("Re-referrals within 12 months", "80.1%", "48.7%", "61%"),
    ("Personal education plans reviewed within the term", "67%", "23.8%", "25%"),
]


def _scorecard(path: Path, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16)
    table = Table([list(headers), *[list(r) for r in rows]], colWidths=[250, 85, 75, 75])
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
        Paragraph("Measures", head),
        table,
    ]  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _kpis(path: Path) -> list[KPI]:
    return extract_plan(parse_pdf(path)).kpis


@pytest.mark.parametrize("middle", ["Mid-flow", "Status"])
def test_status_header_over_figures_is_the_latest(tmp_path: Path, middle: str) -> None:
    headers = ("Pollen count", "Winter cluster", middle, "Target")
    kpis = _kpis(_scorecard(tmp_path / "scorecard.pdf", headers, ROWS))
    got = [
        (k.indicator, k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
         k.target.raw if k.target else None)
        for k in kpis
    ]  # fmt: skip
    assert got == ROWS


def test_status_header_over_status_words_stays_the_rating(tmp_path: Path) -> None:
    rows = [
        (r[0], r[1], word, r[3]) for r, word in zip(ROWS, ("Green", "Amber", "Red"), strict=True)
    ]
    headers = ("Measure", "Baseline", "RAG", "Target")
    kpis = _kpis(_scorecard(tmp_path / "scorecard.pdf", headers, rows))
    assert [(k.baseline.raw if k.baseline else None, k.latest, k.rag) for k in kpis] == [
        ("10%", None, "green"),
        ("80.1%", None, "amber"),
        ("67%", None, "red"),
    ]
