"""Producers of the holdout50 split (BLIND: fixers never read this): a fishbone diagram per
recommendation in ReportLab; index cards (front beside back) in Word and a board meeting
timetable in Excel, both printed by LibreOffice; and a theory of change in HTML printed by
Chromium; each drawn straight from a holdout8.H8Plan built by holdout50."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout50 import h50_due
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
    print_plans(plans, folder, "plangen-lo-profile-holdout50", html=_toc,
                reportlab=_fishbone, docx=_cards, xlsx=_timetable)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: a fishbone diagram per recommendation --------------------------------------------


def _fishbone(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A4)
    path = folder / f"{p.name}.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} - {p.title}")
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    page = 0

    def footer() -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(14 * mm, 8 * mm, f"{p.authority} Council - cause and effect analysis")
        c.drawRightString(W - 14 * mm, 8 * mm, str(page))

    spine_y = 96 * mm
    for num, text in p.recs:
        page += 1
        acts = p.per_rec(num)
        c.setFillColor(colors.black)
        c.setFont(bold, 15)
        c.drawString(14 * mm, H - 15 * mm, p.title)
        c.setFont(base, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(14 * mm, H - 21 * mm,
                     f"Root-cause workshop facilitated by {f['facilitator']} on "
                     f"{_long(date.fromisoformat(f['workshop']))}; {f['attended']} staff "
                     "attended. Each bone is a cause; the fix agreed for it is written at the "
                     "bone's end.")  # fmt: skip
        # the head: the recommendation (the effect)
        hx0, hx1 = W - 78 * mm, W - 12 * mm
        hs = ParagraphStyle("h", fontName=base, fontSize=8.5, leading=10.5,
                            textColor=colors.white)  # fmt: skip
        head = Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}:</b> {_esc(text)}", hs)
        _, hh = head.wrap(hx1 - hx0 - 6 * mm, 100 * mm)
        box_h = hh + 8 * mm
        c.setFillColor(colors.HexColor("#263238"))
        c.roundRect(hx0, spine_y - box_h / 2, hx1 - hx0, box_h, 4 * mm, stroke=0, fill=1)
        head.drawOn(c, hx0 + 3 * mm, spine_y - hh / 2)
        # the spine
        c.setStrokeColor(colors.HexColor("#263238"))
        c.setLineWidth(3)
        c.line(14 * mm, spine_y, hx0, spine_y)
        top, bottom = acts[0::2], acts[1::2]
        ncol = max(len(top), len(bottom))
        sx0, sx1 = 16 * mm, hx0 - 4 * mm
        slot = (sx1 - sx0) / ncol
        for row, sign in ((top, 1), (bottom, -1)):
            for k, a in enumerate(row):
                i = pos[a.ref]
                x = sx0 + k * slot + (slot * 0.1 if sign < 0 else 0)
                bx0, by0 = x + slot * 0.78, spine_y
                bx1, by1 = x + slot * 0.34, spine_y + sign * 36 * mm
                c.setStrokeColor(colors.HexColor("#455A64"))
                c.setLineWidth(1.6)
                c.line(bx0, by0, bx1, by1)
                # the cause category at the bone's end, a cause on a small bone
                c.setFont(bold, 7)
                c.setFillColor(colors.HexColor("#78909C"))
                c.drawString(bx1 - 10 * mm, by1 + sign * 2 * mm - (2.5 * mm if sign < 0 else 0),
                             f["categories"][i])  # fmt: skip
                mx, my = (bx0 + bx1) / 2, (by0 + by1) / 2
                c.setLineWidth(0.8)
                c.line(mx, my, mx + 7 * mm, my)
                cs = ParagraphStyle("c", fontName=italic, fontSize=6.5, leading=7.8,
                                    textColor=colors.HexColor("#607D8B"))  # fmt: skip
                cause = Paragraph(
                    f"Cause: {_esc(f['causes'][i])} (raised by {_esc(f['raised_by'][i])}, "
                    f"{_long(date.fromisoformat(f['raised'][i]))})", cs)  # fmt: skip
                cw = slot * 0.42
                _, ch = cause.wrap(cw, 30 * mm)
                cause.drawOn(c, mx + 8 * mm, my - ch / 2)
                # the fix: action text, then owner / due / status in small print
                bw = slot * 0.86
                fs = 9.0
                while True:
                    ts = ParagraphStyle("t", fontName=base, fontSize=fs, leading=fs * 1.2)
                    ss = ParagraphStyle("s", fontName=base, fontSize=fs - 2, leading=(fs - 2) * 1.2,
                                        textColor=colors.HexColor("#333333"))  # fmt: skip
                    ps = ParagraphStyle("q", fontName=italic, fontSize=fs - 2,
                                        leading=(fs - 2) * 1.2)  # fmt: skip
                    paras = [
                        Paragraph(f"<b>{_esc(a.ref)}</b>  {_esc(a.text)}", ts),
                        Paragraph(
                            f"{_esc(h['owner'])}: {_esc(a.owner)} &middot; {_esc(h['due'])}: "
                            f"{_esc(a.due_raw)} &middot; {_esc(h['rag'])}: "
                            f"<b>{_esc(a.status or '')}</b>", ss),
                    ]  # fmt: skip
                    if a.progress:
                        paras.append(Paragraph(f"{_esc(h['progress'])}: {_esc(a.progress)}", ps))
                    need = sum(pp.wrap(bw, 60 * mm)[1] + 1.5 for pp in paras)
                    room = (H - 27 * mm) - (spine_y + 42 * mm) if sign > 0 else spine_y - 60 * mm
                    if need <= room or fs <= 6.5:
                        break
                    fs -= 0.5
                bx = bx1 - 12 * mm
                yy = spine_y + 42 * mm + need if sign > 0 else spine_y - 44 * mm
                c.setFillColor(colors.HexColor(RAG_DOT[a.rag]))
                c.circle(bx - 2.5 * mm, yy - 2 * mm, 1.4 * mm, stroke=0, fill=1)
                c.setFillColor(colors.black)
                for pp in paras:
                    _, ph = pp.wrap(bw, 60 * mm)
                    pp.drawOn(c, bx, yy - ph)
                    yy -= ph + 1.5
        footer()
        c.showPage()
    if p.kpis:
        page += 1
        c.setFont(bold, 14)
        c.drawString(14 * mm, H - 20 * mm, "Measuring the effect")
        ks = ParagraphStyle("k", fontName=base, fontSize=9, leading=11)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[120 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, kh = kt.wrap(W, H)
        kt.drawOn(c, 14 * mm, H - 26 * mm - kh)
        footer()
        c.showPage()
    c.save()
    return path


# ---- Word: index cards, front beside back ----------------------------------------------------------


def _card_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "dashed")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "8D6E63")
        borders.append(el)
    tbl_pr.append(borders)


def _row_height(row: Any, cm: float) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:trHeight")
    el.set(qn("w:val"), str(int(cm * 567)))
    el.set(qn("w:hRule"), "atLeast")
    tr_pr.append(el)


def _cards(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - improvement plan card box"
    hd = doc.add_paragraph()
    r = hd.add_run(p.title)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x5D, 0x40, 0x37)
    doc.add_paragraph(
        f"{p.authority} Council Children's Services. Kept by {f['box_owner']}, PMO; filed "
        f"{_long(date.fromisoformat(f['filed']))}. Cards are filed by the date they are due "
        "back, each behind a dated tab; the number in a card's corner is the divider (the "
        "recommendation) it belongs to. Each card is printed front and back side by side: cut "
        "along the dashed lines and fold."
    ).runs[0].italic = True
    sub = doc.add_paragraph()
    sub.paragraph_format.space_before = Pt(10)
    sr = sub.add_run("The dividers")
    sr.bold = True
    sr.font.size = Pt(13)
    for num, text in p.recs:
        t = doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        _card_borders(t)
        _keep_row(t.rows[0])
        cell = t.cell(0, 0)
        _shade(cell, "EFEBE9")
        p0 = cell.paragraphs[0]
        r0 = p0.add_run(f"{h['rec'].upper()} {num}")
        r0.bold = True
        r0.font.size = Pt(9)
        r0.font.color.rgb = RGBColor(0x8D, 0x6E, 0x63)
        p1 = cell.add_paragraph()
        p1.add_run(f"{p.rec_label.format(n=num)}: ").bold = True
        p1.add_run(text)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    for a in p.actions:
        i = pos[a.ref]
        t = doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        _card_borders(t)
        _keep_row(t.rows[0])
        _row_height(t.rows[0], 5.6)
        front, back = t.cell(0, 0), t.cell(0, 1)
        front.width = back.width = Cm(8.9)
        _shade(back, "FAFAFA")
        # front: divider number in the corner, the card number, the action
        pc = front.paragraphs[0]
        pc.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rc = pc.add_run(f"{h['rec']} {a.recs[0]}")
        rc.bold = True
        rc.font.size = Pt(8)
        rc.font.color.rgb = RGBColor(0x8D, 0x6E, 0x63)
        pn = front.add_paragraph()
        rn = pn.add_run(f"{h['ref']} {a.ref}")
        rn.bold = True
        rn.font.size = Pt(14)
        pt = front.add_paragraph()
        pt.paragraph_format.space_before = Pt(4)
        pt.add_run(a.text).font.size = Pt(10.5)
        pw = front.add_paragraph()
        pw.paragraph_format.space_before = Pt(8)
        rw = pw.add_run(f"Written by {f['written_by'][i]}, "
                        f"{_long(date.fromisoformat(f['written'][i]))}")  # fmt: skip
        rw.font.size = Pt(7.5)
        rw.font.color.rgb = RGBColor(0x75, 0x75, 0x75)
        # back: reverse of the card
        pb = back.paragraphs[0]
        rb = pb.add_run(f"Reverse of {a.ref}")
        rb.font.size = Pt(8)
        rb.font.color.rgb = RGBColor(0x75, 0x75, 0x75)
        for label, value in ((h["owner"], a.owner), (h["due"], a.due_raw),
                             (h["rag"], a.status or "")):  # fmt: skip
            pl = back.add_paragraph()
            pl.paragraph_format.space_before = Pt(3)
            pl.add_run(f"{label}: ").bold = True
            vr = pl.add_run(value)
            if label == h["rag"] and a.rag is not None:
                hexc = RAG_DOT[a.rag].lstrip("#")
                vr.font.color.rgb = RGBColor.from_string(hexc.upper())
                vr.bold = True
        if a.progress:
            pp = back.add_paragraph()
            pp.paragraph_format.space_before = Pt(4)
            pr = pp.add_run(f"{h['progress']}: {a.progress}")
            pr.italic = True
            pr.font.size = Pt(9)
        ph = back.add_paragraph()
        ph.paragraph_format.space_before = Pt(8)
        rh = ph.add_run(f"Last handled {_long(date.fromisoformat(f['handled'][i]))} by "
                        f"{f['handled_by'][i]}")  # fmt: skip
        rh.font.size = Pt(7.5)
        rh.font.color.rgb = RGBColor(0x75, 0x75, 0x75)
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(4)
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.keep_with_next = True
        kp.add_run("The measures card").bold = True
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
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a board meeting timetable ------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _timetable(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    form = str(f["date_form"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Timetable"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="777777")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    nrec = len(p.recs)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 18
    for j in range(nrec):
        ws.column_dimensions[get_column_letter(3 + j)].width = 40
    last = 3 + nrec
    ws.column_dimensions[get_column_letter(last)].width = 24
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15,
                                                                    bold=True)  # fmt: skip
    ws.cell(2, 1, f"Meeting dates agreed by the board on "
                  f"{_long(date.fromisoformat(f['agreed']))}. Clerk: {f['clerk']}. Each cell "
                  "lists the actions to be reported complete at that meeting; papers go to the "
                  "clerk by the date shown.").font = Font(name=fname, size=9,
                                                          italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    heads = (
        [h["meeting"], "Papers due"]
        + [p.rec_label.format(n=n) for n, _ in p.recs]
        + ["Chair / venue"]
    )
    for j, v in enumerate(heads, start=1):
        hc = ws.cell(4, j, v)
        hc.font = Font(name=fname, size=10, bold=True, color="FFFFFF")
        hc.fill = PatternFill("solid", fgColor="1F3A5F")
        hc.alignment = Alignment(wrap_text=True, vertical="center")
        hc.border = box
    for j in (1, 2, last):
        ws.cell(5, j).fill = PatternFill("solid", fgColor="DCE3EC")
        ws.cell(5, j).border = box
    for j, (_, text) in enumerate(p.recs, start=3):
        tc = ws.cell(5, j, text)
        tc.font = Font(name=fname, size=8.5, italic=True)
        tc.fill = PatternFill("solid", fgColor="DCE3EC")
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        tc.border = box
    ws.row_dimensions[5].height = 11.5 * max(_lines(t, 44) for _, t in p.recs) + 4
    ws.print_title_rows = "4:5"
    meetings = [date.fromisoformat(m) for m in f["meetings"]]
    r = 6
    for mi, m in enumerate(meetings):
        mraw = h50_due(form, m)[0]
        cells = [mraw, f["papers"][mi]]
        lines = 1
        for j, v in enumerate(cells, start=1):
            c0 = ws.cell(r, j, v)
            c0.font = Font(name=fname, size=9.5, bold=(j == 1))
            c0.alignment = Alignment(wrap_text=True, vertical="top")
            c0.number_format = "@"
            c0.border = box
        for j, (num, _) in enumerate(p.recs, start=3):
            due = [a for a in p.per_rec(num) if a.due_date == m]
            blocks = []
            for a in due:
                bl = [f"{a.ref}  {a.text}", f"{h['owner']}: {a.owner}",
                      f"{h['rag']}: {a.status or ''}"]  # fmt: skip
                if a.progress:
                    bl.append(f"{h['progress']}: {a.progress}")
                blocks.append("\n".join(bl))
            v = "\n\n".join(blocks)
            cc = ws.cell(r, j, v or None)
            cc.font = Font(name=fname, size=8.5)
            cc.alignment = Alignment(wrap_text=True, vertical="top")
            cc.number_format = "@"
            cc.border = box
            if len(due) == 1:
                cc.fill = PatternFill("solid", fgColor=RAG_FILL[due[0].rag])
            if v:
                lines = max(lines, _lines(v, 46))
        ch = ws.cell(r, last, f"{f['chairs'][mi]}\n{f['venues'][mi]}")
        ch.font = Font(name=fname, size=8.5, color="555555")
        ch.alignment = Alignment(wrap_text=True, vertical="top")
        ch.border = box
        ws.row_dimensions[r].height = max(30, 11.5 * lines + 4)
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
                ks.column_dimensions[kc.column_letter].width = 16
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = box
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a theory of change ----------------------------------------------------------------------


def _activity(a: H8Action, h: dict[str, str]) -> str:
    s = (
        f"<div class='act'><div class='t'><b>{_esc(a.ref)}</b> {_esc(a.text)}</div>"
        f"<div class='m'>{_esc(h['owner'])}: {_esc(a.owner)} | {_esc(h['due'])}: "
        f"{_esc(a.due_raw)}</div><div class='m'>{_esc(h['rag'])}: <span class='pill' "
        f"style='border-color:{RAG_DOT[a.rag]}'>{_esc(a.status or '')}</span></div>"
    )
    if a.progress:
        s += f"<div class='pr'>{_esc(h['progress'])}: {_esc(a.progress)}</div>"
    return s + "</div>"


def _toc(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    head = (
        "<div class='band hd'><div>Inputs</div><div></div><div>Activities</div><div></div>"
        "<div>Outputs</div><div></div><div>Outcomes</div><div></div>"
        "<div>Impact (what Ofsted asked of us)</div></div>"
    )
    bands = []
    for ri, (num, text) in enumerate(p.recs):
        acts = "".join(_activity(a, h) for a in p.per_rec(num))
        ins = "".join(f"<li>{_esc(x)}</li>" for x in f["inputs"][ri])
        ins += f"<li>Sponsor: {_esc(f['sponsors'][ri])}</li>"
        outs = "".join(f"<li>{_esc(x)}</li>" for x in f["outputs"][ri])
        ocs = "".join(f"<li>{_esc(x)}</li>" for x in f["outcomes"][ri])
        bands.append(
            f"<div class='blk'>{head}<div class='band'>"
            f"<div class='col in'><ul>{ins}</ul></div><div class='ar'>&#10140;</div>"
            f"<div class='col acts'>{acts}</div><div class='ar'>&#10140;</div>"
            f"<div class='col out'><ul>{outs}</ul></div><div class='ar'>&#10140;</div>"
            f"<div class='col oc'><ul>{ocs}</ul></div><div class='ar'>&#10140;</div>"
            f"<div class='col imp'><div class='il'>{_esc(p.rec_label.format(n=num))}</div>"
            f"<div>{_esc(text)}</div></div></div></div>"
        )
    drafted = date.fromisoformat(f["drafted"])
    body = (
        f"<h1>{_esc(p.title)}</h1><p class='by'>{_esc(p.authority)} Council. Drafted by "
        f"{_esc(f['drafted_by'])} with partners, {_long(drafted)}. Read each band from left to "
        "right: what we put in, what we do, what that produces, what changes for children, and "
        "the recommendation it answers.</p>" + "".join(bands)
    )
    if p.kpis:
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<h2>How we will know the change has happened</h2><table class='k'><tr>{kh}"
                 f"</tr>{rows}</table>")  # fmt: skip
    css = (
        "@page { size: A4 landscape; margin: 12mm 12mm; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; color: #1b1b1b; line-height: 1.3; }}"
        "h1 { font-size: 17pt; margin: 0 0 1mm; color: #1F4E5F; } .by { color: #666;"
        " font-size: 8pt; margin: 0 0 3mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; }"
        ".band { display: grid; grid-template-columns: 14% 2.5% 33% 2.5% 15% 2.5% 13% 2.5% 15%;"
        " margin-bottom: 3mm; align-items: stretch; } .blk { break-inside: avoid; }"
        ".band.hd { font-weight: bold; color: #1F4E5F; text-transform: uppercase;"
        " font-size: 7.5pt; margin-bottom: 1mm; border-bottom: 0.4mm solid #1F4E5F; }"
        ".col { border: 0.3mm solid #B0BEC5; border-radius: 2mm; padding: 1.5mm; }"
        ".col ul { margin: 0; padding-left: 3.5mm; } .col li { margin-bottom: 1mm; }"
        ".in { background: #F3F6F8; } .out { background: #F6F3F8; } .oc { background: #F3F8F4; }"
        ".imp { background: #1F4E5F; color: #fff; } .il { font-weight: bold;"
        " margin-bottom: 1mm; } .ar { align-self: center; text-align: center; color: #90A4AE;"
        " font-size: 11pt; } .acts { border-color: #1F4E5F; border-width: 0.5mm; }"
        ".act { border-bottom: 0.2mm dashed #B0BEC5; padding: 0.5mm 0 1.5mm; margin-bottom:"
        " 1mm; } .act:last-child { border-bottom: none; margin-bottom: 0; }"
        ".t { margin-bottom: 0.5mm; } .m { font-size: 7.5pt; color: #333; }"
        ".pill { border: 0.4mm solid; border-radius: 2mm; padding: 0 1.2mm; font-weight: bold; }"
        ".pr { font-size: 7.5pt; font-style: italic; color: #444; margin-top: 0.5mm; }"
        "table.k { border-collapse: collapse; width: 80%; font-size: 9pt; break-inside: avoid; }"
        " table.k td, table.k th { border: 0.3mm solid #999; padding: 1mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
