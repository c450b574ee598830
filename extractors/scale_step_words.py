"""Status words that are a colour only on a scale the plan prints, where it prints none: said.

Some status words say where the work is and take a colour only from the scale a plan prints
around them (normalise.rag.scale_colour, data/rag.json 'scale_steps'): 'Under way' is green as
the best step beside a worse one ('Behind schedule'), 'Paused' red as the worst beside a milder
step of delay, 'Not implemented' red on an audit follow-up's scale. A plan whose status cells
print such a word but none of the steps that show the scale leaves those actions uncoloured,
rightly: 'Under way' alone says the work has begun, not whether it is on time. But it is not a
plain state the plan chose ('In progress', 'Not started'): the plan's readers may well take it as
a rating, so the uncoloured actions are said, with the words, never passed as unrated by design.

A word no vocabulary reads at all ('Progressing' before its scale rule) is said by
plan_status_words as unread; this module says only words the vocabulary knows as scale steps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from plantrace.extractors.plan_actions import ref_key
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable
from plantrace.extractors.plan_status_words import unread_word
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import is_scale_step, normalise_rag, scale_colour

_SHOWN = 3  # words named in the warning


def unscaled_step_words(
    tables: Sequence[PlanTable], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """One plan_status_unread warning where action tables' status cells hold a scale-step word
    ('Under way', 'Paused') the plan prints no scale for, on rows whose actions were left with
    no colour (a row naming only rated actions was read, whatever its word)."""
    rated: dict[str, bool] = {}
    for a in actions:
        if a.ref:
            k = ref_key(a.ref)
            rated[k] = rated.get(k, True) and a.rag is not None
    rows = [
        (t, r, " ".join(r.text(c).split()).strip(" ."))
        for t in tables
        if t.kind == ACTION_TABLE and (c := t.col("rag")) is not None
        for r in t.rows
        if not r.section
    ]
    printed = [text for _, _, text in rows]
    words: Counter[str] = Counter()
    page: int | None = None
    for t, r, text in rows:
        if not text or not is_scale_step(text) or scale_colour(text, printed) is not None:
            continue
        if normalise_rag(text) is not None or unread_word(text):
            continue  # coloured by its plain reading, or said as unread already
        ref_col = t.col("ref")
        ref = ref_key(r.text(ref_col)) if ref_col is not None else ""
        if ref and rated.get(ref, False):
            continue  # the actions it names were given a status (a fill, a later table)
        words[text] += 1
        page = t.page if page is None else page
    if not words:
        return []
    shown = ", ".join(f"{w!r} ({n})" for w, n in words.most_common(_SHOWN))
    return [
        ExtractionWarning(
            code="plan_status_unread",
            message=f"{sum(words.values())} actions' statuses were left without a colour: their"
            f" words ({shown}) are a colour only on a status scale the plan prints (beside a"
            " worse or milder step such as 'Behind schedule'), and the plan prints no such"
            " scale; check their status",
            page=page,
        )
    ]
