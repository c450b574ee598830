"""Status words read against the plan's own scale of status words.

'In progress' as the on-track step. A tracker's status field (a wiki's status macro, a project
tool's workflow, a kanban board) offers a short list of steps: 'Not started', 'In progress',
'At risk', 'Blocked', 'Done'. Alone, 'In progress' says only that the work has begun
(normalise.rag reads it as a state with no colour). On a scale that RATES work, with a trouble
step of its own ('At risk' amber, 'Blocked' or 'Delayed' red) and no word for on track, an
action left 'In progress' is one nobody has flagged: the scale's on-track step, green, as the
plan's readers take it. Evidence, all from the plan:

- the scale is read per table, or per group of sibling tables under one header row
  (plan_siblings.sibling_key): a table of states beside another of RAG words is no scale;
- its trouble step must be a rating, not a fact of where the work is: 'Overdue', 'Late',
  'Missed', 'Not implemented' say the date passed, 'Partially implemented' that the work is
  done in part (data/rag.json 'fact_troubles'), so 'Not started / In progress / Overdue /
  Complete' is a list of where work is, and 'In progress' there stays unrated ('begun,
  unrated'), as on an audit follow-up's 'Implemented / Partially implemented / Not
  implemented / In progress';
- a plan that prints a green word anywhere (a status cell of any table, or its printed key:
  'On track' = green) has its own on-track step, so 'In progress' may mean begun but not yet
  rated, and stays unrated.

The colour is inferred, not printed: every plan so rated gets a status_scale_inferred warning
naming how many actions.

A state that is a colour on its own scale: 'Not implemented' is a state (no colour), and red
only where the plan's status cells print the audit follow-up scale it ends ('Implemented',
'Partially implemented', 'Not yet due': normalise.rag.scale_colour, data/rag.json
'scale_steps'); a cell saying 'not yet due' beside it keeps it a state. So 'Behind schedule',
amber as the plain word, is red where the plan's status cells also print a milder amber step of
delay or risk ('Some delays', 'At risk') and no word red by itself ('Off track'): on such a
scale (on track -> mildly late -> behind) behind is the worst step. A step the scale itself
makes amber or red ('Deferred' on a task client's scale) is a trouble step of that scale too,
so 'In Progress' beside it is the on-track step, as beside a word amber by itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_siblings import sibling_key
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import (
    is_trouble_fact,
    is_under_way,
    normalise_rag,
    scale_colour,
)

TROUBLE = frozenset({"amber", "red"})


def _printed(
    drafts: Sequence[Draft], elements: Sequence[Element], placed: Mapping[int, int]
) -> list[tuple[Hashable, Draft, str]]:
    """(the table's scale group, draft, status cell text) of each action with a status cell."""
    out: list[tuple[Hashable, Draft, str]] = []
    for d in drafts:
        i = placed.get(id(d))
        table = elements[i].table if i is not None and i < len(elements) else None
        col = table.col("rag") if table is not None else None
        if table is None or col is None:
            continue
        text = " ".join(d.row.text(col).split())
        if text:
            key = sibling_key(table)
            out.append((("siblings", key) if key is not None else ("table", i), d, text))
    return _one_form(out)


def _one_form(
    printed: list[tuple[Hashable, Draft, str]],
) -> list[tuple[Hashable, Draft, str]]:
    """Records of one form read as one group: a record table whose labels are all printed by
    one fuller record (a task printed with no body, or no completed date, beside tasks with
    them) is that form with a field left empty, so its status is read on the same scale. A
    record that more than one fuller form could be is left in its own group."""
    keys = {g[1] for g, _, _ in printed if isinstance(g, tuple) and g[0] == "siblings"}
    if len(keys) < 2:
        return printed
    canon: dict[Hashable, Hashable] = {}
    for k in keys:
        over = [j for j in keys if set(k) <= set(j)]
        fullest = [j for j in over if not any(set(j) < set(o) for o in over)]
        canon[k] = fullest[0] if len(fullest) == 1 else k
    return [
        (("siblings", canon[g[1]]) if isinstance(g, tuple) and g[0] == "siblings" else g, d, t)
        for g, d, t in printed
    ]


def _rates(text: str, key: Mapping[str, str] | None) -> bool:
    """A status cell that is a rating's trouble step ('At risk', 'Blocked', 'Delayed'), not a
    fact of where the work is ('Overdue', 'Partially implemented')."""
    return normalise_rag(text, key) in TROUBLE and not is_trouble_fact(text)


def rate_on_scale(
    drafts: Sequence[Draft],
    elements: Sequence[Element],
    placed: Mapping[int, int],
    key: Mapping[str, str] | None = None,
) -> list[ExtractionWarning]:
    """Rate unrated actions by the plan's scale (see the module's docstring): a state that is a
    colour on the scale the plan prints ('Not implemented' red), then 'In progress' green on a
    rating scale with no green word. placed: id(draft) -> the element of the table it was read
    from. Returns the warning for the 'In progress' actions rated, if any."""
    printed = _printed(drafts, elements, placed)
    statuses = [text for _, _, text in printed]
    # steps a table prints outside its cells (a board's columns, empty ones too), by group
    steps: dict[Hashable, set[str]] = defaultdict(set)
    for group, d, _ in printed:
        table = elements[placed[id(d)]].table
        if table is not None:
            steps[group].update(s for s in table.steps if s)
    words = [*statuses, *(s for group in steps.values() for s in group)]
    on_scale: set[str] = set()  # trouble steps the scale itself coloured ('Deferred' red)
    for _, d, text in printed:
        # a state (no colour) or a word whose colour is its plain reading ('Behind' amber):
        # never a colour the row says otherwise (a fill, a printed key)
        if d.rag not in (None, normalise_rag(text)):
            continue
        if (colour := scale_colour(text, words)) is not None:
            d.rag = colour
            if colour in TROUBLE and not is_trouble_fact(text):
                on_scale.add(text)
    if any(normalise_rag(text, key) == "green" for text in words) or (
        key is not None and "green" in key.values()
    ):
        return []  # the plan's own on-track word
    groups: dict[Hashable, list[tuple[Draft, str]]] = defaultdict(list)
    for group, d, text in printed:
        groups[group].append((d, text))
    rated: list[str] = []
    trouble: set[str] = set()
    for group, cells in groups.items():
        scale = {text for _, text in cells if _rates(text, key) or text in on_scale}
        scale |= {s for s in steps[group] if _rates(s, key)}
        if not scale:
            continue
        for d, text in cells:
            if d.rag is None and is_under_way(text):
                d.rag = "green"
                rated.append(text)
                trouble |= scale
    if not rated:
        return []
    said = sorted(set(rated))
    return [
        ExtractionWarning(
            code="status_scale_inferred",
            message=(
                f"{len(rated)} action(s) whose status reads only {_quoted(said)} rated green: "
                f"the plan prints no colour for them, but its status scale rates trouble "
                f"({_quoted(sorted(trouble))}) and has no on-track word, so the colour was inferred "
                f"from the plan's scale as its on-track step; check the plan's key."
            ),
        )
    ]


def _quoted(words: Sequence[str]) -> str:
    return ", ".join(f"'{w}'" for w in words[:4]) + (", ..." if len(words) > 4 else "")
