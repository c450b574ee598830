"""Registers that hold more than actions (issue 11): a log of risks, actions, issues and
decisions in one table (a RAID log), each row's kind said by a column of a few category words
repeated down the rows ('Risk', 'Action', 'Issue', 'Decision').

Only the rows whose category names an action (data/register_types.json) are the plan's
actions; the others are set aside, and a warning says how many and of which kinds, so that no
row is dropped silently. A register listed in the order its entries were raised (a date column
that is not the due date, rising down the rows) prints its actions' refs out of sequence
('A11', 'A02', 'A12'): the plan's own order is then its refs' ('A01', 'A02' ...), and the rows
are put back in it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.text_keys import text_key

_DATA = json.loads((Path(__file__).parent / "data" / "register_types.json").read_text("utf-8"))
ACTION_WORDS: frozenset[str] = frozenset(_DATA["action_words"])
REGISTER_KINDS: frozenset[str] = frozenset(_DATA["register_kinds"])
ID_WORDS: frozenset[str] = frozenset(_DATA["id_words"])
# a column of what is done about each entry ('Mitigation', 'Controls', 'Resolution'): the work
_RESPONSE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _DATA["response_words"]) + r")\b", re.I
)
_CATEGORY_ROLES = (None, "other", "theme")  # a category column names no field of an action
MAX_CATEGORIES = 6  # a register's kinds: risk, action, issue, decision, dependency, assumption
MAX_WORDS = 2  # a category is a word or two
# a ref as a stem and a number ('A07', 'ACT-12', '#106'): one stem for the whole run
_REF = re.compile(r"^\s*(?P<stem>[A-Za-z#]{0,4}[-.]?)(?P<num>\d{1,4})\s*$")


def category_column(t: PlanTable) -> int | None:
    """The column of category words: every data row filled with a word or two, two to six
    distinct values (fewer than the rows: some repeat), one of them naming actions, in two rows
    at least, and another naming a register's other kind of entry (a risk, an issue, a
    decision): a plan's 'Type' column of Action / Milestone / KPI is no register."""
    rows = [r for r in t.rows if not r.section]
    if len(rows) < 4:
        return None
    for i, role in enumerate(t.roles):
        if role not in _CATEGORY_ROLES:
            continue
        values = [text_key(r.text(i)) for r in rows]
        if not all(values) or any(
            len(v.split()) > MAX_WORDS or not v[:1].isalpha() for v in values
        ):
            continue
        kinds = Counter(values)
        if not 2 <= len(kinds) <= min(MAX_CATEGORIES, len(rows) - 1):
            continue
        acting = [k for k in kinds if k in ACTION_WORDS]
        if len(acting) == 1 and kinds[acting[0]] >= 2 and any(k in REGISTER_KINDS for k in kinds):
            return i
    return None


def log_kind(t: PlanTable) -> str | None:
    """The kind of entry a table logs where its ref column's header names one that is no
    action ('Issue', 'Risk ID', 'Issue no.') and no column's header names an action: an
    issues log ('Issue | Description | Raised by | Date raised') reads as an action table by
    its cells (a code, a sentence, a person, a date), but its rows are what was raised, by
    whom and when, not the plan's work. A header naming an action beside it ('Risk |
    Mitigating action | Owner') makes the table the plan's, each row an action against it, and
    so does a header naming what is done about each entry in other words ('Mitigation',
    'Controls', 'Planned response', 'Resolution', 'Next steps': data, response_words). A
    table whose rows name other rows as their parents (parent_rows) is an issue tracker's
    export, where an 'Issue' is any work item: its child rows are the plan's actions."""
    from plantrace.extractors.plan_columns import header_role  # built on column_roles

    col = t.col("ref")
    if col is None or col >= len(t.labels) or t.hierarchy:
        return None  # (rows under parent rows they name: a tracker's work, not a log)
    words = [w for w in t.labels[col].lower().split() if w not in ID_WORDS]
    kind = " ".join(words)
    if kind not in REGISTER_KINDS or any(
        header_role(label) == "action" or _RESPONSE.search(" ".join(label.split()))
        for label in t.labels
    ):
        return None
    return kind


