"""The one RAG normaliser: status words and colour names -> red/amber/green/blue (or None)."""

from __future__ import annotations

import re

_RAG = [
    (re.compile(r"\b(blue|complete[d]?|achieved|closed)\b", re.I), "blue"),
    (re.compile(r"\b(red|off track|not on track|overdue|not started)\b", re.I), "red"),
    (re.compile(r"\b(amber|at risk|some slippage|partially)\b", re.I), "amber"),
    (re.compile(r"\b(green|on track|met)\b", re.I), "green"),
    (re.compile(r"^\s*(r|a|g|b)\s*$", re.I), None),
]
_LETTER = {"r": "red", "a": "amber", "g": "green", "b": "blue"}


def normalise_rag(raw: str | None) -> str | None:
    if raw is None:
        return None
    text = " ".join(raw.split())
    for pattern, colour in _RAG:
        m = pattern.search(text)
        if m:
            return colour if colour is not None else _LETTER[m.group(1).lower()]
    return None
