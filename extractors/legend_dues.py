"""Dues a legend gives the headings of a board: 'Now = by the end of August 2025' (legend_dues).

A roadmap board sets its actions in columns (or groups) headed by a name ('Now', 'Next',
'Later', 'Phase 2') and prints no due on most of them: a legend beside the board defines when
each heading ends, `<name> = <date>`. An action under such a heading is due then, unless it
prints a date of its own (the box's own date overrides its column's).

The evidence is the legend's definitions and the headings themselves: a line that is exactly a
defined name, standing above the actions. Each action with no due of its own takes the date of
the nearest such heading above it in its column (the heading whose left edge is nearest the
action's, on its page above it, or, for a column run over onto a later page without its
heading, on an earlier page). Two definitions at least, each a date the date normaliser reads,
and the heads of two of them printed: one '<word> = <date>' line is a sentence, not a legend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.text_keys import caseless_key

# a legend's definition: a short name, an equals sign, the date it stands for ('by the end of
# August 2025'); a bullet before the name is left off
_DEFINITION = re.compile(r"^[\W_]*(?P<name>[^\W\d_][\w '’&/-]{0,30}?)\s*=\s*(?P<date>\S.{2,60})$")
# the preposition a definition opens its date with: the due is the date itself
_BY = re.compile(r"^(?:by|until|till)\s+(?:the\s+)?", re.I)
MIN_DEFINED = 2  # definitions a legend gives at least
MIN_HEADS = 2  # of its names, printed as headings at least


def _definitions(pages: Sequence[Page]) -> dict[str, str]:
    """name (casefolded) -> the date it is defined as, from the plan's legend lines."""
    out: dict[str, str] = {}
    for page in pages:
        for ln in page.lines:
            m = _DEFINITION.match(ln.text.strip())
            if m is None:
                continue
            date = _BY.sub("", m.group("date").strip().rstrip(".;,"))
            if parse_due(date) is not None:
                out.setdefault(caseless_key(m.group("name")), date)
    return out


def _heads(pages: Sequence[Page], names: dict[str, str]) -> list[Line]:
    """The lines that are a defined name alone: the headings of the board's columns."""
    return [ln for page in pages for ln in page.lines if caseless_key(ln.text) in names]


def _head_of(draft: Draft, heads: Sequence[Line]) -> Line | None:
    """The heading the action stands under: in its column (the head whose left edge is nearest
    the action's), the last above it, on its page or an earlier one."""
    x0, top = draft.row.bbox[0], draft.row.bbox[1]
    page = draft.row.page
    above = [h for h in heads if h.page < page or (h.page == page and h.bbox[3] <= top + 1)]
    if not above:
        return None
    near = min(abs(h.bbox[0] - x0) for h in above)
    column = [h for h in above if abs(h.bbox[0] - x0) <= near + 2.0]
    # a head much nearer another column's edge than this action's is no head of it
    edges = sorted({round(h.bbox[0]) for h in heads})
    pitch = min((b - a for a, b in zip(edges, edges[1:], strict=False) if b - a > 4), default=None)
    if pitch is not None and near > pitch / 2:
        return None
    return max(column, key=lambda h: (h.page, h.bbox[1]))


def legend_dues(drafts: Sequence[Draft], pages: Sequence[Page]) -> None:
    """Each action with no due of its own gets the date the legend defines for the heading it
    stands under (its column's or group's), as the legend prints it ('end of August 2025')."""
    if not any(d.due_raw is None for d in drafts):
        return
    names = _definitions(pages)
    if len(names) < MIN_DEFINED:
        return
    heads = _heads(pages, names)
    if len({caseless_key(h.text) for h in heads}) < MIN_HEADS:
        return
    for d in drafts:
        if d.due_raw is not None:
            continue
        head = _head_of(d, heads)
        if head is not None:
            d.due_raw = names[caseless_key(head.text)]
