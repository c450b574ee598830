"""Fields a plan prints once above the actions they hold for, not in each action's own row.

Two such fields, both read by where they stand, not by one layout's words:
- a DUE-DATE HEADING over a group of actions ('By March 2027', 'Autumn 2026', and a last group
  under 'Ongoing'): a plan listing its actions by when they will be done prints each date once,
  as the heading of its group. Headings of one style that name dates (two at least: one dated
  heading is a title's year, not a grouping) give the actions under them their due date, up
  to the next heading of their level or above that names none.
- a TAG over one action naming the recommendation it answers ('Recommendation 2', a chip set
  right above the action's card): the action's printed link, as a Rec cell would be.

Pure functions over the plan's elements (extractors.plan_columns.read_layout); extract_plan
applies what they find to the actions it reads from each table.
"""

from __future__ import annotations

import re
from collections import Counter

from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.pipeline.normalise.dates import OPEN_ENDED, parse_due

MAX_DUE_HEADING_WORDS = 6  # 'By the end of March 2027'; a longer line is a sentence
MAX_TAG_CHARS = 40
MIN_DATED_HEADINGS = 2  # one dated heading is a title ('Our plan for 2026'), not a grouping
SAME_SIZE = 0.5  # points: font sizes this close are one heading level
LARGER = 2.0  # points over the body size: a line set this much larger is a heading

# a tag naming a recommendation alone: a word or few and its number ('Recommendation 2',
# 'Rec. 3', 'Priority (4)', 'R2'); nothing after the number but a closing sign
_TAG = re.compile(
    r"^\s*(?:[A-Za-z][A-Za-z'’.]*\s+){0,3}(?:no\.?\s*|#\s*)?\(?[A-Z]?\d{1,2}\)?\s*[:.]?\s*$"
)


def _one_line(el: Element) -> str | None:
    """The text of a paragraph of one line, else None."""
    if el.table is not None or el.raw is not None or len(el.lines) != 1:
        return None
    return " ".join(el.lines[0].text.split())


def _style(el: Element) -> tuple[bool, int]:
    first = el.lines[0]
    return first.bold, round(first.font_size)


def _body_size(elements: list[Element]) -> float:
    """The font size most of the plan's paragraph lines are set in."""
    sizes = Counter(round(ln.font_size) for el in elements if el.table is None for ln in el.lines)
    return float(sizes.most_common(1)[0][0]) if sizes else 0.0


def _headed(el: Element, body: float) -> bool:
    """A line set as a heading: bold, or larger than the body text (a styled heading that is
    coloured and large but not bold)."""
    first = el.lines[0]
    return first.bold or first.font_size >= body + LARGER


def _due_heading(el: Element, body: float) -> str | None:
    """The heading's text where it is a heading line naming only a date or a period ('By March
    2027', 'Q3 2026') or an open timescale ('Ongoing'), else None. A field ('Due: March') is
    no heading: its colon labels the date of one thing."""
    text = _one_line(el)
    if text is None or not _headed(el, body) or ":" in text or text.endswith("."):
        return None
    if len(text.split()) > MAX_DUE_HEADING_WORDS:
        return None
    if OPEN_ENDED.fullmatch(text) or parse_due(text) is not None:
        return text
    return None


def _closes(el: Element, size: float, body: float) -> bool:
    """A heading at the due headings' level or above: the group it starts is no date's."""
    text = _one_line(el)
    if text is None or not _headed(el, body) or text.endswith((".", ":")):
        return False
    return el.lines[0].font_size >= size - SAME_SIZE


def due_groups(elements: list[Element]) -> dict[int, str]:
    """The due date each action table stands under, by the table's index in elements: the
    text of the date heading above it ('By March 2027'), as printed.

    Only headings of a style that at least two dated headings share count: the plan groups its
    actions by date. An open timescale in that style ('Ongoing') heads a group of its own; a
    heading of their size or larger naming no date ends the last group."""
    body = _body_size(elements)
    found = {
        i: text for i, el in enumerate(elements) if (text := _due_heading(el, body)) is not None
    }
    dated: dict[tuple[bool, int], int] = {}
    for i, text in found.items():
        if parse_due(text) is not None:
            style = _style(elements[i])
            dated[style] = dated.get(style, 0) + 1
    styles = {s for s, n in dated.items() if n >= MIN_DATED_HEADINGS}
    out: dict[int, str] = {}
    current: str | None = None
    size: float | None = None
    for i, el in enumerate(elements):
        if i in found and _style(el) in styles:
            current, size = found[i], el.lines[0].font_size
        elif size is not None and _closes(el, size, body):
            current, size = None, None
        elif el.table is not None and el.table.kind == ACTION_TABLE and current is not None:
            out[i] = current
    return out


def _tag_text(el: Element) -> str | None:
    """The text of a short line or a one-cell box (a chip) naming a recommendation alone."""
    if el.raw is not None:
        cells = [c for r in el.raw.rows for c in r if c is not None]
        text = " ".join(cells[0].text.split()) if len(cells) == 1 else None
    else:
        text = _one_line(el)
    if text is None or len(text) > MAX_TAG_CHARS or _TAG.match(text) is None:
        return None
    return text


def tag_links(elements: list[Element], skip: set[int]) -> dict[int, str]:
    """The tag printed right above each action table ('Recommendation 2'), by the table's
    index in elements: the link the plan prints for the actions in it. A line in skip (read
    as a recommendation's heading, which scopes a section of its own) is no tag."""
    out: dict[int, str] = {}
    for i in range(1, len(elements)):
        el, above = elements[i], elements[i - 1]
        if el.table is None or el.table.kind != ACTION_TABLE or i - 1 in skip:
            continue
        if above.page == el.page and (text := _tag_text(above)) is not None:
            out[i] = text
    return out
