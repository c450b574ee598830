"""Inspection report extraction: metadata, judgements and recommendations in one pass.

Judgements come first because they decide the framework (SIF grades adoption, ILACS grades the
impact of leaders, the 2026 framework has no overall effectiveness), and the framework decides how
recommendations are categorised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plantrace.extractors.inspection_meta import extract_meta
from plantrace.extractors.judgements import extract_judgements
from plantrace.extractors.recommendations import extract_recommendations
from plantrace.models.inspection import InspectionMeta, Judgement, Recommendation
from plantrace.pipeline.document import ParsedDocument


@dataclass(slots=True)
class InspectionExtraction:
    meta: InspectionMeta | None = None
    judgements: list[Judgement] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


def extract_inspection(doc: ParsedDocument) -> InspectionExtraction:
    """Pure: a parsed report -> its metadata, judgements and recommendations."""
    judgements = extract_judgements(doc)
    meta = extract_meta(doc, judgements)
    recommendations = extract_recommendations(doc, meta.framework)
    return InspectionExtraction(meta=meta, judgements=judgements, recommendations=recommendations)
