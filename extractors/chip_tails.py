"""Fields an outline prints after an action's text: lower-case chips and a status hashtag.

An outliner or a notes app exported to a page prints each action as one bullet: its text, then
CHIPS, short lower-case 'label: value' pairs ('assignee: Owen Tremayne', 'when: Mar 14, 2027'),
then its status as a HASHTAG ('#atrisk'), wherever the line happens to wrap; the bullets under
it are its update ('note: ...') and reviewers' comments ('comment from <person>, <date>: ...').
Read as a paragraph's inline fields, the chips stay in the action's text or run into one
another ('Owen Tremayne deadline: Nov 12, 2025'), the hashtag stays in the due date, and a
comment is taken for the update.

Evidence, not one layout's words: a label is any the plan's owner, due or note labels know
(the same vocabularies the other readers use), set inside a field's value; a hashtag is a
status when its word, read by the status normaliser, is a status word ('#ontrack' -> green);
any other hashtag closing a field is a tag, never an owner or a date. A comment is cut off
where its opener (data/chip_tails.json) is followed by a colon. Chips inside an action's text
are split off only where at least two of the plan's actions print them, and nothing is read at
all unless the plan shows that much evidence (chips or status hashtags in two actions), so a
sentence that happens to hold 'who:' is left alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from importlib import resources

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_prose import NOTE_LABELS
from plantrace.pipeline.normalise.owners import DUE_LABELS, OWNER_LABELS
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/chip_tails.json").read_text("utf-8")
)

_ROLES: dict[str, str] = {
    **{label.lower(): "progress" for label, role in NOTE_LABELS.items() if role == "progress"},
    **{label.lower(): "due" for label in DUE_LABELS},
    **{label.lower(): "owner" for label in OWNER_LABELS},
}


def _alternation(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# a chip's label inside a value: a known label, a colon, then its value
_CHIP = re.compile(rf"(?<![\w#])(?P<label>{_alternation(list(_ROLES))})\s*:\s+", re.I)
# a hashtag: '#' then a word, not inside a word ('C#', 'no#1')
_HASHTAG = re.compile(r"(?<![\w#])#(?P<word>[A-Za-z][\w-]*)")
_TRAILING_TAGS = re.compile(r"(?:\s*(?<![\w#])#[A-Za-z][\w-]*)+\s*$")
# a reviewer's comment: its opener, a name and maybe a date, then a colon, then its words
_COMMENT = re.compile(
    rf"(?:^|(?<=\s))(?:{_alternation(_DATA['comment_openers'])})\b[^:]{{1,80}}:.*$", re.I | re.S
)
# actions whose text prints chips (or whose fields close on a status hashtag) before any is read
MIN_CHIPPED = 2
# words of an action's own text before its first chip
MIN_HEAD_WORDS = 3


def read_chip_tails(drafts: Sequence[Draft], key: Mapping[str, str] | None = None) -> None:
    """Take chips, status hashtags and comments out of the drafts' fields (in place): chips to
    the fields they label where those are empty, the first status hashtag to the status."""
    split_text = sum(1 for d in drafts if _text_chipped(d.text or "")) >= MIN_CHIPPED
    tagged = sum(1 for d in drafts if any(_status_tag(v, key) for v in _values(d))) >= MIN_CHIPPED
    if not (split_text or tagged):
        return  # no outline's chips: every field is read as its reader left it
    for d in drafts:
        _read(d, split_text, key)


def _values(d: Draft) -> list[str]:
    return [v for v in (d.text, d.owner, d.due_raw, d.progress) if v]


def _status_tag(value: str, key: Mapping[str, str] | None) -> bool:
    return any(normalise_rag(t, key) is not None for t in _tags(value))


def _read(d: Draft, split_text: bool, key: Mapping[str, str] | None) -> None:
    found: dict[str, str] = {}
    tags: list[str] = []
    fields = ("text", "owner", "due_raw", "progress")
    for name in fields:
        value = getattr(d, name)
        if not value:
            continue
        if name != "text":
            value = _COMMENT.sub("", value).strip()
        splits = split_text and _text_chipped(value) if name == "text" else True
        head, chips = _chips(value) if splits else (value, [])
        for role, chip in chips:
            chip = _COMMENT.sub("", chip).strip()
            tags += _tags(chip)
            chip = _TRAILING_TAGS.sub("", chip).strip(" ;,·|")
            if chip:
                found.setdefault(role, chip)
        tags += _tags(head)
        head = _TRAILING_TAGS.sub("", head).strip(" ;,·|")
        setattr(d, name, head or (d.text if name == "text" else None))
    d.owner = d.owner or found.get("owner")
    d.due_raw = d.due_raw or found.get("due")
    d.progress = d.progress or found.get("progress")
    if d.rag is None:
        for tag in tags:
            if (colour := normalise_rag(tag, key)) is not None:
                d.rag = colour
                break


def _chips(value: str) -> tuple[str, list[tuple[str, str]]]:
    """A value's own words before its first chip, then each chip's (role, value)."""
    marks = _chip_marks(value)
    if not marks:
        return value, []
    chips: list[tuple[str, str]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(value)
        role = _ROLES[text_key(m.group("label"))]
        chips.append((role, value[m.end() : end].strip()))
    return value[: marks[0].start()].strip(), chips


def _chip_marks(value: str) -> list[re.Match[str]]:
    """The chips' labels in a value, as printed: lower-case only. A chip is a lower-case tag
    ('assignee:', 'when:'); a capitalised label ('Objective owner:', 'Due date:') is a form's
    or a card's field, which the plan's other readers split, and splitting a card's text at it
    would leave the card a word ('Objective') and take its heading for a title. A value with
    no colon has none (checked first: the labels' alternation is slow to scan every field)."""
    if ":" not in value:
        return []
    return [m for m in _CHIP.finditer(value) if m.group("label").islower()]


def _text_chipped(text: str) -> bool:
    """An action's text with chips after it: its own words before the first chip are a
    sentence (three words at the least). A label near a card's start ('Objective owner: X')
    heads the card's fields; cut there, the card would be left a word ('Objective')."""
    marks = _chip_marks(text)
    return bool(marks) and len(text[: marks[0].start()].split()) >= MIN_HEAD_WORDS


def _tags(value: str) -> list[str]:
    """The words of the hashtags closing a value ('... 2026 #atrisk' -> ['atrisk']). A value
    with no '#' has none (checked first: most plans print none, and the tail search is slow)."""
    if "#" not in value:
        return []
    tail = _TRAILING_TAGS.search(value)
    return [m.group("word") for m in _HASHTAG.finditer(tail.group(0))] if tail else []
