"""Status words no vocabulary or key reads: said, never guessed.

A plan rates its actions in its own words ('Progressing', 'Behind'). Where the plan prints a
key, the key gives each word its colour (normalise.rag.read_rag_key); where it prints none, a
word the built-in vocabulary does not know is read as no status. That is honest, but silent:
the action passes as unrated. This module finds the status cells whose words are such a word
(letters enough to be a word, no state such as 'Not started' or 'In progress', which mean no
colour by design) so that the plan's warnings say which words were left unread. A key whose
scale has no red step, read with its worst amber step as red (normalise.rag.key_red_guess), is
said too: the colour is the reader's guess, not the plan's word.

A word is unread only where the actions carrying it were left without a status: a column whose
tints give each word its colour (normalise.rag.words_follow_tints) is read by its tints (a word
always untinted there is read as no colour, as 'Not started' is), and a row whose ref names
actions that were all given a status (a later table rating actions listed before,
plan_updates.rates_earlier) was read, whatever the vocabulary says of its word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from plantrace.extractors.ink_code import unsettled_inks
from plantrace.extractors.plan_actions import ref_key
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_totals import total_row
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.label_scales import keyed_by_label
from plantrace.pipeline.normalise.rag import (
    is_status_state,
    key_red_guess,
    normalise_rag,
    scale_colour,
    tint_rags,
    words_follow_tints,
)
from plantrace.pipeline.normalise.values import is_empty_value

MIN_LETTERS = 4  # letters of a word: a mark ('-', 'x', 'ok') is no word left unread
_SHOWN = 3  # words named in the warning


def unread_status_words(
    tables: Sequence[PlanTable],
    rag_key: Mapping[str, str] | None = None,
    actions: Sequence[Action] = (),
    table_keys: Mapping[int, Mapping[str, str]] | None = None,
) -> list[ExtractionWarning]:
    """One warning where the status columns of the plan's action tables hold words read as no
    colour and no state: the actions printing them are left unrated, which the plan's RAG
    coverage would otherwise show as the plan's own choice. A column whose tints say what its
    words mean, or a row whose ref names actions all rated (actions, as read), left no action
    unrated: never said (the warning would name words the plan's statuses were read from).
    table_keys: a table's own key (by id: the inks its words are printed in), read with the
    plan's: a word its ink rated is no word left unread, though no ref column names its row."""
    rated = _rated_refs(actions)
    known = {ref_key(a.ref) for a in actions if a.ref}
    words: Counter[str] = Counter()
    labels: dict[str, None] = {}
    page: int | None = None
    # the plan's status cells: a word with a colour on the scale they print is read (status_scale)
    printed = [
        " ".join(r.text(c).split())
        for t in tables
        if t.kind == ACTION_TABLE and (c := t.col("rag")) is not None
        for r in t.rows
    ]
    # the status cells of all the plan's action tables, their tints read as one column: cards
    # cut into a table a page (or a row) each say their words' colours together, not alone
    plan_tints = _plan_tints(tables)
    for t in tables:
        col = t.col("rag")
        if t.kind != ACTION_TABLE or col is None:
            continue
        # the column's label picks its scale as the actions are read ('Confidence: High' is
        # green): a word that scale reads is read, never said to be unread
        own = (table_keys or {}).get(id(t))
        key = keyed_by_label(
            t.labels[col] if col < len(t.labels) else None,
            {**(rag_key or {}), **own} if own else rag_key,
        )
        # each word on its colour's tint: read by the tints
        tints = _tint_colours(t.rows, col) or plan_tints
        ref_col = t.col("ref")
        for r in t.rows:
            text = " ".join(r.text(col).split()).strip(" .")
            if r.section or total_row(r, t.col("action")):
                continue  # a subtotal's 'Not started Count' rates no action
            ref = ref_key(r.text(ref_col)) if ref_col is not None else ""
            if ref in rated or (tints is not None and (ref not in known or not tints[id(r)])):
                # the actions this row names were given a status, or its tint gives its word
                # one (a word always untinted where the others' tints rate them: no colour, as
                # 'Not started' says)
                continue
            if unread_word(text, key) and scale_colour(text, printed) is None:
                words[text] += 1
                labels.setdefault(t.labels[col] if col < len(t.labels) else "status")
                page = t.page if page is None else page
    if not words:
        return []
    shown = ", ".join(f"{w!r} ({n})" for w, n in words.most_common(_SHOWN))
    named = ", ".join(repr(x) for x in labels)
    return [
        ExtractionWarning(
            code="plan_status_unread",
            message=f"status column {named} holds words that neither the status vocabulary nor"
            f" a printed key reads as a colour ({shown}): {sum(words.values())} actions are"
            " left unrated; check their status",
            page=page,
        )
    ]


def _tint_colours(rows: Sequence[Row], col: int) -> dict[int, str | None] | None:
    """Each data row's colour (by id) as a status column's fills give it, where they give its
    words their colours: each word on one tint wherever it recurs, two status hues or more
    (the column's statuses were read by them). None where the fills say nothing of the words."""
    data = [r for r in rows if not r.section]
    fills = [c.fill if (c := r.cells[col] if col < len(r.cells) else None) else None for r in data]
    if not words_follow_tints([r.text(col) for r in data], fills):
        return None
    return {id(r): colour for r, colour in zip(data, tint_rags(fills), strict=True)}


def _plan_tints(tables: Sequence[PlanTable]) -> dict[int, str | None] | None:
    """Each status row's colour (by id) over every action table of the plan at once, where the
    fills of all their status cells give the words their colours (_tint_colours of one column
    made of them all); None where they do not, or where a table only has a status column."""
    rows: list[Row] = []
    fills: list[str | None] = []
    texts: list[str] = []
    for t in tables:
        col = t.col("rag")
        if t.kind != ACTION_TABLE or col is None:
            continue
        for r in t.rows:
            if r.section:
                continue
            cell = r.cells[col] if col < len(r.cells) else None
            rows.append(r)
            fills.append(cell.fill if cell is not None else None)
            texts.append(r.text(col))
    if len({id(t) for t in tables if t.kind == ACTION_TABLE and t.col("rag") is not None}) < 2:
        return None  # one table: its own tints said it
    if not words_follow_tints(texts, fills):
        return None
    return {id(r): colour for r, colour in zip(rows, tint_rags(fills), strict=True)}


def _rated_refs(actions: Sequence[Action]) -> set[str]:
    """The refs (as tables key on them, plan_actions.ref_key) whose actions were all given a
    status: a row naming one of them left no action unrated."""
    seen: dict[str, bool] = {}
    for a in actions:
        if a.ref:
            k = ref_key(a.ref)
            seen[k] = seen.get(k, True) and a.rag is not None
    return {k for k, ok in seen.items() if ok and k}


def unread_word(text: str, rag_key: Mapping[str, str] | None = None) -> bool:
    """A status cell's words that read as no colour and no state ('Progressing'), and are a
    word, not a placeholder: a value that says nothing is there (values.is_empty_value: 'N/A',
    'None', 'Not available'), nor a mark too short to be a word ('-', 'x')."""
    if is_empty_value(text) or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return False
    return normalise_rag(text, rag_key) is None and not is_status_state(text)


def guessed_key_steps(
    elements: Sequence[Element], key_rows: Sequence[tuple[int, str]] = ()
) -> list[ExtractionWarning]:
    """One warning where a status key printed as a line, or as a row of one cell in a grid, lists
    no red step and its worst amber step ('D delayed') was read as red (normalise.rag
    read_rag_key): the actions printing that step are rated red by the reader's guess. A key
    row taken out of an action table (plan._read_keys) is no longer among the elements: such
    rows come as key_rows, (page, text) each."""
    found: list[tuple[int, str]] = []
    for el in elements:
        if el.table is None and el.raw is None:
            found.append((el.page, el.text))
        elif el.raw is not None:
            found += [(el.page, _lone(cells)) for cells in el.raw.rows]
    for page, text in [*found, *key_rows]:
        words = key_red_guess(text) if text else None
        if words is not None:
            return [
                ExtractionWarning(
                    code="plan_status_unread",
                    message=f"the status key has no red step: {words!r} (amber in the status"
                    " vocabulary), its worst amber step, was read as red; check the key",
                    page=page,
                )
            ]
    return []


def _lone(cells: Sequence[Cell | None]) -> str:
    """A grid row's text where one cell of it holds text, else ''."""
    texts = {id(c): c.text for c in cells if c is not None and c.text.strip()}
    return next(iter(texts.values())) if len(texts) == 1 else ""


def ink_against_words(tables: Sequence[PlanTable]) -> list[ExtractionWarning]:
    """One warning where status words are printed in an ink of a RAG colour their meaning
    contradicts ('Road closed', closed being blue in the vocabulary, printed in red) and
    nothing settles which is meant: no key of the plan gives the words a colour and the plan's
    inks are no code (ink_code: the same words in two inks, or inks of one or two colours).
    The words are read, by the vocabulary; the warning names them with their ink, so a person
    checks the status."""
    seen = Counter(unsettled_inks(dict(enumerate(tables))))
    if not seen:
        return []
    page = next(
        (t.page for t in tables if t.kind == ACTION_TABLE and t.col("rag") is not None), None
    )
    shown = ", ".join(f"{w!r} in {ink} ink, read {said} ({n})"
                      for (w, ink, said), n in seen.most_common(_SHOWN))  # fmt: skip
    return [
        ExtractionWarning(
            code="plan_status_ink_disputed",
            message=f"status words printed in an ink their meaning contradicts ({shown}): no"
            " key and no consistent colour code of the plan says which is meant, so"
            f" {sum(seen.values())} actions are read by their words; check their status",
            page=page,
        )
    ]
