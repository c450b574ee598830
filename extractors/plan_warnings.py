"""What the plan reader is unsure of, or found missing where something should be (issue 11).

A plan read with no action, a column no role was found for, due dates that could not be read,
or a table whose column roles are uncertain each get a warning with a stable code, so that
`extract`, `ingest` and the coverage report say so instead of showing an empty plan or '0%
covered'. Codes (README):

- plan_no_actions: no action was read: the plan has tables none of which was read as actions, or
  no table and no action card at all (a layout not recognised), or only KPI rows (a scorecard, or
  actions in a layout not recognised: the message says which is likelier, by the text left
  outside every table and card).
- plan_column_unplaced: a column with content got no role; its cells are not read. Also notes
  across an action grid, and the note closing it under its last row, under a label no
  vocabulary reads as progress (note_rows_unread). Also a column of long prose whose header
  names no role, set beside the actions as 'other' and read into no field (_prose_unused).
- plan_due_dates_unread: actions were read but none (or only some) of their due dates: coverage
  by date is unknown for those actions (dates in plan months, 'Month 7', in a plan that prints
  no 'Month 1 is ...' are named as such); also a run of action cards none of whose due dates could
  be read (no date label, or values that read as no date) in a plan dated elsewhere.
- plan_low_confidence: a table's column roles rest on weak evidence (cells only, or cells that
  disagree with the header); check with `plantrace tables FILE`.
- plan_actions_doubtful: actions read look like pieces of others: their text opens mid-sentence
  (a lower-case word), or they alone have no reference among actions that nearly all have one;
  the layout was probably cut in the wrong places. Also lines of an action's fields left outside
  every action: labelled like the plan's cards, or giving an owner or a due date with leader
  dots ('Lead officer ........ Head of Early Help'). Also actions printed but not read: cells of
  a second action column ('Action 1 | Lead 1 | Action 2 ...') that became no action, and text
  outside every action (a box, a paragraph) opening with a ref of the actions' shape that no
  action has and naming a date (a strip the reader did not take). Also actions whose ref reads
  as two or more refs of the plan's own shape ('1.1 1.2' where the others are '3.1'): the rows
  of two printed actions were read as one (_joined_ref_warnings); so too an action whose due
  cell reads as two dates and nothing else ('Aug-25 28.02.25') and whose text runs one
  sentence into another with no stop ('... review meeting Expand the ...').
- plan_actions_missing: the actions' refs number them through the plan ('RM1' .. 'RM12') but some
  numbers in that run were not read: actions may have been missed.
- plan_links_unread: actions whose recommendation cell names a number ('Rec 2') link to no
  recommendation: the plan's statement of that recommendation was not read (a list in a form not
  recognised), so coverage by recommendation is wrong for them; also every action's ref coding
  its recommendation ('REC1/01', 'R2-03') where no action links to one (the list under those
  codes, an appendix say, was not read).
- plan_refs_doubtful: a few action refs read as two pieces ('e 1') where the plan's other refs
  are one word: something printed beside the ref was read into it.
- plan_links_partial: three in four actions or more link to a recommendation but a few link to
  none: the plan links its actions, so those links were probably not read.
- plan_status_unread: actions were read but no status for any of them, always (as owners and due
  dates are): where the plan prints a status column (or a card status label) the message says
  what its cells hold (words, fills, or nothing), other readers say the statuses they saw and
  could not join (tiles, stamps, updates opening with a status word); otherwise a plain one
  (unrated_warning): if the plan rates them it was not read, RAG coverage is unknown, not
  'unrated'. Also a status key with no red step whose worst amber step was read as red (the
  step quoted).
- plan_owners_unread: actions were read but no owner for any of them: either the plan names none
  or it names them in a way not read (a colour key, another sheet); coverage by owner is unknown.
- plan_rows_set_aside: a register of several kinds of entry (risks, actions, issues, decisions)
  says each row's kind in a column of category words: only the action rows were read as actions,
  the others (how many, of which kinds) set aside (register_rows).
- plan_parent_unknown: an export that names each row's parent by key cites keys no row holds: those
  rows are read unlinked (parent_rows).
- plan_rows_reordered: an action table lists its actions by their due dates (a delivery schedule,
  earliest first) with their refs out of sequence: the actions are read in their refs' order, the
  plan's own (date_schedule). Also a schedule's due cells that read a band's period after their
  date ('31.12.27 April - June 2028'): read as the date alone, the cells quoted.
- status_scale_inferred: actions whose status reads only 'In progress' (or 'Ongoing') were rated
  green, a colour the plan does not print: the table's status scale rates trouble ('At risk',
  'Blocked', a board's 'At risk' column) and the plan prints no on-track word, so 'In progress'
  was taken as its on-track step (status_scale); the message names the count and the words.
  Also card status chips or stamps whose words no vocabulary knows ('PLOT TWIST' on amber),
  read by the tint they are printed on (plan_chip_key.tint_read_words): the words quoted.
  Also statuses read from the answers to yes/no question columns ('Started?', 'On schedule?',
  'Signed off?') by the common rule, the plan printing no status (question_columns); the actions
  whose answers fit no step of that rule are said under plan_status_unread.
- dates_month_first: the plan's numeric dates were read month first because one of them can only
  be ('12/31/2025') and none only day first; no layout profile said so, so the user is told.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Collection, Mapping, Sequence

from plantrace.extractors.card_labels_aside import aside_label_warnings
from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.chrome_actions import chrome_action_warnings
from plantrace.extractors.column_roles import ColumnRole
from plantrace.extractors.fieldless_actions import fieldless_action_warnings
from plantrace.extractors.form_blanks import all_form_blanks
from plantrace.extractors.note_rows_unread import unread_note_rows, unread_tail_notes
from plantrace.extractors.owner_redactions import owner_warnings
from plantrace.extractors.plan_actions import THROUGH_SHARE, numbered_in_parts, numbered_through
from plantrace.extractors.plan_cards import field_line, is_card_table, label_key
from plantrace.extractors.plan_column_groups import unfold_column_groups
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    KPI_TABLE,
    Element,
    PlanTable,
    header_role,
    is_forecast_label,
)
from plantrace.extractors.plan_prose import leader_field, leader_role
from plantrace.extractors.plan_recommendations import names_number, placed_recommendation_codes
from plantrace.extractors.plan_status_words import (
    guessed_key_steps,
    ink_against_words,
    unread_status_words,
)
from plantrace.extractors.plan_tags import tag_cell
from plantrace.extractors.plan_update_status import opening_status
from plantrace.extractors.question_columns import question_warnings
from plantrace.extractors.quoted_links import is_cut
from plantrace.extractors.ref_order import out_of_order_warnings
from plantrace.extractors.ref_status_lines import (
    scale_named_warnings,
    status_only_updates_warnings,
)
from plantrace.extractors.run_in_labels import (
    card_fields_in_other_tables,
    run_in_field_warnings,
    run_in_status_warnings,
)
from plantrace.extractors.scale_step_words import unscaled_step_words
from plantrace.extractors.status_as_text import statuses_read_as_text
from plantrace.extractors.status_unread import printed_status_warnings
from plantrace.extractors.unlinked_sections import unlinked_section_warnings
from plantrace.extractors.unread_measure_lines import unread_measure_lines
from plantrace.extractors.unread_measures import unread_measure_warnings
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few
from plantrace.pipeline.document import Line, Table
from plantrace.pipeline.normalise.dates import (
    OPEN_ENDED,
    dated_mentions,
    names_plan_time,
    parse_date,
    parse_due,
    written_month_first,
)
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

LOW_CONFIDENCE = 0.6  # below this a table's weakest column role is worth a person's look
# a scorecard's own text (title, preamble, notes) runs to a dozen lines or so; a plan whose
# action cards were not recognised leaves dozens outside any table
LOOSE_TEXT = 20
_STRAY_LEADERS = 2  # leader lines giving who or when outside every action: one action's pair
# a ref as a stem and its last number ('#106', 'RM12', '2.3', 'REC-4'): refs of one run share
# the stem
_REF_TAIL = re.compile(r"^(?P<stem>[A-Za-z#]{0,4}[-.]?(?:\d{1,3}[.])*)(?P<num>\d{1,4})[.):]?$")


def _kpis_only(kpis: int, elements: Sequence[Element]) -> str:
    loose = _loose_lines(elements)
    if loose >= LOOSE_TEXT:
        return (
            f"no action was read, only {kpis} KPI row(s), while {loose} lines of text outside its"
            " tables were not read as actions: if the document is a scorecard of measures alone"
            " nothing is missing; if it also lists actions, their layout was not recognised"
            " (check with `plantrace tables FILE`)"
        )
    return (
        f"no action was read, only {kpis} KPI row(s): the document reads as a scorecard of"
        " measures alone; if it lists actions too, their layout was not recognised (check with"
        " `plantrace tables FILE`)"
    )


def _loose_lines(elements: Sequence[Element]) -> int:
    return sum(len(el.lines) for el in elements if el.table is None and el.raw is None)


def plan_warnings(
    elements: Sequence[Element],
    actions: Sequence[Action],
    *,
    kpis: int = 0,
    profiled_month_first: bool = False,
    cited: Sequence[str | None] = (),
    dated_by_heading: Collection[int] = (),
    rag_key: Mapping[str, str] | None = None,
    rec_labels: Collection[str] | None = None,
    key_rows: Sequence[tuple[int, str]] = (),
    table_keys: Mapping[int, Mapping[str, str]] | None = None,
) -> list[ExtractionWarning]:
    """Warnings over the elements read and the actions found (kpis: how many KPI rows were read,
    named when they are all that was read; profiled_month_first: a layout profile says the dates are month first, so nothing was
    inferred; cited: each action's recommendation cell as printed, None where it has none;
    dated_by_heading: ids of the tables whose actions took their due date from the date
    heading they stand under (plan_groups), so their own labels need name none; rag_key: the
    plan's own status words, so an update opening with one is read as rate_from_updates reads it;
    rec_labels: the labels the plan prints against the recommendations read ('REC' of 'REC2'),
    None where none was read; key_rows: (page, text) of the key rows taken out of tables;
    table_keys: each action table's own key (by id: its words' inks, inked_status_column), by
    which its status words were read)."""
    from plantrace.extractors.field_value_rows import unread_record_kinds  # built on columns
    from plantrace.extractors.log_pieces import unjoined_log_pieces

    out: list[ExtractionWarning] = unread_record_kinds(elements)  # an export's kinds unread
    out += unjoined_log_pieces(elements)  # a log's piece on a later page joined to nothing
    out += unread_measure_warnings(elements)  # a scorecard's cells under no header read
    out += unread_measure_lines(elements)  # a scorecard's rows left as lines of text
    out += aside_label_warnings(elements, actions)  # card updates under a label not known
    out += unread_note_rows(elements, actions)  # notes across a grid, label not known
    out += unread_tail_notes(elements, actions)  # and the last one, under the grid
    out += question_warnings([el.table for el in elements if el.table is not None])
    if not profiled_month_first:
        out += _month_first_warnings(actions)
    tables = [el for el in elements if el.table is not None or el.raw is not None]
    plan_tables = [el.table for el in elements if el.table is not None]
    # a KPI table read as one is a scorecard, not a table whose actions went unread
    grids = [el for el in tables if el.table is None or el.table.kind != KPI_TABLE]
    if not actions and _has_grids(grids):
        first = grids[0].page if grids else None
        out.append(ExtractionWarning(
            code="plan_no_actions",
            message=f"the plan has {len(grids)} table(s) but no action was read from them: its"
            " column headers were not recognised; check with `plantrace tables FILE`",
            page=first,
        ))  # fmt: skip
    elif not actions and not kpis:  # no table, no card: nothing to read is never silent
        out.append(ExtractionWarning(
            code="plan_no_actions",
            message="no action was read: the document was classed as a plan but no action table,"
            " action card or KPI table was recognised; coverage cannot be measured from it",
            page=None,
        ))  # fmt: skip
    elif not actions:
        # KPIs only. An improvement plan with no action is never taken as complete without a
        # word: a scorecard of measures alone is told so, and much text outside every table and
        # card points at actions in a layout not recognised
        out.append(ExtractionWarning(code="plan_no_actions", message=_kpis_only(kpis, elements)))
    for t in plan_tables:
        if t.reading is None or t.kind not in (ACTION_TABLE, KPI_TABLE):
            continue
        card = is_card_table(t)
        what, parts = ("card label", "values") if card else (f"{t.kind} table's column", "cells")
        article = "an" if what[0] in "aeiou" else "a"  # 'an action table's column', not 'a action'

        # a table of repeating column groups is read unfolded, a row a group: a group column
        # left unplaced in one group ('Progress 1') takes the role its other groups were given
        unfolded_t = unfold_column_groups(t)
        unfolded_t = unfolded_t if unfolded_t.reading is not None else t
        unfolded = unfolded_t.reading or t.reading
        for c in unfolded.unplaced:
            if all_form_blanks(r.text(c.index) for r in unfolded_t.rows):
                continue  # a form's signature line ('Signed: ......'): furniture, nothing unread
            n = sum(c.types.values())
            out.append(ExtractionWarning(
                code="plan_column_unplaced",
                message=f"{article} {what} {c.label or f'#{c.index + 1}'!r} ({n} {parts}) could not be"
                f" placed: its {parts} are not read",
                page=t.page,
            ))  # fmt: skip
        out += _prose_unused(unfolded_t, unfolded.columns, f"{article} {what}", parts)
        due_c = t.col("due") if t.kind == ACTION_TABLE else None
        if due_c is not None and due_c < len(t.labels) and is_forecast_label(t.labels[due_c]):
            out.append(ExtractionWarning(
                code="due_from_forecast",
                message=f"the table's only finish dates are a forecast ({t.labels[due_c]!r}):"
                " read as the actions' due dates, as no planned or agreed date is printed",
                page=t.page,
            ))  # fmt: skip
        if t.reading.confidence < LOW_CONFIDENCE and t.rows:
            weak = min((c for c in t.reading.columns if c.role is not None),
                       key=lambda c: c.confidence)  # fmt: skip
            out.append(ExtractionWarning(
                code="plan_low_confidence",
                message=f"{'an' if t.kind[0] in 'aeiou' else 'a'} {t.kind} table's column roles are"
                f" uncertain (confidence "
                f"{t.reading.confidence:.2f}; weakest: {weak.label or f'#{weak.index + 1}'!r} read"
                f" as {weak.role}); check with `plantrace tables FILE`",
                page=t.pieces[0].page if t.pieces else t.page,
            ))  # fmt: skip
    due = _due_warnings(actions)
    out += due or _card_due_warnings(
        [t for t in plan_tables if id(t) not in dated_by_heading], actions
    )
    status = _status_warnings(plan_tables, actions, rag_key)
    # statuses printed (a stamp, a badge, a chip) yet read for no action: said, never unrated
    out += (
        status
        or printed_status_warnings(elements, actions, rag_key)
        or scale_named_warnings(elements, actions, rag_key)  # statuses asked for, none read
        or status_only_updates_warnings(actions, rag_key)  # 'Progress: Planned'
        or run_in_status_warnings(  # '· Status: Late' (the cells: read only where none is rated)
            actions,
            rag_key,
            _cell_texts(plan_tables) if actions and all(a.rag is None for a in actions) else (),
        )
    )
    if any(a.rag is not None for a in actions):  # else _status_warnings says the column's words
        out += unread_status_words(plan_tables, rag_key, actions, table_keys)
        out += unscaled_step_words(plan_tables, actions)  # 'Under way' with no scale printed
    out += ink_against_words(plan_tables)  # 'Road closed' in red, no code to settle it: said
    out += guessed_key_steps(elements, key_rows)  # a key's worst amber step read red, said
    out += owner_warnings(plan_tables, actions, _owner_warnings(actions))  # withheld: said
    out += _fragment_warnings(actions)
    out += _gap_warnings(actions)
    out += _run_cut_short(elements, actions)  # 'P03' .. on lines after the rows read
    out += out_of_order_warnings(actions)  # refs stepping back: a sort not recognised
    # actions numbered by section under numbered headings, no recommendation read: said
    out += _link_warnings(actions, cited, rec_labels) + _quote_link_warnings(
        actions, cited
    ) or unlinked_section_warnings(actions, elements, recommendations_read=rec_labels is not None)
    out += _partial_link_warnings(actions)
    out += _stray_piece_warnings(actions)
    out += _joined_ref_warnings(actions)  # '1.1 1.2': two printed actions read as one
    out += _stray_card_warnings(elements, plan_tables, actions)
    out += card_fields_in_other_tables(elements, plan_tables)  # cards read as a list
    out += _stray_leader_warnings(elements)
    out += _stray_ref_warnings(elements, actions)
    out += _unread_action_cells(plan_tables, actions)
    out += _unread_ref_boxes(elements, actions)
    out += _swallowed_ref_rows(plan_tables, actions)  # a page's rows run into one, dropped
    out += _fields_in_text(actions)
    out += run_in_field_warnings(actions, rag_key)  # 'Tom Ellery · Deadline: 22 May'
    out += _unplaced_tag_warnings(elements, actions)
    out += fieldless_action_warnings(actions)  # bare among actions with owner, date, status
    out += chrome_action_warnings(actions)  # a sender line or a rec label read into an action
    return unique(out)


def _cell_texts(tables: Sequence[PlanTable]) -> list[str]:
    """The texts of the action tables' cells, row by row."""
    return [
        r.text(i)
        for t in tables
        if t.kind == ACTION_TABLE
        for r in t.rows
        for i in range(len(r.cells))
    ]


