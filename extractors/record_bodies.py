"""The free text under a one-record-a-page card's fields: the record's update.

A task or mail client prints each record memo style, a page per record: labelled fields
('Subject:', 'Due Date:', 'Status:', 'Owner:' ...) and, under them, the record's body with no
label at all. In a task list that body is where the owner writes how the task stands: the
action's progress. Left as a paragraph no action takes, the update was lost with no word.

Only a record whose own fields name the action (its action column is filled from a label) and
that has no progress field of its own takes its body so; a card whose free text is its title or
the action itself has that text in its action column and is not touched. Two records at least
must print a body, as a template does page after page; one stray paragraph is no convention.
A page holding several records (a thread of posts, a list of cards) is no memo: the text under a
card there is the next post's furniture ('Replies 6 Reposts 6 Likes 30'), never its update.
"""

from __future__ import annotations

import re
from collections import Counter

from plantrace.extractors.plan_columns import Element, PlanTable
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.layout import join_text

NOTE_LABEL = "(body)"  # the column a record's unlabelled body gives cards with no progress one
MIN_BODIES = 2  # records that print a body: a template's habit, not one stray paragraph
# a numbered item ('2.1 Hold ...', '3) ...') opens an action of its own, never a body
_NUMBERED = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*[.)]?|[A-Za-z][.)])\s+\S")


def adopt_record_bodies(elements: list[Element]) -> list[Element]:
    """The elements with each one-record-a-page card's body read as its progress note.

    elements: a plan's elements after its lone cards were read one a page. A paragraph under a
    one-row card table on the same page, before anything else, is that record's body."""
    from plantrace.extractors.plan_cards import field_line, is_card_table  # builds on this
    from plantrace.extractors.plan_recommendations import heading

    def is_body(el: Element) -> bool:
        return (
            el.table is None and el.raw is None and bool(el.lines)
            and not any(field_line(ln) is not None for ln in el.lines)
            and heading(el.text) is None and _NUMBERED.match(el.text) is None
        )  # fmt: skip

    found: list[tuple[PlanTable, list[Line]]] = []
    cards_on = Counter(
        el.page for el in elements if el.table is not None and is_card_table(el.table)
    )
    for k, el in enumerate(elements):
        t = el.table
        if t is None or not is_card_table(t) or len(t.rows) != 1 or "progress" in t.roles:
            continue
        if cards_on[el.page] > 1:  # several records a page (a thread, a list): no memo's body
            continue
        if "action" not in t.roles or not _filled(t, t.roles.index("action")):
            continue
        row = t.rows[0]
        bottom = max((c.bbox[3] for c in row.cells if c is not None and c.text.strip()), default=0)
        body: list[Line] = []
        for nxt in elements[k + 1 :]:
            if nxt.page != row.page or not is_body(nxt) or nxt.lines[0].bbox[1] < bottom - 1:
                break
            body.extend(nxt.lines)
        if body:
            found.append((t, body))
    if len(found) < MIN_BODIES:
        return elements
    taken: set[int] = set()
    for t, body in found:
        _give(t, body)
        taken.update(id(ln) for ln in body)
    return [el for el in elements if not (el.lines and all(id(ln) in taken for ln in el.lines))]


def _filled(t: PlanTable, col: int) -> bool:
    cell = t.rows[0].cells[col] if col < len(t.rows[0].cells) else None
    return cell is not None and bool(cell.text.strip())


def _give(t: PlanTable, body: list[Line]) -> None:
    """Set the body as the progress of the table's one row, in a column of its own."""
    t.roles.append("progress")
    t.labels.append(NOTE_LABEL)
    row = t.rows[0]
    while len(row.cells) < len(t.labels) - 1:
        row.cells.append(None)
    bbox = (
        min(ln.bbox[0] for ln in body), min(ln.bbox[1] for ln in body),
        max(ln.bbox[2] for ln in body), max(ln.bbox[3] for ln in body),
    )  # fmt: skip
    row.cells.append(Cell(text=join_text(ln.text for ln in body), bbox=bbox, lines=list(body)))
    if row.merged_above:
        row.merged_above.append(False)
