"""A drawing's notes read as actions: pieces of text with no ref and no field, left out and said.

A page drawn on the canvas prints notes beside its actions (a cause on a chart's bone with who
raised it, a caption by an arrow), set in small type and wrapped where the drawing has room.
Two such notes level with each other read as one line, and the wrap of one ('(raised by Jo
Bloggs, 19 January 2026)', 'late (raised by ...)') can come out as the title of a card of its
own, its only field the next note's label. Such a piece is no action: it opens mid-sentence
(a lower-case word or a bracket), carries no ref where the plan's actions nearly all do, and
none of the fields an action is read by (owner, due date, status, update).

Evidence, not words: those four things together, in a plan whose other actions (three at the
least, three in four) carry a ref and an owner or a due date. Each such piece is left out of
the actions, and the plan says how many and which (plan_actions_doubtful), so nothing is lost
silently.
"""

from __future__ import annotations

from plantrace.extractors.plan_actions import Draft
from plantrace.models.results import ExtractionWarning

MIN_ACTIONS = 3  # the plan's own actions, at the least, against which a piece stands out
SHARE = 0.75  # of the drafts, the share that carry a ref and an owner or a due date
_SHOWN = 3


def without_stray_notes(drafts: list[Draft]) -> tuple[list[Draft], list[ExtractionWarning]]:
    """The drafts less the pieces of notes read as actions (see the module's docstring), and a
    warning naming them; unchanged where there is none."""
    full = [d for d in drafts if d.ref and (d.owner or d.due_raw)]
    if len(full) < MIN_ACTIONS or len(full) < SHARE * len(drafts):
        return drafts, []
    stray = [d for d in drafts if _stray(d)]
    if not stray:
        return drafts, []
    shown = ", ".join(repr(_clip(d.text)) for d in stray[:_SHOWN])
    said = ExtractionWarning(
        code="plan_actions_doubtful",
        message=f"{len(stray)} piece(s) of text read as actions were left out ({shown}): each"
        " opens mid-sentence, has no reference where the plan's other actions have one, and no"
        " owner, due date, status or update: a note of the drawing (a cause, a caption) wrapped"
        " beside the actions; check with `plantrace tables FILE`",
        page=stray[0].row.page,
    )
    dropped = {id(d) for d in stray}
    return [d for d in drafts if id(d) not in dropped], [said]


def _stray(d: Draft) -> bool:
    if d.ref or d.owner or d.due_raw or d.rag or d.progress:
        return False
    first = d.text.split()[0] if d.text.split() else ""
    return first[:1] == "(" or (first.isalpha() and first.islower())


def _clip(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")
