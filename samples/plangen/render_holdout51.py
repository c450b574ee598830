"""Producers of the holdout51 split (BLIND: fixers never read this): a year wheel in ReportLab;
a recipe book in Word and a staircase in Excel, both printed by LibreOffice; and stepped pyramids
in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built by holdout51."""

from __future__ import annotations

import calendar
import math
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout51 import H51_STATUS, h51_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_FILL = {"green": "D5ECD4", "amber": "FBE7B5", "red": "F6CACA", "blue": "D3E2F4", None: "EEEEEE"}
RAG_DOT = {"green": "#2E7D32", "amber": "#E0A000", "red": "#C62828", "blue": "#1565C0",
           None: "#9E9E9E"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout51", html=_pyramids,
                reportlab=_wheel, docx=_recipes, xlsx=_stairs)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: a year wheel -----------------------------------------------------------------------


def _wheel(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    f = p.features
    form = str(f["date_form"])
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A4)
    months = [date.fromisoformat(m) for m in f["months"]]
    n_m = len(months)
    step = 360.0 / n_m
    by_month: dict[int, list[H8Action]] = {}
    for a in p.actions:
        assert a.due_date is not None
        mi = next(i for i, m in enumerate(months)
                  if (m.year, m.month) == (a.due_date.year, a.due_date.month))  # fmt: skip
        by_month.setdefault(mi, []).append(a)
    side = ParagraphStyle("side", fontName=base, fontSize=8.5, leading=11)

    class Wheel(Flowable):  # type: ignore[misc]
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return aw, ah - 2

        def draw(self) -> None:
            c = self.canv
            cx, cy = 95 * mm, 92 * mm
            r_out, r_in = 72 * mm, 22 * mm
            for i in range(n_m):
                a0 = 90 - (i + 1) * step
                c.setFillColor(colors.HexColor("#ECEFF1" if i % 2 else "#F7F9FA"))
                c.setStrokeColor(colors.HexColor("#B0BEC5"))
                c.setLineWidth(0.6)
                c.wedge(cx - r_out, cy - r_out, cx + r_out, cy + r_out, a0, step,
                        stroke=1, fill=1)  # fmt: skip
            c.setFillColor(colors.white)
            c.circle(cx, cy, r_in, stroke=1, fill=1)
            # month labels outside the rim
            for i, m in enumerate(months):
                mid = math.radians(90 - (i + 0.5) * step)
                lx, ly = (
                    cx + (r_out + 11 * mm) * math.cos(mid),
                    cy + (r_out + 11 * mm) * math.sin(mid),
                )
                c.setFont(bold, 8)
                c.setFillColor(colors.HexColor("#37474F"))
                c.drawCentredString(lx, ly - 1 * mm, h51_due(form, m)[0])
            # milestone diamonds just outside the rim (distractors)
            for tag, _what, md, _who in f["milestones"]:
                mdd = date.fromisoformat(md)
                i = next(
                    j for j, m in enumerate(months) if (m.year, m.month) == (mdd.year, mdd.month)
                )
                ang = math.radians(90 - (i + 0.82) * step)
                dx, dy = (
                    cx + (r_out + 4 * mm) * math.cos(ang),
                    cy + (r_out + 4 * mm) * math.sin(ang),
                )
                c.setFillColor(colors.HexColor("#6A1B9A"))
                pth = c.beginPath()
                s = 1.8 * mm
                pth.moveTo(dx, dy + s)
                pth.lineTo(dx + s, dy)
                pth.lineTo(dx, dy - s)
                pth.lineTo(dx - s, dy)
                pth.close()
                c.drawPath(pth, stroke=0, fill=1)
                c.setFont(bold, 5.5)
                c.drawString(dx + 2.2 * mm, dy - 0.8 * mm, tag)
            # the discs
            for i, acts in by_month.items():
                mid = 90 - (i + 0.5) * step
                if len(acts) <= 4:
                    spots = [(mid, r) for r in (31, 42, 53, 64)]
                else:
                    spots = []
                    for r in (36, 46, 56, 66):
                        spots += [(mid + step / 4.2, r), (mid - step / 4.2, r)]
                for a, (ang, r) in zip(acts, spots, strict=False):
                    x = cx + r * mm * math.cos(math.radians(ang))
                    y = cy + r * mm * math.sin(math.radians(ang))
                    c.setFillColor(colors.HexColor(RAG_DOT[a.rag]))
                    c.circle(x, y, 4.3 * mm, stroke=0, fill=1)
                    c.setFillColor(colors.white)
                    c.setFont(bold, 7)
                    c.drawCentredString(x, y - 2.4, a.ref)
            # the hub
            c.setFillColor(colors.HexColor("#263238"))
            c.setFont(bold, 8)
            c.drawCentredString(cx, cy + 3 * mm, p.authority)
            c.setFont(base, 6.5)
            c.drawCentredString(cx, cy - 1 * mm, "plan year wheel")
            c.drawCentredString(
                cx, cy - 4.5 * mm, f"turned {_long(date.fromisoformat(f['turned']))}"
            )
            # the side panel
            x0 = 200 * mm
            c.setFont(bold, 15)
            c.setFillColor(colors.black)
            tp = Paragraph(f"<b>{_esc(p.title)}</b>", ParagraphStyle(
                "t", fontName=bold, fontSize=15, leading=18))  # fmt: skip
            _, th = tp.wrap(80 * mm, 60 * mm)
            y = 180 * mm
            tp.drawOn(c, x0, y - th)
            y -= th + 4 * mm
            legend = [
                f"{_esc(p.authority)} Council Children's Services. Kept by "
                f"{_esc(f['keeper'])}. Each numbered disc sits in the month the action is due; "
                f"its colour is its {_esc(h['rag'].lower())}. The key on the following pages "
                "gives each disc's action.",
            ]
            for tag, what, md, who in f["milestones"]:
                legend.append(f"<font color='#6A1B9A'>&#9670; <b>{tag}</b></font> {what}, "
                              f"{_long(date.fromisoformat(md))} ({_esc(who)})")  # fmt: skip
            for word, rag in H51_STATUS["wheel"]:
                legend.append(f"<font color='{RAG_DOT[rag]}'>&#9679;</font> {_esc(word)}")
            for txt in legend:
                pp = Paragraph(txt, side)
                _, ph = pp.wrap(80 * mm, 100 * mm)
                pp.drawOn(c, x0, y - ph)
                y -= ph + 2 * mm

    def footer(c: Any, d: Any) -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(14 * mm, 8 * mm, f"{p.authority} Council - improvement year wheel")
        c.drawRightString(W - 14 * mm, 8 * mm, str(c.getPageNumber()))

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm,
                            title=f"{p.authority} - {p.title}")  # fmt: skip
    ks = ParagraphStyle("k", fontName=base, fontSize=9, leading=11.5)
    kb = ParagraphStyle("kb", fontName=bold, fontSize=9, leading=11.5)
    ki = ParagraphStyle("ki", fontName=italic, fontSize=8.5, leading=10.5)
    rs = ParagraphStyle("r", fontName=base, fontSize=10.5, leading=13, spaceBefore=8,
                        spaceAfter=4)  # fmt: skip
    story: list[Any] = [Wheel(), PageBreak()]
    story.append(Paragraph("<b>Key to the discs</b>", ParagraphStyle(
        "kh", fontName=bold, fontSize=14, leading=17, spaceAfter=4)))  # fmt: skip
    heads = ["Disc", "Action", h["owner"], h["rag"]] + (
        [h["progress"]] if p.features["progress"] else []
    )
    widths = [16 * mm, 110 * mm, 50 * mm, 30 * mm] + ([67 * mm] if p.features["progress"] else [])
    if not p.features["progress"]:
        widths[1] = 177 * mm
    for num, text in p.recs:
        story.append(Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}:</b> {_esc(text)}", rs))
        rows = [[Paragraph(f"<b>{_esc(x)}</b>", ks) for x in heads]]
        for a in p.per_rec(num):
            row = [Paragraph(_esc(a.ref), kb), Paragraph(_esc(a.text), ks),
                   Paragraph(_esc(a.owner), ks),
                   Paragraph(f"<font color='{RAG_DOT[a.rag]}'>&#9679;</font> {_esc(a.status or '')}", ks)]  # fmt: skip
            if p.features["progress"]:
                row.append(Paragraph(_esc(a.progress or ""), ki))
            rows.append(row)
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0BEC5")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ECEFF1")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(t)
    if p.kpis:
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph("<b>Measures on the rim</b>", rs))
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[120 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


# ---- Word: a recipe book ---------------------------------------------------------------------------


def _no_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _recipes(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - recipes for better practice"
    hd = doc.add_paragraph()
    r = hd.add_run(p.title)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x8C, 0x2F, 0x1B)
    doc.add_paragraph(
        f"{p.authority} Council Children's Services. From the kitchen of {f['chef']}, printed "
        f"{_long(date.fromisoformat(f['printed']))}. One recipe for each thing the inspectors "
        "asked of us: what it needs, and the method, step by step."
    ).runs[0].italic = True
    for ri, (num, text) in enumerate(p.recs):
        ph = doc.add_paragraph()
        ph.paragraph_format.space_before = Pt(14)
        ph.paragraph_format.keep_with_next = True
        rh = ph.add_run(p.rec_label.format(n=num))
        rh.bold = True
        rh.font.size = Pt(15)
        rh.font.color.rgb = RGBColor(0x8C, 0x2F, 0x1B)
        pt = doc.add_paragraph()
        pt.paragraph_format.keep_with_next = True
        pt.add_run(text).italic = True
        pg = doc.add_paragraph()
        rg = pg.add_run(
            f"Serves about {f['serves'][ri]} families · Cooking time {f['cooking'][ri]} months · "
            f"Tested by {f['tested_by'][ri]}, {_long(date.fromisoformat(f['tested'][ri]))}"
        )
        pg.paragraph_format.keep_with_next = True
        rg.font.size = Pt(8.5)
        rg.font.color.rgb = RGBColor(0x75, 0x75, 0x75)
        t = doc.add_table(rows=1, cols=1)
        t.autofit = False
        _no_borders(t)
        _keep_row(t.rows[0])
        left = t.cell(0, 0)
        left.width = Cm(9.0)
        _shade(left, "FBF3EC")
        lp = left.paragraphs[0]
        lp.add_run("You will need").bold = True
        for item in f["needs"][ri]:
            ip = left.add_paragraph()
            ip.add_run(f"• {item}").font.size = Pt(9)
        mp = doc.add_paragraph()
        mp.paragraph_format.space_before = Pt(6)
        mp.paragraph_format.keep_with_next = True
        mp.add_run("Method").bold = True
        for a in p.per_rec(num):
            sp = doc.add_paragraph()
            sp.paragraph_format.space_before = Pt(5)
            sp.paragraph_format.left_indent = Cm(3.0)
            sp.paragraph_format.keep_together = True  # a step is never split over two pages
            sp.paragraph_format.keep_with_next = True
            sp.add_run(f"{a.ref}  ").bold = True
            owner = h["owner"].format(o=a.owner)
            due = h["due"].format(d=a.due_raw)
            sp.add_run(f"{a.text}. {owner}; {due}.")
            sq = doc.add_paragraph()
            sq.paragraph_format.left_indent = Cm(3.6)
            sq.paragraph_format.keep_with_next = bool(a.progress)
            sq.add_run(f"{h['rag']}: ").font.size = Pt(9)
            rs = sq.add_run(a.status or "")
            rs.bold = True
            rs.font.size = Pt(9)
            rs.font.color.rgb = RGBColor.from_string(RAG_DOT[a.rag].lstrip("#").upper())
            if a.progress:
                pr = doc.add_paragraph()
                pr.paragraph_format.left_indent = Cm(3.6)
                pr.paragraph_format.keep_together = True
                rr = pr.add_run(f"{h['progress']}: {a.progress}")
                rr.italic = True
                rr.font.size = Pt(9)
        doc.add_paragraph()
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.keep_with_next = True
        kp.paragraph_format.space_before = Pt(10)
        kp.add_run("How we will know it is cooked").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "FBF3EC")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a staircase ----------------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _stairs(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Staircase"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="6D4C41")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    riser = PatternFill("solid", fgColor="EFEBE9")
    ncol = 2 + 3 * 2 + 6  # the last step's text starts at column 8, its status is column 13
    ws.column_dimensions["A"].width = 3
    for j in range(2, ncol + 1):
        ws.column_dimensions[get_column_letter(j)].width = 15
    ws.cell(1, 2, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 2, f"Drawn by {f['architect']}, {_long(date.fromisoformat(f['drawn']))}. Each "
                  f"step reads, left to right: {h['action'].lower()} | {h['owner']} | "
                  f"{h['due']} | {h['rag']}. Read each flight from the top step down; the "
                  "landing at its foot is where it is signed off.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=ncol)
    ws.row_dimensions[2].height = 26
    ws.cell(2, 2).alignment = Alignment(wrap_text=True, vertical="top")
    r = 4
    for ri, (num, text) in enumerate(p.recs):
        rc = ws.cell(r, 2, p.rec_label.format(n=num))
        rc.font = Font(name=fname, size=11, bold=True, color="FFFFFF")
        rc.fill = PatternFill("solid", fgColor="4E342E")
        rc.alignment = Alignment(vertical="top", wrap_text=True)
        tc = ws.cell(r, 3, text)
        tc.font = Font(name=fname, size=10, bold=True)
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 14 * _lines(text, 160) + 4
        r += 1
        for k, a in enumerate(p.per_rec(num)):
            c0 = 2 + 2 * k
            cells = [(c0, f"{a.ref}  {a.text}"), (c0 + 3, a.owner), (c0 + 4, a.due_raw),
                     (c0 + 5, a.status or "")]  # fmt: skip
            for col, v in cells:
                cc = ws.cell(r, col, v)
                cc.font = Font(name=fname, size=9, bold=(col == c0 + 5))
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                cc.number_format = "@"
                cc.border = box
            ws.cell(r, c0 + 5).fill = PatternFill("solid", fgColor=RAG_FILL[a.rag])
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 2)
            for col in range(2, c0):
                ws.cell(r, col).fill = riser
            ws.row_dimensions[r].height = max(13 * _lines(cells[0][1], 50),
                                              13 * _lines(a.owner, 16), 15) + 3  # fmt: skip
            r += 1
            if a.progress:
                pc = ws.cell(r, c0 + 3, f"{h['progress']}: {a.progress}")
                pc.font = Font(name=fname, size=8.5, italic=True, color="4E342E")
                pc.alignment = Alignment(wrap_text=True, vertical="top")
                ws.merge_cells(start_row=r, start_column=c0 + 3, end_row=r, end_column=c0 + 5)
                for col in range(2, c0 + 3):
                    ws.cell(r, col).fill = riser
                ws.row_dimensions[r].height = 12 * _lines(pc.value, 50) + 3
                r += 1
        last = 2 + 2 * (len(p.per_rec(num)) - 1)
        lc = ws.cell(r, last, f"Landing: {f['landings'][ri]}, signed off by {f['signers'][ri]} "
                              f"on {_long(date.fromisoformat(f['signed'][ri]))}")  # fmt: skip
        lc.font = Font(name=fname, size=8.5, color="6D4C41")
        lc.fill = PatternFill("solid", fgColor="D7CCC8")
        lc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=last, end_row=r, end_column=last + 5)
        for col in range(2, last):
            ws.cell(r, col).fill = riser
        ws.row_dimensions[r].height = 26
        r += 2
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
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


