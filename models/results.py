"""The result object of one document's extraction: a status, its errors and the records.

Like Docling's ConversionResult, a bad file still gets a result, never an exception, so a batch
can report every file's outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from plantrace.models.grades import DocumentKind
from plantrace.models.inspection import InspectionMeta, Judgement, Recommendation
from plantrace.models.plan import KPI, Action, GlossaryEntry


class ErrorCode(StrEnum):
    not_found = "not_found"
    empty = "empty"
    not_pdf = "not_pdf"
    corrupt = "corrupt"
    encrypted = "encrypted"
    no_text_layer = "no_text_layer"
    too_large = "too_large"
    unsupported_format = "unsupported_format"  # .doc, .odt, .pptx, ...: the message says what to do
    timeout = "timeout"
    internal = "internal"


class Status(StrEnum):
    ok = "ok"
    error = "error"


class ExtractionError(BaseModel):
    code: ErrorCode
    message: str


class ExtractionWarning(BaseModel):
    """Something the extraction is unsure of, or found missing where it should be.

    A result with warnings is still `ok`: the records are usable, but a person should look.
    Codes are stable strings (README lists them); the message says what to check, in words.
    """

    code: str
    message: str
    page: int | None = None


def first_few(names: Sequence[str], most: int) -> str:
    """The first `most` of the names a warning gives as examples, ' ..' after them where there
    are more: how every warning lists what it names, so their messages read alike."""
    return ", ".join(names[:most]) + (" .." if len(names) > most else "")


class ExtractionResult(BaseModel):
    file: str
    sha256: str
    status: Status
    error: ExtractionError | None = None
    kind: DocumentKind = DocumentKind.other
    pages: int = 0
    extractor_version: str
    partial_pages: list[int] = Field(
        default_factory=list, description="pages whose layout work hit the per-page budget"
    )
    warnings: list[ExtractionWarning] = Field(
        default_factory=list, description="what the extraction is unsure of or found missing"
    )
    inspection: InspectionMeta | None = None
    judgements: list[Judgement] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    kpis: list[KPI] = Field(default_factory=list)
    glossary: list[GlossaryEntry] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    head: str = Field(
        default="", description="text of the first page(s): title, authority, dates (pairing)"
    )
    profile: str | None = Field(
        default=None, description="the layout profile the plan was read with (its name), if any"
    )
    profile_sha256: str | None = Field(
        default=None, description="content hash of that profile: a changed profile re-extracts"
    )
    profile_stored: bool = Field(
        default=False, description="the profile was a stored one, chosen by header signature"
    )
    table_headers: list[list[str]] = Field(
        default_factory=list,
        description="a plan's table header texts: the signature stored profiles are matched on",
    )

    def to_contract(self) -> dict[str, Any]:
        """The documented JSON contract of `plantrace extract` (README): keys never renamed."""
        insp = None
        if self.inspection is not None:
            m = self.inspection
            insp = {
                "local_authority": m.local_authority,
                "framework": m.framework.value,
                "start_date": _iso(m.start_date),
                "end_date": _iso(m.end_date),
                "publication_date": _iso(m.publication_date),
                "lead_inspector": m.lead_inspector,
                "windows": [{"start": _iso(w.start), "end": _iso(w.end)} for w in m.windows],
            }
        return {
            "file": self.file,
            "sha256": self.sha256,
            "status": self.status.value,
            "error": None if self.error is None else self.error.model_dump(mode="json"),
            "kind": self.kind.value,
            "pages": self.pages,
            "extractor_version": self.extractor_version,
            "inspection": insp,
            "warnings": [w.model_dump(mode="json") for w in self.warnings],
            "judgements": [
                {"area": j.area, "grade": j.grade.value, "page": j.provenance.page}
                for j in self.judgements
            ],
            "recommendations": [
                {
                    "id": r.id,
                    "number": r.number,
                    "text": r.text,
                    "category": None if r.category is None else r.category.value,
                    "page": r.provenance.page,
                    "locator": r.provenance.locator,
                }
                for r in self.recommendations
            ],
            "actions": [
                {
                    "id": a.id,
                    "ref": a.ref,
                    "text": a.text,
                    "owner": a.owner,
                    "due_date": _iso(a.due_date),
                    "due_raw": a.due_raw,
                    "governance": a.governance,
                    "progress": a.progress,
                    "rag": a.rag,
                    "milestones": a.milestones,
                    "recommendations": list(a.recommendations),
                    "page": a.provenance.page,
                    "locator": a.provenance.locator,
                }
                for a in self.actions
            ],
            "kpis": [
                {
                    "code": k.code,
                    "indicator": k.indicator,
                    "direction": k.direction,
                    "baseline": None if k.baseline is None else k.baseline.model_dump(),
                    "baseline_label": k.baseline_label,
                    "rag": k.rag,
                    "latest": None if k.latest is None else k.latest.model_dump(),
                    "target": None if k.target is None else k.target.model_dump(),
                    "target_label": k.target_label,
                    "recommendation": k.recommendation,
                    "page": k.provenance.page,
                    "locator": k.provenance.locator,
                }
                for k in self.kpis
            ],
            "glossary": {g.abbreviation: g.expansion for g in self.glossary},
            "partial_pages": list(self.partial_pages),
            "profile": self.profile,
        }


def _iso(d: object) -> str | None:
    return None if d is None else d.isoformat()  # type: ignore[attr-defined]
