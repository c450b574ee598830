"""Producers of the holdout split (BLIND: fixers never read this): Word and Excel printed by
LibreOffice, HTML printed by Chromium, each drawn straight from a holdout.HPlan."""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout import GOAL_GROUPS, TIME_GROUPS, TIME_PAIRS, HAction, HKpi, HPlan
from samples.plangen.printing import print_plans
from samples.plangen.render_office import FONTS

CSS_FONTS = {"sans": '"Liberation Sans", "DejaVu Sans", Arial, sans-serif',
             "serif": '"Liberation Serif", "DejaVu Serif", "Times New Roman", serif'}  # fmt: skip


def render_all(plans: list[HPlan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout", html=to_html, docx=_docx, xlsx=_xlsx)


def _title(a: HAction) -> str:
    return f"{a.ref} {a.text}" if a.ref else a.text


def _rec_heading(p: HPlan, num: str, text: str) -> str:
    return p.rec_label.format(n=num) + text


def _kpi_header(p: HPlan) -> list[str]:
    h = p.headers
    return [h["indicator"], h["baseline"], h["latest"], h["target"], h["trend"]]


def _kpi_cells(k: HKpi) -> list[str]:
    return [k.indicator, k.baseline[0], k.latest[0], k.target[0], k.trend]


# ---- Word ------------------------------------------------------------------------------------


def _shade(cell, fill: str) -> None:  # type: ignore[no-untyped-def]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shd)


def _borders(table, ruling: str) -> None:  # type: ignore[no-untyped-def]
    on = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
          "box": ("top", "left", "bottom", "right"), "none": ()}[ruling]  # fmt: skip
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if edge in on else "nil")
        if edge in on:
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "404040")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _widths(table, widths: list[float], total_cm: float) -> None:  # type: ignore[no-untyped-def]
    table.autofit = False
    total = sum(widths)
    for j, w in enumerate(widths):
        for cell in table.columns[j].cells:
            cell.width = Cm(total_cm * w / total)
    for j, col in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(total_cm * widths[j] / total * 567)))


def _put(cell, text: str, size: float, bold: bool = False, colour: str | None = None) -> None:  # type: ignore[no-untyped-def]
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))


def _docx(p: HPlan, folder: Path) -> Path:
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
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.name = FONTS[p.font]
    width = (29.7 if p.landscape else 21.0) - 3.6
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    if p.key:
        doc.add_paragraph().add_run(p.key).italic = True
    if p.layout in ("kv_cards", "tab_cards"):
        sep = rng.choice(("\t", " – "))
        for num, text in p.recs:
            doc.add_heading(_rec_heading(p, num, text), 1)
            for a in p.per_rec(num):
                doc.add_heading(_title(a), 2)
                fields = [(p.headers["owner"], a.owner), (p.headers["due"], a.due_raw)]
                if a.progress:
                    fields.append((p.headers["progress"], a.progress))
                if "rag" in p.cols:
                    fields.append((p.headers["rag"], a.status))
                if p.layout == "kv_cards":
                    t = doc.add_table(rows=len(fields), cols=2)
                    _borders(t, p.ruling)
                    _widths(t, [1.0, 2.6], min(width, 15.0))
                    for i, (k, v) in enumerate(fields):
                        _put(t.cell(i, 0), k, size, bold=True)
                        _shade(t.cell(i, 0), "#E7E6E6")
                        _put(t.cell(i, 1), v, size)
                    doc.add_paragraph()
                else:
                    for k, v in fields:
                        para = doc.add_paragraph()
                        para.paragraph_format.tab_stops.add_tab_stop(Cm(4.8))
                        para.paragraph_format.space_after = Pt(2)
                        para.add_run(k).bold = True
                        para.add_run(sep + v)
    elif p.layout == "shared":
        doc.add_heading("Inspection findings", 1)
        for num, text in p.recs:
            doc.add_paragraph(_rec_heading(p, num, text))
        doc.add_heading("Action plan", 1)
        _shared_table(doc, p, width, size)
    if p.kpis:
        doc.add_heading(p.kpi_title, 1)
        t = doc.add_table(rows=len(p.kpis) + 1, cols=5)
        _borders(t, "grid" if p.ruling == "grid" else p.ruling)
        _widths(t, [4.0, 1.3, 1.1, 1.1, 1.2], width)
        for j, h in enumerate(_kpi_header(p)):
            _put(t.cell(0, j), h, size, bold=True)
            _shade(t.cell(0, j), "#D9D9D9")
        for i, kpi in enumerate(p.kpis):
            for j, v in enumerate(_kpi_cells(kpi)):
                _put(t.cell(i + 1, j), v, size)
                if p.valign != "top":
                    t.cell(i + 1, j).vertical_alignment = _VALIGN[p.valign]
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


