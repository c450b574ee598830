"""Boxes of 'label | value' rows that state the recommendation a page or section answers.

A board report, a highlight report or a delivery plan often opens each page (or section) with a
boxed summary: the recommendation beside its label ('R2 | Improve ...', 'Inspectors'
recommendation 2 | ...'), then rows that describe it (its senior officer, an overall rating, a
count of milestones not reported). Such a box is the section's heading: the tables below it
answer that recommendation until the next box or heading. Its other rows are context, not
actions, and its rating is not an action's.

The box is known by its shape, not by its words: every row two filled cells, the left one a
short label; the recommendation's row is the one whose label ends in a number and whose value is
a sentence. The cell boundary stands in for the colon or dash a heading would print, so the
label may be any words ('Recommendation no. 3', 'Finding 3', 'R3'). A table of several such rows
is a list of recommendations, not the box of one (box_list).
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import header_role
from plantrace.extractors.plan_recommendations import MIN_WORDS, heading, numbered_from_one
from plantrace.pipeline.document import Cell, Table

# a label cell ending in the recommendation's number: 'R2', 'Recommendation no. 2',
# "Inspectors' recommendation (2):"; the words before it are the label, whatever they are
_NUMBERED_LABEL = re.compile(
    r"^(?P<label>\D{0,60}?)\s*\(?(?P<num>\d{1,2}|[A-Z]{1,2}\d{1,2})\)?\s*[.:\-–—]?\s*$"
)
LABEL_WORDS = 5  # a box's label is a few words; more is a sentence in a two-column table
# label roles (plan_columns' header vocabulary) that name a recommendation or what a plan calls
# one; a label naming an action's field ('Action 2', 'Milestone 2') is an action card's
_RECOMMENDATION_ROLES = (None, "rec", "recommendation_text", "theme")

Stated = tuple[str, str]  # (number as printed, text)


def box_rows(t: Table) -> list[tuple[Cell, Cell]] | None:
    """The (label, value) pairs of a box: at least two rows, each of exactly two filled cells
    whose left one is a short label; else None (a grid, a banner, a table of prose)."""
    pairs: list[tuple[Cell, Cell]] = []
    for row in t.rows:
        cells = [c for c in row if c is not None and c.text.strip()]
        if len(cells) != 2 or len(cells[0].text.split()) > LABEL_WORDS:
            return None
        pairs.append((cells[0], cells[1]))
    return pairs if len(pairs) >= 2 else None


def stated_in_row(label: str, value: str) -> Stated | None:
    """(number, text) when a label | value row states a numbered recommendation: the label
    ends in the number and the value is a sentence ('R2' | 'Improve the ...'); or the value is
    itself a numbered heading beside a label of no number ('Recommendation' | '2. Improve ...')."""
    label, value = " ".join(label.split()), " ".join(value.split())
    m = _NUMBERED_LABEL.match(label)
    if m is None:
        h = heading(value)
        return h if h is not None and header_role(label) in _RECOMMENDATION_ROLES else None
    words = m.group("label").strip()
    if words and header_role(words) not in _RECOMMENDATION_ROLES:
        return None  # 'Action 2', 'Milestone 2': an action card's label
    if len(value.split()) < MIN_WORDS or not value[:1].isupper():
        return None
    return m.group("num"), value


def _stated_rows(t: Table) -> list[Stated] | None:
    pairs = box_rows(t)
    if pairs is None:
        return None
    return [s for label, value in pairs if (s := stated_in_row(label.text, value.text))]


def box_recommendation(t: Table) -> Stated | None:
    """The one recommendation a box states, with the rows that describe it; None when the
    table is no box or states none or several (a list of them: box_list)."""
    stated = _stated_rows(t)
    if not stated or len(stated) != 1:
        return None
    return stated[0]


def box_list(t: Table) -> list[Stated]:
    """The recommendations a table of 'label N | sentence' rows lists, numbered from one; a
    header row of no number is passed over. Empty for a box of one, or any other table."""
    stated = _stated_rows(_without_header(t))
    if not stated or len(stated) < 2 or len(stated) != len(_without_header(t).rows):
        return []
    return stated if numbered_from_one([_digits(n) for n, _ in stated]) else []


def _without_header(t: Table) -> Table:
    """The table less a first row that states nothing (its column headers)."""
    first = [c for c in t.rows[0] if c is not None and c.text.strip()] if t.rows else []
    if len(first) == 2 and stated_in_row(first[0].text, first[1].text) is None and len(t.rows) > 2:
        return Table(page=t.page, bbox=t.bbox, rows=t.rows[1:], ruled=t.ruled)
    return t


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)
