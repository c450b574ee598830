"""The front door: `plantrace extract|ingest|show|list|schema|eval|coverage|link|reprocess|serve|bench`.

Heavy imports (Prefect, Dask, the store) happen inside the commands that need them, so
`plantrace extract` starts fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from plantrace.cli.common import (
    EXIT_FAILED,
    DaskAddressOption,
    DbOption,
    FlowOption,
    WorkersOption,
    check_dask_address,
    check_paths_exist,
    err,
    fail,
    open_store,
    out,
    pdf_inputs,
    print_table,
    quiet_prefect,
    warn,
)
from plantrace.cli.profile_cmd import ProfileOption, load_profile

try:  # typer 0.26 runs on a copy of click of its own: its exceptions are those
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - a typer that uses the click package
    from click import exceptions as click_errors  # type: ignore[no-redef]

if TYPE_CHECKING:
    from plantrace.extractors.plan_profile import LayoutProfile
    from plantrace.pipeline.ingest import IngestOutcome
    from plantrace.pipeline.store import Store

quiet_prefect()


class _App(typer.Typer):
    """The app, run so that every mistake ends in one line on stderr, never a traceback.

    Click's usage errors (a typo'd option, a missing argument, a bad number) came as a boxed
    block of usage text; here they are `error: ... (see 'plantrace CMD --help')`, exit 2. An
    exception no command expected is one `error: internal error: ...` line, exit 1
    (PLANTRACE_DEBUG=1 lets it through with its traceback, for a bug report).
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        command = typer.main.get_command(self)
        try:
            kwargs["standalone_mode"] = False  # errors come back here, to be one line
            code = command.main(*args, **kwargs)
        except click_errors.NoArgsIsHelpError as exc:  # `plantrace` alone: help, printed already
            sys.exit(exc.exit_code)
        except click_errors.ClickException as exc:
            where = exc.ctx.command_path if getattr(exc, "ctx", None) else "plantrace"  # type: ignore[attr-defined]
            message = " ".join(exc.format_message().split())
            err.print(
                f"[red]error:[/red] {escape(message)} (see '{escape(where)} --help')",
                highlight=False,
                soft_wrap=True,
            )
            sys.exit(exc.exit_code)
        except click_errors.Abort:
            err.print("aborted", highlight=False)
            sys.exit(EXIT_FAILED)
        except Exception as exc:
            if os.environ.get("PLANTRACE_DEBUG"):
                raise
            message = " ".join(str(exc).split()) or "(no message)"
            err.print(
                f"[red]error:[/red] internal error: {type(exc).__name__}: {escape(message)}"
                " (a bug: PLANTRACE_DEBUG=1 shows where)",
                highlight=False,
                soft_wrap=True,
            )
            sys.exit(EXIT_FAILED)
        sys.exit(code if isinstance(code, int) else 0)


app = _App(
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
    files: Annotated[
        list[Path],
        typer.Argument(help="files or folders (folders: the PDF, Word and Excel files in them)"),
    ],
    pretty: Annotated[bool, typer.Option(help="indent the JSON")] = False,
    profile: ProfileOption = None,
) -> None:
    """Print the JSON contract, one object per line per file (no store needed)."""
    from plantrace.pipeline.extract import extract_file

    layout = load_profile(profile)
    for f in pdf_inputs(files):
        result = extract_file(f, profile=layout)
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
    paths: Annotated[
        list[Path],
        typer.Argument(help="files or folders (folders: the PDF, Word and Excel files in them)"),
    ],
    db: DbOption = None,
    workers: WorkersOption = 1,
    dask_address: DaskAddressOption = None,
    flow: FlowOption = False,
    retry_failed: Annotated[
        bool, typer.Option(help="re-run files whose stored run failed")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print outcomes as JSON lines")] = False,
    profile: ProfileOption = None,
) -> None:
    """Ingest files into the store; every file gets an outcome, bad files never stop the run.

    Exit code 0 when the run completed (even if some files were bad), 1 if there was no PDF to
    read or the tool failed, 2 if a path does not exist or the store cannot be used.
    """
    from plantrace.pipeline.store import StoreError

    check_dask_address(dask_address)
    layout = load_profile(profile)  # a bad profile: one line, exit 2, before any work
    files = pdf_inputs(paths)  # before the store: a mistyped path makes no database
    store = open_store(db)
    outcomes: list[IngestOutcome] = []
    try:
        _ingest_files(store, files, outcomes, workers, dask_address, flow, retry_failed,
                      (profile, layout))  # fmt: skip
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
    profile: tuple[Path | None, LayoutProfile | None] = (None, None),
) -> None:
    """Run the files one by one (progress bar) or through the Prefect flow, appending outcomes.
    profile: the --profile file (the flow's tasks load it) and the profile read from it."""
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
                profile=None if profile[0] is None else str(profile[0]),
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
                outcomes.append(ingest_file(store, f, retry=retry_failed, profile=profile[1]))
                progress.advance(task)


def _print_outcomes(outcomes: Sequence[IngestOutcome], as_json: bool) -> None:
    if as_json:
        for o in outcomes:
            sys.stdout.write(json.dumps(o.as_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(outcomes)} file(s)")
    table.add_column("file", overflow="fold", min_width=24)
    for col in ("status", "outcome", "kind", "pages", "recs", "actions", "kpis", "warnings"):
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
            f"[yellow]{len(o.warnings)}[/yellow]" if o.warnings else "0",
            escape(error),
        )
    print_table(table)
    _print_warnings([(Path(o.file).name, o.warnings) for o in outcomes])
    bad = sum(1 for o in outcomes if o.status != "ok")
    warned = sum(1 for o in outcomes if o.warnings)
    out.print(
        f"{len(outcomes) - bad} ok, {bad} with errors"
        + (f", {warned} with warnings (listed above)" if warned else "")
    )


