"""A tracker kept in Excel whose recommendations are listed under its action table, each a row
of a bold code ('R2') in the first column and its text merged across the others, the sheet's
header row repeated at the top of every printed page (print titles). Where the page breaks
inside that list, the next page prints the bold header over rows that open with a bold code.

A header's lower tier (a group's columns' labels under the header's line) leaves the key column
empty, its cell merged down over both tiers. A row's first line whose first word is bold (a
line's type is its first letter's) was taken for such a tier: its words cut the repeated
header's columns at every gap, the page's list was read as an action table of its own, its
recommendations numbered 'R2', 'R3' while the first page's read '1', and the actions citing
'R1' linked to nothing (holdout27 xlsx-split-date 1-001: links 0.984 -> 0.951). A line that
fills the key column is the body's first row, no tier.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from plantrace.extractors.plan_columns import _tier_edges
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Strengthen the quality of return home interviews for children who go missing from care",
    "Make sure every child in care has an up to date health assessment and a dental check",
    "Reduce the number of moves for children in care through better matching of placements",
    "Improve the timeliness of initial child protection conferences after a strategy discussion",
]
# (ref, rec, task, owner, month, year, progress)
ACTIONS = [
    ("1.01", "R1", "Commission an independent return interview service with two providers",
     "Joanne Pike", "March", 2026, "On schedule"),
    ("1.02", "R1", "Report the themes from return interviews to the exploitation panel monthly",
     "Joanne Pike", "June", 2026, "Not begun"),
    ("2.01", "R2", "Agree a health assessment pathway with the designated nurse for children in care",
     "Samir Qureshi", "April", 2026, "Delayed"),
    ("2.02", "R2", "Track dental checks for every child in care through the performance report",
     "Samir Qureshi", "July", 2026, "On schedule"),
    ("3.01", "R3", "Hold a matching panel for every placement request with the fostering team",
     "Lena Marsh", "May", 2026, "Slipping"),
    ("3.02", "R3", "Recruit twelve more foster carers able to take sibling groups together",
     "Lena Marsh", "September", 2026, "Not begun"),
    ("4.01", "R4", "Book every initial conference within ten working days of the strategy discussion",
     "Tom Avery", "February", 2026, "Delayed"),
]  # fmt: skip
HEADER = ["Action no.", "Rec", "Task", "Owner", "Due month", "Year", "Progress"]
FILLS = {"On schedule": "D8F0D2", "Not begun": "E7E6E6", "Delayed": "F8CBAD", "Slipping": "FFE699"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WIDTHS = {"A": 7.0, "B": 6.0, "C": 52.0, "D": 26.0, "E": 10.0, "F": 7.0, "G": 13.0}


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 1 February 2026"
    for col, text in enumerate(HEADER, start=1):
        cell = ws.cell(row=4, column=col, value=text)
        cell.font = Font(name="Liberation Serif", size=9, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="203864")
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, row in enumerate(ACTIONS, start=5):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.font = Font(name="Liberation Serif", size=9)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILLS[row[6]])
        ws.row_dimensions[r].height = 29.0
    head = 5 + len(ACTIONS) + 1
    ws.cell(row=head, column=1, value="Recommendations").font = Font(bold=True, size=10)
    for k, text in enumerate(RECS, start=1):
        r = head + k
        code = ws.cell(row=r, column=1, value=f"R{k}")
        code.font = Font(name="Liberation Serif", size=9, bold=True)
        code.alignment = Alignment(vertical="top")
        code.border = BOX
        cell = ws.cell(row=r, column=2, value=text)
        cell.font = Font(name="Liberation Serif", size=9)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 26.0 if k == 2 else 14.0  # room for a wrap left empty
    ws.row_breaks.append(Break(id=head + 1))  # the page breaks after the first recommendation
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 1.0
    wb.save(path)
    return path


def test_rows_under_a_repeated_header_opening_bold_are_no_tier(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "tracker.xlsx"), tmp_path)
    result = extract_file(pdf)
    assert [a.ref for a in result.actions] == [a[0] for a in ACTIONS]
    numbers = [r.number for r in result.recommendations]
    # one numbering for the whole list: no 'R2' beside '1'
    assert all(n.isdigit() for n in numbers), numbers
    assert numbers[:2] == ["1", "2"]
    by_id = {r.id: r.number for r in result.recommendations}
    for action, (_, rec, *_rest) in zip(result.actions, ACTIONS, strict=True):
        got = [by_id[i] for i in action.recommendations]
        if rec[1:] in numbers:
            assert got == [rec[1:]], (action.ref, got)
    if len(numbers) < len(RECS):  # a recommendation left unread is said
        assert any(w.code == "plan_links_unread" for w in result.warnings)
    # the list's rows were read into no action table's columns
    assert not any(w.code == "plan_column_unplaced" for w in result.warnings)


def _line(words: list[tuple[str, float, float]], top: float, bold: bool) -> Line:
    ws = [Word(text=t, x0=x0, top=top, x1=x1, bottom=top + 8.0) for t, x0, x1 in words]
    return Line(
        text=" ".join(t for t, _, _ in words),
        bbox=(ws[0].x0, top, ws[-1].x1, top + 8.0),
        font_size=8.0,
        bold=bold,
        page=1,
        index=0,
        words=ws,
    )


def test_a_tier_leaves_the_key_column_empty() -> None:
    head = _line([("Measure", 30.0, 70.0), ("Baseline", 200.0, 240.0), ("Goals", 300.0, 330.0)],
                 70.0, True)  # fmt: skip
    edges = [29.5, 199.5, 299.5]
    # a lower tier under the group's cell: its columns' own edges join the header's
    tier = _line([("2025/26", 300.0, 330.0), ("2026/27", 360.0, 390.0)], 80.0, True)
    assert _tier_edges(edges, [head, tier], [head]) == [29.5, 199.5, 299.5, 359.5]
    # a body row opening with a bold code in the key column: no tier, no edges from its words
    row = _line([("R2", 28.0, 38.0), ("Ensure", 75.0, 98.0), ("that", 100.0, 112.0)], 80.0, True)
    assert _tier_edges(edges, [head, row], [head]) == edges