_JOINED_REFS = re.compile(r"[/&,+]|\band\b")  # 'R2.3 / R4.2': two refs, no stray piece


def _stray_piece_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """A warning when a few refs hold a second piece ('e 1', '4(v) 1') where the plan's other
    refs are one word: a letter, mark or number printed beside the ref was read into it, so the
    ref is wrong and an action may be matched to no other record of it."""
    refs = [a.ref.strip() for a in actions if a.ref and a.ref.strip()]
    odd = [r for r in refs if len(r.split()) > 1 and not _JOINED_REFS.search(r)]
    if not odd or len(refs) - len(odd) < _LINKED_SHARE * len(refs):
        return []
    shown = first_few([repr(r) for r in odd], 4)
    return [ExtractionWarning(
        code="plan_refs_doubtful",
        message=f"{len(odd)} of {len(refs)} action refs read as two pieces ({shown}) where the"
        " others are one: something printed beside the ref was read into it; check the refs",
        page=next((a.provenance.page for a in actions if a.ref and a.ref.strip() == odd[0]
                   and a.provenance), None),
    )]  # fmt: skip


_LINKED_SHARE = 0.75  # of a plan's actions, the share linked before one unlinked is a doubt

# one action ref of a number shape ('3.1', 'A2', '4-2', '2.1a'): a joined pair is two of these
_ONE_REF = re.compile(r"^[A-Z]{0,3}\d{1,3}(?:[.\-/]\d{1,3})*[a-z]?$", re.I)


