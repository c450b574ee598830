"""Actions numbered by section ('1.1' .. '5.3') under headings naming each section's number,
yet no recommendation read: the plan's statement of its recommendations went unread.

A plan numbers its actions by the recommendation they answer and heads each section with that
number in words of its own ('Ofsted said - number 2', 'What needs to change 3'). Where no
recommendation was read at all, every action links to none and the coverage report would show
the plan answering nothing, without a word. The evidence that the sections are numbered, not
merely the refs, is a short line outside every table ending with each section's number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning

_SECTION_REF = re.compile(r"^\s*(?P<num>\d{1,2})\.\d{1,2}[.)]?\s*$")
_NUMBER_END = re.compile(r"(?<![\d.])(?P<num>\d{1,2})\s*[:.)]?\s*$")
HEADING_WORDS = 8  # a section's heading is a short line, not a sentence
MIN_ACTIONS = 3


def unlinked_section_warnings(
    actions: Sequence[Action], elements: Sequence[Element], recommendations_read: bool
) -> list[ExtractionWarning]:
    """A plan_links_unread warning where no recommendation was read, every action's ref numbers
    its section ('2.1'), two sections or more, and each section's number ends a short line
    outside the tables (its heading): the recommendations those headings name went unread."""
    if recommendations_read or len(actions) < MIN_ACTIONS:
        return []
    if any(a.recommendations for a in actions):
        return []
    found = [_SECTION_REF.match(a.ref or "") for a in actions]
    if None in found:
        return []
    sections = {m.group("num").lstrip("0") for m in found if m is not None}
    if len(sections) < 2:
        return []
    headed = {
        m.group("num").lstrip("0")
        for el in elements
        if el.table is None and el.raw is None
        for ln in el.lines
        if len(ln.text.split()) <= HEADING_WORDS and (m := _NUMBER_END.search(ln.text))
    }
    if not sections <= headed:
        return []
    shown = ", ".join(sorted(sections, key=int))
    return [ExtractionWarning(
        code="plan_links_unread",
        message=f"{len(actions)} actions are numbered by section ({shown}) under headings"
        " naming each section's number, but no recommendation was read: the plan's statement"
        " of them is in a form not recognised, so no action links to one; check the"
        " recommendations read",
        page=actions[0].provenance.page if actions[0].provenance else None,
    )]  # fmt: skip
