"""Marks a screen prints to say 'tap here' (a list cell's chevron '›', a drop-down's arrow '▾'),
standing alone on a line of their own.

Why: a phone app's list cell prints its chevron at the right edge, set between two lines of the
cell's title; read as a line, it broke the title in two (the card's title was taken from the
lines under the chevron only, the rest of it lost and the cell read as a piece of an action).
The marks are no text of the plan: such a line is dropped before cards are found. The marks are
data (card_fields.json 'control_marks'), shared with the form reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

from plantrace.pipeline.document import Line

_MARKS: list[str] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/card_fields.json").read_text("utf-8")
)["control_marks"]
# the marks and spaces as one character class's body: the one place both readers build from
MARK_CLASS = r"\s" + "".join(map(re.escape, _MARKS))
_MARKS_ALONE = re.compile(rf"[{MARK_CLASS}]+")


def control_mark_alone(line: Line) -> bool:
    """Whether the line is a control's mark and nothing else ('›', '▾')."""
    text = line.text.strip()
    return bool(text) and _MARKS_ALONE.fullmatch(text) is not None


def without_control_marks(lines: Sequence[Line]) -> list[Line]:
    """The lines less those that are a control's mark alone (a list cell's chevron)."""
    return [ln for ln in lines if not control_mark_alone(ln)]
