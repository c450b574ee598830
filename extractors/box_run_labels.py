"""The labels of cards each drawn in a box of its own, read from the boxes together.

A process map draws every step as a box (a one-column ruled table: the step's ref and text,
then its field lines 'Officer: ...', 'Starts: ... End: ...', 'State: ...'). Each box holds one
card, so no label recurs inside it and the card reader, asked box by box, reads none: with no
card read elsewhere in the plan to lend its labels, every step was lost and the document was
not even recognised as a plan. Read one after the other, the boxes' lines are a run of cards
whose labels recur box after box: that run's labels are the ones each box is read with.
A box whose label | value rows state a recommendation ('Area of concern 3' beside its text:
plan_boxes) heads the tables under it and is no step's card: it is left out of the run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plantrace.extractors.plan_boxes import stated_in_lines
from plantrace.extractors.plan_cards import NEEDS, _paragraphs, _run_labels, split_cards
from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Line, Table
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag

MIN_BOXES = 2  # one box alone is no run: its labels recur nowhere


def box_run_labels(
    elements: Sequence[Element],
    one_column: Callable[[Table], bool],
    lines_of: Callable[[Table], list[Line]],
) -> dict[str, str | None]:
    """label_key -> role of the cards the one-column boxes hold, read as one run; empty unless
    two boxes or more are read so and the cards name who or when (NEEDS)."""
    boxes = [
        el.raw
        for el in elements
        if el.raw is not None and one_column(el.raw) and not stated_in_lines(lines_of(el.raw))
    ]
    if len(boxes) < MIN_BOXES:
        return {}
    lines = [ln for raw in boxes for ln in lines_of(raw)]
    read = split_cards(lines, _paragraphs, None)
    tables = [e.table for e in read if e.table is not None]
    if not any(NEEDS & set(t.roles) for t in tables) or sum(len(t.rows) for t in tables) < 2:
        return {}
    labels = _run_labels(read)
    # a status printed after its label with no colon ('Delivery rating Off track') recurs box
    # after box as a line's words too: read as a label naming no field ('other'), the run's
    # fields are misread (the status's value took the next lines' labels: 'Path to green' read
    # as the colour). Such a status is a value, not a label: the run is left to the other
    # readers. A status word that names a field ('Complete: <date>', the due) stays a label.
    if any(_status_word(k) and labels[k] in (None, "other") for k in labels):
        return {}
    return labels


def _status_word(key: str) -> bool:
    return normalise_rag(key) is not None or is_status_state(key)
