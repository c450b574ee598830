"""Header cell -> column role, by what the header says, never by where the column is.

Every council names its plan columns differently ('Who', 'Lead officer', 'Service lead(s)',
'Responsible'; 'Date', 'By when', 'Timescale'; 'What we have already achieved', 'Progress',
'Update'), so the roles come from a vocabulary of synonyms run by a spaCy SpanRuler (phrase
patterns on lower-cased tokens, plus token patterns for shapes such as 'March 2018' or 'CPB lead').
The pipeline is spacy.blank("en") with rule components only, built once per process.

When a header matches more than one role ('Target March 2019' is a target and a date; 'CPB lead
member' is a lead and a member) the role earlier in ROLE_PRIORITY wins.
"""

from __future__ import annotations

import bisect
import functools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language

from plantrace.extractors.boxes_apart import boxes_side_by_side
from plantrace.extractors.card_heads import headed_card_box
from plantrace.extractors.cell_types import CellType, cell_type, type_counts
from plantrace.extractors.column_key import key_in_lines, keyed_labels
from plantrace.extractors.column_roles import (
    TableRoles,
    _agent_by,
    data_rows,
    numbered_alike,
    numbered_pairs,
    read_roles,
    timeline_months,
)
from plantrace.extractors.cut_box_rows import frames_carried_rows
from plantrace.extractors.derived_columns import derived_columns
from plantrace.extractors.field_chips import chip_box
from plantrace.extractors.figure_headers import figure_labels, one_row_measures
from plantrace.extractors.form_responses import form_roles, stamp_ordered
from plantrace.extractors.gauges import (
    gauge_boxes,
    gauge_labels,
    gauge_rows,
    stretch_readings,
)
from plantrace.extractors.grid_gap_rows import gap_row
from plantrace.extractors.grid_tail_notes import read_tail_notes
from plantrace.extractors.low_header_tiers import (
    framed_row,
    rows_font,
    small_capitals_head,
    small_capitals_row,
    small_head_row,
    small_styled_head,
    upper_tiers,
)
from plantrace.extractors.mark_strips import FIELD_SEPARATORS, glyph_word
from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.extractors.plan_subrows import starts_sub_row
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.extractors.progress_bars import paint_bars
from plantrace.extractors.roman_numerals import roman_key
from plantrace.extractors.row_pairs import RowPairings, join_row_pairs
from plantrace.extractors.spaced_rows import stack_spaced_rows
from plantrace.extractors.stacked_head import stacked_head, word_runs
from plantrace.extractors.striped_rows import striped_row_bands
from plantrace.pipeline.document import (
    BBox,
    Cell,
    Line,
    Page,
    ParsedDocument,
    Ruling,
    Table,
    Word,
    box_within,
    words_bbox,
)
from plantrace.pipeline.layout import blocks, join_text
from plantrace.pipeline.mark_columns import header_cells, header_words, mark_columns
from plantrace.pipeline.normalise.dates import MONTHS as DATE_MONTHS
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.normalise.values import parse_quantity, split_figures, without_placeholders
from plantrace.pipeline.numbered_labels import titled_item
from plantrace.pipeline.spaced_letters import spaced_type
from plantrace.pipeline.tables import (
    NESTED_COLUMNS,
    TOL,
    align_to_header,
    column_edges,
    document_words,
    drawn_column_rules,
    drawn_frames,
    encloses,
    flatten_tiered_header,
    horizontal_rules,
    lattice_tables,
    line_within,
    lines_outside,
    mend_broken_words,
    owner_grid,
    paint,
    rule_columns,
    same_columns,
    segments,
    split_parallel_lists,
    straddles,
    stream_columns,
    stream_table,
    text_rows,
    upright_rulings,
    word_gap,
)

MONTHS = list(DATE_MONTHS)  # the date normaliser's month words: one vocabulary of months

# role -> header phrases (matched on lower-cased tokens anywhere in the header cell): data, not code
PHRASES: dict[str, list[str]] = PLAN_VOCAB["header_phrases"]
_NOTE_LABELS = frozenset(PLAN_VOCAB["note_labels"]["progress"])
# label -> role, named only by the whole label ('I want to' on a user-story card), never by the
# same words inside a longer header ('Outcome we will track'): data, not code
WHOLE_LABELS: dict[str, str] = {
    label: role
    for role, labels in PLAN_VOCAB["whole_labels"].items()
    if not role.startswith("_")
    for label in labels
}
# role -> closing words of a label naming it whatever few words open it ('I promise that we
# will'): a pledge's label, read as a whole label only (data: plan_columns.json)
_TAILS: dict[str, Any] = PLAN_VOCAB["whole_label_tails"]
WHOLE_LABEL_TAILS: list[tuple[str, str]] = [
    (" " + tail, role)
    for role, tails in _TAILS.items()
    if not role.startswith("_") and isinstance(tails, list)
    for tail in tails
]


def whole_label_role(label: str) -> str | None:
    """The role a whole label names: one the vocabulary lists as a whole label, or a short label
    closing with a listed tail ('I promise that we will' -> action). Why: a pledge card labels
    its action with a promise of the writer's own wording, longer than a short label and known
    as no phrase, so it read as the action's first clause and stayed in its text."""
    key = label.lower().rstrip(":").strip()
    whole = WHOLE_LABELS.get(key)
    if whole is not None or len(key.split()) > int(_TAILS["max_words"]):
        return whole
    return next((role for tail, role in WHOLE_LABEL_TAILS if key.endswith(tail)), None)


ROLE_PRIORITY = [
    "code", "ref", "sponsor", "owner", "due", "start", "milestones", "governance", "progress", "rag",
    "trend", "direction", "target", "latest", "baseline", "date_label", "indicator", "action",
    "rec", "recommendation_text", "theme", "other",
]  # fmt: skip

Pattern = list[dict[str, Any]]
_TO: dict[str, Any] = {"LOWER": "to"}
_YEAR: dict[str, Any] = {"SHAPE": {"IN": ["dddd", "dd", "dddd/dd", "dddd-dd"]}}
TOKEN_PATTERNS: list[tuple[str, Pattern]] = [
    # a month and year alone is a dated figure column: 'March 2018', 'Sep 2024', 'Q3 2024/25'
    ("date_label", [{"LOWER": {"IN": MONTHS}}, {"IS_PUNCT": True, "OP": "?"}, _YEAR]),
    ("date_label", [{"LOWER": {"REGEX": r"^q[1-4]$"}}, _YEAR]),
    # a bare quarter or half heads a period column of a scorecard: '2023/24 | Q1 | Q2 | Target'
    ("date_label", [{"LOWER": {"REGEX": r"^(q[1-4]|h[12])$"}}]),
    ("date_label", [{"TEXT": {"REGEX": r"^(19|20)\d\d([/-]\d\d)?$"}}]),
    # a reporting route named as an update to a board: 'Update to CPB', 'Update to board'
    ("governance", [{"LOWER": {"IN": ["update", "updates", "report", "reports"]}}, _TO]),
    # spaCy's English exceptions split a lower-case 'id' ('I'd'), so 'ID' is matched by token
    ("ref", [{"LOWER": "id"}]),
    ("ref", [{"LOWER": {"IN": ["action", "item", "row"]}}, {"LOWER": {"IN": ["id", "no", "no."]}}]),
    # an acronym's lead is a board member, not the officer doing the work: 'CPB lead'
    ("sponsor", [{"IS_UPPER": True, "LENGTH": {">=": 2}}, {"LOWER": {"IN": ["lead", "leads"]}}]),
]


@functools.cache
def _nlp() -> Language:
    """The one header pipeline: blank English with a SpanRuler of the vocabulary."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": "roles", "phrase_matcher_attr": "LOWER", "validate": True},
    )
    patterns: list[dict[str, Any]] = []
    for role, phrases in PHRASES.items():
        patterns += [{"label": role, "pattern": p} for p in phrases]
    patterns += [{"label": role, "pattern": p} for role, p in TOKEN_PATTERNS]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


_SPACE = re.compile(r"\s+")
# a label with its value after the colon ('RUN DATE: 2026-11-03'): no column's name
_LABELLED = re.compile(r"^[^:]{2,40}:\s+\S")
# an optional plural '(s)' glued to a word ('Recommendation(s) addressed', 'Lead officer(s)'):
# the tokenizer would split it as 'Recommendation(s' ')'; read it as the plural
_PLURAL = re.compile(r"(?<=\w)\(s\)", re.I)


def _without_particles(spans: Sequence[Any], found: set[str]) -> set[str]:
    """A role named only by a particle ('from', 'by') in a header that names another role by a
    word of substance gives way: 'Recommendation from inspection' quotes the recommendation, it
    is no start date; 'From' alone still heads a start column."""
    weighty = {s.label_ for s in spans if not all(t.is_stop for t in s)}
    return found & weighty or found


def progress_label(label: str) -> bool:
    """A note's label saying it is progress: words a header of progress notes would say
    ('Progress update'), or a note's own label ('This period', note_labels)."""
    return header_role(label) == "progress" or text_key(label) in _NOTE_LABELS


