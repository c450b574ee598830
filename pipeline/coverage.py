"""Coverage: which report recommendations the plan answers, by whom, by when, and which not.

build_coverage is pure (results + links in, CoverageReport out); write_coverage is the I/O edge
used by the CLI and the coverage flow.
"""

from __future__ import annotations

import re
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
    CoverageWarning,
    DocumentRef,
    KpiView,
    LinkSummary,
    RecommendationView,
)
from plantrace.models.grades import DocumentKind, RecommendationCategory
from plantrace.models.links import LinkState
from plantrace.models.plan import KPI, Action
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.decisions import apply_corrections
from plantrace.pipeline.kpi_rag import RagScheme, compute_rag
from plantrace.pipeline.normalise.dates import Mention, dated_mentions
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import (
    StoredLink,
    all_pairs,
    authority_key,
    load_justifications,
    pair_all,
    relink,
)

FORMATS = ("html", "json", "csv", "xlsx", "md")
_LIVE = {LinkState.confirmed, LinkState.suggested, LinkState.suspect}


def _doc_ref(r: ExtractionResult, after: date | None = None) -> DocumentRef:
    dated = document_date(r.head, after) if r.kind is DocumentKind.improvement_plan else None
    return DocumentRef(
        sha256=r.sha256,
        file=r.file,
        local_authority=r.inspection.local_authority if r.inspection else None,
        inspection_end=r.inspection.end_date if r.inspection else None,
        extractor_version=r.extractor_version,
        dated=dated.day if dated else None,
        dated_precision=dated.precision if dated else None,
    )


def document_date(head: str, after: date | None = None) -> Mention | None:
    """A plan's own date from its first page: the latest day or month it names after the
    inspection it answers (the inspection's and the report's dates are not the plan's), else
    the first year it names from then on ('Plan 2024-2026' -> 2024); with nothing after the
    inspection, the same from every date it names."""
    named = dated_mentions(head[:1500])
    if after is not None:
        later = [m for m in named if _month(m) > (after.year, after.month)]
        later += [m for m in named if m.precision == "year" and m.day.year >= after.year]
        named = later or named
    exact = [m for m in named if m.precision != "year"]
    if exact:
        return max(exact, key=lambda m: m.day)
    years = [m for m in named if m.precision == "year"]
    return min(years, key=lambda m: m.start) if years else None


def _month(m: Mention) -> tuple[int, int]:
    return (m.day.year, m.day.month)


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
            method=link.link.method.value,
            score=link.link.score,
            state=link.link.state.value,
            origin=link.origin,
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
    include_partnership: bool = False,
    accept_pairing: bool = False,
) -> CoverageReport:
    """The report for one pair.

    A safeguarding partnership's (LSCB's) own recommendations are the partnership's to answer,
    not the council's plan's: they stay in the report, marked, but out of the figures unless
    include_partnership. accept_pairing says a person checked a pairing that looks wrong.
    """
    scheme = scheme or RagScheme()
    justified = justified or {}
    live = [lk for lk in links if lk.link.state in _LIVE]
    actions = {a.id: a for a in plan.actions}
    kpis = {k.id: k for k in plan.kpis}
    kpi_views = {k.id: _kpi_view(k, scheme) for k in plan.kpis}
    linked_actions: set[str] = set()
    views: list[RecommendationView] = []
    for position, rec in enumerate(report.recommendations, start=1):
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
        partnership = rec.category is RecommendationCategory.lscb
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
                label=rec.number or str(position),
                partnership=partnership,
                counted=include_partnership or not partnership,
            )
        )
    all_views = [_action_view(a, as_of, None) for a in plan.actions]
    orphans = [v for v in all_views if v.id not in linked_actions]
    counted = [v for v in views if v.counted]
    counts = {s: sum(1 for v in counted if v.status is s) for s in CoverageStatus}
    n = max(len(counted), 1)
    summary = CoverageSummary(
        recommendations=len(counted),
        covered=counts[CoverageStatus.covered],
        weakly_covered=counts[CoverageStatus.weakly_covered],
        uncovered=counts[CoverageStatus.uncovered],
        justified=counts[CoverageStatus.justified],
        coverage_pct=round(
            100 * (counts[CoverageStatus.covered] + counts[CoverageStatus.justified]) / n, 1
        ),
        answered_pct=round(100 * (len(counted) - counts[CoverageStatus.uncovered]) / n, 1),
        actions=len(all_views),
        overdue_actions=sum(1 for v in all_views if v.overdue),
        orphan_actions=len(orphans),
        actions_without_owner=sum(1 for v in all_views if not v.owner),
        actions_without_date=sum(1 for v in all_views if v.due_date is None),
        kpis=len(kpi_views),
        kpi_rag_disagreements=sum(1 for v in kpi_views.values() if v.rag_disagrees),
        partnership_recommendations=sum(1 for v in views if v.partnership),
        partnership_included=include_partnership,
    )
    meta = report.inspection
    known = [d for d in (meta.end_date, meta.publication_date) if d] if meta else []
    plan_ref = _doc_ref(plan, max(known) if known else None)
    return CoverageReport(
        report=_doc_ref(report),
        plan=plan_ref,
        as_of=as_of,
        recommendations=views,
        orphan_actions=orphans,
        actions_without_owner=[v for v in all_views if not v.owner],
        actions_without_date=[v for v in all_views if v.due_date is None],
        kpis=list(kpi_views.values()),
        summary=summary,
        warnings=[
            *_extraction_warnings("report", report),
            *_extraction_warnings("plan", plan),
            *([] if accept_pairing else pairing_warnings(report, plan)),
            *_measure_warnings(summary, views),
        ],
    )


