"""Coverage: which report recommendations the plan answers, by whom, by when, and which not.

build_coverage is pure (results + links in, CoverageReport out); write_coverage is the I/O edge
used by the CLI and the coverage flow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from plantrace.models.coverage import (
    ActionView,
    CoverageReport,
    CoverageStatus,
    CoverageSummary,
    DocumentRef,
    KpiView,
    LinkSummary,
    RecommendationView,
)
from plantrace.models.links import LinkState
from plantrace.models.plan import KPI, Action
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.kpi_rag import RagScheme, compute_rag
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import (
    StoredLink,
    all_pairs,
    load_justifications,
    pair_all,
    relink,
)

FORMATS = ("html", "json", "csv", "xlsx", "md")
_LIVE = {LinkState.confirmed, LinkState.suggested, LinkState.suspect}


def _doc_ref(r: ExtractionResult) -> DocumentRef:
    return DocumentRef(
        sha256=r.sha256,
        file=r.file,
        local_authority=r.inspection.local_authority if r.inspection else None,
        inspection_end=r.inspection.end_date if r.inspection else None,
        extractor_version=r.extractor_version,
    )


def _action_view(a: Action, as_of: date, link: StoredLink | None) -> ActionView:
    done = normalise_rag(a.rag) == "blue"
    return ActionView(
        id=a.id,
        ref=a.ref,
        text=a.text,
        owner=a.owner,
        due_date=a.due_date,
        due_raw=a.due_raw,
        overdue=bool(a.due_date and a.due_date < as_of and not done),
        rag=normalise_rag(a.rag),
        progress=a.progress,
        page=a.provenance.page,
        bbox=a.provenance.bbox,
        link=None
        if link is None
        else LinkSummary(
            method=link.link.method.value, score=link.link.score, state=link.link.state.value
        ),
    )


def _kpi_view(k: KPI, scheme: RagScheme) -> KpiView:
    computed = compute_rag(k, scheme)
    own = normalise_rag(k.rag)
    return KpiView(
        id=k.id,
        code=k.code,
        indicator=k.indicator,
        direction=k.direction,
        baseline=k.baseline.raw if k.baseline else None,
        latest=k.latest.raw if k.latest else None,
        target=k.target.raw if k.target else None,
        rag=own,
        computed_rag=computed,
        rag_disagrees=bool(own and computed and own != computed),
        page=k.provenance.page,
    )


def build_coverage(
    report: ExtractionResult,
    plan: ExtractionResult,
    links: Sequence[StoredLink],
    *,
    as_of: date,
    justified: dict[str, str] | None = None,
    scheme: RagScheme | None = None,
) -> CoverageReport:
    scheme = scheme or RagScheme()
    justified = justified or {}
    live = [lk for lk in links if lk.link.state in _LIVE]
    actions = {a.id: a for a in plan.actions}
    kpis = {k.id: k for k in plan.kpis}
    kpi_views = {k.id: _kpi_view(k, scheme) for k in plan.kpis}
    linked_actions: set[str] = set()
    views: list[RecommendationView] = []
    for rec in report.recommendations:
        rec_links = [lk for lk in live if lk.link.recommendation_id == rec.id]
        best: dict[str, StoredLink] = {}
        for lk in rec_links:
            if lk.link.item_kind == "action" and lk.link.item_id in actions:
                cur = best.get(lk.link.item_id)
                if cur is None or _rank(lk) > _rank(cur):
                    best[lk.link.item_id] = lk
        action_views = [_action_view(actions[aid], as_of, lk) for aid, lk in best.items()]
        action_views.sort(key=lambda v: list(actions).index(v.id))
        linked_actions.update(best)
        rec_kpis = [
            kpi_views[lk.link.item_id]
            for lk in rec_links
            if lk.link.item_kind == "kpi" and lk.link.item_id in kpis
        ]
        views.append(
            RecommendationView(
                id=rec.id,
                number=rec.number,
                text=rec.text,
                category=None if rec.category is None else rec.category.value,
                page=rec.provenance.page,
                bbox=rec.provenance.bbox,
                status=_status(rec.id, action_views, justified),
                justification=justified.get(rec.id),
                actions=action_views,
                kpis=_unique(rec_kpis),
            )
        )
    all_views = [_action_view(a, as_of, None) for a in plan.actions]
    orphans = [v for v in all_views if v.id not in linked_actions]
    counts = {s: sum(1 for v in views if v.status is s) for s in CoverageStatus}
    n = max(len(views), 1)
    summary = CoverageSummary(
        recommendations=len(views),
        covered=counts[CoverageStatus.covered],
        weakly_covered=counts[CoverageStatus.weakly_covered],
        uncovered=counts[CoverageStatus.uncovered],
        justified=counts[CoverageStatus.justified],
        coverage_pct=round(
            100 * (counts[CoverageStatus.covered] + counts[CoverageStatus.justified]) / n, 1
        ),
        answered_pct=round(100 * (len(views) - counts[CoverageStatus.uncovered]) / n, 1),
        actions=len(all_views),
        overdue_actions=sum(1 for v in all_views if v.overdue),
        orphan_actions=len(orphans),
        actions_without_owner=sum(1 for v in all_views if not v.owner),
        actions_without_date=sum(1 for v in all_views if v.due_date is None),
        kpis=len(kpi_views),
        kpi_rag_disagreements=sum(1 for v in kpi_views.values() if v.rag_disagrees),
    )
    return CoverageReport(
        report=_doc_ref(report),
        plan=_doc_ref(plan),
        as_of=as_of,
        recommendations=views,
        orphan_actions=orphans,
        actions_without_owner=[v for v in all_views if not v.owner],
        actions_without_date=[v for v in all_views if v.due_date is None],
        kpis=list(kpi_views.values()),
        summary=summary,
    )


def _rank(lk: StoredLink) -> tuple[int, float]:
    order = {LinkState.confirmed: 2, LinkState.suspect: 1, LinkState.suggested: 0}
    return (order.get(lk.link.state, -1), lk.link.score)


def _unique(views: list[KpiView]) -> list[KpiView]:
    seen: set[str] = set()
    out = []
    for v in views:
        if v.id not in seen:
            seen.add(v.id)
            out.append(v)
    return out


def _status(rec_id: str, actions: list[ActionView], justified: dict[str, str]) -> CoverageStatus:
    if rec_id in justified:
        return CoverageStatus.justified
    if not actions:
        return CoverageStatus.uncovered
    strong = [
        a
        for a in actions
        if a.link is not None
        and a.link.state == LinkState.confirmed.value
        and a.owner
        and a.due_date
    ]
    return CoverageStatus.covered if strong else CoverageStatus.weakly_covered


@dataclass(slots=True)
class CoverageOutput:
    report: CoverageReport
    files: list[Path] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    markdown: str = ""
    rows: list[dict[str, Any]] = field(default_factory=list)


def coverage_for(
    store: Store,
    report_sha: str,
    plan_sha: str,
    *,
    as_of: date | None = None,
    scheme: RagScheme | None = None,
) -> CoverageReport:
    """Relink the pair (people's decisions kept) and build its coverage report."""
    links = relink(store, report_sha, plan_sha)
    report = store.load_result(report_sha)
    plan = store.load_result(plan_sha)
    if report is None or plan is None:
        raise LookupError("both documents must be stored")
    return build_coverage(
        report,
        plan,
        links,
        as_of=as_of or date.today(),
        justified=load_justifications(store, report_sha, plan_sha),
        scheme=scheme,
    )


def write_coverage(
    store: Store,
    report_sha: str | None,
    plan_sha: str,
    as_of: date | None,
    formats: list[str],
    out_dir: Path,
    scheme: RagScheme | None = None,
) -> CoverageOutput:
    """Write the coverage report of a plan in each format; the report defaults to its pair."""
    from plantrace.pipeline.render import render  # local: jinja2/openpyxl only when writing

    if report_sha is None:
        pairs = dict((p, r) for r, p in pair_all(store))
        report_sha = pairs.get(plan_sha)
        if report_sha is None:
            raise LookupError("no inspection report is paired with this plan: give --report")
    cov = coverage_for(store, report_sha, plan_sha, as_of=as_of, scheme=scheme)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"coverage-{plan_sha[:12]}"
    files = []
    for fmt in formats:
        path = out_dir / f"{stem}.{fmt}"
        path.write_bytes(render(cov, fmt, store=store))
        files.append(path)
    from plantrace.pipeline.render.tabular import markdown, recommendation_rows

    return CoverageOutput(
        report=cov,
        files=files,
        summary=cov.summary.model_dump(),
        markdown=markdown(cov),
        rows=recommendation_rows(cov),
    )


def pairs_to_report(store: Store) -> list[tuple[str | None, str]]:
    """Every (report, plan) pair, pairing stored plans with their report where it can."""
    return [(r, p) for r, p in pair_all(store)]


__all__ = [
    "FORMATS",
    "CoverageOutput",
    "all_pairs",
    "build_coverage",
    "coverage_for",
    "pairs_to_report",
    "write_coverage",
]
