"""Producers of the holdout18 split (BLIND: fixers never read this): a plan of icon-marked action
strips in ReportLab, a GOV.UK-style task list in HTML printed by Chromium, a Word plan with the
recommendation only in each section's running header and an Excel tracker of repeating column
groups, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout18."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

TINT = {
    "green": "#00703C",
    "amber": "#F47738",
    "red": "#D4351C",
    "blue": "#1D70B8",
    None: "#505A5F",
}
PALE = {
    "green": "#CCE2D8",
    "amber": "#FCD6C3",
    "red": "#F6D7D2",
    "blue": "#BBD4EA",
    None: "#E5E6E7",
}
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout18", html=_tasklist,
                reportlab=_strips, docx=_sections, xlsx=_groups)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: action strips with fields marked by drawn icons ---------------------------------


def _person(c: Any, x: float, y: float, s: float) -> None:
    """A person icon in an s-by-s box whose lower left corner is (x, y)."""
    c.setFillColorRGB(0.25, 0.27, 0.3)
    c.circle(x + s / 2, y + s * 0.72, s * 0.2, stroke=0, fill=1)
    p = c.beginPath()
    p.moveTo(x + s * 0.12, y)
    p.curveTo(x + s * 0.12, y + s * 0.5, x + s * 0.88, y + s * 0.5, x + s * 0.88, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _calendar(c: Any, x: float, y: float, s: float) -> None:
    c.setStrokeColorRGB(0.25, 0.27, 0.3)
    c.setFillColorRGB(0.25, 0.27, 0.3)
    c.setLineWidth(0.7)
    c.rect(x + s * 0.08, y, s * 0.84, s * 0.8, stroke=1, fill=0)
    c.rect(x + s * 0.08, y + s * 0.56, s * 0.84, s * 0.24, stroke=0, fill=1)
    c.line(x + s * 0.3, y + s * 0.7, x + s * 0.3, y + s * 0.95)
    c.line(x + s * 0.7, y + s * 0.7, x + s * 0.7, y + s * 0.95)
    for i in range(3):
        for j in range(2):
            c.rect(x + s * (0.2 + 0.22 * i), y + s * (0.1 + 0.22 * j), s * 0.14, s * 0.12,
                   stroke=0, fill=1)  # fmt: skip


def _flag(c: Any, x: float, y: float, s: float, tint: str) -> None:
    from reportlab.lib import colors

    c.setStrokeColorRGB(0.25, 0.27, 0.3)
    c.setLineWidth(0.9)
    c.line(x + s * 0.2, y, x + s * 0.2, y + s)
    c.setFillColor(colors.HexColor(tint))
    p = c.beginPath()
    p.moveTo(x + s * 0.2, y + s)
    p.lineTo(x + s * 0.95, y + s * 0.78)
    p.lineTo(x + s * 0.2, y + s * 0.52)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _strips(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    ital = "Helvetica-Oblique" if p.font == "sans" else "Times-Italic"
    W, H = A4
    pdf = folder / f"{p.name}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H))
    margin = 18 * mm
    width = W - 2 * margin
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13)
    upd = ParagraphStyle("u", parent=body, fontName=ital, fontSize=8.5, leading=11,
                         textColor=colors.HexColor("#505A5F"))  # fmt: skip
    rech = ParagraphStyle("r", parent=body, fontName=bold, fontSize=11, leading=14,
                          textColor=colors.white)  # fmt: skip
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=16, leading=20)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
    state = {"y": H - margin, "page": 1}
    icon = 3.6 * mm

    def new_page() -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.black)
        c.drawString(margin, 9 * mm, f"{p.authority} Children's Services Improvement Plan")
        c.drawRightString(W - margin, 9 * mm, f"{state['page']}")
        c.showPage()
        state["y"] = H - margin
        state["page"] += 1

    def room(need: float) -> None:
        if state["y"] - need < margin + 6 * mm:
            new_page()

    def para(pa: Paragraph, gap: float) -> None:
        ph = pa.wrap(width, H)[1]
        room(ph + gap)
        pa.drawOn(c, margin, state["y"] - gap - ph)
        state["y"] -= ph + gap

    para(Paragraph(escape(p.title), title), 0)
    para(Paragraph(f"Issued {escape(_long_date(p.issued))}. This plan sets out what we will do in "
                   "response to each recommendation of the inspection.", body), 2 * mm)  # fmt: skip
    # the legend of the icons
    y = state["y"] - 6 * mm
    c.setFillColor(colors.HexColor("#F3F2F1"))
    c.rect(margin, y - 16 * mm, width, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(bold, 9)
    c.drawString(margin + 3 * mm, y - 5 * mm, "Key")
    c.setFont(base, 8.5)
    x = margin + 3 * mm
    ly = y - 11 * mm
    _person(c, x, ly, icon)
    c.setFillColor(colors.black)
    c.drawString(x + icon + 1.5 * mm, ly + 0.6 * mm, h["owner"])
    x += 38 * mm
    _calendar(c, x, ly, icon)
    c.setFillColor(colors.black)
    c.drawString(x + icon + 1.5 * mm, ly + 0.6 * mm, h["due"])
    x += 34 * mm
    for word, rag in (("green", "green"), ("amber", "amber"), ("red", "red"), ("blue", "blue"),
                      ("grey", None)):  # fmt: skip
        _flag(c, x, ly, icon, TINT[rag])
        c.setFillColor(colors.black)
        c.drawString(x + icon + 1 * mm, ly + 0.6 * mm, word)
        x += 17 * mm
    state["y"] = y - 20 * mm
    strip_w = width - 14 * mm
    for num, text in p.recs:
        band = Paragraph(f"{escape(_label(p, num))}: {escape(text)}", rech)
        bh = band.wrap(width - 6 * mm, H)[1] + 4 * mm
        room(bh + 30 * mm)
        c.setFillColor(colors.HexColor("#1D3557"))
        c.rect(margin, state["y"] - bh, width, bh, stroke=0, fill=1)
        band.drawOn(c, margin + 3 * mm, state["y"] - bh + 2 * mm)
        state["y"] -= bh + 2.5 * mm
        for a in p.per_rec(num):
            act = Paragraph(escape(a.text), body)
            ah = act.wrap(strip_w, H)[1]
            up = Paragraph(escape(a.progress), upd) if a.progress else None
            uh = up.wrap(strip_w, H)[1] + 1 * mm if up else 0.0
            sh = ah + uh + icon + 6 * mm
            room(sh + 2 * mm)
            top = state["y"]
            c.setStrokeColor(colors.HexColor("#B1B4B6"))
            c.setFillColor(colors.white)
            c.setLineWidth(0.6)
            c.rect(margin, top - sh, width, sh, stroke=1, fill=1)
            c.setFillColor(colors.HexColor(TINT[a.rag]))
            c.rect(margin, top - sh, 1.6 * mm, sh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(bold, 10)
            c.drawString(margin + 3.5 * mm, top - 2 * mm - 10, a.ref)
            act.drawOn(c, margin + 12 * mm, top - 2 * mm - ah)
            ly = top - 2 * mm - ah - 1.5 * mm - icon
            x = margin + 12 * mm
            c.setFont(base, 8.5)
            for kind, word in (("person", a.owner), ("cal", a.due_raw),
                               ("flag", a.status or "")):  # fmt: skip
                if kind == "person":
                    _person(c, x, ly, icon)
                elif kind == "cal":
                    _calendar(c, x, ly, icon)
                else:
                    _flag(c, x, ly, icon, TINT[a.rag])
                c.setFillColor(colors.black)
                c.drawString(x + icon + 1.5 * mm, ly + 0.6 * mm, word)
                x += icon + 4 * mm + c.stringWidth(word, base, 8.5)
            if up:
                up.drawOn(c, margin + 12 * mm, ly - 1.5 * mm - (uh - 1 * mm))
            state["y"] = top - sh - 2 * mm
        state["y"] -= 3 * mm
    if p.kpis:
        para(Paragraph("How we will know it is working", title), 6 * mm)
        rows = [[Paragraph(f"<b>{escape(h[col])}</b>", small) for col in KCOLS]]
        rows += [[Paragraph(escape(_kpi_cell(k, col)), small) for col in KCOLS] for k in p.kpis]
        t = Table(rows, colWidths=[width - 90 * mm, 30 * mm, 30 * mm, 30 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#B1B4B6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, th = t.wrap(width, H)
        room(th + 3 * mm)
        t.drawOn(c, margin, state["y"] - 3 * mm - th)
    new_page()
    c.save()
    return pdf


# ---- HTML: a GOV.UK design-system task list ------------------------------------------------------


def _tasklist(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    css = (
        "@page { size: A4; margin: 14mm 14mm; }"
        f"body {{ font-family: {font}; font-size: 10.5pt; color: #0B0C0C; margin: 0; }}"
        ".hdr { background: #0B0C0C; color: #fff; padding: 3mm 4mm; font-weight: 700;"
        " font-size: 13pt; } .bar { border-bottom: 2mm solid #1D70B8; margin-bottom: 5mm; }"
        ".cap { color: #505A5F; font-size: 11pt; margin: 0 0 1mm; }"
        "h1 { font-size: 20pt; margin: 0 0 4mm; } h2 { font-size: 14pt; margin: 7mm 0 1mm;"
        " page-break-after: avoid; } .rec { page-break-after: avoid; }"
        ".rec { margin: 0 0 2mm; color: #0B0C0C; }"
        "ul.tl { list-style: none; padding: 0; margin: 0; border-top: 1px solid #B1B4B6; }"
        "li.ti { border-bottom: 1px solid #B1B4B6; padding: 2.5mm 0; page-break-inside: avoid; }"
        ".row { display: flex; justify-content: space-between; align-items: flex-start; }"
        ".name { color: #1D70B8; text-decoration: underline; width: 72%; }"
        ".tag { font-size: 9pt; padding: 0.6mm 2mm; white-space: nowrap; }"
        "dl { display: grid; grid-template-columns: 28mm auto; margin: 1.5mm 0 0;"
        " font-size: 9pt; } dt { font-weight: 700; } dd { margin: 0; }"
        "table { border-collapse: collapse; width: 100%; margin-top: 2mm; font-size: 9.5pt; }"
        "th, td { text-align: left; border-bottom: 1px solid #B1B4B6; padding: 1.5mm; }"
        ".summary { font-weight: 700; margin: 2mm 0 4mm; }"
    )
    done = sum(1 for a in p.actions if a.rag == "blue")
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
           f"<div class='hdr'>{escape(p.authority)} Council</div><div class='bar'></div>",
           f"<p class='cap'>Children's services improvement</p><h1>{escape(p.title)}</h1>",
           f"<p>Last updated {escape(_long_date(p.issued))}.</p>",
           f"<p class='summary'>{done} of {len(p.actions)} tasks completed.</p>"]  # fmt: skip
    for i, (num, text) in enumerate(p.recs, start=1):
        out.append(f"<h2>{i}. {escape(_label(p, num))}</h2><p class='rec'>{escape(text)}</p>"
                   "<ul class='tl'>")  # fmt: skip
        for a in p.per_rec(num):
            st = a.status or ""
            tint, pale = TINT[a.rag], PALE[a.rag]
            if st == "Cannot start yet":
                tint, pale = "#505A5F", "#FFFFFF"
            out.append(
                f"<li class='ti'><div class='row'><span class='name'>{escape(a.text)}</span>"
                f"<strong class='tag' style='color:{tint};background:{pale}'>{escape(st)}"
                f"</strong></div><dl><dt>{escape(h['owner'])}</dt><dd>{escape(a.owner)}</dd>"
                f"<dt>{escape(h['due'])}</dt><dd>{escape(a.due_raw)}</dd></dl></li>"
            )
        out.append("</ul>")
    if p.kpis:
        out.append("<h2>Measures</h2><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr></thead><tbody>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</tbody></table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: one section per recommendation, named only in the running header --------------------


def _sections(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    total = (29.7 if p.landscape else 21.0) - 4.0

    def setup(sec: Any, head: str) -> None:
        if p.landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Cm(2.0))
        sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.0)
        sec.header_distance = Cm(0.9)
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = ""
        run = hp.add_run(head)
        run.bold = True
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor.from_string("1F3864")
        sec.footer.is_linked_to_previous = False
        sec.footer.paragraphs[0].text = f"{p.authority} Council - OFFICIAL"

    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    setup(doc.sections[0], f"{p.authority} Council")
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Agreed by the Improvement Board on {_long_date(p.issued)}. The plan has a "
                      "section for each recommendation of the inspection; the recommendation is "
                      "shown at the top of every page of its section.")  # fmt: skip
    doc.add_paragraph("Status: On target; Slipping (some risk to delivery); Overdue; Done; "
                      "Not due (not yet due to start).")  # fmt: skip
    fixed = {"ref": 1.1, "due": 2.9, "rag": 2.0}
    rest = total - sum(fixed.values())
    if p.features["progress"]:
        cols = ["ref", "action", "owner", "due", "rag", "progress"]
        share = {"action": 0.42, "owner": 0.22, "progress": 0.36}
    else:
        cols = ["ref", "action", "owner", "due", "rag"]
        share = {"action": 0.68, "owner": 0.32}
    widths = [fixed[c] if c in fixed else rest * share[c] for c in cols]
    for num, text in p.recs:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        setup(sec, f"{_label(p, num)}: {text}")
        mine = p.per_rec(num)
        t = doc.add_table(rows=1 + len(mine), cols=len(cols))
        _borders(t, "grid")
        _widths(t, widths, total)
        for j, col in enumerate(cols):
            run = t.cell(0, j).paragraphs[0].add_run(h[col])
            run.bold = True
            _shade(t.cell(0, j), "#D9E2F3")
        hdr = t.rows[0]._tr.get_or_add_trPr()
        hdr.append(OxmlElement("w:tblHeader"))
        for i, a in enumerate(mine, start=1):
            t.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "progress": a.progress or "", "rag": a.status or ""}  # fmt: skip
            for j, col in enumerate(cols):
                run = t.cell(i, j).paragraphs[0].add_run(vals[col])
                if col == "rag":
                    _shade(t.cell(i, j), PALE[a.rag])
        doc.add_paragraph()  # LibreOffice drops a section break that follows a table
    if p.kpis:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        setup(sec, "Measuring impact")
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t4, "grid")
        _widths(t4, [8.0, 2.8, 2.8, 2.8], min(total, 17.0))
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for r, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(r, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: one row per recommendation, repeating column groups per action ----------------------


def _groups(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Tracker"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.print_title_rows = "3:3"
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}").font = Font(name=font, italic=True, size=8)
    most = max(len(p.per_rec(num)) for num, _ in p.recs)
    group = (("action", 30), ("owner", 16), ("due", 10), ("rag", 7))
    heads: list[tuple[str, float]] = [(h["ref"], 5),
                                      (h["rec"], 34)]  # fmt: skip
    for k in range(1, most + 1):
        heads += [(f"{h[role]} {k}", w) for role, w in group]
    from openpyxl.utils import get_column_letter

    fills = ("EEF3FA",)
    for j, (name, width) in enumerate(heads, start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
        c = ws.cell(3, j, name)
        fill = "1F3864" if j <= 2 else ("2F5597" if ((j - 3) // 4) % 2 == 0 else "385723")
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=fill)
        c.border, c.alignment = box, wrap
    ws.row_dimensions[3].height = 27
    for i, (num, text) in enumerate(p.recs, start=4):
        mine = p.per_rec(num)
        ws.cell(i, 1, _label(p, num))
        ws.cell(i, 2, text)
        lines = -(-len(text) // 34)
        for k, a in enumerate(mine):
            col = 3 + 4 * k
            ws.cell(i, col, a.text)
            ws.cell(i, col + 1, a.owner)
            ws.cell(i, col + 2, a.due_date).number_format = "DD-MMM-YY"
            ws.cell(i, col + 3, a.status or "").fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
            lines = max(lines, -(-len(a.text) // 30), -(-len(a.owner) // 15))
        for j in range(1, len(heads) + 1):
            c = ws.cell(i, j)
            c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
            if j > 2 and (j - 3) % 4 != 3 and ((j - 3) // 4) % 2 == 0:
                c.fill = PatternFill("solid", fgColor=fills[0])
        ws.row_dimensions[i].height = 12 * lines + 4
    if p.kpis:
        wk = wb.create_sheet("KPIs")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 14, 14, 14), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            c = wk.cell(3, j, h[cn])
            c.font, c.border = Font(name=font, bold=True, size=9), box
        for i, kpi in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                c = wk.cell(i, j, _kpi_cell(kpi, cn))
                c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
