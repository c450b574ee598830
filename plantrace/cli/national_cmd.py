"""`plantrace export` and `plantrace site` (issue 13): the national picture from the store."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from plantrace.cli.common import EXIT_USAGE, DbOption, fail, open_store, warn


def _writable_folder(out: Path) -> None:
    """The output folder exists or can be made, before any work: one error line otherwise."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"cannot write to {out}: {exc.strerror or exc}", EXIT_USAGE)
    if not out.is_dir():
        fail(f"cannot write to {out}: not a folder", EXIT_USAGE)


def export(
    out: Annotated[Path, typer.Option("--out", help="folder to write the tables into")],
    fmt: Annotated[
        str, typer.Option("--format", help="csv | xlsx | jsonl | parquet (parquet needs pyarrow)")
    ] = "csv",
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON summary")] = False,
) -> None:
    """Write every stored inspection, judgement, recommendation (with themes), plan, action, KPI,
    link and coverage row as tidy tables, plus the wide `history` table (columns.md documents them).
    """
    from plantrace.pipeline.export import (
        ExportError,
        build_tables,
        check_format,
        default_themes,
        write_tables,
    )
    from plantrace.pipeline.national import load_national

    try:
        check_format(fmt)  # an unknown format or missing pyarrow fails before any work
    except ExportError as exc:
        fail(str(exc), EXIT_USAGE)
    store = open_store(db, create=False)  # reading: never makes a store where none is
    _writable_folder(out)
    started = time.perf_counter()
    try:
        data = load_national(store)
        tables = build_tables(data, store, default_themes(data))
        files = write_tables(tables, fmt, out)
    except OSError as exc:
        fail(f"cannot write to {out}: {exc.strerror or exc}", EXIT_USAGE)
    finally:
        store.close()
    for src in data.unmatched:
        warn(f"no authority in la_lookup.csv for {src}")
    summary = {
        "format": fmt,
        "out": str(out),
        "files": [str(f) for f in files],
        "rows": {name: len(rows) for name, rows in tables.tables.items()},
        "unmatched_authorities": data.unmatched,
        "seconds": round(time.perf_counter() - started, 2),
    }
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        rows = ", ".join(f"{k} {v}" for k, v in summary["rows"].items())  # type: ignore[attr-defined]
        typer.echo(f"wrote {len(files)} file(s) to {out} in {summary['seconds']} s: {rows}")


def site(
    out: Annotated[Path, typer.Option("--out", help="folder to write the site into")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON summary")] = False,
) -> None:
    """Build the static site: a national page and one page per authority (open index.html)."""
    from plantrace.pipeline.site import build_site

    store = open_store(db, create=False)  # reading: never makes a store where none is
    _writable_folder(out)
    try:
        result = build_site(store, out)
    except OSError as exc:
        fail(f"cannot write to {out}: {exc.strerror or exc}", EXIT_USAGE)
    finally:
        store.close()
    for w in result.warnings:
        warn(w)
    summary = {
        "out": str(out),
        "index": str(out / "index.html"),
        "pages": len(result.pages),
        "coverage_pages": len(result.coverage_pages),
        "warnings": result.warnings,
        "seconds": result.seconds,
    }
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        typer.echo(
            f"wrote {len(result.pages)} page(s) and {len(result.coverage_pages)} coverage "
            f"report(s) to {out} in {result.seconds} s: open {out / 'index.html'}"
        )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("export")(export)
    app.command("site")(site)
