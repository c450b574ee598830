"""Producers of the holdout19 split (BLIND: fixers never read this): a committee pack whose
landscape action table is printed rotated on portrait pages in ReportLab, an intranet page with a
repeating left sidebar in HTML printed by Chromium, a Word plan with a two-row grouped table
header and an Excel sheet of stacked per-recommendation blocks, both printed by LibreOffice; each
drawn straight from a holdout8.H8Plan built by holdout19."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout19 import BLOCK_TEMPLATES
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

TINT = {
    "green": "#00A651",
    "amber": "#FFC000",
    "red": "#E03C31",
    "blue": "#2E75B6",
    None: "#BFBFBF",
}
PALE = {
    "green": "#C6EFCE",
    "amber": "#FFEB9C",
    "red": "#FFC7CE",
    "blue": "#BDD7EE",
    None: "#F2F2F2",
}
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout19", html=_sidebar,
                reportlab=_rotated, docx=_grouped, xlsx=_blocks)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a committee pack, its landscape appendix rotated on portrait pages -------------


def _rotated(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    W, H = A4
    pdf = folder / f"{p.name}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H))
    margin = 20 * mm
    width = W - 2 * margin
    body = ParagraphStyle("b", fontName=base, fontSize=10.5, leading=14, spaceAfter=5)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=11.5, leading=15,
                          spaceBefore=6)  # fmt: skip
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    hcell = ParagraphStyle("hc", parent=cell, fontName=bold, textColor=colors.white)
    state = {"y": H - margin, "page": 1}

    def footer() -> None:  # the pack's page number, upright on every page
        c.setFont(base, 8)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 10 * mm, f"Page {state['page']}")

    def new_page() -> None:
        footer()
        c.showPage()
        state["y"] = H - margin
        state["page"] += 1

    def flow(f: Any, gap: float = 0.0) -> None:
        fh = f.wrap(width, H)[1]
        if state["y"] - fh - gap < margin + 8 * mm:
            new_page()
        f.drawOn(c, margin, state["y"] - gap - fh)
        state["y"] -= fh + gap

    # the upright covering report
    meta = [
        ("Report to", "Children and Young People Scrutiny Committee"),
        ("Date of meeting", _long_date(p.issued)),
        ("Report of", "Director of Children's Services"),
        ("Subject", "Progress against the Ofsted improvement plan"),
        ("Wards affected", "All"),
    ]
    c.setFont(bold, 12)
    c.drawString(margin, state["y"] - 12, f"{p.authority} Council")
    state["y"] -= 22
    mt = Table([[Paragraph(f"<b>{escape(k)}</b>", body), Paragraph(escape(v), body)]
                for k, v in meta], colWidths=[40 * mm, width - 40 * mm])  # fmt: skip
    mt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                            ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED"))]))  # fmt: skip
    flow(mt, 4 * mm)
    flow(Paragraph(escape(p.title), title), 6 * mm)
    flow(Paragraph("1. Purpose of the report", head), 2 * mm)
    flow(Paragraph("To update the Committee on progress made against the improvement plan "
                   "agreed after the inspection of local authority children's services. The "
                   "full action plan is attached as Appendix A.", body))  # fmt: skip
    flow(Paragraph("2. Background", head), 2 * mm)
    flow(Paragraph(f"The inspection made {len(p.recs)} recommendations. Each is set out in "
                   "Appendix A with the actions agreed against it, the lead officer, the date "
                   "by which it will be completed and its current RAG rating.", body))  # fmt: skip
    flow(Paragraph("3. The Committee is asked to note the progress made and the actions rated "
                   "Red or Amber in the appendix.", body))  # fmt: skip
    if p.kpis:
        flow(Paragraph("4. Measuring impact", head), 2 * mm)
        rows = [[Paragraph(f"<b>{escape(h[col])}</b>", cell) for col in KCOLS]]
        rows += [[Paragraph(escape(_kpi_cell(k, col)), cell) for col in KCOLS] for k in p.kpis]
        kt = Table(rows, colWidths=[width - 81 * mm, 27 * mm, 27 * mm, 27 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        flow(kt, 2 * mm)
    flow(Paragraph("Contact officer: Performance and Improvement Team", body), 6 * mm)
    new_page()

    # Appendix A: a landscape table drawn rotated 90 degrees (reads bottom to top)
    lw, lh = H, W  # the landscape page
    lm = 14 * mm
    avail_w = lw - 2 * lm
    with_update = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])
    fixed = {"ref": 14 * mm, "due": 24 * mm, "rag": 22 * mm, "owner": 48 * mm}
    rest = avail_w - sum(fixed.get(col, 0) for col in cols)
    share = {"action": 0.55, "progress": 0.45} if with_update else {"action": 1.0}
    widths = [fixed[col] if col in fixed else rest * share[col] for col in cols]
    words = {**h, "due": h["deadline"]}  # one date column: the due date
    data: list[list[Any]] = [[Paragraph(escape(words[col]), hcell) for col in cols]]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#203864")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for num, text in p.recs:
        r = len(data)
        data.append([Paragraph(f"<b>{escape(_label(p, num))}:</b> {escape(text)}", cell)]
                    + [""] * (len(cols) - 1))  # fmt: skip
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9E1F2"))]  # fmt: skip
        for a in p.per_rec(num):
            r = len(data)
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            data.append([Paragraph(escape(vals[col]), cell) for col in cols])
            style.append(("BACKGROUND", (cols.index("rag"), r), (cols.index("rag"), r),
                          colors.HexColor(PALE[a.rag])))  # fmt: skip
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    first = True
    parts: list[Any] = [table]
    while parts:
        part = parts.pop(0)
        top = lh - lm - (16 * mm if first else 10 * mm)
        avail_h = top - lm
        pieces = part.split(avail_w, avail_h)
        if not pieces:
            pieces = [part]
        here = pieces[0]
        parts = list(pieces[1:]) + parts
        c.saveState()
        c.translate(W, 0)
        c.rotate(90)
        c.setFillColor(colors.black)
        if first:
            c.setFont(bold, 13)
            c.drawString(lm, lh - lm - 6 * mm, "Appendix A: Improvement plan - action tracker")
            c.setFont(base, 8.5)
            c.drawRightString(lw - lm, lh - lm - 6 * mm, f"Position at {_long_date(p.issued)}")
        else:
            c.setFont(base, 8)
            c.drawString(lm, lh - lm - 4 * mm, "Appendix A (continued)")
        th = here.wrap(avail_w, avail_h)[1]
        here.drawOn(c, lm, top - th)
        c.restoreState()
        first = False
        new_page()
    c.save()
    return pdf


# ---- HTML: an intranet page with a left sidebar repeated on every printed page ----------------


def _sidebar(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    css = (
        "@page { size: A4; margin: 12mm 12mm 14mm 12mm; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #222; margin: 0; }}"
        ".side { position: fixed; top: 0; left: 0; width: 46mm; bottom: 0;"
        " background: #F1F4F8; border-right: 1px solid #C8D1DC; padding: 3mm; font-size: 8.5pt;"
        " box-sizing: border-box; }"
        ".side .org { font-weight: 700; font-size: 10pt; color: #0B3D6E; margin-bottom: 3mm; }"
        ".side h4 { font-size: 9pt; margin: 3mm 0 1mm; color: #0B3D6E; }"
        ".side ul { list-style: none; padding: 0; margin: 0; }"
        ".side li { padding: 1mm 0; border-bottom: 1px solid #DDE3EA; color: #0B5CAD; }"
        ".links { border: 1px solid #C8D1DC; background: #fff; padding: 2mm; margin-top: 4mm; }"
        ".main { margin-left: 52mm; }"
        ".crumb { font-size: 8pt; color: #666; margin-bottom: 2mm; }"
        "h1 { font-size: 18pt; margin: 0 0 2mm; color: #0B3D6E; }"
        ".upd { font-size: 8.5pt; color: #666; margin: 0 0 4mm; }"
        "h2 { font-size: 13pt; margin: 6mm 0 1mm; color: #0B3D6E; page-break-after: avoid; }"
        ".rec { margin: 0 0 3mm; padding-left: 3mm; border-left: 3px solid #0B3D6E;"
        " page-break-after: avoid; }"
        ".act { margin: 0 0 3mm; padding: 2mm 0 2mm; border-bottom: 1px dotted #AAB;"
        " page-break-inside: avoid; }"
        ".act .what { font-weight: 700; margin: 0 0 1mm; }"
        ".act .meta { font-size: 8.5pt; color: #444; margin: 0; }"
        ".act .note { font-size: 8.5pt; color: #555; font-style: italic; margin: 1mm 0 0; }"
        ".tag { padding: 0 1.5mm; border-radius: 2mm; }"
        "table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-top: 2mm; }"
        "th, td { border: 1px solid #C8D1DC; padding: 1.2mm; text-align: left; }"
        "th { background: #F1F4F8; }"
    )
    nav = "".join(f"<li>{escape(_label(p, num))}</li>" for num, _ in p.recs)
    if p.kpis:
        nav += "<li>How we measure progress</li>"
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        f"<div class='side'><div class='org'>{escape(p.authority)} Council<br>Staff intranet"
        "</div><h4>On this page</h4><ul>" + nav + "</ul><div class='links'><h4>Related links"
        "</h4><ul><li>Ofsted inspection report</li><li>Improvement Board terms of reference"
        "</li><li>Practice standards</li><li>Performance dashboard</li></ul></div></div>",
        "<div class='main'><div class='crumb'>Home &gt; Children's services &gt; Improvement"
        f"</div><h1>{escape(p.title)}</h1><p class='upd'>Page last updated "
        f"{escape(_long_date(p.issued))}</p><p>After the inspection of our children's "
        "services we agreed an improvement plan with the Improvement Board. This page shows "
        "each recommendation and what we are doing about it.</p>",
    ]
    for num, text in p.recs:
        out.append(f"<h2>{escape(_label(p, num))}</h2><p class='rec'>{escape(text)}</p>")
        for a in p.per_rec(num):
            st = a.status or ""
            out.append(
                f"<div class='act'><p class='what'>{escape(a.text)}</p><p class='meta'>"
                f"{escape(h['owner'])}: {escape(a.owner)} &middot; Due: {escape(a.due_raw)} "
                f"&middot; Status: <span class='tag' style='background:{PALE[a.rag]}'>"
                f"{escape(st)}</span></p>"
                + (f"<p class='note'>Latest: {escape(a.progress)}</p>" if a.progress else "")
                + "</div>"
            )
    if p.kpis:
        out.append("<h2>How we measure progress</h2><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr></thead><tbody>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</tbody></table>")  # fmt: skip
    out.append("</div></body></html>")
    return "".join(out)


# ---- Word: an action table with a two-row grouped header ---------------------------------------


def _merge(cell_a: Any, cell_b: Any) -> Any:
    return cell_a.merge(cell_b)


def _grouped(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    total = 29.7 - 3.2
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec.footer.paragraphs[0].text = f"{p.authority} Council - Improvement Plan - OFFICIAL"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Version agreed by the Improvement Board, {_long_date(p.issued)}. RAG: "
                      "Green - on track; Amber - some slippage; Red - off track; Blue - "
                      "complete; Grey - not yet started.")  # fmt: skip
    starts = p.features["starts"]
    sponsors = p.features["sponsors"]
    cols = ["ref", "action", "owner", "sponsor", "start", "due", "rag", "progress"]
    widths = [1.1, 7.4, 3.0, 3.0, 1.9, 1.9, 1.4, 6.8]
    n_rows = 2 + len(p.recs) + len(p.actions)
    t = doc.add_table(rows=n_rows, cols=len(cols))
    _borders(t, "grid")
    _widths(t, widths, total)

    def put(r: int, j: int, text: str, *, bold: bool = False) -> None:
        run = t.cell(r, j).paragraphs[0].add_run(text)
        run.bold = bold

    # two header rows: Ref and Action span both; the groups over their two columns
    put(0, 0, h["ref"], bold=True)
    put(0, 1, h["action"], bold=True)
    for j0, word in ((2, "Accountability"), (4, "Timescale"), (6, "Progress")):
        put(0, j0, word, bold=True)
        _merge(t.cell(0, j0), t.cell(0, j0 + 1))
    for j, col in enumerate(cols[2:], start=2):
        put(1, j, h[col], bold=True)
    _merge(t.cell(0, 0), t.cell(1, 0))
    _merge(t.cell(0, 1), t.cell(1, 1))
    for r in (0, 1):
        t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for j in range(len(cols)):
            _shade(t.cell(r, j), "#1F3864" if r == 0 else "#2F5597")
            for run in t.cell(r, j).paragraphs[0].runs:
                run.font.color.rgb = _white()
    r = 2
    for num, text in p.recs:
        _merge(t.cell(r, 0), t.cell(r, len(cols) - 1))
        put(r, 0, f"{_label(p, num)}: {text}", bold=True)
        _shade(t.cell(r, 0), "#DEEAF6")
        r += 1
        for a in p.per_rec(num):
            i = p.actions.index(a)
            t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "sponsor": sponsors[i],
                    "start": starts[i], "due": a.due_raw, "rag": a.status or "",
                    "progress": a.progress or ""}  # fmt: skip
            for j, col in enumerate(cols):
                put(r, j, vals[col])
            _shade(t.cell(r, cols.index("rag")), PALE[a.rag])
            r += 1
    _keep_merged_widths(t, widths, total)
    if p.kpis:
        doc.add_paragraph()
        doc.add_heading("Measuring impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t4, "grid")
        _widths(t4, [10.0, 3.0, 3.0, 3.0], 19.0)
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for kr, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


def _white() -> Any:
    from docx.shared import RGBColor

    return RGBColor(0xFF, 0xFF, 0xFF)


def _keep_merged_widths(t: Any, widths: list[float], total: float) -> None:
    """Give the table a fixed layout and grid so LibreOffice keeps the column widths."""
    tblPr = t._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    scale = total / sum(widths)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w * scale * 567)))


# ---- Excel: stacked blocks, one per recommendation, each with its own header row ---------------


def _blocks(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Improvement plan"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ncols = 5
    col_w = (30.0, 34.0, 26.0, 24.0, 30.0)
    for j, w in enumerate(col_w, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Compiled from service area returns, {_long_date(p.issued)}").font = Font(
        name=font, italic=True, size=8
    )
    areas = ("Front Door and Assessment", "Children in Care", "Quality Assurance",
             "Early Help", "Workforce", "Care Leavers", "Fostering")  # fmt: skip
    fills = ("DDEBF7", "E2EFDA", "FCE4D6", "EDEDED")
    row = 4
    for bi, (num, text) in enumerate(p.recs):
        tpl = BLOCK_TEMPLATES[p.features["templates"][bi]]
        cols: tuple[str, ...] = tpl["cols"]  # type: ignore[assignment]
        words: dict[str, str] = tpl["words"]  # type: ignore[assignment]
        # the merged block title
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        tc = ws.cell(row, 1, f"{_label(p, num)}: {text}")
        tc.font = Font(name=font, bold=True, size=10, color="FFFFFF")
        tc.fill = PatternFill("solid", fgColor="1F3864")
        tc.alignment = wrap
        ws.row_dimensions[row].height = 14 * (-(-len(text) // 120)) + 6
        row += 1
        ws.cell(row, 1, f"Service area: {areas[(bi + p.seed_rng) % len(areas)]}").font = Font(
            name=font, italic=True, size=8
        )
        row += 1
        # its own header row
        for j, col in enumerate(cols, start=1):
            c = ws.cell(row, j, words[col])
            c.font = Font(name=font, bold=True, size=9)
            c.fill = PatternFill("solid", fgColor=fills[p.features["templates"][bi]])
            c.border, c.alignment = box, wrap
        row += 1
        for a in p.per_rec(num):
            lines = 1
            for j, col in enumerate(cols, start=1):
                c = ws.cell(row, j)
                if col == "due":
                    c.value = a.due_date
                    c.number_format = str(tpl["xl"])
                else:
                    c.value = _block_value(a, col)
                    lines = max(lines, -(-len(str(c.value or "")) // int(col_w[j - 1] * 1.15)))
                c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
                if col == "rag":
                    c.fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
            ws.row_dimensions[row].height = 12 * lines + 3
            row += 1
        row += 2  # blank rows between blocks
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Measures of impact").font = Font(name=font, bold=True, size=12)
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


def _block_value(a: H8Action, col: str) -> str:
    return {"ref": a.ref, "action": a.text, "owner": a.owner, "rag": a.status or "",
            "progress": a.progress or ""}[col]  # fmt: skip
