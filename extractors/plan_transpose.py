"""Tables printed with their header column on the LEFT: one field per row, one item per column.

Councils often print an action as a small 'card' table: 'Action no.', 'Improvement action',
'Action owner', 'Due by' down the first column, the values beside them; several actions side by
side make a table of one action per column. Such a table has no header row, so the plan reader
(plan_columns.read_header) finds no plan columns in it. Read with its rows as columns it is an
ordinary action table, and the header vocabulary, column_roles and plan_actions apply unchanged.

What makes the first column a column of field labels (nothing here knows any template's words):
- its cells read as headers do: short, most of them naming a role in the header vocabulary
  (plan_columns.row_roles), or set apart as a header is (bold, shaded) with a known role or two;
- with two or more items side by side, each row's values share one kind of content (a row of
  dates, a row of people, a row of status words: cell_types), more than each column's do.
  A table the right way up is the other way round: its columns are of one kind, its rows mixed;
- with one item (two columns) there is no row to compare, and a 'label | value' table is
  mostly a card whose action is the title above it (plan_cards.adopt_table_cards): only a table
  that holds the item's own text in a labelled row (an action, an indicator) is read here.

A Word row may break over a page: its rest opens the next piece with an empty label cell and
is joined to the row above; the next piece's further rows are further fields of the same items
(see continues).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import (
    Row,
    header_label,
    is_header,
    label_header,
    row_roles,
    styled_cells,
)
from plantrace.pipeline.document import BBox, Cell, Table
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import owner_grid, same_columns

# kinds of content a row of values shares: a date and an open-ended timescale are both 'when',
# a person and a board both 'who', a sentence and a short phrase both words
_CLASS: dict[CellType, str] = {
    CellType.date: "when", CellType.open_date: "when", CellType.person: "who",
    CellType.body: "who", CellType.prose: "words", CellType.text: "words",
    CellType.rag: "status", CellType.direction: "direction", CellType.number: "number",
    CellType.code: "code",
}  # fmt: skip
ONE_KIND = 0.6  # the share of a line's values of one class that makes the line of one kind
MAX_LABEL_WORDS = 6  # a field label is short; a longer first cell is data
# roles whose row holds the item itself: a one-item table with one is no card under a title
ITEM_ROLES = frozenset({"action", "indicator"})
WHO_OR_WHEN = frozenset({"owner", "due", "baseline", "target", "latest"})


@dataclass(slots=True)
class FieldRows:
    """A table read transposed: `table` has the labels as its first row and a row per item."""

    table: Table
    rows: list[Row]  # the items as plan rows, one per column of the table as printed
    pieces: list[Table]  # each printed piece, its cells placed as in `table` (for drawing)
    evidence: str  # why it was read transposed: said in every column's evidence


def read_field_rows(
    pieces: Sequence[Table], labelled: Sequence[frozenset[str]] = ()
) -> FieldRows | None:
    """The printed pieces of one table read with rows as columns, when its first column holds
    field labels (see the module's docstring); else None. labelled: the lower-cased labels of
    each table of the plan read transposed so far: a one-item table among them is read alike."""
    if not pieces:
        return None
    lines, owners = _printed_rows(pieces)
    lines = _without_blank_items(lines)
    width = max((len(r) for r in lines), default=0)
    if width < 2 or len(lines) < 3:
        return None
    labels = [r[0] for r in lines]
    texts = [c.text if c is not None else "" for c in labels]
    if any(not t.strip() or len(t.split()) > MAX_LABEL_WORDS for t in texts):
        return None
    styled = styled_cells(labels)
    if not is_header(texts, styled) and not label_header(texts, styled):
        return None
    roles = row_roles(texts)
    if width == 2:
        agree = _one_item(lines, roles) or _labelled_alike(texts, labelled)
    else:
        agree = _rows_of_one_kind(lines)
    if agree is None:
        return None
    named = sum(1 for r in roles if r is not None)
    evidence = (
        f"read transposed: column 1 holds field labels ({named} of {len(texts)} name roles"
        f"{', set apart' if styled else ''}); {agree}"
    )
    table = _transpose(lines, pieces[0])
    rows = [Row(list(r), pieces[0].page, False, [False] * len(r)) for r in table.rows[1:]]
    return FieldRows(table, rows, _piece_views(lines, owners, pieces), evidence)


def continues(pieces: Sequence[Table], roles: Sequence[str | None], t: Table) -> bool:
    """A piece at the top of the next page goes on with a transposed table: the same columns,
    and its labels name no field the table already has (a new table of the next items repeats
    them: 'Action no.', 'Improvement action', ...)."""
    if not pieces or not t.rows or not same_columns(pieces[-1], t):
        return False
    named = {r for r in label_roles(t) if r is not None}
    return not named & {r for r in roles if r is not None}


def label_roles(t: Table) -> list[str | None]:
    """The roles the first column's cells name, row by row (None where one names nothing)."""
    return row_roles([r[0].text if r and r[0] is not None else "" for r in owner_grid(t)])


def named_fields(t: Table) -> int:
    """How many fields the first column names under its top cell (label_roles). A run of
    dates down the side beside rows of no figures names one field however many rows: each
    row is a month or a meeting (a rota's, a timetable's), its date the row's key, not a field
    of items side by side; beside rows of figures each date is a period of a scorecard printed
    sideways ('Baseline', 'Mar 2026', 'Mar 2027', 'Target'), a field each."""
    grid = owner_grid(t)
    roles = label_roles(t)
    count, dated = 0, False
    for k in range(1, min(len(grid), len(roles))):
        if roles[k] is None:
            continue
        if roles[k] == "date_label" and not _figures(grid[k][1:]):
            if dated:
                continue
            dated = True
        count += 1
    return count


def _figures(cells: Sequence[Cell | None]) -> bool:
    """Most of the filled cells are figures."""
    texts = [c.text for c in cells if c is not None and c.text.strip()]
    return 2 * sum(1 for t in texts if cell_type(t) == CellType.number) > len(texts)


def _without_blank_items(lines: list[list[Cell | None]]) -> list[list[Cell | None]]:
    """The rows without the item columns that are blank all the way down: a template's table
    of four items printed with two leaves two columns empty, and an empty column is no item."""
    width = max((len(r) for r in lines), default=0)
    keep = [j for j in range(width) if j == 0 or any(_filled(r, j) for r in lines)]
    if len(keep) == width:
        return lines
    return [[r[j] if j < len(r) else None for j in keep] for r in lines]


def _filled(row: Sequence[Cell | None], j: int) -> bool:
    cell = row[j] if j < len(row) else None
    return cell is not None and bool(cell.text.strip())


def row_kinds(t: Table) -> int:
    """How many kinds of content the rows under the first hold, each row of one kind across
    two or more items: dates along one row, people along another, sentences along a third
    make three. A table the right way up mixes kinds along its rows (none counted); a
    scorecard of figures along every row has one kind however many rows."""
    kinds = set()
    for row in owner_grid(t)[1:]:
        values = [c.text if c is not None else "" for c in row[1:]]
        if sum(1 for v in values if v.strip()) < 2 or not _one_kind(values):
            continue
        classes = Counter(_class(v) for v in values if v.strip())
        classes.pop(None, None)
        kinds.add(classes.most_common(1)[0][0])
    return len(kinds)


def _printed_rows(pieces: Sequence[Table]) -> tuple[list[list[Cell | None]], list[int]]:
    """Every piece's rows (merged cells resolved), in order, with the piece each came from.

    A row with no label is the rest of the row above that a page break cut (its texts join that
    row's), or an empty spacer row (dropped). The break may cut the label itself: a piece that
    opens with a label going on in lower case ('do it' under 'How we will') opens with that
    rest too.
    """
    out: list[list[Cell | None]] = []
    owners: list[int] = []
    for k, piece in enumerate(pieces):
        for r, row in enumerate(owner_grid(piece)):
            if not any(c is not None and c.text.strip() for c in row):
                continue
            label = (row[0].text.strip() if row and row[0] is not None else "")[:1]
            if out and (not label or (k > 0 and r == 0 and label.islower())):
                out[-1] = _joined(out[-1], row)
                continue
            out.append(list(row))
            owners.append(k)
    return out, owners


def _joined(above: list[Cell | None], rest: Sequence[Cell | None]) -> list[Cell | None]:
    cells: list[Cell | None] = []
    for i, a in enumerate(above):
        b = rest[i] if i < len(rest) else None
        if b is None or not b.text.strip() or b is a:
            cells.append(a)
        elif a is None or not a.text.strip():
            cells.append(b)
        else:
            box: BBox = (min(a.bbox[0], b.bbox[0]), a.bbox[1], max(a.bbox[2], b.bbox[2]), a.bbox[3])
            cells.append(Cell(join_text([a.text, b.text]), box, [*a.lines, *b.lines], a.fill))
    return cells


def _rows_of_one_kind(lines: Sequence[Sequence[Cell | None]]) -> str | None:
    """Evidence that the values run along the rows: most rows hold one kind of content across
    the items (the label column left out), and at least as many as the columns do under the
    first row (what a header row would head). A scorecard of one indicator per column is of
    one kind both ways (figures); its labels on the left then say which way it reads."""
    texts = [[c.text if c is not None else "" for c in r] for r in lines]
    width = max(len(r) for r in texts)
    rows = [r[1:] for r in texts if sum(1 for t in r[1:] if t.strip()) >= 2]
    columns = [[r[j] for r in texts[1:] if j < len(r)] for j in range(width)]
    columns = [c for c in columns if sum(1 for t in c if t.strip()) >= 2]
    if len(rows) < 2:
        return None
    row_share = sum(1 for v in rows if _one_kind(v)) / len(rows)
    col_share = sum(1 for c in columns if _one_kind(c)) / len(columns) if columns else 0.0
    if row_share < ONE_KIND or row_share < col_share:
        return None
    return (
        f"{row_share:.0%} of its rows hold one kind of cell across {width - 1} items "
        f"({col_share:.0%} of its columns do under the first row)"
    )


def _one_item(lines: Sequence[Sequence[Cell | None]], roles: Sequence[str | None]) -> str | None:
    """A one-item table is read transposed only when it holds the item itself: its number
    ('Action no. | 2.1') and its text (an action as a sentence), not a card whose title is
    printed above it; and another row says who or when. A box about the document ('Plan |
    Owner | Version | Date') numbers no item."""
    if not set(roles) & WHO_OR_WHEN or not _numbered(lines, roles):
        return None
    for row, role in zip(lines, roles, strict=True):
        cell = row[1] if len(row) > 1 else None
        text = cell.text if cell is not None else ""
        if role in ITEM_ROLES and cell_type(text) is CellType.prose:
            label = header_label(row[0].text if row[0] is not None else "")
            return f"one item, its {role} in the row {label!r}"
    return None


def _numbered(lines: Sequence[Sequence[Cell | None]], roles: Sequence[str | None]) -> bool:
    """A row labelled as the item's number holds a code ('A1.3', '2.1')."""
    return any(
        role == "ref" and len(row) > 1 and row[1] is not None
        and cell_type(row[1].text) is CellType.code
        for row, role in zip(lines, roles, strict=True)
    )  # fmt: skip


def _labelled_alike(texts: Sequence[str], labelled: Sequence[frozenset[str]]) -> str | None:
    """A one-item table whose labels are among those of a table of several items read
    transposed: the plan's own layout, its last item alone in a table of its own."""
    own = {header_label(t).lower() for t in texts}
    if any(own <= known for known in labelled):
        return "one item, under the labels of a table of several items read so above"
    return None


def _class(text: str) -> str | None:
    return _CLASS.get(cell_type(text))


def _one_kind(texts: Sequence[str]) -> bool:
    """Most of the filled cells are of one class of content."""
    classes = Counter(_class(t) for t in texts if t.strip())
    classes.pop(None, None)
    total = sum(1 for t in texts if t.strip())
    return bool(classes) and max(classes.values()) >= ONE_KIND * total


def _transpose(lines: Sequence[Sequence[Cell | None]], first: Table) -> Table:
    width = max(len(r) for r in lines)
    rows = [[r[j] if j < len(r) else None for r in lines] for j in range(width)]
    return Table(first.page, first.bbox, rows, first.ruled)


def _piece_views(
    lines: Sequence[Sequence[Cell | None]], owners: Sequence[int], pieces: Sequence[Table]
) -> list[Table]:
    """Each printed piece with its cells where the transposed table has them (row: the item,
    column: the field), so the table inspector draws each cell under its field's role."""
    width = max(len(r) for r in lines)
    out = []
    for k, piece in enumerate(pieces):
        rows: list[list[Cell | None]] = [
            [r[j] if owners[i] == k and j < len(r) else None for i, r in enumerate(lines)]
            for j in range(width)
        ]
        out.append(Table(piece.page, piece.bbox, rows, piece.ruled))
    return out
