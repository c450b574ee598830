"""The one grade normaliser: printed Ofsted grade wording -> Grade."""

from __future__ import annotations

import re

from plantrace.models.grades import Grade

_PATTERNS: list[tuple[re.Pattern[str], Grade]] = [
    (re.compile(r"requires?\s+improvement", re.I), Grade.requires_improvement),
    (re.compile(r"\binadequate\b", re.I), Grade.inadequate),
    (re.compile(r"\boutstanding\b", re.I), Grade.outstanding),
    (re.compile(r"\badequate\b", re.I), Grade.adequate),
    (re.compile(r"\bgood\b", re.I), Grade.good),
]
_NUMERIC = {"1": Grade.outstanding, "2": Grade.good, "3": Grade.adequate, "4": Grade.inadequate}


def normalise_grade(text: str) -> Grade | None:
    """'Requires improvement to be good' -> requires_improvement; 'Grade 4 (inadequate)' -> inadequate.

    Order matters: 'requires improvement to be good' contains 'good', 'inadequate' contains
    'adequate'.
    """
    for pattern, grade in _PATTERNS:
        if pattern.search(text):
            return grade
    m = re.fullmatch(r"\s*(?:grade\s*)?([1-4])\s*", text, re.I)
    return _NUMERIC[m.group(1)] if m else None
