"""Producers of the holdout65 split (BLIND: fixers never read this): thermometers of the
recommendations in ReportLab; a Word improvement chronology and an Excel performance report of
indicators and their remedies, both printed by LibreOffice; and the card detail views of a task
board in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built by holdout65."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout65 import H65_STATUS, h65_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_holdout62 import _lines, _repeat_header
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "#E8F5E9", "amber": "#FFF3E0", "red": "#FFEBEE", "blue": "#E3F2FD",
            None: "#F5F5F5"}  # fmt: skip
RAG_CHIP = {"green": "#61BD4F", "amber": "#E6A100", "red": "#EB5A46", "blue": "#0079BF",
            None: "#B3BAC5"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout65", html=_cards,
                reportlab=_thermometers, docx=_chronology, xlsx=_remedies)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words_of(layout: str) -> str:
    return "; ".join(w for w, _ in H65_STATUS[layout])


# ---- ReportLab: a thermometer per recommendation, each action a mark on its scale ---------------


def _thermometers(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    mercury: dict[str, int] = f["mercury"]
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    m = 15 * mm
    ink = colors.HexColor("#263238")
    red = colors.HexColor("#D32F2F")
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} Council - {p.title}")
    progress = bool(f["progress"])
    read = date.fromisoformat(str(f["read"]))
    size, lead = 8.6, 10.4
    tube_x = m + 14 * mm
    tube_w = 6 * mm
    label_x = m + 34 * mm
    label_w = W - m - label_x
    bottom = 16 * mm
    page = [1]

    def footer() -> None:
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont(base, 7.5)
        c.drawString(m, 8 * mm, f"{p.authority} Council - {p.title}")
        c.drawRightString(W - m, 8 * mm, f"Page {page[0]}")

    def new_page() -> float:
        footer()
        c.showPage()
        page[0] += 1
        return H - m

    def block(a: H8Action) -> list[tuple[str, str, float, str]]:
        """(font, text, size, ink) lines of an action's label."""
        black = "#000000"
        out = [
            (bold, ln, size, black)
            for ln in simpleSplit(f"{h['ref']} {a.ref}  {a.text}", bold, size, label_w)
        ]
        out += [(base, ln, size, black)
                for ln in simpleSplit(f"{h['owner']}: {a.owner}  \u00b7  {h['due']}: {a.due_raw}", base,
                                      size, label_w)]  # fmt: skip
        out.append((bold, f"{h['rag']}: {a.status or ''}", size, RAG_INK[a.rag]))
        if progress and a.progress:
            out += [(italic, ln, size - 0.6, black)
                    for ln in simpleSplit(f"{h['progress']}: {a.progress}", italic, size - 0.6,
                                          label_w)]  # fmt: skip
        return out

    # the page top
    y = H - m
    c.setFillColor(ink)
    c.setFont(bold, 10)
    c.drawString(m, y - 4 * mm, f"{p.authority} Council - Children's Services")
    c.setFont(bold, 18)
    c.drawString(m, y - 12.5 * mm, p.title)
    c.setFont(italic, 8.6)
    c.setFillColor(colors.HexColor("#444444"))
    intro = (f"Readings taken {_long(read)} by {f['reader']}, Improvement Programme Office, for "
             f"the Improvement Board chaired by {f['chair']}. Each thermometer is one of Ofsted's "
             "recommendations and each mark on its scale one action, the first at the bottom; "
             "the mercury shows how far the recommendation has risen as a whole. "
             f"{h['rag']}: {_words_of('thermo')}.")  # fmt: skip
    yy = y - 19 * mm
    for ln in simpleSplit(intro, italic, 8.6, W - 2 * m):
        c.drawString(m, yy, ln)
        yy -= 10.5
    y = yy - 3 * mm
    for num, text in p.recs:
        acts = p.per_rec(num)
        blocks = [block(a) for a in reversed(acts)]  # the top mark first
        heights = [len(b) * lead + 3.5 * mm for b in blocks]
        head = simpleSplit(text, base, 9.2, W - 2 * m)
        head_h = 7 * mm + len(head) * 11
        need = head_h + sum(heights) + 22 * mm
        if y - need < bottom:
            y = new_page()
        c.setStrokeColor(colors.HexColor("#B0BEC5"))
        c.setLineWidth(0.6)
        c.line(m, y, W - m, y)
        c.setFillColor(ink)
        c.setFont(bold, 11)
        c.drawString(m, y - 5.5 * mm, p.rec_label.format(n=num))
        c.setFont(base, 9.2)
        c.setFillColor(colors.black)
        for j, ln in enumerate(head):
            c.drawString(m, y - 10 * mm - j * 11, ln)
        top = y - head_h - 6 * mm
        bot = top - sum(heights)
        # the mercury's reading above the tube (a DISTRACTOR)
        c.setFont(bold, 7.4)
        c.setFillColor(red)
        c.drawCentredString(tube_x + tube_w / 2, top + 2.2 * mm, f"{mercury[num]}%")
        # the tube, the bulb, the mercury
        c.setStrokeColor(colors.HexColor("#455A64"))
        c.setLineWidth(0.9)
        c.setFillColor(colors.white)
        c.roundRect(tube_x, bot - 2 * mm, tube_w, top - bot + 2 * mm, tube_w / 2, stroke=1, fill=1)
        c.setLineWidth(0.4)
        tick = bot
        while tick < top - 2 * mm:  # the scale's minor ticks, on the left of the tube
            c.line(tube_x - 1.8 * mm, tick, tube_x, tick)
            tick += 4 * mm
        level = bot + (top - bot) * mercury[num] / 100
        c.setFillColor(red)
        c.rect(tube_x + 1.3 * mm, bot - 4 * mm, tube_w - 2.6 * mm, level - bot + 4 * mm, stroke=0,
               fill=1)  # fmt: skip
        c.circle(tube_x + tube_w / 2, bot - 7 * mm, 5.5 * mm, stroke=1, fill=1)
        # the marks: one per action, its label beside it
        yb = top
        for b, bh in zip(blocks, heights, strict=True):
            mark = yb - 3.2
            c.setStrokeColor(colors.HexColor("#455A64"))
            c.setLineWidth(0.8)
            c.line(tube_x + tube_w, mark, tube_x + tube_w + 3 * mm, mark)
            c.setDash(1, 2)
            c.setLineWidth(0.4)
            c.line(tube_x + tube_w + 3 * mm, mark, label_x - 1.5 * mm, mark)
            c.setDash()
            ly = yb - 6
            for font, ln, sz, hexink in b:
                c.setFont(font, sz)
                c.setFillColor(colors.HexColor(hexink))
                c.drawString(label_x, ly, ln)
                ly -= lead
            yb -= bh
        y = bot - 16 * mm
    if p.kpis:
        need = 22 * mm + len(p.kpis) * 12 * mm
        if y - need < bottom:
            y = new_page()
        y -= 8 * mm
        c.setFillColor(ink)
        c.setFont(bold, 12.5)
        c.drawString(m, y, "How we will know the temperature has risen")
        y -= 8 * mm
        kx = (m, m + 100 * mm, m + 127 * mm, m + 154 * mm)
        c.setFont(bold, 8.6)
        c.setFillColor(colors.black)
        for x, col in zip(kx, KCOLS, strict=True):
            for j, ln in enumerate(simpleSplit(h[col], bold, 8.6, 26 * mm if x != m else 95 * mm)):
                c.drawString(x, y - j * 10, ln)
        y -= 12
        c.setLineWidth(0.8)
        c.setStrokeColor(colors.black)
        c.line(m, y - 1 * mm, W - m, y - 1 * mm)
        y -= 6 * mm
        for kp in p.kpis:
            lines = simpleSplit(kp.indicator, base, 9, 95 * mm)
            c.setFont(base, 9)
            for j, ln in enumerate(lines):
                c.drawString(m, y - j * 11, ln)
            for x, col in zip(kx[1:], KCOLS[1:], strict=True):
                c.drawString(x, y, _kpi_cell(kp, col))
            y -= len(lines) * 11 + 4 * mm
            c.setLineWidth(0.3)
            c.line(m, y + 2.5 * mm, W - m, y + 2.5 * mm)
    footer()
    c.showPage()
    c.save()
    return path


