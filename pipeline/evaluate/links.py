"""Score trace links against the plan gold: action -> report recommendation pairs, and uncovered.

The gold says which plan recommendation each action answers and which report recommendation each
plan recommendation is; so the gold pairs are (gold action, report ordinal). Predicted actions are
aligned to gold actions by text first, so a link is only right when it hangs off the right action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from plantrace.models.results import ExtractionResult
from plantrace.pipeline.coverage import build_coverage
from plantrace.pipeline.evaluate.common import PRF, Rate, align, similarity
from plantrace.pipeline.linking import link_documents
from plantrace.pipeline.traceability import StoredLink

ACTION_SAME = 0.8


@dataclass(slots=True)
class LinkScores:
    links: PRF = field(default_factory=PRF)
    plan_recommendations: PRF = field(default_factory=PRF)
    uncovered_exact: Rate = field(default_factory=Rate)
    misses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "links": self.links.to_dict(),
            "plan_recommendation_links": self.plan_recommendations.to_dict(),
            "uncovered_exact": self.uncovered_exact.to_dict(),
            "misses": list(self.misses),
        }


def _ordinal(rec_id: str) -> int:
    return int(rec_id.lstrip("r"))


def score_links(
    gold: dict[str, Any], report: ExtractionResult, plan: ExtractionResult, scores: LinkScores
) -> None:
    name = Path(gold["file"]).name
    gold_rec_links: dict[str, set[int]] = {}
    for lk in gold.get("links", []):
        gold_rec_links.setdefault(str(lk["plan_recommendation"]), set()).add(
            int(lk["report_recommendation"])
        )
    links = link_documents(report, plan)

    # plan recommendation -> report recommendation
    plan_num = {r.id: r.number for r in plan.recommendations}
    pred_rec_pairs = {
        (str(plan_num.get(lk.item_id)), _ordinal(lk.recommendation_id))
        for lk in links
        if lk.item_kind == "plan_recommendation"
    }
    gold_rec_pairs = {(n, o) for n, ords in gold_rec_links.items() for o in ords}
    _count(
        scores.plan_recommendations, gold_rec_pairs, pred_rec_pairs, name, "plan rec", scores.misses
    )

    # action -> report recommendation, through aligned actions
    gold_actions = gold.get("actions", [])
    pairs = align(
        gold_actions, plan.actions, lambda g, p: similarity(g["text"], p.text) >= ACTION_SAME
    )
    pred_by_action: dict[str, set[int]] = {}
    for lk in links:
        if lk.item_kind == "action":
            pred_by_action.setdefault(lk.item_id, set()).add(_ordinal(lk.recommendation_id))
    matched_pred = {plan.actions[j].id for _, j in pairs}
    gold_pairs: set[tuple[int, int]] = set()
    pred_pairs: set[tuple[int, int]] = set()
    for gi, ga in enumerate(gold_actions):
        for num in ga.get("recommendations", []):
            gold_pairs.update((gi, o) for o in gold_rec_links.get(str(num), set()))
    for gi, pj in pairs:
        pred_pairs.update((gi, o) for o in pred_by_action.get(plan.actions[pj].id, set()))
    extra = sum(len(v) for k, v in pred_by_action.items() if k not in matched_pred)
    scores.links.fp += extra
    _count(scores.links, gold_pairs, pred_pairs, name, "action", scores.misses)

    # every report recommendation without a gold action must come out uncovered
    answered = {o for _, o in gold_pairs}
    gold_uncovered = {i for i in range(1, len(report.recommendations) + 1) if i not in answered}
    stored = [StoredLink(id=i, link=lk, origin="auto", note=None) for i, lk in enumerate(links)]
    cov = build_coverage(report, plan, stored, as_of=date.today())
    pred_uncovered = {_ordinal(r.id) for r in cov.recommendations if r.status.value == "uncovered"}
    ok = gold_uncovered == pred_uncovered
    scores.uncovered_exact.count(ok)
    if not ok:
        scores.misses.append(
            f"{name}: uncovered gold {sorted(gold_uncovered)} predicted {sorted(pred_uncovered)}"
        )


def _count(
    prf: PRF, gold: set[Any], pred: set[Any], name: str, what: str, misses: list[str]
) -> None:
    prf.tp += len(gold & pred)
    prf.fp += len(pred - gold)
    prf.fn += len(gold - pred)
    for g in sorted(gold - pred, key=str):
        misses.append(f"{name}: missed {what} link {g}")
    for p in sorted(pred - gold, key=str):
        misses.append(f"{name}: wrong {what} link {p}")
