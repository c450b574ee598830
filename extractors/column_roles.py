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

import json
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

from plantrace.extractors.agency_columns import agency_column, names_organisations, people_column
from plantrace.extractors.cell_types import (
    CellType,
    bare_date,
    cell_type,
    timescale_like,
    type_counts,
)
from plantrace.extractors.derived_columns import DERIVED, derived_columns
from plantrace.extractors.mark_strips import glyph_word
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.extractors.prose_dates import prose_under_date_header
from plantrace.extractors.question_columns import question_columns
from plantrace.extractors.revised_dates import mostly_later, revised_pair
from plantrace.extractors.roman_numerals import roman_key
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.normalise.dates import (
    MONTHS,
    names_date,
    names_plan_time,
    opens_with_date,
    parse_date,
    parse_due,
)
from plantrace.pipeline.normalise.rag import (
    are_status_headers,
    done_mark,
    is_status_header,
    normalise_rag,
    rag_from_fill,
    tint_rags,
)
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.normalise.values import figure_time

ACTION_TABLE = "action"
KPI_TABLE = "kpi"
MATRIX = "matrix"  # a column of a responsibility matrix: its header is a post, its cells marks

# the cell types a role's column is expected to hold (roles not listed hold anything)
EXPECTED: dict[str, frozenset[CellType]] = {
    # who and when in one cell ('Head of Service – by May 2026') fits both roles: the reader
    # splits it (plan_actions), so a 'Who and by when' column may be named either
    "due": frozenset({CellType.date, CellType.open_date, CellType.owner_date}),
    "start": frozenset({CellType.date, CellType.open_date, CellType.text}),
    "owner": frozenset({CellType.person, CellType.body, CellType.text, CellType.owner_date}),
    "sponsor": frozenset({CellType.person, CellType.body, CellType.text}),
    "governance": frozenset({CellType.body, CellType.person, CellType.text}),
    "rag": frozenset({CellType.rag, CellType.code}),
    "ref": frozenset({CellType.code}),
    "code": frozenset({CellType.code}),
    "action": frozenset({CellType.prose, CellType.text}),
    "indicator": frozenset({CellType.prose, CellType.text}),
    "direction": frozenset({CellType.direction, CellType.text}),
    "baseline": frozenset({CellType.number, CellType.text, CellType.date}),
    "latest": frozenset({CellType.number, CellType.text, CellType.date}),
    "target": frozenset({CellType.number, CellType.text, CellType.date}),
    # a milestone is a step in words or the date it falls on; status words under it ('Milestone
    # met?' over 'Met' | 'Not met') are the RAG
    "milestones": frozenset({CellType.prose, CellType.text, CellType.date, CellType.open_date}),
}
# roles a column may share with another column of the same table
MANY = frozenset({"baseline", "other", "date_label", "sponsor", "start", MATRIX, "timeline", None})
MIN_PAIRED = 3  # rows with both dates that make a pair of date columns' order evidence
CLEAR = 0.6  # the share of a column's filled cells of one type that makes the type its content
# header roles a column's cells may overrule: a word that names them is often used for another
# thing ('Aim' over figures is a target, not a direction; 'Date' over names is no due date)
OVERRULED = frozenset({"direction", "due", "start", "milestones", "code"})
_REC_NUMBERS = re.compile(PLAN_VOCAB["cell_types"]["rec_numbers"], re.I)
# a recommendation as plans quote it beside its actions: '1. Improve ...', 'Recommendation 2: ...'
_REC_LABEL = re.compile(
    r"^\s*(?:[A-Za-z ]{0,20}recommendation\s*)?[A-Z]?\d{1,2}\s*[.:)\-–]\s+\S", re.I
)
# words that say a figure is the latest one ('Latest (Sep 2024)'), not a past year's outturn
_NOW = frozenset(PLAN_VOCAB["cell_types"]["now_words"])
_START_WORDS = frozenset(
    w
    for p in PLAN_VOCAB["header_phrases"]["start"]
    for w in p.split()
    if w not in ("date", "by", "planned")
)
# header words of a re-agreed date ('Revised date', 'New date'): data/plan_columns.json
_REVISION_WORDS = frozenset(PLAN_VOCAB["date_revisions"]["revised"])
# header words that date a status column: 'Previous RAG' is history, 'Current RAG' is now
_HISTORY = frozenset(PLAN_VOCAB["status_columns"]["history_words"])
_STATUS_NOW = frozenset(PLAN_VOCAB["status_columns"]["now_words"])
# header words of a forecast: 'Forecast ahead', 'Next quarter's outlook' is what a lead expects
_FUTURE = frozenset(PLAN_VOCAB["status_columns"]["future_words"])
# header roles for words, not figures: over a column of figures in a KPI table the header's
# word is not what the column holds ('Baseline position', 'Target position' read as progress)
NARRATIVE = frozenset({"progress", "governance", "theme", "milestones"})
SERIES = 3  # adjacent period columns ('Apr 25' | 'May 25' | 'Jun 25') that make a monthly series


@dataclass(slots=True)
class ColumnRole:
    """One column's reading: its role, why, and how sure."""

    index: int
    label: str
    role: str | None
    confidence: float
    evidence: list[str] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    # the column counts each group's rows from 1 again (a rank, a position): the table prints
    # its rows in that order, not in the plan's numbering (_counts_in_groups)
    ranks: bool = False
    # what placed the role after the header and cells were read (PlanTable.take_role: 'inks',
    # 'siblings', a key...), None where they did: kept so the inspector can say where the role
    # came from, since a later step's evidence reads like any other line of it
    source: str | None = None
    # the role the header named before the cells were read (None: it named none), so that a
    # report can tell a role read from the header from one read from the cells
    named: str | None = None


@dataclass(slots=True)
class TableRoles:
    """A table's column reading: what kind of table, each column's role, and a confidence."""

    kind: str | None
    columns: list[ColumnRole]
    # a responsibility matrix's mark for who leads a row ('L'), when the table is one (_matrix)
    lead_mark: str | None = None
    # a timeline's month columns, each with its month and year as printed ('Jun 2025'): a
    # Gantt chart's due date is its row's last shaded month (_timeline)
    months: dict[int, str] = field(default_factory=dict)
    # role -> the columns that held it earlier, nearest first ('Original date' beside 'Revised
    # date', the quarters of a RAG trail before the last): where a row's cell of the role is
    # blank, its value is in the first of these that is not (plan_actions.read_actions)
    earlier: dict[str, list[int]] = field(default_factory=dict)
    # the timeline's bars are coloured by status (two status colours or more among them): a
    # row's bar colour is its status where no word says it (bar_rag)
    status_bars: bool = False
    # wordless columns of status colours beside the status column (_shaded_columns): a
    # share-done bar's colour, the row's status where no word says it (bar_rag)
    shaded: list[int] = field(default_factory=list)

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


_FIGURE_ROLES = frozenset({"baseline", "target", "latest"})


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
    table: Table | None = None,
) -> TableRoles:
    """The joint reading of a table's columns.

    header_roles: what the header vocabulary settled (None where it named nothing); columns:
    each column's data cells; table: the table itself, when there is one, for what the texts
    alone do not hold (each row's cells side by side, the fill colour of cells with no word).
    The header wins where its column's cells agree or say nothing against it; a column of codes
    under an action/indicator header hands that role to the headerless prose column beside it;
    columns still unplaced get a role from their cells.
    """
    n = len(header_roles)
    # a column its header names a figure ('Baseline', 'Target') holds figures, however much its
    # cells look like a spreadsheet's unformatted dates ('45000')
    counts = [
        type_counts(columns[i], serials=header_roles[i] not in _FIGURE_ROLES)
        if i < len(columns)
        else Counter()
        for i in range(n)
    ]
    if kind == KPI_TABLE:
        counts = [_figures_not_codes(cnt, columns[i] if i < len(columns) else []) for i, cnt
                  in enumerate(counts)]  # fmt: skip
    grid = data_rows(table, n) if table is not None else _aligned(columns)
    fills = [tint_rags([c.fill for c in col]) for col in blank_fills(table, n)] if table else []
    tinted = tinted_words(table, n) if table else []
    out = [
        ColumnRole(i, labels[i] if i < len(labels) else "", header_roles[i], 0.0,
                   types={str(k): v for k, v in counts[i].items()}, named=header_roles[i])
        for i in range(n)
    ]  # fmt: skip
    for c, col_fills in zip(out, fills, strict=False):
        rag_fills = sum(1 for x in col_fills if x is not None)
        if rag_fills:  # a status colour is content; grey or pale banding is not
            c.types["fill"] = rag_fills
    for c in out:
        _from_header(c, counts[c.index], columns[c.index] if c.index < len(columns) else [])
        if kind == KPI_TABLE:
            _words_over_figures(c, counts[c.index])
    if kind == KPI_TABLE:
        _measures_under_board(out, counts, columns)
    if kind == ACTION_TABLE:
        _figures_not_bodies(out, counts)
    repeats = _period_groups(out, grid) if kind == ACTION_TABLE and grid else {}
    _other_reading(out, counts)
    _merged_header(out, counts, kind, columns)
    if kind == ACTION_TABLE:
        _people_not_actions(out, counts)
        _notes_not_bodies(out, counts, columns)
    if grid:
        _sub_header(out, counts, grid)
    if fills:
        _fill_rag(out, counts, fills, tinted, columns)
    lead_mark = _matrix(out, grid) if kind == ACTION_TABLE and grid else None
    months = _timeline(out, table) if kind == ACTION_TABLE and table is not None else {}
    earlier: dict[str, list[int]] = {}
    if kind == ACTION_TABLE:
        # a status group over periods, else a run of dated status columns: a rating's history
        if trail := (_rating_trail(out, grid) if grid else []) or _status_history(
            out, counts, columns
        ):
            earlier["rag"] = trail
        _status_now(out, counts)
        _states_now(out, counts, columns, tinted)
        _rating_not_status(out, counts)
        _rated_progress(out, columns)
        _scale_of_own_words(out, counts, columns)
        if history := _due_now(out, counts, grid):
            earlier["due"] = history
        elif revised := _revised_due(out, grid):
            earlier["due"] = revised
    _from_cells(out, counts, kind, columns, grid)
    if kind == ACTION_TABLE:
        _entries_under_progress(out, columns)
        if table is not None:  # a printed table's header, not a card's label (said if unknown)
            # 'Round-up' right of the status: the progress; or the notes a record's second row
            # reports against the plan (row_pairs)
            _update_notes(out, counts, columns, reported=table.reported)
        prose_under_date_header(out, header_roles, counts)  # 'Word from the frontline'
        _people_own(out, counts, columns)
        _posts_by_initials(out, counts, columns)
        _agencies_not_owners(out, columns)
        question_columns(out, columns)  # 'Started?' | 'On schedule?' | 'Signed off?'
        _done(out, columns)
    if kind == ACTION_TABLE and grid:
        _timescales_due(out, columns)
        _date_order(out, counts, grid)
    if kind == ACTION_TABLE:
        _stand_ins(out, counts, columns)
        _codes_are_refs(out, counts, columns)
        _labelled_links(out, columns)
        _rec_ticks(out, columns)
        if _status_ticks(out, columns):
            lead_mark = lead_mark if any(c.role == MATRIX for c in out) else None
    if kind == KPI_TABLE:
        if grid:
            _period_sub_header(out, counts, grid)
        _series(out, counts)
        _figures(out, counts)
    _period_notes(out, repeats, columns)
    for col, history in repeats.items():  # a period group's cell left blank: an earlier one's
        role = out[col].role
        if role not in (None, "other") and role not in earlier:
            earlier[role] = history
    if grid:
        _derived(out, grid)
    if table is not None and table.worked_out:
        _pair_variances(out, table.worked_out)
    shaded = _shaded_columns(out, counts, fills) if kind == ACTION_TABLE and not months else []
    marked = months or dict.fromkeys(shaded, "")
    bars = table is not None and marked and _status_bars(table, marked)
    return TableRoles(kind, out, lead_mark, months, earlier, bool(bars), shaded)


def _derived(out: list[ColumnRole], grid: Sequence[Sequence[str]]) -> None:
    """Columns worked out from each row's due (derived_columns: a count of days, a late flag)
    are read into no field, whatever role their header or their cells' look gave them: a
    count is no figure and a flag's yes is no status (an overdue action is not done)."""
    for i, why in derived_columns(grid, [c.label for c in out]).items():
        _worked_out(out, i, why)


def _pair_variances(out: list[ColumnRole], columns: frozenset[int]) -> None:
    """The columns counting the days between a paired record's two dates (row_pairs, worked
    out: derived_columns.pair_variances) are read into no field, as _derived's are."""
    why = (
        "its cells count the days from the plan row's date to the date under it on every pair:"
        " worked out from the dates, no field"
    )
    for i in sorted(columns):
        _worked_out(out, i, why)


def _worked_out(out: list[ColumnRole], i: int, why: str) -> None:
    """Column i worked out from other columns: no field, whatever its header says."""
    if i < len(out):  # the cells decide, not the header: its word is no evidence here
        out[i].role, out[i].confidence, out[i].named = "other", 0.8, None
        out[i].source = DERIVED  # said beside the role, and kept from later readings
        out[i].evidence = [f"header {out[i].label!r} aside, {why}"]


def _shaded_columns(
    out: list[ColumnRole], counts: list[Counter[CellType]], fills: list[list[str | None]]
) -> list[int]:
    """Columns of no word whose cells are filled in status colours, not the status column
    (the table has one already): a share-done bar drawn in its status's colour beside the
    status word (progress_bars), under no header a role names or one that names progress (a
    bar is no note). Their colour is the row's status where the word says none (bar_rag), as
    a Gantt chart's bar is."""
    return [
        c.index for c in out
        if c.role in (None, "progress", "other") and not sum(counts[c.index].values())
        and c.index < len(fills) and any(x is not None for x in fills[c.index])
    ]  # fmt: skip


