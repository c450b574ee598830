"""A plan printed as a schedule of grant milestones: per milestone its deliverable, who is
responsible, the date it must be achieved by, the payment it releases and the date that payment
may be claimed (a month or so after the due date), and the milestone's status ('Achieved',
'Not met', 'On schedule').

What is read: the due date is the column whose header names the due ('Deliver by'), never the
later 'Claim date' (when money for the work is claimed, an event after it is due), whatever
the column order says; 'Achieved' is done (blue), 'Not met' red.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, deliverable, responsible, due as printed, due iso, payment, claim date, status, colour
ROWS = [
    ("M1.1", "Introduce a career pathway that rewards practice expertise in social work",
     "Helen Markham", "03/2026", "2026-03-31", "£25,000", "15.04.2026", "Achieved", "blue"),
    ("M1.2", "Launch a recruitment campaign for experienced social workers across teams",
     "Omar Siddiqui", "15.07.2026", "2026-07-15", "£40,000", "18.08.2026", "Not met", "red"),
    ("M1.3", "Audit the quality of supervision records in every children's team",
     "Grace Whitfield", "30.09.2026", "2026-09-30", "£10,000", "21.10.2026", "On schedule",
     "green"),
]  # fmt: skip

HEADER = [
    "Milestone", "Milestone deliverable", "Responsible", "Deliver by",
    "Payment on achievement", "Claim date", "Milestone status",
]  # fmt: skip


def _pdf(header: list[str]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    body = getSampleStyleSheet()["BodyText"]
    data: list[list[object]] = [
        ["Deliverable group 1: Improve the stability of the social work workforce"] + [""] * 6,
        header,
    ]
    for ref, text, owner, due, _, pay, claim, status, _ in ROWS:
        data.append([ref, Paragraph(text, body), owner, due, pay, claim, status])
    table = Table(data, colWidths=[60, 230, 100, 70, 90, 70, 100])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#1F3864")),
                ("TEXTCOLOR", (0, 1), (-1, 1), colors.white),
                ("FONTNAME", (0, 1), (-1, 1), "Helvetica-Bold"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    doc.build([Paragraph("Schedule 2: Milestones and payments", body), table])
    return buf.getvalue()


def test_the_header_naming_the_due_wins_over_a_later_claim_date() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(HEADER), "grant.pdf"))
    got = {a.ref: a.due_date.isoformat() if a.due_date else None for a in result.actions}
    assert got == {r[0]: r[4] for r in ROWS}


def test_a_due_phrase_beats_a_later_bare_date_header() -> None:
    # 'Date released' names no event the vocabulary knows: a date only, after the due
    header = [h if h != "Claim date" else "Date released" for h in HEADER]
    result = extract_plan(parse_pdf_bytes(_pdf(header), "grant.pdf"))
    got = {a.ref: a.due_date.isoformat() if a.due_date else None for a in result.actions}
    assert got == {r[0]: r[4] for r in ROWS}


def test_statuses_on_the_met_scale_are_read() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(HEADER), "grant.pdf"))
    assert {a.ref: a.rag for a in result.actions} == {r[0]: r[8] for r in ROWS}
    assert normalise_rag("Not met") == "red"
    assert normalise_rag("Partly met") == "amber"