# ---- Word: an improvement chronology, events and actions in date order ------------------------


def _chronology(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    form = str(f["date_form"])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x3B, 0x2F, 0x5C)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    as_at = date.fromisoformat(str(f["as_at"]))
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - {p.title} - as at {_long(as_at)} - OFFICIAL-SENSITIVE"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council - Children's Services")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Compiled by {f['compiler']}, Practice Improvement Team. Chronology as at "
        f"{_long(as_at)}. Every row was entered by the officer named in its last column. Events "
        "are shaded grey; the plan's actions stand on the dates they are due."
    )
    br.italic = True
    br.font.size = Pt(9)
    doc.add_heading("The recommendations", level=2).paragraph_format.keep_with_next = True
    rt = doc.add_table(rows=len(p.recs), cols=2)
    rt.style = doc.styles["Table Grid"]
    rt.autofit = False
    for i, (num, text) in enumerate(p.recs):
        _keep_row(rt.rows[i])
        run = rt.cell(i, 0).paragraphs[0].add_run(p.rec_label.format(n=num))
        run.bold = True
        run.font.size = Pt(9)
        _shade(rt.cell(i, 0), "ECE8F4")
        rt.cell(i, 1).paragraphs[0].add_run(text).font.size = Pt(9)
    for j, w in enumerate((3.6, 14.4)):
        rt.columns[j].width = Cm(w)
        for tr_ in rt.rows:
            tr_.cells[j].width = Cm(w)
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(4)
    nr = note.add_run(f"{h['rag']} of an action: {_words_of('chrono')}.")
    nr.italic = True
    nr.font.size = Pt(8.5)
    doc.add_heading("The chronology", level=2).paragraph_format.keep_with_next = True
    progress = bool(f["progress"])
    rows: list[tuple[str, int, Any]] = []  # (iso date, 0 event / 1 action, payload)
    for ev in f["events"]:
        rows.append((str(ev[0]), 0, ev))
    for a in p.actions:
        assert a.due_date is not None
        rows.append((a.due_date.isoformat(), 1, a))
    rows.sort(key=lambda r_: (r_[0], r_[1]))
    cols = [h["date"], h["kind"], h["entry"], h["recorded"]]
    widths = [2.9, 2.0, 10.3, 2.8]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    for j, head in enumerate(cols):
        cell = t.cell(0, j)
        _shade(cell, "D9D2E9")
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(8.5)
    _repeat_header(t.rows[0])
    for i, (_iso, kind, payload) in enumerate(rows, start=1):
        _keep_row(t.rows[i])
        cells = t.rows[i].cells
        if kind == 0:
            when, text, who = payload
            vals = [h65_due(form, date.fromisoformat(str(when)))[0], "Event", str(text), str(who)]
            for j, v in enumerate(vals):
                run = cells[j].paragraphs[0].add_run(v)
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
                _shade(cells[j], "F0F0F0")
            continue
        a = payload
        for j, v in enumerate((a.due_raw, "Action due")):
            run = cells[j].paragraphs[0].add_run(v)
            run.font.size = Pt(8.5)
            run.bold = j == 0
        ent = cells[2].paragraphs[0]
        r1 = ent.add_run(f"Action {a.ref} - {p.rec_label.format(n=a.recs[0])}: ")
        r1.bold = True
        r1.font.size = Pt(8.5)
        ent.add_run(a.text).font.size = Pt(8.5)
        po = cells[2].add_paragraph()
        po.paragraph_format.space_after = Pt(1)
        po.add_run(f"{h['owner']}: {a.owner}").font.size = Pt(8.5)
        ps = cells[2].add_paragraph()
        ps.paragraph_format.space_after = Pt(1)
        ps.add_run(f"{h['rag']}: ").font.size = Pt(8.5)
        rs = ps.add_run(a.status or "")
        rs.bold = True
        rs.font.size = Pt(8.5)
        rs.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
        if progress and a.progress:
            pp = cells[2].add_paragraph()
            rp = pp.add_run(f"{h['progress']}: {a.progress}")
            rp.italic = True
            rp.font.size = Pt(8)
        cells[3].paragraphs[0].add_run(str(extras[a.ref])).font.size = Pt(8.5)
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for tr_ in t.rows:
            tr_.cells[j].width = Cm(w)
    if p.kpis:
        doc.add_heading("Measures over the chronology", level=2)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for j, c_ in enumerate(KCOLS):
            run = kt.cell(0, j).paragraphs[0].add_run(h[c_])
            run.bold = True
            run.font.size = Pt(9)
            _shade(kt.cell(0, j), "D9D2E9")
        for i, k in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, c_)).font.size = Pt(9)
        for j, w in enumerate((9.0, 3.0, 3.0, 3.0)):
            kt.columns[j].width = Cm(w)
            for tr_ in kt.rows:
                tr_.cells[j].width = Cm(w)
        for tr_ in kt.rows[:-1]:
            for cell in tr_.cells:
                for par in cell.paragraphs:
                    par.paragraph_format.keep_with_next = True
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a performance report, indicators and the remedies taken for them -------------------


