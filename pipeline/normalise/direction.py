"""The one KPI direction normaliser: 'Figure will' / polarity cells -> increase/decrease/maintain."""

from __future__ import annotations

import re

_DIRECTIONS = [
    # a polarity phrase names the good direction by size: 'Bigger is better', 'Smaller is better'
    (re.compile(r"\b(bigger|larger|more|greater)\b(?=.*\bbetter\b)", re.I), "increase"),
    (re.compile(r"\b(smaller|less|fewer)\b(?=.*\bbetter\b)", re.I), "decrease"),
    (re.compile(r"\b(increase|up|higher|high|rise|improve)\b", re.I), "increase"),
    (re.compile(r"\b(decrease|down|lower|low|reduce|reduction|fall)\b", re.I), "decrease"),
    (re.compile(r"\b(maintain|stable|same|sustain)\b", re.I), "maintain"),
]


def normalise_direction(raw: str | None) -> str | None:
    """'Increase' / 'High' (good is high) / 'Bigger is better' -> increase; 'Decrease' / 'Low' /
    'Smaller is better' -> decrease."""
    if not raw:
        return None
    for pattern, value in _DIRECTIONS:
        if pattern.search(raw):
            return value
    return None
