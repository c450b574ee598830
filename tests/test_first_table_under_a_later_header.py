"""Tables of one plan under one header row, the FIRST of them holding one action and a total
(an invoice of one line first among the plan's invoices). A header naming few plan columns
('Line | Particulars | Rec. | Settle by | Account | Amount (£)') is read by its cells; one row
is too few for them to tell, and read_header takes the kind of a header row seen before only
from tables read earlier, so the first table was read as nothing: its action lost, and nothing
said so (holdout52 docx-invoices, the .docx and its print). A table read as nothing under a
header row that a later table is read under is now read as that one
(plan_columns._read_under_later_heads).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ("Line", "Particulars", "Rec.", "Settle by", "Account", "Amount (£)")
INVOICES = [
    [("1.1", "Launch a single exploitation screening tool", "R1",
      "2026.11", "Payment on schedule", "1,350.00")],
    [("1.2", "Develop safety plans for places of concern", "R1",
      "2026.09", "Payment on schedule", "10,175.00"),
     ("2.2", "Step down cases to early help with a handover", "R2", "2027.05",
      "Part paid, chasing", "5,075.00")],
    [("2.1", "Apply consistent thresholds at the front door", "R2",
      "2026.07", "Disputed", "3,725.00"),
     ("3.1", "Offer tuition to every child in care behind", "R3", "2027.02",
      "Settled", "5,975.00")],
]  # fmt: skip
WANT = [(row[0], row[1], row[3]) for rows in INVOICES for row in rows]


def _total(rows: list[tuple[str, ...]]) -> str:
    return f"{sum(float(r[5].replace(',', '')) for r in rows):,.2f}"


def _docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Improvement plan: invoices by lead")
    for k, rows in enumerate(INVOICES):
        d.add_paragraph(f"INVOICE INV-2026-{5230 + k}")
        table = d.add_table(rows=len(rows) + 2, cols=len(HEAD))
        table.style = "Table Grid"
        for c, head in enumerate(HEAD):
            table.cell(0, c).paragraphs[0].add_run(head).bold = True
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        table.cell(len(rows) + 1, 4).text = "Total"
        table.cell(len(rows) + 1, 5).text = _total(rows)
        d.add_paragraph("Please quote the invoice number on all correspondence.")
    d.save(str(path))
    return path


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    body = getSampleStyleSheet()["BodyText"]
    story: list[object] = [Paragraph("Improvement plan: invoices by lead", body)]
    for k, rows in enumerate(INVOICES):
        story.append(Paragraph(f"INVOICE INV-2026-{5230 + k}", body))
        data = [HEAD, *rows, ("", "", "", "", "Total", _total(rows))]
        table = Table(data, colWidths=[30, 230, 35, 55, 90, 60])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ]
            )
        )
        story += [table, Paragraph("Please quote the invoice number.", body), Spacer(1, 12)]
    doc.build(story)
    return buf.getvalue()


def test_first_table_of_one_line_in_the_word_file(tmp_path: Path) -> None:
    result = extract_file(_docx(tmp_path / "invoices.docx"))
    assert [(a.ref, a.text, a.due_raw) for a in result.actions] == WANT


def test_first_table_of_one_line_in_a_print() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "invoices.pdf"))
    assert [(a.ref, a.text, a.due_raw) for a in plan.actions] == WANT
