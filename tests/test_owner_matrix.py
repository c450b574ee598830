"""A cross-tab placing each action (fixer I, round 17): a workbook's first sheet is a matrix of
lead officers (rows) by due months (columns) whose cells list action refs ('1b, 4a'); its
'Action list' sheet holds each action's ref, text and status. The owner is the header of the
row a ref sits in and the due month the header of its column. The matrix is printed BEFORE
the actions it keys on. Typeset with reportlab (a sheet a page, as a spreadsheet prints)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Row, header_role, read_layout
from plantrace.extractors.plan_crosstab import join_cross_tabs
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

MONTHS = ["Sep 2025", "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026"]
MATRIX = [
    ("Tom Ellery", "1c", "", "2a", "", ""),
    ("Helen Markham", "", "1a, 2b", "", "", ""),
    ("Fatima Rahman", "", "", "", "", "1b"),
]
ACTIONS = [
    ("1a", "R1", "Report health assessment timeliness monthly to the corporate parenting board"),
    ("1b", "R1", "Commission a therapeutic service for children in care with a short wait"),
    ("1c", "R1", "Use strengths and difficulties questionnaire scores to trigger a referral"),
    ("2a", "R2", "Review all children placed with parents under a care order"),
    ("2b", "R2", "Hold a permanence planning meeting for every child by their second review"),
]
STATUS = ["Amber", "Red", "Green", "Amber", "Red"]
EXPECTED = {
    "1a": ("Helen Markham", "Oct 2025"),
    "1b": ("Fatima Rahman", "Jan 2026"),
    "1c": ("Tom Ellery", "Sep 2025"),
    "2a": ("Tom Ellery", "Nov 2025"),
    "2b": ("Helen Markham", "Oct 2025"),
}


def _sheet(head: Sequence[str], rows: Sequence[Sequence[str]], widths: list[int]) -> Table:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    return table


def _workbook() -> bytes:
    actions = [(*a, s) for a, s in zip(ACTIONS, STATUS, strict=True)]
    story: list[object] = [
        Paragraph("<b>Owner matrix</b>", BODY),
        _sheet(["Responsible manager", *MONTHS], MATRIX, [140] + [80] * len(MONTHS)),
        PageBreak(),
        Paragraph("<b>Action list</b>", BODY),
        _sheet(
            ["Ref", "Recommendation", "Action to be taken", "Status"], actions, [50, 90, 400, 70]
        ),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return buf.getvalue()


def _draft(ref: str, text: str) -> Draft:
    return Draft(Row([], 1), ref, text, None, None, None, None, None, None, None, None)


def test_matrix_cells_place_refs_by_row_and_column() -> None:
    """join_cross_tabs alone: each ref takes its row's owner and its column's month."""
    elements = read_layout(parse_pdf_bytes(_workbook(), "matrix.pdf"))
    drafts = [_draft(ref, text) for ref, _, text in ACTIONS]
    join_cross_tabs(elements, drafts)
    assert {d.ref: (d.owner, d.due_raw) for d in drafts} == EXPECTED


def test_matrix_fills_only_what_an_action_lacks() -> None:
    elements = read_layout(parse_pdf_bytes(_workbook(), "matrix.pdf"))
    drafts = [_draft(ref, text) for ref, _, text in ACTIONS]
    drafts[0].owner = "Head of Service"  # the action's own column comes first
    join_cross_tabs(elements, drafts)
    assert (drafts[0].owner, drafts[0].due_raw) == ("Head of Service", "Oct 2025")


def test_grid_of_other_words_is_no_cross_tab() -> None:
    """A body cell that names no action read ('see note') makes the grid no cross-tab."""
    rows = [(*MATRIX[0][:2], "see note", *MATRIX[0][3:]), *MATRIX[1:]]
    story: list[object] = [_sheet(["Responsible manager", *MONTHS], rows, [140] + [80] * 5)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    elements = read_layout(parse_pdf_bytes(buf.getvalue(), "grid.pdf"))
    drafts = [_draft(ref, text) for ref, _, text in ACTIONS]
    join_cross_tabs(elements, drafts)
    assert all(d.owner is None and d.due_raw is None for d in drafts)


def _xlsx_workbook(path: Path) -> Path:
    """The workbook as a council keeps it: the matrix sheet first, then the action list,
    whose header row is too short for its wrapped 'Recommendation addressed' (the overflow
    prints across the rule into the first row) and whose action column is headed in words no
    vocabulary holds ('Change idea')."""
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Owner matrix"
    for j, h in enumerate(["Responsible manager", *MONTHS]):
        ws.column_dimensions[chr(65 + j)].width = 24 if j == 0 else 11
        c = ws.cell(1, j + 1, h)
        c.font, c.border = Font(bold=True), grid
    for i, row in enumerate(MATRIX):
        for j, v in enumerate(row):
            c = ws.cell(2 + i, j + 1, v or None)
            c.border = grid
            c.font = Font(bold=j == 0)
    al = wb.create_sheet("Action list")
    for j, (h, w) in enumerate(
        zip(
            ("Ref", "Recommendation addressed", "Change idea", "Status"),
            (8, 14, 90, 12),
            strict=True,
        )
    ):
        al.column_dimensions[chr(65 + j)].width = w
        c = al.cell(1, j + 1, h)
        c.font, c.border, c.alignment = Font(bold=True), grid, wrap
    al.row_dimensions[1].height = 13  # one line: the wrapped header overflows
    for i, (ref, rec, text) in enumerate(ACTIONS):
        for j, v in enumerate((ref, rec, text, STATUS[i])):
            c = al.cell(2 + i, j + 1, v)
            c.border, c.alignment = grid, wrap
    for sheet in (ws, al):
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


def test_owner_matrix_workbook_printed_by_libreoffice(tmp_path: Path) -> None:
    """The whole pipeline on the printed workbook: the action list is read as actions (a ref
    key, a status and sentences under an unknown header), its header's overflow is the
    header's (no 'addressed R1' link), and the matrix gives each its owner and month."""
    pdf = libreoffice_pdf(_xlsx_workbook(tmp_path / "plan.xlsx"), tmp_path)
    got = extract_file(pdf).to_contract()["actions"]
    assert {a["ref"]: (a["owner"], a["due_raw"], a["rag"]) for a in got} == {
        ref: (*EXPECTED[ref], rag.lower()) for (ref, _, _), rag in zip(ACTIONS, STATUS, strict=True)
    }
    assert [a["text"] for a in got] == [text for _, _, text in ACTIONS]
    elements = read_layout(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    table = next(el.table for el in elements if el.table and "action" in el.table.roles)
    assert table.labels[1] == "Recommendation addressed"
    assert [r.text(1) for r in table.rows] == [rec for _, rec, _ in ACTIONS]


def test_action_list_headers_named() -> None:
    assert header_role("Action code") == "ref"
    assert header_role("Progress rating") == "rag"


def test_owner_matrix_read_with_the_plan() -> None:
    """The whole pipeline: the matrix printed before the action list still joins."""
    got = extract_plan(parse_pdf_bytes(_workbook(), "matrix.pdf"))
    facts = {a.ref: (a.owner, a.due_raw) for a in got.actions}
    assert facts == EXPECTED
    assert {a.ref: str(a.due_date) for a in got.actions}["1b"] == "2026-01-31"


def _one_table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: list[int]) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([_sheet(head, rows, widths)])
    return buf.getvalue()


