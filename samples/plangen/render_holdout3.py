"""Producers of the holdout3 split (BLIND: fixers never read this): HTML slides printed by
Chromium, Word and Excel printed by LibreOffice, a Gantt chart drawn by ReportLab, each drawn
straight from a holdout3.H3Plan."""

from __future__ import annotations

import random
from datetime import date
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout3 import FILL, WHY, H3Action, H3Plan, _abbr, _add_months
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _put, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_office import FONTS


def render_all(plans: list[H3Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout3",
        html=to_html,
        reportlab=_gantt,
        docx=_docx,
        xlsx=_xlsx,
    )


def _label(p: H3Plan, num: str) -> str:
    """'Priority 2: ', 'Improvement priority 2 – ', 'What must improve (2): '."""
    return p.rec_label.format(n=num)


def _kicker(p: H3Plan, num: str) -> str:
    """The label alone, as a heading over the text: 'Priority 2', 'What must improve (2)'."""
    return _label(p, num).rstrip(" :–")


def _value(p: H3Plan, a: H3Action, col: str) -> str:
    return {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
            "rag": a.status, "pct": f"{a.pct}%", "progress": a.progress or "",
            "done": _done(p, a)}[col]  # fmt: skip


def _done(p: H3Plan, a: H3Action) -> str:
    if p.status_form.endswith("done"):
        return "Yes" if a.rag == "blue" else "No"
    return "✓" if a.rag == "blue" else ""


# ---- HTML slides at 16:9 ------------------------------------------------------------------------


def to_html(p: H3Plan) -> str:
    if p.layout == "raci":
        return _raci_html(p)
    rng = random.Random(p.seed_rng)
    accent = rng.choice(("#1f3864", "#00594f", "#5b2c6f", "#8a1538"))
    css = f"""
@page {{ size: 338.67mm 190.5mm; margin: 0; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ margin: 0; font-family: {CSS_FONTS[p.font]}; font-size: 13pt; color: #222; }}
.slide {{ width: 338.67mm; height: 190.5mm; position: relative; overflow: hidden;
  padding: 12mm 16mm 16mm; break-after: page; }}
.band {{ background: {accent}; color: #fff; margin: -12mm -16mm 7mm; padding: 7mm 16mm 5mm; }}
.band .kicker {{ font-size: 12pt; opacity: .85; display: block; margin-bottom: 1.5mm; }}
.band h2 {{ font-size: 17pt; margin: 0; font-weight: bold; }}
.foot {{ position: absolute; left: 16mm; right: 16mm; bottom: 6mm; font-size: 9pt; color: #666;
  display: flex; justify-content: space-between; border-top: 0.5pt solid #bbb; padding-top: 2mm; }}
.cover {{ background: {accent}; color: #fff; }}
.cover h1 {{ font-size: 30pt; margin: 45mm 0 8mm; }} .cover p {{ font-size: 14pt; }}
table {{ border-collapse: collapse; width: 100%; font-size: 11pt; }}
th {{ background: #e7e6e6; text-align: left; padding: 2.5mm; border-bottom: 1.2pt solid {accent}; }}
td {{ padding: 2.5mm; vertical-align: top; border-bottom: 0.5pt solid #bbb; }}
.boxes {{ display: flex; gap: 6mm; }}
.box {{ flex: 1 1 0; border: 0.8pt solid #aaa; border-top: 4pt solid {accent}; padding: 4mm;
  font-size: 11.5pt; min-height: 95mm; }}
.box .ref {{ font-weight: bold; font-size: 15pt; color: {accent}; }}
.box p {{ margin: 2mm 0; }} .box .lbl {{ color: #666; font-size: 10pt; display: block; }}
.chip {{ display: inline-block; padding: 0.6mm 3mm; border-radius: 3mm; font-weight: bold; }}
.tiles {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; }}
.tile {{ background: #f2f2f2; padding: 5mm; font-size: 13pt; }}
.tile b {{ font-size: 26pt; color: {accent}; display: block; }}
"""
    slides: list[str] = []
    sub = rng.choice(("Improvement plan", "Our plan for children", "Improvement plan – board pack"))
    slides.append(f"<div class='slide cover'><h1>{escape(p.title)}</h1>"
                  f"<p>{escape(sub)}</p><p>{escape(p.intro)}</p></div>")  # fmt: skip
    if rng.random() < 0.5:
        tiles = "".join(
            f"<div class='tile'><b>{n}</b>{escape(p.shorts[n])}</div>" for n, _ in p.recs
        )
        slides.append(_slide(p, "<div class='band'><h2>Our priorities at a glance</h2></div>"
                             f"<div class='tiles'>{tiles}</div>"))  # fmt: skip
    as_boxes = rng.random() < 0.5
    one_line = rng.random() < 0.5
    per_slide = 3 if as_boxes else 4
    for num, text in p.recs:
        acts = p.per_rec(num)
        for i in range(0, len(acts), per_slide):
            chunk = acts[i : i + per_slide]
            if i == 0 and one_line:
                band = f"<div class='band'><h2>{escape(_label(p, num) + text)}</h2></div>"
            elif i == 0:
                band = (f"<div class='band'><span class='kicker'>{escape(_kicker(p, num))}</span>"
                        f"<h2>{escape(text)}</h2></div>")  # fmt: skip
            else:
                band = (f"<div class='band'><span class='kicker'>{escape(_kicker(p, num))} "
                        f"(continued)</span><h2>{escape(p.shorts[num])}</h2></div>")  # fmt: skip
            body = _boxes(p, chunk) if as_boxes else _slide_table(p, chunk)
            slides.append(_slide(p, band + body))
    if p.kpis:
        h = p.headers
        head = [h["indicator"], h["baseline"], h["latest"], h["target"]]
        rows = "".join(f"<tr><td>{escape(k.indicator)}</td><td>{escape(k.baseline[0])}</td>"
                       f"<td>{escape(k.latest[0])}</td><td>{escape(k.target[0])}</td></tr>"
                       for k in p.kpis)  # fmt: skip
        title = rng.choice(("How we will know we are improving", "The figures we watch"))
        slides.append(_slide(p, f"<div class='band'><h2>{escape(title)}</h2></div><table><thead>"
                             + "".join(f"<th>{escape(x)}</th>" for x in head)
                             + f"</thead><tbody>{rows}</tbody></table>"))  # fmt: skip
    for i, s in enumerate(slides):  # the footer carries the slide number
        if i:
            slides[i] = s.replace("{FOOT}", f"<div class='foot'><span>{escape(p.authority)} "
                                  f"Children's Services · OFFICIAL</span><span>{i + 1}</span></div>")  # fmt: skip
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
            f"<style>{css}</style></head><body>{''.join(slides)}</body></html>")  # fmt: skip


