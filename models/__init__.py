"""The one vocabulary of plantrace: every module speaks in these models."""

from plantrace.models.grades import AREAS, DocumentKind, Framework, Grade, RecommendationCategory
from plantrace.models.inspection import InspectionMeta, Judgement, Recommendation
from plantrace.models.links import Link, LinkMethod, LinkState
from plantrace.models.plan import KPI, Action, GlossaryEntry, Quantity
from plantrace.models.provenance import BBox, Provenance
from plantrace.models.results import (
    ErrorCode,
    ExtractionError,
    ExtractionResult,
    ExtractionWarning,
    Status,
)

__all__ = [
    "AREAS",
    "KPI",
    "Action",
    "BBox",
    "DocumentKind",
    "ErrorCode",
    "ExtractionError",
    "ExtractionWarning",
    "ExtractionResult",
    "Framework",
    "GlossaryEntry",
    "Grade",
    "InspectionMeta",
    "Judgement",
    "Link",
    "LinkMethod",
    "LinkState",
    "Provenance",
    "Quantity",
    "Recommendation",
    "RecommendationCategory",
    "Status",
]
