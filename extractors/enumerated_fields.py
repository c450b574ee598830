"""Field lines numbered as sub-paragraphs under an action clause.

Legal and formal drafting numbers every line under a clause: '2.1 <action>' over '(a) Officer
responsible: Head of Service', '(b) Date for compliance: end of March 2026', '(c) Assessment:
Some concerns'. The enumerator ('(a)', '(iv)', 'b)') is no part of the label after it, so the
line is read without it; and such drafting names its fields in its own words ('Commissioner's
assessment', 'Date for compliance'), so a label no vocabulary holds is read by what its value
is, as a table's column is typed by its cells: a status word the RAG normaliser reads gives
the status, a short date the date normaliser reads gives the due date, a sentence is the
action's note ('(d) Position statement: ...'). A line with no label after its enumerator is
left as printed (the enumerator kept), so a numbered list of ordinary text is never fields.
The pattern and bounds are data (data/enumerated_fields.json).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors")
    .joinpath("data/enumerated_fields.json")
    .read_text("utf-8")
)
ENUMERATOR = re.compile(_DATA["enumerator"])
_LABEL_WORDS: int = _DATA["max_label_words"]
_DATE_WORDS: int = _DATA["max_date_words"]
_STATUS_WORDS = 4  # a status is a few words: 'Not on course', 'Some concerns'
# a label of the drafting's own words: capitalised first, a few words, then a colon
_OWN_LABEL = re.compile(
    rf"^(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,{_LABEL_WORDS - 1}}})\s*:\s+(?P<value>\S.*)$",
    re.S,
)
# the labels an unknown label is read as, by its value's type (each a label the prose reader's
# vocabulary holds for that field)
TYPED_LABELS = {"rag": "Status", "due": "Due"}
NOTE_LABEL = "Note"  # a sentence under such a label: the action's progress note


def value_role(value: str) -> str | None:
    """The field a labelled value is by its type: 'rag' for a few words the RAG normaliser
    reads as a colour or a progress state, 'due' for a few words that are a date; else None."""
    words = value.strip().rstrip(" .;").split()
    if not words:
        return None
    text = " ".join(words)
    if len(words) <= _STATUS_WORDS and (normalise_rag(text) or is_status_state(text)):
        return "rag"
    if len(words) <= _DATE_WORDS and parse_due(text) is not None:
        return "due"
    return None


def field_line(text: str, opens_label: Callable[[str], bool]) -> str:
    """A line of a paragraph as the prose reader should read it: an enumerated line whose rest
    opens with a known field label (opens_label) without its enumerator; one whose rest is a
    label of its own words and a value typed as a status or a date under that field's label;
    any other line as printed."""
    m = ENUMERATOR.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    if opens_label(rest):
        return rest
    own = _OWN_LABEL.match(rest)
    if own is None:
        return text
    role = value_role(own.group("value"))
    if role is None:  # a sentence under a label of its own: the action's note
        return f"{NOTE_LABEL}: {own.group('value')}"
    return f"{TYPED_LABELS[role]}: {own.group('value')}"
