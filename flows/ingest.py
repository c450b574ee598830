"""The `ingest` flow: discover files, then one task per document (hash, skip if stored, extract,
store), a summary table artifact, and one IngestOutcome per file.

Why one task per document: with Dask the worker that parses a PDF also stores it, so only small
IngestOutcome objects travel back, never parsed pages or results. Inside it, the store write is
its own nested task: the only step a retry can help (a locked SQLite file, a dropped PostgreSQL
connection). A bad document is not an exception here: `extract_file` turns it into a result with
an error code, which is stored and reported like any other, so it never fails the flow.

Cache: the per-document task is cached on the file's sha256 + EXTRACTOR_VERSION (+ the store's
instance id and the file's path, so a re-created store or a copy elsewhere is never skipped).
Never on a Store or engine. Outcomes that a later run could change (a timeout, an internal
error, a file that could not be read) are not cached.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext
from prefect.futures import wait
from prefect.states import State
from prefect.transactions import get_transaction

from extractors import version as _version
from flows.common import (
    STORE_RETRY_DELAYS,
    is_transient,
    retry_on_transient,
    store_at,
    task_runner,
)
from models.results import ExtractionResult, Status
from pipeline.extract import extract_file
from pipeline.ingest import IngestOutcome, already_stored, discover, outcome_of, store_result
from pipeline.reader import sha256_file
from pipeline.store import RETRYABLE, SaveOutcome

SUMMARY_KEY = "ingest-summary"
#: Error codes of files whose task failed (not a bad document: the store or a bug of ours).
FLOW_ERRORS = {"store_error", "task_failed"}


def document_cache_key(_ctx: TaskRunContext, parameters: dict[str, Any]) -> str | None:
    """sha256(file bytes) + extractor version (+ store instance, path); None = don't cache."""
    if parameters.get("retry_failed") or not parameters.get("store_id"):
        return None
    path = Path(parameters["path"])
    try:
        file_sha = sha256_file(path)
    except OSError:  # unreadable: let the task report it, uncached
        return None
    parts = (file_sha, _version.EXTRACTOR_VERSION, str(parameters["store_id"]), str(path.resolve()))
    return "plantrace-ingest-" + hashlib.sha256("\0".join(parts).encode()).hexdigest()


def cacheable(outcome: IngestOutcome) -> bool:
    """Stored, and ok or an error the same bytes and version will always give again."""
    if outcome.outcome == "not_stored":
        return False
    return outcome.status == Status.ok.value or outcome.error_code not in RETRYABLE


@task(
    name="store-result",
    retries=len(STORE_RETRY_DELAYS),
    retry_delay_seconds=STORE_RETRY_DELAYS,
    retry_condition_fn=retry_on_transient,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def save_document(
    result: ExtractionResult, db_url: str | None, retry_failed: bool
) -> IngestOutcome:
    """One transaction per document (Store.save_result); retried only on transient store errors."""
    with store_at(db_url) as store:
        return store_result(store, result, retry=retry_failed)


@task(
    name="ingest-document",
    task_run_name="ingest {path}",
    cache_key_fn=document_cache_key,
    persist_result=True,
)
def ingest_document(
    path: str, db_url: str | None, store_id: str, retry_failed: bool = False
) -> IngestOutcome:
    """Hash -> skip if stored -> extract -> store; returns only the small outcome."""
    with store_at(db_url) as store:
        known = already_stored(store, path, retry=retry_failed)
    if known is not None:
        outcome = known
    else:
        result = extract_file(path)
        if result.sha256:
            outcome = save_document(result, db_url, retry_failed)
        else:  # nothing to hash (missing, unreadable): no document to store
            outcome = outcome_of(result, "not_stored")
    if not cacheable(outcome):
        txn = get_transaction()
        if txn is not None:
            txn.write_on_commit = False
    return outcome


@flow(
    name="ingest",
    task_runner=task_runner(workers=1),
    description="Ingest PDFs into the plantrace store, one task per document.",
)
def ingest(
    paths: list[str], db_url: str | None = None, retry_failed: bool = False
) -> list[IngestOutcome]:
    """Files or folders (folders give their *.pdf) -> one outcome per file, in input order."""
    logger = get_run_logger()
    files = [str(f) for f in discover(paths)]
    # Opening the store here creates its tables once, before tasks race to, and fails the run
    # early with a clear message when the store is unreachable.
    with store_at(db_url) as store:
        store_id = store.instance_id()
    futures = [ingest_document.submit(f, db_url, store_id, retry_failed) for f in files]
    wait(futures)
    outcomes = [_outcome(f, fut.state) for f, fut in zip(files, futures, strict=True)]
    failed = [o for o in outcomes if o.error_code in FLOW_ERRORS]
    if failed:
        logger.error("%d file(s) could not be stored; see the ingest-summary artifact", len(failed))
    publish_summary(outcomes)
    return outcomes


def _outcome(path: str, state: State[Any]) -> IngestOutcome:
    """A task's state as an outcome: every file gets one, whatever happened to its task."""
    if state.is_completed():
        outcome: IngestOutcome = state.result()
        if state.name == "Cached":  # stored by an earlier run: nothing was done this time
            outcome = dataclasses.replace(outcome, outcome=SaveOutcome.unchanged.value, seconds=0.0)
        return outcome
    exc = state.result(raise_on_failure=False)
    code = "store_error" if isinstance(exc, BaseException) and is_transient(exc) else "task_failed"
    if isinstance(exc, BaseException):
        message = f"{type(exc).__name__}: {exc}"
    else:
        message = str(state.message)
    return IngestOutcome(
        file=path, sha256="", status=Status.error.value, outcome="not_stored",
        error_code=code, error_message=message,
    )


def publish_summary(outcomes: Sequence[IngestOutcome]) -> None:
    """A table artifact under a stable key, so the UI keeps the history of every ingest."""
    ok = sum(1 for o in outcomes if o.status == Status.ok.value)
    stored = sum(1 for o in outcomes if o.outcome in {"stored", "replaced"})
    rows = [
        {
            "file": Path(o.file).name,
            "sha256": o.sha256[:12],
            "status": o.status,
            "outcome": o.outcome,
            "kind": o.kind,
            "pages": o.pages,
            "recommendations": o.recommendations,
            "actions": o.actions,
            "kpis": o.kpis,
            "error": "" if o.error_code is None else f"{o.error_code}: {o.error_message}",
            "seconds": o.seconds,
        }
        for o in outcomes
    ]
    create_table_artifact(
        rows,
        key=SUMMARY_KEY,
        description=(
            f"{len(outcomes)} file(s): {ok} ok, {len(outcomes) - ok} with errors, "
            f"{stored} newly stored"
        ),
    )


def ingest_flow(
    files: Sequence[str],
    *,
    db_url: str | None = None,
    workers: int = 1,
    dask_address: str | None = None,
    retry_failed: bool = False,
) -> list[IngestOutcome]:
    """The CLI's entry: the ingest flow on a thread, a Dask LocalCluster or a Dask scheduler."""
    runner = task_runner(workers, dask_address)
    run = ingest.with_options(task_runner=runner)
    return run(list(files), db_url=db_url, retry_failed=retry_failed)
