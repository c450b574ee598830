"""An unruled table printed from HTML whose header is set smaller than its body (labels in
small capitals, 7.5pt over 9pt) and wraps onto two lines: the header's line spacing is the
table's smallest, and every wrapped line of the body, spaced by its larger font, read as a new
row: an action cut after 'multi-' with its rest a second action, a wrapped owner ('Designated'
/ 'Nurse') two owners. The line spacing is read where lines are set in the body's size
(pipeline/tables.py _column_pitch, _body_font)."""

from __future__ import annotations

import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf

STYLE = (
    '@page{size:A4 portrait;margin:14mm 13mm} body{font-family:"Liberation Serif",serif;font-size:9pt}'
    " table{border-collapse:collapse;width:100%} th{font-size:7.5pt;text-align:left;"
    "font-weight:normal;text-transform:uppercase;padding:1mm 1.5mm}"
    " td{padding:1.4mm 1.5mm;border-bottom:0.2mm solid #ddd;vertical-align:top}"
    " .act{width:48%} .ow{width:16%}"
)
# a short table (a month's section): its few rows say little else of where a row starts
ROWS = [  # action, status, due, owner
    ("Review every child in need plan at least every three months in a multi-agency meeting",
     "Complete", "October 2026", "Designated Nurse for Safeguarding"),
    ("Escalate any strategy discussion held without a health representative to the designated "
     "nurse within one working day", "Complete", "November 2026", "Head of Service, Children "
     "in Care"),
]  # fmt: skip
needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium")


def _plan(tmp_path: Path) -> PlanExtraction:
    body = "".join(
        f"<tr><td>{k}</td><td class='act'>{escape(a)}</td><td>{s}</td><td>{d}</td>"
        f"<td class='ow'>{escape(o)}</td></tr>"
        for k, (a, s, d, o) in enumerate(ROWS, start=1)
    )
    page = tmp_path / "plan.html"
    page.write_text(
        f"<html><head><style>{STYLE}</style></head><body>"
        "<h1>Improvement plan: actions</h1>"
        "<table><thead><tr><th>No.</th><th>Action</th><th>Current status</th>"
        "<th>Target completion date</th><th class='ow'>Lead officer responsible</th></tr>"
        f"</thead><tbody>{body}</tbody></table></body></html>"
    )
    pdf = page.with_suffix(".pdf")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return extract_plan(parse_pdf(pdf))


@needs_chromium
def test_a_smaller_wrapped_header_does_not_cut_the_body_a_row_a_line(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    assert [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions] == [
        (str(k), a, o, d) for k, (a, _, d, o) in enumerate(ROWS, start=1)
    ]
