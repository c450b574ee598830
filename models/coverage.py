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
    origin: str = Field(default="auto", description="auto (computed) or person (decided)")


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
    label: str = Field(default="", description="the number as printed, else its position")
    partnership: bool = Field(
        default=False, description="the safeguarding partnership's (LSCB's) own recommendation"
    )
    counted: bool = Field(default=True, description="counted in the council's coverage figures")


class DocumentRef(BaseModel):
    sha256: str
    file: str
    local_authority: str | None = None
    inspection_end: date | None = None
    extractor_version: str
    dated: date | None = Field(default=None, description="the document's own date, as named")
    dated_precision: str | None = Field(default=None, description="day, month or year")


class CoverageWarning(BaseModel):
    """Something a reader must know before trusting the figures, shown at the top of reports.

    source is where it comes from: the report's or the plan's extraction (their
    ExtractionResult.warnings, copied as they are), or the coverage itself (the pairing, what
    could not be measured).
    """

    source: str = Field(description="report | plan | coverage")
    code: str
    message: str
    page: int | None = None


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
    partnership_recommendations: int = Field(
        default=0, description="the safeguarding partnership's own recommendations in the report"
    )
    partnership_included: bool = Field(
        default=False, description="whether they are counted in the figures above"
    )


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
    warnings: list[CoverageWarning] = Field(default_factory=list)
