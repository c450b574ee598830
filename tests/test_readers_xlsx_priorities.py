"""An Excel plan with a summary sheet and a sheet per priority, read from the workbook and from
its print by LibreOffice Calc: the two must agree.

The summary sheet lists each priority's number and a short theme name (with counts of steps);
each priority's sheet opens with a title row ('What must improve (2): ...', merged across) and
a header row, both print titles, so Calc repeats them on every page the sheet prints on; the
status column is coloured by conditional formatting only (the word decides), beside '% complete'
(0% format) and 'Done?' (Yes/No). The priorities are the title rows' full texts, never the
summary's short names.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf as _print

PRIORITIES = {
    "1": "Improve the regularity and quality of management oversight and reflective supervision "
    "for social workers",
    "2": "Increase the range of suitable accommodation for care leavers and improve the quality "
    "of pathway plans",
}
SHORT = {
    "1": "Management oversight and supervision",
    "2": "Care leavers' accommodation and pathway plans",
}
# ref, action, owner, due, status, RAG read, % complete
ACTIONS = [
    ("1.1", "Audit twelve supervision records each month and report the themes to the board",
     "HoS Fostering", "Dec 2025", "On track", "green", 0.5),
    ("1.2", "Publish a revised supervision standard with a four-weekly minimum",
     "AD Safeguarding", "Mar 2026", "Delayed", "amber", 0.25),
    ("1.3", "Train all team managers in reflective supervision with the regional partnership",
     "Principal SW", "Jun 2026", "Complete", "blue", 1.0),
    ("1.4", "Add a supervision timeliness measure to the weekly performance dashboard",
     "Head of Business Intelligence", "Sep 2026", "Off track", "red", 0.1),
    ("2.1", "Set up a care leavers' hub with drop-in advice on housing and money",
     "Team Manager, Care Leavers", "Apr 2026", "On track", "green", 0.6),
    ("2.2", "Agree a joint housing protocol with district councils",
     "AD Safeguarding", "Jul 2026", "Delayed", "amber", 0.3),
]  # fmt: skip
DUE = {"Dec 2025": "2025-12-31", "Mar 2026": "2026-03-31", "Jun 2026": "2026-06-30",
       "Sep 2026": "2026-09-30", "Apr 2026": "2026-04-30", "Jul 2026": "2026-07-31"}  # fmt: skip
HEADER = ["Ref", "Action", "Lead officer", "Deadline", "RAG status", "% complete", "Done?"]
FILLS = {"On track": "92D050", "Delayed": "FFC000", "Off track": "FF5050", "Complete": "5B9BD5"}


def _summary(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:  # type: ignore[name-defined]
    ws.title = "Summary"
    ws.cell(1, 1, "Fenmarsh Council: Improvement Plan 2025-26").font = Font(bold=True, size=13)
    for j, h in enumerate(("Priority", "Theme", "Steps", "Done"), start=1):
        ws.cell(3, j, h).font = Font(bold=True)
    for i, n in enumerate(PRIORITIES, start=4):
        acts = [a for a in ACTIONS if a[0].startswith(f"{n}.")]
        for j, v in enumerate(
            (int(n), SHORT[n], len(acts), sum(a[4] == "Complete" for a in acts)), 1
        ):
            ws.cell(i, j, v)
    ws.column_dimensions["B"].width = 50
    ws.page_setup.orientation = "landscape"


def _priority_sheet(wb: openpyxl.Workbook, n: str) -> None:
    ws = wb.create_sheet(f"Priority {n}")
    ws.cell(1, 1, f"What must improve ({n}): {PRIORITIES[n]}").font = Font(bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    for j, h in enumerate(HEADER, start=1):
        ws.cell(2, j, h).font = Font(bold=True)
    rows = [a for a in ACTIONS if a[0].startswith(f"{n}.")]
    thin = Side(style="thin", color="000000")
    for i, (ref, text, owner, due, status, _, pct) in enumerate(rows, start=3):
        done = "Yes" if status == "Complete" else "No"
        for j, v in enumerate((ref, text, owner, due, status, pct, done), start=1):
            cell = ws.cell(i, j, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.cell(i, 6).number_format = "0%"
        ws.row_dimensions[i].height = 150  # tall rows: the sheet prints on two pages
    last = 2 + len(rows)
    for word, fill in FILLS.items():  # the status cell's colour comes from its word only
        ws.conditional_formatting.add(
            f"E3:E{last}",
            FormulaRule(formula=[f'E3="{word}"'], fill=PatternFill("solid", bgColor=fill)),
        )
    for letter, width in zip("ABCDEFG", (7, 48, 26, 12, 12, 11, 8), strict=True):
        ws.column_dimensions[letter].width = width
    for j in range(1, len(HEADER) + 1):
        ws.cell(2, j).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.print_title_rows = "1:2"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    _summary(wb.active)
    for n in PRIORITIES:
        _priority_sheet(wb, n)
    wb.save(path)
    return path


def _read(
    result: ExtractionResult,
) -> tuple[list[tuple[str | None, str]], list[tuple[object, ...]]]:
    number = {r.id: r.number for r in result.recommendations}
    recs = [(r.number, r.text) for r in result.recommendations]
    acts = [
        (a.ref, a.owner, str(a.due_date), a.rag, [number[x] for x in a.recommendations])
        for a in result.actions
    ]
    return recs, acts


EXPECTED = (
    list(PRIORITIES.items()),
    [(ref, owner, DUE[due], rag, [ref[0]]) for ref, _, owner, due, _, rag, _ in ACTIONS],
)


def test_sheet_per_priority_read_from_the_workbook(tmp_path: Path) -> None:
    assert _read(extract_file(_workbook(tmp_path / "plan.xlsx"))) == EXPECTED


def test_sheet_per_priority_read_from_its_print(tmp_path: Path) -> None:
    """The print repeats the title and header rows on the second page of a priority's sheet:
    the repeated title is the same priority, and the table runs on under it."""
    pdf = _print(_workbook(tmp_path / "plan.xlsx"), tmp_path)
    result = extract_file(pdf)
    assert result.pages is not None and result.pages > 3  # a sheet printed on two pages
    assert _read(result) == EXPECTED