def _remedies(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    against: list[str] = f["against"]
    data_owners: list[str] = f["data_owners"]
    wb = Workbook()
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Indicators and remedies"
    _xl_setup(ws, True)
    progress = bool(f["progress"])
    if progress:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    as_at = date.fromisoformat(str(f["as_at"]))
    cols = [h["indicator"], h["baseline"], h["latest"], h["target"], h["against"],
            h["dataowner"], h["ref"], h["action"], h["owner"], h["due"], h["rag"]]  # fmt: skip
    widths = [34, 11, 11, 11, 15, 20, 9, 44, 24, 15, 16]
    if progress:
        cols.append(h["progress"])
        widths.append(38)
    last = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Children's Services - {p.title}").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(
        2,
        1,
        f"Prepared by {f['preparer']}, Performance and Intelligence. Data as at "
        f"{as_at:%d/%m/%Y} (period {f['period']}). Each indicator Ofsted's recommendations bear "
        "on is shown with the remedial actions taken to turn it round, on its rows.",
    ).font = Font(name=fname, size=8.5, italic=True)
    ws.cell(3, 1, f"{h['rag']}: {_words_of('remedies')}.").font = Font(
        name=fname, size=8.5, italic=True)  # fmt: skip
    hr = 5
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(hr, j, v)
        cc.font = Font(name=fname, size=9, bold=True, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="37474F")
        cc.alignment = Alignment(wrap_text=True, vertical="center")
        cc.border = grid
    ws.row_dimensions[hr].height = 28
    ws.print_title_rows = f"{hr}:{hr}"
    number_format = "d mmmm, yyyy" if str(f["date_form"]) == "d-full-comma-yyyy" else "d.m.yy"
    against_fill = {"Better than target": "DCEBF7", "Close to target": "EDEDED",
                    "Worse than target": "F8E0D8"}  # fmt: skip
    row = hr
    for num, text in p.recs:
        row += 1
        band = ws.cell(row, 1, f"{p.rec_label.format(n=num)}: {text}")
        band.font = Font(name=fname, size=10, bold=True)
        band.fill = PatternFill("solid", fgColor="CFD8DC")
        band.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        for j in range(1, last + 1):
            ws.cell(row, j).border = grid
        ws.row_dimensions[row].height = 13.5 * _lines(text, int(sum(widths) * 0.95)) + 3
        acts = p.per_rec(num)
        for ki in sorted({int(extras[a.ref]) for a in acts}):
            mine = [a for a in acts if int(extras[a.ref]) == ki]
            k = p.kpis[ki]
            first = row + 1
            for a in mine:
                row += 1
                assert a.due_date is not None
                vals: list[Any] = [a.ref, a.text, a.owner, a.due_date, a.status or ""]
                if progress:
                    vals.append(a.progress or "")
                for j, v in enumerate(vals, start=7):
                    cc = ws.cell(row, j, v)
                    cc.font = Font(name=fname, size=9, bold=j == 7)
                    cc.alignment = Alignment(wrap_text=True, vertical="top",
                                             horizontal="left" if j == 10 else None)  # fmt: skip
                    cc.border = grid
                ws.cell(row, 10).number_format = number_format
                sc = ws.cell(row, 11)
                sc.font = Font(name=fname, size=9, bold=True, color=RAG_INK[a.rag].lstrip("#"))
                sc.fill = PatternFill("solid", fgColor=RAG_TINT[a.rag].lstrip("#"))
                tall = max(_lines(a.text, widths[7] - 4), _lines(a.owner, widths[8] - 4),
                           _lines(a.status or "", widths[10] - 3))  # fmt: skip
                if progress:
                    tall = max(tall, _lines(a.progress or "", widths[11] - 4))
                ws.row_dimensions[row].height = 12 * tall + 3
            ind_vals = [k.indicator, k.baseline[0], k.latest[0], k.target[0], against[ki],
                        data_owners[ki]]  # fmt: skip
            for j, v in enumerate(ind_vals, start=1):
                cc = ws.cell(first, j, v)
                cc.font = Font(name=fname, size=9, bold=j == 1, italic=j == 6)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 5:
                    cc.fill = PatternFill("solid", fgColor=against_fill[against[ki]])
                for rr in range(first, row + 1):
                    ws.cell(rr, j).border = grid
                if row > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=row, end_column=j)
            need = 12 * max(_lines(k.indicator, widths[0] - 4),
                            _lines(data_owners[ki], widths[5] - 4)) + 3  # fmt: skip
            have = sum(ws.row_dimensions[rr].height for rr in range(first, row + 1))
            if have < need:
                ws.row_dimensions[row].height = ws.row_dimensions[row].height + need - have
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a task board's card detail views, one card per action ------------------------------