def _ref_shape_key(ref: str) -> str:
    """A ref's shape: its letters kept, each run of digits one '9' ('3.1' and '12.4': '9.9')."""
    return re.sub(r"\d+", "9", ref.upper())


# a sentence run into the next with no stop: a lower-case word, then a capitalised one that
# opens a clause (an imperative verb: a word of three letters or more, then a lower-case word)
_RUN_ON = re.compile(r"\b[a-z]{2,}\s+[A-Z][a-z]{2,}\s+(?:the|a|an|all|every|[a-z]{3,})\b")


def _two_dates(due_raw: str | None) -> bool:
    """A due cell read as two dates and nothing else ('Aug-25 28.02.25'): each word a date."""
    words = (due_raw or "").split()
    return len(words) == 2 and all(
        any(ch.isdigit() for ch in w) and parse_date(w) is not None for w in words
    )


def _joined_row_actions(actions: Sequence[Action]) -> list[Action]:
    """Actions with no ref whose due cell is two dates and whose text runs two sentences into
    one: the rows of two printed actions read as one (_joined_ref_warnings)."""
    return [
        a for a in actions
        if _two_dates(a.due_raw) and _RUN_ON.search(a.text) is not None
        and sum(_two_dates(b.due_raw) for b in actions) * 2 < len(actions)
    ]  # fmt: skip


def _joined_ref_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """plan_actions_doubtful where an action's ref reads as two or more refs of the shape the
    plan's other refs have, one a piece ('1.1 1.2' where others are '3.1', '3.2'): the rows of
    two printed actions (no rule between them, text wrapping past the row) were read as one
    action, their texts joined, and one action is missing. A ref naming two with a joiner
    ('R2.3 / R4.2', '1.1 and 1.2') is an action answering both, not said."""
    refs = [(a, a.ref.split()) for a in actions if a.ref and a.ref.strip()]
    single = {_ref_shape_key(p[0]) for _, p in refs if len(p) == 1 and _ONE_REF.match(p[0])}
    joined = [
        a for a, pieces in refs
        if len(pieces) > 1 and len(set(pieces)) == len(pieces)
        and all(_ONE_REF.match(p) and _ref_shape_key(p) in single for p in pieces)
    ]  # fmt: skip
    if joined:
        shown = first_few([repr(a.ref) for a in joined], 4)
    elif rows := _joined_row_actions(actions):
        shown = ", ".join(repr(f"{_clip(a.text)} | {a.due_raw}") for a in rows[:2])
        return [ExtractionWarning(
            code="plan_actions_doubtful",
            message=f"{len(rows)} action(s) read with two due dates and two sentences run"
            f" together ({shown}) where the plan's other actions have one date: the rows of two"
            " printed actions were read as one action, their texts joined; check them",
            page=rows[0].provenance.page if rows[0].provenance else None,
        )]  # fmt: skip
    else:
        return []
    return [ExtractionWarning(
        code="plan_actions_doubtful",
        message=f"{len(joined)} action(s) read with two or more refs ({shown}) where the plan's"
        " other actions have one: the rows of several printed actions were read as one action,"
        " their texts joined; check them",
        page=joined[0].provenance.page if joined[0].provenance else None,
    )]  # fmt: skip


def _partial_link_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """A warning when nearly every action links to a recommendation but a few link to none:
    the plan links its actions, so an action with no link is one whose link went unread (a
    cell, a group row or a heading missed), and coverage by recommendation would miss it."""
    bare = [a for a in actions if not a.recommendations]
    linked = len(actions) - len(bare)
    if not bare or linked < _LINKED_SHARE * len(actions):
        return []
    return [ExtractionWarning(
        code="plan_links_partial",
        message=f"{len(bare)} of {len(actions)} actions link to no recommendation while the others"
        f" do ({bare[0].text[:60]!r} ..): their link may not have been read; check the plan",
        page=bare[0].provenance.page if bare[0].provenance else None,
    )]  # fmt: skip


