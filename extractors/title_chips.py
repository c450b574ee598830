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

# a chip's key: a word or two in letters; its value one token ('at-risk', '2', 'on_track')
_KEY = re.compile(r"^[A-Za-z][A-Za-z_-]{0,23}:$")
_VALUE = re.compile(r"^[A-Za-z0-9][\w.+-]{0,23}$")
# a record's number as trackers print it: '#128'
_NUMBER = re.compile(r"^#\d{1,6}$")


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
    while k >= 2 and _KEY.match(words[k - 2]) and _VALUE.match(words[k - 1]):
        chips.insert(0, (words[k - 2][:-1], words[k - 1]))
        k -= 2
    number = None
    if k >= 1 and _NUMBER.match(words[k - 1]):
        number, k = words[k - 1], k - 1
    if not chips and number is None or k == 0:
        return None
    return TitleTail(k, number, chips)


def chip_line(text: str) -> bool:
    """Whether a line holds chips alone (a title's chips wrapped under it, '#115 rec: 2')."""
    words = text.split()
    tail = title_tail(["x", *words])
    return tail is not None and tail.start == 1