def _codes_are_refs(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """An action table's column of codes ('Activity code': IMP0001, IMP0002) is its ref.

    A measure's code is a KPI table's key; in a table of actions the column a header names a
    code, whose cells are codes distinct row by row, keys the actions. A column a header word
    took for the ref whose cells repeat down it or list several ('R1', 'R1, R3') links each
    action to what it answers: it is the rec column then, when none is.
    """
    codes = [
        c for c in out
        if c.role == "code" and _share(counts[c.index], {CellType.code}) >= CLEAR
        and _distinct(columns[c.index] if c.index < len(columns) else [])
    ]  # fmt: skip
    if len(codes) != 1:
        return
    ref = next((c for c in out if c.role == "ref"), None)
    if ref is not None:
        cells = columns[ref.index] if ref.index < len(columns) else []
        if _distinct(cells) or any(c.role == "rec" for c in out):
            return
        ref.role = "rec"
        ref.evidence.append("its cells repeat or list several beside a column of codes: links")
    codes[0].role = "ref"
    codes[0].evidence.append("a column of codes distinct row by row keys the actions")


def _labelled_links(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """A column a header word took for the ref ('Inspection ref') whose every cell names a
    recommendation by its label and number ('Rec 4', 'Recommendation 2'; a word, not a code
    letter: 'R4' may be an action's own code) links each action to the recommendation it
    answers: it is the rec column, when none is. An action's own ref is a code or a number."""
    if any(c.role == "rec" for c in out):
        return
    for c in out:
        cells = [" ".join(t.split()) for t in columns[c.index]] if c.index < len(columns) else []
        cells = [t for t in cells if t]
        if c.role != "ref" or not cells:
            continue
        found = [_REC_HEADER.match(t) for t in cells]
        labels = {m.group("label").strip().rstrip(".").lower() for m in found if m is not None}
        if None in found or len(labels) != 1 or not labels <= _REC_LABELS - _REC_LETTERS:
            continue
        c.role = "rec"
        c.evidence.append("its cells name recommendations by their label: the links")
        return


def _distinct(cells: Sequence[str]) -> bool:
    """Two or more filled cells, none repeated and none listing several ('R1, R3')."""
    texts = [" ".join(t.split()) for t in cells if t.strip()]
    return len(texts) >= 2 and len(set(texts)) == len(texts) and not any("," in t for t in texts)


_PEOPLE = frozenset({CellType.person, CellType.owner_date})
_PLACE_WORDS = 3  # a place or partner is named in a word or three: 'All', 'Leeds', 'North Tyneside'


def _people_own(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """The owner is the column of people, not one of places a header word named.

    A partnership plan names the council each action applies to ('Lead authority': 'All',
    'Leeds', 'Kirklees') beside the post that leads it; read by its header the council column
    takes the owner and the posts become a sponsor. Where the owner's cells name no person (a
    word or three, or a value recurring down the column) and exactly one column whose header
    names nothing holds people, the people are the owner and the places are other. So too where
    the owner's cells are sentences (a line of prose whose opening words matched an owner label:
    'Leaders who know their teams. Surveyed by ...'): a column of people beats prose for the owner.
    """
    owner = next((c for c in out if c.role == "owner"), None)
    if owner is None or owner.index >= len(columns):
        return
    mine = [" ".join(t.split()) for t in columns[owner.index] if t.strip()]
    short = all(len(t.split()) <= _PLACE_WORDS for t in mine)
    # or sentences: a label word of a line of prose ('Leaders who know their teams. ...')
    prose = _share(counts[owner.index], {CellType.prose}) >= CLEAR
    if (
        not mine
        or _share(counts[owner.index], _PEOPLE) >= 0.25
        or not (short or prose or _repeats(mine))
    ):
        return
    rivals = [
        c for c in out
        if c is not owner and c.role in (None, "sponsor") and _header_role(c.label) is None
        and _share(counts[c.index], _PEOPLE) >= CLEAR
    ]  # fmt: skip
    if len(rivals) != 1:
        return
    people = rivals[0]
    share = _share(counts[people.index], _PEOPLE)
    people.role, people.confidence = "owner", round(0.5 + 0.4 * share, 2)
    people.evidence.append(
        f"{share:.0%} of its cells are people, and those under {owner.label!r} name none: the owner"
    )
    owner.role, owner.confidence = "other", 0.6
    owner.evidence.append(
        f"header {owner.label!r} names owner, but its cells name no person ({len(set(mine))}"
        f" values over {len(mine)} rows, {'sentences' if prose else 'places or partners'}),"
        f" beside {people.label!r} of people"
    )


# roles an agency column may have been given by a header word ('Lead agency': owner) or by its
# cells (agency names typed as people or bodies); a header that names governance keeps it
_AGENCY_SLIPS = frozenset({"owner", "sponsor", "governance", None})


def _agencies_not_owners(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """In a multi-agency plan the owner is the officer, not the agency beside them.

    'Lead agency' | 'Lead officer' | 'Supporting partners': the header word 'lead' names both
    of the first two the owner, and agency names ('Early Help') type as people, so the agency
    (printed first) took the owner and the partners a sponsor or governance. Where one column
    holds posts or people (agency_columns.people_column) and others hold agencies, the posts
    are the owner and the agencies other. Something must say so besides the cells: the
    agency's header names organisations, or the people's header names the owner. A plan whose
    only lead is an agency keeps it as the owner.
    """
    cells = [columns[c.index] if c.index < len(columns) else [] for c in out]
    agencies = [
        c for c in out
        if c.role in _AGENCY_SLIPS and agency_column(c.label, cells[c.index])
        and not (c.role == "governance" and _header_role(c.label) == "governance")
    ]  # fmt: skip
    if not any(c.role is not None for c in agencies):
        return
    people = [
        c for c in out
        if c not in agencies and c.role in ("owner", "sponsor", None)
        and _header_role(c.label) in ("owner", None) and people_column(c.label, cells[c.index])
    ]  # fmt: skip
    chosen = (
        [c for c in people if c.role == "owner"]
        or [c for c in people if _header_role(c.label) == "owner"]
        or people
    )
    if not chosen:
        return
    owner = chosen[0]
    named = _header_role(owner.label) == "owner"
    if not named and not any(names_organisations(c.label) for c in agencies):
        return
    if owner.role != "owner":
        owner.role, owner.confidence = "owner", 0.85 if named else 0.7
        owner.evidence.append(
            "its cells are posts or people, beside a column of agencies: the owner"
        )
    for c in agencies:
        if c.role is None and not names_organisations(c.label) and not named:
            continue
        was = c.role
        c.role, c.confidence = "other", 0.7
        c.evidence.append(
            f"its cells name agencies (read as {was or 'nothing'}), beside {owner.label!r} of"
            " posts or people: where the work sits, not who leads it"
        )


_INITIALS = re.compile(r"^[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,3}$")  # 'PSW', 'WDL', 'HoQA', 'DN'


def _posts_by_initials(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """An action table with no owner column: the one unplaced column whose cells are people
    or posts by their initials ('PSW', 'WDL' beside 'Service Manager, Care Leavers'), with a
    person among them, is the owner. Initials alone read as codes; beside people they are
    posts, and an action's own ref is never letters alone."""
    if "owner" in _taken(out):
        return
    found = []
    for c in out:
        texts = [" ".join(t.split()) for t in columns[c.index]] if c.index < len(columns) else []
        texts = [t for t in texts if t]
        people = counts[c.index][CellType.person] + counts[c.index][CellType.owner_date]
        initials = sum(1 for t in texts if _INITIALS.match(t))
        if c.role is None and texts and people and people + initials >= CLEAR * len(texts):
            found.append((c, (people + initials) / len(texts)))
    if len(found) != 1:
        return
    c, share = found[0]
    c.role, c.confidence = "owner", round(0.5 + 0.4 * share, 2)
    c.evidence.append(f"{share:.0%} of its cells are people or posts by their initials: the owner")


DONE = "done"  # a column saying only whether the action is done: a tick or Yes/No


def _done(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """An unplaced column whose every cell is a tick or Yes/No ('Done?', 'Finished?') says
    whether each action is done: where the table has no status column it is the status (done
    is complete; not done, or blank, no status), beside one it agrees with it and adds nothing
    (read_actions)."""
    for c in out:
        texts = [t for t in columns[c.index] if t.strip()] if c.index < len(columns) else []
        if c.role is not None or not texts or any(done_mark(t) is None for t in texts):
            continue
        c.role, c.confidence = DONE, 0.8
        c.evidence.append(
            f"header {c.label!r} names no role; its {len(texts)} cells are all ticks or yes/no:"
            " whether each action is done"
        )


STATUS_TICKS = "status_ticks"  # a column per state; a tick in one is the row's status
_TICK = 4  # a tick box's mark is short ('✓', 'X', '■', 'Yes'); a word is no tick
REC_TICKS = "rec_ticks"  # a column per recommendation; a tick says the row answers it
# a header naming one recommendation by its label and number ('Rec 1', 'Recommendation 2',
# 'R3', 'REC-4'); the label words are the recommendations' own (data/recommendation_labels.json)
_REC_HEADER = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z.' ]{0,40}?)\s*[-#]?\s*(?P<n>\d{1,2})\s*$")


def _rec_label_words() -> frozenset[str]:
    """The words that label a recommendation ('recommendation', 'priority', 'rec', 'r')."""
    data = json.loads(
        resources.files("plantrace.extractors")
        .joinpath("data/recommendation_labels.json")
        .read_text("utf-8")
    )
    words = [*data["label_words"], *data["code_letters"], "rec"]
    return frozenset(w.rstrip(".") for w in words)


REC_LABELS = _rec_label_words()  # the recommendation plan_actions' closing tags name too
_REC_LABELS = REC_LABELS
_REC_LETTERS = frozenset(w for w in _REC_LABELS if len(w) == 1)  # 'R2': maybe an action's code


def _rec_tick_header(c: ColumnRole, texts: Sequence[str]) -> tuple[str, str] | None:
    """(label, number) of a column headed by one recommendation ('Rec 2') over marks only."""
    m = _REC_HEADER.match(" ".join(c.label.split()))
    if (
        m is None
        # a run of all-tick columns is read 'done' first (_done): a header naming a
        # recommendation by its label and number is the better reading
        or c.role not in (None, "other", "rec", DONE)
        or any(len(t.strip()) > _TICK for t in texts)
    ):
        return None
    label = m.group("label").strip().rstrip(".").lower()
    return (label, m.group("n")) if label in _REC_LABELS else None


def _rec_ticks(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """A run of two or more adjacent columns whose cells are only short marks (or blank) and
    whose headers each name a recommendation by one shared label and its own number ('Rec 1 |
    Rec 2 | Rec 3', often printed turned up in narrow columns): a tick in one says the action
    answers that recommendation. Marks under other headers (states, months, people) are not."""
    heads = [_rec_tick_header(c, columns[c.index] if c.index < len(columns) else []) for c in out]
    run: list[int] = []
    for i in range(len(out) + 1):
        here = heads[i] if i < len(out) else None
        first = heads[run[0]] if run else None
        if here is not None and (first is None or first[0] == here[0]):
            run.append(i)
            continue
        marked = [j for j in run if j < len(columns) and any(t.strip() for t in columns[j])]
        numbers = {h[1] for j in run if (h := heads[j]) is not None}
        if len(run) >= 2 and len(marked) >= 2 and len(numbers) == len(run):
            for j in run:
                c = out[j]
                c.role, c.confidence = REC_TICKS, 0.8
                c.evidence = [
                    f"header {c.label!r} names a recommendation, over cells of marks, in a run"
                    f" of {len(run)} such columns: a tick says the action answers it"
                ]
        run = [i] if here is not None else []


def _status_ticks(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> bool:
    """A run of two or more adjacent columns whose cells are only short marks (or blank) and
    whose headers are themselves statuses ('Not started | On track | Slipped | Complete') is a
    status by column: the tick in one of them says the row's state (rag.status_of_marked_
    columns). Marks alone read as done columns or a responsibility matrix; the headers tell."""

    def ticks(i: int) -> bool:  # marks only, or blank (a state no row is in yet)
        texts = [t.strip() for t in columns[i]] if i < len(columns) else []
        return all(len(t) <= _TICK for t in texts)

    def marked(i: int) -> bool:
        return i < len(columns) and any(t.strip() for t in columns[i])

    found = False
    run: list[int] = []
    for i in range(len(out) + 1):
        if i < len(out) and ticks(i):
            run.append(i)
            continue
        while run and not marked(run[0]) and not is_status_header(out[run[0]].label):
            run.pop(0)  # a blank column beside the run that names no state is not of it
        while run and not marked(run[-1]) and not is_status_header(out[run[-1]].label):
            run.pop()
        if sum(map(marked, run)) >= 2 and are_status_headers([out[j].label for j in run]):
            for j in run:
                c = out[j]
                c.role, c.confidence = STATUS_TICKS, 0.8
                c.evidence = [
                    f"header {c.label!r} is a status, over cells of marks, in a run of {len(run)}"
                    " such columns: a tick in one says the row's state"
                ]
            found = True
        run = []
    return found


TIMELINE = "timeline"  # a month column of a Gantt chart: shaded while the work runs
_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d\d)\s*$")


def _timeline(out: list[ColumnRole], table: Table) -> dict[int, str]:
    """The month columns of a Gantt chart, each with the month and year it stands for.

    A chart prints a column per month (names in a header row, in calendar order), each with
    its year ('Jun 2025') or under a row of years whose cells span their months; the cells of
    a row are shaded while its work runs and hold no words. Three or more adjacent columns of
    consecutive months make the timeline; they are no start or due date of their own
    (read_actions takes the last shaded one). Month columns holding words (a monthly update
    per column) are no timeline.
    """
    for r in range(min(3, len(table.rows))):
        run = _month_run(table.rows[r])
        years = [
            (c.bbox[0], c.bbox[2], m.group(1))
            for row in table.rows[:r]
            for c in row
            if c is not None and (m := _YEAR_CELL.match(c.text))
        ]
        found: dict[int, str] = {}
        for j, (text, cell, own) in run.items():
            cx = (cell.bbox[0] + cell.bbox[2]) / 2
            year = next((y for x0, x1, y in years if x0 - 1 <= cx <= x1 + 1), None)
            if own or year is not None:
                found[j] = text if own else f"{text} {year}"
        if len(found) < SERIES or not _bars(table.rows[r + 1 :], found):
            continue
        for j in found:
            c = out[j] if j < len(out) else None
            if c is None:
                continue
            c.role, c.confidence = TIMELINE, 0.85
            c.evidence = [
                f"month {found[j]!r} of a run of {len(found)} consecutive months: a timeline"
                " column, shaded while the work runs"
            ]
        return found
    return {}


def _bars(rows: Sequence[Sequence[Cell | None]], months: dict[int, str]) -> bool:
    """The month columns' cells below hold no words (a bar is a shade; a mark in it, a glyph)."""
    texts = [
        row[j].text.strip()  # type: ignore[union-attr]
        for row in rows
        for j in months
        if j < len(row) and row[j] is not None
    ]
    return bool(texts) and sum(1 for t in texts if len(t) > 2) <= 0.1 * len(texts)


def _month_run(row: Sequence[Cell | None]) -> dict[int, tuple[str, Cell, bool]]:
    """The longest run of adjacent cells naming consecutive months ('Nov' | 'Dec' | 'Jan'), each
    with whether it prints its own year ('Jan 2026')."""
    best: dict[int, tuple[str, Cell, bool]] = {}
    run: dict[int, tuple[str, Cell, bool]] = {}
    last = 0
    for j, c in enumerate([*row, None]):
        text = " ".join(c.text.split()) if c is not None else ""
        month, own = _month_cell(text)
        if c is not None and month and (not run or month == last % 12 + 1):
            run[j] = (text, c, own)
            last = month
            continue
        if len(run) > len(best):
            best = run
        run = {j: (text, c, own)} if c is not None and month else {}
        last = month
    return best


def _month_cell(text: str) -> tuple[int, bool]:
    """The month a header cell names (0 for none), and whether it names its year too: a month
    alone ('Jun') or a month and year that the date normaliser reads as that month."""
    words = _MONTH_YEAR_JOIN.sub(" ", text).split()  # 'Oct-26', "Oct'26": a month and year
    month = MONTHS.get(words[0].lower().rstrip(".")) if words else None
    if month is None:
        return 0, False
    if len(words) == 1:
        return month, False
    due = parse_due(text) if len(words) == 2 else None
    return (month, True) if due is not None and due.month == month else (0, False)


_MONTH_YEAR_JOIN = re.compile(r"(?<=[A-Za-z.])[-'’/](?=\d{2}(?:\d{2})?$)")


def timeline_months(table: Table) -> dict[int, str]:
    """The month columns of a Gantt chart in a table's header rows, when its rows show bars.

    The evidence that a table is a timeline of work rather than a table of monthly figures:
    three or more adjacent header cells naming consecutive months, and under them cells that
    hold no words (a bar is a shade; a mark in it, a glyph) of which some rows have a fill
    (bars). A table of monthly figures has numbers in those cells; a blank grid, no bars.
    """
    probe = [ColumnRole(i, "", None, 0.0) for i in range(max(map(len, table.rows), default=0))]
    months = _timeline(probe, table)
    if not months:
        return {}
    cells = [
        [c for j in months if j < len(row) and (c := row[j]) is not None] for row in table.rows
    ]
    if any(_figure(c.text) for row in cells for c in row):
        return {}  # months over figures ('21', '7'): a monthly series, no timeline
    shaded = sum(1 for row in table.rows if _bar_row(row, months))
    return months if shaded >= 2 else {}


def _figure(text: str) -> bool:
    """A short cell with a digit ('21', '7'): a month's figure, no mark on a bar."""
    clean = text.strip()
    return len(clean) <= 2 and any(ch.isdigit() for ch in clean)


def bar_fill(cells: Sequence[Cell | None], months: dict[int, str]) -> str | None:
    """The fill of a row's bar: the commonest shade of its month cells that the row's cells of
    text do not share (a banded row's tint is no bar), None where the row has no bar."""
    tints = {c.fill for i, c in enumerate(cells) if c is not None and i not in months
             and c.text.strip()}  # fmt: skip
    shades = Counter(
        c.fill.lower()
        for j in months
        if j < len(cells)
        and (c := cells[j]) is not None
        and c.fill is not None
        and c.fill not in tints
        and not _pale(c.fill)
    )
    return shades.most_common(1)[0][0] if shades else None


def bar_rag(
    reading: TableRoles | None, cells: Sequence[Cell | None], key: Mapping[str, str] | None = None
) -> str | None:
    """A row's status from its bar's colour, in a Gantt chart whose bars are coloured by status
    (the chart's key, or the colour itself: green, amber, red, blue). None where the chart's
    bars are one colour (a bar drawn, not rated) or the colour is no status (grey: not begun)."""
    if reading is None or not reading.status_bars:
        return None
    fill = bar_fill(cells, reading.months or dict.fromkeys(reading.shaded, ""))
    if fill is None:
        return None
    return rag_from_fill(fill, key)


def _status_bars(table: Table, months: dict[int, str]) -> bool:
    """The chart's bars show two status colours or more: their colour rates the work."""
    fills = {f for row in table.rows if (f := bar_fill(row, months)) is not None}
    return len({rag_from_fill(f) for f in fills} - {None}) >= 2


def _bar_row(row: Sequence[Cell | None], months: dict[int, str]) -> bool:
    """A row with a bar: a month cell shaded, and no month cell holding a word (a header)."""
    cells = [row[j] for j in months if j < len(row) and row[j] is not None]
    return not any(len(c.text.strip()) > 2 for c in cells if c is not None) and any(
        c is not None and c.fill is not None and not _pale(c.fill) for c in cells
    )


def _pale(fill: str) -> bool:
    """A fill too pale to be a bar ('#ffffff', '#fdfdfd'): the page, not a shade."""
    digits = fill.lstrip("#")
    if len(digits) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in digits):
        return False
    return min(int(digits[k : k + 2], 16) for k in (0, 2, 4)) >= 0xF8


_MARK = re.compile(r"^[A-Z]$")
_LEAD_MARKS: list[str] = PLAN_VOCAB["cell_types"]["lead_marks"]
MATRIX_WIDTH = 3  # adjacent columns of marks that make a responsibility matrix


def _matrix(out: list[ColumnRole], grid: list[list[str]]) -> str | None:
    """The columns of a responsibility matrix, and the mark that says who leads each row.

    A matrix prints a column per post (its header the post's name) and marks each row's cells
    with one letter of a small set ('L' leads, 'S' supports; 'R', 'A', 'C', 'I'): a run of
    three or more adjacent columns holding nothing but single capitals (or nothing at all), two
    of them marked. The lead's mark is the one letter found exactly once in every marked row
    (each action has one lead and any number of supporters); where several are, the one a
    vocabulary of lead marks names first. The owner of a row is the header of the column
    holding it (plan_actions).
    """
    width = len(out)
    marks = [
        [row[i].strip() for row in grid if i < len(row) and row[i].strip()] for i in range(width)
    ]
    fits = [
        out[i].role not in ("rag", "ref", "code") and all(_MARK.match(m) for m in marks[i])
        for i in range(width)
    ]
    best: list[int] = []
    run: list[int] = []
    for i in range(width + 1):
        if i < width and fits[i]:
            run.append(i)
            continue
        if sum(1 for j in run if marks[j]) >= 2 and len(run) > len(best):
            best = run
        run = []
    if len(best) < MATRIX_WIDTH:
        return None
    rows = [[row[i].strip() for i in best if i < len(row)] for row in grid]
    rows = [r for r in rows if any(r)]
    letters = sorted({m for r in rows for m in r if m})
    if not rows or len(letters) > 5 or all(normalise_rag(x) is not None for x in letters):
        return None  # ratings by period ('G' | 'A' | 'A') are a status history, not posts
    once = [x for x in letters if all(r.count(x) == 1 for r in rows)]
    lead = next((x for x in _LEAD_MARKS if x in once), once[0] if len(once) == 1 else None)
    if lead is None:
        return None
    for i in best:
        c = out[i]
        c.evidence = [
            f"header {c.label!r} over cells of single marks ({', '.join(letters) or 'none'}) in"
            f" a run of {len(best)} such columns: a responsibility matrix whose '{lead}'"
            " (once in every row) names who leads"
        ]
        c.role, c.confidence = MATRIX, 0.8
    return lead


def data_rows(table: Table, n: int) -> list[list[str]]:
    """Each data row's cell texts side by side (the header row and banner rows left out)."""
    out = []
    for row in table.rows[1:]:
        texts = [(c.text if c is not None else "") for c in row][:n]
        if len(row) > 2 and sum(1 for t in texts if t.strip()) == 1:
            continue  # a banner row across the table says nothing of any one column
        out.append(texts + [""] * (n - len(texts)))
    return out


def _aligned(columns: Sequence[Sequence[str]]) -> list[list[str]]:
    """Rows from columns given as lists, when every column has a cell for every row."""
    if not columns or len({len(col) for col in columns}) != 1:
        return []
    return [list(row) for row in zip(*columns, strict=True)]


_TINTED_WORDS = 4  # a status word on a tint is short: 'Behind plan', 'Needs escalation'
# what such words read as alone: a board in 'Raised to board' on red names no governance
_TINTABLE = frozenset({CellType.text, CellType.body})


def _tintable(text: str) -> bool:
    """Short words a tint may give a status: typed text, or a word of letters alone that reads
    as a code only for its shortness ('Go' on green, 'Hold' on amber); a code with a digit
    ('WP01', '2.1') is a ref, whatever its fill."""
    kind = cell_type(text)
    if kind in _TINTABLE:
        return True
    return kind is CellType.code and not any(ch.isdigit() for ch in text)


def tinted_words(table: Table, n: int) -> list[int]:
    """Per column, the cells whose short words no vocabulary reads (typed text) but whose own
    fill, read with the column's other fills (tint_rags), is a status colour: 'Behind plan' on
    amber, 'Closed' on blue. Cells on their row's band are left out."""
    cells: list[list[Cell]] = [[] for _ in range(n)]
    for row in table.rows[1:]:
        own = [c for c in row if c is not None]
        for i, c in enumerate(row[:n]):
            if c is None or not c.fill or not c.text.strip():
                continue
            if [o for o in own if o is not c] and all(o.fill == c.fill for o in own):
                continue
            cells[i].append(c)
    out = []
    for col in cells:
        colours = tint_rags([c.fill for c in col])
        out.append(
            sum(
                1
                for c, colour in zip(col, colours, strict=True)
                if colour is not None and len(c.text.split()) <= _TINTED_WORDS and _tintable(c.text)
            )
        )
    return out


def blank_fills(table: Table, n: int) -> list[list[Cell]]:
    """Per column, the data cells that hold no word but are filled with a colour of their own.

    A fill every other cell of its row shares is the row's banding or a banner, not the cell's.
    """
    out: list[list[Cell]] = [[] for _ in range(n)]
    for row in table.rows[1:]:
        own = [c for c in row if c is not None]
        for i, c in enumerate(row[:n]):
            if c is None or c.text.strip() or not c.fill:
                continue
            others = [o for o in own if o is not c]
            if others and all(o.fill == c.fill for o in others):
                continue
            out[i].append(c)
    return out


_PLAIN_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*$")


def _figures_not_codes(cnt: Counter[CellType], texts: Sequence[str]) -> Counter[CellType]:
    """In a KPI table a column holding figures reads '24.5' and '18' as figures, not as the
    refs ('1.1', '12') they would be beside actions."""
    if not cnt[CellType.number] or not cnt[CellType.code]:
        return cnt
    plain = sum(1 for t in texts if _PLAIN_NUMBER.match(t))
    if plain < cnt[CellType.code]:
        return cnt
    out = Counter(cnt)
    out[CellType.number] += out.pop(CellType.code)
    return out


def _from_header(c: ColumnRole, counts: Counter[CellType], texts: Sequence[str]) -> None:
    """The header's role, weighed against the column's cells.

    A timescale the date normaliser cannot read yet ('by end of FY 25/26': date words and a
    year, nothing else) is no evidence against a due header: it is a date of an unread form,
    not the prose its length makes it.
    """
    if c.role is None:
        return
    expected = EXPECTED.get(c.role)
    filled = sum(counts.values())
    if expected is None or not filled:
        c.confidence = 0.8
        c.evidence.append(f"header {c.label!r} names {c.role}")
        return
    share = _share(counts, expected)
    if c.role in ("due", "start") and share < 1.0:
        unread = sum(1 for t in texts if cell_type(t) not in expected and timescale_like(t))
        share = min(1.0, share + unread / filled)
    best, best_share = _dominant(counts)
    known = _share(counts, set(CellType) - {CellType.text})
    if (
        c.role == "due"
        and not share
        and (known >= CLEAR or filled >= AGENT_BY_CELLS)
        and _agent_by(c.label)
    ):
        c.evidence.append(
            f"header {c.label!r} names due only by its closing 'by' (who did it: 'Served by',"
            f" 'Checked by'), and none of its {filled} cells is a date ({best.value}): its"
            " cells decide"
        )
        c.role = None
        return
    # one sentence alone overrules a start or due header: a date is never a sentence with no date
    # ('Movement since start' over a table's one update, its other rows blank; 'Due this month'
    # over a month's one action, a table of one row under each month's heading); nor is it a
    # figure ('Year-start actual' over a scorecard's one row at a page's foot: '342'); a sentence
    # naming a date under a due header may be that date with words run into it (a card's due
    # label over a line joined to one beside it, a band's 'Surveyed by ..., XII.2026'): not
    # overruled by itself
    alone = c.role in ("start", "due") and best is CellType.prose
    alone = alone or (c.role == "start" and best is CellType.number)  # a due's year alone: its
    # date cut by the page ('30th November' over '2025') is still the due's
    alone = alone and not (c.role == "due" and any(names_date(t) for t in texts))
    if (
        c.role in OVERRULED
        and (filled >= 2 or alone)
        and share < 0.25
        and max(best_share, known) >= CLEAR
    ):
        c.evidence.append(
            f"header {c.label!r} names {c.role}, but {best_share:.0%} of its {filled} cells are "
            f"{best.value}: its cells decide"
        )
        c.role = None
        return
    c.confidence = round(0.6 + 0.35 * share, 2)
    c.evidence.append(
        f"header {c.label!r} names {c.role}; {share:.0%} of {filled} cells fit "
        f"({', '.join(sorted(k.value for k in expected))})"
    )


# roles that name a body or a person (who oversees the work), never a figure
_NO_FIGURES = frozenset({"governance", "sponsor"})
# roles that name who answers for the work: a person, a post or a body, never a measured figure
_WHO = _NO_FIGURES | {"owner"}


def _figures_not_bodies(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """A column an action table's header (or a card's label) names as the governance or the
    sponsor whose cells are figures ('£23.18', '1,200', '25%': cell_types reads them as numbers)
    holds no board, meeting or person: a price, a budget or a count is never a body. 'Board
    budget' over amounts names what the board holds, and a line a note wrapped on to ('...
    escalated to the' / 'Improvement Board') read as a label over a receipt's price names no
    board of that price. The cells decide: the role is dropped, and what the cells are placed
    as is read from them (_from_cells), as a due header over names is (_from_header). So for a
    column of dates ('Board set' over an export's dates: when each record was opened): a day
    is never a body either."""
    for c in out:
        cnt = counts[c.index]
        filled = sum(cnt.values())
        if c.role not in _NO_FIGURES or not filled:
            continue
        figures = _share(cnt, {CellType.number})
        dates = _share(cnt, {CellType.date})
        if max(figures, dates) < CLEAR:
            continue
        if _share(cnt, EXPECTED[c.role] - {CellType.text}) >= REFUTED:
            continue
        what = "figures (a price, a count)" if figures >= dates else "dates"
        c.evidence.append(
            f"header {c.label!r} names {c.role}, but {max(figures, dates):.0%} of its {filled}"
            f" cells are {what}, never a body or a person: its cells decide"
        )
        c.role, c.confidence = None, 0.0


# cells under a '<word> by' header, none a date, that say it names who (a name the typer does
# not know as a person is text): fewer may be a timescale the date normaliser cannot read yet
AGENT_BY_CELLS = 3


def _agent_by(label: str) -> bool:
    """Whether a header names the due only by its closing 'by' ('Served by', 'Checked by',
    'Pay by'): the words before it name no due of their own. Such a label may say when ('Pay
    by', 'Use by') or who ('Served by', 'Reviewed by'); the cells tell which, even one cell
    (a lone card, a one-row table), where a header naming a date ('Due by', 'Target date')
    needs two to be overruled (_from_header)."""
    words = label.lower().replace(":", " ").split()
    return len(words) >= 2 and words[-1] == "by" and _header_role(" ".join(words[:-1])) != "due"


_NOTE_CELLS = frozenset({CellType.prose, CellType.text, CellType.rag})
# what each role's cells may hold when a header's other reading is weighed: a note on progress
# is words, a status word among them ('Not yet started') included
_FITS: dict[str, frozenset[CellType]] = {**EXPECTED, "progress": _NOTE_CELLS}
REFUTED = 0.25  # under this share of fitting cells a column's cells refute its header's role


def _other_reading(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """A header read one way whose cells refute it, while its words also name a role the cells
    fit: the cells choose between the header's readings. 'Task no.' over '2.1', '2.2' is the
    ref, not the action (the prose beside it is); 'Update from owner' over notes on how the
    work goes is the progress, not who leads it. Only a role no other column holds is taken."""
    for c in out:
        cnt = counts[c.index]
        filled = sum(cnt.values())
        expected = _FITS.get(c.role or "")
        if expected is None or not filled:
            continue
        own = _share(cnt, expected - {CellType.text})  # a short text fits any role: no evidence
        if own >= REFUTED:
            continue  # one cell may choose between the header's own readings
        alt = _fitting_reading(c, cnt, own, _taken(out))
        if alt is not None:
            c.evidence.append(
                f"header {c.label!r} also names {alt}; {_share(cnt, _FITS[alt]):.0%} of its"
                f" {filled} cells fit that, {own:.0%} {c.role}: its cells decide"
            )
            c.role, c.confidence = alt, round(0.5 + 0.35 * _share(cnt, _FITS[alt]), 2)
        elif _share(cnt, expected) < REFUTED:
            _held_elsewhere(c, out, counts, expected)


def _fitting_reading(
    c: ColumnRole, cnt: Counter[CellType], own: float, taken: set[str]
) -> str | None:
    """The header's other reading that the column's cells fit (most of them, and more of them
    than its first reading by the cells that tell roles apart), when no column holds it."""
    for alt in sorted(_header_roles(c.label) - {c.role}):
        fits = _FITS.get(alt)
        if fits is None or alt in taken or _share(cnt, fits) < CLEAR:
            continue
        if _share(cnt, fits - {CellType.text}) > own:
            return alt
    return None


def _held_elsewhere(
    c: ColumnRole,
    out: Sequence[ColumnRole],
    counts: list[Counter[CellType]],
    expected: frozenset[CellType],
) -> None:
    """A header's role refuted by its cells while another column's cells hold that role ('Item'
    over codes beside 'What we will deliver' over sentences, both read as the action): the role
    is the other column's, and this one is placed by its cells (_from_cells: codes on the left
    are the ref)."""
    if c.role in MANY or sum(counts[c.index].values()) < 2:
        return
    other = next(
        (o for o in out
         if o is not c and o.role == c.role and _share(counts[o.index], expected) >= CLEAR),
        None,
    )  # fmt: skip
    if other is None:
        return
    c.evidence.append(
        f"header {c.label!r} names {c.role}, but its cells do not fit it and those of"
        f" {other.label!r} do: its cells decide"
    )
    c.role, c.confidence = None, 0.0


_BOARD_NOTES = PLAN_VOCAB["notes_under_board"]
_BODY_WORD = re.compile(
    r"\b(?:" + "|".join(map(re.escape, PLAN_VOCAB["cell_types"]["body_words"])) + r")\b", re.I
)


def _notes_under_board(cnt: Counter[CellType], texts: Sequence[str]) -> float:
    """The share of a column's cells that are notes on progress, where its header names only a
    board ('Anything else the Board should know?'): sentences, few of them naming a board or
    meeting. A governance column names the boards themselves in short cells ('Improvement
    Board', 'CSC Leadership Team'); 0.0 where the cells do not say otherwise."""
    filled = [t for t in texts if t.strip()]
    if len(filled) < _BOARD_NOTES["min_cells"] or cnt[CellType.body] or cnt[CellType.person]:
        return 0.0
    prose = _share(cnt, {CellType.prose})
    named = sum(1 for t in filled if _BODY_WORD.search(t)) / len(filled)
    return (
        prose
        if prose >= _BOARD_NOTES["prose_share"] and named < _BOARD_NOTES["body_share"]
        else 0.0
    )


def _measures_under_board(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """In a KPI table with no indicator column, a header naming only a board ('What the board
    watches', 'Reported to the board') over cells of words that name no board or person is the
    measures the board watches: the indicator. The one word 'board' is weaker evidence than
    cells of measure names ('Re-referrals within 12 months'); read as the governance, the table
    had no indicator and every row was dropped, unsaid. A column of boards ('Improvement
    Board', 'Corporate Parenting Panel') keeps its governance (same thresholds as a board's
    notes beside actions: notes_under_board)."""
    if any(c.role == "indicator" for c in out):
        return
    for c in out:
        if c.role != "governance":
            continue
        cnt = counts[c.index]
        texts = columns[c.index] if c.index < len(columns) else []
        filled = [t for t in texts if t.strip()]
        if len(filled) < _BOARD_NOTES["min_cells"] or cnt[CellType.body] or cnt[CellType.person]:
            continue
        words = _share(cnt, {CellType.prose, CellType.text})
        named = sum(1 for t in filled if _BODY_WORD.search(t)) / len(filled)
        if words < _BOARD_NOTES["prose_share"] or named >= _BOARD_NOTES["body_share"]:
            continue
        c.evidence.append(
            f"header {c.label!r} names governance, but {words:.0%} of its cells are words"
            " naming no board or person, and no other column names the measures: the indicator"
        )
        c.role, c.confidence = "indicator", round(0.5 + 0.3 * words, 2)
        return


def _notes_not_bodies(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """A header naming both the board that oversees the work and a note on it ('Board
    commentary') over cells that name no board but say how the work is going ('Recruitment
    under way; two posts filled') is the progress: the cells decide between the header's two
    readings. A header naming only a board ('Anything else the Board should know?', a form's
    question) over sentences is so too where no other column holds progress: the one word
    'Board' is weaker evidence than cells of notes (_notes_under_board). A header naming only a
    route to a board ('Update to board') over board names keeps it. So, beside actions, is a
    KPI's 'Latest position' over notes rather than figures. A progress column of status words
    with no RAG column beside it holds no notes: it is the rating (_rated_progress), and leaves
    the progress to the notes."""
    rating_only = "rag" not in _taken(out)
    if any(
        o.role == "progress"
        and not (rating_only and _share(counts[o.index], {CellType.rag}) >= CLEAR)
        for o in out
    ):
        return
    for c in out:
        cnt = counts[c.index]
        if not sum(cnt.values()):
            continue
        if c.role == "governance":
            share = _share(cnt, _NOTE_CELLS)
            notes = (
                not cnt[CellType.body] and share >= CLEAR
                and "progress" in _header_roles(c.label)
            )  # fmt: skip
            if not notes:
                texts = columns[c.index] if c.index < len(columns) else []
                share = _notes_under_board(cnt, texts)
                notes = share > 0.0
        elif c.role == "latest":
            share = 1.0 - _share(cnt, {CellType.number})
            notes = share >= 1.0 - 0.25
        else:
            continue
        if not notes:
            continue
        c.evidence.append(
            f"header {c.label!r} names {c.role}, but {share:.0%} of its cells are notes (no"
            " board, no figure): the progress"
        )
        c.role, c.confidence = "progress", round(0.5 + 0.3 * share, 2)
        return


_UPDATES = PLAN_VOCAB["update_notes"]
_UPDATE_CUE = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_UPDATES["phrases"], key=len, reverse=True)))
    + r"|[a-z]{"
    + str(max(_UPDATES["past_min"] - 2, 1))
    + r",}(?:"
    + "|".join(map(re.escape, _UPDATES["past_endings"]))
    + r"))\b",
    re.I,
)


def _update_notes(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    columns: Sequence[Sequence[str]],
    cards: bool = False,
    reported: frozenset[int] = frozenset(),
    overruled: Collection[int] = (),
) -> None:
    """A column of sentences under a header no vocabulary knows ('Round-up'), right of the
    action column and of the status column (or right of the action, owner and due columns and
    left of the status: 'Action | Lead | Due | Where things stand | RAG', a status column last,
    holdout docx-vcentre-shared), whose cells read as updates on the work (a
    past-tense word, a phrase of progress: 'Recruitment under way; two posts filled') is the
    progress. _prose_role leaves such prose 'other' (placed, so unsaid) because prose beside an
    action may be impact or evidence: the place after the status and the cells' tense tell
    them apart, so the progress is read rather than lost without a word. Only where no column
    holds progress; a header that names a role keeps it.

    cards: the columns are the labels of action cards (card_update_notes), whose order in a
    card says nothing (a card prints its update beside the status or above it): the cells'
    tense alone decides, so only where exactly one unknown label's values read as updates, and
    never under a label that is itself a status word (a status printed after its label line after
    line, taken for a label of its own: box_run_labels then leaves the run to other readers).

    reported: columns only a record's second row fills, in a tracker printing each record as a
    pair of rows (row_pairs: the plan over the actual): prose there is written against the plan
    on the row that reports on it, an update whatever its tense ('Scoping to begin next
    quarter'), so its place, not its cues, makes it the progress.
    overruled: the columns whose header's role their cells overruled (a label naming a status
    over sentences beside a card's status chip, plan_cards._reading): read as unknown labels."""
    taken = _taken(out)
    if "progress" in taken or "action" not in taken or not cards and "rag" not in taken:
        return
    act = max(o.index for o in out if o.role == "action")
    rag = max((o.index for o in out if o.role == "rag"), default=-1)
    # the action's particulars, who (its owner, or a sponsor read as the owner later) and
    # when: a column past both and the action, the status after it ('Action | Lead | Due |
    # <notes> | RAG'), stands past all that is said about the action itself (its impact or
    # evidence print beside it), where a table prints its updates
    told = [o.index for o in out if o.role in ("owner", "sponsor", "due")]
    who = bool(taken & {"owner", "sponsor"})
    past = max([act, *told]) if who and "due" in taken else None
    found: list[tuple[ColumnRole, int, int]] = []
    for c in out:
        if c.role != "other" or c.index >= len(columns):
            continue
        before_rag = past is not None and past < c.index < rag
        if not cards and c.index <= max(act, rag) and not before_rag or c.index == act:
            continue
        named = bool(_header_roles(c.label)) and c.index not in overruled
        if named or _share(counts[c.index], {CellType.prose}) < CLEAR:
            continue
        if cards and normalise_rag(c.label) is not None:
            continue  # a status word read as a card label ('Off track') is a value, no label
        # a mark alone ('⚑': a flag column no header parts from the notes) is no note
        filled = [t for t in columns[c.index] if t.strip() and not glyph_word(t.strip())]
        cued = sum(1 for t in filled if _UPDATE_CUE.search(t))
        if not filled or cued < _UPDATES["share"] * len(filled) and c.index not in reported:
            continue
        if cards and len(filled) < _UPDATES["card_values"]:
            continue
        found.append((c, cued, len(filled)))
        if not cards:
            break
    if len(found) != 1:
        return  # cards: two labels of updates cannot be told apart (nor one from an aim)
    c, cued, n = found[0]
    c.role, c.confidence = "progress", round(0.5 + 0.3 * cued / n, 2)
    where = (
        "written on the row that reports against the plan"
        if c.index in reported
        else "a card label no vocabulary knows, the only one whose values read so"
        if cards
        else "right of the actions and their status"
        if c.index > rag
        else "right of the actions, their owners and dues, left of their status"
    )
    c.evidence.append(
        f"{cued} of its {n} sentences read as updates (a past tense, a phrase of"
        f" progress), {where}: the progress"
    )


def table_update_notes(reading: TableRoles, columns: Sequence[Sequence[str]]) -> list[int]:
    """The update notes of a printed table whose status column was found after its roles were
    read (inked_status_column: words no vocabulary knows, each in its ink): _update_notes
    wants the status placed, so a column of updates right of it under a header no vocabulary
    knows ('Match report') was left 'other' and said unread. Read again now the status is
    placed; the columns newly read as the progress are returned."""
    if reading.kind != ACTION_TABLE:
        return []
    before = {c.index for c in reading.columns if c.role == "progress"}
    counts = [type_counts(columns[c.index]) if c.index < len(columns) else Counter()
              for c in reading.columns]  # fmt: skip
    _update_notes(reading.columns, counts, columns)
    return [c.index for c in reading.columns if c.role == "progress" and c.index not in before]


def card_update_notes(
    reading: TableRoles, columns: Sequence[Sequence[str]], overruled: Collection[int] = ()
) -> None:
    """The update notes of action cards (one column per label, the cards its rows): a label
    no vocabulary knows ('Where things stand') whose values read as updates is the progress,
    from the same evidence a printed table's column is (_update_notes) but for the place,
    which a card's fields do not keep. read_roles reads it only where a table is printed.
    overruled: columns whose label's role the cards' reading overruled (_update_notes)."""
    if reading.kind != ACTION_TABLE:
        return
    counts = [type_counts(columns[c.index]) if c.index < len(columns) else Counter()
              for c in reading.columns]  # fmt: skip
    _update_notes(reading.columns, counts, columns, cards=True, overruled=overruled)


_PEOPLE_CELLS = frozenset({CellType.person, CellType.owner_date, CellType.body})


def _people_not_actions(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """A column the header names as the action ('Action holder', 'Action lead') whose cells
    name people or posts, not what is done, while another column holds sentences: the header's
    word 'action' qualifies who holds it. The cells decide: the people are read as who leads
    (or a sponsor), the sentences beside them as the action (_from_cells)."""
    prose = [
        c for c in out
        if c.role in (None, "action") and _share(counts[c.index], {CellType.prose}) >= CLEAR
    ]  # fmt: skip
    for c in out:
        cnt = counts[c.index]
        if c.role != "action" or not sum(cnt.values()):
            continue
        people = _share(cnt, _PEOPLE_CELLS)
        if people < 0.5 or _share(cnt, {CellType.prose}) >= 0.25:
            continue
        if not any(p is not c for p in prose):
            continue
        c.evidence = [
            f"header {c.label!r} names action, but {people:.0%} of its cells are people or posts"
            " beside a column of sentences: its cells decide"
        ]
        c.role = None


def _merged_header(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    kind: str | None,
    columns: Sequence[Sequence[str]],
) -> None:
    """A text role printed over a column of codes belongs to the headerless prose column beside it.

    Word tables leave the code column's header empty or merge 'Indicator' across both columns:
    the codes are the key, the prose beside them is what the header names. Another column of
    codes may stand between them (the key of the recommendation: _text_beside).
    """
    key = "code" if kind == KPI_TABLE else "ref"
    for c in out:
        if c.role not in ("indicator", "action"):
            continue
        nxt = _text_beside(out, counts, c.index)
        if nxt is None:
            continue
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


def _pairs_owner_and_date(out: Sequence[ColumnRole], counts: list[Counter[CellType]]) -> bool:
    """A due column whose cells each pair a lead with a date ('Head of Service' / 'by 14-Mar-27'):
    it names the owner too, so people in a column the header left unplaced are someone else (who
    scored, who reviewed), not the lead."""
    return any(
        c.role == "due" and _share(counts[c.index], {CellType.owner_date}) >= CLEAR for c in out
    )


def _text_beside(
    out: list[ColumnRole], counts: list[Counter[CellType]], col: int
) -> ColumnRole | None:
    """The column right of a column of codes that is not codes itself: the next one, or the
    first past further columns of codes (an action's key, then the key of its recommendation,
    'AL007 | IR3 | Offer tuition ...')."""
    for nxt in out[col + 1 :]:
        if _share(counts[nxt.index], {CellType.code}) < CLEAR:
            return nxt
    return None


def _taken(out: Sequence[ColumnRole]) -> set[str]:
    return {c.role for c in out if c.role is not None}


def _from_cells(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    kind: str | None,
    columns: Sequence[Sequence[str]],
    grid: Sequence[Sequence[str]] = (),
) -> None:
    """Roles for the columns the header left unplaced, from what their cells are."""
    free = [c for c in out if c.role is None and sum(counts[c.index].values()) > 0]
    if not free:
        return
    if kind == ACTION_TABLE:
        _dates(out, free, counts)
        _quoted_recommendations(out, free, counts, columns)
    for c in free:
        if c.role is not None:
            continue
        cnt = counts[c.index]
        taken = _taken(out)
        best, share = _dominant(cnt)
        role: str | None = None
        recs = _rec_numbers(columns[c.index]) if c.index < len(columns) else 0.0
        mine = columns[c.index] if c.index < len(columns) else []
        if best is CellType.text or best is CellType.prose and share < CLEAR:
            once = _prose_once(mine)  # stock notes repeated on later entries count once
            best, share = (CellType.prose, once) if once >= CLEAR else (best, share)
        keyed = (
            "ref" in taken
            or c.index > 1
            or _repeats(mine)
            or _codes_follow(c, out, counts, columns)
        )
        if (
            kind == ACTION_TABLE and recs >= CLEAR and "rec" not in taken and keyed
            and not _names_rows(c, out, grid) and not _ranks(c, out, grid)
            and not _counts_rows(grid, c.index)  # a running count of entries names no rec
        ):  # fmt: skip
            c.role, c.confidence = "rec", round(0.35 + 0.5 * recs, 2)
            c.evidence.append(
                f"header {c.label!r} names no role; {recs:.0%} of its cells are small "
                "numbers that recur down the column or follow the ref: the recommendations"
                " each action answers"
            )
            continue
        if c.ranks:  # a place in its group (_ranks, said): placed, read into no field
            c.role, c.confidence = "other", 0.6
            continue
        if kind == ACTION_TABLE:
            if best is CellType.body and "governance" not in taken:
                role = "governance"
            elif best is CellType.person:
                owned = "owner" in taken or _pairs_owner_and_date(out, counts)
                role = "sponsor" if owned else "owner"
            elif best is CellType.owner_date:
                role = next((r for r in ("owner", "due") if r not in taken), None)
            elif best is CellType.rag and "rag" not in taken:
                role = "rag"
            elif best is CellType.code and "ref" not in taken and _ref_here(c, out, grid):
                role = "ref"
            elif best is CellType.number and "ref" not in taken and numbered_pairs(mine):
                role = "ref"  # '1/1', '1/2', '2/1': each group's items counted, no fractions
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


def _entries_under_progress(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """No action column, and the one column the header names progress ('Narrative') holds the
    sentences, rows sharing their ref: a statement's entries, each action's text on its opening
    entry and its updates on later ones (ref_entries parts them), so the column is the
    action's. A table of updates keyed by refs (one row an action) keeps its progress, and so
    does a column of notes each said once (no stock note recurs under two refs): a form's
    'Evidence of progress' boxes beside a date's Day | Month | Year, a month repeating, are
    updates, not a statement's entries."""
    if any(c.role == "action" for c in out):
        return
    notes = [c for c in out if c.role == "progress" and c.index < len(columns)]
    ref = next((c.index for c in out if c.role == "ref"), None)
    if len(notes) != 1 or ref is None or ref >= len(columns):
        return
    if not _repeats(columns[ref]) or _prose_once(columns[notes[0].index]) < CLEAR:
        return
    if not _stock_note(columns[notes[0].index], columns[ref]):
        return
    cells = [t for t in columns[notes[0].index] if t.strip()]
    if sum(map(len, cells)) / len(cells) <= _SENTENCE_CHARS:
        return
    c = notes[0]
    c.role = "action"
    c.evidence.append(
        f"header {c.label!r} names progress, but no column holds the actions and its cells are"
        " the sentences, rows sharing their refs: each action's entries, its text on the first"
    )


_SENTENCE_CHARS = 25  # an action is a sentence, not a label


def _stock_note(texts: Sequence[str], refs: Sequence[str]) -> bool:
    """Some text of the column recurs on rows of two refs or more: stock words a statement
    prints on the later entries of many actions ('Position reported'), not one action's note."""
    under: dict[str, set[str]] = {}
    for text, ref in zip(texts, refs, strict=False):
        if text.strip() and ref.strip():
            under.setdefault(" ".join(text.split()), set()).add(" ".join(ref.split()))
    return any(len(r) >= 2 for r in under.values())


def _prose_once(texts: Sequence[str]) -> float:
    """The share of prose among a column's distinct texts: a statement prints each action's
    sentence on its opening entry and the same few stock words on its later ones ('Position
    reported'), which may outnumber the sentences though they say one thing each."""
    once = list(dict.fromkeys(" ".join(t.split()) for t in texts if t.strip()))
    return sum(cell_type(t) is CellType.prose for t in once) / len(once) if once else 0.0


_NUMBERS = re.compile(r"\d+")


def _names_rows(c: ColumnRole, out: Sequence[ColumnRole], grid: Sequence[Sequence[str]]) -> bool:
    """Small numbers on a few rows, each naming another row of the same table by its ref and
    never its own row: what a task waits on ('Predecessors' 3, '3,4FS+2d'), not the
    recommendation it answers. A recommendation's number is on most of its actions' rows (or,
    merged down, heads them), and a row's own ref may equal it."""
    ref = next((o.index for o in out if o.role == "ref"), None)
    if ref is None or not grid:
        return False
    rows = [r for r in grid if c.index < len(r) and ref < len(r) and any(t.strip() for t in r)]
    refs = {r[ref].strip() for r in rows if r[ref].strip()}
    filled = [r for r in rows if r[c.index].strip()]
    if not filled or len(filled) * 2 > len(rows):
        return False
    for r in filled:
        named = set(_NUMBERS.findall(r[c.index]))
        if not named or not named <= refs - {r[ref].strip()}:
            return False
    return True


# an action's ref coding its recommendation's number ('2.1', 'R2.3'): that number
_REF_HEAD = re.compile(r"^[A-Z]{0,2}(\d{1,2})\.\d")
MIN_COUNTED = 4  # rows a count within groups must run over to be told from a few numbers


def _counts_in_groups(
    c: ColumnRole, out: Sequence[ColumnRole], grid: Sequence[Sequence[str]]
) -> bool:
    """Numbers counting the rows of each group from 1 again (1, 2, 3 | 1, 2 | 1, 2: a position,
    a rank within a division) that mostly disagree with the recommendation the rows' coded refs
    name ('2.1' answers 2): a place in a group, not the recommendation each row answers, which
    is the same on every row of its group."""
    ref = next((o.index for o in out if o.role == "ref"), None)
    if ref is None:
        ref = _coded_ref_column(grid, skip=c.index)
    if ref is None or not grid:
        return False
    pairs: list[tuple[int, str]] = []
    for r in grid:
        if max(c.index, ref) >= len(r):
            continue
        mine, head = r[c.index].strip(), _REF_HEAD.match(r[ref].strip())
        if mine.isdigit() and head is not None:
            pairs.append((int(mine), head.group(1).lstrip("0")))
    if len(pairs) < MIN_COUNTED:
        return False
    starts, prev = 0, 0
    for n, _ in pairs:
        if n == 1:
            starts += 1
        elif n != prev + 1:
            return False
        prev = n
    if starts < 2 or starts == len(pairs):
        return False
    agree = sum(str(n) == head for n, head in pairs)
    return agree * 2 < len(pairs)


def _ref_here(c: ColumnRole, out: Sequence[ColumnRole], grid: Sequence[Sequence[str]]) -> bool:
    """Whether a column of codes the header left unplaced is the actions' ref: a code column
    among the first two; but where one of those counts each group's rows from 1 (a rank,
    _counts_in_groups), the column of distinct coded refs ('2.1') beyond them is, and the
    count is not. Where one of those counts the rows (a statement's entry numbers) and the
    coded refs beyond recur (each action's entries, _entry_ref_column), those are the ref."""
    coded = _coded_ref_column(grid)
    if coded is None:
        entries = _entry_ref_column(grid)
        return c.index == entries if entries is not None else c.index <= 1
    if coded <= 1:
        return c.index <= 1
    if not any(o.index <= 1 and _counts_in_groups(o, out, grid) for o in out):
        return c.index <= 1
    return c.index == coded


def _ranks(c: ColumnRole, out: Sequence[ColumnRole], grid: Sequence[Sequence[str]]) -> bool:
    """Whether the column counts each group's rows from 1 (_counts_in_groups): said, and kept
    on the column, since the table's row order is then a ranking's, not the plan's."""
    if not _counts_in_groups(c, out, grid):
        return False
    c.ranks = True
    c.evidence.append(
        f"header {c.label!r} names no role; its numbers count each group's rows from 1 and "
        "disagree with the refs' recommendations: a place in the group (a rank), the rows "
        "printed in that order"
    )
    return True


def _coded_ref_column(grid: Sequence[Sequence[str]], skip: int = -1) -> int | None:
    """Another column whose cells are each a distinct coded ref ('2.1', 'R2.3'): the actions'
    refs, under a header no vocabulary names ('Entry', 'Club no.'). None where no column is."""
    width = max((len(r) for r in grid), default=0)
    for i in range(width):
        if i == skip:
            continue
        cells = [r[i].strip() for r in grid if i < len(r) and r[i].strip()]
        coded = [t for t in cells if _coded_ref(t)]
        enough = len(coded) >= MIN_COUNTED and len(coded) >= CLEAR * len(cells)
        if enough and len(set(coded)) == len(coded):
            return i
    return None


def _entry_ref_column(grid: Sequence[Sequence[str]]) -> int | None:
    """The column of coded refs ('4.2') beyond the first two that recur on some rows, where a
    column among the first two counts the rows (1, 2, 3 .. down the whole table): a statement
    or ledger numbers its entries and names on each the record it is an entry of, so the
    rows sharing a ref are one action's entries (ref_entries) and the count is no ref. None
    where the table has no such pair."""
    width = max((len(r) for r in grid), default=0)
    if not any(_counts_rows(grid, i) for i in range(min(2, width))):
        return None
    for i in range(2, width):
        cells = [r[i].strip() for r in grid if i < len(r) and r[i].strip()]
        coded = [t for t in cells if _coded_ref(t)]
        enough = len(coded) >= MIN_COUNTED and len(coded) >= CLEAR * len(cells)
        if enough and len(set(coded)) < len(coded):
            return i
    return None


def _coded_ref(text: str) -> bool:
    """A coded ref ('2.1', 'R2.3'), one word, and no date ('04.01.2026': the one date
    normaliser says which)."""
    return bool(_REF_HEAD.match(text)) and len(text.split()) == 1 and not opens_with_date(text)


def _counts_rows(grid: Sequence[Sequence[str]], col: int) -> bool:
    """Every row's cell in col is the one above's number plus one: a running count of rows."""
    cells = [r[col].strip() if col < len(r) else "" for r in grid if any(t.strip() for t in r)]
    if len(cells) < MIN_COUNTED or not all(t.isdigit() for t in cells):
        return False
    return all(int(b) == int(a) + 1 for a, b in zip(cells, cells[1:], strict=False))


def _codes_follow(
    c: ColumnRole,
    out: Sequence[ColumnRole],
    counts: list[Counter[CellType]],
    columns: Sequence[Sequence[str]],
) -> bool:
    """The column right of this one holds each action's own code ('1a', '2.1'), more of them
    than this one's small numbers: this one is the key of a group of actions ('Finding' 1 |
    'Seq.' 1a), not the ref."""
    i = c.index + 1
    if i >= len(out) or i >= len(columns) or out[i].role not in (None, "ref"):
        return False
    mine = [t for t in columns[c.index] if t.strip()]
    theirs = [t for t in columns[i] if t.strip()]
    return (
        _share(counts[i], {CellType.code}) >= CLEAR
        and _rec_numbers(columns[i]) < CLEAR
        and len(set(theirs)) > len(set(mine))
    )


def _rec_numbers(texts: Sequence[str]) -> float:
    """The share of a column's filled cells naming recommendations by number ('2', 'R2, R4'),
    or by a roman key in brackets ('(iii)', the label of a list of them numbered so)."""
    filled = [" ".join(t.split()) for t in texts if t.strip()]
    named = sum(1 for t in filled if _REC_NUMBERS.match(t) or roman_key(t) is not None)
    return named / len(filled) if filled else 0.0


_NUMBERED_PAIR = re.compile(PLAN_VOCAB["cell_types"]["numbered_pair"])


def numbered_pairs(texts: Sequence[str]) -> bool:
    """Whether a column's cells are refs printed as 'group/item' ('1/1', '1/2', '2/1') or
    'group-item' ('1-1', '2-3'), which read as fractions or ranges: every filled cell a pair
    of small numbers, the groups in order down the column and the items rising within each
    group, one group of two items at the least (some rows may be read apart: '1/1', '1/2',
    '1/4'). Scores ('3/5', '4/5', '2/5') fall back, and shares ('1/4', '2/4') count no items
    in a group: figures, not refs. Under a header that names no role ('Verse'), the refs were
    read as nothing and every action lost its ref."""
    pairs: list[tuple[int, int]] = []
    for t in texts:
        if not t.strip():
            continue
        m = _NUMBERED_PAIR.match(" ".join(t.split()))
        if m is None:
            return False
        pairs.append((int(m.group(1)), int(m.group(2))))
    if len(pairs) < 2 or len(set(pairs)) < len(pairs):
        return False
    for (g0, i0), (g1, i1) in zip(pairs, pairs[1:], strict=False):
        if g1 < g0 or g1 == g0 and i1 <= i0:
            return False
    # items counted within a group; one number under every group ('1/4', '2/4') is a share
    return any(g0 == g1 for (g0, _), (g1, _) in zip(pairs, pairs[1:], strict=False))


def _repeats(texts: Sequence[str]) -> bool:
    """The same cell text recurs: a key shared by several rows (a group), not a row's own."""
    filled = [" ".join(t.split()) for t in texts if t.strip()]
    return len(filled) >= 2 and len(set(filled)) < len(filled)


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
    """Unplaced prose: the action when none is known; left of the actions, text shared by
    several of them (repeated, or one cell merged down beside them) is the recommendation they
    answer; else other.

    Prose beside the action may be progress, impact measures or evidence: cells alone do not
    tell them apart, and a wrong progress column is worse than none.
    """
    if "action" not in taken:
        return "other" if _groups_numbered_items(c, out, columns) else "action"
    act = next((o for o in out if o.role == "action"), None)
    if act is None or act.index < c.index or "recommendation_text" in taken:
        return "other"
    mine = [t for t in columns[c.index] if t.strip()]
    actions = [t for t in columns[act.index] if t.strip()] if act.index < len(columns) else []
    shared = _repeats(mine) or (mine and len(mine) < 0.8 * len(actions))
    labelled = sum(1 for t in set(mine) if _rec_labelled(t)) >= CLEAR * len(set(mine))
    if shared and labelled:
        c.evidence.append(
            f"{len(mine)} cells beside {len(actions)} actions, each opening with a number: the"
            " recommendation they answer"
        )
        return "recommendation_text"
    return "other"


# a cell opening with a dotted item number ('1.1 Redesign ...', 'A2.3 Audit ...'): a numbered item
_NUMBERED_ITEM = re.compile(r"^\s*[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})+\.?\s+\S")


def _groups_numbered_items(
    c: ColumnRole, out: Sequence[ColumnRole], columns: Sequence[Sequence[str]]
) -> bool:
    """Prose merged down beside an unplaced column to its right whose cells are numbered items
    ('1.1 ...', '1.2 ...'), one per row: this column states what the items are for (an outcome
    or objective), the numbered items are the actions. Read first, it would be taken for the
    action and the numbered actions left as a note beside it."""
    mine = [t for t in columns[c.index] if t.strip()] if c.index < len(columns) else []
    if not mine or any(_NUMBERED_ITEM.match(t) for t in mine):
        return False
    for o in out:
        if o.index <= c.index or o.role is not None or o.index >= len(columns):
            continue
        items = [t for t in columns[o.index] if t.strip()]
        numbered = sum(1 for t in items if _NUMBERED_ITEM.match(t))
        if len(mine) < 0.8 * len(items) and numbered >= CLEAR * len(items):
            c.evidence.append(
                f"{len(mine)} cells merged down beside {len(items)} numbered items in column"
                f" {o.index + 1}: what they are for, not the action"
            )
            return True
    return False


def _quoted_recommendations(
    out: list[ColumnRole],
    free: list[ColumnRole],
    counts: list[Counter[CellType]],
    columns: Sequence[Sequence[str]],
) -> None:
    """Two unplaced prose columns and no action column: the left one, whose cells recur down the
    column (or are merged down over several rows) and open with a recommendation's number ('1. Improve ...' on each of its actions'
    rows), quotes the recommendation; the prose right of it is the action (placed next).

    A tracker repeats the recommendation's text on every row; read alone, the first column of
    sentences would be taken for the actions and the actions for a note beside them.
    """
    if "action" in _taken(out) or "recommendation_text" in _taken(out):
        return
    prose = [
        c for c in free
        if c.role is None and c.index < len(columns)
        and _share(counts[c.index], {CellType.prose}) >= CLEAR
    ]  # fmt: skip
    if len(prose) < 2:
        return
    first, mine = prose[0], [t for t in columns[prose[0].index] if t.strip()]
    beside = [t for t in columns[prose[1].index] if t.strip()]
    distinct = {" ".join(t.split()) for t in mine}
    labelled = sum(1 for t in distinct if _rec_labelled(t))
    # recurring on each action's row, or one cell merged down beside several actions
    shared = _repeats(mine) or len(mine) < 0.8 * len(beside)
    if not shared or labelled < CLEAR * len(distinct):
        return
    first.role, first.confidence = (
        "recommendation_text",
        round(0.5 + 0.4 * labelled / len(distinct), 2),
    )
    first.evidence.append(
        f"header {first.label!r} names no role; {len(distinct)} texts recur over {len(mine)} rows,"
        " each opening with a number, left of more prose: the recommendation the actions answer"
    )


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


# a role a table lacks -> the header role whose column, holding that role's cells, stands in
# for it: the one sponsor of a card or table with no other people is who leads the action; a
# milestone column of bare dates beside no due date is when the action is due (milestones
# that name an event, 'Cabinet decision Sept 16', stay milestones)
_STAND_INS = {
    "owner": ("sponsor", "other"),
    "due": ("milestones", "baseline", "latest", "target"),
    "action": ("theme",),
}
# what a donor's cells must be to stand in, where the role's EXPECTED types are too wide for
# it: a column named for what is not data ('Resources', 'Notes') stands in for the owner only
# when its cells are people ('Resource names' of a project tool), not short text or costs
_DONOR_CELLS: dict[tuple[str, str | None], frozenset[CellType]] = {
    ("owner", "other"): frozenset({CellType.person, CellType.owner_date})
}
# 'other' headers of a payment event ('Payment date') that stand in for a missing due column
# (an invoice's lines print when each is to be paid, and no other date): data/plan_columns.json
_DUE_EVENTS = tuple(PLAN_VOCAB["due_events"]["phrases"])


def _donor(role: str, c: ColumnRole) -> bool:
    """The column's header named a role that may stand in for the missing role: a neighbouring
    role, or for the due a payment event's date ('Payment date', 'other' beside a due column)."""
    if c.role in _STAND_INS[role]:
        return True
    label = text_key(c.label)
    return role == "due" and c.role == "other" and any(p in label for p in _DUE_EVENTS)


def _bare_timescale(text: str) -> bool:
    return bare_date(text) or cell_type(text) is CellType.open_date


def _stand_ins(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """A role no column holds, taken by the one column whose header named a neighbouring role
    and whose cells are what the missing role holds (persons, dates): in an action table a
    figure's header over dates ('Baseline finish', 'Target end') says when the work is due,
    and 'Resources' over people who does it; an invoice's 'Payment date' over its lines' only
    dates says when each is due (beside a due column it stays a later event, 'other')."""
    for role in _STAND_INS:
        if role in _taken(out) or (role == "owner" and _pairs_owner_and_date(out, counts)):
            continue  # (the due column's cells name the lead beside each date)
        cands = [
            c
            for c in out
            if _donor(role, c)
            and _share(counts[c.index], _DONOR_CELLS.get((role, c.role), EXPECTED[role])) >= CLEAR
            and (role != "due" or all(_bare_timescale(t) for t in columns[c.index] if t.strip()))
            # an 'Objective' over sentences is what a table of no other action column lists
            and (role != "action" or _share(counts[c.index], {CellType.prose}) >= CLEAR)
        ]
        # a column named for a neighbouring role ('Sponsor') outranks one named for what is no
        # role of the plan ('Project manager' of a delivery team): the header that names
        # accountability says who owns the work; the project role's column stays other
        named = [c for c in cands if (role, c.role) not in _DONOR_CELLS]
        if named and len(named) < len(cands):
            for c in cands:
                if c not in named:
                    c.evidence.append(
                        f"a {named[0].role} column's header names who answers for the work: "
                        f"this {c.role} column is not the {role}"
                    )
            cands = named
        if len(cands) != 1:
            continue
        c = cands[0]
        share = _share(counts[c.index], EXPECTED[role])
        c.evidence.append(
            f"the table has no {role} column; {share:.0%} of this {c.role} column's cells are "
            f"what a {role} column holds: it stands in"
        )
        c.role, c.confidence = role, round(0.5 + 0.4 * share, 2)


def _rec_labelled(text: str) -> bool:
    """The cell opens with a recommendation's label and number ('Recommendation 2: ...',
    'Inspectors' recommendation no. 3: ...', 'R2 – ...'), read by the recommendations' own
    label reader (plan_recommendations.heading), or a bare number and stop ('2. Improve ...')."""
    from plantrace.extractors.plan_recommendations import heading  # built on this module

    clean = " ".join(text.split())
    return bool(_REC_LABEL.match(clean)) or heading(clean) is not None


def _header_role(text: str) -> str | None:
    from plantrace.extractors.plan_columns import header_role  # built on this module

    return header_role(text)


def _header_roles(text: str) -> frozenset[str]:
    from plantrace.extractors.plan_columns import phrase_roles  # built on this module

    return phrase_roles(" ".join(text.split()))


def _sub_header(
    out: list[ColumnRole], counts: list[Counter[CellType]], grid: list[list[str]]
) -> None:
    """A second header row under a group header: 'Timescale' printed over 'Start' | 'End'.

    The first data row holds only short words, no date or figure, and one of them names the
    start or the due date over a column of dates: those words name the date columns (the group
    header named one role for both, or none).
    """
    named = [(i, t) for i, t in enumerate(grid[0]) if t.strip()]
    short = all(
        len(t.split()) <= 3 and cell_type(t) in (CellType.text, CellType.code) for _, t in named
    )
    if not named or not short:
        return
    for i, text in named:
        c, role = out[i], _header_role(text)
        dated = _share(counts[i], {CellType.date, CellType.open_date})
        if role not in ("start", "due") or dated < CLEAR or c.role == role:
            continue
        if role == "due" and "due" in _taken(out):
            continue
        c.role, c.confidence = role, round(0.6 + 0.35 * dated, 2)
        c.evidence.append(
            f"second header row {text!r} under {c.label!r} names {role}; {dated:.0%} of its "
            "cells are dates"
        )


_STATES = 6  # a status column's distinct states: a closed set of a few short phrases


def _closed_set(texts: Sequence[str]) -> float:
    """The share of a column's cells that are one of a few short phrases each printed on two rows
    or more: a closed set of states ('On course', 'Slipping', 'Not begun', ..), not notes."""
    filled = [text_key(t) for t in texts if t.strip()]
    if not filled:
        return 0.0
    seen = Counter(filled)
    states = [p for p, n in seen.most_common(_STATES) if n >= 2 and len(p.split()) <= 4]
    if len(seen) > 2 * _STATES:
        return 0.0
    return sum(seen[p] for p in states) / len(filled)


def _fill_rag(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    fills: list[list[str | None]],
    tinted: Sequence[int] = (),
    columns: Sequence[Sequence[str]] = (),
) -> None:
    """A column whose cells hold no word but a red, amber, green or blue fill is the RAG column,
    whatever its header says or if it has none ('Confidence', 'BRAG', ''); so is one whose short
    words no vocabulary reads sit on status tints that vary from row to row (tinted_words). A
    state of no colour ('Not begun') sits on no tint: in such a column of a few short phrases,
    each on several rows (a closed set of states), every phrase counts as a state."""
    for c in out:
        colours = fills[c.index] if c.index < len(fills) else []
        rag = [x for x in colours if x is not None]
        toned = tinted[c.index] if c.index < len(tinted) else 0
        if not rag and not toned:
            continue
        words = sum(counts[c.index].values())
        worded = counts[c.index][CellType.rag] + toned
        share = (len(rag) + worded) / (len(colours) + words)
        if toned >= 2 and c.index < len(columns):
            share = max(share, _closed_set(columns[c.index]))
        kinds = ", ".join(sorted(set(rag)))
        seen = (
            f"{len(rag)} cells with no word are filled {kinds}" if rag else
            f"{toned} cells of words no vocabulary reads sit on status tints"
        )  # fmt: skip
        if c.role == "rag":
            c.confidence = max(c.confidence, round(0.6 + 0.35 * share, 2))
            c.evidence.append(seen)
            continue
        # a header word for a role its cells could hold ('Milestone met?' -> milestones) gives
        # way to a column of no word but RAG fills, as it gives way to cells of another kind
        # so does 'Progress rating' over dots and tints: a progress note is words
        noteless = c.role == "progress" and words == counts[c.index][CellType.rag]  # marks only
        wordless = (
            (c.role in OVERRULED and words == 0) or noteless or _tinted_states(c, counts, toned)
        )
        if (c.role is not None and not wordless) or "rag" in _taken(out) or share < CLEAR:
            continue
        if wordless:
            held = "short words on status tints" if toned else "no word"
            c.evidence.append(f"header {c.label!r} names {c.role}, but its cells hold {held}")
        c.role, c.confidence = "rag", round(0.35 + 0.5 * share, 2)
        c.evidence.append(
            f"header {c.label!r} names no role; {len(rag)} of its {len(colours) + words} cells "
            f"hold no word but a RAG fill ({kinds})"
            if not toned
            else f"header {c.label!r} names no role; {len(rag) + worded} of its "
            f"{len(colours) + words} cells are status words or fills ({seen})"
        )


# what a state's short words may read as alone: a board in 'Raised to board' is no governance
_STATE_CELLS = frozenset({CellType.text, CellType.rag, CellType.body, CellType.empty})


def _tinted_states(c: ColumnRole, counts: Sequence[Counter[CellType]], toned: int) -> bool:
    """A column a header word gave to progress or the latest figure ('Current flag', 'Where it
    stands') whose cells are all short words, two or more of them on status tints that vary
    row to row ('Securing' on green, 'Not secured' on red): the tint says the status, the
    column holds no note and no figure. toned: its cells on such tints (tinted_words); not
    kept in c.types, whose cells are already counted there by their words."""
    cnt = counts[c.index]
    return (
        c.role in ("progress", "latest")
        and toned >= 2
        and bool(cnt)
        and all(k in _STATE_CELLS for k in cnt)
    )


def _date(text: str) -> date | None:
    try:
        return parse_date(" ".join(text.split()))
    except ValueError:
        return None


def _later(grid: list[list[str]], a: int, b: int) -> int:
    """Rows where column b's date is after column a's, less rows where it is before."""
    score = 0
    for row in grid:
        da, db = _date(row[a]), _date(row[b])
        if da is not None and db is not None and da != db:
            score += 1 if db > da else -1
    return score


def _timescales_due(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """A start header ('Counting from Day 0', 'From plan start') over timescales counted from
    the plan's start ('Week 12', '+90 days', 'Month 7') in a table with no due column: the
    header names where the counting starts, the cells how long each action is allowed, so
    they are when it is due."""
    if any(c.role == "due" for c in out):
        return
    for c in out:
        cells = [t for t in columns[c.index] if t.strip()] if c.index < len(columns) else []
        timed = sum(1 for t in cells if names_plan_time(t))
        if c.role == "start" and cells and timed >= CLEAR * len(cells):
            c.role = "due"
            c.evidence.append(
                f"header {c.label!r} names start, but {timed} of its {len(cells)} cells are"
                " timescales counted from the plan's start and no column is due: when it is due"
            )
            return


def _date_order(
    out: list[ColumnRole], counts: list[Counter[CellType]], grid: list[list[str]]
) -> None:
    """Of two date columns the due date is the later one, row by row; the earlier starts.

    A group header over both ('Timescale' over 'Start' | 'End') names one role for two columns,
    and read alone it takes the start for the due date. Each row's two dates say which is which.
    A header word (or a second header row) that names a role keeps it, unless the later column
    has no header of its own: the slot a group header printed over.
    """
    dated = [
        c for c in out
        if c.role in (None, "due", "start")
        and _share(counts[c.index], {CellType.date, CellType.open_date}) >= CLEAR
        and counts[c.index][CellType.date] > 0
    ]  # fmt: skip
    if len(dated) != 2:
        return
    a, b = dated
    score = _later(grid, a.index, b.index)
    if score == 0:
        return
    start, due = (a, b) if score > 0 else (b, a)
    rows = abs(score)
    if due.role == "due" and start.role != "due":
        due.evidence.append(f"its dates are after those of {start.label!r} ({rows} rows)")
        if start.role is None:
            start.role, start.confidence = "start", due.confidence
            start.evidence.append(f"its dates are before the due dates of {due.label!r}")
        return
    if _named_over_bare(start, due):
        # the earlier header names the due by words of its own ('Deliver by', 'Target date');
        # the later says only that its cells are dates of some other event ('Claim date',
        # 'Date completed'): the header that names the due wins over the column order
        due.role, due.confidence = "other", start.confidence
        due.evidence.append(
            f"its header names a date only; {start.label!r} names the due date: not the due date"
        )
        start.evidence.append(f"its header names the due date over {due.label!r}")
        return
    if (_two_named_due(start, due) or _bare_date(start, due)) and (
        rows >= CLEAR * max(len(grid) - _one_dated(grid, start.index, due.index), MIN_PAIRED)
        or _logged(grid, start.index, due.index)
        or (
            _two_named_due(start, due) and _rest_role(start) is None and _rest_role(due) is not None
        )
    ):
        # (rows with the earlier date alone, a register's risks and issues with no due, count
        # for neither; an earlier header of the bare word 'date' and words naming nothing,
        # 'Date raised', beside a later one naming a role by words of its own, 'Target date',
        # decides it: some actions logged after their due date, overdue, notwithstanding)
        # both headers name a date ('Log date', 'Due at'), or the earlier's says only 'date'
        # beside a later date column ('Log date', 'Expected close'): the later dates, row by
        # row, are when the work is due; the earlier ones record when something happened (an
        # entry logged), which no header word here says is the due date
        due.role, start.role, start.confidence = "due", "other", due.confidence
        start.evidence.append(
            f"its dates are before those of {due.label!r} in {rows} rows: not the due date"
        )
        due.evidence.append(f"its dates are after those of {start.label!r} in {rows} rows: due")
        return
    if due.label.strip() and (_explicit(due) or _explicit(start)):
        due.evidence.append(f"its dates are after those of {start.label!r}; its header decides")
        due.confidence = start.confidence = min(due.confidence, start.confidence, 0.6)
        return
    sure = round(0.5 + 0.4 * min(1.0, rows / max(1, len(grid))), 2)
    due.role, due.confidence = "due", sure
    due.evidence.append(f"its dates are after those of {start.label!r} in {rows} rows: due")
    start.role, start.confidence = "start", sure
    start.evidence.append(f"its dates are before those of {due.label!r}: when the work starts")


def _one_dated(grid: list[list[str]], earlier: int, later: int) -> int:
    """Rows where the earlier column has a date and the later none: entries of a register
    that are not work to be done (a risk, an issue logged with the date it was raised, no due
    date). They say nothing of which column is due, and are not counted against the rows that
    do."""
    return sum(1 for row in grid if _date(row[earlier]) is not None and not row[later].strip())


def _logged(grid: list[list[str]], earlier: int, later: int) -> bool:
    """The earlier column's dates run in order down the table and the later one's do not: the
    rows are entries sorted by when each was logged (a log of updates), so the earlier column
    is when the entry was made, whatever the rows where an overdue action was logged after its
    due date say; the later column is the due date."""
    return _in_order(grid, earlier) and not _in_order(grid, later)


def _in_order(grid: list[list[str]], col: int) -> bool:
    """Four dates or more down the column, none before the one above it."""
    dates = [d for row in grid if (d := _date(row[col])) is not None]
    return len(dates) >= 4 and all(a <= b for a, b in zip(dates, dates[1:], strict=False))


def _two_named_due(start: ColumnRole, due: ColumnRole) -> bool:
    """Both columns took due from a header word of their own, neither naming a start."""
    return start.role == due.role == "due" and _explicit(start) and _explicit(due)


def _named_over_bare(start: ColumnRole, due: ColumnRole) -> bool:
    """Both headers name due, the earlier by a due phrase of its own ('Achieve by', 'Target
    date'), the later only by the bare word 'date' beside words naming nothing ('Claim date',
    'Date completed'): the later column records when something else happened after the work
    was due. A later header of revision ('Revised date', 'New date') is left to the revised
    dates reader."""
    if not _two_named_due(start, due) or _only_date_word(start) or not _only_date_word(due):
        return False
    words = set(re.findall(r"[a-z]+", due.label.lower()))
    return not words & _REVISION_WORDS


def _bare_date(start: ColumnRole, due: ColumnRole) -> bool:
    """The earlier column took due only from the bare word 'date' in its header ('Log date',
    'Entry date'); the later one is a date column under a header of its own that names no
    other role: the header word 'date' says the cells are dates, not which date is due."""
    if start.role != "due" or due.role not in (None, "start") or not due.label.strip():
        return False
    if not _explicit(start) or _header_role(due.label) not in (None, "due"):
        return False
    return _only_date_word(start)


def _only_date_word(c: ColumnRole) -> bool:
    """The header names due only by the bare word 'date' ('Log date', 'Date raised'): it says
    the cells are dates, not that they are due. A header holding a due phrase of the
    vocabulary that has 'date' in it ('Completion date', 'Target date') names due by that
    phrase, whatever its other word names alone: it is no bare date."""
    if _DATED_DUE.search(" ".join(re.findall(r"[a-z]+", c.label.lower()))):
        return False
    return _rest_role(c) != "due"


# the due phrases of the header vocabulary that hold the word 'date' beside others
_DATED_DUE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(p)
        for p in sorted(PLAN_VOCAB["header_phrases"]["due"], key=len, reverse=True)
        if "date" in p.split() and p != "date"
    )
    + r")\b"
)


def _rest_role(c: ColumnRole) -> str | None:
    """The role the header's words name without the word 'date' ('Target date' -> target,
    'Date due' -> due, 'Date raised' -> none)."""
    return _header_role(re.sub(r"\bdate\b", " ", c.label, flags=re.I))


def _explicit(c: ColumnRole) -> bool:
    """The role was named by a header word, not inferred from the cells. A header that names
    both ends ('Timescale Start': a group header and its sub-header read as one) names neither."""
    words = set(re.findall(r"[a-z]+", c.label.lower()))
    if c.role == "due" and words & _START_WORDS:
        return False
    if c.label.strip() and _header_role(c.label) == c.role:
        return True
    return any(e.startswith("second header row") for e in c.evidence)


def _now(label: str) -> bool:
    return any(w in _NOW for w in re.findall(r"[a-z]+", label.lower()))


def _year(label: str) -> int | None:
    """The year of the last date a header names ('2023/24 outturn' -> 2024, 'Target March
    2026' -> 2026, 'Outturn Mar-25' -> 2025): the one date normaliser's reading (parse_date),
    not a year pattern of this module's own."""
    found = parse_date(label)
    return found.year if found is not None else None


def _figures(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """A KPI table's figure columns: which is the baseline, which the target.

    The header's words decide where they name one ('Baseline', 'Target'); else years in the
    headers (the later year is the target: '2023/24 outturn' | 'Ambition 2025/26') and the
    order of the columns (the baseline is printed left of the target): the right-most figure
    column is the target, the left-most the baseline. A 'latest' column with a year of its own
    ('2023/24 outturn') in a table with no baseline is the dated starting point.
    """
    _success_target(out, counts)
    for c in out:  # 'Position at start' over figures: where the measure started
        if (
            c.role == "start"
            and _share(counts[c.index], {CellType.number}) >= CLEAR
            and not any(o.role == "baseline" for o in out)
        ):
            c.role, c.confidence = "baseline", 0.75
            c.evidence.append("a start named over figures: the baseline")
    figures = [
        c for c in out
        if c.role in (None, "baseline", "latest", "target")
        and _share(counts[c.index], {CellType.number}) >= CLEAR
    ]  # fmt: skip
    if len(figures) < 2:
        return
    said = {c.index: _said(c.label) for c in figures}
    years = {c.index: _year(c.label) for c in figures}
    _later_target(figures, said, years)
    if not any(c.role == "target" for c in out):
        last = figures[-1]
        others = [y for c in figures[:-1] if (y := years[c.index]) is not None]
        year = years[last.index]
        later = year is not None and bool(others) and year > max(others)
        # a due header over figures ('By the end', 'Due by'): the figure aimed at by then
        if said[last.index] in (None, "direction", "due") or (
            said[last.index] == "date_label" and later
        ):
            why = (
                f"its year {year} is after {max(others)}"
                if later
                else "the right-most column of figures"
            )
            last.role, last.confidence = "target", 0.7 if later else 0.6
            last.evidence.append(f"{why}: the target")
    if not any(c.role == "baseline" for c in out):
        dated = [
            c for c in figures
            if c.role == "latest" and years[c.index] is not None and not _now(c.label)
        ]  # fmt: skip
        if dated:
            first = dated[0]
            first.role, first.confidence = "baseline", 0.7
            first.evidence.append(
                f"a figure of {years[first.index]} and no baseline column: the starting point"
            )
    for c in figures:
        if c.role is None:
            c.role, c.confidence = "baseline", 0.5
            c.evidence.append("a column of figures left of the target: a baseline")
    _between(out, figures, said)
    _third_figure(figures, said)


_SUCCESS_OVER_FIGURES = tuple(PLAN_VOCAB["success_over_figures"]["phrases"])


def _success_target(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """A scorecard's 'Success looks like' over figures: the target.

    Beside actions such a header names a column nothing is read from (plan_columns.json
    'other': what success means, in words), and so it was placed 'other' in a KPI table too,
    its figures lost: the target of every row unread. Over a column of figures in a KPI table
    with no column named the target it names what the measure aims at (data:
    success_over_figures); a column of words under it stays 'other'.
    """
    if any(c.role == "target" for c in out):
        return
    named = [
        c for c in out
        if c.role == "other"
        and any(p in text_key(c.label) for p in _SUCCESS_OVER_FIGURES)
        and _share(counts[c.index], {CellType.number}) >= CLEAR
    ]  # fmt: skip
    if len(named) != 1:
        return
    c = named[0]
    c.role, c.confidence = "target", 0.75
    c.evidence.append(f"header {c.label!r} names what success is, over figures: the target")


_THREE = frozenset({"baseline", "latest", "target"})
_TIME_ROLE = {"start": "baseline", "now": "latest", "aim": "target"}  # values.figure_time


def _third_figure(figures: list[ColumnRole], said: dict[int, str | None]) -> None:
    """A scorecard's three columns of figures say where a measure started, where it is now and
    where it should get to. Read by their places and words, two may come out the same (a
    second baseline) or one lacking: then each header that tells which (by the vocabulary's
    role, else by its words about time: 'Figure at outset', 'Current figure', 'Figure we
    expect') gives its column that role, and with two told the third, whose header tells
    nothing ('Result'), is the one left, wherever it stands."""
    if len(figures) != 3 or {c.role for c in figures} == _THREE:
        return  # read by place and words already: one each
    told = {c.index: _figure_role(c) for c in figures}
    named = [r for r in told.values() if r is not None]
    if len(named) < 2 or len(set(named)) != len(named):
        return
    left = sorted(_THREE - set(named))
    for c in figures:
        if told[c.index] is None and (said[c.index] is not None or len(left) != 1):
            return  # a period or a word of its own ('2023/24', 'Direction'): not the one left
    for c in figures:
        role = told[c.index] or left[0]
        if role == c.role:
            continue
        why = "its header's words say when" if told[c.index] else "its header names none"
        c.role, c.confidence = role, 0.7
        c.evidence.append(f"one of three columns of figures (start, now, aim), {why}: the {role}")


def _figure_role(c: ColumnRole) -> str | None:
    """The figure role a column's header tells: the vocabulary's, else its words about time."""
    if _explicit(c) and c.role in _THREE:
        return c.role
    time = figure_time(c.label)
    return _TIME_ROLE.get(time) if time is not None else None


def _said(label: str) -> str | None:
    """What a figure column's header names, a word for narrative ('position'), a status
    ('Mid-flow') or a person ('Fresh lead') naming nothing: over figures none says which figure
    the column holds."""
    role = _header_role(label) if label.strip() else None
    return None if role in NARRATIVE or role == "rag" or role in _WHO else role


def _words_over_figures(c: ColumnRole, counts: Counter[CellType]) -> None:
    """In a KPI table a header read as narrative ('Baseline position', 'Target position': the
    word 'position' names progress) over a column of figures gives way to the figures: the
    column is a baseline, latest or target, placed by _figures from its place and years. So
    does a header read as a status ('Mid-flow': the word 'flow') over figures ('51%', '48.7%'):
    a rating is a word, a colour or a small score, read as a code, never a measured figure. So
    does a header read as a person or body ('Fresh lead': the word 'lead' names the owner) over
    figures ('37.6%', '377'): who answers for a measure is named, never counted."""
    share = _share(counts, {CellType.number})
    worded = c.role in NARRATIVE or c.role == "rag" or c.role in _WHO
    if not worded or share < CLEAR:
        return
    c.evidence.append(
        f"header {c.label!r} names {c.role}, but {share:.0%} of its cells are figures: "
        "a figure column"
    )
    c.role, c.confidence = None, 0.0


def _period(label: str) -> bool:
    """A header that is a period and nothing else: 'Apr 25', 'Sep-25', 'Q2 2025/26', '2024/25'."""
    if not label.strip():
        return False
    return _header_role(label) == "date_label" or bare_date(label.replace("-", " "))


def series_before(labels: Sequence[str], roles: Sequence[str | None], col: int) -> list[int]:
    """The period columns of a series right before a latest column that is itself a period,
    nearest first: where a row's latest month is blank, its figure is in one of these."""
    if col >= len(labels) or not _period(labels[col]):
        return []
    out: list[int] = []
    i = col - 1
    while i >= 0 and roles[i] == "baseline" and _period(labels[i]):
        out.append(i)
        i -= 1
    return out


def _series(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """A run of period columns ('Apr 25' .. 'Mar 26') is a series of figures reported over time,
    the periods not yet reported left blank. The latest figure is in the right-most period with
    figures in it, not the last period printed; the periods before it are dated baselines.

    Shape, not words: three or more adjacent columns headed by periods, holding figures or
    nothing. A column a header names 'Latest' elsewhere in the table keeps that role.
    """
    runs: list[list[ColumnRole]] = [[]]
    for c in out:
        cnt = counts[c.index]
        member = (
            c.role in (None, "baseline", "latest")
            and _period(c.label)
            and (not cnt or _share(cnt, {CellType.number}) >= CLEAR)
        )
        if member:
            runs[-1].append(c)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        reported = [c for c in run if counts[c.index][CellType.number]]
        if len(run) < SERIES or not reported:
            continue
        if any(c.role == "latest" and c not in run for c in out):
            continue
        last = reported[-1]
        for c in run:
            if c is last and c.role != "latest":
                c.role, c.confidence = "latest", 0.75
                c.evidence.append(
                    f"the right-most period with figures of {len(run)} period columns "
                    f"({run[0].label!r} .. {run[-1].label!r}): the latest"
                )
            elif c is not last and c.role in (None, "latest"):
                c.role, c.confidence = "baseline", 0.7
                c.evidence.append(
                    f"a period of the series {run[0].label!r} .. {run[-1].label!r}"
                    + (" not yet reported" if c.index > last.index else "")
                )


def _rating_not_status(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """Of two columns a header names the status, one none of whose cells reads as a status is
    not the status beside one whose cells do: an audit report's 'Risk rating' (High, Medium,
    Low: the priority it gave the finding) beside its 'Follow-up status' ('Not implemented',
    'Implemented'). The rating is kept as other, never the action's status. A column of
    codes is no such rating: a printed key may make its codes status words."""
    rags = [c for c in out if c.role == "rag"]
    rated = [c for c in rags if _status_share(c, counts[c.index]) > 0]
    if len(rags) < 2 or not rated:
        return
    for c in rags:  # codes ('NS', 'C') may be a status a key explains: not this
        kinds = counts[c.index]
        if c not in rated and kinds.total() > 0 and not kinds[CellType.code]:
            c.role, c.confidence = "other", 0.6
            c.evidence.append(
                f"no status word under {c.label!r} beside {rated[0].label!r}: a rating, no status"
            )


def _status_share(c: ColumnRole, counts: Counter[CellType]) -> float:
    """The share of a column's filled cells that hold a status word or a RAG fill."""
    fills = c.types.get("fill", 0)
    filled = sum(counts.values()) + fills
    return (counts[CellType.rag] + fills) / filled if filled else 0.0


def _rated_progress(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """A column its header names progress ('Progress rating', 'Delivery progress') whose cells
    are status words that say a colour ('Minor slippage', 'Implemented') is the RAG, where no
    column is: a progress note is a sentence, a rating a word or two. States alone ('Not yet
    started') rate nothing and stay progress; among colours they are the same scale's. A header
    that names the rating too ('Progress (RAG)') needs only one colour among the states: most
    rows may not be started yet."""
    if "rag" in _taken(out):
        return
    for c in out:
        texts = [t for t in columns[c.index] if t.strip()] if c.index < len(columns) else []
        status = [t for t in texts if cell_type(t) is CellType.rag]
        rated = sum(1 for t in status if normalise_rag(t) is not None)
        named = "rag" in _header_roles(c.label)
        # status words throughout, some saying a colour: a state among them ('Not begun' beside
        # 'Going to plan') is a rating of the same scale, not a note
        if (
            c.role == "progress"
            and texts
            and len(status) >= CLEAR * len(texts)
            and rated >= (1 if named else max(1, 0.3 * len(texts)))
        ):
            share = len(status) / len(texts)
            c.role, c.confidence = "rag", round(0.5 + 0.4 * share, 2)
            c.evidence.append(f"{share:.0%} of its cells are status words: a rating, no note")
            return


_SCALE_STEPS = 6  # the most distinct words a status scale prints (RAG, blue, not started)
_STEP_WORDS = 4  # words in one step of a scale: 'Pieces not moved', 'Some delay'


def _scale_of_own_words(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> None:
    """Where no column is the status: a column of a few short words that recur down it, one of
    them at least a status word ('Red') and the others words no vocabulary knows ('Winning
    position', 'Pieces pinned'), is the plan's status scale in its own words with one step in
    common ones. A header naming a board ('Board position') does not make it the governance:
    no cell names a board or a person; nor the progress read from its cells (a note is a
    sentence, not a word recurring). A header that itself names progress keeps it: one colour
    word among a progress column's states is too little to call the column a status
    (test_rated_progress_column). The words left unread are said (plan_status_words)."""
    if "rag" in _taken(out):
        return
    for c in out:
        cnt = counts[c.index]
        if c.role not in (None, "governance", "progress") or c.index >= len(columns):
            continue
        if c.named == "progress":
            continue  # a header naming progress over states with one colour: updates, said so
        if _share(cnt, {CellType.body, CellType.person}) >= CLEAR:
            continue  # a board or a post: the governance its header names
        texts = [" ".join(t.split()) for t in columns[c.index] if t.strip()]
        if not cnt[CellType.rag] or cnt[CellType.rag] + cnt[CellType.text] < len(texts):
            continue
        steps = set(texts)
        if len(texts) < 3 or len(steps) > _SCALE_STEPS or len(steps) >= len(texts):
            continue
        if any(len(t.split()) > _STEP_WORDS for t in texts):
            continue
        c.role, c.confidence = "rag", 0.6
        c.evidence.append(
            f"{len(steps)} short words recur under {c.label!r}, a status word among them: the"
            " plan's own status scale"
        )
        return


def _status_now(out: list[ColumnRole], counts: list[Counter[CellType]]) -> None:
    """Of two columns of status words, which is the status now.

    A progress report prints last period's rating beside this one's ('Previous RAG' |
    'Current RAG', 'Status last period' | 'Delivery confidence'). The present is the RAG,
    whatever its header named; the past is kept as other, never the action's status.
    """
    status = [
        c for c in out
        if c.role in (None, "rag", "baseline", "latest")
        and _status_share(c, counts[c.index]) >= CLEAR
    ]  # fmt: skip
    found = _present(status) or _last_reported(status)
    if found is None:
        return
    present, history = found
    past = ", ".join(repr(c.label) for c in history)
    if present.role != "rag":
        share = _status_share(present, counts[present.index])
        present.role, present.confidence = "rag", round(0.5 + 0.4 * share, 2)
    present.evidence.append(f"status words beside the past rating of {past}: the status now")
    for c in history:
        c.role, c.confidence = "other", 0.7
        c.evidence.append(
            f"status words under {c.label!r}, beside {present.label!r}: the past rating"
        )
    for c in out:  # a period not rated yet ('RAG Q4', blank) is no status column
        if c.role == "rag" and c is not present and not sum(c.types.values()):
            c.role, c.confidence = "other", 0.6
            c.evidence.append(f"no rating under {c.label!r} beside {present.label!r}")


def _short_states(cnt: Counter[CellType], texts: Sequence[str]) -> bool:
    """Whether a column's filled cells are all a state's short words ('Sunny', 'On course'),
    a dash left where no state is given: no note, no figure, no date, no person."""
    filled = [t for t in texts if t.strip()]
    return (
        bool(filled)
        and all(k in _STATE_CELLS for k in cnt)
        and all(len(t.split()) <= _STEP_WORDS for t in filled)
    )


def _label_words(c: ColumnRole) -> set[str]:
    return set(re.findall(r"[a-z]+", c.label.lower()))


def _states_now(
    out: list[ColumnRole],
    counts: list[Counter[CellType]],
    columns: Sequence[Sequence[str]],
    tinted: Sequence[int],
) -> None:
    """Of two columns of one scale's short states, the one whose header says the future
    ('Forecast ahead', 'Next quarter's outlook': what the lead expects by the next report) is
    no status: the other, the present ('Today's weather', 'Status'), is. _status_now weighs
    the past against the present among status words; a forecast is read so whether or not a
    vocabulary knows its words, since a plan may print its status in words of its own (said
    unread by plan_status_words) and the forecast's may sit on icons read as tints. The two
    must print one scale (a phrase in common, or a status word or a tint in either) unless the
    headers say both times: one now ('Current conditions'), the other ahead."""
    states = [
        c for c in out
        if c.role in (None, "rag", "progress", "latest") and c.index < len(columns)
        and _short_states(counts[c.index], columns[c.index])
    ]  # fmt: skip
    later = [
        c for c in out
        if c.role in (None, "rag", "progress", "latest") and _label_words(c) & _FUTURE
        and (c in states or _fills_alone(c, columns))
    ]  # fmt: skip
    rest = [c for c in states if c not in later and not _label_words(c) & _HISTORY]
    now = [c for c in rest if _label_words(c) & _STATUS_NOW] or rest
    if not later or len(now) != 1:
        return
    present = now[0]
    said_now = bool(_label_words(present) & _STATUS_NOW)  # 'Conditions now' beside 'Outlook'
    if not said_now and not any(_one_scale(present, c, counts, columns, tinted) for c in later):
        return
    if present.role != "rag":
        present.role, present.confidence = "rag", 0.6
    forecast = ", ".join(repr(c.label) for c in later)
    present.evidence.append(f"short states beside the forecast of {forecast}: the status now")
    for c in later:
        c.role, c.confidence = "other", 0.7
        c.evidence.append(
            f"short states under {c.label!r}, a forecast beside {present.label!r}: not the status"
        )


def _fills_alone(c: ColumnRole, columns: Sequence[Sequence[str]]) -> bool:
    """A column of status fills and no word: a forecast's icons, printed apart from its words."""
    texts = columns[c.index] if c.index < len(columns) else []
    return bool(c.types.get("fill")) and not any(t.strip() for t in texts)


def _one_scale(
    a: ColumnRole,
    b: ColumnRole,
    counts: list[Counter[CellType]],
    columns: Sequence[Sequence[str]],
    tinted: Sequence[int],
) -> bool:
    """Whether two columns of short states print one scale: a phrase in both, or a status word
    or a status tint in either (a forecast's 'On track' beside the present's 'Slipping')."""
    keys = [{text_key(t) for t in columns[c.index] if t.strip()} for c in (a, b)]
    if keys[0] & keys[1]:
        return True
    return any(
        counts[c.index][CellType.rag] or (tinted[c.index] if c.index < len(tinted) else 0)
        for c in (a, b)
    )


def _due_now(
    out: list[ColumnRole], counts: list[Counter[CellType]], grid: list[list[str]]
) -> list[int]:
    """Of two columns of dates whose headers both name the due date, which is due now: the
    'Original deadline' beside the 'Revised deadline' is history, kept as other. Returns the
    history columns, nearest first: a row whose date was never revised leaves the revised
    cell blank and has its due date in the original one. The cells must agree (the date due
    now the later where both are dated): 'Date updated' beside 'Target date' says 'now' by its
    word, but holds when each row was last updated, before its target."""
    # both headers name the due date, so a date or two among forms the reader does not know
    # yet is enough; a column with no cells yet (a header the page's foot left alone) says
    # nothing against its header: it is weighed by its header's words
    dues = [
        c for c in out
        if c.role == "due"
        and (_share(counts[c.index], {CellType.date, CellType.open_date}) >= 0.5
             or not sum(counts[c.index].values()))
    ]  # fmt: skip
    found = _present(dues)
    if found is None:
        return []
    present, history = found
    if grid and not all(mostly_later(grid, present.index, c.index) for c in history):
        return []
    present.evidence.append(
        f"beside the earlier date of {', '.join(repr(c.label) for c in history)}: due now"
    )
    for c in history:
        c.role, c.confidence = "other", 0.7
        c.evidence.append(
            f"dates under {c.label!r}, beside {present.label!r}: a date it was due, read where "
            f"{present.label!r} is blank"
        )
    return sorted((c.index for c in history), key=lambda i: abs(i - present.index))


def _revised_due(out: list[ColumnRole], grid: list[list[str]]) -> list[int]:
    """A re-baselined plan's two dates of one action (revised_dates.revised_pair): the revised
    column is the due date, the original its history, read where the revised cell is blank or
    a dash. Returns the history column, or [] where the table prints no such pair."""
    found = revised_pair([c.label for c in out], [c.role for c in out], grid)
    if found is None:
        return []
    now, then, why = found
    present, history = out[now], out[then]
    present.role, present.confidence = "due", max(present.confidence, 0.8)
    present.evidence.append(f"{why}: due now")
    history.role, history.confidence = "other", 0.7
    history.evidence.append(
        f"the date first agreed, superseded by {present.label!r}: read where that is blank"
    )
    return [then]


def _rating_trail(out: list[ColumnRole], grid: list[list[str]]) -> list[int]:
    """A status group header over periods: 'RAG by quarter 2025/26' printed over 'Q1' .. 'Q4'.

    The first data row holds only periods, each under the one group header (the nearest
    column at or left of it with a label) that names the status: a second header row. A row's
    status is its latest rating, so the last period is the status column and the others, read
    right to left where a row's later quarters are not rated yet, are its history. Returns those
    history columns, nearest first; [] where the table has no such trail.
    """
    named = [i for i, t in enumerate(grid[0]) if t.strip()]
    if len(named) < 2 or not all(_period(grid[0][i]) for i in named):
        return []
    groups = {_group_of(out, i) for i in named}
    if len(groups) != 1:
        return []
    group = out[groups.pop()]
    if _header_role(group.label) != "rag":
        return []
    last = named[-1]
    for i in named:
        c = out[i]
        sub = grid[0][i].strip()
        if i == last:
            c.role, c.confidence = "rag", 0.85
            c.evidence.append(f"the last period ({sub}) under the group header {group.label!r}")
        else:
            c.role, c.confidence = "other", 0.7
            c.evidence.append(
                f"an earlier period ({sub}) under {group.label!r}: read where later ones are blank"
            )
    return named[-2::-1]


HISTORY_RUN = 2  # dated status columns side by side that make a history of ratings
HISTORY_LEAD = 3  # words at most a dated header holds besides its date ('Board', 'Panel of')


def _dated_header(label: str) -> tuple[str, date] | None:
    """A header that is a date, led by a few words that are no date ('Board 4 Jan 25',
    'Meeting 12/03/2025', '19 Jul 25'): (those words, lower-cased; the date), else None."""
    when = _date(label)
    if when is None:
        return None
    lead = [
        w for w in re.findall(r"[^\s/.-]+", label.lower())
        if not any(ch.isdigit() for ch in w) and w not in MONTHS
    ]  # fmt: skip
    if len(lead) > HISTORY_LEAD:
        return None
    return " ".join(lead), when


def _status_history(
    out: list[ColumnRole], counts: list[Counter[CellType]], columns: Sequence[Sequence[str]]
) -> list[int]:
    """A run of status columns each headed by a date: each meeting's rating ('Board 4 Jan 25'
    | 'Board 22 Feb 25' | .. | 'Board 19 Jul 25', 'G', 'A', 'R' on tints, blank before the
    action started). The status is the latest rating: the column of the latest date that holds
    ratings is the RAG, the ones before it its history (read right to left where a row's
    latest cell is blank), whatever the header's words named ('Board' is no governance here:
    the cells are ratings). Shape, not words: two or more adjacent columns whose headers are
    dates led by the same words, holding between them a closed set of short codes most of which
    read as a status (a plan's own 'NS' among 'G', 'A', 'R' is one of them). A status column a
    header names beside them ('Current RAG') keeps the status; the run is then all history.
    Returns the history columns, nearest first; [] where the table has none."""
    runs: list[list[tuple[ColumnRole, date]]] = []
    lead: str | None = None
    for c in out:
        dated = _dated_header(c.label)
        if dated is None:
            lead = None
            continue
        if lead is None or dated[0] != lead:
            runs.append([])
        runs[-1].append((c, dated[1]))
        lead = dated[0]
    for run in runs:
        rated = [(c, when) for c, when in run if sum(c.types.values())]
        texts = [t for c, _ in run if c.index < len(columns) for t in columns[c.index]]
        if len(rated) < HISTORY_RUN or not _ratings(texts, run, counts):
            continue
        if len({when for _, when in run}) < len(run):
            continue  # one date twice: no history of meetings
        members = {c.index for c, _ in run}
        named = [c for c in out if c.role == "rag" and c.index not in members]
        now = None if named else max(rated, key=lambda m: m[1])[0]
        span = f"{run[0][0].label!r} .. {run[-1][0].label!r}"
        for c, _ in run:
            if c is now:
                c.role, c.confidence = "rag", 0.8
                c.evidence.append(f"the latest dated rating of {len(run)} ({span}): the status")
            else:
                c.role, c.confidence = "other", 0.7
                c.evidence.append(f"a dated rating of {span} before (or after, unrated) the last")
        if now is None:
            return []
        latest = max(w for _, w in rated)
        before = sorted((m for m in rated if m[1] < latest), key=lambda m: m[1], reverse=True)
        return [c.index for c, _ in before]
    return []


def _ratings(
    texts: Sequence[str], run: Sequence[tuple[ColumnRole, date]], counts: list[Counter[CellType]]
) -> bool:
    """The cells of a run of columns are ratings: a closed set of short codes, most of the
    filled cells (or their fills) a status."""
    filled = [t for t in texts if t.strip()]
    if not filled or _closed_set(filled) < CLEAR:
        return False
    status = sum(counts[c.index][CellType.rag] + c.types.get("fill", 0) for c, _ in run)
    return 2 * min(status, len(filled)) >= len(filled)


def _period_groups(out: list[ColumnRole], grid: list[list[str]]) -> dict[int, list[int]]:
    """The same columns repeated under each period: 'Q1 2025/26' over 'Status' | 'Commentary',
    'Q2 2025/26' over the same two, and so on, the periods not reported yet left blank.

    A quarterly tracker writes each quarter's status (and its note) in that quarter's group:
    what holds now is the latest group with anything in it; the groups before are history, and
    the groups after are not reported yet. The shape says it, not the words: two or more
    groups headed by periods, each over the same sub-labels (the first data row: a second
    header row). The latest group's columns take the sub-labels as their labels, their roles
    left to their cells; every other group's columns are other. Returns each of those columns
    with the same column of the earlier groups, nearest first: where a row's latest cell is
    blank, its value is in the first of them that is not."""
    groups = _period_spans(out)
    inside = {i for g in groups for i in g}
    rounds = bool(groups) and not _period(out[groups[0][0]].label)
    if rounds and any(t.strip() for i, t in enumerate(grid[0]) if i not in inside):
        return {}  # rounds need a second header row: a data row fills the row's own columns
    if len(groups) < 2 or len({len(g) for g in groups}) != 1:
        return {}
    subs = [[text_key(grid[0][i]) for i in g] for g in groups]
    if any(not all(x) for x in subs) or any(x != subs[0] for x in subs):
        return {}
    if any(len(x.split()) > 4 for x in subs[0]):
        return {}  # a second header row names each column in a word or two
    if any(_header_role(x) == "action" for x in subs[0]):
        return {}  # an action in each group: several actions side by side (plan_column_groups)
    filled = [any(row[i].strip() for row in grid[1:] for i in g) for g in groups]
    if not any(filled):
        return {}
    now = max(j for j, f in enumerate(filled) if f)
    period = {i: out[g[0]].label for g in groups for i in g}
    for j, g in enumerate(groups):
        for k, i in enumerate(g):
            c, sub = out[i], grid[0][i].strip()
            c.evidence = []  # the period over it named the group, not this column
            if j == now:
                c.label, c.role, c.confidence = sub, _header_role(sub), 0.0
                c.evidence.append(
                    f"{sub!r} under {period[i]!r}, the latest of {len(groups)} periods with "
                    "the same columns that holds anything: now"
                )
                continue
            c.role, c.confidence = "other", 0.7
            when = "an earlier period's" if j < now else "a period not reported yet:"
            c.evidence.append(f"{sub!r} under {period[i]!r}: {when} {subs[0][k]!r}")
    return {i: [groups[j][k] for j in range(now - 1, -1, -1)] for k, i in enumerate(groups[now])}


def _period_notes(
    out: list[ColumnRole], repeats: dict[int, list[int]], columns: Sequence[Sequence[str]]
) -> None:
    """The note under the latest period ('Commentary' in the Q3 group) is the action's progress
    now, as the status beside it is its status now: the earlier periods' notes are history
    (other), read only where a row's latest note is blank, as the status's are. The latest
    group's one column read as progress, or left unplaced beside a status column found, is it;
    a column read as progress outside the groups ('Overall commentary') keeps the role, and
    the period notes stay with their periods (other, placed, so no warning). Two columns open
    in the group (a note and a next step, neither named) say no one note: other both."""
    for col in {i for history in repeats.values() for i in history}:
        c = out[col]
        if c.role not in (None, "other"):  # a later reading of its cells ('right of the status')
            c.role, c.confidence = "other", 0.7
            c.evidence.append("an earlier period's: history, read where the latest is blank")
    rated = any(out[col].role == "rag" for col in repeats)
    notes = [
        col for col in repeats
        if out[col].role == "progress"
        or (rated and _note(out[col], columns[col] if col < len(columns) else []))
    ]  # fmt: skip
    outside = any(c.role == "progress" and c.index not in repeats for c in out)
    for col in notes:
        c = out[col]
        if outside or len(notes) > 1:
            c.role, c.confidence = "other", 0.6
            c.evidence.append(
                "a period's own note: kept with its period, not the action's progress"
            )
            continue
        c.role, c.confidence = "progress", max(c.confidence, 0.7)
        c.evidence.append(
            "the latest period's note: the action's progress now (earlier periods' are history)"
        )


# a note opened by its label ('Comment: audit completed', 'Update: recruitment under way')
_LABELLED_NOTE = re.compile(PLAN_VOCAB["note_labels"]["labelled"])


def _note(c: ColumnRole, texts: Sequence[str] = ()) -> bool:
    """A column left unplaced, or placed as other by its cells alone, most of whose cells are
    sentences or notes opened by a label ('Comment: audit completed'): a note (beside a
    status, the status's note). A labelled note is a note whatever its few words type as
    alone (a status word in 'audit completed', a board in 'awaiting board sign-off')."""
    if c.role not in (None, "other") or c.named not in (None, "other"):
        return False
    filled = sum(v for k, v in c.types.items() if k not in ("empty", "fill"))
    labelled = sum(
        1
        for t in texts
        if cell_type(t) is not CellType.prose and _LABELLED_NOTE.match(" ".join(t.split()))
    )
    return 2 * (c.types.get("prose", 0) + labelled) > filled > 0


def _period_spans(out: list[ColumnRole]) -> list[list[int]]:
    """Runs of columns each under one header cell that is a period ('Q2 2025/26' over the two
    columns under it: the label, then columns with none), left to right; where fewer than two
    are periods, the longest run of adjacent ones numbered alike ('Review 1' | 'Review 2'):
    rounds of one report, in the order printed, as periods are."""
    spans: list[list[int]] = []
    for c in out:
        if c.label.strip():
            spans.append([c.index])
        elif spans and spans[-1][-1] == c.index - 1:
            spans[-1].append(c.index)
    periods = [s for s in spans if _period(out[s[0]].label)]
    if len(periods) >= 2:
        return periods
    best: list[list[int]] = []
    for a in range(len(spans)):
        b = a + 1
        while (
            b < len(spans) and spans[b][0] == spans[b - 1][-1] + 1
            and numbered_alike([out[s[0]].label for s in spans[a : b + 1]])
        ):  # fmt: skip
            b += 1
        if b - a >= 2 and b - a > len(best):
            best = spans[a:b]
    return best


_FIGURES_IN = re.compile(r"\d+")


def numbered_alike(labels: Sequence[str]) -> bool:
    """Two labels or more that are one name with a number of their own each ('Review 1' |
    'Review 2', 'Update 3' | 'Update 4'): rounds of one thing, numbered in order printed."""
    keys = {text_key(_FIGURES_IN.sub(" ", x)) for x in labels}
    numbers = [tuple(_FIGURES_IN.findall(x)) for x in labels]
    if len(labels) < 2 or len(keys) != 1 or not next(iter(keys)):
        return False
    return all(numbers) and len(set(numbers)) == len(numbers)


def _group_of(out: list[ColumnRole], i: int) -> int:
    """The column whose header spans column i: the nearest at or left of it with a label."""
    while i > 0 and not out[i].label.strip():
        i -= 1
    return i


_STATUS_WORDS = frozenset(w for p in PLAN_VOCAB["header_phrases"]["rag"] for w in p.split())


def _last_reported(columns: list[ColumnRole]) -> tuple[ColumnRole, list[ColumnRole]] | None:
    """Status columns each headed by a period ('RAG Q1' | 'RAG Q2' | 'RAG Q3', the quarters not
    yet rated blank): the right-most that holds ratings is now, those before it history."""
    if len(columns) < 2:
        return None
    for c in columns:
        rest = " ".join(w for w in c.label.split() if w.lower().strip("()") not in _STATUS_WORDS)
        if not _period(rest.strip("() ")):
            return None
    rated = [c for c in columns if sum(c.types.values())]
    if not rated:
        return None
    return rated[-1], [c for c in columns if c is not rated[-1]]


def _present(columns: list[ColumnRole]) -> tuple[ColumnRole, list[ColumnRole]] | None:
    """Of two or more columns holding one thing at different times, the one that is now and
    those that are history, by their headers' words: the headers that say history
    ('previous', 'last', 'was', 'original') mark the past; else the one header that says now
    ('current', 'this month', 'revised') marks the present. None where the words do not tell."""
    if len(columns) < 2:
        return None
    words = {c.index: set(re.findall(r"[a-z]+", c.label.lower())) for c in columns}
    history = [c for c in columns if words[c.index] & _HISTORY]
    now = [c for c in columns if c not in history]
    if not history:
        now = [c for c in columns if words[c.index] & _STATUS_NOW]
        history = [c for c in columns if c not in now]
    if len(now) != 1 or not history:
        return None
    return now[0], history


def _later_target(
    figures: list[ColumnRole], said: dict[int, str | None], years: dict[int, int | None]
) -> None:
    """A target of one year beside a column headed only by a later period ('Goal 2024/25' |
    '2025/26': a group header over two years read into the first): the later is the target,
    the earlier an interim step."""
    target = next((c for c in figures if c.role == "target"), None)
    year = years[target.index] if target is not None else None
    if target is None or year is None:
        return
    later = [
        c for c in figures
        if c.index > target.index and said[c.index] == "date_label"
        and (years[c.index] or 0) > year
    ]  # fmt: skip
    if not later:
        return
    last = later[-1]
    last.role, last.confidence = "target", 0.65
    last.evidence.append(f"a period ({years[last.index]}) after the target's {year}: the target")
    target.role, target.confidence = "other", 0.65
    target.evidence.append(f"a target for {year}, before {years[last.index]}: an interim step")


def _between(out: list[ColumnRole], figures: list[ColumnRole], said: dict[int, str | None]) -> None:
    """Three columns of figures with no word for the middle one ('Where we were' | 'Where we
    are' | 'Where we want to be'): between the baseline and the target stands the latest."""
    target = next((c for c in figures if c.role == "target"), None)
    if target is None or any(c.role == "latest" for c in out) or len(figures) < 3:
        return
    before = [c for c in figures if c.index < target.index]
    middle = before[-1] if len(before) >= 2 else None
    if middle is None or said[middle.index] not in (None, "direction"):
        return
    middle.role, middle.confidence = "latest", 0.55
    middle.evidence.append("figures between the baseline and the target: the latest")


def _period_sub_header(
    out: list[ColumnRole], counts: list[Counter[CellType]], grid: list[list[str]]
) -> None:
    """A KPI group header over periods: 'Target' printed over '2024/25' | '2025/26'.

    The first data row holds only periods, over columns of figures: a second header row. The
    group's role goes to its latest period (the target is the final one; an earlier target is
    an interim step, read as other, never as a baseline).
    """
    named = [(i, t) for i, t in enumerate(grid[0]) if t.strip()]
    if len(named) < 2 or any(_year(t) is None or len(t.split()) > 3 for _, t in named):
        return
    groups: dict[int, list[tuple[int, int]]] = {}
    for i, text in named:
        if _share(counts[i], {CellType.number}) < 0.5:
            return
        g = i  # the group: the nearest column at or left of this one with a header of its own
        while g > 0 and not out[g].label.strip():
            g -= 1
        groups.setdefault(g, []).append((i, _year(text) or 0))
    for g, members in groups.items():
        group = out[g]
        if len(members) < 2 or _header_role(group.label) != "target":
            continue
        last = max(members, key=lambda m: m[1])
        for i, year in members:
            c = out[i]
            if i == last[0]:
                c.role, c.confidence = "target", 0.75
                c.evidence.append(
                    f"the last period ({year}) under the group header {group.label!r}"
                )
            else:
                c.role, c.confidence = "other", 0.7
                c.evidence.append(f"an interim target ({year}) under {group.label!r}")
