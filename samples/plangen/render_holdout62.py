"""Producers of the holdout62 split (BLIND: fixers never read this): a house of pillars and bricks
in ReportLab; a Word plan in due-date order whose rows are coloured by recommendation and an
Excel countdown tracker with derived days-to-go and overdue columns, both printed by LibreOffice;
and a web page whose statuses are the rings of an archery target, in HTML printed by Chromium;
each drawn straight from a holdout8.H8Plan built by holdout62."""

from __future__ import annotations

import calendar
import math
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout62 import H62_STATUS, PALETTE
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
    print_plans(plans, folder, "plangen-lo-profile-holdout62", html=_rings, reportlab=_house,
                docx=_colour, xlsx=_countdown)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words_of(layout: str) -> str:
    return "; ".join(w for w, _ in H62_STATUS[layout])


# ---- ReportLab: a house, a pillar per recommendation, a brick per action --------------------------


def _house(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A3)
    m = 12 * mm
    stone = colors.HexColor("#4E4A44")
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} Council - {p.title}")
    pages = 1 + (1 if p.kpis else 0)
    board = date.fromisoformat(str(f["board"]))
    progress = bool(f["progress"])

    def fit(blocks: list[tuple[str, str]], width: float, height: float,
            size: float) -> tuple[float, list[tuple[str, str]]]:  # fmt: skip
        """Shrink the font until the wrapped blocks fit the box; the lines with their font."""
        while True:
            lines: list[tuple[str, str]] = []
            for font, text in blocks:
                lines.extend((font, ln) for ln in simpleSplit(text, font, size, width))
            if len(lines) * size * 1.18 <= height or size <= 5.2:
                return size, lines
            size -= 0.25

    def text_box(x: float, y: float, w: float, hgt: float, blocks: list[tuple[str, str]],
                 ink: Any, size: float, centre: bool = False) -> None:  # fmt: skip
        size, lines = fit(blocks, w - 4 * mm, hgt - 3 * mm, size)
        lead = size * 1.18
        yy = y + hgt / 2 + len(lines) * lead / 2 - size * 0.9
        c.setFillColor(ink)
        for font, ln in lines:
            c.setFont(font, size)
            if centre:
                c.drawCentredString(x + w / 2, yy, ln)
            else:
                c.drawString(x + 2 * mm, yy, ln)
            yy -= lead

    def footer(page: int) -> None:
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont(base, 7.8)
        c.drawString(m, 6 * mm, f"{p.authority} Council - {p.title}")
        c.drawRightString(W - m, 6 * mm, f"Page {page} of {pages}")

    # the roof: a triangle over the whole width with the title and the vision
    roof_base = H - m - 52 * mm
    c.setFillColor(stone)
    pth = c.beginPath()
    pth.moveTo(m, roof_base)
    pth.lineTo(W / 2, H - m)
    pth.lineTo(W - m, roof_base)
    pth.close()
    c.drawPath(pth, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 10)
    c.drawCentredString(W / 2, roof_base + 36 * mm, f"{p.authority} Council - Children's Services")
    c.setFont(bold, 18)
    c.drawCentredString(W / 2, roof_base + 26 * mm, p.title)
    c.setFont(italic, 11)
    c.drawCentredString(W / 2, roof_base + 17 * mm, f"Our vision: {f['vision']}")
    c.setFont(base, 8)
    c.drawCentredString(
        W / 2, roof_base + 6 * mm,
        f"Drawn up by {f['architect']}, Improvement Programme Office, for the Improvement Board "
        f"of {_long(board)}. Each pillar is an Ofsted recommendation; each brick is an action.",
    )  # fmt: skip
    # the foundation slab and the key
    slab_top = 40 * mm
    c.setFillColor(colors.HexColor("#8D8579"))
    c.rect(m, slab_top - 16 * mm, W - 2 * m, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 10)
    c.drawString(m + 4 * mm, slab_top - 6.5 * mm, "Our foundations")
    c.setFont(base, 9)
    fw = (W - 2 * m - 45 * mm) / 3
    for i, fnd in enumerate(f["foundations"]):  # type: ignore[attr-defined]
        c.drawString(m + 45 * mm + i * fw, slab_top - 6.5 * mm, str(fnd))
    c.setFont(italic, 7.5)
    c.drawString(m + 4 * mm, slab_top - 12.5 * mm,
                 "The foundations are what every action stands on; they are not actions.")  # fmt: skip
    ky = 14 * mm
    c.setFillColor(colors.black)
    c.setFont(bold, 8.5)
    c.drawString(m, ky, f"Key - {h['rag']}:")
    kx = m + 34 * mm
    for word, rag in H62_STATUS["house"]:
        c.setFillColor(colors.HexColor(RAG_TINT[rag]))
        c.setStrokeColor(colors.HexColor(RAG_INK[rag]))
        c.setLineWidth(1.2)
        c.rect(kx, ky - 1 * mm, 9 * mm, 4.2 * mm, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont(base, 8.5)
        c.drawString(kx + 11 * mm, ky, word)
        kx += 16 * mm + c.stringWidth(word, base, 8.5)
    # the pillars
    n = len(p.recs)
    gap = 7 * mm
    pw = (W - 2 * m - 2 * gap - (n - 1) * gap) / n
    top = roof_base - 3 * mm
    bottom = slab_top + 2 * mm
    cap_h = 34 * mm
    for i, (num, text) in enumerate(p.recs):
        x = m + gap + i * (pw + gap)
        c.setFillColor(colors.HexColor("#D9D4CC"))
        c.setStrokeColor(stone)
        c.setLineWidth(1)
        c.rect(x, bottom, pw, top - bottom, stroke=1, fill=1)
        # the capital: the recommendation
        c.setFillColor(stone)
        c.rect(x - 2.5 * mm, top - cap_h, pw + 5 * mm, cap_h, stroke=0, fill=1)
        text_box(x - 2.5 * mm, top - cap_h, pw + 5 * mm, cap_h,
                 [(bold, p.rec_label.format(n=num)), (base, text)], colors.white, 9.5,
                 centre=True)  # fmt: skip
        acts = p.per_rec(num)
        room = top - cap_h - 2 * mm - bottom - 2 * mm
        bh = (room - (len(acts) - 1) * 2 * mm) / len(acts)
        y = top - cap_h - 2 * mm
        for a in acts:
            y -= bh
            c.setFillColor(colors.HexColor(RAG_TINT[a.rag]))
            c.setStrokeColor(colors.HexColor(RAG_INK[a.rag]))
            c.setLineWidth(1.6)
            c.rect(x + 2 * mm, y, pw - 4 * mm, bh, stroke=1, fill=1)
            blocks = [
                (bold, a.ref),
                (base, a.text),
                (bold, f"{h['owner']}: {a.owner}"),
                (base, f"{h['due']}: {a.due_raw}"),
                (bold, f"{h['rag']}: {a.status}"),
            ]
            if progress and a.progress:
                blocks.append((italic, f"{h['progress']}: {a.progress}"))
            text_box(x + 2 * mm, y, pw - 4 * mm, bh, blocks, colors.black, 10.5)
            y -= 2 * mm
    footer(1)
    c.showPage()
    if p.kpis:
        y = H - m - 12 * mm
        c.setFont(bold, 14)
        c.setFillColor(stone)
        c.drawString(m, y, "How we will know the house is sound")
        c.setFillColor(colors.black)
        y -= 10 * mm
        xs = (m, m + 200 * mm, m + 250 * mm, m + 300 * mm)
        c.setFont(bold, 10)
        for x, col in zip(xs, KCOLS, strict=True):
            c.drawString(x, y, h[col])
        c.setLineWidth(0.8)
        c.line(m, y - 2.5 * mm, W - m, y - 2.5 * mm)
        y -= 9 * mm
        for k in p.kpis:
            lines = simpleSplit(k.indicator, base, 10, 190 * mm)
            c.setFont(base, 10)
            for j, ln in enumerate(lines):
                c.drawString(m, y - j * 12, ln)
            for x, col in zip(xs[1:], KCOLS[1:], strict=True):
                c.drawString(x, y, _kpi_cell(k, col))
            y -= len(lines) * 12 + 5 * mm
            c.setLineWidth(0.3)
            c.line(m, y + 3 * mm, W - m, y + 3 * mm)
        footer(2)
        c.showPage()
    c.save()
    return path


# ---- Word: one table in due-date order, each row coloured by its recommendation ---------------------


def _colour(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - {p.title} - contact: {f['contact']}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council - Children's Services")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    approved = date.fromisoformat(str(f["approved"]))
    by = doc.add_paragraph()
    br = by.add_run(
        f"Approved by {f['approver']}, Director of Children's Services, on {_long(approved)}. "
        f"Enquiries to {f['contact']}, Improvement Programme Office."
    )
    br.italic = True
    br.font.size = Pt(9)
    colours = [PALETTE[int(i)] for i in f["colours"]]  # type: ignore[attr-defined]
    colour_of = {num: colours[i] for i, (num, _) in enumerate(p.recs)}
    doc.add_heading(
        "Colour key: the recommendations", level=2
    ).paragraph_format.keep_with_next = True
    key = doc.add_table(rows=len(p.recs), cols=2)
    key.style = doc.styles["Table Grid"]
    key.autofit = False
    for i, (num, text) in enumerate(p.recs):
        sw = key.cell(i, 0)
        _shade(sw, colour_of[num][1])
        run = sw.paragraphs[0].add_run(p.rec_label.format(n=num))
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        tc = key.cell(i, 1)
        _shade(tc, colour_of[num][2])
        tr = tc.paragraphs[0].add_run(text)
        tr.font.size = Pt(9)
        _keep_row(key.rows[i])
    for j, w in enumerate((4.0, 22.5)):
        key.columns[j].width = Cm(w)
        for row in key.rows:
            row.cells[j].width = Cm(w)
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(6)
    nr = note.add_run(
        "Every action is listed once, in the order it falls due. The colour of the row shows the "
        f"recommendation it answers. {h['rag']}: {_words_of('colour')}."
    )
    nr.italic = True
    nr.font.size = Pt(9)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [2.0, 11.5, 5.0, 4.0, 4.0]
    if progress:
        cols.append(h["progress"])
        widths = [2.0, 8.0, 4.2, 3.6, 3.0, 5.7]
    t = doc.add_table(rows=1 + len(p.actions), cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    for tr_ in t.rows:
        _keep_row(tr_)
    for j, head in enumerate(cols):
        cell = t.cell(0, j)
        _shade(cell, "D9D9D9")
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(9)
    _repeat_header(t.rows[0])
    for i, a in enumerate(p.actions, start=1):
        _, strong, tint = colour_of[a.recs[0]]
        row = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
        if progress:
            row.append(a.progress or "")
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            _shade(cell, strong if j == 0 else tint)
            run = cell.paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            if j == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            if j == 4:
                run.bold = True
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for tr_ in t.rows:
            tr_.cells[j].width = Cm(w)
    if p.kpis:
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
        doc.add_heading("How we will know the picture is complete", level=2)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for j, c_ in enumerate(KCOLS):
            run = kt.cell(0, j).paragraphs[0].add_run(h[c_])
            run.bold = True
            run.font.size = Pt(9)
            _shade(kt.cell(0, j), "D9D9D9")
        for i, k in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, c_)).font.size = Pt(9)
        for j, w in enumerate((12.5, 4.6, 4.6, 4.6)):
            kt.columns[j].width = Cm(w)
            for tr_ in kt.rows:
                tr_.cells[j].width = Cm(w)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


def _repeat_header(row: Any) -> None:
    """Word's 'Repeat as header row at the top of each page'."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


# ---- Excel: a countdown tracker ---------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _countdown(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Countdown"
    _xl_setup(ws, True)
    progress = bool(f["progress"])
    if progress:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    report = date.fromisoformat(str(f["report"]))
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["days"], h["late"], h["rag"]]
    widths = [8, 50, 26, 14, 10, 9, 14]
    if progress:
        cols.append(h["progress"])
        widths.append(40)
    ncols = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.title} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(2, 1, f"Report date: {report:%d/%m/%Y}").font = Font(name=fname, size=10, bold=True)
    blue = next(w for w, rg in H62_STATUS["countdown"] if rg == "blue")
    ws.cell(
        3,
        1,
        f"Kept by {f['keeper']}. {h['days']} counts from the report date (negative once the "
        f"date has passed); {h['late']} is Yes when the date has passed and the action is not "
        f"{blue}. {h['rag']}: {_words_of('countdown')}.",
    ).font = Font(name=fname, size=8.5, italic=True)
    head_fill = PatternFill("solid", fgColor="CFD8DC")
    hr = 5
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(hr, j, v)
        cc.font = Font(name=fname, size=9, bold=True)
        cc.fill = head_fill
        cc.alignment = Alignment(wrap_text=True, vertical="center")
        cc.border = grid
    ws.row_dimensions[hr].height = 26
    ws.print_title_rows = f"{hr}:{hr}"
    row = hr
    number_format = "yyyy mmm dd" if str(f["date_form"]) == "y-mon-d" else 'dd mmm". "yyyy'
    for num, text in p.recs:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        bc = ws.cell(row, 1, f"{p.rec_label.format(n=num)}: {text}")
        bc.font = Font(name=fname, size=9.5, bold=True, color="FFFFFF")
        bc.fill = PatternFill("solid", fgColor="37474F")
        bc.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[row].height = 13 * _lines(bc.value, int(sum(widths) * 0.95)) + 5
        for a in p.per_rec(num):
            row += 1
            assert a.due_date is not None
            days = (a.due_date - report).days
            late = "Yes" if days < 0 and a.rag != "blue" else "No"
            vals: list[Any] = [a.ref, a.text, a.owner, a.due_date, days, late, a.status]
            if progress:
                vals.append(a.progress)
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row, j, v)
                cc.font = Font(name=fname, size=9)
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="left" if j in (1, 4) else None)  # fmt: skip
                cc.border = grid
            ws.cell(row, 4).number_format = number_format
            ws.cell(row, 5).number_format = "0"
            if late == "Yes":
                ws.cell(row, 6).font = Font(name=fname, size=9, bold=True, color="C62828")
            sc = ws.cell(row, 7)
            sc.font = Font(name=fname, size=9, bold=True,
                           color=RAG_INK[a.rag].lstrip("#"))  # fmt: skip
            sc.fill = PatternFill("solid", fgColor=RAG_TINT[a.rag].lstrip("#"))
            tall = max(_lines(a.text, widths[1] - 3), _lines(a.owner, widths[2] - 3),
                       _lines(a.status or "", widths[6] - 3))  # fmt: skip
            if progress:
                ws.cell(row, 8).font = Font(name=fname, size=8.5)
                tall = max(tall, _lines(a.progress or "", widths[7] - 3))
            ws.row_dimensions[row].height = 12 * tall + 2
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


# ---- HTML: an archery target of statuses, then the actions without a status column ---------------


def _target_svg(p: H8Plan) -> str:
    """The target: four rings (centre outwards) and a box beside it for the null status; each
    action's ref written inside its status's ring."""
    rings = H62_STATUS["rings"][:4]
    outside = H62_STATUS["rings"][4]
    fills = {"blue": "#F6D743", "green": "#E4554A", "amber": "#4A90D9", "red": "#2B2B2B"}
    inks = {"blue": "#222", "green": "#FFF", "amber": "#FFF", "red": "#FFF"}
    cx, cy, step = 200.0, 200.0, 44.0
    parts = ["<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 560 400' "
             "width='148mm' height='106mm'>"]  # fmt: skip
    for i in range(len(rings) - 1, -1, -1):
        _, rag = rings[i]
        parts.append(f"<circle cx='{cx}' cy='{cy}' r='{step * (i + 1)}' fill='{fills[str(rag)]}' "
                     "stroke='#FFF' stroke-width='1.5'/>")  # fmt: skip
    for i, (word, rag) in enumerate(rings):
        refs = [a.ref for a in p.actions if a.status == word]
        ink = inks[str(rag)]
        # the ring's word at its top
        ly = cy - step * (i + 1) + 13 if i else cy - 22
        parts.append(f"<text x='{cx}' y='{ly}' text-anchor='middle' font-size='10.5' "
                     f"font-weight='bold' fill='{ink}'>{_esc(word)}</text>")  # fmt: skip
        if i == 0:
            per = 3 if len(refs) <= 9 else 4
            for j, ref in enumerate(refs):
                col, line = j % per, j // per
                gap = 26 if per == 3 else 22
                x = cx - gap * (per - 1) / 2 + col * gap
                y = cy - 4 + line * 13
                parts.append(f"<text x='{x}' y='{y}' text-anchor='middle' font-size='11' "
                             f"fill='{ink}'>{_esc(ref)}</text>")  # fmt: skip
            continue
        rr = step * (i + 0.5)
        k = len(refs)
        for j, ref in enumerate(refs):
            ang = math.radians(90 + 30 + (300 * (j + 0.5) / max(k, 1)))
            x = cx + rr * math.cos(ang)
            y = cy - rr * math.sin(ang) + 4
            parts.append(f"<text x='{x:.1f}' y='{y:.1f}' text-anchor='middle' font-size='11' "
                         f"font-weight='bold' fill='{ink}'>{_esc(ref)}</text>")  # fmt: skip
    # the null status: a box beside the target
    word = outside[0]
    refs = [a.ref for a in p.actions if a.status == word]
    parts.append("<rect x='395' y='120' width='150' height='160' rx='6' fill='#F1F1F1' "
                 "stroke='#999' stroke-dasharray='4 3'/>")  # fmt: skip
    parts.append(f"<text x='470' y='142' text-anchor='middle' font-size='10.5' "
                 f"font-weight='bold' fill='#444'>{_esc(word)}</text>")  # fmt: skip
    for j, ref in enumerate(refs):
        col, line = j % 3, j // 3
        parts.append(f"<text x='{425 + col * 30}' y='{166 + line * 16}' text-anchor='middle' "
                     f"font-size='11' fill='#333'>{_esc(ref)}</text>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def _rings(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    updated = date.fromisoformat(str(f["updated"]))
    progress = bool(f["progress"])
    cols = ["ref", "action", "owner", "due"] + (["progress"] if progress else [])
    head = "".join(f"<th class='{c}'>{_esc(h[c])}</th>" for c in cols)
    body_rows = []
    for num, text in p.recs:
        body_rows.append(f"<tr class='band'><td colspan='{len(cols)}'>"
                         f"{_esc(p.rec_label.format(n=num))}: {_esc(text)}</td></tr>")  # fmt: skip
        for a in p.per_rec(num):
            vals = {"ref": _esc(a.ref), "action": _esc(a.text), "owner": _esc(a.owner),
                    "due": _esc(a.due_raw), "progress": _esc(a.progress or "")}  # fmt: skip
            body_rows.append("<tr>" + "".join(f"<td class='{c}'>{vals[c]}</td>" for c in cols)
                             + "</tr>")  # fmt: skip
    body = (
        f"<div class='bar'>{_esc(p.authority)} Council <span>Children and families</span></div>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<p class='meta'>Page updated {_long(updated)} by {_esc(str(f['coach']))}. Board "
        f"sponsor: {_esc(str(f['sponsor']))}.</p>"
        "<p class='intro'>We have drawn our progress as a target. Each action's number sits in "
        f"the ring that shows its {_esc(h['rag'].lower())}: the nearer the centre, the nearer it "
        "is to done. Actions we have not started yet sit in the box beside the target. The table "
        "below the target says what each action is, who leads it and when it is due.</p>"
        f"<div class='target'><h2>{_esc(h['rag'])}</h2>{_target_svg(p)}</div>"
        f"<table class='plan'><thead><tr>{head}</tr></thead><tbody>{''.join(body_rows)}"
        "</tbody></table>"
    )
    if p.kpis:
        khead = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        krows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>" for k in p.kpis)  # fmt: skip
        body += (f"<h2>How we will know we are hitting the target</h2><table class='kpi'>"
                 f"<thead><tr>{khead}</tr></thead><tbody>{krows}</tbody></table>")  # fmt: skip
    body += ("<p class='foot'>Need this page in large print? Phone 01632 960 552 or e-mail the "
             "children's services improvement team.</p>")  # fmt: skip
    widths = {"ref": "16mm", "due": "34mm", "owner": "36mm"}
    colcss = "".join(f"th.{c} {{ width: {w}; }}" for c, w in widths.items())
    css = (
        "@page { size: A4 portrait; margin: 13mm 12mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9pt; color: #1d1d1d;"
        " line-height: 1.32; margin: 0; }"
        ".bar { background: #1E3A34; color: white; font-weight: bold; font-size: 11pt;"
        " padding: 2.5mm 3mm; } .bar span { font-weight: normal; float: right; font-size: 9pt; }"
        "h1 { font-size: 17pt; margin: 3mm 0 1mm; color: #1E3A34; }"
        ".meta { font-size: 7.8pt; color: #666; margin: 0 0 2mm; }"
        ".intro { margin: 0 0 2mm; }"
        ".target { break-inside: avoid; text-align: center; margin: 0 0 3mm; }"
        ".target h2 { text-align: left; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th { background: #E3ECE9; text-align: left; font-size: 8.4pt; padding: 1.2mm;"
        " border-bottom: 0.5mm solid #1E3A34; vertical-align: bottom; }"
        f"{colcss}"
        "td { padding: 1.2mm; border-bottom: 0.25mm solid #CAD6D2; vertical-align: top; }"
        "tr { break-inside: avoid; } thead { display: table-header-group; }"
        "tr.band td { background: #1E3A34; color: white; font-weight: bold; }"
        "td.ref { font-weight: bold; } td.progress { font-size: 8.2pt; color: #444; }"
        "h2 { font-size: 11.5pt; color: #1E3A34; margin: 4mm 0 1.5mm; break-after: avoid; }"
        "table.kpi { break-inside: avoid; }"
        ".foot { font-size: 7.8pt; color: #666; margin-top: 4mm; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
