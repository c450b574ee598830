"""Links read from a drawing applied to the actions, and the actions the drawing left unplaced said.

Why: readers that link actions to recommendations by geometry alone (ribbon_links: bands
joining boxes; strip_sections: markers on a strip of coloured sections) end the same way: the
actions the drawing places take its recommendations (the link read before, by place or none,
gives way), and those of the same pages it places not keep the link read before, which the
plan's warnings say (plan_links_partial, naming them): their recommendation is unread or a
guess. One helper does both, each reader giving the words of its warning.

Pure: copies actions; no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few

SHOWN = 4  # actions named in a warning


def apply_drawn_links(
    actions: list[Action],
    links: Mapping[int, list[str]],
    unplaced: Sequence[tuple[int, int]],
    message: str,
) -> tuple[list[Action], list[ExtractionWarning]]:
    """The actions with the recommendations `links` gives them (index of an action -> ids of
    its recommendations), the others as read; and a plan_links_partial warning naming the
    actions of `unplaced` ((index, page) of those the drawing placed not), on the page of the
    first. `message`: the warning's text, '{count}' standing for how many actions it names and
    '{shown}' for the first SHOWN of them (ref, else the opening of their text)."""
    if not links and not unplaced:
        return actions, []
    out = [
        a.model_copy(update={"recommendations": links[i]}) if i in links else a
        for i, a in enumerate(actions)
    ]
    if not unplaced:
        return out, []
    names = [actions[i].ref or actions[i].text[:30] for i, _ in unplaced]
    shown = first_few(names, SHOWN)
    return out, [
        ExtractionWarning(
            code="plan_links_partial",
            message=message.format(count=len(names), shown=shown),
            page=unplaced[0][1],
        )
    ]
