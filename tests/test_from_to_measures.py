"""A measures table printed plain (no bold, no shading: a data viewer's records laid out as
rows) under field names the vocabulary half knows: 'Name | From | Latest | To'. 'From' and 'To'
over figures are the baseline and the target; over dates they are a task's period, and the
table stays an action table with no KPIs read from it."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.figure_headers import figure_labels, one_row_measures
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.values import figure_time
from plantrace.pipeline.reader import parse_pdf_bytes


def _plain_pdf(title: str, rows: list[list[str]]) -> bytes:
    """A title line, then a table whose header row is set as its rows are (no bold)."""
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    table = Table([[Paragraph(x, body) for x in r] for r in rows], colWidths=[320, 90, 90, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph(title, body), table])
    return buf.getvalue()


def _figures(pdf: bytes) -> list[tuple[str, str | None, str | None, str | None]]:
    plan = extract_plan(parse_pdf_bytes(pdf, "measures.pdf"))
    return [
        (
            k.indicator,
            k.baseline.raw if k.baseline else None,
            k.latest.raw if k.latest else None,
            k.target.raw if k.target else None,
        )
        for k in plan.kpis
    ]


def test_from_and_to_over_figures_are_baseline_and_target() -> None:
    rows = [
        ["Name", "From", "Latest", "To"],
        ["Personal education plans reviewed within the term", "14.7%", "47%", "34%"],
        ["Assessments completed within 45 working days", "36%", "60%", "77.8%"],
        ["Social worker vacancy rate", "67.3%", "68%", "74.6%"],
    ]
    assert _figures(_plain_pdf("Measures", rows)) == [
        ("Personal education plans reviewed within the term", "14.7%", "47%", "34%"),
        ("Assessments completed within 45 working days", "36%", "60%", "77.8%"),
        ("Social worker vacancy rate", "67.3%", "68%", "74.6%"),
    ]


def test_a_plain_label_header_with_to_as_the_target() -> None:
    rows = [
        ["Label", "Baseline", "Latest", "To"],
        ["Number of approved foster carer households", "384", "444", "414"],
        ["Initial child protection conferences within 15 working days", "27.8%", "81%", "86%"],
    ]
    got = _figures(_plain_pdf("Measures", rows))
    assert [(b, lt, t) for _, b, lt, t in got] == [("384", "444", "414"), ("27.8%", "81%", "86%")]


def test_from_and_to_over_dates_make_no_measures() -> None:
    rows = [
        ["Action", "Lead", "From", "To"],
        ["Audit twenty case files each month", "Grace Adebayo", "01/04/2026", "30/06/2026"],
        ["Recruit ten foster carers", "Leon Fairweather", "01/05/2026", "31/10/2026"],
    ]
    plan = extract_plan(parse_pdf_bytes(_plain_pdf("Plan", rows), "plan.pdf"))
    assert plan.kpis == []


def test_from_and_to_speak_of_time_only_as_the_whole_label() -> None:
    assert figure_time("From") == "start"
    assert figure_time("To") == "aim"
    assert figure_time("Change from 2024") is None
    assert figure_time("Contribution to priority") is None


def test_one_row_needs_two_figure_labels_words_and_figures() -> None:
    texts = ["Name", "From", "Latest", "To"]
    roles = [None, "start", "latest", None]
    assert figure_labels(texts, roles)
    assert one_row_measures(texts, roles, [["Agency staff share"], ["74.8%"], ["33%"], ["71%"]])
    assert not one_row_measures(texts, roles, [["A1"], ["01/04/2026"], ["x"], ["30/06/2026"]])
    assert not figure_labels(["Name", "Lead", "Notes"], [None, "owner", None])


def test_a_table_of_figures_read_as_nothing_is_never_silent() -> None:
    rows = [
        ["Thing", "Column B", "Column C", "Column D"],
        ["Personal education plans reviewed within the term", "14.7%", "47%", "34%"],
        ["Assessments completed within 45 working days", "36%", "60%", "77.8%"],
        ["Social worker vacancy rate", "67.3%", "68%", "74.6%"],
    ]
    plan = extract_plan(parse_pdf_bytes(_plain_pdf("Measures", rows), "measures.pdf"))
    assert plan.kpis == []
    assert any(w.code == "kpi_table_unread" for w in plan.warnings)


def test_a_measures_table_read_gives_no_unread_warning() -> None:
    rows = [
        ["Name", "From", "Latest", "To"],
        ["Personal education plans reviewed within the term", "14.7%", "47%", "34%"],
        ["Assessments completed within 45 working days", "36%", "60%", "77.8%"],
    ]
    plan = extract_plan(parse_pdf_bytes(_plain_pdf("Measures", rows), "measures.pdf"))
    assert len(plan.kpis) == 2
    assert not any(w.code == "kpi_table_unread" for w in plan.warnings)
