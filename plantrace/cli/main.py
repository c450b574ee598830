"""The front door: `plantrace extract|ingest|show|list|schema|eval|coverage|link|reprocess|serve|bench`.

Heavy imports (Prefect, Dask, the store) happen inside the commands that need them, so
`plantrace extract` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from plantrace.cli.common import (
    DaskAddressOption,
    DbOption,
    FlowOption,
    WorkersOption,
    err,
    open_store,
    out,
    table_width,
)

if TYPE_CHECKING:
    from plantrace.pipeline.ingest import IngestOutcome
    from plantrace.pipeline.store import Store

app = typer.Typer(
    name="plantrace",
    help="Ofsted children's services reports and improvement plans as validated, traceable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from plantrace import __version__
        from plantrace.extractors.version import EXTRACTOR_VERSION

        sys.stdout.write(f"plantrace {__version__} (extractors {EXTRACTOR_VERSION})\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="print the package and extractor versions and exit",
        ),
    ] = False,
) -> None:
    """Ofsted children's services reports and improvement plans as validated, traceable data."""


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="PDF files")],
    pretty: Annotated[bool, typer.Option(help="indent the JSON")] = False,
) -> None:
    """Print the JSON contract, one object per line per file (no store needed)."""
    from plantrace.pipeline.extract import extract_file

    for f in files:
        result = extract_file(f)
        line = json.dumps(result.to_contract(), ensure_ascii=False, indent=2 if pretty else None)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
        if result.error is not None:
            err.print(  # the message may quote the file (an HTML title): escaped, never markup
                f"[yellow]{escape(str(f))}[/yellow]: {result.error.code.value}:"
                f" {escape(result.error.message)}",
                highlight=False,
            )


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (folders: their *.pdf)")],
    db: DbOption = None,
    workers: WorkersOption = 1,
    dask_address: DaskAddressOption = None,
    flow: FlowOption = False,
    retry_failed: Annotated[
        bool, typer.Option(help="re-run files whose stored run failed")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print outcomes as JSON lines")] = False,
) -> None:
    """Ingest files into the store; every file gets an outcome, bad files never stop the run.

    Exit code 0 when the run completed (even if some files were bad), 1 if the tool failed,
    2 if the store cannot be used.
    """
    from plantrace.pipeline.ingest import discover
    from plantrace.pipeline.store import StoreError

    store = open_store(db)
    files = discover(paths)
    outcomes: list[IngestOutcome] = []
    try:
        _ingest_files(store, files, outcomes, workers, dask_address, flow, retry_failed)
    except StoreError as exc:  # read-only, gone away, locked: a clear line, exit 2, no traceback
        if outcomes:
            _print_outcomes(outcomes, as_json)
        err.print(
            f"[red]error:[/red] {escape(str(exc))}; stopped after {len(outcomes)} of"
            f" {len(files)} file(s), the rest is not ingested"
        )
        raise typer.Exit(2) from None
    _print_outcomes(outcomes, as_json)


def _ingest_files(
    store: Store,
    files: list[Path],
    outcomes: list[IngestOutcome],
    workers: int,
    dask_address: str | None,
    flow: bool,
    retry_failed: bool,
) -> None:
    """Run the files one by one (progress bar) or through the Prefect flow, appending outcomes."""
    from plantrace.pipeline.ingest import ingest_file

    if workers > 1 or dask_address or flow:
        from plantrace.flows.ingest import ingest_flow

        outcomes.extend(
            ingest_flow(
                [str(f) for f in files],
                db_url=store.url,
                workers=workers,
                dask_address=dask_address,
                retry_failed=retry_failed,
            )
        )
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("", total=len(files))
            for f in files:
                progress.update(task, description=escape(f.name[:60]))
                outcomes.append(ingest_file(store, f, retry=retry_failed))
                progress.advance(task)


def _print_outcomes(outcomes: list, as_json: bool) -> None:  # type: ignore[type-arg]
    if as_json:
        for o in outcomes:
            sys.stdout.write(json.dumps(o.as_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(outcomes)} file(s)")
    table.add_column("file", overflow="fold", min_width=24)
    for col in ("status", "outcome", "kind", "pages", "recs", "actions", "kpis"):
        table.add_column(col, no_wrap=True)
    table.add_column("error", overflow="fold", min_width=30)
    for o in outcomes:
        error = "" if o.error_code is None else f"{o.error_code}: {o.error_message}"
        table.add_row(
            escape(Path(o.file).name),  # file names and messages are untrusted: no markup
            "[green]ok[/green]" if o.status == "ok" else "[red]error[/red]",
            o.outcome,
            o.kind,
            str(o.pages),
            str(o.recommendations),
            str(o.actions),
            str(o.kpis),
            escape(error),
        )
    out.print(table, width=table_width())
    bad = sum(1 for o in outcomes if o.status != "ok")
    out.print(f"{len(outcomes) - bad} ok, {bad} with errors")


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="sha256 (or unique prefix) or source path")],
    db: DbOption = None,
    version: Annotated[
        str | None, typer.Option(help="extractor version of the run to show")
    ] = None,
) -> None:
    """Print a stored document: its latest run's JSON contract, its runs and its source paths."""
    store = open_store(db)
    sha = store.resolve(doc)
    if sha is None:
        err.print(f"[red]error:[/red] no stored document matches {escape(repr(doc))}")
        raise typer.Exit(1)
    result = store.load_result(sha, version)
    if result is None:
        err.print(f"[red]error:[/red] no run of {sha[:12]} with version {version}")
        raise typer.Exit(1)
    payload = result.to_contract()
    payload["sources"] = store.source_paths(sha)
    payload["runs"] = [
        {
            "extractor_version": r.extractor_version,
            "status": r.status,
            "error_code": r.error_code,
            "created_at": r.created_at.isoformat(),
        }
        for r in store.runs_for(sha)
    ]
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


@app.command("list")
def list_documents(db: DbOption = None) -> None:
    """List stored documents with their latest run's status."""
    store = open_store(db)
    table = Table()
    for col in ("sha256", "kind", "pages", "status", "version", "error", "source"):
        table.add_column(col, overflow="fold")
    for d in store.documents():
        table.add_row(
            d["sha256"][:12],
            d["kind"],
            str(d["pages"]),
            str(d["status"]),
            str(d["extractor_version"]),
            str(d["error_code"] or ""),
            escape(d["sources"][0]) if d["sources"] else "",
        )
    out.print(table, width=table_width())


@app.command()
def schema() -> None:
    """Print the JSON schema of the extraction result model."""
    from plantrace.models.results import ExtractionResult

    sys.stdout.write(json.dumps(ExtractionResult.model_json_schema(), indent=2) + "\n")


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="gold JSON files or folders (tests/gold)")],
    corpus: Annotated[Path, typer.Option(help="root of the Ofsted corpus")] = Path(
        "../shared/corpus/ofsted"
    ),
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Score the extractors against hand-labelled gold files."""
    from plantrace.pipeline.evaluate.runner import run_eval

    text, payload = run_eval(gold, corpus)
    if as_json:
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text + "\n")


def _register_subcommands() -> None:
    """Commands that live in their own modules (each imports its heavy dependencies lazily)."""
    from plantrace.cli import bench_cmd, coverage_cmd, flow_commands, robustness_cmd

    for module in (coverage_cmd, flow_commands, bench_cmd, robustness_cmd):
        module.register(app)


_register_subcommands()


if __name__ == "__main__":  # pragma: no cover
    app()
