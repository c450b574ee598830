"""The plan scorer measures "never fail silently": a plan read empty, dateless or wrong counts
as said only when the extracted result carries a warning saying so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plantrace.pipeline.evaluate.plans import score_plans

GOLD: dict[str, Any] = {
    "file": "plan.pdf",
    "recommendations": [],
    "actions": [
        {"ref": "1.1", "text": "Audit every child's plan each month", "due_date": "2026-03-31"},
        {"ref": "1.2", "text": "Train team managers in supervision", "due_date": "2026-06-30"},
    ],
}


def _pred(actions: list[dict[str, Any]], codes: list[str]) -> dict[str, Any]:
    warnings = [{"code": c, "message": c, "page": None} for c in codes]
    return {"recommendations": [], "actions": actions, "warnings": warnings}


def test_empty_plan_counts_as_said_only_with_plan_no_actions() -> None:
    quiet = score_plans([(GOLD, _pred([], []))])
    told = score_plans([(GOLD, _pred([], ["plan_no_actions"]))])
    unclassified = score_plans([(GOLD, _pred([], ["not_classified"]))])
    wrong_code = score_plans([(GOLD, _pred([], ["plan_column_unplaced"]))])
    assert (unclassified.said_empty.hits, unclassified.said_empty.n) == (1, 1)
    assert (quiet.said_empty.hits, quiet.said_empty.n) == (0, 1)
    assert (told.said_empty.hits, told.said_empty.n) == (1, 1)
    assert (wrong_code.said_empty.hits, wrong_code.said_empty.n) == (0, 1)
    # an empty plan is also a misread one; any warning says so
    assert (told.said_misread.hits, quiet.said_misread.hits) == (1, 0)


def test_dateless_plan_needs_the_due_dates_warning() -> None:
    undated = [{"ref": a["ref"], "text": a["text"], "due_date": None} for a in GOLD["actions"]]
    quiet = score_plans([(GOLD, _pred(undated, []))])
    told = score_plans([(GOLD, _pred(undated, ["plan_due_dates_unread"]))])
    assert (quiet.said_dateless.hits, quiet.said_dateless.n) == (0, 1)
    assert (told.said_dateless.hits, told.said_dateless.n) == (1, 1)
    # both actions were found: the plan is not misread, so nothing is counted there
    assert told.said_misread.n == 0


def test_a_plan_read_right_is_not_counted() -> None:
    s = score_plans([(GOLD, _pred(list(GOLD["actions"]), []))])
    assert (s.said_empty.n, s.said_dateless.n, s.said_misread.n) == (0, 0, 0)


def test_half_read_plan_is_misread() -> None:
    s = score_plans([(GOLD, _pred([GOLD["actions"][0]], []))])
    assert (s.said_misread.hits, s.said_misread.n) == (0, 1)


def test_ownerless_and_unrated_plans_need_their_own_warnings() -> None:
    gold = {
        **GOLD,
        "actions": [{**a, "owner": "Head of Service", "rag": "amber"} for a in GOLD["actions"]],
    }
    bare = [
        {"ref": a["ref"], "text": a["text"], "due_date": a["due_date"]} for a in GOLD["actions"]
    ]
    quiet = score_plans([(gold, _pred(bare, []))])
    told = score_plans([(gold, _pred(bare, ["plan_owners_unread", "plan_status_unread"]))])
    assert (quiet.said_ownerless.hits, quiet.said_ownerless.n) == (0, 1)
    assert (quiet.said_unrated.hits, quiet.said_unrated.n) == (0, 1)
    assert (told.said_ownerless.hits, told.said_unrated.hits) == (1, 1)
    # a plan whose gold has no owner and no rating is not counted for either
    plain = score_plans([(GOLD, _pred(bare, []))])
    assert (plain.said_ownerless.n, plain.said_unrated.n) == (0, 0)


def test_a_plan_not_read_at_all_is_named_apart_from_the_readers_scores(tmp_path: Path) -> None:
    """A plan whose extraction failed (a timeout on a loaded machine, a corrupt file) scores as
    empty; the report must name it, or a fall in F1 reads as the reader's when it is not."""
    from plantrace.pipeline.evaluate.plans import format_report
    from plantrace.pipeline.extract import extract_file

    broken = tmp_path / "plan.pdf"
    broken.write_bytes(b"%PDF-1.7\n this is no PDF body at all")
    pred = extract_file(broken).to_contract()
    s = score_plans([(GOLD, pred), (GOLD, _pred(list(GOLD["actions"]), []))])
    assert s.documents == 2 and len(s.failed) == 1
    assert s.failed[0].startswith("plan.pdf (corrupt: ")
    report = format_report(s)
    assert "plans not read (an error, scored as empty): 1" in report
    assert "failed" in s.to_dict() and s.to_dict()["failed"] == s.failed
    assert "plans not read" not in format_report(score_plans([(GOLD, _pred([], []))]))


def test_a_plan_whose_only_loss_is_its_links_is_misread_and_said_by_a_links_warning() -> None:
    """Actions all read, none linked to its recommendation: the plan is misread (it was not
    counted at all), said by plan_links_unread, not by a warning about something else."""
    recs = [{"number": "1", "text": "Improve the timeliness of plans"}]
    gold = {
        **GOLD,
        "recommendations": recs,
        "actions": [{**a, "recommendations": ["1"]} for a in GOLD["actions"]],
    }

    def pred(linked: bool, codes: list[str]) -> dict[str, Any]:
        acts = [{**a, "recommendations": ["r1"] if linked else []} for a in GOLD["actions"]]
        return {**_pred(acts, codes), "recommendations": [{"id": "r1", **recs[0]}]}

    quiet = score_plans([(gold, pred(False, []))])
    told = score_plans([(gold, pred(False, ["plan_links_unread"]))])
    partial = score_plans([(gold, pred(False, ["plan_links_partial"]))])
    other = score_plans([(gold, pred(False, ["plan_owners_unread"]))])
    right = score_plans([(gold, pred(True, []))])
    assert (quiet.said_misread.hits, quiet.said_misread.n) == (0, 1)
    assert (told.said_misread.hits, told.said_misread.n) == (1, 1)
    assert (partial.said_misread.hits, partial.said_misread.n) == (1, 1)
    assert (other.said_misread.hits, other.said_misread.n) == (0, 1)
    assert right.said_misread.n == 0
    # a plan whose gold links nothing is not counted for its links
    assert score_plans([(GOLD, _pred(list(GOLD["actions"]), []))]).said_misread.n == 0
