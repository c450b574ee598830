"""Producers of the holdout30 split (BLIND: fixers never read this): a highlight report grouped
under status headings in ReportLab, an activity feed in HTML printed by Chromium, a Word plan
whose owners are keyed by ref under each table and an Excel action closure log with evidence
and sign-off columns, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built
by holdout30."""

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
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout30 import H30_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E7D32", "amber": "#C77700", "red": "#C62828", "blue": "#1F4E9A",
           None: "#7A7A7A"}  # fmt: skip
TINT = {"green": "C8E6C9", "amber": "FFE0B2", "red": "FFCDD2", "blue": "BBDEFB", None: "EEEEEE"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout30", html=_feed,
                reportlab=_sections, docx=_leads, xlsx=_closure)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a highlight report grouped under status headings --------------------------------


def _sections(p: H8Plan, folder: Path) -> Path:
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
    margin = 18 * mm
    width = size[0] - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    act = ParagraphStyle("a", parent=body, spaceAfter=0)
    meta = ParagraphStyle("m", fontName=base, fontSize=8.5, leading=11, textColor="#444444")
    big = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.8, leading=11)
    words = [w for w, _ in H30_STATUS["sections"]]
    order = [words[2], words[1], words[0], words[3], words[4]]
    if p.features["order"] == "best-first":
        order = [words[3], words[0], words[1], words[2], words[4]]
    rag_of = dict(H30_STATUS["sections"])
    story: list[Any] = [
        Paragraph(escape(p.title), big),
        Paragraph(f"{escape(p.authority)} Council &middot; Report to the Improvement Board &middot;"
                  f" {_long_date(p.issued)}", meta),
        Spacer(1, 4 * mm),
    ]  # fmt: skip
    counts = {w: sum(1 for a in p.actions if a.status == w) for w in order}
    summary = Table([[Paragraph(f"<b>{escape(w)}</b>", cell) for w in order],
                     [Paragraph(str(counts[w]), cell) for w in order]],
                    colWidths=[width / 5] * 5)  # fmt: skip
    sstyle = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
              ("ALIGN", (0, 0), (-1, -1), "CENTER")]  # fmt: skip
    for j, w in enumerate(order):
        sstyle.append(("LINEABOVE", (j, 0), (j, 0), 3, colors.HexColor(RAG_HEX[rag_of[w]])))
    summary.setStyle(TableStyle(sstyle))
    story += [Paragraph("<b>Summary of actions by status</b>", body), summary,
              Spacer(1, 5 * mm)]  # fmt: skip
    for w in order:
        group = [a for a in p.actions if a.status == w]
        if not group:
            continue
        col = colors.HexColor(RAG_HEX[rag_of[w]])
        head = Table([[Paragraph(f"<font color='{RAG_HEX[rag_of[w]]}'><b>{escape(w)}</b></font>"
                                 f" ({len(group)})", ParagraphStyle("h", parent=body,
                                                                    fontSize=12, leading=15))]],
                     colWidths=[width])  # fmt: skip
        head.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 2, col),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        first = True
        for a in group:
            inner: list[Any] = [
                Paragraph(f"<b>{escape(a.ref)}</b>&nbsp;&nbsp;{escape(a.text)} "
                          f"<b>[{escape(p.rec_label.format(n=a.recs[0]))}]</b>", act),
                Paragraph(f"{escape(h['owner'])}: {escape(a.owner)} &nbsp;&middot;&nbsp; "
                          f"{escape(h['due'])}: {escape(a.due_raw)}", meta),
            ]  # fmt: skip
            if a.progress:
                inner.append(Paragraph(f"{escape(h['progress'])}: {escape(a.progress)}", meta))
            inner.append(Spacer(1, 2.5 * mm))
            if first:
                story.append(KeepTogether([Spacer(1, 2 * mm), head, Spacer(1, 2 * mm), *inner]))
                first = False
            else:
                story.append(KeepTogether(inner))
    if p.kpis:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph("<b>Key measures</b>", body))
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS])
        kt = Table(krows, colWidths=[width * 0.52] + [width * 0.16] * 3, repeatRows=1)
        kt.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(kt)
    story += [Spacer(1, 6 * mm),
              Paragraph("<b>Annex: the inspection's recommendations</b>", body)]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(f"<b>{escape(p.rec_label.format(n=num))}</b>&nbsp;&nbsp;"
                               f"{escape(text)}", body))  # fmt: skip

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(margin, 10 * mm, f"Highlight report, {_long_date(p.issued)}")
        canv.drawRightString(size[0] - margin, 10 * mm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- Word: a table per recommendation, owners keyed by ref under it -----------------------------


def _leads(p: H8Plan, folder: Path) -> Path:
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
    sec.footer.paragraphs[0].text = f"{p.authority} Council - Children's Services"
    usable = (29.7 if p.landscape else 21.0) - 4.0
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"Progress to {_long_date(p.issued)}. For each recommendation the table sets out the "
        f"actions agreed; the {h['owners'].lower()} for each action are listed beneath the table."
    )
    prog = any(a.progress for a in p.actions)
    cols = ["ref", "action", "due", "rag"] + (["progress"] if prog else [])
    rel = {"ref": 1.9, "action": 7.0, "due": 2.6, "rag": 2.4, "progress": 5.5}
    tot = sum(rel[c] for c in cols)
    widths = [Cm(usable * rel[c] / tot) for c in cols]
    for num, text in p.recs:
        doc.add_heading(p.rec_label.format(n=num), 2)
        doc.add_paragraph(text).runs[0].italic = True
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
            _shade(t.cell(0, j), "DDDDDD")
        _repeat_header(t.rows[0])
        for r, a in enumerate(acts, start=1):
            vals = {"ref": a.ref, "action": a.text, "due": a.due_raw, "rag": a.status or "",
                    "progress": a.progress or ""}  # fmt: skip
            for j, cn in enumerate(cols):
                t.cell(r, j).paragraphs[0].add_run(vals[cn])
                if cn == "rag":
                    _shade(t.cell(r, j), TINT[a.rag])
            _keep_row(t.rows[r])
        by_owner: dict[str, list[str]] = {}
        for a in acts:
            by_owner.setdefault(a.owner, []).append(a.ref)
        para = doc.add_paragraph()
        para.add_run(f"{h['owners']}: ").bold = True
        para.add_run("; ".join(f"{o} ({', '.join(refs)})" for o, refs in by_owner.items()) + ".")
    if p.kpis:
        doc.add_heading("How we will know", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(usable - 3 * 2.8 if j == 0 else 2.8)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "DDDDDD")
        _repeat_header(t4.rows[0])
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an action closure log with evidence and sign-off columns ----------------------------


