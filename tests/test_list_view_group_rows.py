"""A list view grouped by recommendation, printed by headless Chromium (a SharePoint-style list):
one header row, then per group a shaded band naming the field and its value
('Recommendation : Rec 1 - Improve ... (2)', the count of rows last), then the group's rows;
the list runs onto a second page under its header printed again, a group's band printed once.

What is read: each band is the recommendation the rows under it answer (the field's name and
the count are the list's, not the recommendation's text); rows on the next page before its
first band go on in the last group of the page above, and a band printed under the last row of
a page opens the rows at the top of the next.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

RECS = {
    "1": "Improve the timeliness and consistency of decisions at the front door so that children"
    " receive the right help at the right time",
    "2": "Improve the multi-agency response to children at risk of criminal and sexual"
    " exploitation outside the home",
    "3": "Increase the range of suitable accommodation for care leavers and improve the quality"
    " of pathway plans",
}
# (recommendation, title, owner, due, status) in printed order
ROWS = [
    ("1", "Apply consistent thresholds through weekly threshold clinics", "Hale, Martin",
     "30/04/2026", "At Risk"),
    ("1", "Audit repeat referrals each quarter to learn why help did not last", "Kowalczyk, Ruth",
     "30/06/2026", "Not Started"),
    ("2", "Develop safety plans for places of concern with community partners", "Pritchard, Sian",
     "31/03/2026", "Blocked"),
    ("2", "Establish a weekly multi-agency child exploitation meeting", "Tremayne, Owen",
     "30/04/2026", "Completed"),
    ("3", "Commission fifteen supported lodgings places for young people", "Pritchard, Sian",
     "30/06/2026", "Completed"),
    ("3", "Agree a joint housing protocol with district councils", "Hale, Martin",
     "30/04/2027", "Not Started"),
]  # fmt: skip
CSS = (
    "@page{size:A4 landscape;margin:10mm} body{font-family:'Liberation Sans',sans-serif;"
    "font-size:8.5pt} table{border-collapse:collapse;width:100%}"
    "th{text-align:left;border-bottom:1px solid #EDEBE9;padding:1.5mm}"
    "td{padding:1.5mm;border-bottom:1px solid #F3F2F1;vertical-align:top}"
    "tr.grp td{font-weight:600;background:#FAF9F8;padding-top:2.5mm}"
    "thead{display:table-header-group} tr{page-break-inside:avoid}"
)
HEAD = "<tr><th>Title</th><th>Assigned To</th><th>Due Date</th><th>Status</th></tr>"


def _list_view(tmp_path: Path, break_before: int | None = None) -> Path:
    """The list printed by Chromium; break_before: the row a new page starts at (the header
    printed again by the browser, the group's band not)."""
    parts = [f"<html><head><style>{CSS}</style></head><body><h1>Improvement Actions</h1>",
             f"<table><thead>{HEAD}</thead><tbody>"]  # fmt: skip
    group = None
    for n, (rec, title, owner, due, status) in enumerate(ROWS):
        brk = ' style="page-break-before:always"' if n == break_before else ""
        if rec != group:
            count = sum(1 for r in ROWS if r[0] == rec)
            parts.append(f'<tr class="grp"{brk}><td colspan="4">&#8964; Recommendation : '
                         f"Rec {rec} - {RECS[rec]} ({count})</td></tr>")  # fmt: skip
            group, brk = rec, ""
        parts.append(f"<tr{brk}><td>{title}</td><td>{owner}</td><td>{due}</td>"
                     f"<td>{status}</td></tr>")  # fmt: skip
    parts.append("</tbody></table></body></html>")
    page, out = tmp_path / "list.html", tmp_path / "list.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


def _links(plan: PlanExtraction) -> list[tuple[str, list[str]]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [(a.text, [numbers[r] for r in a.recommendations]) for a in plan.actions]


def test_group_row_names_field_value_and_count() -> None:
    text = f"\u2304 Recommendation : Rec 2 - {RECS['2']} (4)"
    assert heading(text) == ("2", RECS["2"])
    assert heading("Recommendation : Ensure that every child is seen alone (3)") is None


CHROMIUM = pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")


@CHROMIUM
def test_bands_link_the_rows_under_them(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_list_view(tmp_path)))
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert _links(plan) == [(r[1], [r[0]]) for r in ROWS]


@CHROMIUM
def test_group_goes_on_over_the_page_break(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_list_view(tmp_path, break_before=3)))  # group 2's 2nd row
    assert _links(plan) == [(r[1], [r[0]]) for r in ROWS]
