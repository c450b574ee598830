"""'Met' on a milestone scale (pipeline/normalise/rag.scale_colour, data/rag.json 'scale_steps',
round 58 (2)).

'Met' alone is green (a target met). A milestone schedule (a grant's Schedule 2: milestones,
deliverables and payments) rates each milestone 'On schedule' / 'At risk of slippage' / 'Not
met' / 'Met': its on-track step is a green word of its own, so 'Met' there is the milestone
reached, done (blue). Where the plan prints a done word of its own ('Achieved'), 'Met' stays the
green step; with no other green word it stays green. The plan is built here (ReportLab: Ref |
Milestone | Owner | Due | Status).
"""

from __future__ import annotations

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import normalise_rag, scale_colour
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
        [f"M1.{n}", text, "Head of Service", "31.03.2027", status]
        for n, (text, status) in enumerate(zip(TEXTS, statuses, strict=True), 1)
    ]
    return status_table_plan(
        "Schedule 2: Milestones, deliverables and payments",
        ["Ref", "Milestone", "Owner", "Due", "Status"],
        rows,
        [35, 190, 85, 60, 120],
    )


def _rags(statuses: list[str]) -> list[str | None]:
    plan = extract_plan(parse_pdf_bytes(_plan(statuses), "plan.pdf"))
    assert [a.text for a in plan.actions] == TEXTS
    return [a.rag for a in plan.actions]


@pytest.mark.parametrize(
    ("statuses", "rags"),
    [
        # the milestone scale: its own on-track word, so 'Met' is done
        (
            ["On schedule", "At risk of slippage", "Not met", "Met", "Not yet claimable"],
            ["green", "amber", "red", "blue", None],
        ),
        # a done word of its own: 'Met' is the green step
        (
            ["Achieved", "Met", "Partially met", "Not met", "On track"],
            ["blue", "green", "amber", "red", "green"],
        ),
        # no other green word: 'Met' green
        (
            ["Met", "Not met", "Partially met", "Met", "Not yet due"],
            ["green", "red", "amber", "green", None],
        ),
    ],
)
def test_met_on_the_plans_scale(statuses: list[str], rags: list[str | None]) -> None:
    assert _rags(statuses) == rags


def test_scale_colour_of_met() -> None:
    assert normalise_rag("Met") == "green"
    assert scale_colour("Met", ["On schedule", "Met", "Not met"]) == "blue"
    assert scale_colour("Met", ["On schedule", "Met", "Complete"]) is None
    assert scale_colour("Not met", ["On schedule", "Met"]) is None
