"""`plantrace tables FILE` (issue 11): every table the plan reader found, its grid, and each
column's role with its evidence and confidence; `--html OUT` draws them over the page images.

The way pdfplumber's visual debugging shows what its table finder saw, but for plantrace's own
reading (the one the extractors use), so a person sees at a glance which column was misread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from plantrace.extractors.table_report import TableView


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("tables")(tables)


def parse_pages(spec: str | None) -> set[int] | None:
    """'3-5,8' -> {3, 4, 5, 8}; None -> every page."""
    if not spec:
        return None
    found: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        a, _, b = part.partition("-")
        lo, hi = int(a), int(b or a)
        if lo < 1 or hi < lo:
            raise ValueError(f"bad page range {part!r}")
        found.update(range(lo, hi + 1))
    return found


def tables(
    file: Annotated[Path, typer.Argument(help="a plan: PDF, Word (.docx) or Excel (.xlsx)")],
    pages: Annotated[str | None, typer.Option(help="pages to show, e.g. 3-5 or 2,4")] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="write one offline HTML file drawing the tables")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of tables")] = False,
    rows: Annotated[int, typer.Option(help="data rows to print per table")] = 6,
    profile: Annotated[
        Path | None, typer.Option(help="a layout profile (JSON) to read the tables with")
    ] = None,
    write_profile: Annotated[
        Path | None,
        typer.Option("--write-profile", help="write a starter layout profile of what was read"),
    ] = None,
) -> None:
    """Show every table found, its grid, and each column's role with evidence and confidence."""
    from plantrace.cli.common import fail
    from plantrace.extractors.plan_columns import read_layout
    from plantrace.extractors.plan_profile import LayoutProfile, ProfileError, starter_profile
    from plantrace.extractors.table_report import actions_from_text, inspect_tables
    from plantrace.pipeline.errors import DocumentError
    from plantrace.pipeline.reader import sha256_bytes
    from plantrace.pipeline.readers.formats import read_document, sniff_format

    if not file.is_file():
        fail(f"{file}: no such file", 2)
    layout = None
    if profile is not None:
        try:
            layout = LayoutProfile.load(profile)
        except ProfileError as exc:
            fail(str(exc), 2)
    try:
        wanted = parse_pages(pages)
    except ValueError as exc:
        fail(str(exc), 2)
    try:  # PDF, Word or Excel by content, the same backends `extract` uses
        data = file.read_bytes()
        kind = sniff_format(data, file.name)
        doc = read_document(data, str(file), sha256_bytes(data))
    except DocumentError as exc:
        fail(f"{file}: {exc.code.value}: {exc.message}")
    except OSError as exc:
        fail(f"{file}: cannot be read: {exc}")
    try:  # the layout read once; the roles shown are those the extraction used (its tables)
        elements = read_layout(doc, layout)
        views, plan = inspect_tables(doc, wanted, layout, elements)  # and the reading itself
        # the note is for a person: --json keeps its contract (the tables alone)
        from_text = {} if as_json else actions_from_text(plan, views, wanted)
        fields_note = form_note([f.page for f in doc.form_fields], wanted)
    finally:
        doc.close()
    note = text_note(from_text)
    if as_json:
        typer.echo(json.dumps([v.to_dict() for v in views], indent=2, ensure_ascii=False))
    else:
        _print(views, rows)
        if note:
            out_note(note)
        if fields_note:
            out_note(fields_note)
    if write_profile is not None:
        starter = starter_profile(file.stem, views)
        write_profile.write_text(json.dumps(starter, indent=2, ensure_ascii=False) + "\n")
        typer.echo(f"wrote {write_profile}", err=True)
    if html_out is not None and kind != "pdf":
        # Word and Excel state their tables: there is no page image to draw them over
        typer.echo(f"--html: page images exist only for PDFs; {file.name} is a {kind} file, its"
                   " tables and roles are printed above (print it to PDF to see them drawn)",
                   err=True)  # fmt: skip
    elif html_out is not None:
        from plantrace.pipeline.render.tables_page import (
            page_images,
            pages_with_tables,
            tables_html,
        )

        images = page_images(file, pages_with_tables(views, wanted))
        notes = " ".join(n for n in (note, fields_note) if n) or None  # both, as printed above
        html_out.write_text(tables_html(file.name, views, images, notes), encoding="utf-8")
        typer.echo(f"wrote {html_out}", err=True)


