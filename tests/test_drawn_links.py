"""drawn_links.apply_drawn_links: the tail ribbon_links and strip_sections share (links read from
a drawing applied, the actions it left unplaced named in plan_links_partial). The readers' own
tests build their documents (test_ribbon_links, test_strip_section_markers); this pins the
helper's contract: links replace those read before, others stay, the warning names the first
SHOWN actions (ref, else the opening of their text) on the first one's page."""

from __future__ import annotations

from plantrace.extractors.drawn_links import SHOWN, apply_drawn_links
from plantrace.models.plan import Action
from plantrace.models.results import first_few
from tests.factories import prov


def _actions() -> list[Action]:
    return [
        Action(id=f"a{k}", ref=None if k == 5 else f"{k}", text=f"Action number {k} " * 4,
               recommendations=["r9"], provenance=prov("x" * 64, 2 + k % 2))
        for k in range(1, 7)
    ]  # fmt: skip


def test_links_replace_those_read_before_and_the_unplaced_are_named() -> None:
    acts = _actions()
    out, said = apply_drawn_links(
        acts, {0: ["r1"], 1: ["r1", "r2"]}, [(i, 3 + i % 2) for i in range(2, 6)] + [(5, 2)],
        "{count} action(s) left unplaced ({shown}): a guess",
    )  # fmt: skip
    assert [a.recommendations for a in out] == [["r1"], ["r1", "r2"], *[["r9"]] * 4]
    assert out[2] is acts[2]  # an action the drawing does not place stays as read
    assert [a.recommendations for a in acts][:2] == [["r9"], ["r9"]]  # copies, not edits
    assert SHOWN == 4
    assert [(w.code, w.page) for w in said] == [("plan_links_partial", 3)]
    assert said[0].message == (
        "5 action(s) left unplaced (3, 4, Action number 5 Action number , 6 ..): a guess"
    )


def test_nothing_placed_nor_unplaced_leaves_the_actions_unsaid() -> None:
    acts = _actions()
    assert apply_drawn_links(acts, {}, [], "{count} ({shown})") == (acts, [])
    out, said = apply_drawn_links(acts, {0: ["r1"]}, [], "{count} ({shown})")
    assert out[0].recommendations == ["r1"] and said == []


def test_warnings_list_their_first_few_names() -> None:
    """models.results.first_few: how every warning lists the things it names."""
    assert first_few(["A1", "A2"], 4) == "A1, A2"
    assert first_few(["A1", "A2", "A3", "A4"], 4) == "A1, A2, A3, A4"
    assert first_few(["A1", "A2", "A3", "A4", "A5"], 4) == "A1, A2, A3, A4 .."
    assert first_few([], 3) == ""
