"""An owner merged down over two actions of one finding, in a table whose cells are centred
down their rows (holdout docx-vcentre-shared), cut by a page break.

Over a page break, its first lines centred on the first action at the page's foot, its last
centred on the second at the next page's top ('Principal SW, Team Manager, Care' | 'Leavers'):
read as two owners where the first part ended on no joining word (1-015 5.1/5.2). The first
part's last line wrapped there (the rest's first word would not have fitted on it) and the words
either side of the joint stand together in another cell of the column ('Team Manager, Care
Leavers & DCS'): one text, read whole for both actions
(extractors/plan_merged_cells._joined_over_break). Two owners of their own, whose joint no other
cell prints together, stay two.
"""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import ParsedDocument
from tests.pages import LEADING, PageBuilder


def _two_pages(first: str, rest: str) -> list[tuple[str | None, str | None]]:
    """An unruled table over two pages, its cells centred on their two-line actions: 1.1's
    owner 'Team Manager, Care' / 'Leavers & DCS'; 2.1, the first page's last row, beside the
    two lines 'Principal SW, Team' / first; 2.2, the next page's first row, beside rest."""
    cols = [45.0, 80.0, 300.0, 430.0]
    heads = ["Ref", "Action", "Lead officer", "Timescale"]
    pitch = 2 * LEADING + 12.0
    mid = LEADING / 2
    pages = []
    for number, rows in (
        (1, [("1.1", ("Team Manager, Care", "Leavers & DCS")), ("2.1", ("Principal SW, Team", first))]),
        (2, [("2.2", (rest,)), ("3.1", ("Workforce Lead",))]),
    ):  # fmt: skip
        b = PageBuilder(number=number)
        for x, head in zip(cols, heads, strict=True):
            b.styled(x, 100.0, head, bold=True)
        y = 124.0
        for ref, owner in rows:
            b.text(cols[1], y, f"Relaunch the supervision {ref}", "policy with a new template")
            b.text(cols[0], y + mid, ref)
            b.text(cols[3], y + mid, "Mar 2026")
            b.text(cols[2], y + mid - (len(owner) - 1) * mid, *owner)
            y += pitch
        pages.append(b.build())
    doc = ParsedDocument(path="c.pdf", sha256="f" * 64, pages=pages)
    return [(a.ref, a.owner) for a in extract_plan(doc).actions]


def test_centred_owner_cut_between_rows_where_it_wrapped_is_read_whole() -> None:
    shared = "Principal SW, Team Manager, Care Leavers"
    assert _two_pages("Manager, Care", "Leavers") == [
        ("1.1", "Team Manager, Care Leavers & DCS"),
        ("2.1", shared),
        ("2.2", shared),
        ("3.1", "Workforce Lead"),
    ]


def test_owners_of_their_own_parted_by_the_page_stay_two() -> None:
    """'Care' | 'Quality Lead': the wrap alone (no word fits after a full line) says nothing,
    and no cell prints 'Care Quality'."""
    assert _two_pages("Manager, Care", "Quality Lead") == [
        ("1.1", "Team Manager, Care Leavers & DCS"),
        ("2.1", "Principal SW, Team Manager, Care"),
        ("2.2", "Quality Lead"),
        ("3.1", "Workforce Lead"),
    ]