def form_note(field_pages: list[int], wanted: set[int] | None) -> str | None:
    """What the inspector says of text read from form fields (a fillable PDF saved unflattened,
    pipeline.form_fields): the values are the fields', not the printed page's, by page."""
    counts: dict[int, int] = {}
    for p in field_pages:
        if wanted is None or p in wanted:
            counts[p] = counts.get(p, 0) + 1
    if not counts:
        return None
    per_page = ", ".join(f"page {p}: {n}" for p, n in sorted(counts.items()))
    return (
        f"{sum(counts.values())} value(s) were read from the PDF's form fields (a fillable form"
        f" saved unflattened), not from its printed text: {per_page}"
    )


def text_note(from_text: dict[int, int]) -> str | None:
    """What the inspector says of actions read from text: none of them is in a table it draws."""
    if not from_text:
        return None
    per_page = ", ".join(f"page {p}: {n}" for p, n in from_text.items())
    total = sum(from_text.values())
    return (
        f"{total} action(s) were read from text, not from a table shown here (cards, rows of"
        f" panels, numbered paragraphs or bullets): {per_page}; see them with `plantrace extract`"
    )


def out_note(note: str) -> None:
    from rich.markup import escape

    from plantrace.cli.common import out

    out.print(f"\n{escape(note)}", highlight=False)


def _print(views: list[TableView], rows: int) -> None:
    from rich.markup import escape
    from rich.table import Table

    from plantrace.cli.common import out, print_table
    from plantrace.extractors.table_report import shared_evidence
    from plantrace.pipeline.render.tables_page import role_shown

    if not views:
        out.print("no tables found")
        return
    for v in views:
        if v.is_box():  # a banner or a form field's frame: one line, not two grids of noise
            pages = ", ".join(str(p) for p in v.pages)
            text = _short(v.grid[0][0] if v.grid and v.grid[0] else "")
            out.print(f"\n[bold]Table {v.number}[/bold]: a one-cell box, not a plan table, page"
                      f" {pages}: {escape(repr(text))}", highlight=False)  # fmt: skip
            continue
        kind = v.kind or "not a plan table (no header of plan columns)"
        if (read := v.read_note()) is not None:
            kind = f"{kind}; {read}"
        pages = ", ".join(str(p) for p in v.pages)
        out.print(
            f"\n[bold]Table {v.number}[/bold]: {escape(kind)}, page {pages}, "
            f"{v.rows} rows x {len(v.columns)} columns, "
            f"{'ruled' if all(p.ruled for p in v.pieces) else 'unruled'}, "
            f"confidence {v.confidence:.2f}",
            highlight=False,
        )
        cols = Table("#", "header", "role", "conf", "evidence", "cell types")
        for c, evidence in zip(v.columns, shared_evidence(v.columns), strict=True):
            types = ", ".join(f"{k} {n}" for k, n in sorted(c.types.items(), key=lambda x: -x[1]))
            cols.add_row(str(c.index + 1), escape(c.label), escape(role_shown(c)),
                         f"{c.confidence:.2f}", escape(evidence), escape(types))  # fmt: skip
        print_table(cols)
        grid = Table(*[escape(c.label or f"col {c.index + 1}") for c in v.columns])
        for r in v.grid[:rows]:
            grid.add_row(*[escape(_short(x)) for x in r])
        if len(v.grid) > rows:
            grid.add_row(
                *[f"... {len(v.grid) - rows} more" if i == 0 else "" for i in range(len(v.columns))]
            )
        print_table(grid)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
