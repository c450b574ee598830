"""Actions lettered under their recommendation's number: '1A', '1B', '2A' ('Stop 2A').

A plan that letters its actions in capitals after the recommendation's number prints the ref
before each action's text ('2A Convert agency posts ...'). A capital after a number is often a
word's part ('4G network', '3D model'), so it is read as a ref only where every action of the
table opens so: then the capitals are the plan's lettering, not words. The ref's number names the
recommendation, as the lower-case '2b' does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a number and ONE capital letter, then the action's words
_LETTERED = re.compile(r"^\s*(\d{1,2}[A-Z])\s+(?=\S)")
MIN_LETTERED = 2  # one action alone proves no lettering


def lettered_texts(texts: Sequence[str]) -> bool:
    """Whether every action text opens with a lettered ref ('1A ...', '2B ...'), two at least,
    and the refs differ (a repeated '4G ...' is a word, not a lettering)."""
    filled = [t for t in texts if t and t.strip()]
    refs = [m.group(1) for m in map(_LETTERED.match, filled) if m is not None]
    return len(filled) >= MIN_LETTERED and len(refs) == len(filled) and len(set(refs)) > 1


def split_lettered(text: str) -> tuple[str, str] | None:
    """The lettered ref opening an action text and the text after it, if one opens it."""
    m = _LETTERED.match(text)
    return (m.group(1), text[m.end() :]) if m is not None else None
