"""KPIs written as a progression, then → now (target), one value cell a measure
(extractors.kpi_progressions): 'Care leavers in suitable accommodation   62% → 71% (80%)'.

A progress bulletin lists its measures in two columns with no header, the figures set apart on
the right, under a line that may explain the form ('Each measure shows where we started → where
we are now (and our target in brackets)'). Each gives a baseline (then), a latest figure (now)
and a target (the bracketed one); where the line explaining the form says the brackets hold
something else, no target is read and the plan is warned of."""

from __future__ import annotations

import io

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.kpi_progressions import Progression, progression, split_line
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.readers.docx import parse_docx_bytes

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
EXPLAINED = (
    "Each measure shows where we started \u2192 where we are now (and our target in brackets)."
)
MEASURES = [
    ("Care leavers in suitable accommodation", "66% \u2192 83% (79%)"),
    ("Children in care with an up-to-date health assessment", "34.9% \u2192 66.5% (54.8%)"),
    ("Average number of days from entering care to moving in with an adoptive family",
     "486 days \u2192 402 days (365 days)"),
    ("Return home interviews offered within 72 hours", "86 \u2192 29 (27)"),
]  # fmt: skip
WANT = [
    ("Care leavers in suitable accommodation", "66%", "83%", "79%"),
    ("Children in care with an up-to-date health assessment", "34.9%", "66.5%", "54.8%"),
    ("Average number of days from entering care to moving in with an adoptive family",
     "486 days", "402 days", "365 days"),
    ("Return home interviews offered within 72 hours", "86", "29", "27"),
]  # fmt: skip


def _bulletin(explained: str | None, measures: list[tuple[str, str]] | None = None) -> bytes:
    """A narrow bulletin column: two actions, then 'How are we doing?' and the measures, the
    indicator on the left (a long one wrapped onto a second line), the figures right-aligned."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(90, 780, "Improvement Bulletin")
    c.setFont("Helvetica", 9)
    c.drawString(90, 764, "Issue 7 \u00b7 March 2026")
    y = 730.0
    c.setFont("Helvetica-Bold", 13)
    c.drawString(90, y, "How are we doing?")
    y -= 20
    if explained is not None:
        c.setFont("DejaVuSans", 8.5)
        c.drawString(90, y, explained)
        y -= 22
    for indicator, value in MEASURES if measures is None else measures:
        c.setFont("DejaVuSans", 9)
        c.drawRightString(505, y, value)
        if len(indicator) > 60:
            cut = indicator.rfind(" ", 0, 55)
            c.drawString(92, y, indicator[:cut])
            c.drawString(92, y - 11, indicator[cut + 1 :])
            y -= 11
        else:
            c.drawString(92, y, indicator)
        c.setStrokeColorRGB(0.85, 0.87, 0.9)
        c.line(90, y - 6, 507, y - 6)
        y -= 21
    c.setFont("Helvetica", 9)
    c.drawString(90, y - 10, "Thank you to everyone who has contributed to this bulletin.")
    c.showPage()
    c.save()
    return buf.getvalue()


def _kpis(data: bytes) -> tuple[list[tuple[str, str, str, str | None]], list[str]]:
    got = extract_plan(parse_pdf_bytes(data, "bulletin.pdf"))
    rows = [
        (k.indicator, k.baseline.raw if k.baseline else "", k.latest.raw if k.latest else "",
         k.target.raw if k.target else None)
        for k in got.kpis
    ]  # fmt: skip
    return rows, [w.code for w in got.warnings]


def test_a_list_of_progressions_explained_above_it() -> None:
    rows, codes = _kpis(_bulletin(EXPLAINED))
    assert rows == WANT
    assert "kpi_form_unsure" not in codes


def test_brackets_explained_as_the_aim_are_the_target() -> None:
    rows, codes = _kpis(_bulletin("Figures show last year \u2192 this year (our aim in brackets)."))
    assert rows == WANT
    assert "kpi_form_unsure" not in codes


def test_a_list_of_progressions_the_page_does_not_explain() -> None:
    rows, _ = _kpis(_bulletin(None))
    assert rows == WANT


def test_brackets_explained_as_no_target_give_none_and_a_warning() -> None:
    said = "Each measure shows last year \u2192 this year (the national average in brackets)."
    rows, codes = _kpis(_bulletin(said))
    assert [r[:3] for r in rows] == [w[:3] for w in WANT]
    assert all(r[3] is None for r in rows)
    assert "kpi_form_unsure" in codes


def test_a_word_table_of_two_columns() -> None:
    d = docx.Document()
    d.add_heading("How are we doing?", level=2)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for indicator, value in MEASURES:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = indicator, value
    buf = io.BytesIO()
    d.save(buf)
    got = extract_plan(parse_docx_bytes(buf.getvalue(), "bulletin.docx", "0" * 64))
    assert [(k.indicator, k.baseline.raw if k.baseline else None,
             k.latest.raw if k.latest else None, k.target.raw if k.target else None)
            for k in got.kpis] == WANT  # fmt: skip


def test_what_is_a_progression() -> None:
    assert progression("62% \u2192 71% (80%)") == Progression("62%", "71%", "80%")
    assert progression("62% -> 71%") == Progression("62%", "71%", None)
    assert progression("31.6 per 10,000 \u2192 28.0 per 10,000 [25.0 per 10,000]") == Progression(
        "31.6 per 10,000", "28.0 per 10,000", "25.0 per 10,000"
    )
    assert progression("62% \u2192 71% (+9)") is None  # the change since, not a target
    assert progression("62% \u2192 71% \u2192 80%") is None
    assert progression("from April \u2192 June") is None
    assert split_line("Supervision held within four weeks 65% \u2192 34.1% (78.9%)") == (
        "Supervision held within four weeks",
        Progression("65%", "34.1%", "78.9%"),
    )
    # a figure ending the indicator's words stays the indicator's
    assert split_line("Interviews offered within 72 hours 86% \u2192 29% (27.5%)") == (
        "Interviews offered within 72 hours",
        Progression("86%", "29%", "27.5%"),
    )
    assert split_line("Moved 62% \u2192 71%") is None  # one word names no measure


def test_a_kpi_table_whose_figures_column_holds_progressions() -> None:
    """A KPI table headed 'Measure | Baseline → latest (target)': the header names a target,
    but each cell holds all three figures, read apart."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
    t = Table([["Measure", "Baseline \u2192 latest (target)"], *MEASURES], colWidths=[330, 150])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([t])
    rows, _ = _kpis(buf.getvalue())
    assert rows == WANT


