"""An Excel action tracker as councils keep one: frozen panes under the header, an autofilter,
helper columns (a sort key, days to go) hidden between the printed ones, often hidden as one run
of columns (Excel writes `<col min=".." max=".." hidden="1">` for columns hidden together), rows
hidden by a filter or dragged to no height, and due dates typed as text ('H1 2025/26',
'2025-Q3', 'by end of FY 25/26'). What Excel shows and prints is what is read: the hidden
columns and rows are no plan columns or actions."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.readers.formats import read_document

HEADER = ["Action no.", "sort", "key", "Improvement action", "Action owner", "Due by", "days",
          "Current RAG"]  # fmt: skip
ROWS = [
    ["A1.1", 1, "x1", "Audit twelve supervision records each month and report the themes",
     "AD Safeguarding", "H1 2025/26", 182, "On target"],
    ["A1.2", 2, "x2", "Publish a revised supervision standard with a recording template",
     "HoS Fostering", "2025-Q3", 90, "Significantly behind"],
    ["A1.3", 3, "x3", "A superseded action kept for the record in a hidden row",
     "Nobody", "Mar 2025", 0, "Closed"],
    ["A1.4", 4, "x4", "Train all team managers in reflective supervision",
     "Principal SW", "by end of FY 25/26", 365, "Behind schedule"],
    ["A1.5", 5, "x5", "Run a second audit of supervision records after the training",
     "AD Safeguarding", "Autumn term 2025", 200, "Not yet started"],
]  # fmt: skip


def _tracker(path: Path, zero_height: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    ws.append(["Children's Services Improvement Plan: action tracker"])
    ws.append([])
    ws.append(HEADER)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in ROWS:
        ws.append([*row, "helper"])  # column I: shown only where it has a width
    ws.freeze_panes = "B4"
    ws.auto_filter.ref = "A3:H8"
    ws.column_dimensions.group("B", "C", hidden=True)  # one <col min=2 max=3 hidden=1> run
    ws.column_dimensions["G"].hidden = True
    for letter, width in (("A", 10), ("D", 50), ("E", 22), ("F", 18), ("H", 18)):
        ws.column_dimensions[letter].width = width
    if not zero_height:
        ws.row_dimensions[6].hidden = True  # filtered out
    wb.save(str(path))
    if zero_height:  # a row and a column of no height or width (openpyxl writes no zero size)
        _patch(path, b'<row r="6"', b'<row r="6" ht="0" customHeight="1"')
        _patch(path, b"<cols>", b'<cols><col min="9" max="9" width="0" customWidth="1"/>')
    return path


def _patch(path: Path, old: bytes, new: bytes) -> None:
    """Edit the first sheet's XML as another writer would have written it."""
    with zipfile.ZipFile(path) as z:
        parts = {item.filename: z.read(item.filename) for item in z.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert old in parts[sheet]
    parts[sheet] = parts[sheet].replace(old, new, 1)
    with zipfile.ZipFile(path, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)


def test_hidden_column_runs_and_rows_are_not_read(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "tracker.xlsx")
    page = read_document(path.read_bytes(), path.name, "").pages[0]
    text = " ".join(line.text for line in page.lines)
    assert "sort" not in text.split() and "x1" not in text and "days" not in text.split()
    assert "superseded" not in text
    table = page.tables[0]  # type: ignore[index]
    header = [cell.text if cell is not None else "" for cell in table.rows[0]]
    # the visible helper column I, headed by nothing, is read as it shows
    assert header == [
        "Action no.",
        "Improvement action",
        "Action owner",
        "Due by",
        "Current RAG",
        "",
    ]


def test_tracker_actions_dates_and_statuses(tmp_path: Path) -> None:
    for zero in (False, True):
        path = _tracker(tmp_path / f"tracker-{zero}.xlsx", zero_height=zero)
        text = " ".join(ln.text for ln in read_document(path.read_bytes(), "t", "").pages[0].lines)
        assert ("helper" in text) is not zero
        result = extract_file(path)
        got = [(a.ref, a.owner, a.due_date, a.rag) for a in result.actions]
        assert got == [
            ("A1.1", "AD Safeguarding", date(2025, 9, 30), "green"),
            ("A1.2", "HoS Fostering", date(2025, 9, 30), "red"),
            ("A1.4", "Principal SW", date(2026, 3, 31), "amber"),
            ("A1.5", "AD Safeguarding", date(2025, 12, 31), None),
        ]


def test_key_swatch_beside_a_title_row_is_a_fill_of_the_page(tmp_path: Path) -> None:
    """A colour key over the table ('Lead officer key:', then an empty cell filled in a lead's
    colour beside the lead's name, one row per lead): the title rows are said as paragraphs,
    and each swatch is kept as a filled box just left of its name's line, as the print shows
    it. A title row with no filled cell beside it draws none."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Lead officer key (the action's colour shows who leads it):"])
    for colour, name in (("FFD966", "Grace Adebayo"), ("9DC3E6", "Tom Ellery")):
        ws.append([None, name])
        ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=colour)
    ws.append([None, "Status: G on track, A some slippage, R off track"])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    path = tmp_path / "key.xlsx"
    wb.save(str(path))
    page = read_document(path.read_bytes(), path.name, "").pages[0]
    lines = {ln.text: ln for ln in page.lines}
    assert [colour for _, colour in page.fills] == ["#ffd966", "#9dc3e6"]
    for (box, _), name in zip(page.fills, ("Grace Adebayo", "Tom Ellery"), strict=True):
        line = lines[name]
        assert box[2] <= line.x0 and line.x0 - box[2] < 4.0  # just left of the name
        assert (box[1], box[3]) == (line.top, line.bottom)  # as tall as its line
