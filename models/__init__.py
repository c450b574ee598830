"""The one vocabulary of plantrace: every module speaks in these models."""

from models.grades import AREAS, DocumentKind, Framework, Grade, RecommendationCategory
from models.inspection import InspectionMeta, Judgement, Recommendation
from models.links import Link, LinkMethod, LinkState
from models.plan import KPI, Action, GlossaryEntry, Quantity
from models.provenance import BBox, Provenance
from models.results import ErrorCode, ExtractionError, ExtractionResult, Status

__all__ = [
    "AREAS",
    "KPI",
    "Action",
    "BBox",
    "DocumentKind",
    "ErrorCode",
    "ExtractionError",
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
