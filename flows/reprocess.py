"""The `reprocess` flow: re-run stale documents, keep their history, publish what changed.

A document is stale when its latest run used an older extractor version or failed. Each one is a
task that finds a source file still holding its bytes, re-extracts it and then, in a nested task
retried only on transient store errors, stores the new run beside the old ones, diffs it against
the previous ok run, marks people's link decisions on changed items suspect and relinks its pairs
(pipeline/reprocess.py does all of that; this module only schedules it). The per-document diffs
go into one markdown artifact under a stable key, so the UI keeps each night's report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import wait
from prefect.states import State

from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.flows.common import (
    STORE_RETRY_DELAYS,
    flow_task_runner,
    retry_on_transient,
    store_at,
    task_runner,
)
from plantrace.models.results import ExtractionResult
from plantrace.pipeline import reprocess as rp
from plantrace.pipeline.diff import DocumentDiff, summary_markdown
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.ingest import stored_profiles

CHANGES_KEY = "reprocess-changes"


@task(
    name="record-reprocessed",
    retries=len(STORE_RETRY_DELAYS),
    retry_delay_seconds=STORE_RETRY_DELAYS,
    retry_condition_fn=retry_on_transient,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def record_run(
    previous: ExtractionResult | None, result: ExtractionResult, db_url: str | None
) -> DocumentDiff:
    with store_at(db_url) as store:
        return rp.record(store, previous, result)


@task(name="reprocess-document", task_run_name="reprocess {sha256}", cache_policy=NO_CACHE)
def reprocess_document(sha256: str, db_url: str | None, profile: str | None = None) -> DocumentDiff:
    """Find the bytes, re-extract (the CPU work, on whichever worker runs this), then record.
    `profile`: a layout profile file to read a plan with (else the stored one that fits)."""
    layout = None if profile is None else LayoutProfile.load(profile)
    with store_at(db_url) as store:
        path = rp.find_source(store, sha256)
        if path is None:
            return rp.skipped(store, sha256, "no source file with these bytes is left")
        previous = rp.previous_result(store, sha256)
        stored = stored_profiles(store, layout)
    result = extract_file(path, profile=layout, stored=stored)
    if result.sha256 != sha256:
        with store_at(db_url) as store:
            return rp.skipped(store, sha256, f"{path} changed while it was being read")
    return record_run(previous, result, db_url)


@flow(
    name="reprocess",
    task_runner=task_runner(workers=1),
    description="Re-run documents whose latest run is an older extractor version or failed.",
)
def reprocess(db_url: str | None = None, profile: str | None = None) -> list[DocumentDiff]:
    logger = get_run_logger()
    with store_at(db_url) as store:
        stale = rp.stale_documents(store)
    logger.info("%d stale document(s) for extractor version %s", len(stale), rp.current_version())
    futures = [reprocess_document.submit(sha, db_url, profile) for sha in stale]
    wait(futures)
    diffs = [_diff(sha, fut.state) for sha, fut in zip(stale, futures, strict=True)]
    publish_changes(diffs)
    return diffs


def _diff(sha256: str, state: State[Any]) -> DocumentDiff:
    """Every stale document gets an entry, even when its task failed (store down, a bug)."""
    if state.is_completed():
        diff: DocumentDiff = state.result()
        return diff
    exc = state.result(raise_on_failure=False)
    return DocumentDiff(
        sha256=sha256,
        file="",
        old_version=None,
        new_version=rp.current_version(),
        old_status=None,
        new_status="not_run",
        note=f"task failed: {type(exc).__name__}: {exc}"
        if isinstance(exc, BaseException)
        else f"task failed: {state.message}",
    )


def publish_changes(diffs: Sequence[DocumentDiff]) -> None:
    create_markdown_artifact(
        summary_markdown(diffs, title=f"Reprocess to extractor {rp.current_version()}"),
        key=CHANGES_KEY,
        description=f"{len(diffs)} document(s) reprocessed",
    )


def reprocess_flow(
    *,
    db_url: str | None = None,
    workers: int = 1,
    dask_address: str | None = None,
    profile: str | None = None,
) -> list[DocumentDiff]:
    """The CLI's entry, like flows.ingest.ingest_flow."""
    with flow_task_runner(workers, dask_address) as runner:
        run = reprocess.with_options(task_runner=runner)
        return run(db_url=db_url, profile=profile)
