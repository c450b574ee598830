"""A card table titled by its own counter ('Objective 1 | <text>'), its ref given in a labelled row.

Why: a plan cascaded into forms (staff objectives, a work programme's task sheets) prints each
action as a two-column 'label | value' table whose first row is the form's own counter and the
action's text ('Objective 1 | Agree a joint protocol ...'), then labelled rows, one of them the
plan's ref alone ('Plan action | 3.1'). The counter restarts on every form (per person, per
page): it is no ref, and a label carrying a number is no field label, so the table was read as
no card at all. What makes the row a title is evidence in the table itself: a short label
ending in a whole number beside prose, over rows of which one holds a plan's dotted ref alone.
That row's value is then the card's ref, whatever its label says ('Plan action' names the
action's column in a table's header; here it holds the action's number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.pipeline.document import Cell, Line

# the form's counter: a word or two of letters, then a whole number ('Objective 1', 'Task 12')
_COUNTER = re.compile(r"^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)? \d{1,2}$")
# a plan's ref alone, dotted ('2.1', '1.2.3', '1.4a'), perhaps after a letter code ('A2.1')
_DOTTED_REF = re.compile(r"^[A-Z]{0,3}(?:\d{1,2}\.)+\d{1,2}[a-z]?$", re.I)
_MIN_TEXT_WORDS = 3  # the action beside the counter is prose, not a value


def dotted_ref(text: str) -> str | None:
    """The plan's dotted ref a cell holds alone ('3.1'), else None."""
    text = " ".join(text.split())
    return text if _DOTTED_REF.match(text) else None


def counter_title(row: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> list[Line] | None:
    """The title lines of a card whose first row is '<counter label> N | <action text>', where
    another row of the same table holds a dotted ref alone in its value cell; None otherwise."""
    if len(row) != 2 or not _COUNTER.match(" ".join(row[0].text.split())):
        return None
    if len(row[1].text.split()) < _MIN_TEXT_WORDS:
        return None
    if not any(len(r) == 2 and r is not row and dotted_ref(r[1].text) for r in rows):
        return None
    return list(row[1].lines) or None
