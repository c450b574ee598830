"""A recommendation's number printed as a superscript mark after an action's text.

A plan that lists every action in one table, not grouped under its recommendations, may link
each action by a small raised number after its text ('... the partnership²'), the
recommendations listed, numbered, elsewhere on the page ('The recommendations referred to
above: 1. ... 2. ...'). The reader keeps such a mark as superscript digits glued to the word it
is raised after (pipeline.reader._seat_raised_marks), so it is told from the text's own numbers
('seventy-two hours', '2027') by its shape alone, never by its value.

A mark is no part of the action's text: it is taken off every action that ends in one. It is
the action's printed link (read as a Rec cell would be) where its number is one the plan lists
and the action has no link printed otherwise; a mark naming no listed recommendation (a
footnote's) links nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft

_SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_SUPERS, "0123456789")
# the mark ending the text, a closing stop or bracket printed before it or after it
_TAIL_MARK = re.compile(rf"(?<=\S)([{_SUPERS}]{{1,2}})(?=[.;:,)]?\s*$)")


def split_mark_links(drafts: Sequence[Draft], numbers: Sequence[str]) -> None:
    """Each action's text ending in a superscript mark loses the mark; the mark becomes the
    action's printed link where it names a recommendation the plan lists and none is printed
    otherwise (a Rec column, a section heading's number)."""
    listed = {n.strip() for n in numbers}
    for d in drafts:
        m = _TAIL_MARK.search(d.text)
        if m is None:
            continue
        number = m.group(1).translate(_DIGITS).lstrip("0") or "0"
        d.text = (d.text[: m.start()] + d.text[m.end() :]).rstrip()
        if number in listed and d.rec_cell is None and d.section is None:
            d.rec_cell = number