def _closure(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="D9D9D9")
    efill = PatternFill("solid", fgColor="EAF1DD")
    evidence: dict[str, tuple[str, str, str, str | None]] = p.features["evidence"]
    ws = wb.active
    ws.title = "Closure log"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    prog = any(a.progress for a in p.actions)
    cols: list[str] = ["ref", "rec", "action", "owner", "due", "rag", "evidence", "held",
                       "approver", "closed"] + (["progress"] if prog else [])  # fmt: skip
    widths = {"ref": 7.0, "rec": 12.0, "action": 50.0, "owner": 24.0, "due": 12.0, "rag": 15.0,
              "evidence": 30.0, "held": 10.0, "approver": 18.0, "closed": 12.0,
              "progress": 36.0}  # fmt: skip
    letters = "ABCDEFGHIJKLMNOP"
    last = letters[len(cols) - 1]
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}. An action is closed only when its "
            "evidence is held and its closure has been approved.").font = Font(
        name=font, italic=True, size=9)  # fmt: skip
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
        ws.row_dimensions[row].height = 26 if len(text) > 200 else 14
        row += 1
    row += 1
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, h[cn])
        c.font = Font(name=font, bold=True, size=9)
        c.fill = efill if cn in ("evidence", "held", "approver", "closed") else hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[row].height = 28
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    fmt = "MMM-YY" if p.features["date_form"] == "cell_monyy" else "DD/MM/YYYY"
    for a in p.actions:
        ev, held, approver, closed = evidence[a.ref]
        vals: dict[str, Any] = {
            "ref": a.ref, "rec": p.rec_label.format(n=a.recs[0]), "action": a.text,
            "owner": a.owner, "due": a.due_date, "rag": a.status or "", "evidence": ev,
            "held": held, "approver": approver or None,
            "closed": date.fromisoformat(closed) if closed else None,
            "progress": a.progress or "",
        }  # fmt: skip
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9, bold=cn == "rag")
            c.alignment = Alignment(
                wrap_text=True,
                vertical="top",
                horizontal="center" if cn in ("ref", "rec", "due", "held", "closed") else None,
            )
            if cn in ("due", "closed"):
                c.number_format = fmt
            c.border = box
        lines = max(ceil(len(a.text) / 40), ceil(len(a.progress or "") / 32),
                    ceil(len(a.owner) / 21), ceil(len(ev) / 27), 1)  # fmt: skip
        ws.row_dimensions[row].height = 12.5 * lines + 4
        row += 1
    ws.print_area = f"A1:{last}{row}"
    if p.kpis:
        wk = wb.create_sheet("KPIs")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
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


