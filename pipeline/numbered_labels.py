"""Lines that open a run of labelled, numbered items ('Recommendation 1: ...', 'Recommendation 2:
...'): the next item is a new paragraph, never a wrap of the one above.

A list of labelled items set in one style at a line's pitch (a Word list of 'Recommendation N:'
paragraphs with no space after them) gives the paragraph builder nothing to break on: no gap, no
font change, no marker. The evidence that separates them is the text itself: a line that opens
with the same label as an earlier line of the paragraph, followed by that line's number plus one
and a separator, starts the next item of a numbered run. A wrapped sentence may carry such a
label onto a new line ('... as Recommendation 2: ...'), but then no line of the paragraph opened
with the label and the number before it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.text_keys import text_key

# what stands between a run's first and last label ('1-4', '3 to 5'): data/number_runs.json
RANGE: str = json.loads(
    resources.files("plantrace.pipeline").joinpath("data/number_runs.json").read_text("utf-8")
)["range"]

# a label of one or two words (capitalised first) then a number of up to three digits and a
# separator: 'Recommendation 2:', 'Area for improvement 3 -', 'Action 4.'
_LABELLED = re.compile(
    r"^\s*(?P<label>[A-Z][A-Za-z'’]*(?:\s+[a-z][A-Za-z'’]*){0,2})\s+(?P<number>\d{1,3})\s*[:.\-–—)]\s"
)


def _label_number(text: str) -> tuple[str, int] | None:
    m = _LABELLED.match(text)
    if m is None:
        return None
    return text_key(m.group("label")), int(m.group("number"))


def titled_item(text: str) -> bool:
    """Whether the text opens with a label, its number and a colon, and goes on ('Recommendation
    3: Improve ...'): a numbered item's title, a sentence, no run of a header's column labels."""
    m = _LABELLED.match(text)
    return (
        m is not None
        and text[m.end() - 2 : m.end()].strip() == ":"
        and bool(text[m.end() :].strip())
    )


def starts_next_item(block: Sequence[Line], line: Line) -> bool:
    """True when the line opens with the label of the paragraph's latest labelled line and the
    number after it: the next item of a numbered run, so a new paragraph. (The paragraph may
    open with a heading set in the same type, 'Ofsted's recommendations', over its first item.)"""
    here = _label_number(line.text)
    if here is None:
        return False
    for ln in reversed(block):
        found = _label_number(ln.text)
        if found is not None and found[0] == here[0]:
            return here[1] == found[1] + 1
    return False


_TAIL = re.compile(r"^(?P<head>.*?)(?P<num>\d+)$")  # a label's last number and what opens it


def number_run(first: str, last: str, most: int | None = None) -> list[str]:
    """The labels a printed run stands for, its ends included: the one reading of number ranges,
    whatever they number ('9'..'11' -> 9, 10, 11 of actions; 'A03'..'A05' keeping the zero;
    '2.1'..'2.4' or '2.1'..'4'; a contents entry's pages '3'..'4'). Its ends share all but their
    last number, which rises, over `most` labels at most where given; [] where the two ends make
    no run (falling or equal ends, other heads, too long a run), so a caller says what an
    impossible run is to it."""
    ma, mb = _TAIL.match(first), _TAIL.match(last)
    if ma is None or mb is None or (mb["head"] and mb["head"].upper() != ma["head"].upper()):
        return []
    lo, hi = int(ma["num"]), int(mb["num"])
    if not lo < hi or (most is not None and hi - lo >= most):
        return []
    width = len(ma["num"]) if ma["num"].startswith("0") else 0  # 'A03'..'A05' keep the zero
    return [f"{ma['head']}{str(n).zfill(width)}" for n in range(lo, hi + 1)]