def _extraction_warnings(source: str, r: ExtractionResult) -> list[CoverageWarning]:
    return [
        CoverageWarning(source=source, code=w.code, message=w.message, page=w.page)
        for w in r.warnings
    ]


def pairing_warnings(report: ExtractionResult, plan: ExtractionResult) -> list[CoverageWarning]:
    """A plan measured against another authority's report, or a report newer than the plan.

    The plan's first page names the authority it belongs to and the dates it was written;
    where it names neither the report's authority nor any date from the inspection on, the
    figures probably compare documents that do not belong together.
    """
    found: list[CoverageWarning] = []
    meta = report.inspection
    if meta is None:
        return found
    key = authority_key(meta.local_authority)
    if key and key not in authority_key(plan.head[:6000] or plan.file):
        found.append(
            CoverageWarning(
                source="coverage",
                code="pair.authority",
                message=(
                    f"the plan does not name {meta.local_authority}: it may answer another "
                    "authority's inspection (check the pairing, or accept it with "
                    "--accept-pairing)"
                ),
            )
        )
    end = meta.end_date
    named = dated_mentions(plan.head[:1500])
    if end is not None and named and all(_before(m, end) for m in named):
        latest = max(named, key=lambda m: m.day)
        found.append(
            CoverageWarning(
                source="coverage",
                code="pair.report_after_plan",
                message=(
                    f"the inspection ended on {end.isoformat()}, after every date the plan "
                    f"names (latest {_printed(latest)}): the plan cannot answer this report "
                    "(check the pairing, or accept it with --accept-pairing)"
                ),
            )
        )
    return found


def _before(m: Mention, day: date) -> bool:
    if m.precision == "year":
        return m.day.year < day.year
    if m.precision == "month":
        return _month(m) < (day.year, day.month)
    return m.day < day


def _printed(m: Mention) -> str:
    return m.day.strftime({"year": "%Y", "month": "%B %Y"}.get(m.precision, "%-d %B %Y"))


def _measure_warnings(
    summary: CoverageSummary, views: list[RecommendationView]
) -> list[CoverageWarning]:
    """What the figures cannot say, so a bare 0% is never read as 'nothing planned'."""
    found = []
    if not views:
        found.append(
            CoverageWarning(
                source="coverage",
                code="coverage.no_recommendations",
                message="no recommendation was read from the report: coverage cannot be measured",
            )
        )
    if summary.actions == 0:
        found.append(
            CoverageWarning(
                source="coverage",
                code="coverage.no_actions",
                message=(
                    "no action was read from the plan: 0% covered means nothing could be read, "
                    "not that nothing is planned"
                ),
            )
        )
    elif summary.actions_without_date == summary.actions:
        found.append(
            CoverageWarning(
                source="coverage",
                code="coverage.no_due_dates",
                message=(
                    "no action's due date could be read: which actions are overdue is unknown"
                ),
            )
        )
    return found


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
    rendered: dict[str, bytes] = field(default_factory=dict)


class CoverageError(LookupError):
    """A coverage that cannot be made as asked (a document missing, of the wrong kind)."""


_KIND_WORDS = {
    DocumentKind.inspection_report: "an inspection report",
    DocumentKind.improvement_plan: "an improvement plan",
    DocumentKind.other: "neither an inspection report nor an improvement plan",
}


def check_kinds(report: ExtractionResult, plan: ExtractionResult) -> None:
    """The report must be an inspection report and the plan a plan: swapped, the figures are
    nonsense (0% covered), so it is an error, not a number."""
    if report.kind is DocumentKind.improvement_plan and plan.kind is DocumentKind.inspection_report:
        raise CoverageError(
            f"--plan {plan.file} is an inspection report and --report {report.file} is an "
            "improvement plan: they look swapped"
        )
    if plan.kind is not DocumentKind.improvement_plan:
        raise CoverageError(f"--plan {plan.file} is {_KIND_WORDS[plan.kind]}, not a plan")
    if report.kind is not DocumentKind.inspection_report:
        raise CoverageError(
            f"--report {report.file} is {_KIND_WORDS[report.kind]}, not an inspection report"
        )


