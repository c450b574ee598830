"""Every stored inspection and plan as one dataset: what export, recurring and the site read.

Read once from the store (latest successful run of each document), joined to the authority
table, ordered by authority then inspection date. Nothing here writes to the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from plantrace.models.grades import DocumentKind
from plantrace.models.results import ExtractionResult, Status
from plantrace.pipeline.authorities import Authority, Lookup, load_lookup
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import all_pairs


@dataclass(slots=True)
class InspectionRecord:
    sha256: str
    source: str
    authority: Authority | None
    result: ExtractionResult

    @property
    def printed_name(self) -> str:
        return self.result.inspection.local_authority if self.result.inspection else ""

    @property
    def framework(self) -> str:
        return self.result.inspection.framework.value if self.result.inspection else "other"

    @property
    def start_date(self) -> date | None:
        m = self.result.inspection
        return None if m is None else (m.start_date or m.end_date or m.publication_date)

    @property
    def year(self) -> int | None:
        d = self.start_date
        return None if d is None else d.year

    @property
    def urn(self) -> str:
        return self.authority.urn if self.authority else ""

    @property
    def name(self) -> str:
        return self.authority.name if self.authority else self.printed_name

    def grades(self) -> dict[str, str]:
        return {j.area: j.grade.value for j in self.result.judgements}


@dataclass(slots=True)
class PlanRecord:
    sha256: str
    source: str
    result: ExtractionResult
    report_sha256: str | None


@dataclass(slots=True)
class NationalData:
    inspections: list[InspectionRecord]
    plans: list[PlanRecord]
    lookup: Lookup
    unmatched: list[str] = field(default_factory=list)  # sources whose authority is unknown
    _themes: dict[str, list[str]] | None = None

    def themes_of(self, text: str) -> list[str]:
        """Themes of a recommendation or action text; every text of the dataset is themed once,
        in one batch, the first time any is asked for."""
        if self._themes is None:
            from plantrace.extractors.themes import assign_themes

            texts = sorted(
                {rec.text for r in self.inspections for rec in r.result.recommendations}
                | {a.text for p in self.plans for a in p.result.actions}
            )
            self._themes = dict(zip(texts, assign_themes(texts), strict=True))
        found = self._themes.get(text)
        if found is None:
            from plantrace.extractors.themes import theme_keys

            found = self._themes[text] = theme_keys(text)
        return found

    def by_authority(self) -> dict[str, list[InspectionRecord]]:
        """Inspections of each authority (key: URN, or the printed name when unmatched), oldest first."""
        out: dict[str, list[InspectionRecord]] = {}
        for r in self.inspections:
            out.setdefault(r.urn or r.printed_name, []).append(r)
        return out


def _sort_key(r: InspectionRecord) -> tuple[str, date]:
    return (r.name.lower(), r.start_date or date.min)


def load_national(store: Store) -> NationalData:
    lookup = load_lookup()
    pairs = {plan: report for report, plan in all_pairs(store)}
    inspections: list[InspectionRecord] = []
    plans: list[PlanRecord] = []
    unmatched: list[str] = []
    for d in store.documents():
        if d["status"] != Status.ok.value:
            continue
        result = store.load_result(d["sha256"])
        if result is None or result.status is not Status.ok:
            continue
        source = (d["sources"] or [result.file])[-1]
        if result.kind is DocumentKind.inspection_report and result.inspection is not None:
            authority = lookup.find(
                d["sources"] or [result.file], result.inspection.local_authority
            )
            if authority is None:
                unmatched.append(source)
            inspections.append(InspectionRecord(d["sha256"], source, authority, result))
        elif result.kind is DocumentKind.improvement_plan:
            plans.append(PlanRecord(d["sha256"], source, result, pairs.get(d["sha256"])))
    inspections.sort(key=_sort_key)
    plans.sort(key=lambda p: p.source)
    return NationalData(inspections, plans, lookup, unmatched)
