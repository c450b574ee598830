"""A scorecard cut by a page break after its first row: the header ('Performance evidence |
Baseline | Now | Aim', bold, its first label one no vocabulary holds) and one row at the foot
of a page, the other rows at the top of the next page with no header. One row is too little
for the cells alone to tell a scorecard; the labels naming figures over a first cell of words
and figures in the others say it is one, and the next page's piece, on the same columns with
rows of the same shape, goes on with it. Before, both pieces were left unread (warned
kpi_table_unread) and the plan had no KPI."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

_ROW = 24.0  # each row's height, points
_FRAME = A4[1] - 2 * 72 - 12  # SimpleDocTemplate's frame: 1 inch margins, 6 pt padding

_ROWS = [
    ["Performance evidence", "Baseline", "Now", "Aim"],
    ["Social worker vacancy rate", "93%", "88%", "77.7%"],
    [
        "Children subject to a child protection plan",
        "58.5 per 10,000",
        "58.6 per 10,000",
        "74.7 per 10,000",
    ],
    ["Return home interviews offered within 72 hours", "62.3%", "73.7%", "53%"],
    ["Initial child protection conferences within 15 working days", "9.1%", "10%", "94.4%"],
]


def _cut_pdf(rows_on_first_page: int) -> bytes:
    """A heading, then the scorecard placed so that its header and rows_on_first_page rows
    end the first page; the rest run on to the second, the header not repeated."""
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    heading = Paragraph("Measures of progress", body)
    _, used = heading.wrap(doc.width, _FRAME)
    used += body.spaceBefore + body.spaceAfter
    room = _FRAME - used - (1 + rows_on_first_page) * _ROW - _ROW / 2
    table = Table(
        [[Paragraph(f"<b>{x}</b>", body) for x in _ROWS[0]]]
        + [[Paragraph(x, body) for x in r] for r in _ROWS[1:]],
        colWidths=[260, 70, 70, 70],
        rowHeights=[_ROW] * len(_ROWS),
        repeatRows=0,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#d9e2f3"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    doc.build([heading, Spacer(1, room), table])
    return buf.getvalue()


def _figures(pdf: bytes) -> list[tuple[str, str | None, str | None, str | None, int]]:
    doc = parse_pdf_bytes(pdf, "measures.pdf")
    plan = extract_plan(doc)
    return [
        (
            k.indicator,
            k.baseline.raw if k.baseline else None,
            k.latest.raw if k.latest else None,
            k.target.raw if k.target else None,
            k.provenance.page,
        )
        for k in plan.kpis
    ]


def test_scorecard_cut_after_its_first_row_reads_every_row() -> None:
    pdf = _cut_pdf(rows_on_first_page=1)
    assert len(parse_pdf_bytes(pdf, "measures.pdf").pages) == 2
    assert _figures(pdf) == [
        ("Social worker vacancy rate", "93%", "88%", "77.7%", 1),
        (
            "Children subject to a child protection plan",
            "58.5 per 10,000",
            "58.6 per 10,000",
            "74.7 per 10,000",
            2,
        ),
        ("Return home interviews offered within 72 hours", "62.3%", "73.7%", "53%", 2),
        ("Initial child protection conferences within 15 working days", "9.1%", "10%", "94.4%", 2),
    ]


def test_scorecard_cut_after_two_rows_reads_every_row() -> None:
    got = _figures(_cut_pdf(rows_on_first_page=2))
    assert [(i, b, lt, t) for i, b, lt, t, _ in got] == [
        (r[0], r[1], r[2], r[3]) for r in _ROWS[1:]
    ]
    assert [p for *_, p in got] == [1, 1, 2, 2]


def test_one_row_scorecard_alone_is_read() -> None:
    """The scorecard's one row, the whole table: read, not left to the unread warning."""
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    table = Table(
        [
            [Paragraph(f"<b>{x}</b>", body) for x in _ROWS[0]],
            [Paragraph(x, body) for x in _ROWS[1]],
        ],
        colWidths=[260, 70, 70, 70],
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([table])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "one.pdf"))
    assert [(k.indicator, k.baseline.raw if k.baseline else None) for k in plan.kpis] == [
        ("Social worker vacancy rate", "93%")
    ]
    assert not [w for w in plan.warnings if w.code == "kpi_table_unread"]
