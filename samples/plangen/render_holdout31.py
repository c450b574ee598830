"""Producers of the holdout31 split (BLIND: fixers never read this): an internal audit follow-up
report in ReportLab, a team-wiki page in HTML printed by Chromium, a multi-agency partnership plan
in Word and a status-coded Excel tracker, both printed by LibreOffice; each drawn straight from a
holdout8.H8Plan built by holdout31."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout31 import CODE_KEY
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
PRIORITY_HEX = {"High": "#C62828", "Medium": "#C77700", "Low": "#2E7D32"}
TINT = {"green": "C8E6C9", "amber": "FFE0B2", "red": "FFCDD2", "blue": "BBDEFB", None: "EEEEEE"}
CODE_FILL = {"1": "9DC3E6", "2": "A9D08E", "3": "FFD966", "4": "F4B084", "5": "D9D9D9"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout31", html=_wiki,
                reportlab=_audit, docx=_partnership, xlsx=_coded)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: an internal audit follow-up report, one boxed record per action -----------------


def _audit(p: H8Plan, folder: Path) -> Path:
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
    margin = 20 * mm
    width = size[0] - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    meta = ParagraphStyle("m", fontName=base, fontSize=8.5, leading=11, textColor="#444444")
    big = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=6,
                        spaceAfter=3, textColor="#1F3864")  # fmt: skip
    cell = ParagraphStyle("c", fontName=base, fontSize=8.8, leading=11)
    lab = ParagraphStyle("l", fontName=bold, fontSize=8.5, leading=11)
    extra: dict[str, tuple[str, str]] = p.features["extra"]
    story: list[Any] = [
        Paragraph(escape(p.title), big),
        Paragraph(f"{escape(p.authority)} Council &middot; Internal Audit Service &middot; "
                  f"Follow-up review issued {_long_date(p.issued)}", meta),
        Spacer(1, 3 * mm),
        Paragraph("This report follows up the management actions agreed in response to the "
                  "original audit. Each finding is set out below with the actions agreed, the "
                  f"priority given to each by Internal Audit and its status at follow-up. "
                  f"Overall assurance opinion: <b>{p.features['assurance']}</b>.", body),
        Spacer(1, 3 * mm),
    ]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(f"{escape(p.rec_label.format(n=num))}", h2))
        story.append(Paragraph(escape(text), body))
        for a in p.per_rec(num):
            prio = extra[a.ref][0]
            rows = [
                [Paragraph(f"<b>{escape(h['ref'])} {escape(a.ref)}</b>", cell),
                 Paragraph(f"<b>{escape(h['priority'])}:</b> <font color='{PRIORITY_HEX[prio]}'>"
                           f"<b>{prio}</b></font>", cell)],
                [Paragraph(escape(h["action"]), lab), Paragraph(escape(a.text), cell)],
                [Paragraph(escape(h["owner"]), lab), Paragraph(escape(a.owner), cell)],
                [Paragraph(escape(h["due"]), lab), Paragraph(escape(a.due_raw), cell)],
                [Paragraph(escape(h["rag"]), lab), Paragraph(escape(a.status or ""), cell)],
            ]  # fmt: skip
            if a.progress:
                rows.append([Paragraph(escape(h["progress"]), lab),
                             Paragraph(escape(a.progress), cell)])  # fmt: skip
            t = Table(rows, colWidths=[width * 0.27, width * 0.73])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F3864")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1F3864")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF5")),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#F7F7F7")),
                ("LINEBEFORE", (1, 0), (1, 0), 4, colors.HexColor(PRIORITY_HEX[prio])),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            story.append(KeepTogether([t, Spacer(1, 3 * mm)]))
    if p.kpis:
        story.append(Paragraph("Performance measures reviewed", h2))
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS])
        kt = Table(krows, colWidths=[width * 0.52] + [width * 0.16] * 3, repeatRows=1)
        kt.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(kt)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(margin, 10 * mm, "Internal Audit - OFFICIAL")
        canv.drawRightString(size[0] - margin, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- Word: a multi-agency partnership plan with lead agency and partners columns ---------------


def _partnership(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    extra: dict[str, tuple[str, str]] = p.features["extra"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(1.8))
    sec.footer.paragraphs[0].text = f"{p.authority} Safeguarding Children Partnership"
    usable = 29.7 - 3.6
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"Agreed by the partnership's statutory safeguarding partners. Position at "
        f"{_long_date(p.issued)}. Each action has a lead agency and a named lead officer "
        "accountable to the partnership's executive group."
    )
    prog = any(a.progress for a in p.actions)
    cols = ["ref", "action", "agency", "owner", "partners", "due", "rag"]
    cols += ["progress"] if prog else []
    rel = {"ref": 1.5, "action": 6.0, "agency": 2.8, "owner": 3.2, "partners": 3.0,
           "due": 2.3, "rag": 2.0, "progress": 5.0}  # fmt: skip
    tot = sum(rel[c] for c in cols)
    widths = [Cm(usable * rel[c] / tot) for c in cols]
    for num, text in p.recs:
        doc.add_heading(f"{p.rec_label.format(n=num)}: {text}", 2)
        acts = p.per_rec(num)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = wd
            for cl in t.columns[j].cells:
                cl.width = wd
        for j, cn in enumerate(cols):
            t.cell(0, j).paragraphs[0].add_run(h[cn]).bold = True
            _shade(t.cell(0, j), "D9E2F3")
        _repeat_header(t.rows[0])
        for r, a in enumerate(acts, start=1):
            agency, partners = extra[a.ref]
            vals = {"ref": a.ref, "action": a.text, "agency": agency, "owner": a.owner,
                    "partners": partners, "due": a.due_raw, "rag": a.status or "",
                    "progress": a.progress or ""}  # fmt: skip
            for j, cn in enumerate(cols):
                t.cell(r, j).paragraphs[0].add_run(vals[cn])
                if cn == "rag":
                    _shade(t.cell(r, j), TINT[a.rag])
            _keep_row(t.rows[r])
        doc.add_paragraph()
    if p.kpis:
        doc.add_heading("Partnership performance measures", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(usable - 3 * 3.0 if j == 0 else 3.0)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "D9E2F3")
        _repeat_header(t4.rows[0])
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker whose status is a numeric code with a key --------------------------------


def _coded(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="D9D9D9")
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    prog = any(a.progress for a in p.actions)
    cols: list[str] = ["ref", "rec", "action", "owner", "due", "rag"]
    cols += ["progress"] if prog else []
    widths = {"ref": 6.0, "rec": 9.0, "action": 54.0, "owner": 26.0, "due": 16.0, "rag": 9.0,
              "progress": 44.0}  # fmt: skip
    letters = "ABCDEFGH"
    last = letters[len(cols) - 1]
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Updated {_long_date(p.issued)}").font = Font(name=font, italic=True, size=9)
    row = 4
    ws.cell(row, 1, "Recommendations").font = Font(name=font, bold=True, size=10)
    row += 1
    for num, text in p.recs:
        c = ws.cell(row, 1, p.rec_label.format(n=num))
        c.font = Font(name=font, bold=True, size=9)
        c.alignment = Alignment(vertical="top")
        ws.merge_cells(f"B{row}:{last}{row}")
        tx = ws.cell(row, 2, text)
        tx.font = Font(name=font, size=9)
        tx.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 26 if len(text) > 190 else 14
        row += 1
    row += 1
    ws.cell(row, 1, f"Key to {h['rag'].lower()} codes").font = Font(name=font, bold=True, size=9)
    row += 1
    for code, meaning in CODE_KEY:
        kc = ws.cell(row, 2, int(code))
        kc.fill = PatternFill("solid", fgColor=CODE_FILL[code])
        kc.alignment = Alignment(horizontal="center")
        kc.font = Font(name=font, bold=True, size=9)
        kc.border = box
        ws.cell(row, 3, meaning).font = Font(name=font, size=9)
        row += 1
    row += 1
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, h[cn])
        c.font = Font(name=font, bold=True, size=9)
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[row].height = 28
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    fmt = "D MMMM YYYY" if p.features["date_form"] == "cell_long" else "DD/MM/YY"
    for a in p.actions:
        vals: dict[str, Any] = {
            "ref": a.ref, "rec": p.rec_label.format(n=a.recs[0]), "action": a.text,
            "owner": a.owner, "due": a.due_date, "rag": int(a.status or "5"),
            "progress": a.progress or "",
        }  # fmt: skip
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9, bold=cn == "rag")
            c.alignment = Alignment(
                wrap_text=True, vertical="top",
                horizontal="center" if cn in ("ref", "rec", "due", "rag") else None,
            )  # fmt: skip
            if cn == "ref":
                c.number_format = "@"
            if cn == "due":
                c.number_format = fmt
            if cn == "rag":
                c.fill = PatternFill("solid", fgColor=CODE_FILL[a.status or "5"])
            c.border = box
        lines = max(ceil(len(a.text) / 52), ceil(len(a.progress or "") / 42),
                    ceil(len(a.owner) / 25), 1)  # fmt: skip
        ws.row_dimensions[row].height = 12.5 * lines + 4
        row += 1
    ws.print_area = f"A1:{last}{row}"
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Performance measures").font = Font(name=font, bold=True, size=12)
        for jj, (cn, width) in enumerate(zip(KCOLS, (56, 16, 16, 16), strict=True), start=1):
            wk.column_dimensions["ABCD"[jj - 1]].width = width
            cc = wk.cell(3, jj, h[cn])
            cc.font = Font(name=font, bold=True, size=9)
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


# ---- HTML: a team-wiki page, one heading and properties table per action -----------------------

LOZENGE = {"green": ("#DEEBFF", "#0747A6"), "amber": ("#FFF0B3", "#172B4D"),
           "red": ("#FFEBE6", "#BF2600"), "blue": ("#E3FCEF", "#006644"),
           None: ("#DFE1E6", "#42526E")}  # fmt: skip


def _wiki(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    extra: dict[str, tuple[str, str]] = p.features["extra"]
    css = (
        "@page { size: A4; margin: 14mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 9.2pt; color: #172B4D; margin: 0; }}"
        ".crumbs { color: #6B778C; font-size: 8pt; }"
        "h1 { font-size: 17pt; margin: 4px 0 2px 0; }"
        ".byline { color: #6B778C; font-size: 8pt; margin-bottom: 10px; }"
        "h2 { font-size: 12.5pt; border-bottom: 1px solid #DFE1E6; padding-bottom: 2px;"
        " margin: 14px 0 4px 0; }"
        ".panel { background: #DEEBFF; border-left: 4px solid #0052CC; padding: 5px 9px;"
        " margin: 4px 0 8px 0; }"
        ".act { break-inside: avoid; margin: 8px 0 10px 0; }"
        "h3 { font-size: 10.2pt; margin: 0 0 2px 0; }"
        ".edit { color: #6B778C; font-size: 7.6pt; margin-bottom: 3px; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th, td { border: 1px solid #C1C7D0; padding: 3px 7px; text-align: left;"
        " vertical-align: top; }"
        "th { background: #F4F5F7; width: 26%; font-weight: bold; }"
        ".kp th { width: auto; }"
        ".chip { background: #EBECF0; border-radius: 10px; padding: 0 7px; }"
        ".loz { border-radius: 3px; padding: 0 4px; font-size: 7.8pt; font-weight: bold; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='crumbs'>Spaces / {escape(p.authority)} Children's Services / "
        "Improvement programme</div>",
        f"<h1>{escape(p.title)}</h1>",
        f"<div class='byline'>Owned by Improvement Programme Office &middot; "
        f"{len(p.actions)} actions &middot; exported {_long_date(p.issued)}</div>",
        "<div class='panel'>This page tracks the actions agreed in response to the inspection."
        " Each action has a properties table; please keep the status and update current.</div>",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<h2>{escape(p.rec_label.format(n=num))}</h2><p>{escape(text)}</p>")
        for a in p.per_rec(num):
            editor, when = extra[a.ref]
            bg, fg = LOZENGE[a.rag]
            out.append(f"<div class='act'><h3>{escape(a.ref)} {escape(a.text)}</h3>")
            out.append(f"<div class='edit'>Last edited by {escape(editor)} on {escape(when)}"
                       "</div><table>")  # fmt: skip
            out.append(f"<tr><th>{escape(h['owner'])}</th><td><span class='chip'>"
                       f"{escape(a.owner)}</span></td></tr>")  # fmt: skip
            out.append(f"<tr><th>{escape(h['due'])}</th><td>{escape(a.due_raw)}</td></tr>")
            out.append(f"<tr><th>{escape(h['rag'])}</th><td><span class='loz' style='"
                       f"background:{bg};color:{fg}'>{escape(a.status or '')}</span></td></tr>")  # fmt: skip
            out.append("<tr><th>Recommendation</th><td>"
                       f"{escape(p.rec_label.format(n=a.recs[0]))}</td></tr>")  # fmt: skip
            if a.progress:
                out.append(f"<tr><th>{escape(h['progress'])}</th><td>{escape(a.progress)}"
                           "</td></tr>")  # fmt: skip
            out.append("</table></div>")
    if p.kpis:
        out.append("<h2>Measures</h2><table class='kp'><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "".join(out)
