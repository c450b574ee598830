"""Trace links: each plan recommendation, action and KPI to the report recommendation it answers.

Evidence, strongest first: an explicit Ref (or the section the action sits in) chained through the
plan's quoted recommendation; the quoted text itself; lemma similarity with abbreviations and
synonyms folded. Every link carries its method, a score and a snippet of evidence; links under the
confirm threshold are `suggested` for a person to confirm or reject.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from plantrace.models.inspection import Recommendation
from plantrace.models.links import Link, LinkMethod, LinkState
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.normalise.text_keys import word_key
from plantrace.pipeline.similarity import TfIdf, lemma_bags

CONFIRM_AT = 0.6  # links scoring at least this are confirmed without a person
REC_MATCH_MIN = 0.3  # below this a plan recommendation matches no report recommendation
ACTION_MATCH_MIN = 0.22  # an action outside any section needs this much similarity
_REF_SPLIT = re.compile(r"\s*(?:/|,|&|\band\b|;)\s*")
_REF_HEAD = re.compile(r"^\s*(?:rec(?:ommendation)?\.?\s*)?(\d{1,2})(?:\.\d+)*[a-z]?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class RecMatch:
    plan_rec: str
    report_rec: str
    method: LinkMethod
    score: float
    evidence: str


def match_recommendations(
    report_recs: Sequence[Recommendation],
    plan_recs: Sequence[Recommendation],
    glossary: dict[str, str] | None = None,
) -> list[RecMatch]:
    """Each plan recommendation to its report recommendation(s): quoted text, then similarity.

    A plan may merge two report recommendations into one; a second report recommendation is
    linked too when the plan text contains most of it.
    """
    if not report_recs or not plan_recs:
        return []
    bags = lemma_bags([r.text for r in report_recs] + [p.text for p in plan_recs], glossary)
    rbags, pbags = bags[: len(report_recs)], bags[len(report_recs) :]
    tfidf = TfIdf(rbags)
    matches: list[RecMatch] = []
    for p, pbag in zip(plan_recs, pbags, strict=True):
        scored = []
        for r, rbag in zip(report_recs, rbags, strict=True):
            quote = fuzz.partial_ratio(word_key(p.text), word_key(r.text)) / 100.0
            cosine = tfidf.cosine(pbag, rbag)
            lexical = max(cosine, 0.9 * tfidf.containment(pbag, rbag))
            if quote >= 0.9 and min(len(p.text), len(r.text)) >= 30:
                scored.append((max(quote, lexical), cosine, LinkMethod.quoted_text, r))
            else:
                scored.append((lexical, cosine, LinkMethod.similarity, r))
        # a short title is contained in several recommendations: the closer whole text wins
        scored.sort(key=lambda s: (-s[0], -s[1]))
        best_score, _, method, best = scored[0]
        if best_score < REC_MATCH_MIN:
            continue
        matches.append(
            RecMatch(p.id, best.id, method, round(min(best_score, 1.0), 3), p.text[:160])
        )
        # merged items: what the plan text says beyond its best match may be another recommendation
        best_bag = rbags[report_recs.index(best)]
        residual = Counter({t: c for t, c in pbag.items() if t not in best_bag})
        share = tfidf.weight(residual) / max(tfidf.weight(pbag), 1e-9)
        if share >= 0.2:
            for score, _, method2, other in scored[1:4]:
                explained = tfidf.containment(residual, rbags[report_recs.index(other)])
                if explained >= 0.5 and score >= REC_MATCH_MIN * 0.5:
                    merged = round(max(score, explained * share), 3)
                    matches.append(RecMatch(p.id, other.id, method2, merged, p.text[:160]))
                    break
    return matches


def ref_numbers(ref: str | None) -> list[str]:
    """'2.3 / 4.1' -> ['2', '4']; 'Rec 3' -> ['3']: the recommendation numbers a Ref names."""
    if not ref:
        return []
    out: list[str] = []
    for part in _REF_SPLIT.split(ref):
        m = _REF_HEAD.match(part)
        if m and m.group(1) not in out:
            out.append(m.group(1))
    return out


def link_documents(report: ExtractionResult, plan: ExtractionResult) -> list[Link]:
    """All automatic links between one report and one plan (pure)."""
    glossary = {g.abbreviation: g.expansion for g in plan.glossary}
    rec_matches = match_recommendations(report.recommendations, plan.recommendations, glossary)
    by_plan_rec: dict[str, list[RecMatch]] = {}
    for m in rec_matches:
        by_plan_rec.setdefault(m.plan_rec, []).append(m)
    links: list[Link] = []

    def add(
        item_kind: str, item_id: str, rec_id: str, method: LinkMethod, score: float, evidence: str
    ) -> None:
        state = LinkState.confirmed if score >= CONFIRM_AT else LinkState.suggested
        links.append(
            Link(
                report_sha256=report.sha256,
                recommendation_id=rec_id,
                plan_sha256=plan.sha256,
                item_kind=item_kind,
                item_id=item_id,
                method=method,
                score=round(min(max(score, 0.0), 1.0), 3),
                state=state,
                evidence=evidence[:300],
            )
        )

    for m in rec_matches:
        add("plan_recommendation", m.plan_rec, m.report_rec, m.method, m.score, m.evidence)

    # A plan that quotes no recommendations but numbers its actions by them ('2.3 / 4.1').
    by_number = {r.number: r for r in report.recommendations if r.number}
    by_ordinal = {str(i): r for i, r in enumerate(report.recommendations, start=1)}
    plan_rec_numbers = {p.id: p.number for p in plan.recommendations}

    action_texts = [a.text for a in plan.actions]
    action_bags = lemma_bags(action_texts, glossary) if action_texts else []
    rec_bags = lemma_bags([r.text for r in report.recommendations], glossary)
    tfidf = TfIdf(rec_bags + action_bags)

    for action, abag in zip(plan.actions, action_bags, strict=True):
        linked: set[str] = set()
        for plan_rec_id in action.recommendations:
            chain = by_plan_rec.get(plan_rec_id, [])
            via_ref = plan_rec_numbers.get(plan_rec_id) in ref_numbers(action.ref)
            for m in chain:
                method = LinkMethod.ref if via_ref else LinkMethod.section
                # the chain is as strong as the plan-to-report match; an explicit section adds trust
                score = min(1.0, 0.35 + m.score)
                add(
                    "action",
                    action.id,
                    m.report_rec,
                    method,
                    score,
                    f"{action.ref or ''} {m.evidence}".strip(),
                )
                linked.add(m.report_rec)
        if not linked and not plan.recommendations:
            for number in ref_numbers(action.ref):
                target = by_number.get(number) or by_ordinal.get(number)
                if target is not None:
                    add("action", action.id, target.id, LinkMethod.ref, 0.85, f"Ref {action.ref}")
                    linked.add(target.id)
        if linked:
            continue
        scored = sorted(
            (
                (tfidf.cosine(abag, rb), r)
                for r, rb in zip(report.recommendations, rec_bags, strict=True)
            ),
            key=lambda s: -s[0],
        )
        if scored and scored[0][0] >= ACTION_MATCH_MIN:
            score, rec = scored[0]
            # similarity alone never confirms: a person should look at it
            add(
                "action",
                action.id,
                rec.id,
                LinkMethod.similarity,
                min(score, CONFIRM_AT - 0.01),
                action.text[:160],
            )

    for kpi in plan.kpis:
        if kpi.recommendation is None:
            continue
        for m in by_plan_rec.get(kpi.recommendation, []):
            add(
                "kpi",
                kpi.id,
                m.report_rec,
                LinkMethod.section,
                min(1.0, 0.35 + m.score),
                kpi.indicator[:160],
            )
    return links
