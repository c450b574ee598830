"""Labels a plan prints inside its paragraphs more often than at a line's start.

A register of hanging paragraphs closes each action's text with its fields inline ('<text> —
Deadline: Oct. 2026. Assessment: Drifting.'). Where a paragraph wraps just before a label, the
wrapped line opens with that label ('Assessment: Drifting.'), and such lines, recurring, looked
like the field lines of action cards: the card reader took the plan, and every paragraph whose
fields stayed inline was lost. A card prints each label at a line's start; a paragraph prints it
after a sentence's end or a spaced dash inside the line. A label seen inside lines more often
than opening them is a paragraph's inline field, never a card's label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from plantrace.pipeline.document import Line

# a label inside a line: after a sentence's end or a spaced dash ('... 2026. Assessment: ...',
# '... families — Deadline: ...'), a capitalised word or few and a colon
_INSIDE = re.compile(r"(?:(?<=[.])|\s[–—-])\s+([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*:(?:\s|$)")


def inline_labels(lines: Sequence[Line], opening: Iterable[tuple[str, str]]) -> set[str]:
    """The keys of the labels (given as (label, key) for each line a label opens) that the
    lines print inside a line more often than at a line's start."""
    starts: dict[str, int] = {}
    spelt: dict[str, str] = {}
    for label, key in opening:
        starts[key] = starts.get(key, 0) + 1
        spelt.setdefault(label.strip().lower(), key)
    inside: dict[str, int] = {}
    for ln in lines:
        if ":" not in ln.text:
            continue  # a label is set before its colon: a line with none holds no label
        for m in _INSIDE.finditer(" ".join(ln.text.split())):
            words = m.group(1).lower().split()
            for n in range(len(words), 0, -1):  # the longest label the plan's lines open with
                found = spelt.get(" ".join(words[-n:]))
                if found is not None:
                    inside[found] = inside.get(found, 0) + 1
                    break
    return {k for k, n in inside.items() if n > starts.get(k, 0)}


def only_note_label(inline: set[str], kept: Iterable[str]) -> bool:
    """Whether the labels left opening lines, once a paragraph's inline labels are set aside,
    are one label alone: the note each paragraph may carry under it ('Where we are: ...' under
    '<text> — Deadline: ... Assessment: ...'). A card prints several fields a line each; a
    register whose fields run inline prints only its note on lines of its own, and a deck
    read from those notes swallowed the paragraphs between them (one action's note took the
    next action as its text, and its status)."""
    return bool(inline) and len(set(kept)) < 2


def opens_inline(
    line: Line,
    inline: set[str],
    parse: Callable[[Line], tuple[str, str] | None],
    key: Callable[[str], str],
) -> bool:
    """Whether the line opens with one of the plan's inline labels: a paragraph wrapped just
    before its fields ('<text> —' over 'Deadline: Jul. 2027. Standing: Stalled.'). Its fields
    run on as the paragraph's, so the line is no card's strip of fields to split a field a
    line: split, its status and the note under it were lost to a card of their own.
    parse: a line's (label, value) (plan_cards.field_line); key: a label's key."""
    found = parse(line) if inline else None
    return found is not None and key(found[0]) in inline
