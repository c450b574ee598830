"""`plantrace serve` and `plantrace reprocess`: the Prefect side (issue 6).

Prefect, Dask and the flows are imported inside the commands, so `plantrace extract` and the
other commands start without paying for them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from plantrace.cli.common import (
    EXIT_USAGE,
    DaskAddressOption,
    DbOption,
    FlowOption,
    WorkersOption,
    check_dask_address,
    fail,
    open_store,
    out,
)
from plantrace.cli.profile_cmd import ProfileOption, load_profile


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("serve")(serve)
    app.command("reprocess")(reprocess)


def serve(
    db: DbOption = None,
    inbox: Annotated[
        Path | None,
        typer.Option(help="folder watched for new PDFs (omit: no inbox deployment)"),
    ] = None,
    inbox_interval: Annotated[
        float, typer.Option(help="seconds between two looks at the inbox")
    ] = 60.0,
    reprocess_cron: Annotated[
        str, typer.Option(help="cron of the reprocess deployment")
    ] = "0 2 * * *",
    timezone: Annotated[
        str | None, typer.Option(help="IANA time zone of the cron (default UTC)")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="most flow runs at once in this process")
    ] = None,
) -> None:
    """Serve the scheduled deployments (nightly reprocess, inbox watch) until interrupted.

    Needs a Prefect API (PREFECT_API_URL, e.g. a `prefect server start`): the schedules live
    there. Runs happen in this process's machine, one subprocess each.
    """
    from plantrace.flows.serve import ServeConfig, deployment_db_url, serve_forever
    from plantrace.pipeline.store import StoreError

    _check_serve_arguments(inbox, inbox_interval, reprocess_cron, timezone)
    try:
        db_url = deployment_db_url(db)
        _check_store(db_url)
    except StoreError as exc:
        fail(str(exc), EXIT_USAGE)
    serve_forever(
        ServeConfig(
            db_url=db_url,
            inbox=inbox,
            inbox_seconds=inbox_interval,
            reprocess_cron=reprocess_cron,
            timezone=timezone,
        ),
        limit=limit,
    )


def _check_serve_arguments(
    inbox: Path | None, inbox_interval: float, cron: str, timezone: str | None
) -> None:
    """Every argument checked before the store is opened or Prefect is asked: a mistake is one
    line now, not a traceback from the scheduler later."""
    if inbox_interval <= 0:
        fail("--inbox-interval must be positive", EXIT_USAGE)
    if inbox is not None and inbox.exists() and not inbox.is_dir():
        fail(f"--inbox {inbox} is not a folder", EXIT_USAGE)
    if timezone is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):  # ValueError: a path, not a name
            fail(f"--timezone {timezone!r} is not an IANA time zone (Europe/London)", EXIT_USAGE)
    from prefect.schedules import Cron

    try:
        Cron(cron, timezone=timezone)
    except ValueError as exc:
        fail(f"--reprocess-cron {cron!r} is not a cron expression: {exc}", EXIT_USAGE)


def _check_store(db_url: str | None) -> None:
    """Fail now, with a clear message, rather than in every scheduled run."""
    from plantrace.flows.common import store_at

    with store_at(db_url):
        pass


def reprocess(
    db: DbOption = None,
    workers: WorkersOption = 1,
    dask_address: DaskAddressOption = None,
    flow: FlowOption = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="print each document's diff as JSON")
    ] = False,
    profile: ProfileOption = None,
) -> None:
    """Re-run documents whose latest run used an older extractor version or failed.

    Old runs are kept; prints what changed per document (recommendations, actions, KPIs, links)
    and marks people's link decisions on changed items suspect.
    """
    check_dask_address(dask_address)
    layout = load_profile(profile)  # a bad profile: one line, exit 2, before the store
    store = open_store(db, create=False)  # nothing stored, nothing to reprocess: no new store
    if workers > 1 or dask_address or flow:
        from plantrace.flows.reprocess import reprocess_flow

        diffs = reprocess_flow(db_url=store.url, workers=workers, dask_address=dask_address,
                               profile=None if profile is None else str(profile))  # fmt: skip
    else:
        from plantrace.pipeline.reprocess import reprocess as run_reprocess

        diffs = run_reprocess(store, profile=layout)
    store.close()
    if as_json:
        for d in diffs:
            sys.stdout.write(json.dumps(d.as_dict(), ensure_ascii=False) + "\n")
        return
    from plantrace.pipeline.diff import Change

    table = Table(title=f"{len(diffs)} document(s) reprocessed")
    for col in (
        "document",
        "versions",
        "status",
        "recs +/-/~",
        "actions +/-/~",
        "kpis +/-/~",
        "links +/-/~",
        "suspect",
    ):
        table.add_column(col, overflow="fold")
    for d in diffs:
        counts = [
            f"{d.count(g, Change.added)}/{d.count(g, Change.removed)}/{d.count(g, Change.changed)}"
            for g in ("recommendation", "action", "kpi")
        ]
        links = "/".join(
            str(d.link_count(c)) for c in (Change.added, Change.removed, Change.changed)
        )
        table.add_row(
            f"{Path(d.file).name or d.sha256[:12]}",
            f"{d.old_version} → {d.new_version}",
            d.note or f"{d.old_status} → {d.new_status}",
            *counts,
            links,
            str(d.suspect_links),
        )
    out.print(table)
