"""A status printed on the due date's line and read into it: "31 May '27 Severe delays".

A layout that sets each action's date and status on one line (a map's station label, a card's
footer) leaves them one field to a reader that takes the line whole: the due value carries the
status word and the action none. Where a due value's last few words are a status the status
normaliser knows (the plan's own key first) and the words before them are a date the date
normaliser reads (a few words, the tail naming no date itself: 'standard met (Mar 17)' ends
a milestone note), the tail is the status and the head the due date. A due value that is a
status and nothing else, or whose head is no date, is left as read (plan_status_unread and the
due warnings say so).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag

_STATUS_WORDS = 3  # a status is a word or a few ('Not yet due', 'Minor delays')
_DATE_WORDS = 4  # a date alone is a few words ('End of March 2027'); more is a milestone note


def split_due_status(
    due: str, key: Mapping[str, str] | None = None
) -> tuple[str, str | None] | None:
    """(the date, the status's colour) where due is a date followed by a status word, else None.
    The longest status tail is taken ('Not yet due' before 'due')."""
    words = due.split()
    for n in range(min(_STATUS_WORDS, len(words) - 1), 0, -1):
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        colour = normalise_rag(tail, key)
        if (colour is None and not is_status_state(tail)) or parse_date(head) is None:
            continue
        if len(words) - n > _DATE_WORDS or parse_date(tail) is not None:
            continue
        if normalise_rag(head, key) is not None:
            return None  # the head reads as a status too: no date and a status in two parts
        return head.rstrip(" ,;-–|·"), colour
    return None


def read_due_statuses(drafts: Sequence[Draft], key: Mapping[str, str] | None = None) -> None:
    """Split a status off each unrated draft's due value (in place) where it ends in one."""
    for d in drafts:
        if d.rag is not None or not d.due_raw:
            continue
        split = split_due_status(d.due_raw, key)
        if split is not None:
            d.due_raw, d.rag = split
