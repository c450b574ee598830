"""`plantrace fuzz` (issue 7): mutated PDFs and random line sequences, no exception, no hang.

Exit code 0 when every case was handled, 1 when any case raised an unhandled exception or hung
(a hang inside native code ends the process from the watchdog with exit code 3).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("fuzz")(fuzz)


def fuzz(
    cases: Annotated[
        int, typer.Option(min=1, help="number of cases (mutated PDFs and random line documents)")
    ] = 2000,
    seed: Annotated[int, typer.Option(help="seed: the same seed runs the same cases")] = 0,
    samples: Annotated[
        Path | None,
        typer.Option(
            help="folder of seed PDFs (default: ./samples when present); built-in seeds are"
            " always added"
        ),
    ] = None,
    case: Annotated[int | None, typer.Option("--case", help="replay one case by its index")] = None,
    pdf_share: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="share of cases that are mutated PDFs")
    ] = 0.5,
    save_failures: Annotated[
        Path | None, typer.Option(help="write the PDF of every failing case here")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
) -> None:
    """Fuzz the reader and extractors; exit non-zero on any unhandled exception or hang."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from plantrace.cli.common import EXIT_USAGE, check_paths_exist, fail
    from plantrace.pipeline.fuzz import run_fuzz

    if samples is not None:
        check_paths_exist([samples])
    elif Path("samples").is_dir():
        samples = Path("samples")
    if save_failures is not None:
        try:  # now, not at the first failure after minutes of fuzzing
            save_failures.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(
                f"cannot write failing cases to {save_failures}: {exc.strerror or exc}", EXIT_USAGE
            )
    err = Console(stderr=True)
    with Progress(
        TextColumn("[bold]fuzz"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[failures]} failure(s)"),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=1 if case is not None else cases, failures=0)
        failures = 0

        def tick(outcome: object) -> None:
            nonlocal failures
            failures += bool(getattr(outcome, "failed", False))
            progress.update(task, advance=1, failures=failures)

        report = run_fuzz(
            cases,
            seed,
            samples_root=samples,
            pdf_share=pdf_share,
            only=case,
            save_dir=save_failures,
            progress=tick,
        )
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.summary() + "\n")
    if not report.ok:
        raise typer.Exit(1)
