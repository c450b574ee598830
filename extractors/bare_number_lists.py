"""A list numbered by bare numbers beside headings that name themselves recommendations.

Formal drafting numbers its recitals '(1) WHEREAS ...', '(2) AND WHEREAS ...' with a hanging
indent, so each reads as a 'number | sentence' row, as a two-column box states a recommendation;
the plan itself then heads each recommendation 'Recommendation 1' over its quoted text. Both
number from 1, and the recommendation index keeps the first text it is given for a number: the
recitals would take the recommendations' numbers. Where headings that call themselves
recommendations (and carry a sentence) state a number that a bare-numbered heading states too,
the named headings are the plan's recommendations and the bare-numbered run (every heading of
it, a recital 3 beside only two recommendations too) is some other list: it is no section.
A bare list whose numbers no named heading states is left alone (a plan's own two-column list).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import (
    MIN_WORDS,
    explicit_heading,
    label_of,
    number_key,
)

Heading = tuple[str, str]  # (number as printed, text)


def drop_bare_restated(
    found: dict[int, Heading], elements: Sequence[Element]
) -> dict[int, Heading]:
    """The section headings (element index -> heading) less the bare-numbered ones that share
    numbers with headings naming themselves recommendations ('Recommendation 2: ...'), each
    with a sentence (a short title may be all a named heading carries: it displaces nothing)."""
    stated = {
        number_key(h[0])
        for i, h in found.items()
        if explicit_heading(elements[i].text) and len(h[1].split()) >= MIN_WORDS
    }
    if not stated:
        return found
    bare = [i for i in sorted(found) if label_of(elements[i].text) is None]
    if not any(number_key(found[i][0]) in stated for i in bare):
        return found
    return {i: h for i, h in found.items() if i not in bare}
