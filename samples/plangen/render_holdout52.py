"""Producers of the holdout52 split (BLIND: fixers never read this): boarding passes in ReportLab;
invoices by owner in Word and a duty rota in Excel, both printed by LibreOffice; and till
receipts in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built by
holdout52."""

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
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout52 import H52_STATUS, h52_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_FILL = {"green": "D5ECD4", "amber": "FBE7B5", "red": "F6CACA", "blue": "D3E2F4", None: "EEEEEE"}
RAG_DOT = {"green": "#2E7D32", "amber": "#E0A000", "red": "#C62828", "blue": "#1565C0",
           None: "#757575"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout52", html=_receipts,
                reportlab=_passes, docx=_invoices, xlsx=_rota)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: boarding passes --------------------------------------------------------------------


def _passes(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
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
    W, H = A4
    body_w = W - 30 * mm
    main_w = body_w - 50 * mm
    dest = ParagraphStyle("dest", fontName=bold, fontSize=11, leading=13.5)
    note = ParagraphStyle("note", fontName=italic, fontSize=8, leading=10)
    val = ParagraphStyle("val", fontName=bold, fontSize=9, leading=11)
    idx = {a.ref: i for i, a in enumerate(p.actions)}

    class Pass(Flowable):  # type: ignore[misc]
        def __init__(self, a: H8Action) -> None:
            super().__init__()
            self.a = a
            self.i = idx[a.ref]
            self.dp = Paragraph(_esc(a.text), dest)
            _, self.dh = self.dp.wrap(main_w - 12 * mm, 100 * mm)
            self.op = Paragraph(_esc(a.owner), val)
            _, self.oh = self.op.wrap(62 * mm, 40 * mm)
            self.np = None
            self.nh = 0.0
            if a.progress:
                self.np = Paragraph(f"<b>{_esc(h['progress'])}:</b> {_esc(a.progress)}", note)
                _, self.nh = self.np.wrap(main_w - 12 * mm, 40 * mm)
            self.ht = 14 * mm + 8 * mm + self.dh + 9 * mm + max(self.oh, 11) + 18 * mm + self.nh

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return body_w, self.ht

        def draw(self) -> None:
            c = self.canv
            a = self.a
            i = self.i
            ht = self.ht
            c.setStrokeColor(colors.HexColor("#546E7A"))
            c.setLineWidth(0.8)
            c.setFillColor(colors.HexColor("#FAFBFC"))
            c.roundRect(0, 0, body_w, ht, 3 * mm, stroke=1, fill=1)
            # band
            c.setFillColor(colors.HexColor("#0D47A1"))
            c.rect(0.4, ht - 11 * mm, body_w - 0.8, 10.6 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, 11)
            c.drawString(5 * mm, ht - 7.3 * mm, f"BOARDING PASS  ·  {f['airline']}")
            c.setFont(base, 8)
            c.drawRightString(main_w - 4 * mm, ht - 7.3 * mm, f"{p.authority} Council")
            # perforation
            c.setStrokeColor(colors.HexColor("#90A4AE"))
            c.setDash(2, 2)
            c.line(main_w, 2 * mm, main_w, ht - 11 * mm)
            c.setDash()

            def field(x: float, y: float, label: str, value: str, size: float = 9) -> None:
                c.setFillColor(colors.HexColor("#607D8B"))
                c.setFont(base, 6.5)
                c.drawString(x, y, label)
                c.setFillColor(colors.black)
                c.setFont(bold, size)
                c.drawString(x, y - 4.2 * mm, value)

            x0 = 6 * mm
            y = ht - 16 * mm
            field(x0, y, h["ref"], a.ref, 12)
            field(x0 + 30 * mm, y, h["rec"], f"R{a.recs[0]}", 12)
            field(x0 + 60 * mm, y, "GATE", f["gates"][i], 12)
            field(x0 + 85 * mm, y, "SEAT", f["seats"][i], 12)
            y -= 8 * mm
            c.setFillColor(colors.HexColor("#607D8B"))
            c.setFont(base, 6.5)
            c.drawString(x0, y, h["action"])
            y -= 1.5 * mm
            self.dp.drawOn(c, x0, y - self.dh)
            y -= self.dh + 5 * mm
            c.setFillColor(colors.HexColor("#607D8B"))
            c.setFont(base, 6.5)
            c.drawString(x0, y, h["owner"])
            self.op.drawOn(c, x0, y - 1.5 * mm - self.oh)
            field(x0 + 68 * mm, y, "DEPARTS", f["departs"][i])
            field(x0 + 100 * mm, y, h["due"], a.due_raw)
            y -= max(self.oh, 11) + 7 * mm
            c.setFillColor(colors.HexColor("#607D8B"))
            c.setFont(base, 6.5)
            c.drawString(x0, y, h["rag"])
            c.setFillColor(colors.HexColor(RAG_DOT[a.rag]))
            c.roundRect(x0, y - 6.5 * mm, c.stringWidth(a.status or "", bold, 9) + 5 * mm,
                        5 * mm, 1.5 * mm, stroke=0, fill=1)  # fmt: skip
            c.setFillColor(colors.white)
            c.setFont(bold, 9)
            c.drawString(x0 + 2.5 * mm, y - 5 * mm, a.status or "")
            c.setFillColor(colors.black)
            c.setFont(base, 7.5)
            c.drawString(x0 + 100 * mm, y - 5 * mm, f"BOARDING {f['boarding'][i]}")
            if self.np is not None:
                self.np.drawOn(c, x0, 3 * mm)
            # stub
            sx = main_w + 5 * mm
            sy = ht - 16 * mm
            field(sx, sy, h["ref"], a.ref, 12)
            field(sx, sy - 9 * mm, "GATE", f["gates"][i])
            field(sx + 20 * mm, sy - 9 * mm, "SEAT", f["seats"][i])
            field(sx, sy - 18 * mm, "BOARDING", f["boarding"][i])
            c.setFillColor(colors.HexColor("#607D8B"))
            c.setFont(base, 6.5)
            c.drawString(sx, sy - 27 * mm, "CHECKED IN BY")
            cp = Paragraph(_esc(f["checkers"][i]), ParagraphStyle(
                "ck", fontName=base, fontSize=8, leading=9.5))  # fmt: skip
            _, chh = cp.wrap(40 * mm, 20 * mm)
            cp.drawOn(c, sx, sy - 28.5 * mm - chh)

    def footer(c: Any, d: Any) -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(15 * mm, 8 * mm, f"{p.authority} Council - {p.title.lower()}")
        c.drawRightString(W - 15 * mm, 8 * mm, str(c.getPageNumber()))

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=15 * mm,
                            title=f"{p.authority} - {p.title}")  # fmt: skip
    ts = ParagraphStyle("t", fontName=bold, fontSize=17, leading=21, spaceAfter=4)
    bs = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    rs = ParagraphStyle("r", fontName=base, fontSize=9.5, leading=12.5)
    story: list[Any] = [Paragraph(_esc(p.title), ts)]
    story.append(Paragraph(
        f"{_esc(p.authority)} Council Children's Services. Passes printed by {_esc(f['dispatcher'])}"
        f" on {_long(date.fromisoformat(f['printed']))}. Every action of the plan has a pass; "
        f"its {_esc(h['rec'].lower())} code says which recommendation it serves.", bs))  # fmt: skip
    story.append(Paragraph("<b>Route map</b>", ParagraphStyle(
        "rm", fontName=bold, fontSize=12, leading=15, spaceBefore=4, spaceAfter=3)))  # fmt: skip
    rrows = [[Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b>", rs), Paragraph(_esc(t), rs)]
             for num, t in p.recs]  # fmt: skip
    rt = Table(rrows, colWidths=[26 * mm, body_w - 26 * mm])
    rt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0BEC5")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    story += [rt, Spacer(1, 5 * mm)]
    legend = " · ".join(
        f"<font color='{RAG_DOT[rag]}'>&#9632;</font> {_esc(w)}"
        for w, rag in H52_STATUS["boarding"]
    )
    story.append(Paragraph(legend, ParagraphStyle("lg", fontName=base, fontSize=8, leading=10,
                                                  spaceAfter=5)))  # fmt: skip
    for a in p.actions:
        story.append(KeepTogether([Pass(a), Spacer(1, 5 * mm)]))
    if p.kpis:
        ks = ParagraphStyle("k", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[84 * mm, 32 * mm, 32 * mm, 32 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(KeepTogether([Paragraph("<b>Flight instruments</b>", ParagraphStyle(
            "kh", fontName=bold, fontSize=12, leading=15, spaceBefore=4, spaceAfter=3)), kt]))  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


# ---- Word: invoices by owner -----------------------------------------------------------------------


def _invoices(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - improvement plan invoices"
    hd = doc.add_paragraph()
    r = hd.add_run(p.title)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1B, 0x5E, 0x20)
    doc.add_paragraph(
        f"{p.authority} Council Children's Services. Issued by the finance controller, "
        f"{f['controller']}, on {_long(date.fromisoformat(f['printed']))}. Each lead receives one "
        "invoice listing the actions billed to them; the code against each line is the "
        "recommendation it pays towards."
    ).runs[0].italic = True
    sp = doc.add_paragraph()
    sp.paragraph_format.space_before = Pt(8)
    sp.add_run("Schedule of recommendations").bold = True
    rt = doc.add_table(rows=1 + len(p.recs), cols=2)
    rt.style = doc.styles["Table Grid"]
    rt.cell(0, 0).paragraphs[0].add_run("Code").bold = True
    rt.cell(0, 1).paragraphs[0].add_run("Recommendation").bold = True
    for i, (num, text) in enumerate(p.recs, start=1):
        rt.cell(i, 0).paragraphs[0].add_run(p.rec_label.format(n=num)).bold = True
        rt.cell(i, 1).paragraphs[0].add_run(text)
    rt.autofit = False
    rt.columns[0].width = Cm(2.0)
    rt.columns[1].width = Cm(15.4)
    for row in rt.rows:
        _keep_row(row)
        row.cells[0].width = Cm(2.0)
        row.cells[1].width = Cm(15.4)
    lg = doc.add_paragraph()
    lg.paragraph_format.space_before = Pt(4)
    lr = lg.add_run(f"{h['rag']}: " + "; ".join(w for w, _ in H52_STATUS["invoice"]) + ".")
    lr.font.size = Pt(8)
    for bi, owner in enumerate(f["bill_order"]):
        items = [a for a in p.actions if a.owner == owner]
        ih = doc.add_paragraph()
        ih.paragraph_format.space_before = Pt(22)
        ih.paragraph_format.keep_with_next = True
        ir = ih.add_run("INVOICE")
        ir.bold = True
        ir.font.size = Pt(20)
        ir.font.color.rgb = RGBColor(0x1B, 0x5E, 0x20)
        ih.add_run(f"   {f['invoice_nos'][bi]}").font.size = Pt(11)
        top = doc.add_table(rows=1, cols=2)
        top.autofit = False
        top.columns[0].width = Cm(9.5)
        top.columns[1].width = Cm(7.9)
        _keep_row(top.rows[0])
        left, right = top.cell(0, 0), top.cell(0, 1)
        left.width = Cm(9.5)
        right.width = Cm(7.9)
        _shade(left, "E8F5E9")
        left.paragraphs[0].add_run(f"{h['owner']}:").bold = True
        op = left.add_paragraph()
        orun = op.add_run(owner)
        orun.font.size = Pt(12)
        left.add_paragraph(f"{p.authority} Council Children's Services").runs[0].font.size = Pt(8)
        idate = date.fromisoformat(f["invoice_dates"][bi])
        for line in (f"Invoice date: {_long(idate)}", f"Account: {f['accounts'][bi]}",
                     f"Raised by: {f['raisers'][bi]}"):  # fmt: skip
            rp = right.paragraphs[0] if line.startswith("Invoice date") else right.add_paragraph()
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rp.add_run(line).font.size = Pt(9)
        gap = doc.add_paragraph()
        gap.paragraph_format.keep_with_next = True
        cols = [h["ref"], h["action"], h["rec"], h["due"], h["rag"], "Amount (£)"]
        widths = [Cm(1.5), Cm(7.1), Cm(2.0), Cm(2.4), Cm(2.5), Cm(1.9)]
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for j, c_ in enumerate(cols):
            cell = t.cell(0, j)
            _shade(cell, "C8E6C9")
            cell.paragraphs[0].add_run(c_).bold = True
        total = 0.0
        for a in items:
            row = t.add_row()
            _keep_row(row)
            amount = f["amounts"][p.actions.index(a)]
            total += float(amount.replace(",", ""))
            vals = [a.ref, a.text, f"R{a.recs[0]}", a.due_raw, a.status or "", amount]
            for j, v in enumerate(vals):
                cp = row.cells[j].paragraphs[0]
                rr = cp.add_run(v)
                if j == 4:
                    rr.bold = True
                    rr.font.color.rgb = RGBColor.from_string(RAG_DOT[a.rag].lstrip("#").upper())
                if j == 5:
                    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if a.progress:
                pp = row.cells[1].add_paragraph()
                pr = pp.add_run(f"{h['progress']}: {a.progress}")
                pr.italic = True
                pr.font.size = Pt(8.5)
        trow = t.add_row()
        _keep_row(trow)
        trow.cells[4].paragraphs[0].add_run("Total").bold = True
        tp = trow.cells[5].paragraphs[0]
        tp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        tp.add_run(f"{total:,.2f}").bold = True
        for j, w in enumerate(widths):
            t.columns[j].width = w
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        foot = doc.add_paragraph()
        foot.paragraph_format.space_before = Pt(6)
        fr = foot.add_run("Please quote the invoice number on all correspondence. Terms: as "
                          "agreed at the improvement board.")  # fmt: skip
        fr.font.size = Pt(8)
        fr.italic = True
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.page_break_before = True
        kp.paragraph_format.keep_with_next = True
        kp.add_run("Statement of key figures").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "C8E6C9")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a duty rota ----------------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _rota(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    form = str(f["date_form"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Rota"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="5D4037")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols: list[str] = list(f["cols"])
    ncol = 1 + len(cols) + 1
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 18
    for j in range(3, 3 + len(cols)):
        ws.column_dimensions[get_column_letter(j)].width = 34
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 1, f"Drawn up by {f['drawn_by']}, {_long(date.fromisoformat(f['drawn']))}. Each "
                  "lead has a column; an action sits in the month it must be finished by. "
                  f"{h['rag']}: " + "; ".join(w for w, _ in H52_STATUS["rota"]) + ".").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 26
    r = 4
    for num, text in p.recs:
        lc = ws.cell(r, 1, p.rec_label.format(n=num))
        lc.font = Font(name=fname, size=9, bold=True)
        lc.alignment = Alignment(vertical="top", wrap_text=True)
        tc = ws.cell(r, 2, text)
        tc.font = Font(name=fname, size=9)
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = max(13 * _lines(text, 200), 13 * _lines(lc.value, 14)) + 3
        r += 1
    r += 1
    head = [h["due"], "On call", *cols]
    for j, v in enumerate(head, start=1):
        hc = ws.cell(r, j, v)
        hc.font = Font(name=fname, size=10, bold=True, color="FFFFFF")
        hc.fill = PatternFill("solid", fgColor="4E342E")
        hc.alignment = Alignment(wrap_text=True, vertical="top")
        hc.border = box
    ws.row_dimensions[r].height = max(13 * _lines(v, 30) for v in head) + 4
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    for mi, m in enumerate(f["months"]):
        md = date.fromisoformat(m)
        mc = ws.cell(r, 1, h52_due(form, md)[0])
        mc.font = Font(name=fname, size=10, bold=True)
        mc.alignment = Alignment(vertical="top")
        mc.number_format = "@"
        mc.border = box
        tallest = 1
        for j, owner in enumerate(cols, start=3):
            acts = [a for a in p.actions if a.owner == owner and a.due_date is not None
                    and (a.due_date.year, a.due_date.month) == (md.year, md.month)]  # fmt: skip
            parts = []
            for a in acts:
                s = f"{a.ref} {a.text}\n{h['rag']}: {a.status}"
                if a.progress:
                    s += f"\n{h['progress']}: {a.progress}"
                parts.append(s)
            v = "\n\n".join(parts)
            cc = ws.cell(r, j, v if v else None)
            cc.font = Font(name=fname, size=9)
            cc.alignment = Alignment(wrap_text=True, vertical="top")
            cc.border = box
            if len(acts) == 1:
                cc.fill = PatternFill("solid", fgColor=RAG_FILL[acts[0].rag])
            tallest = max(tallest, _lines(v, 36))
        oc = ws.cell(r, 2, f["on_call"][mi])
        oc.font = Font(name=fname, size=8.5, italic=True, color="6D4C41")
        oc.alignment = Alignment(wrap_text=True, vertical="top")
        oc.border = box
        ws.row_dimensions[r].height = 12.5 * tallest + 4
        r += 1
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc = ks.cell(1, j, h[c_])
            kc.font = Font(name=fname, bold=True)
            kc.border = box
            if j > 1:
                ks.column_dimensions[kc.column_letter].width = 18
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = box
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: till receipts ---------------------------------------------------------------------------


def _item(p: H8Plan, a: H8Action, price: str) -> str:
    h = p.headers
    s = (
        f"<div class='it'><div class='t'><b>{_esc(a.ref)}</b> {_esc(a.text)}</div>"
        f"<div class='l'>{_esc(h['owner'])} {_esc(a.owner)}</div>"
        f"<div class='l'>{_esc(h['due'])} {_esc(a.due_raw)}</div>"
        f"<div class='l'>{_esc(h['rag'])} <span class='st' style='color:{RAG_DOT[a.rag]}'>"
        f"** {_esc(a.status or '')} **</span></div>"
    )
    if a.progress:
        s += f"<div class='pr'>{_esc(h['progress'])}: {_esc(a.progress)}</div>"
    return s + f"<div class='pz'>£{price}</div></div>"


def _receipts(p: H8Plan) -> str:
    font = '"Liberation Mono", "DejaVu Sans Mono", monospace'
    f = p.features
    idx = {a.ref: i for i, a in enumerate(p.actions)}
    blocks = []
    for ri, (num, text) in enumerate(p.recs):
        acts = p.per_rec(num)
        total = sum(float(f["prices"][idx[a.ref]]) for a in acts)
        items = "".join(_item(p, a, f["prices"][idx[a.ref]]) for a in acts)
        blocks.append(
            f"<div class='rc'><div class='c'><b>{_esc(p.authority.upper())}</b><br>IMPROVEMENT "
            f"STORE<br>Till {f['tills'][ri]} &middot; Receipt {f['receipt_nos'][ri]}<br>"
            f"{_esc(f['times'][ri])}<br>Cashier: {_esc(f['cashiers'][ri])}</div>"
            f"<div class='dash'></div><div class='rh'>{_esc(p.rec_label.format(n=num))}</div>"
            f"<div class='rt'>{_esc(text)}</div><div class='dash'></div>{items}"
            f"<div class='dash'></div><div class='tot'><span>ITEMS {len(acts)}</span>"
            f"<span>TOTAL £{total:.2f}</span></div><div class='c'>THANK YOU FOR SHOPPING "
            "WITH US</div></div>"
        )
    body = (
        f"<h1>{_esc(p.title)}</h1><p class='by'>{_esc(p.authority)} Council Children's "
        f"Services. Receipts kept by the store manager, {_esc(f['manager'])}, "
        f"{_long(date.fromisoformat(f['printed']))}. One receipt for each recommendation; each "
        "item on it is an action.</p><div class='grid'>" + "".join(blocks) + "</div>"
    )
    if p.kpis:
        h = p.headers
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<div class='kw'><h2>Loyalty card statement</h2><table class='k'><tr>{kh}"
                 f"</tr>{rows}</table></div>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 12mm 10mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8pt; color: #1b1b1b; }}"
        "h1 { font-size: 16pt; margin: 0 0 1mm; } .by { color: #555; font-size: 8pt;"
        " margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; }"
        ".grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm;"
        " row-gap: 6mm; align-items: start; }"
        f".rc {{ font-family: {font}; font-size: 7.4pt; line-height: 1.3; background: #FFFEF7;"
        " border: 0.3mm solid #BDBDBD; padding: 3mm 3mm; box-sizing: border-box;"
        " break-inside: avoid; }"
        ".c { text-align: center; } .dash { border-top: 0.4mm dashed #9E9E9E; margin: 1.5mm 0; }"
        ".rh { font-weight: bold; } .rt { margin-top: 0.5mm; }"
        ".it { margin: 0 0 2mm; } .t { margin-bottom: 0.5mm; } .l { padding-left: 3ch; }"
        ".st { font-weight: bold; } .pr { padding-left: 3ch; font-style: italic; color: #444; }"
        ".pz { text-align: right; } .tot { display: flex; justify-content: space-between;"
        " font-weight: bold; margin-bottom: 1.5mm; }"
        ".kw { break-inside: avoid; } table.k { border-collapse: collapse; width: 90%;"
        " font-size: 9pt; } table.k td, table.k th { border: 0.3mm solid #999; padding: 1mm 2mm;"
        " text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
