"""Producers of the holdout59 split (BLIND: fixers never read this): a two-part pack (the
council's and the partnership's plans) in ReportLab; an outline with sub-steps in Word and a
plan of row bands with a milestone sheet in Excel, both printed by LibreOffice; and a table with
rotated recommendation labels in HTML printed by Chromium; each drawn straight from a
holdout8.H8Plan built by holdout59."""

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
from samples.plangen.holdout59 import H59_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "E8F5E9", "amber": "FFF3E0", "red": "FFEBEE", "blue": "E3F2FD",
            None: "F5F5F5"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout59", html=_vertical,
                reportlab=_pack, docx=_outline, xlsx=_bands)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words(layout: str) -> str:
    return "; ".join(w for w, _ in H59_STATUS[layout])


# ---- ReportLab: two plans in one pack, each restating the recommendations ----------------------------


def _pack(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    margin = 18 * mm
    body_w = W - 2 * margin
    green = colors.HexColor("#1B5E20")
    teal = colors.HexColor("#00695C")
    cell = ParagraphStyle("c", fontName=base, fontSize=8.8, leading=10.8)
    head = ParagraphStyle("h", fontName=bold, fontSize=8.6, leading=10.6, textColor=colors.white)
    t1 = ParagraphStyle("t1", fontName=bold, fontSize=16.5, leading=20, textColor=green)
    t2 = ParagraphStyle("t2", fontName=bold, fontSize=13, leading=16, spaceBefore=6,
                        spaceAfter=3, textColor=green)  # fmt: skip
    rh = ParagraphStyle("rh", fontName=bold, fontSize=10, leading=12.5, spaceBefore=7,
                        textColor=colors.HexColor("#263238"))  # fmt: skip
    rt = ParagraphStyle("rt", fontName=italic, fontSize=9.2, leading=11.6, spaceAfter=3)
    note = ParagraphStyle("n", fontName=italic, fontSize=8.6, leading=10.8,
                          textColor=colors.HexColor("#444444"))  # fmt: skip
    body = ParagraphStyle("b", fontName=base, fontSize=9.4, leading=12)
    banner = ParagraphStyle("bn", fontName=base, fontSize=8.6, leading=11,
                            textColor=colors.HexColor("#004D40"),
                            backColor=colors.HexColor("#E0F2F1"), borderPadding=(4, 5, 4, 5),
                            spaceBefore=4, spaceAfter=8)  # fmt: skip
    printed = date.fromisoformat(str(f["printed"]))
    agreed = date.fromisoformat(str(f["agreed"]))
    partnership = str(f["partnership"])
    n_a = int(f["part_a"])  # type: ignore[call-overload]
    part_a, part_b = p.actions[:n_a], p.actions[n_a:]
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [14 * mm, 76 * mm, 38 * mm, 24 * mm, 24 * mm]
    if progress:
        cols.append(h["progress"])
        widths = [13 * mm, 52 * mm, 30 * mm, 21 * mm, 22 * mm, 38 * mm]
    scale = body_w / sum(widths)
    widths = [w * scale for w in widths]
    story: list[Any] = [
        Paragraph(f"{_esc(p.authority)} Council and {_esc(partnership)}",
                  ParagraphStyle("a", fontName=bold, fontSize=10)),
        Spacer(1, 2 * mm),
        Paragraph(_esc(p.title), t1),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Printed {_long(printed)}; to be agreed at the Children's Improvement Board on "
            f"{_long(agreed)}. This pack holds two plans answering the same recommendations: "
            f"Part A, the council's plan, and Part B, the partnership's plan. {_esc(h['rag'])}: "
            f"{_words('pack')}.", note),
        Paragraph("The recommendations", t2),
    ]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(f"<b>{num}.</b> {_esc(text)}", body))
        story.append(Spacer(1, 1.5 * mm))
    if p.kpis:
        story.append(Paragraph("Shared measures of success", t2))
        ks = ParagraphStyle("kk", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[body_w - 84 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)

    def part(title: str, acts: list[H8Action], fill: Any, intro: str) -> None:
        story.append(PageBreak())
        story.append(Paragraph(title, t1))
        story.append(Paragraph(intro, banner))
        for num, text in p.recs:
            mine = [a for a in acts if a.recs[0] == num]
            if not mine:
                continue
            rows: list[list[Any]] = [[Paragraph(_esc(c), head) for c in cols]]
            for a in mine:
                r = [Paragraph(f"<b>{_esc(a.ref)}</b>", cell), Paragraph(_esc(a.text), cell),
                     Paragraph(_esc(a.owner), cell), Paragraph(_esc(a.due_raw), cell),
                     Paragraph(f"<font color='{RAG_INK[a.rag]}'><b>{_esc(a.status or '')}</b>"
                               "</font>", cell)]  # fmt: skip
                if progress:
                    r.append(Paragraph(_esc(a.progress or ""), cell))
                rows.append(r)
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), fill),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))  # fmt: skip
            story.append(CondPageBreak(45 * mm))
            story.append(KeepTogether([
                Paragraph(f"{_esc(p.rec_label.format(n=num))}", rh),
                Paragraph(_esc(text), rt),
            ]))  # fmt: skip
            story.append(t)

    part("Part A: the council's plan", part_a, green,
         f"Part A sets out what {_esc(p.authority)} Council will do. Each recommendation is "
         "restated above the council's actions for it.")  # fmt: skip
    part("Part B: the partnership's plan", part_b, teal,
         f"Part B sets out what the partners of the {_esc(partnership)} will do. The actions "
         f"are collated by {_esc(str(f['collator']))}, Partnership Business Manager, and "
         "reported to the partnership's executive.")  # fmt: skip

    def chrome(c: Any, doc: Any) -> None:
        c.saveState()
        c.setFont(base, 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, 10 * mm, f"Joint improvement plan - {p.authority}")
        c.drawRightString(W - margin, 10 * mm, f"{doc.page}")
        c.restoreState()

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=margin, rightMargin=margin,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"{p.authority} - {p.title}")  # fmt: skip
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)
    return path


