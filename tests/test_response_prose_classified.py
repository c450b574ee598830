"""A council's response to the inspection recommendations, printed as a PDF, that names itself
no plan and uses no word of a plan's ('Our response to the inspection recommendations'): each
recommendation quoted, then numbered paragraphs each closing with who does it and by when
('2.1 <text>. It rests with Head of Safeguarding; done by late March 2027.').

The classifier found no plan sign in its wording and no action table on its first pages, so
the document was classed 'other' and nothing was read from it (not_classified). With no
wording either way, the plan reader's own cheap test of the text decides too: numbered
paragraphs that name who and when (has_prose_actions) are actions, so the document is a plan.
Numbered paragraphs naming no one and no date (a report's sections) are no evidence of one.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from plantrace.models.grades import DocumentKind
from plantrace.pipeline.extract import extract_file
from tests.chromium import print_pdf

RECS = [
    "Improve the timeliness of initial health assessments for children in care",
    "Strengthen the response to children missing from home or care",
]
STEPS = [
    ("1.1", "Agree a timeliness pathway for initial health assessments with the designated "
     "doctor", "Grace Adebayo carries it; to be finished by the first of October 2026",
     "Grace Adebayo", date(2026, 10, 1)),
    ("1.2", "Report health assessment timeliness monthly to the corporate parenting board",
     "It rests with Head of Safeguarding; done by late March 2027", "Head of Safeguarding",
     date(2027, 3, 31)),
    ("2.1", "Map the places where missing children are found and share the analysis",
     "Service Manager, Care Leavers will see to it; complete by 30 June 2026",
     "Service Manager, Care Leavers", date(2026, 6, 30)),
    ("2.2", "Give foster carers refreshed guidance on reporting a child missing",
     "Head of Early Help takes it on; due by 14 August 2026", "Head of Early Help",
     date(2026, 8, 14)),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:18mm 20mm} body{font-family:'Liberation Serif',serif;"
    "font-size:10.5pt;line-height:1.4} h2{font-size:12.5pt} blockquote{font-style:italic}"
)


def _page(tmp_path: Path, name: str, closing: bool) -> Path:
    parts = [
        f"<html><head><style>{CSS}</style></head><body><p><b>Fenmarsh Council</b></p>",
        "<h1>Our response to the inspection recommendations</h1>",
        "<p>Each recommendation of the inspection report is quoted below with what we are"
        " doing about it.</p>",
    ]
    for n, rec in enumerate(RECS, 1):
        parts.append(f"<h2>Recommendation {n}</h2><blockquote>{rec}</blockquote>")
        for ref, text, said, *_ in STEPS:
            if ref.startswith(f"{n}."):
                parts.append(f"<p><b>{ref}</b> {text}." + (f" {said}." if closing else "") + "</p>")
    parts.append("</body></html>")
    page, out = tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"
    page.write_text("".join(parts), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("chromium") is None:
        pytest.skip("no chromium")
    return tmp_path_factory.mktemp("response")


def test_numbered_paragraphs_naming_who_and_when_make_a_plan(folder: Path) -> None:
    r = extract_file(_page(folder, "response", closing=True))
    assert r.status.value == "ok", r.error
    assert r.kind is DocumentKind.improvement_plan
    assert not [w for w in r.warnings if w.code == "not_classified"]
    got = [(a.ref, a.text, a.owner, a.due_date) for a in r.actions]
    assert got == [(ref, text, owner, due) for ref, text, _, owner, due in STEPS]
    assert [x.text for x in r.recommendations] == RECS


def test_numbered_paragraphs_naming_no_one_make_none(folder: Path) -> None:
    r = extract_file(_page(folder, "sections", closing=False))
    assert r.kind is DocumentKind.other
    assert [w.code for w in r.warnings] == ["not_classified"]
