"""One table for a whole plan, its recommendations as heading rows inside it ('Theme 2 | <text>'),
each heading stating a lead and a date that the action rows under it take where their own cells
are blank; a row that names its own keeps it. A byline in smaller print under the heading's text
(a sponsor, a chair, a review date) is none of the recommendation. Read alike from Word and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.pipeline.extract import extract_file

HEADER = ("No.", "What we will do", "Responsible", "Target date", "Progress")
THEMES = [
    (
        "Theme 1",
        "Improve the quality and timeliness of assessments for children in need",
        "Sponsor: Ruth Okafor · Chair of the group: Cllr Dan Hale · Reviewed 30 April 2025",
        ("Head of Assessment", "31 March 2026"),
        [
            ("1.1", "Introduce a single assessment template agreed with partners", "", "", "On track"),
            ("1.2", "Audit twenty assessments each month and report the findings", "Principal Social Worker", "", "Complete"),
            ("1.3", "Train every team manager in analysis and planning", "", "30 June 2026", "Delayed"),
        ],
    ),
    (
        "Theme 2",
        "Strengthen management oversight of children subject to child protection plans",
        "Sponsor: Ruth Okafor · Chair of the group: Mark Ellis · Reviewed 31 May 2025",
        ("Service Manager for Safeguarding", "30 September 2026"),
        [
            ("2.1", "Hold monthly case supervision recorded on every child's file", "", "", "On track"),
            ("2.2", "Publish a practice standard for supervision records", "Head of Quality Assurance", "31 January 2026", "On track"),
        ],
    ),
]  # fmt: skip

EXPECTED = [
    ("1.1", "Head of Assessment", date(2026, 3, 31), ["r1"]),
    ("1.2", "Principal Social Worker", date(2026, 3, 31), ["r1"]),
    ("1.3", "Head of Assessment", date(2026, 6, 30), ["r1"]),
    ("2.1", "Service Manager for Safeguarding", date(2026, 9, 30), ["r2"]),
    ("2.2", "Head of Quality Assurance", date(2026, 1, 31), ["r2"]),
]


def _docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Improvement plan by theme").runs[0].bold = True
    rows = sum(1 + len(t[4]) for t in THEMES) + 1
    table = d.add_table(rows=rows, cols=len(HEADER))
    table.style = "Table Grid"
    for c, head in enumerate(HEADER):
        table.cell(0, c).text = head
    r = 1
    for label, text, byline, (lead, when), actions in THEMES:
        table.cell(r, 0).text = label
        cell = table.cell(r, 1)
        cell.text = text
        small = cell.add_paragraph().add_run(byline)
        small.italic, small.font.size = True, Pt(7)
        table.cell(r, 2).text, table.cell(r, 3).text = lead, when
        r += 1
        for action in actions:
            for c, value in enumerate(action):
                table.cell(r, c).text = value
            r += 1
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    small = ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=7, leading=9)
    data: list[list[object]] = [list(HEADER)]
    for label, text, byline, (lead, when), actions in THEMES:
        data.append([label, [Paragraph(text, body), Paragraph(byline, small)], lead, when, ""])
        data += [[Paragraph(v, body) if c == 1 else v for c, v in enumerate(a)] for a in actions]
    table = Table(data, colWidths=[50, 330, 170, 90, 80], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("Improvement plan by theme", body), table])
    return path


def _read(
    path: Path,
) -> tuple[list[tuple[str | None, str | None, date | None, list[str]]], list[str]]:
    result = extract_file(path)
    got = [(a.ref, a.owner, a.due_date, list(a.recommendations)) for a in result.actions]
    return got, [r.text for r in result.recommendations]


def test_heading_rows_give_their_lead_and_date_to_blank_cells_docx(tmp_path: Path) -> None:
    got, recs = _read(_docx(tmp_path / "plan.docx"))
    assert got == EXPECTED
    assert recs == [THEMES[0][1], THEMES[1][1]]


def test_heading_rows_give_their_lead_and_date_to_blank_cells_pdf(tmp_path: Path) -> None:
    got, recs = _read(_pdf(tmp_path / "plan.pdf"))
    assert got == EXPECTED
    assert recs == [THEMES[0][1], THEMES[1][1]]
