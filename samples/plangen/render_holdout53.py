"""Producers of the holdout53 split (BLIND: fixers never read this): a storyboard in ReportLab;
inherited leads and dates in Word and a league table in Excel, both printed by LibreOffice; and
typographic status in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built
by holdout53."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout53 import H53_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_DOT = {"green": "#2E7D32", "amber": "#E0A000", "red": "#C62828", "blue": "#1565C0",
           None: "#757575"}  # fmt: skip
DIVISION_FILLS = ("DCE8F5", "E4F1DC", "F8E3D0", "EADCF2", "F5F0C8")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout53", html=_typeset,
                reportlab=_storyboard, docx=_strands, xlsx=_league)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: a storyboard -----------------------------------------------------------------------


def _storyboard(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
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
    W, H = landscape(A4)
    body_w = W - 24 * mm
    gap = 4 * mm
    pw = (body_w - 3 * gap) / 4
    inner = pw - 6 * mm
    cap = ParagraphStyle("cap", fontName=base, fontSize=8, leading=10)
    say = ParagraphStyle("say", fontName=italic, fontSize=8, leading=10)
    tag = ParagraphStyle("tag", fontName=bold, fontSize=7, leading=8.5)
    nar = ParagraphStyle("nar", fontName=italic, fontSize=7, leading=8.5)
    ban = ParagraphStyle("ban", fontName=bold, fontSize=9.5, leading=12, textColor=colors.white)
    idx = {a.ref: i for i, a in enumerate(p.actions)}

    class Panel:
        def __init__(self, a: H8Action) -> None:
            i = idx[a.ref]
            self.a = a
            self.cp = Paragraph(f"<b>{_esc(h['action'])}.</b> {_esc(a.text)}", cap)
            _, self.ch = self.cp.wrap(inner - 4 * mm, 200 * mm)
            self.sp = Paragraph(f"\u201c{_esc(h['due'])} the {_esc(a.due_raw)}.\u201d"
                                if a.due_raw[0].isdigit() or a.due_raw.startswith("last")
                                else f"\u201c{_esc(h['due'])} {_esc(a.due_raw)}.\u201d", say)  # fmt: skip
            _, self.sh = self.sp.wrap(inner - 18 * mm, 100 * mm)
            self.tp = Paragraph(f"{_esc(h['owner'])}: {_esc(a.owner)}", tag)
            _, self.th = self.tp.wrap(inner - 14 * mm, 40 * mm)
            self.asker = f["askers"][i]
            self.qp = self.qtp = None
            self.qh = self.qth = 0.0
            if self.asker:
                self.qp = Paragraph(f"\u201cWill the board see it by the {_esc(f['asked'][i])}?"
                                    "\u201d", say)  # fmt: skip
                _, self.qh = self.qp.wrap(inner - 18 * mm, 100 * mm)
                self.qtp = Paragraph(f"ASKED BY: {_esc(self.asker)}", tag)
                _, self.qth = self.qtp.wrap(inner - 14 * mm, 40 * mm)
            self.np = None
            self.nh = 0.0
            if a.progress:
                self.np = Paragraph(f"<b>{_esc(h['progress'])}\u2026</b> {_esc(a.progress)}", nar)
                _, self.nh = self.np.wrap(inner - 4 * mm, 60 * mm)
            self.ht = (9 * mm + self.ch + 4 * mm + 4 * mm
                       + max(self.sh + 4 * mm + self.th + 2 * mm, 16 * mm)
                       + ((self.qh + 4 * mm + self.qth + 4 * mm) if self.qp else 0)
                       + 9 * mm + ((self.nh + 5 * mm) if self.np else 0) + 2 * mm)  # fmt: skip

        def draw(self, c: Any, x: float, y_top: float, ht: float) -> None:
            a = self.a
            c.setStrokeColor(colors.black)
            c.setLineWidth(1.2)
            c.setFillColor(colors.white)
            c.rect(x, y_top - ht, pw, ht, stroke=1, fill=1)
            xi = x + 3 * mm
            y = y_top - 3 * mm
            # panel number
            c.setFillColor(colors.black)
            c.rect(xi, y - 5 * mm, 22 * mm, 5 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, 8)
            c.drawString(xi + 1.5 * mm, y - 3.6 * mm, f"{h['ref']} {a.ref}")
            y -= 6 * mm
            # caption box
            c.setFillColor(colors.HexColor("#FFF3B0"))
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.6)
            c.rect(xi, y - self.ch - 4 * mm, inner, self.ch + 4 * mm, stroke=1, fill=1)
            self.cp.drawOn(c, xi + 2 * mm, y - 2 * mm - self.ch)
            y -= self.ch + 4 * mm + 4 * mm
            # figure and bubble
            blk = max(self.sh + 4 * mm + self.th + 2 * mm, 16 * mm)
            fx = xi + 5 * mm
            fy = y - blk + 2 * mm
            c.setStrokeColor(colors.HexColor("#37474F"))
            c.setLineWidth(0.9)
            c.circle(fx, fy + 11 * mm, 2.3 * mm, stroke=1, fill=0)
            c.line(fx, fy + 8.7 * mm, fx, fy + 3.5 * mm)
            c.line(fx, fy + 3.5 * mm, fx - 2 * mm, fy)
            c.line(fx, fy + 3.5 * mm, fx + 2 * mm, fy)
            c.line(fx - 2.5 * mm, fy + 7 * mm, fx + 2.5 * mm, fy + 7 * mm)
            bx = xi + 12 * mm
            bw = inner - 12 * mm
            bh = self.sh + 4 * mm
            c.setFillColor(colors.white)
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.7)
            c.roundRect(bx, y - bh, bw, bh, 3 * mm, stroke=1, fill=1)
            path = c.beginPath()
            path.moveTo(bx + 0.4 * mm, y - bh + 2.5 * mm)
            path.lineTo(fx + 3 * mm, fy + 11 * mm)
            path.lineTo(bx + 0.4 * mm, y - bh + 5 * mm)
            c.drawPath(path, stroke=1, fill=1)
            self.sp.drawOn(c, bx + 3 * mm, y - 2 * mm - self.sh)
            self.tp.drawOn(c, bx + 1 * mm, y - bh - 1.5 * mm - self.th)
            y -= blk
            if self.qp is not None and self.qtp is not None:
                y -= 2 * mm
                qh = self.qh + 4 * mm
                c.setFillColor(colors.HexColor("#ECEFF1"))
                c.setStrokeColor(colors.HexColor("#78909C"))
                c.roundRect(xi + 2 * mm, y - qh, bw, qh, 3 * mm, stroke=1, fill=1)
                self.qp.drawOn(c, xi + 5 * mm, y - 2 * mm - self.qh)
                self.qtp.drawOn(c, xi + 3 * mm, y - qh - 1.5 * mm - self.qth)
                y -= qh + 2 * mm + self.qth + 2 * mm
            # mood stamp
            y -= 2 * mm
            word = f"{h['rag']}: {a.status or ''}".upper()
            sw = c.stringWidth(word, bold, 7.5) + 4 * mm
            c.setFillColor(colors.HexColor(RAG_DOT[a.rag]))
            c.roundRect(xi, y - 5 * mm, sw, 5 * mm, 1.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, 7.5)
            c.drawString(xi + 2 * mm, y - 3.5 * mm, word)
            y -= 7 * mm
            if self.np is not None:
                c.setFillColor(colors.HexColor("#F3E5F5"))
                c.setStrokeColor(colors.HexColor("#8E24AA"))
                c.setLineWidth(0.5)
                c.rect(xi, y - self.nh - 3 * mm, inner, self.nh + 3 * mm, stroke=1, fill=1)
                self.np.drawOn(c, xi + 2 * mm, y - 1.5 * mm - self.nh)

    class Strip(Flowable):  # type: ignore[misc]
        def __init__(self, num: str, text: str) -> None:
            super().__init__()
            self.panels = [Panel(a) for a in p.per_rec(num)]
            self.bp = Paragraph(f"{_esc(p.rec_label.format(n=num))} {_esc(text)}", ban)
            _, self.bh = self.bp.wrap(body_w - 6 * mm, 60 * mm)
            self.ph = max(pn.ht for pn in self.panels)
            self.ht = self.bh + 4 * mm + 3 * mm + self.ph

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return body_w, self.ht

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(colors.HexColor("#263238"))
            c.rect(0, self.ht - self.bh - 4 * mm, body_w, self.bh + 4 * mm, stroke=0, fill=1)
            self.bp.drawOn(c, 3 * mm, self.ht - 2 * mm - self.bh)
            top = self.ph
            for j, pn in enumerate(self.panels):
                pn.draw(c, j * (pw + gap), top, self.ph)

    def footer(c: Any, d: Any) -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(12 * mm, 7 * mm, f"{p.authority} Council - {p.title.lower()}")
        c.drawRightString(W - 12 * mm, 7 * mm, str(c.getPageNumber()))

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=11 * mm, bottomMargin=13 * mm,
                            title=f"{p.authority} - {p.title}")  # fmt: skip
    ts = ParagraphStyle("t", fontName=bold, fontSize=17, leading=21, spaceAfter=3)
    bs = ParagraphStyle("b", fontName=base, fontSize=9, leading=12, spaceAfter=4)
    story: list[Any] = [Paragraph(_esc(p.title), ts)]
    story.append(Paragraph(
        f"{_esc(p.authority)} Council Children's Services. Storyboard drawn by "
        f"{_esc(f['artist'])}, {_long(date.fromisoformat(f['printed']))}. Each strip is one "
        "recommendation; each panel one action, its lead speaking. Stamps: "
        + "; ".join(_esc(w) for w, _ in H53_STATUS["story"]) + ".", bs))  # fmt: skip
    for num, text in p.recs:
        story.append(Strip(num, text))
        story.append(Spacer(1, 6 * mm))
    if p.kpis:
        ks = ParagraphStyle("k", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[110 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(KeepTogether([Paragraph("<b>The credits: how we will know</b>",
                                             ParagraphStyle("kh", fontName=bold, fontSize=12,
                                                            leading=15, spaceBefore=4,
                                                            spaceAfter=3)), kt]))  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


# ---- Word: strands with inherited leads and dates -------------------------------------------------


def _strands(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(1)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - improvement plan by strand"
    hd = doc.add_paragraph()
    r = hd.add_run(f"{p.authority} Council: {p.title}")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x4A, 0x14, 0x8C)
    doc.add_paragraph(
        f"Children's Services. Plan owner: {f['owner_name']}. Version of "
        f"{_long(date.fromisoformat(f['printed']))}."
    ).runs[0].italic = True
    note = doc.add_paragraph()
    nr = note.add_run(
        "How to read this plan: each strand row gives the strand's lead and its landing date. "
        "A step whose lead or date cell is blank takes the strand's; a step that names its own "
        f"keeps it. {h['rag']}: " + "; ".join(w for w, _ in H53_STATUS["inherit"]) + "."
    )
    nr.font.size = Pt(8.5)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [Cm(1.9), Cm(11.6), Cm(5.0), Cm(4.0), Cm(4.0)]
    if progress:
        cols.append(h["progress"])
        widths = [Cm(1.9), Cm(8.0), Cm(3.7), Cm(3.0), Cm(2.8), Cm(7.1)]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    hrow = t.rows[0]
    _keep_row(hrow)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trp = hrow._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trp.append(th)
    for j, c_ in enumerate(cols):
        cell = t.cell(0, j)
        _shade(cell, "4A148C")
        rr = cell.paragraphs[0].add_run(c_)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    ai = 0
    strands = f["strands"]
    for si, (num, text) in enumerate(p.recs):
        s = strands[si]
        row = t.add_row()
        _keep_row(row)
        vals = [p.rec_label.format(n=num), text, str(s["lead"]), str(s["due_raw"]), ""]
        if progress:
            vals.append("")
        for j, v in enumerate(vals):
            cell = row.cells[j]
            _shade(cell, "E1D5F0")
            if v:
                cell.paragraphs[0].add_run(v).bold = True
        dp = row.cells[1].add_paragraph()
        dr = dp.add_run(f"Sponsor: {f['sponsors'][si]} · Chair of the strand group: "
                        f"{f['chairs'][si]} · Last reviewed {f['reviewed'][si]}")  # fmt: skip
        dr.font.size = Pt(7.5)
        dr.italic = True
        for a in p.per_rec(num):
            row = t.add_row()
            _keep_row(row)
            vals = [a.ref, a.text, a.owner if f["own_lead"][ai] else "",
                    a.due_raw if f["own_due"][ai] else "", a.status or ""]  # fmt: skip
            if progress:
                vals.append(a.progress or "")
            for j, v in enumerate(vals):
                if v:
                    rr = row.cells[j].paragraphs[0].add_run(v)
                    if j == 4:
                        rr.font.color.rgb = RGBColor.from_string(RAG_DOT[a.rag].lstrip("#").upper())
                        rr.bold = True
                    if j == 5:
                        rr.font.size = Pt(8.5)
            ai += 1
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.space_before = Pt(14)
        kp.paragraph_format.keep_with_next = True
        kp.add_run("Taking the temperature").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "E1D5F0")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a league table -------------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _league(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "League table"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    rule = Side(style="thin", color="9E9E9E")
    under = Border(bottom=rule)
    progress = bool(f["progress"])
    cols = ["Pos", "Move", h["ref"], h["action"], "Score", "Weighting", f"{h['owner']} / {h['due']}",
            "Scored by", h["rag"]]  # fmt: skip
    widths = [6, 6, 8, 46, 7, 10, 27, 18, 16]
    if progress:
        cols.append(h["progress"])
        widths.append(36)
    ncol = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 1, f"Compiled by {f['compiler']}, {_long(date.fromisoformat(f['printed']))}. "
                  "Actions are ranked within each division by score; the weighting is the "
                  f"share of the improvement budget. {h['rag']}: "
                  + "; ".join(w for w, _ in H53_STATUS["league"]) + ".").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 26
    r = 4
    for j, v in enumerate(cols, start=1):
        hc = ws.cell(r, j, v)
        hc.font = Font(name=fname, size=9.5, bold=True)
        hc.alignment = Alignment(wrap_text=True, vertical="bottom")
        hc.border = Border(bottom=Side(style="medium", color="212121"))
    ws.row_dimensions[r].height = max(13 * _lines(v, max(4, widths[j] - 1))
                                      for j, v in enumerate(cols)) + 3  # fmt: skip
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    idx = {a.ref: i for i, a in enumerate(p.actions)}
    for di, (num, text) in enumerate(p.recs):
        fill = PatternFill("solid", fgColor=DIVISION_FILLS[di % len(DIVISION_FILLS)])
        dc = ws.cell(r, 1, f"{p.rec_label.format(n=num)} {text}")
        dc.font = Font(name=fname, size=10, bold=True)
        dc.alignment = Alignment(wrap_text=True, vertical="top")
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 14 * _lines(str(dc.value), 190) + 4
        r += 1
        acts = sorted(p.per_rec(num), key=lambda a: -f["scores"][idx[a.ref]])
        for pos, a in enumerate(acts, start=1):
            i = idx[a.ref]
            vals: list[Any] = [pos, f["moves"][i], a.ref, a.text, f["scores"][i], f["weights"][i],
                               f"{a.owner}\nby {a.due_raw}", f["assessors"][i], a.status or ""]  # fmt: skip
            if progress:
                vals.append(a.progress or "")
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(r, j, v)
                cc.font = Font(name=fname, size=9, bold=(j == 9),
                               color=RAG_DOT[a.rag].lstrip("#") if j == 9 else None)  # fmt: skip
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="center" if j in (1, 5, 6) else "left")  # fmt: skip
                cc.border = under
                if j in (3, 7, 10):
                    cc.number_format = "@"
                if j == 5:
                    cc.number_format = "0.0"
                if j == 1:
                    cc.fill = fill
            tall = max(_lines(str(v), max(4, widths[j] - 2)) for j, v in enumerate(vals))
            ws.row_dimensions[r].height = 12 * tall + 3
            r += 1
    if p.kpis:
        ks = wb.create_sheet("Season statistics")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc = ks.cell(1, j, h[c_])
            kc.font = Font(name=fname, bold=True)
            kc.border = under
            if j > 1:
                ks.column_dimensions[kc.column_letter].width = 18
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = under
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: typographic status ----------------------------------------------------------------------


def _mark(status: str | None) -> str:
    if status == "ring":
        return "<span class='ring'></span>"
    if status == "wedge":
        return "<span class='wedge'></span>"
    return ""


def _typeset(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    idx = {a.ref: i for i, a in enumerate(p.actions)}
    progress = bool(f["progress"])
    heads = [h["ref"], h["action"], h["owner"], h["due"], "Agreed"]
    if progress:
        heads.append(h["progress"])
    thead = "<tr><th class='m'></th>" + "".join(f"<th>{_esc(x)}</th>" for x in heads) + "</tr>"
    sections = []
    for num, text in p.recs:
        rows = []
        for a in p.per_rec(num):
            i = idx[a.ref]
            cls = {"struck": "struck", "grey": "grey"}.get(a.status or "", "")
            cells = [f"<td class='m'>{_mark(a.status)}</td>", f"<td class='ref'>{_esc(a.ref)}</td>",
                     f"<td class='act'><span class='{cls}'>{_esc(a.text)}</span></td>",
                     f"<td>{_esc(a.owner)}</td>", f"<td class='nw'>{_esc(a.due_raw)}</td>",
                     f"<td class='ag'>{_esc(f['agreed'][i])}<br><span class='pp'>proposed by "
                     f"{_esc(f['proposers'][i])}</span></td>"]  # fmt: skip
            if progress:
                cells.append(f"<td class='pr'>{_esc(a.progress or '')}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        sections.append(
            f"<section><h2>{_esc(p.rec_label.format(n=num))} {_esc(text)}</h2>"
            f"<table class='u'><thead>{thead}</thead><tbody>{''.join(rows)}</tbody></table>"
            "</section>"
        )
    key = (
        "<div class='key'><span class='kh'>How to read the type</span>"
        "<span>plain type: on course</span>"
        "<span><span class='ring'></span> beside it: slipping</span>"
        "<span><span class='wedge'></span> beside it: off course</span>"
        "<span><span class='struck'>struck through</span>: fulfilled</span>"
        "<span><span class='grey'>grey italics</span>: not yet begun</span></div>"
    )
    body = (
        f"<h1>{_esc(p.title)}</h1><p class='by'>{_esc(p.authority)} Council Children's "
        f"Services. Set by {_esc(f['editor'])}, {_long(date.fromisoformat(f['printed']))}.</p>"
        + key
        + "".join(sections)
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>Reading the measures</h2><table class='k'><tr>{kh}"
                 f"</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 14mm 13mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9pt; color: #222; }}"
        "h1 { font-size: 18pt; font-weight: normal; letter-spacing: 0.08em; margin: 0 0 1mm; }"
        ".by { color: #666; font-size: 8pt; margin: 0 0 3mm; }"
        "h2 { font-size: 11pt; font-weight: bold; margin: 6mm 0 2mm; break-after: avoid; }"
        ".key { font-size: 8pt; color: #333; margin: 0 0 2mm; display: flex; flex-wrap: wrap;"
        " gap: 1mm 6mm; } .kh { font-variant: small-caps; letter-spacing: 0.25em; }"
        "table.u { border-collapse: separate; border-spacing: 0; width: 100%; }"
        "table.u th { font-variant: small-caps; font-weight: normal; letter-spacing: 0.45em;"
        " font-size: 8pt; color: #555; text-align: left; padding: 1mm 2mm 2mm;"
        " vertical-align: bottom; }"
        "table.u td { padding: 2.2mm 2mm; vertical-align: top; }"
        "table.u tr { break-inside: avoid; }"
        "td.m, th.m { width: 4mm; padding-left: 0; padding-right: 0; }"
        "td.ref { width: 8mm; } td.act { text-align: justify; width: 36%; }"
        "section { break-inside: avoid; } td.nw { width: 25mm; } td.ag { width: 22mm; font-size: 7.5pt; color: #555; }"
        ".pp { font-size: 7pt; } td.pr { font-size: 8pt; color: #333; }"
        ".struck { text-decoration: line-through; text-decoration-thickness: 0.9px; }"
        ".grey { color: #8a8a8a; font-style: italic; }"
        ".ring { display: inline-block; width: 2.2mm; height: 2.2mm; border: 0.45mm solid"
        " #D08C00; border-radius: 50%; box-sizing: border-box; vertical-align: middle; }"
        ".wedge { display: inline-block; width: 0; height: 0; border-left: 1.4mm solid"
        " transparent; border-right: 1.4mm solid transparent; border-bottom: 2.5mm solid"
        " #C62828; vertical-align: middle; }"
        ".kw { break-inside: avoid; } table.k { border-collapse: collapse; width: 90%;"
        " font-size: 9pt; } table.k td, table.k th { border-bottom: 0.2mm solid #bbb;"
        " padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