def _link_warnings(
    actions: Sequence[Action],
    cited: Sequence[str | None],
    rec_labels: Collection[str] | None = None,
) -> list[ExtractionWarning]:
    """A warning naming the recommendations that actions cite but that link to nothing: the
    plan prints the link, so the recommendation it names went unread (its list in a form not
    recognised), and the coverage report would show it unanswered without a word. An action
    cites one by a cell naming its number ('Rec 2'), or, where every action's ref codes its
    recommendation ('REC1/01', 'R2-03': recommendation_codes) and none links to one, by that
    code: the plan lists them under those codes somewhere (an appendix, an annex) in a form not
    read. rec_labels: the labels printed against the recommendations read, None where none
    was. One warning for both."""
    placed = placed_recommendation_codes([a.ref for a in actions], rec_labels)
    codes, at_end = placed if placed is not None else (None, False)
    if any(a.recommendations for a in actions):
        codes = None
    unread: list[tuple[Action, str]] = []
    by_code = False  # some action cites one only by its ref's code
    for i, a in enumerate(actions):
        raw = cited[i] if i < len(cited) else None
        if a.recommendations:
            continue
        if raw and names_number(raw):
            unread.append((a, raw.strip()))
        elif codes is not None:
            unread.append((a, codes[i]))
            by_code = True
    if not unread:
        return []
    labels = list(dict.fromkeys(raw for _, raw in unread))
    shown = first_few([repr(x) for x in labels], 6)
    how = f" by the code {'ending' if at_end else 'opening'} its ref" if by_code else ""
    return [ExtractionWarning(
        code="plan_links_unread",
        message=f"{len(unread)} of {len(actions)} actions cite a recommendation{how} ({shown})"
        " that was not read: the plan's statement of it is in a form not recognised, so these"
        " actions link to no recommendation; check the recommendations read",
        page=unread[0][0].provenance.page if unread[0][0].provenance else None,
    )]  # fmt: skip


def _quote_link_warnings(
    actions: Sequence[Action], cited: Sequence[str | None]
) -> list[ExtractionWarning]:
    """A warning naming the link cells cut short ('Improve the timeliness and...', a quote of a
    recommendation's opening words) whose actions link to nothing: the words begin no
    recommendation read, or several (a quote too short to tell them apart), so the link is
    unknown rather than guessed."""
    unread = [
        (a, raw.strip())
        for a, raw in zip(actions, cited, strict=False)
        if not a.recommendations and raw and is_cut(raw)
    ]
    if not unread:
        return []
    labels = list(dict.fromkeys(raw for _, raw in unread))
    shown = first_few([repr(x) for x in labels], 4)
    return [ExtractionWarning(
        code="plan_links_unread",
        message=f"{len(unread)} of {len(actions)} actions quote a recommendation's opening words"
        f" cut short ({shown}) that begin no recommendation read, or several: these actions link"
        " to no recommendation; check the recommendations read",
        page=unread[0][0].provenance.page if unread[0][0].provenance else None,
    )]  # fmt: skip


def _stray_card_warnings(
    elements: Sequence[Element], tables: Sequence[PlanTable], actions: Sequence[Action] = ()
) -> list[ExtractionWarning]:
    """A warning when lines labelled like the plan's action cards ('Named steward: ...') lie
    outside every card: a card the reader did not take, so an action is missing there."""
    labels = {
        label_key(label)
        for t in tables
        if t.kind == ACTION_TABLE and is_card_table(t)
        for label, role in zip(t.labels, t.roles, strict=False)
        if role not in (None, "action")
    }
    if not labels:
        return []
    stray = [
        ln
        for el in elements
        if el.table is None
        for ln in (el.lines if el.raw is None else _box_lines(el.raw, actions))
        if (f := field_line(ln)) is not None and label_key(f[0]) in labels
    ]
    if not stray:
        return _stray_grid_cards(elements, tables, actions)
    return _doubtful(
        f"{len(stray)} line(s) labelled like the plan's action cards lie outside every card",
        [ln.text for ln in stray],
        ": an action there may not have been read; check with `plantrace tables FILE`",
        stray[0].page,
    )


def _box_lines(raw: Table, actions: Sequence[Action]) -> list[Line]:
    """The lines of a box drawn round a card that no reader took: a one-column ruled table (a
    lead's box of one action, its head strip over the action, drawn apart from the boxes read
    beside it) holding no read action's text; [] for any other table (a grid's cells, or a
    panel round cards another reader took)."""
    if not raw.rows or any(sum(1 for c in r if c is not None) != 1 for r in raw.rows):
        return []
    lines = [ln for r in raw.rows for c in r if c is not None for ln in c.lines]
    text = text_key(" ".join(ln.text for ln in lines))
    read = [text_key(a.text)[:40] for a in actions if a.text]
    return [] if any(key in text for key in read if len(key) >= 20) else lines


STRAY_GRID_LABELS = 2  # the plan's card labels a grid read as no table must hold to be a card
STRAY_GRID_WORDS = 12  # and the words besides them: an action's title and its values at least
LABEL_GAP = 2  # words between two labels of a card's label row (a wrapped label's tail)


def _stray_grid_cards(
    elements: Sequence[Element], tables: Sequence[PlanTable], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning when a grid read as no table (its header not recognised: a label wrapped onto
    two lines, 'EXPECTED' over 'BY', and the card read as one cell) prints two or more of the
    labels of the plan's action cards, as printed (case and words), in their order and next to
    each other (a label row, not words of prose), and words enough besides for an action's
    title and values (a key or a measure's row naming two labels is no card): a card the
    reader did not take, its action missing. A grid holding a read action's text (a section's
    panel round cards another reader took) is none."""
    rows = {
        tuple(
            label.strip()
            for label, role in zip(t.labels, t.roles, strict=False)
            if role not in (None, "action") and label and label.strip()
        )
        for t in tables
        if t.kind == ACTION_TABLE and is_card_table(t)
    }

    def card_like(text: str) -> bool:
        """Two of a card's labels in their order, at most LABEL_GAP words apart (a label row,
        not words of prose), and words enough besides them."""
        for labels in rows:
            spans = []
            for label in labels:
                m = re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)
                spans.append((len(text[: m.start()].split()), len(text[: m.end()].split()), label)
                             if m else None)  # fmt: skip
            found = [x for x in spans if x is not None]
            near = any(
                0 <= b[0] - a[1] <= LABEL_GAP for a, b in zip(found, found[1:], strict=False)
            )
            rest = text
            for _, _, label in found:
                rest = rest.replace(label, " ")
            if len(found) >= STRAY_GRID_LABELS and near and len(rest.split()) >= STRAY_GRID_WORDS:
                return True
        return False

    read = [text_key(a.text)[:40] for a in actions if a.text]
    stray = [
        el
        for el in elements
        if el.raw is not None
        and card_like(" ".join(el.text.split()))
        and not any(key in text_key(el.text) for key in read if len(key) >= 20)
    ]
    if not stray:
        return []
    return _doubtful(
        f"{len(stray)} grid(s) printing the labels of the plan's action cards were read as no card",
        [" ".join(stray[0].text.split())],
        ": an action there may not have been read; check with `plantrace tables FILE`",
        stray[0].page,
    )


def _stray_leader_warnings(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """A warning when lines giving an action's owner or due date with leader dots ('Lead
    officer ........ Head of Early Help', 'Target date ..... March 2027') lie outside every
    action read: the fields of actions whose titles were not recognised (no number, an
    unfamiliar heading), so those actions are missing. A contents line ('Timescales .... 12')
    gives no date and no person, and is no such line."""
    stray = [
        ln
        for el in elements
        if el.table is None and el.raw is None
        for ln in el.lines
        if _leader_gives_who_or_when(ln.text)
    ]
    if len(stray) < _STRAY_LEADERS:
        return []
    return _doubtful(
        f"{len(stray)} line(s) giving an owner or a due date with leader dots lie outside"
        " every action read",
        [ln.text for ln in stray],
        ": the actions they belong to were not recognised; check with `plantrace tables FILE`",
        stray[0].page,
    )


def _stray_ref_warnings(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning when a paragraph right after an action table, on its page, opens with the ref
    the table's run of refs lacks ('#106' after '#101' .. '#105', or one missing between them):
    an action the reader could not take as a row (a card with no who or when) left as text."""
    runs: dict[str, set[int]] = {}
    for a in actions:
        m = _REF_TAIL.match(a.ref or "")
        if m is not None:
            runs.setdefault(m.group("stem"), set()).add(int(m.group("num")))
    stray = [
        el
        for prev, el in zip(elements, elements[1:], strict=False)
        if prev.table is not None and prev.table.kind == ACTION_TABLE
        and el.table is None and el.raw is None and el.lines and el.page == prev.page
        and _lacked_ref(el.lines[0].text, runs)
    ]  # fmt: skip
    if not stray:
        return []
    return _doubtful(
        f"{len(stray)} paragraph(s) after an action table open with a ref its actions lack",
        [el.text for el in stray],
        ": an action there was not read; check with `plantrace tables FILE`",
        stray[0].page,
    )


