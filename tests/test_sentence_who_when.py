"""Numbered action paragraphs that close with a sentence naming who and when in two
unlabelled clauses: 'Owen Tremayne is the lead; finished by the twelfth of May 2026.', 'It
rests with Head of Safeguarding; done by late March 2027.', the owner a person or a post
inside the clause's own words, either clause first.

No label, no bracket and no dash: the prose reader read no owner and no date in such a
paragraph, so the paragraphs were no actions at all (the plan read as having none). It reads
them now (sentence_who_when): the clause closing with ' by ' and a date gives the due date,
the one run of words printed as a name or a post in the other clause the owner. A sentence
naming nobody ('We will see to it; done by May 2026') gives no owner; a post opening the
sentence ('Head of Early Help takes it on') is the owner, its first word no mere capital.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from plantrace.extractors.plan_prose import read_fields
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the timeliness of initial health assessments for children in care",
    "Strengthen the response to children who go missing from home or care",
]
STEPS = [
    ("1.1", "Agree a timeliness pathway for initial health assessments with the designated "
     "doctor", "Owen Tremayne is the lead; finished by the twelfth of May 2026",
     "Owen Tremayne", date(2026, 5, 12)),
    ("1.2", "Report health assessment timeliness monthly to the corporate parenting board",
     "It rests with Head of Safeguarding; done by late March 2027",
     "Head of Safeguarding", date(2027, 3, 31)),
    ("2.1", "Map the places where missing children are found and share the analysis",
     "Service Manager, Care Leavers will see to it; complete by 30 June 2026",
     "Service Manager, Care Leavers", date(2026, 6, 30)),
    ("2.2", "Commission an independent return home interview service for every child",
     "to be finished by the first of October 2026; Grace Adebayo carries it",
     "Grace Adebayo", date(2026, 10, 1)),
    ("2.3", "Give foster carers refreshed guidance on reporting a child missing",
     "Head of Early Help takes it on; due by 14 August 2026", "Head of Early Help",
     date(2026, 8, 14)),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Our improvement plan", level=1)
    d.add_paragraph("Each recommendation of the inspection, then the steps we will take.")
    for n, rec in enumerate(RECS, start=1):
        d.add_heading(f"Recommendation {n}", level=2)
        d.add_paragraph().add_run(rec).italic = True
        for ref, text, said, *_ in STEPS:
            if ref.startswith(f"{n}."):
                p = d.add_paragraph()
                p.add_run(ref).bold = True
                p.add_run(f"  {text}. {said}.")
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory.mktemp("sentence") / "steps.docx")


@pytest.mark.parametrize("printed", [False, True], ids=["docx", "pdf"])
def test_who_and_when_in_a_closing_sentence(plan: Path, printed: bool) -> None:
    path = libreoffice_pdf(plan, plan.parent) if printed else plan
    r = extract_file(path)
    assert r.status.value == "ok", r.error
    got = {a.ref: (a.owner, a.due_date) for a in r.actions}
    assert got == {ref: (owner, due) for ref, _, _, owner, due in STEPS}
    assert {a.ref: a.text for a in r.actions} == {ref: text for ref, text, *_ in STEPS}
    recs = {x.id: int(x.number) for x in r.recommendations}
    assert {a.ref: [recs[x] for x in a.recommendations] for a in r.actions} == {
        ref: [int(ref[0])] for ref, *_ in STEPS
    }


@pytest.mark.parametrize(
    "body",
    [
        "Publish the strategy. We will see to it; done by May 2026.",  # names nobody
        "Publish the strategy with Tom Ellery and Grace Adebayo; done by May 2026.",  # one sentence
        "Publish the strategy. Tom Ellery and Grace Adebayo share it; done by May 2026.",  # two
    ],
)
def test_no_owner_where_the_sentence_names_none(body: str) -> None:
    assert "owner" not in read_fields(body).fields


def test_name_closed_by_a_comma() -> None:
    found = read_fields(
        "Publish the strategy. It rests with Tom Ellery, our lead; done by May 2026."
    )
    assert found.fields.get("owner") == "Tom Ellery"
    assert found.text == "Publish the strategy"
