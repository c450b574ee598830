"""The one KPI direction normaliser: 'Figure will' / polarity cells -> increase/decrease/maintain."""

from __future__ import annotations

import re

_DIRECTIONS = [
    # a polarity phrase names the good direction by size: 'Bigger is better', 'Smaller is better'
    (re.compile(r"\b(bigger|larger|more|greater)\b(?=.*\bbetter\b)", re.I), "increase"),
    (re.compile(r"\b(smaller|less|fewer)\b(?=.*\bbetter\b)", re.I), "decrease"),
    (re.compile(r"\b(increase|up|higher|high|rise|improve|maximi[sz]e)\b", re.I), "increase"),
    (
        re.compile(r"\b(decrease|down|lower|low|reduce|reduction|fall|minimi[sz]e)\b", re.I),
        "decrease",
    ),  # fmt: skip
    (re.compile(r"\b(maintain|stable|same|sustain)\b", re.I), "maintain"),
]


# an arrow with 'better' or 'is good' ('↑ better') says the good direction; an arrow alone is a
# trend ('→' no change) or a status symbol ('▲' with a key), not a polarity
_ARROWS = {"↑": "increase", "⬆": "increase", "▲": "increase", "↓": "decrease", "⬇": "decrease",
           "▼": "decrease"}  # fmt: skip
_ARROW_BETTER = re.compile(rf"^\s*([{''.join(_ARROWS)}])\s*(?:is\s+)?(?:better|good)\s*\.?$", re.I)


def normalise_direction(raw: str | None) -> str | None:
    """'Increase' / 'High' (good is high) / 'Bigger is better' / '↑ better' -> increase; 'Decrease'
    / 'Low' / 'Smaller is better' / '↓ is better' -> decrease."""
    if not raw:
        return None
    arrow = _ARROW_BETTER.match(raw)
    if arrow is not None:
        return _ARROWS[arrow.group(1)]
    for pattern, value in _DIRECTIONS:
        if pattern.search(raw):
            return value
    return None
