"""A plan printed from a web page that lists its recommendations apart ('R1 Improve ...' in a
box), then its actions month by month, a small unruled table each: the action's text closes
with its recommendation's code in brackets ('... partnership (R1)') and runs on in the same
cell with its update ('Last heard: ...').

The tags cite the list (extractors/plan.py _cited_by_tags), so 'R1' .. 'R3' are read as
recommendations 1 .. 3 under the label 'R'. A tag that closes a line of a cell counts as one
that closes the cell: read by whole cells only, no tag was seen where every action had an
update, and the codes were kept as numbers ('R1', said by plan_rec_codes_kept) - holdout55
html-due-month-digest 2-005, once the update line was read in its action's row (a line
spacing read in the body's size, pipeline/tables.py _column_pitch)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import needs_chromium, print_pdf

STYLE = (
    '@page{size:A4 portrait;margin:14mm 13mm} body{font-family:"Liberation Serif",serif;'
    "font-size:9pt} .recs{border:0.3mm solid #B2DFDB;padding:1mm 3mm;margin-bottom:3mm}"
    " .recs ul{margin:0;padding-left:4mm;list-style:none} .recs li{margin:0.8mm 0}"
    " h2{font-size:12pt;margin:5mm 0 0.5mm;border-bottom:0.5mm solid #00695C}"
    " table{border-collapse:collapse;width:100%} th{font-size:7.5pt;text-align:left;"
    "padding:1mm 1.5mm;font-weight:normal;text-transform:uppercase}"
    " td{padding:1.4mm 1.5mm;vertical-align:top;border-bottom:0.2mm solid #ddd}"
    " td.act{width:52%} td.st{font-weight:bold;width:27mm} .rr{white-space:nowrap}"
    " .pg{font-size:7.8pt;font-style:italic;margin-top:0.8mm}"
)
RECS = [
    "Improve the regularity and quality of management oversight and reflective supervision",
    "Improve the timeliness and consistency of decisions at the front door",
    "Reduce delay in achieving permanence for children in care",
]
# month, number, action, recommendation, status, owner, update
ACTIONS = [
    ("August 2025", "1", "Train all team managers in reflective supervision through a two-day "
     "course delivered with the regional teaching partnership", 1, "Won't make it",
     "Tom Ellery", "Delayed because of staff turnover; revised plan agreed"),
    ("October 2025", "2", "Review all children placed with parents under a care order to decide "
     "whether the order is still needed", 3, "Holding to date", "Claire Whitby",
     "Waiting on the new case management system"),
    ("January 2026", "3", "Publish a revised threshold document with partners and schools", 2,
     "Cutting it fine", "Sian Pritchard", "Draft shared with schools for comment"),
]  # fmt: skip


def _read(tmp_path: Path) -> PlanExtraction:
    recs = "".join(f"<li><b>R{n}</b> {escape(r)}</li>" for n, r in enumerate(RECS, 1))
    months = "".join(
        f"<h2>{month}</h2><table><thead><tr><th>#</th><th>Falling due</th><th>Forecast</th>"
        f"<th>Who carries it</th></tr></thead><tbody><tr><td>{num}</td><td class='act'>"
        f"{escape(act)} <span class='rr'>(R{rec})</span><div class='pg'><b>Last heard:</b> "
        f"{escape(update)}</div></td><td class='st'>{escape(status)}</td><td>{owner}</td></tr>"
        "</tbody></table>"
        for month, num, act, rec, status, owner, update in ACTIONS
    )
    page = tmp_path / "plan.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        "<h1>Improvement plan: what falls due when</h1><p>Actions are listed under the month "
        "they fall due; the recommendation each answers is in brackets after it.</p>"
        f"<div class='recs'><h3>The recommendations</h3><ul>{recs}</ul></div>{months}"
        "</body></html>"
    )
    return extract_plan(parse_pdf(print_pdf(page, tmp_path / "plan.pdf")))


@needs_chromium
def test_codes_closing_a_line_of_a_cell_cite_the_list(tmp_path: Path) -> None:
    plan = _read(tmp_path)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), r) for n, r in enumerate(RECS, 1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.text, a.progress, [numbers[r] for r in a.recommendations]) for a in plan.actions
    ]
    assert got == [(num, act, upd, [str(rec)]) for _, num, act, rec, _, _, upd in ACTIONS]
    assert "plan_rec_codes_kept" not in {w.code for w in plan.warnings}
