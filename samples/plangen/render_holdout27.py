"""Producers of the holdout27 split (BLIND: fixers never read this): a delivery schedule in
target-date order in ReportLab, a business-intelligence report page in HTML printed by Chromium,
a Word response table of bullets in cells and an Excel tracker with split month and year
columns, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout27."""

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
from samples.plangen.holdout27 import ROMAN, STATUS_KEY27
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#1E7B34", "amber": "#B86E00", "red": "#B3261E", "blue": "#1D4F91",
           None: "#6B6B6B"}  # fmt: skip
FILL_HEX = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "C5D9F1"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout27", html=_bi,
                reportlab=_schedule, docx=_bullets, xlsx=_splitdate)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _with_update(p: H8Plan) -> bool:
    return any(a.progress for a in p.actions)


def _quarter(d: date) -> str:
    q0 = (d.month - 1) // 3 * 3 + 1
    return f"{calendar.month_name[q0]} - {calendar.month_name[q0 + 2]} {d.year}"


# ---- ReportLab: a delivery schedule in target-date order ---------------------------------------


def _schedule(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = landscape(A4) if p.landscape else A4
    margin = 16 * mm
    width = size[0] - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    navy = colors.HexColor("#22305A")
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    rec = ParagraphStyle("r", parent=body, leftIndent=22, firstLineIndent=-22, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=cell, fontName=bold, fontSize=8, textColor=colors.white)
    title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, textColor=navy)
    sub = ParagraphStyle("s", fontName=bold, fontSize=11.5, leading=15, textColor=navy,
                         spaceBefore=8, spaceAfter=4)  # fmt: skip
    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Paragraph(f"Version as at {escape(_long_date(p.issued))}. Owned by the Director of "
                  "Children's Services; reported monthly to the Improvement Board.", body),
        Paragraph("A. What Ofsted asked us to do", sub),
    ]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(f"({ROMAN[num]})&nbsp;&nbsp;{escape(text)}", rec))
    story += [
        Paragraph("B. Delivery schedule", sub),
        Paragraph("All actions, earliest first. The column "
                  f"'{escape(h['rec'])}' gives the recommendation in section A that each "
                  "action answers.", body),
        Spacer(1, 3 * mm),
    ]  # fmt: skip
    prog = _with_update(p)
    cols = ["due", "ref", "action", "rec", "owner", "rag"] + (["progress"] if prog else [])
    rel = {"due": 2.5, "ref": 1.5, "action": 6.0, "rec": 1.6, "owner": 3.0, "rag": 1.7,
           "progress": 3.8}  # fmt: skip
    tot = sum(rel[c] for c in cols)
    widths = [width * rel[c] / tot for c in cols]
    rows: list[list[Any]] = [[Paragraph(escape(h[c]), head) for c in cols]]
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B0B7C6")),
    ]  # fmt: skip
    order = sorted(p.actions, key=lambda a: (a.due_date or date.max, a.ref))
    band = ""
    for a in order:
        assert a.due_date is not None
        q = _quarter(a.due_date)
        if p.features["quarter_bands"] and q != band:
            band = q
            rows.append([Paragraph(f"<b>{escape(q)}</b>", cell)] + [""] * (len(cols) - 1))
            r = len(rows) - 1
            cmds += [("SPAN", (0, r), (-1, r)),
                     ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#E4E8F1"))]  # fmt: skip
        vals = {"due": a.due_raw, "ref": a.ref, "action": a.text,
                "rec": f"({ROMAN[a.recs[0]]})", "owner": a.owner, "rag": a.status or "",
                "progress": a.progress or ""}  # fmt: skip
        rows.append([Paragraph(f"<b>{escape(vals[c])}</b>" if c == "rag" else escape(vals[c]),
                               cell) for c in cols])  # fmt: skip
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(cmds))
    story += [table, Spacer(1, 2 * mm)]
    key = "; ".join(f"{k} {v}" for k, v in STATUS_KEY27.items())
    story.append(Paragraph(f"<i>Status key: {escape(key)}.</i>", cell))
    if p.kpis:
        story.append(Paragraph("C. Measures we are watching", sub))
        krows = [[Paragraph(escape(h[c]), head) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS])
        kt = Table(krows, colWidths=[width * 0.55] + [width * 0.15] * 3, repeatRows=1)
        kt.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B0B7C6")),
        ]))  # fmt: skip
        story.append(kt)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(margin, 9 * mm, f"{p.authority} Council - delivery schedule")
        canv.drawRightString(size[0] - margin, 9 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- Word: a response table, actions as bullets in one cell -------------------------------------


def _bullet_runs(para: Any, a: H8Action, p: H8Plan) -> None:
    glyph = str(p.features["bullet_glyph"])
    para.add_run(f"{glyph} ")
    para.add_run(a.ref).bold = True
    if p.features["bullet_style"] == "dash":
        para.add_run(f"  {a.text} – {a.owner} – {a.due_raw} – ")
    else:
        para.add_run(f"  {a.text} (Lead: {a.owner}; {a.due_raw}) ")
    r = para.add_run(a.status or "")
    r.bold = True
    hexv = RAG_HEX[a.rag].lstrip("#")
    r.font.color.rgb = RGBColor(int(hexv[:2], 16), int(hexv[2:4], 16), int(hexv[4:], 16))


def _bullets(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(2.0))
    avail = (29.7 if p.landscape else 21.0) - 4.0
    sec.footer.paragraphs[0].text = f"{p.authority} Council - Children's Services"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"{p.authority} Council. Updated {_long_date(p.issued)}.")
    doc.add_paragraph(
        "The table sets each recommendation from the inspection report beside the actions we "
        "are taking in response. After each action we give the lead, the timescale and where "
        "it has got to."
    )
    table = doc.add_table(rows=1, cols=2)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    left, right = Cm(avail * 0.34), Cm(avail * 0.66)
    hdr = table.rows[0]
    _repeat_header(hdr)
    for j, word in enumerate(("Ofsted recommendation", "What we are doing")):
        hdr.cells[j].width = left if j == 0 else right
        run = hdr.cells[j].paragraphs[0].add_run(word)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(hdr.cells[j], "4B2E83")
    for num, text in p.recs:
        row = table.add_row()
        row.cells[0].width, row.cells[1].width = left, right
        lp = row.cells[0].paragraphs[0]
        lp.add_run(f"{p.rec_label.format(n=num)} ").bold = True
        lp.add_run(text)
        _shade(row.cells[0], "EFEAF6")
        first = True
        for a in p.per_rec(num):
            para = row.cells[1].paragraphs[0] if first else row.cells[1].add_paragraph()
            first = False
            para.paragraph_format.space_after = Pt(2 if a.progress else 5)
            _bullet_runs(para, a, p)
            if a.progress:
                up = row.cells[1].add_paragraph()
                up.paragraph_format.left_indent = Cm(0.5)
                up.paragraph_format.space_after = Pt(5)
                ur = up.add_run(f"Update: {a.progress}")
                ur.italic = True
    doc.add_paragraph()
    key = ", ".join(w for w, _ in (("On target", 0), ("Some slippage", 0),
                                   ("Significant concerns", 0), ("Achieved", 0),
                                   ("Not yet due", 0)))  # fmt: skip
    doc.add_paragraph(f"Status words used: {key}.")
    if p.kpis:
        doc.add_heading("How we will measure impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(avail - 3 * 2.8 if j == 0 else 2.8)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "EFEAF6")
        for kr, kk in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker with the target date split over month and year ----------------------------


def _splitdate(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="9E9E9E")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="1F4E5F")
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    prog = _with_update(p)
    cols = ["ref", "rec", "action", "owner", "month", "year", "rag"] + (
        ["progress"] if prog else []
    )
    widths = {"ref": 7.0, "rec": 6.0, "action": 52.0, "owner": 26.0, "month": 10.0,
              "year": 7.0, "rag": 13.0, "progress": 40.0}  # fmt: skip
    letters = "ABCDEFGH"
    last = letters[len(cols) - 1]
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}").font = Font(name=font, italic=True,
                                                                     size=9)  # fmt: skip
    row = 4

    def rec_key(row: int) -> int:
        ws.cell(row, 1, "Recommendations").font = Font(name=font, bold=True, size=10)
        row += 1
        for num, text in p.recs:
            c = ws.cell(row, 1, p.rec_label.format(n=num))
            c.font = Font(name=font, bold=True, size=9)
            c.border = box
            c.alignment = Alignment(vertical="top")
            ws.merge_cells(f"B{row}:{last}{row}")
            t = ws.cell(row, 2, text)
            t.font = Font(name=font, size=9)
            t.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[row].height = 26 if len(text) > 150 else 14
            row += 1
        return row + 1

    if p.features["rec_key"] == "top":
        row = rec_key(row)
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, h[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    full = p.features["month_cells"] == "split_full"
    for a in p.actions:
        assert a.due_date is not None
        m = a.due_date.month
        vals: dict[str, Any] = {
            "ref": a.ref, "rec": p.rec_label.format(n=a.recs[0]), "action": a.text,
            "owner": a.owner,
            "month": calendar.month_name[m] if full else calendar.month_abbr[m],
            "year": a.due_date.year, "rag": a.status or "", "progress": a.progress or "",
        }  # fmt: skip
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if cn in ("ref", "rec", "month", "year",
                                                                  "rag") else None)  # fmt: skip
            if cn == "year":
                c.number_format = "0"
            if cn == "rag" and a.rag in FILL_HEX:
                c.fill = PatternFill("solid", fgColor=FILL_HEX[a.rag])
        longest = max(len(a.text) / 48, len(a.progress or "") / 36, len(a.owner) / 23, 1)
        ws.row_dimensions[row].height = 13 * (int(longest) + 1) + 3
        row += 1
    if p.features["rec_key"] != "top":
        row = rec_key(row + 1)
    ws.print_area = f"A1:{last}{row - 1}"
    if p.kpis:
        wk = wb.create_sheet("Indicators")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Key indicators").font = Font(name=font, bold=True, size=12)
        for jj, (cn, width) in enumerate(zip(KCOLS, (56, 16, 16, 16), strict=True), start=1):
            wk.column_dimensions["ABCD"[jj - 1]].width = width
            cc = wk.cell(3, jj, h[cn])
            cc.font = Font(name=font, bold=True, size=9, color="FFFFFF")
            cc.fill = hfill
            cc.border = box
        for i, kpi in enumerate(p.kpis, start=4):
            for jj, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, jj, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a business-intelligence report page --------------------------------------------------

