"""Actions read with a message's chrome in them: a chat or mail printout misread.

Where a thread of messages is read as a plan, an action whose text opens with a sender line
(a name with a timestamp, '10/06/2025 09:10', or a '(Bot)' tag) took the message's heading
into the action: the box it was printed in was read whole, not its lines. An owner that is a
recommendation's label ('Recommendation 2') is a card's label read as a field. Both are
misreads the scores would not show as such: said as plan_actions_doubtful, naming the actions.
The sender pattern and the recommendation labels are the chat reader's data
(data/thread_replies.json), one vocabulary for reading and doubting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/thread_replies.json").read_text("utf-8")
)
_SHOWN = 3  # actions named in the message
# a sender's heading opening the text: a name (up to 6 words) then a date and a time, or '(Bot)'
_SENDER_OPENING = re.compile(
    r"^(?:[A-Z][\w'.-]*\s+){1,6}?(?:\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}\b|\((?:Bot|App)\))"
)
_REC_LABEL = re.compile(
    r"^(?:{})\s+\d{{1,2}}\s*$".format("|".join(map(re.escape, _DATA["rec_labels"]))), re.I
)


def _chrome_in(a: Action) -> bool:
    text = " ".join(a.text.split())
    return bool(_SENDER_OPENING.match(text) or (a.owner and _REC_LABEL.match(a.owner.strip())))


def chrome_action_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """plan_actions_doubtful naming the actions whose text opens with a sender's heading or
    whose owner is a recommendation's label."""
    bad = [a for a in actions if _chrome_in(a)]
    if not bad:
        return []
    names = [repr(a.ref) if a.ref else repr(" ".join(a.text.split()[:6])) for a in bad]
    shown = first_few(names, _SHOWN)
    subject = f"action {shown} holds" if len(bad) == 1 else f"{len(bad)} actions ({shown}) hold"
    return [
        ExtractionWarning(
            code="plan_actions_doubtful",
            message=f"{subject} a message's sender line or a recommendation's label as its text"
            " or owner: a printed thread's boxes were read whole; check their reading",
            page=bad[0].provenance.page,
        )
    ]
