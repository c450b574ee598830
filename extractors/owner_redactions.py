"""Owners withheld from a disclosure: a black box over the name, or an exemption code in its place.

A plan released under the Freedom of Information Act (or sent out with personal data taken out)
prints each withheld name as a mark: a filled black box, often with the exemption cited in it in
white ('s.40(2)'), or '[REDACTED]', '[name withheld]', 'XXXX'. The mark is no owner: read as one,
every redacted action is led by 's.40(2)', and the coverage report counts a lead who does not
exist. The one owner normaliser (pipeline/normalise/owners.py, is_withheld) knows the marks'
words; this module adds the geometry a PDF gives (a cell filled black, whatever is written in it)
and says how many owners were withheld, so that coverage by owner reads as unknown for those
actions, not as 'no owner'.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.owners import is_withheld

# the darkest a cell's fill may be and still be a background under dark text: a redaction box is
# black or nearly (a navy or dark green header fill is brighter than this)
_BLACK = 0.12


def blacked_out(cell: Cell | None) -> bool:
    """A cell filled black or nearly: a redaction box over what it held. Dark text on it could not
    be read, so what it holds (an exemption code in white, or the name under a box drawn over
    it) is no value given."""
    if cell is None or not cell.fill or len(cell.fill) != 7 or not cell.fill.startswith("#"):
        return False
    try:
        r, g, b = (int(cell.fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    except ValueError:
        return False
    return 0.2126 * r + 0.7152 * g + 0.0722 * b <= _BLACK


def blacked_out_at(row: Row, c: int | None) -> bool:
    """The row's cell in column c is blacked out (no cell, or no column: not)."""
    return c is not None and c < len(row.cells) and blacked_out(row.cells[c])


def withheld_owner_at(row: Row, c: int) -> bool:
    """The row's owner cell (column c) withholds its owner."""
    return c < len(row.cells) and withheld_owner(row.cells[c], row.text(c))


def withheld_owner(cell: Cell | None, text: str) -> bool:
    """An owner cell that withholds its owner: blacked out, or holding only a redaction mark."""
    return blacked_out(cell) or is_withheld(text)


def withheld_owner_count(tables: Sequence[PlanTable]) -> int:
    """How many data rows of the plan's tables hold a withheld owner in their owner column."""
    n = 0
    for t in tables:
        for c in t.cols("owner"):
            for row in t.rows:
                if row.section or c >= len(row.cells) or row.cells[c] is None:
                    continue
                if row.merged_above and c < len(row.merged_above) and row.merged_above[c]:
                    continue  # one merged cell counted once
                if withheld_owner(row.cells[c], row.text(c)):
                    n += 1
    return n


def owner_warnings(
    tables: Sequence[PlanTable], actions: Sequence[Action], ownerless: list[ExtractionWarning]
) -> list[ExtractionWarning]:
    """The warnings on owners: plan_owners_redacted where owners were withheld, said in place of
    the generic ownerless warning (`ownerless`, plan_owners_unread) when the withheld owners
    are all the actions' missing owners (then no owner was printed to read); beside it when
    actions also lack an owner with no mark, which may be owners not read."""
    withheld = withheld_owner_count(tables)
    if not withheld or not actions:
        return ownerless
    page = next((t.page for t in tables if t.cols("owner")), actions[0].provenance.page)
    unowned = sum(1 for a in actions if not a.owner)
    out = [ExtractionWarning(
        code="plan_owners_redacted",
        message=f"{withheld} owner(s) are withheld (a black box or a redaction mark such as"
        " 's.40(2)' in the owner's place) and read as no owner: who leads those actions is not"
        " in the document, so coverage by owner is unknown for them, not 'no owner'",
        page=page,
    )]  # fmt: skip
    if unowned > withheld:
        out += ownerless
    return out