@functools.lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The role of a header cell ('Lead officer' -> 'owner'), or None when it names nothing known.

    Headers are short; a cell of more than 12 words is data, not a header. A header the
    vocabulary does not know as printed is tried again as its variants: plurals made singular
    ('Owners', 'Deadlines') and a word a narrow cell broke over two lines put back together
    ('Indicat' / 'or').
    """
    clean = _PLURAL.sub("s", _SPACE.sub(" ", text)).strip()
    if not clean or len(clean.split()) > 12:
        return None
    found = _phrase_role(clean)
    if found is None or (clean.endswith(".") and len(clean.split()) > 1):
        # 'Rec no.': the stop glued to an abbreviation hides the phrase 'rec no'
        found = _phrase_role(clean.replace(".", " ").strip()) or found
    if found is None and len(clean.split()) <= 6:
        found = next((r for v in _variants(clean) if (r := _phrase_role(v)) is not None), None)
    return found


def _variants(clean: str) -> list[str]:
    words = clean.split()
    out = [" ".join(w[:-1] if len(w) > 3 and w.lower().endswith("s") and not
                    w.lower().endswith("ss") else w for w in words)]  # fmt: skip
    for i in range(len(words) - 1):
        nxt = words[i + 1]
        if words[i][-1:].isalpha() and (nxt[:1].islower() or (len(nxt) <= 2 and nxt.isalpha())):
            out.append(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]]))
    return out


@functools.lru_cache(maxsize=8192)
def _phrase_role(clean: str) -> str | None:
    found = phrase_roles(clean)
    for role in ROLE_PRIORITY:
        if role in found:
            return role
    return None


@functools.lru_cache(maxsize=8192)
def phrase_roles(clean: str) -> frozenset[str]:
    """Every role a header's words name, before the priority picks one: 'Board commentary'
    names governance (a board) and progress (commentary); its cells may settle which."""
    whole = whole_label_role(clean)
    if whole is not None:
        return frozenset({whole})
    doc = _nlp()(clean)
    spans = list(doc.spans["roles"])
    # a phrase inside a longer phrase of another role is part of it: 'Accountable to' is a
    # reporting route though 'accountable' alone is an owner
    found = {
        s.label_
        for s in spans
        if not any(
            o.label_ != s.label_ and o.start <= s.start and s.end <= o.end and len(o) > len(s)
            for o in spans
        )
    }
    if len(found) > 1:  # a date qualifies another role ('Target March 2019'); alone it is a figure
        found.discard("date_label")
    if len(found) > 1:
        found = _without_particles(spans, found)
    return frozenset(found)


@functools.lru_cache(maxsize=8192)
def header_label(text: str) -> str:
    """The header as printed, whitespace collapsed and a trailing colon dropped ('Figure will');
    a word a narrow cell broke in two is put back ('Indicat or' -> 'Indicator')."""
    label = _SPACE.sub(" ", text).strip().rstrip(":").strip()
    if label and _phrase_role(label) is None and len(label.split()) <= 6:
        for v in _variants(label)[1:]:
            if _phrase_role(v) is not None:
                return v
    return label


def row_roles(cells: Sequence[str | None]) -> list[str | None]:
    """Roles for a candidate header row (None where a cell names nothing known)."""
    return [header_role(c) if c else None for c in cells]


def is_header(cells: Sequence[str | None], styled: bool = False) -> bool:
    """A header row: at least two cells name roles and most non-empty cells do.

    styled: the row is set apart as a header is (bold, or on a shaded band). Then it needs
    fewer words the vocabulary knows: two named roles, one of them the column of what the table
    lists (action, indicator, recommendation), and a third of its cells; its other columns get
    their roles from their cells. Councils name columns in words no vocabulary holds ('Champion',
    'Finish', 'Narrative'); the look of the row and the cells below say it is a header.
    """
    filled = [c for c in cells if c and c.strip()]
    if len(filled) < 2:
        return False
    roles = [r for r in row_roles(cells) if r is not None]
    if len(roles) >= 2 and len(roles) >= 0.6 * len(filled):
        return True
    listing = {"action", "indicator", "recommendation_text"}
    return (
        styled and len(roles) >= 2 and len(roles) >= len(filled) / 3 and bool(listing & set(roles))
    )


def label_header(cells: Sequence[str | None], styled: bool) -> bool:
    """A styled row of three or more short labels, one of them a column the vocabulary knows.

    Councils name even the action column in words no vocabulary holds ('What needs to happen',
    'Planned change', 'Completion'); the look of the row (bold, or on a shaded band) says it is
    a header. Whether it heads actions or indicators is the cells' to say (kind_from_cells):
    this alone never makes a table.
    """
    filled = [c for c in cells if c and c.strip()]
    if not styled or len(filled) < 3 or any(len(c.split()) > 6 for c in filled):
        return False
    return any(r is not None for r in row_roles(cells))


TIER_WORDS = 6  # a header's label is short (_labels, _header_tier): a longer cell is a value


def _labels(cells: Sequence[str | None], styled: bool) -> bool:
    """A styled row of three or more short labels, whatever they say: a header only when the
    cells under it show what the table holds (a scorecard's sentences and figures)."""
    filled = [c for c in cells if c and c.strip()]
    return styled and len(filled) >= 3 and all(len(c.split()) <= TIER_WORDS for c in filled)


def _dominant_share(texts: Sequence[str], kinds: set[CellType]) -> float:
    counts = type_counts(texts)
    total = sum(counts.values())
    return sum(counts[k] for k in kinds) / total if total else 0.0


_KEY_SHARE = 0.8  # of a key column's cells, the share that are codes ('A07')


def _keyed_facts(roles: Sequence[str | None], columns: Sequence[Sequence[str]]) -> str | None:
    """An action table of facts only: a header naming who leads and by when or how it stands,
    no action column, and its first column a column of codes: the actions' keys. A workbook keeps who and when on a sheet of its own, joined to the actions
    on another by their refs (plan_actions.join_keyed_table); its rows are no actions."""
    have = set(roles)
    if "action" in have or "owner" not in have or not have & {"due", "rag"}:
        return None
    if not roles or roles[0] not in ("ref", None) or not columns:
        return None  # the key stands first, as a table's key does
    cells = [t for t in columns[0] if t.strip()]
    codes = sum(1 for t in cells if cell_type(t) == CellType.code)
    return ACTION_TABLE if len(cells) >= 2 and codes >= _KEY_SHARE * len(cells) else None


def kind_from_cells(roles: Sequence[str | None], columns: Sequence[Sequence[str]]) -> str | None:
    """What a table under a header of unknown words lists, from its cells.

    A column of sentences (the actions or the indicators; two rows at least) with two or more
    columns of figures beside it is a scorecard; with a column of people or of dates beside it,
    an action table.
    """
    texts = [[t for t in columns[i] if t.strip()] if i < len(columns) else []
             for i in range(len(roles))]  # fmt: skip
    # one row is too little to tell a table from a list of terms
    prose = [i for i, col in enumerate(texts) if _listed_sentences(col)]
    if not prose:
        # what a scorecard measures is often named in a few words ('Social worker vacancy
        # rate'): a first column of them beside two or more columns of figures is one too
        named = texts[0] if texts and _named_column(texts[0]) else []
        return KPI_TABLE if named and _figure_columns(texts[1:]) >= 2 else None
    others = [col for i, col in enumerate(texts) if col and i not in prose]
    # columns the header names as no plan field ('Budget (£)', 'Spend to date', 'Cost'): money
    # beside the actions, no scorecard's figures
    figures = _figure_columns(
        [col for i, col in enumerate(texts) if col and i not in prose and roles[i] != "other"]
    )
    if figures >= 2:
        return KPI_TABLE
    people_or_dates = {CellType.person, CellType.date, CellType.open_date, CellType.owner_date}
    if any(_dominant_share(col, people_or_dates) >= 0.6 for col in others):
        return ACTION_TABLE
    return None


ACTION_TABLE = "action"
KPI_TABLE = "kpi"
RECOMMENDATION_TABLE = "recommendations"
_WHO = {CellType.person, CellType.owner_date}
_WHEN = {CellType.date, CellType.open_date, CellType.owner_date}


def _who_and_when(columns: Sequence[Sequence[str]]) -> bool:
    """A column of people and a column of dates (or one of both in each cell): what an action
    table holds beside its sentences, and a table of anything else seldom does."""
    texts = [[t for t in col if t.strip()] for col in columns]
    who = {i for i, col in enumerate(texts) if col and _dominant_share(col, _WHO) >= 0.6}
    when = {i for i, col in enumerate(texts) if col and _dominant_share(col, _WHEN) >= 0.6}
    both = {i for i in who & when if _dominant_share(texts[i], {CellType.owner_date}) >= 0.6}
    return bool(both) or (bool(who) and bool(when - who))


# roles that say who does a thing, by when, and how it is going: the columns of an action table
_DOING = frozenset({"owner", "due", "rag", "progress", "governance"})
# header roles a column of prose may be given for the action a header did not name: a word that
# names no role, or 'description' read as a KPI's indicator ('Task description')
_UNNAMED = frozenset({None, "indicator"})


def _prose_column(texts: Sequence[str]) -> bool:
    """Sentences, two rows at least: what a table lists (actions, indicators)."""
    col = [t for t in texts if t.strip()]
    return (
        len(col) >= 2
        and _dominant_share(col, {CellType.prose}) >= 0.6
        and sum(map(len, col)) / len(col) > 25
    )


def _listed_sentences(texts: Sequence[str]) -> bool:
    """Sentences (_prose_column), the same short note printed on many rows counted once: a
    statement's entries hold an action's text on its opening entry and stock words on the
    later ones ('Date revised by agreement'), which outnumber the sentences on a page."""
    if _prose_column(texts):
        return True
    col = [" ".join(t.split()) for t in texts if t.strip()]
    once = list(dict.fromkeys(col))
    return len(once) < len(col) and _prose_column(once)


def _named_column(texts: Sequence[str]) -> bool:
    """Names of things in words, two rows at least: sentences or phrases, no figures or codes."""
    col = [t for t in texts if t.strip()]
    return (
        len(col) >= 2
        and _dominant_share(col, {CellType.prose, CellType.text}) >= 0.8
        and sum(map(len, col)) / len(col) > 15
    )


def _figure_columns(columns: Sequence[Sequence[str]]) -> int:
    """Columns of figures. A column of refs printed as group and item ('1-1', '1-2', '2-1':
    column_roles.numbered_pairs) reads as numbers cell by cell, but counts items, no figure."""
    return sum(
        1
        for col in columns
        if col and _dominant_share(col, {CellType.number}) >= 0.6 and not numbered_pairs(col)
    )


def _actions_unnamed(
    kind: str | None, roles: Sequence[str | None], columns: Sequence[Sequence[str]]
) -> str | None:
    """An action table whose header names who, when or the status but not the action.

    Councils head the action column in words no vocabulary holds ('Improvement step', 'What we
    will do', 'Task description' read as an indicator); read by the header alone the table is
    nothing, a scorecard with no figures, or (beside a recommendation column that repeats on
    every row) the recommendations' own table. A column of sentences the header did not name,
    beside a column of people or of dates (kind_from_cells), makes it an action table.
    """
    named = set(roles)
    if kind == ACTION_TABLE or _figures_named(roles, columns):
        return kind
    if kind == RECOMMENDATION_TABLE and not named & _DOING:
        return kind  # 'No. | Recommendation | Theme': the recommendations' own table
    unnamed = [
        i for i, r in enumerate(roles) if r in _UNNAMED and i < len(columns)
        and _listed_sentences(columns[i])
    ]  # fmt: skip
    if unnamed and kind_from_cells(roles, columns) == ACTION_TABLE:
        return ACTION_TABLE
    if unnamed and _keyed_sentences(roles, columns):
        return ACTION_TABLE
    unread = [i for i, r in enumerate(roles) if r in _UNNAMED and i < len(columns)]
    if len(named & _DOING) >= 2 and any(_one_sentence(columns[i]) for i in unread):
        # a table of one row (an exception report lists one milestone) is too short for its
        # cells to tell; a header naming two of who, when and status, over a sentence, does
        return ACTION_TABLE
    return kind


_SENTENCE = 25  # characters: an action is a sentence, not a label


def _figures_named(roles: Sequence[str | None], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a header names a scorecard's figure column ('Current', 'Target') over cells
    that are not all words: 'Current' over 'Running clear', 'Reached the sea' is how each row
    stands now, a status in words, no figure, and says nothing of a scorecard."""
    return any(
        r in _FIGURES and (i >= len(columns) or not _worded(columns[i]))
        for i, r in enumerate(roles)
    )


def _worded(texts: Sequence[str]) -> bool:
    """Cells of words only (two rows at least), none holding a digit: no figure, date or
    period among them."""
    col = _filled(texts)
    return len(col) >= 2 and not any(ch.isdigit() for t in col for ch in t)


def _keyed_sentences(roles: Sequence[str | None], columns: Sequence[Sequence[str]]) -> bool:
    """A list of rated sentences keyed by refs: its first column distinct codes (each row's
    ref), a header naming a status column, and sentences under a header no vocabulary knows
    ('Change idea'). A workbook may keep who leads each action and by when apart (a matrix of
    owners by months, plan_crosstab), so its action list has neither a column of people nor
    one of dates for kind_from_cells to see; the key and the status say it lists work (and no
    column of figures: codes, names and a rating beside figures are a scorecard's)."""
    if not roles or roles[0] not in ("ref", None) or "rag" not in roles or not columns:
        return False
    if _figure_columns([[t for t in col if t.strip()] for col in columns]):
        return False  # a column of figures: a scorecard's codes, measures and readings
    cells = [" ".join(t.split()) for t in columns[0] if t.strip()]
    codes = sum(1 for t in cells if cell_type(t) == CellType.code)
    return len(cells) >= 2 and codes >= _KEY_SHARE * len(cells) and len(set(cells)) == len(cells)


def _gantt_kind(columns: Sequence[Sequence[str]], months: dict[int, str]) -> str | None:
    """A Gantt chart lists work: a column of sentences beside a run of month columns shaded
    while each row's work runs (column_roles.timeline_months) is an action table, whatever
    its header calls the columns ('Milestone description', 'Change we are making')."""
    if not months:
        return None
    rest = [col for i, col in enumerate(columns) if i not in months]
    return ACTION_TABLE if any(_prose_column(col) for col in rest) else None


def _series_kind(roles: Sequence[str | None], columns: Sequence[Sequence[str]]) -> str | None:
    """A scorecard with a monthly trend: a run of adjacent period columns ('Feb 2025' | 'Mar
    2025' | 'Apr 2025') over figures, with a column of words left of the run (what is measured,
    under any header: 'Signal of impact'), is a KPI table. Its rows may be too few or their
    names too short ('Re-referrals within 12 months') for kind_from_cells to call them prose."""
    run: list[int] = []
    for i, role in enumerate([*roles, None]):
        figures = i < len(columns) and _figures(columns[i])
        if role == "date_label" and figures:
            run.append(i)
            continue
        if len(run) >= _SERIES and any(_words(columns[j]) for j in range(run[0])):
            return KPI_TABLE
        run = []
    return None


def _named_measures(texts: Sequence[str]) -> bool:
    """Cells naming what is measured: words, three or more in each, not codes or figures."""
    col = _filled(texts)
    return _words(col) and all(len(t.split()) >= 3 for t in col)


_SERIES = 3  # adjacent period columns of figures that make a trend
_FIGURE = {CellType.number}


def _figures(texts: Sequence[str]) -> bool:
    """Mostly figures: numbers, and bare counts ('15', '22') that type as short codes."""
    col = _filled(texts)
    counted = sum(1 for t in col if cell_type(t) in _FIGURE or _count(t))
    return bool(col) and counted >= 0.6 * len(col)


def _count(text: str) -> bool:
    quantity = parse_quantity(text)
    return quantity is not None and quantity.value is not None and text.strip().isdigit()


def _filled(texts: Sequence[str]) -> list[str]:
    return [t for t in texts if t.strip()]


def _words(texts: Sequence[str]) -> bool:
    """Cells of words, not figures: what a scorecard's rows measure."""
    col = _filled(texts)
    return (
        bool(col)
        and _dominant_share(col, _FIGURE) < 0.5
        and all(any(ch.isalpha() for ch in t) for t in col)
    )


def _one_sentence(texts: Sequence[str]) -> bool:
    col = [t for t in texts if t.strip()]
    return len(col) == 1 and cell_type(col[0]) is CellType.prose and len(col[0]) > _SENTENCE


def table_kind(roles: Sequence[str | None]) -> str | None:
    """What a table with these column roles holds: actions, KPIs or the quoted recommendations."""
    have = set(roles)
    figures = have & {"baseline", "target", "latest", "date_label"}
    if "indicator" in have and figures:
        return KPI_TABLE
    if "action" in have and have & {"owner", "due", "governance", "progress", "milestones", "rag"}:
        return ACTION_TABLE
    if "recommendation_text" in have and "action" not in have:
        return RECOMMENDATION_TABLE
    if "action" in have:
        return ACTION_TABLE
    return None


_FIGURES = {"baseline", "target", "latest", "date_label"}


def styled_kind(roles: Sequence[str | None], styled: bool) -> str | None:
    """table_kind, and under a header row set apart as one (bold, shaded) an 'Indicator' column
    alone makes a scorecard: its figure columns, named in words no vocabulary holds ('Where we
    were', 'Aim'), are found from their cells (the caller checks some are)."""
    kind = table_kind(roles)
    if kind is None and styled and "indicator" in roles:
        return KPI_TABLE
    return kind


# a ref opening the action text: '1.1 Agree ...', '3. Deliver ...', 'A2 ...', and a sub-item's
# '2b Audit ...' (recommendation 2, its action b; one letter: '1st' and '2nd' stay text), or
# its letter bracketed as a report numbers the parts of a recommendation ('2(b) Audit ...')
# (a number after a hash, '#201 Offer ...', is no leading ref: an issue tracker's '#115 <title>'
# is the item's name as printed, and taking it as a ref cut its cards); a lettered ref whose
# parts a hyphen joins ('C2-1 Quality assure ...': component 1 of recommendation 2) too, a
# letter before it (a bare '1-3' opens a range: '1-3 months')
LEADING_REF = re.compile(
    r"^\s*((?:\d{1,2}\.)+\d{1,2}|\d{1,2}\([a-z]\)|\d{1,2}[.)]|\d{1,2}[a-z]"
    r"|[A-Z]\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,2}\d{1,2}-\d{1,2})\s+(?=\S)"
)
_DIGIT = re.compile(r"\d")
_DOTTED_REF = re.compile(r"^\s*[A-Z]{0,2}\d{1,2}\.\d{1,2}\s*$", re.I)


def _dated_targets(roles: list[str | None], columns: Sequence[Sequence[str]]) -> list[str | None]:
    """A 'target' column of dates ('Completion target' over 'Jan. 2025') says when work is
    due, not a figure to reach: the due date, where no other column is."""
    if "due" in roles:
        return roles
    return [
        "due" if r == "target" and i < len(columns) and _dated([t for t in columns[i] if t])
        else r
        for i, r in enumerate(roles)
    ]  # fmt: skip


# a number after a label ('Finding 2') or a letter or three glued to it ('R2', 'AFI3')
_ENDS_IN_NUMBER = re.compile(r"^(?:\D{0,20}\b|[A-Za-z]{1,3})\d{1,2}$")
_LIST_SEP = re.compile(r"\s*(?:,|&|/|\band\b)\s*")  # 'R3, R4', 'F2 & F3', '1/3'


def _numbers_list(text: str) -> bool:
    """One number or several listed, each perhaps after a short label ('2', 'Finding 2',
    'R3, R4')."""
    return all(_ENDS_IN_NUMBER.match(part) for part in _LIST_SEP.split(text))


def _recurring_refs(roles: list[str | None], columns: Sequence[Sequence[str]]) -> list[str | None]:
    """A column named ref ('Finding ref', 'Rec ref') whose numbers recur down the column ('1',
    '1', '2' or 'Finding 2' on each of its actions, some listing two: 'R3, R4') names the
    recommendation each action answers: an action's own ref does not repeat."""
    refs = [i for i, r in enumerate(roles) if r == "ref" and i < len(columns)]
    out = list(roles)
    for i in refs:
        texts = [" ".join(t.split()) for t in columns[i] if t.strip()]
        recur = len(set(texts)) < len(texts)
        if texts and recur and all(_numbers_list(t) for t in texts):
            out[i] = "rec" if not _reprinted(columns[i], roles, columns) else out[i]
    return out


def _reprinted(
    keys: Sequence[str], roles: Sequence[str | None], columns: Sequence[Sequence[str]]
) -> bool:
    """The keys recur with their action printed again beside them (a log of reviews prints the
    action on each of its review rows): each key beside one action text, which recurs as the key
    does. Then the key is the action's own, no recommendation's number."""
    acts = [i for i, r in enumerate(roles) if r == "action" and i < len(columns)]
    if not acts:
        return False
    pairs = {
        (" ".join(k.split()), " ".join(a.split()))
        for k, a in zip(keys, columns[acts[0]], strict=False)
        if k.strip() and a.strip()
    }
    named = {k for k, _ in pairs}
    return bool(pairs) and len(pairs) == len(named) < len([k for k in keys if k.strip()])


_KEYS = frozenset({"ref", "code"})
_LISTED = frozenset({"action", "indicator"})


def _sentences_not_keys(
    roles: list[str | None], columns: Sequence[Sequence[str]]
) -> list[str | None]:
    """A column the header names as a key ('Work item', 'Item', 'No.') whose cells are
    sentences, in a table where no column is named as what it lists: the sentences are what
    the table lists, not its key. Their role is left to the cells (column_roles)."""
    if set(roles) & _LISTED:
        return roles
    return [
        None if r in _KEYS and i < len(columns) and _prose_column(columns[i]) else r
        for i, r in enumerate(roles)
    ]


def _keys_named_as_listed(
    roles: list[str | None], columns: Sequence[Sequence[str]]
) -> list[str | None]:
    """Two headers whose words name each other's column: the one naming what the table lists
    ('Task key': 'task') stands over codes distinct row by row (T001, T002), the one naming a
    key ('Schedule item': 'item') over the sentences. The cells say which is which: the codes
    key the rows, the sentences are what the table lists; the two roles change places."""
    listed = [i for i, r in enumerate(roles) if r in _LISTED and _code_column(columns, i)]
    keys = [
        i for i, r in enumerate(roles) if r in _KEYS and i < len(columns) and
        _prose_column(columns[i])
    ]  # fmt: skip
    if len(listed) != 1 or len(keys) != 1:
        return roles
    out = list(roles)
    out[listed[0]], out[keys[0]] = roles[keys[0]], roles[listed[0]]
    return out


def _code_column(columns: Sequence[Sequence[str]], i: int) -> bool:
    """Codes only, two at least, none repeated: a column that keys the rows."""
    col = [" ".join(t.split()) for t in columns[i] if t.strip()] if i < len(columns) else []
    return (
        len(col) >= 2
        and len(set(col)) == len(col)
        and all(cell_type(t) is CellType.code for t in col)
    )


def _sentences_not_figures(
    roles: list[str | None], columns: Sequence[Sequence[str]]
) -> list[str | None]:
    """A column the header names as a latest figure ('Latest position', 'Current') whose cells
    are sentences, most with no figure in them ('Delayed because of staff turnover'), says where
    the work stands: a progress note, not a scorecard's latest value. Without this an action
    tracker whose action column is headed 'Description' (an indicator's word too) reads as a
    scorecard of its actions."""
    out = list(roles)
    for i, r in enumerate(roles):
        col = [t for t in columns[i] if t.strip()] if i < len(columns) else []
        figured = sum(1 for t in col if _DIGIT.search(t))
        if r == "latest" and _prose_column(col) and figured < 0.5 * len(col):
            out[i] = "progress"
    return out


_WHOLE_NUMBER = re.compile(r"^\d{1,4}$")


def _counts_not_actions(
    roles: list[str | None], columns: Sequence[Sequence[str]]
) -> list[str | None]:
    """A column the header names as the actions ('All actions', 'Actions') whose cells are all
    whole numbers that do not run as refs do (one number twice, or out of order: '3', '5',
    '5', '13') counts the actions of each row: a summary's figures, no action column. Its role
    is left to the cells."""
    out = list(roles)
    for i, r in enumerate(roles):
        texts = [t.strip() for t in columns[i] if t.strip()] if i < len(columns) else []
        if r != "action" or len(texts) < 2 or not all(_WHOLE_NUMBER.match(t) for t in texts):
            continue
        numbers = [int(t) for t in texts]
        if len(set(numbers)) < len(numbers) or numbers != sorted(numbers):
            out[i] = None
    return out


_SPANS = 0.8  # this share of rows ending on or after they start makes two date columns a span


def _schedule(
    roles: Sequence[str | None], columns: Sequence[Sequence[str]], rows: Sequence[Sequence[str]]
) -> bool:
    """Rows of tasks, not indicators, where durations and percentages pass for figures.

    A project tool's export ('ID | Task | Duration | Start | Finish | % Complete | Resources')
    dates each row itself: two columns of dates in which each row ends on or after it starts,
    beside a column of the people doing the work. An indicator's figures are dated by the
    header instead; a column the header names as a figure (baseline, latest, target) and
    filled with figures makes the table a scorecard whatever else it holds.
    """
    texts = [[t for t in col if t.strip()] for col in columns]
    figures = any(
        r in _FIGURES and i < len(texts) and _dominant_share(texts[i], {CellType.number}) >= 0.6
        for i, r in enumerate(roles)
    )
    people = any(col and _dominant_share(col, _WHO) >= 0.6 for col in texts)
    if figures or not people or not any(_prose_column(col) for col in texts):
        return False
    dated = [
        i for i, col in enumerate(texts) if col and _dominant_share(col, {CellType.date}) >= 0.6
    ]
    return any(_spans(rows, a, b) for a in dated for b in dated if a < b)


def _spans(rows: Sequence[Sequence[str]], a: int, b: int) -> bool:
    """Columns a and b read row by row as when a thing starts and when it ends."""
    pairs = [
        (start, end)
        for r in rows
        if a < len(r) and b < len(r)
        and (start := parse_date(r[a], end_of_period=False)) and (end := parse_date(r[b]))
    ]  # fmt: skip
    return len(pairs) >= 2 and sum(x <= y for x, y in pairs) >= _SPANS * len(pairs)


def _dated(texts: Sequence[str]) -> bool:
    """Most of the cells are dates or open dates ('Ongoing')."""
    kinds = [cell_type(t) for t in texts]
    dated = sum(1 for k in kinds if k in (CellType.date, CellType.open_date))
    return bool(kinds) and dated >= 0.6 * len(kinds)


def _mostly(texts: Sequence[str], pattern: re.Pattern[str]) -> bool:
    return bool(texts) and sum(1 for t in texts if pattern.match(t)) >= 0.8 * len(texts)


# a forecast finish ('Forecast finish', 'Expected end'): the due only where no other column is
_FORECAST = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in PLAN_VOCAB["forecast_dates"]["phrases"]) + r")\b"
)


def is_forecast_label(label: str) -> bool:
    """A header naming a forecast finish ('Forecast finish', 'Expected end')."""
    return bool(_FORECAST.search(text_key(label)))


def _forecast_due(
    out: list[str | None], labels: Sequence[str], columns: Sequence[Sequence[str]]
) -> None:
    """A forecast finish column read as the due where the table has no due column of its own
    (no planned or baseline finish, no target date beside it): then it is all the plan prints of
    when the work ends. Beside a due column it stays 'other', the agreed date being the due;
    a header naming the due only by its closing 'by' ('Tended by') over cells holding no date
    names who, not when (column_roles reads it so, after this): no due column."""
    if any(r == "due" and not _agent_undated(labels, columns, i) for i, r in enumerate(out)):
        return
    for i, label in enumerate(labels):
        texts = [t for t in columns[i] if t] if i < len(columns) else []
        if i < len(out) and out[i] == "other" and is_forecast_label(label) and _dated(texts):
            out[i] = "due"
            return


def _agent_undated(labels: Sequence[str], columns: Sequence[Sequence[str]], i: int) -> bool:
    texts = [t for t in columns[i] if t] if i < len(columns) else []
    return i < len(labels) and bool(texts) and _agent_by(labels[i]) and not _dated(texts)


def settle_roles(
    roles: Sequence[str | None],
    kind: str | None,
    columns: Sequence[Sequence[str]],
    labels: Sequence[str] | None = None,
) -> list[str | None]:
    """Adjust roles by table kind and column content.

    In a KPI table 'Ref' is the indicator code and 'Lead' is not an action owner; a 'Recommendation'
    column of short cells ('3, 10') holds recommendation numbers, of long cells their text; a
    dated column ('March 2018') is a baseline; the first owner column wins and later ones are
    sponsors ('Lead member' after 'Lead officer'). A 'Priority' column holding words
    ('Immediate', 'High') ranks rather than numbers, so it is no recommendation number; one
    holding dotted refs ('1.1', '1.2') is the action ref. A KPI scorecard with several period columns
    and no 'Latest' one ('2023/24 | Q1 | Q2 | Target') reports its latest figure in the right-most
    period column before the target; the earlier periods are baselines.
    """
    out = list(roles)
    if kind == ACTION_TABLE and labels is not None:
        _forecast_due(out, labels, columns)
    periods = [i for i, r in enumerate(out) if r == "date_label"]
    if kind == KPI_TABLE and "latest" not in out and len(periods) >= 2:
        target = out.index("target") if "target" in out else len(out)
        before = [i for i in periods if i < target] or periods
        out[before[-1]] = "latest"
    for i, role in enumerate(out):
        texts = [t for t in columns[i] if t] if i < len(columns) else []
        avg = sum(len(t) for t in texts) / len(texts) if texts else 0.0
        if kind == KPI_TABLE and role == "ref":
            out[i] = "code"
        elif kind == ACTION_TABLE and role in ("indicator", "milestones") and "action" not in out:
            # 'Task description', 'Milestone description' over an action table with no action
            # column: its cells decide (a column of sentences is what the table lists)
            out[i] = None
        elif role == "date_label":
            out[i] = "baseline"
        elif role in ("rec", "recommendation_text") and texts:
            out[i] = "recommendation_text" if avg > 30 else "rec"
            roman = all(roman_key(t) is not None for t in texts)  # '(iii)', 'iv)'
            if out[i] == "rec" and not roman and not any(_DIGIT.search(t) for t in texts):
                out[i] = "other"  # a ranking in words ('Immediate', 'High'), not a number
            elif out[i] == "rec" and "ref" not in out and _mostly(texts, _DOTTED_REF):
                out[i] = "ref"  # 'Priority' over '1.1', '1.2': action refs under priority 1
    first = columns[0] if columns else []
    if kind == KPI_TABLE and "indicator" not in out and out and out[0] in (None, "rec", "other"):
        # the left-most column of a scorecard with no indicator column: names of what is
        # measured ('Visits within 10 days') under any header, or else codes
        out[0] = "indicator" if _named_measures(first) else out[0]
    if kind == KPI_TABLE and "code" not in out and out and out[0] in (None, "rec"):
        out[0] = "code"
    return out


# --------------------------------------------------------------------------- plan layout


_CELL_BULLET = re.compile(r"^\s*[•●▪■◦○‣∙·\uf0b7\uf0a7\u25aa\u25cf]\s*")


def _unbulleted(text: str) -> str:
    """A line without the bullet glyph of a sub-item; a glyph that is all the line says ('●' in
    a status column a key explains) is no bullet and stays."""
    rest = _CELL_BULLET.sub("", text)
    return rest if rest.strip() else text


def unmarked(ln: Line) -> str:
    """A line's text without a mark that closes it set apart in an ink of its own ('Splashdown
    ⚑', the flag a blank-headed column beside the cell holds): a gap wider than the type and
    another ink than the words' say the mark is that column's, no word of this cell's."""
    text = ln.text
    if not glyph_word(text.rstrip()[-1:]):
        return text
    words = ln.words
    if len(words) < 2 or not glyph_word(words[-1].text) or glyph_word(words[-2].text):
        return text
    mark, last = words[-1], words[-2]
    apart = mark.x0 - last.x1 > max(ln.font_size, 1.0)
    if not apart or not mark.colour or not last.colour or mark.colour == last.colour:
        return text
    return text.rstrip()[: -len(mark.text)].rstrip()


@functools.lru_cache(maxsize=8192)
def _lines_text(texts: tuple[str, ...]) -> str:
    """A cell's lines joined (Row.text), bullets and placeholders dropped: the passes over a
    table ask for the same cells' text again and again (nine times in ten a text read before)."""
    return without_placeholders(join_text(_unbulleted(t) for t in texts))


@dataclass(slots=True)
class Row:
    """One data row of a plan table: every column's cell, merged cells resolved to their owner."""

    cells: list[Cell | None]
    page: int
    section: bool = False  # one cell runs across most of the table: a heading row, not data
    merged_above: list[bool] = field(default_factory=list)  # cell text belongs to a row above

    def text(self, i: int | None) -> str:
        """A cell's text, wrapped lines joined and bullet glyphs of sub-items dropped."""
        if i is None or i >= len(self.cells):
            return ""
        cell = self.cells[i]
        if cell is None:
            return ""
        if not cell.lines:
            return without_placeholders(cell.text)
        # an unfilled form field's placeholder is no content ('Click or tap here to enter text.')
        return _lines_text(tuple(unmarked(ln) for ln in cell.lines))

    def pad(self, width: int) -> None:
        """Cells (and merged flags, where kept) filled out to width + 1 columns, so that a
        column added to a table after it was read has a slot in every row."""
        while len(self.cells) <= width:
            self.cells.append(None)
        if self.merged_above:
            while len(self.merged_above) <= width:
                self.merged_above.append(False)

    @property
    def bbox(self) -> BBox:
        """The row's box on its own page: a cell whose lines all sit on another page (a column
        printed on the facing page, joined to this row) is left out of it."""
        here = [c for c in self.cells if c is not None and self._here(c)]
        pairs = zip(self.cells, self.merged_above, strict=False)
        boxes = [c.bbox for c, up in pairs if c is not None and not up and self._here(c)]
        boxes = boxes or [c.bbox for c in here] or [c.bbox for c in self.cells if c is not None]
        return (
            min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes),
        )  # fmt: skip

    def _here(self, cell: Cell) -> bool:
        """Whether a cell is printed on the row's page (a cell with no lines is taken to be)."""
        return not cell.lines or any(ln.page == self.page for ln in cell.lines)

    @property
    def line_span(self) -> tuple[int, int] | None:
        idx = [
            ln.index for c in self.cells if c is not None for ln in c.lines if ln.page == self.page
        ]
        return (min(idx), max(idx)) if idx else None


@dataclass(slots=True)
class PlanTable:
    """A table of the plan with its column roles, its pieces over page breaks joined."""

    kind: str | None
    roles: list[str | None]
    labels: list[str]
    rows: list[Row]
    page: int
    top: float
    pieces: list[Table] = field(default_factory=list)
    reading: TableRoles | None = None  # each column's role with its evidence and confidence
    # a table read transposed (its header column on the left, plan_transpose): its pieces as
    # printed, which a piece on the next page continues; empty for a table the right way up
    printed: list[Table] = field(default_factory=list)
    # the status fills of the plan's other tables under the same header row (plan_siblings):
    # read with this table's own, so that a status column's tints are read as one column
    peer_fills: list[str | None] = field(default_factory=list)
    # the words of those status cells, one per fill where the siblings' words were kept (else
    # empty): read with this table's own, so that a few rows do not decide alone whether the
    # column's paint is the key of its words (status_paint.painted_over)
    peer_words: list[str] = field(default_factory=list)
    # the status steps the table prints outside its cells: a board's column headings, the
    # empty columns' too ('At risk (0)'), its scale of statuses (status_scale)
    steps: list[str] = field(default_factory=list)
    # the rows name parent rows of the same table by key (parent_rows): a tracker's work
    # items under their parents, whatever its ref column's header calls an entry ('Issue')
    hierarchy: bool = False
    # the parent keys its rows name that no row of the table holds (a parent filtered out of
    # the export): those rows are read unlinked, and a warning says so
    unknown_parents: list[str] = field(default_factory=list)
    # the cells (id) whose fill is their row's link to a recommendation, a key of the
    # recommendations giving each its colours (fill_key_links.adopt_row_fills): no status
    link_fills: set[int] = field(default_factory=set)

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def cols(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]

    def take_role(
        self,
        i: int,
        role: str,
        confidence: float | None,
        why: str,
        *,
        at_least: bool = False,
        source: str = "a later reading",
    ) -> None:
        """Column i is read as `role` after the roles were first read (a key, a quote, the
        cells' inks or a sibling table told it): in roles and in its reading, with why, so a
        report of the reading says what moved it. confidence: the column's now (None keeps
        it; at_least: never lowered); source: what told it in a word or two ('inks',
        'siblings'), which the inspector shows beside the role."""
        self.roles[i] = role
        if self.reading is None or i >= len(self.reading.columns):
            return
        c = self.reading.columns[i]
        c.role = role
        c.source = source
        if confidence is not None:
            c.confidence = max(c.confidence, confidence) if at_least else confidence
        c.evidence.append(why)


@dataclass(slots=True)
class Element:
    """One thing on a page in reading order: a paragraph (lines) or a table."""

    page: int
    top: float
    lines: list[Line] = field(default_factory=list)
    table: PlanTable | None = None
    raw: Table | None = None  # a table with no known header (judgement grids, banners)

    @property
    def text(self) -> str:
        if self.raw is not None:
            return " ".join(c.text for r in self.raw.rows for c in r if c is not None)
        return join_text(ln.text for ln in self.lines)


def _rows(t: Table, header: bool = True) -> list[Row]:
    """Rows with merged cells resolved: a covered slot points at the cell that covers it.
    header: the first row is the header (no data row's rest joins it)."""
    grid = owner_grid(t)
    width = t.bbox[2] - t.bbox[0]
    lefts = column_edges(t)
    out = []
    for r, row in enumerate(t.rows):
        cells = grid[r]
        top = _row_top(row)
        merged_above = [
            row[i] is None and cells[i] is not None and cells[i].bbox[1] < top - 1  # type: ignore[union-attr]
            for i in range(len(row))
        ]
        own = [c for c in row if c is not None]
        # a heading row: one cell across several columns; a wide column of its own (the
        # indicator of a narrow scorecard) is no heading
        section = len(row) > 2 and (
            any(
                c.bbox[2] - c.bbox[0] > 0.55 * width and c.text and _spans_columns(c, lefts)
                for c in own
            )
            or (not t.ruled and _banner(row))
        )
        out.append(Row(cells=cells, page=t.page, section=section, merged_above=merged_above))
    if not t.ruled:
        out = out[:1] + _join_wrapped_rows(out[1:]) if header else _join_wrapped_rows(out)
    if header and out:
        return [out[0], *_join_split_rows(out[1:])]
    return _join_split_rows(out)


