"""A rota printed with people's names heading its lead columns and a column of people on
standby beside the months (names of two parts, 'Rhiannon Ashworth-Pryce', read as words), most
months holding one action or none: every row of the page's piece then reads as one kind across
(a name and a record, both words), as the fields of a table printed sideways do, and the column
of months down the side named a plan field on every row (a month is a scorecard's period, a
'date' header). Read so, the months became the header and the leads the rows: no action of the
page had its owner or its due. A run of dates down the side over rows of no figures names ONE
field however many rows (plan_transpose.named_fields): each row is a month, its date the row's
key; beside rows of figures each date is a period of a scorecard printed sideways, a field each.

What is read from the print: every record with its owner (its column's head) and its due (its
row's month), as tests/test_dated_lead_grid.py reads a rota headed by posts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.extractors.plan_columns import _labels_down_the_side
from plantrace.extractors.plan_transpose import named_fields
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf
from tests.test_dated_lead_grid import RECORDS, check, workbook

LEADS = ["Priya Nandakumar", "Martin Hale", "Grace Adebayo", "Claire Whitby", "Fatima Rahman"]
STANDBY = ["Rhiannon Ashworth-Pryce", "Anwen Carter-Lloyd", "Rhiannon Ashworth-Pryce",
           "Anwen Carter-Lloyd", "Rhiannon Ashworth-Pryce", "Anwen Carter-Lloyd"]  # fmt: skip
MONTHS = [("2027 January", "2027-01-31"), ("2027 February", "2027-02-28"),
          ("2027 March", "2027-03-31"), ("2027 April", "2027-04-30"), ("2027 May", "2027-05-31"),
          ("2027 June", "2027-06-30")]  # fmt: skip
# two leads' actions in the same month in January and April
MOVED = {"1.1": (0, 2), "2.3": (3, 0)}
MOVED_RECORDS = [(*MOVED.get(r[2], r[:2]), *r[2:]) for r in RECORDS]


@pytest.mark.slow
def test_dated_rows_not_read_sideways_print(tmp_path: Path) -> None:
    path = workbook(tmp_path / "rota.xlsx", LEADS, STANDBY, MONTHS, MOVED_RECORDS)
    result = extract_file(libreoffice_pdf(path, tmp_path)).to_contract()
    check(result, LEADS, STANDBY, MONTHS, MOVED_RECORDS)
    assert "plan_due_dates_unread" not in {w["code"] for w in result["warnings"]}


def test_dated_rows_not_read_sideways_workbook(tmp_path: Path) -> None:
    path = workbook(tmp_path / "rota.xlsx", LEADS, STANDBY, MONTHS, MOVED_RECORDS)
    check(extract_file(path).to_contract(), LEADS, STANDBY, MONTHS, MOVED_RECORDS)


def _table(rows: list[list[str]]) -> Table:
    cells = [[Cell(t, (60.0 * j, 20.0 * i, 60.0 * j + 50, 20.0 * i + 15)) if t else None
              for j, t in enumerate(r)] for i, r in enumerate(rows)]  # fmt: skip
    return Table(1, (0.0, 0.0, 60.0 * len(rows[0]), 20.0 * len(rows)), cells, True)


def test_named_fields_counts_dates_once_beside_words() -> None:
    """A column of months over rows of records and names names one field, so the first row
    (the leads) stays the header; a scorecard's periods beside figures are a field each."""
    months = _table([["Month", "Priya Nandakumar", "Martin Hale"],
                     ["Jan 2027", "1.1 Hold a monthly missing children panel chaired by the head",
                      "Anwen Carter-Lloyd"],
                     ["Feb 2027", "Rhiannon Ashworth-Pryce",
                      "1.2 Audit twelve supervision records each month and report the findings"],
                     ["Mar 2027", "2.1 Train foster carers in understanding trauma and attachment",
                      "2.2 Map the places where missing children are found with the police"]])  # fmt: skip
    assert named_fields(months) == 1
    assert not _labels_down_the_side(months)
    scorecard = _table([["Measure", "Care leavers in touch", "Caseloads"],
                        ["Baseline", "61%", "22%"],
                        ["Mar 2026", "68%", "19%"],
                        ["Mar 2027", "75%", "17%"],
                        ["Target", "80%", "15%"]])  # fmt: skip
    assert named_fields(scorecard) == 4
