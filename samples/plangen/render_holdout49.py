"""Producers of the holdout49 split (BLIND: fixers never read this): a treemap of the plan in
ReportLab; signed pledges in Word and a process flow drawn in cells in Excel, both printed by
LibreOffice; and a web article whose actions are its numbered notes in HTML printed by Chromium;
each drawn straight from a holdout8.H8Plan built by holdout49."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout49 import SOURCES49
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_FILL = {"green": "D5ECD4", "amber": "FBE7B5", "red": "F6CACA", "blue": "D3E2F4", None: "EEEEEE"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout49", html=_notes,
                reportlab=_treemap, docx=_pledges, xlsx=_flow)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: a treemap ----------------------------------------------------------------------


def _split(weights: list[float], total: float) -> list[float]:
    s = sum(weights)
    return [total * w / s for w in weights]


def _treemap(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    size = landscape(A3)
    W, H = size
    path = folder / f"{p.name}.pdf"
    c = Canvas(str(path), pagesize=size)
    c.setTitle(f"{p.authority} - {p.title}")
    c.setFont(bold, 18)
    c.drawString(14 * mm, H - 18 * mm, p.title)
    c.setFont(base, 8.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(14 * mm, H - 24 * mm,
                 f"{p.authority} Council Children's Services. Tile size shows each action's "
                 f"weighting in the plan. Prepared by {f['prepared_by']} for the improvement "
                 f"board of {_long(date.fromisoformat(f['board']))}.")  # fmt: skip
    c.setFillColor(colors.black)
    x0, y0, x1, y1 = 14 * mm, 16 * mm, W - 14 * mm, H - 30 * mm
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    groups = [(num, text, p.per_rec(num)) for num, text in p.recs]
    wsum = [sum(f["weights"][pos[a.ref]] + 4 for a in acts) for _, _, acts in groups]
    rows = (
        [list(range(len(groups)))]
        if len(groups) <= 3
        else [list(range((len(groups) + 1) // 2)), list(range((len(groups) + 1) // 2, len(groups)))]
    )
    heights = _split([sum(wsum[g] for g in row) for row in rows], y1 - y0)
    edges = ("#2E7D32", "#B26A00", "#C62828", "#1565C0", "#757575")
    top = y1
    for row, rh in zip(rows, heights, strict=True):
        widths = _split([wsum[g] for g in row], x1 - x0)
        left = x0
        for g, rw in zip(row, widths, strict=True):
            num, text, acts = groups[g]
            hs = ParagraphStyle("r", fontName=bold, fontSize=8.5, leading=10,
                                textColor=colors.white)  # fmt: skip
            head = Paragraph(f"{_esc(p.rec_label.format(n=num))}: {_esc(text)}", hs)
            _, hh = head.wrap(rw - 4 * mm, rh)
            c.setFillColor(colors.HexColor("#37474F"))
            c.rect(left, top - rh, rw, rh, stroke=0, fill=1)
            head.drawOn(c, left + 2 * mm, top - 1.5 * mm - hh)
            # tiles: slice the remaining area, alternately across and down, by weight
            ix0, iy1 = left + 1 * mm, top - hh - 3 * mm
            ix1, iy0 = left + rw - 1 * mm, top - rh + 1 * mm
            ncol = 2 if (ix1 - ix0) > 150 * mm and len(acts) > 2 else 1
            cols = [acts[k::ncol] for k in range(ncol)]
            cws = _split([sum(f["weights"][pos[a.ref]] + 4 for a in col) for col in cols],
                         ix1 - ix0)  # fmt: skip
            cx = ix0
            for col, cw in zip(cols, cws, strict=True):
                ths = _split([f["weights"][pos[a.ref]] + 4 for a in col], iy1 - iy0)
                ty = iy1
                for a, th in zip(col, ths, strict=True):
                    i = pos[a.ref]
                    c.setFillColor(colors.HexColor("#" + RAG_FILL[a.rag]))
                    c.setStrokeColor(colors.white)
                    c.setLineWidth(2)
                    c.rect(cx, ty - th, cw, th, stroke=1, fill=1)
                    c.setFillColor(colors.HexColor(edges[("green", "amber", "red", "blue",
                                                          None).index(a.rag)]))  # fmt: skip
                    c.rect(cx + 1, ty - th + 1, 2.2 * mm, th - 2, stroke=0, fill=1)
                    lines = [f"<b>{_esc(a.ref)}</b> {_esc(a.text)}",
                             f"{_esc(h['owner'])}: {_esc(a.owner)}",
                             f"{_esc(h['due'])}: {_esc(a.due_raw)}",
                             f"{_esc(h['rag'])}: <b>{_esc(a.status or '')}</b> "
                             f"(weighting {f['weights'][i]})"]  # fmt: skip
                    if a.progress:
                        lines.append(f"<i>{_esc(h['progress'])}: {_esc(a.progress)}</i>")
                    fs = 9.0
                    while True:
                        st = ParagraphStyle("t", fontName=base, fontSize=fs, leading=fs * 1.18,
                                            spaceAfter=1)  # fmt: skip
                        paras = [Paragraph(t, st) for t in lines]
                        need = sum(pp.wrap(cw - 6 * mm, th)[1] + 1 for pp in paras)
                        if need <= th - 3 * mm or fs <= 5.5:
                            break
                        fs -= 0.5
                    yy = ty - 1.5 * mm
                    c.setFillColor(colors.black)
                    for pp in paras:
                        _, ph = pp.wrap(cw - 6 * mm, th)
                        pp.drawOn(c, cx + 4 * mm, yy - ph)
                        yy -= ph + 1
                    ty -= th
                cx += cw
            left += rw
        top -= rh
    c.setFont(base, 7.5)
    c.setFillColor(colors.grey)
    c.drawString(14 * mm, 8 * mm, f"{p.authority} Council - plan treemap")
    c.drawRightString(W - 14 * mm, 8 * mm, "1")
    if p.kpis:
        c.showPage()
        c.setFont(bold, 14)
        c.drawString(14 * mm, H - 20 * mm, "How we will know it is working")
        ts = ParagraphStyle("k", fontName=base, fontSize=9, leading=11)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ts) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ts) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[150 * mm, 45 * mm, 45 * mm, 45 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, kh = kt.wrap(W, H)
        kt.drawOn(c, 14 * mm, H - 26 * mm - kh)
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawRightString(W - 14 * mm, 8 * mm, "2")
    c.showPage()
    c.save()
    return path


# ---- Word: signed pledges ------------------------------------------------------------------------


def _pledges(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - our pledges"
    hd = doc.add_paragraph()
    r = hd.add_run(p.title)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_paragraph(
        f"{p.authority} Council. After Ofsted's inspection every senior leader has signed a "
        "personal pledge for each action they lead. Foreword by "
        f"{f['foreword_by']}, Chair of the Children in Care Council."
    ).runs[0].italic = True
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    for num, text in p.recs:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(14)
        hp.paragraph_format.keep_with_next = True
        hr = hp.add_run(p.rec_label.format(n=num))
        hr.bold = True
        hr.font.size = Pt(13)
        hr.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
        tp = doc.add_paragraph(text)
        tp.paragraph_format.keep_with_next = True
        tp.runs[0].italic = True
        for a in p.per_rec(num):
            i = pos[a.ref]
            t = doc.add_table(rows=1, cols=1)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            _keep_row(t.rows[0])
            cell = t.cell(0, 0)
            _shade(cell, "F7F1FA")
            p0 = cell.paragraphs[0]
            p0.add_run(f"{h['ref']} {a.ref}").bold = True
            p1 = cell.add_paragraph()
            p1.add_run(f"{h['action']}: ").bold = True
            p1.add_run(a.text)
            p2 = cell.add_paragraph()
            p2.add_run(f"{h['due']}: ").bold = True
            p2.add_run(a.due_raw)
            p2.add_run(f"      {h['rag']}: ").bold = True
            p2.add_run(a.status or "")
            if a.progress:
                p3 = cell.add_paragraph()
                p3.add_run(f"{h['progress']}: ").italic = True
                p3.add_run(a.progress).italic = True
            sg = cell.add_paragraph()
            sg.paragraph_format.space_before = Pt(6)
            sg.add_run("Signed: ..............................     ")
            sg.add_run(f"{h['owner']}: ").bold = True
            sg.add_run(a.owner)
            wt = cell.add_paragraph()
            wr = wt.add_run(f"Witnessed by: {f['witnesses'][i]}     Date signed: "
                            f"{_long(date.fromisoformat(f['signed'][i]))}")  # fmt: skip
            wr.font.size = Pt(8.5)
            wr.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
    if p.kpis:
        doc.add_paragraph().add_run("How you will know we have kept our promises").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "E8DAEF")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a process flow drawn in cells -------------------------------------------------------


def _flow(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Flow"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="555555")
    nbox = max(len(p.per_rec(n)) for n, _ in p.recs)
    ws.column_dimensions["A"].width = 30
    for b in range(nbox):
        ws.column_dimensions[get_column_letter(2 + 2 * b)].width = 4
        ws.column_dimensions[get_column_letter(3 + 2 * b)].width = 34
    last = 1 + 2 * nbox
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15,
                                                                    bold=True)  # fmt: skip
    ws.cell(2, 1, f"Mapped by {f['mapped_by']} on {_long(date.fromisoformat(f['mapped']))}. "
                  "Read each lane left to right; each box hands on to the next.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    r = 4
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    prog = bool(f["progress"])
    nrow = 6 if prog else 5
    for num, text in p.recs:
        acts = p.per_rec(num)
        lc = ws.cell(r, 1, f"{h['rec']}: {p.rec_label.format(n=num)}\n{text}")
        lc.font = Font(name=fname, size=9, bold=True, color="FFFFFF")
        lc.fill = PatternFill("solid", fgColor="37474F")
        lc.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + nrow - 1, end_column=1)
        for b, a in enumerate(acts):
            i = pos[a.ref]
            col = 3 + 2 * b
            if b:
                ar = ws.cell(r + 2, col - 1, "→")
                ar.font = Font(name=fname, size=14, bold=True, color="37474F")
                ar.alignment = Alignment(horizontal="center", vertical="center")
            vals = [f"{a.ref}  {a.text}", f"{h['owner']}: {a.owner}",
                    f"Starts: {f['starts'][i]}   {h['due']}: {a.due_raw}",
                    f"{h['rag']}: {a.status or ''}",
                    f"Hands on to: {f['handoff'][i]}"]  # fmt: skip
            if prog:
                vals.append(f"{h['progress']}: {a.progress}" if a.progress else "")
            for k, v in enumerate(vals):
                cell = ws.cell(r + k, col, v)
                cell.font = Font(name=fname, size=8.5, bold=(k == 0),
                                 italic=(k == 5), color="333333")  # fmt: skip
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.number_format = "@"
                cell.border = Border(left=thin, right=thin, top=thin if k == 0 else None,
                                     bottom=thin if k == len(vals) - 1 else None)  # fmt: skip
                cell.fill = PatternFill("solid", fgColor=RAG_FILL[a.rag] if k == 3 else "FFFFFF")
        longest = max([len(a.text) for a in acts] + [40])
        ws.row_dimensions[r].height = 11.5 * (longest // 34 + 1) + 2
        ws.row_dimensions[r + 1].height = 23
        ws.row_dimensions[r + 2].height = 23
        ws.row_dimensions[r + 3].height = 12
        ws.row_dimensions[r + 4].height = 12
        if prog:
            lp = max([len(a.progress or "") for a in acts] + [10])
            ws.row_dimensions[r + 5].height = 11.5 * (lp // 30 + 1) + 2
        n = max(len(text) // 30 + 2, 1) * 11.5
        total = sum(ws.row_dimensions[r + k].height or 12 for k in range(nrow))
        if n > total:
            ws.row_dimensions[r].height = (ws.row_dimensions[r].height or 12) + n - total
        r += nrow + 1
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        for j, c_ in enumerate(KCOLS, start=1):
            kc = ks.cell(1, j, h[c_])
            kc.font = Font(name=fname, bold=True)
            kc.border = box
            if j > 1:
                ks.column_dimensions[kc.column_letter].width = 16
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = box
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: an article whose actions are its numbered notes ---------------------------------------


def _note(a: H8Action, h: dict[str, str]) -> str:
    s = (
        f"{_esc(h['ref'])} {_esc(a.ref)}: {_esc(a.text)}. {_esc(h['owner'])}: {_esc(a.owner)}. "
        f"{_esc(h['due'])}: {_esc(a.due_raw)}. {_esc(h['rag'])}: <i>{_esc(a.status or '')}</i>."
    )
    if a.progress:
        s += f" {_esc(h['progress'])}: {_esc(a.progress)}"
    return s


def _notes(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    sd = [date.fromisoformat(x) for x in f["source_dates"]]
    order = [tuple(x) for x in f["notes"]]
    number = {x: k for k, x in enumerate(order, start=1)}
    pub = date.fromisoformat(f["published"])
    upd = date.fromisoformat(f["updated"])
    sections = []
    seen_src = {0}
    for num, text in p.recs:
        idxs = [i for i, a in enumerate(p.actions) if a.recs[0] == num]
        srcs = [x for x in order if x[0] == "source" and x[1] not in seen_src
                and order.index(x) < order.index(("action", idxs[0]))]  # fmt: skip
        cite = "".join(f"<sup>[{number[x]}]</sup>" for x in srcs)
        seen_src.update(x[1] for x in srcs)
        acts = "".join(f"<sup>[{number[('action', i)]}]</sup>" for i in idxs)
        sections.append(
            f"<h2>{_esc(p.rec_label.format(n=num))}</h2><blockquote>{_esc(text)}{cite}"
            f"</blockquote><p>In response we agreed {len(idxs)} actions.{acts} Each is listed in "
            "the notes at the end of this page with the officer accountable for it.</p>"
        )  # fmt: skip
    notes = []
    for kind, i in order:
        if kind == "source":
            d = sd[i]
            notes.append(f"<li>{_esc(SOURCES49[i].format(d=_long(d)))}.</li>")
        else:
            notes.append(f"<li>{_note(p.actions[i], h)}</li>")
    body = (
        f"<div class='crumb'>Home &rsaquo; Children and families &rsaquo; News</div>"
        f"<h1>{_esc(p.title)}</h1><p class='by'>By {_esc(f['author'])}, communications team, "
        f"{_esc(p.authority)} Council. Published {_long(pub)}; last updated {_long(upd)}.</p>"
        "<p class='lede'>Ofsted found that services for children need to improve. "
        f"This page sets out each recommendation and what we are doing about it.<sup>[1]</sup></p>"
        + "".join(sections)
    )
    if p.kpis:
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        head = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += f"<h2>How we will measure progress</h2><table><tr>{head}</tr>{rows}</table>"
    body += f"<h2 class='nh'>Notes</h2><ol class='notes'>{''.join(notes)}</ol>"
    css = (
        "@page { size: A4; margin: 16mm 15mm; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #1b1b1b; line-height: 1.45; }}"
        "h1 { font-size: 20pt; margin: 1mm 0 2mm; } h2 { font-size: 13pt; margin: 5mm 0 1mm;"
        " border-bottom: 0.3mm solid #aaa; } .crumb, .by { color: #666; font-size: 8.5pt; }"
        ".lede { font-size: 11pt; } blockquote { margin: 1mm 0 1mm 5mm; padding-left: 3mm;"
        " border-left: 1mm solid #7a2b8f; font-style: italic; } sup { color: #2a5db0;"
        " font-size: 7pt; } ol.notes { columns: 2; column-gap: 8mm; font-size: 8.5pt;"
        " padding-left: 6mm; } ol.notes li { break-inside: avoid; margin-bottom: 1.5mm; }"
        "table { border-collapse: collapse; width: 100%; font-size: 9pt; }"
        " td, th { border: 0.3mm solid #999; padding: 1mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
