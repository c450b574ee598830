"""Producers of the holdout5 split (BLIND: fixers never read this): a ReportLab highlight report,
HTML accordion and regional plans printed by Chromium, Word and Excel printed by LibreOffice,
each drawn straight from a holdout5.H5Plan."""

from __future__ import annotations

import random
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout5 import H5_STATUS, HORIZONS, TINT, H5Action, H5Kpi, H5Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _put, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_holdout4 import _repeat_header, _rl_fonts, _xl_setup
from samples.plangen.render_office import FONTS


def render_all(plans: list[H5Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout5",
        html=_html,
        reportlab=_highlight,
        docx=_docx,
        xlsx=_xlsx,
    )


def _html(p: H5Plan) -> str:
    return _accordion(p) if p.layout == "accordion" else _regional(p)


def _label(p: H5Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _kpi_cell(k: H5Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _kpi_columns(rng: random.Random) -> list[str]:
    return rng.choice((["indicator", "baseline", "latest", "target"],
                       ["indicator", "baseline", "target", "latest"]))  # fmt: skip


def _legend() -> str:
    return "; ".join(f"{sym} {word}" for word, _, sym in H5_STATUS)


# ---- ReportLab: a board highlight report, a page per recommendation ----------------------------


def _highlight(p: H5Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _rl_fonts()
    rng = random.Random(p.seed_rng)
    regular = "DejaVuSans" if p.font == "sans" else "DejaVuSerif"
    bold = regular + "-Bold"
    pagesize = landscape(A4) if p.landscape else A4
    pdf = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=pagesize, leftMargin=1.6 * cm,
                            rightMargin=1.6 * cm, topMargin=1.4 * cm, bottomMargin=1.4 * cm,
                            title=p.title, invariant=1)  # fmt: skip
    width = pagesize[0] - 3.2 * cm
    body = ParagraphStyle("b", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    big = ParagraphStyle("t", fontName=bold, fontSize=13, leading=16, spaceAfter=6)
    accent = colors.HexColor(rng.choice(("#2e5597", "#1d6b5f", "#6b2e5f")))
    h = p.headers
    sep = rng.choice((" – by ", " – ", ", by "))
    story: list[Any] = [Paragraph(xml_escape(p.title), big), Paragraph(xml_escape(p.intro), body)]
    if p.hidden:
        story.append(Paragraph(xml_escape(
            "Exception report: only milestones rated Outside tolerance, Critical or Pending are "
            "listed; milestones Within tolerance or Delivered are counted in each summary box."),
            body))  # fmt: skip
    words = "; ".join(word for word, _, _ in H5_STATUS)  # no symbols: DejaVu Serif lacks ✔
    story.append(Paragraph(xml_escape(f"Ratings used: {words}."), body))
    progress = any(a.progress for a in p.actions)
    for num, text in p.recs:
        story.append(PageBreak())
        word, rag, _ = p.overall(num)
        box = [
            [Paragraph(xml_escape(_label(p, num).strip(" :–")), head),
             Paragraph(xml_escape(text), body)],
            [Paragraph("Senior responsible officer", head),
             Paragraph(xml_escape(p.sros[num]), body)],
            [Paragraph("Overall delivery rating", head), Paragraph(xml_escape(word), body)],
        ]  # fmt: skip
        if p.hidden:
            box.append([Paragraph("Milestones not listed", head),
                        Paragraph(str(p.hidden.get(num, 0)), body)])  # fmt: skip
        bt = Table(box, colWidths=[width * 0.28, width * 0.72])
        bstyle: list[Any] = [("BOX", (0, 0), (-1, -1), 1.2, accent),
                             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f7")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#bbbbbb"))]  # fmt: skip
        if rag:
            bstyle.append(("BACKGROUND", (1, 2), (1, 2), colors.HexColor(TINT[rag])))
        bt.setStyle(TableStyle(bstyle))
        story += [Paragraph(xml_escape(f"Highlight: {p.rec_label.format(n=num).strip(' :–')}"),
                            big), bt, Spacer(1, 10)]  # fmt: skip
        acts = p.per_rec(num)
        if not acts:
            story.append(Paragraph("No exceptions to report this month.", body))
            continue
        cols = ["ref", "action", "who_when", "rag"] + (["progress"] if progress else [])
        rel = {"ref": 1.6, "action": 6.5, "who_when": 4.2, "rag": 2.4, "progress": 5.0}
        tot = sum(rel[c] for c in cols)
        data: list[list[Any]] = [[Paragraph(xml_escape(h[c]), head) for c in cols]]
        tstyle: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c8c8c")),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe4ee")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
        for r, a in enumerate(acts, start=1):
            values = {"ref": a.ref, "action": a.text, "who_when": _who_when(a, sep),
                      "rag": a.status, "progress": a.progress or ""}  # fmt: skip
            data.append([Paragraph(xml_escape(values[c]), body) for c in cols])
            if a.rag:
                j = cols.index("rag")
                tstyle.append(("BACKGROUND", (j, r), (j, r), colors.HexColor(TINT[a.rag])))
        t = Table(data, colWidths=[width * rel[c] / tot for c in cols], repeatRows=1)
        t.setStyle(TableStyle(tstyle))
        story.append(t)
    if p.kpis:
        story += [PageBreak(), Paragraph("Impact dashboard", big)]
        kcols = _kpi_columns(rng)
        kdata = [[Paragraph(xml_escape(h[c]), head) for c in kcols]]
        kdata += [[Paragraph(xml_escape(_kpi_cell(k, c)), body) for c in kcols] for k in p.kpis]
        kw = [width * (0.46 if c == "indicator" else 0.18) for c in kcols]
        kt = Table(kdata, colWidths=kw, repeatRows=1)
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c8c8c")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe4ee"))]))  # fmt: skip
        story.append(kt)
    doc.build(story)
    return pdf


