"""`plantrace review`: the local web app where people check and correct links and fields."""

from __future__ import annotations

from typing import Annotated

import typer

from plantrace.cli.common import DbOption

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def review(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="address to listen on; anything but 127.0.0.1 is open to others")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8765,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="serve the views only: no decision can be made")
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(help="date for overdue actions (31/03/2025 or 2025-03-31; default today)"),
    ] = None,
) -> None:
    """Open a local web app to review a plan against its report: confirm, reject, add links,
    justify gaps, correct fields; every decision is stored with who made it."""
    import uvicorn

    from plantrace.cli.common import as_of_date, err, open_store
    from plantrace.review.app import create_app

    when = as_of_date(as_of) if as_of else None
    store = open_store(db, create=False)  # reviewing an empty new store makes no sense: a typo
    if not read_only:
        from plantrace.pipeline.traceability import pair_all

        pair_all(store)  # plans ingested since the last run get their report before the first view
    if host not in LOOPBACK:
        err.print(
            f"[yellow]warning:[/yellow] listening on {host}: plantrace review has no login, "
            "anyone who can reach this address can see the documents"
            + ("" if read_only else " and make decisions in any name")
        )
    err.print(
        f"plantrace review on http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}/"
        f"{' (read-only)' if read_only else ''}; Ctrl-C stops it",
        markup=False,
    )
    uvicorn.run(
        create_app(store, read_only=read_only, as_of=when),
        host=host,
        port=port,
        log_level="warning",
    )


def register(app: typer.Typer) -> None:
    app.command("review")(review)
