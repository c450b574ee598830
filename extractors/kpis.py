"""KPI rows from a plan's KPI tables: code, indicator, direction, dated baselines, target, RAG.

Columns are read by role (plan_columns): every dated or 'Baseline'/'Latest' column is a baseline
kept with its printed label ('March 2018', 'Baseline (Sep 2024)'); the first is `baseline`, a
'Latest' column is also `latest`. Values go through the one quantity normaliser. A heading row
inside the table ('P1 Strategy meetings') sets the recommendation for the rows under it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from plantrace.extractors.cell_types import CellType, cell_type, mended_figure
from plantrace.extractors.column_roles import series_before
from plantrace.extractors.kpi_progressions import progression
from plantrace.extractors.plan_actions import cell_rag, status_tints
from plantrace.extractors.plan_columns import KPI_TABLE, PlanTable, Row, header_role
from plantrace.extractors.plan_recommendations import RecommendationIndex, number_key, section_row
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.plan import KPI, Quantity
from plantrace.models.provenance import Provenance
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.direction import normalise_direction
from plantrace.pipeline.normalise.values import (
    aims_at,
    figure_time,
    is_duration,
    parse_quantity,
    revised_figure,
    split_figures,
)

EXTRACTOR = "extractors.kpis"
_DIGIT = re.compile(r"\d")


def read_kpis(
    table: PlanTable,
    index: RecommendationIndex,
    section: str | None,
    sha256: str,
    start: int,
    rag_key: Mapping[str, str] | None = None,
) -> list[KPI]:
    if table.kind != KPI_TABLE or rows_are_tasks(table) or _cards_of_tasks(table):
        return []
    inner = _inner_header(table)
    if inner is not None:  # the rows under a header of their own are read under it
        above, below = _split_at(table, inner)
        earlier = read_kpis(above, index, section, sha256, start, rag_key) if above.rows else []
        return earlier + read_kpis(below, index, section, sha256, start + len(earlier), rag_key)
    code_c, rag_c = table.col("code"), table.col("rag")
    figures = _figure_roles(table)
    ind_c = table.col("indicator")
    if ind_c is None:
        ind_c = _unnamed_indicator(table, figures)
        code_c = None if code_c == ind_c else code_c
    # a column whose every value is 'then → now (target)' gives the three figures of its row
    prog_c = _progression_column(table, ind_c)
    if prog_c is not None:
        figures = {c: r for c, r in figures.items() if c != prog_c}
    dir_c = table.col("direction")
    dir_c = None if dir_c in figures else dir_c  # 'Aim by year end' over figures: the target
    tgt_c = next((c for c, r in figures.items() if r == "target"), None)
    latest_c = next((c for c, r in figures.items() if r == "latest"), None)
    base_cols = sorted(c for c, r in figures.items() if r == "baseline")
    # the periods of a monthly series left of the latest column, nearest first
    series = series_before(table.labels, table.roles, latest_c) if latest_c is not None else []
    tints = status_tints(table, rag_c)  # a RAG column's fills read together, pale tints too
    out: list[KPI] = []
    current = section
    first = next((r for r in table.rows if not r.section), None)
    spilt = _header_spill(table, first) if first is not None else {}
    last: Row | None = None  # the row the last KPI was read from
    read_at: dict[str, int | None] = {}  # the columns its figures were read from
    tail = _closing_row(table, figures)
    for row in table.rows:
        if row.section:
            found = section_row(row, code_c)
            if found is not None:
                current = index.by_number.get(number_key(found[0]), current)
            continue
        if out and last is not None and _continues(row, last, ind_c):
            out[-1].indicator = f"{out[-1].indicator} {' '.join(row.text(ind_c).split())}"
            _carry_figures(out[-1], row, last, read_at)
            continue
        last = row
        indicator = " ".join(row.text(ind_c).split())
        code = " ".join(row.text(code_c).split()) or None
        if not indicator or _merged(row, ind_c):
            continue  # an indicator cell merged down from above (a header over two rows) is no KPI
        if row is tail and not _has_figures(row, figures):
            continue  # a line under the listing ('END OF LISTING') taken into its last row
        latest_at = _reported(row, latest_c, series)
        own = spilt if row is first else {}
        baselines: list[tuple[str, Quantity]] = []
        base_at: list[int] = []  # the column of each of baselines
        for c in base_cols + ([latest_at] if latest_at is not None else []):
            q = parse_quantity(_figure(row, c, own))
            if q is not None and (c != latest_at or c not in base_cols):
                baselines.append((table.labels[c], q))
                base_at.append(c)
        latest_label = _label(table, latest_at)
        k_base = next((k for k, (lab, _) in enumerate(baselines) if lab != latest_label), None)
        base = baselines[k_base] if k_base is not None else None
        base_q, base_label = (base[1], base[0]) if base else (None, None)
        # the column each figure was read from, for the rest of a row a page break split
        read_at = {"baseline": base_at[k_base] if k_base is not None else None,
                   "latest": latest_at, "target": tgt_c}  # fmt: skip
        latest = parse_quantity(_figure(row, latest_at, own)) if latest_at is not None else None
        target = parse_quantity(_figure(row, tgt_c, own)) if tgt_c is not None else None
        target_label = table.labels[tgt_c] if tgt_c is not None else None
        moved = progression(row.text(prog_c)) if prog_c is not None else None
        if moved is not None:  # one cell's figures: then, now and the bracketed target
            read_at = {}
            if (q := parse_quantity(moved.then)) is not None:
                base_q, base_label = q, None
            latest = parse_quantity(moved.now) or latest
            if moved.target is not None:
                target, target_label = parse_quantity(moved.target), None
        out.append(
            KPI(
                id=f"k{start + len(out) + 1}",
                code=code,
                indicator=indicator,
                direction=normalise_direction(row.text(dir_c)),
                baseline=base_q,
                baseline_label=base_label,
                baselines=baselines,
                latest=latest,
                rag=cell_rag(row, rag_c, rag_key, tints),
                target=target,
                target_label=target_label,
                recommendation=current,
                provenance=Provenance(
                    sha256=sha256,
                    page=row.page,
                    bbox=row.bbox,
                    line_span=row.line_span,
                    extractor=EXTRACTOR,
                    extractor_version=EXTRACTOR_VERSION,
                ),
            )
        )
    return out


def _progression_column(table: PlanTable, ind_c: int | None) -> int | None:
    """The column whose every filled value (heading rows aside) is a progression, 'then → now
    (target)' (kpi_progressions), two at least or the table's only row; None where none is."""
    for c in range(len(table.roles)):
        if c == ind_c:
            continue
        filled = [x for r in table.rows if not r.section and (x := r.text(c).strip())]
        enough = len(filled) >= 2 or len(table.rows) == 1
        if filled and enough and all(progression(x) is not None for x in filled):
            return c
    return None


_HEADER_WORDS = 6  # a header cell is short ('Figure this round', 'Indicator watched')


def _inner_header(table: PlanTable) -> int | None:
    """The row inside a scorecard that is a header of its own: short cells with no digit, one
    naming the indicator and two or more naming a figure by the vocabulary or by the time their
    words speak of ('First reading', 'Figure this round', 'End-state figure').

    A spreadsheet prints its first sheet's header rows again at the top of every page; a
    measures table that starts on such a page prints its own header under the repeated one,
    and the rows below it are read by that header, not by the one over the page."""
    for i, row in enumerate(table.rows):
        if row.section:
            continue
        cells = [" ".join(row.text(c).split()) for c in range(len(table.roles))]
        filled = [t for t in cells if t]
        if len(filled) < 3 or any(
            _DIGIT.search(t) or len(t.split()) > _HEADER_WORDS for t in filled
        ):
            continue
        named = [_cell_role(t) for t in filled]
        if "indicator" in named and sum(r in _FIGURE_ROLES for r in named) >= 2:
            return i
    return None


def _cell_role(text: str) -> str | None:
    role = header_role(text)
    if role in _FIGURE_ROLES or role == "indicator":
        return role
    time = figure_time(text)
    return _TIME_ROLE[time] if time is not None else role


def _split_at(table: PlanTable, at: int) -> tuple[PlanTable, PlanTable]:
    """The rows above a header row inside the table, and the rows below it under that header's
    labels and roles (each cell's role by its words; a column it leaves blank has none; the
    table's own header printed again keeps the roles its cells gave it)."""
    row = table.rows[at]
    labels = [" ".join(row.text(c).split()) for c in range(len(table.roles))]
    roles = [_cell_role(t) if t else None for t in labels]
    if labels == [" ".join(label.split()) for label in table.labels]:
        labels, roles = table.labels, table.roles  # the table's own header printed again
    above = replace(table, rows=table.rows[:at])
    below = replace(table, rows=table.rows[at + 1 :], labels=labels, roles=roles, reading=None)
    return above, below


_MOSTLY = 0.6  # this share of a column's cells of one type gives the column that type
_SPANS = 0.8  # this share of rows ending on or after they start makes two date columns a span


def rows_are_tasks(table: PlanTable) -> bool:
    """A schedule read as a scorecard: its rows are tasks, not indicators.

    A project tool's export ('ID | Task | Duration | Start | Finish | % Complete | Resources')
    holds numbers and percentages enough to pass for KPI figures, but an indicator's figures are
    dated in the header (baseline, latest, target), while a task carries its own dates: two
    columns of dates where each row ends on or after it starts (a start and a finish), beside a
    column of durations or of the people doing the work. A scorecard may date its rows and name
    a lead too ('Baseline date | Baseline | Target | Target date | Lead'), but a column its header
    names as a figure (baseline, latest, target, or a time: 'Where we were') then holds figures,
    which a schedule never has: its 'Baseline start' holds dates.
    """
    columns = [
        [t for r in table.rows if not r.section and (t := " ".join(r.text(c).split()))]
        for c in range(len(table.roles))
    ]
    dated = [c for c, col in enumerate(columns) if _mostly(col, {CellType.date})]
    if not any(_spans(columns[a], columns[b]) for a in dated for b in dated if a < b):
        return False
    durations = any(col and sum(map(is_duration, col)) >= _MOSTLY * len(col) for col in columns)
    people = any(_mostly(col, {CellType.person, CellType.owner_date}) for col in columns)
    figures = any(
        _names_a_figure(table.labels[c]) and _mostly(col, {CellType.number})
        for c, col in enumerate(columns)
        if c < len(table.labels)
    )
    return (durations or people) and not figures


def _cards_of_tasks(table: PlanTable) -> bool:
    """Tasks read as a scorecard that prints no figure at all: no row holds a number under any
    figure column (a 'Latest ...' label over notes, a 'Target week' over each task's deadline:
    a date is no figure), and a column holds the people or the dates of each row (who does a
    task, by when). An indicator has figures, or blanks awaiting them, but no owner and deadline
    in place of every one of them."""
    figures = [c for c, role in enumerate(table.roles) if role in _FIGURE_ROLES]
    rows = [r for r in table.rows if not r.section]
    if not rows or any(_holds_figure(r.text(c)) for r in rows for c in figures):
        return False
    columns = [
        [t for r in rows if (t := " ".join(r.text(c).split()))] for c in range(len(table.roles))
    ]
    return any(
        _mostly(col, {CellType.person, CellType.owner_date}) or _mostly(col, {CellType.date})
        for col in columns
    )


def _holds_figure(text: str) -> bool:
    """Whether a figure column's cell prints a figure: a digit that is not part of a date
    ('Saturday 31 May 2025', '2026/11/30' are when, not how much)."""
    text = " ".join(text.split())
    return bool(_DIGIT.search(text)) and cell_type(text) != CellType.date


def _names_a_figure(label: str) -> bool:
    """A header that names a KPI figure: by the vocabulary ('Baseline', 'Target') or by the time
    its words speak of ('Where we were', 'Expected level', 'Latest position')."""
    return header_role(label) in _FIGURE_ROLES or figure_time(label) is not None


def _mostly(col: list[str], kinds: set[CellType]) -> bool:
    return bool(col) and sum(cell_type(t) in kinds for t in col) >= _MOSTLY * len(col)


def _spans(starts: list[str], ends: list[str]) -> bool:
    """Two columns of dates read row by row as when a thing starts and when it ends."""
    pairs = [
        (a, b)
        for s, e in zip(starts, ends, strict=False)
        if (a := parse_date(s, end_of_period=False)) and (b := parse_date(e))
    ]
    return len(pairs) >= 2 and sum(a <= b for a, b in pairs) >= _SPANS * len(pairs)


_FIGURE_ROLES = ("baseline", "latest", "target")
_TIME_ROLE = {"start": "baseline", "now": "latest", "aim": "target"}
_AIMS = 0.6  # this share of a column's figures written as goals ('>= 80%') makes it the target


def _figure_roles(table: PlanTable) -> dict[int, str]:
    """The baseline, latest and target columns of a KPI table: column -> role.

    Where a figure column's header is no known phrase ('Reported value', 'To reach',
    'End-state'), its role was given by its place (the right-most figures are the target), but
    latest and target come in either order. What the table itself says then decides: the time
    the header's words speak of (figure_time: start, now or aim) or, with no such word, cells
    written as goals ('>= 80%': aims_at). A column moved into a role another column held by its
    place swaps roles with it, unless that column stands right of it and its own header names
    the role ('Where are we now?' left of 'Latest position': a template's prompt for the start
    figure). Figures run in time from left to right, so a column left of the claimant keeps
    no role the claimant's time names ('2024/25 outturn' left of 'Most recent' is the start,
    though 'outturn' names the latest figure). A header over a group of columns speaks for
    the group's last (_group_end). Headers the vocabulary knows, and times two columns claim,
    are left as read.
    """
    roles = {c: r for c, r in enumerate(table.roles) if r in _FIGURE_ROLES}
    _admit_timed(table, roles)
    claims: dict[str, list[int]] = {}
    for c in roles:
        if header_role(table.labels[c]) in _FIGURE_ROLES:
            continue  # 'Target value', 'Latest': the header said it
        wanted = _wanted_role(table, c)
        group = _group_end(table, c, roles)
        if wanted is not None and wanted != roles[group]:
            claims.setdefault(wanted, []).append(group)
    for wanted, cols in claims.items():
        if len(cols) != 1 or wanted == "baseline" and len(table.cols("baseline")) > 1:
            continue  # two columns for one role, or a dated series of baselines: not decided
        col = cols[0]
        holder = next((c for c, r in roles.items() if r == wanted and c != col), None)
        if holder is not None and holder > col and header_role(table.labels[holder]) == wanted:
            continue  # the holder, right of it, names the role ('Latest position'): it keeps it
        if holder is not None and wanted != "baseline":
            roles[holder] = roles[col]
        roles[col] = wanted
    return roles


_WORDED = frozenset({CellType.prose, CellType.text})
_NOT_INDICATOR = frozenset({"action", "owner", "due", "rag", "progress", "governance"})


def measures_unnamed(table: PlanTable) -> int:
    """The rows of a scorecard that read_kpis drops for want of a column naming the measures:
    the table is read as KPIs (not tasks), but no column is the indicator and none left of the
    figures holds words (unread_measures says so: kpi_table_unread); 0 where they are read."""
    if table.kind != KPI_TABLE or rows_are_tasks(table) or _cards_of_tasks(table):
        return 0
    if _inner_header(table) is not None or table.col("indicator") is not None:
        return 0
    figures = _figure_roles(table)
    if not figures or _unnamed_indicator(table, figures) is not None:
        return 0
    return sum(1 for r in table.rows if not r.section and any(r.text(c).strip() for c in figures))


def _unnamed_indicator(table: PlanTable, figures: Mapping[int, str]) -> int | None:
    """The indicator column of a scorecard whose header names none: the left-most column,
    left of every figure, whose cells are words (not figures, dates or codes).

    Councils head the measure column in words no vocabulary holds ('Signal of change', 'What
    we count'), or in one that names another thing ('Impact'); the figures beside it still
    make the table a scorecard, and what each row measures is the words at its left.
    """
    if not figures:
        return None
    first = min(figures)
    for c in range(first):
        if c < len(table.roles) and table.roles[c] in _NOT_INDICATOR:
            continue
        cells = [t for r in table.rows if not r.section and (t := " ".join(r.text(c).split()))]
        if cells and _mostly(cells, set(_WORDED)):
            return c
    return None


_OTHER_FIGURE = {"latest": "target", "target": "latest"}


def _admit_timed(table: PlanTable, roles: dict[int, str]) -> None:
    """Figure columns the header gave another role: a column of figures whose header speaks
    of a time ('Start point', 'Aim by year end') is that time's figure, whatever role its words
    named ('start' as a task's start date, 'direction' for 'aim'). Column roles let the cells
    decide over such a header when there are enough of them; a sheet's measures table of one
    row has too few, and the time the words speak of is then the evidence.

    A latest or target column the table's order placed (the right-most period of a series read
    as the target) gives way to the column whose header names that time, and takes the other of
    the two where it is free, else is a dated baseline.
    """
    for c, role in enumerate(table.roles):
        if c in roles or role in _NOT_FIGURE or c >= len(table.labels):
            continue
        time = figure_time(table.labels[c])
        if time is None or not _figure_cells(table, c) or _group_end(table, c, roles) != c:
            continue  # a header over a group of columns ('Goal' over two years) speaks for its last
        wanted = _TIME_ROLE[time]
        holder = next((h for h, r in roles.items() if r == wanted), None)
        if holder is not None and wanted != "baseline":
            if header_role(table.labels[holder]) == wanted:
                continue  # 'Target' printed over another column: the header said it
            other = _OTHER_FIGURE[wanted]
            roles[holder] = other if other not in roles.values() else "baseline"
        roles[c] = wanted


_NOT_FIGURE = frozenset({"indicator", "code", "action", "owner", "rag"})


def _figure_cells(table: PlanTable, col: int) -> bool:
    """Whether a column's filled cells are figures (a percentage, a count, a rate). A small
    bare count ('98') types as a short code when alone; its value, under a header that speaks of
    a time, makes it a figure all the same. Dates (a year alone: '2025') are no figures."""
    cells = [t for r in table.rows if not r.section and (t := " ".join(r.text(col).split()))]
    return bool(cells) and all(_figure_value(t) for t in cells)


def _figure_value(text: str) -> bool:
    q = parse_quantity(text)
    return q is not None and q.value is not None and cell_type(text) in _COUNTS


_COUNTS = frozenset({CellType.number, CellType.code})


def _group_end(table: PlanTable, col: int, roles: Mapping[int, str]) -> int:
    """The last column a header is printed over: 'Goals by year' over '2025/26' | '2026/27'
    reads as the first column's header and the others' are blank; the goal is the last year's
    (a group's earlier years are steps towards it)."""
    end = col
    while end + 1 in roles and not table.labels[end + 1].strip():
        end += 1
    return end


def _wanted_role(table: PlanTable, col: int) -> str | None:
    time = figure_time(table.labels[col])
    if time is not None:
        return _TIME_ROLE[time]
    cells = [t for r in table.rows if not r.section and (t := r.text(col).strip())]
    if cells and sum(1 for t in cells if aims_at(t)) >= _AIMS * len(cells):
        return "target"
    return None


def _continues(row: Row, previous: Row, ind_c: int | None) -> bool:
    """A row a page break split ('Return home interviews offered within 72' / 'hours'): the
    first on a later page than the KPI above it, the rest of the indicator in it, that rest no
    new indicator (it starts in lower case), and every other cell blank or the rest of the
    cell above it ('35.5 per' / '10,000': a word processor breaks a row across the page, each
    cell's last lines on the next): no cell filled here that was blank above."""
    if ind_c is None or row.page <= previous.page:
        return False
    rest = row.text(ind_c).strip()
    others = [i for i in range(len(row.cells)) if i != ind_c and row.text(i).strip()]
    return rest[:1].islower() and all(previous.text(i).strip() for i in others)


def _carry_figures(kpi: KPI, row: Row, previous: Row, read_at: Mapping[str, int | None]) -> None:
    """The KPI's figures read again with the rest of their cells that a page break carried to
    the next page (_continues): '35.5 per' and '10,000' are '35.5 per 10,000'."""
    for field, col in read_at.items():
        if col is None or not row.text(col).strip():
            continue
        q = parse_quantity(f"{_figure(previous, col)} {row.text(col)}")
        if q is None:
            continue
        cut = getattr(kpi, field)
        setattr(kpi, field, q)
        kpi.baselines = [(lab, q if b is cut else b) for lab, b in kpi.baselines]


def _merged(row: Row, col: int | None) -> bool:
    return col is not None and col < len(row.merged_above) and row.merged_above[col]


def _label(table: PlanTable, col: int | None) -> str | None:
    return table.labels[col] if col is not None else None


def _has_figures(row: Row, figures: Mapping[int, str]) -> bool:
    """Whether a row prints anything in a figure column."""
    return any(row.text(c).strip() for c in figures)


def _closing_row(table: PlanTable, figures: Mapping[int, str]) -> Row | None:
    """The table's last row where it alone prints nothing under any figure column and every
    row above it prints figures: a line under the listing (an end-of-report line, a note) that
    lines up with the first column, no measure. A blank measure among blank ones, or in the
    middle of the table, is kept."""
    rows = [r for r in table.rows if not r.section]
    if len(rows) < 3 or not figures or _has_figures(rows[-1], figures):
        return None
    return rows[-1] if all(_has_figures(r, figures) for r in rows[:-1]) else None


def _figure(row: Row, col: int | None, spilt: Mapping[int, int] | None = None) -> str:
    """A figure cell's text, a figure a narrow cell wrapped inside itself put back; of a cell
    spanning several figure columns, the one figure printed in this column. spilt: for the
    first row, how many leading lines of a column's cell are its header's words run down into
    the row (_header_spill), left out."""
    cell = row.cells[col] if col is not None and col < len(row.cells) else None
    if cell is None or col is None:
        return row.text(col)
    skip = (spilt or {}).get(col, 0)
    lines = [ln.text for ln in cell.lines][skip:]
    text = row.text(col) if len(cell.lines) < 2 else mended_figure(lines)
    own = _own_figure(row, col, text)
    if own is not text:
        return own
    return revised_figure(text) or text


def _header_spill(table: PlanTable, first: Row) -> dict[int, int]:
    """Columns whose header's last words ran down into the first row's cell, and how many lines.

    A spreadsheet prints a wrapped header cell taller than its row ('Pre-inspection' / 'figure'),
    the overflow inside the first data row's box, so that cell reads 'figure 89.7%'. The column's
    shape tells: every other row holds one bare figure (or nothing), and the first row's cell is
    lines of words with no digit above one bare figure.
    """
    out: dict[int, int] = {}
    rows = [r for r in table.rows if not r.section and r is not first]
    for col, cell in enumerate(first.cells):
        if cell is None or len(cell.lines) < 2 or not rows:
            continue
        lines = [" ".join(ln.text.split()) for ln in cell.lines]
        words = next((i for i, ln in enumerate(lines) if _DIGIT.search(ln)), len(lines))
        if not 0 < words < len(lines) or len(split_figures(" ".join(lines[words:]))) != 1:
            continue
        others = [" ".join(r.text(col).split()) for r in rows]
        if all(len(split_figures(t)) == 1 for t in others if t) and any(others):
            out[col] = words
    return out


def _own_figure(row: Row, col: int, text: str) -> str:
    """An unruled scorecard whose figures ran together is read as one cell over two columns
    ('33.4% 37.3%' under 'Now' and 'Aspiration'): where the cell holds one figure per column it
    spans, and nothing else, each column's value is its own figure, in order."""
    cell = row.cells[col]
    span = [i for i, c in enumerate(row.cells) if c is cell]
    if len(span) < 2 or span != list(range(span[0], span[-1] + 1)):
        return text
    figures = split_figures(text)
    return figures[col - span[0]] if len(figures) == len(span) else text


def _reported(row: Row, latest: int | None, series: list[int]) -> int | None:
    """The column of this row's latest figure: the latest column, or where the row has nothing
    there, the nearest period before it that has a figure (a month not yet reported is blank)."""
    if latest is None or row.text(latest).strip():
        return latest
    return next((c for c in series if row.text(c).strip()), latest)
