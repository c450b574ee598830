"""A search page's facet lists: filter options with their counts, which are no plan content.

A search results page prints, beside its hits, a column of filters: a heading ('Type',
'Status', 'Owner'), then one tick box per value with how many hits carry it:

    Owner
    ☐ Leon Fairweather (3)
    ☐ Priya Nandakumar (3)

The values are the plan's own words (its owners, its status words), so a card reader takes
the heading for a field's label and the options for its value, or glues an option onto the
title of the hit printed level with it. They say how many results match, never what an action
is: a run of such options, and the heading right over it, are left out before cards are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.pipeline.document import Line

# '☐ Leon Fairweather (3)', '□ Needs attention (12)': an empty or ticked box, a value, a count
_OPTION = re.compile(r"^[\u2610\u2611\u2612\u25a1\u25a0\u274f\u2751]\s*\S.*\(\d{1,5}\)$")
# an option whose value wraps: '☐ Service Manager, Care Leavers' over '(3)'
_BOX_ONLY = re.compile(r"^[\u2610\u2611\u2612\u25a1\u25a0\u274f\u2751]\s*\S")
_COUNT = re.compile(r"^\(\d{1,5}\)$")
MIN_OPTIONS = 3  # a facet list offers a few values; one ticked line is a checklist item
HEAD_WORDS = 3  # a facet's heading is a word or two ('Type', 'Assigned to')
COLUMN_SLACK = 4.0  # points: the options of one list start at one left edge


def facet_lines(lines: Sequence[Line]) -> set[int]:
    """Indexes (into lines) of the facet lists' options, their wrapped counts and headings:
    runs of MIN_OPTIONS or more options ('☐ value (n)') at one left edge. Empty where the
    lines print no such run."""
    option = [bool(_OPTION.match(" ".join(ln.text.split()))) for ln in lines]
    if sum(option) < MIN_OPTIONS:
        return set()
    found: set[int] = set()
    # options of one list share a column's left edge: group by it
    edges: dict[int, list[int]] = {}
    for i, ok in enumerate(option):
        if ok:
            edges.setdefault(round(lines[i].x0 / COLUMN_SLACK), []).append(i)
    for idx in edges.values():
        if len(idx) < MIN_OPTIONS:
            continue
        x0 = lines[idx[0]].x0
        column = [
            i for i, ln in enumerate(lines)
            if abs(ln.x0 - x0) <= COLUMN_SLACK and ln.page == lines[idx[0]].page
        ]  # fmt: skip
        for k, i in enumerate(column):
            text = " ".join(lines[i].text.split())
            if option[i]:
                found.add(i)
                continue
            nxt = column[k + 1] if k + 1 < len(column) else None
            prev = column[k - 1] if k > 0 else None
            # an option wrapped over two lines: its box and value, then its count alone
            if (
                _BOX_ONLY.match(text)
                and nxt is not None
                and _COUNT.match(lines[nxt].text.strip())
                or _COUNT.match(text)
                and prev is not None
                and _BOX_ONLY.match(lines[prev].text)
            ):
                found.add(i)
            # the heading over a list: a short line of no colon right over an option
            elif (
                nxt is not None and option[nxt] and len(text.split()) <= HEAD_WORDS
                and ":" not in text and not _BOX_ONLY.match(text)
            ):  # fmt: skip
                found.add(i)
    return found


def without_facets(lines: Sequence[Line]) -> list[Line]:
    """The lines without a search page's facet lists (facet_lines); the lines as they are
    where there is none."""
    drop = facet_lines(lines)
    return list(lines) if not drop else [ln for i, ln in enumerate(lines) if i not in drop]
