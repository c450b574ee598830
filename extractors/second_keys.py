"""A second key the recommendations' list gives each recommendation, cited by the actions.

A plan answering an inspection report may list its recommendations with the report paragraph
each came from (`Rec. | Report paragraph | Recommendation`: `1 | para 52 | Improve ...`), and
then name the recommendation an action answers by that paragraph alone, in brackets closing the
action's text (`... with the police (para 52)`). The list's own number (1) is printed nowhere
beside the action; the bracketed code is no recommendation label ('Rec. 2', 'R2'), so the
closing-tag reader (plan_actions._closing_tag) leaves it in the text and the action is linked
to nothing.

The evidence is the list's shape, not its words: a column of the recommendations' table other
than the number and the text whose every filled cell is one short code (a word and a number,
'para 52', 'Section 4.2', '§ 12'), a different one in every row, two rows at least. Each such
code is that row's recommendation's second key. An action whose text closes with one of them
in brackets (round or square) answers that recommendation: the code is taken off the text and
read as the action's link. Other numbers in the row (an evidence column's 'paras 16, 29') are
not read: only the list's codes link. An action closing with a code of the same word whose key
the list does not hold (a paragraph no recommendation came from) is said
(`second_key_unlisted`), not linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import PlanTable
from plantrace.extractors.plan_recommendations import RecommendationIndex, heading
from plantrace.models.results import ExtractionWarning

# a code: a word (or '§') and a number, with a point and a part at most ('para 52', 'Para.
# 4.2', '§12', 'p. 7'); a four-digit number is a year, not a key
_CODE = re.compile(r"^\s*(?P<label>§|[A-Za-z]{1,12})\.?\s?(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*$")
# such a code in brackets closing an action's text
_CLOSING = re.compile(r"\s*[(\[](?P<code>[^()\[\]]{1,20})[)\]]\s*$")
MIN_KEYS = 2  # rows of the list with a code of their own
_UNLISTED = "second_key_unlisted"


def _key(code: str) -> tuple[str, str] | None:
    """(label, number) of a code, the label lower case without its point: 'Para. 052' and
    'para 52' are one key."""
    m = _CODE.match(code)
    if m is None:
        return None
    return m.group("label").lower(), m.group("num").lstrip("0") or "0"


def note_second_keys(index: RecommendationIndex, t: PlanTable) -> None:
    """The second keys a table of the recommendations gives them (index.second_keys): each
    column other than the number and text columns whose filled cells are all codes of one
    label, one per row, none twice, in two rows at least."""
    text_col = t.col("recommendation_text")
    if text_col is None:
        return
    rows: list[tuple[str, list[str]]] = []  # (row's recommendation id, its cells)
    for row in t.rows:
        text = " ".join(row.text(text_col).split())
        labelled = heading(text)
        rid = index.with_text(labelled[1] if labelled is not None else text)
        if rid is not None:
            rows.append((rid, [row.text(j) for j in range(len(t.roles))]))
    skip = {text_col, t.col("rec")}
    width = min((len(cells) for _, cells in rows), default=0)
    for j in range(width):
        if j in skip:
            continue
        keys = [(rid, _key(cells[j])) for rid, cells in rows if cells[j].strip()]
        found = [(rid, k) for rid, k in keys if k is not None]
        if len(found) < MIN_KEYS or len(found) != len(keys):
            continue
        if len({k[0] for _, k in found}) != 1 or len({k for _, k in found}) != len(found):
            continue  # one label for all, a different code in every row
        if len({rid for rid, _ in found}) != len(found):
            continue  # a tracker repeating a recommendation: its code is no key of one
        for rid, k in found:
            index.second_keys.setdefault(f"{k[0]} {k[1]}", rid)


def link_by_second_keys(
    drafts: Sequence[Draft], index: RecommendationIndex
) -> list[ExtractionWarning]:
    """Each action with no printed link whose text closes with a second key in brackets
    ('(para 52)'): the code off its text, its link that key's recommendation. One closing with
    a code of a second key's label that the list does not hold is said."""
    if not index.second_keys:
        return []
    labels = {k.split(" ", 1)[0] for k in index.second_keys}
    numbers = {r.id: r.number for r in index.items}
    unlisted: list[tuple[str, int]] = []
    for d in drafts:
        if d.rec_cell is not None:
            continue
        m = _CLOSING.search(d.text)
        if m is None or not d.text[: m.start()].strip():
            continue
        k = _key(m.group("code"))
        if k is None or k[0] not in labels:
            continue
        rid = index.second_keys.get(f"{k[0]} {k[1]}")
        if rid is None or not numbers.get(rid):
            unlisted.append((m.group("code").strip(), d.row.page))
            continue
        d.text = d.text[: m.start()].rstrip()
        d.rec_cell = numbers[rid]
    if not unlisted:
        return []
    codes = ", ".join(f"'{c}'" for c, _ in unlisted[:5])
    return [
        ExtractionWarning(
            code=_UNLISTED,
            message=(
                f"{len(unlisted)} action(s) close with a code ({codes}) of the kind the "
                "recommendations' list gives each recommendation, but no recommendation listed "
                "has it: those actions are linked to no recommendation; check the list"
            ),
            page=unlisted[0][1],
        )
    ]