def _initials(name: str) -> str:
    parts = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in parts[:2]) or name[:1].upper()


def _when(iso: str, hour: int) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {calendar.month_abbr[d.month]} {d.year} at {hour}:{(hour * 7) % 60:02d}"


def _cards(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    printed = date.fromisoformat(str(f["printed"]))
    progress = bool(f["progress"])
    lists = "".join(
        f"<li><b>{_esc(p.rec_label.format(n=num))}</b> <span class='n'>"
        f"{len(p.per_rec(num))} cards</span><div class='ld'>{_esc(text)}</div></li>"
        for num, text in p.recs
    )
    legend = "".join(
        f"<span class='chip' style='background:{RAG_CHIP[r]}'>{_esc(w)}</span>"
        for w, r in H65_STATUS["carddetail"]
    )
    cards = []
    for a in p.actions:
        ex = extras[a.ref]
        lst = p.rec_label.format(n=a.recs[0])
        assert a.due_date is not None
        badge = ("<span class='badge'>overdue</span>" if a.due_date < printed and a.rag != "blue"
                 else "")  # fmt: skip
        checks = ex["checks"]
        done = sum(1 for _, ok in checks if ok)
        items = "".join(f"<li class='{'ok' if ok else ''}'><span class='box'>{'&#10003;' if ok else ''}"
                        f"</span>{_esc(t)}</li>" for t, ok in checks)  # fmt: skip
        (p1, _, d1), (p2, _, d2) = ex["activity"]
        note = (f"<div class='sec'><h4>{_esc(h['progress'])}</h4><p>{_esc(a.progress)}</p></div>"
                if progress and a.progress else "")  # fmt: skip
        cards.append(
            "<article class='card'>"
            f"<div class='ct'><h3>{_esc(a.text)}</h3><span class='ref'>{_esc(a.ref)}</span></div>"
            f"<div class='inlist'>in list <u>{_esc(lst)}</u></div>"
            "<div class='row'>"
            f"<div class='f'><h4>{_esc(h['owner'])}</h4><span class='av'>{_initials(a.owner)}"
            f"</span> {_esc(a.owner)}</div>"
            f"<div class='f'><h4>{_esc(h['rag'])}</h4><span class='chip' "
            f"style='background:{RAG_CHIP[a.rag]}'>{_esc(a.status or '')}</span></div>"
            f"<div class='f'><h4>{_esc(h['due'])}</h4><span class='due'>{_esc(a.due_raw)}</span>"
            f"{badge}</div></div>{note}"
            f"<div class='sec'><h4>Checklist <span class='n'>{done}/{len(checks)}</span></h4>"
            f"<div class='bar'><i style='width:{round(100 * done / len(checks))}%'></i></div>"
            f"<ul class='cl'>{items}</ul></div>"
            "<div class='sec act'><h4>Activity</h4>"
            f"<p><b>{_esc(p1)}</b> moved this card within {_esc(lst)} &middot; {_when(d1, 11)}</p>"
            f"<p><b>{_esc(p2)}</b> added this card to {_esc(lst)} &middot; {_when(d2, 15)}</p>"
            "</div></article>"
        )
    body = (
        f"<div class='top'><b>{_esc(p.authority)} Council &middot; Children's Services</b>"
        f"<span>Board: Improvement plan</span><span class='r'>Board admin: {_esc(str(f['admin']))}"
        f" &middot; {f['watchers']} watching &middot; printed {_long(printed)}</span></div>"
        f"<h1>{_esc(p.title)}</h1>"
        "<p class='intro'>Each of Ofsted's recommendations is a list on this board and each "
        "action a card in its list. Below are the lists, then every card's details as the board "
        "prints them.</p>"
        f"<h2>Lists on this board</h2><ul class='lists'>{lists}</ul>"
        f"<p class='legend'>Labels on this board: {legend}</p>"
        f"<h2>Cards</h2>{''.join(cards)}"
    )
    if p.kpis:
        khead = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        krows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>" for k in p.kpis)  # fmt: skip
        body += (f"<h2>What the board is for: the measures</h2><table class='kpi'>"
                 f"<thead><tr>{khead}</tr></thead><tbody>{krows}</tbody></table>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 12mm 13mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9pt; color: #172B4D;"
        " line-height: 1.3; margin: 0; }"
        ".top { display: flex; gap: 4mm; align-items: baseline; background: #026AA7; color: white;"
        " padding: 2mm 3mm; border-radius: 1mm; font-size: 8pt; white-space: nowrap; }"
        ".top .r { margin-left: auto; }"
        "h1 { font-size: 16pt; margin: 4mm 0 1mm; } .intro { margin: 0 0 2mm; color: #44546F; }"
        "h2 { font-size: 11.5pt; margin: 3mm 0 1.5mm; break-after: avoid; }"
        "ul.lists { list-style: none; padding: 0; margin: 0; }"
        "ul.lists li { background: #EBECF0; border-radius: 1.5mm; padding: 1.5mm 2.5mm;"
        " margin-bottom: 1.5mm; break-inside: avoid; } .ld { color: #333; margin-top: 0.5mm; }"
        ".n { color: #5E6C84; font-size: 8pt; font-weight: normal; margin-left: 1.5mm; }"
        ".legend { font-size: 8.5pt; margin: 2mm 0; }"
        ".chip { display: inline-block; color: white; font-weight: bold; border-radius: 1mm;"
        " padding: 0.6mm 2.2mm; margin-right: 1.2mm; font-size: 8.5pt; }"
        ".card { border: 0.3mm solid #C1C7D0; border-radius: 2mm; padding: 3mm 4mm 2mm;"
        " margin: 0 0 4mm; background: #F4F5F7; break-inside: avoid; }"
        ".ct { display: flex; gap: 4mm; align-items: flex-start; }"
        ".ct h3 { flex: 1; font-size: 11pt; margin: 0; }"
        ".ref { color: #5E6C84; font-size: 8.5pt; white-space: nowrap; }"
        ".inlist { color: #5E6C84; font-size: 8.3pt; margin: 0.5mm 0 2mm; }"
        ".row { display: flex; gap: 8mm; margin-bottom: 1.5mm; }"
        "h4 { font-size: 7.6pt; color: #5E6C84; margin: 0 0 0.8mm; font-weight: bold; }"
        ".av { display: inline-block; width: 5.5mm; height: 5.5mm; border-radius: 50%;"
        " background: #DFE1E6; color: #172B4D; font-size: 6.8pt; font-weight: bold;"
        " text-align: center; line-height: 5.5mm; vertical-align: middle; }"
        ".due { background: #DFE1E6; border-radius: 1mm; padding: 0.6mm 1.8mm; }"
        ".badge { background: #EB5A46; color: white; border-radius: 1mm; padding: 0.4mm 1.4mm;"
        " margin-left: 1mm; font-size: 7.4pt; text-transform: uppercase; }"
        ".sec { margin-top: 1.8mm; } .sec p { margin: 0 0 0.8mm; }"
        ".bar { height: 1.6mm; background: #DFE1E6; border-radius: 1mm; width: 60mm; }"
        ".bar i { display: block; height: 100%; background: #61BD4F; border-radius: 1mm; }"
        "ul.cl { list-style: none; padding: 0; margin: 1mm 0 0; display: grid;"
        " grid-template-columns: 1fr 1fr; gap: 0.5mm 6mm; font-size: 8.3pt; }"
        "ul.cl li.ok { text-decoration: line-through; color: #5E6C84; }"
        ".box { display: inline-block; width: 3mm; height: 3mm; border: 0.25mm solid #5E6C84;"
        " border-radius: 0.5mm; margin-right: 1.2mm; font-size: 6.5pt; line-height: 3mm;"
        " text-align: center; vertical-align: -0.4mm; }"
        ".act p { font-size: 8pt; color: #44546F; }"
        "table.kpi { border-collapse: collapse; width: 100%; break-inside: avoid; }"
        "table.kpi th { text-align: left; border-bottom: 0.4mm solid #172B4D; padding: 1mm; }"
        "table.kpi td { border-bottom: 0.2mm solid #C1C7D0; padding: 1mm; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
