"""A plan written as a user-story backlog: per recommendation a heading and an 'Ofsted
recommendation:' paragraph, per action a gridded two-column card (a merged title row, then
label | value rows). The user-story form's 'I want (to)' / 'We will' row (one form a plan) is the action; its
'As a' role, 'So that' benefit and 'Acceptance criteria' are no action and no other field, and
a 'Board column' is the action's status (no governance board). Read from the Word file
directly."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.extract import extract_file

RECS = [
    (
        "Improve the quality of supervision for social workers in the assessment teams",
        [
            ("1.1", "Audit twelve supervision records each month and report the themes",
             "Head of Quality Assurance", "30.04.2026", "Blocked"),
            ("1.2", "Introduce quarterly practice observations of every social worker",
             "Principal Social Worker", "31.03.2027", "Done"),
        ],
    ),
    (
        "Increase the range of suitable accommodation for care leavers",
        [
            ("2.1", "Recruit twenty additional foster carers through a regional campaign",
             "Service Manager, Fostering", "22.01.2026", "In progress - at risk"),
        ],
    ),
]  # fmt: skip


def _card(
    d: docx.document.Document, want: str, ref: str, action: str, owner: str, due: str, status: str
) -> None:
    rows = [
        ("As a", "team manager"),
        (want, action),
        ("So that", "children get the right help at the right time"),
        (
            "Acceptance criteria",
            "• Staff briefing delivered to every team\n• Audit shows the change",
        ),
        ("Product owner", owner),
        ("Done by", due),
        ("Board column", status),
    ]
    table = d.add_table(rows=1 + len(rows), cols=2)
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, 1))
    title.text = f"Story {ref}    Sprint 6 · 5 points"
    for r, (label, value) in enumerate(rows, start=1):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    d.add_paragraph("")


@pytest.mark.parametrize("want", ["I want to", "I want", "We will"])
def test_user_story_cards_are_read_as_actions(tmp_path: Path, want: str) -> None:
    d = docx.Document()
    d.add_heading("Children's services improvement backlog", 1)
    for n, (rec, cards) in enumerate(RECS, start=1):
        d.add_heading(f"Epic {n}", 2)
        d.add_paragraph(f"Ofsted recommendation: {rec}")
        for card in cards:
            _card(d, want, *card)
    path = tmp_path / "backlog.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [r.text for r in result.recommendations] == [rec for rec, _ in RECS]
    got = [(a.text, a.owner, str(a.due_date), a.rag, a.governance) for a in result.actions]
    assert got == [
        ("Audit twelve supervision records each month and report the themes",
         "Head of Quality Assurance", "2026-04-30", "red", None),
        ("Introduce quarterly practice observations of every social worker",
         "Principal Social Worker", "2027-03-31", "blue", None),
        ("Recruit twenty additional foster carers through a regional campaign",
         "Service Manager, Fostering", "2026-01-22", "amber", None),
    ]  # fmt: skip
    rec_ids = [r.id for r in result.recommendations]
    assert [a.recommendations for a in result.actions] == [[rec_ids[0]], [rec_ids[0]], [rec_ids[1]]]
    texts = " ".join(a.text for a in result.actions)
    assert "team manager" not in texts and "right help" not in texts


def test_story_labels_name_the_action_only_as_whole_labels(tmp_path: Path) -> None:
    """'We will' and 'I want' label a card's action row; inside a longer header ('Outcome we
    will track') they name no action column: the measures beside the cards are KPIs, not actions."""
    d = docx.Document()
    d.add_heading("Epic 1", 2)
    d.add_paragraph(f"Ofsted recommendation: {RECS[0][0]}")
    for card in RECS[0][1]:
        _card(d, "We will", *card)
    d.add_heading("Outcome measures", 2)
    rows = [
        ("Outcome we will track", "Baseline", "Latest", "Target"),
        ("Supervision held within four weeks", "45%", "72%", "90%"),
        ("Return home interviews offered within 72 hours", "61%", "80%", "95%"),
    ]
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "backlog.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [a.text for a in result.actions] == [c[1] for c in RECS[0][1]]
    assert [header_role(h) for h in ("We will", "I want to:", "Outcome we will track", "We want")] == [
        "action", "action", None, None
    ]  # fmt: skip
    # its figure columns named, the measures column unnamed: a scorecard all the same
    assert [(k.indicator, k.baseline.raw if k.baseline else None) for k in result.kpis] == [
        ("Supervision held within four weeks", "45%"),
        ("Return home interviews offered within 72 hours", "61%"),
    ]
