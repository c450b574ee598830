"""An issue tracker's export (extractors.parent_rows): one flat table, each row a key
('CSIP-12'), a type, a summary, an assignee, a reporter, a status, a due date, a sprint, story
points, the key of its parent row and the date it was created. The parent rows (two Epics) are
the recommendations, numbered in their keys' order; the child rows (Stories) the actions,
linked only by the 'Parent' key. The export is sorted by status, so children leave their
parents; the ref column is headed 'Issue' (a tracker's word for any work item, not an issues
log). Due dates print as '31/Mar/27' or 'Mar 27' (that month's last day); 'To Do' is no status.
Reporter, sprint, points and created are no field of an action.

Read from the .xlsx itself and from a print of it (reportlab, a ruled table): the same
recommendations, actions, owners, dates, statuses and links. A parent key that names no row of
the export (the parent filtered out) leaves its child an action linked to nothing, the rest
read as before, and a warning (plan_parent_unknown) names the key.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.pipeline.extract import extract_file

BODY = getSampleStyleSheet()["BodyText"]
BODY.fontSize, BODY.leading = 7, 8.5

HEAD = ["Issue", "Issue Type", "Summary", "Assignee", "Reporter", "Status", "Due", "Sprint",
        "Story Points", "Parent", "Created"]  # fmt: skip
EPIC_1 = "Improve the quality of management oversight and supervision for social workers"
EPIC_2 = "Strengthen the response to children who go missing from home or care"
# sorted by status, then key: the children are away from their parents
ROWS = [
    ["CSIP-14", "Story", "Offer every child a return home interview within three working days",
     "Head of Safeguarding", "Ann Lee", "At Risk", "30/Sep/26", "Sprint 4", "8", "CSIP-12",
     "02/02/2026"],
    ["CSIP-11", "Story", "Audit twelve supervision records each month and report the themes",
     "Principal Social Worker", "Ann Lee", "Blocked", "Dec 26", "Sprint 3", "5", "CSIP-9",
     "13/01/2026"],
    ["CSIP-10", "Story", "Publish a revised supervision standard with a four-weekly minimum",
     "Head of Service", "Raj Patel", "Done", "31/Mar/26", "Sprint 2", "3", "CSIP-9",
     "05/01/2026"],
    ["CSIP-9", "Epic", EPIC_1, "", "Raj Patel", "", "", "", "", "", "01/01/2026"],
    ["CSIP-12", "Epic", EPIC_2, "", "Raj Patel", "", "", "", "", "", "01/01/2026"],
    ["CSIP-13", "Story", "Map the places where missing children are found with the police",
     "Head of Safeguarding", "Ann Lee", "On Track", "Mar 27", "Sprint 5", "5", "CSIP-12",
     "20/01/2026"],
    ["CSIP-15", "Story", "Record each interview's findings in a form that feeds the panel",
     "Head of Early Help", "Raj Patel", "To Do", "31/Jul/27", "", "3", "CSIP-12", "03/02/2026"],
]  # fmt: skip
EXPECTED = [  # (ref, owner, due, rag, recommendation number): in key order under each parent
    ("CSIP-10", "Head of Service", "2026-03-31", "blue", "1"),
    ("CSIP-11", "Principal Social Worker", "2026-12-31", "red", "1"),
    ("CSIP-13", "Head of Safeguarding", "2027-03-31", "green", "2"),
    ("CSIP-14", "Head of Safeguarding", "2026-09-30", "amber", "2"),
    ("CSIP-15", "Head of Early Help", "2027-07-31", None, "2"),
]


def _cell(text: str) -> object:
    """A cell's text as the value it prints from: a date cell ('Mar 27': the 1st of the
    month), a number, or no value."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    for fmt in ("%d/%b/%y", "%b %y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return text


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Export"
    ws.append(["Children's Services Improvement - issue export"])
    ws.append(["Project: CSIP | Sorted by Status, then Key"])
    ws.append([])
    ws.append(HEAD)
    for cell in ws[ws.max_row]:  # the export's header row, bold as trackers write it
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([_cell(v) for v in r])
        for c in (7, 11):  # the due and created dates: date cells, as the tracker writes them
            cell = ws.cell(ws.max_row, c)
            if isinstance(cell.value, datetime):
                text = r[c - 1]
                cell.number_format = (
                    "mmm yy"
                    if " " in text
                    else "dd/mmm/yy"
                    if text[3:4].isalpha()
                    else "dd/mm/yyyy"
                )
    for col, width in zip("ABCDEFGHIJK", (9, 8, 60, 24, 12, 10, 10, 9, 6, 8, 11), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def _pdf(path: Path, rows: list[list[str]]) -> Path:
    """The export as a spreadsheet prints it: one ruled table, A4 landscape."""
    head = [Paragraph(f"<b>{c}</b>", BODY) for c in HEAD]  # bold, as the sheet's header
    cells = [head, *[[Paragraph(c, BODY) for c in r] for r in rows]]
    t = Table(cells, colWidths=[44, 40, 230, 100, 50, 44, 44, 44, 34, 40, 50], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4)).build([t])
    path.write_bytes(buf.getvalue())
    return path


