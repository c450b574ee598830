"""The `plantrace tables --html` page: each page that has tables as an image, the tables, cells
and column roles drawn over it in SVG, and each table's column evidence beside it.

Kept apart from the CLI so the page is a pure function of what was read (`tables_html`) plus one
I/O edge that renders the page images (`page_images`). All PDF text is escaped.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from plantrace.extractors.table_report import (
    CellView,
    ColumnView,
    PieceView,
    TableView,
    shared_evidence,
)

ROLE_COLOURS = {
    "action": "#1f77b4", "owner": "#2ca02c", "due": "#7b3294", "start": "#c2a5cf",
    "rag": "#ff7f0e", "ref": "#9467bd", "code": "#9467bd", "indicator": "#1f77b4",
    "progress": "#17becf", "governance": "#8c564b", "milestones": "#e377c2",
    "matrix": "#7f7f00", "timeline": "#7f7f00", "done": "#ff7f0e", "status_ticks": "#ff7f0e",
    "rec": "#e7298a", "recommendation_text": "#e7298a", "theme": "#8c564b",
    "sponsor": "#2ca02c", "baseline": "#17becf", "latest": "#1b9e77", "target": "#66a61e",
    "direction": "#7f7f7f", "trend": "#7f7f7f", "other": "#999999",
}  # fmt: skip
UNREAD = "#d62728"
LABEL_SIZE = 6.0  # points of the PDF page: the labels scale with the drawing
CHAR_WIDTH = 0.62  # of LABEL_SIZE, a bold sans-serif glyph on average


@dataclass(frozen=True, slots=True)
class PageImage:
    number: int
    width: float  # points
    height: float
    png: bytes


def page_images(pdf: Path, numbers: Sequence[int], scale: float = 1.5) -> list[PageImage]:
    """Render the given pages (1-based) with pypdfium2: the one I/O step of the page."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        # a fillable form's values are in its fields' appearances, which a render draws only with
        # the form loaded: without it the page shows empty boxes where the reader read values
        doc.init_forms()
        images = []
        for number in numbers:
            page = doc[number - 1]
            width, height = page.get_size()
            buf = io.BytesIO()
            page.render(scale=scale).to_pil().save(buf, format="PNG")
            images.append(PageImage(number, width, height, buf.getvalue()))
        return images
    finally:
        doc.close()


def pages_with_tables(views: Sequence[TableView], wanted: set[int] | None) -> list[int]:
    return sorted({p.page for v in views for p in v.pieces if wanted is None or p.page in wanted})


