"""A measures table whose rows are drawn apart: a web page's separated table (CSS
`border-spacing` with a vertical gap), every cell shaded, a few points of page between one row
and the next, its header printed as plain text above (`<th>` cells with no shading). The
rulings close each row on its own, so the grid finder returned a one-row grid per row, none
with a header, and the header line was read as a paragraph: the whole table read as nothing
(no KPI, nothing said). Now one-row grids of as many columns, their edges level, stacked with a
gap under half a row, under a line whose words stand at every column's left edge, are one
table with that line as its header (spaced_rows.stack_spaced_rows), and the KPI reader reads it.
"""

from __future__ import annotations

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PLAIN = [
    ("Children seen within five working days of referral", "41%", "58.5%", "80%"),
    ("Care leavers living in suitable accommodation", "72.4%", "77%", "90%"),
    ("Foster carers recruited in the year", "9", "14", "25"),
]
NAMED = [
    ("Strategy discussions held within one working day", "33%", "47%", "95%"),
    ("Average social worker caseload", "24", "21", "17"),
]


def _table(head: tuple[str, ...], rows: list[tuple[str, str, str, str]]) -> str:
    ths = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>"


def _html() -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 30px; }"
        "table { border-collapse: separate; border-spacing: 0 5px; width: 100%; margin-bottom: 30px; }"
        "th { text-align: left; color: #1b5e20; padding: 3px 8px; }"
        "td { background: #e8eaf6; padding: 4px 8px; }"
        "</style></head><body>"
        "<h1>Improvement plan: progress report</h1>"
        "<p>This report sets out how we are doing against the measures agreed with the board.</p>"
        "<h2>How we will know it is working</h2>"
        + _table(("What we count", "At first", "Now", "Goal"), PLAIN)
        + "<h2>Performance measures</h2>"
        + _table(("Measure", "Baseline", "Latest", "Target"), NAMED)
        + "</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    page = tmp_path_factory.mktemp("spaced") / "spaced.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_spaced_rows_are_one_measures_table(plan) -> None:  # type: ignore[no-untyped-def]
    read = {
        k.indicator: (
            k.baseline.raw if k.baseline else None,
            k.latest.raw if k.latest else None,
            k.target.raw if k.target else None,
        )
        for k in plan.kpis
    }
    assert read == {ind: (b, n, t) for ind, b, n, t in PLAIN + NAMED}


@needs_chromium
def test_header_line_is_no_measure_or_action(plan) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text for a in plan.actions] + [k.indicator for k in plan.kpis]
    assert not any("What we count" in t or "Baseline" in t for t in texts)