def _set_aside_log(t: PlanTable, kind: str) -> list[ExtractionWarning]:
    """All the rows of a log of another kind of entry set aside, with the warning saying so."""
    rows = [r for r in t.rows if not r.section]
    t.rows = []
    if not rows:
        return []
    return [
        ExtractionWarning(
            code="plan_rows_set_aside",
            message=(
                f"a table whose ref column is headed '{t.labels[t.col('ref') or 0]}' logs "
                f"each row as an entry of that kind ({kind}), and no column's header names an "
                f"action: its {len(rows)} rows were set aside, not read as actions"
            ),
            page=min(r.page for r in rows),
        )
    ]


def keep_action_rows(t: PlanTable) -> list[ExtractionWarning]:
    """Set aside a register's rows that are not actions (a risk, an issue, a decision), by its
    category column, and put the actions back in their refs' order where the register lists
    its entries by the date each was raised. Returns the warning saying what was set aside
    (on the page of the first row set aside) and whether the actions were put in order."""
    if t.kind != ACTION_TABLE:
        return []
    if (kind := log_kind(t)) is not None:
        return _set_aside_log(t, kind)
    col = category_column(t)
    if col is None:
        return []
    kept: list[Row] = []
    set_aside: list[Row] = []
    aside: Counter[str] = Counter()
    for r in t.rows:
        value = text_key(r.text(col))
        if r.section or value in ACTION_WORDS:
            kept.append(r)
        else:
            set_aside.append(r)
            aside[" ".join(r.text(col).split())] += 1
    ordered = _in_ref_order(t, kept)
    t.rows = ordered
    if not aside:
        return []
    kinds = ", ".join(f"{n} '{k}'" for k, n in aside.items())
    header = t.labels[col] if col < len(t.labels) else ""
    page = min((r.page for r in set_aside), default=None)
    moved = (
        "; the register lists its entries by the date each was raised, so its actions are "
        "put in their refs' order"
        if [id(r) for r in ordered] != [id(r) for r in kept]
        else ""
    )
    return [
        ExtractionWarning(
            code="plan_rows_set_aside",
            message=(
                f"a register says each row's kind in its column '{header}': only its action rows "
                f"are read as actions; {sum(aside.values())} other rows ({kinds}) were set aside"
                f"{moved}"
            ),
            page=page,
        )
    ]


def _in_ref_order(t: PlanTable, rows: list[Row]) -> list[Row]:
    """The rows in their refs' order where the register is listed by another date than the due
    (its entries' raised dates rising down the rows) and the refs, one stem numbered through,
    run out of sequence. Else the rows as printed."""
    ref_c = t.col("ref")
    data = [r for r in rows if not r.section]
    if ref_c is None or len(data) != len(rows) or len(rows) < 3:
        return rows
    found = [_REF.match(r.text(ref_c)) for r in rows]
    if None in found:
        return rows
    matched = [m for m in found if m is not None]
    if len({m.group("stem").upper() for m in matched}) != 1:
        return rows
    nums = [int(m.group("num")) for m in matched]
    if len(set(nums)) != len(nums) or nums == sorted(nums) or not _listed_by_date(t, rows):
        return rows
    return [r for _, r in sorted(zip(nums, rows, strict=True), key=lambda p: p[0])]


def _listed_by_date(t: PlanTable, rows: list[Row]) -> bool:
    """A date column that is not the due date, filled in every row and rising down them."""
    for i, role in enumerate(t.roles):
        if role not in ("other", None):
            continue
        dates: list[date] = []
        for r in rows:
            d = parse_due(r.text(i))
            if d is None:
                break
            dates.append(d)
        if len(dates) == len(rows) and dates == sorted(dates) and len(set(dates)) > 1:
            return True
    return False
