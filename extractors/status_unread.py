"""Statuses printed but read for no action: never an 'unrated' plan in silence (issue 11).

A plan may show each action's status in a way the readers do not place: a stamp or a badge
drawn beside the card, a word in a form's drop-down, a chip on a coloured pill. When no action
comes out with a status, the page still shows the words: short lines that are a status of the
vocabulary alone (the chip's or stamp's text, 'ON TRACK', 'Behind'), or a status glued to the
end of an action's text or update where the reader ran the stamp into it ('... partners
OVERDUE'). As many of them as half the actions (two at least) on the pages the actions were
read from say the plan is rated and its statuses went unread: RAG coverage is unknown, not
'unrated'. A few such lines are no rating: a section heading that is a state or a word that is a
status alone ('Planned', 'Ongoing', 'Critical'), and the lines of a printed key ('Red - off
track', 'Key: ■ On track ■ At risk'), which say what the colours mean, not any action's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_columns import Element, header_role
from plantrace.extractors.title_chips import title_tail
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import is_key_line, is_status_state, normalise_rag

MAX_STATUS_WORDS = 4  # a chip or stamp says a status in a few words
MIN_SHOWN = 2  # statuses printed on the action pages before the plan is said to be rated
_SHOWN = 3
# where a key entry's two sides part: 'Red - off track', 'Green = on plan', 'Amber: slipping'
_KEY_ENTRY_SPLIT = re.compile(r"\s*[=:–—]\s*|\s+-\s+")


def _key_entry(text: str, key: Mapping[str, str] | None) -> bool:
    """A line of a printed key: a key's label and its entries, or one entry pairing two
    statuses, a colour and what it means ('Red - off track', 'Green = on plan'); a stamp or
    chip says one status."""
    if is_key_line(text):
        return True
    parts = [p for p in _KEY_ENTRY_SPLIT.split(text) if p.strip()]
    return len(parts) >= 2 and all(
        normalise_rag(p, key) is not None or is_status_state(p) for p in parts
    )


def _status(text: str, key: Mapping[str, str] | None) -> bool:
    text = " ".join(text.split())
    if not 0 < len(text.split()) <= MAX_STATUS_WORDS:
        return False
    return normalise_rag(text, key) is not None or is_status_state(text)


def _glued_status(text: str | None, key: Mapping[str, str] | None) -> str | None:
    """A status in capitals ending a text ('... the partnership NOT STARTED'), or a label chip's
    value that is a status ('... #104 rec: 1 status: at-risk'), else None: a stamp's or chip's
    words the reader ran into the action's text or update. A chip counts only where its key
    names a status column ('status', 'RAG'): 'priority: critical' or 'severity: critical' reads
    as red yet rates how much an issue matters, not how it is going."""
    words = (text or "").split()
    chips = title_tail(words)  # a label chip run in: '... #104 rec: 1 status: blocked'
    for name, value in chips.chips if chips is not None else []:
        if header_role(name) == "rag" and _status(value, key):
            return value
    for n in range(min(MAX_STATUS_WORDS, len(words) - 1), 0, -1):
        tail = words[-n:]
        if all(w.isupper() and w.isalpha() for w in tail) and _status(" ".join(tail), key):
            return " ".join(tail)
    return None


def _rated_by_group(
    found: Sequence[str], actions: Sequence[Action], key: Mapping[str, str] | None
) -> bool:
    """Ratings printed once per recommendation the actions answer, not per action: a plan
    rated by recommendation (40 actions, 8 recommendations, 8 stamps) is rated and went
    unread, though its stamps are fewer than half its actions. Only ratings count (a colour:
    'Off track', 'Amber'), as many as the recommendations: a heading that is a state alone
    ('Ongoing', 'Planned') rates nothing."""
    groups = len({tuple(a.recommendations) for a in actions if a.recommendations})
    rated = [t for t in found if normalise_rag(" ".join(t.split()), key) is not None]
    return groups >= MIN_SHOWN and len(rated) >= groups


def _colours_shown(found: Sequence[str], key: Mapping[str, str] | None) -> bool:
    """Two colours or more among the statuses printed ('On track' and 'Delayed' heading the
    sections a plan groups its actions under, one stamp green and one red): a scale in use, so
    the plan is rated however few the words; a state alone ('Ongoing', 'Planned') or one
    colour ('Critical') may be a heading of the plan's own and rates nothing."""
    colours = {normalise_rag(" ".join(t.split()), key) for t in found}
    return len(colours - {None}) >= MIN_SHOWN


def printed_status_warnings(
    elements: Sequence[Element],
    actions: Sequence[Action],
    rag_key: Mapping[str, str] | None = None,
) -> list[ExtractionWarning]:
    """plan_status_unread where no action has a status, yet status words stand alone on the
    pages the actions were read from (a line of a status alone), or end their texts in
    capitals; [] otherwise (a plan that prints no status is unrated, and says nothing)."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    pages = {a.provenance.page for a in actions}
    found: list[str] = []
    for el in elements:
        # a box of a status word alone is said by plan_warnings' status tags already
        if el.page not in pages or el.table is not None or el.raw is not None:
            continue
        found += [
            ln.text
            for ln in el.lines
            if _status(ln.text, rag_key) and not _key_entry(ln.text, rag_key)
        ]
    for a in actions:
        for text in (a.text, a.progress):
            glued = _glued_status(text, rag_key)
            if glued is not None:
                found.append(glued)
    if (
        len(found) < max(MIN_SHOWN, -(-len(actions) // 2))
        and not _rated_by_group(found, actions, rag_key)
        and not _colours_shown(found, rag_key)
    ):
        return []  # a heading or two is no rating: a status for half the actions at least
    shown = ", ".join(repr(" ".join(t.split())) for t in list(dict.fromkeys(found))[:_SHOWN])
    return [
        ExtractionWarning(
            code="plan_status_unread",
            message=f"no status was read for any of the {len(actions)} actions, but {len(found)}"
            f" status words are printed among them ({shown}): a stamp, badge or chip not read;"
            " RAG coverage is unknown (not unrated); check it with `plantrace tables`",
            page=min(pages) if pages else None,
        )
    ]
