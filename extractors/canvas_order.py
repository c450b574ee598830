"""Actions placed side by side on a drawn page: the page's refs give their order, not its rows.

A page drawn on the canvas (a cause-and-effect chart with its fixes at the ends of bones above
and below a spine, a map whose stops are labelled above and below the line in turn, a board of
notes set in two rows) places each action where the drawing has room for it, not in a list.
Read row by row, such a page gives its actions as 1.1, 1.3, then 1.2, 1.4: the order of the
drawing's places, not the plan's. The refs are the plan's order.

Evidence, not template words: on one page, two of the actions' titles or more stand level (sharing
half a line's height at least: a title wrapped longer may start higher) and side by side (neither overlapping the other across), so the
page is a layout of places rather than a list or a table's rows (a table's rows never stand
level); and the refs of that page's actions number them in parts ('2.3'), each once
(plan_actions.numbered_in_parts, gaps allowed: an action missed says nothing of the order).
Only then are that page's actions put in their refs' order, an action read with no ref moving
with the one read before it; the pages keep their order. A page whose refs are not so numbered
keeps its printed order (said, where it steps back, by ref_order).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft, numbered_in_parts
from plantrace.pipeline.document import Cell

LEVEL = 0.5  # font sizes: titles sharing this much of their height stand level


def in_page_ref_order(drafts: list[Draft]) -> list[Draft]:
    """The actions with each drawn page's (see the module's docstring) in its refs' order; a
    section carried over from a drawn page onto the next (_carried_over) in its refs' order
    across the break."""
    pages: list[list[Draft]] = []
    for d in drafts:
        if pages and d.row.page == pages[-1][-1].row.page:
            pages[-1].append(d)
        else:
            pages.append([d])
    drawn = [_drawn(p) for p in pages]
    pages = [_ordered(p) if k else p for p, k in zip(pages, drawn, strict=True)]
    for i in range(len(pages) - 1):
        if drawn[i]:
            pages[i], pages[i + 1] = _carried_over(pages[i], pages[i + 1])
    return [d for p in pages for d in p]


def _carried_over(page: list[Draft], nxt: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """A drawn page's last section carried on at the top of the next page (a matrix's row of
    boxes continued under 'Recommendation 3 (continued)'), its actions put in their refs' order
    across the break. Why: the grid deals a section's actions over its columns, each column a
    stack; a stack too tall for the page goes on over the page, so a section read page by page
    gave 3.1, 3.3, then 3.2, 3.4. Only where the next page opens in the same section and the
    refs of that section's actions on both pages number them in parts, each once."""
    section = page[-1].section
    if section is None or nxt[0].section != section:
        return page, nxt
    cut = len(page)
    while cut > 0 and page[cut - 1].section == section:
        cut -= 1
    end = 0
    while end < len(nxt) and nxt[end].section == section:
        end += 1
    joined = _by_refs(page[cut:] + nxt[:end])
    if joined is None:
        return page, nxt
    head = joined[: len(page) - cut]
    tail = joined[len(page) - cut :]
    # each action stays on a page's side of the list; the pages' parts keep their sizes
    return page[:cut] + head, tail + nxt[end:]


def _drawn(page: list[Draft]) -> bool:
    return _side_by_side([c for d in page if (c := _title(d)) is not None])


def _ordered(page: list[Draft]) -> list[Draft]:
    return _by_refs(page) or page


def _by_refs(page: list[Draft]) -> list[Draft] | None:
    """The actions in their refs' order, an action with no ref moving with the one before it;
    None where the refs do not number them in parts, each once."""
    lead = 0
    while lead < len(page) and page[lead].ref is None:
        lead += 1
    groups: list[list[Draft]] = []
    for d in page[lead:]:
        if d.ref is None and groups:
            groups[-1].append(d)
        else:
            groups.append([d])
    keys = numbered_in_parts([g[0].ref for g in groups], whole=False)
    if keys is None:
        return None
    order = sorted(range(len(groups)), key=keys.__getitem__)
    return page[:lead] + [d for i in order for d in groups[i]]


def _title(d: Draft) -> Cell | None:
    """The action's first cell with words: its title (a card's) or its first column's cell."""
    return next((c for c in d.row.cells if c is not None and c.text.strip() and c.lines), None)


def _side_by_side(cells: Sequence[Cell]) -> bool:
    """Two of the cells stand level (sharing some height) and apart across."""
    for i, a in enumerate(cells):
        size = a.lines[0].font_size or 8.0
        for b in cells[i + 1 :]:
            level = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1]) >= LEVEL * size
            apart = a.bbox[2] <= b.bbox[0] or b.bbox[2] <= a.bbox[0]
            if level and apart:
                return True
    return False
