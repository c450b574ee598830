"""The `national_refresh` flow: ingest the inbox, reprocess, export, rebuild the site.

Thin: the ingest and reprocess flows run as subflows (their own artifacts and retries), and the
export and site are one task over pipeline/refresh.py, which reads the store once for both. The
artifact `national-refresh` says what changed since the previous refresh into the same folder.
`plantrace serve` schedules it nightly after the reprocess (national_deployment).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from plantrace.flows.common import store_at

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

    from plantrace.flows.serve import ServeConfig

NATIONAL_DEPLOYMENT = "national-refresh"
NATIONAL_CRON = "0 4 * * *"  # after the 02:00 reprocess
ARTIFACT_KEY = "national-refresh"
DEFAULT_FORMATS = ("csv", "xlsx")


def default_out() -> Path:
    """PLANTRACE_NATIONAL_DIR, else .plantrace/national beside the default store."""
    return Path(os.environ.get("PLANTRACE_NATIONAL_DIR", ".plantrace/national")).resolve()


@task(name="national-export-and-site", cache_policy=NO_CACHE, persist_result=False)
def export_and_site(db_url: str | None, out: str, formats: list[str]) -> dict[str, Any]:
    from plantrace.pipeline.refresh import changes_markdown, refresh

    with store_at(db_url) as store:
        result = refresh(store, Path(out), formats)
    create_markdown_artifact(
        changes_markdown(result),
        key=ARTIFACT_KEY,
        description=f"{len(result.summary['inspections'])} inspection report(s); site in {out}/site",
    )
    return {
        "out": out,
        "site": str(Path(out) / "site" / "index.html"),
        "rows": result.summary["rows"],
        "new_inspections": sorted(
            set(result.summary["inspections"]) - set((result.previous or {}).get("inspections", {}))
        ),
        "warnings": result.warnings,
        "seconds": result.seconds,
    }


@flow(
    name="national-refresh",
    description="Ingest the inbox, reprocess stale documents, export the tables, rebuild the site.",
)
def national_refresh(
    db_url: str | None = None,
    inbox: str | None = None,
    out: str | None = None,
    formats: list[str] | None = None,
    reprocess: bool = True,
) -> dict[str, Any]:
    logger = get_run_logger()
    target = out or str(default_out())
    if inbox:
        from plantrace.flows.ingest import ingest

        Path(inbox).mkdir(parents=True, exist_ok=True)
        outcomes = ingest(paths=[inbox], db_url=db_url)
        logger.info("inbox: %d file(s) looked at", len(outcomes))
    if reprocess:
        from plantrace.flows.reprocess import reprocess as reprocess_flow

        diffs = reprocess_flow(db_url=db_url)
        logger.info("reprocess: %d document(s)", len(diffs))
    summary = export_and_site(db_url, target, list(formats or DEFAULT_FORMATS))
    logger.info("national refresh written to %s", target)
    return summary


def national_deployment(config: ServeConfig) -> RunnerDeployment:
    """The nightly national refresh for `plantrace serve` (the inbox too when one is served)."""
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    out = default_out()
    deployment: RunnerDeployment = national_refresh.to_deployment(  # type: ignore[assignment]
        name=NATIONAL_DEPLOYMENT,
        schedules=[
            Cron(os.environ.get("PLANTRACE_NATIONAL_CRON", NATIONAL_CRON), timezone=config.timezone)
        ],
        parameters={
            "db_url": config.db_url,
            "inbox": None if config.inbox is None else str(config.inbox.resolve()),
            "out": str(out),
        },
        concurrency_limit=1,
        entrypoint_type=EntrypointType.MODULE_PATH,
        tags=["plantrace"],
        description=f"Export the tables and rebuild the static site in {out}.",
    )
    return deployment
