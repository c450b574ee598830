"""A pivot table printed from a spreadsheet in compact form, without gridlines: a 'Row Labels'
header; each recommendation an outline row '⊟ Recommendation 2: <text>' with the other cells
empty; its actions beneath in the same column, each with a lead, a due date right-aligned, a
RAG word centred and a count of 1 right-aligned; a subtotal row 'Recommendation 2 Total' with
the group's count after each group (the next outline row at the line pitch right under it)
and a 'Grand Total' row at the end.

The right-aligned and centred values start right of their left-aligned headers (a header cell
starting just right of the column's data edge is still that column's), centred words of
different widths leave two rivers under one header, the count column is no recommendation
number, the subtotal and total rows are no actions and each outline row opens a row of its own.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_totals import total_label
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import _under_header

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEJAVU_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

RECS = [
    "Ensure that strategy discussions involve police, health and children's social care",
    "Increase the range of suitable accommodation for care leavers",
    "Make sure that children's wishes and feelings are sought and recorded",
]
ACTIONS = [
    [
        ("Revise the strategy discussion template so the decision is recorded", "Amira Choudhury",
         "31/05/2026", "Red", "red"),
        ("Run a multi-agency audit of thirty strategy discussions", "Martin Hale", "28/02/2026",
         "Not started", None),
        ("Set up a daily virtual strategy meeting slot for partners", "Bethan Lloyd",
         "27/05/2025", "Amber", "amber"),
    ],
    [
        ("Give every care leaver a written summary of their entitlements", "Bethan Lloyd",
         "30/06/2025", "Green", "green"),
        ("Set up a care leavers' hub with drop-in advice on housing", "Amira Choudhury",
         "31/07/2026", "Blue", "blue"),
    ],
    [
        ("Ensure independent reviewing officers meet each child before their review",
         "Grace Adebayo", "03/07/2026", "Not started", None),
        ("Expand the children in care council and set up a younger members' group",
         "Martin Hale", "30/09/2025", "Green", "green"),
        ("Invite young inspectors to review services twice a year", "Amira Choudhury",
         "31/05/2025", "Amber", "amber"),
    ],
]  # fmt: skip


def _pivot() -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(DEJAVU_BOLD)))
    head = ["Row Labels", "Lead manager", "Completion by", "Current RAG", "Count of Action"]
    rows: list[list[str]] = [head]
    bold = [0]
    for n, (rec, acts) in enumerate(zip(RECS, ACTIONS, strict=True), start=1):
        bold.append(len(rows))
        rows.append([f"⊟ Recommendation {n}: {rec}", "", "", "", ""])
        rows += [[text, lead, due, word, "1"] for text, lead, due, word, _ in acts]
        bold.append(len(rows))
        rows.append([f"Recommendation {n} Total", "", "", "", str(len(acts))])
    bold.append(len(rows))
    rows.append(["Grand Total", "", "", "", str(sum(len(a) for a in ACTIONS))])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    table = Table(rows, colWidths=[420, 130, 80, 80, 80])
    style = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (2, 1), (2, -1), "RIGHT"), ("ALIGN", (3, 1), (3, -1), "CENTRE"),
        ("ALIGN", (4, 0), (4, -1), "RIGHT"),
    ]  # fmt: skip
    style += [("FONT", (0, r), (-1, r), "DejaVuSans-Bold", 7) for r in bold]
    # the outline row sits right under the subtotal row, at the line pitch
    style += [("TOPPADDING", (0, r), (-1, r), 0) for r in bold[3:-1:2]]
    style += [("BOTTOMPADDING", (0, r - 1), (-1, r - 1), 0) for r in bold[3:-1:2]]
    table.setStyle(TableStyle(style))
    doc.build([table])
    return buf.getvalue()


@pytest.mark.skipif(
    not (DEJAVU.exists() and DEJAVU_BOLD.exists()), reason="DejaVu Sans is not installed"
)
def test_pivot_outline_rows_group_actions_and_totals_are_none() -> None:
    plan = extract_plan(parse_pdf_bytes(_pivot(), "pivot.pdf"))
    by_id = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.text, a.owner, a.due_raw, a.rag, [by_id[r] for r in a.recommendations])
        for a in plan.actions
    ]
    want = [
        (text, lead, due, rag, [str(n)])
        for n, acts in enumerate(ACTIONS, start=1)
        for text, lead, due, _, rag in acts
    ]
    assert got == want
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]


def test_total_labels() -> None:
    assert total_label("Recommendation 2 Total")
    assert total_label("Grand  Total")
    assert total_label("Total")
    assert not total_label("Total caseload to be reduced below twenty")
    assert not total_label("")


def test_columns_under_header_cells() -> None:
    runs = [(29.7, 68.6), (463.2, 511.3), (595.9, 644.6), (674.1, 720.0), (752.4, 805.2)]
    # a start half a point short of its header cell's edge is under that cell
    assert _under_header([29.2, 462.7, 615.7, 700.7, 806.1], runs) == [0, 1, 2, 3, 4]
    # two rivers a few points apart under one header cell (centred words): one column
    starts = [29.1, 463.0, 614.1, 693.0, 700.0, 805.8]
    assert _under_header(starts, runs, 16.0) == [0, 1, 2, 3, 3, 4]
    assert _under_header(starts, runs, 0.0) is None
    # left-aligned cells starting right of where their header cell's words end (a percentage
    # beside a bar under 'Share done') are a column the header leaves unnamed; right-aligned
    # figures starting there are the header's own
    bars = [(34.6, 74.4), (85.6, 148.4), (397.5, 449.2), (510.8, 562.9), (609.8, 652.8),
            (743.3, 785.7)]  # fmt: skip
    starts = [33.7, 84.6, 396.5, 509.9, 698.4, 742.5]
    assert _under_header(starts, bars, 0.0, [698.4]) is None
    assert _under_header(starts, bars) == [0, 1, 2, 3, 4, 5]
