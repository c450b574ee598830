"""A response document that quotes each recommendation as a block under its label, then, flush
with the label again, the council's response ('Response: Accepted in part') and a paragraph
of context (the board that agreed it, its chair), then the numbered actions.

The reader ran the quotation on into the response and the context (the gaps between them are
no wider than a line's), and the recommendation's label took the whole run for its text, so
every recommendation read with 'Response: ... This response was agreed ...' in it. The
quotation is the lines set in from the label's edge (a blockquote's indent); the lines back
at the label's edge are no part of it (quoted_block), and the response's verdict is no
action's status.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.pipeline.extract import extract_file
from tests.chromium import print_pdf

RECS = [
    "Improve the regularity and quality of management oversight and reflective supervision "
    "for social workers in the assessment and child in need teams",
    "Make sure that children's wishes and feelings are sought, recorded and visibly influence "
    "the plans made for them",
]
VERDICTS = ["Accepted in part", "Accepted in full"]
STEPS = [
    ("1.1", "Train all team managers in reflective supervision", "Tom Ellery", "June 2027",
     "Green", "green"),
    ("1.2", "Publish a revised supervision standard", "Grace Adebayo", "March 2027", "Red",
     "red"),
    ("2.1", "Record children's views in their own words at every review", "Martin Hale",
     "May 2027", "Amber", "amber"),
    ("2.2", "Expand the children in care council", "Tom Ellery", "July 2027", "Green",
     "green"),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:18mm 20mm} body{font-family:'Liberation Serif',serif;"
    "font-size:10.5pt;line-height:1.4} h2{font-size:12.5pt;margin:6mm 0 1mm}"
    "blockquote{margin:1mm 0 2mm 6mm;padding-left:3mm;border-left:1mm solid #CE93D8;"
    "font-style:italic} .resp{margin:1mm 0} .ctx{margin:1mm 0 2mm} p{margin:1mm 0}"
)


def _page(tmp_path: Path, label: str) -> Path:
    parts = [
        f"<html><head><style>{CSS}</style></head><body><h1>Improvement plan</h1>",
        "<p>Each recommendation is quoted below with our response and our actions.</p>",
    ]
    for n, (rec, verdict) in enumerate(zip(RECS, VERDICTS, strict=True), 1):
        parts.append(f"<h2>{label} {n}</h2><blockquote>{rec}</blockquote>")
        parts.append(f"<p class='resp'>Response: <b>{verdict}</b></p>")
        parts.append(
            "<p class='ctx'>This response was agreed at the improvement board of 9 August"
            " 2026, chaired by Ottoline Sharrock; the portfolio holder will receive a report"
            " each quarter. The service will do the following.</p>"
        )
        for ref, text, owner, due, status, _ in STEPS:
            if ref.startswith(f"{n}."):
                parts.append(
                    f"<p><b>{ref}</b> {text}. {owner} will lead this; to be done by: {due}.</p>"
                )
                parts.append(f"<p>Status: {status}</p>")
    parts.append("</body></html>")
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


# the label in the label words, and a name of the plan's own over each (a recurring name)
@pytest.fixture(scope="module", params=["Recommendation", "Inspectors' recommendation"])
def plan(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    if shutil.which("chromium") is None:
        pytest.skip("no chromium")
    return _page(tmp_path_factory.mktemp("quoted"), request.param)


def test_the_quotation_alone_is_the_recommendation(plan: Path) -> None:
    r = extract_file(plan)
    assert r.status.value == "ok", r.error
    assert [(x.number, x.text) for x in r.recommendations] == [
        (str(n), rec) for n, rec in enumerate(RECS, 1)
    ]


def test_the_actions_under_it_and_their_links(plan: Path) -> None:
    r = extract_file(plan)
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag) for a in r.actions]
    assert got == [(ref, text, owner, due, rag) for ref, text, owner, due, _, rag in STEPS]
    numbers = {x.id: x.number for x in r.recommendations}
    assert [[numbers[x] for x in a.recommendations] for a in r.actions] == [
        [ref[0]] for ref, *_ in STEPS
    ]
