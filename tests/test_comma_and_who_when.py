"""Numbered action paragraphs that close with a sentence naming who and when in two clauses
parted by a comma and 'and', not by ';': 'Martin Hale is lead officer, and it is due in the
course of June 2027.', 'Grace Adebayo is leading on this, and it is to be delivered by close of
play on 8 September 2027.'

The closing sentence's reader (sentence_who_when) parted its clauses at ';' only and took a
deadline only after ' by ', so such paragraphs named nobody and no date (a plan of them read
as having no actions); where a lead phrase named the owner ('is leading on this') the date
after it was lost. It reads them now: the comma and 'and' part the clauses where the sentence
holds no ';', a clause closing with a date after words of the sentence's own ('in the course
of') gives the date's words alone, and the time of day before a deadline's date ('close of
play on') is the owner normaliser's lead-in, no part of the date.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from plantrace.extractors.plan_prose import read_fields
from plantrace.pipeline.extract import extract_file
from tests.chromium import print_pdf

RECS = [
    "Improve the timeliness of initial health assessments for children in care",
    "Strengthen the response to children who go missing from home or care",
]
# ref, text, closing sentence, owner, due as printed, due date, status line, rag
STEPS = [
    ("1.1", "Agree a timeliness pathway for initial health assessments with the designated "
     "doctor", "Designated Nurse is lead officer, and it is due in the course of June 2027",
     "Designated Nurse", "June 2027", date(2027, 6, 30), "Red", "red"),
    ("1.2", "Report health assessment timeliness monthly to the corporate parenting board",
     "Service Manager, Fostering is lead, and it is to be finished in the course of "
     "November 2026", "Service Manager, Fostering", "November 2026", date(2026, 11, 30),
     "Amber", "amber"),
    ("2.1", "Map the places where missing children are found and share the analysis",
     "Grace Adebayo is leading on this, and it is to be delivered by close of play on "
     "8 September 2027", "Grace Adebayo", "8 September 2027", date(2027, 9, 8), "Green",
     "green"),
    ("2.2", "Commission an independent return home interview service for every child",
     "Head of Early Help is lead officer, and it is due by close of play on 14 March 2027",
     "Head of Early Help", "14 March 2027", date(2027, 3, 14), "Complete", "blue"),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:18mm 20mm} body{font-family:'Liberation Serif',serif;"
    "font-size:10.5pt;line-height:1.4} h2{font-size:12.5pt} blockquote{font-style:italic}"
    ".pos{margin:0 0 0 6mm;font-size:9.5pt}"
)


def _page(tmp_path: Path) -> Path:
    parts = [
        f"<html><head><style>{CSS}</style></head><body><h1>Improvement plan</h1>",
        "<p>Each recommendation is quoted below with what we are doing about it.</p>",
    ]
    for n, rec in enumerate(RECS, 1):
        parts.append(f"<h2>Recommendation {n}</h2><blockquote>{rec}</blockquote>")
        for ref, text, said, *_, status, _ in STEPS:
            if ref.startswith(f"{n}."):
                parts.append(f"<p><b>{ref}</b> {text}. {said}.</p>")
                parts.append(f"<p class='pos'>Status: <b>{status}</b></p>")
    parts.append("</body></html>")
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("chromium") is None:
        pytest.skip("no chromium")
    return _page(tmp_path_factory.mktemp("comma_and"))


def test_who_and_when_parted_by_a_comma_and(plan: Path) -> None:
    r = extract_file(plan)
    assert r.status.value == "ok", r.error
    got = [(a.ref, a.text, a.owner, a.due_raw, a.due_date, a.rag) for a in r.actions]
    assert got == [
        (ref, text, owner, raw, due, rag) for ref, text, _, owner, raw, due, _, rag in STEPS
    ]
    numbers = {x.id: x.number for x in r.recommendations}
    assert [[numbers[x] for x in a.recommendations] for a in r.actions] == [
        [ref[0]] for ref, *_ in STEPS
    ]


def test_a_lead_phrase_keeps_the_date_after_it() -> None:
    found = read_fields(
        "Offer tuition to every child in care. Sian Pritchard is leading on this, and it is"
        " to be finished in the course of January 2026."
    )
    assert found.fields == {"owner": "Sian Pritchard", "due": "January 2026"}
    assert found.text == "Offer tuition to every child in care"


@pytest.mark.parametrize(
    "body",
    [
        # names nobody: the clause holds no name or post
        "Publish the strategy. We will see to it, and it is due in the course of May 2026.",
        # two clauses that are the action's own, no name in either
        "Publish the strategy. Review it with partners, and report in May 2026.",
    ],
)
def test_no_owner_where_the_sentence_names_none(body: str) -> None:
    assert "owner" not in read_fields(body).fields
