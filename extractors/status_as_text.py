"""Status words read as the text of actions: a plan whose statuses went unread that way says so.

A layout half read can take each action's status word for an action of its own ('At risk',
'Stalled' read as actions between the real ones) or leave it at the end of another field
('June 2027 Progressing' read as the due date). No action then carries a status, and the plan
would pass as unrated in silence though its statuses are printed. Where no action was rated and
at least two of the actions' texts, or their fields' last words, are status words the status
normaliser knows, RAG coverage is unknown, not 'unrated' (plan_status_unread).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import normalise_rag

_FEWEST = 2  # status words read as text before an unrated plan says so
_STATUS_WORDS = 3  # a status word is a word or a few ('Not yet due')
_SHOWN = 3


def _status_tail(text: str | None, key: Mapping[str, str] | None) -> str | None:
    """The text itself, or its last few words, where they are a status word."""
    words = (text or "").split()
    for n in range(1, min(_STATUS_WORDS, len(words)) + 1):
        tail = " ".join(words[-n:])
        if normalise_rag(tail, key) is not None:
            return tail
    return None


def statuses_read_as_text(
    actions: Sequence[Action], key: Mapping[str, str] | None = None
) -> list[ExtractionWarning]:
    """plan_status_unread for an unrated plan whose status words were read as actions' text or
    at the end of their fields; [] where a status was read or too few such words are found."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    found = [
        tail
        for a in actions
        for text in (a.text, a.due_raw, a.owner)
        if (tail := _status_tail(text, key)) is not None
        and (text is not a.text or tail == text.strip())  # an action's text: the word alone
    ]
    if len(found) < _FEWEST:
        return []
    shown = ", ".join(repr(t) for t in dict.fromkeys(found[:_SHOWN]))
    return [
        ExtractionWarning(
            code="plan_status_unread",
            message=f"no status was read for any of the {len(actions)} actions, but {len(found)}"
            f" status word(s) were read as action text or at the end of a field ({shown}): the"
            " statuses are printed in a way not read; RAG coverage is unknown (not unrated);"
            " check it with `plantrace tables`",
            page=actions[0].provenance.page,
        )
    ]
