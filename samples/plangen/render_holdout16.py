"""Producers of the holdout16 split (BLIND: fixers never read this): a driver diagram in
ReportLab, a table with rotated headers and status glyphs in HTML printed by Chromium, a plan of
numbered action headings with dot-leader lines in Word and an owner-by-month matrix workbook in
Excel, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout16."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout16 import H16_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

TINT = {
    "green": "#2F9E44",
    "amber": "#E67700",
    "red": "#C92A2A",
    "blue": "#1864AB",
    None: "#868E96",
}
PALE = {
    "green": "#E6F4EA",
    "amber": "#FFF3DB",
    "red": "#FDE5E5",
    "blue": "#E3EEFB",
    None: "#F1F3F5",
}
GLYPH = {"green": "\u25cf", "amber": "\u25b2", "red": "\u25a0", "blue": "\u2714", None: "\u25cb"}
TICK = "\u2713"
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout16", html=_rotated,
                reportlab=_driver, docx=_leaders, xlsx=_matrix)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a driver diagram, one page per aim ----------------------------------------------


def _driver(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    W, H = landscape(A4)
    pdf = folder / f"{p.name}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H))
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    boxed = ParagraphStyle("x", parent=body, fontSize=9, leading=11.5)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=10, leading=12.5)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)

    def para(text: str, style: ParagraphStyle, x: float, y_top: float, w: float) -> float:
        pa = Paragraph(text, style)
        _, ph = pa.wrap(w, H)
        pa.drawOn(c, x, y_top - ph)
        return float(ph)

    def box(x: float, y_top: float, w: float, hh: float, fill: str) -> None:
        c.setStrokeColor(colors.HexColor("#495057"))
        c.setFillColor(colors.HexColor(fill))
        c.setLineWidth(0.8)
        c.roundRect(x, y_top - hh, w, hh, 3 * mm, stroke=1, fill=1)
        c.setFillColor(colors.black)

    margin = 14 * mm
    top = H - margin
    used = para(escape(p.title), title, margin, top, W - 2 * margin)
    para(f"Issued {escape(_long_date(p.issued))}. Read left to right: each aim (an inspection "
         "recommendation) is achieved through a primary driver, and the change ideas on the "
         "right are the actions we are testing. The officer leading each change idea and the "
         "date it should be complete are shown under its box; the coloured label is its status.",
         body, margin, top - used - 3 * mm, W - 2 * margin)  # fmt: skip
    # legend of status labels
    ly = 24 * mm
    lx = margin
    c.setFont(bold, 8)
    c.drawString(lx, ly + 6 * mm, "Status labels")
    for word, rag in H16_STATUS["driver"]:
        c.setFillColor(colors.HexColor(TINT[rag]))
        c.roundRect(lx, ly - 1, 4 * mm + c.stringWidth(word, bold, 7.5), 4.2 * mm, 1.5 * mm,
                    stroke=0, fill=1)  # fmt: skip
        c.setFillColor(colors.white)
        c.setFont(bold, 7.5)
        c.drawString(lx + 2 * mm, ly + 1.2, word)
        lx += 10 * mm + c.stringWidth(word, bold, 7.5)
    c.setFillColor(colors.black)
    c.showPage()
    col_x = (margin, margin + 78 * mm, margin + 150 * mm)
    col_w = (64 * mm, 58 * mm, W - margin - (margin + 150 * mm))
    for i, (num, text) in enumerate(p.recs):
        mine = p.per_rec(num)
        y = H - margin
        c.setFont(bold, 9)
        for x, name in zip(col_x, ("AIM", "PRIMARY DRIVER", "CHANGE IDEAS"),
                              strict=True):  # fmt: skip
            c.drawString(x, y - 9, name)
        y -= 8 * mm
        # the right column first: its height fixes the page
        boxes: list[tuple[float, float]] = []
        yy = y
        for a in mine:
            pa = Paragraph(escape(a.text), boxed)
            _, ph = pa.wrap(col_w[2] - 8 * mm, H)
            bh = ph + 6 * mm
            box(col_x[2], yy, col_w[2], bh, "#FFFFFF")
            pa.drawOn(c, col_x[2] + 4 * mm, yy - 3 * mm - ph)
            under = yy - bh - 1.5 * mm
            line = f"{escape(a.owner)} \u00b7 {escape(a.due_raw)}"
            lh = para(line, small, col_x[2] + 2 * mm, under, col_w[2] - 40 * mm)
            word = a.status or ""
            sw = c.stringWidth(word, bold, 7.5) + 4 * mm
            c.setFillColor(colors.HexColor(TINT[a.rag]))
            c.roundRect(col_x[2] + col_w[2] - sw, under - 4.2 * mm, sw, 4.2 * mm, 1.5 * mm,
                        stroke=0, fill=1)  # fmt: skip
            c.setFillColor(colors.white)
            c.setFont(bold, 7.5)
            c.drawString(col_x[2] + col_w[2] - sw + 2 * mm, under - 3.0 * mm, word)
            c.setFillColor(colors.black)
            boxes.append((yy, yy - bh))
            yy = under - max(lh, 4.2 * mm) - 5 * mm
        mid = (boxes[0][0] + boxes[-1][1]) / 2
        aim = Paragraph(f"<font name='{bold}'>{escape(_label(p, num))}</font><br/>"
                        f"{escape(text)}", boxed)  # fmt: skip
        _, ah = aim.wrap(col_w[0] - 8 * mm, H)
        atop = min(y, mid + (ah + 6 * mm) / 2)
        box(col_x[0], atop, col_w[0], ah + 6 * mm, "#E7F5FF")
        aim.drawOn(c, col_x[0] + 4 * mm, atop - 3 * mm - ah)
        amid = atop - (ah + 6 * mm) / 2
        drv = Paragraph(escape(p.features["drivers"][i]), head)
        _, dh = drv.wrap(col_w[1] - 8 * mm, H)
        dtop = amid + (dh + 8 * mm) / 2
        box(col_x[1], dtop, col_w[1], dh + 8 * mm, "#FFF9DB")
        drv.drawOn(c, col_x[1] + 4 * mm, dtop - 4 * mm - dh)
        c.setStrokeColor(colors.HexColor("#495057"))
        c.setLineWidth(1)
        c.line(col_x[0] + col_w[0], amid, col_x[1], amid)
        jx = col_x[1] + col_w[1] + 6 * mm
        c.line(col_x[1] + col_w[1], amid, jx, amid)
        ys = [(t + b) / 2 for t, b in boxes]
        c.line(jx, max(ys), jx, min(ys))
        for yb in ys:
            c.line(jx, yb, col_x[2], yb)
        c.setFont(base, 7.5)
        c.drawRightString(W - margin, 8 * mm, f"{p.authority} driver diagram - {_label(p, num)}")
        c.showPage()
    if p.kpis:
        c.setFont(bold, 13)
        c.drawString(margin, H - margin - 12, "How we will know we are improving")
        rows = [[Paragraph(escape(h[col]), head) for col in KCOLS]]
        rows += [[Paragraph(escape(_kpi_cell(k, col)), body) for col in KCOLS] for k in p.kpis]
        t = Table(rows, colWidths=[120 * mm, 40 * mm, 40 * mm, 40 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#868E96")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E9ECEF")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, th = t.wrap(W - 2 * margin, H)
        t.drawOn(c, margin, H - margin - 10 * mm - th)
        c.showPage()
    c.save()
    return pdf


# ---- HTML: a table with rotated headers and status glyphs -----------------------------------------


def _rotated(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    nums = [n for n, _ in p.recs]
    css = (
        "@page { size: A4 landscape; margin: 12mm; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #212529; }}"
        "h1 { font-size: 15pt; margin: 0 0 2mm 0; } h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }"
        "table { border-collapse: collapse; } td, th { border: 0.6pt solid #868E96; "
        "padding: 1.5mm; vertical-align: top; }"
        "th.rot { height: 34mm; width: 7mm; padding: 1mm 0; vertical-align: bottom; }"
        "th.rot div { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;"
        " margin: 0 auto; font-weight: bold; }"
        "td.tick, td.glyph { text-align: center; width: 7mm; }"
        "td.glyph { font-size: 12pt; } .key span { margin-right: 6mm; }"
        "tr { page-break-inside: avoid; } thead { display: table-header-group; }"
        "ol.recs li { margin-bottom: 1mm; }"
    )
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
           f"<h1>{escape(p.title)}</h1>",
           f"<p>Position at {escape(_long_date(p.issued))}. A tick in a recommendation column "
           "shows the recommendation the action addresses.</p><h3>Recommendations</h3>"
           "<ol class='recs'>"]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<li value='{num}'><b>{escape(_label(p, num))}</b>: {escape(text)}</li>")
    out.append("</ol><p class='key'><b>Key to status:</b> ")
    for word, rag in H16_STATUS["rotated"]:
        out.append(f"<span><span style='color:{TINT[rag]}; font-size:12pt'>{GLYPH[rag]}</span>"
                   f" {escape(word)}</span>")  # fmt: skip
    out.append("</p><table><thead><tr>")
    out.append(f"<th class='rot'><div>{escape(h['ref'])}</div></th>")
    out.append(f"<th style='vertical-align:bottom'>{escape(h['action'])}</th>")
    for n in nums:
        out.append(f"<th class='rot'><div>{escape(_label(p, n))}</div></th>")
    out.append(f"<th class='rot' style='width:30mm'><div>{escape(h['owner'])}</div></th>")
    out.append(f"<th class='rot'><div>{escape(h['due'])}</div></th>")
    out.append(f"<th class='rot'><div>{escape(h['rag'])}</div></th></tr></thead><tbody>")
    for a in p.actions:
        out.append(f"<tr><td>{escape(a.ref)}</td><td style='width:120mm'>{escape(a.text)}</td>")
        for n in nums:
            tick = TICK if n in a.recs else ""
            out.append(f"<td class='tick'>{tick}</td>")
        out.append(f"<td style='width:38mm'>{escape(a.owner)}</td>"
                   f"<td style='white-space:nowrap'>{escape(a.due_raw)}</td>"
                   f"<td class='glyph' style='color:{TINT[a.rag]}'>{GLYPH[a.rag]}</td></tr>")  # fmt: skip
    out.append("</tbody></table>")
    if p.kpis:
        out.append("<h3>Measures</h3><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: numbered action headings with dot-leader lines -----------------------------------------


def _leaders(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.3))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"Updated {_long_date(p.issued)}. The recommendations from the inspection are set out "
        "below. Each action that follows is numbered by the recommendation it answers."
    )
    for num, text in p.recs:
        para = doc.add_paragraph()
        para.add_run(f"{_label(p, num)}. ").bold = True
        para.add_run(text)
    rows = [("owner", lambda a: a.owner), ("due", lambda a: a.due_raw),
            ("rag", lambda a: a.status or ""), ("rec", lambda a: _label(p, a.recs[0]))]  # fmt: skip
    if p.features["progress"]:
        rows.append(("progress", lambda a: a.progress or "No update this period"))
    for num, _text in p.recs:
        doc.add_heading(f"Actions for {_label(p, num)}", 2)
        for a in p.per_rec(num):
            doc.add_heading(f"{a.ref}  {a.text}", 3)
            for role, get in rows:
                lp = doc.add_paragraph()
                lp.paragraph_format.tab_stops.add_tab_stop(
                    Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
                )
                lp.paragraph_format.space_after = Pt(1)
                lp.add_run(h[role])
                run = lp.add_run(f"\t{get(a)}")
                if role == "rag":
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(TINT[a.rag].lstrip("#"))
    if p.kpis:
        doc.add_heading("Performance measures", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t4, "box")
        _widths(t4, [8.0, 2.8, 2.8, 2.8], 16.4)
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "#E9ECEF")
        for r, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(r, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an owner-by-month matrix, then the list of refs -------------------------------------


def _matrix(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    thin = Side(style="thin", color="909090")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    headfill = PatternFill("solid", fgColor="DEE2E6")

    def col(j: int) -> str:
        return chr(64 + j) if j <= 26 else "A" + chr(64 + j - 26)

    months: list[date] = sorted({a.due_date for a in p.actions if a.due_date is not None})
    first, last = months[0], months[-1]
    span: list[date] = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        span.append(date(y, m, calendar.monthrange(y, m)[1]))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    owners = sorted({a.owner for a in p.actions}, key=lambda o: o.split()[-1])
    by_cell: dict[tuple[str, date], list[H8Action]] = {}
    for a in p.actions:
        assert a.due_date is not None
        by_cell.setdefault((a.owner, a.due_date), []).append(a)

    ws = wb.active
    ws.title = "Matrix"
    _xl_setup(ws, True)
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"At {_long_date(p.issued)}. Each cell gives the refs of the actions an officer "
            "is to complete in that month; the actions are listed on the sheet 'Action list'."
            ).font = Font(name=font, italic=True, size=8)  # fmt: skip
    ws.column_dimensions["A"].width = 22
    c = ws.cell(4, 1, h["owner"])
    c.font, c.fill, c.border, c.alignment = Font(name=font, bold=True, size=9), headfill, box, wrap
    for j, d in enumerate(span, start=2):
        ws.column_dimensions[col(j)].width = 9
        c = ws.cell(4, j, f"{calendar.month_abbr[d.month]} {d.year}")
        c.font, c.fill, c.border = Font(name=font, bold=True, size=9), headfill, box
        c.alignment = centre
    for i, o in enumerate(owners, start=5):
        c = ws.cell(i, 1, o)
        c.font, c.border, c.alignment = Font(name=font, bold=True, size=9), box, wrap
        ws.row_dimensions[i].height = 30
        for j, d in enumerate(span, start=2):
            mine = by_cell.get((o, d), [])
            c = ws.cell(i, j, ", ".join(a.ref for a in mine))
            c.font, c.border, c.alignment = Font(name=font, size=9), box, centre
            if mine:
                c.fill = PatternFill("solid", fgColor=PALE[mine[0].rag][1:])

    wa = wb.create_sheet("Action list")
    _xl_setup(wa, True)
    wa.cell(1, 1, "Action list").font = Font(name=font, bold=True, size=12)
    names = [h["ref"], h["rec"], h["action"], h["rag"]]
    widths = [8, 14, 80, 14]
    for j, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        wa.column_dimensions[col(j)].width = width
        c = wa.cell(3, j, name)
        c.font, c.fill, c.border, c.alignment = (
            Font(name=font, bold=True, size=9),
            headfill,
            box,
            wrap,
        )
    wa.print_title_rows = "3:3"
    for i, a in enumerate(p.actions, start=4):
        vals = [a.ref, _label(p, a.recs[0]), a.text, a.status or ""]
        for j, v in enumerate(vals, start=1):
            c = wa.cell(i, j, v)
            c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
        wa.cell(i, 4).fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
        wa.row_dimensions[i].height = 12 * max(1, -(-len(a.text) // 85)) + 3
    wr = wb.create_sheet("Recommendations")
    _xl_setup(wr, True)
    wr.cell(1, 1, "Recommendations").font = Font(name=font, bold=True, size=12)
    wr.column_dimensions["A"].width = 8
    wr.column_dimensions["B"].width = 100
    for i, (num, text) in enumerate(p.recs, start=3):
        wr.cell(i, 1, _label(p, num)).font = Font(name=font, bold=True, size=9)
        c = wr.cell(i, 2, text)
        c.font, c.alignment = Font(name=font, size=9), wrap
        wr.row_dimensions[i].height = 12 * max(1, -(-len(text) // 105)) + 3
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Measures").font = Font(name=font, bold=True, size=12)
        kw = [56, 14, 14, 14]
        for j, cn in enumerate(KCOLS, start=1):
            wk.column_dimensions[col(j)].width = kw[j - 1]
            c = wk.cell(3, j, h[cn])
            c.font, c.fill, c.border = Font(name=font, bold=True, size=9), headfill, box
        for i, k in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                c = wk.cell(i, j, _kpi_cell(k, cn))
                c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
