"""Improvement plan extraction: quoted recommendations, actions, KPIs, glossary."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.inspection import Recommendation
from models.plan import KPI, Action, GlossaryEntry
from pipeline.document import ParsedDocument


@dataclass(slots=True)
class PlanExtraction:
    recommendations: list[Recommendation] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    kpis: list[KPI] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)


def extract_plan(doc: ParsedDocument) -> PlanExtraction:
    """TODO(issue 4): implemented by the plan extractor modules."""
    return PlanExtraction()
