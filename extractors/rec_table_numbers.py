"""A recommendations table whose number column prints each number with its label ('Rec 1',
'Recommendation 2', 'Priority 3' down a 'Rec' column, a list sheet beside the actions' sheet):
the label is the column's word for what the rows are, not part of the number. Read so, the
recommendations are numbered 1, 2, 3 as a heading 'Recommendation 2: ...' numbers them, and an
action's link cell ('Rec 2', '2') names them by that number (issue 11)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from plantrace.extractors.plan_recommendations import RecommendationIndex
from plantrace.pipeline.normalise.text_keys import text_key

_LABELS = json.loads(
    (Path(__file__).parent / "data" / "recommendation_labels.json").read_text("utf-8")
)
_WORDS = "|".join(
    r"\s+".join(map(re.escape, w.rstrip(".").split()))
    for w in sorted(_LABELS["label_words"], key=len, reverse=True)
)
# a label word, a point or hyphen at most, then the number ('Rec 2', 'Rec.2', 'Priority 3')
_LABELLED = re.compile(rf"\s*(?P<label>{_WORDS})[.\-]?\s*(?P<num>\d{{1,2}})\s*", re.I)


def unlabel_table_numbers(index: RecommendationIndex) -> None:
    """Every recommendation read so far numbered by one label and a number, the numbers all
    different: each is renumbered by its number alone. Any other number (a bare '2', a code
    'P2', two labels) keeps the whole index as it is."""
    found = [_LABELLED.fullmatch(r.number or "") for r in index.items]
    if not found or None in found:
        return
    matched = [m for m in found if m is not None]
    labels = {text_key(m.group("label")) for m in matched}
    nums = [m.group("num").lstrip("0") for m in matched]
    if len(labels) != 1 or len(set(nums)) != len(nums):
        return
    index.renumber([m.group("num") for m in matched])
