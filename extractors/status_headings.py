"""Status headings: a report that sorts its actions into sections by status prints the status
once, as the section's heading ('Off track (4)' over a coloured rule), not beside each action.

The actions under such a heading take its status until the next status heading or the next
heading of another kind; an action's own status, where it prints one, stands. The heading is
read by the one RAG normaliser (normalise.rag.normalise_rag), its count in brackets set aside;
a state of no colour ('Not yet started') is a status heading too: it rates its actions with no
colour and ends the reach of the heading above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_prose import reads_as_status
from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.rag import normalise_rag

# the count a section heading prints after its status: 'Off track (4)', 'Completed - 3'
_COUNT = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|[-–—:]\s*\d{1,3})\s*$")
_MAX_WORDS = 3  # a status phrase ("Not yet started"); "Done before this plan" heads another kind
_LARGER = 1.0  # points: a heading this much larger than a status heading is one above it
_MIN_LETTERS = 3  # a worded status has a word this long at least ('Red'); 'GA' is initials


@dataclass(slots=True)
class HeadingStatus:
    """The status the last status heading gave (None: a state of no colour) while it reaches."""

    rag: str | None = None
    open: bool = False
    seen: bool = False  # a status heading was read: the plan sorts its actions by status
    size: float = 0.0  # the type size of the status heading that opened the reach
    # whether a line (page, line) labels a region of a drawing (region_status.DrawnLabels): a
    # ring's 'Green' over its refs is no heading of the table below it
    drawn: Callable[[int, Line], bool] | None = None

    def read(self, el: Element) -> None:
        """Follow the text between tables: a status heading opens its reach, another heading
        (a bold line of its own reading as no status) closes it; running text leaves it. A
        status word labelling a drawing's region does neither: it rates the refs drawn in its
        region (region_status), not the actions printed after it."""
        status = heading_status(el)
        if status is not None and self.drawn is not None and self.drawn(el.page, el.lines[0]):
            return
        if status is not None:
            self.rag, self.open, self.seen = status[1], True, True
            self.size = el.lines[0].font_size
        elif self.open and _heading(el):
            self.rag, self.open = None, False

    def section(self, el: Element) -> None:
        """A recommendation's heading met: set in larger type than the status heading, it
        opens a section above it, so the status's reach ends there (a bold status word left
        over from a card, 'Done' in a tag's small type, rates nothing in the next section);
        one in the same or smaller type sits inside the status's section and leaves it."""
        if self.open and el.lines and el.lines[0].font_size > self.size + _LARGER:
            self.rag, self.open = None, False

    def give(self, rag: str | None) -> str | None:
        """An action's status: its own where printed, else the heading's it sits under."""
        return rag if rag is not None or not self.open else self.rag


def heading_status(el: Element) -> tuple[str, str | None] | None:
    """(the status as printed, its colour) where the element is one line reading as a status,
    set in bold or with a count after it ('Off track (4)'); else None: a key's lines ('Red',
    'Amber'), an update's lone 'Complete' are no section heading."""
    if el.table is not None or el.raw is not None or len(el.lines) != 1:
        return None
    printed = " ".join(el.text.split())
    text = _COUNT.sub("", printed).rstrip(":")
    if not el.lines[0].bold and text == printed:
        return None  # set as a heading (bold) or counting its actions: a key's 'Red' line is no heading
    if text.startswith("#"):
        return None  # '#offtrack': a hashtag tags the item it closes (extractors/chip_tails.py)
    if text[:1].islower():
        # 'effective' alone under a cell's 'Partially': the wrapped tail of a value above; a
        # heading opens with a capital ('Effective', 'On track'), as a key's entries do
        return None
    words = text.split()
    if not words or len(words) > _MAX_WORDS or not reads_as_status(text):
        return None
    if all(len(w) < _MIN_LETTERS for w in words):
        return None  # 'GA': a person's initials in an avatar, no status worded
    return text, normalise_rag(text)


def _heading(el: Element) -> bool:
    return (
        el.table is None
        and el.raw is None
        and len(el.lines) == 1
        and el.lines[0].bold
        and not el.text.rstrip().endswith(".")
    )
