"""Key results printed with an objective's actions: same owner/due fields, no ref, no status."""

from __future__ import annotations

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Row
from plantrace.extractors.unnumbered_cards import without_unnumbered_runs


def _draft(ref: str | None, text: str, rag: str | None, page: int = 1) -> Draft:
    return Draft(
        row=Row(cells=[], page=page),
        ref=ref,
        text=text,
        owner="Head of Virtual School",
        due_raw="Q2 2026",
        governance=None,
        progress=None,
        rag=rag,
        milestones=None,
        rec_cell=None,
        section=None,
    )


def _objectives_page() -> tuple[list[Draft], dict[int, int]]:
    """Two objectives, each a key result table (one row) then an initiatives table."""
    tables = [
        [_draft(None, "59%", None)],
        [_draft("1.1", "Give carers refreshed guidance", "red"), _draft("1.2", "Map", "blue")],
        [_draft(None, "Reduce agency staff to 19% of the workforce 26%", None, page=2)],
        [_draft("2.1", "Include identity prompts", "amber"), _draft("2.2", "Audit", None)],
    ]
    placed = {id(d): i for i, t in enumerate(tables) for d in t}
    return [d for t in tables for d in t], placed


def test_key_results_without_ref_or_status_are_set_aside_and_said() -> None:
    drafts, placed = _objectives_page()
    kept, said = without_unnumbered_runs(drafts, placed)
    assert [d.ref for d in kept] == ["1.1", "1.2", "2.1", "2.2"]
    assert [w.code for w in said] == ["unnumbered_items_dropped"]
    assert said[0].page == 1
    assert "2 item(s)" in said[0].message


def test_a_table_mixing_numbered_and_unnumbered_rows_is_left_alone() -> None:
    drafts, placed = _objectives_page()
    placed[id(drafts[0])] = 1  # the first key result printed in the initiatives' own table
    kept, said = without_unnumbered_runs(drafts, placed)
    assert kept == drafts and said == []


def test_no_status_anywhere_gives_no_contrast() -> None:
    drafts, placed = _objectives_page()
    for d in drafts:
        d.rag = None
    kept, said = without_unnumbered_runs(drafts, placed)
    assert kept == drafts and said == []


def test_a_section_of_unnumbered_prose_actions_stays() -> None:
    """A plan whose last section's actions carry no ref and no status yet (a stacked sheet's
    third block) prints no progress share: its rows are the plan's own actions."""
    drafts, placed = _objectives_page()
    drafts[0].text = "Establish a weekly multi-agency exploitation meeting with police and health"
    drafts[2].text = "Appoint two specialist exploitation social workers"
    kept, said = without_unnumbered_runs(drafts, placed)
    assert kept == drafts and said == []
