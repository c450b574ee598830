"""Field labels phrased as questions: a plan written as questions and answers.

A plan meant for families or staff may print each action's fields under labels that ask
('Who is leading this?' <owner>, 'By when?' <due>, 'Are we on track?' <status>, 'What has
happened so far?' <update>) in place of the nouns a table's header would use. No list of such
sentences can be complete, so a question is read by what it asks: its interrogative opening and
the few words after it (data/question_labels.json, patterns per field), never its exact wording.
A question that asks for no field names none; the caller decides what its value is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/question_labels.json").read_text("utf-8")
)

_ROLES: list[tuple[str, re.Pattern[str]]] = [
    (role, re.compile(p)) for role, patterns in _DATA["roles"].items() for p in patterns
]

# a question label as printed: an interrogative opening, a few words without a sentence's or a
# clause's end, and the question mark (case-insensitive where used; no capturing groups, so it
# can sit inside a caller's own pattern)
QUESTION_LABEL = (
    r"(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(_DATA["interrogatives"], key=len, reverse=True)
    )
    + r")\b[^?.;:()\[\]\n]{0,60}\?"
)
_QUESTION = re.compile(rf"^\s*{QUESTION_LABEL}\s*$", re.I)


def question_role(label: str) -> str | None:
    """The action field a question label asks for ('owner', 'due', 'rag', 'progress'), or None
    where the text is no question label or asks for none of them."""
    if not _QUESTION.match(label):
        return None
    key = " ".join(label.lower().rstrip(" ?").split())
    for role, pattern in _ROLES:
        if pattern.search(key):
            return role
    return None


_OPENING_QUESTION = re.compile(rf"^\s*(?P<label>{QUESTION_LABEL})\s*(?P<answer>\S.*)?$", re.I)


def answered_question(text: str) -> bool:
    """Whether a line opens with a question label that asks for an action field and carries its
    answer after it ('Who is responsible? Helen Markham'). Such a line is a field, even set in
    bold (its label's weight may lead the line): a heading that asks a question stands alone on
    its line, with no answer after it."""
    m = _OPENING_QUESTION.match(text)
    if m is None or not m.group("answer"):
        return False
    return question_role(m.group("label")) is not None


def update_answer_end(
    text: str, end: int, value_end: Callable[[str, int], int], line_label: re.Pattern[str]
) -> int:
    """Where the answer to a question asking what has happened ends, given where its first
    clause ends (`end`, by value_end): an update answered in a sentence of clauses ('Recruitment
    under way; two posts filled') runs on over each ';' that no field label follows (the next
    question, 'How are we doing?', opens a clause of its own after its ';')."""
    while end < len(text) and text[end] == ";":
        rest = text[end + 1 :]
        if not rest.strip() or line_label.match(rest):
            break
        end = value_end(text, end + 1)
    return end
