"""A cross-tab placing each action (fixer I, round 17): a workbook's first sheet is a matrix of
lead officers (rows) by due months (columns) whose cells list action refs ('1b, 4a'); its
'Action list' sheet holds each action's ref, text and status. The owner is the header of the
row a ref sits in and the due month the header of its column. The matrix is printed BEFORE
the actions it keys on. Typeset with reportlab (a sheet a page, as a spreadsheet prints)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Row, read_layout
from plantrace.extractors.plan_crosstab import join_cross_tabs
from plantrace.pipeline.reader import parse_pdf_bytes

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
