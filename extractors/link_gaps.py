"""Links between actions and recommendations missing or probably wrong, judged on the plan as
read: the one check every plan passes through after all its readers have linked it.

Each reader that links actions says so where its own evidence fails (a cited number not read,
a fill no key matches, a band reaching no box). A layout no reader recognises has no such
reader to speak for it, and its plan came out with actions and recommendations read but no link
between them, or no recommendation at all, without a word: the coverage report then shows
every recommendation unanswered (or none to answer), and a user cannot tell that from a plan
that answers nothing. The shape of the result says it alone, whatever the layout:

- recommendations read, three actions or more, none linked (plan_links_unread), or only a few,
  under half (plan_links_partial): a plan that lists recommendations links its actions to them;
- no recommendation read though the plan's text names them (a heading, a label, in the words of
  data/recommendation_labels.json's mention_words) (plan_links_unread): their list is in a form
  not recognised. A plan that never names them (a strategy, a register) is left alone;
- no recommendation read, none linked, though a column of the action table opens every cell
  with a code of one set of letters ('W2', 'W3, O1': tagged_key.link_letters) (plan_links_unread):
  the actions cite a coded list the plan prints in a form not read;
- links probably wrong (plan_links_doubtful): actions linked to recommendations that restate
  another read one cut short ('Reduce delay in achieving...'), an action table's column quoting
  them read as new ones; or every action (five or more) linked to one recommendation where three
  or more were read.

Where a reader has already said the plan's links are in doubt (LINK_CODES) nothing is added:
its message is the more precise.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Page
from plantrace.pipeline.normalise.text_keys import word_key

MIN_ACTIONS = 3  # fewer actions say too little of how a plan links them
MIN_PARTIAL_RECS = 2  # one recommendation read: a plan may answer it with a few actions only
LINKED_SHARE = 0.5  # under this share linked, the plan's links were mostly not read
ONE_TARGET_ACTIONS = 5  # every one of this many actions or more linked to one recommendation
ONE_TARGET_RECS = 3  # ... while this many were read: the links were not read one by one
# codes that already say a plan's links are in doubt: a reader's own warning is more precise
LINK_CODES = frozenset(
    {"plan_links_unread", "plan_links_partial", "plan_links_doubtful", "rec_action_list_unmatched"}
)
_ELLIPSIS = re.compile(r"(?:\.{3}|\u2026)\s*$")


@cache
def _mention() -> re.Pattern[str]:
    """How a plan names the recommendations it answers (data: mention_words, lower case), each
    matched at a word's start, so the plural and 'priorities' match too."""
    data = json.loads(
        (Path(__file__).parent / "data" / "recommendation_labels.json").read_text("utf-8")
    )
    return re.compile("|".join(rf"\b{re.escape(w)}" for w in data["mention_words"]))


def link_gap_warnings(
    recommendations: Sequence[Recommendation],
    actions: Sequence[Action],
    warnings: Sequence[ExtractionWarning],
    pages: Sequence[Page],
    linked: str | None = None,
) -> list[ExtractionWarning]:
    """One warning where the plan's links are missing or probably wrong (see the module's
    docstring), none where a reader already said so or the plan has too few actions to tell.
    linked: the letters every action's link cell opens its code with, None where no column
    of the action table holds such codes."""
    if len(actions) < MIN_ACTIONS or any(w.code in LINK_CODES for w in warnings):
        return []
    return (
        _unlinked(recommendations, actions)
        or _no_recommendations(recommendations, actions, pages)
        or _coded_unread(recommendations, actions, linked)
        or _restated(recommendations, actions)
        or _one_target(recommendations, actions)
    )


def _page(a: Action) -> int | None:
    return a.provenance.page if a.provenance else None


def _warn(code: str, message: str, page: int | None) -> list[ExtractionWarning]:
    """A check's one warning, as the list link_gap_warnings chains with `or` (empty: nothing
    to say, the next check is asked)."""
    return [ExtractionWarning(code=code, message=message, page=page)]


def _unlinked(recs: Sequence[Recommendation], actions: Sequence[Action]) -> list[ExtractionWarning]:
    """None of the actions linked while recommendations were read, or under half of them while
    two or more were: the plan states both, so it links them, and that link went unread."""
    if not recs:
        return []
    bare = [a for a in actions if not a.recommendations]
    linked = len(actions) - len(bare)
    read = f"{len(recs)} recommendations read"
    if not linked:
        which = f"any of the {read}" if len(recs) > 1 else "the one recommendation read"
        return _warn(
            "plan_links_unread",
            f"{len(actions)} actions were read but none is linked to {which}:"
            " the plan's link between actions and recommendations was not read; coverage by"
            " recommendation is unknown",
            _page(actions[0]),
        )
    if len(recs) < MIN_PARTIAL_RECS or linked >= LINKED_SHARE * len(actions):
        return []
    return _warn(
        "plan_links_partial",
        f"only {linked} of {len(actions)} actions are linked to one of the {read}"
        f" ({bare[0].text[:60]!r} .. are not): the others' link was probably not read; coverage"
        " by recommendation is incomplete",
        _page(bare[0]),
    )


