"""The `coverage_report` flow: write each (report, plan) pair's coverage files, publish artifacts.

One task per pair calls pipeline.coverage.write_coverage (the same function `plantrace coverage`
uses), which relinks the pair, builds the report and writes every format. The task publishes the
pair's table and markdown artifacts under keys made from the plan's sha256, and the flow a
summary table over all pairs, so the UI keeps each plan's history across runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import wait
from prefect.states import State

from plantrace.flows.common import STORE_RETRY_DELAYS, retry_on_transient, store_at, task_runner

SUMMARY_KEY = "coverage-summary"
DEFAULT_FORMATS = ["html", "md"]


@dataclass(slots=True)
class PairCoverage:
    """What travels back from a pair's task: paths and numbers, not the whole report."""

    report_sha256: str | None
    plan_sha256: str
    files: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def artifact_key(plan_sha256: str, suffix: str) -> str:
    """Stable per plan: lowercase letters, digits and dashes, as Prefect requires."""
    return f"coverage-{plan_sha256[:12].lower()}-{suffix}"


@task(
    name="coverage-pair",
    task_run_name="coverage {plan_sha256}",
    retries=len(STORE_RETRY_DELAYS),
    retry_delay_seconds=STORE_RETRY_DELAYS,
    retry_condition_fn=retry_on_transient,
    cache_policy=NO_CACHE,
)
def coverage_pair(
    db_url: str | None,
    report_sha256: str | None,
    plan_sha256: str,
    as_of: date | None,
    formats: list[str],
    out_dir: str,
    include_partnership: bool = False,
    stem: str | None = None,
) -> PairCoverage:
    from plantrace.pipeline.coverage import write_coverage  # the I/O edge, shared with the CLI

    with store_at(db_url) as store:
        out = write_coverage(
            store,
            report_sha256,
            plan_sha256,
            as_of,
            formats,
            Path(out_dir),
            include_partnership=include_partnership,
            stem=stem,
        )
    create_table_artifact(
        out.rows,
        key=artifact_key(plan_sha256, "table"),
        description=f"Coverage of plan {plan_sha256[:12]}, one row per recommendation and action",
    )
    create_markdown_artifact(
        out.markdown,
        key=artifact_key(plan_sha256, "report"),
        description=f"Coverage of plan {plan_sha256[:12]}",
    )
    return PairCoverage(
        report_sha256=out.report.report.sha256,
        plan_sha256=plan_sha256,
        files=[str(p) for p in out.files],
        summary=dict(out.summary),
    )


@flow(
    name="coverage_report",
    task_runner=task_runner(workers=1),
    description="Write coverage reports for (report, plan) pairs and publish them as artifacts.",
)
def coverage_report(
    db_url: str | None = None,
    plan_sha256: str | None = None,
    report_sha256: str | None = None,
    as_of: date | None = None,
    formats: list[str] | None = None,
    out_dir: str = "out/coverage",
    include_partnership: bool = False,
) -> list[PairCoverage]:
    """One plan (with its report, or the paired one), or every pair the store knows."""
    from plantrace.pipeline.coverage import pairs_to_report, stems_for

    fmts = list(formats or DEFAULT_FORMATS)
    as_of = as_of or date.today()  # one date for every pair, and for their file names
    with store_at(db_url) as store:
        targets: list[tuple[str | None, str]] = (
            [(report_sha256, plan_sha256)] if plan_sha256 is not None else pairs_to_report(store)
        )
        stems = stems_for(store, targets, as_of)  # unique names before the parallel writes
    futures = [
        coverage_pair.submit(
            db_url, report, plan, as_of, fmts, out_dir, include_partnership, stems.get(plan)
        )
        for report, plan in targets
    ]
    wait(futures)
    results = [
        _result(report, plan, fut.state)
        for (report, plan), fut in zip(targets, futures, strict=True)
    ]
    publish_summary(results)
    return results


def _result(report: str | None, plan: str, state: State[Any]) -> PairCoverage:
    """A pair whose report could not be built (no paired report, store down): listed, not fatal."""
    if state.is_completed():
        result: PairCoverage = state.result()
        return result
    exc = state.result(raise_on_failure=False)
    message = f"{type(exc).__name__}: {exc}" if isinstance(exc, BaseException) else state.message
    return PairCoverage(report_sha256=report, plan_sha256=plan, error=str(message))


def publish_summary(results: Sequence[PairCoverage]) -> None:
    rows = [
        {
            "plan": r.plan_sha256[:12],
            "report": (r.report_sha256 or "")[:12],
            "coverage_pct": r.summary.get("coverage_pct"),
            "recommendations": r.summary.get("recommendations"),
            "uncovered": r.summary.get("uncovered"),
            "overdue_actions": r.summary.get("overdue_actions"),
            "files": ", ".join(Path(f).name for f in r.files),
            "error": r.error or "",
        }
        for r in results
    ]
    create_table_artifact(rows, key=SUMMARY_KEY, description=f"Coverage of {len(results)} plan(s)")
