"""A Word action table running over pages with no repeated header row is read whole, from the
.docx and from its LibreOffice print alike.

Round 51 noted (not reproduced on a set) that such a table's continuation could be lost
silently. Round 52 built it in several shapes (a ref column or none, rows split over the page
or not, status cells or whole rows filled, a page header and footer, one row alone on page 2):
every whole row was read, but with no ref column a row the page split was read as two actions,
the rest on the next page ('worker in area 36', its due's last digit '6') an action of its own
(said only as a doubtful piece) and the row's own text and due cut. plan_columns.
continue_rows now joins a next piece's first row that goes on mid-sentence in the Action cell
(_continues_mid_sentence); the [False-40-0] and [False-52-4] cases fail without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

TEXTS = [
    "Review the quality of supervision records",
    "Train team managers in reflective supervision and audit the results each quarter with"
    " the principal social worker",
    "Publish a revised practice standard",
    "Hold a monthly missing children panel with the police and health partners",
    "Add a supervision timeliness measure to the dashboard",
]
LEADS = ["Head of Service", "Principal Social Worker", "Service Manager", "Director"]
STATUS = ["On track", "Delayed", "Complete"]
FILLS = {"On track": "C6EFCE", "Delayed": "FFEB9C", "Complete": "BDD7EE"}
ROWS = 30  # LibreOffice prints them over two pages


def _fill(cell: object, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _plan(path: Path, refs: bool, rows: int, lead_in: int = 0) -> Path:
    doc = Document()
    doc.add_heading("Eastmere Children's Services improvement plan", 1)
    for _ in range(lead_in):
        doc.add_paragraph(
            "The plan sets out how we will respond to the recommendations of the inspection"
            " and how progress will be monitored by the board."
        )
    head = (
        ["Ref", "Action", "Lead", "Due", "Status"] if refs else ["Action", "Lead", "Due", "Status"]
    )
    widths = [1.5, 8.0, 3.5, 2.5, 2.5] if refs else [8.0, 3.5, 2.5, 2.5]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.autofit = False
    for c, h in zip(t.rows[0].cells, head, strict=True):
        c.text = h
        _fill(c, "D9E2F3")
    for i in range(1, rows + 1):
        status = STATUS[i % 3]
        vals = [f"1.{i}", f"{TEXTS[i % 5]} in area {i}", LEADS[i % 4], f"{i % 28 + 1:02d}/03/2026",
                status][0 if refs else 1 :]  # fmt: skip
        cells = t.add_row().cells
        for c, v in zip(cells, vals, strict=True):
            c.text = v
        _fill(cells[-1], FILLS[status])
    for col, w in zip(t.columns, widths, strict=True):
        col.width = Cm(w)
    doc.add_paragraph("Progress will be reported to the improvement board each quarter.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    ("refs", "rows", "lead_in"), [(True, ROWS, 0), (False, ROWS, 0), (False, 40, 0), (False, 52, 4)]
)
def test_table_over_pages_read_whole_in_both_readings(
    tmp_path: Path, refs: bool, rows: int, lead_in: int
) -> None:
    docx = _plan(tmp_path / "plan.docx", refs, rows, lead_in)
    pdf = libreoffice_pdf(docx, tmp_path)
    read_docx, read_pdf = extract_file(docx), extract_file(pdf)
    assert max(a.provenance.page for a in read_pdf.actions if a.provenance) >= 2
    for result in (read_docx, read_pdf):
        assert [a.text for a in result.actions] == [
            f"{TEXTS[i % 5]} in area {i}" for i in range(1, rows + 1)
        ]
        assert [a.owner for a in result.actions] == [LEADS[i % 4] for i in range(1, rows + 1)]
    assert [a.due_date for a in read_pdf.actions] == [a.due_date for a in read_docx.actions]
    assert [a.rag for a in read_pdf.actions] == [a.rag for a in read_docx.actions]
