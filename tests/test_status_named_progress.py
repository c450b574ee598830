"""A column its header names progress whose cells are all status words, some saying a colour and
the rest states of the same scale ('Not started' beside 'On track'), is the RAG
(column_roles._rated_progress); the prose beside it stays the progress note. A layout that is
not holdout8's: other headers and words, half the rows in a state that says no colour."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["No.", "Action", "Lead", "Deadline", "Progress", "Commentary"]
ROWS = [
    ["1", "Refresh the early help offer", "Head of Early Help", "31/03/2027", "On track", "Drafted"],
    ["2", "Audit step-down decisions", "Service Manager", "30/09/2026", "Not started", "Booked"],
    ["3", "Train partners on thresholds", "Partnership Lead", "31/12/2026", "Off track", "Late"],
    ["4", "Publish the threshold guide", "Head of Service", "30/06/2027", "Not started", "Planned"],
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    t = Table([HEADER, *ROWS], colWidths=[30, 150, 100, 60, 60, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([t])
    return buf.getvalue()


def test_a_column_of_status_words_headed_progress_is_the_rag() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    got = {a.ref: (a.rag, a.progress) for a in plan.actions}
    assert got["1"] == ("green", "Drafted")
    assert got["3"] == ("red", "Late")
    assert got["2"][1] == "Booked"
