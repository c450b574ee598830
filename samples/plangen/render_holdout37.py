"""Producers of the holdout37 split (BLIND: fixers never read this): a slide deck printed as a
presenter's handout in ReportLab, a two-column staff newsletter in Word and a tracker cut in two
and placed side by side in Excel, both printed by LibreOffice, and a quarterly return form to
the DfE adviser in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built by
holdout37."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_RGB = {"green": (0.78, 0.94, 0.81), "amber": (1.0, 0.92, 0.61), "red": (1.0, 0.78, 0.81),
           "blue": (0.74, 0.84, 0.93), None: (0.93, 0.93, 0.93)}  # fmt: skip
RAG_HEX = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout37", html=_dfe_return,
                reportlab=_handout, docx=_newsletter, xlsx=_sidebyside)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: the slide deck printed as a presenter's handout ---------------------------------

SW, SH = 720.0, 405.0  # a 16:9 slide, in its own points, scaled onto the handout page


def _handout(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    cell = ParagraphStyle("c", fontName=base, fontSize=12, leading=14.5)
    head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
    ttl = ParagraphStyle("t", fontName=bold, fontSize=17, leading=20, textColor=colors.white)
    navy = colors.Color(0.11, 0.2, 0.38)
    meeting = date.fromisoformat(f["meeting"])
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 38, "action": 300, "owner": 130, "due": 92, "rag": 100, "progress": 0}
    if f["progress"]:
        widths.update(action=200, owner=100, due=82, rag=86, progress=174)

    def title_band(text: str) -> tuple[Paragraph, float]:
        para = Paragraph(escape(text), ttl)
        _, th = para.wrap(SW - 40, SH)
        return para, th + 20

    def action_table(acts: list[H8Action]) -> Table:
        rows: list[list[Any]] = [[Paragraph(escape(h[c]), head) for c in cols]]
        style: list[Any] = [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.Color(0.6, 0.6, 0.6)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.25, 0.4, 0.6)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for i, a in enumerate(acts, start=1):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            rows.append([Paragraph(escape(vals[c]), cell) for c in cols])
            j = cols.index("rag")
            style.append(("BACKGROUND", (j, i), (j, i), colors.Color(*RAG_RGB[a.rag])))
        t = Table(rows, colWidths=[widths[c] for c in cols])
        t.setStyle(TableStyle(style))
        return t

    # the slides: (kind, title, payload)
    slides: list[tuple[str, str, Any]] = [("title", p.title, None)]
    for num, text in p.recs:
        label = f"{p.rec_label.format(n=num)} {text}"
        acts = p.per_rec(num)
        _, band = title_band(label)
        chunk: list[H8Action] = []
        first = True
        for a in acts:
            trial = action_table([*chunk, a])
            _, th = trial.wrap(SW - 40, 10000)
            if chunk and th > SH - band - 40:
                slides.append(("rec", label if first else f"{p.rec_label.format(n=num)} "
                               "(continued)", chunk))  # fmt: skip
                first = False
                chunk = []
            chunk.append(a)
        slides.append(("rec", label if first else f"{p.rec_label.format(n=num)} (continued)",
                       chunk))  # fmt: skip
    if p.kpis:
        slides.append(("kpi", "How we will know we are making a difference", None))
    slides.append(("end", "Questions?", None))

    def draw_slide(canv: Any, n: int, kind: str, title: str, payload: Any) -> None:
        canv.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
        canv.setLineWidth(1.5)
        canv.setFillColor(colors.white)
        canv.rect(0, 0, SW, SH, stroke=1, fill=1)
        canv.setFillColor(colors.Color(0.4, 0.4, 0.4))
        canv.setFont(base, 8)
        canv.drawString(20, 9, f"{p.authority} Council | Improvement Board | {_long_date(meeting)}")
        canv.drawRightString(SW - 20, 9, str(n))
        if kind == "title":
            canv.setFillColor(navy)
            canv.rect(0, SH * 0.45, SW, SH * 0.3, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(bold, 28)
            canv.drawString(40, SH * 0.6, title)
            canv.setFont(base, 15)
            canv.drawString(40, SH * 0.5, f"{p.authority} Council Children's Services")
            canv.setFillColor(colors.black)
            canv.setFont(base, 14)
            canv.drawString(40, SH * 0.33, f"Improvement Board, {_long_date(meeting)}")
            canv.drawString(40, SH * 0.26, f"Presented by {f['presenter']}, Head of Improvement")
            return
        para, band = title_band(title)
        canv.setFillColor(navy)
        canv.rect(0, SH - band, SW, band, stroke=0, fill=1)
        para.drawOn(canv, 20, SH - band + 10)
        if kind == "rec":
            t = action_table(payload)
            _, th = t.wrap(SW - 40, 10000)
            t.drawOn(canv, 20, SH - band - 12 - th)
        elif kind == "kpi":
            rows = [[Paragraph(escape(h[c]), head) for c in KCOLS]]
            rows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
            kt = Table(rows, colWidths=[340, 110, 110, 110])
            kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.25, 0.4, 0.6)),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
            _, th = kt.wrap(SW - 40, 10000)
            kt.drawOn(canv, 20, SH - band - 12 - th)
        else:
            canv.setFillColor(colors.black)
            canv.setFont(base, 16)
            canv.drawString(40, SH * 0.5, f"Contact: {f['contact']}, Improvement Programme Manager")
            canv.drawString(40, SH * 0.4, "Next board: see the forward plan")

    path = folder / f"{p.name}.pdf"
    W, H = A4
    canv = Canvas(str(path), pagesize=A4)
    canv.setTitle(p.title)
    per = f["per_page"]
    tw = (95 if per == 3 else 150) * mm
    th_ = tw * SH / SW
    scale = tw / SW
    pages = ceil(len(slides) / per)
    for pg in range(pages):
        canv.setFont(base, 9)
        canv.setFillColor(colors.black)
        canv.drawString(18 * mm, H - 12 * mm, f"Improvement Board - {_long_date(meeting)}")
        canv.drawRightString(W - 18 * mm, H - 12 * mm, p.issued.strftime("%d/%m/%Y"))
        canv.drawCentredString(W / 2, 10 * mm, str(pg + 1))
        for s in range(per):
            i = pg * per + s
            if i >= len(slides):
                break
            if per == 3:
                x0 = 18 * mm
                y0 = H - 22 * mm - (s + 1) * th_ - s * 33 * mm
            else:
                x0 = (W - tw) / 2
                y0 = H - 30 * mm - (s + 1) * th_ - s * 40 * mm
            canv.saveState()
            canv.translate(x0, y0)
            canv.scale(scale, scale)
            kind, title, payload = slides[i]
            draw_slide(canv, i + 1, kind, title, payload)
            canv.restoreState()
            if per == 3:
                canv.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
                canv.setLineWidth(0.5)
                for ln in range(8):
                    y = y0 + th_ - 4 * mm - ln * 7 * mm
                    canv.line(122 * mm, y, W - 18 * mm, y)
        canv.showPage()
    canv.save()
    return path


# ---- Word: a staff newsletter in two newspaper columns ------------------------------------------


def _columns(section: Any, n: int) -> None:
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")
    sect_pr.append(cols)


def _shade(cell: Any, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _box_table(doc: Any, fill: str) -> Any:
    """A one-cell shaded box as wide as a newspaper column (grid and cell widths both set:
    LibreOffice reads the grid)."""
    t = doc.add_table(rows=1, cols=1)
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    wd = Cm(8.2)
    t.columns[0].width = wd
    t.cell(0, 0).width = wd
    for gc in t._tbl.tblGrid.findall(qn("w:gridCol")):
        gc.set(qn("w:w"), str(int(wd.twips)))
    _shade(t.cell(0, 0), fill)
    return t


def _newsletter(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.7)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sec.footer.paragraphs[0].text = (f"Improvement News is produced by the Improvement Programme "
                                     f"Office. Editor: {f['editor']}.")  # fmt: skip
    purple = RGBColor(0x5B, 0x2C, 0x83)
    mast = doc.add_paragraph()
    r = mast.add_run(p.title)
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = purple
    sub = doc.add_paragraph()
    sub.add_run(f"{p.authority} Children's Services  |  Issue {f['issue']}  |  "
                f"{calendar.month_name[p.issued.month]} {p.issued.year}").italic = True  # fmt: skip
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(body, 2)
    hp = doc.add_paragraph()
    hp.add_run(f"A word from {f['dcs']}, Director of Children's Services").bold = True
    doc.add_paragraph(
        "Thank you for everything you are doing to make our services better for children. This "
        "issue sets out where we are with each part of our improvement plan, who is leading it "
        "and how it is going. Please talk to your manager if you want to get involved."
    )
    n_recs = len(p.recs)
    for ri, (num, text) in enumerate(p.recs):
        hd = doc.add_paragraph()
        hd.paragraph_format.space_before = Pt(8)
        hd.paragraph_format.keep_with_next = True
        rr = hd.add_run(p.rec_label.format(n=num))
        rr.bold = True
        rr.font.size = Pt(13)
        rr.font.color.rgb = purple
        tp = doc.add_paragraph()
        tp.paragraph_format.keep_with_next = True
        tp.add_run(text).italic = True
        for a in p.per_rec(num):
            ap = doc.add_paragraph()
            ap.paragraph_format.keep_with_next = True
            ap.add_run(f"{a.ref} ").bold = True
            ap.add_run(a.text)
            fp = doc.add_paragraph()
            fp.paragraph_format.left_indent = Cm(0.4)
            fp.paragraph_format.keep_with_next = bool(a.progress)
            for k, (lab, val) in enumerate(((h["owner"], a.owner), (h["due"], a.due_raw),
                                            (h["rag"], a.status or ""))):  # fmt: skip
                if k:
                    fp.add_run("  \u00b7  ")
                fp.add_run(f"{lab}: ").bold = True
                vr = fp.add_run(val)
                if k == 2 and a.rag is not None:
                    vr.font.color.rgb = {"green": RGBColor(0x1B, 0x7A, 0x2E),
                                         "amber": RGBColor(0xB2, 0x6B, 0x00),
                                         "red": RGBColor(0xC0, 0x1C, 0x1C),
                                         "blue": RGBColor(0x1F, 0x4E, 0x9A)}[a.rag]  # fmt: skip
            if a.progress:
                up = doc.add_paragraph()
                up.paragraph_format.left_indent = Cm(0.4)
                up.add_run(f"{h['progress']}: ").italic = True
                up.add_run(a.progress).italic = True
        if ri == n_recs // 2 - 1 or (n_recs < 4 and ri == 0):  # a box between articles
            c = _box_table(doc, "EFE6F5").cell(0, 0)
            c.paragraphs[0].add_run("Dates for your diary").bold = True
            for d_iso, what in f["diary"]:
                c.add_paragraph(f"{_long_date(date.fromisoformat(d_iso))}: {what}")
            doc.add_paragraph()
        if ri == n_recs - 2:
            c = _box_table(doc, "FFF4D6").cell(0, 0)
            c.paragraphs[0].add_run("Meet the team").bold = True
            c.add_paragraph(f"{f['meet']}, {f['meet_role']}, has been with us for six years. "
                            "\"The best part of the job is seeing a plan come together for a "
                            "family. The new audit tool has made a real difference.\"")  # fmt: skip
            doc.add_paragraph()
    if p.kpis:
        ks = doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(ks, 1)
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(8)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("How are we doing?")
        kr.bold = True
        kr.font.size = Pt(13)
        kr.font.color.rgb = purple
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        kt.autofit = False
        for j, wd in enumerate((Cm(9.6), Cm(2.6), Cm(2.6), Cm(2.6))):
            kt.columns[j].width = wd
            for kc in kt.columns[j].cells:
                kc.width = wd
        for j, c_ in enumerate(KCOLS):
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: the tracker cut in two, side by side -------------------------------------------------


def _sidebyside(p: H8Plan, folder: Path) -> Path:
    from openpyxl.utils import get_column_letter

    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.page_setup.fitToHeight = 1  # the whole tracker on one page
    if f["progress"]:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    thin = Side(style="thin", color="8EA9DB")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 6, "action": 40, "owner": 19, "due": 11, "rag": 13, "progress": 30}
    nc = len(cols)
    left0, right0 = 1, nc + 2  # a narrow gap column between the blocks
    for j, c in enumerate(cols):
        ws.column_dimensions[get_column_letter(left0 + j)].width = widths[c]
        ws.column_dimensions[get_column_letter(right0 + j)].width = widths[c]
    ws.column_dimensions[get_column_letter(nc + 1)].width = 2.5
    last = get_column_letter(right0 + nc - 1)
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Updated {p.issued.strftime('%d/%m/%Y')} by {f['updated_by']}. Printed on one "
                  "page for the board: the plan continues in the right-hand table.").font = Font(
        name=font, italic=True, size=9)  # fmt: skip
    n_left = f["left_recs"]
    blocks: list[list[tuple[str, Any]]] = [[], []]
    for i, (num, text) in enumerate(p.recs):
        side = blocks[0] if i < n_left else blocks[1]
        side.append(("rec", f"{p.rec_label.format(n=num)} {text}"))
        side.extend(("act", act) for act in p.per_rec(num))
    row = 4
    for c0 in (left0, right0):
        for j, c in enumerate(cols):
            cl = ws.cell(row, c0 + j, h[c])
            cl.font = Font(name=font, bold=True, size=10, color="FFFFFF")
            cl.fill = PatternFill("solid", fgColor="2F5597")
            cl.border = box
            cl.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[row].height = 28
    row += 1
    block_chars = sum(widths[c] for c in cols)
    for i in range(max(len(blocks[0]), len(blocks[1]))):
        n_lines = 1
        for b, c0 in ((0, left0), (1, right0)):
            if i >= len(blocks[b]):
                continue
            kind, item = blocks[b][i]
            if kind == "rec":
                ws.merge_cells(start_row=row, start_column=c0, end_row=row,
                               end_column=c0 + nc - 1)  # fmt: skip
                cl = ws.cell(row, c0, item)
                cl.font = Font(name=font, bold=True, size=9)
                cl.fill = PatternFill("solid", fgColor="DDEBF7")
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                for j in range(nc):
                    ws.cell(row, c0 + j).border = box
                n_lines = max(n_lines, ceil(len(item) / (block_chars * 1.1)))
                continue
            a: H8Action = item
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, c in enumerate(cols):
                cl = ws.cell(row, c0 + j, vals[c])
                cl.font = Font(name=font, size=9)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                cl.border = box
                if c == "rag" and a.rag in RAG_HEX:
                    cl.fill = PatternFill("solid", fgColor=RAG_HEX[a.rag])
                n_lines = max(n_lines, ceil(len(vals[c]) / (widths[c] * 1.1)))
        ws.row_dimensions[row].height = 12 * n_lines + 3
        row += 1
    ws.print_area = f"A1:{last}{row}"
    if p.kpis:
        ks = wb.create_sheet("KPIs")
        _xl_setup(ks, True)
        for col, wd in zip("ABCD", (60, 16, 16, 16), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, size=10)
            cl.fill = PatternFill("solid", fgColor="DDEBF7")
            cl.border = box
        for i, k in enumerate(p.kpis, start=4):
            for j, c in enumerate(KCOLS, start=1):
                cl = ks.cell(i, j, _kpi_cell(k, c))
                cl.font = Font(name=font, size=9)
                cl.border = box
                cl.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: the quarterly return form to the DfE adviser -----------------------------------------


def _dfe_return(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    q = f["quarter"]
    fy = p.issued.year if p.issued.month >= 4 else p.issued.year - 1
    months = {1: "April to June", 2: "July to September", 3: "October to December",
              4: "January to March"}[q]  # fmt: skip
    board = date.fromisoformat(f["board_date"])
    css = (
        "@page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm; }"
        f"body {{ font-family: {font}; font-size: 10.5pt; margin: 0; color: #0b0c0c; }}"
        ".top { background: #0b0c0c; color: #fff; padding: 8px 10px; font-weight: bold; }"
        ".svc { border-bottom: 8px solid #1d70b8; padding: 6px 10px; font-weight: bold;"
        " margin-bottom: 10px; }"
        ".cap { color: #505a5f; font-size: 12pt; }"
        "h1 { font-size: 20pt; margin: 2px 0 10px 0; }"
        "h2 { font-size: 15pt; margin: 18px 0 6px 0; break-after: avoid; }"
        ".inset { border-left: 8px solid #b1b4b6; padding: 6px 12px; margin: 6px 0 12px 0; }"
        "fieldset.act { border: 1px solid #b1b4b6; margin: 0 0 12px 0; padding: 8px 12px;"
        " break-inside: avoid; }"
        "legend { font-weight: bold; font-size: 11.5pt; padding: 0 4px; }"
        ".atext { font-weight: bold; margin: 2px 0 8px 0; }"
        ".q { margin: 8px 0 2px 0; font-weight: bold; }"
        ".hint { color: #505a5f; margin: 0 0 4px 0; font-size: 9.5pt; }"
        ".box { border: 2px solid #0b0c0c; padding: 4px 6px; min-height: 14px; }"
        ".area { border: 2px solid #0b0c0c; padding: 4px 6px; min-height: 40px; }"
        "table.date { width: auto; border-collapse: separate; border-spacing: 0; }"
        "table.date td { border: none; padding: 0 14px 2px 0; }"
        "table.date td.l { font-size: 9.5pt; }"
        ".date .box { text-align: center; }"
        ".d2 { width: 34px; } .d4 { width: 56px; }"
        ".radios label { margin-right: 14px; white-space: nowrap; }"
        ".radios.stack label { display: block; margin: 2px 0; }"
        "input[type=radio], input[type=checkbox] { width: 15px; height: 15px;"
        " vertical-align: -2px; margin-right: 5px; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th, td { border-bottom: 1px solid #b1b4b6; padding: 5px 4px; text-align: left;"
        " vertical-align: top; }"
        ".btn { display: inline-block; background: #00703c; color: #fff; padding: 7px 12px;"
        " font-weight: bold; margin-top: 8px; }"
        ".link { color: #1d70b8; text-decoration: underline; margin-left: 16px; }"
        ".meta td { border: none; padding: 2px 10px 2px 0; }"
    )

    def date_input(raw: str) -> str:
        # GOV.UK's date input: Day, Month and Year labels over three boxes (a row each)
        dd, mm, yy = raw.split()
        return ("<table class='date'><tr><td class='l'>Day</td><td class='l'>Month</td>"
                "<td class='l'>Year</td></tr>"
                f"<tr><td><div class='box d2'>{dd}</div></td><td><div class='box d2'>{mm}</div>"
                f"</td><td><div class='box d4'>{yy}</div></td></tr></table>")  # fmt: skip

    options = ("On track", "Partly on track", "Not on track", "Achieved", "Not yet due")
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        "<div class='top'>Department for Education</div>",
        "<div class='svc'>Submit a children's services improvement return</div>",
        f"<div class='cap'>{escape(p.authority)} - Quarter {q} return</div>",
        f"<h1>{escape(p.title)}</h1>",
        "<table class='meta'>"
        f"<tr><td>Return reference</td><td>{escape(f['return_ref'])}</td></tr>"
        f"<tr><td>Local authority</td><td>{escape(p.authority)}</td></tr>"
        f"<tr><td>Return period</td><td>Quarter {q}, {fy}-{(fy + 1) % 100:02d} ({months})</td></tr>"
        f"<tr><td>Your adviser</td><td>{escape(f['adviser'])}</td></tr></table>",
        "<p class='q'>Who is completing this return?</p>"
        f"<div class='box'>{escape(f['completed_by'])}</div>",
        "<p class='q'>Date of the last improvement board</p>"
        "<p class='hint'>For example, 27 3 2026</p>"
        + date_input(f"{board.day} {board.month} {board.year}"),
        "<h2>Progress against the recommendations</h2>"
        "<p>For each recommendation in the inspection report, tell us how each action in your "
        "plan is progressing. Answer every question marked as required.</p>",
    ]
    stack = "" if f["inline"] else " stack"
    for num, text in p.recs:
        out.append(f"<h2>{escape(p.rec_label.format(n=num))}</h2>"
                   f"<div class='inset'>{escape(text)}</div>")  # fmt: skip
        for a in p.per_rec(num):
            radios = "".join(
                f"<label><input type='radio' name='s{escape(a.ref)}'"
                f"{' checked' if o == a.status else ''}>{escape(o)}</label>"
                for o in options
            )
            parts = [
                f"<fieldset class='act'><legend>Action {escape(a.ref)}</legend>",
                f"<p class='atext'>{escape(a.text)}</p>",
                f"<p class='q'>{escape(h['owner'])}</p><div class='box'>{escape(a.owner)}</div>",
                f"<p class='q'>{escape(h['due'])}</p>"
                "<p class='hint'>For example, 27 3 2026</p>" + date_input(a.due_raw),
                f"<p class='q'>{escape(h['rag'])}</p><div class='radios{stack}'>{radios}</div>",
            ]
            if f["progress"]:
                parts.append(f"<p class='q'>{escape(h['progress'])} (optional)</p>"
                             f"<div class='area'>{escape(a.progress or '')}</div>")  # fmt: skip
            parts.append("</fieldset>")
            out.append("".join(parts))
    if p.kpis:
        out.append("<h2>Impact measures</h2><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table>")
    out.append(
        "<h2>Declaration</h2><p><label><input type='checkbox'>I confirm that this return has "
        "been agreed by the Director of Children's Services</label></p>"
        "<span class='btn'>Submit return</span><span class='link'>Save and come back later</span>"
        "</body></html>"
    )
    return "".join(out)
