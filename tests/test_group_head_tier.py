"""A measures table printed by Chromium under a two-tier head set bottom-aligned: a group's
head ('Target') centred over its two columns ('2025/26 | 2026/27') on the upper tier, every
other head spanning both tiers and printed on the lower one, a rule under the head. The table
runs over a page: Chromium prints the head again at the top of the next, where nothing above
it is read with the table.

At 0.6.70 the group's head was read as the upper line of one wrapped cell
(pipeline.tables._upper_tiers, made for a bottom-aligned head's wrapped cells): it joined the
first of its columns only ('Target 2025/26' and a bare '2026/27'), and the earlier year's
figures were read as the targets. A cell across a column's start is a group's head over its
columns: the tiered header reads it, the later year the target.
"""

from __future__ import annotations

import shutil
from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import print_pdf

CSS = (
    "@page { size: A4 landscape; margin: 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; }"
    "table { border-collapse: collapse; width: 100%; border: 1pt solid #444; }"
    "td, th { vertical-align: bottom; text-align: left; padding: 3pt 4pt; }"
    "th { background: #e4e4e4; border-bottom: 0.8pt solid #444; } th.group { text-align: center; }"
)
# (measure, start, now, first year's step, the target, direction)
ROWS = [
    ("Family help assessments completed within 45 days", "52%", "61%", "70%", "85%", "Up"),
    ("Young people in education, employment or training", "48%", "55.5%", "60%", "72.5%", "Up"),
    ("Re-referrals within twelve months", "31%", "27%", "24%", "20%", "Down"),
    ("Open cases per family worker", "24", "21", "19", "16", "Down"),
    ("Strategy meetings held within two working days", "64%", "71%", "80%", "90%", "Up"),
    ("Children with a named worker within five days", "77%", "82.5%", "88%", "95%", "Up"),
    ("Placements ending without a plan", "14%", "12%", "9%", "6%", "Down"),
    ("Return interviews offered within three days", "58%", "66%", "75%", "88%", "Up"),
]

SPACE = 150  # the table starts low on the page: its head is printed again over the rest


def _html() -> str:
    span = "<th rowspan='2'>{}</th>"
    head = (
        span.format("Measure") + span.format("Starting point") + span.format("Latest")
        + "<th class='group' colspan='2'>Target</th>" + span.format("Direction")
    )  # fmt: skip
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in ROWS)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<div style='height: {SPACE}mm'></div>"
        f"<table><thead><tr>{head}</tr><tr><th>2025/26</th><th>2026/27</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium")
def test_group_head_over_two_columns_is_no_wrapped_cell(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "measures.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    got = [
        (k.indicator, k.baseline and k.baseline.raw, k.latest and k.latest.raw,
         k.target and k.target.raw)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [(r[0], r[1], r[2], r[4]) for r in ROWS]
