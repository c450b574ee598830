"""A status given only as the word that opens each progress update.

Some trackers print no status column: each action's latest update opens with its rating, then
says why ('AMBER - Recruitment under way', 'Complete: Completed and embedded', 'Off track. No
lead in post', or the word alone, 'On track.'). The rating is then the update's opening phrase,
where a separator (' - ', ':', '. ', or the end of the text) closes a phrase of a few words that
the status vocabulary (normalise.rag) reads as a colour or a progress state. The update itself
stays as printed: the opening word is part of what the plan says about the action's progress.

Evidence from the column, not from one cell: the table has no status column and gave none of
its actions a status, and more than half of its updates (two at least) open that way (a note
that happens to begin 'Complete. ...' in a column of prose is no rating scheme).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import PlanTable
from plantrace.pipeline.normalise.rag import STATUS_PHRASES, is_status_state, normalise_rag

# the opening phrase and the separator that closes it: ' - ' (or a dash), ': ', '; ', '. ' or
# the end of the text ('On track.', 'GREEN')
_OPENING = re.compile(r"^\s*(?P<head>[^:;.–—]{1,40}?)\s*(?:\s[-–—]\s|[–—]|[:;]\s|\.\s|[.:;]?\s*$)")
_HEAD_WORDS = 4  # a status phrase is short ('Not on track', 'Significantly behind')
# the status vocabulary's phrases in full ('Some slippage', 'Behind schedule'): a phrase printed
# whole is a status even where a word of it alone reads as the same colour ('slippage')
_VOCABULARY = STATUS_PHRASES  # read once, by pipeline.normalise.rag
_OPENED = 2  # updates opening with a status, and more than half the table's, make a scheme


def opening_status(
    text: str | None, key: Mapping[str, str] | None = None
) -> tuple[bool, str | None]:
    """Whether an update opens with a status phrase, and its colour (None for a progress state
    such as 'Not started', which is a status but no colour)."""
    if not text:
        return False, None
    m = _OPENING.match(text)
    if m is None:
        return False, None
    head = m.group("head").strip()
    if not head or len(head.split()) > _HEAD_WORDS:
        return False, None
    if is_status_state(head):
        return True, None
    colour = normalise_rag(head, key)
    if colour is None or not _whole(head.split(), colour, key):
        return False, None
    return True, colour


def _whole(words: list[str], colour: str, key: Mapping[str, str] | None) -> bool:
    """Whether the whole phrase is the status, not a note with a status word in it ('First
    cohort completed', 'Work on track'): without its first word, or its last, it no longer
    reads as the same colour ('Not on track' without 'Not' is green; 'On track' without 'On'
    is nothing). A phrase the vocabulary (or the plan's key) holds in full is whole ('Some
    slippage', 'Behind schedule', 'Partially complete'): its degree word keeps the colour."""
    phrase = " ".join(words).lower().rstrip(".")
    if phrase in _VOCABULARY or (key and phrase in key):
        return True
    for rest in (words[1:], words[:-1]):
        if rest and normalise_rag(" ".join(rest), key) == colour:
            return False
    return True


def rate_from_updates(
    table: PlanTable, drafts: Sequence[Draft], key: Mapping[str, str] | None = None
) -> None:
    """Give each draft of a table with no status the colour its update opens with, when the
    updates of the table open with a status phrase more than half the time (module doc)."""
    if table.col("rag") is not None or any(d.rag for d in drafts):
        return  # the table rates its actions itself (a column, a fill, a tag)
    noted = [d for d in drafts if d.progress]
    if not noted:
        return
    read = [(d, *opening_status(d.progress, key)) for d in noted]
    opened = sum(1 for _, status, _ in read if status)
    if opened < _OPENED or 2 * opened <= len(noted):
        return
    for d, status, colour in read:
        if status:
            d.rag = colour