def _slide(p: H3Plan, inner: str) -> str:
    return f"<div class='slide'>{inner}{{FOOT}}</div>"


def _chip(a: H3Action) -> str:
    if not a.status:
        return ""
    style = f" style='background:{FILL[a.rag]}'" if a.rag else " style='background:#e0e0e0'"
    return f"<span class='chip'{style}>{escape(a.status)}</span>"


def _slide_table(p: H3Plan, acts: list[H3Action]) -> str:
    widths = {"ref": 6, "action": 44, "owner": 18, "due": 13, "rag": 12, "pct": 8, "progress": 24}
    cols = [c for c in p.cols if c in widths]
    total = sum(widths[c] for c in cols)
    out = ["<table><colgroup>"]
    out += [f"<col style='width:{100 * widths[c] / total:.1f}%'>" for c in cols]
    out.append("</colgroup><thead><tr>")
    out += [f"<th>{escape(p.headers[c])}</th>" for c in cols]
    out.append("</tr></thead><tbody>")
    for a in acts:
        cells = []
        for c in cols:
            if c == "rag":
                cells.append(f"<td>{_chip(a)}</td>")
            else:
                cells.append(f"<td>{escape(_value(p, a, c))}</td>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _boxes(p: H3Plan, acts: list[H3Action]) -> str:
    h = p.headers
    out = ["<div class='boxes'>"]
    for a in acts:
        parts = [f"<div class='box'><span class='ref'>{escape(a.ref)}</span>",
                 f"<p>{escape(a.text)}</p>",
                 f"<p><span class='lbl'>{escape(h['owner'])}</span>{escape(a.owner)}</p>",
                 f"<p><span class='lbl'>{escape(h['due'])}</span>{escape(a.due_raw)}</p>"]  # fmt: skip
        if "pct" in p.cols:
            parts.append(f"<p><span class='lbl'>{escape(h['pct'])}</span>{a.pct}%</p>")
        if a.progress:
            parts.append(f"<p><span class='lbl'>{escape(h['progress'])}</span>"
                         f"{escape(a.progress)}</p>")  # fmt: skip
        if a.status:
            parts.append(f"<p>{_chip(a)}</p>")
        out.append("".join(parts) + "</div>")
    out.append("</div>")
    return "".join(out)


# ---- HTML: a responsibility matrix ----------------------------------------------------------------

TEXT_COLOUR = {"green": "#2e7d32", "amber": "#b26a00", "red": "#c62828", "blue": "#1565c0"}


def _raci_html(p: H3Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    css = f"""
@page {{ size: A4{" landscape" if p.landscape else ""}; margin: 14mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; }} h2 {{ font-size: 10.5pt; margin: 12pt 0 4pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 8pt; }}
td, th {{ border: 0.6pt solid #8c8c8c; padding: 3pt; vertical-align: top; text-align: left; }}
th {{ background: #e2efda; vertical-align: bottom; }}
th.role {{ width: 7mm; height: 34mm; padding: 2pt 0; }}
th.role div {{ writing-mode: vertical-rl; transform: rotate(180deg); margin: 0 auto;
  white-space: nowrap; font-weight: bold; }}
td.mark {{ text-align: center; font-weight: bold; }}
.key {{ font-size: 8pt; color: #444; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1><p>{escape(p.intro)}</p>",
           "<p class='key'>L = leads the step and answers for it; S = supports. "
           "Health is reviewed at each Improvement Board.</p>"]  # fmt: skip
    cols = ("ref", "action", "due", "rag")
    for num, text in p.recs:
        out.append(f"<h2>{escape(_label(p, num) + text)}</h2><table><thead><tr>")
        out.append(f"<th style='width:8mm'>{escape(h['ref'])}</th><th>{escape(h['action'])}</th>")
        out += [f"<th class='role'><div>{escape(r)}</div></th>" for r in p.roles]
        out.append(f"<th style='width:22mm'>{escape(h['due'])}</th>"
                   f"<th style='width:22mm'>{escape(h['rag'])}</th></tr></thead><tbody>")  # fmt: skip
        for a in p.per_rec(num):
            marks = "".join(
                "<td class='mark'>" + ("L" if r == a.owner else "S" if r in a.supports else "")
                + "</td>" for r in p.roles)  # fmt: skip
            colour = f" style='color:{TEXT_COLOUR[a.rag]}'" if a.rag else ""
            out.append(f"<tr><td>{escape(a.ref)}</td><td>{escape(a.text)}</td>{marks}"
                       f"<td>{escape(a.due_raw)}</td><td{colour}><b>{escape(a.status)}</b></td></tr>")  # fmt: skip
        out.append("</tbody></table>")
    assert cols
    if p.kpis:
        out.append(f"<h2>{escape(rng.choice(('Measuring our progress', 'Headline figures')))}</h2>")
        head = [h["indicator"], h["baseline"], h["latest"], h["target"]]
        out.append("<table><thead><tr>" + "".join(f"<th>{escape(x)}</th>" for x in head)
                   + "</tr></thead><tbody>")  # fmt: skip
        out += [
            f"<tr><td>{escape(k.indicator)}</td><td>{escape(k.baseline[0])}</td>"
            f"<td>{escape(k.latest[0])}</td><td>{escape(k.target[0])}</td></tr>"
            for k in p.kpis
        ]
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


# ---- Word -----------------------------------------------------------------------------------


def _docx(p: H3Plan, folder: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    size = 10.0 if p.layout == "prose" else 9.0
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    if p.layout == "prose":
        _prose(doc, p, size)
    else:
        _subactions(doc, p, size)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


def _kpi_docx(doc: Any, p: H3Plan, width: float, size: float, title: str) -> None:
    if not p.kpis:
        return
    doc.add_heading(title, 1)
    h = p.headers
    head = [h["indicator"], h["baseline"], h["latest"], h["target"]]
    t = doc.add_table(rows=len(p.kpis) + 1, cols=4)
    _borders(t, "grid")
    _widths(t, [4.0, 1.3, 1.3, 1.3], min(width, 17.0))
    for j, x in enumerate(head):
        _put(t.cell(0, j), x, size, bold=True)
        _shade(t.cell(0, j), "#D9E2F3")
    for i, k in enumerate(p.kpis):
        for j, v in enumerate((k.indicator, k.baseline[0], k.latest[0], k.target[0])):
            _put(t.cell(i + 1, j), v, size)


def _prose(doc: Any, p: H3Plan, size: float) -> None:
    rng = random.Random(p.seed_rng)
    h = p.headers
    form = rng.choice(("brackets", "sentence"))
    owner_word = rng.choice(("Led by", "Held by", "SRO"))
    due_word = rng.choice(("to be done by", "timing", "landing"))
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    doc.add_paragraph(rng.choice((
        "Each step below is numbered by its priority. The officer named leads the step and "
        "reports on it to the Improvement Board.",
        "We will review this plan every quarter with our partners and with children and young "
        "people.",
    )))  # fmt: skip
    for num, text in p.recs:
        doc.add_heading(_label(p, num) + text, 1)
        doc.add_paragraph(rng.choice(WHY)).runs[0].italic = True
        for a in p.per_rec(num):
            para = doc.add_paragraph()
            fmt = para.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(1.2), Cm(-1.2)
            fmt.space_after = Pt(4)
            para.add_run(f"{a.ref}\t").bold = True
            if form == "brackets":
                tail = f" ({owner_word}: {a.owner}; {due_word}: {a.due_raw})"
                para.add_run(f"{a.text}{tail}")
            else:
                para.add_run(f"{a.text}. {a.owner} will lead this; {due_word}: {a.due_raw}.")
            if a.status:
                para.add_run(f" [{a.status}]").bold = True
            if a.progress:
                note = doc.add_paragraph()
                note.paragraph_format.left_indent = Cm(1.2)
                r = note.add_run(f"{h['progress']}: {a.progress}")
                r.italic = True
                r.font.size = Pt(size - 1)
    _kpi_docx(doc, p, 17.0, size - 1,
              rng.choice(("Measuring our progress", "The figures we will watch")))  # fmt: skip


def _rotate(cell: Any) -> None:
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "btLr")
    cell._tc.get_or_add_tcPr().append(td)


def _subactions(doc: Any, p: H3Plan, size: float) -> None:
    rng = random.Random(p.seed_rng)
    h = p.headers
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    doc.add_paragraph("Actions are numbered by priority (2.1, 2.2); lettered steps (2.1a) are "
                      "parts of the action above them. Milestones are shown in italics.")  # fmt: skip
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    width = 29.7 - 3.2
    widths = {"ref": 1.3, "action": 10.0, "owner": 5.0, "due": 3.6, "rag": 2.6, "done": 1.1}
    cols = [c for c in p.cols if c in widths]
    rotated = {"done"} | ({"rag"} if rng.random() < 0.5 else set())
    two_line = rng.random() < 0.5
    for n_i, (num, text) in enumerate(p.recs):
        if n_i:
            doc.add_page_break()
        if two_line:
            doc.add_heading(_kicker(p, num), 1)
            para = doc.add_paragraph()
            r = para.add_run(text)
            r.bold, r.font.size = True, Pt(size + 2)
        else:
            doc.add_heading(_label(p, num) + text, 1)
        acts = p.per_rec(num)
        n_rows = 1 + len(acts) + sum(1 for a in acts if a.milestone)
        t = doc.add_table(rows=n_rows, cols=len(cols))
        _borders(t, "grid")
        _widths(t, [widths[c] for c in cols], width)
        head = t.rows[0]
        head.height, head.height_rule = Cm(2.2), WD_ROW_HEIGHT_RULE.AT_LEAST
        _repeat_header(head)
        for j, c in enumerate(cols):
            _put(t.cell(0, j), h[c], size, bold=True)
            _shade(t.cell(0, j), "#D9D9D9")
            if c in rotated:
                _rotate(t.cell(0, j))
        r_i = 1
        for a in acts:
            for j, c in enumerate(cols):
                cell = t.cell(r_i, j)
                text_c = _value(p, a, c)
                if c == "action" and a.sub:
                    cell.paragraphs[0].paragraph_format.left_indent = Cm(0.6)
                _put(cell, text_c, size, bold=(c == "ref" and not a.sub))
                if c == "rag" and a.rag:
                    _shade(cell, FILL[a.rag])
            r_i += 1
            if a.milestone:
                merged = t.cell(r_i, 1).merge(t.cell(r_i, len(cols) - 1))
                run = merged.paragraphs[0].add_run(f"Milestone: {a.milestone}")
                run.italic, run.font.size = True, Pt(size - 0.5)
                run.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
                _shade(merged, "#F2F2F2")
                _shade(t.cell(r_i, 0), "#F2F2F2")
                r_i += 1
    if p.kpis:
        doc.add_page_break()
    _kpi_docx(doc, p, width, size, rng.choice(("Measuring our progress", "Headline figures")))


def _repeat_header(row: Any) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


# ---- Excel: a sheet per priority, print titles, conditional formatting ---------------------------


def _xlsx(p: H3Plan, folder: Path) -> Path:
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    h = p.headers
    ws = wb.active
    ws.title = "Summary"
    _xl_setup(ws, False)
    ws["A1"] = p.title
    ws["A1"].font = Font(name=font, bold=True, size=14)
    ws["A2"] = p.intro
    ws.merge_cells("A2:D2")
    ws["A2"].alignment = wrap
    ws.row_dimensions[2].height = 64
    for j, (x, w) in enumerate((("Priority", 10), ("Theme", 46), ("Steps", 9), ("Done", 9))):
        c = ws.cell(4, j + 1, x)
        c.font, c.fill, c.border = Font(name=font, bold=True), head_fill, grid
        ws.column_dimensions["ABCD"[j]].width = w
    for i, (num, _) in enumerate(p.recs):
        acts = p.per_rec(num)
        row = (int(num), p.shorts[num], len(acts), sum(1 for a in acts if a.rag == "blue"))
        for j, v in enumerate(row):
            c = ws.cell(5 + i, j + 1, v)
            c.font, c.border = Font(name=font, size=10), grid
    widths = {"ref": 7, "action": 46, "owner": 24, "due": 16, "rag": 15, "pct": 10, "done": 9,
              "progress": 34}  # fmt: skip
    cols = [c for c in p.cols if c in widths]
    last = chr(64 + len(cols))
    for num, text in p.recs:
        ws = wb.create_sheet(_kicker(p, num).replace("(", "").replace(")", "")[:31])
        _xl_setup(ws, p.landscape)
        ws.cell(1, 1, _label(p, num) + text).font = Font(name=font, bold=True, size=12)
        ws.merge_cells(f"A1:{last}1")
        ws["A1"].alignment = wrap
        ws.row_dimensions[1].height = 34
        for j, c in enumerate(cols):
            ws.column_dimensions[chr(65 + j)].width = widths[c]
            hc = ws.cell(2, j + 1, h[c])
            hc.font, hc.fill, hc.alignment, hc.border = (Font(name=font, bold=True, size=10),
                                                         head_fill, wrap, grid)  # fmt: skip
        ws.print_title_rows = "1:2"
        acts = p.per_rec(num)
        for i, a in enumerate(acts):
            r = 3 + i
            lines = 1
            for j, c in enumerate(cols):
                value: object = _value(p, a, c)
                fmt = None
                if c == "pct":
                    value, fmt = a.pct / 100, "0%"
                elif c == "due" and a.due_date and a.due_raw == _dots(a.due_date):
                    value, fmt = a.due_date, "dd.mm.yyyy"
                cell = ws.cell(r, j + 1, value)
                cell.font = Font(name=font, size=10, bold=(c == "ref"))
                cell.alignment, cell.border = wrap, grid
                if fmt:
                    cell.number_format = fmt
                if isinstance(value, str):
                    lines = max(lines, -(-len(value) // int(widths[c] * 1.05)))
            ws.row_dimensions[r].height = 13.5 * lines + 4
        if "rag" in cols:  # the health column is coloured by conditional formatting
            letter = chr(65 + cols.index("rag"))
            rng_ref = f"{letter}3:{letter}{2 + len(acts)}"
            for word, colour in (("On course", "green"), ("Needs attention", "amber"),
                                 ("Escalated", "red"), ("Done", "blue")):  # fmt: skip
                fill = PatternFill(start_color=FILL[colour].lstrip("#"),
                                   end_color=FILL[colour].lstrip("#"), fill_type="solid")  # fmt: skip
                ws.conditional_formatting.add(
                    rng_ref, CellIsRule(operator="equal", formula=[f'"{word}"'], fill=fill)
                )
    if p.kpis:
        ws = wb.create_sheet("Figures")
        _xl_setup(ws, False)
        head = [h["indicator"], h["baseline"], h["latest"], h["target"]]
        for j, x in enumerate(head):
            ws.column_dimensions["ABCD"[j]].width = 50 if j == 0 else 15
            c = ws.cell(1, j + 1, x)
            c.font, c.fill, c.border, c.alignment = (
                Font(name=font, bold=True),
                head_fill,
                grid,
                wrap,
            )
        ws.print_title_rows = "1:1"
        for i, k in enumerate(p.kpis):
            ws.cell(2 + i, 1, k.indicator).font = Font(name=font, size=10)
            ws.cell(2 + i, 1).border = grid
            for j, v in enumerate((k.baseline, k.latest, k.target)):
                c = ws.cell(2 + i, 2 + j)
                c.value, c.number_format = _xl_number(v)
                c.font, c.border = Font(name=font, size=10), grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _xl_setup(ws: Any, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# ---- ReportLab: a Gantt chart ---------------------------------------------------------------------

_RL_FONTS_READY = False


def _rl_fonts() -> None:
    global _RL_FONTS_READY
    if _RL_FONTS_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVuSans", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", base + "DejaVuSerif-Bold.ttf"))
    _RL_FONTS_READY = True


def _gantt(p: H3Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _rl_fonts()
    rng = random.Random(p.seed_rng)
    regular = "DejaVuSans" if p.font == "sans" else "DejaVuSerif"
    bold = regular + "-Bold"
    pagesize = landscape(A4 if p.chart_months <= 12 else A3)
    pdf = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=pagesize, leftMargin=1.2 * cm,
                            rightMargin=1.2 * cm, topMargin=1.2 * cm, bottomMargin=1.2 * cm,
                            title=p.title, invariant=1)  # fmt: skip
    width = pagesize[0] - 2.4 * cm
    body = ParagraphStyle("b", fontName=regular, fontSize=7.5, leading=9)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    h = p.headers
    n = p.chart_months
    month_w = 0.85 * cm
    fixed = width - n * month_w
    w_ref, w_rag = 1.4 * cm, 2.3 * cm
    w_owner = (fixed - w_ref - w_rag) * 0.3
    w_act = fixed - w_ref - w_rag - w_owner
    widths = [w_ref, w_act, w_owner] + [month_w] * n + [w_rag]
    months = [_add_months(p.chart_start, k) for k in range(n)]
    # two header rows: the years over the month names
    r0: list[Any] = [Paragraph(xml_escape(h["ref"]), head), Paragraph(xml_escape(h["action"]), head),
                     Paragraph(xml_escape(h["owner"]), head)] + [""] * n + [
        Paragraph(xml_escape(h["rag"]), head)]  # fmt: skip
    r1: list[Any] = ["", "", ""] + [_abbr(m.month) for m in months] + [""]
    spans: list[tuple[int, int]] = []  # (first, last) month index per year
    for k, m in enumerate(months):
        if k == 0 or m.year != months[k - 1].year:
            spans.append((k, k))
            r0[3 + k] = str(m.year)
        else:
            spans[-1] = (spans[-1][0], k)
    data: list[list[Any]] = [r0, r1]
    style: list[Any] = [
        ("FONT", (0, 0), (-1, 1), bold, 7.5),
        ("FONT", (0, 2), (-1, -1), regular, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#dce6f1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 0), (-2, -1), "CENTER"),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (-1, 0), (-1, 1)),
        ("LEFTPADDING", (3, 0), (-2, -1), 1), ("RIGHTPADDING", (3, 0), (-2, -1), 1),
    ]  # fmt: skip
    for lo, hi in spans:
        style.append(("SPAN", (3 + lo, 0), (3 + hi, 0)))
    bar = colors.HexColor(rng.choice(("#4472c4", "#7f7f7f", "#2e75b6", "#548235")))
    for num, text in p.recs:
        r = len(data)
        data.append([Paragraph(xml_escape(_label(p, num) + text), head)] + [""] * (n + 3))
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")),
        ]
        for a in p.per_rec(num):
            r = len(data)
            cells = [""] * n
            if a.diamond:
                cells[a.last_month] = "◆"
            data.append([a.ref, Paragraph(xml_escape(a.text), body),
                         Paragraph(xml_escape(a.owner), body), *cells,
                         Paragraph(xml_escape(a.status), body)])  # fmt: skip
            style.append(("BACKGROUND", (3 + a.first_month, r), (3 + a.last_month, r), bar))
            if a.diamond:
                style.append(
                    ("TEXTCOLOR", (3 + a.last_month, r), (3 + a.last_month, r), colors.white)
                )
            if a.rag:
                style.append(("BACKGROUND", (-1, r), (-1, r), colors.HexColor(FILL[a.rag])))
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(style))
    title = ParagraphStyle("t", fontName=bold, fontSize=14, leading=17, spaceAfter=6)
    key = rng.choice((
        "Shaded months show when each step runs; a step is done by the end of its last shaded "
        "month. ◆ marks the month it is signed off.",
        "Key: the bar shows the months in which the work takes place. ◆ = sign-off.",
    ))  # fmt: skip
    doc.build([Paragraph(xml_escape(p.title), title), Paragraph(xml_escape(p.intro), body),
               Spacer(1, 4), Paragraph(xml_escape(key), body), Spacer(1, 6), table])  # fmt: skip
    return pdf
