"""Inspection report extraction: metadata, judgements and recommendations in one pass."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.inspection import InspectionMeta, Judgement, Recommendation
from pipeline.document import ParsedDocument


@dataclass(slots=True)
class InspectionExtraction:
    meta: InspectionMeta | None = None
    judgements: list[Judgement] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


def extract_inspection(doc: ParsedDocument) -> InspectionExtraction:
    """TODO(issue 3): implemented by extractors.inspection_meta/judgements/recommendations."""
    return InspectionExtraction()
