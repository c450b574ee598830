"""A scorecard's columns under headers that name another role, or none.

The measure column headed in words no vocabulary reads as an indicator ('Area of impact' reads
as a note column) is still what each row measures: the left-most column of words before the
figures. A column of figures whose header names a task's start ('Start level') or a direction
('Aim for March') is the baseline or the target its words speak of, when the table has too few
rows for its cells to overrule its header (a sheet's measures table of one row). A monthly
series' last month, placed as the target by the table's order, is then the latest.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes


def _plan(tables: list[tuple[list[str], list[list[str]]]]) -> bytes:
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    story: list[object] = [Paragraph("Quarterly performance report to the children's board", body)]
    for head, rows in tables:
        cells = [[Paragraph(f"<b>{x}</b>", body) for x in head]]
        cells += [[Paragraph(x, body) for x in r] for r in rows]
        widths = [260] + [480 / (len(head) - 1)] * (len(head) - 1)
        table = Table(cells, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [table, Spacer(1, 24)]
    doc.build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def _read(pdf: bytes) -> list[tuple[str, str | None, str | None, str | None]]:
    plan = extract_plan(parse_pdf_bytes(pdf, "scorecard.pdf"))
    return [
        (k.indicator, *(q.raw if q is not None else None for q in (k.baseline, k.latest, k.target)))
        for k in plan.kpis
    ]  # type: ignore[misc]


def test_measure_column_headed_as_something_else_is_the_indicator() -> None:
    head = ["Area of impact", "Baseline", "Latest", "Target"]
    rows = [
        ["Children visited within timescale by their social worker", "71%", "80.5%", "95%"],
        ["Care leavers living in suitable accommodation", "83%", "86%", "92%"],
    ]
    assert _read(_plan([(head, rows)])) == [
        ("Children visited within timescale by their social worker", "71%", "80.5%", "95%"),
        ("Care leavers living in suitable accommodation", "83%", "86%", "92%"),
    ]


def test_one_row_series_start_and_aim_by_their_words() -> None:
    head = [
        "Indicator of success",
        "Start level",
        "Jan 2026",
        "Feb 2026",
        "Mar 2026",
        "Aim for March",
    ]
    rows = [["Return interviews offered within three days", "52%", "58%", "61%", "66.5%", "85%"]]
    assert _read(_plan([(head, rows)])) == [
        ("Return interviews offered within three days", "52%", "66.5%", "85%"),
    ]


def test_one_row_bare_counts_under_a_start_header() -> None:
    """A small count alone types as a short code; under a header speaking of the start it is
    the baseline all the same."""
    head = ["Indicator of success", "Start level", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Aim"]
    rows = [["Approved foster carer households in the county", "41", "44", "47", "52", "60"]]
    assert _read(_plan([(head, rows)])) == [
        ("Approved foster carer households in the county", "41", "52", "60"),
    ]
