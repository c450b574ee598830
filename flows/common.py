"""What every flow shares: opening the store from a URL, picking the task runner, retry rules.

Why here: tasks may run in another process or on another machine (Dask), so they receive the
store's URL, never a Store object, and open their own; the rules for which errors deserve a retry
must be the same in every flow.
"""

from __future__ import annotations

import atexit
import functools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from plantrace.pipeline.store import Store, StoreError, resolve_url

if TYPE_CHECKING:
    from distributed import LocalCluster
    from prefect.client.schemas.objects import TaskRun
    from prefect.states import State
    from prefect.task_runners import TaskRunner

T = TypeVar("T")

#: Delays between retries of a store write: enough for a PostgreSQL fail-over or a long lock.
STORE_RETRY_DELAYS: list[float] = [2, 10, 30]

#: Modules every Dask worker imports while it starts (Prefect, the extractors, the store), so
#: that cost overlaps the Prefect API server's start instead of delaying the first task.
WORKER_PRELOAD: tuple[str, ...] = ("plantrace.flows.ingest",)


def store_url(db_url: str | None) -> str:
    """A full URL is used as given (the caller resolved it); a path or None goes through
    `resolve_url`, so PLANTRACE_DB_URL on the machine running the task still applies."""
    if db_url and "://" in db_url:
        return db_url
    return resolve_url(db_url)


def open_store(db_url: str | None) -> Store:
    """A new Store (engine) of its own: for the flow itself and for callers that close it."""
    return Store(store_url(db_url))


@contextmanager
def store_at(db_url: str | None) -> Iterator[Store]:
    store = open_store(db_url)
    try:
        yield store
    finally:
        store.close()


def shared_store(db_url: str | None, instance_id: str = "") -> Store:
    """The one Store of this process for a URL, for tasks: never close it.

    Why: a Store is an engine (a connection pool) and opening one checks the schema, a few
    milliseconds each time, which per document was most of the store's cost; one per worker
    process keeps its pooled connections for every task it runs. `instance_id` (the store's,
    read by the flow) is part of the key so a deleted and re-created database at the same URL
    gets a fresh engine, whose schema check creates its tables, in a long-lived Dask worker.
    The engines are disposed when the process exits.
    """
    return _shared_store(store_url(db_url), instance_id)


@functools.lru_cache(maxsize=16)
def _shared_store(url: str, instance_id: str) -> Store:
    store = Store(url)
    atexit.register(store.close)
    return store


def is_transient(exc: BaseException | None) -> bool:
    """Errors a second try can fix: a locked SQLite file, a dropped or refused connection.

    Bad documents never get here (extract_file turns them into results); constraint and
    programming errors would fail the same way again, so they are not retried.
    """
    if exc is None:
        return False
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(exc, StoreError | OperationalError | ConnectionError | TimeoutError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def retry_on_transient(_task: Any, _task_run: TaskRun, state: State[Any]) -> bool:
    """Prefect `retry_condition_fn`: retry only when the failure is a transient store error."""
    exc: Any = state.data
    if not isinstance(exc, BaseException):
        try:
            exc = state.result(raise_on_failure=False)
        except Exception:  # an unreadable failed state: don't guess, don't retry
            return False
    return isinstance(exc, BaseException) and is_transient(exc)


def call_with_store_retries(
    fn: Callable[[], T],
    delays: Sequence[float] = STORE_RETRY_DELAYS,
    on_retry: Callable[[BaseException, float], None] | None = None,
) -> T:
    """Call fn, again after each delay while it fails with a transient store error.

    The same rule as `retry_on_transient`, for a step inside a task that handles many
    documents: retrying the whole task would redo the other documents' work, and a nested
    Prefect task per write costs more orchestration than the write itself.
    """
    for delay in [*delays, None]:
        try:
            return fn()
        except Exception as exc:
            if delay is None or not is_transient(exc):
                raise
            if on_retry is not None:
                on_retry(exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")  # the last attempt returned or raised


def task_runner(workers: int = 1, dask_address: str | None = None) -> TaskRunner[Any]:
    """One worker: a thread, documents in order. More, or an address: Dask processes.

    Each Dask worker is a process with one thread, because extraction is CPU-bound Python (the
    GIL would serialise threads). Prefer `flow_task_runner` to run a flow on a new local
    cluster: this one leaves each worker to find the Prefect API on its own.
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if workers > 1:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(cluster_kwargs=_cluster_kwargs(workers))
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)


@contextmanager
def flow_task_runner(
    workers: int = 1, dask_address: str | None = None, preload: Sequence[str] = WORKER_PRELOAD
) -> Iterator[TaskRunner[Any]]:
    """The task runner for one CLI run of a flow; on a local cluster, the cluster starts here.

    Why not `DaskTaskRunner(cluster_kwargs=...)`: without PREFECT_API_URL (the default
    ephemeral profile) every Dask worker process started its own temporary Prefect server (5-10 s
    of CPU each, on the machine doing the work, all writing one SQLite file, and left running
    when the worker was killed). Here the API is resolved once (the ephemeral server started in
    this process) and handed to the workers in the settings the flow runs under; and the
    cluster starts on a thread meanwhile, its workers importing `preload`, so the two start-ups
    overlap instead of adding up. The runner is given the scheduler's address, so Prefect's
    `duplicate()` of it reaches this same cluster, which is closed on exit.
    """
    if dask_address or workers <= 1:
        yield task_runner(workers, dask_address)
        return
    from prefect.settings import PREFECT_API_URL, temporary_settings
    from prefect_dask import DaskTaskRunner

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="plantrace-cluster") as pool:
        starting = pool.submit(_local_cluster, workers, preload)
        try:
            api_url = prefect_api_url()
        except BaseException:
            starting.add_done_callback(lambda f: f.exception() or f.result().close())
            raise
        cluster = starting.result()
    with cluster, temporary_settings(updates={PREFECT_API_URL: api_url} if api_url else {}):
        yield DaskTaskRunner(address=cluster.scheduler_address)


def prefect_api_url() -> str | None:
    """The Prefect API every process of a run must use: PREFECT_API_URL, else the ephemeral
    server of this process (started now if needed); None when neither is configured, which
    Prefect reports itself when the flow starts."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    url = PREFECT_API_URL.value()
    if url:
        return str(url)
    if not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the same singleton Prefect's own client uses here
    server.start()
    return server.api_url


def _cluster_kwargs(workers: int, preload: Sequence[str] = ()) -> dict[str, Any]:
    """Processes with one thread each; no dashboard (a web server nobody reads in a CLI run)."""
    kwargs: dict[str, Any] = {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
        "silence_logs": logging.ERROR,
    }
    if preload:
        kwargs["preload"] = list(preload)
    return kwargs


def _local_cluster(workers: int, preload: Sequence[str]) -> LocalCluster:
    from distributed import LocalCluster

    return LocalCluster(**_cluster_kwargs(workers, preload))
