"""Ingest: find files, skip what is already stored, extract and store the rest, one outcome each.

Used by the CLI directly and by the Prefect ingest flow's tasks, so both behave the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.results import ExtractionResult, Status
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import sha256_file
from plantrace.pipeline.readers.formats import READ_SUFFIXES, TOLD_SUFFIXES
from plantrace.pipeline.store import SaveOutcome, Store

PDF_SUFFIXES = {".pdf"}
# a folder gives the documents plantrace reads and those it can say what to do with (.doc, .pptx)
DOCUMENT_SUFFIXES = READ_SUFFIXES | TOLD_SUFFIXES


@dataclass(slots=True)
class IngestOutcome:
    file: str
    sha256: str
    status: str  # ok | error
    outcome: str  # stored | unchanged | replaced | not_stored
    kind: str = "other"
    pages: int = 0
    error_code: str | None = None
    error_message: str | None = None
    recommendations: int = 0
    actions: int = 0
    kpis: int = 0
    seconds: float = 0.0
    #: the result's warnings ({code, message, page}): usable records a person should look at
    warnings: list[dict[str, object]] = field(default_factory=list)
    #: the layout profile a plan was read with (its name), None when none
    profile: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files named explicitly are taken whatever their suffix; folders give their documents
    (PDF, Word, Excel, and the office formats that get an error saying what to do), not the
    '~$name' lock files Word and Excel leave beside an open document."""
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        candidates: Iterator[Path] | list[Path]
        if p.is_dir():
            candidates = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in DOCUMENT_SUFFIXES
                and not f.name.startswith("~$")
            )
        else:
            candidates = [p]
        for f in candidates:
            key = f.resolve() if f.exists() else f
            if key not in seen:
                seen.add(key)
                found.append(f)
    return found


def ingest_file(
    store: Store, path: str | Path, *, retry: bool = False, profile: LayoutProfile | None = None
) -> IngestOutcome:
    """Hash first: a file already stored with this extractor version costs one read, no parse.

    A plan is read with `profile`, else with the stored profile its table headers fit."""
    known = already_stored(store, path, retry=retry, profile=profile)
    if known is not None:
        return known
    result = extract_file(path, profile=profile, stored=stored_profiles(store, profile))
    return store_result(store, result, retry=retry)


def stored_profiles(store: Store, explicit: LayoutProfile | None = None) -> list[LayoutProfile]:
    """The store's layout profiles, named as stored (none needed when one is given explicitly).

    A stored profile that no longer loads (written by a newer plantrace) is left out rather than
    stopping every ingest; `plantrace profile list` shows it as unreadable."""
    from dataclasses import replace

    from plantrace.extractors.plan_profile import ProfileError

    if explicit is not None:
        return []
    found = []
    for row in store.profiles():
        try:
            found.append(replace(LayoutProfile.from_json(row["body"]), name=row["name"]))
        except ProfileError:
            continue
    return found


def already_stored(
    store: Store,
    path: str | Path,
    *,
    retry: bool = False,
    profile: LayoutProfile | None = None,
) -> IngestOutcome | None:
    """The outcome of a file whose bytes are already stored ok with this version, else None.

    Split from ingest_file so the Prefect flow can run this check and the extraction in one task
    and retry the store write on its own.
    """
    name = str(path)
    if retry or not Path(path).is_file():
        return None
    try:
        sha = sha256_file(path)
    except OSError:  # unreadable (permissions, a vanished share): extract_file reports why
        return None
    if not store.has_ok_run(sha, EXTRACTOR_VERSION):
        return None
    store.record_source(sha, name)
    run = store.latest_run(sha, ok_only=True)
    layout = (store.run_layout(run.id) if run else None) or {}
    if profile is not None and layout.get("profile_sha256") != profile.sha256:
        return None  # read again with the profile asked for (it replaces the stored run)
    counts, warnings = store.run_summary(run.id) if run else ({}, [])
    return IngestOutcome(  # the stored run's counts: `unchanged` used to show 0 recommendations
        file=name,
        sha256=sha,
        status=Status.ok.value,
        outcome=SaveOutcome.unchanged.value,
        kind=run.kind if run else "other",
        pages=run.pages if run else 0,
        recommendations=counts.get("recommendation", 0),
        actions=counts.get("action", 0),
        kpis=counts.get("kpi", 0),
        warnings=[w.model_dump(mode="json") for w in warnings],
        profile=layout.get("profile"),
    )


def store_result(store: Store, result: ExtractionResult, *, retry: bool = False) -> IngestOutcome:
    outcome = "not_stored"
    if result.sha256:
        size = Path(result.file).stat().st_size if Path(result.file).is_file() else None
        outcome = store.save_result(result, size, retry=retry).value
    return outcome_of(result, outcome)


def outcome_of(result: ExtractionResult, outcome: str) -> IngestOutcome:
    return IngestOutcome(
        file=result.file,
        sha256=result.sha256,
        status=result.status.value,
        outcome=outcome,
        kind=result.kind.value,
        pages=result.pages,
        error_code=None if result.error is None else result.error.code.value,
        error_message=None if result.error is None else result.error.message,
        recommendations=len(result.recommendations),
        actions=len(result.actions),
        kpis=len(result.kpis),
        seconds=round(sum(result.timings.values()), 3),
        warnings=[w.model_dump(mode="json") for w in result.warnings],
        profile=result.profile,
    )
