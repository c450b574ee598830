"""The head of a post in a printed activity feed: who posted it, and where it was posted.

A collaboration tool's channel (Teams, Slack, a project space) printed to PDF shows one post
per action, each opening with two small lines over the post's title:

    Priya Nandakumar (responsible officer) posted on 13 Dec 2025     <- the byline
    Improvement plan › Recommendation 1                              <- the breadcrumb
    Add a supervision timeliness measure ... (ACT-044)               <- the title: the action
    Progress rating: Serious concerns   Timescale: 18-Feb-2026       <- its fields

The byline names who posted, and its bracketed label says in what capacity: where that label
is one a table would head its owner column with ('responsible officer', 'lead officer'), the
poster is the action's owner; any other capacity ('comms team') says nothing about the owner.
The date the byline ends with is when it was posted, never when the action is due. The
breadcrumb's last step, where it names a numbered recommendation, is the post's link. Both are
read as the card's fields, so the header vocabulary and the recommendation resolver read them
as they read a table's cells; they bound the post's title from above and end the card before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from plantrace.extractors.plan_columns import header_role
from plantrace.extractors.plan_recommendations import names_number
from plantrace.pipeline.normalise.dates import parse_date

# 'Name (capacity) posted on 13 Dec 2025', 'Name (Lead officer) commented · 2 Mar 2026': a name,
# its capacity in brackets, a verb of one to three lower-case words, and a date with a number
_BYLINE = re.compile(
    r"^(?P<who>[A-Z][^()\d]{1,60}?)\s+\((?P<label>[^()\d]{2,40})\)\s+"
    r"(?P<verb>[a-z]+(?:\s+[a-z]+){0,2})\s*(?:[·•|-]\s*)?(?P<when>\S.*\d.*)$"
)
# the steps of a breadcrumb: 'Improvement plan › Recommendation 2', 'Plan » Rec 2'
_CRUMB_SEP = re.compile(r"\s+[›»>]\s+")
MAX_STEP_WORDS = 4  # a breadcrumb's last step names a place, not a sentence


def byline(text: str) -> tuple[str, str] | None:
    """(capacity, name) of a post's byline whose capacity is an owner's label, else None."""
    m = _BYLINE.match(" ".join(text.split()))
    if m is None or header_role(m.group("label")) != "owner":
        return None
    return m.group("label"), m.group("who").strip()


def crumb_link(text: str) -> str | None:
    """The last step of a breadcrumb when it names a numbered recommendation ('Recommendation
    2'), else None (a line with no breadcrumb steps, or a last step that is a sentence)."""
    steps = _CRUMB_SEP.split(" ".join(text.split()))
    if len(steps) < 2:
        return None
    last = steps[-1].strip()
    if not last or len(last.split()) > MAX_STEP_WORDS or not names_number(last):
        return None
    return last


# a title closing with its action's code in brackets: '... for team managers (ACT-044)'
_TRAILING_CODE = re.compile(r"^(?P<text>.*\S)\s+\((?P<code>[A-Z]{1,4}-?\d{1,4})\)$", re.S)


def code_first(title: str) -> str:
    """A post title closing with a bracketed code, its code put first ('ACT-044 Add a ...'),
    where the plan's shared-code rule (plan_actions.split_leading_codes) reads a ref from;
    a title with no such code as it is."""
    m = _TRAILING_CODE.match(title)
    return f"{m.group('code')} {m.group('text')}" if m else title


def posted_on(text: str) -> date | None:
    """The date a byline says the post was made, else None: only ever the order of posting."""
    m = _BYLINE.match(" ".join(text.split()))
    return parse_date(m.group("when")) if m else None


def plan_order(titles: Sequence[str], posted: Sequence[date | None]) -> list[int] | None:
    """The posts' indexes in the plan's own order, where a feed prints them in the order they
    were posted (the bylines' dates run one way, newest or oldest first) and every title closes
    with a code of one set of letters and a number of its own ('(ACT-044)'): the plan numbers
    its actions, the feed only dates the posts. None where the dates are missing or unordered,
    or the codes are not one numbering (the printed order is then kept)."""
    if len(titles) < 2 or None in posted:
        return None
    days = [d for d in posted if d is not None]
    if len(set(days)) < 2 or not (days == sorted(days) or days == sorted(days, reverse=True)):
        return None
    found = [_TRAILING_CODE.match(t) for t in titles]
    if None in found:
        return None
    codes = [_CODE_PARTS.match(m.group("code")) for m in found if m is not None]
    if None in codes:
        return None
    parts = [(c.group(1), int(c.group(2))) for c in codes if c is not None]
    if len({p[0] for p in parts}) != 1 or len({p[1] for p in parts}) != len(parts):
        return None
    return sorted(range(len(parts)), key=lambda k: parts[k][1])


_CODE_PARTS = re.compile(r"^([A-Z]{1,4})-?(\d{1,4})$")
