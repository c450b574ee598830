"""What every flow shares: opening the store from a URL, picking the task runner, retry rules.

Why here: tasks may run in another process or on another machine (Dask), so they receive the
store's URL, never a Store object, and open their own; the rules for which errors deserve a retry
must be the same in every flow.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pipeline.store import Store, StoreError

if TYPE_CHECKING:
    from prefect.client.schemas.objects import TaskRun
    from prefect.states import State
    from prefect.task_runners import TaskRunner

#: Delays between retries of a store write: enough for a PostgreSQL fail-over or a long lock.
STORE_RETRY_DELAYS: list[float] = [2, 10, 30]


def open_store(db_url: str | None) -> Store:
    """A full URL is used as given (the caller resolved it); a path or None goes through
    `Store.open`, so PLANTRACE_DB_URL on the machine running the task still applies."""
    if db_url and "://" in db_url:
        return Store(db_url)
    return Store.open(db_url)


@contextmanager
def store_at(db_url: str | None) -> Iterator[Store]:
    store = open_store(db_url)
    try:
        yield store
    finally:
        store.close()


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


def task_runner(workers: int = 1, dask_address: str | None = None) -> TaskRunner[Any]:
    """One worker: a thread, documents in order. More, or an address: Dask processes.

    Each Dask worker is a process with one thread, because extraction is CPU-bound Python (the
    GIL would serialise threads).
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if workers > 1:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
        )
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)