def tables_html(
    title: str,
    views: Sequence[TableView],
    images: Sequence[PageImage],
    note: str | None = None,
) -> str:
    """One offline HTML file; `images` are the pages to draw (see `pages_with_tables`); note:
    what was read outside the tables drawn, said before them."""
    parts = [_HEAD.format(title=html.escape(title))]
    if note:
        parts.append(f'<p class="note">{html.escape(note)}</p>')
    for image in images:
        on_page = [(v, k) for v in views for k, p in enumerate(v.pieces) if p.page == image.number]
        png = base64.b64encode(image.png).decode("ascii")
        parts.append(f'<section><h2>Page {image.number}</h2><div class="page" '
                     f'style="aspect-ratio:{image.width:.1f}/{image.height:.1f}">'
                     f'<img alt="page {image.number}" src="data:image/png;base64,{png}">'
                     f'<svg viewBox="0 0 {image.width:.1f} {image.height:.1f}" '
                     f'preserveAspectRatio="none">')  # fmt: skip
        parts.extend(_svg_piece(v, k) for v, k in on_page)
        parts.append("</svg></div>")
        parts.extend(_columns_html(v) for v in {id(v): v for v, _ in on_page}.values())
        parts.append("</section>")
    if not images:
        parts.append("<p>No tables found.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def column_label(col: ColumnView, width: float) -> str:
    """The label drawn over a column: number, role and confidence where they fit its width,
    else number and role, else the number alone (the evidence table below says the rest), so
    that labels of narrow columns (a responsibility matrix, a Gantt month) never print over
    each other."""
    number, role = str(col.index + 1), col.role or "?"
    for label in (f"{number} {role} {col.confidence:.2f}", f"{number} {role}"):
        if len(label) * LABEL_SIZE * CHAR_WIDTH <= width - 1:
            return label
    return number


def regrouped(piece: PieceView) -> bool:
    """Whether the columns as read differ from the piece's physical grid: a read cell that is
    no physical cell of its column (labelled parts of one cell made columns, cell_fields)."""
    grid = {(c.col, c.bbox) for c in piece.cells}
    return any((c.col, c.bbox) not in grid for c in piece.read)


def _svg_piece(v: TableView, k: int) -> str:
    """One table piece over its page: its box, its cells coloured by the role of the column
    each was read in, and each column's label over its top cell. Where the read columns are
    not the physical grid's, the grid is drawn as outlines and the read cells filled over it,
    so the colours say what was read, not where the rules fall."""
    piece = v.pieces[k]
    x0, y0, x1, y1 = piece.bbox
    colour = UNREAD if v.kind is None else "#1f77b4"
    out = [f'<rect class="table" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" '
           f'height="{y1 - y0:.1f}" stroke="{colour}"/>']  # fmt: skip
    filled = piece.cells
    if regrouped(piece):
        out.extend(_cell_rect(c, "grid", None) for c in piece.cells)
        filled = piece.read
    top: dict[int, tuple[float, float, float]] = {}  # column -> (top, left, right) of its cells
    for c in filled:
        a, b, cx1, _ = c.bbox
        role = v.columns[c.col].role if c.col < len(v.columns) else None
        out.append(_cell_rect(c, "cell", ROLE_COLOURS.get(role or "", "#999999")))
        if c.col < len(v.columns) and (c.col not in top or b < top[c.col][0]):
            top[c.col] = (b, a, cx1)
    for col_index, (b, a, right) in sorted(top.items()):
        col = v.columns[col_index]
        label = column_label(col, right - a)
        source = f" (from {col.source})" if col.source else ""
        tip = (f"column {col.index + 1}: {col.label} -> {col.role or 'no role'}{source} "
               f"{col.confidence:.2f}")  # fmt: skip
        y = max(b - 1.5, LABEL_SIZE)
        width = len(label) * LABEL_SIZE * CHAR_WIDTH + 1
        out.append(f'<g class="label"><title>{html.escape(tip)}</title>'
                   f'<rect x="{a + 0.5:.1f}" y="{y - LABEL_SIZE:.1f}" width="{width:.1f}" '
                   f'height="{LABEL_SIZE + 1:.1f}"/>'
                   f'<text x="{a + 1:.1f}" y="{y:.1f}" '
                   f'fill="{ROLE_COLOURS.get(col.role or "", UNREAD)}">'
                   f"{html.escape(label)}</text></g>")  # fmt: skip
    return "\n".join(out)


def _cell_rect(c: CellView, cls: str, fill: str | None) -> str:
    """A cell's box, its text as the tooltip (escaped: PDF text is untrusted)."""
    a, b, x1, y1 = c.bbox
    paint = f' fill="{fill}"' if fill else ""
    return (f'<rect class="{cls}" x="{a:.1f}" y="{b:.1f}" width="{x1 - a:.1f}" '
            f'height="{y1 - b:.1f}"{paint}><title>{html.escape(c.text[:300])}</title></rect>')  # fmt: skip


def role_shown(col: ColumnView) -> str:
    """A column's role as shown with where it came from ('rag (inks)'); '-' for none."""
    if not col.role:
        return "-"
    return f"{col.role} ({col.source})" if col.source else col.role


def _columns_html(v: TableView) -> str:
    if v.is_box():  # a banner or a form field's frame: its text, not a table of one column
        text = html.escape(v.grid[0][0] if v.grid and v.grid[0] else "")
        return (
            f'<h3>Table {v.number}: a one-cell box, not a plan table</h3><p class="box">{text}</p>'
        )
    evidence = shared_evidence(v.columns)
    rows = "".join(
        f'<tr><td class="n">{c.index + 1}</td><td class="h">{html.escape(c.label)}</td>'
        f'<td class="r">{html.escape(role_shown(c))}</td><td class="c">{c.confidence:.2f}</td>'
        f'<td class="e">{html.escape(e)}</td></tr>'
        for c, e in zip(v.columns, evidence, strict=True)
    )
    kind = html.escape(v.kind or "not a plan table")
    if (read := v.read_note()) is not None:
        kind = f"{kind}; {html.escape(read)}"
    return (f'<h3>Table {v.number}: {kind}, {v.rows} rows, confidence {v.confidence:.2f}</h3>'
            f'<div class="scroll"><table class="cols"><thead><tr><th>#</th><th>header</th>'
            f"<th>role (from)</th><th>conf</th><th>evidence</th></tr></thead><tbody>{rows}</tbody>"
            f"</table></div>")  # fmt: skip


_HEAD = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>plantrace tables: {title}</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 1rem; }}
p.note {{ max-width: 1000px; padding: .5rem .75rem; background: #fff8e1;
  border-left: 4px solid #e0a030; }}
.page {{ position: relative; max-width: 1000px; border: 1px solid #ccc; }}
.scroll {{ overflow-x: auto; max-width: 1000px; }}
.page img, .page svg {{ position: absolute; inset: 0; width: 100%; height: 100%; }}
rect.table {{ fill: none; stroke-width: 1.5; }}
rect.cell {{ fill-opacity: 0.12; stroke: #555; stroke-width: 0.3; }}
rect.grid {{ fill: none; stroke: #999; stroke-width: 0.3; stroke-dasharray: 1.5 1; }}
g.label rect {{ fill: #fff; fill-opacity: 0.7; }}
svg text {{ font: bold 6px sans-serif; }}
table.cols {{ border-collapse: collapse; margin: .5rem 0 1.5rem; max-width: 1000px; }}
table.cols td, table.cols th {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }}
table.cols td.n, table.cols td.r, table.cols td.c {{ white-space: nowrap; }}
@media (max-width: 600px) {{
  /* a phone: each column a short block (number, header, role, confidence, then its evidence)
     instead of five table columns squeezed until words break */
  table.cols thead {{ display: none; }}
  table.cols, table.cols tbody, table.cols tr {{ display: block; }}
  table.cols tr {{ border: 1px solid #ccc; padding: 4px 6px; margin-bottom: 4px; }}
  table.cols td {{ display: inline; border: 0; padding: 0 4px 0 0; }}
  table.cols td.h {{ font-weight: 600; }}
  table.cols td.e {{ display: block; color: #333; }}
}}
</style></head><body><h1>Tables read from {title}</h1>"""
