"""Labelled refs: an action's text opened by a short label, its ref and a colon.

A word processor's portfolio or a card template may print each action as a run-in line, its ref
behind a label of the template's own words: 'Action 2.1: Hold a monthly panel ...', 'Plan action
2.1: ...', 'Action ref 2.1: ...', 'Task 3.2 - ...'. The card and prose readers take the whole
line as the action's text: the label and ref stay in the text and the action has no ref, so it
is neither matched by its number nor put in the plan's order.

The evidence is the shape the plan's actions share, not the label's words: nearly every action
read with no ref opens with the same short label (one to three words, no digits), then a ref
of its own, then a colon or a dash. The ref is read from it and the text is what follows. One
action opening so is no evidence ('Priority 1: ...' may be the text); nor is a ref the actions
share.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_actions import CODED_SHARE, Draft
from plantrace.pipeline.normalise.text_keys import text_key

# a label of one to three words (letters only, the first capitalised), a ref ('2.1', '2.1a',
# 'A2.1', '3', '2b'), then a colon or a spaced dash, then the text
_LABELLED_REF = re.compile(
    r"^\s*(?P<label>[A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,2})\s+"
    r"(?P<ref>[A-Z]{0,2}\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)"
    r"(?:\s*:|\s+[-–—])\s+(?=\S)"
)


def split_labelled_refs(drafts: list[Draft]) -> None:
    """Each action's ref, where the plan prints it behind a label it shares across its actions
    ('Plan action 1.2: Add a ...') and no ref was read apart: the text keeps what follows the
    colon. Only where nearly every action with no ref opens so (CODED_SHARE), under one label
    (case aside), each with its own ref."""
    bare = [d for d in drafts if d.ref is None]
    found = [(d, _LABELLED_REF.match(d.text)) for d in bare]
    labelled = [(d, m) for d, m in found if m is not None]
    if len(labelled) < 2 or len(labelled) < CODED_SHARE * len(bare):
        return
    if len({text_key(m.group("label")) for _, m in labelled}) != 1:
        return
    if len({m.group("ref") for _, m in labelled}) != len(labelled):
        return
    for d, m in labelled:
        d.ref, d.text = m.group("ref"), d.text[m.end() :]
