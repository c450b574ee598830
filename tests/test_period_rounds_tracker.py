"""A tracker kept in Excel with a column group per reporting period (round 62, fixer quarter):
the action's own columns merged down over a two-row header, then one group per period ('Apr-Jun
2026' over 'RAG' | 'Update', the same labels under every period), the periods not reported yet
blank and some actions reported from a later period on. The status and the progress NOW are the
row's latest period filled; the earlier periods' words are history. Three general causes:

- a spreadsheet's 'yyyy-mmm-dd' day ('2027-Jun-30') was read as 'Jun-30', June 2030 (dates);
- LibreOffice shades a cell merged down over the header's two rows in one piece per row, the
  pieces' edges meeting on the middle of the cell's centred label: read as a rule, it cut the
  label in two and the lower half read as a row of data (tables._cut_through);
- the note under the latest period is the progress (it was kept as other and an earlier
  period's note read as the progress instead); a group of one column per period was not read
  as a group; rounds numbered alike ('Review 1' | 'Review 2') are read as periods are.

Words, order and widths are not those of any generated family."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

PERIODS = ["Apr-Jun 2026", "Jul-Sep 2026", "Oct-Dec 2026", "Jan-Mar 2027"]
OWN = ["No.", "What we will do", "Lead officer", "Due date"]
# ref, action, lead, due, then (status, update) per period: None where the period is blank
ROWS = [
    ("A1", "Hold a weekly panel on edge of care cases", "Head of Early Help",
     date(2027, 6, 30), [("Off track", "Panel not yet set up"), ("At risk", "Chair appointed"),
                         ("On track", "Panel meets every Tuesday"), None]),
    ("A2", "Publish a guide for schools on family meetings", "Team Manager, Schools",
     date(2026, 11, 5), [None, ("At risk", "Printer delayed the first run"),
                         ("Complete", "Guide sent to every school"), None]),
    ("A3", "Recruit six permanent social workers to the duty team", "Principal Social Worker",
     date(2027, 2, 28), [("At risk", "Adverts out"), ("Off track", "Two posts filled"),
                         ("On track", "Five posts filled; one offer made"), None]),
    ("B1", "Audit every strategy discussion held in the quarter", "Head of Safeguarding",
     date(2026, 12, 14), [None, None, ("Off track", "Audit tool still being agreed"), None]),
]  # fmt: skip
# what each row says NOW: its latest period filled
NOW = {
    "A1": ("green", "Panel meets every Tuesday"),
    "A2": ("blue", "Guide sent to every school"),
    "A3": ("green", "Five posts filled; one offer made"),
    "B1": ("red", "Audit tool still being agreed"),
}
DUES = {r[0]: r[3] for r in ROWS}
SHADE = PatternFill("solid", fgColor="D9D2C5")
PALE = PatternFill("solid", fgColor="F2EFEA")  # the labels under each period, a paler tone
THIN = Side(style="thin", color="808080")


def test_a_spreadsheets_year_month_name_day_is_one_day() -> None:
    assert parse_due("2027-Jun-30") == date(2027, 6, 30)
    assert parse_due("2026-Feb-28") == date(2026, 2, 28)
    assert parse_due("2027/Sep/03") == date(2027, 9, 3)
    assert parse_due("30/Jun/2027") == date(2027, 6, 30)
    assert parse_due("Sep 2026-Mar 27") == date(2027, 3, 31)  # a range of months, as before


def _workbook(path: Path, notes: bool, number_format: str) -> Path:
    """The tracker: a title, a two-row header (the action's columns merged down, centred and
    shaded; a period over its status [and update] columns), a band row per area."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Family help improvement tracker 2026/27"
    ws["A1"].font = Font(bold=True, size=13)
    width = 2 if notes else 1
    top, centre = 3, Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j, label in enumerate(OWN, start=1):
        c = ws.cell(top, j, label)
        ws.merge_cells(start_row=top, start_column=j, end_row=top + 1, end_column=j)
        c.font, c.fill, c.alignment = Font(bold=True), SHADE, centre
    for k, period in enumerate(PERIODS):
        col = len(OWN) + 1 + k * width
        c = ws.cell(top, col, period)
        c.font, c.fill, c.alignment = Font(bold=True), SHADE, centre
        if notes:
            ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        for m, sub in enumerate(["RAG", "Update"][:width]):
            s = ws.cell(top + 1, col + m, sub)
            s.font, s.fill = Font(bold=True), PALE
    # the lower header row a little taller: the merged labels' middle falls just under the
    # edge where the two rows' shading meets, their words across it
    ws.row_dimensions[top].height, ws.row_dimensions[top + 1].height = 12, 15
    r = top + 2
    for area in ("A", "B"):
        band = ws.cell(r, 1, f"Area {area}: " + ("Early help" if area == "A" else "Safeguarding"))
        band.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(OWN) + 4 * width)
        r += 1
        for ref, action, lead, due, periods in [x for x in ROWS if x[0][0] == area]:
            for j, value in enumerate((ref, action, lead, due), start=1):
                ws.cell(r, j, value).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 4).number_format = number_format
            for k, entry in enumerate(periods):
                if entry is not None:
                    col = len(OWN) + 1 + k * width
                    ws.cell(r, col, entry[0])
                    if notes:
                        ws.cell(r, col + 1, entry[1]).alignment = Alignment(wrap_text=True)
            r += 1
    for row in ws.iter_rows(min_row=top, max_row=r - 1, max_col=len(OWN) + 4 * width):
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for letter, w in zip("ABCDEFGHIJKL", [6, 56, 26, 13, *[11, 34] * 4], strict=False):
        ws.column_dimensions[letter].width = w if notes or letter <= "D" else 11
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(str(path))
    return path


