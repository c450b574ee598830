"""Links in the store: automatic links recomputed, people's decisions kept and checked for drift.

A person's decision (confirm, reject, add, justify) is taken by pipeline/decisions.py, the one
path for the review app and the CLI (name, history, versions), and stored with the texts it was
made on. Recomputing links never overwrites it; when the text at either end later differs (a
newer extractor version reads the document differently), the decision is marked `suspect`, as
requirements-traceability tools do, so someone looks again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, delete, insert, select, update

from plantrace.models.grades import DocumentKind
from plantrace.models.links import Link, LinkMethod, LinkState
from plantrace.models.results import ExtractionResult
from plantrace.pipeline.linking import link_documents
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.store import Store, justifications, links, now, pairs

_COUNCIL_WORDS = re.compile(
    r"\b(london borough of|royal borough of|city of|metropolitan|borough|county|city|district|council)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class StoredLink:
    id: int
    link: Link
    origin: str
    note: str | None


def link_key(report_sha: str, plan_sha: str, rec_id: str, item_kind: str, item_id: str) -> Any:
    """The one link between a report recommendation and a plan item (the uq_link key)."""
    return and_(
        links.c.report_sha256 == report_sha,
        links.c.plan_sha256 == plan_sha,
        links.c.recommendation_id == rec_id,
        links.c.item_kind == item_kind,
        links.c.item_id == item_id,
    )


def authority_key(name: str) -> str:
    return " ".join(_COUNCIL_WORDS.sub(" ", name.lower()).replace("&", "and").split())


def guess_report(
    plan: ExtractionResult, plan_text: str, reports: list[ExtractionResult]
) -> ExtractionResult | None:
    """The report a plan answers: same authority named in the plan, the inspection it names.

    Among reports of the authority, prefer one whose inspection month/year or publication date
    the plan mentions; else the latest report not after the plan's earliest date.
    """
    head = plan_text[:6000].lower()
    candidates = [
        r
        for r in reports
        if r.inspection
        and authority_key(r.inspection.local_authority)
        and authority_key(r.inspection.local_authority) in authority_key(head)
    ]
    if not candidates:
        return None

    def mentioned(r: ExtractionResult) -> int:
        m = r.inspection
        assert m is not None
        hits = 0
        for d in (m.start_date, m.end_date, m.publication_date):
            if d is None:
                continue
            for form in (d.strftime("%B %Y"), d.strftime("%b %Y"), d.strftime("%-d %B %Y")):
                if form.lower() in head:
                    hits += 1
        return hits

    plan_dates = [d for d in (parse_date(a.due_raw or "") for a in plan.actions) if d]
    earliest = min(plan_dates) if plan_dates else date.max

    def key(r: ExtractionResult) -> tuple[int, int, date]:
        end = (r.inspection.end_date if r.inspection else None) or date.min
        return (mentioned(r), int(end <= earliest), end)

    return max(candidates, key=key)


def set_pair(store: Store, plan_sha: str, report_sha: str, method: str = "person") -> None:
    with store.begin() as conn:
        conn.execute(delete(pairs).where(pairs.c.plan_sha256 == plan_sha))
        conn.execute(
            insert(pairs).values(
                plan_sha256=plan_sha, report_sha256=report_sha, method=method, updated_at=now()
            )
        )


def get_pair(store: Store, plan_sha: str) -> str | None:
    with store.connect() as conn:
        row = conn.execute(
            select(pairs.c.report_sha256).where(pairs.c.plan_sha256 == plan_sha)
        ).first()
    return None if row is None else str(row.report_sha256)


def all_pairs(store: Store) -> list[tuple[str, str]]:
    with store.connect() as conn:
        return [
            (str(r.report_sha256), str(r.plan_sha256)) for r in conn.execute(select(pairs)).all()
        ]


def pair_all(store: Store) -> list[tuple[str, str]]:
    """Pair every stored plan that has no pair yet with the report it answers (automatic pairs)."""
    docs = store.documents()
    reports = [
        store.load_result(d["sha256"])
        for d in docs
        if d["kind"] == DocumentKind.inspection_report.value and d["status"] == "ok"
    ]
    report_results = [r for r in reports if r is not None]
    for d in docs:
        if d["kind"] != DocumentKind.improvement_plan.value or d["status"] != "ok":
            continue
        existing = get_pair(store, d["sha256"])
        if existing is not None:
            continue
        plan = store.load_result(d["sha256"])
        if plan is None:
            continue
        text = plan.head or " ".join([plan.file] + [r.text for r in plan.recommendations])
        report = guess_report(plan, text, report_results)
        if report is not None:
            set_pair(store, d["sha256"], report.sha256, method="auto")
    return all_pairs(store)


def relink(store: Store, report_sha: str, plan_sha: str) -> list[StoredLink]:
    """Recompute automatic links for a pair; keep people's decisions, flag those that drifted."""
    report = store.load_result(report_sha)
    plan = store.load_result(plan_sha)
    if report is None or plan is None:
        raise LookupError("both documents must be stored before linking")
    computed = link_documents(report, plan)
    rec_text = {r.id: r.text for r in report.recommendations}
    item_text = item_texts(plan)
    with store.begin() as conn:
        conn.execute(
            delete(links).where(
                links.c.report_sha256 == report_sha,
                links.c.plan_sha256 == plan_sha,
                links.c.origin == "auto",
            )
        )
        decided = {
            (r.recommendation_id, r.item_kind, r.item_id): r
            for r in conn.execute(
                select(links).where(
                    links.c.report_sha256 == report_sha, links.c.plan_sha256 == plan_sha
                )
            ).all()
        }
        for key, row in decided.items():
            now_rec, now_item = rec_text.get(key[0]), item_text.get((key[1], key[2]))
            if row.state != LinkState.suspect.value and (
                now_rec != row.recommendation_text or now_item != row.item_text
            ):
                conn.execute(
                    update(links)
                    .where(links.c.id == row.id)
                    .values(state=LinkState.suspect.value, updated_at=now())
                )
        rows = [
            link_row(
                lk,
                "auto",
                rec_text.get(lk.recommendation_id),
                item_text.get((lk.item_kind, lk.item_id)),
            )
            for lk in computed
            if (lk.recommendation_id, lk.item_kind, lk.item_id) not in decided
        ]
        if rows:
            conn.execute(insert(links), rows)
    return load_links(store, report_sha, plan_sha)