# ---- HTML: an activity feed, one post per action ------------------------------------------------

PILL = {"green": ("#DFF3E3", "#1B6B2F"), "amber": ("#FFF0D4", "#8A5A00"),
        "red": ("#FDE0E0", "#A51D1D"), "blue": ("#E0EAFB", "#1F4E9A"), None: ("#EEEEEE", "#555555")}  # fmt: skip


def _initials(name: str) -> str:
    parts = [w for w in name.replace("'", "").split() if w[:1].isalpha() and w[:1].isupper()]
    return "".join(w[0] for w in parts[:2]) or "?"


def _feed(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    posted: dict[str, str] = p.features["posted"]
    css = (
        "@page { size: A4; margin: 13mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #242424; margin: 0; }}"
        ".bar { background: #464775; color: white; padding: 6px 10px; font-size: 11pt; }"
        ".sub { color: #616161; font-size: 8pt; margin: 4px 0 10px 0; }"
        ".recs { border: 1px solid #E0E0E0; padding: 6px 10px; margin-bottom: 10px; }"
        ".recs p { margin: 3px 0; }"
        ".post { display: flex; border: 1px solid #E0E0E0; border-radius: 4px; padding: 8px;"
        " margin-bottom: 7px; break-inside: avoid; }"
        ".av { flex: 0 0 30px; width: 30px; height: 30px; border-radius: 50%; background: #C5CAE9;"
        " color: #283593; font-weight: bold; font-size: 8.5pt; text-align: center;"
        " line-height: 30px; margin-right: 9px; }"
        ".main { flex: 1; }"
        ".who { font-size: 8.3pt; color: #616161; }"
        ".who b { color: #242424; }"
        ".crumb { font-size: 7.8pt; color: #6264A7; margin: 2px 0; }"
        ".t { font-weight: bold; font-size: 9.6pt; margin: 2px 0; }"
        ".ref { color: #616161; font-weight: normal; }"
        ".pill { display: inline-block; border-radius: 9px; padding: 0 8px; font-size: 7.8pt;"
        " font-weight: bold; }"
        ".due { font-size: 8.2pt; margin-left: 8px; }"
        ".body { margin-top: 4px; font-size: 8.6pt; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th, td { border: 1px solid #E0E0E0; padding: 3px 6px; text-align: left;"
        " vertical-align: top; }"
        "th { background: #F5F5F5; }"
    )
    initials = p.features["avatars"] == "initials"
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='bar'>{escape(p.authority)} Children's Services &rsaquo; "
        f"{escape(p.title)}</div>",
        f"<div class='sub'>Printed {_long_date(p.issued)} &middot; {len(p.actions)} posts &middot;"
        " newest first</div>",
        "<div class='recs'><b>About this channel:</b> one post per action in the improvement "
        "plan, grouped by the inspection's recommendations:",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<p><b>{escape(p.rec_label.format(n=num))}</b> &ndash; {escape(text)}</p>")
    out.append("</div>")

    def key(a: H8Action) -> tuple[int, int, int]:
        d, m, y = posted[a.ref].split()
        return (int(y), list(calendar.month_abbr).index(m), int(d))

    for a in sorted(p.actions, key=key, reverse=True):
        bg, fg = PILL[a.rag]
        av = escape(_initials(a.owner)) if initials else ""
        out.append(f"<div class='post'><div class='av'>{av}</div><div class='main'>")
        out.append(f"<div class='who'><b>{escape(a.owner)}</b> ({escape(h['owner'].lower())}) "
                   f"posted on {escape(posted[a.ref])}</div>")  # fmt: skip
        out.append(f"<div class='crumb'>Improvement plan &rsaquo; "
                   f"{escape(p.rec_label.format(n=a.recs[0]))}</div>")  # fmt: skip
        out.append(f"<div class='t'>{escape(a.text)} <span class='ref'>({escape(a.ref)})</span>"
                   "</div>")  # fmt: skip
        out.append(f"<div>{escape(h['rag'])}: <span class='pill' style='background:{bg};"
                   f"color:{fg}'>{escape(a.status or '')}</span><span class='due'>"
                   f"{escape(h['due'])}: <b>{escape(a.due_raw)}</b></span></div>")  # fmt: skip
        if a.progress:
            out.append(f"<div class='body'>{escape(h['progress'])}: {escape(a.progress)}</div>")
        out.append("</div></div>")
    if p.kpis:
        out.append("<div class='recs'><b>Pinned tab: key measures</b><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table></div>")
    out.append("</body></html>")
    return "".join(out)
