"""Card labels set aside: a label of action cards that no vocabulary gives a role is read as
'other' and its values kept nowhere. Where those values are sentences and no action has an
update read, the label most likely gives the actions' progress in words the vocabulary does
not know ('Lately: ...', 'Word on the ground: ...'): the plan says so rather than losing the
updates silently (plan_column_unplaced)."""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.cell_types import CellType, type_counts
from plantrace.extractors.plan_cards import is_card_table
from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning

_MIN_VALUES = 2  # sentences under one label before it is taken for the cards' updates


def aside_label_warnings(
    elements: Sequence[Element], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """One warning per card label read as 'other' whose values are mostly sentences, where no
    action's progress was read: the updates are printed but not read."""
    if not actions or any(a.progress for a in actions):
        return []
    values: dict[str, list[str]] = {}
    page: dict[str, int] = {}
    seen: set[int] = set()
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or id(t) in seen or not is_card_table(t):
            continue
        seen.add(id(t))  # card tables of one plan may share one reading
        for i, role in enumerate(t.roles):
            if role != "other" or i >= len(t.labels) or not t.labels[i]:
                continue
            label = t.labels[i]
            values.setdefault(label, []).extend(v for r in t.rows if (v := r.text(i).strip()))
            page.setdefault(label, t.page)
    out = []
    for label, texts in values.items():
        counts = type_counts(texts)
        if len(texts) < _MIN_VALUES or counts[CellType.prose] * 2 < sum(counts.values()):
            continue
        out.append(ExtractionWarning(
            code="plan_column_unplaced",
            message=f"a card label {label!r} ({len(texts)} values, sentences) could not be"
            " placed and no action's progress was read: its values, likely the actions'"
            " updates, are not read",
            page=page[label],
        ))  # fmt: skip
    return out
