"""A council web page printed by headless Chromium whose action table is a RESPONSIVE DATA TABLE
(DataTables style): each action row shows only a collapse control, the ref, the action and a
status pill set smaller than the row's text; beneath it a shaded, indented CHILD ROW lists the
row's other fields as label/value pairs ('Lead officer' <post>, 'Target date' <date>,
'Recommendation' 'Recommendation 2', 'Latest update' <text>). The header band is shaded, its
cells set in the row's middle, one of them ('Action ref') wrapped over two lines.

What is read: one action per row, its owner, due date, update and recommendation from its
child row (none of the child rows' lines is an action or part of the action's text), its status
from the pill. A paragraph of label/value lines outside any table is left alone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

ROWS = [
    ("1.1", "Audit twenty assessments each month and share the learning with team managers",
     "On track", "1", "Head of Service, Assessment", "31 Mar 2027",
     "First two audits done; themes shared at the practice forum"),
    ("1.2", "Introduce a supervision template that records the reflective discussion",
     "At risk", "1", "Principal Social Worker", "30 Sep 2026", "Template drafted"),
    ("2.1", "Offer every child who returns home an interview within three working days",
     "Completed", "2", "Safeguarding Manager", "15 Jan 2026", "Service in place since January"),
]  # fmt: skip
RECS = [
    "Improve the quality and timeliness of assessments so that children get the right help",
    "Strengthen the response to children who go missing from home or care",
]
CSS = (
    "@page{size:A4;margin:14mm} body{font-family:'Liberation Serif',serif;font-size:10pt}"
    "table{border-collapse:collapse;width:100%;font-size:9.5pt}"
    "thead th{text-align:left;background:#2B3E50;color:#fff;padding:2mm}"
    "tr.parent td{padding:2mm;border-top:1px solid #9AA5B1;vertical-align:top}"
    "tr.child td{padding:0 2mm 2.5mm 12mm;background:#F6F8FA;color:#444;font-size:8.8pt}"
    "ul{list-style:none;margin:0;padding:1mm 0 0} li{padding:0.6mm 0}"
    "span.k{display:inline-block;min-width:32mm;font-weight:700}"
    ".pill{color:#fff;background:#1D70B8;border-radius:9px;padding:0.4mm 2.5mm;font-size:8pt;"
    "font-weight:700;white-space:nowrap}"
)


def _print(tmp_path: Path, html: str) -> Path:
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text(f"<html><head><style>{CSS}</style></head><body>{html}</body></html>")
    print_pdf(page, out)
    return out


def _page(tmp_path: Path) -> Path:
    parts = [
        "<h1>Our improvement plan</h1><h2>The recommendations</h2><ol>"
        + "".join(f"<li><b>Recommendation {n}:</b> {t}</li>" for n, t in enumerate(RECS, 1))
        + "</ol><h2>Actions</h2><table><thead><tr><th></th>"
        "<th style='width:12mm'>Action ref</th><th>What we will do</th><th>Status</th></tr>"
        "</thead>"
    ]
    for ref, text, status, rec, owner, due, update in ROWS:
        pairs = [("Recommendation", f"Recommendation {rec}"), ("Lead officer", owner),
                 ("Target date", due), ("Latest update", update)]  # fmt: skip
        parts.append(
            f"<tbody><tr class='parent'><td>&#8863;</td><td>{ref}</td><td>{text}</td>"
            f"<td><span class='pill'>{status}</span></td></tr><tr class='child'><td></td>"
            "<td colspan='3'><ul>"
            + "".join(f"<li><span class='k'>{k}</span> <span>{v}</span></li>" for k, v in pairs)
            + "</ul></td></tr></tbody>"
        )
    parts.append("</table>")
    return _print(tmp_path, "".join(parts))


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_child_rows_give_their_row_its_fields(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_page(tmp_path)))
    got = [(a.ref, a.text, a.owner, a.due_raw, a.due_date and a.due_date.isoformat(),
            a.progress, a.recommendations) for a in plan.actions]  # fmt: skip
    assert got == [
        ("1.1", ROWS[0][1], "Head of Service, Assessment", "31 Mar 2027", "2027-03-31",
         ROWS[0][6], ["r1"]),
        ("1.2", ROWS[1][1], "Principal Social Worker", "30 Sep 2026", "2026-09-30", ROWS[1][6],
         ["r1"]),
        ("2.1", ROWS[2][1], "Safeguarding Manager", "15 Jan 2026", "2026-01-15", ROWS[2][6],
         ["r2"]),
    ]  # fmt: skip
    assert [a.rag for a in plan.actions] == ["green", "amber", "blue"]


def _line(parts: list[tuple[float, str]], top: float, index: int) -> Line:
    """A line of words, each (x, text), 5 points a character."""
    words = [Word(t, x, top, x + 5 * len(t), top + 10) for x, t in parts]
    return Line(" ".join(t for _, t in parts), (words[0].x0, top, words[-1].x1, top + 10), 10.0,
                False, 1, index, words=words)  # fmt: skip


def test_label_pairs_end_at_a_line_off_the_value_edge() -> None:
    """A line after the pairs that starts at neither the label edge as a pair nor the value edge
    (a section row, the next row's text) is no wrap of the last value: the pairs end above it."""
    from plantrace.extractors.plan_detail_rows import consumed, label_pairs

    lines = [
        _line([(100, "Lead"), (110 + 20, "officer"), (200, "Head"), (225, "of"), (240, "Service")], 0, 0),
        _line([(100, "Target"), (135, "date"), (200, "March"), (230, "2027")], 12, 1),
        _line([(200, "2027/28")], 24, 2),  # the value's wrap, at the value edge
        _line([(60, "Recommendation"), (140, "3")], 36, 3),  # left of both edges
    ]  # fmt: skip
    pairs = label_pairs(lines)
    assert pairs is not None
    assert [p.role for p in pairs] == ["owner", "due"]
    assert " ".join(w.text for w in pairs[-1].words) == "March 2027 2027/28"
    assert consumed(pairs) == 3