ICON = {
    "green": "<circle cx='7' cy='7' r='6' fill='#1AAB40'/>",
    "amber": "<path d='M7 1 L13 13 L1 13 Z' fill='#F2C80F'/>",
    "red": "<path d='M7 0.5 L13.5 7 L7 13.5 L0.5 7 Z' fill='#D64550'/>",
    "blue": "<circle cx='7' cy='7' r='6' fill='#1D4F91'/><path d='M4 7 L6.3 9.5 L10.2 4.6' "
            "stroke='#fff' stroke-width='1.8' fill='none'/>",
    None: "<circle cx='7' cy='7' r='5.2' fill='none' stroke='#8A8A8A' stroke-width='1.6'/>",
}  # fmt: skip
LEGEND = (("green", "On track"), ("amber", "At risk"), ("red", "Off track"),
          ("blue", "Complete"), (None, "Not started"))  # fmt: skip


def _icon(rag: str | None) -> str:
    return f"<svg width='14' height='14' viewBox='0 0 14 14'>{ICON[rag]}</svg>"


def _bi(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    theme = p.features["theme"]
    page = "A4 landscape" if p.landscape else "A4"
    prog = _with_update(p)
    h = p.headers
    css = (
        f"@page {{ size: {page}; margin: 9mm; }}"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; color: #252423; margin: 0; }}"
        f".top {{ background: {theme}; color: #fff; padding: 8px 12px; display: flex;"
        " justify-content: space-between; align-items: flex-end; }"
        ".top h1 { font-size: 14pt; margin: 0; font-weight: 600; }"
        ".top .ref { font-size: 7.5pt; opacity: 0.9; }"
        ".slicers { display: flex; gap: 10px; margin: 8px 0; }"
        ".slicer { border: 1px solid #C8C6C4; padding: 3px 8px; min-width: 150px; font-size: 7.5pt; }"
        ".slicer b { display: block; color: #605E5C; font-weight: 600; }"
        ".cards { display: flex; gap: 10px; margin-bottom: 8px; }"
        ".card { flex: 1; border: 1px solid #E1DFDD; padding: 6px 10px; }"
        ".card .n { font-size: 20pt; font-weight: 300; }"
        ".card .l { color: #605E5C; font-size: 7.5pt; }"
        ".visual { border: 1px solid #E1DFDD; padding: 6px 8px; margin-bottom: 8px; }"
        ".visual .vt { font-weight: 600; font-size: 9pt; margin-bottom: 4px; }"
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        f"th {{ text-align: left; font-weight: 600; border-bottom: 2px solid {theme};"
        " padding: 3px 5px; font-size: 8pt; }"
        "td { padding: 3px 5px; vertical-align: top; border-bottom: 1px solid #F3F2F1; }"
        "tbody tr:nth-child(even) td { background: #F7F7F7; }"
        "tr { break-inside: avoid; }"
        "td.ic { text-align: center; }"
        ".legend { font-size: 7.5pt; color: #605E5C; margin-top: 4px; }"
        ".legend span { margin-right: 12px; white-space: nowrap; }"
        ".legend svg { vertical-align: middle; margin-right: 3px; }"
        ".foot { color: #605E5C; font-size: 7pt; }"
    )
    counts = {
        "Actions": len(p.actions),
        "Complete": sum(a.rag == "blue" for a in p.actions),
        "Off track": sum(a.rag == "red" for a in p.actions),
        "Not started": sum(a.rag is None for a in p.actions),
    }
    refreshed = f"{p.issued.day:02d}/{p.issued.month:02d}/{p.issued.year} 07:00"
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='top'><div><div class='ref'>{escape(p.authority)} Council | Children's "
        f"Services Performance</div><h1>{escape(p.title)}</h1></div>"
        f"<div class='ref'>Data refreshed {refreshed}</div></div>",
        "<div class='slicers'>"
        + "".join(f"<div class='slicer'><b>{w}</b>All</div>" for w in
                  ("Recommendation", "Responsible officer", "Status", "Due in"))
        + "</div>",
        "<div class='cards'>"
        + "".join(f"<div class='card'><div class='n'>{v}</div><div class='l'>{escape(k)}</div>"
                  "</div>" for k, v in counts.items())
        + "</div>",
        "<div class='visual'><div class='vt'>Ofsted recommendations</div><table><colgroup>"
        "<col style='width:8%'><col style='width:92%'></colgroup><thead><tr><th>Rec No</th>"
        "<th>Recommendation</th></tr></thead><tbody>",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<tr><td>{escape(num)}</td><td>{escape(text)}</td></tr>")
    out.append("</tbody></table></div>")
    cols = ["ref", "rec", "action", "owner", "due", "rag"] + (["progress"] if prog else [])
    rel = {"ref": 8, "rec": 5, "action": 40, "owner": 14, "due": 11, "rag": 6, "progress": 24}
    tot = sum(rel[c] for c in cols)
    out.append("<div class='visual'><div class='vt'>Action detail</div><table><colgroup>"
               + "".join(f"<col style='width:{100 * rel[c] / tot:.1f}%'>" for c in cols)
               + "</colgroup><thead><tr>"
               + "".join(f"<th>{escape(h[c])}</th>" for c in cols)
               + "</tr></thead><tbody>")  # fmt: skip
    for a in p.actions:
        vals = {"ref": a.ref, "rec": a.recs[0], "action": a.text, "owner": a.owner,
                "due": a.due_raw, "progress": a.progress or ""}  # fmt: skip
        tds = []
        for c in cols:
            if c == "rag":
                tds.append(f"<td class='ic'>{_icon(a.rag)}</td>")
            else:
                tds.append(f"<td>{escape(vals[c])}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table><div class='legend'>"
               + "".join(f"<span>{_icon(r)}{w}</span>" for r, w in LEGEND)
               + "</div></div>")  # fmt: skip
    if p.kpis:
        out.append("<div class='visual'><div class='vt'>Key performance indicators</div>"
                   "<table><colgroup><col style='width:55%'><col style='width:15%'>"
                   "<col style='width:15%'><col style='width:15%'></colgroup><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table></div>")
    out.append("<div class='foot'>Filters applied: none. Source: case management system and "
               "programme tracker.</div></body></html>")  # fmt: skip
    return "".join(out)
