"""Status from yes/no question columns: a tracker that prints no status word or fill, but asks
each action whether it has started, whether it is on schedule and whether it is signed off, in
columns of their own answered yes / no / partly / n/a, read by the rule its note states: signed
off complete (blue), not started no colour, otherwise the schedule answer (yes / partly / no:
green / amber / red). The workbook is read directly and as LibreOffice prints it; both the same.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.question_columns import question_kind
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.rag import answer_mark
from tests.pdfs import libreoffice_pdf

HEAD = ["Ref", "Action", "Lead officer", "Target date", "Begun?", "On track?", "Complete?"]
RECS = [
    ("Strengthen the oversight of supervision by team managers", [
        ("1.1", "Audit twenty supervision records each quarter", "Helen Markham",
         date(2026, 3, 31), ("Yes", "Yes", "No"), "green"),
        ("1.2", "Train all team managers in reflective supervision", "Joseph Mensah",
         date(2026, 6, 30), ("Yes", "Partly", "No"), "amber"),
        ("1.3", "Publish a revised supervision standard", "Amira Choudhury",
         date(2025, 12, 31), ("Yes", "No", "Yes"), "blue"),
    ]),
    ("Improve the timeliness of decisions at the front door", [
        ("2.1", "Complete every contact decision within one working day", "Tom Ellery",
         date(2026, 9, 30), ("Yes", "No", "No"), "red"),
        ("2.2", "Hold weekly threshold clinics with partner agencies", "Martin Hale",
         date(2027, 1, 31), ("No", "N/A", "No"), None),
        ("2.3", "Report repeat referrals to the board each quarter", "Grace Adebayo",
         date(2026, 11, 30), ("Yes", "N/A", "No"), None),  # fits no step: said
    ]),
]  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Actions"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, w in enumerate([7, 50, 20, 14, 9, 11, 11], start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, "Improvement plan tracker").font = Font(size=14, bold=True)
    ws.cell(2, 1, "How to read the questions: an action complete (Yes) is closed; an action not"
                  " begun (No) has not started; otherwise on track Yes, Partly or No.")  # fmt: skip
    r = 4
    for j, v in enumerate(HEAD, start=1):
        c = ws.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = grid
    for n, (rec, actions) in enumerate(RECS, start=1):
        r += 1
        c = ws.cell(r, 1, f"Recommendation {n} - {rec}")
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEAD))
        for ref, text, owner, due, answers, _ in actions:
            r += 1
            vals: list[Any] = [ref, text, owner, due, *answers]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = grid
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.number_format = "dd/mm/yyyy" if j == 4 else "@"
    wb.save(path)
    return path


def _check(result: dict[str, Any]) -> None:
    want = {ref: rag for _, actions in RECS for ref, *_, rag in actions}
    got = {a["ref"]: a["rag"] for a in result["actions"]}
    assert got == want
    codes = [w["code"] for w in result["warnings"]]
    assert "status_scale_inferred" in codes  # the colours are read, not printed: said
    unread = [w["message"] for w in result["warnings"] if w["code"] == "plan_status_unread"]
    assert len(unread) == 1 and unread[0].startswith("1 action")  # 2.3: begun, schedule n/a
    assert "plan_column_unplaced" not in codes


def test_question_columns_give_the_status_in_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "questions.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())


def test_question_columns_give_the_status_read_directly(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "questions.xlsx")).to_contract())


def test_what_a_header_asks() -> None:
    assert question_kind("Started?") == "started"
    assert question_kind("Work commenced (Y/N)") == "started"
    assert question_kind("On schedule?") == "schedule"
    assert question_kind("Completed on time?") == "schedule"
    assert question_kind("Signed off?") == "done"
    assert question_kind("Signed off by") is None  # no question: a person's field
    assert question_kind("Any risks?") is None  # a question no rule reads


def test_answers() -> None:
    marks = [answer_mark(t) for t in ("Y", "no", "P", "Partly", "-", "n/a", "Maybe", "")]
    assert marks == ["yes", "no", "partly", "partly", "n/a", "n/a", None, None]
