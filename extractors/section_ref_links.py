"""Actions whose refs number them under a recommendation ('4.1' .. '4.4') that link to another.

A plan that numbers its actions by section, each section's number the recommendation it answers
('1.1', '1.2' under recommendation 1; '3.2' under 3), says twice which recommendation an action
answers: by the ref's head and by where the action stands (under a heading, beside a merged
cell, in a card). Where nearly every action's two say the same, a few whose ref's head names
another number than the recommendation they were linked to were linked by place alone, and
place misled: the heading of their section was cut by a page break or read as something else
(so the actions went on under the one above), or a row split a merged cell. The link is then
probably wrong; the coverage report would count those actions against the wrong recommendation
without a word. Said by plan_links_partial, naming the actions, the number their refs give and
whether a recommendation of that number was read at all; the links are left as read (a section
numbered otherwise than the recommendations stays possible).

Evidence needed: MIN_AGREED actions or more whose ref head agrees with their link, under two
sections or more, and these more than those that disagree (of the actions with a section ref
and one link), so that a plan numbering its actions by something else (its own priorities, its
pages) is not doubted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few

# a section ref: the section's number, a point, dash or slash, the action's number ('4.1', '2-3')
_SECTION_REF = re.compile(r"^\s*(?P<num>\d{1,2})[.\-/]\d{1,2}[a-z]?[.)]?\s*$", re.I)
MIN_AGREED = 4  # actions whose ref head is their recommendation's number: the plan numbers so
MIN_SECTIONS = 2  # sections those actions stand under


def _key(number: str | None) -> str | None:
    digits = (number or "").strip().rstrip(".").lstrip("0")
    return digits if digits.isdigit() else None


def section_ref_link_warnings(
    recommendations: Sequence[Recommendation], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """plan_links_partial where a few actions' section refs name another recommendation than
    the one they link to, in a plan whose other actions' refs name theirs (module docstring)."""
    numbers = {r.id: _key(r.number) for r in recommendations}
    known = {n for n in numbers.values() if n is not None}
    agreed: list[str] = []  # the ref heads that agree, one an action
    odd: list[tuple[Action, str, str]] = []  # (action, its ref's number, its link's number)
    for a in actions:
        m = _SECTION_REF.match(a.ref or "")
        linked = [numbers.get(x) for x in a.recommendations]
        if m is None or len(linked) != 1 or linked[0] is None:
            continue
        head = m.group("num").lstrip("0") or "0"
        if head == linked[0]:
            agreed.append(head)
        else:
            odd.append((a, head, linked[0]))
    if not odd or len(agreed) < MIN_AGREED or len(set(agreed)) < MIN_SECTIONS:
        return []
    if len(agreed) <= len(odd):
        return []
    first, first_head, first_link = odd[0]
    shown = first_few([repr(a.ref) for a, _, _ in odd], 4)
    unread = sorted({h for _, h, _ in odd if h not in known}, key=int)
    why = (
        f"no recommendation {', '.join(unread)} was read (its heading may have been cut by a"
        " page break or read as something else)"
        if unread
        else "the place they stand in says otherwise"
    )
    return [ExtractionWarning(
        code="plan_links_partial",
        message=f"{len(odd)} of {len(agreed) + len(odd)} actions ({shown}) link to a"
        f" recommendation other than the one their ref numbers them under ('{first.ref}' under"
        f" {first_head}, linked to {first_link}), where the other actions' refs name their own:"
        f" {why}; their links are probably wrong; check the plan",
        page=first.provenance.page if first.provenance else None,
    )]  # fmt: skip