def _who_when(a: H5Action, sep: str) -> str:
    """The owner and the date in one cell; an open date follows a plain dash ('... – Standing
    item'), never 'by'."""
    return f"{a.owner}{sep if a.due_date else ' – '}{a.due_raw}"


# ---- HTML: accordion bars and definition lists ------------------------------------------------


def _kpi_html(p: H5Plan, rng: random.Random) -> str:
    if not p.kpis:
        return ""
    kcols = _kpi_columns(rng)
    rows = "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in kcols)
                   + "</tr>" for k in p.kpis)  # fmt: skip
    return ("<h2>How we will know it is working</h2><table class='kpi'><thead><tr>"
            + "".join(f"<th>{escape(p.headers[c])}</th>" for c in kcols)
            + f"</tr></thead><tbody>{rows}</tbody></table>")  # fmt: skip


def _accordion(p: H5Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#005a8c", "#5c2d91", "#00703c"))
    css = f"""
@page {{ size: A4; margin: 14mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9.5pt; color: #1b1b1b; margin: 0; }}
h1 {{ font-size: 17pt; color: {accent}; margin: 0 0 3mm; }}
h2 {{ font-size: 12pt; color: {accent}; }}
.bar {{ background: {accent}; color: #fff; padding: 2.5mm 3mm; margin: 6mm 0 2mm;
  font-weight: bold; border-radius: 1.5mm; break-after: avoid; }}
.bar .chev {{ margin-right: 2mm; }}
.panel {{ border-left: 1mm solid {accent}33; padding-left: 3mm; }}
dl {{ display: grid; grid-template-columns: 38mm 1fr; margin: 0 0 3mm; padding: 2mm 0;
  border-bottom: 0.4pt dotted #999; break-inside: avoid; }}
dt {{ font-weight: bold; color: #444; padding: 0.6mm 0; }}
dd {{ margin: 0; padding: 0.6mm 0; }}
.pill {{ padding: 0.3mm 2mm; border-radius: 2mm; }}
table.kpi {{ border-collapse: collapse; width: 100%; }}
table.kpi th {{ text-align: left; border-bottom: 1pt solid {accent}; padding: 1.5mm; }}
table.kpi td {{ border-bottom: 0.4pt solid #ccc; padding: 1.5mm; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"
           f"<p>{escape(p.intro)}</p>"]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<div class='bar'><span class='chev'>▾</span>{escape(_label(p, num))}"
                   f"{escape(text)}</div><div class='panel'>")  # fmt: skip
        for a in p.per_rec(num):
            pairs = [(h["ref"], escape(a.ref)), (h["action"], escape(a.text)),
                     (h["owner"], escape(a.owner)), (h["due"], escape(a.due_raw))]  # fmt: skip
            bg = TINT[a.rag] if a.rag else "#eeeeee"
            pairs.append((h["rag"], f"<span class='pill' style='background:{bg}'>"
                                    f"{escape(a.status)}</span>"))  # fmt: skip
            if a.progress:
                pairs.append((h["progress"], escape(a.progress)))
            out.append("<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in pairs)
                       + "</dl>")  # fmt: skip
        out.append("</div>")
    out.append(_kpi_html(p, rng) + "</body></html>")
    return "".join(out)


# ---- HTML: a regional plan with a council column ----------------------------------------------


def _regional(p: H5Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#3b3b6d", "#7a3e00", "#00506e"))
    css = f"""
@page {{ size: A4 landscape; margin: 12mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; margin: 0; }}
h1 {{ font-size: 15pt; margin: 0 0 2mm; }}
table {{ border-collapse: collapse; width: 100%; margin: 2mm 0 6mm; }}
caption {{ text-align: left; font-weight: bold; font-size: 10pt; color: {accent};
  padding: 1mm 0 2mm; }}
th {{ text-align: left; border-top: 1.2pt solid {accent}; border-bottom: 1.2pt solid {accent};
  padding: 1.4mm; }}
td {{ border-bottom: 0.4pt solid #aaa; padding: 1.4mm; vertical-align: top; }}
tr {{ break-inside: avoid; }}
.sym {{ font-size: 10pt; margin-right: 1mm; }}
"""
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "council", "owner", "due", "rag"] + (["progress"] if progress else [])
    widths = {"ref": 5, "action": 30, "council": 9, "owner": 17, "due": 10, "rag": 12,
              "progress": 22}  # fmt: skip
    colour = {"green": "#2e7d32", "amber": "#e69500", "red": "#c62828", "blue": "#1f5fa8"}
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1><p>{escape(p.intro)} "
           f"Each milestone names the council it applies to; 'All' means every partner.</p>"
           f"<p><b>Key:</b> {escape(_legend())}</p>"]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<table><caption>{escape(_label(p, num))}{escape(text)}</caption><colgroup>"
                   + "".join(f"<col style='width:{widths[c]}%'>" for c in cols) + "</colgroup>"
                   + "<thead><tr>" + "".join(f"<th>{escape(h[c])}</th>" for c in cols)
                   + "</tr></thead><tbody>")  # fmt: skip
        for a in p.per_rec(num):
            sym = (f"<span class='sym' style='color:{colour.get(a.rag or '', '#666')}'>"
                   f"{a.symbol}</span>")  # fmt: skip
            values = {"ref": escape(a.ref), "action": escape(a.text), "council": escape(a.council),
                      "owner": escape(a.owner), "due": escape(a.due_raw),
                      "rag": sym + escape(a.status), "progress": escape(a.progress or "")}  # fmt: skip
            out.append("<tr>" + "".join(f"<td>{values[c]}</td>" for c in cols) + "</tr>")
        out.append("</tbody></table>")
    out.append(_kpi_html(p, rng) + "</body></html>")
    return "".join(out)


# ---- Word: time-horizon sections, delivery details in a nested table ----------------------------


def _docx(p: H5Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    size = 9.0
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    h = p.headers
    width = 21.0 - 3.6
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    doc.add_heading("What the inspectors asked us to do", 1)
    rt = doc.add_table(rows=len(p.recs), cols=2)
    _borders(rt, "grid")
    _widths(rt, [3.2, 14.0], width)
    for i, (num, text) in enumerate(p.recs):
        _put(rt.cell(i, 0), _label(p, num).strip(" :–"), size, bold=True)
        _put(rt.cell(i, 1), text, size)
    spans = {"Quick wins": "within three months", "Medium term": "three to twelve months",
             "Long term": "more than twelve months"}  # fmt: skip
    for name, _ in HORIZONS:
        acts = [a for a in p.actions if p.horizon(a) == name]
        if not acts:
            continue
        doc.add_heading(f"{name} ({spans[name]})", 1)
        cols = ["ref", "action", "rec", "delivery"]
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        _borders(t, "grid")
        _widths(t, [1.4, 7.0, 2.2, 7.2], width)
        _repeat_header(t.rows[0])
        for j, c in enumerate(cols):
            label = "Delivery" if c == "delivery" else h[c]
            _put(t.cell(0, j), label, size, bold=True)
            _shade(t.cell(0, j), "#DCE6F1")
        for i, a in enumerate(acts, start=1):
            _cant_split(t.rows[i])
            _put(t.cell(i, 0), a.ref, size)
            _put(t.cell(i, 1), a.text, size)
            _put(t.cell(i, 2), ", ".join(a.recs), size)
            _nested(t.cell(i, 3), a, h, size, rng)
    if p.kpis:
        doc.add_heading("Measuring impact", 1)
        kcols = _kpi_columns(rng)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=len(kcols))
        _borders(kt, "grid")
        _widths(kt, [7.0 if c == "indicator" else 2.4 for c in kcols], width)
        for j, c in enumerate(kcols):
            _put(kt.cell(0, j), h[c], size, bold=True)
            _shade(kt.cell(0, j), "#DCE6F1")
        for i, k in enumerate(p.kpis, start=1):
            for j, c in enumerate(kcols):
                _put(kt.cell(i, j), _kpi_cell(k, c), size)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


def _cant_split(row: Any) -> None:
    """Keep a row (and the table nested in it) on one page."""
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _nested(cell: Any, a: H5Action, h: dict[str, str], size: float, rng: random.Random) -> None:
    """The delivery cell: a small label | value table nested in the cell."""
    rows = [(h["owner"], a.owner), (h["due"], a.due_raw), (h["rag"], a.status)]
    if a.progress:
        rows.append((h["progress"], a.progress))
    inner = cell.add_table(rows=len(rows), cols=2)
    _borders(inner, rng.choice(("grid", "none")))
    _widths(inner, [2.6, 4.3], 6.9)
    for r, (label, value) in enumerate(rows):
        _put(inner.cell(r, 0), label, size - 0.5, bold=True)
        _put(inner.cell(r, 1), value, size - 0.5)
        if label == h["rag"] and a.rag:
            _shade(inner.cell(r, 1), TINT[a.rag])


# ---- Excel: frozen panes, the recommendation repeated on every row --------------------------------


def _xlsx(p: H5Plan, folder: Path) -> Path:
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="BFBFBF")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F3864")
    h = p.headers
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    progress = any(a.progress for a in p.actions)
    cols = ["rec_text", "ref", "action", "owner", "due", "rag"] + (["progress"] if progress else [])
    widths = {"rec_text": 34, "ref": 8, "action": 40, "owner": 24, "due": 11, "rag": 16,
              "progress": 60}  # fmt: skip
    for j, c in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = widths[c]
        hc = ws.cell(1, j + 1, h[c])
        hc.font = Font(name=font, bold=True, size=10, color="FFFFFF")
        hc.fill, hc.alignment, hc.border = head_fill, wrap, grid
    ws.freeze_panes = "C2"
    ws.print_title_rows = "1:1"
    r = 2
    for num, text in p.recs:
        for a in p.per_rec(num):
            vals: dict[str, object] = {"rec_text": _label(p, num) + text, "ref": a.ref,
                                       "action": a.text, "owner": a.owner, "due": a.due_raw,
                                       "rag": a.status, "progress": a.progress or ""}  # fmt: skip
            lines = 1
            for j, c in enumerate(cols):
                value = vals[c]
                cell = ws.cell(r, j + 1)
                if c == "due" and a.xl_date and a.due_date is not None:
                    cell.value, cell.number_format = a.due_date, "dd/mm/yy"
                else:
                    cell.value = value
                cell.font = Font(name=font, size=10)
                cell.alignment, cell.border = wrap, grid
                if c == "rag" and a.rag:
                    cell.fill = PatternFill("solid", fgColor=TINT[a.rag].lstrip("#"))
                if isinstance(value, str):
                    lines = max(lines, -(-len(value) // int(widths[c] * 1.05)))
            ws.row_dimensions[r].height = 13.0 * lines + 4
            r += 1
    ws.cell(r + 1, 1, "Key: " + _legend()).font = Font(name=font, italic=True, size=9)
    if p.kpis:
        rng = random.Random(p.seed_rng)
        ks = wb.create_sheet("Dashboard")
        _xl_setup(ks, True)
        kcols = _kpi_columns(rng)
        for j, c in enumerate(kcols):
            ks.column_dimensions[chr(65 + j)].width = 52 if c == "indicator" else 16
            hc = ks.cell(1, j + 1, h[c])
            hc.font = Font(name=font, bold=True, color="FFFFFF")
            hc.fill, hc.border, hc.alignment = head_fill, grid, wrap
        ks.freeze_panes = "B2"
        for i, k in enumerate(p.kpis, start=2):
            for j, c in enumerate(kcols):
                cell = ks.cell(i, j + 1)
                if c == "indicator":
                    cell.value = k.indicator
                else:
                    v = {"baseline": k.baseline, "latest": k.latest, "target": k.target}[c]
                    cell.value, cell.number_format = _xl_number(v)
                cell.font, cell.border = Font(name=font, size=10), grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