_VALIGN = {"top": WD_ALIGN_VERTICAL.TOP, "middle": WD_ALIGN_VERTICAL.CENTER,
           "bottom": WD_ALIGN_VERTICAL.BOTTOM}  # fmt: skip
_WIDTH = {"rec": 0.75, "ref": 0.7, "action": 3.4, "owner": 1.8, "due": 1.4, "progress": 2.3,
          "rag": 0.85}  # fmt: skip


def _shared_table(doc, p: HPlan, width: float, size: float) -> None:  # type: ignore[no-untyped-def]
    """One table: finding number merged down over its actions, owner merged over the consecutive
    actions that share it, every cell centred or bottom-aligned."""
    cols = p.cols
    t = doc.add_table(rows=len(p.actions) + 1, cols=len(cols))
    _borders(t, p.ruling)
    _widths(t, [_WIDTH[c] for c in cols], width)
    for j, c in enumerate(cols):
        _put(t.cell(0, j), p.headers[c], size, bold=True)
        _shade(t.cell(0, j), "#D9D9D9")
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
    r = 1
    for num, _ in p.recs:
        acts = p.per_rec(num)
        first = r
        runs: list[tuple[int, int]] = []  # owner runs: (first row, last row)
        for i, a in enumerate(acts):
            row = r + i
            if i and a.owner == acts[i - 1].owner:
                runs[-1] = (runs[-1][0], row)
            else:
                runs.append((row, row))
            for j, c in enumerate(cols):
                if c in ("rec", "owner"):
                    continue
                cell = t.cell(row, j)
                value = {"ref": a.ref or "", "action": a.text, "due": a.due_raw,
                         "progress": a.progress or "", "rag": a.status}[c]  # fmt: skip
                _put(cell, value, size)
                if c == "rag" and a.colour:
                    _shade(cell, a.colour)
        r += len(acts)
        jr = cols.index("rec")
        cell = t.cell(first, jr).merge(t.cell(r - 1, jr)) if r - 1 > first else t.cell(first, jr)
        _put(cell, num, size, bold=True)
        jo = cols.index("owner")
        for a_row, b_row in runs:
            cell = (
                t.cell(a_row, jo).merge(t.cell(b_row, jo)) if b_row > a_row else t.cell(a_row, jo)
            )
            _put(cell, acts[a_row - first].owner, size)
    for row in t.rows[1:]:
        for cell in row.cells:
            cell.vertical_alignment = _VALIGN[p.valign]


# ---- HTML ------------------------------------------------------------------------------------


