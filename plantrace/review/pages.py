"""What each page of `plantrace review` shows, assembled from the store (no HTML here).

The plan page reads the stored links, not a fresh relinking: a link keeps its version across
relinking, so a page stays valid while someone else runs `plantrace coverage`. Pairs that were
never linked are linked once, on first view (not in --read-only, where links are computed in
memory and shown without buttons).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from plantrace.models.coverage import CoverageReport, CoverageWarning, LinkSummary
from plantrace.models.grades import DocumentKind
from plantrace.models.links import LinkState
from plantrace.models.plan import KPI, Action
from plantrace.models.results import ExtractionResult, ExtractionWarning
from plantrace.pipeline import decisions
from plantrace.pipeline.coverage import build_coverage
from plantrace.pipeline.linking import link_documents
from plantrace.pipeline.render.words import link_words
from plantrace.pipeline.store import Store, items, runs, sources
from plantrace.pipeline.store import documents as documents_table
from plantrace.pipeline.traceability import StoredLink, all_pairs, get_pair, load_links, relink

PENDING = {LinkState.suggested.value, LinkState.suspect.value}


@dataclass(slots=True)
class DocRow:
    sha256: str
    file: str
    kind: str
    status: str | None
    error: str | None
    pages: int
    version: str | None
    warnings: int
    paired_with: list[str]


def documents(store: Store) -> list[DocRow]:
    """Every stored document with status, warning count and pairing: one query each, no loads."""
    latest = (
        select(func.max(runs.c.id).label("run_id")).group_by(runs.c.sha256).subquery()
    )  # only the latest run's warnings count: an older run's are history
    with store.connect() as conn:
        counts = {
            r.sha256: r.n
            for r in conn.execute(
                select(runs.c.sha256, func.count(items.c.id).label("n"))
                .join(latest, latest.c.run_id == runs.c.id)
                .join(items, items.c.run_id == runs.c.id)
                .where(items.c.kind == "warning")
                .group_by(runs.c.sha256)
            ).all()
        }
    pairs = all_pairs(store)
    partner: dict[str, list[str]] = {}
    for report, plan in pairs:
        partner.setdefault(plan, []).append(report)
        partner.setdefault(report, []).append(plan)
    return [
        DocRow(
            sha256=d["sha256"],
            file=Path(d["sources"][0]).name if d["sources"] else d["sha256"][:12],
            kind=d["kind"],
            status=d["status"],
            error=d["error_code"],
            pages=d["pages"],
            version=d["extractor_version"],
            warnings=counts.get(d["sha256"], 0),
            paired_with=partner.get(d["sha256"], []),
        )
        for d in store.documents()
    ]


def filter_documents(rows: list[DocRow], params: dict[str, str]) -> list[DocRow]:
    kind, status, q = params.get("kind", ""), params.get("status", ""), params.get("q", "")
    out = []
    for r in rows:
        if kind and r.kind != kind:
            continue
        if status and (r.status or "none") != status:
            continue
        if q and q.lower() not in r.file.lower() and not r.sha256.startswith(q.lower()):
            continue
        if params.get("warnings") and not r.warnings:
            continue
        if params.get("unpaired") and (r.paired_with or r.kind not in _PAIRABLE):
            continue
        out.append(r)
    return out


_PAIRABLE = {DocumentKind.inspection_report.value, DocumentKind.improvement_plan.value}


@dataclass(slots=True)
class LinkRow:
    key: tuple[str, str, str]
    item_kind: str
    item_id: str
    label: str
    text: str
    page: int | None
    bbox: tuple[float, float, float, float] | None
    method: str
    score: float
    state: str
    origin: str
    version: str
    owner: str | None = None
    due: str | None = None
    rag: str | None = None
    corrected: set[str] = field(default_factory=set)

    @property
    def words(self) -> str:
        """How the link was made, in the coverage report's words (automatic is never 'confirmed')."""
        summary = LinkSummary(
            method=self.method, score=self.score, state=self.state, origin=self.origin
        )
        return link_words(summary)

    @property
    def pending(self) -> bool:
        return self.state in PENDING

    @property
    def dom_id(self) -> str:
        return f"l-{self.key[0]}-{self.item_kind}-{self.item_id}"


