"""A plan ranked like a league table: a filled band row per recommendation ('Group 2 — <text>'),
under it that recommendation's actions ranked by a score, not in their refs' order. A position
counts each group's rows from 1 again (no recommendation number), figures (score, weighting)
sit beside the action, one cell pairs the lead with the date ('<lead>' / 'by 14-Mar-27') under a
header naming only the date, a '<word> by' column names who checked the score (no due, no
lead), and the status is a short phrase no vocabulary knows, each printed in its colour's ink
under a header that names no status. Read alike from the workbook and from a PDF print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.pipeline.extract import extract_file

HEADER = ("Pos", "Trend", "Ref", "Action", "Score", "Weighting", "Steward / deadline", "Checked by", "Latest")  # fmt: skip
# the checkers: people the cell typer knows as people (B), or mostly names it does not (A)
KNOWN = ("Harriet Bloom", "Samuel Okonjo", "Beatrix Lowe")
UNKNOWN = ("Odalys Fenwick-Marr", "Marisol Abernethy-Cole", "Ottoline Fairbrother-Yeo")
INKS = {"Secure": "2E7D32", "Wobbling": "EF6C00", "In trouble": "C62828", "Finished": "1565C0"}
GROUPS = [
    (
        "Improve the timeliness of initial child protection conferences",
        [
            ("1.2", "Book conference rooms six weeks ahead for every new case", "88.1", "12%", "Head of Safeguarding", "31-Mar-27", "Odalys Fenwick-Marr", "Secure"),
            ("1.1", "Report conference timeliness weekly to the senior leadership team", "74.0", "8%", "Conference Chair Manager", "30-Jun-26", "Tobiah Quennell", "Wobbling"),
            ("1.3", "Recruit two additional conference chairs on permanent contracts", "51.5", "21%", "Director of Children's Services", "15-Jan-27", "Odalys Fenwick-Marr", "In trouble"),
        ],
    ),
    (
        "Strengthen the voice of children in their care plans",
        [
            ("2.3", "Give every child in care a named advocate at their review", "92.4", "18%", "Participation Lead", "28-Feb-27", "Tobiah Quennell", "Finished"),
            ("2.1", "Record each child's wishes in their own words on the care plan", "63.3", "9%", "Head of Children in Care", "31-Oct-26", "Marisol Abernethy-Cole", "Secure"),
            ("2.2", "Audit twenty care plans each quarter for the child's voice", "40.2", "14%", "Principal Social Worker", "31-Dec-26", "Odalys Fenwick-Marr", "In trouble"),
        ],
    ),
]  # fmt: skip
RAG = {"Secure": "green", "Wobbling": "amber", "In trouble": "red", "Finished": "blue"}
EXPECTED = sorted(
    (ref, lead, date(2000 + int(due[-2:]), _m, int(due[:2])), [f"r{g}"], RAG[word])
    for g, (_, rows) in enumerate(GROUPS, start=1)
    for ref, _, _, _, lead, due, _, word in rows
    for _m in [["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].index(due[3:6]) + 1]
)  # fmt: skip


NOTES = (
    "Panel agreed the revised approach",
    "Awaiting the budget decision of the board",
    "First audit reported; themes shared",
)


def _rows(
    checkers: tuple[str, ...], notes: bool = False, updates: bool = False
) -> list[tuple[int, str | None, list[str]]]:
    """(group, the band's text or None, the row's cells) in print order."""
    out: list[tuple[int, str | None, list[str]]] = []
    k = 0
    for g, (text, rows) in enumerate(GROUPS, start=1):
        out.append((g, f"Group {g} — {text}", []))
        for pos, (ref, action, score, weight, lead, due, _, word) in enumerate(rows, 1):
            trend = "▲1" if pos % 2 else "="
            checker = checkers[k % len(checkers)]
            k += 1
            cells = [
                str(pos),
                trend,
                ref,
                action,
                score,
                weight,
                f"{lead}\nby {due}",
                checker,
                word,
            ]
            if updates:  # an update on the work beside the status
                cells.append(NOTES[k % len(NOTES)])
            out.append((g, None, cells))
    return out


def _xlsx(path: Path, header: tuple[str, ...], checkers: tuple[str, ...]) -> Path:
    notes = len(header) > len(HEADER)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ranked"
    ws.cell(1, 1, "Improvement priorities ranked by score").font = Font(bold=True, size=13)
    for c, head in enumerate(header, start=1):
        ws.cell(3, c, head).font = Font(bold=True)
    for c, width in zip("ABCDEFGHI", (6, 7, 7, 60, 8, 10, 32, 24, 14), strict=True):
        ws.column_dimensions[c].width = width
    r = 4
    for _, band, cells in _rows(checkers, notes):
        if band is not None:
            ws.cell(r, 1, band).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DCE6F1")
        else:
            for c, value in enumerate(cells, start=1):
                cell = ws.cell(r, c, value)
                if c == len(HEADER) and value in INKS:
                    cell.font = Font(color="FF" + INKS[value], bold=True)
        r += 1
    wb.save(str(path))
    return path


def _pdf(
    path: Path, header: tuple[str, ...], checkers: tuple[str, ...], updates: bool = False
) -> Path:
    notes = len(header) > len(HEADER)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=10)
    data: list[list[object]] = [list(header)]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (0, 1), (-1, -1), "Helvetica", 8)]  # fmt: skip
    for _, band, cells in _rows(checkers, notes, updates):
        n = len(data)
        if band is not None:
            data.append([Paragraph(f"<b>{band}</b>", body)] + [""] * (len(header) - 1))
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#DCE6F1"))]  # fmt: skip
            continue
        row: list[object] = [Paragraph(v.replace("\n", "<br/>"), body) for v in cells[:8]]
        word = cells[8]
        row.append(Paragraph(f'<font color="#{INKS[word]}"><b>{word}</b></font>', body))
        row += [Paragraph(v, body) for v in cells[9:]]
        data.append(row)
    widths = (
        [26, 30, 28, 250, 34, 44, 130, 110, 60]
        if not notes
        else [22, 26, 28, 200, 30, 40, 110, 90, 55, 110]
    )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build(
        [Paragraph("<b>Improvement priorities ranked by score</b>", body), Spacer(1, 8), table]
    )
    return path


def _read(path: Path) -> list[tuple[str | None, str | None, date | None, list[str], str | None]]:
    result = extract_file(path)
    return sorted(
        (a.ref, a.owner, a.due_date, list(a.recommendations), a.rag) for a in result.actions
    )


# A: the lead-and-date column's header names neither ('Steward / final word'), half the checkers
# are names no typer knows: the '<word> by' header must not keep the due. B: the header names the
# date only, the checkers are known people: they must not stand in as the lead.
CASES = {
    "A": (HEADER[:6] + ("Steward / final word",) + HEADER[7:], UNKNOWN[:1] + KNOWN[:1]),
    "B": (HEADER, KNOWN),
    # C: the refs under a header no vocabulary names ('Entry'), beside a position's numbers; a
    # column of notes takes the progress, so the inked statuses are read as the latest position
    "C": (HEADER[:2] + ("Entry",) + HEADER[3:] + ("Notes",), KNOWN),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_ranked_divisions_workbook(tmp_path: Path, case: str) -> None:
    assert _read(_xlsx(tmp_path / "ranked.xlsx", *CASES[case])) == EXPECTED


@pytest.mark.parametrize("case", sorted(CASES))
def test_ranked_divisions_print(tmp_path: Path, case: str) -> None:
    assert _read(_pdf(tmp_path / "ranked.pdf", *CASES[case])) == EXPECTED


def test_band_title_cut_after_its_first_word_is_a_heading_row() -> None:
    """The geometry of a spreadsheet's print (LibreOffice, 8 pt): the band's title starts at the
    narrow first column's edge and the next column's edge falls a word's space after its first
    word, so the table reader cuts 'Division' | '2 — Increase ...' (the rest merged across)."""
    from plantrace.extractors.plan_columns import _rows
    from plantrace.pipeline.document import Cell, Line, Table

    def cell(text: str, x0: float, x1: float, top: float) -> Cell:
        line = Line(text, (x0, top, x1, top + 8.0), 8.0, False, 1, 0)
        return Cell(text, (x0, top, x1, top + 8.0), [line])

    head = [cell(h, x, x + 20, 100.0) for h, x in zip(("Pos", "Move", "Ref", "Action"), (55, 79, 104, 130), strict=True)]  # fmt: skip
    band = [cell("Division", 55, 77.5, 120.0), cell("2 — Increase the range of suitable accommodation", 79, 377, 120.0), None, None]  # fmt: skip
    data = [cell("1", 55, 60, 140.0), cell("=", 79, 84, 140.0), cell("2.1", 104, 116, 140.0), cell("Commission fifteen supported lodgings places", 130, 330, 140.0)]  # fmt: skip
    rows = _rows(Table(1, (55.0, 100.0, 400.0, 148.0), [head, band, data], False))
    assert [r.section for r in rows] == [False, True, False]


def test_ranked_rows_come_in_their_refs_order(tmp_path: Path) -> None:
    """The rows are printed in the ranking's order (a position counted in each group); the
    plan's own order is its numbering."""
    result = extract_file(_pdf(tmp_path / "ranked.pdf", *CASES["B"]))
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]


def test_updates_under_an_unknown_header_and_the_rank_column_are_placed(tmp_path: Path) -> None:
    """Updates right of the inked status under a header no vocabulary knows ('Touchline view')
    are the progress: the status is placed only by its ink, after the columns were read, and the
    updates were then left 'other' and said unread. The position (1.. in each group, in order)
    is a rank, placed as such by its cells: no column said unplaced for it."""
    header = (*HEADER, "Touchline view")
    result = extract_file(_pdf(tmp_path / "ranked.pdf", header, KNOWN, updates=True))
    want = {cells[2]: cells[9] for _, band, cells in _rows(KNOWN, True, True) if band is None}
    assert {a.ref: a.progress for a in result.actions} == want
    assert sorted((a.ref, a.owner, a.due_date, list(a.recommendations), a.rag)
                  for a in result.actions) == EXPECTED  # fmt: skip
    unplaced = [w.message for w in result.warnings if w.code == "plan_column_unplaced"]
    assert not any("'Pos'" in m or "Touchline" in m for m in unplaced), unplaced
