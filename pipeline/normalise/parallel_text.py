"""Text printed in two languages side by side, `<other language> / <English>`, read by its half
the pipeline understands.

Bodies with a duty to publish in two languages (Welsh councils, and any parallel-language text)
print every label and value twice in one cell or heading: 'Ar y trywydd iawn / On track',
'Argymhelliad 2 / Recommendation 2', and, the figures said once for both, '31 Mawrth / March
2027'. Read whole, such a value is no status (too many words, none of the other half known),
no heading label, and a date without its day (only 'March 2027' is a date). This is the one
place that splits such a pair: a half is taken only where the other half is NOT English (most
of its words are in no English word list), so an English 'Complete / see report' or 'Amber /
Red' stays as printed and is read as before. No word list of the other language is kept: the
English half says what the value is. The raw value stays as printed; only its reading changes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

# the separator of two languages' halves: a slash with space on both sides ('and/or',
# '2025/26', 'Q1/Q2' are one language's own)
_SLASH = re.compile(r"\s+/\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FIGURE = re.compile(r"^\W*\d")


def _english(word: str) -> bool:
    """A word English knows: in spaCy's lemma forms (as the date normaliser uses them)."""
    from plantrace.pipeline.normalise.dates import english_words  # late: loads a word table

    low = word.lower().replace("’", "'")
    return low in english_words() or low.split("'")[0] in english_words()


def is_foreign(text: str) -> bool:
    """Most of text's words (of two letters or more) are in no English word list: 'Ar y trywydd
    iawn', 'Argymhelliad', 'Mawrth'; not 'see report', not 'Head of Service'."""
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    if not words:
        return False
    return sum(not _english(w) for w in words) * 2 > len(words)


@functools.lru_cache(maxsize=8192)
def halves(text: str) -> tuple[str, str] | None:
    """A value's two halves split at its one spaced slash, or None (no slash, or several)."""
    parts = _SLASH.split(" ".join(text.split()))
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    return parts[0], parts[1]


def understood_half(text: str, known: Callable[[str], bool]) -> str | None:
    """The half of a two-language value that `known` reads, the other half being in another
    language and not read: 'Ar y trywydd iawn / On track' -> 'On track' for a status reader.
    None where text is no such pair, or where both halves or neither are read ('Amber / Red')."""
    pair = halves(text)
    if pair is None:
        return None
    first, second = pair
    for half, other in ((second, first), (first, second)):
        if known(half) and not known(other) and is_foreign(other):
            return half
    return None


def one_alternative(text: str, known: Callable[[str], bool]) -> str:
    """A value whose figures are printed once around two languages' words for one thing, read
    with the known words alone: '31 Mawrth / March 2027' -> '31 March 2027', 'Mawrth / March
    2027' -> 'March 2027' (known: a month's name). The other language's words are those just
    before the slash, back to a figure or the value's start; they are taken out only where
    none of them is read and they are not English. Any other text is returned as it is."""
    if " /" not in text:
        return text
    m = _SLASH.search(text)
    if m is None or halves(text) is None:
        return text
    before, after = text[: m.start()].split(), text[m.end() :].split()
    if not after or not known(after[0]):
        return text
    keep = len(before)
    while keep > 0 and not _FIGURE.match(before[keep - 1]):
        keep -= 1
    other = before[keep:]
    if not other or any(known(w) for w in other) or not is_foreign(" ".join(other)):
        return text
    return " ".join([*before[:keep], *after])
