"""A plan listing its actions by lead (an org chart's boxes) is put back in its refs' order
(plan_actions.in_lead_ref_order). A line read as an action with no ref before the first boxed
action (the page's title over the chart, a stray caption) follows no action: it keeps the
front, and the boxed actions after it are still sorted. It had headed a group of its own whose
missing ref left the whole plan in the chart's order (every action then matched out of place).
"""

from __future__ import annotations

from plantrace.extractors.plan_actions import Draft, in_lead_ref_order
from plantrace.extractors.plan_columns import Row


def _draft(ref: str | None, text: str, owner: str | None) -> Draft:
    return Draft(Row([], 1), ref, text, owner, None, None, None, None, None, None, None)


def _refs(drafts: list[Draft]) -> list[str | None]:
    return [d.ref for d in drafts]


def test_title_above_the_boxes_keeps_the_front_and_the_boxes_are_sorted() -> None:
    chart = [
        _draft(None, "Who is leading our improvement", None),  # the page's title
        _draft("3.1", "Introduce a practice standard for assessments", "Bethan Lloyd"),
        _draft("5.1", "Track attendance of children placed out of the area", "Bethan Lloyd"),
        _draft("2.2", "Invite young inspectors to review services", "Grace Adebayo"),
        _draft("1.2", "Escalate strategy discussions held without health", "Priya Nandakumar"),
        _draft(None, "given by the virtual school", None),  # a wrapped piece under 1.2
        _draft("2.1", "Ensure reviewing officers meet each child", "Amira Choudhury"),
        _draft("1.1", "Revise the strategy discussion template", "Amira Choudhury"),
    ]
    out = in_lead_ref_order(chart)
    assert _refs(out) == [None, "1.1", "1.2", None, "2.1", "2.2", "3.1", "5.1"]
    assert out[0].text == "Who is leading our improvement"
    assert out[3].text == "given by the virtual school"  # moves with 1.2, read before it


def test_no_ref_less_head_sorts_as_before() -> None:
    chart = [
        _draft("2.1", "Ensure reviewing officers meet each child", "Amira Choudhury"),
        _draft("1.1", "Revise the strategy discussion template", "Amira Choudhury"),
        _draft("1.2", "Escalate strategy discussions held without health", "Priya Nandakumar"),
    ]
    assert _refs(in_lead_ref_order(chart)) == ["1.1", "1.2", "2.1"]


def test_refs_not_in_parts_leave_the_printed_order() -> None:
    chart = [
        _draft(None, "Who is leading our improvement", None),
        _draft("RM7", "Revise the strategy discussion template", "Amira Choudhury"),
        _draft("RM2", "Escalate strategy discussions held without health", "Priya Nandakumar"),
    ]
    assert _refs(in_lead_ref_order(chart)) == [None, "RM7", "RM2"]
