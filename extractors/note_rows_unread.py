"""Labelled notes across an action table that no vocabulary reads, said.

A sheet prints each action's update as a merged row under it, opening with a label
('Latest: Pilot running in two teams', 'Bulletin: ...'). Where the label is one a header of
progress notes would say, or a note label (plan_columns.progress_label), plan_actions reads the
row as the action's progress; a label no vocabulary knows leaves the row read as nothing, and
the updates would be lost silently. Rows across a table (one text in every cell) that open with
the same short label under actions at least twice, the label never opening the table (a group
heading 'Theme: ...' comes over its actions, first of all), are said (plan_column_unplaced).

The last action's note closes the grid under its last ruled row, outside every table: under a
label no vocabulary reads, grid_tail_notes leaves it a paragraph. A line in that shape
(grid_tail_notes.tail_note_under) whose label opens a note row of the same grid, or reads as
progress, and whose note is no action's progress is said too (unread_tail_notes), whatever the
count. So is one under a label only the last action uses ('Final word: ...' under rows of
'Latest: ...'), where it is printed as the grid's note rows are: from their left edge, in their
type size. A labelled line under a grid whose rows carry no note ('Source: ...', 'Note: ...'
under the table), or printed otherwise than its note rows (a footnote in a smaller size), is the
table's footnote, not said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from plantrace.extractors.grid_tail_notes import tail_note_under
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row, progress_label
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Table
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.text_keys import text_key

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
    for t in _action_tables(elements):
        for k, row in enumerate(t.rows):
            text = _across(row)
            found = _label(text) if text is not None else None
            if found is None or progress_label(found[0]):
                continue
            key = text_key(found[0])
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


def _key(label: str) -> str:
    return text_key(label)


def unread_tail_notes(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """One warning per note closing an action grid under its last ruled row (a paragraph left
    under the grid in grid_tail_notes' shape) that is no action's progress, where its label
    opens a note row across the same grid or reads as progress: the last action's update,
    lost."""
    progress = " ".join(" ".join((a.progress or "").split()) for a in actions)
    loose: dict[int, list[Line]] = {}  # page -> the lines left outside every table
    grids: dict[int, list[Table]] = {}  # page -> the tables read on it, as pieces
    for el in elements:
        if el.table is not None:
            for piece in el.table.pieces:
                grids.setdefault(piece.page, []).append(piece)
        elif el.raw is not None:
            grids.setdefault(el.raw.page, []).append(el.raw)
        else:
            loose.setdefault(el.page, []).extend(el.lines)
    out = []
    for t in _action_tables(elements):
        across: set[str] = set()
        printed: list[Line] = []  # each note row's first line: where and how notes are printed
        for row in t.rows[1:]:
            text = _across(row)
            found = _label(text) if text is not None else None
            if found is None:
                continue
            across.add(_key(found[0]))
            first = _first_line(row)
            if first is not None:
                printed.append(first)
        for piece in t.pieces:
            note = tail_note_under(piece, loose.get(piece.page, []), grids.get(piece.page, []))
            found = _label(join_text(ln.text for ln in note)) if note else None
            if note is None or found is None or found[1] in progress:
                continue
            if _key(found[0]) in across or progress_label(found[0]):
                why = "as notes across its rows do"
            elif any(_printed_alike(note[0], ln) for ln in printed):
                why = "a label no row uses, printed as the notes across its rows are"
            else:
                continue  # a footnote under the grid: no note row is printed as it is
            out.append(ExtractionWarning(
                code="plan_column_unplaced",
                message=f"a note under an action table's last row opens with the label"
                f" {_key(found[0])!r} ('{found[1][:60]}'), {why}, and is no action's progress:"
                " likely the last action's update, it is not read",
                page=piece.page,
            ))  # fmt: skip
    return out


_EDGE = 2.0  # points: a note's text starts at the note rows' left edge, give or take
_SIZE = 0.3  # points: and is printed in their type size


def _first_line(row: Row) -> Line | None:
    """The first text line of a row across the table (its one cell's)."""
    lines = [ln for c in row.cells if c is not None for ln in c.lines]
    return min(lines, key=lambda ln: (ln.top, ln.x0)) if lines else None


def _printed_alike(a: Line, b: Line) -> bool:
    """Whether lines a and b start at one left edge in one type size."""
    return abs(a.x0 - b.x0) <= _EDGE and abs(a.font_size - b.font_size) <= _SIZE


def _action_tables(elements: Sequence[Element]) -> Iterator[PlanTable]:
    """Each action table once: a table continued over pages stands in several elements."""
    seen: set[int] = set()
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or id(t) in seen:
            continue
        seen.add(id(t))
        yield t
