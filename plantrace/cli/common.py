"""What every command module shares: the consoles, the --db option, opening the store, and the
one-line errors for paths that do not exist or folders that hold no document."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console, RenderableType
from rich.markup import escape

if TYPE_CHECKING:
    from plantrace.pipeline.store import Store

err = Console(stderr=True)
out = Console()

#: Exit codes every command shares (README): 1 = nothing to do or the work failed,
#: 2 = bad arguments (click's own code for usage errors) or a store that cannot be used.
EXIT_FAILED = 1
EXIT_USAGE = 2


def quiet_prefect() -> None:
    """Prefect's telemetry off for plantrace's own runs, before Prefect is imported (the rule
    lives with the flows: plantrace.flows.quiet_prefect)."""
    from plantrace.flows import quiet_prefect as quiet

    quiet()


WorkersOption = Annotated[
    int,
    typer.Option(min=1, help="run documents on a Dask LocalCluster of N workers (Prefect flow)"),
]
DaskAddressOption = Annotated[
    str | None, typer.Option(help="use an existing Dask scheduler (tcp://host:8786)")
]
FlowOption = Annotated[bool, typer.Option(help="run through the Prefect flow even with one worker")]


def table_width() -> int | None:
    """The width tables are printed at: None (the console's) on a terminal or when COLUMNS is
    set, else wide enough for every column at its natural width."""
    if out.is_terminal or "COLUMNS" in os.environ:
        return None
    return 10_000


def print_table(table: RenderableType) -> None:
    """Print a table on stdout; piped (CI logs, `| tee`) it keeps every column whole.

    Why a console of its own: rich's 80-column default for a pipe cut the ingest table's
    error column away, and `print(width=...)` cannot widen a console, only narrow it.
    """
    width = table_width()
    if width is None:
        out.print(table)
    else:
        Console(file=out.file, width=width).print(table)


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="store: a SQLite file or a database URL (else PLANTRACE_DB_URL, else .plantrace/plantrace.sqlite)",
    ),
]


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """One line on stderr, `error: ...`, and the exit code; never a traceback."""
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False, soft_wrap=True)


def open_store(db: str | None, *, create: bool = True) -> Store:
    """Open the store or exit 2 with a clear message (no traceback) when it can't be used.

    Reading commands pass create=False: they never make a database or its folder.
    """
    from plantrace.pipeline.store import Store, StoreError

    try:
        return Store.open(db, create=create)
    except StoreError as exc:
        fail(str(exc), EXIT_USAGE)


_DASK_ADDRESS = re.compile(r"^((tcp|tls|inproc|ucx|ws|wss)://)?[\w.\-\[\]:]+:\d{1,5}$")


def check_dask_address(address: str | None) -> None:
    """`--dask-address` must look like a scheduler's address before a flow starts on it."""
    if address is not None and not _DASK_ADDRESS.match(address.strip()):
        fail(
            f"{address!r} is not a Dask scheduler address (tcp://host:8786 or host:8786)",
            EXIT_USAGE,
        )


def check_paths_exist(paths: Sequence[Path]) -> None:
    """A path named on the command line that does not exist is a mistake, not a bad file."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        fail(
            "no such file or folder: " + ", ".join(str(p) for p in missing),
            EXIT_USAGE,
        )


def pdf_inputs(paths: Sequence[Path]) -> list[Path]:
    """The files to read: named files as they are, folders' documents (pipeline.ingest.discover).

    A folder with no document says what it held instead (the run goes on with the other paths);
    nothing at all to read is an error (exit 1), never an empty table.
    """
    from plantrace.pipeline.ingest import discover

    check_paths_exist(paths)
    files: list[Path] = []
    for p in paths:
        found = discover([p])
        if p.is_dir() and not found:
            warn(f"{p}: no document to read in this folder ({_other_files(p)}); skipped")
        files.extend(f for f in found if f not in files)
    if not files:
        fail("no document to read in " + ", ".join(str(p) for p in paths))
    return files


def _other_files(folder: Path, shown: int = 4) -> str:
    """'found 3 other files: 2 .html, 1 .py' — what was there instead of PDFs."""
    try:
        suffixes = Counter(
            f.suffix.lower() or "(no suffix)" for f in folder.rglob("*") if f.is_file()
        )
    except OSError as exc:
        return f"cannot list it: {exc.strerror or exc}"
    total = sum(suffixes.values())
    if not total:
        return "it is empty"
    kinds = ", ".join(f"{n} {s}" for s, n in suffixes.most_common(shown))
    more = ", ..." if len(suffixes) > shown else ""
    return (
        f"found {total} other file(s): {kinds}{more}; folders give their PDF (and Word/Excel) files"
    )


def as_of_date(text: str | None) -> date:
    """The day a person typed for --as-of: day-first as UK officers write it, or ISO; today if
    none. Anything else is a one-line usage error, never a traceback."""
    from plantrace.pipeline.normalise.dates import parse_day

    if text is None:
        return date.today()
    day = parse_day(text)
    if day is None:
        fail(
            f"--as-of {text!r} is not a date: give the day as 31/03/2025 (day first) or 2025-03-31",
            EXIT_USAGE,
        )
    return day
