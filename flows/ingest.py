"""The `ingest` flow: discover files, then a few tasks of several documents each (hash, skip if
stored, extract, store), a summary table artifact, and one IngestOutcome per file.

Why tasks of several documents: a corpus report extracts in about 0.1 s, while Prefect spends
about as long orchestrating a task (a task run and its states through the API). One task per
document, plus a nested task per store write, made orchestration cost more than the work and
two Dask workers slower than one. The files are dealt into `workers * CHUNKS_PER_WORKER` tasks
of about equal bytes, biggest files first, so every worker stays busy until the end. With Dask
the worker that parses a PDF also stores it, so only small IngestOutcome objects travel back,
never parsed pages or results.

A bad document is not an exception here: `extract_file` turns it into a result with an error
code, which is stored and reported like any other. A store write that fails with a transient
error (a locked SQLite file, a dropped PostgreSQL connection) is retried inside the task after
STORE_RETRY_DELAYS, the same rule the other flows give a nested Prefect task; any other failure
of one document becomes that document's outcome (`store_error` or `task_failed`), so one file
never costs the others in its task their results and never fails the flow.

Skipping what is stored is the store's own check, not Prefect's task cache: a file whose sha256
already has an ok run of this EXTRACTOR_VERSION costs one hash and one indexed read and is
reported `unchanged`. That check is what always made a re-ingest a no-op; a cache key of the
same hash added result files on disk and a second truth that had to be told a re-created store
apart (the store's instance id). `retry_failed` re-extracts every file, as in the plain CLI.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import wait
from prefect.states import State

from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.flows.common import (
    call_with_store_retries,
    flow_task_runner,
    is_transient,
    shared_store,
    store_at,
    task_runner,
)
from plantrace.models.results import Status
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.ingest import (
    IngestOutcome,
    already_stored,
    discover,
    outcome_of,
    store_result,
    stored_profiles,
)
from plantrace.pipeline.store import Store

SUMMARY_KEY = "ingest-summary"
#: Error codes of files whose ingest failed (not a bad document: the store or a bug of ours).
FLOW_ERRORS = {"store_error", "task_failed"}
#: Tasks per worker: enough that the last ones are short and no worker idles while another
#: finishes a long one, few enough that orchestration stays small against the work.
CHUNKS_PER_WORKER = 4


@task(
    name="ingest-documents",
    task_run_name="ingest {label}",
    cache_policy=NO_CACHE,
    persist_result=False,
)
def ingest_documents(
    paths: list[str],
    db_url: str | None,
    store_id: str,
    retry_failed: bool,
    label: str = "",
    profile: str | None = None,
) -> list[IngestOutcome]:
    """Each file: hash -> skip if stored -> extract -> store; one outcome per file, in order.
    `profile`: a layout profile file (a path travels to a Dask worker; the CLI checked it)."""
    store = shared_store(db_url, store_id)
    layout = None if profile is None else LayoutProfile.load(profile)
    return [ingest_one(store, path, retry_failed, layout) for path in paths]


def ingest_one(
    store: Store, path: str, retry_failed: bool, profile: LayoutProfile | None = None
) -> IngestOutcome:
    """One file's outcome, whatever happens: a failure here is this file's, not its task's."""
    logger = get_run_logger()
    try:
        known = already_stored(store, path, retry=retry_failed, profile=profile)
        if known is not None:
            return known
        result = extract_file(path, profile=profile, stored=stored_profiles(store, profile))
        if not result.sha256:  # nothing to hash (missing, unreadable): no document to store
            return outcome_of(result, "not_stored")

        def retrying(exc: BaseException, delay: float) -> None:
            logger.warning("storing %s failed (%s); retrying in %ss", path, exc, delay)

        return call_with_store_retries(
            lambda: store_result(store, result, retry=retry_failed), on_retry=retrying
        )
    except Exception as exc:
        logger.error("could not ingest %s", path, exc_info=True)
        return failed_outcome(path, exc)