_WRAP_GAP = 0.6  # font sizes: a row this close under the row above (a line's pitch) is its wrap


def _join_wrapped_rows(rows: list[Row]) -> list[Row]:
    """An unruled table's row that is the last lines of the row above: its first (key) column
    blank under a row whose key is filled, and standing no further under that row's lines
    than a line's pitch (rows part by their padding, wider). The row finder parted it where a
    column of smaller type, at its own pitch, broke the run of jumps ('Lead' of 'Workforce
    Development Lead', '2026' of '7th April, 2026' read as a row of their own). Each of its
    cells joins the cell above."""
    # rows part by padding: the gaps above the rows that open with a key are wider than a wrap
    # (a fixed-width listing sets its rows at the line pitch: no row is a wrap by its gap)
    keyed = [
        g for a, b in zip(rows, rows[1:], strict=False)
        if a.page == b.page and b.text(0).strip() and (g := _row_gap(a, b)) is not None
    ]  # fmt: skip
    if not keyed or statistics.median(keyed) <= _WRAP_GAP:
        return rows
    if 3 * _unkeyed_rows(rows) >= len([r for r in rows if r.text(0).strip()]):
        return rows  # rows of their own with a blank first column: a group's cell, no key
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is None or row.section or prev.section or not _wraps_row(prev, row):
            out.append(row)
            continue
        cells = list(prev.cells)
        for i, cell in enumerate(row.cells):
            up = i < len(row.merged_above) and row.merged_above[i]  # merged over both: kept
            if up or cell is None or not cell.text.strip() or i >= len(cells):
                continue
            above = cells[i]
            if above is None or not above.text.strip():
                cells[i] = cell
                continue
            box = (
                min(above.bbox[0], cell.bbox[0]), min(above.bbox[1], cell.bbox[1]),
                max(above.bbox[2], cell.bbox[2]), max(above.bbox[3], cell.bbox[3]),
            )  # fmt: skip
            cells[i] = Cell(join_text([above.text, cell.text]), box, [*above.lines, *cell.lines])
        out[-1] = Row(cells, prev.page, prev.section, list(prev.merged_above))
    return out


def _unkeyed_rows(rows: list[Row]) -> int:
    """The rows standing apart by padding (or opening the rows) whose first column is blank and
    that fill two columns or more: rows of their own with no key. A wrap stands at a line's pitch
    under its row; where many full rows leave the first column blank it is a group's cell printed
    once (centred down its group's rows, landing between them), no key whose blank marks a wrap."""
    n = 0
    for i, row in enumerate(rows):
        if row.section or row.text(0).strip():
            continue
        filled = {id(c) for c in row.cells if c is not None and c.text.strip()}
        if len(filled) < 2:
            continue
        prev = rows[i - 1] if i else None
        gap = _row_gap(prev, row) if prev is not None and prev.page == row.page else None
        if gap is None or gap > _WRAP_GAP:
            n += 1
    return n


def _wraps_row(prev: Row, row: Row) -> bool:
    if not row.cells or not prev.cells or row.page != prev.page:
        return False
    if row.text(0).strip() or not prev.text(0).strip():
        return False
    held = [i < len(row.merged_above) and row.merged_above[i] for i in range(len(row.cells))]
    own = [
        c for c, up in zip(row.cells, held, strict=True) if not up and c is not None
        and c.text.strip() and c.lines
    ]  # fmt: skip
    if len({id(c) for c in own}) < len(own):
        return False  # a cell across columns (a note row under the row): no wrap of one cell
    gap = _row_gap(prev, row, own, _columns_above(prev, row, held))
    return gap is not None and gap <= _WRAP_GAP


def _columns_above(prev: Row, row: Row, held: Sequence[bool]) -> list[Cell] | None:
    """The row above's filled cells over the row's own cells, column by column: a wrap goes
    on under its own cell's last line. A first column running lines further down (a merged
    area's text, blank in the rows it spans) stands no nearer the row's lines for that: the
    next row beside it is a row ('1.2' under '1.1' beside an area's wrapped words). None where
    no own cell has a filled one over it (the gap is taken from the whole row above)."""
    over = [
        a for i, (c, up) in enumerate(zip(row.cells, held, strict=True))
        if not up and c is not None and c.text.strip() and c.lines and i < len(prev.cells)
        and (a := prev.cells[i]) is not None and a.text.strip() and a.lines
    ]  # fmt: skip
    return over or None


def _row_gap(
    prev: Row, row: Row, own: Sequence[Cell] | None = None, above: Sequence[Cell] | None = None
) -> float | None:
    """The height between the row above's last line (of its cells `above`, by default all)
    and the row's first (of its own cells'), in the row's type sizes; None where either has
    no line."""
    if own is None:
        own = [c for c in row.cells if c is not None and c.text.strip() and c.lines]
    if above is None:
        above = [c for c in prev.cells if c is not None and c.text.strip() and c.lines]
    if not own or not above:
        return None
    size = max(max(ln.font_size for c in own for ln in c.lines), 1.0)
    low = max(ln.bottom for c in above for ln in c.lines)
    top = min(ln.top for c in own for ln in c.lines)
    return (top - low) / size


def _join_split_rows(rows: list[Row]) -> list[Row]:
    """A row holding only the lower-case rest of the cell above joins that cell.

    Report writers split a long cell over two table rows (a row per paragraph, a row the
    page break cut): the second row holds one cell, opening in lower case mid-sentence
    ('of their entitlements at their eighteenth birthday review'), every other cell empty or
    merged from above. It is the same cell's text, not a new item.
    """
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        own = [
            i
            for i in range(len(row.cells))
            if not (i < len(row.merged_above) and row.merged_above[i]) and row.text(i).strip()
        ]
        if prev is None or row.section or prev.section or len(own) != 1:
            out.append(row)
            continue
        i = own[0]
        above = prev.cells[i] if i < len(prev.cells) else None
        cell = row.cells[i]
        merged = i < len(prev.merged_above) and prev.merged_above[i]
        if (
            cell is None
            or above is None
            or merged
            or not above.text.strip()
            or not row.text(i).lstrip()[:1].islower()
        ):
            out.append(row)
            continue
        lines = [*above.lines, *cell.lines]
        box = (
            min(above.bbox[0], cell.bbox[0]), min(above.bbox[1], cell.bbox[1]),
            max(above.bbox[2], cell.bbox[2]), max(above.bbox[3], cell.bbox[3]),
        )  # fmt: skip
        cells = list(prev.cells)
        cells[i] = Cell(join_text([above.text, cell.text]), box, lines)
        out[-1] = Row(cells, prev.page, prev.section, list(prev.merged_above))
    return out


def _spans_columns(cell: Cell, lefts: Sequence[float]) -> bool:
    """The cell runs past the left edge of a column after the one it starts in."""
    inner = [x for x in lefts if cell.bbox[0] + 2.0 < x < cell.bbox[2] - 2.0]
    return bool(inner) or len(lefts) < 2


def styled_cells(row: Sequence[Cell | None]) -> bool:
    """A row set apart as a header: every line of its cells bold, or every cell shaded, or
    every word letter-spaced (small capitals spaced apart: pipeline.spaced_letters)."""
    cells = [c for c in row if c is not None and c.text.strip()]
    if not cells:
        return False
    lines = [ln for c in cells for ln in c.lines]
    if bool(lines) and (all(ln.bold for ln in lines) or spaced_type(lines)):
        return True
    return all(c.fill for c in cells)


def _banner(row: Sequence[Cell | None]) -> bool:
    """An unruled row whose only text is one run from the first column across the next: a
    shaded heading row ('Priority 3: Strategy meetings') however short its title. A narrow first
    column may cut the run after its first word ('Division' | '2 — Increase the range ...'): the
    rest then starts a word's space after it, on the same line, and runs on over the columns."""
    filled = [(i, c) for i, c in enumerate(row) if c is not None and c.text.strip()]
    if not filled or filled[0][0] != 0:
        return False
    if len(filled) == 2 and filled[1][0] == 1 and len(row) > 2 and row[2] is None:
        return _one_run(filled[0][1], filled[1][1])
    return len(filled) == 1 and len(row) > 1 and row[1] is None


WORD_SPACE_EM = 0.6  # the widest gap, in ems of the text's size, that is a space between words


def _one_run(first: Cell, rest: Cell) -> bool:
    """Whether two cells' first lines are one line of text cut by a column's edge: the first a
    single line, the second starting on its height a word's space after its end."""
    if len(first.lines) != 1 or not rest.lines:
        return False
    a, b = first.lines[0], rest.lines[0]
    same_height = abs(a.bbox[1] - b.bbox[1]) <= 1.0 and abs(a.font_size - b.font_size) <= 0.5
    return same_height and 0.0 <= b.bbox[0] - a.bbox[2] <= WORD_SPACE_EM * a.font_size


def _row_top(row: Sequence[Cell | None]) -> float:
    tops = [c.bbox[1] for c in row if c is not None]
    return min(tops) if tops else 0.0


def _cell_texts(t: Table, first: int = 1) -> list[list[str]]:
    n = max((len(r) for r in t.rows), default=0)
    cols: list[list[str]] = [[] for _ in range(n)]
    for row in t.rows[first:]:
        if len(row) > 2 and sum(1 for c in row if c is not None and c.text) == 1:
            continue  # a banner row across the table says nothing of any one column
        for i, c in enumerate(row):
            if c is not None and c.text:
                cols[i].append(c.text)
    return cols


_SHORT_ROWS = 2  # data rows too few for a table's cells to overrule its header's known kind


def read_header(
    t: Table,
    profile: LayoutProfile | None = None,
    seen: dict[tuple[str, ...], str] | None = None,
    key: dict[str, str] | None = None,
) -> tuple[str | None, list[str | None], list[str], TableRoles] | None:
    """The table's kind and column roles, when its first row is a header of plan columns.

    The header vocabulary settles what it can (settle_roles); column_roles.read_roles then
    weighs each column's cells against that and places the columns the header left unnamed.
    A layout profile's word on a column wins over both. seen: the headers of the plan's tables
    read so far, with their kinds: a table under the same header row as one of them (a
    priority's table of one action, too short for its cells to tell) is of the same kind. key:
    the document's key to its columns ('Key to the columns: (a) Step no.; (b) ...'): a header of
    markers only ('(a)' .. '(f)') is read as the names the key gives them.
    """
    if not t.rows:
        return None
    texts = [c.text if c is not None else "" for c in t.rows[0]]
    texts = keyed_labels(texts, key or {}) or texts
    labels = [header_label(x) for x in texts]
    styled = styled_cells(t.rows[0]) or small_head_row(t) or small_capitals_row(t)
    stated = [profile.role_for(lab, i) for i, lab in enumerate(labels)] if profile else []
    known_kind = (seen or {}).get(tuple(labels)) if len(labels) >= 3 else None
    # a Gantt chart's month columns (no words, bars), under a first row that names a column
    months = timeline_months(t) if any(row_roles(texts)) else {}
    if any(stated):
        roles = [s or r for s, r in zip(stated, row_roles(texts), strict=True)]
        filled = [x for x in texts if x.strip()]
        known = [r for r in roles if r is not None]
        if len(known) < 2 or len(known) < 0.6 * len(filled):
            return None
    elif (
        not is_header(texts, styled)
        and not label_header(texts, styled)
        and not known_kind
        and not _labels(texts, styled)
        and not figure_labels(texts, row_roles(texts))
        and not months
    ):
        return None
    else:
        roles = row_roles(texts)
    columns = _cell_texts(t)
    roles = _counts_not_actions(
        _sentences_not_keys(_keys_named_as_listed(roles, columns), columns), columns
    )
    roles = _sentences_not_figures(roles, columns)
    roles = form_roles(_recurring_refs(_dated_targets(roles, columns), columns), columns)
    # a count of days to each due and a late flag are worked out from the due: no field, and
    # no scorecard's figure or status for the table's kind to be read from
    derived = derived_columns(data_rows(t, len(roles)), labels)
    roles = ["other" if i in derived else r for i, r in enumerate(roles)]
    kind = styled_kind(roles, any(stated) or styled)
    if kind is None and label_header(texts, styled):
        kind = kind_from_cells(roles, columns)
    elif kind is None and _labels(texts, styled):
        # labels no vocabulary holds ('What we track | At inspection | Expected level'): a
        # column of sentences beside two or more of figures is a scorecard all the same; beside
        # a column of people and one of dates ('Deliverable | Champion | Finish'), actions
        by_cells = kind_from_cells(roles, columns)
        actions = by_cells == ACTION_TABLE and _who_and_when(columns)
        kind = by_cells if by_cells == KPI_TABLE or actions else None
    elif kind is None and (len(set(roles) & _FIGURES) >= 1 or figure_labels(texts, roles)):
        # a figure column named ('Baseline | Latest | Target', 'Baseline | Now | Aim') beside a
        # column whose header no vocabulary holds ('Outcome we will track', 'Performance
        # evidence'): the cells say whether it lists indicators
        kind = KPI_TABLE if kind_from_cells(roles, columns) == KPI_TABLE else None
    if kind is None and one_row_measures(texts, roles, columns):
        # one row under labels naming figures, styled as a header or not (a scorecard cut by
        # a page break after its first row): too little for the cells alone to tell
        kind = KPI_TABLE
    kind = (
        _actions_unnamed(kind, roles, columns)
        or known_kind
        or _gantt_kind(columns, months)
        or _series_kind(roles, columns)
    )
    if known_kind and kind != known_kind and len(data_rows(t, len(roles))) <= _SHORT_ROWS:
        # one action and a total under the header the plan's other tables print (an invoice
        # of one line): too few rows for the cells to overrule the kind that header was read as
        kind = known_kind
    if kind == KPI_TABLE and _schedule(roles, columns, data_rows(t, len(roles))):
        kind = ACTION_TABLE
    kind = kind or _keyed_facts(roles, columns)
    if kind is None:
        return None
    settled = settle_roles(roles, kind, columns, labels)
    reading = read_roles(kind, settled, labels, columns, table=t)
    if kind == KPI_TABLE and not set(reading.roles) & _FIGURES:
        return None  # a list of indicators with no figure column is no scorecard
    for c, role in zip(reading.columns, stated, strict=False):
        if role is not None:
            c.role, c.confidence = role, 1.0
            c.evidence.append(f"layout profile: {c.label or f'#{c.index + 1}'!r} is {role}")
    return kind, reading.roles, labels, reading


def read_layout(doc: ParsedDocument, profile: LayoutProfile | None = None) -> list[Element]:
    """The plan as elements in reading order, tables read by their header's meaning.

    Ruled tables come from the rulings; unruled ones are found from a header row whose cells name
    plan columns, and run on until the text changes size or a wide gap. A table that starts a
    page with the columns of the table that ended the previous page continues it, whether or not
    its header row is repeated.
    """
    from plantrace.extractors.typeset_status import keep_struck_text

    keep_struck_text(doc.pages)  # a key giving the strike a status: struck words are text
    elements: list[Element] = []
    open_table: PlanTable | None = None  # the last table, while it may continue on the next page
    open_starts: list[float] | None = None
    known = document_words([ln for p in doc.pages for ln in p.lines])
    key = key_in_lines([ln for p in doc.pages for ln in p.lines])  # column letters explained
    grids: dict[str, list[float]] = {}  # header row -> the columns found under it
    labelled: list[PlanTable] = []  # the tables read transposed so far
    seen: dict[tuple[str, ...], str] = {}  # header rows of the tables read so far -> kind
    pairs: RowPairings = {}  # header rows whose records print as pairs of rows (row_pairs)
    last_banner: str | None = None  # the last title row printed over a table's header
    foot_head: Table | None = None  # a header row alone at the foot of the previous page
    over_page: dict[int, Table] = {}  # a page-foot piece -> it with the next page's rows
    from plantrace.extractors.plan_cards import label_counts  # the cards build on this module
    from plantrace.extractors.stair_rows import (  # likewise
        Flight,
        is_staircase,
        page_stairs,
        read_flights,
        stair_grids,
    )

    flights: list[tuple[Flight, Element]] = []  # staircases read (stair_rows), and their places

    spelling = label_counts([ln for p in doc.pages for ln in p.lines])  # the plan's card labels
    from plantrace.extractors.page_gutter import column_order
    from plantrace.extractors.plan_detail_rows import (  # they build on this module
        detail_panel,
        fold_detail_rows,
    )

    for k, page in enumerate(doc.pages):
        left_head, foot_head = foot_head, None
        open_page = open_table.page if open_table is not None else None
        details: list[Table] = []
        heads: list[Table] = []
        # tables a Word or Excel file states (pipeline/readers/) replace the inferred ones
        if page.tables is not None:  # header rows in the shape the print's are read in
            tables = [_header_shaped(t, pairs) for t in page.tables]
        else:
            pieces = stitch_title_rows(lattice_tables(page), page)
            # a table's rows drawn apart under a header line, each row a grid (spaced_rows)
            pieces = stack_spaced_rows(pieces, page)
            # a staircase of boxes, closed on its right by its last step alone (stair_rows)
            pieces += stair_grids(
                page, pieces, bool(flights) and flights[-1][1].page == page.number - 1
            )
            # a grid's last progress note, printed under its last ruled row (grid_tail_notes)
            pieces = read_tail_notes(pieces, page, progress_label)
            found = [_reshaped(t, page, pairs) for t in pieces]
            # a child row's shaded box of label/value lines: the unruled table's, not a table
            details = [t for t in found if detail_panel(t)]
            found = [t for t in found if not any(t is d for d in details)]
            # a record card's box with a head strip of fields looks like a header band, and a
            # page of them like striped rows: each is a card, read as its box (card_heads)
            cards = {id(t) for t in found if headed_card_box(t)}
            bands = (_row_bands(found) | striped_row_bands(found, page)) - cards
            heads = [
                t
                for t in found
                if _header_band(t)
                and id(t) not in cards
                # the rest of a transposed table's fields: its labels are no header row
                and _carried(open_table, elements, t, page.number, profile, labelled) is None
            ]
            beside = [c.bbox for c in _text_cells([t for t in found if _container(t, found)])]
            foot_head = _head_at_foot(heads, page, beside)
            uprights = functools.cache(functools.partial(upright_rulings, page))
            tables = [
                t
                for t in found
                if t not in heads
                and id(t) not in bands
                # a title row and a header over the grid make it a table, however banded
                and not (
                    _shading(t, page, uprights) and _banner_over_header(t, profile, seen) is None
                )
                and not _banner_under(t, heads)
                and not _band_between(t, page, [o.bbox for o in found if o is not t])
                and not _field_row_box(t, found, page)  # a name's figures, each in a field
                and not chip_box(t, page.lines)  # a status word in its chip: a word of the text
                # a card round an unruled table, or round its rows carried over: its frame
                and not frames_carried_rows(t, page, open_page, open_starts)
                # a box with no word (a RAG cell's fill beside an unruled row) is no table
                and any(c is not None and c.text.strip() for r in t.rows for c in r)
                and not _sparse_grid(t)  # boxes and the lines joining them, met in a grid
            ]
            # a staircase is a table however its risers shade it (stair_rows)
            tables += [t for t in found if is_staircase(t) and not any(t is o for o in tables)]
        # a table holding tables in its cells is read as its cells' text, each cell's lines
        # at its row's top: a recommendation stands over the actions its row holds
        holders = [t for t in tables if _container(t, tables)]
        tables = [t for t in tables if not any(t is h for h in holders)]
        held = _cell_lines(holders)
        rest = lines_outside(page, [*tables, *holders])  # a header band's: the unruled pass's too
        rest = _top_aligned(rest, heads)  # a band's wrapped cells set in its middle
        following = doc.pages[k + 1] if k + 1 < len(doc.pages) else None
        ruled: list[Table] = []
        if page.tables is None:
            # a list printed as rows parted by rules, no header row: a table (ruled_lists),
            # before the unruled pass takes a row's first line for a header ('Recommendation')
            from plantrace.extractors.plan_recommendations import lists_every_row
            from plantrace.extractors.ruled_lists import ruled_lists

            ruled, rest = ruled_lists(page, rest, known, lists_every_row)
        # a dial drawn in each row's last cell: its words no text, its height no gap (gauges)
        gauges = gauge_boxes(page)
        if gauges:
            dial_words = gauge_labels(rest, gauges)
            rest = [ln for ln in rest if id(ln) not in dial_words]
            dial_rows = gauge_rows(rest, gauges)
            stretch_readings(page, dial_rows, gauges)  # a needle's reading paints its row's cell
            gauges = dial_rows
        stream, rest = _stream_tables(page, rest, open_table, open_starts, grids,
                                      following, over_page, details,
                                      [t.bbox for t in tables] + gauges,
                                      doc.pages[k - 1] if k else None)  # fmt: skip
        stream += ruled
        if details:  # a box no unruled table took in stays the ruled table it looked
            tables, rest = _unheld(details, tables, rest)
        if page.tables is None and tables:
            foot = max(tables, key=lambda o: o.bbox[3])
            if (joined := _ruled_over_page(foot, tables, page, following)) is not None:
                over_page[id(foot)] = joined
        if page.tables is None:
            for t in [*tables, *stream]:
                mend_broken_words(t, known)
                paint_bars(t, page)  # a share-done bar's colour: its cell's status
        items: list[tuple[float, int, object]] = []
        items += [(t.bbox[1], 0, t) for t in tables]
        items += [(t.bbox[1], 0, t) for t in stream]
        items += [(ln.top, 1, ln) for ln in rest]
        items += [(top, 1, ln) for top, ln in held]
        items.sort(key=lambda it: (it[0], it[1]))
        items, col_breaks = column_order(items, page.width)  # two columns: each in turn
        # boxes drawn apart whose rulings meet in no table (an organisation chart): each box's
        # lines in turn, each box's cells read as drawn boxes (frame_order, framed_cells)
        frames = drawn_frames(page) if page.tables is None else []
        if frames and not col_breaks:
            items = frame_order(items, [f for f, _ in frames])
        cells = [c for _, cs in frames for c in cs]
        first_on_page = True
        para: list[Line] = []
        for top, _, item in items:
            if (
                isinstance(item, Line)
                and first_on_page
                and not para
                and _cut_cell_repeat(item, open_table, page.number)
            ):
                continue  # a merged cell the break cut, its text printed again over the piece
            if isinstance(item, Line):
                if para and (
                    id(item) in col_breaks
                    or _repeats_header(para[-1], seen)
                    or _repeats_header(item, seen)
                ):
                    # a table's header row repeated over no rows of it (a list printed under
                    # the table, run onto the next page under the repeat): no line of the text
                    # it lies on, and no line of that text part of the header
                    elements += _paragraphs_or_cards(para, spelling, cells)
                    para = []
                para.append(item)
                if item.bold or not any(item is ln for _, ln in held):
                    # a container's cell text does not end the page's first-table slot (the
                    # first table it holds may still go on with the previous page's table),
                    # unless a bold label opens a new row of it
                    first_on_page = False
                if _heading_after(item, open_table, page.number):
                    # a heading under the table's last piece opens what follows: the table on
                    # the next page is the next section's, whatever its header repeats
                    open_table = None
                continue
            if para:
                elements += _paragraphs_or_cards(para, spelling, cells)
                para = []
            assert isinstance(item, Table)
            t = item
            repeat_only = False  # t is only the open table's header row, repeated on this page
            # the flight the page before ended on: a step's note may be carried over the break
            prev = flights[-1] if flights and first_on_page else None
            widths = [len(f.cells[0]) - 1 for f, _ in flights]
            over = prev[0] if prev is not None and prev[1].page == page.number - 1 else None
            if (stair := page_stairs(t, over, widths)) is not None:
                # rows each starting further right, no header: a staircase's steps (stair_rows),
                # its columns read with the plan's other flights' (its table set then)
                found_flights, tail_lines = stair
                elements += _paragraphs(tail_lines)
                for flight in found_flights:
                    elements += _paragraphs(flight.above)
                    elements.append(Element(page.number, flight.top, raw=flight.raw))
                    flights.append((flight, elements[-1]))
                    elements += _paragraphs(flight.loose)
                open_table, first_on_page = None, False
                continue
            # a piece at the page's foot is read with the rows the next page continues it with
            head = read_header(over_page.get(id(t), t), profile, seen, key)
            if head is None and first_on_page and left_head is not None and t.ruled:
                # the ruled header row the previous page ended on is this ruled table's
                t = _under_head(left_head, t)
                head = read_header(t, profile, seen, key)
                if head is not None and _header_only(elements, page.number - 1):
                    elements.pop()  # the unruled pass read that header alone: it is this one's
                    open_table = None
            if head is None and (split := _banner_over_header(t, profile, seen)) is not None:
                banner, t, head = split
                repeated = first_on_page and open_table is not None and banner.text == last_banner
                if not repeated:  # the page's repeat of the banner over the table's next piece
                    elements += _paragraphs(banner.lines)
                last_banner = banner.text
            if head is not None and head[0] is not None:
                seen.setdefault(tuple(head[2]), head[0])
            carried = (
                _carried(open_table, elements, t, page.number, profile, labelled)
                if head is None and first_on_page
                else None
            )
            flipped = (
                _transposed([t], profile, labelled)
                if (head is None or _labels_down_the_side(t)) and carried is None
                else None
            )
            if carried is not None:
                # the next piece of a transposed table: its further fields, or the rest of
                # the first one, that alone was too short to tell (read again as one table)
                if elements[-1].raw is None and open_table is not None:
                    _replace(open_table, carried)
                else:
                    open_table = carried
                    labelled.append(carried)
                    elements[-1] = Element(elements[-1].page, carried.top, table=open_table)
                first_on_page = False
                open_starts = column_edges(t) if not t.ruled else None
                continue
            if flipped is not None:
                open_table = flipped
                labelled.append(flipped)
                elements.append(Element(page.number, top, table=open_table))
            elif head is not None:
                kind, roles, labels, reading = head
                rows = _rows(t)[1:]
                if profile is not None and profile.skip_rows:
                    rows = [
                        r
                        for r in rows
                        if not profile.skips([r.text(i) for i in range(len(r.cells))])
                    ]
                if (
                    open_table is not None
                    and first_on_page
                    and open_table.kind == kind
                    and open_table.page == page.number - 1
                    # the same header: roles settled from a piece's own cells may differ
                    and (roles == open_table.roles or labels == open_table.labels)
                ):
                    rows = _past_header(rows, open_table.labels)
                    open_table.rows += continue_rows(open_table, rows)
                    # the header row repeated alone (a shaded band over rows left unruled):
                    # the rows under it still open the page, and go on with the table
                    repeat_only = not rows
                    if roles != open_table.roles:  # a status the first piece could not tell
                        from plantrace.extractors.plan_siblings import adopt_piece_status

                        adopt_piece_status(open_table, roles)
                    if not repeat_only:  # else the rows under the repeat carry it on here
                        open_table.pieces.append(t)
                        open_table.page = page.number
                else:
                    rows = _past_header(rows, labels)  # a header's second tier
                    open_table = PlanTable(
                        kind, roles, labels, rows, page.number, top, [t], reading
                    )
                    elements.append(Element(page.number, top, table=open_table))
            elif (
                open_table is not None
                and first_on_page
                and open_table.page == page.number - 1
                and not open_table.printed
                and (_same_grid(open_table, t) or _keyed_on(open_table, t))
            ):
                if (keyed := _keyed_on(open_table, t)) is not None:  # blank header cells' columns
                    left, right = keyed
                    open_table.labels = [*[""] * left, *open_table.labels, *[""] * right]
                    open_table.roles = [*[None] * left, *open_table.roles, *[None] * right]
                rows = _past_header(_rows(t, header=False), open_table.labels)
                if not open_table.rows:
                    _reread(open_table, t)
                open_table.rows += continue_rows(open_table, rows)
                open_table.pieces.append(t)
                open_table.page = page.number
            else:
                elements.append(Element(page.number, top, raw=t))
                open_table = None if not first_on_page else open_table
            first_on_page = repeat_only
            open_starts = column_edges(t) if not t.ruled else None
        if para:
            elements += _paragraphs_or_cards(para, spelling, cells)
    from plantrace.extractors.plan_fill_key import adopt_fill_key  # they build on this module
    from plantrace.extractors.plan_parents import read_parent_tables
    from plantrace.extractors.plan_siblings import read_siblings_alike

    read_flights([f for f, _ in flights])  # a plan's staircases share one layout
    for f, el in flights:
        if f.table is not None:
            el.table, el.raw = f.table, None
    _read_under_later_heads(elements, profile, seen, key, {id(el) for _, el in flights})
    fold_detail_rows(elements)  # a row's fields printed as label/value lines beneath it
    read_siblings_alike(elements)  # the tables under one header row: one table in pieces
    from plantrace.extractors.parent_rows import read_parent_rows

    read_parent_rows(elements)  # a flat export whose parent-key column names other rows
    read_parent_tables(elements)  # a summary table whose row codes a later table cites
    adopt_fill_key(elements, doc.pages)  # a lead given only by the row's colour, keyed on a page
    # numbered paragraphs whose fields run on inline ('Lead officer: X. Target date: ...'):
    # read before any card or prose reader splits them at their line breaks; records printed
    # as web forms (each value in a drawn field frame, its label left of it) as tables
    from plantrace.extractors.field_value_rows import adopt_field_value_rows
    from plantrace.extractors.form_fieldsets import adopt_form_fieldsets
    from plantrace.extractors.form_records import adopt_form_records
    from plantrace.extractors.run_in_fields import adopt_run_in_fields

    # a long export of one row per record and field: each kind of record pivoted into a table
    elements = adopt_field_value_rows(elements)
    elements = adopt_form_fieldsets(elements, doc.pages)  # a form's fieldsets, one per action
    for e in elements:  # a form's or log's rows in time order: given in their refs' order
        if e.table is not None:
            e.table.rows = stamp_ordered(e.table.rows, e.table.roles)
    return adopt_form_records(adopt_run_in_fields(elements), doc.pages)