def _print_warnings(per_file: Sequence[tuple[str, Sequence[Any]]]) -> None:
    """Each warning on its own line under the table: `file p. 3: code: message`."""
    for name, warnings in per_file:
        for w in warnings:
            code, message, page = (
                (w["code"], w["message"], w.get("page"))
                if isinstance(w, dict)
                else (w.code, w.message, w.page)
            )
            where = f" p. {page}" if page is not None else ""
            out.print(
                f"[yellow]warning[/yellow] {escape(name)}{where}: {escape(code)}: {escape(message)}",
                highlight=False,
                soft_wrap=True,
            )


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="sha256 (or unique prefix) or source path")],
    db: DbOption = None,
    version: Annotated[
        str | None, typer.Option(help="extractor version of the run to show")
    ] = None,
) -> None:
    """Print a stored document: its latest run's JSON contract, its runs and its source paths.

    Its warnings are in the JSON (`warnings`) and, for a person reading, on stderr.
    """
    store = open_store(db, create=False)
    sha = resolve_document(store, doc)
    result = store.load_result(sha, version)
    if result is None:
        versions = ", ".join(sorted({r.extractor_version for r in store.runs_for(sha)}))
        fail(f"no run of {sha[:12]} with version {version} (stored versions: {versions})")
    for w in result.warnings:
        where = f" p. {w.page}" if w.page is not None else ""
        warn(f"{Path(result.file).name}{where}: {w.code}: {w.message}")
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


MIN_PREFIX = 6  # Store.resolve takes a sha256 prefix of at least this many characters


def resolve_document(store: Store, ref: str) -> str:
    """A stored document by sha256, unique prefix or source path; else exit 1 saying why: the
    prefix is too short or ambiguous (with the candidates), or nothing matches."""
    sha = store.resolve(ref)
    if sha is not None:
        return sha
    is_hex = bool(ref) and all(c in "0123456789abcdef" for c in ref.lower())
    candidates = store.matching(ref) if is_hex else []
    if not candidates:
        fail(f"no stored document matches {ref!r} (`plantrace list` shows what is stored)")
    named = "; ".join(f"{c[:12]} {_first_source(store, c)}" for c in candidates[:5])
    more = f" and {len(candidates) - 5} more" if len(candidates) > 5 else ""
    if len(ref) < MIN_PREFIX:
        fail(
            f"{ref!r} is too short: give at least {MIN_PREFIX} characters of the sha256 or a"
            f" source path; documents starting with it: {named}{more}"
        )
    fail(f"{ref!r} is ambiguous: {len(candidates)} documents start with it: {named}{more}")


def _first_source(store: Store, sha: str) -> str:
    paths = store.source_paths(sha)
    return Path(paths[0]).name if paths else ""


@app.command("list")
def list_documents(
    db: DbOption = None,
    warnings: Annotated[
        bool, typer.Option("--warnings", help="only documents with warnings, and what they say")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per document")] = False,
) -> None:
    """List stored documents: authority, kind, inspection or plan date, latest run's status."""
    from plantrace.pipeline.listing import describe

    store = open_store(db, create=False)
    rows = describe(store)
    if warnings:
        rows = [r for r in rows if r.warnings]
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r.as_dict(), ensure_ascii=False) + "\n")
        return
    if not rows:
        err.print(
            "no documents with warnings" if warnings else "the store holds no documents yet",
            highlight=False,
        )
        return
    table = Table()
    for col in ("sha256", "authority", "kind", "date", "pages", "status", "warnings", "version"):
        table.add_column(col, overflow="fold")
    table.add_column("error / source", overflow="fold")
    for r in rows:
        table.add_row(
            r.sha256[:12],
            escape(r.authority or "?"),
            r.kind,
            r.date_label,
            str(r.pages),
            str(r.status),
            f"[yellow]{len(r.warnings)}[/yellow]" if r.warnings else "0",
            str(r.extractor_version),
            escape(r.error_code or (Path(r.sources[0]).name if r.sources else "")),
        )
    print_table(table)
    if warnings:
        _print_warnings([(r.sha256[:12] + " " + _name(r.sources), r.warnings) for r in rows])


def _name(sources: Sequence[str]) -> str:
    return Path(sources[0]).name if sources else ""


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
    from plantrace.pipeline.evaluate.runner import gold_files, run_eval

    check_paths_exist(gold)
    files = gold_files(gold)
    if not files:
        fail("no gold files (*.json) in " + ", ".join(str(p) for p in gold))
    for f in files:
        try:
            labelled = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            fail(f"{f}: not a gold file (JSON): {exc}")
        if not isinstance(labelled, dict):
            fail(f"{f}: not a gold file (a JSON object is expected)")
    text, payload = run_eval(gold, corpus)
    if as_json:
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(text + "\n")


def _register_subcommands() -> None:
    """Commands that live in their own modules (each imports its heavy dependencies lazily)."""
    from plantrace.cli import bench_cmd, coverage_cmd, flow_commands, robustness_cmd, tables_cmd

    for module in (coverage_cmd, flow_commands, bench_cmd, robustness_cmd, tables_cmd):
        module.register(app)
    __import__("plantrace.cli.national_cmd", fromlist=["register"]).register(app)  # issue 13
    __import__("plantrace.cli.review_cmd", fromlist=["register"]).register(app)  # issue 14
    __import__("plantrace.cli.profile_cmd", fromlist=["register"]).register(app)  # issue 11.6


_register_subcommands()


if __name__ == "__main__":  # pragma: no cover
    app()
