"""A tracker printed sorted by status, its actions read in the printed order: the refs step
back again and again ('2.3', '1.1', '3.2', '1.4'), so the sort was not recognised and the plan
says so (plan_refs_out_of_order); a plan read in its refs' order, or with a slip or two, says
nothing."""

from __future__ import annotations

from plantrace.extractors.ref_order import out_of_order_warnings
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance


def _actions(refs: list[str]) -> list[Action]:
    prov = Provenance(sha256="0" * 64, page=2, extractor="test", extractor_version="test")
    return [
        Action(id=f"a{i}", ref=r, text=f"Action {r} of the plan", provenance=prov)
        for i, r in enumerate(refs, start=1)
    ]


def test_refs_sorted_by_another_column_are_said() -> None:
    refs = ["2.3", "1.1", "3.2", "1.4", "2.1", "3.1", "1.2", "2.2", "1.3"]
    said = out_of_order_warnings(_actions(refs))
    assert [w.code for w in said] == ["plan_refs_out_of_order"]
    assert said[0].message.startswith("the 9 actions were read out of their refs' order")
    assert said[0].page == 2


def test_refs_numbered_through_out_of_order_are_said() -> None:
    refs = ["A4", "A1", "A7", "A2", "A6", "A3", "A5"]
    assert [w.code for w in out_of_order_warnings(_actions(refs))] == ["plan_refs_out_of_order"]


def test_refs_in_order_or_one_slip_say_nothing() -> None:
    in_order = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3"]
    assert out_of_order_warnings(_actions(in_order)) == []
    one_slip = ["1.1", "1.2", "2.1", "1.3", "2.2", "3.1", "3.2", "3.3"]
    assert out_of_order_warnings(_actions(one_slip)) == []
    few = ["2.1", "1.1", "1.2"]  # too few to tell a sort from a slip
    assert out_of_order_warnings(_actions(few)) == []


def test_refs_of_no_numbering_say_nothing() -> None:
    refs = ["CIN", "LAC", "EH", "CP", "QA", "WF"]
    assert out_of_order_warnings(_actions(refs)) == []
