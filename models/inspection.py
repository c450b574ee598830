"""What an Ofsted inspection report says: metadata, judgements and recommendations."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from plantrace.models.grades import Framework, Grade, RecommendationCategory
from plantrace.models.provenance import Provenance


class InspectionWindow(BaseModel):
    """One stretch of on-site inspection; most inspections have one, a few are split in two."""

    start: date | None = None
    end: date | None = None


class InspectionMeta(BaseModel):
    local_authority: str
    framework: Framework
    start_date: date | None = None
    end_date: date | None = Field(default=None, description="last day of the last window")
    windows: list[InspectionWindow] = Field(
        default_factory=list, description="the printed inspection windows, in order"
    )
    publication_date: date | None = None
    lead_inspector: str | None = None
    provenance: Provenance | None = None


class Judgement(BaseModel):
    area: str = Field(pattern=r"^[a-z0-9_]+$")
    grade: Grade
    raw: str = Field(description="the grade as printed")
    provenance: Provenance


class Recommendation(BaseModel):
    id: str = Field(description="stable within the document: r<ordinal>")
    number: str | None = None
    text: str = Field(min_length=1)
    category: RecommendationCategory | None = None
    timescale: str | None = Field(default=None, description="2013 reports group by timescale")
    provenance: Provenance