def _lacked_ref(text: str, runs: dict[str, set[int]]) -> bool:
    """Whether the text opens with a ref the actions' refs under its stem lack: the next one
    after their highest, or one missing between them (at least two read under that stem)."""
    words = text.split()
    m = _REF_TAIL.match(words[0]) if len(words) > 1 else None
    if m is None:
        return False
    read = runs.get(m.group("stem"), set())
    num = int(m.group("num"))
    return len(read) >= 2 and num not in read and min(read) < num <= max(read) + 1


_KEY_CHARS = 40  # the opening of an action's text that says it was read
_LEADING_CODE = re.compile(r"^[A-Za-z#]{0,4}[-.]?\d{1,3}(?:[.-]\d{1,3})*[a-z]?[.):]?$")


def _text_key(text: str) -> str:
    """The opening words of an action's text, ref and case aside, to find it among those read
    (a cell's text and the action made from it differ in wrapping, a leading ref, a note)."""
    words = text.split()
    if words and _LEADING_CODE.match(words[0]):
        words = words[1:]
    return " ".join(words).lower()[:_KEY_CHARS]


def _unread_action_cells(
    tables: Sequence[PlanTable], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning when a table has a second or third column read as the actions' text ('Action
    1 | Lead 1 | Action 2 | Lead 2': several actions a row) whose cells became no action: the
    reader takes one action a row from one column, so the others' text is lost without a word.
    A row that is a heading across the table (a section row) holds no action."""
    read = [text_key(a.text) for a in actions]
    lost: list[str] = []
    for t in tables:
        if t.kind != ACTION_TABLE:
            continue
        for c in t.cols("action")[1:]:
            for row in t.rows:
                key = _text_key(row.text(c))
                if row.section or len(key.split()) < _ACTION_WORDS:
                    continue
                if not any(key in r for r in read):
                    lost.append(row.text(c))
    if not lost:
        return []
    return _doubtful(
        f"{len(lost)} cell(s) of a second column read as actions became no action",
        lost,
        ": the table may hold several actions a row; check with `plantrace tables FILE`",
        next((t.page for t in tables if t.kind == ACTION_TABLE), None),
    )


_ACTION_WORDS = 3  # an action's text is a few words at least: a shorter cell is a label or a note


def _unread_ref_boxes(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning when text outside every table read (a box no header named, a paragraph)
    opens with a ref of the shape the actions' refs have ('1.1' where '1.2' and '4.1' were
    read) that no action has, and names a date: an action printed in a form the reader did not
    take (a strip, a box), left out."""
    refs = {a.ref.strip() for a in actions if a.ref and a.ref.strip()}
    shapes = {shape for r in refs if (shape := _ref_shape(r)) is not None}
    stray = [
        el
        for el in elements
        if el.table is None
        and (words := el.text.split())
        and _ref_shape(words[0]) in shapes
        and words[0].rstrip(".):") not in refs
        and len(words) > _ACTION_WORDS
        and dated_mentions(el.text)
    ]
    if not stray:
        return []
    return _doubtful(
        f"{len(stray)} box(es) or paragraph(s) outside every action open with a ref like the"
        " actions' that no action has, and name a date",
        [el.text.strip() for el in stray],
        ": actions there were not read; check with `plantrace tables FILE`",
        stray[0].page,
    )


# a word shaped like an action's ref: a short code, one or two numbers in parts, perhaps a
# letter after ('1a', '4.2', 'RM12', 'A3b'); four digits (a year, '01.2026') are no ref
_REF_WORD = re.compile(r"^[A-Za-z]{0,4}[-.]?\d{1,2}(?:\.\d{1,2})?[a-z]?$")
_SWALLOWED_REFS = 2  # refs no action has in one row: a run of actions read as one row
_SHOWN_REFS = 6  # the refs a message names


@functools.lru_cache(maxsize=8192)  # asked of every word of every action row: words repeat
def _ref_word_shape(word: str) -> str | None:
    """A ref word's shape, digits as one sign ('4b' -> '9b', '2.3' -> '9.9'); None for a word
    no ref is, or a bare number (a count, a day: too common to tell anything)."""
    word = word.rstrip(".):,;")
    if not _REF_WORD.match(word) or word.isdigit():
        return None
    return re.sub(r"\d+", "9", word)


def _swallowed_ref_rows(
    tables: Sequence[PlanTable], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning when a row of an action table that became no action holds two refs or more of
    the shape the actions' refs have ('4a', '4b' where '1a' .. '3d' were read) that no action
    has: the rows of several actions read as one (a continued table's page whose rules were
    misread, its rows run into one cell across the table) and dropped as a heading, so those
    actions are lost. A heading row naming no such refs, or refs actions have, says nothing."""
    # each word of a ref ('5c 5d': two rows read as one action, said by _joined_ref_warnings)
    refs = {w.rstrip(".):,;") for a in actions for w in (a.ref or "").split()}
    shapes = {shape for r in refs if (shape := _ref_word_shape(r)) is not None}
    if not shapes:
        return []
    read = [text_key(a.text) for a in actions]
    lost: list[tuple[str, int]] = []
    named: list[str] = []
    for t in tables:
        if t.kind != ACTION_TABLE:
            continue
        for row in t.rows:
            texts = list(dict.fromkeys(row.text(i) for i in range(len(row.cells))))
            text = " ".join(x for x in texts if x)
            unread = list(dict.fromkeys(
                w.rstrip(".):,;")
                for w in text.split()
                if _ref_word_shape(w) in shapes and w.rstrip(".):,;") not in refs
            ))  # fmt: skip
            key = _text_key(text)
            if len(unread) >= _SWALLOWED_REFS and not any(key in r for r in read):
                lost.append((text, row.page))
                named += unread
    if not lost:
        return []
    shown = ", ".join(named[:_SHOWN_REFS]) + (", ..." if len(named) > _SHOWN_REFS else "")
    return _doubtful(
        f"{len(lost)} row(s) of an action table read as no action hold {len(named)} refs no"
        f" action has ({shown}) beside text",
        [text for text, _ in lost],
        ": several actions' rows were read as one, lost; check with `plantrace tables FILE`",
        lost[0][1],
    )


def _doubtful(
    what: str, texts: Sequence[str], why: str, page: int | None
) -> list[ExtractionWarning]:
    """The one plan_actions_doubtful warning of the readers' checks: what was found, the first
    few texts it was found in (clipped) and why it puts actions in doubt; one builder, so
    every such warning says its pieces in the same order and shape."""
    shown = ", ".join(repr(_clip(text)) for text in texts[:_SHOWN])
    return [
        ExtractionWarning(code="plan_actions_doubtful", message=f"{what} ({shown}){why}", page=page)
    ]


# an action's text closing with a name and a part of a date parted by a bar ('... gateway
# panel David Osei | 31 July'): an owner and a due date set at a tab, read into the text
_FIELDS_CLOSING = re.compile(
    r"\s(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*\s*\|\s*[^|]{0,30}\d[^|]{0,30}$"
)


def _fields_in_text(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """A warning naming the actions whose text closes with what reads as an owner and a date
    parted by a bar ('... panel David Osei | 31 July') while no owner or no due date was read
    for them: fields set at a tab (a numbered list's right tab column) that could not be read
    as an owner and a date (a piece of the date lost at a page break) ran into the text."""
    stuck = [
        a
        for a in actions
        if (a.owner is None or a.due_date is None) and _FIELDS_CLOSING.search(a.text)
    ]
    if not stuck:
        return []
    return _doubtful(
        f"{len(stuck)} of {len(actions)} actions' text closes with what reads as an owner and"
        " a date parted by a bar",
        [a.text for a in stuck],
        " but no owner or due date was read for them: check those actions' owner and due date",
        stuck[0].provenance.page,
    )


_UNPLACED_TAGS = 2  # status boxes left beside no action before the plan says so


def _unplaced_tag_warnings(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning when boxes of a status word ('Completed', 'Delayed': a tag, a pill) were left
    beside no action (plan_tags places those level with an action's first line) while most
    actions have no status: the actions' statuses are printed where the reader did not look
    (under the text, at the card's foot), so the RAG read is missing, not absent."""
    if not actions or 2 * sum(1 for a in actions if a.rag) >= len(actions):
        return []
    cells = [c for el in elements if (c := tag_cell(el)) is not None]
    words = [c.text.strip() for c in cells if normalise_rag(c.text) or is_status_state(c.text)]
    if len(words) < _UNPLACED_TAGS:
        return []
    shown = ", ".join(repr(w) for w in words[:_SHOWN])
    return [ExtractionWarning(
        code="plan_column_unplaced",
        message=f"{len(words)} box(es) of a status word ({shown}) stand beside no action read,"
        " while most actions have no status: their statuses may be printed where they were not"
        " read; check with `plantrace tables FILE`",
        page=next(el.page for el in elements if tag_cell(el) is not None),
    )]  # fmt: skip


PROSE_WORDS = 6  # words a column's filled cells hold on average, at the least, to be long prose
PROSE_CELLS = 3  # filled cells, at the least, that make a column (a card's one note is none)


def _prose_unused(
    t: PlanTable, columns: Sequence[ColumnRole], what: str, parts: str
) -> list[ExtractionWarning]:
    """A column of long prose beside an action table's actions, placed as 'other' from its cells
    alone (column_roles._prose_role: its header names no role; impact, evidence or notes cannot
    be told apart by the cells), is read into no field of any action: said, as an unplaced
    column is. A header the vocabulary reads as a column nothing is read from keeps it quiet."""
    if t.kind != ACTION_TABLE:
        return []
    out: list[ExtractionWarning] = []
    for c in columns:
        if c.role != "other" or header_role(c.label) is not None:
            continue
        n = sum(c.types.values())
        if not n or c.types.get(CellType.prose.value, 0) * 2 < n:
            continue
        texts = [r.text(c.index) for r in t.rows]
        filled = [x for x in texts if x.strip()]
        words = sum(len(x.split()) for x in filled)
        if len(filled) < PROSE_CELLS or words < PROSE_WORDS * len(filled):
            continue
        out.append(ExtractionWarning(
            code="plan_column_unplaced",
            message=f"{what} {c.label or f'#{c.index + 1}'!r} ({len(filled)} {parts} of prose)"
            " names no role and was read into no field of the actions (impact, evidence or"
            " notes?): its text is not read",
            page=t.page,
        ))  # fmt: skip
    return out


def _ref_shape(word: str) -> str | None:
    """A ref's shape, its digits as one sign ('2.3' and '11.4' -> '9.9', 'RM12' -> 'RM9'); None
    for a word no ref is (no digit, a date, a figure)."""
    m = _REF_TAIL.match(word)
    if (
        m is None
        or not re.search(r"\d", word)
        or "." not in word.rstrip(".):")
        and not m.group("stem")
    ):
        return None
    return re.sub(r"\d+", "9", word.rstrip(".):"))


def _leader_gives_who_or_when(text: str) -> bool:
    found = leader_field(text)
    if found is None:
        return False
    role = leader_role(*found)
    if role == "owner":
        return cell_type(found[1]) is CellType.person
    return role == "due" and parse_due(found[1]) is not None


def unique(warnings: Sequence[ExtractionWarning]) -> list[ExtractionWarning]:
    """The warnings with repeats dropped (the same code, message and page: a label unplaced on
    each of a page's card runs says it once), in first-said order."""
    seen: set[tuple[str, str, int | None]] = set()
    out: list[ExtractionWarning] = []
    for w in warnings:
        key = (w.code, w.message, w.page)
        if key not in seen:
            seen.add(key)
            out.append(w)
    return out


# an action is doubtful when its text opens mid-sentence (a lower-case word: the tail of a
# sentence whose start was read elsewhere), or when it alone has no reference among actions
# that nearly all carry one (a wrapped line, or a neighbour's note, read as an action)
REFERENCED = 0.75  # share of the plan's actions with a reference that makes a missing one odd
MIN_REFERENCED = 3
_SHOWN = 3


def _fragment_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """A warning naming the actions that read as pieces of a sentence or of a neighbour: the
    plan's layout was probably cut in the wrong places, so its actions are in doubt."""
    refs = sum(1 for a in actions if a.ref)
    referenced = refs >= MIN_REFERENCED and refs >= REFERENCED * len(actions)
    under = _sub_items(actions)
    odd = [
        a
        for a in actions
        if _mid_sentence(a.text)
        or (referenced and not a.ref)
        or id(a) in under
        or _inner_item(a.text)
    ]
    if not odd:
        return []
    shown = ", ".join(repr(_clip(a.text)) for a in odd[:_SHOWN])
    return [ExtractionWarning(
        code="plan_actions_doubtful",
        message=f"{len(odd)} of {len(actions)} actions read look like pieces of others ({shown}):"
        " text that opens mid-sentence, or no reference where the plan's other actions have"
        " one, or no reference and no owner under an action with both (a sub-item of it?),"
        " or a sub-item's label part-way through its text;"
        " the plan's layout may have been split in the wrong places: check with"
        " `plantrace tables FILE`",
        page=odd[0].provenance.page,
    )]  # fmt: skip


# a lettered or numbered item's label part-way through an action's text, straight after a word
# and opening a capitalised item ('... and a chronology a) Checkpoint: Draft agreed'): two rows,
# or an action and its sub-item, read as one; a list the sentence opens ('on: a) Neglect, b)
# Exploitation') or '(a) to improve' is no such label
_INNER_ITEM = re.compile(r"[A-Za-z0-9]\s+([a-z]|[ivx]{1,3}|\d{1,2})\)\s+[A-Z][a-z]")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _inner_item(text: str) -> bool:
    """A sub-item's label part-way through the text that no earlier label of the same list
    leads up to: 'b) July' after 'weeks: a) June: ...' is the second item of a list the
    sentence itself opened (a plan's own wording), not a row read into its neighbour."""
    for match in _INNER_ITEM.finditer(text):
        label = match.group(1)
        before = _previous_label(label)
        if before is None or not re.search(rf"(?<![\w(]){before}\)\s", text[: match.start(1)]):
            return True
    return False


def _previous_label(label: str) -> str | None:
    """The label before this one in its series ('b' -> 'a', 'iii' -> 'ii', '3' -> '2'),
    None for the first of a series."""
    if label.isdigit():
        return str(int(label) - 1) if int(label) > 1 else None
    if label in _ROMAN and len(label) > 1:
        return _ROMAN[_ROMAN.index(label) - 1]
    if len(label) == 1 and label not in "ai":
        return chr(ord(label) - 1)
    return None


def _sub_items(actions: Sequence[Action]) -> set[int]:
    """id() of the actions that read like sub-items of the action above them (a checkpoint or
    milestone row under each action: 'a) Checkpoint: Pilot completed'): they have neither a
    reference nor an owner, each stands under an action that has both, and the plan's actions
    with a reference (MIN_REFERENCED at least) nearly all name an owner; a row without them
    among such actions is more likely a part of the one above than an action of its own."""
    keyed = [a for a in actions if a.ref]
    if len(keyed) < MIN_REFERENCED or sum(1 for a in keyed if a.owner) < REFERENCED * len(keyed):
        return set()
    out: set[int] = set()
    parent = False  # the run of rows above goes back to an action with a ref and an owner
    for a in actions:
        if a.ref:
            parent = bool(a.owner)
        elif parent and not a.owner:
            out.add(id(a))
        else:
            parent = False
    return out


def _gap_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """A warning naming the numbers missing where the actions' refs number them through the
    plan ('RM1' .. 'RM12' read, 'RM10' not): an action the layout hid from the reader (a card
    after a table at the top of a page), so the plan is not read whole."""
    nums = numbered_through([a.ref for a in actions])
    if nums is None:
        return _part_gap_warnings(actions)
    missing = sorted(set(range(1, max(nums) + 1)) - set(nums))
    if not missing:
        return []
    ref = next(a.ref for a in actions if a.ref)
    prefix = ref[: len(ref) - len(ref.lstrip(string.ascii_letters + "-."))]
    shown = ", ".join(f"{prefix}{n}" for n in missing[:_SHOWN])
    return [ExtractionWarning(
        code="plan_actions_missing",
        message=f"the actions' refs number them 1 to {max(nums)} but {len(missing)} of those"
        f" numbers were not read ({shown}): an action may have been missed; check with"
        " `plantrace tables FILE`",
        page=None,
    )]  # fmt: skip


# a ref numbering actions through ('P02', 'RM12'): a letter prefix, then the number as printed
_THROUGH_REF = re.compile(r"([A-Za-z][A-Za-z.-]*?)(\d{1,3})")


def _run_cut_short(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """A warning where the actions' refs number them through ('P01', 'P02') and lines outside
    the action tables open with the refs that come next, printed alike ('P03 Give ...',
    'P04 ...'): the rows of a table stopped early (something read between two rows ended it)
    and its last actions are lines of text. No gap lies below the highest ref read, so
    _gap_warnings sees nothing; the refs that follow on the page do."""
    refs = [a.ref for a in actions]
    # one action read, numbered 1, is a run too: the table that stopped after its first row
    nums = numbered_through(refs) or ([1] if len(refs) == 1 else None)
    if nums is None:
        return []
    top = max(nums)
    printed = next(
        (m for r in refs if r and (m := _THROUGH_REF.fullmatch(r.strip())) and int(m[2]) == top),
        None,
    )
    if printed is None:
        return []  # a plain number ('12'): a numbered list elsewhere opens so too
    prefix, width = printed[1], len(printed[2])
    openings = _text_openings(elements)
    follow: list[tuple[str, int]] = []
    for n in range(top + 1, top + 100):
        ref = f"{prefix}{n:0{width}d}"
        page = openings.get(ref)
        if page is None:
            break
        follow.append((ref, page))
    if len(follow) < min(top, 2):  # after one action, two refs following: no stray 'A02'
        return []
    shown = ", ".join(r for r, _ in follow[:_SHOWN])
    more = f" and {len(follow) - _SHOWN} more" if len(follow) > _SHOWN else ""
    return [ExtractionWarning(
        code="plan_actions_missing",
        message=f"the actions' refs number them through to {printed[0]} but lines after them"
        f" open with the refs that follow ({shown}{more}): the table's rows may have stopped"
        " early and those actions were not read; check with `plantrace tables FILE`",
        page=follow[0][1],
    )]  # fmt: skip


def _text_openings(elements: Sequence[Element]) -> dict[str, int]:
    """The first word of each line outside the plan's tables (paragraphs, and the rows of
    tables read as no plan table), with the page it is on."""
    out: dict[str, int] = {}
    for el in elements:
        if el.table is not None:
            continue
        texts = (
            [" ".join(c.text for c in row if c is not None) for row in el.raw.rows]
            if el.raw is not None
            else [ln.text for ln in el.lines]
        )
        for text in texts:
            first = text.split(maxsplit=1)
            if len(first) == 2:  # a ref alone is no action's line
                out.setdefault(first[0], el.page)
    return out


def _part_gap_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """A warning naming the refs missing where the actions' refs number them in parts ('1.3',
    '2.1'), each ref once, and a section's numbers leave a gap below its highest ('1.3', '1.4'
    read, '1.1' and '1.2' not): the actions of a box the layout hid from the reader (a chart's
    box read as no action), lost without a word. Nearly all (THROUGH_SHARE) of each section's
    1 .. highest read, as for refs numbered through: a report naming a few of many actions
    ('1.2', '2.4', '3.5') says nothing. A section's last actions leave no gap and are not seen."""
    refs = [a.ref for a in actions]
    keys = numbered_in_parts(refs, whole=False)
    if keys is None:
        return []
    by_sec: dict[int, set[int]] = {}
    for sec, num in keys:
        by_sec.setdefault(sec, set()).add(num)
    expected = sum(max(nums) for nums in by_sec.values())
    missing = [
        (sec, n)
        for sec, nums in sorted(by_sec.items())
        for n in range(1, max(nums) + 1)
        if n not in nums
    ]
    if not missing or len(keys) < THROUGH_SHARE * expected:
        return []
    letters = any(r and r.strip()[-1:].isalpha() for r in refs)
    shown = ", ".join(
        f"{sec}{chr(96 + n)}" if letters else f"{sec}.{n}" for sec, n in missing[:_SHOWN]
    )
    return [ExtractionWarning(
        code="plan_actions_missing",
        message=f"the actions' refs number them in parts, but {len(missing)} ref(s) below a"
        f" section's highest were not read ({shown}): an action may have been missed; check"
        " with `plantrace tables FILE`",
        page=None,
    )]  # fmt: skip


def _mid_sentence(text: str) -> bool:
    """Text whose first word is in lower case and is no code or brand ('e-learning', 'iPad')."""
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() and first.isalpha() and first.islower()


def _clip(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def _rows_dated(t: PlanTable, dated: Sequence[str]) -> bool:
    """Whether every row of the table printed an action that was read with a due date (its
    text, as read, inside the row's action cell)."""
    col = t.col("action")
    if col is None or not dated:
        return False
    cells = [" ".join(r.text(col).split()) for r in t.rows]
    return all(any(text in cell for text in dated) for cell in cells)


def _rows_set_aside(t: PlanTable, actions: Sequence[Action]) -> bool:
    """Every card of the run was set aside after the layout was read (a risk's heading over
    its numbered mitigations, extractors/group_heads.py): none of their texts is an action's,
    so no action lacks the date the cards did not give."""
    col = t.col("action")
    if col is None or not actions:
        return False
    kept = [" ".join(a.text.split()) for a in actions if a.text]
    cells = [" ".join(r.text(col).split()) for r in t.rows]
    return all(cell and not any(k in cell or cell in k for k in kept) for cell in cells)


def _card_due_warnings(
    tables: Sequence[PlanTable], actions: Sequence[Action] = ()
) -> list[ExtractionWarning]:
    """A run of action cards none of whose due dates could be read, in a plan dated elsewhere.

    The plan-wide check above says nothing while other tables give dates; cards whose labels
    name no date, or whose dates read as nothing, would then pass as 'no date' in silence.
    Cards whose actions were dated all the same (a 'Milestone' line read as the date) are not
    warned of: the warning would lie.
    """
    dated = [" ".join(a.text.split()) for a in actions if a.due_date is not None and a.text]
    out: list[ExtractionWarning] = []
    for t in tables:
        if t.kind != ACTION_TABLE or not t.rows or not is_card_table(t):
            continue
        if _rows_dated(t, dated):
            continue
        if _rows_set_aside(t, actions):
            continue  # a register's group headings read as cards: no actions, no dates owed
        col = t.col("due")
        texts = [r.text(col) for r in t.rows] if col is not None else []
        if any(cell_type(x) in (CellType.date, CellType.open_date) for x in texts):
            continue
        why = (
            f"their {t.labels[col]!r} lines read as no date" if col is not None
            else "no label of theirs ("
            + ", ".join(repr(x) for x, r in zip(t.labels, t.roles, strict=False) if r != "action")
            + ") gives one"
        )  # fmt: skip
        out.append(ExtractionWarning(
            code="plan_due_dates_unread",
            message=f"due dates could not be read for a run of {len(t.rows)} action cards: {why};"
            " coverage by date is unknown for them (not 0%)",
            page=t.page,
        ))  # fmt: skip
    return out


def _status_warnings(
    tables: Sequence[PlanTable],
    actions: Sequence[Action],
    rag_key: Mapping[str, str] | None = None,
) -> list[ExtractionWarning]:
    """A status column (or a card's status label) the plan prints where no action's status was
    read at all: the statuses are shown in a way not read (a drawn mark, a tick, a word not
    known), and the plan would otherwise pass as unrated in silence. Its cells' content is
    said, so that a column left blank (a plan not yet rated) reads as such. An unrated plan no
    reader says anything of gets a plain warning at the end (unrated_warning)."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    for t in tables:
        col = t.col("rag")
        if t.kind != ACTION_TABLE or col is None or not t.rows:
            continue
        rows = [r for r in t.rows if not r.section]  # a heading row across the table says none
        cells = [r.cells[col] if col < len(r.cells) else None for r in rows]
        texts = [_clip(r.text(col), 4) for r in rows if r.text(col).strip()]
        fills = sum(1 for c in cells if c is not None and c.fill)
        held = (
            f"its cells say {', '.join(repr(x) for x in dict.fromkeys(texts[:3]))}" if texts
            else f"{fills} of its cells are filled" if fills
            else "its cells hold no words or fill (a drawn mark, or not yet rated)"
        )  # fmt: skip
        return [ExtractionWarning(
            code="plan_status_unread",
            message=f"status column {t.labels[col]!r} was read as no status for any of the"
            f" {len(actions)} actions ({held}): RAG coverage is unknown (not unrated); check it"
            " with `plantrace tables`",
            page=t.page,
        )]  # fmt: skip
    # status words read as actions ('At risk' alone) or closing a field: said too
    return _update_status_warnings(actions, rag_key) or statuses_read_as_text(actions, rag_key)


_OPENED_UPDATES = 2  # updates opening with a status word before an unrated plan says so


def _update_status_warnings(
    actions: Sequence[Action], rag_key: Mapping[str, str] | None = None
) -> list[ExtractionWarning]:
    """No action was rated, yet updates open with a colour's word ('Amber - ...', 'Complete:'):
    the plan may rate its actions only there, in too few updates to be sure
    (plan_update_status), so RAG coverage is unknown, not 'unrated'."""
    opened = [a.progress for a in actions if opening_status(a.progress, rag_key)[1] is not None]
    if len(opened) < _OPENED_UPDATES:
        return []
    shown = ", ".join(repr(_clip(p or "", 4)) for p in opened[:_SHOWN])
    return [ExtractionWarning(
        code="plan_status_unread",
        message=f"no status was read for any of the {len(actions)} actions, but {len(opened)}"
        f" of their updates open with a status word ({shown}): RAG coverage is unknown (not"
        " unrated); check it with `plantrace tables`",
        page=None,
    )]  # fmt: skip


def unrated_warning(
    actions: Sequence[Action], said: Sequence[ExtractionWarning]
) -> list[ExtractionWarning]:
    """plan_status_unread for a plan whose actions were read with no status at all, where no
    reader said why (said: the plan's warnings so far). A plan is rated in so many ways (a
    column, a fill, a drawn mark, a word in an update) that an unrated reading is as likely a
    rating not read as a plan that rates nothing; like owners and due dates read as none, it
    is always said, so that the coverage report never shows 'unrated' in silence."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    if any(w.code == "plan_status_unread" for w in said):
        return []  # a specific reader said what it saw
    return [ExtractionWarning(
        code="plan_status_unread",
        message=f"no status was read for any of the {len(actions)} actions: if the plan rates"
        " them (a column, a colour, a mark, a word) it was not read; RAG coverage is unknown,"
        " not 'unrated'",
        page=actions[0].provenance.page,
    )]  # fmt: skip


def _owner_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """Owners read as nothing are said, as dates are: the coverage report would otherwise show
    every action unowned, a false alarm no one can tell from the truth. A plan read as one
    action says so too: its one action read with no owner is as likely a sign of a layout half
    read (the rest of its actions missed with their owners) as of a plan that names none."""
    if not actions:
        return []
    out: list[ExtractionWarning] = []
    page = actions[0].provenance.page
    if not any(a.owner for a in actions):
        out.append(ExtractionWarning(
            code="plan_owners_unread",
            message=f"no owner was read for any of the {len(actions)} actions: either the plan"
            " names none or it names them in a way not read (a colour key, another sheet);"
            " coverage by owner is unknown, not 'no owner'",
            page=page,
        ))  # fmt: skip
    return out


def _has_grids(tables: Sequence[Element]) -> bool:
    """Any table of at least two rows and two columns (not a lone banner box)."""
    for el in tables:
        if el.table is not None:
            return True
        raw = el.raw
        if raw is not None and len(raw.rows) >= 2 and max(len(r) for r in raw.rows) >= 2:
            return True
    return False


def _timed_warning(timed: Sequence[Action], actions: Sequence[Action]) -> list[ExtractionWarning]:
    """'Month 7', 'Week 12' in a plan that prints no start to count them from."""
    shown = ", ".join(repr(a.due_raw) for a in timed[:3])
    return [ExtractionWarning(
        code="plan_due_dates_unread",
        message=f"{len(timed)} of {len(actions)} actions are timed from the plan's start"
        f" ({shown}) but the plan prints no start to count them from ('Month 1 is September"
        " 2025', 'Day 0 (plan start) 9 October 2026'): coverage by date is unknown for them",
        page=timed[0].provenance.page,
    )]  # fmt: skip


def _due_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    if not actions:
        return []
    dated = [a for a in actions if a.due_date is not None]
    open_ended = {id(a) for a in actions if a.due_raw and OPEN_ENDED.search(a.due_raw)}
    unread = [a for a in actions if a.due_date is None and id(a) not in open_ended]
    timed = [a for a in unread if names_plan_time(a.due_raw)]
    if timed and len(timed) == len(unread):  # why they are unread says more than that they are
        return _timed_warning(timed, actions)
    if not dated and not open_ended:
        return [ExtractionWarning(
            code="plan_due_dates_unread",
            message=f"due dates could not be read for any of the {len(actions)} actions: coverage"
            " by date is unknown (not 0%); check the plan's date column with `plantrace tables`",
            page=actions[0].provenance.page,
        )]  # fmt: skip
    if not dated and unread:  # some open-ended, the rest with no date at all
        return [ExtractionWarning(
            code="plan_due_dates_unread",
            message=f"no due date was read for {len(unread)} of the {len(actions)} actions (the"
            f" other {len(open_ended)} are open-ended): coverage by date is unknown for them (not"
            " 0%); check the plan's date column with `plantrace tables`",
            page=unread[0].provenance.page,
        )]  # fmt: skip
    with_text = [a for a in unread if a.due_raw]
    if timed:
        return _timed_warning(timed, actions)
    if with_text:
        shown = ", ".join(repr(a.due_raw) for a in with_text[:3])
        return [ExtractionWarning(
            code="plan_due_dates_unread",
            message=f"{len(with_text)} of {len(actions)} actions have a due date that could not be"
            f" read ({shown}): coverage by date is unknown for them",
            page=with_text[0].provenance.page,
        )]  # fmt: skip
    return []


def _month_first_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """The order of numeric dates was inferred from the plan's own dates (see
    dates.written_month_first): a reader checks it, since '03/04/2025' then reads 4 March."""
    raws = [a.due_raw for a in actions if a.due_raw]
    if not written_month_first(raws):
        return []
    first = next(a for a in actions if a.due_raw and written_month_first([a.due_raw]))
    return [ExtractionWarning(
        code="dates_month_first",
        message=f"numeric dates read month first (03/04/2025 = 4 March): {first.due_raw!r} can"
        " only be month first; set date_order in a layout profile if that is wrong",
        page=first.provenance.page,
    )]  # fmt: skip
