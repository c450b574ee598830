"""A category in capitals set just above an action's title and run into it: 'PROCESS 1.2 Expand
the children in care council ...'.

A drawn chart or a board labels each action with a category (a cause-and-effect chart's 'PEOPLE'
or 'PROCESS' at the end of each bone, a board's 'QUICK WIN') in small capitals right above the
action's ref and text. The card reader takes the line above a title for the title's first line,
so the action's text opens with the category and its ref ('PROCESS 1.2 ...'): the ref is not
read (the action falls out of the plan's order and its link is lost) or, read elsewhere, is
left in the text with the category.

Evidence, not words: the plan's other actions carry refs in parts ('2.3': numbered_in_parts,
gaps allowed); the text opens with one to three words all in capitals (letters only, three at
least: no ref, no figure), then a ref in parts that no other action of the plan carries (or the
action's own ref, where it was read apart), then the text. The category is no field of an
action: it is set aside, the ref and the text kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft, numbered_in_parts

# one to three words in capitals, then a ref in parts ('2.3'), then the text
_KICKER = re.compile(r"^\s*(?:[A-Z][A-Z&'’-]{2,}\s+){1,3}(?P<ref>\d{1,2}\.\d{1,2})\s+(?=\S)")
MIN_REFS = 2  # refs in parts the plan's other actions carry, at the least


def split_caps_kickers(drafts: Sequence[Draft]) -> None:
    """Each action whose text opens with a category in capitals and a ref (see the module's
    docstring) gets that ref and the text after it; changed in place."""
    refs = [d.ref for d in drafts if d.ref]
    if len(refs) < MIN_REFS or numbered_in_parts(refs, whole=False) is None:
        return
    taken = set(refs)
    for d in drafts:
        m = _KICKER.match(d.text)
        if m is None or not d.text[m.end() :].strip():
            continue
        ref = m.group("ref")
        if d.ref is None and ref not in taken:
            d.ref = ref
            taken.add(ref)
        elif d.ref != ref:
            continue  # another action's ref, or the action's own is another: text, as printed
        d.text = d.text[m.end() :].strip()
