"""Label chips printed after a record's title: 'key: value' tags and its number ('#128').

An issue tracker, a kanban export or a web list prints each record's title and, after it on the
same line (or wrapped under it), its labels as small chips: `rec: 2`, `status: at-risk`,
`priority: high`; often its number too, `#128`. Read as text they run on from the title. A
chip's key is a field's label and its value the field's value, for the record it sits on: the
`status` chip is the record's status (read by the one RAG normaliser like any status cell), the
`rec` chip its recommendation link; the number its reference.

Only the run at the end of the title counts, and only keys that come back on the plan's other
titles (or that its other cards use as labels): a title that happens to end 'phase: 2' once is
still a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a chip's key: a word in letters; its value a token ('at-risk', '2', 'on_track') or a few
_KEY = re.compile(r"^[A-Za-z][A-Za-z_-]{0,23}:$")
_VALUE = re.compile(r"^[A-Za-z0-9][\w.+-]{0,23}$")
# a record's number as trackers print it: '#128'
_NUMBER = re.compile(r"^#\d{1,6}$")
MAX_VALUE_WORDS = 3  # a chip's value in words: 'status: on track', 'team: front door


@dataclass(slots=True)
class TitleTail:
    """The chip run at a title's end: where it starts (in the title's words), the number
    printed before the chips (if any) and each chip's (key, value) in printed order."""

    start: int
    number: str | None
    chips: list[tuple[str, str]]


def title_tail(words: list[str]) -> TitleTail | None:
    """The run of chips (and the number before them) that ends a title's words; None where the
    title ends in no chip, or the chips would be all of it (a title needs words of its own)."""
    k = len(words)
    chips: list[tuple[str, str]] = []
    while (n := _value_words(words, k)) > 0:
        chips.insert(0, (words[k - n - 1][:-1], " ".join(words[k - n : k])))
        k -= n + 1
    number = None
    if k >= 1 and _NUMBER.match(words[k - 1]):
        number, k = words[k - 1], k - 1
    if not chips and number is None or k == 0:
        return None
    return TitleTail(k, number, chips)


def _value_words(words: list[str], k: int) -> int:
    """How many words before position k are a chip's value, its key just before them: one
    token ('at-risk', '2'), or up to three in lower case ('status: on track'); 0 for none."""
    for n in range(1, MAX_VALUE_WORDS + 1):
        if k - n - 1 < 0:
            return 0
        value = words[k - n : k]
        if (
            not all(_VALUE.match(w) for w in value)
            or n > 1
            and not all(w.islower() or w.isdigit() for w in value)
        ):
            return 0
        if _KEY.match(words[k - n - 1]):
            return n
    return 0


def chip_line(text: str) -> bool:
    """Whether a line holds chips alone (a title's chips wrapped under it, '#115 rec: 2')."""
    words = text.split()
    tail = title_tail(["x", *words])
    return tail is not None and tail.start == 1
