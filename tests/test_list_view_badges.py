"""A list view grouped by a numbered recommendation, printed by headless Chromium: each group a
shaded band naming the field and its value ('Recommendation : 2. Improve ... (3)': the value is
the recommendation's number and text, the count of items last), the rows under it with a
numeric item ID, the title, and the person assigned drawn as a round badge of their initials
before the name ('(OT) Owen Tremayne').

What is read: each band is the recommendation the rows under it answer (a value that is a
numbered sentence, with no label of its own, names it as 'Rec 2 - ...' does); the badge's
letters, the initials of the name printed after them, are no part of the owner.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

RECS = {
    "1": "Improve the timeliness of education, health and care plans for children in care",
    "2": "Improve the regularity and quality of management oversight and reflective supervision",
}
# (recommendation, id, title, owner, due, status) in printed order
ROWS = [
    ("1", "41", "Offer tuition to every child in care who is behind in reading", "Owen Tremayne",
     "15-Sep-2026", "On track"),
    ("1", "42", "Make sure every child in care has a personal education plan", "Leon Fairweather",
     "31-Oct-2027", "Completed"),
    ("2", "44", "Introduce quarterly practice observations of every social worker",
     "Claire Whitby", "23-May-2027", "At risk"),
    ("2", "46", "Audit twelve supervision records each month", "Helen Markham", "25-Aug-2027",
     "On track"),
]  # fmt: skip
CSS = (
    "@page{size:A4 landscape;margin:10mm} body{font-family:'Liberation Sans',sans-serif;"
    "font-size:8.5pt} table{border-collapse:collapse;width:100%}"
    "th{text-align:left;padding:1.5mm} td{padding:1.5mm;border-bottom:1px solid #F3F2F1;"
    "vertical-align:top} tr.grp td{font-weight:600;background:#FAF9F8;padding-top:2.5mm}"
    ".av{display:inline-block;width:5mm;height:5mm;border-radius:50%;background:#0078d4;"
    "color:#fff;font-size:6pt;text-align:center;line-height:5mm;margin-right:1.5mm}"
)
HEAD = "<tr><th>ID</th><th>Title</th><th>Assigned to</th><th>Due date</th><th>Status</th></tr>"


def _list_view(tmp_path: Path, css: str = "", recs: dict[str, str] = RECS) -> Path:
    parts = [f"<html><head><style>{CSS}{css}</style></head><body><h1>Improvement Actions</h1>",
             f"<table><thead>{HEAD}</thead><tbody>"]  # fmt: skip
    group = None
    for rec, ref, title, owner, due, status in ROWS:
        if rec != group:
            count = sum(1 for r in ROWS if r[0] == rec)
            parts.append(f'<tr class="grp"><td colspan="5">&#8964; Recommendation : '
                         f"{rec}. {recs[rec]} ({count})</td></tr>")  # fmt: skip
            group = rec
        badge = "".join(w[0] for w in owner.split())
        parts.append(f'<tr><td>{ref}</td><td>{title}</td><td><span class="av">{badge}</span>'
                     f"{owner}</td><td>{due}</td><td>{status}</td></tr>")  # fmt: skip
    parts.append("</tbody></table></body></html>")
    page, out = tmp_path / "list.html", tmp_path / "list.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


def _read(plan: PlanExtraction) -> list[tuple[str | None, str | None, list[str]]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [(a.ref, a.owner, [numbers[r] for r in a.recommendations]) for a in plan.actions]


def test_badge_of_the_names_initials_is_no_part_of_the_owner() -> None:
    assert normalise_owner("OT Owen Tremayne") == "Owen Tremayne"
    assert normalise_owner("LF Leon Fairweather") == "Leon Fairweather"
    assert normalise_owner("HM Helen Markham, Head of Quality") == "Helen Markham, Head of Quality"
    # letters that are not the name's initials, or an acronym of a post, stay as printed
    assert normalise_owner("AB Owen Tremayne") == "AB Owen Tremayne"
    assert normalise_owner("HR Manager") == "HR Manager"
    assert normalise_owner("DCS") == "DCS"
    assert normalise_owner("AC – AD Children's Social Care") == "AC – AD Children's Social Care"
    assert normalise_owner("DO Dara O'Neill") == "Dara O'Neill"


def test_acronym_before_a_role_title_of_its_initials_stays() -> None:
    # the letters are the title's initials, but a post names no person: no badge
    assert normalise_owner("AD Adult Director") == "AD Adult Director"
    assert normalise_owner("DS Director Of Services") == "DS Director Of Services"
    assert normalise_owner("SM Service Manager") == "SM Service Manager"
    assert normalise_owner("SM Sara Mendes") == "Sara Mendes"


CHROMIUM = pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")


@CHROMIUM
def test_numbered_group_values_link_rows_and_badges_leave_owners(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_list_view(tmp_path)))
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert _read(plan) == [(r[1], r[3], [r[0]]) for r in ROWS]


def test_date_wrapped_after_its_separator_keeps_its_day() -> None:
    assert str(parse_due("15-Sep- 2026")) == "2026-09-15"
    assert str(parse_due("31/03/ 2027")) == "2027-03-31"
    assert str(parse_due("Sep- 2026")) == "2026-09-30"  # no day printed: the month's end
    assert str(parse_due("15- Sep- 2026")) == "2026-09-15"


def test_ref_before_a_year_or_a_count_is_no_wrapped_date() -> None:
    assert parse_due("see 3.1. 25 staff") is None
    assert str(parse_due("Action 2.1. 2026 plan")) == "2026-12-31"  # the year, as before
    assert str(parse_due("Review 2/1/ 2026 plan")) == "2026-12-31"  # a wrap only as a whole cell


@CHROMIUM
def test_due_dates_wrapped_in_a_narrow_column(tmp_path: Path) -> None:
    narrow = "td:nth-child(4),th:nth-child(4){width:12mm;max-width:12mm}"
    plan = extract_plan(parse_pdf(_list_view(tmp_path, narrow)))
    assert [(a.ref, str(a.due_date)) for a in plan.actions] == [
        ("41", "2026-09-15"), ("42", "2027-10-31"), ("44", "2027-05-23"), ("46", "2027-08-25")
    ]  # fmt: skip


LONG = {  # a band that wraps to two lines on an upright page
    n: f"{text} so that every child and family is helped at the right time by the right service"
    for n, text in RECS.items()
}
PORTRAIT = (
    "@page{size:A4 portrait;margin:10mm} .av{width:6mm;height:6mm;line-height:6mm;"
    "vertical-align:middle}"
)


@CHROMIUM
def test_upright_list_with_two_line_bands_and_badges_reads_every_row(tmp_path: Path) -> None:
    """The band over the first rows fills a gap wider than the table's rows leave, and each
    row's badge, set smaller, starts a hair above the row's text: neither ends the table."""
    plan = extract_plan(parse_pdf(_list_view(tmp_path, PORTRAIT, LONG)))
    assert [(r.number, r.text) for r in plan.recommendations] == list(LONG.items())
    assert _read(plan) == [(r[1], r[3], [r[0]]) for r in ROWS]
    assert [str(a.due_date) for a in plan.actions] == [
        "2026-09-15", "2027-10-31", "2027-05-23", "2027-08-25"
    ]  # fmt: skip
