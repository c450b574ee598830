"""Agencies beside officers: which column of a multi-agency plan names who leads an action.

A safeguarding partnership (or any multi-agency board) prints, beside each action, the agency
that leads it ('Lead agency': 'Police', 'Integrated Care Board'), the partners that support it
('Supporting partners': 'Public Health, Probation Service') and the officer accountable for it
('Lead officer': 'Designated Nurse'). The header vocabulary reads 'Lead agency' as an owner by
its word 'lead', and a capitalised agency name ('Early Help', 'Youth Justice Service') types as
a person's name, so the agency can take the owner's place. The owner is a post or a person: an
agency named beside one is where the work sits, not who answers for it. This module tells the
two apart, from what the cells hold (the agency vocabulary in data/agencies.json, the post
words of the owner normaliser) and from the header's words; column_roles decides the roles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from importlib import resources

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.normalise.owners import POST_WORDS

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/agencies.json").read_text("utf-8")
)
_NAMES = frozenset(_DATA["names"])
_NAME_ENDS = frozenset(_DATA["name_ends"])
_HEADER_WORDS = frozenset(_DATA["header_words"])
_JOINING = frozenset(_DATA["joining_words"])  # lower case inside a name: 'Fire and Rescue'
# one cell may list several agencies: 'Police, Integrated Care Board', 'Health and Education'
_LIST = re.compile(r"\s*(?:[,;/&+]|\band\b)\s*", re.I)
_WORD = re.compile(r"[a-z][a-z'-]*")
_NAME_WORDS = 5  # an organisation is named in a few words: 'Fire and Rescue Service'
AGENCY_SHARE = 0.6  # the share of a column's filled cells that makes it a column of agencies
PEOPLE_SHARE = 0.6  # the same for a column of posts or people


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _agency(part: str) -> bool:
    """One organisation's name: in the vocabulary, or a short capitalised name ending in an
    organisation's word ('Fostering Service', 'Northshire Constabulary'); never a post."""
    words = _words(part)
    if not words or any(w in POST_WORDS for w in words):
        return False
    if " ".join(words) in _NAMES:
        return True
    printed = part.split()
    capitalised = all(w[:1].isupper() for w in printed if w.lower() not in _JOINING)
    return len(words) <= _NAME_WORDS and capitalised and words[-1] in _NAME_ENDS


def is_agency_cell(text: str) -> bool:
    """A cell naming only organisations, one or several ('Police', 'Early Help, Education')."""
    parts = [p for p in _LIST.split(" ".join(text.split())) if p.strip()]
    if not parts:
        return False
    whole = " ".join(_words(text))
    return whole in _NAMES or all(_agency(p) for p in parts)


def is_post_cell(text: str) -> bool:
    """A cell naming a post or a person ('Head of Safeguarding', 'Service Manager, Front Door',
    'Jane Smith'), no organisation alone."""
    if not text.strip() or is_agency_cell(text):
        return False
    return cell_type(text) in (CellType.person, CellType.owner_date)


def names_organisations(label: str) -> bool:
    """A header naming organisations ('Lead agency', 'Lead organisation', 'Contributing
    agencies'), whatever role its other words name."""
    return any(w in _HEADER_WORDS for w in _words(label))


def _share(cells: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [t for t in cells if t.strip()]
    if not filled:
        return 0.0
    return sum(1 for t in filled if test(t)) / len(filled)


def agency_column(label: str, cells: Sequence[str]) -> bool:
    """A column of agencies: most of its cells name only organisations, or its header names
    organisations and its cells hold no post or person."""
    if _share(cells, is_agency_cell) >= AGENCY_SHARE:
        return True
    return names_organisations(label) and _share(cells, is_post_cell) < 1 - AGENCY_SHARE


def people_column(label: str, cells: Sequence[str]) -> bool:
    """A column of posts or people, its header naming no organisation."""
    return not names_organisations(label) and _share(cells, is_post_cell) >= PEOPLE_SHARE