_LIST_ITEM = re.compile(PLAN_VOCAB["cell_types"]["list_item"])


def _period(text: str) -> bool:
    """A header label that names a period: a year, a quarter, a month ('2025', 'Q1', 'Jan')."""
    clean = " ".join(text.split())
    return header_role(clean) == "date_label" or clean.lower().rstrip(".") in MONTHS


def _under_caption_row(t: Table) -> Table:
    """A table whose first row of labels names no column a plan has ('S – Specific' ..
    'T – Time-bound', a key of what the columns are for) over a row that is a header: the
    table starts at that header; the row above is a caption. A title across the table (one
    cell: a recommendation over its actions) is no caption: it is read as a heading."""
    if len(t.rows) < 3:
        return t
    first, second = ([c.text if c is not None else "" for c in row] for row in t.rows[:2])
    styled = styled_cells(t.rows[1])
    short = all(len(x.split()) <= 6 for x in [*first, *second])
    keyed = sum(1 for x in first if x.strip()) >= 3  # a key over the columns, not a title
    if not keyed or any(row_roles(first)) or not styled or not short:
        return t
    if sum(1 for r in row_roles(second) if r is not None) < 2:
        return t  # the styled row under it names two plan columns at least
    return Table(t.page, t.bbox, t.rows[1:], t.ruled)  # the caption's text stays the table's


_TITLE_ROWS = 3  # text rows a title row between two pieces of one grid holds at most
_TITLE_PAD = 4.0  # points of cell padding above and below a title row's text


def stitch_title_rows(tables: Sequence[Table], page: Page) -> list[Table]:
    """Pieces of one ruled grid that a spreadsheet's unruled title rows cut apart, joined.

    A tracker's merged full-width rows ('Area 3: ...' over that area's actions) are often
    printed without borders: the rulings then make one grid of the header and one per run of
    rows, each title floating between two of them. Two ruled pieces with the same column edges
    and width, the lower one opening with no header of its own, and between them nothing but a
    short block of text inside the grid's width (or no gap at all) are one table; the text
    between them is a title row across it (read as any section row)."""
    ordered = sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))
    out: list[Table] = []
    for t in ordered:
        # grids side by side (a band of columns per recommendation) interleave when sorted
        # top to bottom: a piece continues the nearest grid above it in its own columns
        k = _above_in_columns(out, t)
        between = _title_between(out[k], t, page) if k is not None else None
        if k is None or between is None:
            out.append(t)
            continue
        out[k] = _joined(out[k], between, t)
    return out


def _above_in_columns(found: Sequence[Table], t: Table) -> int | None:
    """Index of the lowest table in found that spans t's columns' width, the grid a piece of t's
    would continue; None where none lies above it in its columns."""
    best: int | None = None
    for k, f in enumerate(found):
        if f.page != t.page or f.bbox[2] <= t.bbox[0] or f.bbox[0] >= t.bbox[2]:
            continue
        if f.bbox[1] < t.bbox[1] and (best is None or f.bbox[3] > found[best].bbox[3]):
            best = k
    return best


def _title_between(a: Table, b: Table, page: Page) -> list[Line] | None:
    """The lines of a title row between grid pieces a and b, [] for none; None where b is no
    further piece of a's grid (other columns, a header of its own, other text between)."""
    if b.page != a.page or not a.rows or not b.rows or not same_columns(a, b, tol=2.0):
        return None
    if abs(a.bbox[0] - b.bbox[0]) > 2.0 or abs(a.bbox[2] - b.bbox[2]) > 2.0:
        return None
    if len(a.rows[0]) != len(b.rows[0]) or len(a.rows[0]) < 3:
        return None
    gap = b.bbox[1] - a.bbox[3]
    if gap < -1.0:
        return None
    texts = [c.text if c is not None else "" for c in b.rows[0]]
    if styled_cells(b.rows[0]) and (is_header(texts, True) or label_header(texts, True)):
        return None  # a header of its own: a table of its own
    crossing = [
        ln for ln in page.lines
        if ln.bottom > a.bbox[3] - 1.0 and ln.top < b.bbox[1] + 1.0 and ln.x0 < a.bbox[2]
        and ln.bbox[2] > a.bbox[0]
    ]  # fmt: skip
    # a line joined across grids side by side (their title rows share a baseline) is cut at
    # this grid's sides; a word across a side is text running out of the grid, no row of it
    if any(straddles(ln, a.bbox[0], a.bbox[2]) for ln in crossing):
        return None
    clipped = [line_within(ln, a.bbox[0], a.bbox[2]) for ln in crossing]
    lines = [ln for ln in clipped if ln is not None]
    if not lines:
        # an empty title row (one no text filled) keeps the pieces one grid, if no taller than
        # the grid's lowest row (a sheet's blank row), or as tall as the row a band beside fills
        # there (one sheet row across bands side by side)
        if gap <= 2 * _TITLE_PAD:
            return []
        if _titled_header(b):
            return None  # a group's table of its own (title, header): blank space between tables
        return [] if gap <= _lowest_row(a) + 1.0 or _row_beside(a, b, page) else None
    rows = text_rows(lines)
    tall = sum(r.bottom - r.top for r in rows) * 1.5 + 2 * _TITLE_PAD
    if len(rows) > _TITLE_ROWS or gap > tall:
        return None  # a heading with space round it: not one title row
    # text in columns is a total row joining pieces only in the columns of a piece that opens
    # with the header: under a headless piece (a row boxed alone in an unruled table, a
    # highlighted row) it is a row of the table round them, and the pieces stay apart
    if any(len(segments(r)) > 1 for r in rows) and (gap_row(a, lines) is None or not _headed(a)):
        return None  # text in columns that are not the grid's: not one title or total row
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))


def _titled_header(t: Table) -> bool:
    """A piece opening with a title row (one filled cell across it: 'Group 2: ...') over a
    header row of its own: a sheet printing each group of actions as a table of its own, the
    tables a blank gap apart, no blank sheet row inside one grid (whose pieces open with rows)."""
    if len(t.rows) < 2:
        return False
    if len([c for c in t.rows[0] if c is not None and c.text.strip()]) != 1:
        return False
    texts = [c.text if c is not None else "" for c in t.rows[1]]
    return styled_cells(t.rows[1]) and (is_header(texts, True) or label_header(texts, True))


def _lowest_row(t: Table) -> float:
    """The height of a grid's lowest row (0 for none): a blank sheet row between two of its
    pieces is no taller."""
    heights = [
        max(c.bbox[3] for c in cells) - min(c.bbox[1] for c in cells)
        for row in t.rows
        if (cells := [c for c in row if c is not None])
    ]
    return min(heights, default=0.0)


def _row_beside(a: Table, b: Table, page: Page) -> bool:
    """Whether text beside grid a (outside its sides) fills the gap down to piece b, a row no
    taller than its lines: bands of columns side by side share their sheet rows, and a row one
    band fills (a progress note under its action) leaves the others' cells blank and unruled."""
    beside = [
        ln for ln in page.lines
        if ln.top >= a.bbox[3] - 1.0 and ln.bottom <= b.bbox[1] + 1.0
        and any(w.x1 <= a.bbox[0] or w.x0 >= a.bbox[2] for w in ln.words)
    ]  # fmt: skip
    if not beside:
        return False
    rows = text_rows(beside)
    tall = sum(r.bottom - r.top for r in rows) * 1.5 + 2 * _TITLE_PAD
    return len(rows) <= _TITLE_ROWS and b.bbox[1] - a.bbox[3] <= tall


def _headed(t: Table) -> bool:
    """A grid piece opening with its header row: pieces of a subtotalled list after the first
    are joined to one that has it."""
    texts = [c.text if c is not None else "" for c in t.rows[0]]
    styled = styled_cells(t.rows[0])
    return is_header(texts, styled) or label_header(texts, styled)


def _joined(a: Table, title: list[Line], b: Table) -> Table:
    """Grid pieces a and b as one table, the title between them a row of one cell across."""
    rows = [*a.rows]
    in_columns = any(len(segments(r)) > 1 for r in text_rows(title)) if title else False
    columned = gap_row(a, title) if in_columns else None
    if columned is not None:  # a subtotal row in the grid's columns (grid_gap_rows)
        rows.append(columned)
    elif title:
        width = len(a.rows[0])
        box = (a.bbox[0], a.bbox[3], a.bbox[2], b.bbox[1])
        cell = Cell(join_text(ln.text for ln in title), box, list(title))
        rows.append([cell, *([None] * (width - 1))])
    rows += b.rows
    box = (min(a.bbox[0], b.bbox[0]), a.bbox[1], max(a.bbox[2], b.bbox[2]), b.bbox[3])
    return Table(page=a.page, bbox=box, rows=rows, ruled=True)


def _reshaped(t: Table, page: Page, pairs: RowPairings | None = None) -> Table:
    """A ruled table in the shape its rows mean: a two-tier header as one row of labels, and a
    row of parallel lists (a recommendation's actions, owners and dates as lists side by side)
    as a row per item, each item's status glyph or tint read again for its own cell."""
    t = _header_shaped(t, pairs)
    split = split_parallel_lists(t, _LIST_ITEM)
    if split is not t:
        paint(split, page)
    return split


def _header_shaped(t: Table, pairs: RowPairings | None = None) -> Table:
    """A table's header rows as one row of labels: a two-tier header flattened, a caption row
    of column keys over the header ('S – Specific' ..) set aside. A Word or Excel file's
    stated tables are shaped so too, so its header reads as its print's does. A record printed
    as a pair of rows ('Plan' over 'Actual') is one row (row_pairs), before any column is read:
    the pair's second date is no due, its row-kind labels no column of the plan. pairs: the
    pairings of the document's header rows so far (a page's piece of one pair is paired too)."""
    t = _under_caption_row(t if _rounds_over_labels(t) else flatten_tiered_header(t, _period))
    return join_row_pairs(t, pairs)


def _rounds_over_labels(t: Table) -> bool:
    """A two-tier header whose top cells are rounds numbered alike ('Review 1' | 'Review 2')
    each over the same labels ('RAG' | 'Comment'), no action among them: each tier says what
    the other's columns are (the latest round is now, column_roles._period_groups), as a
    header of periods does, so it is left as printed. An action under each top cell ('Action 1'
    over 'Action' | 'Lead') is several actions side by side: flattened (plan_column_groups)."""
    if len(t.rows) < 3 or len(t.rows[0]) != len(t.rows[1]):
        return False
    top, sub = t.rows[0], t.rows[1]
    starts = [j for j, c in enumerate(top) if c is not None and c.text.strip()]
    runs = [(j, next((k for k in starts if k > j), len(top))) for j in starts]
    groups = [(top[a].text, [sub[k].text if sub[k] else "" for k in range(a, b)]) for a, b in runs]  # type: ignore[union-attr]
    for i in range(len(groups) - 1):
        n = 1
        while i + n < len(groups) and groups[i + n][1] == groups[i][1]:
            n += 1
        if n < 2 or not numbered_alike([g[0] for g in groups[i : i + n]]):
            continue
        labels = [x for x in groups[i][1] if x.strip()]
        if labels and all(header_role(x) != "action" for x in labels):
            return True
    return False


_GUIDANCE = re.compile(r"\s*\([^()]*\)\s*$")


def prompt_label(text: str) -> bool:
    """A short label a form prints before its answer, ten words at most: a question or a
    caption ending in a colon ("What needs to change?", "Recommendation:"), or the name of a
    plan's field, its bracketed guidance aside ("Recommendation (copy from the report)")."""
    clean = " ".join(text.split())
    if not 0 < len(clean.split()) <= 10:
        return False
    bare = _GUIDANCE.sub("", clean)
    return clean.endswith(("?", ":")) or (bare != clean and header_role(bare) is not None)


def _without_title_columns(rows: list[list[Cell | None]]) -> list[list[Cell | None]]:
    """The rows under a title row without the columns only the title made: a slot no cell of
    any row starts in (a form's prompt | answer row parted at an edge the grid has nowhere
    else, inside the action column). The table's next piece, printed without the title, has
    the grid's own columns; so must this one, for the pieces to join column by column."""
    width = max((len(r) for r in rows), default=0)
    keep = [j for j in range(width) if any(j < len(r) and r[j] is not None for r in rows)]
    if len(keep) == width:
        return rows
    return [[r[j] if j < len(r) else None for j in keep] for r in rows]


def _banner_over_header(
    t: Table, profile: LayoutProfile | None, seen: dict[tuple[str, ...], str]
) -> tuple[Cell, Table, tuple[str | None, list[str | None], list[str], TableRoles]] | None:
    """A table whose first row is a title over its header: one cell across the table ('Area 2:
    Raise the quality of ...', white on a dark fill), then a row of plan column names. The
    title is a heading above the table (a recommendation, read as any heading is) and the
    table starts at its header. Returns (title cell, the table under it, its header reading)."""
    if len(t.rows) < 2 or len(t.rows[0]) < 3:
        return None
    filled = [c for c in t.rows[0] if c is not None and c.text.strip()]
    if len(t.rows) == 2 and len(filled) != 2:
        return None  # a title and a header alone: only a form's prompt | answer title (below)
    if len(filled) == 2 and prompt_label(filled[0].text):
        # a form's title row as a prompt and its answer ('What needs to change? | Build a
        # stable workforce ...'): the answer is the title, the prompt its label
        filled = filled[1:]
    if len(filled) != 1 or not filled[0].lines:
        return None
    rest = _without_title_columns(t.rows[1:])
    top = min((c.bbox[1] for c in rest[0] if c is not None), default=t.bbox[1])
    under = Table(t.page, (t.bbox[0], top, t.bbox[2], t.bbox[3]), rest, t.ruled)
    head = read_header(under, profile, seen)
    return (filled[0], under, head) if head is not None else None


def _transposed(
    pieces: Sequence[Table],
    profile: LayoutProfile | None,
    labelled: Sequence[PlanTable] = (),
) -> PlanTable | None:
    """The table read with its rows as columns, when its first column holds field labels
    (plan_transpose): an action or KPI table whose header is a column on the left. Every
    column's evidence says it was read so. labelled: the plan's tables read so before; a
    table under their labels too few items to tell is read as they were."""
    from plantrace.extractors.plan_transpose import read_field_rows  # it builds on this module

    known = [frozenset(lab.lower() for lab in p.labels) for p in labelled]
    found = read_field_rows(pieces, known)
    if found is None:
        return None
    # one item is too little for its cells to say what each field is: a table above under the
    # same labels, read with more, says it first
    alike = _header_as(found.table, labelled) if len(found.rows) == 1 else None
    head = alike or read_header(found.table, profile) or _header_as(found.table, labelled)
    if head is None or head[0] not in (ACTION_TABLE, KPI_TABLE):
        return None
    kind, roles, labels, reading = head
    roles = _placed_as_above(reading, labelled)
    short = found.evidence.split(" (", 1)[0] + " (see the first column)"
    for k, c in enumerate(reading.columns):  # the whole reason once, not on every column
        c.evidence.insert(0, found.evidence if k == 0 else short)
    rows = found.rows
    if profile is not None and profile.skip_rows:
        rows = [r for r in rows if not profile.skips([r.text(i) for i in range(len(r.cells))])]
    first = pieces[0]
    return PlanTable(kind, roles, labels, rows, pieces[-1].page, first.bbox[1], found.pieces,
                     reading, list(pieces))  # fmt: skip


def _placed_as_above(reading: TableRoles, earlier: Sequence[PlanTable]) -> list[str | None]:
    """A column left unplaced under a label an earlier table of the plan placed ('Expected
    delivery' over 'Rolling programme' alone: one open timescale is too little to tell) takes
    the role that label had there, when no column of this table holds it. Returns the roles."""
    taken = {c.role for c in reading.columns if c.role is not None}
    for c in reading.columns:
        if c.role is not None or not c.label.strip():
            continue
        role = next(
            (r for prev in reversed(earlier)
             for lab, r in zip(prev.labels, prev.roles, strict=False)
             if lab.lower() == c.label.lower() and r is not None),
            None,
        )  # fmt: skip
        if role is None or role in taken:
            continue
        c.role, c.confidence = role, 0.6
        c.evidence.append(f"{c.label!r} is {role} in a table above under the same labels")
        taken.add(role)
    return reading.roles


def _labels_down_the_side(t: Table) -> bool:
    """A first row read as a header may be the first FIELD of a table printed sideways: 'Ref |
    2.1 | 2.2 | 2.3' over 'Lead | ... ', 'Deadline | ...', its first column naming the fields.
    The first column then says more plan fields (three or more) than the first row names: by
    its labels' words, or by what its rows hold across the items (dates along one, people
    along another, sentences along a third: fields of different kinds). A table the right way
    up names its fields across and mixes kinds along its rows. plan_transpose then weighs the
    rest (short labels, rows of one kind across the items more than columns down them)."""
    from plantrace.extractors.plan_transpose import named_fields, row_kinds  # built on this

    if len(t.rows) < 3 or not t.rows[0]:
        return False
    named = named_fields(t)  # a run of dates over no figures: one field, the rows' key
    down = max(named, row_kinds(t))
    across = sum(1 for r in row_roles([c.text if c else "" for c in t.rows[0]][1:]) if r)
    return down >= 3 and down > across


