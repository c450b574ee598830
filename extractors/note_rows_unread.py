"""Labelled notes across an action table that no vocabulary reads, said.

A sheet prints each action's update as a merged row under it, opening with a label
('Latest: Pilot running in two teams', 'Bulletin: ...'). Where the label is one a header of
progress notes would say, or a note label (plan_columns.progress_label), plan_actions reads the
row as the action's progress; a label no vocabulary knows leaves the row read as nothing, and
the updates would be lost silently. Rows across a table (one text in every cell) that open with
the same short label under actions at least twice, the label never opening the table (a group
heading 'Theme: ...' comes over its actions, first of all), are said (plan_column_unplaced).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row, progress_label
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning

_LABELLED = re.compile(r"^\s*(?P<label>[^:\d]{2,40}?)\s*:\s*(?P<note>\S.*)$", re.S)
_LABEL_WORDS = 3  # a note's label is short ('Latest update:')
_NOTE_WORDS = 3  # a note says something: three words at least
_MIN_ROWS = 2  # notes under one label before it is taken for the actions' updates


def _across(row: Row) -> str | None:
    """The one text a row across the table says, or None for a row of columns."""
    filled = [t for i in range(len(row.cells)) if (t := " ".join(row.text(i).split()))]
    if not filled or len(set(filled)) != 1 or (len(filled) < 2 and not row.section):
        return None
    return filled[0]


def _label(text: str) -> tuple[str, str] | None:
    m = _LABELLED.match(text)
    if m is None or len(m.group("label").split()) > _LABEL_WORDS:
        return None
    if len(m.group("note").split()) < _NOTE_WORDS:
        return None
    return m.group("label").strip(), m.group("note").strip()


def unread_note_rows(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """One warning per label no vocabulary reads that opens rows across action tables under
    actions, where those notes are no action's progress."""
    progress = " ".join(a.progress or "" for a in actions)
    notes: dict[str, list[str]] = {}
    page: dict[str, int] = {}
    heads: set[str] = set()
    seen: set[int] = set()
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or id(t) in seen:
            continue
        seen.add(id(t))
        for k, row in enumerate(t.rows):
            text = _across(row)
            found = _label(text) if text is not None else None
            if found is None or progress_label(found[0]):
                continue
            key = " ".join(found[0].lower().split())
            if k == 0:
                heads.add(key)  # a label opening the table heads groups: no note
                continue
            if found[1] not in progress:
                notes.setdefault(key, []).append(found[1])
                page.setdefault(key, row.page)
    out = []
    for key, said in notes.items():
        if key in heads or len(said) < _MIN_ROWS:
            continue
        out.append(ExtractionWarning(
            code="plan_column_unplaced",
            message=f"{len(said)} rows across an action table open with the label {key!r}"
            f" ('{said[0][:60]}') that no vocabulary reads: likely the actions' updates, they"
            " are not read",
            page=page[key],
        ))  # fmt: skip
    return out
