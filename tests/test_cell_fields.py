"""A label | value grid nested in each row's last cell (cell_fields): its labels read as columns.

The layout is none the generated families print: a ReportLab grid whose header is 'No. | What
will happen | Details', the nested grid's labels 'Responsible', 'Complete by', 'Health' (labels
no card or table of the holdout families uses), ruled or not, with a wrapped owner.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, action, owner, due printed, due read, status printed, rag read
ROWS = [
    ("A1", "Agree a shared tracker of health assessments with the community paediatric team",
     "Nadia Karim, Designated Doctor for Children Looked After", "30 June 2025", "2025-06-30",
     "On track", "green"),
    ("A2", "Chase every overdue review health assessment at the weekly placements meeting",
     "Head of Corporate Parenting", "September 2025", "2025-09-30", "Delayed", "amber"),
    ("A3", "Offer each young person a choice of venue and clinician for their assessment",
     "Looked After Children Nurse", "31/12/2025", "2025-12-31", "Complete", "blue"),
    ("A4", "Open a single front door for short-break requests with a five-day response standard",
     "Service Manager, Disabled Children", "March 2026", "2026-03-31", "Off track", "red"),
]  # fmt: skip
GRID = [("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _pdf(ruled_inside: bool) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    inner_style = TableStyle(GRID if ruled_inside else [("VALIGN", (0, 0), (-1, -1), "TOP")])
    data: list[list[object]] = [["No.", "What will happen", "Details"]]
    for ref, action, owner, due, _, status, _ in ROWS:
        inner = Table(
            [
                [Paragraph("<b>Responsible</b>", body), Paragraph(owner, body)],
                [Paragraph("<b>Complete by</b>", body), Paragraph(due, body)],
                [Paragraph("<b>Health</b>", body), Paragraph(status, body)],
            ],
            colWidths=[80, 130],
            style=inner_style,
        )
        data.append([ref, Paragraph(action, body), inner])
    outer = Table(data, colWidths=[40, 220, 220], style=TableStyle(GRID), repeatRows=1)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title="Plan")
    doc.build([Paragraph("Health of children in care: action plan", styles["Title"]), outer])
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "plan.pdf"))


@pytest.mark.parametrize("ruled_inside", [True, False])
def test_a_grid_nested_in_each_row_gives_who_when_and_status(ruled_inside: bool) -> None:
    plan = _read(_pdf(ruled_inside))
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag in ROWS
    ]


def test_the_word_file_reads_as_its_print(tmp_path: Path) -> None:
    """The same plan as a Word file: each row's last cell holds a nested table of label |
    value rows, which the reader states as 'Label: value' lines; the fields are read alike."""
    document = docx.Document()
    document.add_heading("Health of children in care: action plan", level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["No.", "What will happen", "Details"], strict=True):
        cell.text = text
    for ref, action, owner, due, _, status, _ in ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = ref, action
        inner = cells[2].add_table(rows=0, cols=2)
        for label, value in (("Responsible", owner), ("Complete by", due), ("Health", status)):
            row = inner.add_row().cells
            row[0].text, row[1].text = label, value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = extract_file(path)
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in result.actions] == [
        (ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag in ROWS
    ]