def _header_as(
    t: Table, earlier: Sequence[PlanTable]
) -> tuple[str | None, list[str | None], list[str], TableRoles] | None:
    """A table under the labels of an earlier table of the plan, read with that table's roles:
    one item (one row) is too little for its cells to say what it lists."""
    labels = [header_label(c.text if c is not None else "") for c in t.rows[0]] if t.rows else []
    for prev in reversed(earlier):
        by_label = {lab.lower(): role for lab, role in zip(prev.labels, prev.roles, strict=False)}
        if labels and all(lab.lower() in by_label for lab in labels):
            roles = [by_label[lab.lower()] for lab in labels]
            reading = read_roles(prev.kind, roles, labels, _cell_texts(t), table=t)
            for c in reading.columns:
                c.evidence.insert(0, "role as under the same label in a table above")
            return prev.kind, reading.roles, labels, reading
    return None


def _carried(
    table: PlanTable | None,
    elements: Sequence[Element],
    t: Table,
    page: int,
    profile: LayoutProfile | None,
    labelled: Sequence[PlanTable],
) -> PlanTable | None:
    """The transposed table that t, opening this page, goes on with, read again with t.

    A Word table of one item per column breaks over a page between its rows: the next piece
    holds further fields of the same items (or the rest of a row the break cut), under no
    repeated header. It goes on with the raw table ending the previous page when the two read
    together as one transposed table (the first alone had too few rows to tell); or with a
    transposed table ending it, when it names none of that table's fields.
    """
    from plantrace.extractors.plan_transpose import continues, label_roles

    last = elements[-1].raw if elements else None
    if last is not None:
        if last.page != page - 1 or not continues([last], label_roles(last), t):
            return None
        return _transposed([last, t], profile, labelled)
    if table is None or not table.printed or table.page != page - 1:
        return None
    if elements[-1].table is not table or not continues(table.printed, table.roles, t):
        return None
    return _transposed([*table.printed, t], profile, labelled)


def _replace(table: PlanTable, by: PlanTable) -> None:
    """The open table read again with its next piece: the same element, its fields grown."""
    table.kind, table.roles, table.labels, table.rows = by.kind, by.roles, by.labels, by.rows
    table.pieces, table.reading, table.printed = by.pieces, by.reading, by.printed


def _cut_cell_repeat(line: Line, table: PlanTable | None, page: int) -> bool:
    """A line opening the page that repeats the words of a cell the previous page's piece of the
    open table ended on: a cell merged down over rows that the page break cut (a group's banner
    down the first column), which a spreadsheet's print shows again at the top of the next
    page, over the piece that carries its rows on. Read as a paragraph, it stood between the
    two pieces: the piece opened no longer the page, was never joined to the table, and its
    actions were lost (as a header-less table). The cell's own rows carry it on; the line is
    no text of the page."""
    if table is None or table.page != page - 1 or not table.pieces:
        return False
    last = table.pieces[-1]
    words = text_key(line.text)
    if last.page != page - 1 or not words:
        return False
    return any(
        c is not None
        and c.bbox[3] >= last.bbox[3] - CUT_EDGE  # the cell reaches the piece's cut foot
        and c.bbox[0] - CUT_EDGE <= line.bbox[0] <= c.bbox[2]
        and words in text_key(c.text)
        for r in last.rows
        for c in r
    )


CUT_EDGE = 2.0  # points: a cell's foot on its table's foot; a line's start within its cell


def _heading_after(line: Line, table: PlanTable | None, page: int) -> bool:
    """A bold or larger line below a table that ends on this page."""
    if table is None or table.page != page or not table.pieces:
        return False
    last = table.pieces[-1]
    if last.page != page or line.top < last.bbox[3]:
        return False
    return line.bold or line.font_size > open_table_font(table) + 1.0


def _header_only(elements: Sequence[Element], page: int) -> bool:
    """The last element is a table of that page with a header and no rows."""
    last = elements[-1].table if elements else None
    return last is not None and not last.rows and last.page == page


def _head_at_foot(heads: Sequence[Table], page: Page, beside: Sequence[BBox] = ()) -> Table | None:
    """A header band of one row with nothing under it on its page: a table whose rows all went
    to the next page (its header row kept at the foot of this one, cut or whole). Its words stay
    the unruled pass's too: a shaded band heads unruled rows, which that pass carries over.
    Lines in beside (the text cells of a table holding the band) are beside it, not under it."""
    if not heads:
        return None
    last = max(heads, key=lambda h: h.bbox[3])
    if len(last.rows) != 1 or any(
        ln.top >= last.bbox[3] - 1.0 and not any(box_within(ln.bbox, b, 1.0) for b in beside)
        for ln in page.lines
    ):
        return None
    return last


def _under_head(head: Table, t: Table) -> Table:
    """Table t, opening a page, under the header row the previous page ended on (same columns).
    A first row of t in the header's style, short labels in fewer cells than the header's, is
    the rest of a header row the page break cut ('Benchmark at' | .. over 'start'): each of its
    labels joins the header cell above it."""
    if not same_columns(head, t, tol=2.0) or not t.rows or len(t.rows[0]) != len(head.rows[0]):
        return t
    top, first = head.rows[0], t.rows[0]
    texts = [c.text.strip() for c in first if c is not None and c.text.strip()]
    named = [c for c in top if c is not None and c.text.strip()]
    rest = (
        styled_cells(first)
        and 0 < len(texts) < len(named)
        and all(len(x.split()) <= 4 for x in texts)
    )
    if not rest:
        return Table(t.page, t.bbox, [top, *t.rows], t.ruled)
    header: list[Cell | None] = []
    for above, below in zip(top, first, strict=True):
        if above is None or below is None or not below.text.strip():
            header.append(above)
            continue
        text = join_text([above.text, below.text])
        header.append(Cell(text, above.bbox, [*above.lines, *below.lines], above.fill))
    return Table(t.page, t.bbox, [header, *t.rows[1:]], t.ruled)


def _row_bands(tables: Sequence[Table]) -> set[int]:
    """Single-column 'tables' that are the shaded row bands of an unruled table.

    Striped rows are filled rectangles, one per row, whose edges make one-column grids. Three
    or more of the same width on a page, at least one holding a row of several columns, are
    the bands of one table: their text belongs to the unruled-table pass (a band holding one
    run of text is then its section row).
    """
    single = [t for t in tables if t.rows and all(len(r) == 1 for r in t.rows)]
    by_width: dict[tuple[int, int], list[Table]] = {}
    for t in single:
        by_width.setdefault((round(t.bbox[0] / 3), round(t.bbox[2] / 3)), []).append(t)
    out: set[int] = set()
    for stack in by_width.values():
        if len(stack) >= 3 and any(_multi_column(t) for t in stack):
            out.update(id(t) for t in stack)
    return out


def _band_between(t: Table, page: Page, boxes: Sequence[BBox] = ()) -> bool:
    """A one-cell 'table' that is a shaded band between text rows: a banner row of an unruled
    table (a recommendation across it). A filled rectangle's edges make it a grid, yet its line
    belongs to the rows above and below it, which the unruled-table pass reads together (three
    or more such bands are striped rows: _row_bands). boxes: the page's other ruled boxes; a
    line inside one is no text row round a band (a stack of drawn notes, each a box of its
    own, is no banner between the rows of an unruled table)."""
    if len(t.rows) != 1 or len(t.rows[0]) != 1 or t.rows[0][0] is None:
        return False
    x0, y0, x1, y1 = t.bbox
    if not any(
        abs(b[0] - x0) <= 2.0 and abs(b[1] - y0) <= 2.0 and abs(b[2] - x1) <= 2.0
        and abs(b[3] - y1) <= 2.0 for b, _ in page.fills
    ):  # fmt: skip
        return False
    reach = 3.0 * max((ln.font_size for ln in t.rows[0][0].lines), default=8.0)
    near = [
        ln for ln in page.lines
        if ln.x0 < x1 and ln.bbox[2] > x0 and not any(box_within(ln.bbox, b, 1.0) for b in boxes)
    ]  # fmt: skip
    above = any(y0 - reach <= ln.bottom <= y0 + 1.0 for ln in near)
    below = any(y1 - 1.0 <= ln.top <= y1 + reach for ln in near)
    return above and below


def _field_row_box(t: Table, found: Sequence[Table], page: Page) -> bool:
    """A one-cell box holding one line that stands in a row of such boxes (tops and feet level)
    after printed text on the row's height: a form's row of fields after a name (a measure's
    baseline, latest and target, each in its own field). Each box is a cell of that row, not a
    table: its line goes to the unruled pass with the name, as a row of it. Read as tables the
    boxes were each a lone figure and the row's measure lost its figures."""
    if _one_line_box(t) is None:
        return False
    x0, top, _, bottom = t.bbox
    mates = [
        o.bbox for o in found
        if o is not t and _one_line_box(o) is not None
        and abs(o.bbox[1] - top) <= 2.0 and abs(o.bbox[3] - bottom) <= 2.0
    ]  # fmt: skip
    if not mates:
        return False
    left = min(x0, *(b[0] for b in mates))
    mid = (top + bottom) / 2
    return any(ln.bbox[2] < left and ln.top <= mid <= ln.bottom for ln in page.lines)


def _one_line_box(t: Table) -> Line | None:
    """The one line of a one-cell table; None for any other table."""
    if len(t.rows) != 1 or len(t.rows[0]) != 1 or t.rows[0][0] is None:
        return None
    lines = [ln for ln in t.rows[0][0].lines if ln.text.strip()]
    return lines[0] if len(lines) == 1 else None


def _banner_under(t: Table, heads: Sequence[Table]) -> bool:
    """A one-cell box as wide as a header band above it: a banner row of the same table."""
    if len(t.rows) != 1 or len(t.rows[0]) != 1:
        return False
    return any(
        abs(h.bbox[0] - t.bbox[0]) <= 3.0 and abs(h.bbox[2] - t.bbox[2]) <= 3.0
        and h.bbox[1] < t.bbox[1]
        for h in heads
    )  # fmt: skip


_DRAWN_COLUMNS = 2  # column rules drawn down a table that make it a ruled grid, at the least


def _shading(t: Table, page: Page, uprights: Callable[[], list[Ruling]]) -> bool:
    """A 'grid' whose row lines are all the edges of full-width shaded bands: striped rows (with
    coloured status cells making its one inner column line), not a ruled table. `uprights`: the
    page's vertical rulings, read once for all its tables."""
    x0, _, x1, _ = t.bbox
    bands = [b for b, _ in page.fills if b[0] <= x0 + 2.0 and b[2] >= x1 - 2.0]
    if len(bands) < 3 or len(t.rows) < 3:
        return False
    if drawn_column_rules(uprights(), t.bbox) >= _DRAWN_COLUMNS:
        return False  # its column lines are drawn down the table: a ruled grid, rows banded
    edges = [y for b in bands for y in (b[1], b[3])]
    tops = sorted({round(c.bbox[1], 1) for r in t.rows for c in r if c is not None})
    hits = sum(1 for y in tops if any(abs(y - e) <= 2.0 for e in edges))
    return hits >= 0.8 * len(tops)


def _multi_column(t: Table) -> bool:
    """A box whose text lines break into three or more runs: a table row, not a banner."""
    lines = [ln for r in t.rows for c in r if c is not None for ln in c.lines]
    return any(len(segments(row)) >= 3 for row in text_rows(lines))


def _top_aligned(lines: list[Line], heads: Sequence[Table]) -> list[Line]:
    """The lines with each header band's cells set at the top of the band: a web table's header
    row sets its cells in the row's middle, so a cell wrapped over two lines ('Action' / 'ref')
    starts above the one-line cells beside it and the row reads as lines none of which is a
    header. Moved up, the one-line cells stand level with the wrapped cell's first line, the
    way a header row wraps when top-aligned. Only bands with a wrapped cell change."""
    moves: dict[int, float] = {}  # id(word) -> how far it goes up
    for band in heads:
        boxes = _aligned_cells(band)
        inside = [ln for ln in lines if _centre_in(ln.bbox, band.bbox)]
        if len(boxes) < 2 or len({round(ln.top) for ln in inside}) < 2:
            continue  # cheapest sign: the band's text on one line
        cells: list[list[Word]] = [[] for _ in boxes]
        for ln in inside:
            for w in ln.words:
                k = next((k for k, b in enumerate(boxes) if _centre_in(_box(w), b)), None)
                if k is not None:
                    cells[k].append(w)
        firsts = [min(w.top for w in ws) for ws in cells if ws]
        if not any(max(w.top for w in ws) - min(w.top for w in ws) > 2.0 for ws in cells if ws):
            continue  # no cell wrapped
        top = min(firsts)
        for ws in cells:
            shift = min((w.top for w in ws), default=top) - top
            if shift > 1.0:
                moves.update((id(w), shift) for w in ws)
    if not moves:
        return lines
    out: list[Line] = []
    for ln in lines:
        if not any(id(w) in moves for w in ln.words):
            out.append(ln)
            continue
        pieces: dict[float, list[Word]] = {}
        for w in ln.words:
            pieces.setdefault(moves.get(id(w), 0.0), []).append(w)
        out += [_raised(ln, ws, dy) for dy, ws in pieces.items()]
    return out


def _box(w: Word) -> BBox:
    return (w.x0, w.top, w.x1, w.bottom)


def _aligned_cells(band: Table) -> list[BBox]:
    """The boxes of a header band's cells that _top_aligned sets level: a band of one row, each
    of its cells; a header of two tiers or more (a group's cell, 'Goals by year', over its
    columns' own, '2026/27' | '2027/28'), the cells merged down over every tier, whatever box
    the band draws round the rows under it (a row of one cell across the band below the header).

    Set at the bottom of a tiered header, a wrapped label's first line ('Year-start' over
    'actual', 'Direction of' over 'travel') stands a line above the one-line labels beside it,
    on no line of its own the header row is read from: the columns were named by the wrapped
    labels' last words ('actual', 'travel') and the figures read in the wrong roles. Raised to
    the first line of the highest of them, the merged-down labels are one line again, the
    group's label above it and its columns' labels on the tier below, as a header set in its
    rows' middle prints them. The group's cell and its columns' are left where they are."""
    rows = [r for r in band.rows if any(c is not None and c.text.strip() for c in r)]
    if rows and len(rows) > 1 and sum(c is not None for c in rows[-1]) == 1:
        rows = rows[:-1]  # the box round the rows under the header: no header cell
    cells = [c for r in rows for c in r if c is not None and c.text.strip()]
    if len(rows) == 1 and len(band.rows) == 1:
        return [c.bbox for c in cells]
    if len(rows) < 2:
        return []
    top = min(c.bbox[1] for c in cells)
    bottom = max(c.bbox[3] for c in cells)
    return [c.bbox for c in cells if c.bbox[1] <= top + 1.0 and c.bbox[3] >= bottom - 1.0]


def _repeats_header(ln: Line, seen: dict[tuple[str, ...], str]) -> bool:
    """The line is the header row of a table read above, every column's label in turn on one
    line: a page's repeat of that header, no words of the text printed under or over it."""
    said = " ".join(ln.text.split()).casefold()
    return any(len(labels) >= 3 and " ".join(" ".join(labels).split()).casefold() == said
               for labels in seen)  # fmt: skip


def _centre_in(b: BBox, box: BBox) -> bool:
    x, y = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _raised(ln: Line, words: Sequence[Word], dy: float) -> Line:
    """The line's piece of these words, moved up by dy points."""
    moved = [Word(w.text, w.x0, w.top - dy, w.x1, w.bottom - dy) for w in words]
    return Line(text=" ".join(w.text for w in moved), bbox=words_bbox(moved),
                font_size=ln.font_size, bold=ln.bold, page=ln.page, index=ln.index,
                words=moved, colour=ln.colour)  # fmt: skip


def _header_band(t: Table) -> bool:
    """A ruled 'table' of one row that is only the header row of an unruled table below it.

    A shaded header band is a filled rectangle (or one per header cell) whose edges make a
    one-row grid; the data rows under it have no rules. The band's text is left to the
    unruled-table pass, which reads the header and the rows together.
    """
    # a header of two rows (a group cell over its sub-headers: 'Dates' over 'Start' | 'End') is
    # one band: every row of it styled
    if _shaded_down(t):
        return False
    tier = 1
    top_styled = styled_cells(t.rows[0]) if t.rows else False
    while tier < len(t.rows) and tier < 2 and _header_tier(t.rows[tier]) and top_styled:
        tier += 1
    # a header row, and at most banner rows across the table under it; or a header band over a
    # column of status fills (boxes with no word): the rows are only that column's
    banners = all(sum(1 for c in r if c is not None) == 1 for r in t.rows[tier:])
    if not t.rows or not (banners or _fill_stack(t)):
        return False
    cells = [c for c in t.rows[0] if c is not None]
    if len(cells) == 1:
        lines = sorted(cells[0].lines, key=lambda ln: (ln.top, ln.x0))
        return bool(lines) and _header_like(lines, 0)
    texts = [c.text for c in cells]
    if sum(1 for x in texts if _figure(x)) >= 2:
        return False  # figures are a row's values, no labels (a row the page break cut off)
    if len(texts) >= 3 and label_header(texts, styled=True):
        return True  # the unruled pass reads it with its rows and keeps it if they agree
    if len(t.rows) == 1 and _labels(texts, styled=True):
        # labels no vocabulary knows ('Pixel count' | 'First frame' | ...): a band of one row
        # is no table; the unruled pass reads it with its rows and keeps it only where their
        # cells say what it lists (kind_from_cells), and a heading over it ends the table above
        return True
    if len(texts) < 2 or not is_header(texts, styled=True):  # a band: shaded
        return False
    kind = styled_kind(row_roles(texts), styled=True)
    # two columns are enough for the recommendations' own table ('No. | Recommendation')
    return kind is not None and (len(texts) >= 3 or kind == RECOMMENDATION_TABLE)


def _header_tier(row: Sequence[Cell | None]) -> bool:
    """A styled row under a header that may be the header's second tier ('Start' | 'End' under
    'Dates'): short labels only. A row filled in its colours (a plan whose rows are coloured by
    recommendation) holding an action's sentence is a data row: the one row a page break
    carried under the repeated header, never read as the header's second tier (the table
    taken for a header band and its row lost)."""
    return styled_cells(row) and all(
        len(c.text.split()) <= TIER_WORDS for c in row if c is not None
    )


def _figure(text: str) -> bool:
    """A cell that is one figure and its unit, whole ('34', '45%', '£1,200', '64.2 per
    10,000'): a value. A label naming a period or a unit ('12 months %', '95% target', '£000s
    budget') opens with a number too, but words follow the figure."""
    return cell_type(text) is CellType.number and len(split_figures(text)) == 1


def _shaded_down(t: Table) -> bool:
    """The shading runs down the first column, not across a row: rows whose first cells share
    a fill no other cell has. That column is the table's header (its labels on the left,
    plan_transpose), not a band over an unruled table: a band is shaded across (one fill, or
    one per header cell). One such row is the first of a table the page break cut."""
    if not t.rows or any(len(r) < 2 or r[0] is None for r in t.rows):
        return False
    fills = {r[0].fill for r in t.rows if r[0] is not None}
    if len(fills) != 1 or None in fills:
        return False
    return not any(c is not None and c.fill in fills for r in t.rows for c in r[1:])


def _fill_stack(t: Table) -> bool:
    """Rows under the first that the grid cut only down one column of fills: every other
    cell of those rows spans from the header's bottom (the unruled body's text fell into one
    cell) or is missing, and the column's own cells hold no word."""
    body = t.rows[1:]
    if not body:
        return False
    cols = len(t.rows[0])
    for j in range(cols):
        own = [r[j] for r in body if j < len(r)]
        blank = len(own) == len(body) and all(
            c is not None and not c.text.strip() and c.fill is not None for c in own
        )
        if blank and all(_texts_beside(r, j) <= 1 for r in body):
            return True
    return False


def _past_header(rows: list[Row], header: Sequence[str]) -> list[Row]:
    """A continued piece's rows after the header rows its page repeats: styled rows of short
    labels, one of them a label of the table's header (a two-tier header repeats both tiers)."""
    labels = {lab.lower() for lab in header if lab}
    while rows:
        cells = [c for c in rows[0].cells if c is not None and c.text.strip()]
        texts = [c.text.strip() for c in cells]
        repeats = (
            any(t.lower() in labels for t in texts)
            or len(rows) > 1
            and any(
                t.lower() in labels
                for c in rows[1].cells
                if c is not None
                for t in [c.text.strip()]
            )
        )
        short = all(len(t.split()) <= 6 for t in texts)
        if not cells or not styled_cells(rows[0].cells) or not short or not repeats:
            break
        rows = rows[1:]
    return rows


def _texts_beside(row: Sequence[Cell | None], j: int) -> int:
    return sum(1 for k, c in enumerate(row) if k != j and c is not None and c.text.strip())


def continue_rows(table: PlanTable, rows: list[Row]) -> list[Row]:
    """Rows of a table's next piece, a row split by the page break merged back into its start.

    Word processors let a tall row break across pages: its rest opens the next piece, under the
    repeated header, with an empty key cell (No./Ref/Code). Such a first row, after a last row
    that has a key, is that row's continuation and is joined to it cell by cell. With no key
    column the key is the number opening the Action cell ('4. Strengthen ...').
    """
    key = next((c for c in (table.col("ref"), table.col("code")) if c is not None), None)
    if not rows or not table.rows:
        return rows
    first, last = rows[0], table.rows[-1]
    if first.section or last.section:
        return rows
    if key is None:
        if not (
            _continues_numbered_action(table, first, last)
            or _continues_mid_sentence(table, first, last)
        ):
            return rows
    elif first.text(key).strip() or not last.text(key).strip():
        return rows
    if not any(first.text(i).strip() for i in range(len(first.cells))):
        return rows
    if starts_sub_row(table, first, last) or _restarts(table, first, last):
        return rows  # a checkpoint under the action opening the next page, or a row of its own
    cells: list[Cell | None] = []
    for i, a in enumerate(last.cells):
        b = first.cells[i] if i < len(first.cells) else None
        if b is None or not b.text or b is a:
            cells.append(a)
        elif a is None or not a.text:
            cells.append(b)
        else:
            cells.append(Cell(join_text([a.text, b.text]), a.bbox, [*a.lines, *b.lines]))
    table.rows[-1] = Row(cells, last.page, False, list(last.merged_above))
    return rows[1:]


_WHOLE = frozenset({CellType.date, CellType.rag})


def _restarts(table: PlanTable, first: Row, last: Row) -> bool:
    """The piece's first row is a row of its own, not the rest of a split one: it names no
    action, and a column holds a whole date or status word both in it and in the last row (a
    log's next dated review under the action: '11/12/2024 | Amber | note'). A row split by the
    page goes on mid-text; it does not print a second date or status in one cell."""
    act = table.col("action")
    if act is not None and first.text(act).strip():
        return False
    for i in range(min(len(first.cells), len(last.cells))):
        a, b = " ".join(last.text(i).split()), " ".join(first.text(i).split())
        if not a or not b or (kind := cell_type(a)) not in _WHOLE or cell_type(b) is not kind:
            continue
        if kind is CellType.rag or (_one_day(a) and _one_day(b)):
            return True  # 'March' / '2026' is one date the page cut; '05/11/24' / '11/12/24' two
    return False


def _one_day(text: str) -> bool:
    """A date to the day ('11/12/2024'): read as a period's start or its end, the same day."""
    end = parse_date(text)
    return end is not None and end == parse_date(text, end_of_period=False)


