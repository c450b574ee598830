"""`plantrace coverage` (issue 5): traceability from the command line; `plantrace link` is in
link_cmd.py and shares this module's store and document helpers."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from plantrace.cli.common import DbOption


def _store(db: str | None, *paths: str | None):  # type: ignore[no-untyped-def]
    """The store; made only when a file named on the command line is to be ingested into it
    (a reading command with a typo in --db must not leave an empty database behind)."""
    from plantrace.cli.common import open_store

    return open_store(db, create=any(p is not None and Path(p).is_file() for p in paths))


def _resolve(store, ref: str, what: str) -> str:  # type: ignore[no-untyped-def]
    """A document by id/path; a path not yet stored is ingested first (the user pointed at it)."""
    from plantrace.cli.common import err

    sha = store.resolve(ref)
    if sha is None and Path(ref).is_file():
        from plantrace.pipeline.ingest import ingest_file

        outcome = ingest_file(store, ref)
        if outcome.status != "ok":
            err.print(
                f"[red]error:[/red] {what} {ref}: {outcome.error_code}: {outcome.error_message}"
            )
            raise typer.Exit(1)
        sha = outcome.sha256
    if sha is None:
        err.print(f"[red]error:[/red] no stored {what} matches {ref!r}")
        raise typer.Exit(1)
    return str(sha)


def _as_of(text: str | None) -> date:
    from plantrace.cli.common import as_of_date

    return as_of_date(text)


def _scheme(path: Path | None):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from plantrace.cli.common import EXIT_USAGE, fail
    from plantrace.pipeline.kpi_rag import RagScheme

    try:
        return RagScheme.load(path)
    except FileNotFoundError:
        fail(f"--rag-scheme {path}: no such file", EXIT_USAGE)
    except IsADirectoryError:
        fail(f"--rag-scheme {path} is a folder, not a JSON file", EXIT_USAGE)
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"--rag-scheme {path}: cannot be read ({exc.__class__.__name__})", EXIT_USAGE)
    except json.JSONDecodeError as exc:
        fail(f"--rag-scheme {path} is not valid JSON (line {exc.lineno}: {exc.msg})", EXIT_USAGE)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "the file"
        fail(f"--rag-scheme {path}: {where}: {first['msg']}", EXIT_USAGE)


def _out_dir(out: str) -> Path | None:
    """None for `-` (standard output); else a folder that exists or can be made."""
    from plantrace.cli.common import EXIT_USAGE, fail

    if out == "-":
        return None
    path = Path(out)
    if path.exists() and not path.is_dir():
        fail(f"--out {out} is a file: give a folder (or - for standard output)", EXIT_USAGE)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"--out {out}: cannot make the folder ({exc.strerror or exc})", EXIT_USAGE)
    return path


def coverage(
    report: Annotated[
        str | None,
        typer.Option(help="inspection report: path or stored id (default: the plan's pair)"),
    ] = None,
    plan: Annotated[str | None, typer.Option(help="improvement plan: path or stored id")] = None,
    all_pairs: Annotated[
        bool, typer.Option("--all", help="every stored plan with its paired report")
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            help="date for overdue actions: 31/03/2025 (day first) or 2025-03-31; default today"
        ),
    ] = None,
    fmt: Annotated[
        list[str], typer.Option("--format", help="html, json, csv, xlsx, md (repeatable)")
    ] = ["html"],  # noqa: B006
    out: Annotated[
        str, typer.Option(help="output folder, or - to write one format to standard output")
    ] = "out/coverage",
    rag_scheme: Annotated[
        Path | None, typer.Option(help="JSON RAG scheme (colours, tolerance)")
    ] = None,
    fail_under: Annotated[
        float | None, typer.Option(help="exit 3 when coverage % is below this")
    ] = None,
    include_partnership: Annotated[
        bool,
        typer.Option(
            help="count the safeguarding partnership's (LSCB's) own recommendations as the "
            "council's (default: shown apart, not counted)"
        ),
    ] = False,
    accept_pairing: Annotated[
        bool,
        typer.Option(
            help="the pairing is right although the plan does not name the report's authority "
            "or predates it: no warning"
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Write coverage reports: every recommendation's actions, owners, dates, RAG and status."""
    from plantrace.cli.common import EXIT_USAGE, fail, warn
    from plantrace.cli.common import err as console_err
    from plantrace.cli.common import out as console_out
    from plantrace.pipeline.coverage import FORMATS, CoverageError, write_coverage
    from plantrace.pipeline.render.words import warning_line
    from plantrace.pipeline.traceability import pair_all, set_pair

    bad = [f for f in fmt if f not in FORMATS]
    if bad:
        fail(f"unknown format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}", EXIT_USAGE)
    to_stdout = out == "-"
    if to_stdout and len(set(fmt)) != 1:
        fail("--out - writes one format to standard output: give exactly one --format", EXIT_USAGE)
    if to_stdout and plan is None:
        fail("--out - writes one report: give --plan", EXIT_USAGE)
    if plan is None and not all_pairs:
        fail("give --plan (and optionally --report), or --all", EXIT_USAGE)
    when = _as_of(as_of)
    scheme = _scheme(rag_scheme)
    out_dir = _out_dir(out)
    console = console_err if to_stdout else console_out  # stdout carries the report itself
    store = _store(db, plan, report)
    jobs: list[tuple[str | None, str]] = []
    if plan is not None:
        plan_sha = _resolve(store, plan, "plan")
        report_sha = _resolve(store, report, "report") if report else None
        jobs.append((report_sha, plan_sha))
    else:
        jobs = [(r, p) for r, p in pair_all(store)]
        if not jobs:
            fail(
                "no plan could be paired with a stored inspection report: ingest both, or pair "
                "them with `plantrace link pair --plan PLAN --report REPORT`"
            )
    worst = 100.0
    taken: set[str] = set()
    for report_sha, plan_sha in jobs:
        try:
            output = write_coverage(
                store,
                report_sha,
                plan_sha,
                when,
                list(dict.fromkeys(fmt)),
                out_dir,
                scheme,
                include_partnership=include_partnership,
                accept_pairing=accept_pairing,
                taken=taken,
            )
        except CoverageError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"--out {out}: cannot write ({exc.strerror or exc})", EXIT_USAGE)
        if plan is not None and report_sha is not None:
            set_pair(store, plan_sha, report_sha)  # the person's pairing, once it is valid
        s = output.report.summary
        worst = min(worst, s.coverage_pct)
        console.print(
            f"{output.report.plan.file}: {s.coverage_pct}% of Ofsted's recommendations covered, "
            f"{s.uncovered} not covered, {s.overdue_actions} overdue, "
            f"{s.orphan_actions} action{'' if s.orphan_actions == 1 else 's'} answering no "
            "recommendation",
            soft_wrap=True,
            markup=False,
            highlight=False,
        )
        for w in output.report.warnings:
            warn(warning_line(w))
        for f in output.files:
            console.print(f"  wrote {f}", soft_wrap=True, markup=False, highlight=False)
        for data in output.rendered.values():
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
    if fail_under is not None and jobs and worst < fail_under:
        console_err.print(f"coverage {worst}% is below --fail-under {fail_under}%")
        raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    from plantrace.cli.link_cmd import link_app

    app.command("coverage")(coverage)
    app.add_typer(link_app, name="link")
