"""Producers of the holdout57 split (BLIND: fixers never read this): a contents page whose page
ranges link the actions in ReportLab; a range mapping in Word and a question-column tracker in
Excel, both printed by LibreOffice; and a Now / Next / Later board in HTML printed by Chromium;
each drawn straight from a holdout8.H8Plan built by holdout57."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout57 import ANSWER_SETS, H57_STATUS, HORIZONS, answers, ranges_text
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "#E8F5E9", "amber": "#FFF3E0", "red": "#FFEBEE", "blue": "#E3F2FD",
            None: "#F5F5F5"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout57", html=_board,
                reportlab=_contents, docx=_ranges, xlsx=_questions)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words(layout: str) -> str:
    return "; ".join(w for w, _ in H57_STATUS[layout] if w)


# ---- ReportLab: a contents page whose page ranges are the only link ----------------------------------


def _contents(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    margin = 16 * mm
    body_w = W - 2 * margin
    top_y = H - 24 * mm
    bottom_y = 18 * mm
    cell = ParagraphStyle("c", fontName=base, fontSize=8.6, leading=10.6)
    head = ParagraphStyle("h", fontName=bold, fontSize=8.6, leading=10.6, textColor=colors.white)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [14 * mm, 70 * mm, 38 * mm, 24 * mm, 24 * mm]
    if progress:
        cols.append(h["progress"])
        widths = [12 * mm, 50 * mm, 28 * mm, 20 * mm, 26 * mm, 42 * mm]
    scale = body_w / sum(widths)
    widths = [w * scale for w in widths]

    def section_table(num: str) -> Table:
        rows: list[list[Any]] = [[Paragraph(_esc(c), head) for c in cols]]
        for a in p.per_rec(num):
            r = [Paragraph(_esc(a.ref), cell), Paragraph(_esc(a.text), cell),
                 Paragraph(_esc(a.owner), cell), Paragraph(_esc(a.due_raw), cell),
                 Paragraph(f"<font color='{RAG_INK[a.rag]}'><b>{_esc(a.status or '')}</b>"
                           "</font>", cell)]  # fmt: skip
            if progress:
                r.append(Paragraph(_esc(a.progress or ""), cell))
            rows.append(r)
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#33691E")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))  # fmt: skip
        return t

    def paginate(t: Table, avail: float) -> list[Table]:
        out: list[Table] = []
        rest = t
        while True:
            _, th = rest.wrap(body_w, avail)
            if th <= avail:
                out.append(rest)
                return out
            parts = rest.split(body_w, avail)
            out.append(parts[0])
            rest = parts[1]

    avail = top_y - 8 * mm - bottom_y
    glance = bool(f["glance"])  # a body page 1 `Plan at a glance` before the action pages
    pages: list[tuple[str, Table]] = []  # (section, chunk)
    spans: dict[str, tuple[int, int]] = {}
    for num, _ in p.recs:
        chunks = paginate(section_table(num), avail)
        first = len(pages) + 1 + glance
        pages.extend((num, c) for c in chunks)
        spans[num] = (first, len(pages) + glance)
    n_body = len(pages) + (1 if p.kpis else 0) + glance
    path = folder / f"{p.name}.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} - {p.title}")
    printed = date.fromisoformat(f["printed"])

    def chrome(label: str) -> None:
        c.setFont(base, 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, H - 12 * mm, f"{p.authority} Council - {p.title}")
        c.drawRightString(W - margin, H - 12 * mm, f"Version {f['version']}")
        c.setStrokeColor(colors.HexColor("#33691E"))
        c.setLineWidth(0.8)
        c.line(margin, H - 14 * mm, W - margin, H - 14 * mm)
        c.setLineWidth(0.4)
        c.line(margin, 13 * mm, W - margin, 13 * mm)
        c.drawString(margin, 9 * mm, f"{f['marking']}   Printed {printed.day:02d}/"
                     f"{printed.month:02d}/{printed.year}")  # fmt: skip
        c.drawRightString(W - margin, 9 * mm, label)
        c.setFillColor(colors.black)

    # -- the contents page (front matter, numbered i)
    chrome("Page i")
    y = H - 26 * mm
    c.setFont(bold, 18)
    c.setFillColor(colors.HexColor("#33691E"))
    c.drawString(margin, y, f"{p.authority} Council")
    y -= 8 * mm
    c.setFont(bold, 13)
    c.drawString(margin, y, p.title)
    y -= 6 * mm
    note = ParagraphStyle("n", fontName=italic, fontSize=8.4, leading=10.5,
                          textColor=colors.HexColor("#444444"))  # fmt: skip
    intro = Paragraph(
        f"Approved by {_esc(f['approver'])} on {_long(printed)}. The action pages list each "
        "recommendation's actions on their own pages, without headings: the contents below "
        f"gives the pages each recommendation's actions are on. {_esc(h['rag'])}: "
        f"{_words('contents')}.", note)  # fmt: skip
    _, ih = intro.wrap(body_w, 40 * mm)
    intro.drawOn(c, margin, y - ih)
    y -= ih + 8 * mm
    c.setFont(bold, 12)
    c.setFillColor(colors.black)
    c.drawString(margin, y, "Contents")
    y -= 3 * mm
    entry = ParagraphStyle("e", fontName=base, fontSize=9.2, leading=11.6)
    pg = ParagraphStyle("pg", fontName=bold, fontSize=9.2, leading=11.6, alignment=2)
    crow: list[list[Any]] = []
    if glance:
        crow.append([Paragraph("Plan at a glance", entry), Paragraph("1", pg)])
    for num, text in p.recs:
        a, b = spans[num]
        crow.append([Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}:</b> {_esc(text)}", entry),
                     Paragraph(f"{a}" if a == b else f"{a}-{b}", pg)])  # fmt: skip
    if p.kpis:
        crow.append([Paragraph("Measures of success", entry), Paragraph(str(n_body), pg)])
    ct = Table(crow, colWidths=[body_w - 22 * mm, 22 * mm])
    ct.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C5E1A5")),
                            ("TOPPADDING", (0, 0), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))  # fmt: skip
    _, cth = ct.wrap(body_w, y)
    ct.drawOn(c, margin, y - 2 * mm - cth)
    c.showPage()
    if glance:  # counts by status and by owner: distractors
        chrome(f"Page 1 of {n_body}")
        c.setFont(bold, 12)
        c.setFillColor(colors.HexColor("#33691E"))
        c.drawString(margin, top_y, "Plan at a glance")
        c.setFillColor(colors.black)
        gs = ParagraphStyle("g", fontName=base, fontSize=9.5, leading=12)
        grows = [[Paragraph(f"<b>{_esc(h['rag'])}</b>", gs), Paragraph("<b>Actions</b>", gs)]]
        for w, _ in H57_STATUS["contents"]:
            grows.append(
                [
                    Paragraph(_esc(w), gs),
                    Paragraph(str(sum(1 for a in p.actions if a.status == w)), gs),
                ]
            )
        grows.append(
            [Paragraph("<b>All actions</b>", gs), Paragraph(f"<b>{len(p.actions)}</b>", gs)]
        )
        gt = Table(grows, colWidths=[60 * mm, 25 * mm])
        gt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
        _, gh = gt.wrap(body_w, H)
        gt.drawOn(c, margin, top_y - 6 * mm - gh)
        gp = Paragraph(
            f"The plan has {len(p.recs)} recommendations from the inspection. The actions "
            f"follow from page {1 + glance}, each recommendation's on its own pages (see the "
            "contents).", gs)  # fmt: skip
        _, gph = gp.wrap(body_w, H)
        gp.drawOn(c, margin, top_y - 12 * mm - gh - gph)
        c.showPage()
    # -- the action pages: no recommendation anywhere on them
    for k, (_, chunk) in enumerate(pages, start=1 + glance):
        chrome(f"Page {k} of {n_body}")
        c.setFont(bold, 10.5)
        c.setFillColor(colors.HexColor("#33691E"))
        c.drawString(margin, top_y, "Action schedule")
        c.setFillColor(colors.black)
        _, th = chunk.wrap(body_w, avail)
        chunk.drawOn(c, margin, top_y - 4 * mm - th)
        c.showPage()
    if p.kpis:
        chrome(f"Page {n_body} of {n_body}")
        ks = ParagraphStyle("kk", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[90 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        c.setFont(bold, 12)
        c.drawString(margin, top_y, "Measures of success")
        _, th = kt.wrap(body_w, H)
        kt.drawOn(c, margin, top_y - 5 * mm - th)
        c.showPage()
    c.save()
    return path


# ---- Word: a range mapping at the front, one numbered action table ------------------------------------


def _ranges(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - improvement plan"
    r = doc.add_paragraph().add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(12)
    r = doc.add_paragraph().add_run(p.title)
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x00, 0x4D, 0x40)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Prepared by {f['officer']}, {_long(date.fromisoformat(f['printed']))}. The actions are "
        "numbered in the order they fall due; the table below says which actions answer each "
        f"recommendation. {h['rag']}: {_words('ranges')}."
    )
    br.italic = True
    br.font.size = Pt(8.5)
    hp = doc.add_paragraph()
    hp.paragraph_format.space_before = Pt(8)
    hp.paragraph_format.keep_with_next = True
    hp.add_run("Recommendations and the actions that answer them").bold = True
    rt = doc.add_table(rows=1 + len(p.recs), cols=4)
    rt.style = doc.styles["Table Grid"]
    for j, v in enumerate((h["rec"], "Recommendation", "Actions answering it", "Report section")):
        _shade(rt.cell(0, j), "E0F2F1")
        rt.cell(0, j).paragraphs[0].add_run(v).bold = True
    for i, (num, text) in enumerate(p.recs, start=1):
        nums = [int(a.ref) for a in p.actions if a.recs[0] == num]
        rng_txt = ranges_text(nums, str(f["dash"]))
        if f["prefix"]:
            rng_txt = ("Actions " if len(nums) > 1 else "Action ") + rng_txt
        rt.cell(i, 0).paragraphs[0].add_run(num)
        rt.cell(i, 1).paragraphs[0].add_run(text)
        rt.cell(i, 2).paragraphs[0].add_run(rng_txt)
        rt.cell(i, 3).paragraphs[0].add_run(f"§{f['sections'][i - 1]}")
    rwid = (1.2, 10.6, 3.6, 2.0)
    rt.autofit = False
    for j, w in enumerate(rwid):
        rt.columns[j].width = Cm(w)
    for row in rt.rows:
        _keep_row(row)
        for j, w in enumerate(rwid):
            row.cells[j].width = Cm(w)
    hp = doc.add_paragraph()
    hp.paragraph_format.space_before = Pt(12)
    hp.paragraph_format.keep_with_next = True
    hp.add_run("The actions, in the order they fall due").bold = True
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [1.2, 7.4, 3.6, 2.6, 2.6]
    if progress:
        cols.append(h["progress"])
        widths = [1.0, 4.8, 2.7, 1.9, 2.9, 3.7]
    at = doc.add_table(rows=1 + len(p.actions), cols=len(cols))
    at.style = doc.styles["Table Grid"]
    for j, v in enumerate(cols):
        _shade(at.cell(0, j), "004D40")
        rr = at.cell(0, j).paragraphs[0].add_run(v)
        rr.bold = True
        rr.font.size = Pt(8.5)
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, a in enumerate(p.actions, start=1):
        vals = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
        if progress:
            vals.append(a.progress or "")
        for j, v in enumerate(vals):
            run = at.cell(i, j).paragraphs[0].add_run(v)
            run.font.size = Pt(8.5)
            if j == 4:
                run.bold = True
                run.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
    at.autofit = False
    for j, w in enumerate(widths):
        at.columns[j].width = Cm(w)
    for row in at.rows:
        _keep_row(row)
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    trp = at.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trp.append(th)
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.space_before = Pt(14)
        kp.paragraph_format.keep_with_next = True
        kp.add_run("Measures on the timetable").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "E0F2F1")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
        for ktr in kt.rows[:-1]:
            for kc in ktr.cells:
                kc.paragraphs[0].paragraph_format.keep_with_next = True
    end = doc.add_paragraph()
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    er = end.add_run("Report sections refer to the published inspection report.")
    er.italic = True
    er.font.size = Pt(8)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: status only as three question columns ------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _questions(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8D8D8D")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    progress = bool(f["progress"])
    aset = ANSWER_SETS[int(f["answer_set"])]
    cols = [h["ref"], h["action"], h["owner"], h["due"], "Started?", "On schedule?", "Signed off?"]
    widths = [8, 52, 24, 16, 10, 12, 11]
    if progress:
        cols.append(h["progress"])
        widths[1] = 44
        widths.append(38)
    ncol = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    y, n_, pa, na = aset
    ws.cell(2, 1, f"Kept by {f['compiler']}, {_long(date.fromisoformat(f['printed']))}. How to "
                  f"read the questions: an action signed off ({y}) is closed; an action not "
                  f"started ({n_}) has not begun; otherwise on schedule {y} is on track, {pa} "
                  f"is some slippage and {n_} is off track. {na} = not applicable.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 28
    r = 4
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(r, j, v)
        cc.font = Font(name=fname, size=9, bold=True, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="37474F")
        cc.alignment = Alignment(wrap_text=True, vertical="bottom",
                                 horizontal="center" if 5 <= j <= 7 else "left")  # fmt: skip
        cc.border = grid
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    idx = {a.ref: i for i, a in enumerate(p.actions)}
    for num, text in p.recs:
        bc = ws.cell(r, 1, f"{p.rec_label.format(n=num)} - {text}")
        bc.font = Font(name=fname, size=9.5, bold=True)
        bc.fill = PatternFill("solid", fgColor="CFD8DC")
        bc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 13 * _lines(text, int(sum(widths) * 1.05)) + 3
        r += 1
        for a in p.per_rec(num):
            i = idx[a.ref]
            st, sch, so = answers(a.rag, bool(f["on_time_done"][i]))
            vals: list[Any] = [a.ref, a.text, a.owner, a.due_date, aset[st], aset[sch], aset[so]]
            if progress:
                vals.append(a.progress or "")
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(r, j, v)
                cc.font = Font(name=fname, size=9, italic=(j == 8))
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="center" if 5 <= j <= 7 else "left")  # fmt: skip
                cc.border = grid
                if j == 4:
                    cc.number_format = "ddd dd/mm/yyyy"
                elif j != 4:
                    cc.number_format = "@"
            tall = max(_lines(a.text, widths[1] - 2), _lines(a.owner, widths[2] - 2),
                       _lines(a.progress or "", 36) if progress else 1)  # fmt: skip
            ws.row_dimensions[r].height = 12.5 * tall + 3
            r += 1
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc2 = ks.cell(1, j, h[c_])
            kc2.font = Font(name=fname, bold=True)
            kc2.border = grid
            if j > 1:
                ks.column_dimensions[kc2.column_letter].width = 18
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a Now / Next / Later board ----------------------------------------------------------------


def _board(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    ends = [date.fromisoformat(d) for d in f["h_ends"]]
    legend = "".join(
        f"<li><b>{HORIZONS[k]}</b> = by the end of {calendar.month_name[d.month]} {d.year}</li>"
        for k, d in enumerate(ends)
    )
    recs = "".join(f"<li><b>{_esc(p.rec_label.format(n=n))}:</b> {_esc(t)}</li>"
                   for n, t in p.recs)  # fmt: skip
    colhtml = []
    for k, name in enumerate(HORIZONS):
        boxes = []
        for a, hz in zip(p.actions, f["horizon"], strict=True):
            if hz != k:
                continue
            own = ""
            if not a.due_raw.startswith("end of "):
                own = f"<p class='own'>{_esc(h['due'])}: {_esc(a.due_raw)}</p>"
            pg = ""
            if a.progress:
                pg = f"<p class='pg'><i>{_esc(h['progress'])}:</i> {_esc(a.progress)}</p>"
            boxes.append(
                f"<div class='box' style='border-top-color:{RAG_INK[a.rag]}'>"
                f"<div class='top'><span class='ref'>{_esc(a.ref)}</span>"
                f"<span class='chip'>{_esc(h['rec'])} {_esc(a.recs[0])}</span></div>"
                f"<p class='txt'>{_esc(a.text)}</p>"
                f"<p class='own-l'>{_esc(h['owner'])}: <b>{_esc(a.owner)}</b></p>"
                f"<p class='st'>{_esc(h['rag'])}: <span style='color:{RAG_INK[a.rag]};"
                f"background:{RAG_TINT[a.rag]}'>{_esc(a.status or '')}</span></p>{own}{pg}</div>"
            )
        colhtml.append(f"<div class='col'><h2>{name}</h2>{''.join(boxes)}</div>")
    printed = date.fromisoformat(f["printed"])
    body = (
        f"<p class='auth'>{_esc(p.authority)} Council</p><h1>{_esc(p.title)}</h1>"
        f"<p class='by'>Board kept by {_esc(f['owner_of_board'])}, last moved "
        f"{printed.day} {calendar.month_abbr[printed.month]} {printed.year}. "
        f"{_esc(h['rag'])}: {_words('horizons')}.</p>"
        f"<div class='top2'><div class='recs'><h3>The recommendations</h3><ul>{recs}</ul></div>"
        f"<div class='leg'><h3>When the horizons end</h3><ul>{legend}</ul>"
        f"<p>A box that shows an {_esc(h['due'].lower())} is due then, not at the end of its "
        "horizon.</p></div></div>"
        f"<div class='board'>{''.join(colhtml)}</div>"
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>How we will know it is working</h2>"
                 f"<table class='k'><tr>{kh}</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 landscape; margin: 12mm 14mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9pt; color: #222;"
        " line-height: 1.3; }"
        ".auth { font-size: 9.5pt; font-weight: bold; margin: 0; color: #6D4C41; }"
        "h1 { font-size: 17pt; margin: 0 0 1.5mm; color: #6D4C41; }"
        ".by { color: #555; font-size: 8pt; margin: 0 0 3mm; font-style: italic; }"
        ".top2 { display: flex; gap: 6mm; margin-bottom: 4mm; break-inside: avoid; }"
        ".recs { flex: 3; } .leg { flex: 2; background: #FFF8E1; padding: 1mm 3mm; }"
        "h3 { font-size: 10pt; margin: 1mm 0; } ul { margin: 0; padding-left: 5mm; }"
        ".board { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 5mm; }"
        ".col h2 { font-size: 13pt; margin: 0 0 2mm; padding: 1mm 2mm; background: #6D4C41;"
        " color: white; letter-spacing: 1px; }"
        ".box { border: 0.3mm solid #BDBDBD; border-top: 1.6mm solid; border-radius: 1.5mm;"
        " padding: 1.5mm 2.5mm; margin-bottom: 3mm; break-inside: avoid; }"
        ".top { display: flex; justify-content: space-between; }"
        ".ref { font-weight: bold; font-size: 10pt; } .chip { background: #EFEBE9;"
        " border-radius: 2mm; padding: 0 2mm; font-size: 8pt; }"
        ".txt { margin: 1mm 0; font-weight: bold; } .own-l, .st, .own { margin: 0.5mm 0; }"
        ".st span { padding: 0 1.5mm; border-radius: 1mm; font-weight: bold; }"
        ".own { color: #4E342E; font-weight: bold; } .pg { margin: 0.8mm 0 0; color: #555;"
        " font-size: 8.3pt; }"
        ".kw { break-inside: avoid; margin-top: 5mm; } table.k { border-collapse: collapse;"
        " width: 100%; font-size: 9pt; } table.k td, table.k th { border-bottom: 0.2mm solid"
        " #bbb; padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
