"""Actions from a plan's action tables: ref, text with sub-items, owner, due date, governance,
progress, RAG, milestones, and the recommendations each answers.

Which recommendation an action answers: a Rec/Priority column when the table has one ('3, 10',
'P2, P4'); else the numbers in its Ref ('2.3 / 4.1' or 'R2.3 / R4.2' answers 2 and 4) when those
are the plan's recommendation numbers; else the section it sits under. A section is opened by a
heading above the table, a heading row inside it, or a recommendation cell merged down beside
its actions (plan_recommendations.group_cell).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from plantrace.extractors.cell_types import (
    CellType,
    cell_type,
    mended,
    mended_date,
    owner_and_date_lines,
)
from plantrace.extractors.column_roles import (
    DONE,
    MATRIX,
    REC_LABELS,
    REC_TICKS,
    STATUS_TICKS,
    bar_rag,
)
from plantrace.extractors.example_rows import example_row
from plantrace.extractors.lettered_refs import lettered_texts, split_lettered
from plantrace.extractors.mark_strips import glyph_word
from plantrace.extractors.month_marks import marked_month
from plantrace.extractors.owner_redactions import blacked_out_at, withheld_owner_at
from plantrace.extractors.plan_column_groups import unfold_column_groups
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row, header_role
from plantrace.extractors.plan_columns import LEADING_REF as _LEADING_REF
from plantrace.extractors.plan_date_parts import join_date_parts
from plantrace.extractors.plan_merged_cells import spread_merged_cells
from plantrace.extractors.plan_prose import says_no_action
from plantrace.extractors.plan_recommendations import (
    OutlineRow,
    RecommendationIndex,
    group_cell,
    heading,
    labels_groups,
    names_number,
    outline_rows,
    provenance,
    section_row,
)
from plantrace.extractors.plan_subrows import SMALLER_TYPE, sub_rows
from plantrace.extractors.plan_totals import total_row
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.extractors.question_columns import question_rag
from plantrace.extractors.quoted_links import quoted_ids
from plantrace.extractors.status_paint import ColumnTints, painted_over
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Cell
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import (
    compact_date,
    dated_mentions,
    excel_serial,
    parse_date,
    parse_due,
    serial_column,
    written_month_first,
)
from plantrace.pipeline.normalise.label_scales import keyed_by_label
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.normalise.rag import (
    done_mark,
    is_status_state,
    is_under_way,
    keyed_fill,
    normalise_rag,
    rag_from_fill,
    status_of_marked_columns,
    tint_rags,
)
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.option_lists import ticked_item

EXTRACTOR = "extractors.plan_actions"

SMALL_PRINT_PT = 1.0  # a line this much smaller than a cell's first is small print under it
_REF_NUMBERS = re.compile(r"(?<![\w.])([A-Z]{0,2}\d{1,2})\.\d{1,2}\b")


@dataclass(slots=True)
class Draft:
    """An action being read; a row with no action text of its own adds to the one above."""

    row: Row
    ref: str | None
    text: str
    owner: str | None
    due_raw: str | None
    governance: str | None
    progress: str | None
    rag: str | None
    milestones: str | None
    rec_cell: str | None  # the Rec/Priority cell as printed, when the table has that column
    section: str | None  # the recommendation whose section the row sits in
    updates: list[Update] = field(default_factory=list)  # dated reviews (_latest_update)
    # the owner cell holds a redaction (a black box, 's.40(2)'): no owner, and none to be found
    # elsewhere (a lead's box drawn round the row is the redaction's own frame)
    owner_withheld: bool = False


@dataclass(slots=True)
class Update:
    """One dated review of an action: the date it was made, the status then, its note. rated:
    the review has a status of its own (a blank one included); an update line gives none."""

    when: date | None
    rag: str | None
    progress: str | None
    rated: bool = True


def _clean(text: str) -> str | None:
    text = " ".join(text.split())
    return text or None


def _status_mark(mark: str, rag_key: Mapping[str, str] | None) -> bool:
    """A mark alone that the status vocabulary or the plan's key reads ('◑' where a key of
    Harvey balls names it): the action's status, kept for the status to be read from, never
    dropped as a flag column's mark."""
    mark = mark.replace(" ", "")
    return normalise_rag(mark, rag_key) is not None or bool(rag_key and mark in rag_key)


