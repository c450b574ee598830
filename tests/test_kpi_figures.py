"""KPI figures that ran together: two figure columns read as one cell ('33.4% 37.3%' under both
'Latest' and 'Target', as an unruled scorecard whose columns stand close prints them) hold one
figure each, in order; a cell of anything else over two columns is left as printed."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.values import split_figures
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


@pytest.mark.parametrize(
    ("raw", "figures"),
    [
        ("33.4% 37.3%", ["33.4%", "37.3%"]),
        ("416 days 514 days", ["416 days", "514 days"]),
        ("31.6 per 10,000 48.1 per 10,000", ["31.6 per 10,000", "48.1 per 10,000"]),
        ("£1.2m £3m", ["£1.2m", "£3m"]),
        ("-3 +4", ["-3", "+4"]),
        ("45", ["45"]),
        ("62% by 2026", []),  # words between or after: not figures side by side
        ("12 (average)", []),
        ("n/a 5%", []),
        ("", []),
    ],
)
def test_split_figures(raw: str, figures: list[str]) -> None:
    assert split_figures(raw) == figures


def _scorecard(rows: list[list[str]], spans: list[int]) -> bytes:
    """A ruled scorecard whose 'Latest' and 'Target' cells are one cell in the given rows."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    t = Table([[Paragraph(x, STYLE) if x else "" for x in r] for r in rows],
              colWidths=[260, 80, 80, 80])  # fmt: skip
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    t.setStyle(TableStyle([("SPAN", (2, r), (3, r)) for r in spans]))
    doc.build([Paragraph("Improvement plan scorecard, September 2025", STYLE), t])
    return buf.getvalue()


def test_one_cell_over_two_figure_columns_gives_each_its_figure() -> None:
    rows = [
        ["Measure", "Baseline", "Latest", "Target"],
        ["Assessments completed within 45 working days", "40.5%", "33.4% 37.3%", ""],
        ["Social worker vacancy rate", "18.5%", "17%", "12%"],
        ["Average days from entering care to adoption", "441 days", "416 days 514 days", ""],
        ["Return home interviews offered within 72 hours", "80%", "Not yet reported", ""],
    ]
    plan = extract_plan(parse_pdf_bytes(_scorecard(rows, [1, 3, 4]), "kpis"))
    got = [
        (k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
         k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [
        ("40.5%", "33.4%", "37.3%"),
        ("18.5%", "17%", "12%"),
        ("441 days", "416 days", "514 days"),
        # words over two columns are no figures side by side: kept as printed in each
        ("80%", "Not yet reported", "Not yet reported"),
    ]
