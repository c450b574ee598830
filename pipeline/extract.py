"""One document in, one ExtractionResult out: read, classify, run the extractors, validate.

Every failure becomes a result with status error and a specific code, so batch callers (CLI,
flows) never need a try/except of their own. The only I/O is reading the file.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from plantrace.pipeline.heap import collector_paused, freeze_imports

with collector_paused():  # the extractors' imports, no collections while they run (heap.py)
    from plantrace.extractors.inspection import extract_inspection
    from plantrace.extractors.inspection_checks import check_inspection
    from plantrace.extractors.plan import extract_plan
    from plantrace.extractors.plan_columns import read_layout
    from plantrace.extractors.plan_profile import LayoutProfile, layout_signature, matching_profile
    from plantrace.extractors.version import EXTRACTOR_VERSION
    from plantrace.models.grades import DocumentKind
    from plantrace.models.results import (
        ErrorCode,
        ExtractionError,
        ExtractionResult,
        ExtractionWarning,
        Status,
    )
    from plantrace.pipeline.classify import classify, doubt
    from plantrace.pipeline.deadline import Deadline, DeadlineExceeded
    from plantrace.pipeline.document import ParsedDocument
    from plantrace.pipeline.errors import DocumentError
    from plantrace.pipeline.limits import LIMITS, Limits
    from plantrace.pipeline.physical_pages import to_physical
    from plantrace.pipeline.reader import check_file, sha256_bytes, sha256_file
    from plantrace.pipeline.readers.formats import read_document
    from plantrace.pipeline.readers.locate import add_locators


def extract_file(
    path: str | Path,
    limits: Limits = LIMITS,
    profile: LayoutProfile | None = None,
    stored: Sequence[LayoutProfile] = (),
) -> ExtractionResult:
    """profile: a layout profile to read a plan with; stored: the store's profiles, the one whose
    header signature fits the plan is applied when no profile is given (extract_document).

    The first call in a process freezes what is alive then out of the garbage collector
    (pipeline.heap.freeze_imports: the imports, and whatever the caller holds)."""
    name = str(path)
    sha = ""
    t0 = time.perf_counter()
    freeze_imports()  # once per process: the imports out of every later full collection
    try:
        with Deadline(limits.document_seconds):
            try:
                check_file(path, limits)
            except DocumentError as exc:
                if exc.code is not ErrorCode.not_found:  # still a document: hash it for the store
                    sha = sha256_file(path)
                raise
            data = Path(path).read_bytes()
            sha = sha256_bytes(data)
            doc = read_document(data, name, sha, limits)  # PDF, Word or Excel, by content
            t1 = time.perf_counter()
            try:
                result = extract_document(doc, profile, stored)
            finally:
                doc.close()
            result.timings = {"read": t1 - t0, "extract": time.perf_counter() - t1}
            return result
    except DocumentError as exc:
        return _failed(name, sha, exc.code, exc.message)
    except DeadlineExceeded:
        return _failed(
            name,
            sha,
            ErrorCode.timeout,
            f"stopped after {limits.document_seconds:.0f} s (PLANTRACE_DOC_SECONDS): a page makes the"
            " parser hang",
        )
    except OSError as exc:  # exists but cannot be read: permissions, a vanished network share
        return _failed(name, sha, ErrorCode.not_found, f"the file cannot be read: {exc}")
    except RecursionError as exc:
        return _failed(
            name, sha, ErrorCode.corrupt, f"the PDF's structure is too deeply nested ({exc})"
        )
    except Exception as exc:  # a bug of ours: still a result, with the type named for the report
        return _failed(
            name, sha, ErrorCode.internal, f"internal error: {type(exc).__name__}: {exc}"
        )


def extract_document(
    doc: ParsedDocument,
    profile: LayoutProfile | None = None,
    stored: Sequence[LayoutProfile] = (),
) -> ExtractionResult:
    """Pure: a parsed document -> validated models. A plan is read with `profile`, else with the
    stored profile whose header signature its tables have; the result names the one used."""
    kind = classify(doc)
    result = ExtractionResult(
        file=doc.path,
        sha256=doc.sha256,
        status=Status.ok,
        kind=kind,
        pages=len(doc.pages),
        extractor_version=EXTRACTOR_VERSION,
        partial_pages=doc.partial_pages,
        head=_head(doc),
        warnings=list(doc.warnings),  # the reader's own: what it read but could not trust
    )
    if kind is DocumentKind.inspection_report:
        found = extract_inspection(doc)
        result.inspection = found.meta
        result.judgements = found.judgements
        result.recommendations = found.recommendations
        result.warnings += check_inspection(
            doc, found.meta, found.judgements, found.recommendations
        )
    elif kind is DocumentKind.improvement_plan:
        # the layout read as it is, for the header signature stored profiles are matched on
        # (and kept on the run, so a profile added later finds the plans it fits); read again
        # only when a profile changes how it is read
        elements = read_layout(doc)
        result.table_headers = layout_signature(elements)
        if profile is None:
            profile = matching_profile(stored, result.table_headers)
            result.profile_stored = profile is not None
        if profile is not None:
            result.profile = profile.name or "unnamed profile"
            result.profile_sha256 = profile.sha256
        plan = extract_plan(doc, profile, None if profile is not None else elements)
        result.recommendations = plan.recommendations
        result.actions = plan.actions
        result.kpis = plan.kpis
        result.glossary = plan.glossary
        result.warnings += plan.warnings
    else:  # never silent: say why nothing was read
        result.warnings.append(ExtractionWarning(code="not_classified", message=doubt(doc)))
    add_locators(result, doc)  # Word/Excel: provenance names the table row or the cell range
    # Rulings are read lazily, when an extractor first asks for a page's tables: a page that hit
    # the per-page budget is only known now, not when the result was created above.
    result.partial_pages = doc.partial_pages
    # a sheet cut into parts (two-up, a folded leaflet's panels) was read as its parts: its
    # items' provenance, warnings and pages are named on the sheet again (after the locators)
    to_physical(result, doc)
    # Round-trip through validation: extractors build models, this catches anything mutated since.
    return ExtractionResult.model_validate(result.model_dump())


def _head(doc: ParsedDocument, limit: int = 4000) -> str:
    return "\n".join(line.text for page in doc.pages[:2] for line in page.lines)[:limit]


def _failed(name: str, sha: str, code: ErrorCode, message: str) -> ExtractionResult:
    return ExtractionResult(
        file=name,
        sha256=sha,
        status=Status.error,
        error=ExtractionError(code=code, message=message),
        extractor_version=EXTRACTOR_VERSION,
    )
