"""A monitoring workbook's summary before its tracker: one row per recommendation with the
count of its actions per status and in all ('All actions': '3', '5', '13'). A column of counts
is no action column (plan_columns._counts_not_actions), whatever its header says; a 'Target
week' is when the work is due, not a figure to reach."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import _counts_not_actions, header_role
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
SUMMARY = [
    ["Area of inspection", "Steady", "Wavering", "Troubled", "All actions"],
    ["1) Reduce delay in achieving permanence for children in care", "1", "1", "1", "3"],
    ["2) Improve the consistency of decisions at the front door", "3", "1", "1", "5"],
    ["3) Strengthen management oversight of social work practice", "2", "1", "2", "5"],
    ["All recommendations", "6", "3", "4", "13"],
]
TRACKER = [
    ["Ref", "Action", "Lead officer", "Target week", "RAG"],
    ["T-001", "Hold a permanence planning meeting for every child by their second review",
     "Head of Service", "w/c 2 Mar 2026", "Green"],
    ["T-002", "Run weekly threshold clinics with partners at the front door",
     "Service Manager", "w/c 6 Apr 2026", "Amber"],
    ["T-003", "Audit twelve supervision records each month and report the themes",
     "Principal Social Worker", "w/c 4 May 2026", "Red"],
]  # fmt: skip


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    data = [[Paragraph(c, STYLE) if len(c) > 30 else c for c in row] for row in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
    ]))  # fmt: skip
    return t


def _workbook() -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4)).build([
        Paragraph("Summary of actions by status", STYLE),
        _table(SUMMARY, [330, 70, 70, 70, 80]),
        Spacer(1, 30),
        Paragraph("Action tracker", STYLE),
        _table(TRACKER, [50, 330, 130, 90, 50]),
    ])  # fmt: skip
    return buf.getvalue()


def test_the_summary_counts_are_no_actions() -> None:
    plan = extract_plan(parse_pdf_bytes(_workbook(), "workbook.pdf"))
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        ("T-001", "Head of Service", "2026-03-08", "green"),
        ("T-002", "Service Manager", "2026-04-12", "amber"),
        ("T-003", "Principal Social Worker", "2026-05-10", "red"),
    ]


def test_counts_are_not_refs() -> None:
    counts = [["Area", "Permanence", "Front door"], ["3", "5", "5", "13"]]
    assert _counts_not_actions(["other", "action"], counts) == ["other", None]
    refs = [["Agree the protocol", "Train the teams"], ["1", "2"]]
    assert _counts_not_actions([None, "action"], refs) == [None, "action"]  # a ref column
    assert header_role("Target week") == "due"
    assert header_role("Target") == "target"
