"""A re-baselined plan: two date columns of one action, the date first agreed ('Original
target', 'Baseline date', 'Date as agreed') and beside it the date now agreed ('Revised
target', 'Re-profiled date', 'Forecast date'), filled only where the target moved; where it held
the revised cell is blank or a dash. The action is due on the revised date where one is
printed, else on the original. The status words such plans use ('On target', 'At risk',
'Missed', 'Achieved', 'Not commenced') read as their meaning says, also where a narrow cell
wrapped them over two lines, and a month's name a narrow cell broke mid-word ('Septemb' / 'er')
is read whole, not as the year alone.

Read both ways a council publishes it: the Word file itself, and a print with a ruled grid.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.pdfgen import canvas

from plantrace.extractors.cell_types import mended_date
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.revised_dates import revised_pair
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import ruled_grid

RECS = {
    "1": "Improve the timeliness of initial health assessments for children in care",
    "2": "Strengthen management oversight of casework in the assessment teams",
}
# ref, rec, action, lead, original, revised ('' blank, '—' a dash), status, expected due, RAG
ROWS = [
    ("1a", "1", "Agree a timeliness pathway with the designated doctor", "Head of Health",
     "31/03/27", "30/06/27", "At risk", "2027-06-30", "amber"),
    ("1b", "1", "Report health assessment timeliness to the board monthly", "Service Manager",
     "30/11/26", "—", "On target", "2026-11-30", "green"),
    ("1c", "1", "Train foster carers on the health assessment process", "Fostering Manager",
     "31/01/27", "", "Not commenced", "2027-01-31", None),
    ("2a", "2", "Publish a supervision standard with a recording template", "Principal Social Worker",
     "30/09/26", "24/11/26", "Missed", "2026-11-24", "red"),
    ("2b", "2", "Audit twelve supervision records each month", "Head of Safeguarding",
     "31/10/26", "—", "Achieved", "2026-10-31", "blue"),
]  # fmt: skip


def _banner(table: docx.table.Table, row: int, text: str) -> None:
    cells = table.rows[row].cells
    merged = cells[0].merge(cells[-1])
    merged.text = text
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "D9E2F3")
    merged._tc.get_or_add_tcPr().append(shading)


def _word_plan(path: Path, header: list[str]) -> Path:
    d = docx.Document()
    d.add_heading("Eastmoor Council Children's Services Improvement Plan (re-baselined)", 1)
    d.add_paragraph(
        "Re-baselined 12 May 2026. Where an action's target has moved, the date first agreed is "
        "kept beside the re-profiled date; the re-profiled date now applies."
    )
    table = d.add_table(rows=1 + len(ROWS) + len(RECS), cols=len(header))
    table.style = "Table Grid"
    for c, label in enumerate(header):
        table.cell(0, c).text = label
    r, rec = 1, None
    for ref, number, action, lead, original, revised, status, _, _ in ROWS:
        if number != rec:
            _banner(table, r, f"Inspection recommendation {number}: {RECS[number]}")
            r, rec = r + 1, number
        for c, value in enumerate([ref, action, lead, original, revised, status]):
            table.cell(r, c).text = value
        r += 1
    d.save(str(path))
    return path


@pytest.mark.parametrize(
    "header",
    [
        ["Ref", "Action", "Lead", "Date as agreed", "Re-profiled date", "Status"],
        ["Ref", "Action", "Lead", "Original target", "Revised target", "Position"],
        [
            "Ref no.",
            "Planned action",
            "Responsible lead",
            "Baseline date",
            "Forecast date",
            "State",
        ],
    ],
)
def test_word_plan_due_on_the_revised_date_else_the_original(
    tmp_path: Path, header: list[str]
) -> None:
    result = extract_file(_word_plan(tmp_path / "rebaselined.docx", header))
    got = [(a.ref, a.due_date and a.due_date.isoformat(), a.rag) for a in result.actions]
    assert got == [(ref, due, rag) for ref, *_, due, rag in ROWS]
    recs = {r.id: r.number for r in result.recommendations}
    assert [recs[a.recommendations[0]] for a in result.actions] == [row[1] for row in ROWS]


# a print of the plan in portrait: narrow date and status columns wrap their cells, a month's
# name broken mid-word where it is too long for its column ('Septemb' / 'er 2027')
PRINTED = [
    ("1a", ["Agree a timeliness pathway with", "the designated doctor"], "Head of Health",
     ["31 March", "2027"], ["17 Septemb", "er 2027"], ["At", "risk"], "2027-09-17", "amber"),
    ("1b", ["Report health assessment", "timeliness to the board"], "Service Manager",
     ["30 November", "2026"], ["—"], ["Not", "commenced"], "2026-11-30", None),
    ("1c", ["Train foster carers on the", "health assessment process"], "Fostering Manager",
     ["9 Decemb", "er 2026"], [], ["Missed"], "2026-12-09", "red"),
    ("1d", ["Audit twelve supervision", "records each month"], "Head of Safeguarding",
     ["31 October", "2026"], ["28 February", "2027"], ["On", "target"], "2027-02-28", "green"),
]  # fmt: skip


def _printed_plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 790, "Westcombe Council Children's Services Improvement Plan (re-baselined)")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, 772, "Where an action's target has moved, the baseline date is kept beside")
    c.drawString(40, 761, "the forecast date; the forecast date now applies.")
    widths = [34.0, 170.0, 110.0, 62.0, 62.0, 62.0]
    row_h = 34.0
    xs, ys = ruled_grid(c, 40, 740, widths, len(PRINTED) + 2, row_h)
    c.setFont("Helvetica-Bold", 8)
    for x, label in zip(
        xs, ["Ref", "Action", "Lead", "Baseline", "Forecast", "Status"], strict=False
    ):
        c.drawString(x + 3, ys[0] - 11, label)
    for x, label in zip(xs[3:5], ["date", "date"], strict=True):
        c.drawString(x + 3, ys[0] - 21, label)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(xs[0] + 3, ys[1] - 12, f"Inspection recommendation 1: {RECS['1']}")
    c.setFont("Helvetica", 8)
    for k, (ref, action, lead, base, fore, status, *_) in enumerate(PRINTED):
        top = ys[k + 2]
        for x, lines in zip(xs, [[ref], action, [lead], base, fore, status], strict=False):
            for j, line in enumerate(lines):
                c.drawString(x + 3, top - 11 - 10 * j, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_printed_plan_reads_wrapped_dates_and_statuses() -> None:
    plan = extract_plan(parse_pdf_bytes(_printed_plan(), "rebaselined.pdf"))
    got = [(a.ref, a.due_date and a.due_date.isoformat(), a.rag) for a in plan.actions]
    assert got == [(ref, due, rag) for ref, *_, due, rag in PRINTED]
    assert [a.due_raw for a in plan.actions] == [
        "17 September 2027",
        "30 November 2026",
        "9 December 2026",
        "28 February 2027",
    ]


def test_revision_told_by_the_cells_where_no_header_word_says_it() -> None:
    """Two headers that both name the due date by words of their own, neither a word of
    revision: the right-hand column filled only where the date moved (later), a dash where it
    held, is the date now due."""
    labels = ["Ref", "Action", "Target date", "Deadline set at review", "Status"]
    roles = ["ref", "action", "due", "due", "rag"]
    grid = [
        ["1", "Audit plans", "31/03/2026", "30/06/2026", "Amber"],
        ["2", "Train staff", "30/04/2026", "—", "Green"],
        ["3", "Recruit carers", "31/05/2026", "", "Green"],
        ["4", "Publish standard", "30/06/2026", "30/09/2026", "Red"],
    ]
    assert revised_pair(labels, roles, grid) == (
        3, 2, "filled only where the date under 'Target date' moved, and later than it"
    )  # fmt: skip


def test_dates_of_two_actions_in_one_row_are_no_revision() -> None:
    """A row of column groups ('Action 2 | Lead 2 | Timescale 2 | Action 3 | ...'): the third
    group filled only in the rows that have one, later than the second's, still dates other
    actions; each group's date is its own action's due date."""
    labels = [
        "Ref",
        "Action 1",
        "Lead 1",
        "Timescale 1",
        "Action 2",
        "Lead 2",
        "Timescale 2",
        "Action 3",
        "Lead 3",
        "Timescale 3",
    ]
    roles = ["ref", "action", "owner", "due", "action", "owner", "due", "action", "owner", "due"]
    grid = [
        [
            "R1",
            "Publish a standard",
            "PSW",
            "30-Apr-28",
            "Observe practice",
            "HoQA",
            "30-Nov-27",
            "Train managers",
            "Nurse",
            "31-Dec-27",
        ],
        [
            "R2",
            "Redesign the plan",
            "DCS",
            "31-Mar-28",
            "Add prompts",
            "HoQA",
            "29-Feb-28",
            "",
            "",
            "",
        ],
        [
            "R3",
            "Safety plans",
            "SM",
            "31-May-27",
            "Weekly meeting",
            "Nurse",
            "31-Aug-27",
            "",
            "",
            "",
        ],
    ]
    assert revised_pair(labels, roles, grid) is None


@pytest.mark.parametrize(
    ("labels", "roles"),
    [
        # an issue log: when it was raised, and when closed (blank while open)
        (["Ref", "Issue", "Date raised", "Date closed", "Status"],
         ["ref", "action", "due", "due", "rag"]),
        # when it was due and when it was done: a bare 'date' says no revision
        (["Ref", "Action", "Agreed date", "Date completed", "Status"],
         ["ref", "action", "due", "due", "rag"]),
        # an origin word beside a bare 'date': the date it was first due, and when it was done
        (["Ref", "Action", "Original deadline", "Date completed", "Status"],
         ["ref", "action", "due", "due", "rag"]),
        # when the work starts and when it ends: no revision of one date
        (["Ref", "Action", "Start date", "End date", "Status"],
         ["ref", "action", "start", "due", "rag"]),
    ],
)  # fmt: skip
def test_two_dates_that_are_no_revision(labels: list[str], roles: list[str | None]) -> None:
    grid = [
        ["1", "Audit plans", "31/03/2026", "30/06/2026", "Amber"],
        ["2", "Train staff", "30/04/2026", "", "Green"],
        ["3", "Recruit carers", "31/05/2026", "", "Green"],
        ["4", "Publish standard", "30/06/2026", "30/09/2026", "Red"],
    ]
    assert revised_pair(labels, roles, grid) is None


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("Missed", "red"),
        ("MISSED", "red"),
        ("Status: Missed", "red"),
        ("Deadline missed", "red"),
        ("Not\ncommenced", None),
        ("At\nrisk", "amber"),
        ("On\ntarget", "green"),
        ("Achieved", "blue"),
        # 'missed' in a progress note says no status
        ("Two home visits were missed in May", None),
    ],
)
def test_status_words_of_a_rebaselined_plan(text: str, colour: str | None) -> None:
    assert normalise_rag(text) == colour


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("17 Septemb er 2027", "17 September 2027"),
        ("31 Decemb\ner 2026", "31 December 2026"),
        ("Mar ch 2026", "March 2026"),
        ("1 May 2025", "1 May 2025"),
        ("May be later", "May be later"),
        ("Mar May 2026", "Mar May 2026"),
    ],
)
def test_month_broken_mid_word(text: str, mended: str) -> None:
    assert mended_date(text) == mended


def test_start_beside_a_revised_end() -> None:
    """A start column named as such beside the two ends: the start is no part of the pair."""
    labels = ["Ref", "Action", "Start date", "Original end date", "Revised end date", "Status"]
    roles = ["ref", "action", "start", "due", "due", "rag"]
    grid = [
        ["1", "Audit plans", "01/01/2026", "31/03/2026", "30/06/2026", "Amber"],
        ["2", "Train staff", "01/02/2026", "30/04/2026", "", "Green"],
        ["3", "Recruit carers", "01/03/2026", "31/05/2026", "n/a", "Green"],
    ]
    found = revised_pair(labels, roles, grid)
    assert found is not None and found[:2] == (4, 3)


def test_a_page_where_no_target_moved() -> None:
    """A plan's later page where every revised cell is blank or a dash: the header's words still
    tell the pair, so each action is due on its original date."""
    labels = ["Ref", "Action", "Original target", "Revised target", "Status"]
    roles = ["ref", "action", "other", "due", "rag"]
    grid = [
        ["4a", "Audit plans", "31/03/2026", "—", "Amber"],
        ["4b", "Train staff", "30/04/2026", "", "Green"],
    ]
    found = revised_pair(labels, roles, grid)
    assert found is not None and found[:2] == (3, 2)
    # with no date under either header there is nothing to supersede
    assert revised_pair(labels, roles, [["4a", "Audit plans", "", "—", "Amber"]]) is None


# a tracker that records when each row was last updated beside its target: updates are made
# before the targets fall due, so the 'updated' date is the earlier in the rows
UPDATED_ROWS = [
    ("1", "Audit twelve supervision records each month", "Ann Lee", "31/03/2027", "12/01/2027"),
    ("2", "Train every team manager in reflective supervision", "Raj Patel", "30/06/2027",
     "03/02/2027"),
    ("3", "Recruit twenty additional foster carers", "Sam Okafor", "30/09/2027", ""),
    ("4", "Publish a supervision standard", "Ann Lee", "31/12/2026", "28/11/2026"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("due_label", "updated_label"),
    [("Target date", "Date updated"), ("Target date", "Date last updated"),
     ("Deadline", "Date amended")],
)  # fmt: skip
def test_a_date_last_updated_is_no_revised_due_date(
    tmp_path: Path, due_label: str, updated_label: str
) -> None:
    """'Target date | Date updated': a revision word in the header, but the cells are the dates
    each row was last updated, earlier than its target: each action stays due on its target."""
    labels = ["Ref", "Action", "Lead", due_label, updated_label, "Status"]
    grid = [[*r, "Green"] for r in UPDATED_ROWS]
    assert revised_pair(labels, ["ref", "action", "owner", "due", "due", "rag"], grid) is None
    d = docx.Document()
    d.add_heading("Westfield Council Children's Services Improvement Plan", 1)
    table = d.add_table(rows=1 + len(grid), cols=len(labels))
    table.style = "Table Grid"
    for r, cells in enumerate([labels, *grid]):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    path = tmp_path / "tracker.docx"
    d.save(str(path))
    got = {a.ref: a.due_date and a.due_date.isoformat() for a in extract_file(path).actions}
    assert got == {"1": "2027-03-31", "2": "2027-06-30", "3": "2027-09-30", "4": "2026-12-31"}


def test_a_grid_narrower_than_the_header_is_read() -> None:
    """With no table, the grid is built from the columns read (column_roles._aligned), fewer
    than the header's roles where the last header cell has no column under it: the missing
    cells read as blank, not an IndexError stopping the plan."""
    labels = ["Ref", "Action", "Original target", "Revised target", "Status"]
    roles = ["ref", "action", "other", "due", "rag"]
    grid = [
        ["4a", "Audit plans", "31/03/2026", "30/06/2026"],
        ["4b", "Train staff", "30/04/2026", "—"],
    ]
    found = revised_pair(labels, roles, grid)
    assert found is not None and found[:2] == (3, 2)
