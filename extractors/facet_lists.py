"""A search page's facet lists: filter options with their counts, which are no plan content.

A search results page prints, beside its hits, a column of filters: a heading ('Type',
'Status', 'Owner'), then one tick box per value with how many hits carry it:

    Owner
    ☐ Leon Fairweather (3)
    ☐ Priya Nandakumar (3)

The values are the plan's own words (its owners, its status words), so a card reader takes
the heading for a field's label and the options for its value, or glues an option onto the
title of the hit printed level with it. They say how many results match, never what an action
is: a run of such options, and the heading right over it, are left out before the layout is
read (without_facet_lists) and again before cards are read (without_facets).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import replace

from plantrace.pipeline.document import Line, Page, ParsedDocument

# '☐ Leon Fairweather (3)', '□ Needs attention (12)': an empty or ticked box, a value, a count
_OPTION = re.compile(r"^[\u2610\u2611\u2612\u25a1\u25a0\u274f\u2751]\s*\S.*\(\d{1,5}\)$")
# an option whose value wraps: '☐ Service Manager, Care Leavers' over '(3)'
_BOX_ONLY = re.compile(r"^[\u2610\u2611\u2612\u25a1\u25a0\u274f\u2751]\s*\S")
# the rest of a wrapped option: its value's last words, if any, and the count ('Social Care (3)')
_WRAP_END = re.compile(r"^[^\u2610\u2611\u2612\u25a1\u25a0\u274f\u2751]*\(\d{1,5}\)$")
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
        wrapped = {  # an option wrapped over two lines: box and value, then the rest and count
            i
            for k, i in enumerate(column[:-1])
            if not option[i]
            and _BOX_ONLY.match(lines[i].text.strip())
            and _WRAP_END.match(" ".join(lines[column[k + 1]].text.split()))
        }
        for k, i in enumerate(column):
            text = " ".join(lines[i].text.split())
            nxt = column[k + 1] if k + 1 < len(column) else None
            prev = column[k - 1] if k > 0 else None
            if option[i] or i in wrapped or prev in wrapped:
                found.add(i)
            # the heading over a list: a short line of no colon right over an option
            elif (
                nxt is not None and (option[nxt] or nxt in wrapped)
                and len(text.split()) <= HEAD_WORDS
                and ":" not in text and not _BOX_ONLY.match(text) and not _WRAP_END.match(text)
            ):  # fmt: skip
                found.add(i)
    return found


def without_facets(lines: Sequence[Line]) -> list[Line]:
    """The lines without a search page's facet lists (facet_lines); the lines as they are
    where there is none."""
    drop = facet_lines(lines)
    return list(lines) if not drop else [ln for i, ln in enumerate(lines) if i not in drop]


def without_facet_lists(doc: ParsedDocument) -> ParsedDocument | None:
    """The document with its pages' facet lists (facet_lines) taken out, or None where no page
    prints one. Taken out before the layout is read, not only before cards: a filter column
    printed level with the first hits lines up with them into an unruled table (a facet
    heading 'Status' read as a column header, an option glued to a hit's wrapped line), which
    swallows the hits it spans. One rule with the card reader's (without_facets)."""
    found = {page.number: facet_lines(page.lines) for page in doc.pages}
    if not any(found.values()):
        return None
    pages: list[Page] = []
    for page in doc.pages:
        gone = found[page.number]
        if not gone:
            pages.append(page)
            continue
        new = copy.copy(page)
        new.lines = [ln for i, ln in enumerate(page.lines) if i not in gone]
        pages.append(new)
    return replace(doc, pages=pages)