def test_years_and_pages_are_no_progression() -> None:
    """A span of years ('2021 → 2023 (2025)') or a page reference ('See page 4 → 5') prints a
    figure, an arrow and a figure, but no measure's progress: no KPI is read from them. A year
    in brackets after a measure's figures says when, not the target; a bracketed figure of
    another kind than the figures (days after a percentage) is no target either."""
    assert progression("2021 \u2192 2023 (2025)") is None
    assert progression("2021/22 \u2192 2023/24") is None
    assert progression("62% \u2192 71% (2025)") == Progression("62%", "71%", None)
    assert progression("62% \u2192 71% (5 days)") == Progression("62%", "71%", None)
    assert progression("86 \u2192 29 (27)") == Progression("86", "29", "27")
    assert split_line("See page 4 \u2192 5") is None
    assert split_line("Plan period runs 2021 \u2192 2023 (2025)") is None
    rows, _ = _kpis(_bulletin(None, [
        ("Plan period runs", "2021 \u2192 2023 (2025)"),
        ("Our plan on a page", "See page 4 \u2192 5"),
        ("Further detail is in the annex, page", "12 \u2192 14"),
    ]))  # fmt: skip
    assert rows == []
    rows, _ = _kpis(_bulletin(None, [
        ("Care leavers in suitable accommodation", "62% \u2192 71% (2025)"),
        ("Children in care with an up-to-date health assessment", "34.9% \u2192 66.5% (2025)"),
    ]))  # fmt: skip
    assert rows == [
        ("Care leavers in suitable accommodation", "62%", "71%", None),
        ("Children in care with an up-to-date health assessment", "34.9%", "66.5%", None),
    ]


def test_a_form_explained_over_measures_not_read_is_warned_of() -> None:
    """The page explains 'then → now (target in brackets)' but prints its measures another way
    (the figures in words, one progression alone): none is read, and the plan says so."""
    rows, codes = _kpis(_bulletin(EXPLAINED, [
        ("Care leavers in suitable accommodation", "66% \u2192 83% (79%)"),
        ("Children in care with an up-to-date health assessment", "up from 34.9% to 66.5%"),
    ]))  # fmt: skip
    assert rows == []
    assert "kpi_form_unsure" in codes
    rows, codes = _kpis(_bulletin(None, MEASURES[:1]))
    assert rows == [] and "kpi_form_unsure" not in codes  # nothing explained: nothing to say
