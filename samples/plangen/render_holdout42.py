"""Producers of the holdout42 split (BLIND: fixers never read this): the annex to a statutory
direction drafted as legal clauses in ReportLab; an evidence portfolio in Word and a workbook of
action forms (a sheet per action) in Excel, both printed by LibreOffice; and a Markdown plan in a
code repository's web view in HTML printed by Chromium; each drawn straight from a
holdout8.H8Plan built by holdout42."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#1E7B34", "amber": "#B06A00", "red": "#B3261E", "blue": "#1F5FA8",
           None: "#6A6A6A"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout42", html=_markdown,
                reportlab=_direction, docx=_evidence, xlsx=_forms)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


# ---- ReportLab: the annex to a statutory direction ------------------------------------------------


def _direction(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    ital = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    body = ParagraphStyle("b", fontName=base, fontSize=10.5, leading=14, spaceAfter=5,
                          alignment=TA_JUSTIFY)  # fmt: skip
    centre = ParagraphStyle("c", parent=body, fontName=bold, alignment=TA_CENTER, fontSize=12,
                            leading=16, spaceAfter=8)  # fmt: skip
    recital = ParagraphStyle("r", parent=body, leftIndent=10 * mm, firstLineIndent=-10 * mm)
    rec_h = ParagraphStyle("rh", parent=body, fontName=bold, fontSize=11, spaceBefore=10,
                           spaceAfter=3)  # fmt: skip
    rec_t = ParagraphStyle("rt", parent=body, fontName=ital, leftIndent=10 * mm)
    clause = ParagraphStyle("cl", parent=body, leftIndent=12 * mm, firstLineIndent=-12 * mm,
                            spaceBefore=4, spaceAfter=2)  # fmt: skip
    sub = ParagraphStyle("s", parent=body, leftIndent=22 * mm, firstLineIndent=-8 * mm,
                         spaceAfter=1.5, alignment=0)  # fmt: skip
    directed = date.fromisoformat(f["directed"])
    review = date.fromisoformat(f["review"])
    path = folder / f"{p.name}.pdf"
    story: list[Any] = [
        Paragraph("DIRECTION", centre),
        Paragraph(f"ISSUED UNDER SECTION {f['section']} OF THE EDUCATION ACT 1996", centre),
        Paragraph(f"TO: {_esc(p.authority.upper())} COUNCIL (\u201cthe Council\u201d)", centre),
        Spacer(1, 4 * mm),
        Paragraph(
            f"(1)\u00a0\u00a0\u00a0WHEREAS on {_long_date(directed)} the Secretary of "
            "State for Education was satisfied that the Council was failing to perform to "
            "an adequate standard some or all of the functions to which section 497A of "
            "the Education Act 1996 applies;",
            recital,
        ),  # fmt: skip
        Paragraph(
            f"(2)\u00a0\u00a0\u00a0AND WHEREAS {_esc(f['commissioner'])} was appointed "
            "as Children's Services Commissioner to review the Council's progress and "
            "to report to the Secretary of State;",
            recital,
        ),  # fmt: skip
        Paragraph(
            "(3)\u00a0\u00a0\u00a0NOW THEREFORE the Secretary of State directs that the "
            "Council shall comply with the instructions of the Commissioner and shall "
            "take the actions set out in Annex A, which answer the recommendations of "
            "Ofsted's inspection of the Council's children's services.",
            recital,
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            f"Signed by authority of the Secretary of State for Education<br/>"
            f"{_esc(f['minister'])}<br/>Deputy Director, Children's Social Care "
            f"Improvement<br/>{_long_date(directed)}",
            ParagraphStyle("sig", parent=body, alignment=0),
        ),  # fmt: skip
        PageBreak(),
        Paragraph(_esc(p.title).upper(), centre),
        Paragraph(
            f"Position as reviewed with the Commissioner on {_long_date(review)}. Each "
            "paragraph below answers one of Ofsted's recommendations; the Council shall "
            "take each action set out beneath it.",
            body,
        ),  # fmt: skip
    ]
    subs = "abcd"
    for num, text in p.recs:
        story.append(Paragraph(p.rec_label.format(n=num), rec_h))
        story.append(Paragraph(f"\u201c{_esc(text)}\u201d", rec_t))
        story.append(Paragraph("The Council shall:", body))
        for a in p.per_rec(num):
            lines = [(h["owner"], _esc(a.owner)), (h["due"], _esc(a.due_raw)),
                     (h["rag"], f"<font color='{RAG_HEX[a.rag]}'>{_esc(a.status or '')}</font>")]  # fmt: skip
            if a.progress:
                lines.append((h["progress"], _esc(a.progress)))
            block = [Paragraph(f"{_esc(a.ref)}\u00a0\u00a0\u00a0\u00a0{_esc(a.text)}", clause)]  # fmt: skip
            for i, (lab, val) in enumerate(lines):
                block.append(Paragraph(f"({subs[i]})\u00a0\u00a0{_esc(lab)} {val}", sub))
            story.append(KeepTogether(block))
    if p.kpis:
        story.append(Paragraph("Schedule: measures against which compliance will be judged", rec_h))
        cell = ParagraphStyle("kc", parent=body, fontSize=9.5, leading=12, spaceAfter=0,
                              alignment=0)  # fmt: skip
        head = ParagraphStyle("kh", parent=cell, fontName=bold)
        rows = [[Paragraph(_esc(h[c]), head) for c in KCOLS]]
        rows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        t = Table(rows, colWidths=[82 * mm, 30 * mm, 30 * mm, 32 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(t)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 8)
        canv.drawString(20 * mm, 10 * mm, "OFFICIAL")
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Ref: DfE/CSC/{directed.year}/"
                             f"{p.seed_rng % 900 + 100}")  # fmt: skip
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=f"{p.authority} - Direction")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: an evidence portfolio ----------------------------------------------------------------


def _evidence(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.header.paragraphs[0].text = f"{p.authority} Council - OFFICIAL-SENSITIVE"
    sec.footer.paragraphs[0].text = f"Portfolio compiled by {f['coordinator']}"
    navy = RGBColor(0x1F, 0x2A, 0x5C)
    tp = doc.add_paragraph()
    r = tp.add_run(p.title)
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = navy
    visit = date.fromisoformat(f["visit"])
    doc.add_paragraph(
        f"Prepared for the monitoring visit expected in the week of {_long_date(visit)}. For "
        "each action in our improvement plan this portfolio gives the action as agreed and the "
        "documents in the evidence library that show what has been done. Evidence references "
        f"(E-numbers) are the library's. Queries to {f['coordinator']}, improvement coordinator."
    )
    for num, text in p.recs:
        hd = doc.add_paragraph()
        hd.paragraph_format.space_before = Pt(14)
        hd.paragraph_format.keep_with_next = True
        rr = hd.add_run(f"{p.rec_label.format(n=num)}: {text}")
        rr.bold = True
        rr.font.size = Pt(12)
        rr.font.color.rgb = navy
        for a in p.per_rec(num):
            ap = doc.add_paragraph()
            ap.paragraph_format.space_before = Pt(8)
            ap.paragraph_format.keep_with_next = True
            ap.add_run(f"{h['ref']} {a.ref}: ").bold = True
            ap.add_run(a.text)
            lp = doc.add_paragraph()
            lp.paragraph_format.keep_with_next = True
            lp.add_run(f"{h['owner']}: ").bold = True
            lp.add_run(a.owner)
            lp.add_run("   |   ")
            lp.add_run(f"{h['due']}: ").bold = True
            lp.add_run(a.due_raw)
            lp.add_run("   |   ")
            lp.add_run(f"{h['rag']}: ").bold = True
            sr = lp.add_run(a.status or "")
            sr.font.color.rgb = RGBColor.from_string(RAG_HEX[a.rag][1:])
            sr.bold = True
            if a.progress:
                pp = doc.add_paragraph()
                pp.paragraph_format.keep_with_next = True
                pp.add_run(f"{h['progress']}: ").italic = True
                pp.add_run(a.progress)
            ev = f["evidence"][a.ref]
            t = doc.add_table(rows=1 + len(ev), cols=4)
            t.style = doc.styles["Table Grid"]
            t.autofit = False
            for tr in t.rows:
                _keep_row(tr)
            for j, wd in enumerate((1.8, 8.2, 3.2, 3.8)):
                t.columns[j].width = Cm(wd)
                for c in t.columns[j].cells:
                    c.width = Cm(wd)
            for j, lab in enumerate(("Ref", "Evidence document", "Dated", "Held by")):
                _shade(t.cell(0, j), "E4E7F1")
                run = t.cell(0, j).paragraphs[0].add_run(lab)
                run.bold = True
                run.font.size = Pt(9)
            for i, (docname, dated, holder, eref) in enumerate(ev, start=1):
                vals = (eref, docname, _long_date(date.fromisoformat(dated)), holder)
                for j, v in enumerate(vals):
                    run = t.cell(i, j).paragraphs[0].add_run(v)
                    run.font.size = Pt(9)
            for row in t.rows[:-1]:
                for c in row.cells:
                    for para in c.paragraphs:
                        para.paragraph_format.keep_with_next = True
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(14)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("Performance evidence")
        kr.bold = True
        kr.font.size = Pt(12)
        kr.font.color.rgb = navy
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        kt.autofit = False
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, kwd in enumerate((8.5, 2.8, 2.8, 2.9)):
            kt.columns[j].width = Cm(kwd)
            for kc in kt.columns[j].cells:
                kc.width = Cm(kwd)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "E4E7F1")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a workbook of action forms -----------------------------------------------------------


def _forms(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    label_fill = PatternFill("solid", fgColor="DDEBF7")
    fills = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE",
             None: "EDEDED"}  # fmt: skip
    ix = wb.active
    ix.title = "Index"
    _xl_setup(ix, False)
    ix.oddHeader.left.text = f"{p.authority} Council"
    ix.column_dimensions["A"].width = 12
    ix.column_dimensions["B"].width = 16
    ix.column_dimensions["C"].width = 18
    ix.column_dimensions["D"].width = 30
    ix.cell(1, 1, f"{p.title}: index").font = Font(name=font, bold=True, size=13)
    ix.cell(2, 1, f"One sheet per action. Workbook maintained by the PMO ({f['pmo']}).").font = (
        Font(name=font, italic=True, size=9))  # fmt: skip
    for j, lab in enumerate(("Sheet", "Action number", "Recommendation", "Form last updated"),
                            start=1):  # fmt: skip
        cl = ix.cell(4, j, lab)
        cl.font = Font(name=font, bold=True, size=10)
        cl.fill = label_fill
        cl.border = grid
    fmt = "yyyy-mm-dd" if f["date_form"] == "cell-iso" else "mmm-yyyy"
    row = 5
    for a in p.actions:
        vals: tuple[Any, ...] = (f"A{a.ref}", a.ref, a.recs[0],
                                 date.fromisoformat(f["form_date"][a.ref]))  # fmt: skip
        for j, v in enumerate(vals, start=1):
            cl = ix.cell(row, j, v)
            cl.font = Font(name=font, size=10)
            cl.border = grid
            cl.alignment = Alignment(horizontal="left")
            if j == 4:
                cl.number_format = "dd/mm/yyyy"
        row += 1
    recs = dict(p.recs)
    for a in p.actions:
        ws = wb.create_sheet(f"A{a.ref}")
        _xl_setup(ws, False)
        ws.oddHeader.left.text = f"{p.authority} Council"
        ws.oddHeader.right.text = "&A"
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 22
        ws.column_dimensions["C"].width = 16
        ws.column_dimensions["D"].width = 22
        ws.cell(1, 1, "Improvement plan action form").font = Font(name=font, bold=True, size=14)
        ws.merge_cells("A1:D1")
        rows: list[tuple[str, Any]] = [
            (h["ref"], a.ref),
            (h["rec"], f"{p.rec_label.format(n=a.recs[0])}: {recs[a.recs[0]]}"),
            (h["action"], a.text),
            (h["owner"], a.owner),
            (h["due"], a.due_date),
            (h["rag"], a.status or ""),
        ]
        if a.progress:
            rows.append((h["progress"], a.progress))
        r = 3
        for lab, val in rows:
            lc = ws.cell(r, 1, lab)
            lc.font = Font(name=font, bold=True, size=10)
            lc.fill = label_fill
            lc.border = grid
            lc.alignment = Alignment(vertical="top", wrap_text=True)
            vc = ws.cell(r, 2, val)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            for j in (2, 3, 4):
                ws.cell(r, j).border = grid
            vc.font = Font(name=font, size=10, bold=lab == h["rag"])
            vc.alignment = Alignment(vertical="top", horizontal="left", wrap_text=True)
            if lab == h["due"]:
                vc.number_format = fmt
            if lab == h["rag"]:
                vc.fill = PatternFill("solid", fgColor=fills[a.rag])
            n_lines = max(1, -(-len(str(val)) // 58)) if isinstance(val, str) else 1
            ws.row_dimensions[r].height = 14 * n_lines + 4
            r += 1
        r += 1
        ws.cell(r, 1, "Milestones").font = Font(name=font, bold=True, size=11)
        r += 1
        for j, lab in enumerate(("Milestone", "Date", "Done / open"), start=1):
            cl = ws.cell(r, j, lab)
            cl.font = Font(name=font, bold=True, size=10)
            cl.fill = label_fill
            cl.border = grid
        r += 1
        for m, md, state in f["milestones"][a.ref]:
            for j, v in enumerate((m, date.fromisoformat(md), state), start=1):
                cl = ws.cell(r, j, v)
                cl.font = Font(name=font, size=10)
                cl.border = grid
                cl.alignment = Alignment(horizontal="left")
                if j == 2:
                    cl.number_format = "dd/mm/yyyy"
            r += 1
        r += 1
        ws.cell(r, 1, "Form completed by").font = Font(name=font, italic=True, size=9)
        ws.cell(r, 2, f["completed_by"][a.ref]).font = Font(name=font, size=9)
        ws.cell(r, 3, "on").font = Font(name=font, italic=True, size=9)
        dc = ws.cell(r, 4, date.fromisoformat(f["form_date"][a.ref]))
        dc.number_format = "dd/mm/yyyy"
        dc.font = Font(name=font, size=9)
        dc.alignment = Alignment(horizontal="left")
    if p.kpis:
        ks = wb.create_sheet("KPIs")
        _xl_setup(ks, False)
        for col, wd in zip("ABCD", (52, 14, 14, 14), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=13)
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, size=10)
            cl.fill = label_fill
            cl.border = grid
        for i, kk in enumerate(p.kpis, start=4):
            for j, c in enumerate(KCOLS, start=1):
                cl = ks.cell(i, j, _kpi_cell(kk, c))
                cl.font = Font(name=font, size=10)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                cl.border = grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a Markdown plan in a code repository's web view -----------------------------------


def _markdown(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    css = (
        "@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm; }"
        "body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif;"
        " font-size: 9.5pt; margin: 0; color: #1f2328; }"
        ".repo { font-size: 12pt; margin-bottom: 4px; } .repo b { color: #0969da; }"
        ".tabs { font-size: 8.5pt; color: #59636e; border-bottom: 1px solid #d1d9e0;"
        " padding-bottom: 5px; margin-bottom: 8px; } .tabs span { margin-right: 14px; }"
        ".crumb { font-size: 9pt; margin: 6px 0; } .crumb b { color: #0969da; }"
        ".commit { border: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; background: #f6f8fa;"
        " padding: 6px 10px; font-size: 8.5pt; color: #59636e; }"
        ".hist { border: 1px solid #d1d9e0; border-top: 0; padding: 4px 10px; font-size: 8pt;"
        " color: #59636e; } .hist div { margin: 2px 0; }"
        ".code { font-family: monospace; }"
        ".filebar { border: 1px solid #d1d9e0; border-top: 0; background: #f6f8fa;"
        " padding: 5px 10px; font-size: 8.5pt; color: #59636e; }"
        f".md {{ border: 1px solid #d1d9e0; border-top: 0; padding: 14px 22px;"
        f" font-family: {font}; }}"
        ".md h1 { font-size: 17pt; border-bottom: 1px solid #d1d9e0; padding-bottom: 4px;"
        " margin: 4px 0 8px 0; }"
        ".md h2 { font-size: 13pt; border-bottom: 1px solid #d1d9e0; padding-bottom: 3px;"
        " margin: 16px 0 6px 0; break-after: avoid; }"
        ".md blockquote { margin: 0 0 8px 0; padding: 0 10px; color: #59636e;"
        " border-left: 4px solid #d1d9e0; }"
        ".md table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }"
        ".md th, .md td { border: 1px solid #d1d9e0; padding: 4px 8px; text-align: left;"
        " vertical-align: top; font-size: 9pt; } .md th { background: #f6f8fa; }"
        ".md tr { break-inside: avoid; } .md tr:nth-child(even) td { background: #f6f8fa; }"
        ".badge { display: inline-block; font-family: Verdana, sans-serif; font-size: 7.5pt;"
        " color: #fff; border-radius: 3px; padding: 1px 5px; white-space: nowrap; }"
    )
    issued = date.fromisoformat(f["commits"][0][2])
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>PLAN.md</title>"
        f"<style>{css}</style></head><body>",
        f"<div class='repo'>{escape(f['org'])} / <b>improvement-plan</b> &nbsp;"
        "<span style='font-size:8pt;border:1px solid #d1d9e0;border-radius:10px;padding:0 6px'>"
        "Internal</span></div>",
        "<div class='tabs'><span>Code</span><span>Issues 7</span><span>Pull requests 2</span>"
        "<span>Actions</span><span>Wiki</span><span>Insights</span></div>",
        "<div class='crumb'>main &nbsp;/&nbsp; <b>improvement-plan</b> / <b>docs</b> / PLAN.md"
        "</div>",
    ]  # fmt: skip
    who, msg, when, sha = f["commits"][0]
    out.append(f"<div class='commit'><b>{escape(who)}</b> {escape(msg)} &nbsp; "
               f"<span class='code'>{sha}</span> &middot; {_long_date(date.fromisoformat(when))}"
               "</div>")  # fmt: skip
    out.append("<div class='hist'>")
    for who, msg, when, sha in f["commits"][1:]:
        out.append(f"<div><span class='code'>{sha}</span> {escape(msg)} &mdash; {escape(who)}, "
                   f"{_long_date(date.fromisoformat(when))}</div>")  # fmt: skip
    out.append("<div>Contributors: " + ", ".join(escape(c) for c in f["contributors"]) + "</div>")
    out.append("</div>")
    out.append(f"<div class='filebar'>{f['lines']} lines &middot; Preview | Code | Blame</div>")
    out.append("<div class='md'>")
    out.append(f"<h1>{escape(p.authority)} {escape(p.title)}</h1>")
    out.append(f"<p>This file is the working copy of our Ofsted improvement plan. Edit it with a "
               f"pull request; the board signs off changes. Last reviewed {_long_date(issued)}.</p>")  # fmt: skip
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    for num, text in p.recs:
        out.append(f"<h2>{escape(p.rec_label.format(n=num))}</h2>")
        out.append(f"<blockquote><p>{escape(text)}</p></blockquote>")
        out.append("<table><tr>" + "".join(f"<th>{escape(h[c])}</th>" for c in cols) + "</tr>")
        for a in p.per_rec(num):
            out.append("<tr>" + "".join(f"<td>{_md_cell(a, c)}</td>" for c in cols) + "</tr>")
        out.append("</table>")
    if p.kpis:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS) + "</tr>"
            for k in p.kpis
        )
        out.append(
            "<h2>Measures</h2><table><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + f"</tr>{rows}</table>"
        )
    out.append("</div></body></html>")
    return "".join(out)


def _md_cell(a: H8Action, col: str) -> str:
    if col == "ref":
        return f"<code>{escape(a.ref)}</code>"
    if col == "action":
        return escape(a.text)
    if col == "owner":
        return escape(a.owner)
    if col == "due":
        return escape(a.due_raw)
    if col == "rag":
        return (f"<span class='badge' style='background:{RAG_HEX[a.rag]}'>"
                f"{escape(a.status or '')}</span>")  # fmt: skip
    return escape(a.progress or "")
