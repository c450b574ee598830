"""A report page's table visual printed by a browser: zebra rows, no rules, icon statuses.

A dashboard's table visual shades every other row with a background on each cell (the browser
draws one filled rectangle per cell, whose edges make a one-row grid), draws no column rules,
frames the visual (title and table) in a thin box, shows each row's status as an icon only (an
inline SVG shape in a colour) with a key of the icons under the table, and may frame a short
table of measures alone on its own page. Every row is read, each icon as the key says, the key
is no action, and the measures are read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

CHROMIUM = pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")

CSS = (
    "@page{size:A4 landscape;margin:9mm} body{font-family:'Liberation Serif',serif;font-size:8pt}"
    ".visual{border:1px solid #d0d0d0;padding:6px 8px;margin-bottom:8px}"
    ".visual h3{font-size:9pt;margin:0 0 4px 0} table{border-collapse:collapse;width:100%}"
    "th{text-align:left;border-bottom:2px solid #2b5797;padding:3px 5px}"
    "td{padding:4px 5px;vertical-align:top} tbody tr:nth-child(even) td{background:#f4f4f4}"
    ".key{margin-top:5px;font-size:7pt} .key svg{vertical-align:middle;margin:0 3px 0 8px}"
)
ICONS = {
    "green": "<circle cx='6' cy='6' r='5' fill='#2e9e4f'/>",
    "amber": "<polygon points='6,1 11,11 1,11' fill='#e8b400'/>",
    "red": "<polygon points='6,0.5 11.5,6 6,11.5 0.5,6' fill='#c8372d'/>",
    "blue": "<circle cx='6' cy='6' r='5' fill='#22508f'/>"
    "<path d='M3.5 6.2 L5.3 8 L8.7 4.2' stroke='#fff' stroke-width='1.6' fill='none'/>",
    "none": "<circle cx='6' cy='6' r='4.5' fill='none' stroke='#808080' stroke-width='1'/>",
}
KEY = [("green", "On schedule"), ("amber", "Some slippage"), ("red", "Off target"),
       ("blue", "Done"), ("none", "Not begun")]  # fmt: skip
ROWS = [
    ("T-204", "1", "Publish a revised threshold document with partner agencies", "Ahmed, Sara",
     "2027-01-15", "green"),
    ("T-209", "1", "Run quarterly multi-agency audits of front door decisions", "Brook, Liam",
     "2027-02-28", "red"),
    ("T-215", "2", "Introduce a tracker for children placed at a distance", "Ahmed, Sara",
     "2026-11-30", "amber"),
    ("T-221", "2", "Appoint a virtual school officer for post-sixteen learners", "Carr, Jo",
     "2026-10-31", "blue"),
    ("T-226", "3", "Set up an advice line for young people leaving care", "Brook, Liam",
     "2027-03-31", "none"),
    ("T-230", "3", "Review every pathway plan with the young person each six months", "Carr, Jo",
     "2027-04-30", "green"),
    ("T-238", "3", "Agree a rent guarantee scheme with the housing department", "Dale, Kim",
     "2027-05-31", "red"),
]  # fmt: skip
MEASURES = [
    ("Re-referrals within twelve months", "24%", "21%", "18%"),
    ("Visits to children in care on time", "81%", "88%", "95%"),
    ("Care leavers in education or work", "52%", "55%", "65%"),
]


def _icon(status: str) -> str:
    return f"<svg width='12' height='12' viewBox='0 0 12 12'>{ICONS[status]}</svg>"


def _print(tmp_path: Path, body: str) -> Path:
    page, out = tmp_path / "report.html", tmp_path / "report.pdf"
    page.write_text(f"<html><head><style>{CSS}</style></head><body>{body}</body></html>")
    print_pdf(page, out)
    return out


def _report(tmp_path: Path) -> Path:
    rows = "".join(
        f"<tr><td>{ref}</td><td>{rec}</td><td>{text}</td><td>{lead}</td><td>{due}</td>"
        f"<td style='text-align:center'>{_icon(status)}</td></tr>"
        for ref, rec, text, lead, due, status in ROWS
    )
    key = "".join(f"{_icon(status)}{word}" for status, word in KEY)
    measures = "".join(
        f"<tr><td>{m}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for m, a, b, c in MEASURES
    )
    body = (
        "<h2>Practice improvement dashboard</h2>"
        "<div class='visual'><h3>Delivery tracker</h3><table><thead><tr><th>Ref</th>"
        "<th>Rec</th><th style='width:40%'>Action</th><th>Lead officer</th><th>Target date</th>"
        "<th style='text-align:center'>RAG</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><div class='key'>{key}</div></div>"
        "<div class='visual' style='break-before:page'><h3>Performance measures</h3><table>"
        "<thead><tr><th style='width:50%'>Measure</th><th>Baseline</th><th>Latest</th>"
        f"<th>Target</th></tr></thead><tbody>{measures}</tbody></table></div>"
    )
    return _print(tmp_path, body)


@CHROMIUM
def test_every_row_of_a_zebra_striped_table_visual_is_read(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_report(tmp_path)))
    assert [(a.ref, a.owner, str(a.due_date)) for a in plan.actions] == [
        (ref, lead, due) for ref, _, _, lead, due, _ in ROWS
    ]
    assert [a.text for a in plan.actions] == [r[2] for r in ROWS]


@CHROMIUM
def test_icon_statuses_read_by_their_key_and_the_key_is_no_action(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_report(tmp_path)))
    expected = [None if r[5] == "none" else r[5] for r in ROWS]
    assert [a.rag for a in plan.actions] == expected
    assert not any("Off target" in a.text or "On schedule" in a.text for a in plan.actions)


@CHROMIUM
def test_a_short_striped_table_framed_alone_on_its_page_is_read(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_report(tmp_path)))
    assert [k.indicator for k in plan.kpis] == [m[0] for m in MEASURES]
    assert [(k.baseline.raw, k.latest.raw, k.target.raw) for k in plan.kpis] == [
        m[1:] for m in MEASURES
    ]
