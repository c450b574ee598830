"""An online form's responses exported to a workbook: one row per response, the export's
bookkeeping first (a row id, start and completion times, the respondent's e-mail and name),
then one column per question. Headers are questions no vocabulary lists; the recommendation
question's answers are the chosen recommendation's full text ('Recommendation 2: <text>').

What is read (extractors.form_responses): the plan's refs from the ref question, not the row
id; the owner from the lead question, never the respondent; the due from the due question,
never a time stamp; each action linked to the recommendation its answer quotes, and that
recommendation's text read from the answer.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from plantrace.extractors.form_responses import (
    BOOKKEEPING,
    form_roles,
    row_counter,
    stamp_column,
)
from plantrace.pipeline.extract import extract_file

REC1 = "Recommendation 1: Strengthen the response to children who go missing from home or care"
REC2 = "Recommendation 2: Improve the timeliness of health assessments for children in care"
HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Plan ref",
          "Which Ofsted recommendation does this action answer?",
          "Describe the action in one sentence", "Who is the accountable lead for this action?",
          "When will it be complete?", "How would you rate progress?"]  # fmt: skip
ROWS = [
    [1, "07/08/2025 00:55:00", "07/08/2025 01:10:00", "amy.brook@example.gov.uk", "Amy Brook",
     "2.1", REC2, "Agree a health assessment pathway with the integrated care board",
     "Ruth Kowalczyk", "23/09/2025", "Good progress"],
    [2, "12/08/2025 09:02:00", "12/08/2025 09:20:00", "tom.reed@example.gov.uk", "Tom Reed",
     "1.2", REC1, "Give foster carers refreshed guidance on reporting a child missing",
     "Amira Choudhury", "31/01/2026", "Some slippage"],
    [3, "19/08/2025 14:40:00", "19/08/2025 14:51:00", "amy.brook@example.gov.uk", "Amy Brook",
     "1.1", REC1, "Offer every child a return home interview within three working days",
     "Claire Whitby", "30/11/2025", "Completed"],
]  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Form1"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def test_form_roles_set_bookkeeping_aside_and_name_the_chosen_recommendation() -> None:
    columns = [[str(r[i]) for r in ROWS] for i in range(len(HEADER))]
    roles = ["ref", "start", "start", None, "sponsor", "ref", "action", "action", "owner",
             "due", "rag"]  # fmt: skip
    out = form_roles(roles, columns)
    assert out[:4] == [BOOKKEEPING] * 4
    assert out[5] == "ref"
    assert out[6] == "recommendation_text"
    assert out[7:] == ["action", "owner", "due", "rag"]


def test_a_lone_ref_column_of_counts_is_kept() -> None:
    assert row_counter(["1", "2", "3"]) and not row_counter(["1", "3", "2"])
    assert form_roles(["ref", "action"], [["1", "2"], ["Do a thing", "Do another"]]) == [
        "ref",
        "action",
    ]


def test_form_export_workbook_reads_actions_from_the_questions(tmp_path: Path) -> None:
    """Responses come in time order (refs 2.1, 1.2, 1.1): the actions are given in their refs'
    natural order, as the plan lists them."""
    result = extract_file(_workbook(tmp_path / "responses.xlsx"))
    actions = result.actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1"]
    assert [a.owner for a in actions] == ["Claire Whitby", "Amira Choudhury", "Ruth Kowalczyk"]
    assert [a.due_date.isoformat() if a.due_date else None for a in actions] == [
        "2025-11-30",
        "2026-01-31",
        "2025-09-23",
    ]
    assert [a.rag for a in actions] == ["blue", "amber", "green"]
    recs = {r.id: r for r in result.recommendations}
    linked = [[recs[i].number for i in a.recommendations] for a in actions]
    assert linked == [["1"], ["1"], ["2"]]
    assert recs[actions[0].recommendations[0]].text.startswith("Strengthen the response")


def test_a_table_with_no_stamp_column_keeps_its_printed_order(tmp_path: Path) -> None:
    """Without a submission-time column the rows are the plan's own order: kept as printed."""
    wb = openpyxl.Workbook()
    ws = wb.active
    keep = [0, 5, 6, 7, 8, 9, 10]  # the row id, name, ref, recommendation and the questions
    ws.append([HEADER[i] for i in keep])
    for row in ROWS:
        ws.append([row[i] for i in keep])
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    assert [a.ref for a in extract_file(path).actions] == ["2.1", "1.2", "1.1"]


def test_a_column_of_midnights_is_dates_not_stamps() -> None:
    """A spreadsheet's date cells print as the date at midnight; only a time of day makes a stamp."""
    assert not stamp_column(["2025-06-30 00:00:00", "2025-09-30 00:00:00"])
    assert stamp_column(["07/08/2025 00:55:00", "07/08/2025 00:00:00"])


def test_mailboxes_under_an_owner_header_stay_the_owner() -> None:
    """A plan may print its leads as mailboxes: only an e-mail column no header names the owner
    is a respondent's (an owner column of addresses had been set aside: owners lost)."""
    columns = [["1.1", "1.2"], ["Audit referrals", "Train staff"],
               ["qa.unit@fenmarsh.gov.uk", "vschool@fenmarsh.gov.uk"]]  # fmt: skip
    assert form_roles(["ref", "action", "owner"], columns) == ["ref", "action", "owner"]
    assert form_roles(["ref", "action", None], columns)[2] == BOOKKEEPING


def test_two_counting_ref_columns_are_halves_not_a_row_id() -> None:
    """A plan printed in halves side by side numbers each half (01-03 | 04-06): whole numbers
    beside whole numbers, or beside cells that are not refs, are refs, not an export's row id."""
    halves = [["01", "02", "03"], ["Audit referrals", "Train staff", "Hire leads"],
              ["04", "05", "06"], ["Map demand", "Set targets", "Report"]]  # fmt: skip
    assert form_roles(["ref", "action", "ref", "action"], halves) == [
        "ref",
        "action",
        "ref",
        "action",
    ]
    form = [["1", "2", "3"], ["2.1", "1.1", "3.2"], ["Audit", "Train", "Hire"]]
    assert form_roles(["ref", "ref", "action"], form)[0] == BOOKKEEPING
