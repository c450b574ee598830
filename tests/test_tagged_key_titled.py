"""A key of tagged recommendations under its own title, read whole by the plan readers, is left
as read (extractors/tagged_key.py, _read_as_headings).

A tracker kept in a spreadsheet lists its findings right under a bold title row ('Inspection
findings' over 'R1 <text>', 'R2 <text>' ...), each tag in a column of its own, its text merged
across the next cells and wrapped; LibreOffice prints it. The plan readers read each entry as a
numbered heading ('1', '2' ...), the title line in the same paragraph as the first entry. The
key-of-tags reader took that paragraph for one not read as its entry (it did not open with the
tag line), read the entries again with the label in the number ('R1', 'R2') and left the last
entry, its text wrapped in a cell of its own, as '3': the actions, citing 'R1', 'R2, R3', linked
to numbers no reader used consistently (57dee5f3 counts an element holding its entry's tag line
whose heading is numbered as the tag and opens with the line's text).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

RECS = [
    "Reduce delay in achieving permanence for children in care, including through timely use of"
    " special guardianship and adoption",
    "Improve the timeliness of education, health and care plans for children in care and the"
    " support given by the virtual school",
    "Strengthen the response to children who go missing from home or care, so that return home"
    " interviews are offered promptly and used to reduce risk",
]
POSITIONS = ("Going to plan", "Some slippage", "Stalled", "Achieved in full", "Not begun")
# code, activity, named contact, findings it relates to, finish date, position ticked
ACTIONS = [
    ("T01", "Track the timeliness of care proceedings weekly through the legal gateway panel",
     "Service Manager, Fostering", "R1", date(2024, 9, 30), 2),
    ("T02", "Strengthen support to special guardians with a dedicated support worker and a clear"
     " financial offer", "Head of Service, Children in Care", "R1, R2", "Throughout the plan", 1),
    ("T03", "Offer tuition to every child in care who is behind in reading at age eleven",
     "Workforce Development Team (Owen Tremayne)", "R2", date(2024, 6, 30), 1),
    ("T04", "Make sure every child in care has a personal education plan reviewed each term",
     "Principal Social Worker's Office (Fatima Rahman)", "R2, R3", date(2025, 9, 30), 3),
    ("T05", "Track attendance and exclusions for children in care placed out of the area",
     "Performance and Intelligence Team (David Osei)", "R2, R3", date(2025, 12, 22), 4),
    ("T06", "Reduce the time taken to issue education, health and care plans for children in"
     " care", "Head of Early Help", "R2", date(2025, 8, 21), 2),
    ("T07", "Commission an independent return home interview service that offers every child a"
     " conversation within seventy-two hours", "Designated Nurse", "R3", date(2025, 9, 30), 0),
    ("T08", "Record the findings of every return home interview in a structured form that feeds"
     " the exploitation risk assessment", "Commissioning Manager", "R3", date(2025, 12, 31), 3),
    ("T09", "Map the places where missing children are found and share the analysis with the"
     " police each quarter", "Principal Social Worker's Office (Leon Fairweather)", "R3",
     "End of financial year 2024/25", 1),
    ("T10", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Performance and Intelligence Team (Bethan Lloyd)", "R3", "End of financial year 2025/26",
     4),
]  # fmt: skip


def _tracker(path: Path) -> Path:
    """The tracker: title, a note, the titled key of findings, then the ticked grid."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    font = "Liberation Serif"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFGHIJ", (7, 46, 26, 11, 13, 9, 9, 9, 9, 9), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "Ofsted Improvement Tracker 2024/25"
    ws["A1"].font = Font(name=font, size=14, bold=True)
    ws["A2"] = (
        "Position at 23 October 2024. Put a \u2713 in the column that describes where each"
        " activity is now."
    )
    ws["A2"].font = Font(name=font, size=10)
    ws["A4"] = "Inspection findings"
    ws["A4"].font = Font(name=font, size=11, bold=True)
    for k, text in enumerate(RECS):
        r = 5 + k
        tag = ws.cell(r, 1, f"R{k + 1}")
        tag.font = Font(name=font, size=10, bold=True)
        tag.alignment = wrap
        cell = ws.cell(r, 2, text)
        cell.font = Font(name=font, size=10)
        cell.alignment = wrap
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 32
    head = PatternFill("solid", fgColor="D9D2E9")
    for col, text in enumerate(("Line ref", "Activity to be undertaken", "Named contact",
                                "Relates to AFI", "Finish date agreed"), start=1):  # fmt: skip
        cell = ws.cell(9, col, text)
        ws.merge_cells(start_row=9, start_column=col, end_row=10, end_column=col)
    ws.cell(9, 6, "Position reached")
    ws.merge_cells("F9:J9")
    for col, text in enumerate(POSITIONS, start=6):
        ws.cell(10, col, text)
    for row in ws.iter_rows(min_row=9, max_row=10, max_col=10):
        for cell in row:
            cell.font = Font(name=font, size=9, bold=True)
            cell.fill = head
            cell.alignment = wrap
            cell.border = box
    ws.row_dimensions[10].height = 30
    for k, (code, text, contact, afi, due, tick) in enumerate(ACTIONS):
        r = 11 + k
        for col, value in enumerate((code, text, contact, afi, due), start=1):
            cell = ws.cell(r, col, value)
            cell.font = Font(name=font, size=10)
            cell.alignment = wrap
            cell.border = box
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
        for col in range(6, 11):
            ws.cell(r, col).border = box
        mark = ws.cell(r, 6 + tick, "\u2713")
        mark.font = Font(name=font, size=11, bold=True)
        mark.alignment = Alignment(horizontal="center", vertical="top")
        ws.row_dimensions[r].height = 62 if len(text) > 110 else 48
    ws.print_title_rows = "9:10"
    wb.save(path)
    return path


def test_titled_key_read_as_headings_keeps_bare_numbers(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_tracker(tmp_path / "tracker.xlsx"), tmp_path)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), "tracker.pdf"))
    recs = {r.number: r.text for r in plan.recommendations}
    assert recs == {str(n): text for n, text in enumerate(RECS, 1)}
    by_id = {r.id: r.number for r in plan.recommendations}
    assert [a.ref for a in plan.actions] == [a[0] for a in ACTIONS]
    for action, (_, _, _, afi, _, _) in zip(plan.actions, ACTIONS, strict=True):
        want = [tag.strip()[1:] for tag in afi.split(",")]
        assert [by_id[x] for x in action.recommendations] == want, action.ref
