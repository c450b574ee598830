"""What an improvement plan says: actions, KPIs and its glossary."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from plantrace.models.provenance import Provenance


class Quantity(BaseModel):
    """A KPI figure: the raw cell text is the truth, value/unit are our reading of it."""

    raw: str
    value: float | None = None
    unit: str | None = None


class Action(BaseModel):
    id: str = Field(description="stable within the document: a<ordinal>")
    ref: str | None = None
    text: str = Field(min_length=1)
    owner: str | None = None
    due_date: date | None = None
    due_raw: str | None = None
    governance: str | None = None
    progress: str | None = None
    rag: str | None = None
    milestones: str | None = None
    recommendations: list[str] = Field(
        default_factory=list, description="ids of this plan's recommendations it answers"
    )
    provenance: Provenance


class KPI(BaseModel):
    id: str
    code: str | None = None
    indicator: str
    direction: str | None = None
    baseline: Quantity | None = None
    baseline_label: str | None = None
    baselines: list[tuple[str, Quantity]] = Field(
        default_factory=list, description="every baseline/latest column with its header label"
    )
    latest: Quantity | None = None
    rag: str | None = None
    target: Quantity | None = None
    target_label: str | None = None
    recommendation: str | None = None
    provenance: Provenance


class GlossaryEntry(BaseModel):
    abbreviation: str
    expansion: str
    provenance: Provenance
