"""What `plantrace list` says of each stored document: whose it is, what it is, when it is from.

Why here and not in the CLI: a plan prints no authority field, so its authority is the one of the
report it is paired with, and its date is read from its first page after that report's
inspection; the same rules the coverage report uses (pipeline.coverage.document_date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from plantrace.models.grades import DocumentKind
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import all_pairs, authority_key


@dataclass(slots=True)
class Listed:
    sha256: str
    kind: str
    pages: int
    status: str | None
    extractor_version: str | None
    error_code: str | None
    sources: list[str]
    authority: str | None = None
    dated: date | None = None
    date_kind: str = ""  # inspection | plan | ""
    date_precision: str = "day"  # day | month | year
    warnings: list[ExtractionWarning] = field(default_factory=list)

    @property
    def date_label(self) -> str:
        """'inspection 2024-03-15', 'plan 2024-07' (month named), '' when unknown."""
        if self.dated is None:
            return ""
        shown = {"year": "%Y", "month": "%Y-%m"}.get(self.date_precision, "%Y-%m-%d")
        return f"{self.date_kind} {self.dated.strftime(shown)}".strip()

    def as_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "kind": self.kind,
            "authority": self.authority,
            "date": None if self.dated is None else self.dated.isoformat(),
            "date_kind": self.date_kind or None,
            "date_precision": None if self.dated is None else self.date_precision,
            "pages": self.pages,
            "status": self.status,
            "extractor_version": self.extractor_version,
            "error_code": self.error_code,
            "sources": self.sources,
            "warnings": [w.model_dump(mode="json") for w in self.warnings],
        }


def describe(store: Store) -> list[Listed]:
    """Every stored document, oldest first, with authority, date and warnings (reads only)."""
    docs = store.overview()
    by_sha = {d["sha256"]: d for d in docs}
    report_of = {plan: report for report, plan in all_pairs(store)}
    listed = []
    for d in docs:
        row = Listed(
            sha256=d["sha256"],
            kind=d["kind"],
            pages=d["pages"],
            status=d["status"],
            extractor_version=d["extractor_version"],
            error_code=d["error_code"],
            sources=d["sources"],
            warnings=d["warnings"],
        )
        meta = d["inspection"]
        if meta is not None:
            row.authority = meta.local_authority
            row.dated, row.date_kind = meta.end_date or meta.start_date, "inspection"
        elif d["kind"] == DocumentKind.improvement_plan.value:
            report = by_sha.get(report_of.get(d["sha256"], "")) or _named_report(d["head"], docs)
            _date_plan(row, d["head"], report)
        listed.append(row)
    return listed


def _named_report(head: str, docs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """An unpaired plan's report, read-only: the latest stored report of the one authority its
    first page names (pairing proper, which writes, is `link run` / `coverage`)."""
    named = authority_key(head)
    found = [
        d
        for d in docs
        if d["inspection"] is not None
        and authority_key(d["inspection"].local_authority)
        and authority_key(d["inspection"].local_authority) in named
    ]
    if len({authority_key(d["inspection"].local_authority) for d in found}) != 1:
        return None
    return max(found, key=lambda d: d["inspection"].end_date or date.min)


def _date_plan(row: Listed, head: str, report: dict[str, Any] | None) -> None:
    """A plan: the authority of its report, its own date from its first page."""
    from plantrace.pipeline.coverage import document_date

    meta = None if report is None else report["inspection"]
    after = None
    if meta is not None:
        row.authority = meta.local_authority
        after = meta.end_date
    dated = document_date(head, after)
    if dated is not None:
        row.dated, row.date_kind, row.date_precision = dated.day, "plan", dated.precision
