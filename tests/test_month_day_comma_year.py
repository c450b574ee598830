"""A month-first day with no space after its comma, 'Dec 31,2025', is that day; and a misspelt
month before a two-figure year after a curly apostrophe, '17 Septmber ’27', is mended as after a
straight one.

At 0.6.82 the month-first form wanted a space before a four-figure year, so 'Dec 31,2025' fell
to the month-and-year form, which took the day for a two-figure year: December 2031, a silent
wrong date eight years late with '2025' left over. The misspelt-month mender looked ahead for a
straight apostrophe only, so '17 Septmber ’27' (the apostrophe a word processor prints) was no
date at all while "17 Septmber '27" was 17 September 2027; the day-first form took no opening
quote ('14 Jul ‘26'), so the month and year alone were read (July 2026, at its end).
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import names_date, opens_with_date, parse_date, parse_due
from plantrace.pipeline.reader import parse_pdf_bytes


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Dec 31,2025", date(2025, 12, 31)),
        ("Mar 3,2026", date(2026, 3, 3)),
        ("December 31 ,2025", date(2025, 12, 31)),  # the space on the comma's other side
        ("Sept 9th,2026", date(2026, 9, 9)),
        ("by Jan 15,2027", date(2027, 1, 15)),
        ("Feb 28,2027 (was Dec 31,2026)", date(2027, 2, 28)),  # the superseded one is history
        ("Dec 31,2025, Jan 5,2026", date(2026, 1, 5)),  # the last date named
    ],
)
def test_month_day_comma_year_with_no_space_is_that_day(raw: str, due: date) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("17 Septmber ’27", date(2027, 9, 17)),  # the curly apostrophe
        ("17 Septmber ‘27", date(2027, 9, 17)),  # the opening quote typed for one
        ("17 Septmber '27", date(2027, 9, 17)),  # the straight one, as before
        ("Febuary ’27", date(2027, 2, 28)),  # a month and year: its end
        ("14 Jul ‘26", date(2026, 7, 14)),  # day first after an opening quote
        ("Spring ‘27", date(2027, 5, 31)),  # a season after one, as after ’
    ],
)
def test_any_apostrophe_before_a_two_figure_year(raw: str, due: date) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Dec 31, 2025", date(2025, 12, 31)),
        ("December 31 2025", date(2025, 12, 31)),
        ("Sept 19", date(2019, 9, 30)),  # no year after the day: September 2019, as before
        ("Mar 31,27", date(2031, 3, 31)),  # two figures after a bare comma: as before
        ("Jun 17 ’27", date(2027, 6, 17)),
        ("Match ’26", None),  # a word of its own, not a misspelt month
    ],
)
def test_other_forms_read_as_before(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due


def test_a_count_after_a_comma_is_no_year() -> None:
    """Only a year of this era closes the form with no space ('visits on May 3,4000 in all'
    is a day and a count): the figures after the comma must be one."""
    assert parse_date("May 3,4000") is None


def test_a_start_and_an_opening_are_the_same_day() -> None:
    assert parse_date("Dec 31,2025", end_of_period=False) == date(2025, 12, 31)
    assert opens_with_date("Dec 31,2025 review")
    assert names_date("signed off Dec 31,2025")


BODY = getSampleStyleSheet()["BodyText"]
# (ref, action, owner, printed due, the day it names)
ROWS = [
    ("1.1", "Introduce a career pathway that rewards practice expertise", "Priya Nandakumar",
     "Dec 31,2025", date(2025, 12, 31)),
    ("1.2", "Convert agency posts to permanent posts where the postholder agrees", "Claire Whitby",
     "Mar 3,2026", date(2026, 3, 3)),
    ("2.1", "Hold exit interviews with every leaver and report the themes", "Owen Tremayne",
     "Jul 13, 2026", date(2026, 7, 13)),
    ("2.2", "Hold a monthly missing children panel chaired by the head of service", "Joseph Mensah",
     "Sep 30,2026", date(2026, 9, 30)),
    ("3.1", "Audit return home interviews every quarter and act on the findings", "Owen Tremayne",
     "Jan 15,2027", date(2027, 1, 15)),
]  # fmt: skip


def _pdf() -> bytes:
    story: list[object] = [
        Paragraph("<b>Example Council - Children's Services Improvement Plan</b>", BODY),
        Paragraph("Dates agreed at the Improvement Board of March 14, 2025.", BODY),
    ]
    head = ["Ref", "Action", "Lead", "Target date", "RAG"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    for ref, text, owner, due, _ in ROWS:
        cells.append([ref, Paragraph(text, BODY), owner, due, "Green"])
    table = Table(cells, colWidths=[34, 220, 100, 72, 44], repeatRows=1)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.4, "#555555"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def test_a_plan_printing_the_form_reads_each_day() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    assert [a.ref for a in plan.actions] == [r[0] for r in ROWS]
    assert [a.due_raw for a in plan.actions] == [r[3] for r in ROWS]
    assert [a.due_date for a in plan.actions] == [r[4] for r in ROWS]
    assert "plan_due_dates_unread" not in [w.code for w in plan.warnings]
