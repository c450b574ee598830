"""Producers of the holdout22 split (BLIND: fixers never read this): a tracker whose status opens
each progress update in ReportLab, a responsive data table with child detail rows in HTML printed
by Chromium, a Word tick matrix of cross-cutting actions and an Excel tracker with hidden rows and
a hidden column, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout22."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout22", html=_child,
                reportlab=_opens, docx=_ticks, xlsx=_hidden)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: no status column, the status opens the update ----------------------------------


def _opens(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = landscape(A4) if p.landscape else A4
    W = size[0]
    pdf = folder / f"{p.name}.pdf"
    cell = ParagraphStyle("c", fontName=base, fontSize=8, leading=10)
    hcell = ParagraphStyle("hc", parent=cell, fontName=bold, textColor=colors.white)
    rcell = ParagraphStyle("rc", parent=cell, fontName=bold, fontSize=9, leading=11.5)
    title = ParagraphStyle("t", fontName=bold, fontSize=14, leading=18,
                           textColor=colors.HexColor("#4B2C5E"))  # fmt: skip
    sub = ParagraphStyle("s", fontName=bold, fontSize=11, leading=14,
                         textColor=colors.HexColor("#4B2C5E"))  # fmt: skip
    body = ParagraphStyle("b", fontName=base, fontSize=9, leading=12)
    margin = 13 * mm
    width = W - 2 * margin
    fixed = {"ref": 11 * mm, "owner": 44 * mm, "due": 22 * mm}
    keys = ["ref", "action", "owner", "due", "progress"]
    rest = width - sum(fixed.values())
    widths = {**fixed, "action": rest * 0.5, "progress": rest * 0.5}
    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(f"Position at {escape(_long_date(p.issued))}. Each update starts with the "
                  "action's current rating. Owners are shown by role or by team mailbox; "
                  "abbreviations are explained in the glossary at the end.", body),
        Spacer(1, 4 * mm),
    ]  # fmt: skip
    rows: list[list[Any]] = [[Paragraph(escape(h[k]), hcell) for k in keys]]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E8AAE")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4B2C5E")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for num, text in p.recs:
        r = len(rows)
        rows.append([Paragraph(f"{escape(_label(p, num))}: {escape(text)}", rcell)]
                    + [""] * (len(keys) - 1))  # fmt: skip
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EDE5F2"))]  # fmt: skip
        for a in p.per_rec(num):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "progress": a.progress or ""}  # fmt: skip
            rows.append([Paragraph(escape(vals[k]), cell) for k in keys])
    t = Table(rows, colWidths=[widths[k] for k in keys], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    if p.kpis:
        story += [Spacer(1, 6 * mm), Paragraph("Performance measures", sub), Spacer(1, 2 * mm)]
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt2 = Table(krows, colWidths=[width - 84 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E8AAE")),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDE5F2")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt2)
    used = {a.owner for a in p.actions}
    gloss = [(ab, full) for ab, full in p.features["glossary"] if ab in used]
    story += [Spacer(1, 6 * mm), Paragraph("Glossary", sub), Spacer(1, 2 * mm)]
    grows = [[Paragraph(f"<b>{escape(ab)}</b>", cell), Paragraph(escape(full), cell)]
             for ab, full in gloss]  # fmt: skip
    grows += [[Paragraph("<b>RAG</b>", cell), Paragraph("Red, Amber, Green rating", cell)]]
    if any("@" in o for o in used):
        grows += [[Paragraph("<b>@{}.gov.uk</b>".format(escape(p.features["slug"])), cell),
                   Paragraph("Team mailbox of the service that owns the action", cell)]]  # fmt: skip
    gt = Table(grows, colWidths=[30 * mm, 90 * mm])
    gt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB"))]))  # fmt: skip
    gt.hAlign = "LEFT"
    story.append(gt)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base, 7.5)
        canvas.drawString(margin, 8 * mm, f"{p.authority} Council | OFFICIAL")
        canvas.drawRightString(W - margin, 8 * mm, f"{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=13 * mm, bottomMargin=15 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---- Word: cross-cutting actions and a tick matrix of recommendations --------------------------


def _ticks(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec.footer.paragraphs[0].text = f"{p.authority} Council - Improvement Plan"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Version for the Improvement Board, {_long_date(p.issued)}. Many of our "
                      "actions address more than one of Ofsted's recommendations, so the plan is "
                      "one list of actions; a tick shows each recommendation an action "
                      "responds to.")  # fmt: skip
    doc.add_heading("Ofsted's recommendations", 2)
    rt = doc.add_table(rows=len(p.recs), cols=2)
    rt.style = doc.styles["Table Grid"]
    for i, (num, text) in enumerate(p.recs):
        rt.cell(i, 0).paragraphs[0].add_run(f"R{num}").bold = True
        rt.cell(i, 1).paragraphs[0].add_run(f"{_label(p, num)}: {text}")
        _shade(rt.cell(i, 0), "E2EFD9")
    rt.autofit = False
    rt.columns[0].width, rt.columns[1].width = Cm(1.4), Cm(25.0)
    for row in rt.rows:
        row.cells[0].width, row.cells[1].width = Cm(1.4), Cm(25.0)
    doc.add_paragraph()
    doc.add_heading("Actions", 2)
    nums = [n for n, _ in p.recs]
    heads = [h["ref"], h["action"]] + [f"R{n}" for n in nums] + [h["owner"], h["due"], h["rag"]]
    with_update = any(a.progress for a in p.actions)
    if with_update:
        heads.append(h["progress"])
    rw = 1.0
    fixed = 1.1 + rw * len(nums) + 3.4 + 2.6 + 2.2 + (5.0 if with_update else 0.0)
    widths = [1.1, 26.4 - fixed] + [rw] * len(nums) + [3.4, 2.6, 2.2]
    if with_update:
        widths.append(5.0)
    t = doc.add_table(rows=1 + len(p.actions), cols=len(heads))
    t.style = doc.styles["Table Grid"]
    _repeat_header(t.rows[0])
    for j, word in enumerate(heads):
        c = t.cell(0, j)
        para = c.paragraphs[0]
        run = para.add_run(word)
        run.bold = True
        if 2 <= j < 2 + len(nums):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _shade(c, "C5E0B3")
    for i, a in enumerate(p.actions, start=1):
        t.cell(i, 0).paragraphs[0].add_run(a.ref or "")
        t.cell(i, 1).paragraphs[0].add_run(a.text)
        for j, n in enumerate(nums, start=2):
            c = t.cell(i, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if n in a.recs:
                mark = c.paragraphs[0].add_run("\u2713")
                mark.font.name = "DejaVu Sans"
                mark.bold = True
                mark.font.color.rgb = RGBColor(0x38, 0x76, 0x1D)
                _shade(c, "E2EFD9")
        k = 2 + len(nums)
        t.cell(i, k).paragraphs[0].add_run(a.owner)
        t.cell(i, k + 1).paragraphs[0].add_run(a.due_raw)
        t.cell(i, k + 2).paragraphs[0].add_run(a.status or "")
        if with_update:
            t.cell(i, k + 3).paragraphs[0].add_run(a.progress or "")
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        _keep_row(row)
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    if p.kpis:
        doc.add_paragraph()
        doc.add_heading("Measures of success", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for kr, kk in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
        for row in t4.rows:
            _keep_row(row)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: hidden archived rows, a hidden working column, quarters -----------------------------


def _hidden(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, p.landscape)
    ws.page_margins.left = ws.page_margins.right = 0.4
    with_update = any(a.progress for a in p.actions)
    cols = ["ref", "rec", "action", "owner", "due", "rag", "prev"] + (
        ["progress"] if with_update else []
    )
    words = {**h, "rec": "Rec", "prev": "Last month"}
    widths = {"ref": 7.0, "rec": 6.0, "action": 55.0, "owner": 20.0, "due": 12.0, "rag": 11.0,
              "prev": 11.0, "progress": 42.0}  # fmt: skip
    letters = "ABCDEFGH"
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.column_dimensions[letters[cols.index("prev")]].hidden = True
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Data as at {_long_date(p.issued)}. Due dates are financial-year quarters "
                  "(Q1 April-June ... Q4 January-March). Completed actions are archived.").font = Font(
        name=font, size=9, italic=True)  # fmt: skip
    row = 4
    hfill = PatternFill("solid", fgColor="1F4E78")
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, words[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    fills = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE"}
    archived: list[bool] = p.features["archived"]
    previous: list[str] = p.features["previous"]
    for i, a in enumerate(p.actions):
        vals = {"ref": a.ref, "rec": a.recs[0], "action": a.text, "owner": a.owner,
                "due": a.due_raw, "rag": a.status or "", "prev": previous[i],
                "progress": a.progress or ""}  # fmt: skip
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if cn in ("ref", "rec", "due") else None)  # fmt: skip
            if cn == "rag" and a.rag in fills:
                c.fill = PatternFill("solid", fgColor=fills[a.rag])
        longest = max(len(a.text) / 58, len(a.progress or "") / 44, len(a.owner) / 20, 1)
        ws.row_dimensions[row].height = 12.5 * (int(longest) + 1) + 2
        if archived[i]:
            ws.row_dimensions[row].hidden = True
        row += 1
    wr = wb.create_sheet("Recommendations")
    _xl_setup(wr, False)
    wr.column_dimensions["A"].width = 8
    wr.column_dimensions["B"].width = 90
    wr.cell(1, 1, "Ofsted recommendations").font = Font(name=font, bold=True, size=12)
    for i, (num, text) in enumerate(p.recs, start=3):
        a1 = wr.cell(i, 1, num)
        a1.font = Font(name=font, bold=True, size=9)
        a1.alignment = Alignment(horizontal="center", vertical="top")
        b1 = wr.cell(i, 2, f"{_label(p, num)}: {text}")
        b1.font = Font(name=font, size=9)
        b1.alignment = Alignment(wrap_text=True, vertical="top")
        wr.row_dimensions[i].height = 12.5 * (len(text) // 85 + 1) + 2
    if p.kpis:
        wk = wb.create_sheet("KPIs")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 14, 14, 14), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            cc = wk.cell(3, j, h[cn])
            cc.font = Font(name=font, bold=True, size=9)
            cc.border = box
        for i, kpi in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, j, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a responsive data table with a child detail row per action --------------------------


def _child(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    pills = {"green": "#00703C", "amber": "#B35C00", "red": "#D4351C", "blue": "#1D70B8",
             None: "#6F777B"}  # fmt: skip
    css = (
        "@page { size: A4; margin: 14mm 13mm 15mm 13mm; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #222; line-height: 1.35; }}"
        "h1 { font-size: 18pt; margin: 0 0 2mm; color: #2B3E50; }"
        "h2 { font-size: 13pt; margin: 6mm 0 2mm; color: #2B3E50; }"
        "ol.recs li { margin-bottom: 1.2mm; }"
        "table.dataTable { border-collapse: collapse; width: 100%; font-size: 9.5pt; }"
        "table.dataTable thead th { text-align: left; background: #2B3E50; color: #fff;"
        " padding: 2mm; }"
        "tr.parent td { padding: 2mm; border-top: 1px solid #9AA5B1; vertical-align: top; }"
        "tr.parent td.ctl { width: 5mm; color: #1D70B8; font-weight: 700; }"
        "tr.child td { padding: 0 2mm 2.5mm 12mm; background: #F6F8FA; color: #444;"
        " font-size: 8.8pt; }"
        "tbody.pair { break-inside: avoid; page-break-inside: avoid; }"
        "ul.dtr-details { list-style: none; margin: 0; padding: 1mm 0 0; }"
        "ul.dtr-details li { padding: 0.6mm 0; border-bottom: 1px dotted #D0D5DA; }"
        "span.dtr-title { display: inline-block; min-width: 32mm; font-weight: 700; }"
        ".pill { display: inline-block; color: #fff; border-radius: 9px; padding: 0.4mm 2.5mm;"
        " font-size: 8pt; font-weight: 700; white-space: nowrap; }"
        "table.kpi { border-collapse: collapse; width: 100%; font-size: 9pt; }"
        "table.kpi th, table.kpi td { text-align: left; border: 1px solid #C0C6CC; padding: 1.5mm; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<p style='font-size:9pt;color:#6F777B'>{escape(p.authority)} Council / Children and "
        "families / Ofsted improvement plan</p>",
        f"<h1>{escape(p.title)}</h1>",
        f"<p>Last updated {escape(_long_date(p.issued))}. Select an action to see who leads it, "
        "when it is due and the latest update.</p>",
        "<h2>The recommendations</h2><ol class='recs'>",
    ]
    for num, text in p.recs:
        out.append(f"<li value='{escape(num)}'><strong>{escape(_label(p, num))}:</strong> "
                   f"{escape(text)}</li>")  # fmt: skip
    out.append(
        "</ol><h2>Actions</h2><table class='dataTable'><thead><tr><th></th>"
        f"<th>{escape(h['ref'])}</th><th>{escape(h['action'])}</th><th>{escape(h['rag'])}</th>"
        "</tr></thead>"
    )  # fmt: skip
    for a in p.actions:
        pill = (f"<span class='pill' style='background:{pills[a.rag]}'>"
                f"{escape(a.status or '')}</span>")  # fmt: skip
        out.append(f"<tbody class='pair'><tr class='parent'><td class='ctl'>&#8863;</td><td>{escape(a.ref)}</td>"
                   f"<td>{escape(a.text)}</td><td>{pill}</td></tr>")  # fmt: skip
        pairs = [("Recommendation", _label(p, a.recs[0])), ("Lead officer", a.owner),
                 ("Target date", a.due_raw)]  # fmt: skip
        if a.progress:
            pairs.append(("Latest update", a.progress))
        out.append(
            "<tr class='child'><td></td><td colspan='3'><ul class='dtr-details'>"
            + "".join(f"<li><span class='dtr-title'>{escape(k)}</span> "
                      f"<span class='dtr-data'>{escape(v)}</span></li>" for k, v in pairs)
            + "</ul></td></tr></tbody>"
        )  # fmt: skip
    out.append("</table>")
    if p.kpis:
        out.append(
            "<h2>Measuring progress</h2><table class='kpi'><thead><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                      + "</tr>" for k in p.kpis)
            + "</tbody></table>"
        )  # fmt: skip
    out.append("</body></html>")
    return "".join(out)
