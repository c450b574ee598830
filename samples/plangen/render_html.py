"""Chromium producer: the plan as HTML with CSS rulings, printed by headless Chromium."""

from __future__ import annotations

from html import escape
from pathlib import Path

from samples.plangen.model import Card, Heading, PageBreak, Para, Plan, Table
from samples.plangen.printing import print_html

FONTS = {"sans": '"Liberation Sans", "DejaVu Sans", Arial, sans-serif',
         "serif": '"Liberation Serif", "DejaVu Serif", "Times New Roman", serif'}  # fmt: skip
RULES = {
    "grid": "td, th { border: 0.6pt solid #555; }",
    "hrules": "td, th { border-bottom: 0.6pt solid #555; } tr:first-child > * "
              "{ border-top: 0.9pt solid #555; }",
    "vrules": "td + td, th + th { border-left: 0.6pt solid #555; }",
    "none": "",
    "bands": "",
}  # fmt: skip


def to_html(plan: Plan) -> str:
    st = plan.style
    sep = " - " if plan.split == "measure" else ": "
    css = f"""
@page {{ size: A4{" landscape" if st.landscape else ""}; margin: 15mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {FONTS[st.font]}; font-size: {st.font_size}pt; }}
h1 {{ font-size: 16pt; }} h2 {{ font-size: 11.5pt; margin: 12pt 0 5pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
td, th {{ vertical-align: top; text-align: left; padding: 2.5pt 4pt; }}
th {{ background: #d0d7e1; }}
td.banner {{ font-weight: bold; background: #d9e2f3; }}
.card {{ margin: 0 0 8pt; break-inside: avoid; }} .card p {{ margin: 1pt 0; }}
.card .title {{ font-weight: bold; }}
{RULES[st.ruling]}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(plan.title)}</title>"
           f"<style>{css}</style></head><body>"]  # fmt: skip
    for b in plan.blocks:
        if isinstance(b, Heading):
            tag = "h1" if b.level == 0 else "h2"
            out.append(f"<{tag}>{escape(b.text)}</{tag}>")
        elif isinstance(b, Para):
            out.append(f"<p>{'<i>' if b.italic else ''}{escape(b.text)}"
                       f"{'</i>' if b.italic else ''}</p>")  # fmt: skip
        elif isinstance(b, PageBreak):
            out.append("<div style='break-after: page'></div>")
        elif isinstance(b, Card):
            out.append("<div class='card'>")
            out.append(f"<p class='title'>{escape(b.title)}</p>")
            out += [f"<p><b>{escape(k)}</b>{sep}{escape(v)}</p>" for k, v in b.lines]
            out.append("</div>")
        elif isinstance(b, Table):
            out.append(_table(b, st.repeat_header))
    out.append("</body></html>")
    return "\n".join(out)


def _table(t: Table, repeat: bool) -> str:
    total = sum(t.widths)
    n = len(t.widths)
    parts = ["<table><colgroup>"]
    parts += [f"<col style='width:{100 * w / total:.1f}%'>" for w in t.widths]
    parts.append("</colgroup>")
    if t.header is not None:
        row = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in t.header) + "</tr>"
        parts.append(f"<thead>{row}</thead><tbody>" if repeat else f"<tbody>{row}")
    else:
        parts.append("<tbody>")
    for r in t.rows:
        style = f" style='background:{r.fill}'" if r.fill else ""
        if r.banner:
            cell = r.cells[0]
            assert cell is not None
            parts.append(f"<tr><td class='banner' colspan='{n}'>{escape(cell.text)}</td></tr>")
            continue
        cells = []
        for c in r.cells:
            if c is None:
                continue
            attrs = f" rowspan='{c.rowspan}'" if c.rowspan > 1 else ""
            if c.fill:
                attrs += f" style='background:{c.fill}'"
            cells.append(f"<td{attrs}>{escape(c.text)}</td>")
        parts.append(f"<tr{style}>{''.join(cells)}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def render_all(plans: list[Plan], folder: Path) -> None:
    for plan in plans:
        html = folder / f"{plan.name}.html"
        html.write_text(to_html(plan))
        print_html(html, folder / f"{plan.name}.pdf")
