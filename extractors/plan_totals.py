"""Total rows of a table printed from a spreadsheet: no actions.

A pivot table (or a list a spreadsheet subtotalled) closes each group of rows with a row that
totals it ('Recommendation 2 Total' with the group's count) and the table with a 'Grand Total'
row. Its label sits in the first column, where the action rows have their text, so the reader
would take it for an action: the label says it totals (data/plan_columns.json total_rows) and
its other cells hold figures only (the count or sum), never an owner, a date or a status.

Pure: reads a PlanTable's rows; no I/O.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plantrace.extractors.plan_columns import Row

_FIGURE = re.compile(r"^[£$€]?\d[\d,]*(?:\.\d+)?%?$")


@functools.cache
def _labels() -> tuple[re.Pattern[str], ...]:
    """The total rows' label patterns, from the plan table vocabularies."""
    text = resources.files("plantrace.extractors").joinpath("data/plan_columns.json")
    data = json.loads(text.read_text("utf-8"))
    return tuple(re.compile(p, re.IGNORECASE) for p in data["total_rows"]["patterns"])


def total_label(text: str) -> bool:
    """Whether a row's label says the row totals those above ('Grand Total')."""
    clean = " ".join(text.split())
    return bool(clean) and any(p.match(clean) for p in _labels())


def total_row(row: Row, label_col: int | None) -> bool:
    """A row totalling the rows above it (module doc): a total label in the label column and
    nothing but figures (or nothing) in every other cell. A costed plan's total sits under
    its money columns, its label beside the sums ('Total | £387,000 | £32,200'), the action
    column blank: a row whose one text of words is a total label is one too."""
    if label_col is None:
        return False
    if label_col < len(row.cells):
        label = row.text(label_col).strip()
        if label and not total_label(label):
            return False  # neither a total label nor the blank beside one: no other cell asked
    texts = [row.text(i).strip() for i in range(len(row.cells))]
    if total_label(texts[label_col]) if label_col < len(texts) else False:
        return all(not t or _FIGURE.match(t) for i, t in enumerate(texts) if i != label_col)
    # (one label: a label spilt over the empty cells beside it is read into each of them)
    words = {t for t in texts if t and not _FIGURE.match(t)}
    return len(words) == 1 and total_label(words.pop()) and not texts[label_col]
