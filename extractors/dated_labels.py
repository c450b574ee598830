"""A due date labelled inside a strip of dated fields, whatever its label's count.

A process map's box prints when a step starts and ends in one cell ('Starts: 2025-07  End:
2025-11'). The strip splitter parts a line at labels that recur on two or more lines; a box
read on its own (a one-column list's row) prints 'End' once, so the end date stayed in the
start's value and the action's due was lost. A word that ends a period ('End', 'Finish',
'Complete': extractors/data/dated_labels.json) labelling a date right after another field's
date is a field of its own: alone such words are statuses or plain words, so the dates on both
sides are the evidence, not the word.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

from plantrace.pipeline.normalise.dates import parse_date

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/dated_labels.json").read_text("utf-8")
)
DUE_AFTER_DATE: frozenset[str] = frozenset(_DATA["due_after_date"])
MAX_LABEL_WORDS = 2


def dated_label_start(texts: Sequence[str], end: int) -> int | None:
    """Where a period-ending label closing at texts[end] ('End:') starts, when the words
    before it since the previous label's colon are a date and the words after it, up to the
    next label's colon, are one too; else None."""
    if not texts[end].endswith(":"):
        return None
    for n in range(min(MAX_LABEL_WORDS, end), 0, -1):
        start = end - n + 1
        run = " ".join(texts[start : end + 1])[:-1].strip().lower()
        if run not in DUE_AFTER_DATE:
            continue
        colons = [k for k in range(start) if texts[k].endswith(":")]
        if not colons or colons[-1] + 1 >= start:
            return None  # no field before, or no value between its label and this one
        after = []
        for w in texts[end + 1 :]:
            if w.endswith(":"):
                break
            after.append(w)
        before = " ".join(texts[colons[-1] + 1 : start])
        if after and parse_date(before) is not None and parse_date(" ".join(after)) is not None:
            return start
        return None
    return None