def plan_chunks(files: Sequence[str], workers: int) -> list[list[int]]:
    """Indexes of `files` dealt into tasks of about equal bytes (biggest file first, each into
    the lightest task so far), so that parallel workers finish together."""
    if not files:
        return []
    count = min(len(files), max(1, workers) * CHUNKS_PER_WORKER)
    sizes = [_size(f) for f in files]
    chunks: list[list[int]] = [[] for _ in range(count)]
    loads = [0] * count
    for i in sorted(range(len(files)), key=lambda i: -sizes[i]):
        lightest = loads.index(min(loads))
        chunks[lightest].append(i)
        loads[lightest] += sizes[i] + 1
    return [c for c in chunks if c]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # missing or unreadable: no work, its task reports why
        return 0


@flow(
    name="ingest",
    task_runner=task_runner(workers=1),
    description="Ingest PDFs into the plantrace store, in tasks of several documents.",
)
def ingest(
    paths: list[str],
    db_url: str | None = None,
    retry_failed: bool = False,
    workers: int = 1,
    profile: str | None = None,
) -> list[IngestOutcome]:
    """Files or folders (folders give their *.pdf) -> one outcome per file, in input order.

    `workers` is how many tasks the task runner runs at once: it sets how finely the files are
    split (workers * CHUNKS_PER_WORKER tasks), not where they run.
    """
    logger = get_run_logger()
    files = [str(f) for f in discover(paths)]
    # Opening the store here creates its tables once, before tasks race to, and fails the run
    # early with a clear message when the store is unreachable.
    with store_at(db_url) as store:
        store_id = store.instance_id()
    chunks = plan_chunks(files, workers)
    futures = [
        ingest_documents.submit(
            [files[i] for i in chunk], db_url, store_id, retry_failed,
            label=f"{n}/{len(chunks)} ({len(chunk)} files)", profile=profile,
        )
        for n, chunk in enumerate(chunks, 1)
    ]  # fmt: skip
    wait(futures)
    found: dict[int, IngestOutcome] = {}
    for chunk, future in zip(chunks, futures, strict=True):
        chunk_files = [files[i] for i in chunk]
        found.update(zip(chunk, _outcomes(chunk_files, future.state), strict=True))
    outcomes = [found[i] for i in range(len(files))]
    failed = [o for o in outcomes if o.error_code in FLOW_ERRORS]
    if failed:
        logger.error("%d file(s) could not be stored; see the ingest-summary artifact", len(failed))
    publish_summary(outcomes)
    return outcomes


def _outcomes(paths: list[str], state: State[Any]) -> list[IngestOutcome]:
    """A task's state as one outcome per file: every file gets one, whatever happened to its
    task (a worker that died, the store that could not be opened)."""
    if state.is_completed():
        outcomes: list[IngestOutcome] = state.result()
        return outcomes
    exc = state.result(raise_on_failure=False)
    if isinstance(exc, BaseException):
        return [failed_outcome(p, exc) for p in paths]
    return [failed_outcome(p, None, str(state.message)) for p in paths]


def failed_outcome(
    path: str, exc: BaseException | None, message: str | None = None
) -> IngestOutcome:
    """The outcome of a file we could not ingest: `store_error` when the store failed in a way
    a later run may not (transient), else `task_failed` (a bug of ours)."""
    code = "store_error" if is_transient(exc) else "task_failed"
    if exc is not None:
        message = f"{type(exc).__name__}: {exc}"
    return IngestOutcome(
        file=path, sha256="", status=Status.error.value, outcome="not_stored",
        error_code=code, error_message=message,
    )  # fmt: skip


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
            "warnings": "; ".join(f"{w['code']}: {w['message']}" for w in o.warnings),
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
            f"{sum(1 for o in outcomes if o.warnings)} with warnings, {stored} newly stored"
        ),
    )


def ingest_flow(
    files: Sequence[str],
    *,
    db_url: str | None = None,
    workers: int = 1,
    dask_address: str | None = None,
    retry_failed: bool = False,
    profile: str | None = None,
) -> list[IngestOutcome]:
    """The CLI's entry: the ingest flow on a thread, a Dask LocalCluster or a Dask scheduler."""
    with flow_task_runner(workers, dask_address) as runner:
        run = ingest.with_options(task_runner=runner)
        return run(list(files), db_url=db_url, retry_failed=retry_failed, workers=workers,
                   profile=profile)  # fmt: skip
