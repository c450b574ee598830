"""What every command module shares: the consoles, the --db option and opening the store."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from plantrace.pipeline.store import Store

err = Console(stderr=True)
out = Console()

WorkersOption = Annotated[
    int, typer.Option(help="run documents on a Dask LocalCluster of N workers (Prefect flow)")
]
DaskAddressOption = Annotated[
    str | None, typer.Option(help="use an existing Dask scheduler (tcp://host:8786)")
]
FlowOption = Annotated[bool, typer.Option(help="run through the Prefect flow even with one worker")]


def table_width() -> int | None:
    """Piped output keeps whole table rows rather than rich's 80-column default (COLUMNS wins)."""
    if out.is_terminal or "COLUMNS" in os.environ:
        return None
    return 160


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="store: a SQLite file or a database URL (else PLANTRACE_DB_URL, else .plantrace/plantrace.sqlite)",
    ),
]


def open_store(db: str | None) -> Store:
    """Open the store or exit 2 with a clear message (no traceback) when it can't be used."""
    from plantrace.pipeline.store import Store, StoreError

    try:
        return Store.open(db)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
