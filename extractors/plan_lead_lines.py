"""Owners given by a line beside an action table that names each owner with the refs they lead.

A plan may leave the owner out of its action table and print, under (or over) it, one line
for the whole table: 'Lead officers: Head of Safeguarding (2.1, 2.3); Principal Social Worker
(2.2).' Read as printed, the line is a paragraph of its own and the actions have no owner, or,
worse, the line is read as a section field and its whole text becomes an owner. The line's label
is an owner's field label (pipeline/normalise/data/owners.json, the one list of them) and every
clause after it is a name followed by bracketed refs: each ref's action takes that name. Only
refs the plan's tables print are owned; a line naming a ref no action has is no owner line (its
brackets say something else), so nothing is invented. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.extractors.plan_actions import Draft
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.owners import OWNER_LABELS, normalise_owner

_LABEL = "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in sorted(OWNER_LABELS, key=len, reverse=True)
)
_LINE = re.compile(rf"^\s*(?:{_LABEL})\s*:\s*(?P<body>.+?)\s*\.?\s*$", re.I | re.S)
# 'Head of Service, Children in Care (1.1, 1.4)': the name, then its refs in brackets
_CLAUSE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<refs>[^()]+)\)$")
_REF_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)
_MIN_NAME_CHARS = 2
# a ref as printed: a short letter code or none, then numbers of one or two digits ('2.1',
# '2-01', 'R2a', '3(b)', 'P2.1'); never a year or a span of years ('2024/25'), nor a phone
# extension ('x4021'): a bracket of those after a name is a note on it, no refs
_REF = re.compile(r"^[A-Za-z]{0,3}\d{1,2}(?:[.\-]\d{1,2}|[a-z]|\([a-z]\))*$")
_MAX_WRAPS = 3  # wrapped lines read as paragraphs of their own, after the first
LEAD_PARAGRAPHS = _MAX_WRAPS + 1  # the most paragraphs one owner line is read from


@dataclass(frozen=True, slots=True)
class LeadLine:
    """An owner line: who leads which refs, in the order printed."""

    owners: tuple[tuple[str, tuple[str, ...]], ...]

    def refs(self) -> set[str]:
        """Every ref the line names."""
        return {r for _, refs in self.owners for r in refs}


def read_lead_line(text: str) -> LeadLine | None:
    """The owners and their refs when `text` is an owner's label followed only by clauses
    'name (ref, ref)' separated by semicolons, else None."""
    m = _LINE.match(" ".join(text.split()))
    if m is None:
        return None
    owners: list[tuple[str, tuple[str, ...]]] = []
    for clause in m.group("body").split(";"):
        c = _CLAUSE.match(clause.strip().rstrip("."))
        if c is None:
            return None  # a clause with no bracketed refs: prose, or one owner for all
        name = normalise_owner(c.group("name"))
        refs = tuple(r for r in _REF_SPLIT.split(c.group("refs").strip()) if r)
        if not name or len(name) < _MIN_NAME_CHARS or not refs:
            return None
        if not all(_REF.match(r) for r in refs):
            return None  # '(see annex)', '(interim)': a note on the name, no refs
        owners.append((name, refs))
    return LeadLine(tuple(owners)) if owners else None


def lead_line_at(texts: list[str]) -> tuple[LeadLine, int] | None:
    """The owner line opening `texts` (consecutive paragraphs) and how many of them it takes:
    a long line wraps, and a wrap set a little apart is read as a paragraph of its own
    ('... Principal Social' / 'Worker (2.3).'); the first must open with the owner's label."""
    if not texts or _LINE.match(" ".join(texts[0].split())) is None:
        return None
    for n in range(1, min(len(texts), _MAX_WRAPS + 1) + 1):
        if (line := read_lead_line(" ".join(texts[:n]))) is not None:
            return line, n
    return None


def owners_for_refs(line: LeadLine, printed: set[str]) -> dict[str, str] | None:
    """Each printed ref's owner by the line; None when the line names a ref no table prints
    (its brackets are no refs, or the plan is not the one the line was written for)."""
    if not line.refs() <= printed:
        return None
    return {ref: name for name, refs in line.owners for ref in refs}


def own_by_lead_lines(
    lines: list[tuple[int, LeadLine, int | None]], drafts: list[Draft], placed: dict[int, int]
) -> list[ExtractionWarning]:
    """Give each draft without an owner the owner its ref's lead line names. `lines`: (element
    index, line, page); `placed`: id(draft) -> the index of the table element it was read from,
    so a ref printed in more than one table is owned by the table nearest the line (the one
    above it first). A line naming a ref no table prints is warned and owns nothing."""
    said: list[ExtractionWarning] = []
    printed = {d.ref for d in drafts if d.ref}
    for at, line, page in lines:
        owners = owners_for_refs(line, printed)
        if owners is None and (lone := _one_owner(line, printed)) is not None:
            said.append(_owned_whole(lone, line, drafts, placed, at, page))
            continue
        if owners is None:
            missing = sorted(line.refs() - printed)
            said.append(
                ExtractionWarning(
                    code="plan_lead_refs_unknown",
                    message=(
                        f"a line names owners for refs {', '.join(missing)} that no action "
                        "table prints: those owners were not given to any action; check the "
                        "refs"
                    ),
                    page=page,
                )
            )
            continue
        for ref, name in owners.items():
            same = [d for d in drafts if d.ref == ref and not d.owner]
            if len(same) > 1:
                near = min(_distance(placed.get(id(d), at), at) for d in same)
                same = [d for d in same if _distance(placed.get(id(d), at), at) == near]
            for d in same:
                d.owner = name
    return said


def _distance(table: int, line: int) -> float:
    """How far a table lies from its owner line, in elements; a table below the line a half
    further than one the same distance above (the line is printed under its table first)."""
    return abs(table - line) + (0.5 if table > line else 0.0)


def _one_owner(line: LeadLine, printed: set[str]) -> str | None:
    """The name of a line naming one owner whose brackets hold no ref any table prints
    ('Lead officer: Head of Early Help (Q3)': a quarter, a note): a section's owner line with a
    note after the name, not a line of owners by ref. None for a line of several owners, or one
    citing a printed ref."""
    if len(line.owners) != 1 or line.refs() & printed:
        return None
    return line.owners[0][0]


def _owned_whole(
    name: str,
    line: LeadLine,
    drafts: list[Draft],
    placed: dict[int, int],
    at: int,
    page: int | None,
) -> ExtractionWarning:
    """Give the ownerless actions of the table nearest the line its one owner, as a section's
    owner line would, and say so: the bracket may yet have been refs of a table not read."""
    tables = {placed[id(d)] for d in drafts if id(d) in placed}
    near = min(tables, key=lambda t: _distance(t, at)) if tables else None
    owned = [d for d in drafts if near is not None and placed.get(id(d)) == near and not d.owner]
    for d in owned:
        d.owner = name
    bracket = ", ".join(sorted(line.refs()))
    return ExtractionWarning(
        code="plan_lead_refs_unknown",
        message=(
            f"an owner line names {name!r} with '({bracket})', which no action table prints as "
            f"a ref: read as a note, and {name!r} given as owner to the {len(owned)} actions "
            "without one of the nearest table; check the owners"
        ),
        page=page,
    )
