"""A day written month first with its year cut to two figures after an apostrophe, as a compact
US-style date prints it: "Jun 17 '27" (typed) or 'Jun 17 ’27' (a word processor's or browser's
curly apostrophe) is 17 June 2027, the day kept.

At 0.6.82 the one date normaliser read the month first only before a four-figure year ('Dec 31,
2025'), so "Jun 17 '27" fell to the month-and-year form, which took the day for a two-figure year
(June 2017, at its end) and left "'27" over; "Dec 7 '25" (one figure) named no date at all and
was dated as the first December after the plan's earliest misread date (2013-12-31 for a plan
due in 2025). A plan whose due column mixes this form with day-first figures ('17/06/2027') had
about half its due dates wrong.
"""

from __future__ import annotations

from datetime import date
from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import opens_with_date, parse_date, parse_due
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Jun 17 '27", date(2027, 6, 17)),
        ("Dec 7 '25", date(2025, 12, 7)),  # one figure for the day
        ("Apr 23 ’26", date(2026, 4, 23)),  # the curly apostrophe a browser prints
        ("Sept 9, ‘26", date(2026, 9, 9)),  # a comma, and the opening quote for one
        ("Jul 13th '25", date(2025, 7, 13)),
        ("by Feb 28 '28", date(2028, 2, 28)),
        ("Oct 2 '26 (was Jul 13 '26)", date(2026, 10, 2)),  # the superseded one is history
    ],
)
def test_month_day_and_apostrophe_year_is_that_day(raw: str, due: date) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Mar '26", date(2026, 3, 31)),  # a month and year: its end, as before
        ("Mar ’26", date(2026, 3, 31)),
        ("Sept 19", date(2019, 9, 30)),  # no apostrophe: September 2019, as before
        ("Dec 31, 2025", date(2025, 12, 31)),
        ("17/06/2027", date(2027, 6, 17)),
        ("14 Jul ’26", date(2026, 7, 14)),
        ("Jun 31 '27", None),  # impossible as written: no date, and no June 2031
    ],
)
def test_other_forms_read_as_before(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due


def test_a_start_is_the_same_day() -> None:
    assert parse_date("Jan 5 '27", end_of_period=False) == date(2027, 1, 5)
    assert opens_with_date("Jan 5 '27 review")


# (ref, action, owner, printed due, the day it names)
ROWS = [
    ("01", "Introduce a career pathway that rewards practice expertise", "Priya Nandakumar",
     "Dec 7 '25", date(2025, 12, 7)),
    ("02", "Convert agency posts to permanent posts where the postholder agrees", "Claire Whitby",
     "17/06/2026", date(2026, 6, 17)),
    ("03", "Hold exit interviews with every leaver and report the themes", "Owen Tremayne",
     "Jul 13 '25", date(2025, 7, 13)),
    ("04", "Hold a monthly missing children panel chaired by the head of service", "Joseph Mensah",
     "Apr 23 '26", date(2026, 4, 23)),
    ("05", "Map the places where missing children are found and share them", "Claire Whitby",
     "02/05/2026", date(2026, 5, 2)),
    ("06", "Audit return home interviews every quarter and act on the findings", "Owen Tremayne",
     "Feb 9 '26", date(2026, 2, 9)),
]  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }"
    ".note { border: 0.4mm solid #5C6BC0; background: #E8EAF6; padding: 2mm 3mm; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th, td { border: 0.3mm solid #555; padding: 1.5mm; vertical-align: top; }"
    "th { background: #3949AB; color: white; text-align: left; }"
)


def _html() -> str:
    body = "".join(
        f"<tr><td>{ref}</td><td>{escape(text)}</td><td>{owner}</td><td>{escape(due)}</td>"
        "<td>On track</td></tr>"
        for ref, text, owner, due, _ in ROWS
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<p><b>Example Council · Children's Services</b></p><h1>Improvement plan</h1>"
        "<p class='note'>All dates in this plan were agreed at the Improvement Board of 14 March"
        " 2025 and are reviewed at each board.</p>"
        "<table><thead><tr><th>No.</th><th>Action</th><th>Lead</th><th>Due by</th>"
        f"<th>Status</th></tr></thead><tbody>{body}</tbody></table></body></html>"
    )


@needs_chromium
def test_a_plan_mixing_the_form_with_day_first_figures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "plan.html"
    page.write_text(_html(), encoding="utf-8")
    pdf = print_pdf(page, page.with_suffix(".pdf"))
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    assert [a.ref for a in plan.actions] == [r[0] for r in ROWS]
    assert [a.due_raw for a in plan.actions] == [r[3] for r in ROWS]
    assert [a.due_date for a in plan.actions] == [r[4] for r in ROWS]
    assert "plan_due_dates_unread" not in [w.code for w in plan.warnings]
