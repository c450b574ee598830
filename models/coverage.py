"""The coverage report: for every report recommendation, what the plan does about it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field


class CoverageStatus(StrEnum):
    covered = "covered"  # a confirmed link from an action with an owner and a due date
    weakly_covered = "weakly_covered"  # only suggested/suspect links, or actions lacking owner/date
    uncovered = "uncovered"  # no action answers it
    justified = "justified"  # a person recorded why no action is needed


class LinkSummary(BaseModel):
    method: str
    score: float
    state: str


class ActionView(BaseModel):
    id: str
    ref: str | None = None
    text: str
    owner: str | None = None
    due_date: date | None = None
    due_raw: str | None = None
    overdue: bool = False
    rag: str | None = None
    progress: str | None = None
    page: int
    bbox: tuple[float, float, float, float] | None = None
    link: LinkSummary | None = None


class KpiView(BaseModel):
    id: str
    code: str | None = None
    indicator: str
    direction: str | None = None
    baseline: str | None = None
    latest: str | None = None
    target: str | None = None
    rag: str | None = None
    computed_rag: str | None = None
    rag_disagrees: bool = False
    page: int


class RecommendationView(BaseModel):
    id: str
    number: str | None = None
    text: str
    category: str | None = None
    page: int
    bbox: tuple[float, float, float, float] | None = None
    status: CoverageStatus
    justification: str | None = None
    actions: list[ActionView] = Field(default_factory=list)
    kpis: list[KpiView] = Field(default_factory=list)


class DocumentRef(BaseModel):
    sha256: str
    file: str
    local_authority: str | None = None
    inspection_end: date | None = None
    extractor_version: str


class CoverageSummary(BaseModel):
    recommendations: int
    covered: int
    weakly_covered: int
    uncovered: int
    justified: int
    coverage_pct: float = Field(description="(covered + justified) / recommendations * 100")
    answered_pct: float = Field(
        description="(covered + weakly covered + justified) / recommendations * 100"
    )
    actions: int
    overdue_actions: int
    orphan_actions: int
    actions_without_owner: int
    actions_without_date: int
    kpis: int
    kpi_rag_disagreements: int


class CoverageReport(BaseModel):
    report: DocumentRef
    plan: DocumentRef
    as_of: date
    recommendations: list[RecommendationView]
    orphan_actions: list[ActionView]
    actions_without_owner: list[ActionView]
    actions_without_date: list[ActionView]
    kpis: list[KpiView]
    summary: CoverageSummary
