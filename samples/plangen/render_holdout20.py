"""Producers of the holdout20 split (BLIND: fixers never read this): an A3 plan on a page printed
as a two-page A4 spread in ReportLab, an accordion of recommendations printed expanded in HTML
printed by Chromium, a Word multi-level numbered list with a right-aligned tab column and an
Excel tracker with a status history and leads by colour, both printed by LibreOffice; each drawn
straight from a holdout8.H8Plan built by holdout20."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout20 import H20_STATUS, KEY_COLOURS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

PALE = {
    "green": "#C6EFCE",
    "amber": "#FFEB9C",
    "red": "#FFC7CE",
    "blue": "#BDD7EE",
    None: "#F2F2F2",
}
DEEP = {
    "green": "#00703C",
    "amber": "#B35900",
    "red": "#D4351C",
    "blue": "#1D70B8",
    None: "#6F777B",
}
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout20", html=_accordion,
                reportlab=_spread, docx=_multilevel, xlsx=_history)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: an A3 plan on a page printed as a two-page A4 spread --------------------------


def _spread(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    W, H = A4
    pdf = folder / f"{p.name}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H))
    cell = ParagraphStyle("c", fontName=base, fontSize=9, leading=11.5)
    hcell = ParagraphStyle("hc", parent=cell, fontName=bold, textColor=colors.white)
    rcell = ParagraphStyle("rc", parent=cell, fontName=bold, textColor=colors.HexColor("#1F3864"))
    pad = 3.0
    # the left page's inner edge is the spread's fold: the left page has a wide outer margin
    # and a narrow inner one, the right page the mirror (the A3 sheet cut down the middle)
    outer, inner = 16 * mm, 4 * mm
    lx, lw = outer, W - outer - inner
    rx, rw = inner, W - outer - inner
    with_update = any(a.progress for a in p.actions)
    lcols = [("ref", 16 * mm), ("action", lw - 16 * mm)]
    if with_update:
        rfix = [("owner", 48 * mm), ("due", 20 * mm), ("rag", 22 * mm)]
        rcols = rfix + [("progress", rw - sum(w for _, w in rfix))]
    else:
        rcols = [("owner", 70 * mm), ("due", 34 * mm), ("rag", rw - 104 * mm)]
    state = {"page": 1}

    def hdr_h(cols: list[tuple[str, float]]) -> float:
        return max(Paragraph(escape(h[k]), hcell).wrap(w - 2 * pad, H)[1] for k, w in cols)

    head_h = max(hdr_h(lcols), hdr_h(rcols)) + 2 * pad
    # the rows: ('rec', num, text) or ('act', action); heights the larger of the two halves
    rows: list[tuple[str, Any, float]] = []
    for num, text in p.recs:
        para = Paragraph(f"{escape(_label(p, num))}: {escape(text)}", rcell)
        rows.append(("rec", (num, text), para.wrap(lw - 2 * pad, H)[1] + 2 * pad))
        for a in p.per_rec(num):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            hh = max(Paragraph(escape(vals[k]), cell).wrap(w - 2 * pad, H)[1]
                     for k, w in lcols + rcols)  # fmt: skip
            rows.append(("act", vals, hh + 2 * pad))

    def footer(side: str) -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if side == "left":
            c.drawString(lx, 9 * mm, f"{p.authority} Children's Services - OFFICIAL")
        else:
            c.drawRightString(rx + rw, 9 * mm, f"Version {_long_date(p.issued)}")

    def band(x: float, y: float, w: float, hh: float, fill: str) -> None:
        c.setFillColor(colors.HexColor(fill))
        c.setStrokeColor(colors.HexColor("#8497B0"))
        c.setLineWidth(0.5)
        c.rect(x, y - hh, w, hh, stroke=1, fill=1)

    def draw_half(side: str, chunk: list[tuple[str, Any, float]], top: float) -> None:
        x0 = lx if side == "left" else rx
        w0 = lw if side == "left" else rw
        cols = lcols if side == "left" else rcols
        y = top
        xs = x0
        for key, w in cols:  # the header row
            band(xs, y, w, head_h, "#1F3864")
            para = Paragraph(escape(h[key]), hcell)
            ph = para.wrap(w - 2 * pad, H)[1]
            para.drawOn(c, xs + pad, y - pad - ph)
            xs += w
        y -= head_h
        for kind, val, hh in chunk:
            if kind == "rec":
                band(x0, y, w0, hh, "#DDEBF7")
                if side == "left":
                    num, text = val
                    para = Paragraph(f"{escape(_label(p, num))}: {escape(text)}", rcell)
                    ph = para.wrap(w0 - 2 * pad, H)[1]
                    para.drawOn(c, x0 + pad, y - pad - ph)
            else:
                xs = x0
                for key, w in cols:
                    fill = PALE[_rag_of(p, val)] if key == "rag" else "#FFFFFF"
                    band(xs, y, w, hh, fill)
                    para = Paragraph(escape(val[key]), cell)
                    ph = para.wrap(w - 2 * pad, H)[1]
                    para.drawOn(c, xs + pad, y - pad - ph)
                    xs += w
            y -= hh

    pages: list[list[tuple[str, Any, float]]] = []
    first_top = H - 34 * mm
    top = first_top
    bottom = 16 * mm
    cur: list[tuple[str, Any, float]] = []
    y = top - head_h
    for i, row in enumerate(rows):
        need = row[2] + (rows[i + 1][2] if row[0] == "rec" and i + 1 < len(rows) else 0)
        if y - need < bottom and cur:
            pages.append(cur)
            cur = []
            top = H - 18 * mm
            y = top - head_h
        cur.append(row)
        y -= row[2]
    pages.append(cur)
    for si, chunk in enumerate(pages):
        top = first_top if si == 0 else H - 18 * mm
        # left page: the title (the A3 sheet's title band runs across the fold) and the texts
        if si == 0:
            c.setFillColor(colors.HexColor("#1F3864"))
            c.rect(lx, H - 28 * mm, W - lx, 14 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, 13)
            c.drawString(lx + 3 * mm, H - 22 * mm, p.title)
        draw_half("left", chunk, top)
        footer("left")
        c.showPage()
        if si == 0:
            c.setFillColor(colors.HexColor("#1F3864"))
            c.rect(0, H - 28 * mm, rx + rw, 14 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(base, 9)
            c.drawRightString(rx + rw - 3 * mm, H - 22 * mm,
                              f"Position at {_long_date(p.issued)}")  # fmt: skip
        draw_half("right", chunk, top)
        footer("right")
        c.showPage()
        state["page"] += 2
    if p.kpis:
        rows_k = [[Paragraph(f"<b>{escape(h[col])}</b>", cell) for col in KCOLS]]
        rows_k += [[Paragraph(escape(_kpi_cell(k, col)), cell) for col in KCOLS] for k in p.kpis]
        width = W - 2 * outer
        kt = Table(rows_k, colWidths=[width - 84 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8497B0")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        c.setFillColor(colors.HexColor("#1F3864"))
        c.setFont(bold, 12)
        c.drawString(outer, H - 22 * mm, "Measures of success")
        th = kt.wrap(width, H)[1]
        kt.drawOn(c, outer, H - 28 * mm - th)
        c.showPage()
    c.save()
    return pdf


def _rag_of(p: H8Plan, vals: dict[str, str]) -> str | None:
    for a in p.actions:
        if a.ref == vals["ref"]:
            return a.rag
    return None


# ---- HTML: an accordion of recommendations printed expanded ------------------------------------

ICONS = {
    "green": "<svg width='12' height='12' viewBox='0 0 12 12'><circle cx='6' cy='6' r='5.5' "
    "fill='#00703C'/></svg>",
    "amber": "<svg width='12' height='12' viewBox='0 0 12 12'><polygon points='6,0.5 11.5,11.5 "
    "0.5,11.5' fill='#F47738'/></svg>",
    "red": "<svg width='12' height='12' viewBox='0 0 12 12'><rect x='1' y='1' width='10' "
    "height='10' fill='#D4351C'/></svg>",
    "blue": "<svg width='12' height='12' viewBox='0 0 12 12'><circle cx='6' cy='6' r='5.5' "
    "fill='#1D70B8'/><path d='M3 6.2 L5.2 8.4 L9 3.8' stroke='#fff' stroke-width='1.6' "
    "fill='none'/></svg>",
    None: "<svg width='12' height='12' viewBox='0 0 12 12'><circle cx='6' cy='6' r='5' "
    "fill='none' stroke='#6F777B' stroke-width='1.2'/></svg>",
}


def _accordion(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    css = (
        "@page { size: A4; margin: 14mm 13mm 15mm 13mm; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #0B0C0C; }}"
        "h1 { font-size: 19pt; margin: 0 0 2mm; }"
        ".lede { margin: 0 0 3mm; }"
        ".legend { display: flex; gap: 5mm; font-size: 8.5pt; margin: 2mm 0 4mm;"
        " padding: 2mm; border: 1px solid #B1B4B6; }"
        ".legend span { display: inline-flex; align-items: center; gap: 1.2mm; }"
        ".ctl { font-size: 9pt; color: #1D70B8; text-decoration: underline; margin: 0 0 2mm;"
        " text-align: right; }"
        "details { border-top: 1px solid #B1B4B6; padding: 2mm 0 3mm; }"
        "details:last-of-type { border-bottom: 1px solid #B1B4B6; }"
        "summary { font-size: 12pt; font-weight: 700; color: #1D70B8; cursor: pointer;"
        " page-break-after: avoid; margin-bottom: 2mm; }"
        "summary .hint { display: block; font-size: 10pt; font-weight: 400; color: #0B0C0C;"
        " margin-top: 1mm; }"
        "table { border-collapse: collapse; width: 100%; font-size: 9pt; }"
        "th { text-align: left; border-bottom: 2px solid #0B0C0C; padding: 1.5mm 1.5mm; }"
        "td { border-bottom: 1px solid #B1B4B6; padding: 1.5mm; vertical-align: top; }"
        "tr { page-break-inside: avoid; }"
        "td.st { width: 8mm; text-align: center; }"
        ".vh { position: absolute !important; width: 1px !important; height: 1px !important;"
        " margin: 0 !important; padding: 0 !important; overflow: hidden !important;"
        " clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important;"
        " white-space: nowrap !important; border: 0 !important; }"
    )
    order = ("green", "amber", "red", "blue", None)
    words = {rag: w for w, rag in H20_STATUS["accordion"]}
    legend = "".join(f"<span>{ICONS[r]} {escape(words[r])}</span>" for r in order)
    with_update = any(a.progress for a in p.actions)
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<p style='font-size:9pt;color:#505A5F'>{escape(p.authority)} Council &rsaquo; "
        "Children and families &rsaquo; Ofsted inspection</p>",
        f"<h1>{escape(p.title)}</h1>",
        f"<p class='lede'>Last updated: {escape(_long_date(p.issued))}. Select a "
        "recommendation to see the actions we are taking, who is leading them and when they "
        "will be done.</p>",
        f"<div class='legend'><strong>Key:</strong>{legend}</div>",
        "<p class='ctl'>Show all sections</p>",
    ]
    for num, text in p.recs:
        rows = []
        for a in p.per_rec(num):
            st = escape(a.status or "")
            rows.append(
                f"<tr><td>{escape(a.ref)}</td><td>{escape(a.text)}</td><td>{escape(a.owner)}"
                f"</td><td>{escape(a.due_raw)}</td><td class='st'><span aria-hidden='true'>"
                f"{ICONS[a.rag]}</span><span class='vh'>{st}</span></td>"
                + (f"<td>{escape(a.progress or '')}</td>" if with_update else "")
                + "</tr>"
            )
        heads = ["ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])
        out.append(
            f"<details open><summary>{escape(_label(p, num))}<span class='hint'>"
            f"{escape(text)}</span></summary><table><thead><tr>"
            + "".join(f"<th>{escape(h[k])}</th>" for k in heads)
            + "</tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></details>"
        )
    if p.kpis:
        out.append(
            "<details open><summary>How we will measure progress</summary><table><thead><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                      + "</tr>" for k in p.kpis)
            + "</tbody></table></details>"
        )  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a multi-level numbered list with a right-aligned tab column -------------------------


def _multilevel(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    text_w = 21.0 - 4.0
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec.header.paragraphs[0].text = f"{p.authority} Council - OFFICIAL"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Agreed by the Improvement Board on {_long_date(p.issued)}. Each "
                      "recommendation from the inspection is numbered (1, 2, ...), the actions "
                      "against it beneath it (1.1, 1.2, ...) with the lead and the date at the "
                      "right, and the latest position under each action (1.1.1, ...).")  # fmt: skip
    kp = doc.add_paragraph()
    kp.paragraph_format.tab_stops.add_tab_stop(Cm(text_w), WD_TAB_ALIGNMENT.RIGHT)
    kp.add_run(f"{h['action']}").bold = True
    kp.add_run("\t")
    kp.add_run(f"{h['owner']} | {h['due']}").bold = True
    rgb = {"green": RGBColor(0x00, 0x70, 0x3C), "amber": RGBColor(0xB3, 0x59, 0x00),
           "red": RGBColor(0xC0, 0x00, 0x00), "blue": RGBColor(0x1D, 0x70, 0xB8),
           None: RGBColor(0x60, 0x60, 0x60)}  # fmt: skip
    for num, text in p.recs:
        para = doc.add_paragraph()
        fmt = para.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(1.0), Cm(-1.0)
        fmt.space_before, fmt.space_after = Pt(10), Pt(4)
        fmt.keep_with_next = True
        fmt.tab_stops.add_tab_stop(Cm(1.0))
        r = para.add_run(f"{_label(p, num)}.\t{text}")
        r.bold = True
        r.font.size = Pt(11)
        for a in p.per_rec(num):
            para = doc.add_paragraph()
            fmt = para.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(2.2), Cm(-1.2)
            fmt.space_after = Pt(2)
            fmt.keep_with_next = True
            fmt.tab_stops.add_tab_stop(Cm(2.2))
            fmt.tab_stops.add_tab_stop(Cm(text_w), WD_TAB_ALIGNMENT.RIGHT)
            para.add_run(f"{a.ref}\t{a.text}\t")
            para.add_run(f"{a.owner} | {a.due_raw}").italic = True
            note = doc.add_paragraph()
            fmt = note.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(3.6), Cm(-1.4)
            fmt.space_after = Pt(5)
            fmt.tab_stops.add_tab_stop(Cm(3.6))
            note.add_run(f"{a.ref}.1\t")
            sr = note.add_run(f"{h['rag']}: {a.status}")
            sr.bold = True
            sr.font.color.rgb = rgb[a.rag]
            note.add_run(f". {a.progress}" if a.progress else ".")
            for run in note.runs:
                run.font.size = Pt(9)
    if p.kpis:
        doc.add_paragraph()
        doc.add_heading("Measuring impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for kr, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a status history per board meeting, leads by colour --------------------------------


def _history(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    meetings = [date.fromisoformat(m) for m in p.features["meetings"]]
    leads: list[str] = p.features["leads"]
    colour = {name: KEY_COLOURS[i] for i, name in enumerate(leads)}
    ncols = 3 + len(meetings)
    widths = [7.0, 62.0, 11.0] + [10.0] * len(meetings)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Position at the Improvement Board of {_long_date(meetings[-1])}").font = Font(
        name=font, italic=True, size=9
    )
    ws.cell(4, 1, "Lead officer key (the action's colour shows who leads it):").font = Font(
        name=font, bold=True, size=9
    )
    row = 5
    for name in leads:
        sw = ws.cell(row, 1)
        sw.fill = PatternFill("solid", fgColor=colour[name])
        sw.border = box
        ws.cell(row, 2, name).font = Font(name=font, size=9)
        row += 1
    ws.cell(row, 2, "Status: G on track, A some slippage, R off track, B complete, "
                    "NS not started. The last column is the current position.").font = Font(
        name=font, italic=True, size=8
    )  # fmt: skip
    row += 2
    head = [h["ref"], h["action"], h["due"]] + [
        f"Board {m.day} {calendar.month_abbr[m.month]} {m.year % 100:02d}" for m in meetings
    ]
    for j, word in enumerate(head, start=1):
        cc = ws.cell(row, j, word)
        cc.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="203864")
        cc.border, cc.alignment = box, wrap
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    hist: list[list[str]] = p.features["histories"]
    pale = {w: PALE[rag][1:] for w, rag in (("G", "green"), ("A", "amber"), ("R", "red"),
                                            ("B", "blue"), ("NS", None))}  # fmt: skip
    for num, text in p.recs:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        tc = ws.cell(row, 1, f"{_label(p, num)}: {text}")
        tc.font = Font(name=font, bold=True, size=9)
        tc.fill = PatternFill("solid", fgColor="D9D9D9")
        tc.alignment = wrap
        ws.row_dimensions[row].height = 12 * (-(-len(text) // 150)) + 4
        row += 1
        for a in p.per_rec(num):
            i = p.actions.index(a)
            fill = PatternFill("solid", fgColor=colour[a.owner])
            rc = ws.cell(row, 1, a.ref)
            ac = ws.cell(row, 2, a.text)
            dc = ws.cell(row, 3, a.due_date)
            dc.number_format = "DD-MMM-YY"
            for cc in (rc, ac, dc):
                cc.font, cc.border, cc.alignment = Font(name=font, size=9), box, wrap
            rc.fill = ac.fill = fill
            for m, word in enumerate(hist[i]):
                sc = ws.cell(row, 4 + m, word or None)
                sc.font = Font(name=font, size=9, bold=m == len(meetings) - 1)
                sc.border, sc.alignment = box, centre
                if word:
                    sc.fill = PatternFill("solid", fgColor=pale[word])
            ws.row_dimensions[row].height = 12 * (-(-len(a.text) // 70)) + 3
            row += 1
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Measures of success").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 14, 14, 14), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            cc = wk.cell(3, j, h[cn])
            cc.font, cc.border = Font(name=font, bold=True, size=9), box
        for i, kpi in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, j, _kpi_cell(kpi, cn))
                cc.font, cc.border, cc.alignment = Font(name=font, size=9), box, wrap
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
