"""What an Ofsted inspection report says: metadata, judgements and recommendations."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from plantrace.models.grades import Framework, Grade, RecommendationCategory
from plantrace.models.provenance import Provenance


class InspectionMeta(BaseModel):
    local_authority: str
    framework: Framework
    start_date: date | None = None
    end_date: date | None = None
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
