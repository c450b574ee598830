"""`plantrace serve`: the scheduled deployments, served by one long-running process.

Why serve (not a work pool): one command on one machine runs the nightly reprocess and the inbox
watch unattended, with the schedules, runs and artifacts visible in the Prefect UI. Each run is a
subprocess that loads its flow by module path (`flows.reprocess.reprocess`), so it sees the same
code and environment (PLANTRACE_DB_URL) as the serving process. For several machines, see
docs/flows.md (Prefect workers or a Dask cluster).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

REPROCESS_DEPLOYMENT = "nightly-reprocess"
INBOX_DEPLOYMENT = "inbox-watch"
DEFAULT_REPROCESS_CRON = "0 2 * * *"
DEFAULT_INBOX_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class ServeConfig:
    db_url: str | None = None  # None: each run resolves PLANTRACE_DB_URL / the default file
    inbox: Path | None = None
    inbox_seconds: float = DEFAULT_INBOX_SECONDS
    reprocess_cron: str = DEFAULT_REPROCESS_CRON
    timezone: str | None = None  # IANA name for the cron; None = UTC


def deployment_db_url(db: str | Path | None) -> str | None:
    """The store parameter a deployment stores on the server.

    When PLANTRACE_DB_URL is set it is left out (None): a PostgreSQL URL may carry a password, and
    deployment parameters are shown in the UI; every run reads the variable from its environment.
    A SQLite path becomes an absolute URL, so a run's working directory does not matter.
    """
    if db is None and os.environ.get("PLANTRACE_DB_URL"):
        return None
    if db is not None and "://" in str(db):
        return str(db)
    from plantrace.pipeline.store import resolve_url

    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        return "sqlite:///" + str(Path(url[len("sqlite:///") :]).resolve())
    return url


def build_deployments(config: ServeConfig) -> list[RunnerDeployment]:
    """The nightly reprocess, and the inbox watch when an inbox folder is given."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron, Interval

    from plantrace.flows.ingest import ingest
    from plantrace.flows.reprocess import reprocess

    # A run still going when the next is due: the nightly one waits, an inbox check is dropped.
    deployments: list[Any] = [
        reprocess.to_deployment(
            name=REPROCESS_DEPLOYMENT,
            schedules=[Cron(config.reprocess_cron, timezone=config.timezone)],
            parameters={"db_url": config.db_url},
            concurrency_limit=1,
            entrypoint_type=EntrypointType.MODULE_PATH,
            tags=["plantrace"],
            description="Re-run documents whose latest run is an older extractor version or "
            "failed.",
        )
    ]
    deployments.append(__import__("plantrace.flows.national", fromlist=["x"]).national_deployment(config))  # fmt: skip
    if config.inbox is not None:
        inbox = config.inbox.resolve()
        inbox.mkdir(parents=True, exist_ok=True)
        deployments.append(
            ingest.to_deployment(
                name=INBOX_DEPLOYMENT,
                schedules=[Interval(timedelta(seconds=config.inbox_seconds))],
                parameters={"paths": [str(inbox)], "db_url": config.db_url},
                concurrency_limit=ConcurrencyLimitConfig(
                    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
                ),
                entrypoint_type=EntrypointType.MODULE_PATH,
                tags=["plantrace"],
                description=f"Ingest new PDFs dropped in {inbox}.",
            )
        )
    return cast("list[RunnerDeployment]", deployments)  # to_deployment is typed sync-or-async


def serve_forever(config: ServeConfig, *, limit: int | None = None, **kwargs: Any) -> None:
    """Register the deployments and run their scheduled runs until interrupted (Ctrl-C/SIGTERM)."""
    from prefect import serve

    serve(*build_deployments(config), limit=limit, **kwargs)
