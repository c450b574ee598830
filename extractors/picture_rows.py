"""A record's field printed beside a picture: a symbol in a narrow column, 'label: value' right.

Easy Read and other plain-words versions of a plan set every line beside a picture: a two-column
table whose left column holds a symbol (a face for who, a clock for when, a tick or a warning
sign for how it is going) and whose right column holds the line, its label and its value
together ('Who is in charge: Dana Shah', 'When: March 2027', 'Is it on time? A little late').
The picture says nothing a reader of text can use; the label is in the value's cell. Such a row
is a 'label | value' row all the same, its label the words before the colon (or a question's
mark), so a table of such rows is a card as one printed 'Lead | Dana Shah' rows is
(plan_cards._table_cards), its labels read by the header vocabulary and what the values hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a label: one to six words, the first capitalised, letters only; then a colon, or a question's
# mark ('Is it on time? Going OK': a question asked of the value)
_WORD = r"[A-Za-z][A-Za-z'’()&/.-]*"
_FIELD = re.compile(
    rf"^(?P<label>(?=[A-Z]){_WORD}(?: {_WORD}){{0,5}})(?: ?:|(?P<ask>\?):?) +(?P<value>\S.*)$"
)
MAX_PICTURE_CHARS = 3  # a symbol, an emoji with its variation selector
MAX_LABEL_CHARS = 32


def is_picture(text: str) -> bool:
    """A cell that holds a symbol or nothing: no letter and no digit, a character or three."""
    t = "".join(text.split())
    return len(t) <= MAX_PICTURE_CHARS and not any(ch.isalnum() for ch in t)


def picture_field(texts: Sequence[str]) -> tuple[str, str] | None:
    """(label, value) of a row [picture, 'label: value'] (the picture may be blank); None for any
    other row. A question label keeps its mark ('Is it on time?'), as a header would print it."""
    if len(texts) != 2 or not is_picture(texts[0]):
        return None
    m = _FIELD.match(" ".join(texts[1].split()))
    if m is None or len(m.group("label")) > MAX_LABEL_CHARS:
        return None
    label = m.group("label") + ("?" if m.group("ask") else "")
    return label, m.group("value").strip()