def coverage_for(
    store: Store,
    report_sha: str,
    plan_sha: str,
    *,
    as_of: date | None = None,
    scheme: RagScheme | None = None,
    include_partnership: bool = False,
    accept_pairing: bool = False,
) -> CoverageReport:
    """Relink the pair (people's decisions kept) and build its coverage report."""
    report = store.load_result(report_sha)
    plan = apply_corrections(store, store.load_result(plan_sha))  # people's field corrections
    if report is None or plan is None:
        raise CoverageError("both documents must be stored")
    check_kinds(report, plan)
    links = relink(store, report_sha, plan_sha)
    return build_coverage(
        report,
        plan,
        links,
        as_of=as_of or date.today(),
        justified=load_justifications(store, report_sha, plan_sha),
        scheme=scheme,
        include_partnership=include_partnership,
        accept_pairing=accept_pairing,
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")


def file_stem(cov: CoverageReport) -> str:
    """What the file is, readable in a folder listing or an email attachment:
    coverage-<authority>-plan-<plan date>-asof-<as-of date>."""
    return stem_of(cov.report, cov.plan, cov.as_of)


def stem_of(report: DocumentRef, plan: DocumentRef, as_of: date) -> str:
    authority = report.local_authority
    who = _slug(authority_key(authority)) if authority else ""
    who = who or _slug(Path(plan.file).stem)[:40] or "unknown-authority"
    when = "undated"
    if plan.dated is not None:
        when = plan.dated.strftime("%Y" if plan.dated_precision == "year" else "%Y-%m")
    return f"coverage-{who}-plan-{when}-asof-{as_of.isoformat()}"


def unique_stem(stem: str, plan_file: str, taken: set[str] | None) -> str:
    """Two plans of one authority with the same date in one run get the plan file's name too."""
    if taken is None:
        return stem
    if stem in taken:
        plan_name = _slug(Path(plan_file).stem)[:40]
        base = stem.replace("-asof-", f"-{plan_name}-asof-") if plan_name else stem
        stem, n = base, 2
        while stem in taken:
            stem, n = f"{base}-{n}", n + 1
    taken.add(stem)
    return stem


def stems_for(store: Store, pairs: Sequence[tuple[str | None, str]], as_of: date) -> dict[str, str]:
    """Each plan's file stem, unique across the pairs, worked out before the pairs are written
    in parallel (the coverage flow), so no two plans write the same file."""
    taken: set[str] = set()
    stems: dict[str, str] = {}
    for report_sha, plan_sha in pairs:
        report = store.load_result(report_sha) if report_sha else None
        plan = store.load_result(plan_sha)
        if report is None or plan is None:
            continue
        meta = report.inspection
        known = [d for d in (meta.end_date, meta.publication_date) if d] if meta else []
        plan_ref = _doc_ref(plan, max(known) if known else None)
        stem = stem_of(_doc_ref(report), plan_ref, as_of)
        stems[plan_sha] = unique_stem(stem, plan.file, taken)
    return stems


def write_coverage(
    store: Store,
    report_sha: str | None,
    plan_sha: str,
    as_of: date | None,
    formats: list[str],
    out_dir: Path | None,
    scheme: RagScheme | None = None,
    *,
    include_partnership: bool = False,
    accept_pairing: bool = False,
    taken: set[str] | None = None,
    stem: str | None = None,
) -> CoverageOutput:
    """Write the coverage report of a plan in each format; the report defaults to its pair.

    With out_dir None nothing is written: the bytes are in CoverageOutput.rendered (for
    `--out -`). `taken` holds the file stems already written in this run; `stem`, when given,
    is the file name without its extension (see stems_for).
    """
    from plantrace.pipeline.render import render  # local: jinja2/openpyxl only when writing

    if report_sha is None:
        pairs = dict((p, r) for r, p in pair_all(store))
        report_sha = pairs.get(plan_sha)
        if report_sha is None:
            raise CoverageError("no inspection report is paired with this plan: give --report")
    cov = coverage_for(
        store,
        report_sha,
        plan_sha,
        as_of=as_of,
        scheme=scheme,
        include_partnership=include_partnership,
        accept_pairing=accept_pairing,
    )
    rendered = {fmt: render(cov, fmt, store=store) for fmt in formats}
    files = []
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = stem or unique_stem(file_stem(cov), cov.plan.file, taken)
        for fmt, data in rendered.items():
            path = out_dir / f"{stem}.{fmt}"
            path.write_bytes(data)
            files.append(path)
    from plantrace.pipeline.render.tabular import markdown, recommendation_rows

    return CoverageOutput(
        report=cov,
        files=files,
        summary=cov.summary.model_dump(),
        markdown=markdown(cov),
        rows=recommendation_rows(cov),
        rendered=rendered if out_dir is None else {},
    )


def pairs_to_report(store: Store) -> list[tuple[str | None, str]]:
    """Every (report, plan) pair, pairing stored plans with their report where it can."""
    return [(r, p) for r, p in pair_all(store)]


__all__ = [
    "FORMATS",
    "CoverageError",
    "CoverageOutput",
    "all_pairs",
    "build_coverage",
    "check_kinds",
    "coverage_for",
    "file_stem",
    "pairs_to_report",
    "stems_for",
    "write_coverage",
]
