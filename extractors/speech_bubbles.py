"""Speech bubbles in a card: the quoted promise names when it is due; a quoted question is an aside.

A storyboard or comic strip (a plan told to children and families, a staff poster) draws each
action as a panel: a caption box with the action, a speech bubble in which its lead promises the
date ('"I'll have it done by the 14th of March 2027."'), the speaker's name in a tag under the
bubble ('SAID BY: ...'); and sometimes a second bubble in which another person asks about
another date ('"Will the board see it by the 9th of August 2026?"', 'ASKED BY: ...'). Read as a
card, the promise is glued to the title (no label opens it) and the question with its tag runs on
into the field above it (the lead's name): no due date is read, and the owner is two people.

The evidence is the sentence's shape, never its words: a run of lines opening with an opening
quote mark and closing with a closing one is a bubble. A bubble whose sentence is said in the
first person (data/speech_bubbles.json), asks nothing ('?') and names a date the one date
normaliser reads is the speaker's promise: its lines leave the title and its date is the card's
due field. Any other bubble (a question, a remark) in a field's lines after its first is an
aside: it and the lines after it in that field (its tag) are no part of the field; a tag
read as a field of its own under it is no field either (plan_cards). Pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.dates import dated_mentions, parse_date, parse_due

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/speech_bubbles.json").read_text("utf-8")
)
FIRST_PERSON = frozenset(w.lower() for w in _DATA["first_person"])
LEAD_INS = frozenset(w.lower() for w in _DATA["lead_ins"])
_OPEN = '\u201c"\u2018'
_CLOSE = '\u201d"\u2019'
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def _bubble(lines: Sequence[Line], i: int) -> int | None:
    """The end (exclusive) of the bubble opening at lines[i], or None where none opens there."""
    first = " ".join(lines[i].text.split())
    if not first or first[0] not in _OPEN:
        return None
    for j in range(i, min(len(lines), i + 6)):
        text = " ".join(lines[j].text.split()).rstrip()
        if text and text[-1] in _CLOSE and (j > i or len(text) > 1):
            return j + 1
    return None


def _sentence(lines: Sequence[Line]) -> str:
    text = " ".join(" ".join(ln.text.split()) for ln in lines)
    return text.strip(_OPEN + _CLOSE + " ")


def promised_date(sentence: str) -> str | None:
    """The date a first-person sentence promises, as printed ('the 14th of March 2027.' ->
    '14th of March 2027'), or None for a question, a sentence not in the first person, or one
    naming no date."""
    if sentence.rstrip(_CLOSE + " ").endswith("?"):
        return None
    if not any(w.lower() in FIRST_PERSON for w in _WORD.findall(sentence)):
        return None
    body = sentence.rstrip(".!" + _CLOSE + " ")
    due = parse_due(body)
    if due is None:
        return None
    day = parse_date(body)
    mentions = dated_mentions(body)
    if not mentions:
        return body
    # the date as printed: from where the last date named starts, back over the words that
    # belong to it ('last day of'), to the first lead-in word ('by the', 'for the')
    words = body[: mentions[-1].start].split()
    k = len(words)
    while k > 0 and words[k - 1].lower() not in LEAD_INS:
        k -= 1
    tail = " ".join([*words[k:], body[mentions[-1].start :]])
    if parse_date(tail) == day:
        return tail
    tail = body[mentions[-1].start :]
    return tail if parse_date(tail) == day else body


def promise(title: Sequence[Line]) -> tuple[list[Line], list[Line], str] | None:
    """(the title's other lines, the promise's lines, its date as printed) where one bubble in
    the title is its speaker's promise of a date; else None."""
    found: tuple[list[Line], list[Line], str] | None = None
    i = 0
    while i < len(title):
        end = _bubble(title, i)
        if end is None:
            i += 1
            continue
        said = promised_date(_sentence(title[i:end]))
        if said is not None:
            if found is not None:
                return None  # two promises: which is the card's is not told
            found = ([*title[:i], *title[end:]], list(title[i:end]), said)
        i = end
    return found


def aside_start(lines: Sequence[Line]) -> int | None:
    """Where an aside (a bubble that is no promise) opens among a field's lines after its first,
    or None."""
    for i in range(1, len(lines)):
        end = _bubble(lines, i)
        if end is not None and promised_date(_sentence(lines[i:end])) is None:
            return i
    return None


def aside_tagged(lines: Sequence[Line], start: int) -> bool:
    """Whether lines follow the aside opening at lines[start] in its field (its tag, read with
    it); where none do, its tag is the line under the bubble, read as a field of its own."""
    end = _bubble(lines, start)
    return end is not None and end < len(lines)


def is_aside(lines: Sequence[Line]) -> bool:
    """The lines are one bubble, and it is no promise (a question asked by another)."""
    return (
        bool(lines) and _bubble(lines, 0) == len(lines) and promised_date(_sentence(lines)) is None
    )
