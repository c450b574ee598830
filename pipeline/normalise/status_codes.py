"""Status codes a system export abbreviates by dropping letters ('ONTRK', 'ATRSK', 'CMPLT').

Case-management and project systems store a status as a short upper-case code made from its
phrase by keeping some of its letters in order ('ONTRK' on track, 'OFFTR' off track, 'NSTRT'
not started). A plan exported from such a system prints the code and nothing else, so no word
of the vocabulary appears. A code is read as the one status phrase whose letters it keeps in
order: every word's first letter among them, spaces ignored, its last letter in the phrase's
last word (so 'HIGH' is not 'high risk', and 'SEND' is not 'seriously behind').
Only a whole cell that is one such code is read, never a word inside prose. Codes that fit
phrases of different meanings (a colour and a state, or two colours) stay unread, and the
caller says so as for any other unread status.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

# a whole cell that is one upper-case code of four letters or more
_CODE = re.compile(r"^\s*([A-Z]{4,})\s*\.?\s*$")

# what a phrase means: a colour, or no colour (a progress state)
Meaning = str | None


def is_code(raw: str) -> bool:
    """Whether a cell is, whole, one upper-case code a system might store a status as."""
    return bool(_CODE.match(raw))


def _keeps(code: str, phrase: str) -> bool:
    """Whether code is phrase with letters dropped: its letters in the phrase's order, every
    word's first letter among them ('ONTRK' on track; 'SEND' is not 'seriously behind', it
    drops the b), the last inside the phrase's last word."""
    words = phrase.split()
    letters = "".join(words)
    starts = []
    at = 0
    for word in words:
        starts.append(at)
        at += len(word)
    return _aligns(code, letters, frozenset(starts), 0, 0)


@functools.lru_cache(maxsize=16384)
def _aligns(code: str, letters: str, starts: frozenset[int], i: int, j: int) -> bool:
    """Whether code[i:] keeps letters[j:] in order, dropping no word's first letter and
    reaching the last word (every word start before the end is one of the kept letters)."""
    if i == len(code):
        return all(s < j for s in starts)
    for k in range(j, len(letters)):
        if k > j and (k - 1) in starts:
            return False  # dropping letters may not pass over a word's first letter
        if letters[k] == code[i] and _aligns(code, letters, starts, i + 1, k + 1):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _match(code: str, phrases: tuple[tuple[str, Meaning], ...]) -> tuple[bool, Meaning]:
    meanings = {meaning for phrase, meaning in phrases if _keeps(code, phrase)}
    if len(meanings) != 1:
        return False, None
    return True, next(iter(meanings))


def code_meaning(
    raw: str, colours: Mapping[str, str], states: Iterable[str]
) -> tuple[bool, Meaning]:
    """(read, meaning) of a whole-cell status code: meaning is the colour of the one phrase the
    code abbreviates, or None for a progress state; read is False where the cell is no code,
    fits no phrase, or fits phrases that mean different things.

    colours maps each status phrase (lower case) to its colour; states are the phrases that
    name no colour ('not started').
    """
    m = _CODE.match(raw)
    if m is None:
        return False, None
    code = m.group(1).lower()
    table = tuple(sorted({**{s.lower(): None for s in states}, **colours}.items()))
    if any(phrase.replace(" ", "") == code for phrase, _ in table):
        return False, None  # the word itself: the vocabulary reads it, not as a code
    return _match(code, table)