def _continues_numbered_action(table: PlanTable, first: Row, last: Row) -> bool:
    """The piece's first row goes on with the last row's numbered action.

    Where actions are numbered inside the Action cell ('4. Strengthen ...'), the rest of a split
    row has action text that opens with no number, and no owner or date of its own (a new
    action would print them), after a row whose action text opens with one. Tables whose
    actions carry no numbers never join this way: a row there may be a new action.
    """
    act = table.col("action")
    if act is None or not LEADING_REF.match(last.text(act)):
        return False
    text = first.text(act).strip()
    if not text or LEADING_REF.match(text):
        return False
    return not any(first.text(c).strip() for c in (table.col("owner"), table.col("due"))
                   if c is not None)  # fmt: skip


def _continues_mid_sentence(table: PlanTable, first: Row, last: Row) -> bool:
    """The piece's first row is the rest of the last row's action, cut mid-sentence by the page.

    With no key column and no numbers in the Action cell, the rest of a split row still shows
    itself: its only text is in the Action cell and opens in lower case, mid-sentence ('worker
    in area 36'), and the last row's action does not end a sentence; its other cells, where
    not empty, go on with cells the last row fills ('Principal Social' / 'Worker') and hold no
    whole date or status word. A row of its own names an action from its start (a capital)
    and most often a whole lead, date or status beside it.
    """
    act = table.col("action")
    if act is None:
        return False
    text, before = first.text(act).strip(), last.text(act).strip()
    if not text or not before or before[-1] in ".!?":
        return False
    word = text.split()[0]
    if not (word.isalpha() and word.islower()):
        return False
    for i in range(len(first.cells)):
        b = " ".join(first.text(i).split())
        if i == act or not b:
            continue
        if not last.text(i).strip() or cell_type(b) in _WHOLE:
            return False  # a cell the last row left empty, or a whole date or status: a row
    return True


def _reread(table: PlanTable, t: Table) -> None:
    """A header row the page's foot left alone had no cells under it to weigh its columns by:
    its roles are read again from the rows the next page continues it with."""
    if table.kind is None:
        return
    columns = _cell_texts(t, first=0)
    roles = settle_roles(row_roles(table.labels), table.kind, columns, table.labels)
    reading = read_roles(table.kind, roles, table.labels, columns)
    table.roles, table.reading = reading.roles, reading


_PADDING = 8.0  # points: at most this far right of a cell's rule its text starts
_SLACK = 1.5  # points: a text edge this far left of a rule still starts that rule's column


def _cell_lines(holders: Sequence[Table]) -> list[tuple[float, Line]]:
    """The lines of the cells of tables that hold tables, each placed at its row's top."""
    out: list[tuple[float, Line]] = []
    for t in holders:
        for row in t.rows:
            cells = [c for c in row if c is not None]
            if cells:
                top = min(c.bbox[1] for c in cells)
                out += [(top, ln) for c in cells for ln in c.lines]
    return out


def _text_cells(holders: Sequence[Table]) -> list[Cell]:
    """The cells with text of tables that hold tables."""
    return [c for t in holders for row in t.rows for c in row if c is not None and c.lines]


def _container(t: Table, tables: Sequence[Table]) -> bool:
    """True when another table of the page (of three columns or more: no card in a lane, no
    label | value grid of a cell's fields) lies in one of t's cells: a nested table."""
    return any(
        o is not t
        and o.page == t.page
        and len(o.rows[0]) >= NESTED_COLUMNS
        and encloses(t.bbox, o.bbox)
        for o in tables
        if o.rows
    )


def _read_under_later_heads(
    elements: list[Element],
    profile: LayoutProfile | None,
    seen: dict[tuple[str, ...], str],
    key: dict[str, str],
    skip: set[int],
) -> None:
    """Tables read as nothing under a header row that a later table of the plan is read under:
    read as that one is. A table of one action and a total under its header (the plan's first
    invoice, of one line) holds too few rows for its cells to tell its columns; read_header
    takes the kind of a header row seen before, but the plan's other tables under it came
    later, so the first one's action was lost, and nothing said so."""
    for k, el in enumerate(elements):
        t = el.raw
        if t is None or id(el) in skip or not t.rows or len(t.rows[0]) < 3:
            continue
        labels = tuple(header_label(c.text if c is not None else "") for c in t.rows[0])
        if labels not in seen:
            continue
        head = read_header(t, profile, seen, key)
        if head is None or head[0] is None:
            continue
        kind, roles, names, reading = head
        rows = _rows(t)[1:]
        if profile is not None and profile.skip_rows:
            rows = [r for r in rows if not profile.skips([r.text(i) for i in range(len(r.cells))])]
        rows = _past_header(rows, names)
        if not rows:  # the header row repeated alone (a page's furniture): nothing to read
            continue
        table = PlanTable(kind, roles, names, rows, t.page, el.top, [t], reading)
        elements[k] = Element(el.page, el.top, table=table)


def _text_right(t: Table) -> float:
    """The right end of the table's text."""
    return max((ln.bbox[2] for r in t.rows for c in r if c is not None for ln in c.lines),
               default=t.bbox[2])  # fmt: skip


def _keyed_on(prev: PlanTable, t: Table) -> tuple[int, int] | None:
    """The piece continues a header row the previous page's foot left alone, with a column
    more on its left, its right or both: the codes under the header's blank first cell, the
    ratings under its blank last one (_key_edges), which the header row alone did not show.
    Its other columns are the header's. Returns the columns added on the left and the right."""
    last = prev.pieces[-1] if prev.pieces else None
    if prev.rows or last is None or last.ruled or t.ruled:
        return None
    ea, eb = column_edges(last), column_edges(t)
    if len(prev.labels) != len(ea) or not ea:
        return None
    for left, right in ((1, 0), (0, 1), (1, 1)):
        if len(eb) != len(ea) + left + right or (left and eb[0] >= ea[0]):
            continue
        if all(abs(x - y) <= 3.0 for x, y in zip(ea, eb[left:], strict=False)):
            return left, right
    return None


def _same_grid(prev: PlanTable, t: Table) -> bool:
    """The piece continues the table: the same columns, both ruled or both not; or one read
    from its rulings and the other from its text (a header row that a page's foot left
    without its rules), each text column starting a cell padding right of its rule."""
    last = prev.pieces[-1] if prev.pieces else None
    if last is None:
        return False
    if last.ruled == t.ruled:
        return same_columns(last, t)
    rules, texts = (column_edges(last), column_edges(t))[:: 1 if last.ruled else -1]
    # a centred label ('Q2' in a narrow column) may start a hair left of where the rule is
    return len(rules) == len(texts) and all(
        -_SLACK <= x - r <= _PADDING for r, x in zip(rules, texts, strict=True)
    )


def frame_order(
    items: list[tuple[float, int, Any]], frames: Sequence[BBox]
) -> list[tuple[float, int, Any]]:
    """The page's items (sorted by height) with the lines of each box drawn apart read in turn,
    where lines of two such boxes stand level with each other (tables.drawn_frames).

    An organisation chart's leads' boxes stand side by side, a lead's box under the board
    beside another's, with no gutter of the page between them: in order by height their lines
    alternate ('R1 1.3 Strengthen ...', 'R1 1.2 Recruit ...', 'Deadline: August 2027', 'offer',
    'Deadline: November 2027'), and a box's wrapped word ('offer') was read as an action, its
    neighbour's date given to it, its own action lost. The frames are drawn: each box's lines
    are read in turn, from the box's top, boxes level with each other left to right. Lines in
    no box (a title, a key) keep their places."""
    lines = [it[2] for it in items if isinstance(it[2], Line)]
    if len(lines) < 2 or len(frames) < 2:
        return items
    home: dict[int, BBox] = {}
    for ln in lines:
        x, y = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
        f = next((f for f in frames if f[0] <= x <= f[2] and f[1] <= y <= f[3]), None)
        if f is not None:
            home[id(ln)] = f
    # only where two boxes' lines interleave: otherwise the order by height reads each in turn
    if not any(
        home[id(a)] != home[id(b)] and a.top < b.bottom and b.top < a.bottom
        for a in lines if id(a) in home for b in lines if id(b) in home
    ):  # fmt: skip
        return items

    def key(it: tuple[float, int, Any]) -> tuple[float, int, float, float]:
        f = home.get(id(it[2]))
        return (it[0], it[1], 0.0, 0.0) if f is None else (f[1], it[1], f[0], it[0])

    return sorted(items, key=key)


def _paragraphs_or_cards(
    lines: list[Line], spelling: Counter[str] | None = None, cells: Sequence[BBox] = ()
) -> list[Element]:
    """Paragraphs, with runs of action cards ('Lead:', 'Deadline:' lines) read as a table.
    spelling: how often the plan prints each card label (plan_cards.label_counts): a label
    printed once among these lines ('Status:' on the one card of a run that has one, after a
    card with none) is still the field label the plan's other cards print. cells: the cells of
    boxes drawn apart (tables.drawn_frames): each cell's lines are a drawn box to the card
    reader (framed_cells)."""
    from plantrace.extractors.plan_cards import split_cards  # the cards build on this module
    from plantrace.extractors.run_in_fields import holds_run_in  # it builds on this module

    if holds_run_in(lines):  # fields run on in numbered paragraphs: no card a field a line
        return _paragraphs(lines)
    return split_cards(lines, _paragraphs, spelling=spelling, drawn=framed_cells(lines, cells))


def framed_cells(lines: Sequence[Line], cells: Sequence[BBox]) -> list[list[Line]]:
    """The lines of each cell of boxes drawn apart (tables.drawn_frames) that holds some: a
    lead's head strip, an action's item. Each is read as it stands (card_grid.box_grid, drawn):
    cut at white space, boxes side by side whose lines interleave were joined or cut in the
    wrong places, and a box read on its own by height (the last of a column of boxes, parted
    from the others by a box the table reader took) lost its last item's status, printed
    level with its date, not under it. Pages whose boxes meet in no such group: []."""
    if not cells:
        return []
    held: dict[int, list[Line]] = {}
    for ln in lines:
        x, y = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
        k = next((k for k, c in enumerate(cells) if c[0] <= x <= c[2] and c[1] <= y <= c[3]), None)
        if k is not None:
            held.setdefault(k, []).append(ln)
    return list(held.values())


def _paragraphs(lines: list[Line]) -> list[Element]:
    return [Element(b.page, b.lines[0].top, lines=list(b.lines)) for b in blocks(lines)]


def _stream_tables(
    page: Page,
    lines: list[Line],
    open_table: PlanTable | None,
    open_starts: list[float] | None,
    grids: dict[str, list[float]],
    following: Page | None = None,
    over_page: dict[int, Table] | None = None,
    details: Sequence[Table] = (),
    boxes: Sequence[BBox] = (),
    previous: Page | None = None,
) -> tuple[list[Table], list[Line]]:
    """Unruled tables among the lines outside ruled tables; returns them and the lines left.
    boxes: the ruled tables' boxes (a shaded band between an unruled table's rows is one).

    grids: the columns of the plan's unruled tables so far, by their header row (see _known_grid).
    following: the next page, where a table the page's foot cuts short goes on; over_page gets
    such a piece, too short for its cells to tell what it lists, joined with the next page's
    rows (_over_page).
    """
    if not lines:
        return [], lines
    found: list[Table] = []
    used: set[int] = set()
    uprights = upright_rulings(page)  # a card's frame round a row of capitals (_header_like)
    # child rows' lines (plan_detail_rows): no start of a table, no gap or size change ending
    # one, no rows or columns of their own; each box goes into the table as one row
    held = _held_lines(lines, details)
    carried_on = open_table is not None and open_table.page == page.number - 1
    repeated = _repeated_header(page, lines, grids, carried_on)
    order = sorted([*repeated, *lines], key=lambda ln: (ln.top, ln.x0))
    tops = [ln.top for ln in order]  # (_header_like's lines at a line's height, by bisection)
    i = 0
    # a table left open on the previous page continues at the top of this one, unless the page
    # opens with a header row of a table of its own (own_header); a header row of labels that
    # named no plan column, repeated from over the open table, is its furniture (repeated_head)
    skip = 0
    # a ruled table's next rows left to the text pass (their rulings joined to a repeated
    # header's, read as no grid) go on with it under a header repeated from above it only
    ruled_on = open_starts is None and _ruled_end(open_table, page.number, previous)
    open_starts = column_edges(open_table.pieces[-1]) if ruled_on else open_starts  # type: ignore[union-attr]
    if open_table is not None and open_starts and open_table.page == page.number - 1:
        from plantrace.extractors.repeated_head import repeated_head

        skip = repeated_head(order, previous, open_table.top, open_table.labels)
    if (
        open_table is not None
        and open_starts
        and open_table.page == page.number - 1
        and (skip or not (ruled_on or _opens_own_table(order, open_table.labels)))
        and not _section_opens(order, skip, open_table)
    ):
        font = open_table_font(open_table)
        end = _region_end(order, skip, font, held, boxes)
        if not skip:
            # the open table's own header repeated over this piece, with space under it: the
            # rows below it are the table's still (the gap ends the header, not the table)
            from plantrace.extractors.repeated_head import kept_head

            repeat = kept_head(order, open_table.labels)
            if 0 < repeat == end < len(order):
                low = max(ln.bottom for ln in order[:repeat])
                if _gap(low, order[repeat].top, boxes) <= _REPEAT_GAP * font:
                    end = _region_end(order, repeat, font, held, boxes)
        end = _before_rule(order, skip, end)
        region = [x for x in order[skip:end] if id(x) not in held]
        starts = open_starts
        if not open_table.rows and region and not ruled_on:
            # a header row alone at the previous page's foot: the codes its blank first cell
            # heads (a rating its blank last cell heads) are first seen on the rows here, left
            # of its first named cell (past its right end)
            starts = _key_edges(open_starts, region, _text_right(open_table.pieces[-1]))
        # a ruled piece's starts are its rules: its text starts a cell padding right of them
        fit = [s + _PADDING / 2 for s in starts] if ruled_on else starts
        if region and _fits(region, fit):
            rules = _rules(page, region)
            t = _stream(page, region, starts, rules)
            if t is not None:
                t = _head_apart(t, page, region, starts, open_table.labels)
                paint(t, page)
                t = _with_details(t, held, order[:end])
                found.append(t)
                region = order[:end]
                used.update(id(ln) for ln in region)
                i = end
    # a header row naming no plan column (a log's 'Changed | Field | Old value | ...'): its
    # table is not kept, but its columns are the rows' under it, whose own cells may be empty
    carried: tuple[list[float], int] | None = None
    while i < len(order):
        ln = order[i]
        if (
            id(ln) in used
            or id(ln) in held
            or not _header_like(order, i, uprights=uprights, tops=tops)
        ):
            i += 1
            continue
        end = _region_end(order, i, ln.font_size, held, boxes)
        # a head in small type, bottom-aligned: its wrapped cells' upper lines stand above it,
        # and its rows, a size larger, end at their own size change (low_header_tiers)
        tiers = upper_tiers(order, i) if small_styled_head(order, i) else []
        if tiers and end < len(order) and (body := rows_font(order, i)) is not None:
            end = _region_end(order, end, body, held, boxes)
        end = _under_small_capitals(order, i, end, held, boxes, uprights)
        region = [x for x in order[i:end] if id(x) not in used and id(x) not in held]
        region = [x for x in tiers if id(x) not in used] + region
        head = [x for x in region if abs(x.top - ln.top) <= 2.0]
        underline = _underline(region, head)
        if underline is not None:  # the next rule of dashes underlines the next table's title
            end = _before_rule(order, order.index(underline) + 1, end)
            region = [x for x in order[i:end] if id(x) not in used and id(x) not in held]
        if underline is not None:  # the dashes mark the columns; they are no row of the table
            used.add(id(underline))
            region = [x for x in region if x is not underline]
            for x in region:  # a monospace report sets its header off by the rule, not by bold
                x.bold = x.bold or x.bottom <= underline.top + 1.0
        columns = _underlined_columns(underline) or _header_columns(region, head)
        key = _grid_key(head)
        columns = _known_grid(columns, grids.get(key))
        columns = _carried_columns(columns, carried, i, region)
        if end >= len(order):  # the table runs to the page's foot: it may go on over the next
            columns = _next_page_edges(columns, region, head, following)
        t = _stream(page, region, columns, _rules(page, region)) if columns else None
        if t is not None and boxes_side_by_side(page, t.bbox, ln.font_size):
            t = None  # boxes drawn side by side, their lines level: cards, no table
        if t is not None:
            paint(t, page)
            if columns and small_capitals_head(order, i):
                t = _head_row_apart(t, page, region, columns, head)
        if t is not None and columns and end >= len(order) and read_header(t) is None:
            t = _foot_head_apart(t, page, region, columns, head, following)
        joined = (
            _over_page(t, columns, following)
            if t is not None and end >= len(order) and read_header(t) is None
            else None
        )
        # a table of a row or two under a header row the page prints again over tables below
        # (a digest's section per month, each with its one action): read with their rows
        readable = t is not None and (read_header(t) is not None or joined is not None)
        pooled = (
            _with_siblings(t, order, end, key, columns, (page, held, boxes, uprights))
            if t is not None and columns and not readable
            else None
        )
        if t is not None and (
            readable
            or pooled is not None
            or _kept_log(t, head, key in grids)  # a log of field changes (log_pieces)
        ):
            edges = column_edges(t)
            if len(edges) > len(grids.get(key, [])):
                grids[key] = edges
            if held:
                t = _with_details(t, held, order[i:end])
                region = [x for x in order[i:end] if id(x) not in used] + tiers
            if joined is not None and over_page is not None:  # keyed by the table kept
                over_page[id(t)] = joined
            if pooled is not None and over_page is not None:  # read with its siblings' rows
                over_page[id(t)] = pooled
            found.append(t)
            used.update(id(x) for x in region)
            i = end
        else:
            if carried is None and columns and _short_labels(head):
                carried = (list(columns), end)
            i += 1
    return found, [ln for ln in lines if id(ln) not in used]


def _head_row_apart(
    t: Table, page: Page, region: list[Line], columns: Sequence[float], head: Sequence[Line]
) -> Table:
    """A table read as ONE row from a header row set in small capitals (smaller than the rows:
    low_header_tiers.small_capitals_head) and a single line of cells under it: two lines alone
    show no row pitch to part them, and the header was run into the row ('LINE 3', 'WEATHER
    Clouding over'). The size and case set the header apart: its line is a row of its own, the
    lines under it the other (as _foot_head_apart parts such a piece at a page's foot)."""
    if len(t.rows) != 1 or not head:
        return t
    top_lines = [ln for ln in region if any(ln is h for h in head)]
    rest = [ln for ln in region if not any(ln is h for h in head)]
    if not top_lines or not rest:
        return t
    if min(ln.top for ln in rest) < max(ln.bottom for ln in top_lines) - 1.0:
        return t
    top = _stream(page, top_lines, columns, [])
    under = _stream(page, rest, columns, _rules(page, rest))
    if top is None or under is None or len(top.rows) != 1 or len(under.rows) != 1:
        return t
    if len(top.rows[0]) != len(under.rows[0]):
        return t
    split = Table(t.page, t.bbox, [*top.rows, *under.rows], t.ruled)
    paint(split, page)
    return split


_SIBLING_ROWS = 3  # a table of this many rows or fewer may be too short for its cells to tell


def _with_siblings(
    t: Table,
    order: list[Line],
    end: int,
    key: str,
    columns: Sequence[float],
    where: tuple[Page, Container[int], Sequence[BBox], Sequence[Ruling]],
) -> Table | None:
    """A short table (a header and a row or two) that alone does not read as a plan table,
    joined with the rows of the tables below it on the page printed under the same header row
    (_grid_key) in the same columns: a digest prints a section per month, a register a table
    per theme, each under its own copy of one header, and a section of one action is too
    short for its cells to tell what the table lists (a sentence beside a person), while the
    sections together do. Returns the joined table when it reads as a plan table (its rows
    stay the table's own: the caller reads the table with it, as _over_page's pieces are);
    the siblings below are then kept as tables printed under a header seen before."""
    page, held, boxes, uprights = where
    if len(t.rows) > _SIBLING_ROWS or not t.rows:
        return None
    rows = list(t.rows)
    k = end
    while k < len(order):
        ln = order[k]
        same = [x for x in order if abs(x.top - ln.top) <= 2.0]
        if id(ln) in held or _grid_key(same) != key:
            k += 1
            continue
        stop = _region_end(order, k, ln.font_size, held, boxes)
        stop = _under_small_capitals(order, k, stop, held, boxes, uprights)
        region = [x for x in order[k:stop] if id(x) not in held]
        sib = _stream(page, region, columns, _rules(page, region)) if region else None
        if sib is not None:
            paint(sib, page)
            if small_capitals_head(order, k):
                sib = _head_row_apart(sib, page, region, columns, same)
        if sib is not None and len(sib.rows) > 1 and len(sib.rows[0]) == len(t.rows[0]):
            rows += sib.rows[1:]
        k = max(stop, k + 1)
    if len(rows) == len(t.rows):
        return None
    pooled = Table(t.page, t.bbox, rows, t.ruled)
    return pooled if read_header(pooled) is not None else None


def _next_page_edges(
    columns: list[float] | None, region: list[Line], head: list[Line], following: Page | None
) -> list[float] | None:
    """The columns of a table the page's foot cuts, with the edges its next rows show on the
    next page: a column filled on few rows (a status given on a row or two here) leaves no
    river among this page's rows, its header cell run into the one beside it ('Maturity
    Account state'), and the piece on the next page takes this page's columns. An edge of the
    next page's rows' rivers is kept where a word of the header row starts at it (the header's
    own evidence of a cell there) and no row here runs across it."""
    if not columns or following is None or not head:
        return columns
    free = lines_outside(following, lattice_tables(following))
    order = sorted(free, key=lambda ln: (ln.top, ln.x0))
    if not order:
        return columns
    font = statistics.median(ln.font_size for ln in region)
    nxt = order[: _region_end(order, 0, font)]
    if len(nxt) < 3 or not _fits(nxt, columns):
        return columns
    starts = {round(w.x0 - 0.5, 1) for ln in head for w in ln.words}
    body = [ln for ln in region if ln not in head]
    added = [
        e for e in stream_columns(nxt)
        if columns[0] < e < max(ln.bbox[2] for ln in head)
        and all(abs(e - c) > 6.0 for c in columns)
        and any(abs(e - s) <= 2.0 for s in starts)
        and not any(w.x0 < e - 1.0 and w.x1 > e + 0.5 for ln in body for w in ln.words)
    ]  # fmt: skip
    return sorted([*columns, *added]) if added else columns


def _ruled_end(table: PlanTable | None, page: int, previous: Page | None = None) -> bool:
    """The table ended the previous page in a ruled piece: the first text rows here may be its
    next rows where the page opens with a header row repeated from above it (a sheet's print
    titles over another table's rows), whose rulings, joined to the repeat's, make no grid.
    A piece with body text under it on its page (a letter's closing under a scorecard, the
    page's running lines already out) ended the table there, not at the page's foot: the next
    page's lines, under a letterhead line repeated from above it, are no rows of it."""
    if not (
        table is not None
        and table.page == page - 1
        and bool(table.pieces)
        and table.pieces[-1].ruled
        and table.pieces[-1].page == page - 1
        and not table.printed
    ):
        return False
    foot = table.pieces[-1].bbox[3]
    return previous is None or not any(ln.top >= foot - 1.0 for ln in previous.lines)


def _kept_log(t: Table, head: Sequence[Line], printed_before: bool) -> bool:
    """A table under a header row of short labels naming no plan column kept all the same:
    its rows are field changes, or the same header was kept over a table on an earlier page."""
    from plantrace.extractors.log_pieces import field_change_rows

    return _short_labels(head) and (printed_before or field_change_rows(t))


