"""Trace links between a plan's items and a report's recommendations."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class LinkMethod(StrEnum):
    ref = "ref"  # explicit Ref column / recommendation number
    section = "section"  # the action sits under the recommendation's section
    quoted_text = "quoted_text"  # the plan quotes the recommendation
    similarity = "similarity"  # lexical similarity on lemmas, glossary-expanded
    manual = "manual"  # a person added it


class LinkState(StrEnum):
    confirmed = "confirmed"
    suggested = "suggested"
    rejected = "rejected"
    suspect = "suspect"  # a person decided, then the text at one end changed


class Link(BaseModel):
    report_sha256: str
    recommendation_id: str
    plan_sha256: str
    item_kind: str = Field(description="action | plan_recommendation | kpi")
    item_id: str
    method: LinkMethod
    score: float = Field(ge=0.0, le=1.0)
    state: LinkState
    evidence: str = ""
