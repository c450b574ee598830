"""Producers of the holdout21 split (BLIND: fixers never read this): a plan table with drawn
traffic lights in ReportLab, actions grouped under due-date headings in HTML printed by Chromium,
a Word table with a 'Who and when' cell and status checkboxes and an Excel pivot-table export in
compact form, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout21."""

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
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout21 import H21_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout21", html=_bydate,
                reportlab=_lights, docx=_whowhen, xlsx=_pivot)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a plan table with a drawn traffic light per action -----------------------------


def _lights(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    lit = {"red": "#D7191C", "amber": "#F5A300", "green": "#1A9641"}

    class Light(Flowable):  # type: ignore[misc]
        """Three stacked lamps in a dark housing: top red, middle amber, bottom green."""

        def __init__(self, rag: str | None, r: float = 3.2) -> None:
            super().__init__()
            self.rag, self.r = rag, r
            self.width, self.height = 2 * r + 4, 6 * r + 8

        def draw(self) -> None:
            c, r = self.canv, self.r
            c.setFillColor(colors.HexColor("#3A3A3A"))
            c.roundRect(0, 0, self.width, self.height, 2.5, stroke=0, fill=1)
            for i, rag in enumerate(("red", "amber", "green")):
                cy = self.height - 2 - r - i * (2 * r + 2)
                c.setFillColor(colors.HexColor(lit[rag] if rag == self.rag else "#D9D9D9"))
                c.circle(self.width / 2, cy, r, stroke=0, fill=1)

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = landscape(A4) if p.landscape else A4
    W = size[0]
    pdf = folder / f"{p.name}.pdf"
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    hcell = ParagraphStyle("hc", parent=cell, fontName=bold, textColor=colors.white)
    rcell = ParagraphStyle("rc", parent=cell, fontName=bold, fontSize=9.5, leading=12)
    title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19,
                           textColor=colors.HexColor("#203864"))  # fmt: skip
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    margin = 14 * mm
    width = W - 2 * margin
    with_update = any(a.progress for a in p.actions)
    fixed = {"ref": 14 * mm, "owner": 40 * mm, "due": 20 * mm, "rag": 16 * mm}
    keys = ["ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])
    rest = width - sum(fixed.values())
    widths = {**fixed, "action": rest * (0.6 if with_update else 1.0), "progress": rest * 0.4}
    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(f"Progress at {escape(_long_date(p.issued))}, as reported to the Improvement "
                  "Board.", body),
        Spacer(1, 3 * mm),
    ]  # fmt: skip
    key = [[Paragraph("<b>Key</b>", cell)]]
    words = {rag: w for w, rag in H21_STATUS["lights"]}
    for rag in ("green", "amber", "red", None):
        key[0] += [Light(rag, 2.6), Paragraph(escape(words[rag]), cell)]
    kt = Table(key, colWidths=[12 * mm] + [8 * mm, 24 * mm] * 4)
    kt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#8497B0"))]))  # fmt: skip
    kt.hAlign = "LEFT"
    story += [kt, Spacer(1, 4 * mm)]
    rows: list[list[Any]] = [[Paragraph(escape(h[k]), hcell) for k in keys]]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8497B0")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#203864")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (keys.index("rag"), 1), (keys.index("rag"), -1), "CENTER"),
    ]
    for num, text in p.recs:
        r = len(rows)
        rows.append([Paragraph(f"{escape(_label(p, num))}: {escape(text)}", rcell)]
                    + [""] * (len(keys) - 1))  # fmt: skip
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#DDEBF7"))]  # fmt: skip
        for a in p.per_rec(num):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "progress": a.progress or ""}  # fmt: skip
            rows.append([Light(a.rag) if k == "rag" else Paragraph(escape(vals[k]), cell)
                         for k in keys])  # fmt: skip
    t = Table(rows, colWidths=[widths[k] for k in keys], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    if p.kpis:
        story += [Spacer(1, 6 * mm), Paragraph("Measuring impact", title), Spacer(1, 2 * mm)]
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt2 = Table(krows, colWidths=[width - 90 * mm, 30 * mm, 30 * mm, 30 * mm])
        kt2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8497B0")),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt2)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base, 7.5)
        canvas.drawString(margin, 8 * mm, f"{p.authority} Council - Children's Services")
        canvas.drawRightString(W - margin, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---- Word: a 'Who and when' cell and a column of status checkboxes -----------------------------


def _shade(cell: Any, hexfill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tc_pr.append(shd)


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _keep_row(row: Any) -> None:
    """Word's 'Allow row to break across pages' unticked."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _whowhen(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec.header.paragraphs[0].text = f"{p.authority} Council | Ofsted Improvement Plan"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Updated for the Improvement Board, {_long_date(p.issued)}. For each "
                      "action the table shows who leads it and when it will be done, and the "
                      "box ticked shows where it has got to.")  # fmt: skip
    with_update = any(a.progress for a in p.actions)
    heads = [h["ref"], h["action"], "Who and when", h["rag"]] + (
        [h["progress"]] if with_update else []
    )
    widths = [1.3, 6.6, 3.6, 3.0, 2.9] if with_update else [1.3, 8.3, 4.0, 3.8]
    boxes = H21_STATUS["whowhen"]
    first: list[bool] = p.features["date_first"]
    for num, text in p.recs:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        hp.paragraph_format.keep_with_next = True
        r = hp.add_run(_label(p, num))
        r.bold, r.font.size = True, Pt(11.5)
        r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        tp = doc.add_paragraph(text)
        tp.paragraph_format.keep_with_next = True
        tp.runs[0].italic = True
        acts = p.per_rec(num)
        t = doc.add_table(rows=1 + len(acts), cols=len(heads))
        t.style = doc.styles["Table Grid"]
        _repeat_header(t.rows[0])
        for j, word in enumerate(heads):
            c = t.cell(0, j)
            c.paragraphs[0].add_run(word).bold = True
            _shade(c, "D9E2F3")
        for i, a in enumerate(acts, start=1):
            t.cell(i, 0).paragraphs[0].add_run(a.ref or "")
            t.cell(i, 1).paragraphs[0].add_run(a.text)
            ww = t.cell(i, 2)
            lines = [a.owner, a.due_raw]
            if first[p.actions.index(a)]:
                lines.reverse()
            ww.paragraphs[0].add_run(lines[0])
            ww.add_paragraph(lines[1])
            sc = t.cell(i, 3)
            for b, (word, _rag) in enumerate(boxes):
                para = sc.paragraphs[0] if b == 0 else sc.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                ticked = word == a.status
                mark = para.add_run("\u2612 " if ticked else "\u2610 ")
                mark.font.name = "DejaVu Sans"
                run = para.add_run(word)
                run.bold = ticked
                for rr in (mark, run):
                    rr.font.size = Pt(8.5)
            if with_update:
                t.cell(i, 4).paragraphs[0].add_run(a.progress or "")
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            _keep_row(row)
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    if p.kpis:
        doc.add_paragraph()
        doc.add_heading("How we will know we are making a difference", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for kr, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(k, col))
        for row in t4.rows:
            _keep_row(row)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a pivot-table export in compact form -----------------------------------------------


def _pivot(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="9BC2E6")
    top_line = Border(top=thin)
    ws = wb.active
    ws.title = "Pivot"
    _xl_setup(ws, p.landscape)
    ws.page_margins.left = ws.page_margins.right = 0.4
    for col, w in zip("ABCDE", (72.0, 22.0, 13.0, 13.0, 10.0), strict=True):
        ws.column_dimensions[col].width = w
    ws.cell(1, 1, "Directorate").font = Font(name=font, bold=True, size=9)
    ws.cell(1, 2, "Children's Services").font = Font(name=font, size=9)
    ws.cell(2, 1, "Plan").font = Font(name=font, bold=True, size=9)
    ws.cell(2, 2, f"Improvement Plan {p.start.year}").font = Font(name=font, size=9)
    ws.cell(3, 1, "Data as at").font = Font(name=font, bold=True, size=9)
    ws.cell(3, 2, _long_date(p.issued)).font = Font(name=font, size=9)
    row = 5
    head = ["Row Labels", h["owner"], h["due"], h["rag"], "Count of Action"]
    hfill = PatternFill("solid", fgColor="DDEBF7")
    for j, word in enumerate(head, start=1):
        c = ws.cell(row, j, word)
        c.font = Font(name=font, bold=True, size=9)
        c.fill = hfill
        c.border = Border(bottom=thin)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    total = 0
    for num, text in p.recs:
        label = f"\u229f {_label(p, num)}: {text}"
        c = ws.cell(row, 1, label)
        c.font = Font(name=font, bold=True, size=9)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 12 * (-(-len(label) // 95)) + 3
        row += 1
        acts: list[H8Action] = p.per_rec(num)
        for a in acts:
            ac = ws.cell(row, 1, a.text)
            ac.alignment = Alignment(wrap_text=True, vertical="top", indent=2)
            oc = ws.cell(row, 2, a.owner)
            dc = ws.cell(row, 3, a.due_date)
            dc.number_format = "DD/MM/YYYY"
            sc = ws.cell(row, 4, a.status)
            nc = ws.cell(row, 5, 1)
            for cc in (ac, oc, dc, sc, nc):
                cc.font = Font(name=font, size=9)
            for cc in (oc, dc, sc, nc):
                cc.alignment = Alignment(vertical="top", horizontal="left" if cc is oc else
                                         "right" if cc is nc else "center")  # fmt: skip
            ws.row_dimensions[row].height = 12 * (-(-len(a.text) // 88)) + 3
            row += 1
        tc = ws.cell(row, 1, f"{_label(p, num)} Total")
        nc = ws.cell(row, 5, len(acts))
        for j in range(1, 6):
            ws.cell(row, j).border = top_line
        for cc in (tc, nc):
            cc.font = Font(name=font, bold=True, size=9)
        total += len(acts)
        row += 1
    gc = ws.cell(row, 1, "Grand Total")
    nc = ws.cell(row, 5, total)
    for j in range(1, 6):
        ws.cell(row, j).fill = hfill
        ws.cell(row, j).border = Border(top=thin, bottom=thin)
    for cc in (gc, nc):
        cc.font = Font(name=font, bold=True, size=9)
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 14, 14, 14), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            cc = wk.cell(3, j, h[cn])
            cc.font, cc.fill = Font(name=font, bold=True, size=9), hfill
        for i, kpi in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, j, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: actions grouped under due-date headings ---------------------------------------------


def _bydate(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    css = (
        "@page { size: A4; margin: 15mm 15mm 16mm 15mm; }"
        f"body {{ font-family: {font}; font-size: 10.5pt; color: #0B0C0C; line-height: 1.35; }}"
        "h1 { font-size: 20pt; margin: 0 0 2mm; }"
        "h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 2px solid #1D70B8; }"
        "h3 { font-size: 12.5pt; margin: 5mm 0 2mm; color: #1D70B8; page-break-after: avoid; }"
        "ol.recs li { margin-bottom: 1.5mm; }"
        ".act { margin: 0 0 3.5mm; padding-left: 3mm; border-left: 3px solid #B1B4B6;"
        " page-break-inside: avoid; }"
        ".act p { margin: 0.5mm 0; }"
        ".tag { display: inline-block; font-size: 8pt; font-weight: 700; background: #D2E2F1;"
        " color: #144E81; padding: 0.3mm 1.8mm; border-radius: 2px; letter-spacing: 0.02em; }"
        ".by { font-size: 9pt; color: #505A5F; }"
        ".upd { font-size: 9pt; }"
        "table { border-collapse: collapse; width: 100%; font-size: 9pt; }"
        "th, td { text-align: left; border-bottom: 1px solid #B1B4B6; padding: 1.5mm; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<p style='font-size:9pt;color:#505A5F'>{escape(p.authority)} Council &rsaquo; "
        "Children's services &rsaquo; Our improvement journey</p>",
        f"<h1>{escape(p.title)}</h1>",
        f"<p>Page updated {escape(_long_date(p.issued))}. After the inspection of our "
        "children's services Ofsted made the recommendations below. Our actions are listed by "
        "when we expect to finish them; the tag on each action shows which recommendation it "
        "answers.</p>",
        "<h2>What Ofsted asked us to improve</h2><ol class='recs'>",
    ]
    for num, text in p.recs:
        out.append(f"<li value='{escape(num)}'><strong>{escape(_label(p, num))}:</strong> "
                   f"{escape(text)}</li>")  # fmt: skip
    out.append("</ol><h2>Our actions, by when they will be done</h2>")
    groups: dict[str, list[H8Action]] = {}
    order = sorted(p.actions, key=lambda a: (a.due_date is None, a.due_date or date.min))
    for a in order:
        groups.setdefault(a.due_raw, []).append(a)
    for heading, acts in groups.items():
        out.append(f"<h3>{escape(heading)}</h3>")
        for a in acts:
            out.append(
                f"<div class='act'><span class='tag'>{escape(_label(p, a.recs[0]))}</span>"
                f"<p>{escape(a.text)}</p><p class='by'>{escape(h['owner'])}: "
                f"{escape(a.owner)} &middot; {escape(h['rag'])}: {escape(a.status or '')}</p>"
                + (f"<p class='upd'><em>{escape(h['progress'])}:</em> {escape(a.progress)}</p>"
                   if a.progress else "")
                + "</div>"
            )  # fmt: skip
    if p.kpis:
        out.append(
            "<h2>How we will know it is working</h2><table><thead><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                      + "</tr>" for k in p.kpis)
            + "</tbody></table>"
        )  # fmt: skip
    out.append("</body></html>")
    return "".join(out)
