"""A schedule that prints each task as a PAIR of rows: a first row stating the task, its owner
and its planned date, and under it a second row (no task text) giving, in the SAME date column,
the actual or forecast date, then the variance in days, the status and the note. Read row by
row, the second row's date joined the due (two dates in one due, the later read) or was the
only date read, its row-kind column ('Planned' / 'Forecast') read as a progress note, and a key
column headed 'Task key' (a 'task': the action's word) took the action's role from the column
of sentences beside it (headed 'Schedule item': an item, a key's word): every action lost.

End to end: a Calc tracker printed by LibreOffice, the pair's second row grey and italic.

Round 65 (holdout64 xlsx-plan-actual-pairs): due F1 0.158 (0.154), actions 0.844 (0.736).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.derived_columns import pair_variances
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import _keys_named_as_listed
from plantrace.extractors.row_pairs import join_row_pairs
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

RECS = [
    (1, "Improve the quality of management oversight and supervision for social workers"),
    (2, "Increase the range of suitable accommodation for care leavers"),
]
# ref, rec, task, owner, planned, forecast (None: not started), status
TASKS = [
    ("K01", 1, "Audit twelve supervision records each month and report the themes to the"
     " practice quality group", "Helen Markham", date(2027, 6, 30), date(2027, 8, 14), "Delayed"),
    ("K02", 1, "Publish a revised supervision standard that sets a four-weekly minimum",
     "Martin Hale", date(2026, 5, 3), date(2026, 4, 27), "Complete"),
    ("K03", 1, "Train all team managers in reflective supervision through a two-day course",
     "Owen Tremayne", date(2026, 11, 30), date(2026, 11, 30), "On track"),
    ("K04", 2, "Agree a joint housing protocol with district councils that gives care leavers"
     " priority banding", "Sian Pritchard", date(2027, 1, 31), None, "Not started"),
    ("K05", 2, "Commission fifteen supported lodgings places for young people leaving care",
     "Priya Nandakumar", date(2026, 9, 15), date(2027, 1, 20), "Off track"),
]  # fmt: skip
RAG = {"Delayed": "amber", "Complete": "blue", "On track": "green", "Not started": None,
       "Off track": "red"}  # fmt: skip
NOTES = {"K01": "Two audits slipped over the summer", "K05": "No provider bid at first tender"}


def _sheet(path: Path, header: list[str], form: str, notes: dict[str, str] = NOTES) -> Path:
    """Sheet 'Recommendations' ('R1 | text'), sheet 'Schedule': a pair of rows per task, the
    dates DATE CELLS printed in `form`, the second row grey and italic on a grey fill."""
    wb = Workbook()
    font = "Liberation Sans"
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    rs = wb.active
    rs.title = "Recommendations"
    rs.page_setup.orientation = "landscape"
    rs.sheet_properties.pageSetUpPr.fitToPage = True
    rs.page_setup.fitToWidth, rs.page_setup.fitToHeight = 1, 0
    rs.column_dimensions["B"].width = 110
    rs.column_dimensions["A"].width = 8
    rs.cell(1, 1, "Improvement schedule - Children's Services").font = Font(
        name=font, size=13, bold=True
    )
    rs.cell(
        2, 1, "The recommendations of Ofsted's inspection, as numbered in the schedule."
    ).font = Font(name=font, size=9, italic=True)
    for k, (n, text) in enumerate(RECS, start=4):
        rs.cell(k, 1, f"R{n}").font = Font(name=font, size=10, bold=True)
        rs.cell(k, 2, text).font = Font(name=font, size=10)
        rs.cell(k, 1).border = rs.cell(k, 2).border = grid
    ws = wb.create_sheet("Schedule")
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    widths = [9, 8, 10, 50, 20, 14, 10, 13, 34]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, "Improvement schedule - Children's Services").font = Font(
        name=font, size=13, bold=True
    )
    for j, v in enumerate(header, start=1):
        cc = ws.cell(3, j, v)
        cc.font = Font(name=font, size=9, bold=True)
        cc.fill = PatternFill("solid", fgColor="CFD8DC")
        cc.border = grid
    row = 3
    for ref, rec, task, owner, planned, forecast, word in TASKS:
        first = [ref, f"R{rec}", "Planned", task, owner, planned, None, None, None]
        gap = (forecast - planned).days if forecast is not None else None
        second = [None, None, "Forecast", None, None, forecast,
                  None if gap is None else f"{gap:+d}" if gap else "0", word, notes.get(ref)]  # fmt: skip
        for vals, low in ((first, False), (second, True)):
            row += 1
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row, j, v)
                cc.font = Font(name=font, size=9, italic=low, color="555555" if low else None)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                cc.border = grid
                if low:
                    cc.fill = PatternFill("solid", fgColor="EEEEEE")
            ws.cell(row, 6).number_format = form
    wb.save(path)
    return path


def _plan(tmp_path: Path, header: list[str], form: str, notes: dict[str, str] = NOTES):  # type: ignore[no-untyped-def]
    pdf = libreoffice_pdf(_sheet(tmp_path / "schedule.xlsx", header, form, notes), tmp_path)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), "schedule.pdf"))


HEADER = ["Ref", "Rec", "Row", "Task", "Owner", "Date", "Variance", "Status", "Note"]


def test_the_pair_is_one_task_and_its_first_date_the_due(tmp_path: Path) -> None:
    plan = _plan(tmp_path, HEADER, "dd mm yyyy")
    got = {a.ref: (a.owner, a.due_date, a.rag, a.progress) for a in plan.actions}
    assert got == {
        ref: (owner, planned, RAG[word], NOTES.get(ref))
        for ref, _, _, owner, planned, _, word in TASKS
    }
    assert [a.due_raw for a in plan.actions] == [f"{t[4]:%d %m %Y}" for t in TASKS]
    links = {r.id: r.number for r in plan.recommendations}
    assert {a.ref: [links[x] for x in a.recommendations] for a in plan.actions} == {
        t[0]: [str(t[1])] for t in TASKS
    }
    # the row kinds are read into nothing: no progress note says 'Planned' or 'Forecast'
    assert not any("Forecast" in (a.progress or "") for a in plan.actions)
    # the variance counts the days from the planned date to the forecast: worked out, placed
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]


def test_a_task_key_over_codes_beside_sentences_under_an_item_header(tmp_path: Path) -> None:
    header = ["Task key", "Rec", "P/A", "Schedule item", "Owner", "Key date", "Variance",
              "Status", "Note"]  # fmt: skip
    plan = _plan(tmp_path, header, "ddd dd.mm.yy")
    assert [(a.ref, a.text[:20], a.due_date) for a in plan.actions] == [
        (t[0], t[2][:20], t[4]) for t in TASKS
    ]


def test_notes_on_the_reporting_row_are_the_progress_whatever_their_tense(
    tmp_path: Path,
) -> None:
    """Under a header no vocabulary names, notes that read as no update by their words (no past
    tense, no phrase of progress) are the progress: the row reporting against the plan holds
    them."""
    notes = {"K01": "Scoping to begin next quarter", "K02": "Pilot running in two teams",
             "K03": "Scoping to begin next quarter", "K05": "Pilot running in two teams"}  # fmt: skip
    header = [*HEADER[:8], "Explanation"]
    plan = _plan(tmp_path, header, "dd mm yyyy", notes)
    assert {a.ref: a.progress for a in plan.actions} == {t[0]: notes.get(t[0]) for t in TASKS}


def _cells(*texts: str) -> list[Cell | None]:
    return [Cell(t, (10.0 * i, 0.0, 10.0 * i + 9, 9.0)) for i, t in enumerate(texts)]


HEAD = _cells("Ref", "Kind", "Task", "Owner", "Date", "Status")
PAIRS = [
    _cells("T1", "Plan", "Audit the records", "Ann Lee", "30/06/2027", ""),
    _cells("", "Actual", "", "", "14/08/2027", "Late"),
    _cells("T2", "Plan", "Publish the standard", "Bo Rae", "03/05/2026", ""),
    _cells("", "Actual", "", "", "27/04/2026", "Done"),
]


def test_pairs_joined_and_a_piece_carried_over_the_page_paired_as_before() -> None:
    seen: dict = {}  # type: ignore[type-arg]
    t = join_row_pairs(Table(1, (0, 0, 60, 50), [HEAD, *PAIRS], True), seen)
    assert [[c.text if c else None for c in r] for r in t.rows] == [
        ["Ref", "Task", "Owner", "Date", "Status"],
        ["T1", "Audit the records", "Ann Lee", "30/06/2027", "Late"],
        ["T2", "Publish the standard", "Bo Rae", "03/05/2026", "Done"],
    ]
    # the next page: the second row of a pair the break parted, then one pair: too few rows
    # to pair on their own, paired as the same header was; the parted row's date is blanked
    piece = [PAIRS[1], *PAIRS[:2]]
    got = join_row_pairs(Table(2, (0, 0, 60, 50), [HEAD, *piece], True), seen)
    assert [[c.text if c else None for c in r] for r in got.rows[1:]] == [
        ["", "", "", "", "Late"],
        ["T1", "Audit the records", "Ann Lee", "30/06/2027", "Late"],
    ]
    alone = Table(2, (0, 0, 60, 50), [HEAD, *piece], True)
    assert join_row_pairs(alone) is alone  # no earlier pairing, too few pairs: as printed


def test_alternating_words_with_no_task_row_are_no_pairs() -> None:
    """Statuses alternating down a table of actions (each row states its task) are no pairs."""
    rows = [
        _cells("T1", "Green", "Audit the records", "Ann Lee", "30/06/2027", ""),
        _cells("T2", "Amber", "Publish the standard", "Bo Rae", "03/05/2026", ""),
        _cells("T3", "Green", "Train the managers", "Cy Dee", "30/11/2026", ""),
        _cells("T4", "Amber", "Agree the protocol", "Di Fox", "31/01/2027", ""),
    ]
    t = Table(1, (0, 0, 60, 50), [HEAD, *rows], True)
    assert join_row_pairs(t) is t


def test_codes_under_a_listed_header_trade_roles_with_sentences_under_a_key_header() -> None:
    columns = [["T001", "T002", "T003"], ["R1", "R1", "R2"],
               ["Audit twelve supervision records each month", "Publish a revised standard for"
                " supervision", "Train every team manager in reflective supervision"]]  # fmt: skip
    assert _keys_named_as_listed(["action", "rec", "ref"], columns) == ["ref", "rec", "action"]
    # the header right where the cells agree: nothing changes
    assert _keys_named_as_listed(["ref", "rec", "action"], columns) == ["ref", "rec", "action"]


def test_rows_of_their_own_alternating_yes_and_no_are_no_pairs() -> None:
    """A 'Done?' column alternating by chance, the done rows alone dated: each row prints its
    own key and task, so none is the second row of another."""
    head = _cells("Ref", "Task", "Done?", "Completed")
    rows = [
        _cells("T1", "Audit the records", "Yes", "30/06/2026"),
        _cells("T2", "Publish the standard", "No", ""),
        _cells("T3", "Train the managers", "Yes", "30/11/2025"),
        _cells("T4", "Agree the protocol", "No", ""),
    ]
    t = Table(1, (0, 0, 60, 50), [head, *rows], True)
    assert join_row_pairs(t) is t


def test_a_variance_counts_the_days_between_the_pairs_dates() -> None:
    pairs = [
        (["T1", "30/06/2027", ""], ["", "14/08/2027", "+45"]),
        (["T2", "03/05/2026", ""], ["", "27/04/2026", "-6"]),
        (["T3", "30/11/2026", ""], ["", "30/11/2026", "0"]),
        (["T4", "31/01/2027", ""], ["", "", ""]),  # not started: no date, no count
    ]
    assert pair_variances(pairs) == {2}
    # figures on the second row that are no such count (cases seen this month) are kept
    cases = [(a, [*b[:2], n]) for (a, b), n in zip(pairs, ["12", "40", "7", ""], strict=True)]
    assert pair_variances(cases) == set()
