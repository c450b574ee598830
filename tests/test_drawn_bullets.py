"""Commitment bullets whose bullets are DRAWN, not printed as text: a web page's list printed by
headless Chromium draws each disc as a shape, so no glyph opens the item's line.

What is read (extractors/plan_commitments.py): under a heading, lines indented by a font size
or more open a list of items; an item ends where its who and when close it ('– Head of
Service, by March 2026'), and the next line at its left edge opens the next item, a line that
has not closed carries the item on. A status tag floated right of an item (a box) leaves the
list whole and is the item's status (plan_tags). A list of achievements naming no one and no
date is left as text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

RECS = {
    "1": "Improve the quality of supervision for social workers in the assessment teams",
    "2": "Reduce delay in achieving permanence for children in care",
}
# (recommendation, text, owner, due, tag, tint)
ITEMS = [
    ("1", "Introduce quarterly practice observations", "Head of Service", "March 2026", "Done",
     "#BBD4EA"),
    ("1", "Publish a revised supervision standard with a four-weekly minimum and a recording"
     " template for reflective discussion in every team", "Principal Social Worker",
     "June 2026", "Delayed", "#F6D7D2"),
    ("1", "Add a supervision measure to the dashboard", "Head of Performance", "May 2026",
     "In progress", "#CCE2D8"),
    ("2", "Strengthen support to special guardians", "Head of Fostering", "July 2026", "At risk",
     "#FCD6C3"),
    ("2", "Recruit twenty additional foster carers", "Head of Fostering", "March 2027",
     "Delayed", "#F6D7D2"),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:14mm} body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt}"
    "li{margin:2mm 0} .tag{float:right;font-size:9pt;padding:0.6mm 2mm;font-weight:700}"
)


def _print(tmp_path: Path, body: str) -> Path:
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text(f"<html><head><style>{CSS}</style></head><body>{body}</body></html>")
    print_pdf(page, out)
    return out


def _plan(tmp_path: Path, tags: bool) -> Path:
    parts = ["<h1>Improvement plan</h1>"]
    group = None
    for rec, text, owner, due, tag, tint in ITEMS:
        if rec != group:
            parts.append(("</ul>" if group else "") + f"<h2>Recommendation {rec}: {RECS[rec]}</h2>")
            parts.append("<ul>")
            group = rec
        pill = f"<strong class='tag' style='background:{tint}'>{tag}</strong>" if tags else ""
        parts.append(f"<li>{pill}{text} – {owner}, by {due}</li>")
    parts.append("</ul>")
    return _print(tmp_path, "".join(parts))


CHROMIUM = pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")


@CHROMIUM
def test_items_of_a_drawn_list_are_actions(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_plan(tmp_path, tags=False)))
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.text, a.owner, a.due_raw) for a in plan.actions] == [i[1:4] for i in ITEMS]
    assert [[numbers[r] for r in a.recommendations] for a in plan.actions] == [
        [i[0]] for i in ITEMS
    ]
    assert [a.rag for a in plan.actions] == [None] * len(ITEMS)


@CHROMIUM
def test_tags_beside_drawn_items_are_their_status(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_plan(tmp_path, tags=True)))
    assert [(a.text, a.owner, a.due_raw) for a in plan.actions] == [i[1:4] for i in ITEMS]
    assert [a.rag for a in plan.actions] == ["blue", "red", "green", "amber", "red"]


@CHROMIUM
def test_a_drawn_list_naming_no_one_and_no_date_is_text(tmp_path: Path) -> None:
    body = (
        "<h1>Our year</h1><p>What we achieved this year:</p><ul>"
        "<li>Opened two family hubs in the north of the county</li>"
        "<li>Recruited twelve foster carers through the summer campaign</li>"
        "<li>Published the new practice framework for every team</li></ul>"
    )
    assert extract_plan(parse_pdf(_print(tmp_path, body))).actions == []
