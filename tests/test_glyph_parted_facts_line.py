"""A line of facts parted by middle dots under a recommendation ('Serves about 40 families ·
Takes 9 months · Checked by Iris Bell, 20 January 2026'): most of its parts are plain words,
one holds a date.

mark_strips read any line whose parts a glyph parts as a card's marked fields once one part was
a date: the recommendation's text above it became a card (an action with the checker's date as
its due, the section's text as its note) and the plan's own actions were lost under it. A
card's marked fields are values (a name, a date, a status word): a glyph-parted line with two
parts or more of plain words is no card's fields (mark_runs), so the line stays text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt, RGBColor

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the timeliness of initial health assessments for children in care",
    "Strengthen the response to children who go missing from home or care",
]
STEPS = [
    ("1.1", "Agree a timeliness pathway for initial health assessments", "Owen Tremayne",
     "31 May 2026", date(2026, 5, 31)),
    ("1.2", "Report health assessment timeliness monthly to the board", "Martin Hale",
     "30 June 2026", date(2026, 6, 30)),
    ("2.1", "Map the places where missing children are found", "Grace Adebayo",
     "31 July 2026", date(2026, 7, 31)),
    ("2.2", "Commission an independent return home interview service", "Bethan Lloyd",
     "30 September 2026", date(2026, 9, 30)),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Our improvement plan", level=1)
    for n, rec in enumerate(RECS, start=1):
        d.add_heading(f"Recommendation {n}", level=2)
        d.add_paragraph().add_run(rec).italic = True
        facts = d.add_paragraph().add_run(
            f"Serves about {40 * n} families · Takes {6 + n} months · Checked by Iris Bell, "
            f"{10 + n} January 2026"
        )
        facts.font.size, facts.font.color.rgb = Pt(9), RGBColor(0x70, 0x70, 0x70)
        d.add_paragraph("What we will do:")
        for ref, text, owner, due, _ in STEPS:
            if ref.startswith(f"{n}."):
                p = d.add_paragraph()
                p.add_run(ref).bold = True
                p.add_run(f"  {text} (Lead: {owner}; Deadline: {due})")
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory.mktemp("facts") / "facts.docx")


@pytest.mark.parametrize("printed", [False, True], ids=["docx", "pdf"])
def test_facts_line_is_no_card(plan: Path, printed: bool) -> None:
    path = libreoffice_pdf(plan, plan.parent) if printed else plan
    r = extract_file(path)
    assert r.status.value == "ok", r.error
    assert {a.ref: (a.owner, a.due_date) for a in r.actions} == {
        ref: (owner, due) for ref, _, owner, _, due in STEPS
    }
    assert [(int(x.number), x.text) for x in r.recommendations] == list(enumerate(RECS, 1))
