"""An action line's unlabelled fields closing it: an @mention, a date and a status word.

A wiki's or a tracker's task list prints each action as one line (often wrapped): its ref, its
text, then the fields as chips with no labels: the owner as an @mention ('@Claire Whitby'),
the due date as a date lozenge ('Mar 31, 2027'), the status as a status lozenge ('AT RISK').
The '@' is the general chat, wiki and tracker convention for naming a person, so a capitalised
name after it, followed by a date, is the owner; the date is the due date when the date
normaliser reads it and nothing but a status follows it; the status is the closing words when
the one status vocabulary reads them. The line's prose before the mention is the action.

Only a mention followed by a date counts: a mention alone (an attendee list, a byline 'Created
by @X') is no action's owner, and the lines read here are ref-led action lines only (the
caller, plan_prose, reads numbered paragraphs). Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.pipeline.normalise.dates import MONTHS, parse_due
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag

# '@Claire Whitby', "@Sian O'Neill", '@Piers Montgomery-Hale': an @ opening a capitalised word
_MENTION = re.compile(r"(?:^|\s)@(?=[A-Z])")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.\-]*$")
MAX_NAME_WORDS = 4  # a person's name, at the most
MAX_STATUS_WORDS = 3  # a status lozenge's words, at the most


@dataclass(frozen=True, slots=True)
class MentionFields:
    """The action's text and the fields as printed, with each field's offset in the line."""

    text: str
    owner: str
    due: str
    rag: str | None
    starts: dict[str, int]


def _month(word: str) -> bool:
    """Whether a word names a month (the date normaliser's month words)."""
    return word.lower().rstrip(".,") in MONTHS


def _date_only(words: list[str]) -> bool:
    """Whether the words are a date and nothing else: numbers and month names, a number among
    them ('Mar 31, 2027', '31 Mar 2027'): the date lozenge, not a sentence that holds a date."""
    return (
        bool(words)
        and all(_month(w) or re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?,?", w) for w in words)
        and any(re.fullmatch(r"\d{4},?", w) for w in words)
    )


def _status_words(words: list[str]) -> int:
    """How many closing words read as a status (0 when none): the longest run the status
    vocabulary reads, of MAX_STATUS_WORDS at the most."""
    for n in range(min(MAX_STATUS_WORDS, len(words) - 1), 0, -1):
        phrase = " ".join(words[-n:])
        if not all(w.isalpha() for w in words[-n:]):
            continue
        if normalise_rag(phrase) is not None or is_status_state(phrase):
            return n
    return 0


def mention_fields(text: str) -> MentionFields | None:
    """A line's text and its closing @mention owner, due date and status; None where the line
    does not close with an @mention followed by a date (and maybe a status) alone."""
    line = " ".join(text.split())
    mentions = list(_MENTION.finditer(line))  # the last: the action's text may mention someone
    if not mentions:
        return None
    at = mentions[-1].end() - 1  # the '@'
    head = line[:at].rstrip(" ,;–—-")
    words = line[at + 1 :].split()
    n_status = _status_words(words)
    rag = " ".join(words[len(words) - n_status :]) if n_status else None
    rest = words[: len(words) - n_status]
    for k in range(1, min(MAX_NAME_WORDS, len(rest) - 1) + 1):
        if not all(_NAME_WORD.match(w) and not _month(w) for w in rest[:k]):
            break
        due = " ".join(rest[k:])
        if not _date_only(rest[k:]) or parse_due(due) is None:
            continue
        owner = " ".join(rest[:k]).rstrip(",;")
        if not head:
            return None
        starts = {"owner": at + 1}
        starts["due"] = line.index(due, at + 1 + len(owner))
        if rag is not None:
            starts["rag"] = line.rindex(rag)
        return MentionFields(head, owner, due, rag, starts)
    return None