def _read(path: Path) -> dict:  # type: ignore[type-arg]
    return extract_file(path).to_contract()


def _facts(contract: dict) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    numbers = {r["id"]: r["number"] for r in contract["recommendations"]}
    return [
        (a["ref"], a["owner"], a["due_date"], a["rag"],
         ",".join(numbers[x] for x in a["recommendations"]))
        for a in contract["actions"]
    ]  # fmt: skip


def _recs(contract: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(r["number"], " ".join(r["text"].split())) for r in contract["recommendations"]]


def test_export_read_from_the_workbook(tmp_path: Path) -> None:
    got = _read(_xlsx(tmp_path / "export.xlsx", ROWS))
    assert _recs(got) == [("1", EPIC_1), ("2", EPIC_2)]
    assert _facts(got) == EXPECTED
    texts = {a["ref"]: a["text"] for a in got["actions"]}
    assert texts["CSIP-10"] == "Publish a revised supervision standard with a four-weekly minimum"
    codes = {w["code"] for w in got["warnings"]}
    assert "plan_rows_set_aside" not in codes and "plan_parent_unknown" not in codes


def test_export_read_from_its_print(tmp_path: Path) -> None:
    got = _read(_pdf(tmp_path / "export.pdf", ROWS))
    assert _recs(got) == [("1", EPIC_1), ("2", EPIC_2)]
    assert _facts(got) == EXPECTED
    direct = _read(_xlsx(tmp_path / "export.xlsx", ROWS))
    assert [(a["ref"], a["text"]) for a in got["actions"]] == [
        (a["ref"], a["text"]) for a in direct["actions"]
    ]


def test_a_parent_missing_from_the_export_is_said(tmp_path: Path) -> None:
    orphan = ["CSIP-16", "Story", "Give foster carers refreshed guidance on reporting a child",
              "Head of Service", "Ann Lee", "On Track", "Jun 27", "Sprint 5", "3", "CSIP-20",
              "04/02/2026"]  # fmt: skip
    for path in (
        _xlsx(tmp_path / "export.xlsx", [*ROWS, orphan]),
        _pdf(tmp_path / "export.pdf", [*ROWS, orphan]),
    ):
        got = _read(path)
        assert _recs(got) == [("1", EPIC_1), ("2", EPIC_2)]
        assert _facts(got) == [*EXPECTED, ("CSIP-16", "Head of Service", "2027-06-30", "green", "")]
        said = [w for w in got["warnings"] if w["code"] == "plan_parent_unknown"]
        assert len(said) == 1 and "'CSIP-20'" in said[0]["message"], path.name


def test_a_few_rows_naming_others_are_dependencies_not_a_hierarchy(tmp_path: Path) -> None:
    """A project plan's 'Depends on' column names a predecessor for a few tasks: those are
    no parent rows (recommendations) and their dependants no children; every task is an
    action. A hierarchy gives (nearly) every row that is no parent its parent."""
    head = ["ID", "Task", "Lead", "End date", "Depends on"]
    tasks = [
        ["1", "Launch a recruitment campaign for experienced social workers",
         "Principal Social Worker", "18/10/2025", ""],
        ["2", "Offer a protected caseload to all newly qualified social workers",
         "Head of Service", "19/02/2026", ""],
        ["3", "Track the timeliness of care proceedings weekly through the legal gateway",
         "Head of Quality Assurance", "06/07/2025", ""],
        ["4", "Recruit twenty additional foster carers through a targeted campaign",
         "Service Manager, Fostering", "05/02/2026", "3"],
        ["5", "Give foster carers refreshed guidance on reporting a missing child",
         "Head of Early Help", "24/03/2026", ""],
        ["6", "Hold return home interviews within three working days",
         "Head of Safeguarding", "30/09/2026", "5"],
        ["7", "Audit twelve supervision records each month and report the themes",
         "Head of Service", "31/12/2026", ""],
    ]  # fmt: skip
    cells = [[Paragraph(f"<b>{c}</b>", BODY) for c in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in tasks]
    t = Table(cells, colWidths=[30, 300, 130, 70, 60])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4)).build([t])
    path = tmp_path / "project.pdf"
    path.write_bytes(buf.getvalue())
    got = _read(path)
    assert got["recommendations"] == []
    assert [(a["ref"], a["owner"], a["due_date"]) for a in got["actions"]] == [
        (r[0], r[2], "-".join(reversed(r[3].split("/")))) for r in tasks
    ]
