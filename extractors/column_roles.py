"""Column roles from evidence: the header's words, the types of the column's cells, its place.

The header vocabulary (plan_columns.header_role) names most columns. It cannot name a column
headed 'Finish', one with no header at all, or one whose header was merged over its neighbour
('Indicator' printed across the code and the text columns). Those columns are known by what
they hold: a column of dates is when the action is due (the later of two such columns, the
earlier being when it starts), a column of job titles is who leads it, a column of status words
is its RAG, a column of short codes beside prose is the key of the prose.

Roles are assigned per table, jointly: each role once, the header's reading first where the
cells agree with it, then the unplaced columns by their cells. Every column keeps the evidence
for its role and a confidence, for the `plantrace tables` inspector and for warnings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.cell_types import CellType, type_counts

ACTION_TABLE = "action"
KPI_TABLE = "kpi"

# the cell types a role's column is expected to hold (roles not listed hold anything)
EXPECTED: dict[str, frozenset[CellType]] = {
    "due": frozenset({CellType.date, CellType.open_date}),
    "start": frozenset({CellType.date, CellType.open_date, CellType.text}),
    "owner": frozenset({CellType.person, CellType.text}),
    "sponsor": frozenset({CellType.person, CellType.text}),
    "rag": frozenset({CellType.rag, CellType.code}),
    "ref": frozenset({CellType.code}),
    "code": frozenset({CellType.code}),
    "action": frozenset({CellType.prose, CellType.text}),
    "indicator": frozenset({CellType.prose, CellType.text}),
    "direction": frozenset({CellType.direction, CellType.text}),
    "baseline": frozenset({CellType.number, CellType.text, CellType.date}),
    "latest": frozenset({CellType.number, CellType.text, CellType.date}),
    "target": frozenset({CellType.number, CellType.text, CellType.date}),
}
# roles a column may share with another column of the same table
MANY = frozenset({"baseline", "other", "date_label", "sponsor", "start", None})
CLEAR = 0.6  # the share of a column's filled cells of one type that makes the type its content


@dataclass(slots=True)
class ColumnRole:
    """One column's reading: its role, why, and how sure."""

    index: int
    label: str
    role: str | None
    confidence: float
    evidence: list[str] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class TableRoles:
    """A table's column reading: what kind of table, each column's role, and a confidence."""

    kind: str | None
    columns: list[ColumnRole]

    @property
    def roles(self) -> list[str | None]:
        return [c.role for c in self.columns]

    @property
    def confidence(self) -> float:
        placed = [c.confidence for c in self.columns if c.role is not None]
        return min(placed) if placed else 0.0

    @property
    def unplaced(self) -> list[ColumnRole]:
        """Columns with content that no role was found for (not even 'other')."""
        return [c for c in self.columns if c.role is None and sum(c.types.values()) > 0]


def _share(counts: Counter[CellType], kinds: frozenset[CellType] | set[CellType]) -> float:
    n = sum(counts.values())
    return sum(v for k, v in counts.items() if k in kinds) / n if n else 0.0


def _avg_len(texts: Sequence[str]) -> float:
    filled = [t for t in texts if t.strip()]
    return sum(len(t) for t in filled) / len(filled) if filled else 0.0


def read_roles(
    kind: str | None,
    header_roles: Sequence[str | None],
    labels: Sequence[str],
    columns: Sequence[Sequence[str]],
) -> TableRoles:
    """The joint reading of a table's columns.

    header_roles: what the header vocabulary settled (None where it named nothing); columns:
    each column's data cells. The header wins where its column's cells agree or say nothing
    against it; a column of codes under an action/indicator header hands that role to the
    headerless prose column beside it; columns still unplaced get a role from their cells.
    """
    n = len(header_roles)
    counts = [type_counts(columns[i]) if i < len(columns) else Counter() for i in range(n)]
    out = [
        ColumnRole(i, labels[i] if i < len(labels) else "", header_roles[i], 0.0,
                   types={str(k): v for k, v in counts[i].items()})
        for i in range(n)
    ]  # fmt: skip
    for c in out:
        _from_header(c, counts[c.index])
    _merged_header(out, counts, kind, columns)
    _from_cells(out, counts, kind, columns)
    return TableRoles(kind, out)


def _from_header(c: ColumnRole, counts: Counter[CellType]) -> None:
    if c.role is None:
        return
    expected = EXPECTED.get(c.role)
    filled = sum(counts.values())
    if expected is None or not filled:
        c.confidence = 0.8
        c.evidence.append(f"header {c.label!r} names {c.role}")
        return
    share = _share(counts, expected)
    c.confidence = round(0.6 + 0.35 * share, 2)
    c.evidence.append(
        f"header {c.label!r} names {c.role}; {share:.0%} of {filled} cells fit "
        f"({', '.join(sorted(k.value for k in expected))})"
    )


