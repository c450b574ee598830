"""Unnumbered actions whose plan's own order is not printed say so: printed in a table per lead
officer (put in the order of the recommendations they answer, the order within one a guess),
or sorted into lists by status ('Completed', 'Delayed'). A plan whose actions are numbered, or
printed in one run, says nothing of order.
"""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.test_footnote_fields import _paper as numbered
from tests.test_lead_groups import _plan as by_lead
from tests.test_status_lists import _report as by_status


def test_actions_regrouped_from_lead_tables_warn() -> None:
    plan = extract_plan(parse_pdf_bytes(by_lead(), "by-lead.pdf"))
    warned = [w for w in plan.warnings if w.code == "plan_actions_regrouped"]
    assert [(w.page, w.message.split(" carry")[0]) for w in warned] == [(1, "the 4 actions")]


def test_actions_in_status_lists_warn() -> None:
    plan = by_status()
    warned = [w for w in plan.warnings if w.code == "plan_actions_status_sorted"]
    assert len(warned) == 1
    assert warned[0].message.startswith(f"the {len(plan.actions)} actions carry no numbers")


def test_numbered_actions_say_nothing_of_order() -> None:
    plan = extract_plan(parse_pdf_bytes(numbered(), "paper.pdf"))
    codes = {w.code for w in plan.warnings}
    assert not codes & {"plan_actions_regrouped", "plan_actions_status_sorted"}
