"""A recommendations table listing the refs of the actions that address each recommendation.

A traceability matrix prints the inspection's recommendations in a table of their own, one row
each, with a column naming the actions that answer it ('Rec. 2 | Improve the timeliness ... |
A03, A07, A11'); the action plan's own rows carry no link (or a column of report paragraph
numbers, which are no recommendation numbers). The link runs from the recommendation to the
action: read on the action's row alone, every action is unlinked, and the recommendations table
itself reads as a table of actions (its header names actions, its cells are short codes).

Evidence: a table with a recommendation text column (and usually a number column) whose other
column holds, in every filled row (at least data/rec_action_lists.json min_rows), nothing but a
list of action refs (the pattern there). Such a table becomes a recommendations table, and each
action whose ref it lists answers the recommendations whose rows list it; the matrix then
decides every action's link (an action it lists nowhere answers none). Refs the matrix lists
that no action has, and actions it never lists, are said (`rec_action_list_unmatched`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
)
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.numbered_labels import RANGE, number_run

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/rec_action_lists.json").read_text()
)
_REF = re.compile(_DATA["ref"])
_SEP = re.compile(_DATA["separators"], re.I)
_MIN_ROWS: int = _DATA["min_rows"]
_MAX_RANGE: int = _DATA["max_range"]
_LABEL = re.compile(
    r"^\s*(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(_DATA["label_words"], key=len, reverse=True)
    )
    + r")(?![\w.])\s*:?\s*",
    re.I,
)
_END = r"[A-Za-z]{0,4}\d{1,3}(?:\.\d{1,3})*"  # one end of a run: a ref without its letter
_RUN = re.compile(rf"(?<![\w.])(?P<a>{_END}){RANGE}(?P<b>{_END})(?![\w.])", re.I)
_NO_REF = "\x00"  # what an impossible run reads as: no ref, so the cell is no list
_TEXT_ROLES = ("rec", "recommendation_text")


@dataclass(slots=True)
class ActionLists:
    """Each listed action ref (upper case) -> the recommendation labels of the rows listing it."""

    links: dict[str, list[str]] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)


def _expand(m: re.Match[str]) -> str:
    refs = number_run(m["a"], m["b"], _MAX_RANGE)
    return ", ".join(refs) if refs else _NO_REF


def _read(text: str) -> tuple[list[str], bool] | None:
    """(the refs a cell lists, its runs expanded, upper case; whether a label word opened it:
    'Actions 1 and 9-11'), or None where it holds anything but refs."""
    label = _LABEL.match(text)
    body = text[label.end() :] if label else text
    tokens = [tok for tok in _SEP.split(_RUN.sub(_expand, body.strip())) if tok]
    if not tokens or not all(_REF.match(tok) for tok in tokens):
        return None
    return [tok.upper() for tok in tokens], label is not None


def _bare(refs: list[str]) -> bool:
    """Refs that are bare numbers: paragraph or page numbers as often as action refs."""
    return not any(ch.isalpha() or ch == "." for ref in refs for ch in ref)


def _refs(text: str) -> list[str] | None:
    """The refs a cell lists, or None where it holds anything but refs (bare numbers read only
    where _list_column let their column be a list: see there)."""
    read = _read(text)
    return read[0] if read is not None else None


def _list_column(t: PlanTable) -> int | None:
    """The column whose every filled cell lists action refs, beside a recommendation's text.

    Bare numbers ('3 and 11', '1-4') list actions only in a column whose header names the
    actions (its role 'action') or whose every cell opens with a label word ('Actions 3, 7 and
    9'), and where one cell at least lists more than one: otherwise they are paragraph or page
    numbers, or the recommendations' own numbers."""
    for c, role in enumerate(t.roles):
        if role in _TEXT_ROLES:
            continue
        filled = [r.text(c) for r in t.rows if not r.section and r.text(c).strip()]
        read = [_read(x) for x in filled]
        if len(filled) < _MIN_ROWS or any(x is None for x in read):
            continue
        cells = [x for x in read if x is not None]
        if any(_bare(refs) for refs, _ in cells):
            named = role == "action" or all(labelled for _, labelled in cells)
            if not named or not any(len(refs) > 1 for refs, _ in cells):
                continue
        return c
    return None


def adopt_rec_action_lists(elements: list[Element]) -> ActionLists:
    """Turn each traceability matrix into a recommendations table; return its links by ref."""
    out = ActionLists()
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or t.col("recommendation_text") is None:
            continue
        if any(t.col(r) is not None for r in ("owner", "due", "rag", "progress")):
            continue  # an action table with a recommendation column: its rows are actions
        c = _list_column(t)
        if c is None:
            continue
        num_c = t.col("rec")
        if num_c is None and t.col("ref") not in (None, c):
            num_c = t.col("ref")  # the recommendations' numbers under a header of no role's word
        for i, row in enumerate(t.rows):
            refs = _refs(row.text(c)) if row.text(c).strip() else None
            if not refs or row.section:
                continue
            label = row.text(num_c).strip() if num_c is not None else ""
            label = label or str(i + 1)
            for ref in refs:
                labels = out.links.setdefault(ref, [])
                if label not in labels:
                    labels.append(label)
        t.kind = RECOMMENDATION_TABLE
        t.roles[c] = "other"
        out.pages.append(t.page)
    return out


def link_listed(drafts: list[Draft], lists: ActionLists) -> list[ExtractionWarning]:
    """Give each action the recommendations whose rows list its ref; say what does not match."""
    if not lists.links:
        return []
    seen: set[str] = set()
    unlisted: list[str] = []
    for d in drafts:
        key = (d.ref or "").strip().upper()
        if not key:
            continue
        seen.add(key)
        labels = lists.links.get(key)
        d.rec_cell = ", ".join(labels) if labels else ""  # the matrix decides, even 'none'
        if not labels:
            unlisted.append(d.ref or key)
    unknown = [ref for ref in lists.links if ref not in seen]
    if not unlisted and not unknown:
        return []
    parts = []
    if unknown:
        parts.append(f"lists refs no action has ({', '.join(unknown[:8])})")
    if unlisted:
        parts.append(f"never lists actions {', '.join(unlisted[:8])}, read as answering none")
    return [
        ExtractionWarning(
            code="rec_action_list_unmatched",
            message="The recommendations table listing the actions that address each"
            f" recommendation {' and '.join(parts)}: check the links",
            page=lists.pages[0] if lists.pages else None,
        )
    ]
