"""Producers of the holdout2 split (BLIND: fixers never read this): Word and Excel printed by
LibreOffice, HTML printed by Chromium, each drawn straight from a holdout2.H2Plan."""

from __future__ import annotations

import random
from datetime import date
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout2 import FILL, MONTHS, H2Action, H2Kpi, H2Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _put, _shade, _widths
from samples.plangen.render_office import FONTS


def render_all(plans: list[H2Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout2", html=to_html, docx=_docx, xlsx=_xlsx)


def _value(p: H2Plan, a: H2Action, col: str) -> str:
    return {"ref": a.ref or "", "action": a.text, "owner": a.owner, "due": a.due_raw,
            "progress": a.progress or "", "rag": a.status, "prev_rag": a.prev_status,
            "travel": a.arrow,
            "recommendation": f"{a.recs[0]}. {dict(p.recs)[a.recs[0]]}"}[col]  # fmt: skip


def _kpi_months(p: H2Plan) -> list[str]:
    """Monthly column heads of the financial year the plan reports on: 'Apr 25' .. 'Mar 26'."""
    y = p.year
    return [f"{m} {(y if i < 9 else y + 1) % 100:02d}" for i, m in enumerate(MONTHS)]


def _kpi_rows(p: H2Plan) -> tuple[list[str], list[list[str]]]:
    h = p.headers
    head = [h["indicator"], h["baseline"], *_kpi_months(p), h["target"]]
    rows = [[k.indicator, k.baseline[0], *[(v[0] if v else "") for v in k.months], k.target[0]]
            for k in p.kpis]  # fmt: skip
    return head, rows


# ---- Word: a header column on the left, one action per column -----------------------------------


def _docx(p: H2Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    doc = Document()
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    size = 9.0
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    width = (29.7 if p.landscape else 21.0) - 3.6
    per_table = 4 if p.landscape else 3
    label = rng.choice(("Recommendation {n}: ", "Ofsted recommendation {n}: "))
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    for num, text in p.recs:
        doc.add_heading(label.format(n=num) + text, 1)
        acts = p.per_rec(num)
        for i in range(0, len(acts), per_table):
            chunk = acts[i : i + per_table]
            t = doc.add_table(rows=len(p.cols), cols=len(chunk) + 1)
            _borders(t, "grid")
            _widths(t, [1.0] + [2.2] * len(chunk), min(width, 4.0 + 5.5 * len(chunk)))
            for r, c in enumerate(p.cols):
                _put(t.cell(r, 0), p.headers[c], size, bold=True)
                _shade(t.cell(r, 0), "#DDEBF7")
                for j, a in enumerate(chunk):
                    cell = t.cell(r, j + 1)
                    _put(cell, _value(p, a, c), size, bold=(c == "ref"))
                    if c == "rag" and a.rag:
                        _shade(cell, FILL[a.rag])
            doc.add_paragraph()
    if p.kpis:
        doc.add_heading(rng.choice(("Key measures", "How we will measure impact")), 1)
        head, rows = _kpi_rows(p)
        t = doc.add_table(rows=len(rows) + 1, cols=len(head))
        _borders(t, "grid")
        _widths(t, [4.0, 1.3] + [0.9] * 12 + [1.3], width)
        for j, h in enumerate(head):
            _put(t.cell(0, j), h, 7.0, bold=True)
            _shade(t.cell(0, j), "#DDEBF7")
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                _put(t.cell(i + 1, j), v, 7.0)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker with frozen panes, a filter and hidden helper columns ---------------------


def _xlsx(p: H2Plan, folder: Path) -> Path:
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    ws = wb.active
    ws.title = "Action tracker"
    _xl_setup(ws, p.landscape)
    # helper columns (a sort key, days to due) sit among the printed ones, hidden
    cols = list(p.cols)
    cols.insert(1, "helper_sort")
    cols.insert(cols.index("due") + 1, "helper_days")
    widths = {"ref": 8, "recommendation": 40, "action": 44, "owner": 22, "due": 14,
              "progress": 30, "rag": 14, "helper_sort": 6, "helper_days": 8}  # fmt: skip
    heads = {**p.headers, "helper_sort": "sort", "helper_days": "days"}
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    for j, c in enumerate(cols):
        letter = chr(65 + j)
        ws.column_dimensions[letter].width = widths[c]
        if c.startswith("helper"):
            ws.column_dimensions[letter].hidden = True
        h = ws.cell(3, j + 1, heads[c])
        h.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        h.fill = head_fill
        h.alignment = wrap
        h.border = grid
    ws.freeze_panes = "C4"
    ws.auto_filter.ref = f"A3:{chr(64 + len(cols))}{3 + len(p.actions)}"
    ws.print_title_rows = "3:3"
    for i, a in enumerate(p.actions):
        r = 4 + i
        lines = 1
        for j, c in enumerate(cols):
            value: object
            if c == "helper_sort":
                value = i + 1
            elif c == "helper_days":
                value = (a.due_date - date(p.year, 4, 1)).days if a.due_date else None
            else:
                value = _value(p, a, c)
            cell = ws.cell(r, j + 1, value)
            cell.font = Font(name=font, size=9, bold=(c == "ref"))
            cell.alignment = wrap
            cell.border = grid
            if c == "rag" and a.rag:
                cell.fill = PatternFill("solid", fgColor=FILL[a.rag].lstrip("#"))
            if isinstance(value, str) and not c.startswith("helper"):
                lines = max(lines, -(-len(value) // int(widths[c] * 1.1)))
        ws.row_dimensions[r].height = 12.5 * lines + 3
    if p.kpis:
        ws = wb.create_sheet("Measures")
        _xl_setup(ws, True)
        head, _ = _kpi_rows(p)
        for j, h in enumerate(head):
            ws.column_dimensions[chr(65 + j)].width = 48 if j == 0 else (12 if j in (1, 14) else 8)
            c = ws.cell(1, j + 1, h)
            c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
            c.fill = head_fill
            c.alignment = wrap
            c.border = grid
        ws.freeze_panes = "B2"
        for i, k in enumerate(p.kpis):
            r = 2 + i
            vals = [k.baseline, *k.months, k.target]
            ws.cell(r, 1, k.indicator).font = Font(name=font, size=9)
            ws.cell(r, 1).border = grid
            for j, v in enumerate(vals):
                c = ws.cell(r, 2 + j)
                c.border = grid
                c.font = Font(name=font, size=9)
                if v is None:
                    continue
                c.value, c.number_format = _xl_number(v)
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _xl_number(v: tuple[str, float, str | None]) -> tuple[float, str]:
    raw, value, unit = v
    if unit == "%":
        return value / 100, "0.0%" if "." in raw else "0%"
    if unit in ("days", "weeks"):
        return value, f'0" {unit}"'
    if unit == "per 10,000":
        return value, '0.0" per 10,000"'
    return value, "0"


def _xl_setup(ws, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# ---- HTML -------------------------------------------------------------------------------------


def to_html(p: H2Plan) -> str:
    size = "A3 landscape" if p.layout == "swimlanes" else f"A4{' landscape' if p.landscape else ''}"
    css = f"""
@page {{ size: {size}; margin: 12mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; }} h2 {{ font-size: 11pt; margin: 12pt 0 5pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
td, th {{ vertical-align: top; text-align: left; padding: 3pt 4pt; }}
th {{ background: #1f4e78; color: #fff; }}
table.grid td, table.grid th {{ border: 0.6pt solid #777; }}
table.hrules tr {{ border-bottom: 0.6pt solid #999; }}
td.arrow {{ text-align: center; font-size: 12pt; }}
table.kpi td, table.kpi th {{ border: 0.5pt solid #999; font-size: 7pt; padding: 2pt; }}
.cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; margin-bottom: 10pt; }}
.card {{ border: 0.8pt solid #8ea9c1; border-radius: 4pt; padding: 5pt 7pt; break-inside: avoid; }}
.card .top {{ display: flex; justify-content: space-between; font-weight: bold; }}
.card p {{ margin: 2pt 0; }} .card .lbl {{ font-weight: bold; color: #1f4e78; }}
.chip {{ padding: 0 5pt; border-radius: 5pt; }}
.lanes {{ display: grid; grid-template-columns: 55mm 1fr; border: 1pt solid #1f4e78; }}
.lane-label {{ background: #dde7f0; padding: 5pt; border-bottom: 1pt solid #1f4e78; }}
.lane-label b {{ font-size: 14pt; display: block; }}
.lane {{ display: flex; gap: 5pt; padding: 5pt; border-bottom: 1pt solid #1f4e78; }}
.box {{ flex: 1 1 0; min-width: 0; border: 0.6pt solid #999; padding: 4pt; font-size: 8pt; }}
.box p {{ margin: 1pt 0; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body>", f"<h1>{escape(p.title)}</h1>",
           f"<p>{escape(p.intro)}</p>"]  # fmt: skip
    rng = random.Random(p.seed_rng)
    if p.layout == "swimlanes":
        out.append(_swimlanes(p))
    elif p.layout == "grid_cards":
        label = rng.choice(("Recommendation {n}: ", "Ofsted recommendation {n} – "))
        for num, text in p.recs:
            out.append(f"<h2>{escape(label.format(n=num) + text)}</h2>")
            out.append("<div class='cards'>" + "".join(_card(p, a) for a in p.per_rec(num))
                       + "</div>")  # fmt: skip
    else:  # progress report
        ruling = rng.choice(("grid", "hrules"))
        total = len(p.recs)
        for num, text in p.recs:
            out.append(f"<h2>{escape(f'Recommendation {num} of {total}: {text}')}</h2>")
            out.append(_progress_table(p, p.per_rec(num), ruling))
    if p.kpis:
        out.append(f"<h2>{escape(rng.choice(('Key measures', 'Performance against target')))}</h2>")
        head, rows = _kpi_rows(p)
        out.append("<table class='kpi'><thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in head)
                   + "</tr></thead><tbody>" + "".join(
                       "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in r) + "</tr>" for r in rows)
                   + "</tbody></table>")  # fmt: skip
    out.append("</body></html>")
    return "\n".join(out)


def _chip(a: H2Action) -> str:
    if not a.status:
        return ""
    style = f" style='background:{FILL[a.rag]}'" if a.rag else ""
    return f"<span class='chip'{style}>{escape(a.status)}</span>"


def _card(p: H2Plan, a: H2Action) -> str:
    h = p.headers
    lines = [f"<div class='top'><span>{escape(a.ref or '')}</span>{_chip(a)}</div>",
             f"<p>{escape(a.text)}</p>",
             f"<p><span class='lbl'>{escape(h['owner'])}:</span> {escape(a.owner)}</p>",
             f"<p><span class='lbl'>{escape(h['due'])}:</span> {escape(a.due_raw)}</p>"]  # fmt: skip
    if a.progress:
        lines.append(f"<p><span class='lbl'>{escape(h['progress'])}:</span> "
                     f"{escape(a.progress)}</p>")  # fmt: skip
    return "<div class='card'>" + "".join(lines) + "</div>"


def _progress_table(p: H2Plan, acts: list[H2Action], ruling: str) -> str:
    widths = {"ref": 6, "action": 32, "owner": 15, "due": 10, "progress": 22, "prev_rag": 8,
              "rag": 8, "travel": 7}  # fmt: skip
    total = sum(widths[c] for c in p.cols)
    parts = [f"<table class='{ruling}'><colgroup>"]
    parts += [f"<col style='width:{100 * widths[c] / total:.1f}%'>" for c in p.cols]
    parts.append("</colgroup><thead><tr>")
    parts += [f"<th>{escape(p.headers[c])}</th>" for c in p.cols]
    parts.append("</tr></thead><tbody>")
    for a in acts:
        cells = []
        for c in p.cols:
            if c in ("rag", "prev_rag"):
                text = a.status if c == "rag" else a.prev_status
                colour = FILL.get(a.rag or "") if c == "rag" else _fill_of(text)
                style = f" style='background:{colour}'" if colour else ""
                cells.append(f"<td{style}>{escape(text)}</td>")
            elif c == "travel":
                cells.append(f"<td class='arrow'>{a.arrow}</td>")
            else:
                cells.append(f"<td>{escape(_value(p, a, c))}</td>")
        parts.append(f"<tr>{''.join(cells)}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _fill_of(word: str) -> str | None:
    return {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"],
            "Complete": FILL["blue"]}.get(word)  # fmt: skip


def _swimlanes(p: H2Plan) -> str:
    h = p.headers
    parts = ["<div class='lanes'>"]
    for num, text in p.recs:
        parts.append(f"<div class='lane-label'><b>R{num}</b>{escape(text)}</div><div class='lane'>")
        for a in p.per_rec(num):
            strip = (f" style='border-left: 6pt solid {FILL[a.rag]}'"
                     if p.status_form == "strip" and a.rag else "")  # fmt: skip
            chip = f"<p>{_chip(a)}</p>" if p.status_form != "strip" and a.status else ""
            parts.append(
                f"<div class='box'{strip}><p><b>{escape(a.ref or '')}</b> {escape(a.text)}</p>"
                f"<p>{escape(h['owner'])}: {escape(a.owner)}</p>"
                f"<p>{escape(h['due'])}: {escape(a.due_raw)}</p>{chip}</div>"
            )
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)


__all__ = ["render_all", "to_html", "H2Kpi"]