# ---- HTML: stepped pyramids ------------------------------------------------------------------------


def _course(a: H8Action, h: dict[str, str], width: int) -> str:
    s = (
        f"<div class='course' style='width:{width}%'><div class='t'><b>{_esc(a.ref)}</b> "
        f"{_esc(a.text)}</div><div class='m'>{_esc(h['owner'])}: {_esc(a.owner)} &middot; "
        f"{_esc(h['due'])}: {_esc(a.due_raw)} &middot; {_esc(h['rag'])}: <span class='pill' "
        f"style='background:{RAG_DOT[a.rag]}'>{_esc(a.status or '')}</span></div>"
    )
    if a.progress:
        s += f"<div class='pr'>{_esc(h['progress'])}: {_esc(a.progress)}</div>"
    return s + "</div>"


def _pyramids(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    blocks = []
    for ri, (num, text) in enumerate(p.recs):
        acts = p.per_rec(num)
        n = len(acts)
        # laid from the base up: the first action is the bottom course, the widest
        courses = "".join(reversed([_course(a, h, 100 - 9 * k) for k, a in enumerate(acts)]))
        fnd = " &middot; ".join(_esc(x) for x in f["foundations"][ri])
        blocks.append(
            f"<div class='pyr'><div class='apex' style='width:{100 - 9 * n}%'>"
            f"<div class='il'>{_esc(p.rec_label.format(n=num))}</div>"
            f"<div>{_esc(text)}</div></div>{courses}"
            f"<div class='fnd'>Foundations: {fnd}. Surveyed by {_esc(f['surveyors'][ri])}, "
            f"{_esc(f['surveyed'][ri])}</div></div>"
        )
    drawn = date.fromisoformat(f["drawn"])
    body = (
        f"<h1>{_esc(p.title)}</h1><p class='by'>{_esc(p.authority)} Council. Drawn up by "
        f"{_esc(f['site_manager'])}, {_long(drawn)}. Each pyramid is built from its foundations "
        "up: the first action is the bottom course, and the recommendation it answers is the "
        "apex.</p><div class='grid'>" + "".join(blocks) + "</div>"
    )
    if p.kpis:
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<h2>What holds the pyramids up</h2><table class='k'><tr>{kh}"
                 f"</tr>{rows}</table>")  # fmt: skip
    css = (
        "@page { size: A4 landscape; margin: 12mm 12mm; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; color: #1b1b1b; line-height: 1.3; }}"
        "h1 { font-size: 17pt; margin: 0 0 1mm; color: #5D4037; } .by { color: #666;"
        " font-size: 8pt; margin: 0 0 3mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; }"
        ".grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; }"
        ".pyr { break-inside: avoid; display: flex; flex-direction: column; align-items: center; }"
        ".apex { background: #4E342E; color: #fff; text-align: center; padding: 2mm 3mm;"
        " border-radius: 3mm 3mm 0 0; box-sizing: border-box; } .il { font-weight: bold; }"
        ".course { background: #EFEBE9; border: 0.3mm solid #A1887F; border-top: none;"
        " text-align: center; padding: 1.5mm 3mm; box-sizing: border-box; }"
        ".t { margin-bottom: 0.5mm; } .m { font-size: 7.5pt; color: #333; }"
        ".pill { color: #fff; border-radius: 2mm; padding: 0 1.5mm; font-weight: bold; }"
        ".pr { font-size: 7.5pt; font-style: italic; color: #444; margin-top: 0.5mm; }"
        ".fnd { width: 100%; background: #BCAAA4; text-align: center; padding: 1.2mm; font-size:"
        " 7.5pt; box-sizing: border-box; }"
        "table.k { border-collapse: collapse; width: 80%; font-size: 9pt; break-inside: avoid; }"
        " table.k td, table.k th { border: 0.3mm solid #999; padding: 1mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
