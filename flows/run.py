"""`make run`: the main job as Prefect flows: ingest a folder, then every paired plan's coverage.

Thin: the `ingest` and `coverage_report` flows run as subflows of `plantrace-main`, so one run
holds the whole job, and the Prefect UI shows it with its two subflow runs, their tasks and their
artifacts (ingest-summary, coverage-summary, a table and a report per plan). `plantrace ingest`
and `plantrace coverage` stay the quick way for a person at a terminal.

    python -m plantrace.flows.run samples --db out/plantrace.sqlite --out out/coverage

Without PREFECT_API_URL, Prefect starts a temporary API server for the run (no network needed);
the runs stay in Prefect's local database, where `prefect server start` shows them afterwards.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from plantrace.flows.coverage import PairCoverage, coverage_report
from plantrace.flows.ingest import ingest
from plantrace.pipeline.ingest import IngestOutcome

STARTUP_SECONDS = 180


@dataclass(slots=True)
class MainRun:
    """What the job did, and the flow run to look at."""

    flow_run_id: str
    flow_run_name: str
    outcomes: list[IngestOutcome] = field(default_factory=list)
    coverage: list[PairCoverage] = field(default_factory=list)


@flow(
    name="plantrace-main",
    description="Ingest PDFs into the store, then write every paired plan's coverage report.",
)
def main_flow(
    paths: list[str],
    db_url: str | None = None,
    out_dir: str = "out/coverage",
    formats: list[str] | None = None,
    as_of: date | None = None,
) -> MainRun:
    logger = get_run_logger()
    outcomes = ingest(paths, db_url=db_url)
    bad = sum(1 for o in outcomes if o.status != "ok")
    logger.info(
        "ingested %d file(s): %d ok, %d with errors", len(outcomes), len(outcomes) - bad, bad
    )
    coverage = coverage_report(db_url=db_url, out_dir=out_dir, formats=formats, as_of=as_of)
    return MainRun(str(flow_run.id), str(flow_run.name), outcomes, coverage)


def where_to_look(flow_run_id: str) -> list[str]:
    """Where a person sees the run and its artifacts: the configured API's UI, else the local
    database the temporary server wrote, with the command that serves it."""
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    api = settings.api.url
    if api:
        ui = str(settings.ui_url or api.removesuffix("/api"))
        return [f"Prefect UI: {ui}/runs/flow-run/{flow_run_id} (artifacts: {ui}/artifacts)"]
    database = settings.server.database.connection_url
    db = database.get_secret_value() if database is not None else "Prefect's local database"
    host, port = settings.server.api.host, settings.server.api.port
    ui = f"http://{host}:{port}"
    return [
        f"The runs are stored in {db.split(':///', 1)[-1]} (a temporary Prefect server ran them).",
        f"To see them: `prefect server start`, then open {ui}/runs/flow-run/{flow_run_id}",
        f"and the artifacts (ingest-summary, coverage-summary, one per plan) at {ui}/artifacts",
    ]


@contextmanager
def _patient_server(seconds: int = STARTUP_SECONDS) -> Iterator[None]:
    """More time for the temporary API server to start: on a fresh machine it first creates
    its database, which on a busy laptop took longer than Prefect's default 20 s."""
    from prefect.settings import (
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )

    current = PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()
    with temporary_settings(
        {PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: max(current, seconds)}
    ):
        yield


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m plantrace.flows.run", description=__doc__)
    parser.add_argument("paths", nargs="+", help="PDF files or folders")
    parser.add_argument("--db", default=None, help="store: SQLite file or database URL")
    parser.add_argument("--out", default="out/coverage", help="folder for coverage reports")
    parser.add_argument("--format", action="append", dest="formats", help="html, md, ... (repeat)")
    args = parser.parse_args(argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    db = args.db if args.db is None or "://" in args.db else str(Path(args.db).resolve())
    try:
        with _patient_server():
            run = main_flow(args.paths, db_url=db, out_dir=args.out, formats=args.formats)
    except Exception as exc:  # the flow's own log has the details; the person gets one line
        print(f"error: the main flow failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    bad = [o for o in run.outcomes if o.status != "ok"]
    print(
        f"ingest: {len(run.outcomes)} file(s), {len(run.outcomes) - len(bad)} ok, {len(bad)} with errors"
    )
    for o in bad:
        print(f"  {Path(o.file).name}: {o.error_code}: {o.error_message}")
    written = [f for c in run.coverage for f in c.files]
    failed = [c for c in run.coverage if c.error]
    print(f"coverage: {len(run.coverage)} plan(s), {len(written)} file(s) written under {args.out}")
    for c in failed:
        print(f"  plan {c.plan_sha256[:12]}: {c.error}")
    print(
        f"flow run '{run.flow_run_name}' ({run.flow_run_id}): plantrace-main, with ingest and coverage_report as subflows"
    )
    for line in where_to_look(run.flow_run_id):
        print(line)
    return 1 if failed or not written else 0


if __name__ == "__main__":
    sys.exit(main())
