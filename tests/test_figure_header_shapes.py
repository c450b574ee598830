"""A risk register's table of early-warning indicators whose figure columns are headed by when
the figure was taken, in words no vocabulary lists: 'When risk raised' (the figure as it stood
when the risk was logged), 'This review' (the figure of the present review), 'Target'.

What is read: the header's shape tells its time ('when' and a past participle: the start;
'this' and a noun: now), so the first column is the baseline and the second the latest, not
the latest read as the baseline and the start left out.
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

ROWS = [
    ("Children in care with an up-to-date health assessment", "84%", "8.2%", "43.4%"),
    ("Number of approved foster carer households", "186", "29", "134"),
    ("Re-referrals within 12 months", "88%", "75%", "32%"),
    ("Return home interviews offered within 72 hours", "60.9%", "31%", "34%"),
]


def _register(path: Path, headers: tuple[str, str, str, str]) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16)
    table = Table([list(headers), *[list(r) for r in ROWS]], colWidths=[240, 80, 80, 70])
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
        Paragraph("Children's Services Improvement: risk register", head),
        Paragraph("1.1 Hold a monthly missing children panel. Action owner: Head of Service; "
                  "Implement by: 30/11/26; Status: On track", body),
        Spacer(1, 12),
        Paragraph("Early-warning indicators", head),
        table,
    ]  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_header_shapes_tell_the_time() -> None:
    assert figure_time("When risk raised") == "start"
    assert figure_time("When first recorded") == "start"
    assert figure_time("This review") == "now"
    assert figure_time("This year target") == "aim"  # a word names it: the shape is not asked
    assert figure_time("When due") is None
    assert figure_time("Risk indicator") is None


def test_when_raised_and_this_review_columns(tmp_path: Path) -> None:
    pdf = _register(
        tmp_path / "register.pdf", ("Risk indicator", "When risk raised", "This review", "Target")
    )
    kpis = extract_plan(parse_pdf(pdf)).kpis
    got = [
        (k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
         k.target.raw if k.target else None)
        for k in kpis
    ]  # fmt: skip
    assert got == [r[1:] for r in ROWS]
