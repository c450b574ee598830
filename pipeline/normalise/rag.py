"""The one RAG normaliser: status words and colour names -> red/amber/green/blue (or None).

Plans print a status as a colour ('Amber'), a letter ('A') or a phrase ('On track', 'Slipped',
'Behind schedule', 'Significantly behind'). Common phrases are known here, as data
(data/rag.json). Progress states ('Not started', 'In progress') are no colour: they say where
the work is, not whether it is on time (a plan may not have started an action that is not yet
due), so unless the plan's own key colours them they read as None; 'Complete' (and 'Closed') is
the one progress word with a colour (blue), by the usual BRAG convention. A plan that defines
its own words in a key ('Status key: Complete (blue); Slipped (amber)') is read with
read_rag_key and the key is passed in, and it wins over the built-in words. A yes/no column
('Done?') holds marks, not colours: done_mark reads them and the column's reader decides.
"""

from __future__ import annotations

import colorsys
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

# the status words (colour names, letters, progress states and the phrases of each colour) are
# data: data/rag.json, with the decisions taken on them
_WORDS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "rag.json").read_text(encoding="utf-8")
)
_COLOURS: dict[str, str] = _WORDS["colours"]
_LETTER: dict[str, str] = _WORDS["letters"]


def _phrases(words: Iterable[str]) -> str:
    """Phrases as one alternation, longest first; a space matches spaces or a hyphen."""
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in parts)


_RAG: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b({_phrases(rule['phrases'])})\b", re.I), rule["colour"])
    for rule in _WORDS["rules"]
]
# every phrase with its spaces taken out, for a cell that broke a word over two lines
# ('Progressin' / 'g well'): the whole cell, its spaces taken out too, is one phrase
_SQUASHED: dict[str, str] = {}
for _rule in _WORDS["rules"]:
    for _p in _rule["phrases"]:
        _SQUASHED.setdefault(re.sub(r"[\s-]+", "", _p.lower()), _rule["colour"])
_LETTER_ONLY = re.compile(rf"^\s*({'|'.join(map(re.escape, _LETTER))})\s*$", re.I)
# progress states a status column holds beside its colours: no colour of their own
_STATE = _phrases(_WORDS["states"])
_STATE_IN = re.compile(rf"\b(?:{_STATE})\b", re.I)
_STATES = re.compile(rf"^\s*(?:{_STATE})\s*\.?\s*$", re.I)
# 'Slipped (amber)', 'On track = green', 'On track: green' (a phrase of one to four words)
_KEY_PAIR = re.compile(
    r"(?:^|[;,.:–—•]\s*)((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*"
    r"(?:\(\s*(blue|red|amber|green|yellow)\s*\)|[=:]\s*(blue|red|amber|green|yellow)\b)",
    re.I,
)


# a question printed as the status label, its answer after it: 'On track? Not commenced'
_QUESTION_LABEL = re.compile(r"^[^?]{1,40}\?\s+(?=\S)")


def _phrase(text: str) -> str:
    return " ".join(text.lower().split())


def read_rag_key(text: str) -> dict[str, str]:
    """A plan's own status words from a key paragraph: phrase -> colour.

    Only a text that pairs at least two phrases with colours is a key; one '(red)' in prose is
    not. Phrases that are themselves colour names add nothing and are left out.
    """
    found: dict[str, str] = {}
    for m in _KEY_PAIR.finditer(" ".join(text.split())):
        phrase, colour = _phrase(m.group(1)), (m.group(2) or m.group(3)).lower()
        phrase = re.sub(r"^(?:status|rag|key)\s+(?:key\s+)?", "", phrase)
        if phrase and phrase not in _COLOURS:
            found[phrase] = _COLOURS[colour]
    return found if len(found) >= 2 else {}


def normalise_rag(raw: str | None, key: Mapping[str, str] | None = None) -> str | None:
    """The colour a status cell means; the plan's own key (read_rag_key) first when given."""
    if raw is None:
        return None
    # the answer, not the question: 'On track? Not commenced' is no colour, as the state is
    text = _QUESTION_LABEL.sub("", " ".join(raw.split()))
    if key:
        colour = key.get(_phrase(text).rstrip("."))
        if colour is not None:
            return colour
    text = _STATE_IN.sub(" ", text)  # 'Not started - overdue': the state says no colour
    for pattern, colour in _RAG:
        if pattern.search(text):
            return colour
    letter = _LETTER_ONLY.match(text)
    return _LETTER[letter.group(1).lower()] if letter else _SQUASHED.get(_squash(text))


def _squash(text: str) -> str:
    """A short cell's text with its spaces and hyphens taken out ('Progressin g well' ->
    'progressingwell'), as a narrow cell that wrapped inside a word printed it."""
    return re.sub(r"[\s-]+", "", text.lower()).rstrip(".") if len(text) <= 40 else ""


def is_status_state(raw: str) -> bool:
    """A progress state ('Not started', 'Not yet due', 'In progress'): a status, but no colour
    (normalise_rag reads it as None); it tells a status column from prose."""
    return bool(_STATES.match(raw))


_DONE_MARKS: dict[str, bool] = {
    mark.lower(): answer == "yes"
    for answer, marks in _WORDS["done_marks"].items()
    for mark in marks
}


def done_mark(raw: str | None) -> bool | None:
    """What a yes/no cell ('Done?', 'Finished?') says: True for a yes or a tick ('Yes', '✓'),
    False for a no or a cross ('No', '✗'), None for anything else (blank, a word, a date).

    No colour: a lone done column is a status (yes is done: blue), but beside a health column
    it only agrees with it, so what a mark means is decided for the column, by its caller.
    """
    if raw is None:
        return None
    return _DONE_MARKS.get(" ".join(raw.split()).lower().rstrip("."))


def rag_from_fill(fill: str | None) -> str | None:
    """The colour a cell's fill ('#rrggbb') shows, for a RAG cell that says it only in colour.

    By hue, so any red, amber or green a template uses reads right, pale tints included (Excel's
    'Bad', 'Neutral', 'Good' styles); white, greys and black are no status. Blue needs a strong
    colour: pale blue is the usual header or banding shade, not 'complete'.
    """
    if fill is None or not re.fullmatch(r"#?[0-9a-fA-F]{6}", fill):
        return None
    rgb = fill.lstrip("#")
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, sat, val = colorsys.rgb_to_hsv(r, g, b)
    degrees = hue * 360
    if sat < 0.15 or val < 0.25:
        return None
    if degrees < 15 or degrees >= 330:
        return "red"
    if degrees < 70:
        return "amber"
    if degrees < 170:
        return "green"
    if degrees < 260 and sat >= 0.4:
        return "blue"
    return None