def _no_recommendations(
    recs: Sequence[Recommendation], actions: Sequence[Action], pages: Sequence[Page]
) -> list[ExtractionWarning]:
    """No recommendation read, none linked, yet the plan's text names recommendations: their
    list is in a form not recognised. The line naming them is quoted."""
    if recs or any(a.recommendations for a in actions):
        return []
    named = _naming_line(pages)
    if named is None:
        return []
    text, page = named
    return _warn(
        "plan_links_unread",
        f"{len(actions)} actions were read but no recommendation, though the plan names"
        f" them ({text[:60]!r}, page {page}): their list is in a form not recognised, so no"
        " action is linked; coverage by recommendation cannot be traced",
        page,
    )


def _coded_unread(
    recs: Sequence[Recommendation], actions: Sequence[Action], linked: str | None
) -> list[ExtractionWarning]:
    """No recommendation read, none linked, yet every action's link cell cites a code of one
    set of letters ('W2', 'W3, O1'): the plan lists what the codes name (a grid's quadrant, an
    appendix) in a form not read, and its coverage would show nothing answered in silence."""
    if linked is None or recs or any(a.recommendations for a in actions):
        return []
    return _warn(
        "plan_links_unread",
        f"{len(actions)} actions were read, each citing a code {linked}1, {linked}2 .. in a"
        " column of the action table, but no recommendation those codes name was read: the"
        " plan's list of them is in a form not recognised, so no action is linked; coverage"
        " by recommendation cannot be traced",
        _page(actions[0]),
    )


def _naming_line(pages: Sequence[Page]) -> tuple[str, int] | None:
    """The first line (text, page) naming recommendations in mention_words' terms, or None."""
    mention = _mention()
    for page in pages:
        for ln in page.lines:
            if mention.search(ln.text.lower()):
                return ln.text.strip(), page.number
    return None


def _restated(recs: Sequence[Recommendation], actions: Sequence[Action]) -> list[ExtractionWarning]:
    """Actions linked to a recommendation whose text, cut short by an ellipsis, opens another
    read recommendation's: the same one quoted again (an action table's column quoting each
    action's recommendation) read as a new one, so the actions linked to it answer the other.
    A stem opening two or more others says not which, and is left alone."""
    full = {r.id: word_key(r.text) for r in recs}
    restating: dict[str, str] = {}
    for r in recs:
        if not _ELLIPSIS.search(r.text):
            continue
        stem = word_key(_ELLIPSIS.sub("", r.text))
        opened = [
            o for o in recs
            if o.id != r.id and len(full[o.id]) > len(stem) and full[o.id].startswith(stem)
        ]  # fmt: skip
        if len(opened) == 1:  # 'Improve the...' opening two says not which it restates
            restating[r.id] = opened[0].number or opened[0].id
    hit = [a for a in actions if set(a.recommendations) & restating.keys()]
    if not hit:
        return []
    by_id = {r.id: r for r in recs}
    pairs = ", ".join(
        f"{by_id[i].number or i} restates {n}" for i, n in list(restating.items())[:4]
    )
    return _warn(
        "plan_links_doubtful",
        f"{len(restating)} of the {len(recs)} recommendations read restate others cut"
        f" short ({pairs}): the {len(hit)} actions linked to them probably answer the ones"
        " they restate; coverage by recommendation is split between the two; check the"
        " recommendations read",
        _page(hit[0]),
    )


def _one_target(
    recs: Sequence[Recommendation], actions: Sequence[Action]
) -> list[ExtractionWarning]:
    """Every action (five or more) linked to one and the same recommendation while three or
    more were read: one heading or cell was read as every action's link."""
    targets = Counter(i for a in actions for i in a.recommendations)
    if (
        len(actions) < ONE_TARGET_ACTIONS
        or len(recs) < ONE_TARGET_RECS
        or len(targets) != 1
        or not all(a.recommendations for a in actions)
    ):
        return []
    rec = next((r for r in recs if r.id in targets), None)
    name = (rec.number if rec else None) or next(iter(targets))
    return _warn(
        "plan_links_doubtful",
        f"all {len(actions)} actions are linked to recommendation {name} though"
        f" {len(recs)} were read: one heading or cell was probably read as every action's"
        " link; coverage by recommendation is probably wrong",
        _page(actions[0]),
    )
