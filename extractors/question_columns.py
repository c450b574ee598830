"""Status from yes/no question columns: a tracker that prints no status word and no fill, but asks
each action three questions in columns of their own ('Started?', 'On schedule?', 'Signed off?')
answered 'Yes' / 'No' / 'Partly' / 'n/a' (or 'Y' / 'N' / 'P' / '-'), its note stating in words
how the answers make the status.

A column is such a question where its header is a question (a question mark, or '(Y/N)') that
asks one of the general questions a tracker asks of an action (data/question_columns.json: has
it started, is it on schedule, is it finished or signed off; by lemmas and partial words, never
one plan's sentence) and every filled cell is an answer (rag.answer_mark). They are read where
the table has no status column of its own, by the common rule such a note states: an action
signed off is complete (blue); one not started has no colour; otherwise the schedule answer
says it: yes on track (green), partly some slippage (amber), no off track (red).

Nothing is guessed in silence: the statuses are a colour the plan does not print, so the plan
is told how they were read (status_scale_inferred), and an action whose answers fit no step of
the rule (begun, not signed off, the schedule answered 'n/a' or left blank; signed off but not
started) is left without a colour and said (plan_status_unread).

A lone 'Done?' column is no set of questions: column_roles._done reads it, as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import answer_mark
from plantrace.pipeline.normalise.text_keys import text_key

if TYPE_CHECKING:
    from plantrace.extractors.column_roles import ColumnRole
    from plantrace.extractors.plan_columns import PlanTable, Row

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors")
    .joinpath("data/question_columns.json")
    .read_text("utf-8")
)
_MARKS: tuple[str, ...] = tuple(_DATA["question_marks"])
_QUESTIONS: dict[str, list[re.Pattern[str]]] = {
    kind: [re.compile(p) for p in pats] for kind, pats in _DATA["questions"].items()
}
_SCHEDULE: dict[str, str] = _DATA["schedule_colours"]

STARTED, SCHEDULE, DONE = "q_started", "q_schedule", "q_done"  # the columns' roles
ROLES = {"started": STARTED, "schedule": SCHEDULE, "done": DONE}
_UNSURE = object()  # an action's answers fit no step of the rule


def question_kind(label: str) -> str | None:
    """What a header asks, where it is a question of a tracker's: 'started', 'schedule' or
    'done'; None for a header that is no question or asks something else."""
    low = text_key(label)
    if not any(low.endswith(m) if m == "?" else m in low for m in _MARKS):
        return None
    for kind, patterns in _QUESTIONS.items():
        if any(p.search(low) for p in patterns):
            return kind
    return None


def names_done(label: str) -> bool:
    """Whether a header speaks of the work being done ('Complete?', 'Completed', 'Signed off'),
    asked as a question or not: a yes/no column under it answers that, whatever its rows."""
    low = text_key(label)
    return any(p.search(low) for p in _QUESTIONS.get("done", []))


def question_columns(out: list[ColumnRole], columns: Sequence[Sequence[str]]) -> None:
    """Give the question columns of an action table their roles: each unplaced (or named the
    status by its header's words: 'On track?') with a header asking one of the general
    questions, its every filled cell an answer, no two asking the same. A
    set of them is read only where it asks of the schedule or asks two questions (a lone
    'Done?' column is column_roles._done's)."""
    found: list[tuple[ColumnRole, str, int]] = []
    for c in out:
        texts = [t for t in columns[c.index] if t.strip()] if c.index < len(columns) else []
        # 'On track?' names the status by its words, but answers of yes and no are no status
        kind = question_kind(c.label) if c.role in (None, "rag") else None
        if kind is None or not texts or any(answer_mark(t) is None for t in texts):
            continue
        found.append((c, kind, len(texts)))
    kinds = {kind for _, kind, _ in found}
    if len(kinds) != len(found) or not ("schedule" in kinds or len(kinds) >= 2):
        return
    for c, kind, n in found:
        c.role, c.confidence = ROLES[kind], 0.8
        c.evidence.append(
            f"header {c.label!r} asks whether the action is {_ASKS[kind]}; its {n} cells are"
            " all answers (yes, no, partly, n/a): one of the questions that give the status"
        )


_ASKS = {"started": "started", "schedule": "on schedule", "done": "done or signed off"}


def _answers(table: PlanTable, row: Row) -> dict[str, str | None] | None:
    """The row's answer to each question its table asks ('started' -> 'yes'), None where the
    table asks none or the row answers none (a banner row, a heading)."""
    got: dict[str, str | None] = {}
    for kind, role in ROLES.items():
        col = table.col(role)
        if col is not None:
            got[kind] = answer_mark(row.text(col))
    if not got or all(v is None for v in got.values()):
        return None
    return got


def _read(answers: dict[str, str | None]) -> object:
    """The status the answers give by the common rule, _UNSURE where they fit no step."""
    started, done = answers.get("started"), answers.get("done")
    schedule = answers.get("schedule")
    if done == "yes":
        return _UNSURE if started == "no" else "blue"
    if started == "no":
        return None if schedule in (None, "n/a") else _UNSURE
    if schedule in _SCHEDULE:
        return _SCHEDULE[schedule]
    if "schedule" not in answers and started == "yes" and done == "no":
        return None  # begun, not finished, no question of time: a state of no colour
    return _UNSURE


def question_rag(table: PlanTable, row: Row) -> str | None:
    """The row's status from its answers to the table's question columns (question_columns),
    None where the table asks none, the action has not started, or the answers fit no step of
    the rule (said by question_warnings)."""
    answers = _answers(table, row)
    if answers is None:
        return None
    got = _read(answers)
    return got if isinstance(got, str) else None


def question_warnings(tables: Sequence[PlanTable]) -> list[ExtractionWarning]:
    """For each table whose status was read from question columns: how (status_scale_inferred),
    and the actions whose answers fit no step of the rule (plan_status_unread)."""
    out: list[ExtractionWarning] = []
    for t in tables:
        cols = [c for role in ROLES.values() if (c := t.col(role)) is not None]
        if not cols or t.col("rag") is not None:
            continue
        heads = ", ".join(repr(t.labels[c]) for c in cols if c < len(t.labels))
        read = unsure = 0
        for row in t.rows:
            answers = _answers(t, row)
            if answers is None:
                continue
            if _read(answers) is _UNSURE:
                unsure += 1
            else:
                read += 1
        if read:
            out.append(ExtractionWarning(
                code="status_scale_inferred",
                message=f"{read} action{'’s status was' if read == 1 else 's’ statuses were'}"
                f" read from the answers to the questions {heads}, as the plan prints no"
                " status word or colour: by the common rule (signed off: complete; not started:"
                " no colour; otherwise on schedule yes / partly / no: green / amber / red), not"
                " by the plan's own note, which was not read",
                page=t.page,
            ))  # fmt: skip
        if unsure:
            out.append(ExtractionWarning(
                code="plan_status_unread",
                message=f"{unsure} action{'’s status was' if unsure == 1 else 's’ statuses were'}"
                f" left without a colour: the answers to the questions {heads} fit no step of"
                " the rule they are read by (begun and not signed off with no schedule answer, or"
                " signed off but not started)",
                page=t.page,
            ))  # fmt: skip
    return out
