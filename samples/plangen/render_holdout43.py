"""Producers of the holdout43 split (BLIND: fixers never read this): Schedule 2 of a grant
agreement (payment milestones) in ReportLab; the plan cascaded into appraisal objectives in Word
and the tracker as a data-entry template in Excel, both printed by LibreOffice; and the plan
printed from a phone app's mobile view in HTML printed by Chromium; each drawn straight from a
holdout8.H8Plan built by holdout43."""

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
    print_plans(plans, folder, "plangen-lo-profile-holdout43", html=_mobile,
                reportlab=_grant, docx=_appraisal, xlsx=_template)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


# ---- ReportLab: Schedule 2 of a grant agreement ---------------------------------------------------


def _grant(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
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
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=14, leading=18, spaceAfter=6)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
    band = ParagraphStyle("bd", parent=cell, fontName=bold, fontSize=9)
    period = [date.fromisoformat(x) for x in f["period"]]
    path = folder / f"{p.name}.pdf"
    story: list[Any] = [
        Paragraph("GRANT AGREEMENT", title),
        Paragraph("Children's Social Care Improvement Grant: agreement particulars", body),
    ]
    parts = [
        ("Agreement reference", f["agreement"]),
        ("Grant recipient", f"{p.authority} Council"),
        ("Department's grant manager", f["grant_manager"]),
        ("Maximum grant payable", f"\u00a3{f['award']:,}"),
        ("Grant period", f"{_long_date(period[0])} to {_long_date(period[1])}"),
        ("Signed for the Department", f"{f['signatory']}, {_long_date(p.issued)}"),
    ]
    pt = Table([[Paragraph(f"<b>{_esc(a)}</b>", cell), Paragraph(_esc(b), cell)]
                for a, b in parts], colWidths=[70 * mm, 120 * mm])  # fmt: skip
    pt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE"))]))  # fmt: skip
    story += [pt, Spacer(1, 5 * mm)]
    story.append(Paragraph(
        "The Grant is paid in arrears on achievement of the milestones in Schedule 2. The "
        "Recipient may submit a claim for a milestone from its claim date, with the evidence "
        "described. Each deliverable group answers one recommendation of Ofsted's inspection "
        "of the Recipient's children's services.", body))  # fmt: skip
    story.append(PageBreak())
    story.append(Paragraph(_esc(p.title), title))
    story.append(Paragraph(f"{_esc(p.authority)} Council. Position at the claim period ending "
                           f"{_long_date(p.issued)}.", body))  # fmt: skip
    cols = ["ref", "action", "owner", "due", "pay", "claim", "rag"]
    if f["progress"]:
        cols.append("progress")
    width = {"ref": 18, "action": 78, "owner": 34, "due": 22, "pay": 20, "claim": 22,
             "rag": 26, "progress": 50}  # fmt: skip
    if not f["progress"]:
        width["action"] += 50
    labels = {**h, "pay": "Payment on achievement", "claim": "Claim date"}
    total = 0
    for num, text in p.recs:
        rows: list[list[Any]] = [
            [Paragraph(f"{_esc(p.rec_label.format(n=num))}: {_esc(text)}", band)] + [""] * (len(cols) - 1),
            [Paragraph(_esc(labels[c]), head) for c in cols],
        ]  # fmt: skip
        style = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                 ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#2F4A7A")),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
        for i, a in enumerate(p.per_rec(num), start=2):
            pay = f["payments"][a.ref]
            total += pay
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "pay": f"\u00a3{pay:,}", "claim": _dots(date.fromisoformat(f["claims"][a.ref])),
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            rows.append([Paragraph(_esc(vals[c]), cell) for c in cols])
            style.append(("TEXTCOLOR", (cols.index("rag"), i), (cols.index("rag"), i),
                          colors.HexColor(RAG_HEX[a.rag])))  # fmt: skip
        t = Table(rows, colWidths=[width[c] * mm for c in cols], repeatRows=2)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 4 * mm)]
    story.append(Paragraph(f"<b>Total payable under this Schedule: \u00a3{total:,}</b> (of the "
                           f"maximum grant of \u00a3{f['award']:,})", body))  # fmt: skip
    if p.kpis:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph("Schedule 3: Outcome measures", title))
        rows = [[Paragraph(_esc(h[c]), head) for c in KCOLS]]
        rows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt = Table(rows, colWidths=[110 * mm, 35 * mm, 35 * mm, 40 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2F4A7A"))]))  # fmt: skip
        story.append(kt)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(15 * mm, 8 * mm, f"{f['agreement']} - {p.authority} Council")
        canv.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title=f"{p.authority} - grant agreement")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: appraisal objectives, a section per owner ---------------------------------------------


def _appraisal(p: H8Plan, folder: Path) -> Path:
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
    sec.header.paragraphs[0].text = f"{p.authority} Council - Performance and development review"
    sec.footer.paragraphs[0].text = f"HR business partner: {f['hr']}. Confidential when completed."
    teal = RGBColor(0x00, 0x5A, 0x5B)
    tp = doc.add_paragraph()
    r = tp.add_run(f"{p.authority} Council Children's Services: {p.title}")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = teal
    doc.add_paragraph(
        "Every action in our improvement plan has been set as an objective for the manager who "
        "leads it, so that progress is discussed in supervision and at appraisal. The plan "
        "answers these recommendations from Ofsted's inspection:"
    )
    for num, text in p.recs:
        rp = doc.add_paragraph()
        rp.paragraph_format.left_indent = Cm(0.6)
        rp.add_run(f"{p.rec_label.format(n=num)}: ").bold = True
        rp.add_run(text)
    rec_text = dict(p.recs)
    for owner in f["leads"]:
        mine = [a for a in p.actions if a.owner == owner]
        if not mine:
            continue
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(16)
        hp.paragraph_format.keep_with_next = True
        hr_ = hp.add_run(f"Objectives for: {owner}")
        hr_.bold = True
        hr_.font.size = Pt(13)
        hr_.font.color.rgb = teal
        mp = doc.add_paragraph()
        mp.paragraph_format.keep_with_next = True
        review = date.fromisoformat(f["reviews"][owner])
        mp.add_run(f"Line manager: {f['managers'][owner]}      Mid-year review held: "
                   f"{_long_date(review)}").italic = True  # fmt: skip
        for i, a in enumerate(mine, start=1):
            t = doc.add_table(rows=0, cols=2)
            t.style = doc.styles["Table Grid"]
            t.autofit = False
            rows: list[tuple[str, str]] = [
                (f"Objective {i}", a.text),
                (h["ref"], a.ref),
                (h["rec"], f"{p.rec_label.format(n=a.recs[0])}: \u201c{rec_text[a.recs[0]]}\u201d"),
                (h["due"], a.due_raw),
                (h["rag"], a.status or ""),
            ]  # fmt: skip
            if a.progress:
                rows.append((h["progress"], a.progress))
            for lab, val in rows:
                cells = t.add_row().cells
                _shade(cells[0], "E2F0EF")
                cells[0].paragraphs[0].add_run(lab).bold = True
                run = cells[1].paragraphs[0].add_run(val)
                if lab == h["rag"]:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(RAG_HEX[a.rag][1:])
                if lab.startswith("Objective"):
                    run.bold = True
            for tr in t.rows:
                _keep_row(tr)
                for c in tr.cells:
                    for para in c.paragraphs:
                        para.paragraph_format.keep_with_next = True
            for j, wd in enumerate((4.0, 13.0)):
                t.columns[j].width = Cm(wd)
                for c in t.columns[j].cells:
                    c.width = Cm(wd)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(14)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("Service measures every objective contributes to")
        kr.bold = True
        kr.font.size = Pt(12)
        kr.font.color.rgb = teal
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
            _shade(kt.cell(0, j), "E2F0EF")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    doc.add_paragraph()
    doc.add_paragraph("Employee signature: ____________________    Reviewer signature: "
                      "____________________    Date: ___________")  # fmt: skip
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: the tracker as a data-entry template ---------------------------------------------------


def _template(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    guide_fill = PatternFill("solid", fgColor="FFF2CC")
    ex_fill = PatternFill("solid", fgColor="EDEDED")
    fills = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE",
             None: "FFFFFF"}  # fmt: skip
    rs = wb.active
    rs.title = "Recommendations"
    _xl_setup(rs, True)
    rs.column_dimensions["A"].width = 12
    rs.column_dimensions["B"].width = 110
    rs.cell(1, 1, f"{p.authority} Council - Ofsted recommendations").font = Font(
        name=font, bold=True, size=13)  # fmt: skip
    for j, lab in enumerate((h["rec"], "Recommendation (as worded in the inspection report)"), 1):
        cl = rs.cell(3, j, lab)
        cl.font = Font(name=font, bold=True, color="FFFFFF")
        cl.fill = head_fill
        cl.border = grid
    for i, (num, text) in enumerate(p.recs, start=4):
        for j, v in enumerate((int(num), text), start=1):
            cl = rs.cell(i, j, v)
            cl.font = Font(name=font, size=10)
            cl.border = grid
            cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        rs.row_dimensions[i].height = 15 * max(1, -(-len(text) // 105)) + 3
    ws = wb.create_sheet("Tracker")
    _xl_setup(ws, True)
    ws.print_title_rows = "7:7"
    ws.oddFooter.left.text = f"Template {f['version']} - maintained by {f['maintainer']}"
    ws.oddFooter.right.text = "Page &P of &N"
    cols = ["ref", "rec", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 8, "rec": 9, "action": 50, "owner": 26, "due": 14, "rag": 16, "progress": 42}
    for j, c in enumerate(cols, start=1):
        ws.column_dimensions[chr(64 + j)].width = widths[c]
    ws.cell(1, 1, f"{p.authority} Council - {p.title} (TEMPLATE {f['version']})").font = Font(
        name=font, bold=True, size=13)  # fmt: skip
    instructions = (
        "How to use this template: one row per action; do not insert columns or change the "
        "header row.",
        "Use the drop-downs for RAG and owner (lists on the Lists sheet). Dates must be real "
        "dates, not text.",
        "Delete the example row (grey) before submitting to the PMO. Updates are due on the "
        "last working day of each month.",
    )
    for i, line in enumerate(instructions, start=2):
        ws.cell(i, 1, line).font = Font(name=font, italic=True, size=9, color="595959")
    guide = {"ref": "e.g. 2.1", "rec": "Number from the Recommendations sheet",
             "action": "What will be done (start with a verb)",
             "owner": "Select from list: name or post",
             "due": "Enter as dd/mm/yyyy" if f["date_form"] == "cell-dmy" else "Month and year",
             "rag": "Select from list", "progress": "What has happened since the last update"}  # fmt: skip
    ex = dict(zip(("ref", "action", "owner", "due", "rag"), f["example"], strict=True))
    ex["rec"] = "e.g. 1"
    ex["progress"] = "Example only - delete this row"
    for j, c in enumerate(cols, start=1):
        hc = ws.cell(7, j, h[c])
        hc.font = Font(name=font, bold=True, color="FFFFFF", size=10)
        hc.fill = head_fill
        hc.border = grid
        hc.alignment = Alignment(wrap_text=True, vertical="center")
        gc = ws.cell(8, j, guide[c])
        gc.font = Font(name=font, italic=True, size=8, color="7F6000")
        gc.fill = guide_fill
        gc.border = grid
        gc.alignment = Alignment(wrap_text=True, vertical="top")
        xc = ws.cell(9, j, ex[c])
        xc.font = Font(name=font, italic=True, size=9, color="7F7F7F")
        xc.fill = ex_fill
        xc.border = grid
        xc.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[8].height = 26
    ws.row_dimensions[9].height = 26
    fmt = "dd/mm/yyyy" if f["date_form"] == "cell-dmy" else "mmmm yyyy"
    r = 10
    for a in p.actions:
        vals: dict[str, Any] = {"ref": a.ref, "rec": int(a.recs[0]), "action": a.text,
                                "owner": a.owner, "due": a.due_date, "rag": a.status or "",
                                "progress": a.progress or ""}  # fmt: skip
        longest = 1
        for j, c in enumerate(cols, start=1):
            cl = ws.cell(r, j, vals[c])
            cl.font = Font(name=font, size=9)
            cl.border = grid
            cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            if c == "due":
                cl.number_format = fmt
            if c == "rag":
                cl.fill = PatternFill("solid", fgColor=fills[a.rag])
            if isinstance(vals[c], str):
                longest = max(longest, -(-len(vals[c]) // int(widths[c] * 1.05)))
        ws.row_dimensions[r].height = 12.5 * longest + 3
        r += 1
    ls = wb.create_sheet("Lists")
    _xl_setup(ls, False)
    ls.cell(1, 1, "Drop-down lists (do not edit)").font = Font(name=font, bold=True, size=12)
    from samples.plangen.holdout43 import H43_STATUS

    lists = {"RAG": [s for s, _ in H43_STATUS["template"]], "Owners": f["list_owners"],
             "Rec no.": [n for n, _ in p.recs]}  # fmt: skip
    for j, (lab, items) in enumerate(lists.items(), start=1):
        col = 2 * j - 1
        ls.column_dimensions[chr(64 + col)].width = 40 if lab == "Owners" else 18
        hc = ls.cell(3, col, lab)
        hc.font = Font(name=font, bold=True)
        hc.fill = guide_fill
        for i, it in enumerate(items, start=4):
            ls.cell(i, col, it).font = Font(name=font, size=9)
    if p.kpis:
        ks = wb.create_sheet("KPIs")
        _xl_setup(ks, True)
        for col_, wd in zip("ABCD", (60, 16, 16, 16), strict=True):
            ks.column_dimensions[col_].width = wd
        ks.cell(1, 1, "Scorecard measures").font = Font(name=font, bold=True, size=13)
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, color="FFFFFF")
            cl.fill = head_fill
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


# ---- HTML: the plan printed from a phone app's mobile view -------------------------------------


def _mobile(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    css = (
        "@page { size: 100mm 200mm; margin: 4mm; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; margin: 0; color: #111; }}"
        ".sb { display: flex; justify-content: space-between; font-size: 7pt; font-weight: 600;"
        " padding: 1mm 2mm; }"
        ".nav { display: flex; justify-content: space-between; align-items: center;"
        " padding: 1.5mm 2mm; border-bottom: 0.3mm solid #ddd; font-size: 8pt; }"
        ".nav b { font-size: 10pt; } .nav span { color: #0a66c2; }"
        "h1 { font-size: 15pt; margin: 3mm 2mm 0 2mm; } .sync { color: #888; font-size: 7pt;"
        " margin: 0.5mm 2mm 2mm 2mm; }"
        ".search { margin: 0 2mm 2mm 2mm; background: #eee; border-radius: 3mm; padding: 1.3mm 3mm;"
        " color: #999; }"
        ".chips { margin: 0 2mm 2mm 2mm; } .chips span { display: inline-block; border: 0.3mm"
        " solid #ccc; border-radius: 3mm; padding: 0.4mm 2.5mm; margin-right: 1mm; font-size: 7pt; }"
        ".chips .on { background: #111; color: #fff; border-color: #111; }"
        ".sec { background: #f2f2f7; padding: 2mm 2mm 1.2mm 2mm; break-after: avoid; }"
        ".sec .k { font-size: 7pt; color: #6d6d72; text-transform: uppercase; letter-spacing: 0.3mm;"
        " font-weight: 700; } .sec .t { font-size: 7.5pt; color: #333; margin-top: 0.5mm; }"
        ".cell { display: flex; padding: 2mm; border-bottom: 0.3mm solid #e5e5ea;"
        " break-inside: avoid; } .cell .main { flex: 1; }"
        ".cell .ref { font-size: 6.5pt; color: #8e8e93; } .cell .txt { font-weight: 600;"
        " margin: 0.3mm 0; } .cell .meta { font-size: 7pt; color: #555; }"
        ".cell .note { font-size: 7pt; color: #333; margin-top: 0.6mm; background: #fafafa;"
        " border-left: 0.6mm solid #ccc; padding-left: 1.5mm; }"
        ".cell .side { width: 17mm; text-align: right; } .pill { display: inline-block;"
        " border-radius: 2.5mm; padding: 0.3mm 1.8mm; font-size: 6.5pt; color: #fff;"
        " font-weight: 700; white-space: nowrap; } .chev { color: #c7c7cc; font-size: 11pt; }"
        ".kpi { padding: 2mm; border-bottom: 0.3mm solid #e5e5ea; break-inside: avoid; }"
        ".kpi .n { font-weight: 600; } .kpi .v { font-size: 7pt; color: #555; }"
        ".tabbar { display: flex; justify-content: space-around; border-top: 0.3mm solid #ccc;"
        " margin-top: 3mm; padding-top: 1.5mm; font-size: 6.5pt; color: #8e8e93; }"
        ".tabbar .on { color: #0a66c2; font-weight: 700; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width'><title>{escape(f['app'])}</title>"
        f"<style>{css}</style></head><body>",
        f"<div class='sb'><span>{f['clock']}</span><span>4G &nbsp; {f['battery']}%</span></div>",
        f"<div class='nav'><span>&lsaquo; Plans</span><b>{escape(f['app'])}</b><span>Share</span></div>",
        f"<h1>{escape(p.authority)} {escape(p.title)}</h1>",
        f"<div class='sync'>Last synced {escape(f['synced'])} &middot; {len(p.actions)} actions</div>",
        "<div class='search'>Search actions</div>",
        "<div class='chips'><span class='on'>All</span><span>Mine</span><span>Overdue</span>"
        "<span>Done</span></div>",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<div class='sec'><div class='k'>{escape(p.rec_label.format(n=num))}</div>"
                   f"<div class='t'>{escape(text)}</div></div>")  # fmt: skip
        for a in p.per_rec(num):
            out.append(_mobile_cell(a, h))
    if p.kpis:
        out.append("<div class='sec'><div class='k'>Measures</div></div>")
        for k in p.kpis:
            out.append(f"<div class='kpi'><div class='n'>{escape(k.indicator)}</div>"
                       f"<div class='v'>{escape(h['baseline'])}: {escape(k.baseline[0])} &middot; "
                       f"{escape(h['latest'])}: {escape(k.latest[0])} &middot; "
                       f"{escape(h['target'])}: {escape(k.target[0])}</div></div>")  # fmt: skip
    out.append("<div class='tabbar'><span>Home</span><span class='on'>Actions</span>"
               "<span>Updates</span><span>Profile</span></div>")  # fmt: skip
    out.append(
        f"<div class='sync' style='text-align:center'>Signed in as {escape(f['user'])}</div>"
    )
    out.append("</body></html>")
    return "".join(out)


def _mobile_cell(a: H8Action, h: dict[str, str]) -> str:
    note = (f"<div class='note'>{escape(h['progress'])}: {escape(a.progress)}</div>"
            if a.progress else "")  # fmt: skip
    return (
        f"<div class='cell'><div class='main'><div class='ref'>{escape(a.ref)}</div>"
        f"<div class='txt'>{escape(a.text)}</div>"
        f"<div class='meta'>{escape(h['owner'])}: {escape(a.owner)} &middot; "
        f"{escape(h['due'])}: {escape(a.due_raw)}</div>{note}</div>"
        f"<div class='side'><span class='pill' style='background:{RAG_HEX[a.rag]}'>"
        f"{escape(a.status or '')}</span><div class='chev'>&rsaquo;</div></div></div>"
    )
