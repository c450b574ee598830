"""Reprocess: re-run stale documents, keep their history, say what changed and flag affected links.

A document is stale when its latest run used another extractor version or failed
(`Store.stale`). Re-running it adds a run beside the old ones (the store keys runs on sha256 +
version), so history stays. The diff is taken against the latest *ok* run, because a failed run
has no items to compare with. Items whose text changed or vanished make a person's link decisions
on them suspect (`Store.mark_links_suspect`).

The `reprocess` Prefect flow (flows/reprocess.py) and `plantrace reprocess` without a flow both
call these functions; the flow only adds retries, parallelism and artifacts.
"""

from __future__ import annotations

from pathlib import Path

from plantrace.extractors import version as _version
from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.models.results import ExtractionResult, Status
from plantrace.pipeline.diff import DocumentDiff, LinkChange, diff_links, diff_results
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import sha256_file
from plantrace.pipeline.store import Store


def current_version() -> str:
    """Read at call time, so a bumped version (or a test's monkeypatch) is always honoured."""
    return _version.EXTRACTOR_VERSION


def stale_documents(store: Store, version: str | None = None) -> list[str]:
    """Runs of another extractor version or failed, and plans whose stored layout profile (the
    one their table headers fit) was added, changed or removed since they were read."""
    stale = store.stale(version or current_version())
    return stale + [s for s in profile_stale(store) if s not in stale]


def profile_stale(store: Store) -> list[str]:
    from plantrace.extractors.plan_profile import matching_profile
    from plantrace.pipeline.ingest import stored_profiles

    stored = stored_profiles(store)
    stale = []
    for sha, layout in store.latest_layouts().items():
        fit = matching_profile(stored, layout.get("table_headers") or [])
        if fit is None and not layout.get("profile_stored"):
            continue  # read without a profile, or with one given by hand (--profile): as it was
        if (None if fit is None else fit.sha256) != layout.get("profile_sha256"):
            stale.append(sha)
    return stale


def find_source(store: Store, sha256: str) -> Path | None:
    """The first recorded path that still holds this exact document (files move and get edited)."""
    for raw in store.source_paths(sha256):
        path = Path(raw)
        try:
            if path.is_file() and sha256_file(path) == sha256:
                return path
        except OSError:
            continue
    return None


def previous_result(store: Store, sha256: str) -> ExtractionResult | None:
    """The latest ok run's result: the baseline a person's link decisions were made against."""
    run = store.latest_run(sha256, ok_only=True)
    return None if run is None else store.load_result(sha256, run.extractor_version)


def skipped(store: Store, sha256: str, note: str) -> DocumentDiff:
    run = store.latest_run(sha256)
    return DocumentDiff(
        sha256=sha256,
        file=run.file if run else "",
        old_version=run.extractor_version if run else None,
        new_version=current_version(),
        old_status=run.status if run else None,
        new_status=run.status if run else "missing",
        note=note,
    )


def record(
    store: Store, previous: ExtractionResult | None, result: ExtractionResult
) -> DocumentDiff:
    """Store the new run (replacing a failed run of the same version), diff, mark links suspect.

    The one step that writes: the flow retries it alone on transient store errors.
    """
    size = Path(result.file).stat().st_size if Path(result.file).is_file() else None
    store.save_result(result, size, retry=True)
    diff = diff_results(previous, result)
    diff.suspect_links = store.mark_links_suspect(result.sha256, diff.suspect_item_ids)
    if result.status is Status.ok:
        diff.links = relink_pairs(store, result.sha256)
    return diff


def relink_pairs(store: Store, sha256: str) -> list[LinkChange]:
    """Recompute the automatic links of every pair the document is in; what moved, per link.

    People's decisions are kept by relink (and marked suspect where their text changed); only
    pairs whose other document is stored ok are relinked.
    """
    from plantrace.pipeline.traceability import all_pairs, load_links, relink

    changes: list[LinkChange] = []
    for report_sha, plan_sha in all_pairs(store):
        if sha256 not in (report_sha, plan_sha):
            continue
        other = plan_sha if sha256 == report_sha else report_sha
        latest = store.latest_run(other)
        if latest is None or latest.status != Status.ok.value:
            continue
        before = [s.link for s in load_links(store, report_sha, plan_sha)]
        after = [s.link for s in relink(store, report_sha, plan_sha)]
        changes.extend(diff_links(before, after))
    return changes


def reprocess_document(
    store: Store, sha256: str, profile: LayoutProfile | None = None
) -> DocumentDiff:
    """Re-extract one stored document from a source file that still has its bytes; a plan is
    read with `profile`, else with the stored profile its table headers fit."""
    path = find_source(store, sha256)
    if path is None:
        return skipped(store, sha256, "no source file with these bytes is left")
    from plantrace.pipeline.ingest import stored_profiles

    previous = previous_result(store, sha256)
    result = extract_file(path, profile=profile, stored=stored_profiles(store, profile))
    if result.sha256 != sha256:  # the file changed between the check and the read
        return skipped(store, sha256, f"{path} changed while it was being read")
    return record(store, previous, result)


def reprocess(
    store: Store, version: str | None = None, profile: LayoutProfile | None = None
) -> list[DocumentDiff]:
    """Every stale document, one after another (the flow runs them in parallel)."""
    return [reprocess_document(store, sha, profile) for sha in stale_documents(store, version)]
