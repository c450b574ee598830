"""Entries of one action spread through a table in date order, brought together by their ref.

A statement or ledger prints a plan as dated entries, sorted by the entry's date: an action is
opened by one entry (its text, who leads it, a first date), a later entry may move its date and
a later one still reports how it stands (a short note, the date that applies, a status). The
entries of all actions interleave, an action's on different pages; every entry names its action
by the ref. Read as rows, each entry became an action of its own: the opening entry with an
older (wrong) date and no status, the later ones with a note for a text and no owner.

What makes the rows entries (nothing here knows any ledger's words): refs that recur on rows
that are not one action's continuation, each recurring ref's first row printing an owner and
its later rows none (an update log repeating text and owner on every row is plan_updates'
merge_restated's), the later rows' texts not the first's. Then the first entry gives the text
and the owner, the latest entry that prints a date gives the due and the latest that states a
status the status: the table's order is the entries' order. The actions are put in their
refs' natural order (change_log's), the entries' order being no plan order. The latest entry's note is the
action's progress, unless the same words are on the latest entry of every action (a form's
fixed words for a position stated, no update).

Where the dates read as due run in order down all the entries, they are the entries' own dates
(the statement's order), not when the work is due: said (DUES_IN_ENTRY_ORDER). Where some refs
recur so and others do not fit (a later entry printing an owner of its own),
nothing is merged and the plan says so (ENTRIES_UNJOINED): its actions are then read one per
entry, which is not the plan.
"""

from __future__ import annotations

import re

from plantrace.extractors.change_log import natural_key
from plantrace.extractors.plan_actions import Draft, ref_key
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

ENTRIES_UNJOINED = "ref_entries_unjoined"
MIN_RECORDS = 2  # refs recurring so on two actions at least: one could be a stray repeat
DUES_IN_ENTRY_ORDER = "ref_entries_dues_in_entry_order"
MIN_ORDERED = 6  # entries whose dates all run in order: fewer may by chance


def join_ref_entries(drafts: list[Draft]) -> tuple[list[Draft], list[ExtractionWarning]]:
    """The drafts with the entries of each action (rows sharing its ref, in printed order)
    made one action, and a warning where refs recur but the entries cannot be told apart."""
    groups: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            groups.setdefault(ref_key(d.ref), []).append(d)
    multi = [g for g in groups.values() if len(g) >= 2]
    if len(multi) < MIN_RECORDS:
        return drafts, []
    if not all(_entries(g) for g in multi):
        if sum(_entries(g) for g in multi) * 2 < len(multi):
            return drafts, []  # refs recur for other reasons (sub-rows, a repeated table)
        return drafts, [
            ExtractionWarning(
                code=ENTRIES_UNJOINED,
                message=(
                    f"{len(multi)} refs recur on rows that read as dated entries of one action "
                    "(the first printing the owner, later ones a note, a date, a status), but "
                    "some later entries print an owner of their own: the entries are read as "
                    "actions of their own; check each action's latest date and status"
                ),
            )
        ]
    said = _dues_in_entry_order([d for d in drafts if d.ref and ref_key(d.ref) in _keys(multi)])
    fixed = _fixed_note([g[-1] for g in multi])
    out: list[Draft] = []
    for d in drafts:
        g = groups.get(ref_key(d.ref)) if d.ref else None
        if g is None or len(g) < 2:
            out.append(d)
        elif d is g[0]:
            _fold(g, fixed)
            out.append(d)
    return _in_ref_order(out), said


def _keys(groups: list[list[Draft]]) -> set[str]:
    return {ref_key(g[0].ref or "") for g in groups}


def _dues_in_entry_order(entries: list[Draft]) -> list[ExtractionWarning]:
    """A warning where the dates read as due run in order down the entries (never earlier than
    the one above): the entries are sorted by that date, so it is when each entry was made (a
    value date), not when the work is due, and the due column was not told apart."""
    days = [parse_due(d.due_raw) for d in entries if d.due_raw]
    days_ = [x for x in days if x is not None]
    if len(days_) < MIN_ORDERED or len(days_) < len(entries) // 2:
        return []
    if any(b < a for a, b in zip(days_, days_[1:], strict=False)):
        return []
    return [
        ExtractionWarning(
            code=DUES_IN_ENTRY_ORDER,
            message=(
                f"the {len(days_)} dates read as the actions' due dates run in order down the "
                "entries they were read from, as the entries' own dates do: they may be when "
                "each entry was made, not when the work is due; check the due dates"
            ),
        )
    ]


def _in_ref_order(drafts: list[Draft]) -> list[Draft]:
    """The actions with refs in their refs' natural order ('2.1' before '10.1'), in the places
    they hold: a ledger's order is its entries' dates, not the plan's."""
    slots = [i for i, d in enumerate(drafts) if d.ref]
    ordered = sorted((drafts[i] for i in slots), key=lambda d: natural_key(d.ref or ""))
    out = list(drafts)
    for i, d in zip(slots, ordered, strict=True):
        out[i] = d
    return out


def _entries(g: list[Draft]) -> bool:
    """The rows of one ref read as one action's entries: the first names the owner and holds
    the text, the later ones print no owner and another text (or none)."""
    head, rest = g[0], g[1:]
    if not head.owner or not head.text:
        return False
    first = text_key(head.text)
    return all(not d.owner and text_key(d.text) != first for d in rest)


def _fixed_note(latest: list[Draft]) -> str | None:
    """The note every action's latest entry prints the same ('Position reported'): the form's
    words for an entry, no update."""
    notes = {text_key(d.text) for d in latest}
    return notes.pop() if len(notes) == 1 else None


def _fold(g: list[Draft], fixed: str | None) -> None:
    """The first entry made the action: the latest date and status of its entries, and the
    latest entry's note as its progress."""
    head = g[0]
    dated = [d for d in g if d.due_raw]
    if dated:
        head.due_raw = dated[-1].due_raw
    rated = [d for d in g if d.rag]
    head.rag = rated[-1].rag if rated else head.rag
    last = g[-1]
    note = " ".join(last.text.split())
    if last.progress:
        head.progress = last.progress
    elif note and note.lower() != fixed and not _names_its_kind(last, head):
        head.progress = note


_KIND_NOTE_WORDS = 3  # a note that names its entry's kind says little more ('Position reported')
_WORD = re.compile(r"[^\W\d_]+")


def _names_its_kind(entry: Draft, head: Draft) -> bool:
    """The entry's note only names the kind of entry it is ('Position reported' on an entry
    of the kind 'POSITION'): the form's stock words for a position stated, no update. The kind
    is a cell of the entry's row holding one word, printed otherwise on the action's opening
    entry (its own kind there), which is no status the normaliser reads (a note restating the
    status is the status's news); the note is that word and a word or two more."""
    words = [w.lower() for w in _WORD.findall(entry.text)]
    if not words or len(words) > _KIND_NOTE_WORDS:
        return False
    row, first = entry.row, head.row
    for i in range(len(row.cells)):
        cell = " ".join(row.text(i).split())
        if " " in cell or cell.lower() not in words or cell == " ".join(entry.text.split()):
            continue
        if text_key(first.text(i)) == cell.lower():
            continue  # the opening entry prints the same: no kind of entry
        if normalise_rag(cell) is None:
            return True
    return False