def _carried_columns(
    columns: list[float] | None,
    carried: tuple[list[float], int] | None,
    i: int,
    region: list[Line],
) -> list[float] | None:
    """The columns of a header row of short labels whose table was not kept (it names no plan
    column), for a table that starts on a row under it: the row's own cells may leave a column
    empty (a log's first setting, no old value), and its gaps would run two columns into one.
    Only where the header has more columns and the rows' lines start at its edges."""
    if carried is None or i >= carried[1] or not columns:
        return columns
    edges, _ = carried
    if len(edges) <= len(columns) or not _fits(region, edges):
        return columns
    return edges


def _short_labels(head: Sequence[Line]) -> bool:
    """A header row's line of short word labels only: no figure, date or sentence in it."""
    text = " ".join(ln.text for ln in head)
    return bool(text.strip()) and not any(ch.isdigit() for ch in text) and len(text.split()) <= 16


def _section_opens(order: Sequence[Line], skip: int, open_table: PlanTable) -> bool:
    """A heading over the open table's header repeated: the page's own table, no next piece."""
    from plantrace.extractors.repeated_head import heading_over_repeat  # it builds on this module

    return heading_over_repeat(order, skip, open_table_font(open_table), open_table.labels)


def _opens_own_table(order: Sequence[Line], labels: Sequence[str]) -> bool:
    from plantrace.extractors.own_header import opens_own_table  # it builds on this module

    return opens_own_table(order, labels)


def _held_lines(lines: Sequence[Line], details: Sequence[Table]) -> dict[int, int]:
    """The lines inside child-row boxes (plan_detail_rows): id -> the box's index."""
    if not details:
        return {}
    out: dict[int, int] = {}
    for ln in lines:
        x, y = (ln.x0 + ln.bbox[2]) / 2, (ln.top + ln.bottom) / 2
        for k, d in enumerate(details):
            if d.bbox[0] <= x <= d.bbox[2] and d.bbox[1] <= y <= d.bbox[3]:
                out[id(ln)] = k
                break
    return out


def _unheld(
    details: Sequence[Table], tables: list[Table], rest: list[Line]
) -> tuple[list[Table], list[Line]]:
    """The child-row boxes whose lines no unruled table took back among the tables, their
    lines out of the loose ones: a box of label/value lines alone is read as before."""
    for d in details:
        inside = {id(ln) for ln in rest if _centre_in(ln.bbox, d.bbox)}
        if inside:
            tables = [*tables, d]
            rest = [ln for ln in rest if id(ln) not in inside]
    return tables, rest


def _with_details(t: Table, held: Mapping[int, int], region: Sequence[Line]) -> Table:
    """The table with the child-row boxes whose lines the region holds, each as a row."""
    from plantrace.extractors.plan_detail_rows import with_detail_rows  # it builds on this module

    boxes: dict[int, list[Line]] = {}
    for ln in region:
        if id(ln) in held:
            boxes.setdefault(held[id(ln)], []).append(ln)
    return with_detail_rows(t, list(boxes.values())) if boxes else t


def _over_page(t: Table, columns: Sequence[float] | None, following: Page | None) -> Table | None:
    """The table at the page's foot, a header and a row or two (or none) that alone are too few
    to tell what it lists, joined with the rows the next page opens with in its columns (no header
    repeated, nothing above them but the page's running lines): when the whole reads as a plan
    table, the piece is one (its rows stay its own)."""
    if following is None or not columns or not t.rows:
        return None
    # a ruled table opening the next page is a table of its own (the piece's rules were cut);
    # a header band repeated over the rows there is the table's own (_opening_lines)
    order = _opening_lines(following)
    if not order:
        return None
    end = _region_end(order, 0, _body_font(t.rows[1:], t.rows[0]))
    region = order[:end]
    if not region or not _fits(region, list(columns)):
        return None
    rest = _stream(following, region, columns, _rules(following, region))
    if rest is None:
        return None
    joined = Table(t.page, t.bbox, [*t.rows, *rest.rows], t.ruled)
    return joined if read_header(joined) is not None else None


def _opening_lines(following: Page) -> list[Line]:
    """The next page's lines outside its ruled tables, in reading order, where they open it:
    nothing above them but its running lines and header bands (the table's header repeated in
    its own shaded or ruled box: _header_band). Empty where something else opens it."""
    boxes = lattice_tables(following)
    order = sorted(lines_outside(following, boxes), key=lambda ln: (ln.top, ln.x0))
    if not order:
        return []
    bands = [b.bbox for b in boxes if _header_band(b)]
    above = [ln for ln in following.lines if ln.top < order[0].top - 1.0]
    if not all(any(box_within(ln.bbox, b, 1.0) for b in bands) for ln in above):
        return []
    return order


def _goes_on(columns: Sequence[float], following: Page | None, font: float) -> bool:
    """The next page opens with rows in these columns (_opening_lines)."""
    order = _opening_lines(following) if following is not None else []
    region = order[: _region_end(order, 0, font)] if order else []
    return len(region) >= 2 and _fits(region, list(columns))


def _foot_head_apart(
    t: Table,
    page: Page,
    region: list[Line],
    columns: Sequence[float],
    head: Sequence[Line],
    following: Page | None,
) -> Table:
    """A new table begun at the page's foot, its header row and one row under it, read as one
    row of two-line cells ('Indicator Number of approved ...'): two lines alone show no row
    pitch to part a header from the row under it. Where the header's lines alone read as a
    header of plan columns over the lines under them, and the next page opens with rows in the
    same columns (the table going on, under its header repeated or not), the header is a row
    of its own: the piece is the table's first, its row kept (its next rows join it there)."""
    if len(t.rows) != 1 or not head:
        return t
    top_lines = [ln for ln in region if any(ln is h for h in head)]
    rest = [ln for ln in region if not any(ln is h for h in head)]
    if not rest or min(ln.top for ln in rest) < max(ln.bottom for ln in top_lines) - 1.0:
        return t
    font = statistics.median(ln.font_size for ln in region)
    if not _goes_on(columns, following, font):
        return t
    top = _stream(page, top_lines, columns, [])
    under = _stream(page, rest, columns, _rules(page, rest))
    if top is None or under is None or len(top.rows) != 1 or not 1 <= len(under.rows) <= 2:
        return t
    split = Table(t.page, t.bbox, [*top.rows, *under.rows], t.ruled)
    paint(split, page)
    readable = read_header(split) is not None or _over_page(split, columns, following) is not None
    return split if readable else t


def _ruled_over_page(
    t: Table, tables: Sequence[Table], page: Page, following: Page | None
) -> Table | None:
    """A ruled table begun at the page's foot (nothing under it on its page), its header row
    and a row or none under it, whose header alone names no plan columns ('Outcome | Now
    (start) | ...': too few cells to tell what it lists), joined with the ruled table the next
    page opens with in the same columns (its rows going on, headed again or not): when the
    whole reads as a plan table, the piece is one (as _over_page does for unruled pieces)."""
    if following is None or not t.ruled or not 1 <= len(t.rows) <= 2:
        return None
    if any(o.bbox[3] > t.bbox[3] + 1.0 for o in tables):
        return None
    if any(ln.top >= t.bbox[3] - 1.0 for ln in page.lines):
        return None
    nxt = lattice_tables(following)
    if not nxt:
        return None
    first = min(nxt, key=lambda o: o.bbox[1])
    if any(ln.bottom <= first.bbox[1] + 1.0 for ln in following.lines):
        return None  # text above it: the next page opens with something else
    if not same_columns(t, first, tol=2.0) or read_header(t) is not None:
        return None
    if _row_words(first.rows[0]) == _row_words(t.rows[0]):
        return None  # the next page's grid repeats its header: read as a table continued is
    joined = Table(t.page, t.bbox, [*t.rows, *first.rows], t.ruled)  # (a RACI matrix's names)
    return joined if read_header(joined) is not None else None


def _row_words(row: Sequence[Cell | None]) -> list[str]:
    """A row's words cell by cell, spaces evened (a header repeated over the page's piece)."""
    return [" ".join(c.text.split()) if c is not None else "" for c in row]


def _repeated_header(
    page: Page, lines: list[Line], grids: dict[str, list[float]], carried_on: bool = False
) -> list[Line]:
    """The header row of an unruled table the plan printed before, repeated at the top of this
    page over the table's next piece: page cleaning took it for a running header, but over a
    table that the page does not continue from the one before (a new section's) it is that
    table's header again. So under a heading that opens the page (a section's table under its
    title, at the same height on every page that opens with a section): the page's first
    line stands above it, and the table left open on the page before ends at that heading,
    whether or not the page carries it on (carried_on: only such a header then)."""
    first = min(ln.top for ln in lines)
    return [
        ln for ln in page.header_footer
        if _grid_key([ln]) in grids and (ln.top > first if carried_on else True)
    ]  # fmt: skip


def _stream(
    page: Page, region: list[Line], columns: Sequence[float], rules: list[float]
) -> Table | None:
    """An unruled table of the region, with the columns only fills or drawn marks make (a RAG
    by colour, a status icon), started at the header cell over them (pipeline.mark_columns)."""
    top = min(ln.top for ln in region)
    bottom = max(ln.bottom for ln in region)
    x_hi = max(ln.bbox[2] for ln in region)
    x_lo = min(ln.x0 for ln in region)
    ruled = rule_columns(page, columns, top, bottom, x_lo, x_hi)
    head = header_cells(region)
    starts, right = mark_columns(page, ruled, top, bottom, x_hi, head, header_words(region))
    t = stream_table(region, page.number, columns=starts, rules=rules, right=right)
    return _header_parted(t, starts) if t is not None else None


def _head_apart(
    t: Table, page: Page, region: list[Line], starts: Sequence[float], labels: Sequence[str]
) -> Table:
    """The piece read again with the open table's own header, repeated over it, a row of its
    own: over one row or two, no spacing or rule parts a header from the rows under it (a
    browser's repeated thead over the last row of a scorecard), and the header's labels were
    read into that row's cells ('Opening figure 42.8 per 10,000'). Only where the piece was read
    as one row holding both the header's lines and lines under them, and those lines alone read
    as one row."""
    from plantrace.extractors.repeated_head import kept_head  # it builds on this module

    n = kept_head(region, labels)
    if not 0 < n < len(region) or len(t.rows) != 1:
        return t  # a piece read as rows of its own is read so
    low = max(ln.bottom for ln in region[:n])
    inside = [ln for c in t.rows[0] if c is not None for ln in c.lines]
    if not any(ln.top < low for ln in inside) or all(ln.top < low for ln in inside):
        return t
    top = _stream(page, region[:n], starts, [])
    rest = _stream(page, region[n:], starts, _rules(page, region[n:]))
    if top is None or rest is None or len(top.rows) != 1 or len(rest.rows) != 1:
        return t
    return Table(t.page, t.bbox, [*top.rows, *rest.rows], t.ruled)


def _header_parted(t: Table, starts: Sequence[float]) -> Table:
    """Header cells set so close that one ran over the next ('Benchmark at start  Reading at
    last count', the gap no wider than a word's) parted again at the columns the rows under
    them hold: a bold header row's cell across columns whose words start in each of them."""
    if not t.rows or not styled_cells(t.rows[0]):
        return t
    row = list(t.rows[0])
    for j, cell in enumerate(t.rows[0]):
        span = j + 1
        while span < len(row) and t.rows[0][span] is None:
            span += 1
        if cell is None or span == j + 1 or len(cell.lines) != 1:
            continue
        if j == 0 and _alone(row, cell) and titled_item(cell.text):
            # a band across the table over its rows ('Recommendation 3: ...'), opening a
            # piece carried over a page under no repeated header: one cell, not labels
            continue
        parts = _split_at(cell, [starts[k] for k in range(j, span)])
        if parts is not None:
            row[j:span] = parts
    return Table(t.page, t.bbox, [row, *t.rows[1:]], t.ruled)


def _alone(row: Sequence[Cell | None], cell: Cell) -> bool:
    """Whether the cell is the only one of its row holding any text."""
    return all(c is None or c is cell or not c.text.strip() for c in row)


def _split_at(cell: Cell, edges: Sequence[float]) -> list[Cell | None] | None:
    """The cell's one line parted at the edges (one piece each), None where an edge gets no
    word (the cell runs over a column it does not name)."""
    line = cell.lines[0]
    groups: list[list[Word]] = [[] for _ in edges]
    for w in line.words:
        groups[max(sum(1 for x in edges if x <= w.x0 + 1.0) - 1, 0)].append(w)
    if any(not g for g in groups):
        return None
    out: list[Cell | None] = []
    for k, ws in enumerate(groups):
        x1 = edges[k + 1] if k + 1 < len(edges) else cell.bbox[2]
        box = (edges[k], cell.bbox[1], x1, cell.bbox[3])
        text = " ".join(w.text for w in ws)
        ln = Line(text, (ws[0].x0, line.top, ws[-1].x1, line.bottom), line.font_size, line.bold,
                  line.page, line.index, words=ws)  # fmt: skip
        out.append(Cell(text, box, [ln], cell.fill))
    return out


def _grid_key(head: list[Line]) -> str:
    """A header row by its words and where it starts: tables of one plan printed alike."""
    x0 = min((ln.x0 for ln in head), default=0.0)
    words = " ".join(ln.text for ln in sorted(head, key=lambda ln: ln.x0))
    return f"{round(x0 / 3)}|{' '.join(words.lower().split())}"


def _known_grid(columns: list[float] | None, known: list[float] | None) -> list[float] | None:
    """The columns an earlier table under the same header had, when this one shows fewer.

    A plan prints one table per theme with one header; a theme of one or two actions has too
    few lines for its rivers, and a header cell over two columns hides one edge. Every column
    found here must be one of the earlier table's for it to be the same grid.
    """
    if not known or (columns and len(columns) >= len(known)):
        return columns
    if columns and not all(any(abs(c - k) <= 4.0 for k in known) for c in columns):
        return columns
    return list(known)


_RULE_CHARS = frozenset("-=_~")


def _text_rule(ln: Line) -> bool:
    """A line printed of dashes only ('-------- ------'): a rule drawn in text."""
    return bool(ln.words) and all(len(w.text) >= 3 and set(w.text) <= _RULE_CHARS for w in ln.words)


def _before_rule(order: list[Line], i: int, end: int) -> int:
    """Where a fixed-width table's rows end: before the title a rule of dashes underlines (the
    next table's or section's: 'MEASURES' over '--------'), or before the rule itself."""
    for j in range(i, end):
        if _text_rule(order[j]):
            above = order[j - 1] if j > i else None
            if above is not None and order[j].top - above.bottom <= 1.5 * above.font_size:
                return j - 1
            return j
    return end


def _underline(region: list[Line], head: list[Line]) -> Line | None:
    """The row of dashes a fixed-width report prints under its header (within the header's next
    few lines, nothing but dashes): each run of dashes spans one column's characters."""
    if not head:
        return None
    bottom = max(x.bottom for x in head)
    size = max(x.font_size for x in head)
    for ln in region:
        if ln in head or ln.top < bottom - 1.0:
            continue
        if ln.top - bottom > 3.5 * size:
            return None
        if _text_rule(ln):
            return ln
    return None


def _underlined_columns(underline: Line | None) -> list[float] | None:
    """Column edges from the runs of dashes under a header: two spaces or more part them, and
    each starts its column's characters (a header cell wrapped or cut short marks less)."""
    if underline is None:
        return None
    rows = text_rows([underline])
    runs = segments(rows[0]) if rows else []
    return [x0 - 0.5 for x0, _ in runs] if len(runs) >= 2 else None


def _header_columns(region: list[Line], head: list[Line]) -> list[float] | None:
    """Column edges of an unruled table: whitespace rivers, put right by its header row.

    A table of one or two rows (the end of a page, a theme with one action) has too few lines
    for rivers: its header row's cells, which name the columns, give their edges. A header
    with more cells than the rivers found, each river at one of its cells, names
    columns too short or too sparse to leave a river (a short table, a No. column): its cells
    are the edges then.
    """
    starts = stream_columns(region)
    rows = text_rows(head, region)
    edges = [x0 - 0.5 for x0, _ in segments(rows[0])] if rows else []
    edges = _unnamed_key_edge(_tier_edges(edges, region, head), region, head)
    near = all(any(abs(s - e) <= 6.0 for e in edges) for s in starts)
    if len(edges) >= 3 and len(edges) > len(starts) and near:
        return _right_set_edges(edges, region, head)
    if len(starts) >= 2:
        spans = [(x0 - 0.5, x1) for x0, x1 in segments(rows[0])] if rows else []
        columns = sorted([*starts, *_unrivered(region, head, starts, spans)])
        return _right_set_edges(align_to_header(columns, head, region), region, head)
    return None


def _right_set_edges(edges: list[float], region: list[Line], head: list[Line]) -> list[float]:
    """The edges with a right-aligned column's moved left to its widest cell: a header cell set
    flush right ('Who carries it' over names set to the right) starts where its own width puts
    it, and a name wider than the header starts left of it. A table of a row or three has no
    river there, so the edge stood at the header's left end and cut the name ('Workforce
    Development | Lead'), read with the status before it as one cell across both columns.
    A column is right-aligned when every run of the rows' words ending under its header cell
    ends at the cell's right end; its edge moves to the leftmost of those runs, when that run
    stands apart from the column before (a run gap, past that column's edge)."""
    rows = text_rows(head, region)
    if not rows or len(edges) < 2:
        return edges
    cells = segments(rows[0])
    heads = {id(ln) for ln in head}
    body = [segments(r) for r in text_rows([ln for ln in region if id(ln) not in heads], region)]
    out = list(edges)
    for k in range(1, len(out)):
        cell = [c for c in cells if abs(c[0] - 0.5 - out[k]) <= TOL]
        if len(cell) != 1:
            continue
        hx0, hx1 = cell[0]
        nxt = out[k + 1] if k + 1 < len(out) else float("inf")
        ending = [(x0, x1) for runs in body for x0, x1 in runs if hx0 - TOL < x1 < nxt]
        if not ending or any(abs(x1 - hx1) > TOL for _, x1 in ending):
            continue  # a run ending short of the header cell's right end: not set flush right
        left = min(x0 for x0, _ in ending)
        if out[k - 1] + TOL < left < hx0 - TOL:
            out[k] = left - 0.5
    return out


MAX_KEY_WORDS = 3  # the most words a code or ref left of a header's first cell prints on a line


def _unnamed_key_edge(edges: list[float], region: list[Line], head: list[Line]) -> list[float]:
    """The header's cell edges with one for a first column its header leaves blank: the rows'
    words standing wholly left of the header's first cell ('EW1.0' left of 'Description') are a
    column of their own (a code, a ref), whose header cell printed nothing. A table of a row
    or two has no river there, and its codes ran into the first named column's text. So, on
    the right, for a last column whose header cell is blank: the rows' runs opening past the
    header's right end ('At risk' right of 'Ambition 2025/26'), where the last named column
    holds values of its own left of them (a status centred under 'Status', set at its left, is
    that column's: cut off as a column of its own, the status was read in none)."""
    if not edges:
        return edges
    set_as_head = [ln for ln in region if ln in head or ln.bold]
    right = max((ln.bbox[2] for ln in set_as_head), default=edges[-1])
    return _key_edges(edges, [ln for ln in region if ln not in head], right)


def _key_edges(edges: list[float], rows: Sequence[Line], right: float) -> list[float]:
    """The edges with one for a first column and one for a last column a header row leaves
    blank (see _unnamed_key_edge): rows are the lines under the header, right its right end."""
    edges = _left_key_edge(edges, rows)
    # so for a last column whose header is blank (a rating right of 'Ambition 2025/26'): a run
    # of the rows' words opening past the header's right end, a gap before it
    past = [
        w.x0
        for ln in rows
        if not ln.bold
        for a, w in zip(ln.words, ln.words[1:], strict=False)
        if w.x0 > right + run_gap(ln.font_size) and w.x0 - a.x1 > run_gap(ln.font_size)
    ]
    if not past or min(past) <= edges[-1]:
        return edges
    cut = min(past) - 0.5
    # the last named column holds values of its own left of the run: else the run is its
    # values set centred or to the right under a header set left ('Status' over a centred 'B').
    # A run of bare marks ('●') keeps a column of its own: its fill is read there, header or none
    own = any(edges[-1] - 1.0 <= w.x0 < cut for ln in rows if not ln.bold for w in ln.words)
    said = any(
        w.x0 >= cut and any(ch.isalnum() for ch in w.text)
        for ln in rows
        if not ln.bold
        for w in ln.words
    )
    return [*edges, cut] if own or not said else edges


def _left_key_edge(edges: list[float], rows: Sequence[Line]) -> list[float]:
    """The edges with one before the first for the rows' words standing wholly left of it (a
    code, a ref under a header cell left blank, see _unnamed_key_edge)."""
    by_line = [_left_run(ln, edges[0]) for ln in rows]
    left = [w for ws in by_line for w in ws]
    # a code is a word or a few on its line; lines of prose left of the header (a newspaper's
    # other column beside a block read as a table) are no column the header left unnamed
    if any(len(ws) > MAX_KEY_WORDS for ws in by_line):
        left = []
    return [min(w.x0 for w in left) - 0.5, *edges] if left else edges


def _left_run(ln: Line, edge: float) -> list[Word]:
    """The line's words wholly left of a header's first cell where they end a run there: a code
    ('EW1.0') stands apart from the text under the header, a run's gap before it. A line whose
    words run on across the edge at a word's spacing (a heading outdented over the rows,
    'Recommendation 2 — Improve ...', or its wrapped line) is text that opens left of the
    table's columns, no column the header left unnamed: read as one, its edge cut the rows'
    text under the first header cell off the rest of their row."""
    gap = run_gap(ln.font_size)
    words = sorted(ln.words, key=lambda w: w.x0)
    ws = [w for w in words if w.x1 < edge - gap]
    rest = [w for w in words if w.x1 >= edge - gap]
    if ws and rest and rest[0].x0 - ws[-1].x1 <= gap:
        return []
    return ws


def _tier_edges(edges: list[float], region: list[Line], head: list[Line]) -> list[float]:
    """The header row's cell edges with those of its lower tier: a group's label over columns
    of their own ('Goals by year' over '2025/26' | '2026/27') prints their labels on a line
    under the header's, set as the header is (bold, its size) and above the first plain line.
    A table of a row or two (a page's foot) has no rivers for those columns, and the header
    line alone left them out: their figures ran into the column before them.

    A tier leaves the key column empty (its cell merged down over both tiers): a line opening
    in it, or left of it, is the body's first row, however bold it opens (a row's bold code,
    'R2', before plain text: a line's type is its first letter's). Read as a tier, its words
    cut the header's columns at every gap ('R2' | 'Ensure that ...'), and a page's rows under
    a header repeated over it were read as a table of their own."""
    if not edges or not head or not all(ln.bold for ln in head):
        return edges
    size = max(ln.font_size for ln in head)
    low = max(ln.bottom for ln in head)
    key_end = edges[1] if len(edges) > 1 else edges[0]
    tier: list[Line] = []
    for ln in sorted((x for x in region if x not in head), key=lambda x: x.top):
        if ln.top < low - 1.0:
            continue
        if not ln.bold or abs(ln.font_size - size) >= 0.5 or ln.top > low + size:
            break
        if ln.bbox[0] < key_end:  # it fills the key column: the body's first row
            break
        tier.append(ln)
        low = max(low, ln.bottom)
    out = list(edges)
    for row in text_rows(tier, region) if tier else []:
        for x0, _ in segments(row):
            if x0 > edges[0] and all(abs(x0 - 0.5 - e) > 6.0 for e in out):
                out.append(x0 - 0.5)
    return sorted(out)


_ALIGNED = 2.0  # points: a data word this close to a header cell's left edge starts under it


