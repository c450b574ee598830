"""Columns of an online form's responses exported to a sheet, read by what their cells hold.

A form export prints one row per response: bookkeeping columns first (a row id, when the
response was started and completed, the respondent's e-mail and name), then one column per
question ('Who is the accountable lead for this action?'). The bookkeeping is never an
action's ref, owner or due, and a question whose answers are chosen from the recommendations
('Which Ofsted recommendation does this action answer?') holds each answer's full text
('Recommendation 2: <text>'): the recommendation the action answers, whatever the question's
words say (its header names an action too). The cells decide here, not the header, so a
form nobody has seen is read as well as one whose questions are known.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from plantrace.extractors.change_log import natural_key

if TYPE_CHECKING:
    from plantrace.extractors.plan_columns import Row

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/form_responses.json").read_text("utf-8")
)
_LABELS = json.loads(
    resources.files("plantrace.extractors")
    .joinpath("data/recommendation_labels.json")
    .read_text("utf-8")
)
STAMP = re.compile(_DATA["stamp"])
MIDNIGHT = re.compile(_DATA["midnight"])
EMAIL = re.compile(_DATA["email"])
_WORDS = sorted((w.rstrip(".") for w in _LABELS["label_words"]), key=len, reverse=True)
# a chosen recommendation: its label, its number, a separator, then its text
CHOICE = re.compile(
    r"^\s*(?:"
    + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in _WORDS)
    + r")\.?\s*\d{1,2}\s*(?:"
    + "|".join(re.escape(s) for s in _DATA["choice_separators"])
    + r")\s+\S.{10,}$",
    re.I | re.S,
)
_WHOLE = re.compile(r"^\s*\d{1,5}\s*$")
_ACTIONS = frozenset({"action", "indicator"})
_REC = frozenset({"rec", "recommendation_text", "recommendation"})
BOOKKEEPING = "other"  # the role a bookkeeping column is given: read by no field


def _filled(column: Sequence[str]) -> list[str]:
    return [" ".join(t.split()) for t in column if t.strip()]


def _all(texts: Sequence[str], pattern: re.Pattern[str]) -> bool:
    return len(texts) >= 2 and all(pattern.match(t) for t in texts)


def _stamps(texts: Sequence[str]) -> bool:
    """Date-and-time stamps, some at a time of day: a spreadsheet's date cells print as the date at
    midnight ('2025-06-30 00:00:00'), and a due column of them is dates, not bookkeeping."""
    return _all(texts, STAMP) and not all(MIDNIGHT.search(t) for t in texts)


def _refs_of_other_shape(texts: Sequence[str]) -> bool:
    """Refs a plan prints ('2.1', 'A3'): one token each, not all whole numbers."""
    return len(texts) >= 2 and all(len(t.split()) == 1 for t in texts) and not _all(texts, _WHOLE)


def row_counter(texts: Sequence[str]) -> bool:
    """Whole numbers counting the rows one by one ('1', '2', '3'): a row id, not a plan's ref."""
    if not _all(texts, _WHOLE):
        return False
    numbers = [int(t) for t in texts]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def form_roles(roles: Sequence[str | None], columns: Sequence[Sequence[str]]) -> list[str | None]:
    """Roles with a form export's bookkeeping set aside and its chosen recommendations named.

    - a column of answers each 'Recommendation n: <text>' names the recommendation each row
      answers (and quotes it), where another column holds the actions;
    - a column of date-and-time stamps is bookkeeping (when the response came), never a due; a
      column of e-mail addresses is bookkeeping (the respondent) unless its header names the
      owner: a plan may print its leads as mailboxes ('qa.unit@council.gov.uk' under 'Lead');
    - a ref column that only counts the rows (1, 2, 3, ...) beside a ref column of another
      shape ('2.1') is the export's row id: the other holds the plan's refs; two columns of
      whole numbers are the refs of a plan printed in halves side by side (01-09 | 10-18).
    """
    out = list(roles)
    texts = [_filled(columns[i]) if i < len(columns) else [] for i in range(len(out))]
    for i, role in enumerate(out):
        if role in _REC or not _all(texts[i], CHOICE):
            continue
        if any(r in _ACTIONS for j, r in enumerate(out) if j != i):
            out[i] = "recommendation_text"
    for i, role in enumerate(out):
        mails = _all(texts[i], EMAIL) and role != "owner"
        if role in ("owner", "due", "start", "sponsor", "theme", None) and (
            mails or _stamps(texts[i])
        ):
            out[i] = BOOKKEEPING
    refs = [i for i, r in enumerate(out) if r == "ref"]
    counters = [i for i in refs if row_counter(texts[i])]
    if any(_refs_of_other_shape(texts[i]) for i in refs if i not in counters):
        for i in counters:
            out[i] = BOOKKEEPING
    return out


def stamp_column(texts: Sequence[str]) -> bool:
    """A column of date-and-time stamps: when each row was submitted or changed."""
    return _stamps(_filled(texts))


def stamp_ordered(rows: list[Row], roles: Sequence[str | None]) -> list[Row]:
    """A stamped table's rows in their refs' natural order where the refs are interleaved.

    A table with a date-and-time stamp column (a form's submission time, a log's change time)
    lists its rows in the order they came in, not the plan's: its printed order is an accident
    of who answered first, so rows whose refs step back ('2.2', '3.3', '1.2') are given in the
    refs' natural order ('1.2' before '2.2', '2.10' after '2.9'), as a register would list them.
    A table with no stamp column keeps its printed order (the plan's own order), as does one
    with heading rows between its rows or a row with no ref (a layout not understood).
    """
    if "ref" not in roles or any(r.section for r in rows) or len(rows) < 2:
        return rows
    ref = list(roles).index("ref")
    if not any(stamp_column([r.text(j) for r in rows]) for j in range(len(roles)) if j != ref):
        return rows
    refs = [r.text(ref) for r in rows]
    if not all(refs):
        return rows
    keys = [natural_key(x) for x in refs]
    if all(a <= b for a, b in zip(keys, keys[1:], strict=False)):
        return rows
    order = sorted(range(len(rows)), key=lambda i: (keys[i], i))
    return [rows[i] for i in order]
