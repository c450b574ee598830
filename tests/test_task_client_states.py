"""A task client's work states as a plan's status (pipeline/normalise/data/rag.json, round 58).

Outlook (and the task clients after it) offers one fixed status list: 'Not Started', 'In
Progress', 'Waiting on someone else', 'Deferred', 'Completed'. A plan kept as tasks prints them
as its status. 'Waiting on someone else' is the task held up by another party (amber: at risk)
and is read so only alone; 'Deferred' is a state alone and red on the scale that prints the
held-up step beside it (the task put off: the scale's worst step), or, since round 60, two of
the client's other steps ('In Progress', 'Not Started', 'Completed') and no word red by itself:
which tasks happen to be held up does not change the scale; 'In Progress' is then the
on-track step (status_scale: a rating scale with a trouble step and no green word), said by a
status_scale_inferred warning; 'Not Started' stays unrated. The plan is built here (ReportLab:
Ref | Action | Lead officer | Due | Status).
"""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import status_table_plan

TEXTS = [
    "Agree a joint protocol with the police on strategy discussions",
    "Audit thirty care plans and share the learning with managers",
    "Recruit twelve foster carers through a regional campaign",
    "Publish a sufficiency strategy agreed with health partners",
    "Train every social worker in the new assessment framework",
]


def _plan(statuses: list[str]) -> bytes:
    rows = [
        [f"1.{n}", text, "Head of Service", "31/03/2027", status]
        for n, (text, status) in enumerate(zip(TEXTS, statuses, strict=True), 1)
    ]
    return status_table_plan(
        "Eastmoor Council: Improvement Plan tasks",
        ["Ref", "Action", "Lead officer", "Due", "Status"],
        rows,
        [30, 190, 85, 60, 125],
    )


def _read(statuses: list[str]) -> tuple[list[str | None], list[str]]:
    plan = extract_plan(parse_pdf_bytes(_plan(statuses), "plan.pdf"))
    assert [a.text for a in plan.actions] == TEXTS
    return [a.rag for a in plan.actions], [w.code for w in plan.warnings]


def test_waiting_on_someone_else_is_amber_alone_only() -> None:
    assert normalise_rag("Waiting on someone else") == "amber"
    assert normalise_rag("Status: Waiting on someone else") == "amber"
    assert normalise_rag("Waiting") is None  # a state
    assert normalise_rag("Waiting on someone else to sign the protocol off") is None
    assert normalise_rag("Deferred") is None  # a state alone


def test_the_task_client_scale() -> None:
    got, codes = _read(
        ["In Progress", "Waiting on someone else", "Deferred", "Completed", "Not Started"]
    )
    assert got == ["green", "amber", "red", "blue", None]
    assert "status_scale_inferred" in codes


def test_deferred_on_the_clients_scale_without_the_held_up_step() -> None:
    """No task held up by another party, but the client's other steps are printed: the same
    scale, so 'Deferred' is its worst step and 'In Progress' its on-track step (round 60)."""
    got, codes = _read(["In Progress", "Deferred", "Completed", "Not Started", "In Progress"])
    assert got == ["green", "red", "blue", None, "green"]
    assert "status_scale_inferred" in codes
    assert "plan_status_unread" not in codes
    # two of the client's steps are enough ('Not Started' absent)
    got, _ = _read(["Deferred", "In Progress", "Completed", "Deferred", "In Progress"])
    assert got == ["red", "green", "blue", "red", "green"]


def test_deferred_stays_unrated_where_the_scale_is_not_shown() -> None:
    """One other step is no scale; a word red by itself means deferred is not the worst step."""
    got, codes = _read(["Deferred", "Completed", "Completed", "Completed", "Deferred"])
    assert got == [None, "blue", "blue", "blue", None]
    assert "plan_status_unread" in codes  # 'Deferred' left unrated is said
    got, codes = _read(["In Progress", "Deferred", "Completed", "Off track", "Not Started"])
    assert got == ["green", None, "blue", "red", None]
    assert "plan_status_unread" in codes
