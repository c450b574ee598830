"""`plantrace profile add|list|remove` (issue 11, part 6): layout profiles stored for a plan family.

A stored profile is recognised by its header signature (the header texts of the tables it was
written from, which `plantrace tables FILE --write-profile P` records), so every later quarterly
version of that plan reads right without `--profile`. Adding, changing or removing one makes
`plantrace reprocess` re-extract the plans it applies to (pipeline/reprocess.profile_stale).

This module also holds the `--profile` option that `extract`, `ingest` and `reprocess` share.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plantrace.cli.common import DbOption

if TYPE_CHECKING:
    from plantrace.extractors.plan_profile import LayoutProfile

ProfileOption = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        help="a layout profile (JSON: header or '#N' -> role, skip_rows, date_order) to read "
        "plans with; without it, ingest and reprocess apply a stored profile whose header "
        "signature fits (extract uses no store)",
    ),
]

profile_app = typer.Typer(
    help="Layout profiles stored for a plan family, applied by header signature.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.add_typer(profile_app, name="profile")


def load_profile(path: Path | None, option: str = "--profile ") -> LayoutProfile | None:
    """The --profile file, checked before any work: a bad one is one line and exit 2."""
    from plantrace.cli.common import EXIT_USAGE, fail
    from plantrace.extractors.plan_profile import LayoutProfile, ProfileError

    if path is None:
        return None
    if not path.is_file():
        fail(f"{option}{path}: no such file", EXIT_USAGE)
    try:
        return LayoutProfile.load(path)
    except ProfileError as exc:
        fail(f"{option}{exc}" if str(exc).startswith(str(path)) else f"{option}{path}: {exc}",
             EXIT_USAGE)  # fmt: skip


@profile_app.command("add")
def add(
    file: Annotated[Path, typer.Argument(help="a profile JSON (plantrace tables --write-profile)")],
    name: Annotated[
        str | None, typer.Option(help="the name to store it under (default: its 'name')")
    ] = None,
    db: DbOption = None,
) -> None:
    """Store a layout profile; plans whose table headers fit its signature are read with it."""
    from plantrace.cli.common import EXIT_USAGE, fail, open_store

    profile = load_profile(file, option="")
    assert profile is not None
    if not profile.signature:
        fail(f"{file}: the profile has no 'signature' (the header rows of its plan's tables), so"
             " no plan would be recognised by it; write one with `plantrace tables PLAN"
             " --write-profile P`", EXIT_USAGE)  # fmt: skip
    label = (name or profile.name or file.stem).strip()
    if not label:
        fail("--name must not be empty", EXIT_USAGE)
    body = file.read_text(encoding="utf-8")
    store = open_store(db)
    try:
        changed = store.save_profile(label, body, profile.sha256)
    finally:
        store.close()
    what = "stored" if changed else "unchanged"
    typer.echo(f"{what}: profile {label!r} ({profile.sha256[:12]}); "
               "`plantrace reprocess` re-reads the plans it fits")  # fmt: skip


@profile_app.command("list")
def list_profiles(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON lines")] = False,
) -> None:
    """Every stored profile: its name, hash, the header rows it is recognised by."""
    from rich.markup import escape
    from rich.table import Table

    from plantrace.cli.common import open_store, out, print_table
    from plantrace.extractors.plan_profile import LayoutProfile, ProfileError

    store = open_store(db, create=False)
    try:
        rows = store.profiles()
    finally:
        store.close()
    table = Table("name", "sha256", "columns", "signature", "updated")
    for r in rows:
        try:
            p = LayoutProfile.from_json(r["body"])
            columns = ", ".join(f"{k} -> {v}" for k, v in p.columns.items())
            signature = " | ".join(", ".join(row) for row in p.signature)
        except ProfileError as exc:
            columns, signature = f"unreadable: {exc}", ""
        if as_json:
            typer.echo(json.dumps({"name": r["name"], "sha256": r["sha256"],
                                   "profile": json.loads(r["body"]) if signature else None,
                                   "updated_at": r["updated_at"].isoformat()}))  # fmt: skip
            continue
        table.add_row(escape(r["name"]), r["sha256"][:12], escape(columns), escape(signature),
                      r["updated_at"].strftime("%Y-%m-%d %H:%M"))  # fmt: skip
    if not as_json:
        if rows:
            print_table(table)
        else:
            out.print("no stored profiles")


@profile_app.command("remove")
def remove(
    name: Annotated[str, typer.Argument(help="the stored profile's name")],
    db: DbOption = None,
) -> None:
    """Remove a stored profile; `plantrace reprocess` then re-reads the plans it was applied to."""
    from plantrace.cli.common import EXIT_USAGE, fail, open_store

    store = open_store(db, create=False)
    try:
        gone = store.remove_profile(name)
    finally:
        store.close()
    if not gone:
        fail(f"no stored profile named {name!r} (plantrace profile list)", EXIT_USAGE)
    typer.echo(f"removed: profile {name!r}")