@dataclass(slots=True)
class RecBlock:
    id: str
    number: str | None
    text: str
    page: int
    bbox: tuple[float, float, float, float] | None
    status: str
    links: list[LinkRow]
    justification: str | None
    justification_version: str
    search: list[Action] | None = None


@dataclass(slots=True)
class PlanPage:
    plan: ExtractionResult
    report: ExtractionResult | None
    pair_version: str
    cov: CoverageReport | None
    recs: list[RecBlock]
    warnings: list[tuple[str, ExtractionWarning | CoverageWarning]]
    reports: list[DocRow]
    corrections: dict[tuple[str, str], dict[str, decisions.Correction]]
    pending: int
    linked_in_memory: bool


def plan_page(
    store: Store,
    plan_sha: str,
    *,
    read_only: bool,
    as_of: date | None = None,
    search_rec: str | None = None,
    search_q: str = "",
) -> PlanPage | None:
    raw_plan = store.load_result(plan_sha)
    if raw_plan is None:
        return None
    rows = decisions.load_corrections(store, plan_sha)
    plan = decisions.apply_corrections(store, raw_plan, mark=not read_only, rows=rows)
    assert plan is not None
    if not read_only and any(c.state != "suspect" for c in rows) and plan.warnings:
        rows = decisions.load_corrections(store, plan_sha)  # some may have just turned suspect
    corrections = _by_item(rows)
    report_sha = get_pair(store, plan_sha)
    report = None if report_sha is None else store.load_result(report_sha)
    reports = report_choices(store)
    warnings: list[tuple[str, ExtractionWarning | CoverageWarning]]
    warnings = [("plan", w) for w in plan.warnings]
    if report is None:
        return PlanPage(plan, None, "", None, [], warnings, reports, corrections, 0, False)
    stored, in_memory = _links(store, report, plan, read_only)
    gaps = decisions.justification_versions(store, report.sha256, plan_sha)
    cov = build_coverage(
        report,
        plan,
        stored,
        as_of=as_of or date.today(),
        justified={rec_id: reason for rec_id, (reason, _) in gaps.items()},
    )
    # the coverage report's own list: both documents' extraction warnings, the pairing's, and
    # what cannot be measured, as the exported reports show them
    warnings = [(w.source, w) for w in cov.warnings]
    versions = decisions.link_versions(store, report.sha256, plan_sha)
    status = {r.id: r.status.value for r in cov.recommendations}
    lookup = _plan_items(plan)
    recs = []
    for rec in report.recommendations:
        link_rows = [
            _row(lk, lookup, versions, corrections)
            for lk in stored
            if lk.link.recommendation_id == rec.id
        ]
        link_rows.sort(key=lambda r: (not r.pending, r.item_kind != "action", -r.score))
        reason, gap_version = gaps.get(rec.id, (None, ""))
        recs.append(
            RecBlock(
                id=rec.id,
                number=rec.number,
                text=rec.text,
                page=rec.provenance.page,
                bbox=rec.provenance.bbox,
                status=status.get(rec.id, "uncovered"),
                links=link_rows,
                justification=reason,
                justification_version=gap_version,
                search=_search(plan, search_q) if rec.id == search_rec else None,
            )
        )
    pending = sum(1 for r in recs for lk in r.links if lk.pending)
    return PlanPage(
        plan,
        report,
        report.sha256,
        cov,
        recs,
        warnings,
        reports,
        corrections,
        pending,
        in_memory,
    )


def _links(
    store: Store, report: ExtractionResult, plan: ExtractionResult, read_only: bool
) -> tuple[list[StoredLink], bool]:
    stored = load_links(store, report.sha256, plan.sha256)
    if stored:
        return stored, False
    if not read_only:
        return relink(store, report.sha256, plan.sha256), False
    computed = link_documents(report, plan)
    return [
        StoredLink(id=-i, link=lk, origin="auto", note=None) for i, lk in enumerate(computed)
    ], True


def corrections_by_item(
    store: Store, sha: str
) -> dict[tuple[str, str], dict[str, decisions.Correction]]:
    return _by_item(decisions.load_corrections(store, sha))


def _by_item(
    rows: list[decisions.Correction],
) -> dict[tuple[str, str], dict[str, decisions.Correction]]:
    out: dict[tuple[str, str], dict[str, decisions.Correction]] = {}
    for c in rows:
        out.setdefault((c.item_kind, c.item_id), {})[c.field] = c
    return out


