"""A table row whose cells hold parallel lists (the actions as bullets in one cell, their leads
and dates as lists beside it) is read as a row per item; a two-tier header (a group label over
two columns, the others merged down) is read as one row of labels.

The layout here is not any generated family's: bullets not numbers, a 'Delivery' group over
'Who' | 'When', an unlabelled priority merged down, no status column.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.tables import flatten_tiered_header, lattice_tables, split_parallel_lists
from tests.pages import LEADING, PageBuilder, texts

_ITEM = re.compile(PLAN_VOCAB["cell_types"]["list_item"])
XS = [40.0, 180.0, 360.0, 460.0, 540.0]
GAP = 4.0  # list spacing between items


def _page(priority: tuple[str, ...]) -> PageBuilder:
    b = PageBuilder()
    ys = [60.0, 76.0, 92.0, 175.0]
    b.styled(44, 64, "Priority")
    b.styled(184, 64, "Steps we will take")
    b.styled(364, 64, "Delivery")
    b.styled(364, 80, "Who")
    b.styled(464, 80, "When")
    b.text(44, 96, *priority)
    item = 2 * LEADING + GAP
    b.text(184, 96, "• Hold a weekly panel on", "children on the edge of care")
    b.text(184, 96 + item, "• Train every team in", "family network meetings")
    b.text(184, 96 + 2 * item, "• Publish a short guide", "for families and schools")
    b.text(364, 96, "Head of Early", "Help")
    b.text(364, 96 + item, "Principal Social Worker")
    b.text(364, 96 + 2 * item, "Team Manager")
    b.text(464, 96, "June 2026")
    b.text(464, 96 + item, "Sept 2026")
    b.text(464, 96 + 2 * item, "Dec 2026")
    # 'Priority' and 'Steps' merged down over both header tiers; 'Delivery' over Who | When
    b.grid(XS, ys, skip_h=[(1, 0), (1, 1)], skip_v=[(0, 3)])
    return b


def test_parallel_lists_read_as_a_row_per_item() -> None:
    page = _page(("Keep children safe at", "home and reduce the", "need for care")).build()
    [table] = lattice_tables(page)
    table = split_parallel_lists(flatten_tiered_header(table), _ITEM)
    assert texts(table) == [
        ["Priority", "Steps we will take", "Who", "When"],
        ["Keep children safe at home and reduce the need for care",
         "• Hold a weekly panel on children on the edge of care", "Head of Early Help",
         "June 2026"],
        [None, "• Train every team in family network meetings", "Principal Social Worker",
         "Sept 2026"],
        [None, "• Publish a short guide for families and schools", "Team Manager", "Dec 2026"],
    ]  # fmt: skip


def test_parallel_list_rows_become_actions_with_their_lead_and_date() -> None:
    page = _page(("Keep children safe at", "home and reduce the", "need for care")).build()
    [el] = [
        e for e in read_layout(ParsedDocument("x.pdf", "0" * 64, [page])) if e.table is not None
    ]
    assert el.table is not None
    t = el.table
    assert t.kind == "action" and t.labels == ["Priority", "Steps we will take", "Who", "When"]
    owner, due = t.roles.index("owner"), t.roles.index("due")
    assert [(r.text(owner), r.text(due)) for r in t.rows] == [
        ("Head of Early Help", "June 2026"),
        ("Principal Social Worker", "Sept 2026"),
        ("Team Manager", "Dec 2026"),
    ]


def test_one_cell_of_bullets_after_a_lead_in_stays_one_row() -> None:
    """Bullets under a lead-in sentence are parts of one action, though the cells beside it
    have as many lines."""
    b = PageBuilder()
    ys = [60.0, 76.0, 140.0]
    for x, h in zip(XS, ["Action", "Lead", "By", "Board"], strict=False):
        b.styled(x + 4, 64, h)
    b.text(44, 80, "Widen the offer to carers:", "• respite weekends", "• peer mentors")
    b.text(184, 80, "Head of Service,", "Fostering", "and Adoption")
    b.text(364, 80, "Offer agreed", "by Dec 2026", "(review)")
    b.text(464, 80, "Corporate", "Parenting", "Panel")
    b.grid(XS, ys)
    [table] = lattice_tables(b.build())
    assert split_parallel_lists(table, _ITEM) is table