def item_texts(plan: ExtractionResult) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    out.update({("action", a.id): a.text for a in plan.actions})
    out.update({("plan_recommendation", r.id): r.text for r in plan.recommendations})
    out.update({("kpi", k.id): k.indicator for k in plan.kpis})
    return out


def link_row(
    lk: Link, origin: str, rec_text: str | None, item_text: str | None, note: str | None = None
) -> dict[str, Any]:
    return {
        **lk.model_dump(mode="json"),
        "origin": origin,
        "note": note,
        "recommendation_text": rec_text,
        "item_text": item_text,
        "updated_at": now(),
    }


def load_links(store: Store, report_sha: str, plan_sha: str) -> list[StoredLink]:
    with store.connect() as conn:
        rows = conn.execute(
            select(links)
            .where(links.c.report_sha256 == report_sha, links.c.plan_sha256 == plan_sha)
            .order_by(links.c.id)
        ).all()
    return [_stored(r) for r in rows]


def _stored(r: Any) -> StoredLink:
    return StoredLink(
        id=r.id,
        link=Link(
            report_sha256=r.report_sha256,
            recommendation_id=r.recommendation_id,
            plan_sha256=r.plan_sha256,
            item_kind=r.item_kind,
            item_id=r.item_id,
            method=LinkMethod(r.method),
            score=r.score,
            state=LinkState(r.state),
            evidence=r.evidence or "",
        ),
        origin=r.origin,
        note=r.note,
    )


def find_link(store: Store, link_id: int) -> StoredLink | None:
    """A link by the id `plantrace link list` shows (ids of automatic links change on relinking)."""
    with store.connect() as conn:
        row = conn.execute(select(links).where(links.c.id == link_id)).first()
    return None if row is None else _stored(row)


def load_justifications(store: Store, report_sha: str, plan_sha: str) -> dict[str, str]:
    return {r.recommendation_id: r.reason for r in justification_rows(store, report_sha, plan_sha)}


def justification_rows(store: Store, report_sha: str, plan_sha: str) -> list[Any]:
    """The pair's recorded gaps (people's reasons), with when each was last changed."""
    with store.connect() as conn:
        return list(
            conn.execute(
                select(justifications).where(
                    justifications.c.report_sha256 == report_sha,
                    justifications.c.plan_sha256 == plan_sha,
                )
            ).all()
        )
