"""A status column headed by another document's word ('Account') whose words no vocabulary
reads ('Disputed', 'Part paid, chasing'), each printed in its colour: the inks are the status.

An invoice's line items rate each action in its own words, each in an ink of its own (red,
amber, green, blue, and grey for a row not yet rated); a legend lists the words in black, so no
printed key gives them colours, and the header names no role. The column is read as the status
and each word in a RAG colour as that colour; the grey word gets none and is said. In a print
the row's cells share a baseline and are joined into one line: a cell cut from its middle keeps
its own words' ink (Word.colour), so the PDF reads as the .docx does. A column of one ink (a
table printed all in blue) tells no status.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

INK = {"Disputed": "#C62828", "Part paid, chasing": "#E0A000", "On schedule": "#2E7D32",
       "Settled": "#1565C0", "Not yet invoiced": "#757575"}  # fmt: skip
ROWS = [
    ("1.1", "Rewrite the pathway plan with care leavers so it is shorter", "31/05/2026", "Disputed", "9,750.00"),
    ("1.2", "Give every care leaver a written summary of their entitlements", "04/01/2027", "Part paid, chasing", "4,850.00"),
    ("2.1", "Launch a single exploitation screening tool for partner agencies", "13/01/2027", "Settled", "5,300.00"),
    ("2.2", "Establish a weekly multi-agency exploitation meeting with police", "10/04/2027", "Not yet invoiced", "4,200.00"),
    ("2.3", "Appoint two specialist exploitation social workers for complex cases", "15/10/2026", "On schedule", "6,525.00"),
]  # fmt: skip
HEAD = ("Ref", "Action", "Due date", "Account", "Amount (£)")
WANT = [("1.1", "red"), ("1.2", "amber"), ("2.1", "blue"), ("2.2", None), ("2.3", "green")]
LEGEND = "Account: " + "; ".join(INK) + "."


def _pdf(one_ink: bool = False) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    body = getSampleStyleSheet()["BodyText"]
    table = Table(
        [HEAD, *ROWS, ("", "", "", "Total", "30,625.00")], colWidths=[30, 230, 70, 90, 60]
    )
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for r, row in enumerate(ROWS, start=1):
        ink = "#1565C0" if one_ink else INK[row[3]]
        style.append(("TEXTCOLOR", (3, r), (3, r), colors.HexColor(ink)))
    table.setStyle(TableStyle(style))
    doc.build([Paragraph("Improvement plan: invoices", body), Paragraph(LEGEND, body), table])
    return buf.getvalue()


def _docx(path: Path, status_head: str = "Account") -> Path:
    d = docx.Document()
    d.add_paragraph("Improvement plan: invoices")
    d.add_paragraph(LEGEND)
    table = d.add_table(rows=len(ROWS) + 1, cols=len(HEAD))
    table.style = "Table Grid"
    for c, head in enumerate(HEAD):
        table.cell(0, c).text = status_head if c == 3 else head
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            run = table.cell(r, c).paragraphs[0].add_run(value)
            if c == 3:
                run.font.color.rgb = RGBColor.from_string(INK[value].lstrip("#"))
    d.save(str(path))
    return path


def test_inked_words_are_the_status_in_a_print() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "invoice.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == WANT
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert said and "Account" in said[0].message  # the grey word: read as no colour, said


def test_inked_words_are_the_status_in_the_word_file(tmp_path: Path) -> None:
    result = extract_file(_docx(tmp_path / "invoice.docx"))
    assert [(a.ref, a.rag) for a in result.actions] == WANT


def test_inked_words_under_a_status_header(tmp_path: Path) -> None:
    """The header names the status ('Payment state'), but no vocabulary reads its words."""
    result = extract_file(_docx(tmp_path / "invoice.docx", status_head="Payment state"))
    assert [(a.ref, a.rag) for a in result.actions] == WANT


def test_one_ink_for_every_word_tells_no_status() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(one_ink=True), "invoice.pdf"))
    assert [a.rag for a in plan.actions] == [None] * len(ROWS)


def test_tables_under_one_header_read_as_one_column(tmp_path: Path) -> None:
    """One table whose rows share a status, one of a single row: each alone shows one ink;
    under one header row they are one column, its inks the key."""
    d = docx.Document()
    d.add_paragraph("Improvement plan: invoices")
    also = ("1.3", "Hold a review of every pathway plan", "30/06/2026", "Disputed", "1.00")
    for rows in ([ROWS[0], also], ROWS[2:3]):
        d.add_paragraph("Bill to:")
        table = d.add_table(rows=len(rows) + 1, cols=len(HEAD))
        table.style = "Table Grid"
        for c, head in enumerate(HEAD):
            table.cell(0, c).text = head
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                run = table.cell(r, c).paragraphs[0].add_run(value)
                if c == 3:
                    run.font.color.rgb = RGBColor.from_string(INK[value].lstrip("#"))
    d.save(str(tmp_path / "two.docx"))
    result = extract_file(tmp_path / "two.docx")
    assert [a.rag for a in result.actions] == ["red", "red", "blue"]