# ---- Word: an outline of actions over sub-steps ---------------------------------------------------------


def _outline(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x3E, 0x27, 0x23)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - Improvement plan (outline)"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Plan owner: {f['plan_owner']}. Last refreshed {_long(date.fromisoformat(str(f['refreshed'])))}. "
        "Each numbered action (2.1) is followed by its lead, its date and its position; the "
        "steps under it (2.1.1) are how the lead will get there and are not reported "
        f"separately. {h['rag']}: {_words('outline')}."
    )
    br.italic = True
    br.font.size = Pt(8.5)
    substeps: list[list[str]] = f["substeps"]  # type: ignore[assignment]
    progress = bool(f["progress"])
    for num, text in p.recs:
        hd = doc.add_heading(level=2)
        hd.add_run(f"{p.rec_label.format(n=num)}: {text}")
        for a in p.per_rec(num):
            i = p.actions.index(a)
            ap = doc.add_paragraph()
            ap.paragraph_format.left_indent = Cm(1.0)
            ap.paragraph_format.first_line_indent = Cm(-1.0)
            ap.paragraph_format.space_before = Pt(5)
            ap.paragraph_format.keep_with_next = True
            rr = ap.add_run(f"{a.ref}\t")
            rr.bold = True
            ar = ap.add_run(a.text)
            ar.bold = True
            ap.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            lp = doc.add_paragraph()
            lp.paragraph_format.left_indent = Cm(1.0)
            lp.paragraph_format.keep_with_next = bool(substeps[i]) or bool(a.progress and progress)
            parts = [(h["owner"], a.owner), (h["due"], a.due_raw), (h["rag"], a.status or "")]
            for j, (label, val) in enumerate(parts):
                lr = lp.add_run(f"{label}: ")
                lr.font.size = Pt(9)
                lr.font.color.rgb = RGBColor(0x6D, 0x4C, 0x41)
                vr = lp.add_run(val)
                vr.font.size = Pt(9)
                if label == h["rag"]:
                    vr.bold = True
                    vr.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
                if j < len(parts) - 1:
                    lp.add_run("   |   ").font.size = Pt(9)
            if progress and a.progress:
                pp = doc.add_paragraph()
                pp.paragraph_format.left_indent = Cm(1.0)
                pp.paragraph_format.keep_with_next = bool(substeps[i])
                pr = pp.add_run(f"{h['progress']}: ")
                pr.italic = True
                pr.font.size = Pt(8.8)
                pr2 = pp.add_run(a.progress)
                pr2.italic = True
                pr2.font.size = Pt(8.8)
            for k, step in enumerate(substeps[i], start=1):
                sp = doc.add_paragraph()
                sp.paragraph_format.left_indent = Cm(2.4)
                sp.paragraph_format.first_line_indent = Cm(-1.4)
                sp.paragraph_format.space_after = Pt(1)
                sp.paragraph_format.tab_stops.add_tab_stop(Cm(2.4))
                sp.paragraph_format.keep_with_next = k < len(substeps[i])
                s1 = sp.add_run(f"{a.ref}.{k}\t{step}")
                s1.font.size = Pt(8.8)
                s1.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if p.kpis:
        kp = doc.add_heading(level=2)
        kp.add_run("How we will know we have reached the top")
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "EFEBE9")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
        for ktr in kt.rows[:-1]:
            for kc in ktr.cells:
                kc.paragraphs[0].paragraph_format.keep_with_next = True
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: recommendation row bands and a milestone sheet ----------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _bands(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8D8D8D")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [9, 58, 26, 16, 17]
    if progress:
        cols.append(h["progress"])
        widths[1] = 46
        widths.append(38)
    ncol = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 1, f"Compiled by {f['compiler']}, {_long(date.fromisoformat(str(f['printed'])))}. "
                  "The milestones on the next sheet are checkpoints on the way to each action, "
                  f"not actions. {h['rag']}: {_words('bands')}.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.row_dimensions[2].height = 26
    r = 4
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(r, j, v)
        cc.font = Font(name=fname, size=9.5, bold=True, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="37474F")
        cc.alignment = Alignment(wrap_text=True, vertical="bottom")
        cc.border = grid
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    for num, text in p.recs:
        bc = ws.cell(r, 1, f"{p.rec_label.format(n=num)}: {text}")
        bc.font = Font(name=fname, size=10, bold=True, color="1A237E")
        bc.fill = PatternFill("solid", fgColor="C5CAE9")
        bc.alignment = Alignment(wrap_text=True, vertical="center")
        for j in range(1, ncol + 1):
            ws.cell(r, j).border = grid
            ws.cell(r, j).fill = PatternFill("solid", fgColor="C5CAE9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 14 * _lines(text + "Recommendation 9: ",
                                                  int(sum(widths) * 0.95)) + 5  # fmt: skip
        r += 1
        for a in p.per_rec(num):
            vals: list[Any] = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if progress:
                vals.append(a.progress or "")
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(r, j, v)
                cc.font = Font(name=fname, size=9, bold=(j in (1, 5)),
                               color=RAG_INK[a.rag].lstrip("#") if j == 5 else None)  # fmt: skip
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                cc.border = grid
                cc.number_format = "@"
            tall = max(_lines(a.text, widths[1] - 3), _lines(a.owner, widths[2] - 3),
                       _lines(a.status or "", widths[4] - 3),
                       _lines(a.progress or "", widths[-1] - 3) if progress else 1)  # fmt: skip
            ws.row_dimensions[r].height = 12.5 * tall + 3
            r += 1
    miles: list[list[tuple[str, str]]] = f["milestones"]  # type: ignore[assignment]
    met: list[list[bool]] = f["met"]  # type: ignore[assignment]
    ms = wb.create_sheet("Milestones")
    _xl_setup(ms, True)
    for j, w in enumerate((12, 50, 18, 10), start=1):
        ms.column_dimensions[ms.cell(1, j).column_letter].width = w
    ms.cell(1, 1, "Milestones (checkpoints on the way to each action)").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    for j, v in enumerate(("Action", "Milestone", "Checkpoint date", "Met?"), start=1):
        cc = ms.cell(3, j, v)
        cc.font = Font(name=fname, size=9.5, bold=True)
        cc.fill = PatternFill("solid", fgColor="ECEFF1")
        cc.border = grid
    ms.print_title_rows = "3:3"
    mr = 4
    for i, a in enumerate(p.actions):
        for (cp, when), ok in zip(miles[i], met[i], strict=True):
            for j, v in enumerate((a.ref, cp, when, "Yes" if ok else "No"), start=1):
                cc = ms.cell(mr, j, v)
                cc.font = Font(name=fname, size=9)
                cc.border = grid
                cc.number_format = "@"
            mr += 1
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


# ---- HTML: the recommendation a rotated label spanning its actions' rows -------------------------------


def _vertical(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    reviewed = date.fromisoformat(str(f["reviewed"]))
    board = date.fromisoformat(str(f["board"]))
    progress = bool(f["progress"])
    cols = ["", h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    if progress:
        cols.append(h["progress"])
    head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
    groups = []
    for num, _ in p.recs:
        acts = p.per_rec(num)
        rows = []
        for k, a in enumerate(acts):
            lab = ""
            if k == 0:
                lab = (f"<td class='rec' rowspan='{len(acts)}'><div class='rot'>"
                       f"{_esc(p.rec_label.format(n=num))}</div></td>")  # fmt: skip
            pg = f"<td class='pg'>{_esc(a.progress or '')}</td>" if progress else ""
            rows.append(
                f"<tr>{lab}<td class='ref'>{_esc(a.ref)}</td><td>{_esc(a.text)}</td>"
                f"<td>{_esc(a.owner)}</td><td class='due'>{_esc(a.due_raw)}</td>"
                f"<td class='st' style='color:{RAG_INK[a.rag]}'><span class='chip' "
                f"style='background:{RAG_INK[a.rag]}'></span>{_esc(a.status or '')}</td>{pg}</tr>"
            )
        groups.append(f"<tbody>{''.join(rows)}</tbody>")
    recs = "".join(f"<li><b>{_esc(p.rec_label.format(n=n))}.</b> {_esc(t)}</li>" for n, t in p.recs)
    body = (
        f"<p class='auth'>{_esc(p.authority)} Council &middot; Children's Services</p>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<p class='by'>Reviewed by {_esc(str(f['reviewer']))} on {_long(reviewed)}. "
        f"{_esc(h['rag'])}: {_words('vertical')}.</p>"
        f"<div class='notice'>All dates in this plan were agreed at the Improvement Board of "
        f"{_long(board)} and run from the date of the inspection letter.</div>"
        f"<h2>The recommendations</h2><ol class='recs'>{recs}</ol>"
        f"<h2>The actions</h2><table class='a'><thead><tr>{head}</tr></thead>"
        f"{''.join(groups)}</table>"
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>How we will know the garment fits</h2>"
                 f"<table class='k'><tr>{kh}</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 14mm 12mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.8pt; color: #222;"
        " line-height: 1.3; }"
        ".auth { font-size: 9.5pt; font-weight: bold; margin: 0; color: #4E342E; }"
        "h1 { font-size: 16pt; margin: 0 0 1.5mm; color: #4E342E; }"
        "h2 { font-size: 11.5pt; margin: 4mm 0 2mm; color: #4E342E; }"
        ".by { color: #555; font-size: 8pt; margin: 0 0 2mm; font-style: italic; }"
        ".notice { border-left: 1.2mm solid #8D6E63; background: #EFEBE9; padding: 1.5mm 3mm;"
        " font-size: 8.4pt; }"
        "ol.recs { list-style: none; padding-left: 0; margin: 0; } ol.recs li { margin: 1mm 0; }"
        "table.a { border-collapse: collapse; width: 100%; }"
        "table.a th { background: #4E342E; color: white; text-align: left; padding: 1.2mm 1.5mm;"
        " font-size: 8.3pt; } table.a td { border: 0.2mm solid #BCAAA4;"
        " padding: 1.2mm 1.5mm; vertical-align: top; } table.a tbody { break-inside: avoid; }"
        "td.rec { width: 8mm; background: #D7CCC8; vertical-align: middle !important;"
        " text-align: center; padding: 2mm 0 !important; }"
        ".rot { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;"
        " font-weight: bold; font-size: 9pt; color: #3E2723; margin: 0 auto;"
        " min-height: 32mm; text-align: center; }"
        "td.ref { font-weight: bold; white-space: nowrap; } td.due { white-space: nowrap; }"
        "td.st { font-weight: bold; width: 24mm; } .chip { display: inline-block; width: 2.6mm;"
        " height: 2.6mm; border-radius: 50%; margin-right: 1.2mm; vertical-align: -0.3mm; }"
        "td.pg { font-style: italic; color: #444; font-size: 8.2pt; }"
        ".kw { break-inside: avoid; margin-top: 5mm; } table.k { border-collapse: collapse;"
        " width: 100%; font-size: 9pt; } table.k td, table.k th { border-bottom: 0.2mm solid"
        " #bbb; padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
