"""A range of months closed by one year ('October - December 2026'), as a delivery schedule's
band rows or a quarter's heading print it, read by the one date normaliser as a range: from
the first day of its first month to the last day of its last, its end the due date parse_due
reads. A first month after the last falls in the year before ('December - February 2027').
Where the text names another date beside it ('31.12.27 April - June 2028', a due cell that read
a band's period), the range runs from that date as before.

A schedule's band rows are found by the same reading (extractors/date_schedule.py keeps no
pattern of its own): a band of a range of months across the table is no action."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import DateRange, month_range, parse_due, parse_range
from plantrace.pipeline.reader import parse_pdf_bytes


@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("October - December 2026", date(2026, 10, 1), date(2026, 12, 31)),
        ("Jan to Mar 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("April–June 2028", date(2028, 4, 1), date(2028, 6, 30)),
        ("Sept. — Nov. 2026", date(2026, 9, 1), date(2026, 11, 30)),
        ("December - February 2027", date(2026, 12, 1), date(2027, 2, 28)),
        ("Quarter 3: October - December 2026", date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_a_range_of_months_with_one_year_is_a_range(raw: str, start: date, end: date) -> None:
    assert parse_range(raw) == DateRange(start, end)
    assert parse_due(raw) == end  # the due of a range is its end


def test_other_ranges_read_as_before() -> None:
    assert parse_range("8 – 12 July 2013") == DateRange(date(2013, 7, 8), date(2013, 7, 12))
    # a date beside the range: the range runs from it
    assert parse_range("31.12.27 April - June 2028").start == date(2027, 12, 31)
    found = month_range("31.12.27 April - June 2028")
    assert found is not None and found[1:] == (9, 26)
    assert month_range("Phase - Stage 2028") is None  # words, no months


BODY = getSampleStyleSheet()["BodyText"]
ROWS = [
    ("December - February 2027",),
    ("14.12.26", "1", "Agree a joint housing protocol with the district councils", "Head of Service"),
    ("31.01.27", "2", "Train all team managers in reflective supervision", "Service Manager"),
    ("28.02.27", "3", "Recruit twenty additional foster carers", "Fostering Manager"),
    ("Mar. – May 2027",),
    ("31.03.27", "4", "Publish a revised supervision standard", "Head of Service"),
    ("30.04.27", "5", "Set up a care leavers' hub with drop-in advice", "Team Manager"),
]  # fmt: skip


def _pdf() -> bytes:
    head = ["Target date", "Ref", "Action", "Lead"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, row in enumerate(ROWS, start=1):
        if len(row) == 1:  # a band spanning the table
            cells.append([row[0], "", "", ""])
            style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), "#DDDDDD")]
        else:
            cells.append([row[0], row[1], Paragraph(row[2], BODY), row[3]])
    table = Table(cells, colWidths=[80, 40, 260, 110])
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(
        [Paragraph("<b>Improvement Plan: Delivery Schedule</b>", BODY), table]
    )
    return buf.getvalue()


def test_bands_of_month_ranges_are_no_actions() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "schedule.pdf"))
    got = {a.ref: a.due_date.isoformat() if a.due_date else None for a in result.actions}
    assert got == {
        "1": "2026-12-14",
        "2": "2027-01-31",
        "3": "2027-02-28",
        "4": "2027-03-31",
        "5": "2027-04-30",
    }