def test_keyed_rated_sentences_are_actions() -> None:
    """Ref | Recommendation | <unknown header> | Status: no column of people or dates (they are
    in the matrix), yet the distinct refs, the status and the sentences make it actions."""
    rows = [(*a, s) for a, s in zip(ACTIONS, STATUS, strict=True)]
    pdf = _one_table(["Ref", "Recommendation", "Change idea", "Status"], rows, [50, 90, 400, 70])
    table = next(el.table for el in read_layout(parse_pdf_bytes(pdf, "list.pdf")) if el.table)
    assert table.kind == "action"
    assert table.roles[2] == "action"


def test_codes_names_figures_and_rating_stay_a_scorecard() -> None:
    """Codes | Description | figures | figures | Rating: a scorecard, not actions, though its
    first column is distinct codes and a header names a status."""
    rows = [
        ("CSA", "Care leavers in suitable accommodation for their needs", "82%", "86%", "Green"),
        ("CSB", "Average caseload per social worker in the assessment teams", "339", "414", "Red"),
        ("CSE", "Re-referrals within twelve months of a previous referral", "21%", "18%", "Amber"),
    ]
    pdf = _one_table(
        ["", "Description", "Where we were", "Aim", "Rating"], rows, [50, 300, 90, 90, 70]
    )
    tables = [el.table for el in read_layout(parse_pdf_bytes(pdf, "kpi.pdf")) if el.table]
    assert all(t.kind != "action" for t in tables)


def test_matrix_turned_round_places_refs_too() -> None:
    """Months down the side and officers across the top: the axes are told by what their
    headers are (dates; people), not by which is the row."""
    owners = [row[0] for row in MATRIX]
    rows = [(m, *(row[1 + i] for row in MATRIX)) for i, m in enumerate(MONTHS)]
    pdf = _one_table(["Month due", *owners], rows, [90] + [120] * len(owners))
    drafts = [_draft(ref, text) for ref, _, text in ACTIONS]
    join_cross_tabs(read_layout(parse_pdf_bytes(pdf, "turned.pdf")), drafts)
    assert {d.ref: (d.owner, d.due_raw) for d in drafts} == EXPECTED


def test_total_column_beside_the_months_is_left_out() -> None:
    """A 'Total' column of counts right of the months gives no due month, and its numbers
    are no refs: the matrix is read all the same."""
    rows = [(*row, str(sum(len(c.split(",")) for c in row[1:] if c))) for row in MATRIX]
    pdf = _one_table(["Responsible manager", *MONTHS, "Total"], rows, [140] + [70] * 6)
    drafts = [_draft(ref, text) for ref, _, text in ACTIONS]
    join_cross_tabs(read_layout(parse_pdf_bytes(pdf, "total.pdf")), drafts)
    assert {d.ref: (d.owner, d.due_raw) for d in drafts} == EXPECTED