def _read(result: object) -> dict[str, tuple[str | None, str | None, date | None]]:
    return {a.ref: (a.rag, a.progress, a.due_date) for a in result.actions}  # type: ignore[attr-defined]


@pytest.mark.parametrize("number_format", ["yyyy-mmm-dd", "dd/mmm/yyyy"])
def test_the_latest_period_filled_is_the_status_and_progress_now(
    tmp_path: Path, number_format: str
) -> None:
    book = _workbook(tmp_path / "tracker.xlsx", notes=True, number_format=number_format)
    pdf = libreoffice_pdf(book, tmp_path)
    got = _read(extract_file(pdf))
    assert got == {ref: (*NOW[ref], DUES[ref]) for ref in NOW}
    # the header's lower row ('RAG' | 'Update') and the action's merged labels are no action
    assert sorted(got) == ["A1", "A2", "A3", "B1"]
    # the workbook read directly says the same
    assert _read(extract_file(book)) == got


def test_one_status_column_per_period_is_read_as_a_group(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "tracker.xlsx", notes=False, number_format="yyyy-mmm-dd")
    pdf = libreoffice_pdf(book, tmp_path)
    got = {ref: (rag, due) for ref, (rag, _, due) in _read(extract_file(pdf)).items()}
    assert got == {ref: (NOW[ref][0], DUES[ref]) for ref in NOW}


def test_a_merged_header_label_across_the_shading_edge_is_whole(tmp_path: Path) -> None:
    from plantrace.extractors.plan_columns import read_layout

    book = _workbook(tmp_path / "tracker.xlsx", notes=True, number_format="yyyy-mmm-dd")
    doc = parse_pdf_bytes(libreoffice_pdf(book, tmp_path).read_bytes(), "tracker.pdf")
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.labels[:4] == OWN
    assert table.roles[:4] == ["ref", "action", "owner", "due"]
    assert [r.text(0) for r in table.rows if not r.section] == ["A1", "A2", "A3", "B1"]


def _rounds_pdf() -> bytes:
    """A tracker whose groups are rounds numbered alike, no period named: 'Review 1' ..
    'Review 3' each over 'RAG' | 'Comment', the third not held yet."""
    style_sheet = getSampleStyleSheet()["BodyText"]
    top = ["Ref", "Task", "Lead", "Deadline", "Review 1", "", "Review 2", "", "Review 3", ""]
    sub = ["", "", "", "", *(["RAG", "Comment"] * 3)]
    rows = [
        ("C1", "Hold a weekly panel on edge of care cases", "Head of Early Help", "June 2026",
         "Red", "Slow start", "Amber", "Panel set up", "", ""),
        ("C2", "Publish a guide for schools on family meetings", "Team Manager", "Sept 2026",
         "Amber", "Draft out", "", "", "", ""),
        ("C3", "Recruit six permanent social workers", "Principal Social Worker", "March 2027",
         "Red", "Adverts out", "Green", "All posts filled", "", ""),
    ]  # fmt: skip
    data = [[Paragraph(f"<b>{x}</b>", style_sheet) for x in line] for line in (top, sub)]
    data += [[Paragraph(x, style_sheet) for x in row] for row in rows]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [("SPAN", (j, 0), (j, 1)) for j in range(4)]
    style += [("SPAN", (j, 0), (j + 1, 0)) for j in (4, 6, 8)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    table = Table(data, colWidths=[34, 190, 100, 64, 40, 80, 40, 80, 40, 80])
    table.setStyle(TableStyle(style))
    doc.build([Paragraph("Edge of care tracker", style_sheet), table])
    return buf.getvalue()


def test_rounds_numbered_alike_are_read_as_periods() -> None:
    plan = extract_plan(parse_pdf_bytes(_rounds_pdf(), "rounds.pdf"))
    # Review 2 is the latest round held; C2 was not reviewed then: Review 1's words stand
    assert {a.ref: (a.rag, a.progress) for a in plan.actions} == {
        "C1": ("amber", "Panel set up"),
        "C2": ("amber", "Draft out"),
        "C3": ("green", "All posts filled"),
    }