def _join(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b or b == a:
        return a
    return f"{a} {b}"


def read_actions(
    table: PlanTable,
    index: RecommendationIndex,
    section: str | None,
    sha256: str,
    rag_key: Mapping[str, str] | None = None,
) -> list[Draft]:
    """Drafts from one action table; section rows and merged recommendation cells update the
    recommendation in force. rag_key: the plan's own status words (normalise.rag.read_rag_key).
    """
    if table.kind != ACTION_TABLE:
        return []
    table = unfold_column_groups(table)  # 'Action 1 | Lead 1 | Action 2 | Lead 2': a row each
    table = join_date_parts(table)  # 'Month | Year': one date printed over two cells
    spread_merged_cells(table)  # an owner merged over rows, set in their middle or at their foot
    rt_c = table.col("recommendation_text")
    ac, ref_c, rec_c = table.col("action"), table.col("ref"), table.col("rec")
    own_c, due_c, gov_c = table.col("owner"), table.col("due"), table.col("governance")
    prog_c, rag_c, mil_c = table.col("progress"), table.col("rag"), table.col("milestones")
    rev_c = _review_col(table, ac, ref_c, (rag_c, prog_c), (rec_c, own_c, mil_c, gov_c))
    if rev_c is not None and due_c == rev_c:
        due_c = _target_col(table, ac, rev_c, (ref_c, rec_c, own_c, rag_c, prog_c, mil_c, gov_c))
    drafts: list[Draft] = []
    current = section
    keyed = _keyed(table, ref_c, ac)
    parents = _parent_rows(table, ref_c, due_c)
    outline = _summary_rows(table, ac, own_c)
    tints = status_tints(table, rag_c, rag_key)
    subs = sub_rows(table)  # checkpoint rows under an action: neither actions nor its due
    lettered = (
        ac is not None
        and ref_c is None
        and lettered_texts([r.text(ac) for r in table.rows if not r.section])
    )  # '1A ...', '2B ...': the capitals letter the actions (lettered_refs)
    labelled = rt_c is not None and labels_groups(
        table.rows, rt_c
    )  # '1. ...' cells: any other is cut
    prev_page: int | None = None
    inherited: _Inherited | None = None  # the lead and date of the heading row above
    for n, row in enumerate(table.rows):
        if n in subs:
            prev_page = row.page
            continue
        if n in outline:
            inherited = None
            current = _outline_row(outline[n], row, index, current, sha256)
            prev_page = row.page
            continue
        if n in parents:
            current = _parent_row(row, ref_c, ac, index, current, sha256)
            inherited = _inherited(row, own_c, due_c)
            prev_page = row.page
            continue
        if _repeats_header(row, table.labels) or total_row(row, ac) or example_row(row, ref_c, ac):
            continue
        stamped = _stamped(row) if drafts else None
        if row.section:
            inherited = None
            found = section_row(row, ref_c)
            if found is not None:
                prov = provenance(sha256, row.page, row.bbox, row.line_span)
                current = index.add(found[0], found[1], prov)
            elif stamped is not None:
                drafts[-1].updates.append(stamped)
            prev_page = row.page
            continue
        if stamped is not None and not _clean(row.text(ref_c)):
            drafts[-1].updates.append(stamped)
            prev_page = row.page
            continue
        if rt_c is not None:
            new_page = prev_page is not None and row.page != prev_page
            current = group_cell(
                row, rt_c, (rec_c, ref_c), index, current, new_page, sha256, labelled
            )
        prev_page = row.page
        text, note = _noted(row, ac)
        ref = _clean(row.text(ref_c)) if ref_c is not None else None
        if ac is not None and text and ref is None:
            m = _LEADING_REF.match(text)
            if m:
                ref = m.group(1).rstrip(".") if "(" in m.group(1) else m.group(1).rstrip(".)")
                text = text[m.end() :]
            elif lettered and (split := split_lettered(text)) is not None:
                ref, text = split
        rec_tag = None
        if rec_c is None and (tagged := _closing_tag(text)) is not None:
            text, rec_tag = tagged
        owner = normalise_owner(row.text(own_c)) if own_c is not None else _lead(table, row)
        withheld = own_c is not None and withheld_owner_at(row, own_c)
        owner = None if withheld else owner  # a redaction box or mark: withheld
        due_raw = (
            _clean(mended_date(row.text(_filled(table, row, "due", due_c))))
            if due_c is not None
            else _bar_end(table, row)
        )
        owner, due_raw = _who_and_when(owner, due_raw, _lines(row, own_c), _lines(row, due_c))
        if inherited is not None and text and _clean(text):
            # a blank lead or date cell under a heading row that states them: the heading's
            owner = owner or (None if withheld or own_c is None else inherited.owner)
            due_raw = due_raw or (inherited.due_raw if due_c is not None else None)
        governance = _clean(row.text(gov_c)) if gov_c is not None else None
        progress = (
            _clean(row.text(_note_col(table, row, prog_c, rag_c))) if prog_c is not None else None
        )
        if (
            progress
            and glyph_word(progress.replace(" ", ""))
            and not _status_mark(progress, rag_key)
        ):
            progress = None  # a mark alone ('⚑': a blank-headed flag column's) is no note
        progress = _join(progress, note)
        milestones = _clean(row.text(mil_c)) if mil_c is not None else None
        if due_c is None and milestones:  # no date column: the milestones say when
            due_raw = milestones
        if not owner and not due_raw and says_no_action(text):
            continue  # 'No task: not affordable this year': a reason given for not acting
        update = _update(table, row, rev_c, rag_c, prog_c, rag_key, tints)
        above = (drafts[-1].ref, drafts[-1].text) if drafts else None
        if update is not None and _update_row(row, ac, ref, above):
            if drafts:
                drafts[-1].updates.append(update)
            continue
        if drafts and (cut := _note_row(row, ac, ref, drafts[-1].row)) is not None:
            # the note printed in the action's cell above, cut into a row of its own
            drafts[-1].progress = _join(drafts[-1].progress, cut)
            continue
        if drafts and keyed and _continues(row, ref, owner, due_raw, rag_c):
            # the rest of the action above in a row of its own: no key, no owner, no date
            drafts[-1].text = f"{drafts[-1].text} {' '.join(text.split())}"
            last = drafts[-1]
            last.progress = _join(last.progress, progress)
            last.milestones = _join(last.milestones, milestones)
            continue
        if not _clean(text) or _merged(row, ac):
            # no action of its own: a second milestone or progress line of the action above
            if drafts:
                last = drafts[-1]
                if due_c is not None and not _merged(row, due_c):
                    last.due_raw = _join(last.due_raw, due_raw)
                if not _merged(row, prog_c):
                    last.progress = _join(last.progress, progress)
                if not _merged(row, mil_c):
                    last.milestones = _join(last.milestones, milestones)
                    if due_c is None:
                        last.due_raw = last.milestones
                last.owner = last.owner or owner
                last.governance = last.governance or governance
                # a status cell set lower than its row (a large symbol before the word moves
                # the line down): the status of the action above
                last.rag = last.rag or _row_rag(table, row, rag_c, rag_key, tints)
            continue
        drafts.append(
            Draft(
                row=row,
                ref=ref,
                text=" ".join(text.split()),
                owner=owner,
                due_raw=due_raw,
                governance=governance,
                progress=progress,
                rag=_row_rag(table, row, rag_c, rag_key, tints),
                milestones=milestones,
                rec_cell=row.text(rec_c)
                if rec_c is not None
                else rec_tag or _ticked_recs(table, row),
                section=current,
                updates=[update] if update is not None else [],
                owner_withheld=withheld,
            )
        )
    for d in drafts:
        _latest_update(d)
    return drafts


# a recommendation's code in square brackets closing an action's text ('... [R2]', '[Rec 2]'),
# or in round ones ('... (Rec. 2)', '(R2)'): a recommendation's label (data:
# recommendation_labels.json) then a number, so a footnote's bare '[1]', '(2)', '[Annex 3]',
# '(Phase 2)' or '[Q3]' stay the text's
_REC_CODE = (
    rf"(?:{'|'.join(sorted(map(re.escape, REC_LABELS), key=len, reverse=True))})\.?\s?\d{{1,2}}"
)
_CLOSING_TAG = re.compile(
    rf"(?:\[(?P<code>{_REC_CODE})\]|\((?P<round>{_REC_CODE})\))\s*$",
    re.I,
)


def tag_code(line: str) -> str | None:
    """The recommendation code a line closes with in brackets ('... [R2]', or '[R2]' alone where
    the text wrapped before it), else None: where the plan lists its recommendations apart,
    these tags say which list the actions answer."""
    m = _CLOSING_TAG.search(line)
    return (m.group("code") or m.group("round")) if m is not None else None


def _closing_tag(text: str) -> tuple[str, str] | None:
    """The action's text without a bracketed recommendation code closing it, and the code:
    a highlight report prints each action's link so, after its text, where a plan's table would
    give it a Rec column. None where the text closes with no such tag."""
    m = _CLOSING_TAG.search(text)
    if m is None or not text[: m.start()].strip():
        return None
    return text[: m.start()].rstrip(), m.group("code") or m.group("round")


def _update_row(
    row: Row, ac: int | None, ref: str | None, above: tuple[str | None, str] | None
) -> bool:
    """A row under an action that names no other action: no action text and no key of its own
    (or the key above again, or a key numbering an entry under it: 'AL-007.2' under 'AL-007'),
    or the action above printed again whole (a log exported flat, one row per review, repeats
    the action on each): one of its reviews."""
    if above is None:
        return False
    text = " ".join(row.text(ac).split())
    if not text or _merged(row, ac):
        return ref is None or ref == above[0] or _entry_of(ref, above[0])
    return ref == above[0] and text == above[1]


def _entry_of(ref: str, key: str | None) -> bool:
    """'AL-007.2' (or 'AL-007/2', 'AL-007 (2)') numbers an entry under the key 'AL-007'."""
    return (
        bool(key)
        and re.fullmatch(rf"{re.escape(key or '')}\s*[./(-]\s*\d{{1,2}}\)?", ref) is not None
    )


def _review_col(
    table: PlanTable,
    ac: int | None,
    ref_c: int | None,
    said: Sequence[int | None],
    others: Sequence[int | None],
) -> int | None:
    """The date column of an action log's reviews, when the table has one. A log gives each
    action several rows: the first names the action; each row under it, with no action and no
    key, fills only a repeating group of columns (a date, the status then, a note: said): a
    dated review. The column dated on most such rows is the review's date. The review rows are
    at least two (most actions of a log may have been reviewed once) and each says something
    (a status or a note), so that a stray line under an action or a milestone's row (a date
    and what it marks) is no review."""
    if ac is None or all(c is None for c in said):
        return None
    rows = [r for r in table.rows if not r.section]
    bare: list[tuple[Row, Row]] = []  # (review row, its action's row)
    above: tuple[str | None, str] | None = None
    head = rows[0] if rows else None
    for r in rows:
        ref = _clean(r.text(ref_c)) if ref_c is not None else None
        if _update_row(r, ac, ref, above) and head is not None:
            if any(r.text(c).strip() for c in said if c is not None):
                bare.append((r, head))
        elif _clean(r.text(ac)):
            above, head = (ref, " ".join(r.text(ac).split())), r
    if len(bare) < 2 or len(bare) * 8 < len(rows):
        return None
    skip = {ac, ref_c, *said, *others}
    best: tuple[int, int] | None = None
    for i in range(len(table.labels)):
        if i in skip:
            continue
        # a review's date differs from its action row's; a target printed again on each does not
        dated = sum(1 for r, h in bare if _dated(r.text(i)) and r.text(i) != h.text(i))
        if dated * 10 >= len(bare) * 6 and (best is None or dated > best[0]):
            best = (dated, i)
    return best[1] if best is not None else None


def _target_col(
    table: PlanTable, ac: int | None, rev_c: int, others: Sequence[int | None]
) -> int | None:
    """The due date of a log whose review dates were taken for it: the other date column,
    filled on the rows naming an action ('Target end'); of two (a start and an end), the one
    whose dates come later on most rows. None when the log has no such column: a review's
    date is no due date."""
    skip = {ac, rev_c, *others}
    named = [r for r in table.rows if not r.section and _clean(r.text(ac)) and not _merged(r, ac)]
    found: list[int] = []
    for i in range(len(table.labels)):
        if i in skip or not named:
            continue
        filled = sum(1 for r in named if r.text(i).strip())
        if filled * 10 >= len(named) * 6 and any(_dated(r.text(i)) for r in named):
            found.append(i)
    return max(found, key=lambda i: (_later(named, i, found), i)) if found else None


def _later(rows: Sequence[Row], col: int, cols: Sequence[int]) -> int:
    """On how many rows the column's date is the latest of the columns' dates."""
    count = 0
    for r in rows:
        days = {c: parse_date(r.text(c)) for c in cols}
        mine = days[col]
        if mine is not None and all(d is None or d <= mine for d in days.values()):
            count += 1
    return count


def _dated(text: str) -> bool:
    """A short cell naming a date ('07/12/2026', 'Dec 2026'): a review's or a target's."""
    words = text.split()
    return 0 < len(words) <= 4 and parse_date(" ".join(words)) is not None


def _update(
    table: PlanTable,
    row: Row,
    rev_c: int | None,
    rag_c: int | None,
    prog_c: int | None,
    rag_key: Mapping[str, str] | None,
    tints: ColumnTints,
) -> Update | None:
    """A row's review: its date, status and note; None when the row has no review date. With
    no review column, a note that opens with a date stamp ('12/05/2025 – pilot started')
    dates itself; the row's status cell, when filled, is the status then."""
    when = _clean(row.text(rev_c)) if rev_c is not None else None
    progress = _clean(row.text(prog_c)) if prog_c is not None else None
    if when is not None:
        return Update(parse_date(when), _row_rag(table, row, rag_c, rag_key, tints), progress)
    stamp = _stamp(progress) if progress else None
    if stamp is None:
        return None
    rated = rag_c is not None and bool(row.text(rag_c).strip())
    rag = _row_rag(table, row, rag_c, rag_key, tints) if rated else None
    return Update(stamp[0], rag, stamp[1], rated=rated)


def _latest_update(d: Draft) -> None:
    """An action reviewed several times is where its latest review left it: the status and note
    of the review with the latest date, in whatever order the log lists them (newest first or
    oldest first); the earlier reviews are history. Undated reviews rank by print order. An
    update line that rates nothing leaves the action's own status."""
    if not d.updates:
        return
    order = range(len(d.updates))
    latest = d.updates[max(order, key=lambda k: (d.updates[k].when or date.min, k))]
    d.progress = latest.progress
    if latest.rated:
        d.rag = latest.rag


# an update line's stamp: a short label ending in a date, then a colon or a dash, then the news
# ('Update (17/07/2025): ...', 'Position at 30 June 2025 – ...')
_STAMP = re.compile(
    r"^\s*(?P<label>[^:–—]{3,60}?\d[^:–—]{0,12}?)\s*(?::|–|—|\s-)\s*(?P<note>\S.*)$", re.S
)


_NOTE_LABEL_WORDS = 3  # a note's label under an action's text is short ('Latest update:')
# a label set apart (bold, or in smaller type) may say more in words no vocabulary holds
# ('Word from the lead:', 'Where it got to:'): its type, not its words, makes it a label
_APART_LABEL_WORDS = 6
# an undated label that names a progress column ('Progress update: ...', 'Commentary: ...')
_LABELLED = re.compile(r"^\s*(?P<label>[^:\d]{2,40}?)\s*:\s*(?P<note>\S.*)$", re.S)
_NOTE_LABELS = frozenset(PLAN_VOCAB["note_labels"]["progress"])


def _progress_label(label: str) -> bool:
    """A note's label saying it is the action's progress: words a header of progress notes
    would say ('Progress update'), or a note's own label ('This period'), which as a column's
    header could head a measure's latest figure."""
    return header_role(label) == "progress" or text_key(label) in _NOTE_LABELS


def _stamped(row: Row) -> Update | None:
    """A row saying one thing in a cell across the table that opens with a dated label: an
    update of the action above, its note what follows the label. The label is a few words
    ending in a day or a month (dates.dated_mentions), never a year alone (a heading may name
    its plan year); or, undated, words a header of progress notes would say (header_role:
    'Progress update: ...'), which rank before any dated one. A line in one column only is a
    milestone or the action's own text."""
    texts = [" ".join(row.text(i).split()) for i in range(len(row.cells))]
    filled = [t for t in texts if t]
    if len(set(filled)) != 1 or (len(filled) < 2 and not row.section):
        return None
    labelled = _LABELLED.match(filled[0])
    if labelled is not None and _progress_label(labelled.group("label")):
        return Update(None, None, labelled.group("note").strip(), rated=False)
    stamp = _stamp(filled[0])
    return Update(stamp[0], None, stamp[1], rated=False) if stamp is not None else None


def _noted(row: Row, ac: int | None) -> tuple[str, str | None]:
    """(the action's text, a note printed under it in its cell): a later line of the action
    cell that opens with a label a header of progress notes would say ('UPDATE: ...',
    'Progress: ...', 'Commentary: ...'), and the lines after it, are the action's progress (a
    report listing one column of text under another), not its text."""
    lines = _lines(row, ac)
    for k in range(1, len(lines)):
        # (a label ends in a colon: a line with none is tried no further)
        m = _LABELLED.match(lines[k]) if ":" in lines[k] else None
        words = len(m.group("label").split()) if m is not None else 0
        if m is None or words > _APART_LABEL_WORDS:
            continue
        if words > _NOTE_LABEL_WORDS and not _note_set_apart(row, ac, k):
            continue
        if _progress_label(m.group("label")):
            note = join_text([m.group("note"), *lines[k + 1 :]])
            return join_text(lines[:k]), note or None
        if _note_set_apart(row, ac, k):
            # a labelled note set apart from the text (its label bold, or smaller or italic
            # type: an evidence row under the action, a 'Word from the lead: ...' line): no
            # part of the action's text but its progress; its type, not a vocabulary, makes
            # the label a label, and a label is no part of the value it labels
            note = join_text([m.group("note"), *lines[k + 1 :]])
            return join_text(lines[:k]), note or None
    return row.text(ac), None


def _note_row(row: Row, ac: int | None, ref: str | None, above: Row) -> str | None:
    """The note of the action above (without its label) where this row is that action's note
    cut into a row of its own: no ref, its only text in the action column, opening with a short
    label set apart by its type from the first line of the action's text above (a bold label
    under plain text, or smaller type), as _noted reads such a line inside the cell. An unruled
    table of one action gives no line pitch inside a cell, and the note's line, set smaller
    under a gap of its own, is read as a row."""
    if ac is None or ref is not None or ac >= len(row.cells) or ac >= len(above.cells):
        return None
    if any(row.text(i).strip() for i in range(len(row.cells)) if i != ac):
        return None
    cell, top = row.cells[ac], above.cells[ac]
    if cell is None or top is None or not cell.lines or not top.lines:
        return None
    m = _LABELLED.match(cell.lines[0].text)
    if m is None or len(m.group("label").split()) > _APART_LABEL_WORDS:
        return None
    first, line = top.lines[0], cell.lines[0]
    if not ((line.bold and not first.bold) or line.font_size <= SMALLER_TYPE * first.font_size):
        return None
    return join_text([m.group("note"), *(ln.text for ln in cell.lines[1:])]) or None


def _note_set_apart(row: Row, ac: int | None, k: int) -> bool:
    """The cell's line k is set apart from its first line: led in bold under a plain first line,
    or in smaller type (plan_subrows.SMALLER_TYPE)."""
    cell = row.cells[ac] if ac is not None and ac < len(row.cells) else None
    if cell is None or len(cell.lines) <= k:
        return False
    first, line = cell.lines[0], cell.lines[k]
    return (line.bold and not first.bold) or line.font_size <= SMALLER_TYPE * first.font_size


def _stamp(text: str) -> tuple[date | None, str] | None:
    """(the date, the note) of a note opening with a dated label ('Update (17/07/2025): ...',
    '12/05/2025 – ...'): a few words ending in a day or a month, never a year alone."""
    m = _STAMP.match(text)
    if m is None or len(m.group("label").split()) > 6:
        return None
    label = m.group("label").rstrip(") ")
    mentions = [x for x in dated_mentions(label) if x.precision in ("day", "month")]
    if not mentions or len(label[mentions[-1].start :].split()) > 3:
        return None  # no date, or words after it: no stamp
    return parse_date(label), m.group("note").strip()


_WHOLE_REF = re.compile(r"^[A-Z]{0,2}\d{1,2}\.?$")


def _who_and_when(
    owner: str | None,
    due_raw: str | None,
    owner_lines: Sequence[str] = (),
    due_lines: Sequence[str] = (),
) -> tuple[str | None, str | None]:
    """Who and when printed in one cell ('Principal Social Worker – by Mar 2026', or the post
    and the date on lines of their own), in the owner's column or the date's ('Who and by when'
    is named either): the owner is the text before the date, the date what follows; a date
    column of its own, when filled, wins."""
    in_owner = owner_and_date_lines(owner_lines or [owner or ""]) if owner else None
    if in_owner is not None:
        return in_owner.owner, due_raw if due_raw and due_raw != owner else in_owner.due_raw
    in_due = owner_and_date_lines(due_lines or [due_raw or ""]) if due_raw else None
    if in_due is not None:
        return owner or in_due.owner, in_due.due_raw
    return owner, due_raw


def _lines(row: Row, col: int | None) -> list[str]:
    """A cell's printed lines (wrapped text in pieces), for a cell that may hold two things."""
    cell = row.cells[col] if col is not None and col < len(row.cells) else None
    return [ln.text for ln in cell.lines] if cell is not None and cell.lines else []


# a heading row's ref naming its level in a word before the number ('Strand 2', 'Theme 3'): one
# word of letters, then the whole number that the refs of the rows under it continue ('2.1')
_LABELLED_REF = re.compile(r"^[A-Za-z]{3,}\.?\s+(?P<num>\d{1,2})$")


def _ref_key(ref: str) -> tuple[str, bool]:
    """A ref as the refs under it continue it, and whether a word labelled it ('Strand 2': '2')."""
    m = _LABELLED_REF.match(ref)
    return (m.group("num"), True) if m else (ref, False)


def _parent_rows(table: PlanTable, ref_c: int | None, due_c: int | None) -> set[int]:
    """Rows that head the rows under them: a row whose ref is the parent of the next row's
    ('2' over '2.1', '2.1' over '2.1.1') and that has no due date of its own. A tracker of
    outline-grouped rows prints each recommendation (or objective) as such a row, with a
    sponsor and a status rolled up from its actions: it is no action. A ref that names its
    level in a word ('Strand 2' over '2.1') heads its rows even with a date and a lead of its
    own: those are the ones its rows inherit where their cells are blank (_inherited)."""
    if ref_c is None:
        return set()
    refs = [
        "" if row.section else " ".join(row.text(ref_c).split()).rstrip(".") for row in table.rows
    ]
    out: set[int] = set()
    for n, ref in enumerate(refs):
        below = next((r for r in refs[n + 1 :] if r), "")
        key, labelled = _ref_key(ref)
        if not ref or not below.startswith(f"{key}."):
            continue
        row = table.rows[n]
        dated = [due_c, *(table.reading.earlier.get("due", []) if table.reading else [])]
        if (
            not labelled
            and due_c is not None
            and any(row.text(i).strip() for i in dated if i is not None)
        ):
            continue
        out.add(n)
    return out


@dataclass(frozen=True, slots=True)
class _Inherited:
    """A heading row's own lead and date, which the rows under it take where theirs are blank."""

    owner: str | None
    due_raw: str | None


def _inherited(row: Row, own_c: int | None, due_c: int | None) -> _Inherited | None:
    """The lead and date a heading row gives the rows under it: only a heading that states a
    date of its own (a rolled-up tracker's parent states none: its sponsor is nobody's lead)."""
    due_raw = _clean(row.text(due_c)) if due_c is not None else None
    if due_raw is None or parse_due(due_raw) is None:
        return None
    owner = normalise_owner(row.text(own_c)) if own_c is not None else None
    return _Inherited(owner=owner, due_raw=due_raw)


def _parent_row(
    row: Row,
    ref_c: int | None,
    ac: int | None,
    index: RecommendationIndex,
    current: str | None,
    sha256: str,
) -> str | None:
    """The recommendation in force after a row heading the rows under it (_parent_rows): a
    whole-number ref ('2') opens recommendation 2, its text what follows its label in the
    action cell; a deeper one ('2.1', an objective) keeps the recommendation it sits in."""
    ref, _ = _ref_key(" ".join(row.text(ref_c).split()).rstrip("."))
    text = " ".join(_head_text(row, ac).split())
    if not _WHOLE_REF.match(ref) or not text:
        return current
    found = heading(text)
    number, body = found if found is not None and found[0] == ref else (ref, text)
    return index.add(number, body, provenance(sha256, row.page, row.bbox, row.line_span))


def _head_text(row: Row, ac: int | None) -> str:
    """A heading row's text: the lines of its cell in the print of its first line; smaller print
    under them (a byline naming a sponsor, a chair, a review date) is no part of it."""
    cell = row.cells[ac] if ac is not None and ac < len(row.cells) else None
    if cell is None or not cell.lines:
        return row.text(ac)
    size = cell.lines[0].font_size
    kept = [ln.text for ln in cell.lines if ln.font_size >= size - SMALL_PRINT_PT]
    return join_text(kept)


def _summary_rows(table: PlanTable, ac: int | None, own_c: int | None) -> dict[int, OutlineRow]:
    """An outline's summary rows (plan_recommendations.outline_rows), which head the rows under
    them and are no actions. A parent stating no recommendation that names its own owner is an
    action with sub-actions indented under it ('1.2' over '1.2a'): a summary row is nobody's
    work, its dates only rolled up from its tasks'."""
    found = outline_rows(table.rows, ac, own_c)
    return {
        n: head
        for n, head in found.items()
        if head.found is not None or own_c is None or not table.rows[n].text(own_c).strip()
    }


def _outline_row(
    head: OutlineRow, row: Row, index: RecommendationIndex, current: str | None, sha256: str
) -> str | None:
    """The recommendation in force after an outline's summary row (outline_rows): the one it
    states opens a section; one that states none at the recommendations' level closes it."""
    if head.found is not None:
        prov = provenance(sha256, row.page, row.bbox, row.line_span)
        return index.add(head.found[0], head.found[1], prov)
    return None if head.closes else current


def _squeezed(text: str) -> str:
    return "".join(text.split()).lower()


def _repeats_header(row: Row, labels: list[str]) -> bool:
    """A row that prints the table's header again ('Tracker ID | Our response | ...'), as a
    second table under the first one's grid does after its title row: no action. Compared with
    spaces dropped, so that a word a narrow cell broke ('Sub-poin t') still matches."""
    texts = [_squeezed(row.text(i)) for i in range(len(row.cells))]
    named = [(t, _squeezed(lab)) for t, lab in zip(texts, labels, strict=False) if lab.strip()]
    return len(named) >= 2 and all(t == lab for t, lab in named)


def _note_col(table: PlanTable, row: Row, col: int, rag_c: int | None) -> int:
    """The column to read a row's progress from: its own, or where the row left the latest
    period blank (its status and its note: a tracker's column group per quarter, an action not
    reported on this quarter) the nearest earlier period's note (TableRoles.earlier). A status
    given this period with no note is this period's: no earlier note stands for it."""
    if rag_c is not None and cell_type(row.text(rag_c)) is not CellType.empty:
        return col
    return _filled(table, row, "progress", col)


def _filled(table: PlanTable, row: Row, role: str, col: int) -> int:
    """The column to read a row's value of a role from: its own column, or where that cell is
    blank the nearest earlier column of the role that is not ('Original date' where nothing
    was revised: column_roles.TableRoles.earlier). A dash or 'n/a' in the cell is blank: a
    re-baselined plan prints one where the date held."""
    if cell_type(row.text(col)) is not CellType.empty or table.reading is None:
        return col
    earlier = table.reading.earlier.get(role, [])
    return next((i for i in earlier if cell_type(row.text(i)) is not CellType.empty), col)


def _row_rag(
    table: PlanTable,
    row: Row,
    col: int | None,
    key: Mapping[str, str] | None,
    tints: ColumnTints | None = None,
) -> str | None:
    """A row's status: its status cell; where that is blank and the table prints a trail of
    ratings by period, the latest period rated (a word, or a fill with no word); with no
    status column, a done mark; in a Gantt chart whose bars are coloured by status, and no
    word says it, the colour of the row's bar (a word of no colour, 'Not started', says it:
    none; a word no vocabulary reads leaves it to the bar)."""
    if col is None:
        found = _ticked_rag(table, row) or question_rag(table, row) or _done_rag(table, row)
    else:  # the column's label says what a scale's word means ('Confidence: High' is green)
        key = keyed_by_label(table.labels[col] if col < len(table.labels) else None, key)
        found = cell_rag(row, col, key, tints)
        earlier = table.reading.earlier.get("rag", []) if table.reading is not None else []
        blank = not row.text(col).strip()  # a word of no colour ('Parked') is this period's
        for i in earlier:
            if found is not None or not blank:
                break
            found = cell_rag(row, i, key)
    if found is None and col is not None and is_status_state(row.text(col)):
        return None  # 'Not started' says the status, of no colour: a bar's colour is no status
    return found or bar_rag(table.reading, row.cells, key)


def _ticked_rag(table: PlanTable, row: Row) -> str | None:
    """With a column per state and a tick in one (column_roles._status_ticks), the state of
    the ticked column's header."""
    cols = table.cols(STATUS_TICKS)
    if not cols:
        return None
    labels = [table.labels[i] if i < len(table.labels) else "" for i in cols]
    return status_of_marked_columns(labels, [row.text(i) for i in cols])


def _ticked_recs(table: PlanTable, row: Row) -> str | None:
    """The recommendations a row answers where the table gives each its own column of ticks
    ('Rec 1 | Rec 2 | ...', column_roles.REC_TICKS): the headers of the columns it marks
    ('Rec 2'), as a Rec cell would name them; None where the table has no such columns."""
    cols = table.cols(REC_TICKS)
    if not cols:
        return None
    return ", ".join(table.labels[c] for c in cols if row.text(c).strip())


def _lead(table: PlanTable, row: Row) -> str | None:
    """The post a responsibility matrix marks as leading the row: the header of the column
    holding the lead's mark (column_roles._matrix), as printed."""
    mark = table.reading.lead_mark if table.reading is not None else None
    if mark is None:
        return None
    for i in table.cols(MATRIX):
        if row.text(i).strip() == mark and i < len(table.labels) and table.labels[i].strip():
            return normalise_owner(table.labels[i])
    return None


def _done_rag(table: PlanTable, row: Row) -> str | None:
    """With no status column, a column saying only whether the action is done (a tick,
    Yes/No: column_roles._done) is its status: done reads as 'Complete' does; not done or
    blank is no status (a tick column says nothing of how the rest is going)."""
    col = table.col(DONE)
    if col is None or not done_mark(row.text(col)):
        return None
    return normalise_rag("Complete")


def _bar_end(table: PlanTable, row: Row) -> str | None:
    """The month a Gantt chart's bar ends in: the last month column (column_roles._timeline)
    whose cell is shaded, as its month and year ('Jun 2025'). A shade is a fill the row's own
    cells of text do not share (a banded row's tint is no bar). A mark alone in one month cell
    (a diamond at sign-off) is the month due, shaded or not (month_marks.marked_month)."""
    months = table.reading.months if table.reading is not None else {}
    if not months:
        return None
    if (marked := marked_month(row.cells, months)) is not None:
        return marked
    tints = {
        c.fill
        for i, c in enumerate(row.cells)
        if c is not None and i not in months and c.text.strip() and i != table.col("rag")
    }
    shaded = [
        j
        for j in months
        if j < len(row.cells)
        and (cell := row.cells[j]) is not None
        and cell.fill is not None
        and cell.fill not in tints
        and not _white(cell.fill)
    ]
    return months[max(shaded)] if shaded else None


def _white(fill: str) -> bool:
    """A fill too pale to be a bar ('#ffffff', '#fdfdfd')."""
    digits = fill.lstrip("#")
    if len(digits) != 6:
        return False
    try:
        return min(int(digits[k : k + 2], 16) for k in (0, 2, 4)) >= 0xF8
    except ValueError:
        return False


def _keyed(table: PlanTable, ref_c: int | None, ac: int | None) -> bool:
    """Nearly every action row of the table opens with its key (a Ref cell or a leading ref)."""
    rows = [r for r in table.rows if not r.section and r.text(ac).strip()]
    if len(rows) < 2:
        return False
    if ref_c is not None:
        keys = sum(1 for r in rows if r.text(ref_c).strip())
    else:
        keys = sum(1 for r in rows if _LEADING_REF.match(r.text(ac)))
    return keys >= 2 and keys >= 0.6 * len(rows) and keys < len(rows)


def _continues(
    row: Row, ref: str | None, owner: str | None, due_raw: str | None, rag_c: int | None
) -> bool:
    """A row whose first cell is empty, in a table whose actions are keyed, that names no one,
    no date and no status: it carries on the action above (a continuation row)."""
    if ref or owner or due_raw or (rag_c is not None and row.text(rag_c).strip()):
        return False
    return bool(row.cells) and not row.text(0).strip()


def cell_rag(
    row: Row,
    col: int | None,
    key: Mapping[str, str] | None,
    tints: ColumnTints | None = None,
) -> str | None:
    """A RAG cell's colour: its word (or the word a narrow cell broke: 'Amb er'), else the
    colour the cell is filled with when it holds no word, or a word no vocabulary reads ('Behind
    plan' on amber: the tint says what the word does not). A known state with no colour ('Not
    started') stays none whatever its shade, but one saying the work is under way ('In
    progress' on a green tag) is rated by its shade (normalise.rag.is_under_way); a worded cell
    sharing the fill of its whole row is on the row's band, no status. tints: the status column's fills read together
    (status_tints), pale tints included, by cell."""
    if col is None or col >= len(row.cells):
        return None
    raw = row.text(col)
    raw = ticked_item(raw) or raw  # a tick-one list run together: the ticked option's words
    found = normalise_rag(raw, key) or normalise_rag(mended(raw), key)
    cell = row.cells[col]
    if cell is not None and tints is not None and id(cell) in tints.painted:
        return tints.painted[id(cell)]  # the column's paint is the plan's key of its words
    if found is not None or cell is None or not cell.fill:
        return found
    if tints is not None and id(cell) in tints.linked:
        return None  # the row's fill links it to a recommendation: no status
    if raw.strip() and ((is_status_state(raw) and not is_under_way(raw)) or _banded(row, cell)):
        return None  # 'Not started': no rating whatever its shade ('In progress' takes its tint)
    if keyed_fill(cell.fill, key) is not None:  # the plan's key of coloured marks names it
        return rag_from_fill(cell.fill, key)
    if tints is not None and id(cell) in tints.by_cell:
        return tints.by_cell[id(cell)]
    return rag_from_fill(cell.fill, key)


def _banded(row: Row, cell: Cell) -> bool:
    """Every other cell of the row shares the cell's fill: a band or a shaded row, no status."""
    others = [c for c in row.cells if c is not None and c is not cell]
    return bool(others) and all(o.fill == cell.fill for o in others)


def status_tints(
    table: PlanTable, col: int | None, key: Mapping[str, str] | None = None
) -> ColumnTints:
    """The status each fill of a status column shows, read as a column (normalise.rag.tint_rags):
    a column whose tints vary with the status reads pale green and pale blue too, which one
    pale cell alone (a header's or a band's shade) may not. The same column of the plan's other
    tables under this header row is read with it (PlanTable.peer_fills). Keyed by cell, with
    the cells whose word the column's paint overrides (status_paint.painted_over)."""
    if col is None:
        return ColumnTints()
    cells = [r.cells[col] for r in table.rows if col < len(r.cells)]
    linked = frozenset(id(c) for c in cells if c is not None and id(c) in table.link_fills)
    # a fill that links its row to a recommendation is no status tint, nor read with them
    filled = [c for c in cells if c is not None and id(c) not in linked]
    # the plan's other tables under this header row: their status column is this one's
    tints = tint_rags([c.fill for c in filled] + table.peer_fills)
    by_cell = {id(c): t for c, t in zip(filled, tints[: len(filled)], strict=True)}
    worded = [
        (c, r.text(col))
        for r in table.rows
        if (c := _at(r, col)) is not None and id(c) not in linked
    ]
    # the siblings' words beside their colours, where each fill kept its word
    aligned = len(table.peer_words) == len(table.peer_fills)
    peers = list(zip(table.peer_words, tints[len(filled) :], strict=True)) if aligned else []
    return ColumnTints(by_cell, painted_over(worded, by_cell, key, peers), linked)


def _at(row: Row, col: int) -> Cell | None:
    return row.cells[col] if col < len(row.cells) else None


def _merged(row: Row, col: int | None) -> bool:
    return col is not None and col < len(row.merged_above) and row.merged_above[col]


_MENTION = re.compile(
    r"\brecommendations?\s+((?:[A-Z]{0,2}\d{1,2})(?:\s*(?:,|and|&|/)\s*[A-Z]{0,2}\d{1,2})*)", re.I
)


def resolve_recommendations(d: Draft, index: RecommendationIndex) -> list[str]:
    """Ids of the recommendations an action answers, once every recommendation is known.

    A Rec cell quoting one recommendation's opening words ('Improve the timeliness and...', or
    its whole text) names that one (quoted_links): a tracker short of width prints no number.
    A Rec column naming numbers decides alone (none there: what a coded ref such as '1c' or
    'A1.3' names, else none).
    Otherwise the numbers in a Ref such as '2.3 / 4.1' when all of them are recommendation
    numbers, else the last number of a code where the plan's codes end with it ('07/R2'), else
    the section, else a coded ref; plus any recommendation the action's text
    names ('this action also responds to recommendation 4').
    """
    quoted = quoted_ids(d.rec_cell, index.items) if d.rec_cell else None
    if quoted is not None and len(quoted) == 1:
        # a quote of a recommendation's opening words ('Improve the timeliness and...'): the
        # one whose text it begins (one beginning several or none is said: plan_links_unread)
        return quoted
    titled = index.id_of_title(d.rec_cell) if d.rec_cell else None
    if titled is not None:
        return [titled]  # 'Health of children in care': the short title a lookup table prints
    if d.rec_cell is not None and names_number(d.rec_cell):
        return index.ids_for(d.rec_cell)
    coded = index.id_of_coded(d.ref)
    if d.rec_cell is not None:
        # a Rec cell with no number: a number cell merged down over the actions sharing it
        # prints beside only one of them when centred or bottom-aligned; a ref coding it says
        return [coded] if coded else []
    suffix = index.id_of_suffix(d.ref)  # '07/R2': the code's last number, where codes end so
    ids = (
        _recs_from_ref(d.ref, index)
        or ([suffix] if suffix else [])
        or ([d.section] if d.section else [])
    )
    if not ids and coded:
        ids = [coded]  # 'A1.3' under no heading: recommendation 1 when the plan numbers them so
    for m in _MENTION.finditer(d.text):
        for rid in index.ids_for(m.group(1)):
            if rid not in ids:
                ids.append(rid)
    return ids


def _recs_from_ref(ref: str | None, index: RecommendationIndex) -> list[str]:
    if not ref:
        return []
    nums = _REF_NUMBERS.findall(ref)
    if not nums:
        return []
    ids = index.ids_for(" ".join(nums))
    return ids if len(ids) == len(set(nums)) else []


def to_actions(
    drafts: list[Draft], index: RecommendationIndex, sha256: str, month_first: bool = False
) -> list[Action]:
    """Validated actions; due dates read relative to the plan's earliest full date (numeric
    dates month first when the plan's layout profile says so, or its dates show it: one that
    can only be month first and none only day first, dates.written_month_first)."""
    month_first = month_first or written_month_first(d.due_raw for d in drafts if d.due_raw)
    raws = [d.due_raw for d in drafts if d.due_raw]
    # a due column every field of which is an undivided date ('20270331', '202703': a system
    # export's) is read as such; one such field among other dates stays an id or a figure
    if raws and all(compact_date(r) is not None for r in raws):
        return _to_actions(drafts, index, sha256, compact_date)
    # so is a due column of a spreadsheet's unformatted date cells ('46568', Excel's day count)
    if raws and serial_column(raws) and all(excel_serial(r) is not None for r in raws):
        return _to_actions(drafts, index, sha256, excel_serial)
    known = [parse_due(d.due_raw, month_first=month_first) for d in drafts if d.due_raw]
    dated = [x for x in known if x is not None]
    after = min(dated) if dated else None
    return _to_actions(
        drafts, index, sha256, lambda raw: parse_due(raw, after=after, month_first=month_first)
    )


def _to_actions(
    drafts: list[Draft],
    index: RecommendationIndex,
    sha256: str,
    read_due: Callable[[str], date | None],
) -> list[Action]:
    out: list[Action] = []
    for d in drafts:
        due = read_due(d.due_raw) if d.due_raw else None
        out.append(
            Action(
                id=f"a{len(out) + 1}",
                ref=d.ref,
                text=d.text,
                owner=d.owner,
                due_date=due,
                due_raw=d.due_raw,
                governance=d.governance,
                progress=d.progress,
                rag=d.rag,
                milestones=d.milestones,
                recommendations=resolve_recommendations(d, index),
                provenance=Provenance(
                    sha256=sha256,
                    page=d.row.page,
                    bbox=d.row.bbox,
                    line_span=d.row.line_span,
                    extractor=EXTRACTOR,
                    extractor_version=EXTRACTOR_VERSION,
                ),
            )
        )
    return out


def _action_code(letters_from: int) -> str:
    """An action's code as a pattern: up to four capitals (at least letters_from), a hyphen or
    a point or nothing, then its number ('RM6', 'AP-12', '7'). One pattern for both uses below."""
    return rf"(?P<letters>[A-Z]{{{letters_from},4}})[-.]?(?P<num>\d{{1,4}})"


# a code opening an action's text: letters, then a number ('RM6 Hold ...', 'AP-12 Review ...')
_LEADING_CODE = re.compile(rf"^\s*(?P<code>{_action_code(1)})\s+(?=\S)")
CODED_SHARE = 0.8  # of the actions with no ref, this share at least opens with one shared code


def split_leading_codes(drafts: list[Draft]) -> None:
    """Each action's ref, where the plan prints it as the first word of the action's text
    ('RM6 Hold a permanence planning meeting ...', a card's title) and no ref was read apart:
    nearly every such action opens with a code of the same letters and its own number. One
    action opening so is no evidence ('KS2 results ...'); a code the actions share
    ('CP1 plans' twice) names a thing, not an action, and stays in the text."""
    bare = [d for d in drafts if d.ref is None]
    found = [(d, _LEADING_CODE.match(d.text)) for d in bare]
    coded = [(d, m) for d, m in found if m is not None]
    if len(coded) < 2 or len(coded) < CODED_SHARE * len(bare):
        return
    if len({m.group("letters") for _, m in coded}) != 1:
        return
    if len({int(m.group("num")) for _, m in coded}) != len(coded):
        return
    for d, m in coded:
        d.ref, d.text = m.group("code"), d.text[m.end() :]


# an action's ref that numbers it through the plan: letters (none needed), then its number
_THROUGH_REF = re.compile(rf"^\s*{_action_code(0)}\s*$")
THROUGH_SHARE = 0.75  # of the numbers 1 .. the highest, this share at least is read


def numbered_through(refs: Sequence[str | None]) -> list[int] | None:
    """Each action's number where every ref numbers the plan's actions through (one letter
    prefix or none, 'RM1' .. 'RM12', from 1, each number once, nearly all of 1 .. the highest
    read: one or two missing are actions not read); else None (refs in parts, '2.3'; an
    exception report naming a few of many; no refs)."""
    nums = numbered_codes(refs)
    if nums is None or min(nums) != 1 or len(nums) < THROUGH_SHARE * max(nums):
        return None
    return nums


def in_numbered_order(
    drafts: list[Draft], parts: bool = False, sections: bool = True
) -> list[Draft]:
    """The actions in the order their refs number them, where the refs number the actions
    through the plan (numbered_through) and the page prints them in another order (a roadmap
    of cards in due order): the plan's own order is its numbering. An action read with no ref
    (a piece of a card cut off, warned of as doubtful) moves with the one printed before it.
    A plan numbering only some actions, or none, is left in the order printed, or, where no
    action has a ref, in_recommendation_order; one numbering them in parts ('2.3', '2(a)') is
    put in that order only where it sorts its actions by status headings (parts), else a plan
    printing 1.5 before 1.4, or priority 3 first, keeps its order. Sections out of their
    numbers' order are put in it only where the caller allows (`sections`: not where every
    action is a row of a table, whose rows' order is the plan's own)."""
    if not any(d.ref for d in drafts):
        return in_recommendation_order(drafts)
    groups = _ref_groups(drafts)
    if sum(len(g) - 1 for g in groups) * 4 > len(drafts):
        return drafts  # many actions with no ref: no numbering to follow
    refs = [g[0].ref for g in groups]
    through = numbered_through(refs)
    if through is not None:
        nums: list[tuple[int, int]] | None = [(n, 0) for n in through]
    else:
        nums = numbered_in_parts(refs) if parts else None
    if nums is None and sections:
        nums = sections_out_of_order(refs)
    if nums is None and sections:  # one printed table's rows keep its order, as above
        nums = sections_reversed(refs)
    return drafts if nums is None else _in_key_order(groups, nums)


# a ref in parts behind a code the plan's refs share ('D3.1', 'P2.1', '3.1'): its section's
# number (a recommendation's), then the action's own number in it
_SECTION_REF = re.compile(r"^\s*(?P<code>[A-Z]{0,4})[-.]?(?P<rec>\d{1,2})\.(?P<num>\d{1,2})\s*$")


def sections_out_of_order(refs: Sequence[str | None]) -> list[tuple[int, int]] | None:
    """Each action's (section, number) where the plan prints its actions in SECTIONS out of
    their numbers' order, each section's own refs in order: every ref one shared code, then
    parts ('D3.1'); each section's actions one run, numbered 1, 2, 3 in the order printed;
    two sections or more, a later one printed before an earlier ('D2.1 D2.2 D1.1 D3.1').
    Workstream charters answering recommendations dealt out among them, a report grouped by
    board: the sections' order is the layout's, the refs' the plan's, and each section
    consistent with its numbering is the evidence that the refs number the plan, not some
    other order. A step back inside a section ('1.5' before '1.4', a sort by another column)
    or a gap in a section's numbers (a report naming some actions) gives no order: the
    printed one stands (and ref_order says so: plan_sections_out_of_order). None also where
    the sections already come in order (nothing to move), or where one is numbered 0: the
    sections number recommendations from 1, and a '0.1' printed after them (immediate actions
    in a small table after the plan's prose: tests/test_plan_prose) keeps its place."""
    keys = section_keys(refs)
    if keys is None:
        return None
    runs: list[int] = []
    for n, (rec, num) in enumerate(keys):
        if n == 0 or rec != keys[n - 1][0]:
            if rec in runs or num != 1:
                return None  # a section in two runs, or not opened by its first action
            runs.append(rec)
        elif num != keys[n - 1][1] + 1:
            return None  # a section's numbers out of order or with a gap
    if len(runs) < 2 or runs == sorted(runs) or min(runs) < 1:
        return None  # a section 0 (actions before the plan's own) is no recommendation's
    return keys


def section_keys(refs: Sequence[str | None]) -> list[tuple[int, int]] | None:
    """Each ref's (section, number) where every ref is one shared code (or none) then parts
    ('D3.1', '3.1'), as printed, gaps, steps back or not; else None."""
    found = [_SECTION_REF.match(r or "") for r in refs]
    if len(found) < 2 or None in found:
        return None
    if len({m.group("code").upper() for m in found if m is not None}) != 1:
        return None
    return [(int(m.group("rec")), int(m.group("num"))) for m in found if m is not None]


def in_lead_ref_order(drafts: list[Draft], listing: bool = False) -> list[Draft]:
    """A plan listing its actions by lead, in refs in parts ('2.3'), put in its refs' order,
    gaps or not: the boxes' order is the chart's, not the plan's, and an action missed (a gap)
    says nothing of that. A listing's items (`listing`: a feed's posts, newest first; search
    hits) are put in their refs' order also where the refs are one code numbering the actions
    ('ACT-044', 'ACT-049': numbered_codes; with gaps, no numbering through the plan, so
    in_numbered_order keeps them as printed): each item names where it sits in the plan, and
    the order printed is the listing's (date, relevance). An action with no ref moves with the
    one read before it; refs neither way, or one twice, leave the order printed (a chart's
    'RM7' over 'RM2' too). Actions read with no ref before the first with one (a page's title
    or a stray line above the boxes) keep the front: they follow no action, and left to head a
    group of their own they kept every other action unsorted."""
    lead = 0
    while lead < len(drafts) and drafts[lead].ref is None:
        lead += 1
    groups = _ref_groups(drafts[lead:])
    refs = [g[0].ref for g in groups]
    nums = numbered_in_parts(refs, whole=False)
    if nums is None and listing and (codes := numbered_codes(refs)) is not None:
        nums = [(n, 0) for n in codes]
    return drafts if nums is None else drafts[:lead] + _in_key_order(groups, nums)


def numbered_codes(refs: Sequence[str | None]) -> list[int] | None:
    """Each action's number where every ref is one code and a number ('ACT-044', 'RM12'; one
    letter prefix or none), each number once, gaps or not; else None. Unlike numbered_through,
    the numbers need not start at 1 nor fill their range: only where the layout itself says
    the printed order is not the plan's (a listing's items: in_lead_ref_order) is this an
    order."""
    found = [_THROUGH_REF.match(r or "") for r in refs]
    if len(found) < 2 or None in found:
        return None
    if len({m.group("letters").upper() for m in found if m is not None}) != 1:
        return None
    nums = [int(m.group("num")) for m in found if m is not None]
    return nums if len(set(nums)) == len(nums) else None


def _ref_groups(drafts: list[Draft]) -> list[list[Draft]]:
    """The actions in runs, each opened by an action with a ref (or the first), an action read
    with no ref (a piece cut off) moving with the one read before it."""
    groups: list[list[Draft]] = []
    for d in drafts:
        if d.ref is None and groups:
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


MIN_REVERSED_RUNS = 2  # sections of two actions or more, each printed last first, at the least


def sections_reversed(refs: Sequence[str | None]) -> list[tuple[int, int]] | None:
    """Each action's (section, number) where the plan prints every section's actions LAST
    FIRST: every ref one shared code, then parts ('2.3'); each section one run whose numbers
    go down ('2.4 2.3 2.2 2.1'), two such runs of two actions or more. A layout built from
    its base up (a stack of courses under their recommendation, the first action the bottom
    one) prints each section upside down; read top to bottom, every section runs backwards,
    which no sort by status, lead or date does to every section at once. A section that goes
    up, or one in two runs, gives no order (None), and the printed one stands."""
    keys = section_keys(refs)
    if keys is None:
        return None
    runs: list[list[int]] = []
    seen: set[int] = set()
    for n, (rec, num) in enumerate(keys):
        if n == 0 or rec != keys[n - 1][0]:
            if rec in seen:
                return None  # a section in two runs
            seen.add(rec)
            runs.append([num])
        elif num >= runs[-1][-1]:
            return None  # a section going up, or a number twice: no reversed layout
        else:
            runs[-1].append(num)
    if sum(1 for run in runs if len(run) >= 2) < MIN_REVERSED_RUNS or min(seen) < 1:
        return None
    return keys


def _in_key_order(groups: list[list[Draft]], keys: Sequence[tuple[int, int]]) -> list[Draft]:
    order = sorted(range(len(groups)), key=keys.__getitem__)
    return [d for i in order for d in groups[i]]


# an action's ref in two parts: its recommendation's number, then its own number or letter
# ('2.3', '2c', '2(c)'), the form a report sorting actions by something else keeps
_PARTS_REF = re.compile(r"^\s*(?P<rec>\d{1,2})(?:\.(?P<num>\d{1,2})|\(?(?P<letter>[a-z])\)?)\s*$")


def numbered_in_parts(
    refs: Sequence[str | None], whole: bool = True
) -> list[tuple[int, int]] | None:
    """Each action's (recommendation, place) where every ref numbers the actions in parts and
    the parts are whole: each recommendation's actions numbered 1, 2, 3 or a, b, c with none
    missing and none twice. A report that sorts its actions by status or by lead prints them
    out of that order, yet the numbering is the plan's own order; refs with gaps (a report
    naming only some actions) give no order, and the printed one is kept, unless the layout
    itself says the printed order is not the plan's (`whole=False`: a chart of leads)."""
    found = [_PARTS_REF.match(r or "") for r in refs]
    if len(found) < 2 or None in found:
        return None
    keys = [
        (
            int(m.group("rec")),
            int(m.group("num")) if m.group("num") else ord(m.group("letter")) - 96,
        )
        for m in found
        if m is not None
    ]
    if len(set(keys)) != len(keys):
        return None
    if not whole:
        return keys
    by_rec: dict[int, set[int]] = {}
    for rec, place in keys:
        by_rec.setdefault(rec, set()).add(place)
    if any(places != set(range(1, len(places) + 1)) for places in by_rec.values()):
        return None
    return keys


# ---- a second table of the same actions, keyed by their refs: its facts joined on -------

_JOIN_SHARE = 0.6  # of a keyed table's rows, the share whose key names an action read before
_JOIN_ROWS = 2  # a joined table keys two actions or more
_JOIN_ROLES = ("owner", "due", "rag", "progress")


def join_keyed_table(
    table: PlanTable, drafts: Sequence[Draft], rag_key: Mapping[str, str] | None = None
) -> bool:
    """Whether table adds facts to actions read before, joined on their refs, which it then
    applies: a workbook keeps its actions on one sheet (ref, text) and who leads each, by
    when and how it stands on another, in another order (sorted by lead). Evidence from the
    table's shape: a ref column and no action text, a column of owners, dates or statuses, and
    most rows keying a distinct action read before. It fills only what an action lacks."""
    if table.kind != ACTION_TABLE or table.col("action") is not None:
        return False
    ref_c = table.col("ref")
    cols = {role: table.col(role) for role in _JOIN_ROLES}
    if ref_c is None or all(c is None for c in cols.values()):
        return False
    by_ref: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            by_ref.setdefault(ref_key(d.ref), []).append(d)
    rows = [r for r in table.rows if not r.section and any(c and c.text.strip() for c in r.cells)]
    keyed = [(r, by_ref.get(ref_key(r.text(ref_c)), [])) for r in rows]
    found = [(r, ds[0]) for r, ds in keyed if len(ds) == 1]
    if len({id(d) for _, d in found}) != len(found):
        return False  # two rows key one action: no join table
    if len(found) < max(_JOIN_ROWS, _JOIN_SHARE * len(rows)):
        return False
    tints = status_tints(table, cols["rag"])
    for row, d in found:
        _join_row(table, row, d, cols, rag_key, tints)
    return True


def ref_key(ref: str) -> str:
    """An action's ref as tables that key on it print it ('A 1.2.', 'a 1.2 -'): one form, so a
    facts table and an updates table join on the same refs (plan_updates keys on it too)."""
    return " ".join(ref.split()).rstrip(".:)–-").strip().lower()


def _join_row(
    table: PlanTable,
    row: Row,
    d: Draft,
    cols: Mapping[str, int | None],
    rag_key: Mapping[str, str] | None,
    tints: ColumnTints,
) -> None:
    """One joined row's facts onto its action, where the action has none of its own."""
    own_c, due_c, rag_c, prog_c = (cols[r] for r in _JOIN_ROLES)
    if own_c is not None:
        d.owner = d.owner or (
            None if blacked_out_at(row, own_c) else normalise_owner(row.text(own_c))
        )
    if due_c is not None:
        d.due_raw = d.due_raw or _clean(mended_date(row.text(_filled(table, row, "due", due_c))))
    if rag_c is not None:
        d.rag = d.rag or _row_rag(table, row, rag_c, rag_key, tints)
    if prog_c is not None:
        d.progress = d.progress or _clean(row.text(prog_c))


_REC_NUMBER = re.compile(r"\d{1,3}")


def in_recommendation_order(drafts: list[Draft]) -> list[Draft]:
    """The actions in the order of the recommendations they answer, where the plan prints
    them grouped by who leads them (a table a lead officer, under their name) and each names
    its recommendation in a column of its own: the plan is the recommendations' actions,
    the grouping by lead a view of it. Left as printed where any action names no recommendation, or the actions are not grouped by owner
    (each owner one run of actions, two runs or more)."""
    recs = _lead_grouped(drafts)
    if recs is None:
        return drafts
    order = sorted(range(len(drafts)), key=recs.__getitem__)
    return [drafts[n] for n in order]


def _lead_grouped(drafts: Sequence[Draft]) -> list[int] | None:
    """Each action's recommendation number where the actions are grouped by who leads them
    (each owner one run of actions, two runs or more) and each names one recommendation;
    else None."""
    recs = [_rec_number(d.rec_cell) for d in drafts]
    if len(drafts) < 2 or None in recs:
        return None
    runs = [d.owner for n, d in enumerate(drafts) if n == 0 or d.owner != drafts[n - 1].owner]
    if None in runs or len(runs) < 2 or len(set(runs)) != len(runs):
        return None
    return [r or 0 for r in recs]


def order_among_leads_unprinted(drafts: Sequence[Draft]) -> bool:
    """Whether actions grouped by lead (as in_recommendation_order reads them) put one
    recommendation's actions under two leads or more: the plan's own order among those is
    not printed (each lead's table gives only the order of its own), so the order given is a
    guess even where the groups already come in the recommendations' order and no action had
    to move."""
    recs = _lead_grouped(drafts)
    if recs is None:
        return False
    owners: dict[int, set[str | None]] = {}
    for rec, d in zip(recs, drafts, strict=True):
        owners.setdefault(rec, set()).add(d.owner)
    return any(len(o) > 1 for o in owners.values())


def _rec_number(cell: str | None) -> int | None:
    """The one recommendation number a Rec cell names ('Rec 2', '2'); None for none or more."""
    found = _REC_NUMBER.findall(cell or "")
    return int(found[0]) if len(found) == 1 else None
