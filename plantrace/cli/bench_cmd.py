"""`plantrace bench` (issue 8): every stage on the same files, as ratios to raw pypdfium2 text."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Annotated

import typer


def bench(
    paths: Annotated[list[Path], typer.Argument(help="PDF files or folders")],
    stages: Annotated[
        str, typer.Option(help="comma-separated: floor,pdfplumber,read,extract,ingest")
    ] = "floor,read,extract,ingest",
    pdfplumber_files: Annotated[
        int, typer.Option(help="files for the slow pdfplumber reference stage (0: skip)")
    ] = 5,
    workers: Annotated[
        int, typer.Option(help="also time `ingest --workers N` against one worker (0: skip)")
    ] = 0,
    profile: Annotated[
        bool, typer.Option(help="print the ten most expensive functions of extract")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Time the floor (raw pypdfium2 text), reading, extract and ingest on the same files."""
    from rich.table import Table

    from plantrace.cli.common import EXIT_USAGE, check_paths_exist, fail, out
    from plantrace.pipeline.bench import STAGES, find_pdfs, measure, profile_extract, report

    check_paths_exist(paths)
    chosen = [s.strip() for s in stages.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in STAGES]
    if unknown or not chosen:
        fail(
            f"unknown stage(s) {', '.join(unknown) or stages!r}; choose from {', '.join(STAGES)}",
            EXIT_USAGE,
        )
    files = find_pdfs([str(p) for p in paths])
    if not files:
        fail("no PDF files found in " + ", ".join(str(p) for p in paths))
    results = []
    for stage in chosen:
        subset = files[:pdfplumber_files] if stage == "pdfplumber" else files
        if stage == "pdfplumber" and pdfplumber_files <= 0:
            continue
        results.append(measure(stage, subset))
    if pdfplumber_files > 0 and "pdfplumber" not in stages:
        results.append(measure("pdfplumber", files[:pdfplumber_files]))
    rows = report(results)
    meta = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()} {platform.processor() or ''} {_cpus()} cores, Python {platform.python_version()}".strip(),
        "files": len(files),
    }
    extra: dict[str, object] = {}
    if workers > 1:
        extra["workers"] = _workers_speedup(files, workers)
    if as_json:
        sys.stdout.write(json.dumps({"meta": meta, "stages": rows, **extra}, indent=2) + "\n")
        return
    table = Table(
        title=f"plantrace bench · {meta['date']} · {meta['machine']} · {len(files)} files"
    )
    cols = ("stage", "pages/s", "docs/s", "x floor", "x floor (work)", "peak RSS MB", "s", "work s",
            "slowest file (s)")  # fmt: skip
    for col in cols:
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["stage"], str(r["pages_per_s"]), str(r["docs_per_s"]),
            "-" if r["ratio_to_floor"] is None else f"{r['ratio_to_floor']:.3f}",
            "-" if r["ratio_to_floor_work"] is None else f"{r['ratio_to_floor_work']:.3f}",
            str(r["peak_rss_mb"]), str(r["seconds"]), str(r["work_seconds"]),
            f"{r['slowest_file']} ({r['slowest_file_s']})",
        )  # fmt: skip
    out.print(table)
    if extra:
        out.print(extra)
    if profile:
        out.print("Ten most expensive functions of extract (cProfile, own time):", markup=False)
        out.print(profile_extract(files[: min(len(files), 30)]), markup=False, highlight=False)


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


def _workers_speedup(files: list[str], n: int, repeats: int = 3) -> dict[str, object]:
    """Wall time of `plantrace ingest --flow` with 1 worker and with n, each into a fresh store.

    Why repeated and alternated: one run of each, on a shared machine, measured the load of
    the moment more than the workers (single runs of the same command varied by 30%). The
    medians of `repeats` runs, 1 and n taken in turn so that a busy spell hits both, are
    compared; every run's time is kept beside them.
    """
    import statistics

    samples: dict[int, list[float]] = {1: [], n: []}
    for _ in range(max(1, repeats)):
        for w in (1, n):
            with tempfile.TemporaryDirectory() as tmp:
                cmd = [
                    sys.executable,
                    "-m",
                    "plantrace.cli.main",
                    "ingest",
                    "--db",
                    f"{tmp}/w.sqlite",
                    "--json",
                    "--flow",
                    "--workers",
                    str(w),
                    *files,
                ]
                t = time.perf_counter()
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
                samples[w].append(round(time.perf_counter() - t, 2))
    medians = {w: round(statistics.median(v), 2) for w, v in samples.items()}
    return {
        "workers_1_s": medians[1],
        f"workers_{n}_s": medians[n],
        "speedup": round(medians[1] / medians[n], 2),
        "runs": {f"workers_{w}": v for w, v in samples.items()},
    }


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("bench")(bench)