def to_html(p: HPlan) -> str:
    va = {"top": "top", "middle": "middle", "bottom": "bottom"}[p.valign]
    rules = {
        "grid": "td, th { border: 0.6pt solid #444; }",
        "box": "table { border: 1pt solid #444; } th { border-bottom: 0.8pt solid #444; }",
        "none": "",
    }[p.ruling]
    css = f"""
@page {{ size: A4{" landscape" if p.landscape else ""}; margin: 14mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; }} h2 {{ font-size: 11pt; margin: 12pt 0 5pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
caption {{ caption-side: top; text-align: left; font-weight: bold; font-size: 10pt;
          padding: 6pt 0 4pt; }}
td, th {{ vertical-align: {va}; text-align: left; padding: 3pt 4pt; }}
th {{ background: #e4e4e4; }} th.group {{ text-align: center; }}
td.dot {{ text-align: center; font-size: 13pt; }}
.card {{ border: 0.6pt solid #999; margin: 0 0 8pt; padding: 4pt 6pt; break-inside: avoid; }}
.card .ref {{ color: #555; font-size: 7.5pt; margin: 0; }}
.card .title {{ font-weight: bold; margin: 1pt 0 4pt; }}
.card table {{ margin: 0; }} .card td {{ border: none; padding: 1pt 6pt 1pt 0; }}
.card td.label {{ color: #666; font-size: 7pt; text-transform: uppercase; }}
.pill {{ padding: 0 5pt; border-radius: 6pt; }}
{rules}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body>", f"<h1>{escape(p.title)}</h1>",
           f"<p>{escape(p.intro)}</p>"]  # fmt: skip
    if p.key:
        out.append(f"<p><i>{escape(p.key)}</i></p>")
    for num, text in p.recs:
        heading = escape(_rec_heading(p, num, text))
        if p.layout == "twotier":
            out.append(_twotier(p, p.per_rec(num), heading))
        else:
            out.append(f"<h2>{heading}</h2>")
            out += [_card(p, a) for a in p.per_rec(num)]
    if p.kpis:
        out.append(f"<h2>{escape(p.kpi_title)}</h2>")
        out.append(_kpi_html(p))
    out.append("</body></html>")
    return "\n".join(out)


def _twotier(p: HPlan, acts: list[HAction], caption: str) -> str:
    rng = random.Random(p.seed_rng)
    group, (s_head, e_head) = rng.choice(TIME_GROUPS), rng.choice(TIME_PAIRS)
    widths = {"ref": 5, "action": 34, "owner": 15, "start": 9, "due": 10, "progress": 20, "rag": 7}
    total = sum(widths[c] for c in p.cols)
    parts = [f"<table><caption>{caption}</caption><colgroup>"]
    parts += [f"<col style='width:{100 * widths[c] / total:.1f}%'>" for c in p.cols]
    parts.append("</colgroup><thead><tr>")
    for c in p.cols:
        if c == "start":
            parts.append(f"<th class='group' colspan='2'>{group}</th>")
        elif c != "due":
            parts.append(f"<th rowspan='2'>{escape(p.headers[c])}</th>")
    parts.append(f"</tr><tr><th>{s_head}</th><th>{e_head}</th></tr></thead><tbody>")
    for a in acts:
        cells = []
        for c in p.cols:
            if c == "rag":
                style = f" style='color:{a.colour}'" if a.colour else ""
                cells.append(f"<td class='dot'{style}>{escape(a.status)}</td>")
                continue
            value = {"ref": a.ref or "", "action": a.text, "owner": a.owner,
                     "start": a.start_raw, "due": a.due_raw, "progress": a.progress or ""}[c]  # fmt: skip
            cells.append(f"<td>{escape(value)}</td>")
        parts.append(f"<tr>{''.join(cells)}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _card(p: HPlan, a: HAction) -> str:
    bar = f" style='border-left: 5pt solid {a.colour}'" if p.status_form == "bar" else ""
    ref = f"<p class='ref'>{escape(p.headers['ref'])} {escape(a.ref)}</p>" if a.ref else ""
    fields = [(p.headers["owner"], escape(a.owner)), (p.headers["due"], escape(a.due_raw))]
    if a.progress:
        fields.append((p.headers["progress"], escape(a.progress)))
    if "rag" in p.cols and p.status_form == "pill" and a.status:
        style = f" style='background:{a.colour}'" if a.colour else ""
        fields.append((p.headers["rag"], f"<span class='pill'{style}>{escape(a.status)}</span>"))
    labels = "".join(f"<td class='label'>{escape(k)}</td>" for k, _ in fields)
    values = "".join(f"<td>{v}</td>" for _, v in fields)
    return (f"<div class='card'{bar}>{ref}<p class='title'>{escape(a.text)}</p>"
            f"<table><tr>{labels}</tr><tr>{values}</tr></table></div>")  # fmt: skip


def _kpi_html(p: HPlan) -> str:
    h = p.headers
    if p.layout == "twotier":  # a goal per year under one group cell: the later is the target
        y = p.year
        y1, y2 = f"{y}/{(y + 1) % 100:02d}", f"{y + 1}/{(y + 2) % 100:02d}"
        head = (f"<tr><th rowspan='2'>{escape(h['indicator'])}</th><th rowspan='2'>"
                f"{escape(h['baseline'])}</th><th rowspan='2'>{escape(h['latest'])}</th>"
                f"<th class='group' colspan='2'>{escape(random.Random(p.seed_rng + 1).choice(GOAL_GROUPS))}</th>"
                f"<th rowspan='2'>{escape(h['trend'])}</th></tr><tr><th>{y1}</th><th>{y2}</th></tr>")  # fmt: skip
        rows = [[k.indicator, k.baseline[0], k.latest[0], k.goal1[0], k.target[0], k.trend]
                for k in p.kpis]  # fmt: skip
    else:
        head = "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in _kpi_header(p)) + "</tr>"
        rows = [_kpi_cells(k) for k in p.kpis]
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


# ---- Excel -----------------------------------------------------------------------------------


def _xl_due(a: HAction) -> tuple[object, str | None]:
    """The due date as a real date cell in the number format that prints due_raw."""
    if a.due_date is None:
        return a.due_raw, None
    raw = a.due_raw
    if raw == a.due_date.isoformat():
        return a.due_date, "YYYY-MM-DD"
    if raw[2:3] == "." and len(raw) == 7:
        return a.due_date, "MM.YYYY"
    return a.due_date, "D MMM YYYY"


def _xl_number(v: tuple[str, float, str | None]) -> tuple[float, str]:
    raw, value, unit = v
    if unit == "%":
        return value / 100, "0.0%" if "." in raw else "0%"
    if unit == "days":
        return value, '0" days"'
    if unit == "per 10,000":
        return value, '0.0" per 10,000"'
    return value, "0"


def _xlsx(p: HPlan, folder: Path) -> Path:
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    rule = Border(bottom=Side(style="medium", color="000000"))
    ws = wb.active
    ws.title = "Findings"
    _xl_setup(ws, p.landscape)
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, p.intro).font = Font(name=font, size=9)
    ws.merge_cells("A2:B2")
    ws.cell(2, 1).alignment = wrap
    ws.row_dimensions[2].height = 40
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 95
    for j, h in enumerate(("No.", p.headers["recommendation"])):
        c = ws.cell(4, j + 1, h)
        c.font = Font(name=font, bold=True, size=9)
        c.border = rule
    for i, (num, text) in enumerate(p.recs):
        ws.cell(5 + i, 1, int(num)).font = Font(name=font, size=9)
        c = ws.cell(5 + i, 2, text)
        c.font = Font(name=font, size=9)
        c.alignment = wrap
        ws.row_dimensions[5 + i].height = 26
    ws = wb.create_sheet("Action plan")
    _xl_setup(ws, p.landscape)
    widths = {"rec": 8, "ref": 7, "action": 46, "owner": 24, "due": 13, "progress": 30, "rag": 13}
    for j, c in enumerate(p.cols):
        ws.column_dimensions[chr(65 + j)].width = widths[c]
        h = ws.cell(1, j + 1, p.headers[c])
        h.font = Font(name=font, bold=True, size=9)
        h.alignment = wrap
        h.border = rule
    ws.print_title_rows = "1:1"
    for i, a in enumerate(p.actions):
        r = 2 + i
        lines = 1
        for j, c in enumerate(p.cols):
            fmt = None
            align = wrap
            value: object
            if c == "rec":
                value = int(a.recs[0])
                align = Alignment(horizontal="center", vertical="top")
            elif c == "due":
                value, fmt = _xl_due(a)
            else:
                value = {"ref": a.ref or "", "action": a.text, "owner": a.owner,
                         "progress": a.progress or "", "rag": a.status}[c]  # fmt: skip
            cell = ws.cell(r, j + 1, value)
            cell.font = Font(name=font, size=9)
            cell.alignment = align if c == "rec" else wrap
            if fmt:
                cell.number_format = fmt
            if c == "rag" and a.colour:
                cell.fill = PatternFill("solid", fgColor=a.colour.lstrip("#"))
            if isinstance(value, str):
                lines = max(lines, -(-len(value) // int(widths[c] * 1.1)))
        ws.row_dimensions[r].height = 12.5 * lines + 3
    if p.kpis:
        ws = wb.create_sheet("KPIs")
        _xl_setup(ws, p.landscape)
        ws.cell(1, 1, p.kpi_title).font = Font(name=font, bold=True, size=12)
        for j, (h, w) in enumerate(zip(_kpi_header(p), (60, 16, 14, 14, 14), strict=True)):
            ws.column_dimensions[chr(65 + j)].width = w
            c = ws.cell(3, j + 1, h)
            c.font = Font(name=font, bold=True, size=9)
            c.alignment = wrap
            c.border = rule
        for i, k in enumerate(p.kpis):
            r = 4 + i
            ws.cell(r, 1, k.indicator).font = Font(name=font, size=9)
            for j, v in enumerate((k.baseline, k.latest, k.target)):
                value, fmt = _xl_number(v)
                c = ws.cell(r, 2 + j, value)
                c.number_format = fmt
                c.font = Font(name=font, size=9)
            c = ws.cell(r, 5, k.trend)
            c.font = Font(name=font, size=9)
            c.alignment = Alignment(horizontal="center")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _xl_setup(ws, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
