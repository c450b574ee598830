"""Producers of the holdout17 split (BLIND: fixers never read this): a committee paper with
footnoted leads in ReportLab, a SharePoint-style list view in HTML printed by Chromium, a plan of
nested tables in Word and a wide tracker split over printed pages in Excel, both printed by
LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout17."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from html import escape
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
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
    "green": "#2F9E44",
    "amber": "#E67700",
    "red": "#C92A2A",
    "blue": "#1864AB",
    None: "#868E96",
}
PALE = {
    "green": "#D3F0DA",
    "amber": "#FFE8C2",
    "red": "#F9D2D2",
    "blue": "#D4E4F7",
    None: "#ECEEF0",
}
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout17", html=_listview,
                reportlab=_footnotes, docx=_nested, xlsx=_wide)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a committee paper, leads and dates in the footnotes ------------------------------


def _footnotes(p: H8Plan, folder: Path) -> Path:
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
    body = ParagraphStyle("b", fontName=base, fontSize=10.5, leading=14)
    item = ParagraphStyle("i", parent=body, leftIndent=14 * mm, firstLineIndent=-14 * mm)
    rec = ParagraphStyle("r", parent=body, fontName=ital, leftIndent=6 * mm)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=11.5, leading=15)
    note = ParagraphStyle("n", parent=body, fontSize=8, leading=10, leftIndent=4 * mm,
                          firstLineIndent=-4 * mm)  # fmt: skip
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)
    margin = 22 * mm
    width = W - 2 * margin
    state = {"y": H - margin, "page": 1}
    notes: list[Paragraph] = []

    def height(pa: Paragraph) -> float:
        return float(pa.wrap(width, H)[1])

    def notes_h(extra: list[Paragraph]) -> float:
        hs = [height(n) for n in notes + extra]
        return sum(hs) + (5 * mm if hs else 0)

    def flush() -> None:
        if notes:
            y = margin + notes_h([]) - 3 * mm
            c.setLineWidth(0.5)
            c.line(margin, y, margin + 50 * mm, y)
            y -= 1.5 * mm
            for n in notes:
                nh = height(n)
                n.drawOn(c, margin, y - nh)
                y -= nh
        c.setFont(base, 8)
        c.drawCentredString(W / 2, 10 * mm, f"Page {state['page']}")
        c.showPage()
        notes.clear()
        state["y"] = H - margin
        state["page"] += 1

    def place(pa: Paragraph, gap: float, foot: list[Paragraph] | None = None,
              keep: float = 0.0) -> None:  # fmt: skip
        foot = foot or []
        ph = height(pa)
        if state["y"] - ph - gap - keep < margin + notes_h(foot):
            flush()
        pa.drawOn(c, margin, state["y"] - gap - ph)
        state["y"] -= ph + gap
        notes.extend(foot)

    place(Paragraph(escape(p.title), title), 0)
    place(Paragraph(f"Report of the Director of Children's Services. Date of meeting: "
                    f"{escape(_long_date(p.issued))}.", body), 3 * mm)  # fmt: skip
    place(Paragraph("1. Purpose of the report", head), 5 * mm)
    place(Paragraph(f"1.1 To update the Committee on the action plan agreed in response to the "
                    f"inspection of {escape(p.authority)}'s services for children. The "
                    "recommendations are set out below, each followed by the actions agreed. "
                    "The officer leading each action, its target date and its current status are "
                    "given in the notes at the foot of each page.", body), 2 * mm)  # fmt: skip
    place(Paragraph("2. Progress against the recommendations", head), 5 * mm)
    mark = 0
    for num, text in p.recs:
        place(Paragraph(f"{escape(_label(p, num))}", head), 4 * mm, keep=30 * mm)
        place(Paragraph(escape(text), rec), 1 * mm)
        for a in p.per_rec(num):
            mark += 1
            pa = Paragraph(f"2.{escape(a.ref)}\u00a0\u00a0{escape(a.text)}<super>{mark}</super>",
                           item)  # fmt: skip
            fn = Paragraph(f"<super>{mark}</super>\u00a0{escape(h['owner'])}: {escape(a.owner)}; "
                           f"{escape(h['due'])}: {escape(a.due_raw)}; {escape(h['rag'])}: "
                           f"{escape(a.status or '')}.", note)  # fmt: skip
            place(pa, 2.5 * mm, [fn])
    place(Paragraph("3. Recommendation", head), 5 * mm)
    place(Paragraph("3.1 That the Committee notes the progress made and the actions at risk.",
                    body), 2 * mm)  # fmt: skip
    if p.kpis:
        place(Paragraph("Appendix A: performance measures", head), 6 * mm, keep=40 * mm)
        rows = [[Paragraph(escape(h[col]), head) for col in KCOLS]]
        rows += [[Paragraph(escape(_kpi_cell(k, col)), body) for col in KCOLS] for k in p.kpis]
        t = Table(rows, colWidths=[width - 90 * mm, 30 * mm, 30 * mm, 30 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#868E96")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, th = t.wrap(width, H)
        if state["y"] - th - 3 * mm < margin + notes_h([]):
            flush()
        t.drawOn(c, margin, state["y"] - 3 * mm - th)
    flush()
    c.save()
    return pdf


# ---- HTML: a SharePoint-style list view grouped by recommendation -------------------------------


def _listview(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    css = (
        "@page { size: A4 landscape; margin: 10mm; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; color: #323130; }}"
        ".bar { border-bottom: 1px solid #EDEBE9; padding: 2mm 0; color: #0078D4; }"
        ".bar span { margin-right: 7mm; } h1 { font-size: 14pt; font-weight: 600; margin: 3mm 0; }"
        ".view { color: #605E5C; margin-bottom: 2mm; }"
        "table { border-collapse: collapse; width: 100%; } th { text-align: left;"
        " font-weight: 600; color: #605E5C; border-bottom: 1px solid #EDEBE9; padding: 1.5mm; }"
        "td { padding: 1.5mm; border-bottom: 1px solid #F3F2F1; vertical-align: top; }"
        "tr.grp td { font-weight: 600; background: #FAF9F8; padding-top: 2.5mm; }"
        ".pill { border-radius: 3mm; padding: 0.3mm 2mm; white-space: nowrap; }"
        "tr { page-break-inside: avoid; } thead { display: table-header-group; }"
        ".chk { width: 4mm; color: #A19F9D; }"
    )
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
           "<div class='bar'><span>+ New</span><span>Edit in grid view</span><span>Share</span>"
           "<span>Export</span><span>Automate</span><span>Integrate</span></div>",
           f"<h1>{escape(p.title)}</h1>",
           f"<div class='view'>{escape(p.authority)} Children's Services &rsaquo; Lists &rsaquo; "
           "View: <b>By Recommendation</b></div><table><thead><tr><th class='chk'>\u25cb</th>"
           f"<th>Title</th><th>Assigned To</th><th>Created</th><th>Due Date</th>"
           "<th>Status</th><th>Created By</th><th>Modified</th></tr></thead><tbody>"]  # fmt: skip
    idx = {id(a): i for i, a in enumerate(p.actions)}
    for num, text in p.recs:
        mine = p.per_rec(num)
        out.append(f"<tr class='grp'><td colspan='8'>\u2304 Recommendation : "
                   f"{escape(_label(p, num))} - {escape(text)} ({len(mine)})</td></tr>")  # fmt: skip
        for a in mine:
            i = idx[id(a)]
            created = p.issued - timedelta(days=60 + p.features["created"][i])
            modified = p.issued - timedelta(days=p.features["modified"][i])
            hour = 8 + (i * 7) % 10
            out.append(
                f"<tr><td class='chk'>\u25cb</td><td style='width:38%'>{escape(a.text)}</td>"
                f"<td>{escape(a.owner)}</td><td>{created:%d/%m/%Y}</td>"
                f"<td>{escape(a.due_raw)}</td><td><span class='pill' "
                f"style='background:{PALE[a.rag]}'>{escape(a.status or '')}</span></td>"
                f"<td>{escape(p.features['authors'][i])}</td>"
                f"<td>{modified:%d/%m/%Y} {hour:02d}:{(i * 13) % 60:02d}</td></tr>"
            )
    out.append("</tbody></table>")
    if p.kpis:
        out.append("<h1 style='margin-top:8mm'>Improvement Measures</h1><div class='view'>View: "
                   "<b>All Items</b></div><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c]) if c != 'indicator' else 'Title'}</th>"
                             for c in KCOLS) + "</tr></thead><tbody>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</tbody></table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: an outer table per recommendation, an inner table of its actions ----------------------


def _nested(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    total = (29.7 if p.landscape else 21.0) - 3.6
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Version agreed by the Improvement Board on {_long_date(p.issued)}. "
                      "Each row below takes one recommendation of the inspection and sets out "
                      "the actions we will take to meet it.")  # fmt: skip
    doc.add_paragraph("Status key: G = on track; A = some risk to delivery; R = off track; "
                      "B = complete; Not started = not yet due to begin.")  # fmt: skip
    left = 3.6 if total < 20 else 4.2
    room = total - left - 0.4  # the inner table's width in cm
    fixed = {"ref": 1.0, "due": 2.1, "rag": 1.6}  # a date never wraps
    rest = room - sum(fixed.values())
    if p.features["progress"]:
        cols = ["ref", "action", "owner", "due", "progress", "rag"]
        share = {"action": 0.42, "owner": 0.28, "progress": 0.30}
    else:
        cols = ["ref", "action", "owner", "due", "rag"]
        share = {"action": 0.66, "owner": 0.34}
    inner_w = [fixed[c] if c in fixed else rest * share[c] for c in cols]
    outer = doc.add_table(rows=1 + len(p.recs), cols=2)
    _borders(outer, "grid")
    _widths(outer, [left, total - left], total)
    for j, name in enumerate((h["rec"], "Actions")):
        outer.cell(0, j).paragraphs[0].add_run(name).bold = True
        _shade(outer.cell(0, j), "#D9E2F3")
    for r, (num, text) in enumerate(p.recs, start=1):
        lc = outer.cell(r, 0)
        lc.paragraphs[0].add_run(_label(p, num)).bold = True
        lc.add_paragraph(text)
        rc = outer.cell(r, 1)
        mine = p.per_rec(num)
        inner = rc.add_table(rows=1 + len(mine), cols=len(cols))
        _borders(inner, "grid")
        _widths(inner, inner_w, room)
        for j, col in enumerate(cols):
            run = inner.cell(0, j).paragraphs[0].add_run(h[col])
            run.bold = True
            run.font.size = Pt(8)
            _shade(inner.cell(0, j), "#F2F2F2")
        for row in inner.rows:  # an action's row is never split over two pages
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for i, a in enumerate(mine, start=1):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "progress": a.progress or "", "rag": a.status or ""}  # fmt: skip
            for j, col in enumerate(cols):
                run = inner.cell(i, j).paragraphs[0].add_run(vals[col])
                run.font.size = Pt(8)
                if col == "rag":
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(TINT[a.rag].lstrip("#"))
                    _shade(inner.cell(i, j), PALE[a.rag])
        # Word needs a paragraph after a table in a cell; keep it tiny
        rc.add_paragraph().paragraph_format.space_after = Pt(0)
    if p.kpis:
        doc.add_heading("Measuring impact", 2)
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


# ---- Excel: a wide tracker printed over two pages with the ref column repeated -----------------


def _wide(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    headfill = PatternFill("solid", fgColor="1F3864")
    ws = wb.active
    ws.title = "Tracker"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = 100
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.print_title_cols = "A:A"
    ws.print_title_rows = "3:3"
    ws.cell(1, 2, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 2, f"Updated {_long_date(p.issued)}").font = Font(name=font, italic=True, size=8)
    # landscape A4 at 100%: ref, rec, action and update fill one printed page, so owner, date
    # and status print on the next with the ref column repeated
    cols = [("ref", 7), ("rec", 11), ("action", 53), ("progress", 36), ("owner", 32),
            ("due", 12), ("rag", 20)]  # fmt: skip
    letters = "ABCDEFG"
    for j, (role, width) in enumerate(cols, start=1):
        ws.column_dimensions[letters[j - 1]].width = width
        c = ws.cell(3, j, h[role])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill, c.border, c.alignment = headfill, box, wrap
    ws.row_dimensions[3].height = 27
    for i, a in enumerate(p.actions, start=4):
        assert a.due_date is not None
        vals: list[object] = [a.ref, _label(p, a.recs[0]), a.text, a.progress or "", a.owner,
                              a.due_date, a.status or ""]  # fmt: skip
        for j, v in enumerate(vals, start=1):
            c = ws.cell(i, j, v)
            c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
        ws.cell(i, 6).number_format = "DD/MM/YYYY"
        ws.cell(i, 7).fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
        lines = max(-(-len(a.text) // 60), -(-len(a.progress or "") // 40), 1)
        ws.row_dimensions[i].height = 12 * lines + 3
    wr = wb.create_sheet("Recommendations")
    _xl_setup(wr, False)
    wr.cell(1, 1, "Recommendations of the inspection").font = Font(name=font, bold=True, size=12)
    wr.column_dimensions["A"].width = 9
    wr.column_dimensions["B"].width = 90
    for i, (num, text) in enumerate(p.recs, start=3):
        wr.cell(i, 1, _label(p, num)).font = Font(name=font, bold=True, size=9)
        c = wr.cell(i, 2, text)
        c.font, c.alignment = Font(name=font, size=9), wrap
        wr.row_dimensions[i].height = 12 * max(1, -(-len(text) // 95)) + 3
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Measures").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 14, 14, 14), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            c = wk.cell(3, j, h[cn])
            c.font, c.border = Font(name=font, bold=True, size=9), box
        for i, k in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                c = wk.cell(i, j, _kpi_cell(k, cn))
                c.font, c.border, c.alignment = Font(name=font, size=9), box, wrap
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