def report_choices(store: Store) -> list[DocRow]:
    """The stored inspection reports a plan can be paired with: one query, for the re-pair list."""
    with store.connect() as conn:
        rows = conn.execute(
            select(documents_table.c.sha256, func.min(sources.c.path).label("path"))
            .join(sources, sources.c.sha256 == documents_table.c.sha256, isouter=True)
            .where(documents_table.c.kind == DocumentKind.inspection_report.value)
            .group_by(documents_table.c.sha256)
        ).all()
    choices = [
        DocRow(
            sha256=r.sha256,
            file=Path(r.path).name if r.path else r.sha256[:12],
            kind=DocumentKind.inspection_report.value,
            status="ok",
            error=None,
            pages=0,
            version=None,
            warnings=0,
            paired_with=[],
        )
        for r in rows
    ]
    return sorted(choices, key=lambda d: d.file)


def _plan_items(plan: ExtractionResult) -> dict[tuple[str, str], Any]:
    found: dict[tuple[str, str], Any] = {("action", a.id): a for a in plan.actions}
    found.update({("kpi", k.id): k for k in plan.kpis})
    found.update({("plan_recommendation", r.id): r for r in plan.recommendations})
    return found


def _row(
    lk: StoredLink,
    lookup: dict[tuple[str, str], Any],
    versions: dict[tuple[str, str, str], str],
    corrections: dict[tuple[str, str], dict[str, decisions.Correction]],
) -> LinkRow:
    link = lk.link
    key = (link.recommendation_id, link.item_kind, link.item_id)
    item = lookup.get((link.item_kind, link.item_id))
    row = LinkRow(
        key=key,
        item_kind=link.item_kind,
        item_id=link.item_id,
        label=_label(link.item_kind, link.item_id, item),
        text="(no longer in the plan)" if item is None else _text(item),
        page=None if item is None else item.provenance.page,
        bbox=None if item is None else item.provenance.bbox,
        method=link.method.value,
        score=link.score,
        state=link.state.value,
        origin=lk.origin,
        version=versions.get(key, ""),
        corrected=set(corrections.get((link.item_kind, link.item_id), {})),
    )
    if isinstance(item, Action):
        row.owner = item.owner
        row.due = item.due_date.isoformat() if item.due_date else item.due_raw
        row.rag = item.rag
    elif isinstance(item, KPI):
        row.rag = item.rag
    return row


def _label(kind: str, item_id: str, item: Any) -> str:
    words = {"action": "Action", "kpi": "KPI", "plan_recommendation": "Plan recommendation"}
    ref = getattr(item, "ref", None) or getattr(item, "code", None) or getattr(item, "number", None)
    return f"{words.get(kind, kind)} {ref or item_id}"


def _text(item: Any) -> str:
    return str(getattr(item, "text", None) or getattr(item, "indicator", ""))


def _search(plan: ExtractionResult, q: str, limit: int = 25) -> list[Action]:
    """The plan's actions whose text, ref or owner holds every word of q (all when q is empty)."""
    words = q.lower().split()
    found = [
        a
        for a in plan.actions
        if all(w in f"{a.ref or ''} {a.text} {a.owner or ''}".lower() for w in words)
    ]
    return found[:limit]


def field_rows(
    plan: ExtractionResult, raw: ExtractionResult, corrections: dict[tuple[str, str], Any]
) -> list[dict[str, Any]]:
    """The corrections page: each action and KPI with its fields as read and as corrected."""
    rows = []
    raw_items = {("action", a.id): a for a in raw.actions} | {("kpi", k.id): k for k in raw.kpis}
    for kind, pool in (("action", plan.actions), ("kpi", plan.kpis)):
        for item in pool:
            mine = corrections.get((kind, item.id), {})
            extracted = raw_items.get((kind, item.id))
            rows.append(
                {
                    "kind": kind,
                    "id": item.id,
                    "label": _label(kind, item.id, item),
                    "text": _text(item),
                    "page": item.provenance.page,
                    "bbox": item.provenance.bbox,
                    "fields": [
                        {
                            "name": f,
                            "value": decisions.field_value(item, f) or "",
                            "extracted": None
                            if extracted is None
                            else decisions.field_value(extracted, f),
                            "correction": mine.get(f),
                            "version": mine[f].version if f in mine else 0,
                        }
                        for f in decisions.FIELDS[kind]
                    ],
                }
            )
    return rows
