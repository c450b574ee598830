"""A task list printed as halves side by side to fit one sheet: the same header twice (or more)
in one header row, a narrow blank gap between the copies, the tasks running down the left copy
and on at the top of the right one. Read as the left copy's rows, then the right's, whatever the
header words, the number of columns or the gap; in a workbook or Word file read directly and in
a ruled PDF print where one grid holds both copies (the gap a ruled, empty column).

Not the layout of the plan generator's halves family: other header words and column order,
four columns with no link column (recommendations by heading and ref), a gap of two columns,
a third copy in one case."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import openpyxl
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.tables import header_copies, repeated_header

TITLE = "Children's services improvement plan 2026"
RECS = [
    "Recommendation 1: Strengthen management oversight of casework in the assessment teams",
    "Recommendation 2: Improve the stability of placements for children in care",
]
HEADER = ["Step", "Lead officer", "Action to be taken", "Complete by"]
TASKS = [
    ["1.1", "Head of Assessment", "Audit forty assessments each quarter and report the themes", "30/09/2026"],
    ["1.2", "Principal Social Worker", "Introduce a supervision template with a recorded rationale", "31/10/2026"],
    ["1.3", "Head of Assessment", "Hold monthly case reviews chaired by a service manager", "30/11/2026"],
    ["2.1", "Head of Placements", "Recruit twelve new foster carer households", "31/01/2027"],
    ["2.2", "Placements Team Manager", "Set up a placement stability panel meeting fortnightly", "28/02/2027"],
    ["2.3", "Head of Placements", "Offer every carer a support plan within four weeks", "31/03/2027"],
    ["2.4", "Commissioning Lead", "Commission a therapeutic support service for carers", "30/04/2027"],
]  # fmt: skip
GAP = 2  # blank columns between the copies


def _halves(copies: int) -> list[list[str]]:
    """The header row and task rows of the sheet: the tasks down each copy in turn."""
    per = -(-len(TASKS) // copies)
    blank = [""] * GAP
    rows = [[*HEADER, *blank] * (copies - 1) + HEADER]
    for i in range(per):
        row: list[str] = []
        for k in range(copies):
            j = k * per + i
            row += (TASKS[j] if j < len(TASKS) else [""] * len(HEADER)) + (
                blank if k < copies - 1 else []
            )
        rows.append(row)
    return rows


def _expected() -> list[tuple[str | None, str | None, list[str]]]:
    return [(t[0], t[1], [t[0].split(".")[0]]) for t in TASKS]


def _read(path: Path) -> list[tuple[str | None, str | None, list[str]]]:
    result = extract_file(path)
    ids = {r.id: r.number for r in result.recommendations}
    return [(a.ref, a.owner, [ids[r] for r in a.recommendations]) for a in result.actions]


def _xlsx(path: Path, copies: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.append([])
    for rec in RECS:
        ws.append([rec])
    ws.append([])
    for row in _halves(copies):
        ws.append([v or None for v in row])
    for cell in ws[6]:
        cell.font = Font(bold=True)
    for col in ws.iter_cols(min_row=6, max_row=6):
        letter = col[0].column_letter
        label = col[0].value
        ws.column_dimensions[letter].width = 3 if label is None else 12
        if label == "Action to be taken":
            ws.column_dimensions[letter].width = 40
    wb.save(str(path))
    return path


def test_repeated_header_finds_the_copies_whatever_the_words() -> None:
    assert repeated_header(["Ref", "Task", "Who", "", "Ref", "Task", "Who"]) == [
        range(0, 3),
        range(4, 7),
    ]
    assert repeated_header(["A", "B", "A", "B", "A", "B"]) == [
        range(0, 2),
        range(2, 4),
        range(4, 6),
    ]
    # no copies: the repeat does not start the row, labels repeat within a copy, a wide gap,
    # something after the last copy
    assert repeated_header(["Indicator", "Target", "Actual", "Target", "Actual"]) is None
    assert repeated_header(["RAG", "RAG", "RAG", "RAG"]) is None
    assert repeated_header(["Ref", "Task", "", "", "", "Ref", "Task"]) is None
    assert repeated_header(["Ref", "Task", "Ref", "Task", "Notes"]) is None


def test_repeated_period_columns_beside_the_actions_are_no_halves() -> None:
    """Two years of quarters under a year tier repeat 'Q1 | Q2' in one row, but the action's
    own column beside them holds text: no halves."""
    tracker = [
        ["Action", "2025/26", None, "2026/27", None],
        [None, "Q1", "Q2", "Q1", "Q2"],
        ["Audit forty assessments each quarter", "G", "A", "", ""],
    ]
    assert header_copies(tracker) is None
    halves = [["Ref", "Task", "", "Ref", "Task"], ["1", "Audit files", "", "3", "Train staff"]]
    assert header_copies(halves) == [range(0, 2), range(3, 5)]


def test_workbook_halves_read_left_then_right(tmp_path: Path) -> None:
    assert _read(_xlsx(tmp_path / "halves.xlsx", 2)) == _expected()


def test_workbook_in_three_copies(tmp_path: Path) -> None:
    assert _read(_xlsx(tmp_path / "thirds.xlsx", 3)) == _expected()


def test_word_table_halves(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading(TITLE, 1)
    for rec in RECS:
        d.add_paragraph(rec)
    rows = _halves(2)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "halves.docx"
    d.save(str(path))
    assert _read(path) == _expected()


def test_ruled_pdf_grid_holding_both_halves(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    rows = _halves(2)
    small = styles["BodyText"].clone("small", fontSize=7, leading=8)
    cells = [[Paragraph(v, small) if len(v) > 20 else v for v in row] for row in rows]
    widths = ([40, 70, 150, 50] + [8] * GAP) + [40, 70, 150, 50]
    t = Table(cells, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("FONTSIZE", (0, 0), (-1, -1), 7),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [Paragraph(TITLE, styles["Title"])]
    story += [Paragraph(rec, styles["BodyText"]) for rec in RECS]
    story += [Spacer(1, 12), t]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path = tmp_path / "halves.pdf"
    path.write_bytes(buf.getvalue())
    assert _read(path) == _expected()
