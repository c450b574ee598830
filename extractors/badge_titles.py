"""A title opening with a type badge starts a block of its own: the line above is not its text.

A listing that tags each item with its kind (a search page's hits: a breadcrumb, then
`RECOMMENDATION Recommendation 2` in a larger link type, then the item's snippet) prints the
badge and the title on one line. A line's size is its first glyph's, so that line takes the
small badge's size, and the paragraph reader, finding it about the size of the path over it,
runs the path and the title into one paragraph (`Staff Hub > ... RECOMMENDATION
Recommendation 2`): the title is then no line of its own, and a recommendation listed as an
item whose title is its label is not read. Where a paragraph's later line opens with a badge
(type_badges) and its title words stand taller than the line above, the paragraph is cut
there: the title opens its own block, as it does where the type sizes differ more.
"""

from __future__ import annotations

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.type_badges import badge_word
from plantrace.pipeline.document import Line


def _height(line: Line) -> float:
    return max((w.bottom - w.top for w in line.words), default=0.0)


def _titled(line: Line, above: Line) -> bool:
    """The line opens with a type badge and its title (the words after the badge) is set
    taller than the line above: a new item's title, not a wrap of that line."""
    badge = badge_word(line)
    if badge is None:
        return False
    title = [w.bottom - w.top for w in line.words[1:]]
    return bool(title) and max(title) > _height(above) + 0.5


def split_badge_titles(elements: list[Element]) -> list[Element]:
    """Each paragraph cut before any of its later lines that opens with a type badge before a
    title set larger than the line above (see module doc); tables and other paragraphs as
    they are."""
    out: list[Element] = []
    for el in elements:
        if el.table is not None or el.raw is not None or len(el.lines) < 2:
            out.append(el)
            continue
        start = 0
        for i in range(1, len(el.lines)):
            if _titled(el.lines[i], el.lines[i - 1]):
                part = el.lines[start:i]
                out.append(Element(el.page, part[0].top, lines=part))
                start = i
        if start == 0:
            out.append(el)
        else:
            rest = el.lines[start:]
            out.append(Element(el.page, rest[0].top, lines=rest))
    return out
