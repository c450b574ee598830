"""A plan cascaded into staff objectives: a section per person ('Objectives for: <owner>', the
owner printed only there), then per action a two-column card whose first row is the form's own
counter and the action ('Objective 1 | <text>'), a row holding the plan's ref alone ('Plan
action | 2.1'), the recommendation it supports, a deadline and a rating on an appraisal scale
('Meeting' green, 'Too early to say' no rating). The counter restarts per person: it is never the
ref. The sections list the plan by owner, so the actions come back in their refs' order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file

RECS = [
    "Improve the multi-agency response to children at risk of exploitation outside the home",
    "Strengthen the response to children who go missing from home or care",
]
SECTIONS = [
    (
        "Head of Early Help",
        [
            ("2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
             2, "31.05.2027", "Meeting"),
            ("1.2", "Establish a weekly multi-agency exploitation meeting with police and health",
             1, "28.02.2027", "Too early to say"),
        ],
    ),
    (
        "Service Manager, Care Leavers",
        [
            ("1.1", "Appoint two specialist exploitation social workers to support complex cases",
             1, "30.09.2026", "Meeting"),
        ],
    ),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Children's Services: Improvement plan objectives 2026/27").runs[0].bold = True
    d.add_paragraph(
        "Every action in our improvement plan has been set as an objective for the manager who "
        "leads it. The plan answers these recommendations from Ofsted's inspection:"
    )
    for n, rec in enumerate(RECS, start=1):
        d.add_paragraph(f"Ofsted recommendation {n}: {rec}")
    for owner, cards in SECTIONS:
        d.add_paragraph(f"Objectives for: {owner}").runs[0].bold = True
        d.add_paragraph("Line manager: Bartholomew Nkem      Mid-year review held: 20 March 2027")
        for counter, (ref, text, rec, due, rating) in enumerate(cards, start=1):
            rows = [
                (f"Objective {counter}", text),
                ("Plan action", ref),
                ("Supports", f"Ofsted recommendation {rec}: \u201c{RECS[rec - 1]}\u201d"),
                ("Deadline", due),
                ("Mid-year rating", rating),
            ]
            table = d.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for r, (label, value) in enumerate(rows):
                table.cell(r, 0).text = label
                table.cell(r, 1).text = value
            d.add_paragraph("")
    d.save(str(path))
    return path


def test_objective_cards_under_owner_headings(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "objectives.docx"))
    got = [(a.ref, a.text, a.owner, a.due_date, a.rag, a.recommendations) for a in result.actions]
    assert got == [
        ("1.1", SECTIONS[1][1][0][1], "Service Manager, Care Leavers", date(2026, 9, 30), "green", ["r1"]),
        ("1.2", SECTIONS[0][1][1][1], "Head of Early Help", date(2027, 2, 28), None, ["r1"]),
        ("2.1", SECTIONS[0][1][0][1], "Head of Early Help", date(2027, 5, 31), "green", ["r2"]),
    ]  # fmt: skip


def test_the_counter_is_never_the_ref(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "objectives.docx"))
    refs = {a.ref for a in result.actions}
    assert not any(r is not None and ("Objective" in r or r in {"1", "2"}) for r in refs)
    assert all("Objective" not in a.text for a in result.actions)
    # each action carries its provenance: the card table it was read from
    assert all((a.provenance.locator or "").startswith("table ") for a in result.actions)
