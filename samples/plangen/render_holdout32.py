"""Producers of the holdout32 split (BLIND: fixers never read this): a PRINCE2-style checkpoint
report in ReportLab, a young people's version of the plan in HTML printed by Chromium, a PDSA
cycle log in Word and a quarter-column forward plan in Excel, both printed by LibreOffice; each
drawn straight from a holdout8.H8Plan built by holdout32."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout32 import FORWARD_KEY
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
TINT = {"green": "C8E6C9", "amber": "FFE0B2", "red": "FFCDD2", "blue": "BBDEFB", None: "EEEEEE"}
FILL = {"green": "92D050", "amber": "FFC000", "red": "FF6B6B", "blue": "8EB4E3"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout32", html=_young,
                reportlab=_checkpoint, docx=_pdsa, xlsx=_forward)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a PRINCE2-style checkpoint report ---------------------------------------------


def _checkpoint(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = A4
    margin = 16 * mm
    width = size[0] - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    navy = colors.HexColor("#203864")
    body = ParagraphStyle("b", fontName=base, fontSize=9.2, leading=12, spaceAfter=4)
    big = ParagraphStyle("t", fontName=bold, fontSize=14.5, leading=18, spaceAfter=6,
                         textColor=navy)  # fmt: skip
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8,
                        spaceAfter=4, textColor=navy)  # fmt: skip
    wp = ParagraphStyle("wp", fontName=bold, fontSize=9.8, leading=12.5, textColor="white")
    rec = ParagraphStyle("r", fontName=base, fontSize=8.8, leading=11.2, textColor="#333333")
    cell = ParagraphStyle("c", fontName=base, fontSize=8.3, leading=10.4)
    hcell = ParagraphStyle("hc", fontName=bold, fontSize=8.0, leading=10)
    note = ParagraphStyle("n", fontName=base, fontSize=8.0, leading=10, textColor="#404040")
    f = p.features
    extra: dict[str, tuple[str, str]] = f["extra"]
    info = [
        ["Programme", f"{p.authority} Children's Services Improvement Programme"],
        ["Checkpoint no.", str(f["checkpoint"])],
        ["Period covered", f"{_long_date(p.start)} to {_long_date(p.issued)}"],
        ["Prepared by", f"{f['prepared_by']}, Programme Manager"],
        ["Date of report", _long_date(p.issued)],
    ]
    it = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(escape(b), cell)] for a, b in info],
               colWidths=[width * 0.25, width * 0.75])  # fmt: skip
    it.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, navy),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DCE3EF")),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#B4C0D6")),
    ]))  # fmt: skip
    story: list[Any] = [
        Paragraph(escape(p.title), big), it, Spacer(1, 4 * mm),
        Paragraph("1. Summary", h2),
        Paragraph("This checkpoint report to the Programme Board sets out the products of each "
                  "work package, their planned and forecast finish, and any issues raised in the "
                  "period. Each work package answers one of the recommendations made by Ofsted "
                  "at the inspection.", body),
        Paragraph("2. Work package progress", h2),
    ]  # fmt: skip
    cols = ["ref", "action", "owner", "due", "forecast", "rag"]
    rel = {"ref": 0.09, "action": 0.39, "owner": 0.17, "due": 0.11, "forecast": 0.11,
           "rag": 0.13}  # fmt: skip
    widths = [width * rel[c] for c in cols]
    for num, text in p.recs:
        bar = Table([[Paragraph(escape(p.rec_label.format(n=num)), wp)],
                     [Paragraph(f"<i>Ofsted recommendation:</i> {escape(text)}", rec)]],
                    colWidths=[width])  # fmt: skip
        bar.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), navy),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F2F4F8")),
        ]))  # fmt: skip
        rows: list[list[Any]] = [[Paragraph(escape(h[c]), hcell) for c in cols]]
        style: list[Any] = [
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, navy),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for a in p.per_rec(num):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "forecast": extra[a.ref][0], "rag": a.status or ""}  # fmt: skip
            rows.append([Paragraph(escape(vals[c]), cell) for c in cols])
            r = len(rows) - 1
            style.append(("BACKGROUND", (5, r), (5, r), colors.HexColor("#" + TINT[a.rag])))
            if a.progress:
                rows.append([Paragraph(f"<b>{escape(h['progress'])}:</b> {escape(a.progress)}",
                                       note)] + [""] * 5)  # fmt: skip
                r2 = len(rows) - 1
                style.append(("SPAN", (0, r2), (-1, r2)))
                style.append(("LEFTPADDING", (0, r2), (0, r2), 14))
                r = r2
            style.append(("LINEBELOW", (0, r), (-1, r), 0.4, colors.HexColor("#9AA5B8")))
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        story += [KeepTogether([bar, Spacer(1, 1.5 * mm), t]), Spacer(1, 4 * mm)]
    story.append(Paragraph("3. Issues raised this period", h2))
    irows: list[list[Any]] = [[Paragraph(f"<b>{x}</b>", cell) for x in
                               ("Issue", "Description", "Raised by", "Date raised")]]  # fmt: skip
    for code, desc, who, when in f["issues"]:
        d = date.fromisoformat(when)
        irows.append([Paragraph(x, cell) for x in (code, escape(desc), escape(who),
                                                   _long_date(d))])  # fmt: skip
    itab = Table(irows, colWidths=[width * 0.08, width * 0.54, width * 0.2, width * 0.18])
    itab.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, navy),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9AA5B8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    story.append(itab)
    if p.kpis:
        story.append(Paragraph("4. Benefits measures", h2))
        krows = [[Paragraph(escape(h[c]), hcell) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS])
        kt = Table(krows, colWidths=[width * 0.52] + [width * 0.16] * 3, repeatRows=1)
        kt.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, navy),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9AA5B8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(kt)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(margin, 9 * mm, f"Checkpoint report {f['checkpoint']} - OFFICIAL")
        canv.drawRightString(size[0] - margin, 9 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=15 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- Word: a PDSA cycle log, one quadrant table per change idea --------------------------------

QUAD_FILL = {"PLAN": "DEEAF6", "DO": "E2EFDA", "STUDY": "FFF2CC", "ACT": "FCE4D6"}


def _pdsa(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    extra: dict[str, tuple[str, str]] = p.features["extra"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(1.8))
    sec.footer.paragraphs[0].text = f"{p.authority} Children's Services - Practice Improvement"
    half = Cm((21.0 - 3.6) / 2)
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        "Our improvement plan is delivered through small tests of change. Each improvement aim "
        "below is one of the recommendations Ofsted made; each change idea is tested in "
        "Plan-Do-Study-Act (PDSA) cycles and reviewed at the Practice Quality Group. "
        f"Log updated {_long_date(p.issued)}."
    )
    for num, text in p.recs:
        doc.add_heading(p.rec_label.format(n=num), 2)
        para = doc.add_paragraph()
        para.add_run(text).italic = True
        para.paragraph_format.keep_with_next = True
        for a in p.per_rec(num):
            decision, study = extra[a.ref]
            t = doc.add_table(rows=3, cols=2)
            t.style = doc.styles["Table Grid"]
            t.autofit = False
            for j in range(2):
                t.columns[j].width = half
                for cl in t.columns[j].cells:
                    cl.width = half
            top = t.cell(0, 0).merge(t.cell(0, 1))
            tp = top.paragraphs[0]
            tp.add_run(f"{h['ref']} {a.ref}").bold = True
            _shade(top, "44546A")
            for run in tp.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            quads = {"PLAN": t.cell(1, 0), "DO": t.cell(1, 1), "STUDY": t.cell(2, 0),
                     "ACT": t.cell(2, 1)}  # fmt: skip
            for name, cl in quads.items():
                _shade(cl, QUAD_FILL[name])
                cl.paragraphs[0].add_run(name).bold = True
            pl = quads["PLAN"]
            pl.add_paragraph().add_run(h["action"]).bold = True
            pl.add_paragraph(a.text)
            q = pl.add_paragraph()
            q.add_run(f"{h['owner']}: ").bold = True
            q.add_run(a.owner)
            q = pl.add_paragraph()
            q.add_run(f"{h['due']}: ").bold = True
            q.add_run(a.due_raw)
            do = quads["DO"]
            do.add_paragraph().add_run(h["progress"]).bold = True
            idle = ("Not yet run - this cycle has not started." if a.rag is None
                    else "No update recorded for this cycle.")  # fmt: skip
            do.add_paragraph(a.progress or idle)
            sd = quads["STUDY"]
            sd.add_paragraph().add_run("What did the data show?").bold = True
            sd.add_paragraph(study if a.progress else "To be completed after the cycle.")
            ac = quads["ACT"]
            q = ac.add_paragraph()
            q.add_run("Decision: ").bold = True
            q.add_run(decision)
            q = ac.add_paragraph()
            q.add_run(f"{h['rag']}: ").bold = True
            q.add_run(a.status or "")
            for r in t.rows:
                _keep_row(r)
            for r in t.rows[:2]:
                for cl in r.cells:
                    for para in cl.paragraphs:
                        para.paragraph_format.keep_with_next = True
            doc.add_paragraph()
    if p.kpis:
        doc.add_heading("Measures for the improvement aims", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(17.4 - 3 * 2.8 if j == 0 else 2.8)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "D9E2F3")
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a forward plan, each action's text in the quarter column it is due ----------------


def _forward(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="1F4E78")
    ws = wb.active
    ws.title = "Forward plan"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    quarters: list[str] = p.features["quarters"]
    prog = any(a.progress for a in p.actions)
    nq = len(quarters)
    letters = [chr(ord("A") + i) for i in range(3 + nq + 1)]
    qw = 24.0
    ws.column_dimensions["A"].width = 6.0
    ws.column_dimensions["B"].width = 24.0
    for i in range(nq):
        ws.column_dimensions[letters[2 + i]].width = qw
    last_i = 2 + nq - 1 + (1 if prog else 0)
    if prog:
        ws.column_dimensions[letters[last_i]].width = 34.0
    last = letters[last_i]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}. Each action sits in the quarter it is "
                  "due; the colour of its cell is its status.").font = Font(
        name=font, italic=True, size=9)  # fmt: skip
    row = 4
    ws.cell(row, 2, "Key").font = Font(name=font, bold=True, size=9)
    for j, (colour, meaning) in enumerate(FORWARD_KEY):
        kc = ws.cell(row, 3 + j, meaning)
        if colour:
            kc.fill = PatternFill("solid", fgColor=FILL[colour])
        kc.font = Font(name=font, size=9)
        kc.alignment = Alignment(horizontal="center")
        kc.border = box
    row += 2
    now = p.features["now"]
    if now in quarters:
        c = ws.cell(row, 3 + quarters.index(now), "▼ We are here")
        c.font = Font(name=font, bold=True, size=9, color="C00000")
        c.alignment = Alignment(horizontal="center")
        row += 1
    heads = [h["ref"], h["owner"], *quarters] + ([h["progress"]] if prog else [])
    for j, text in enumerate(heads, start=1):
        c = ws.cell(row, j, text)
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[row].height = 22
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    kd = ws.cell(row, 2, "Key dates")
    kd.font = Font(name=font, bold=True, italic=True, size=9)
    kd.alignment = Alignment(vertical="top")
    for j in range(1, last_i + 2):
        ws.cell(row, j).border = box
        ws.cell(row, j).fill = PatternFill("solid", fgColor="F2F2F2")
    for quarter, what in p.features["milestones"]:
        c = ws.cell(row, 3 + quarters.index(quarter), f"◆ {what}")
        c.font = Font(name=font, italic=True, size=9)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[row].height = 26
    row += 1
    for num, text in p.recs:
        ws.merge_cells(f"A{row}:{last}{row}")
        c = ws.cell(row, 1, f"{p.rec_label.format(n=num)}: {text}")
        c.font = Font(name=font, bold=True, size=9.5)
        c.fill = PatternFill("solid", fgColor="D6DCE4")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 14 * max(1, ceil(len(text) / 150)) + 3
        row += 1
        for a in p.per_rec(num):
            for j in range(1, last_i + 2):
                ws.cell(row, j).border = box
            r0 = ws.cell(row, 1, a.ref)
            r0.number_format = "@"
            r0.alignment = Alignment(horizontal="center", vertical="top")
            r0.font = Font(name=font, size=9)
            ow = ws.cell(row, 2, a.owner)
            ow.font = Font(name=font, size=9)
            ow.alignment = Alignment(wrap_text=True, vertical="top")
            qc = ws.cell(row, 3 + quarters.index(a.due_raw or ""), a.text)
            qc.font = Font(name=font, size=9)
            qc.alignment = Alignment(wrap_text=True, vertical="top")
            if a.rag:
                qc.fill = PatternFill("solid", fgColor=FILL[a.rag])
            if prog:
                pc = ws.cell(row, last_i + 1, a.progress or "")
                pc.font = Font(name=font, size=9)
                pc.alignment = Alignment(wrap_text=True, vertical="top")
            lines = max(ceil(len(a.text) / 30), ceil(len(a.progress or "") / 42),
                        ceil(len(a.owner) / 26), 1)  # fmt: skip
            ws.row_dimensions[row].height = 12.5 * lines + 4
            row += 1
    ws.print_area = f"A1:{last}{row}"
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Key performance measures").font = Font(name=font, bold=True, size=12)
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


# ---- HTML: a young people's version of the plan ------------------------------------------------

FACE = {"green": ("#43A047", "M7 14 Q12 19 17 14"), "amber": ("#FB8C00", "M7 15.5 L17 15.5"),
        "red": ("#E53935", "M7 17 Q12 12 17 17"), "blue": ("#1E88E5", "M7 13 Q12 20 17 13"),
        None: ("#9E9E9E", "M9 15.5 L15 15.5")}  # fmt: skip
PANEL = ("#FFF3E0", "#E8F5E9", "#E3F2FD", "#F3E5F5", "#FFFDE7")


def _face(rag: str | None) -> str:
    colour, mouth = FACE[rag]
    return (f"<svg width='20' height='20' viewBox='0 0 24 24'><circle cx='12' cy='12' r='11' "
            f"fill='{colour}'/><circle cx='8.5' cy='9' r='1.5' fill='white'/><circle cx='15.5' "
            f"cy='9' r='1.5' fill='white'/><path d='{mouth}' stroke='white' stroke-width='2' "
            "fill='none' stroke-linecap='round'/></svg>")  # fmt: skip


def _young(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    checked = date.fromisoformat(f["checked"])
    quotes: list[tuple[str, str, int]] = [tuple(q) for q in f["quotes"]]  # type: ignore[misc]
    css = (
        "@page { size: A4; margin: 13mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #263238; margin: 0; }}"
        ".hero { background: #5E35B1; color: white; border-radius: 18px; padding: 14px 20px; }"
        ".hero h1 { font-size: 24pt; margin: 0 0 4px 0; }"
        ".hero p { margin: 0; font-size: 11pt; }"
        ".intro { margin: 10px 2px; line-height: 1.4; }"
        ".quote { background: #FFF8E1; border-radius: 16px; padding: 8px 14px; margin: 10px 40px;"
        " font-style: italic; break-inside: avoid; }"
        ".quote b { font-style: normal; color: #6D4C41; }"
        ".panel { border-radius: 14px; padding: 10px 14px; margin: 12px 0; }"
        ".panel h2 { font-size: 14pt; margin: 0 0 4px 0; color: #4527A0; }"
        ".said { background: white; border-radius: 10px; padding: 6px 10px; margin-bottom: 8px; }"
        ".promise { display: flex; gap: 10px; background: white; border-radius: 10px;"
        " padding: 7px 10px; margin: 6px 0; break-inside: avoid; }"
        ".badge { flex: 0 0 34px; height: 34px; border-radius: 17px; background: #4527A0;"
        " color: white; font-weight: bold; text-align: center; line-height: 34px; }"
        ".what { font-weight: bold; margin-bottom: 3px; }"
        ".line { margin: 1px 0; }"
        ".line span.l { color: #5E35B1; font-weight: bold; }"
        ".how { display: inline-flex; align-items: center; gap: 5px; }"
        ".contact { border: 2px dashed #5E35B1; border-radius: 12px; padding: 8px 12px;"
        " margin-top: 12px; break-inside: avoid; }"
        "table { border-collapse: separate; border-spacing: 0 4px; width: 100%; }"
        "th { text-align: left; color: #4527A0; padding: 3px 8px; }"
        "td { background: #F3E5F5; padding: 4px 8px; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='hero'><h1>{escape(p.title)}</h1><p>What we are doing to make things "
        f"better for children and young people in {escape(p.authority)}</p></div>",
        f"<p class='intro'>In {calendar.month_name[p.start.month]} {p.start.year} Ofsted (the "
        "people who check how well councils look after children) came to see us. They told us "
        "what we do well and what we need to get better at. This is the young people's version "
        "of our improvement plan. It was checked by the Children in Care Council on "
        f"{_long_date(checked)}.</p>",
    ]  # fmt: skip
    for i, (num, text) in enumerate(p.recs):
        out.append(f"<div class='panel' style='background:{PANEL[i % len(PANEL)]}'>"
                   f"<h2>{escape(p.rec_label.format(n=num))}</h2>"
                   f"<div class='said'>{escape(text)}</div>")  # fmt: skip
        for a in p.per_rec(num):
            out.append(f"<div class='promise'><div class='badge'>{escape(a.ref)}</div><div>"
                       f"<div class='what'>{escape(a.text)}</div>"
                       f"<div class='line'><span class='l'>{escape(h['owner'])}:</span> "
                       f"{escape(a.owner)}</div>"
                       f"<div class='line'><span class='l'>{escape(h['due'])}:</span> "
                       f"{escape(a.due_raw or '')}</div>"
                       f"<div class='line'><span class='l'>{escape(h['rag'])}</span> "
                       f"<span class='how'>{_face(a.rag)} {escape(a.status or '')}</span></div>")  # fmt: skip
            if a.progress:
                out.append(f"<div class='line'><span class='l'>{escape(h['progress'])}:</span> "
                           f"{escape(a.progress)}</div>")  # fmt: skip
            out.append("</div></div>")
        out.append("</div>")
        if i < len(quotes):
            q, who, age = quotes[i]
            out.append(f"<div class='quote'>&ldquo;{escape(q)}&rdquo; <b>&ndash; {escape(who)}, "
                       f"{age}</b></div>")  # fmt: skip
    if p.kpis:
        out.append("<div class='panel' style='background:#FAFAFA'><h2>How we will know things "
                   "are getting better</h2><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table></div>")
    nxt = p.issued.month % 12 + 1
    out.append(f"<div class='contact'><b>Want to talk to someone?</b> Contact {escape(f['contact'])}"
               f", Participation Officer, on 01632 960{p.seed_rng % 1000:03d}. We will tell you "
               f"how we are doing again in {calendar.month_name[nxt]}.</div>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)
