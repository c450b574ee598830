"""A form's blanks: values printed as leaders to be filled in by hand.

A pledge or sign-off form prints 'Signed: ..........  Name: <owner>' in every box. The card
reader takes 'Signed' for a label recurring box by box and its values, the dotted leaders, for
a column of text no vocabulary names, which was then said as a column of values not read
(plan_column_unplaced) on every page. A column whose every value is a leader holds nothing to
read: it is the form's furniture and is set aside without a warning. The evidence is the empty
value (dots, underscores, an ellipsis: extractors/data/form_blanks.json), not the label's word,
so 'Signature', 'Agreed by' or any label over such blanks is set aside alike, and a label over
real values keeps its warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/form_blanks.json").read_text("utf-8")
)
_BLANK = re.compile(_DATA["pattern"])
_MIN_CHARS = int(_DATA["min_chars"])


def is_form_blank(value: str) -> bool:
    """Whether a value is only a leader to be filled in by hand ('.........', '______')."""
    text = value.strip()
    return len(text) >= _MIN_CHARS and _BLANK.match(text) is not None


def all_form_blanks(values: Iterable[str]) -> bool:
    """Whether values hold at least one leader and nothing but leaders and empty cells: a
    column of a form's blanks (a signature line), furniture rather than unread content."""
    texts = [v.strip() for v in values if v.strip()]
    return bool(texts) and all(is_form_blank(t) for t in texts)