def _unrivered(
    region: list[Line],
    head: list[Line],
    starts: Sequence[float],
    cells: Sequence[tuple[float, float]],
) -> list[float]:
    """Header cells no river found ('Board commentary' right of a status column whose words
    run on into it with a space between, in a table of a row or two): a column all the same
    where a data word starts right under the header cell's left edge and no river starts under
    the header cell. A header centred over its column starts where no data word does, and one
    over right-aligned dates has the dates' river under it: neither adds a column."""
    if len(cells) < 3 or not starts:
        return []
    words = [w.x0 for ln in region if ln not in head for w in ln.words]
    return [
        e for e, right in cells
        if e > starts[0] and all(not e - 6.0 < s < right for s in starts)
        and any(abs(x - e) <= _ALIGNED for x in words)
    ]  # fmt: skip


def _rules(page: Page, region: list[Line]) -> list[float]:
    """Horizontal rules across a region of lines (row separators of a horizontally ruled table)."""
    if not region:
        return []
    x0 = min(ln.x0 for ln in region)
    x1 = max(ln.bbox[2] for ln in region)
    return horizontal_rules(page, x0, x1)


def open_table_font(t: PlanTable) -> float:
    """The size the table's rows are set in, to find where its next piece ends."""
    head = t.pieces[-1].rows[0] if t.pieces and t.pieces[-1].rows else []
    return _body_font([r.cells for r in t.rows[-3:]], head)


def _body_font(rows: Sequence[Sequence[Cell | None]], head: Sequence[Cell | None]) -> float:
    """The median text size of the rows; of the header row where there is no row yet (a header
    alone at a page's foot, its rows all on the next page)."""
    sizes = [ln.font_size for r in rows for c in r if c is not None for ln in c.lines]
    sizes = sizes or [ln.font_size for c in head if c is not None for ln in c.lines]
    return statistics.median(sizes) if sizes else 8.0


def run_gap(font_size: float) -> float:
    """The gap past which two words of a line are two runs (a header's cells), in points."""
    return 0.6 * max(font_size, 4.0)


_SAME_HEIGHT = 2.0  # points: lines whose tops are this close stand at one height (a row)


def _same_height(order: Sequence[Line], ln: Line, tops: Sequence[float] | None) -> list[Line]:
    """The lines of order whose top is within _SAME_HEIGHT of ln's, in order. With tops (order
    sorted by top) only the lines bisection finds near it are tested, by the same test (a hair
    wider a window, so rounding at the window's edge loses none)."""
    if tops is None:
        return [x for x in order if abs(x.top - ln.top) <= _SAME_HEIGHT]
    lo = bisect.bisect_left(tops, ln.top - _SAME_HEIGHT - 1e-6)
    hi = bisect.bisect_right(tops, ln.top + _SAME_HEIGHT + 1e-6)
    return [x for x in order[lo:hi] if abs(x.top - ln.top) <= _SAME_HEIGHT]


def gap_runs(words: Sequence[Word], gap: float) -> list[str]:
    """The words' texts joined into runs, parted where the gap between two (in x order) is
    wider than `gap` (stacked_head.word_runs, its texts)."""
    return [" ".join(w.text for w in run) for run in word_runs(words, gap)]


def _header_like(
    order: list[Line],
    i: int,
    alone: bool = False,
    uprights: Sequence[Ruling] = (),
    tops: Sequence[float] | None = None,
) -> bool:
    """This line and those beside it at the same height read as a row of column headers;
    alone: so read by themselves, not as the top line of a head set at several heights;
    uprights: the page's upright rules, where known (a row in capitals inside a frame);
    tops: the lines' tops where order is sorted by them (a page's lines asked one by one: the
    lines at the line's height are then found by bisection, not by a scan of the page)."""
    ln = order[i]
    same = _same_height(order, ln, tops)
    words = sorted((w for x in same for w in x.words), key=lambda w: w.x0)
    # monospace lines show their character advance over the table's lines, not one header's
    # (word_gap, never under a plain word space: words no farther apart than that are one run
    # whatever the advance, and it need not be measured)
    gap = run_gap(ln.font_size)
    if any(b.x0 - a.x1 > gap for a, b in zip(words, words[1:], strict=False)):
        gap = word_gap([x.words for x in order[max(i - 2, 0) : i + 8]], ln.font_size)
    texts = gap_runs(words, gap)
    if _one_strip(texts) and not _beside_column(order, words):
        return False  # one card's strip: 'Status:' 'Closed' 'Due: 31-Oct-2026' names no columns
    if _labelled_pairs(texts) or _dated_fields(texts) or any(map(_counted, texts)):
        return False  # 'AUTHORITY: X    PLAN START: 2026-04-01': labels with their values
    if len(texts) >= 2 and _underlined_columns(_underline(order[i : i + 4], same)):
        return True  # a row of dashes under it marks its columns, whatever its words
    # a head in small type, its scale's steps plain (low_header_tiers)
    styled = all(x.bold for x in same) or spaced_type(same) or small_styled_head(order, i)
    # capitals smaller than the rows, but not inside a drawn frame (a card's field labels)
    styled = styled or (small_capitals_head(order, i) and not framed_row(order, i, uprights))
    if _labels_like(texts, styled):
        return True
    # a head set middle-aligned, its wrapped cells above and below its one-line ones: its
    # cells read down each column from its top line (stacked_head), where no line under it
    # names the columns alone (that line opens the table, this one its upper tier)
    stacked = None if alone else stacked_head(order, i, gap)
    if stacked is not None and len(stacked[0]) > len(texts) and _labels_like(stacked[0], True):
        at = {id(x) for x in stacked[1] if abs(x.top - ln.top) > 2.0}
        if not any(
            _header_like(order, k, True, uprights) for k, x in enumerate(order) if id(x) in at
        ):
            return True
    if not styled or len(texts) < 2:
        return False  # one run of words (a heading) is parted by nothing under it
    # header cells set close together ('Figure as of now  Figure hoped for': the gap between
    # two cells no wider than a word's): the columns of the rows under it part them
    columns = _header_columns(order[i : _region_end(order, i, ln.font_size)], same)
    parted = _parted(words, columns or [])
    return len(parted) > len(texts) and _labels_like(parted, styled)


# the sign a line of labelled fields sets between its pairs ('Lead: X  |  Due: Y  |  RAG: Z'):
# a bar, a rule between cells as a character; a run of it alone is no cell. (A dot between
# fields, data/card_fields.json, stays a run: in a page of columns a strip's dot beside the
# next column's text is read as the table of cards it is.)
_PAIR_SIGNS = "|"


def _labelled_pairs(texts: Sequence[str]) -> bool:
    """The runs of a line are labels with their values, maybe parted by bars or dots printed
    between them ('Lead: X  |  Complete by: Mar-2027  |  Rating: Red'): a line of one record's
    fields, not a row of column headers. A run of the signs alone is no run; a sign glued to a
    run's end or start ('| Complete by: ...') is no part of it."""
    runs = [t.strip(_PAIR_SIGNS + " ") for t in texts]
    runs = [t for t in runs if t]
    return len(runs) >= 2 and all(_LABELLED.match(t) for t in runs)


_BARE_LABEL = re.compile(r"^[^:]{2,40}:$")  # a label with its value in a run of its own


def _one_strip(texts: Sequence[str]) -> bool:
    """The runs of a line are one card's strip of fields: a label alone whose value is the run
    after it, set apart as a pill ('Status:', 'Closed', 'Timescale: 03-Nov-2026'), a sign
    alone between two fields ('Lead officer: X', '·', 'Completion date: 8th March 2026'),
    every other run a label with its value; two fields at least, each label once, each label
    capitalised (a run opening 'by: Monday' is the rest of a strip cut at a column's edge). A
    header cell names its column and holds no value; a strip read as a header row had made the
    posts or items under it the rows of an unruled table (junk actions, the cards lost). Two
    cards' strips level in two columns print their labels twice, and a strip beside a column
    of text (_beside_column) stays for the unruled pass, which reads a page in newspaper
    columns through such lines (see _PAIR_SIGNS)."""
    labels: list[str] = []
    bare: str | None = None  # a label alone: the next run is its value
    for run in (" ".join(t.split()) for t in texts):
        if bare is not None and run and ":" not in run:
            labels.append(bare)
            bare = None
            continue
        if bare is not None or not run:
            return False
        if all(ch in FIELD_SEPARATORS or ch in _PAIR_SIGNS or ch == " " for ch in run):
            continue  # the sign between two fields
        if not run[:1].isupper():
            return False
        if _BARE_LABEL.match(run):
            bare = run[:-1].strip().lower()
            continue
        if not _LABELLED.match(run.strip(_PAIR_SIGNS + " ")):
            return False
        labels.append(run.strip(_PAIR_SIGNS + " ").split(":", 1)[0].strip().lower())
    return bare is None and len(labels) >= 2 and len(set(labels)) == len(labels)


BESIDE_LINES = 3  # lines of text wholly left or right of a strip: a column of text beside it
BESIDE_WORDS = 4  # words a line of such a column holds at least (no avatar's initials)


def _beside_column(order: Sequence[Line], words: Sequence[Word]) -> bool:
    """Whether the page sets lines of text wholly left or right of these words (a strip in
    one of two newspaper columns), BESIDE_LINES of them at least."""
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    beside = [
        ln for ln in order
        if len(ln.words) >= BESIDE_WORDS and (ln.x0 > x1 or ln.bbox[2] < x0)
    ]  # fmt: skip
    return len(beside) >= BESIDE_LINES


# cell types of a field's value after its label: a header cell names a column, it holds none
_FIELD_VALUES = frozenset({CellType.date, CellType.open_date, CellType.owner_date})


def _dated_fields(texts: Sequence[str]) -> bool:
    """Runs of a line that are fields of cards set side by side, each labelled with a date
    after its label ('By: 31 Jan 2027', 'Not yet due', 'By: 24 Jan 2027', 'Stalled': two
    boxes' field lines at one height, a status beside each date): a header cell names its
    column and holds no date of its own, so two runs that print '<label>: <date>' make the
    line a row of fields, whatever the unlabelled runs beside them say. (_labelled_pairs
    asks every run to be labelled; a status printed after its date with no label is not.)
    One such run with a status right after it ('Deadline: 19 Sep 2026', 'Not yet due': one
    box's field line level with a wrapped line of the box beside it) is a box's fields too: a
    header names a column where a date might go, never the date and its status."""
    dated = 0
    rated = False  # a '<label>: <date>' run with a status right after it
    for t, after in zip(texts, [*texts[1:], ""], strict=True):
        m = _LABELLED.match(t.strip(_PAIR_SIGNS + " "))
        if m is None:
            continue
        value = t.split(":", 1)[1].strip()
        if cell_type(value) in _FIELD_VALUES:
            dated += 1
            rated = rated or cell_type(after.strip(_PAIR_SIGNS + " ")) == CellType.rag
    return dated >= 2 or (dated == 1 and rated)


SPARSE_CELLS = 60  # a grid of this many cells or more ...
SPARSE_FILLED = 0.15  # ... with text in no more than this share of them is no table


def _sparse_grid(t: Table) -> bool:
    """A ruled grid of many cells, text in very few of them: boxes drawn apart and the lines
    joining them (an organisation chart's boxes, its reporting lines and the rules between
    levels) meet in one grid when their edges line up, each box a cell among scores of empty
    ones (17 of 240). A table prints its text in most of its cells; read as one, its header
    named no plan column and every line in the boxes was lost (plan_no_actions). Its lines
    are left to the page's other readers (the boxes' cards)."""
    cells = [c for r in t.rows for c in r]
    if len(cells) < SPARSE_CELLS or not t.rows:
        return False
    head = [c for c in t.rows[0] if c is not None and c.text.strip()]
    if len(head) >= 0.5 * len(t.rows[0]):
        return False  # a header across the columns: a chart of bars or ticks under it (Gantt)
    filled = sum(1 for c in cells if c is not None and c.text.strip())
    return filled <= SPARSE_FILLED * len(cells)


# a count of what a word names: a small whole number (no year) and the word ('3 actions')
_COUNT = re.compile(r"^\d{1,3}\s+([^\W\d]+)$")


def _counted(text: str) -> bool:
    """A run that counts what its word names ('3 actions', '1 action': a box's head says how
    many entries the box holds): a header cell names its column ('Actions'), it counts
    nothing. Side by side, the heads of boxes standing in a row ('2 actions  1 action') name
    the action role as a header row would, and the boxes' lines under them were read as an
    unruled table of no action."""
    m = _COUNT.match(text.strip())
    return m is not None and header_role(m.group(1)) is not None


_WIDER = 1.6  # a gap between two header cells is this much wider than the row's word spaces


def _parted(words: Sequence[Word], columns: Sequence[float]) -> list[str]:
    """A header row's words parted at the column edges found under it; [] where a part falls at
    a word space no wider than the row's others (a line of prose over columns, not cells)."""
    ordered = sorted(words, key=lambda w: w.x0)
    gaps = [b.x0 - a.x1 for a, b in zip(ordered, ordered[1:], strict=False)]
    if not gaps:
        return []
    space = statistics.median(gaps)
    cells: dict[int, list[str]] = {}
    last = -1
    for i, w in enumerate(ordered):
        k = sum(1 for x in columns if x <= w.x0 + 1.0)
        if i and k != last and gaps[i - 1] < _WIDER * space:
            return []
        cells.setdefault(k, []).append(w.text)
        last = k
    return [" ".join(cells[k]) for k in sorted(cells)]


def _labels_like(texts: list[str], styled: bool) -> bool:
    """A row's cell texts read as a row of column headers (_header_like)."""
    if label_header(texts, styled) or _labels(texts, styled):
        return True  # its table is kept only if its cells show what it lists (read_header)
    if len(texts) < 2 or not is_header(texts, styled=styled):
        return False
    roles = row_roles(texts)
    if len(texts) >= 3 and set(roles) & _DOING and any(r in _UNNAMED for r in roles):
        return True  # who and when named, the action not: its table is kept only if its cells
        # show a column of sentences beside them (read_header, _actions_unnamed)
    kind = styled_kind(roles, styled)
    # two columns are enough for the recommendations' own table ('No. | Recommendation')
    return kind is not None and (len(texts) >= 3 or kind == RECOMMENDATION_TABLE)


_REPEAT_GAP = 7.0  # the most space (in font sizes) under a repeated header before its rows


def _region_end(
    order: list[Line],
    i: int,
    font: float,
    held: Container[int] = frozenset(),
    boxes: Sequence[BBox] = (),
) -> int:
    """Index after the last line of the table starting at i: stops at a size change or wide gap.
    held: lines of child rows under the table's rows (plan_detail_rows), which end nothing.
    boxes: ruled tables' boxes; a gap they fill (a shaded band between the rows, a group's
    heading read as a table of one cell) is no gap. A line set smaller beside the row's text
    (a badge's initials, a status pill), with a line at the table's size at its height, is a
    cell of the row, whichever of them starts a hair higher."""
    j = i
    bottom = order[i].bottom if i < len(order) else 0.0
    span = (order[i].x0, order[i].bbox[2]) if i < len(order) else (0.0, 0.0)
    while j < len(order):
        ln = order[j]
        if j > i and id(ln) in held:
            bottom = max(bottom, ln.bottom)
            j += 1
            continue
        resized = abs(ln.font_size - font) > 1.2 and not _glyph_led(ln)
        if resized and j > i and ln.top < bottom - 2.0:
            resized = False  # a smaller status pill beside the row's text: a cell of the row
        if resized and j > i and _beside_row_text(order, j, font):
            resized = False
        if resized and j > i and ln.font_size < font and _stacked_in_cell(order, i, j, font):
            resized = False
        if resized and j > i and _banner_row(order, j, font, _starts(order, order[i])):
            resized = False
        if resized or (j > i and _gap(bottom, ln.top, boxes, span) > 4.0 * font):
            break
        bottom = max(bottom, ln.bottom)
        span = (min(span[0], ln.x0), max(span[1], ln.bbox[2]))
        j += 1
    return j


_TIERS_UNDER = 2  # lower lines of a small-capitals head's wrapped cells, at most


def _under_small_capitals(
    order: list[Line],
    i: int,
    end: int,
    held: Container[int],
    boxes: Sequence[BBox],
    uprights: Sequence[Ruling] = (),
) -> int:
    """Where a table under a header row of letter-spaced small capitals ends: such a header is
    set smaller than its rows (pipeline.spaced_letters), so the size change under it is no end
    of the table; the rows' own size, from the first line under the header, measures them.
    end: where _region_end, measuring by the header's size, ended it; kept where it is longer
    or the header is not letter-spaced."""
    head = [x for x in order[i:] if abs(x.top - order[i].top) <= 2.0]
    capitals = small_capitals_head(order, i) and not framed_row(order, i, uprights)
    if not (spaced_type(head) or capitals):  # capitals: not a card's labels in its frame
        return end
    low = max(x.bottom for x in head)
    k = next((j for j in range(i + 1, len(order)) if order[j].top > low - 1.0), len(order))
    size = max(x.font_size for x in head)
    for _ in range(_TIERS_UNDER):
        # a header cell wrapped ('WHO CARRIES' over 'IT'): its lower line, in the head's size
        # right under it, is the head's still; the rows start under it
        if k >= len(order) or abs(order[k].font_size - size) > 0.3:
            break
        if order[k].top - low > 0.8 * size:
            break
        low = max(x.bottom for x in order[k:] if abs(x.top - order[k].top) <= 2.0)
        k = next((j for j in range(k + 1, len(order)) if order[j].top > low - 1.0), len(order))
    if k >= len(order) or order[k].top - low > 4.0 * order[k].font_size:
        return end
    # the rows' size: the commonest (then the larger) of the first row's first lines, whichever
    # cell starts a hair higher (a smaller date beside the row's text)
    first = [x.font_size for x in order[k:] if x.top <= order[k].top + 2.0]
    font = max(set(first), key=lambda f: (first.count(f), f))
    k = next(j for j in range(k, len(order)) if order[j].font_size == font)
    return max(end, _region_end(order, k, font, held, boxes))


def _stacked_in_cell(order: list[Line], i: int, j: int, font: float) -> bool:
    """A line set smaller than the table's rows stacked right under a line of the region, at
    its left edge (a cell's second part in smaller type: 'proposed by <name>' under a date):
    a line of the cell, no end of the table. A row of bold labels the region starts with is a
    header (or a row of boxes' heads side by side: a lead's name over each box), whose cells
    stack no second part: a smaller line under one of them (a box's count of actions under the
    lead's name) is no row of a table, and ends it there as any size change does. A line
    running across the start of a column of the table's first row is no cell's line (a
    footnote in small type under the table, from its left edge across its columns: '10 <name>
    (<post>), <e-mail>, tel. <number>'), unless the table's rows go on right under it (a
    labelled note under an action, 'Evidence we hold: ...', run on under the cells beside it)."""
    ln = order[j]
    starts = _starts(order, order[i])
    if any(ln.x0 + 3.0 < s < ln.bbox[2] - 3.0 for s in starts) and not _rows_resume(
        order, j, font, starts
    ):
        return False
    first = [x for x in order[max(0, i - 4) : j] if abs(x.top - order[i].top) <= 2.0]
    head = {id(x) for x in first} if first and all(x.bold for x in first) else set()
    return any(  # by word: the line above may run on across the row's cells ('Amira Choudhury
        # January, 2027 November, 2025' read as one line)
        abs(w.x0 - ln.x0) <= 3.0 and 0.0 <= ln.top - w.bottom <= 0.8 * font
        for x in order[max(0, i - 4) : j]
        if x.x0 - 3.0 <= ln.x0 <= x.bbox[2] and id(x) not in head
        for w in x.words
    )


def _rows_resume(order: list[Line], j: int, font: float, starts: Sequence[float]) -> bool:
    """A line at the table's size opening at one of its columns within two lines under this
    one: the table's rows go on past it."""
    ln = order[j]
    return any(
        x.font_size >= font - 0.5
        and 0.0 <= x.top - ln.bbox[3] <= 2.0 * font
        and any(abs(x.x0 - s) <= 3.0 for s in starts)
        for x in order[j + 1 : j + 8]
    )


def _beside_row_text(order: list[Line], j: int, font: float) -> bool:
    """A line at the table's size starts at the line's height (within 2 points) after it."""
    ln = order[j]
    for x in order[j + 1 :]:
        if x.top - ln.top > 2.0:
            return False
        if abs(x.font_size - font) <= 1.2:
            return True
    return False


def _gap(
    top: float, bottom: float, boxes: Sequence[BBox], span: tuple[float, float] = (-1e9, 1e9)
) -> float:
    """The height between two lines that no ruled table's box fills: only a box across the
    region's width (span: its left and right) fills it, not one beside it in another column of
    the page, and boxes one over another fill their shared height once."""
    cover = sorted(
        (max(b[1], top), min(b[3], bottom))
        for b in boxes
        if b[0] < span[1] and b[2] > span[0] and min(b[3], bottom) > max(b[1], top)
    )
    filled, reach = 0.0, top
    for lo, hi in cover:
        if hi > reach:
            filled += hi - max(lo, reach)
            reach = hi
    return bottom - top - filled


def _banner_row(order: list[Line], j: int, font: float, starts: Sequence[float]) -> bool:
    """A heading set larger inside an unruled table ('Finding F2: ...' over its workstream's
    rows, wrapped or not): bold lines alone at their height, the next line back at the
    table's size, in a row of two cells or more (a table row, not a paragraph of prose) not
    all bold, and no new header row (a heading over the next table: a tier of its header), its
    cells starting where two of the table's first row do (a heading over a list of its own,
    a glossary, has its own columns). starts: where the cells of the table's first row start."""
    ln = order[j]
    if not _lone_bold(order, ln):
        return False
    after = j + 1
    while after < len(order) and order[after].top <= ln.bottom - 1.0:
        after += 1
    while (  # the heading's next line, wrapped
        after < len(order) and order[after].font_size == ln.font_size
        and _lone_bold(order, order[after])
        and order[after].top - order[after - 1].bottom <= ln.font_size
    ):  # fmt: skip
        after += 1
    if after >= len(order) or abs(order[after].font_size - font) > 1.2:
        return False
    nxt = order[after]
    if nxt.top - order[after - 1].bottom > 4.0 * font or _header_like(order, after):
        return False
    row = [x for x in order if abs(x.top - nxt.top) <= 2.0]
    if all(x.bold for x in row):
        return False  # a bold row: a header's tier
    shared = [x for x in _starts(order, nxt) if any(abs(x - s) <= _ALIGN for s in starts)]
    return len(shared) >= 2


def _lone_bold(order: list[Line], ln: Line) -> bool:
    """A bold line with nothing beside it at its height."""
    return ln.bold and not any(abs(x.top - ln.top) <= 2.0 for x in order if x is not ln)


_ALIGN = 4.0  # points: a cell starting this near a column's start is in that column


def _starts(order: list[Line], ln: Line) -> list[float]:
    """Where the cells of the row at this line's height start: its words parted at gaps wider
    than a word space could be (a line of prose is one cell)."""
    words = sorted((w for x in order if abs(x.top - ln.top) <= 2.0 for w in x.words),
                   key=lambda w: w.x0)  # fmt: skip
    gaps = zip([None, *words], words, strict=False)
    return [b.x0 for a, b in gaps if a is None or b.x0 - a.x1 > 1.5 * ln.font_size]


def _glyph_led(ln: Line) -> bool:
    """The line opens with a symbol and no letter or digit ('● Within tolerance', '▲ Late'): a
    status mark or bullet set larger than the text beside it sizes the line, not the table's
    text, so its size says nothing of where the table ends."""
    first = ln.text.split()[0] if ln.text.split() else ""
    return bool(first) and not any(ch.isalnum() for ch in first)


def _fits(region: list[Line], starts: list[float]) -> bool:
    """Most lines of the region start at one of the known column edges."""
    hits = sum(1 for ln in region if any(abs(ln.x0 - s) <= 4.0 for s in starts))
    return hits >= 0.6 * len(region)
