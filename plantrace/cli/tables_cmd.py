"""`plantrace tables FILE` (issue 11): every table the plan reader found, its grid, and each
column's role with its evidence and confidence; `--html OUT` draws them over the page images.

The way pdfplumber's visual debugging shows what its table finder saw, but for plantrace's own
reading (the one the extractors use), so a person sees at a glance which column was misread.
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from plantrace.extractors.table_report import TableView

ROLE_COLOURS = {
    "action": "#1f77b4", "owner": "#2ca02c", "due": "#d62728", "start": "#ff9896",
    "rag": "#ff7f0e", "ref": "#9467bd", "code": "#9467bd", "indicator": "#1f77b4",
    "progress": "#17becf", "governance": "#8c564b", "milestones": "#e377c2",
}  # fmt: skip


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
    from plantrace.extractors.plan_profile import LayoutProfile, ProfileError, starter_profile
    from plantrace.extractors.table_report import describe_tables
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
    try:
        views = describe_tables(doc, wanted, layout)
    finally:
        doc.close()
    if as_json:
        typer.echo(json.dumps([v.to_dict() for v in views], indent=2, ensure_ascii=False))
    else:
        _print(views, rows)
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
        html_out.write_text(render_html(file, views, wanted), encoding="utf-8")
        typer.echo(f"wrote {html_out}", err=True)


def _print(views: list[TableView], rows: int) -> None:
    from rich.markup import escape
    from rich.table import Table

    from plantrace.cli.common import out, print_table

    if not views:
        out.print("no tables found")
        return
    for v in views:
        kind = v.kind or "not a plan table (no header of plan columns)"
        pages = ", ".join(str(p) for p in v.pages)
        out.print(
            f"\n[bold]Table {v.number}[/bold]: {escape(kind)}, page {pages}, "
            f"{v.rows} rows x {len(v.columns)} columns, "
            f"{'ruled' if all(p.ruled for p in v.pieces) else 'unruled'}, "
            f"confidence {v.confidence:.2f}",
            highlight=False,
        )
        cols = Table("#", "header", "role", "conf", "evidence", "cell types")
        for c in v.columns:
            types = ", ".join(f"{k} {n}" for k, n in sorted(c.types.items(), key=lambda x: -x[1]))
            cols.add_row(str(c.index + 1), escape(c.label), escape(c.role or "-"),
                         f"{c.confidence:.2f}", escape("; ".join(c.evidence)), escape(types))  # fmt: skip
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


def render_html(file: Path, views: list[TableView], wanted: set[int] | None) -> str:
    """One offline HTML file: each page with tables as an image, the tables, cells and column
    roles drawn over it in SVG, and the column evidence beside it. All PDF text is escaped."""
    import pypdfium2 as pdfium

    by_page: dict[int, list[tuple[TableView, int]]] = {}
    for v in views:
        for k, p in enumerate(v.pieces):
            by_page.setdefault(p.page, []).append((v, k))
    parts = [_HEAD.format(title=html.escape(file.name))]
    pdf = pdfium.PdfDocument(str(file))
    try:
        for number in sorted(by_page):
            if wanted is not None and number not in wanted:
                continue
            page = pdf[number - 1]
            width, height = page.get_size()
            image = page.render(scale=1.5).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            png = base64.b64encode(buf.getvalue()).decode("ascii")
            parts.append(f'<section><h2>Page {number}</h2><div class="page" '
                         f'style="aspect-ratio:{width:.1f}/{height:.1f}">'
                         f'<img alt="page {number}" src="data:image/png;base64,{png}">'
                         f'<svg viewBox="0 0 {width:.1f} {height:.1f}" '
                         f'preserveAspectRatio="none">')  # fmt: skip
            for v, k in by_page[number]:
                parts.append(_svg_piece(v, k))
            parts.append("</svg></div>")
            for v in {id(v): v for v, _ in by_page[number]}.values():
                parts.append(_columns_html(v))
            parts.append("</section>")
    finally:
        pdf.close()
    if not by_page:
        parts.append("<p>No tables found.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _svg_piece(v: TableView, k: int) -> str:
    piece = v.pieces[k]
    x0, y0, x1, y1 = piece.bbox
    colour = "#d62728" if v.kind is None else "#1f77b4"
    out = [f'<rect class="table" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" '
           f'height="{y1 - y0:.1f}" stroke="{colour}"/>']  # fmt: skip
    tops: dict[int, float] = {}
    for c in piece.cells:
        a, b, cx1, cy1 = c.bbox
        role = v.columns[c.col].role if c.col < len(v.columns) else None
        fill = ROLE_COLOURS.get(role or "", "#999999")
        out.append(f'<rect class="cell" x="{a:.1f}" y="{b:.1f}" width="{cx1 - a:.1f}" '
                   f'height="{cy1 - b:.1f}" fill="{fill}"><title>{html.escape(c.text[:300])}'
                   f"</title></rect>")  # fmt: skip
        tops[c.col] = min(tops.get(c.col, c.bbox[1]), c.bbox[1])
        if c.col not in tops or c.bbox[1] <= tops[c.col]:
            tops[c.col] = c.bbox[1]
    for c in piece.cells:
        if c.bbox[1] != tops.get(c.col) or c.col >= len(v.columns):
            continue
        col = v.columns[c.col]
        label = f"{col.role or '?'} {col.confidence:.2f}"
        out.append(f'<text x="{c.bbox[0] + 1:.1f}" y="{max(c.bbox[1] - 1.5, 6):.1f}" '
                   f'fill="{ROLE_COLOURS.get(col.role or "", "#d62728")}">'
                   f"{html.escape(label)}</text>")  # fmt: skip
    return "\n".join(out)


def _columns_html(v: TableView) -> str:
    rows = "".join(
        f"<tr><td>{c.index + 1}</td><td>{html.escape(c.label)}</td>"
        f"<td>{html.escape(c.role or '-')}</td><td>{c.confidence:.2f}</td>"
        f"<td>{html.escape('; '.join(c.evidence))}</td></tr>"
        for c in v.columns
    )
    kind = html.escape(v.kind or "not a plan table")
    return (f'<h3>Table {v.number}: {kind}, {v.rows} rows, confidence {v.confidence:.2f}</h3>'
            f'<div class="scroll"><table class="cols"><tr><th>#</th><th>header</th><th>role</th>'
            f"<th>conf</th><th>evidence</th></tr>{rows}</table></div>")  # fmt: skip


_HEAD = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>plantrace tables: {title}</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 1rem; }}
.page {{ position: relative; max-width: 1000px; border: 1px solid #ccc; }}
.scroll {{ overflow-x: auto; max-width: 1000px; }}
.page img, .page svg {{ position: absolute; inset: 0; width: 100%; height: 100%; }}
rect.table {{ fill: none; stroke-width: 1.5; }}
rect.cell {{ fill-opacity: 0.12; stroke: #555; stroke-width: 0.3; }}
svg text {{ font: bold 6px sans-serif; }}
table.cols {{ border-collapse: collapse; margin: .5rem 0 1.5rem; max-width: 1000px; }}
table.cols td, table.cols th {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }}
</style></head><body><h1>Tables read from {title}</h1>"""