def _merged_header(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    kind: str | None,
    columns: Sequence[Sequence[str]],
) -> None:
    """A text role printed over a column of codes belongs to the headerless prose column beside it.

    Word tables leave the code column's header empty or merge 'Indicator' across both columns:
    the codes are the key, the prose beside them is what the header names.
    """
    key = "code" if kind == KPI_TABLE else "ref"
    for c in out:
        if c.role not in ("indicator", "action") or c.index + 1 >= len(out):
            continue
        nxt = out[c.index + 1]
        codes = _share(counts[c.index], {CellType.code})
        prose = _share(counts[nxt.index], {CellType.prose, CellType.text})
        if codes < CLEAR or prose < CLEAR or nxt.role is not None or key in _taken(out):
            continue
        if _avg_len(columns[nxt.index]) <= 2 * _avg_len(columns[c.index]):
            continue
        role = c.role
        nxt.role, nxt.confidence = role, round(0.5 + 0.4 * prose, 2)
        nxt.evidence.append(
            f"no header of its own; {prose:.0%} prose beside a column of codes under {c.label!r}"
        )
        c.role, c.confidence = key, round(0.5 + 0.4 * codes, 2)
        c.evidence.append(f"{codes:.0%} short codes: the key of the {role} beside it")


def _taken(out: Sequence[ColumnRole]) -> set[str]:
    return {c.role for c in out if c.role is not None}


def _from_cells(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    kind: str | None,
    columns: Sequence[Sequence[str]],
) -> None:
    """Roles for the columns the header left unplaced, from what their cells are."""
    free = [c for c in out if c.role is None and sum(counts[c.index].values()) > 0]
    if not free:
        return
    if kind == ACTION_TABLE:
        _dates(out, free, counts)
    for c in free:
        if c.role is not None:
            continue
        cnt = counts[c.index]
        taken = _taken(out)
        best, share = _dominant(cnt)
        role: str | None = None
        if kind == ACTION_TABLE:
            if best is CellType.person:
                role = "owner" if "owner" not in taken else "sponsor"
            elif best is CellType.rag and "rag" not in taken:
                role = "rag"
            elif best is CellType.code and "ref" not in taken and c.index <= 1:
                role = "ref"
            elif best is CellType.prose:
                role = _prose_role(c, out, columns, taken)
            elif best is CellType.text and "theme" not in taken and _left_of(c, out, "action"):
                role = "theme"  # short labels left of the actions group them: a theme column
        elif kind == KPI_TABLE:
            if best is CellType.code and "code" not in taken and c.index <= 1:
                role = "code"
            elif best is CellType.prose and "indicator" not in taken:
                role = "indicator"
            elif best is CellType.direction and "direction" not in taken:
                role = "direction"
            elif best is CellType.rag and "rag" not in taken:
                role = "rag"
            elif best is CellType.number:
                role = "baseline"
        if role is None or share < CLEAR:
            continue
        c.role, c.confidence = role, round(0.35 + 0.5 * share, 2)
        c.evidence.append(
            f"header {c.label!r} names no role; {share:.0%} of its cells are {best.value}"
        )


def _left_of(c: ColumnRole, out: Sequence[ColumnRole], role: str) -> bool:
    return any(o.role == role and o.index > c.index for o in out)


def _dominant(cnt: Counter[CellType]) -> tuple[CellType, float]:
    n = sum(cnt.values())
    merged = Counter(cnt)
    if merged[CellType.open_date]:
        merged[CellType.date] += merged.pop(CellType.open_date)
    kind, v = merged.most_common(1)[0]
    return kind, v / n


def _prose_role(
    c: ColumnRole, out: Sequence[ColumnRole], columns: Sequence[Sequence[str]], taken: set[str]
) -> str | None:
    """Unplaced prose: the action when none is known, else other.

    Prose beside the action may be progress, impact measures or evidence: cells alone do not
    tell them apart, and a wrong progress column is worse than none.
    """
    return "action" if "action" not in taken else "other"


def _dates(out: list[ColumnRole], free: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """Unplaced date columns: the last is the due date unless one is known; earlier ones start."""
    dated = [
        c
        for c in free
        if _share(counts[c.index], {CellType.date, CellType.open_date}) >= CLEAR
        and counts[c.index][CellType.date] > 0
    ]
    if not dated:
        return
    has_due = "due" in _taken(out)
    start_cols = [c.index for c in out if c.role == "start"]
    for k, c in enumerate(reversed(dated)):
        share = _share(counts[c.index], {CellType.date, CellType.open_date})
        if not has_due and k == 0:
            c.role = "due"
            why = "the last date column"
            if start_cols and min(start_cols) < c.index:
                why += f" after the start column {out[min(start_cols)].label!r}"
            has_due = True
        else:
            c.role, why = "start", "a date column before the due one"
        c.confidence = round(0.35 + 0.5 * share, 2)
        c.evidence.append(
            f"header {c.label!r} names no role; {share:.0%} of its cells are dates: {why}"
        )
