"""An unruled table printed from HTML whose last column, the owner, is right-aligned against
the table's right edge: each owner ends at one x and starts where its width puts it. With a
short name repeated ('DCS' in three rows) a river opens inside the column, and the wider
owners ('Head of Quality Assurance') start left of it, so they were cut there or read into
the column before; with every owner of a width of its own no river shows the column at all,
and the owners were read as the end of the date beside them ('6 January 2026 Ruth
Kowalczyk'). The column's edge is where its widest run starts."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import needs_chromium, print_pdf

STYLE = (
    "@page{size:A4 portrait;margin:14mm 13mm} body{font-family:serif;font-size:9pt}"
    " table{border-collapse:collapse;width:100%} th{text-align:left;font-weight:normal;"
    "padding:1mm 1.5mm} td{padding:1.4mm 1.5mm;border-bottom:0.2mm solid #ddd;"
    "vertical-align:top} .ow{text-align:right !important} .act{width:45%}"
)
ROWS = [  # action, status, was due, completed on, owner
    ("Audit twelve supervision records each month and report the themes", "Complete",
     "October 2026", "25 April 2026", "Ruth Kowalczyk"),
    ("Publish a revised supervision standard", "Complete", "November 2026", "3 May 2026", "DCS"),
    ("Hold a monthly missing children panel", "Complete", "December 2026", "6 June 2026",
     "Head of Quality Assurance"),
    ("Commission an independent return home interview service", "Complete", "January 2027",
     "10 July 2026", "DCS"),
    ("Agree a joint housing protocol with district councils", "Complete", "February 2027",
     "27 July 2026", "Claire Whitby"),
    ("Set up a care leavers' hub with drop-in advice", "Complete", "March 2027",
     "2 August 2026", "DCS"),
]  # fmt: skip


def _plan(tmp_path: Path, rows: list[tuple[str, str, str, str, str]]) -> PlanExtraction:
    body = "".join(
        f"<tr><td>{k}</td><td class='act'>{escape(a)}</td><td>{s}</td><td>{d}</td><td>{c}</td>"
        f"<td class='ow'>{escape(o)}</td></tr>"
        for k, (a, s, d, c, o) in enumerate(rows, start=1)
    )
    page = tmp_path / "plan.html"
    page.write_text(
        f"<html><head><style>{STYLE}</style></head><body>"
        "<h1>Improvement plan: actions completed</h1>"
        "<table><thead><tr><th>No.</th><th>Action</th><th>Status</th><th>Due date</th>"
        f"<th>Completed on</th><th class='ow'>Lead officer</th></tr></thead><tbody>{body}"
        "</tbody></table></body></html>"
    )
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf(pdf))


@needs_chromium
@pytest.mark.parametrize(
    "rows",
    [ROWS, [r for r in ROWS if r[4] != "DCS"] + [ROWS[1]]],  # a river inside; none at all
    ids=["river-inside", "no-river"],
)
def test_a_right_aligned_last_column_starts_where_its_widest_run_does(
    tmp_path: Path, rows: list[tuple[str, str, str, str, str]]
) -> None:
    plan = _plan(tmp_path, rows)
    assert [(a.text, a.owner, a.due_raw) for a in plan.actions] == [
        (a, o, d) for a, _, d, _, o in rows
    ]
