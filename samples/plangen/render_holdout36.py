"""Producers of the holdout36 split (BLIND: fixers never read this): a plan released under a
Freedom of Information request in ReportLab, mail-merged letters to the leads in Word and a
tracker sorted by status with subtotal rows in Excel, both printed by LibreOffice, and a
side-by-side version comparison in HTML printed by Chromium; each drawn straight from a
holdout8.H8Plan built by holdout36."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout36 import REDACTED
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout36", html=_compare,
                reportlab=_foi, docx=_letters, xlsx=_subtotals)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: released under FOI, officers' names redacted --------------------------------


def _foi(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
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
    redacted: list[str] = f["redacted"]
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13, spaceAfter=7)
    cell = ParagraphStyle("c", fontName=base, fontSize=8, leading=9.8)
    cellw = ParagraphStyle("w", parent=cell, textColor=colors.white, fontName=bold)
    head = ParagraphStyle("h", parent=cell, fontName=bold)
    rec = ParagraphStyle("r", parent=cell, fontName=bold, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=13, leading=16, spaceAfter=8)
    received = date.fromisoformat(f["received"])
    sent = received + timedelta(days=19)
    as_at = date.fromisoformat(f["as_at"])
    foi_ref = f["foi_ref"]
    path = folder / f"{p.name}.pdf"
    W, H = A4

    def chrome(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(bold, 54)
        canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
        canv.translate(W / 2, H / 2)
        canv.rotate(45)
        canv.drawCentredString(0, 0, "RELEASED UNDER FOI")
        canv.restoreState()
        canv.saveState()
        canv.setFont(base, 8)
        canv.drawString(18 * mm, 10 * mm, f"{foi_ref} - Released {_long_date(sent)}")
        canv.drawRightString(W - 18 * mm, 10 * mm, f"Page {doc.page}")
        canv.setStrokeColor(colors.red)
        canv.setFillColor(colors.red)
        canv.rect(W - 62 * mm, H - 17 * mm, 44 * mm, 8 * mm, stroke=1, fill=0)
        canv.setFont(bold, 8)
        canv.drawCentredString(W - 40 * mm, H - 14.5 * mm, f"FOI RELEASE {foi_ref}")
        canv.restoreState()

    story: list[Any] = [
        Paragraph(f"{escape(p.authority)} Council - Information Governance Team", h1),
        Paragraph(f"Our reference: {foi_ref}<br/>Date: {_long_date(sent)}", body),
        Paragraph(f"Dear {escape(f['requester'])},", body),
        Paragraph(f"<b>Request for information</b> - received {_long_date(received)}", body),
        Paragraph("You asked for a copy of the council's current improvement plan for children's "
                  "services following the inspection, with the progress made against each "
                  "action. We hold this information and a copy is attached as Annex A.", body),
        Paragraph("Some information has been withheld. The names of officers below the level of "
                  f"head of service have been redacted under section 40(2) of the Freedom of "
                  f"Information Act 2000 (personal information); each redaction is marked "
                  f"{REDACTED}. Posts are shown where the lead is named by post.", body),
        Paragraph("If you are unhappy with this response you may ask for an internal review "
                  "within 40 working days, and then complain to the Information Commissioner.",
                  body),
        Paragraph(f"Yours sincerely,<br/>{escape(f['officer'])}<br/>Information Governance "
                  "Officer", body),
        PageBreak(),
        Paragraph(f"Annex A: {escape(p.title)} (as at {_long_date(as_at)})", h1),
    ]  # fmt: skip
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 12, "action": 62, "owner": 30, "due": 21, "rag": 20, "progress": 37}
    if not f["progress"]:
        widths["action"] = 99
    rows: list[list[Any]] = [[Paragraph(escape(h[c]), head) for c in cols]]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.82, 0.86, 0.93)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for num, text in p.recs:
        r = len(rows)
        rows.append([Paragraph(f"{escape(p.rec_label.format(n=num))} {escape(text)}", rec)]
                    + [""] * (len(cols) - 1))  # fmt: skip
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.Color(0.93, 0.93, 0.93))]  # fmt: skip
        for a in p.per_rec(num):
            r = len(rows)
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            row: list[Any] = []
            for c in cols:
                if c == "owner" and a.owner in redacted:
                    row.append(Paragraph(REDACTED, cellw))
                    style.append(("BACKGROUND", (cols.index(c), r), (cols.index(c), r),
                                  colors.black))  # fmt: skip
                else:
                    row.append(Paragraph(escape(vals[c]), cell))
            rows.append(row)
    t = Table(rows, colWidths=[widths[c] * mm for c in cols], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    if p.kpis:
        story += [Spacer(1, 8 * mm), Paragraph("Annex B: Performance measures", h1)]
        krows = [[Paragraph(escape(h[c]), head) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[82 * mm, 30 * mm, 30 * mm, 30 * mm], repeatRows=1)
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.82, 0.86, 0.93)),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)
    return path


# ---- Word: mail-merged letters, one per lead -----------------------------------------------------


def _letters(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    letter_date = date.fromisoformat(f["letter_date"])
    reply_by = date.fromisoformat(f["reply_by"])
    sec.footer.paragraphs[0].text = (f"{p.authority} Council, Children's Services, County Hall. "
                                     "Improvement Programme Office.")  # fmt: skip
    leads = [ld for ld in f["leads"] if any(a.owner == ld for a in p.actions)]
    for li, lead in enumerate(leads):
        lh = doc.add_paragraph()
        lh.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = lh.add_run(f"{p.authority} Council")
        r.bold = True
        r.font.size = Pt(14)
        lh.add_run("\nChildren's Services\nImprovement Programme Office\nCounty Hall")
        addr = doc.add_paragraph()
        addr.add_run(f"{lead}\nChildren's Services\n{p.authority} Council\nBy internal post")
        meta = doc.add_paragraph()
        initials = "".join(w[0] for w in lead.replace(",", "").split() if w[0].isupper())
        meta.add_run(f"Our ref: IP/{f['refcode']}/{initials}\nDate: {_long_date(letter_date)}")
        doc.add_paragraph(f"Dear {lead},")
        sub = doc.add_paragraph()
        sub.add_run(p.title).bold = True
        doc.add_paragraph(
            "Following the inspection, the Improvement Board has agreed the plan. You are the "
            "named lead for the actions listed below. Please check each one and let me know of "
            f"any change by {_long_date(reply_by)}, so that the board papers are correct."
        )
        for num, text in p.recs:
            mine = [a for a in p.per_rec(num) if a.owner == lead]
            if not mine:
                continue
            hp = doc.add_paragraph()
            hp.paragraph_format.keep_with_next = True
            hp.paragraph_format.space_before = Pt(6)
            hp.add_run(f"{p.rec_label.format(n=num)} {text}").bold = True
            for a in mine:
                pairs = [(f"Action {a.ref}", a.text), (h["due"], a.due_raw),
                         (h["rag"], a.status or "")]  # fmt: skip
                if a.progress:
                    pairs.append((h["progress"], a.progress))
                t = doc.add_table(rows=len(pairs), cols=2)
                t.autofit = False
                t.columns[0].width, t.columns[1].width = Cm(4.2), Cm(12.2)
                for i, (k, v) in enumerate(pairs):
                    _keep_row(t.rows[i])
                    for j, wd in enumerate((Cm(4.2), Cm(12.2))):
                        t.cell(i, j).width = wd
                    kp = t.cell(i, 0).paragraphs[0]
                    kp.add_run(k).bold = i == 0
                    kp.paragraph_format.keep_with_next = True
                    vp = t.cell(i, 1).paragraphs[0]
                    vp.add_run(v)
                    vp.paragraph_format.keep_with_next = i < len(pairs) - 1
                doc.add_paragraph().paragraph_format.space_after = Pt(0)
        if li == 0 and p.kpis:
            doc.add_paragraph(
                "For information, the measures the board will use to judge progress are:"
            ).paragraph_format.keep_with_next = True
            kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
            kt.style = doc.styles["Table Grid"]
            kt.autofit = False
            for j, wd in enumerate((Cm(8.4), Cm(2.7), Cm(2.7), Cm(2.6))):
                kt.columns[j].width = wd
                for kc in kt.columns[j].cells:
                    kc.width = wd
            for j, c in enumerate(KCOLS):
                kt.cell(0, j).paragraphs[0].add_run(h[c]).bold = True
            _keep_row(kt.rows[0])
            for i, kk in enumerate(p.kpis, start=1):
                _keep_row(kt.rows[i])
                for j, c in enumerate(KCOLS):
                    kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c))
            doc.add_paragraph()
        doc.add_paragraph("Thank you for your work on this.")
        doc.add_paragraph(f"Yours sincerely,\n\n\n{f['pmo']}\nImprovement Programme Manager")
        doc.add_paragraph(f"cc: {f['dcs']}, Director of Children's Services")
        if li < len(leads) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: sorted by status, subtotal rows ------------------------------------------------------


def _subtotals(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    ws = wb.active
    ws.title = f["sheet"]
    _xl_setup(ws, True)
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols = ["rec", "ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"rec": 8, "ref": 8, "action": 52, "owner": 26, "due": 12, "rag": 13,
              "progress": 40}  # fmt: skip
    letters = "ABCDEFGH"
    for j, c in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[c]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    filt = f["filtered_on"]
    note = (f"Sorted by {h['rag']}, with subtotals (Count) at each change in {h['rag']}. "
            + (f"Filter on {filt}: (all)." if filt != "none" else "No filter applied.")
            + f" Printed {p.issued.strftime('%d/%m/%Y')} by {f['printed_by']}.")  # fmt: skip
    ws.cell(2, 1, note).font = Font(name=font, italic=True, size=9)
    row = 4
    for j, c in enumerate(cols, start=1):
        cl = ws.cell(row, j, h[c])
        cl.font = Font(name=font, bold=True, size=10)
        cl.fill = PatternFill("solid", fgColor="D9E1F2")
        cl.border = box
        cl.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[row].height = 30
    ws.auto_filter.ref = f"A{row}:{letters[len(cols) - 1]}{row}"
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    order = ["Red", "Amber", "Green", "Not started", "Complete"]
    if f["order"] == "best-first":
        order = ["Complete", "Green", "Amber", "Red", "Not started"]
    fills = {"Red": "FFC7CE", "Amber": "FFEB9C", "Green": "C6EFCE", "Complete": "BDD7EE"}
    total = 0
    for s in order:
        group = [a for a in p.actions if (a.status or "") == s]
        if not group:
            continue
        for a in group:
            vals = {"rec": p.rec_label.format(n=a.recs[0]), "ref": a.ref, "action": a.text,
                    "owner": a.owner, "due": a.due_raw, "rag": a.status or "",
                    "progress": a.progress or ""}  # fmt: skip
            n_lines = 1
            for j, c in enumerate(cols, start=1):
                cl = ws.cell(row, j, vals[c])
                cl.font = Font(name=font, size=9)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                cl.border = box
                if c == "rag" and s in fills:
                    cl.fill = PatternFill("solid", fgColor=fills[s])
                n_lines = max(n_lines, ceil(len(vals[c]) / (widths[c] * 1.15)))
            ws.row_dimensions[row].height = 12 * n_lines + 3
            row += 1
        total += len(group)
        j_rag = cols.index("rag") + 1
        cl = ws.cell(row, j_rag, f"{s} Count")
        cl.font = Font(name=font, bold=True, size=9)
        cn = ws.cell(row, 2, len(group))  # the count added to the ref column, as Excel does
        cn.font = Font(name=font, bold=True, size=9)
        cn.alignment = Alignment(horizontal="left")
        row += 1
    j_rag = cols.index("rag") + 1
    ws.cell(row, j_rag, "Grand Count").font = Font(name=font, bold=True, size=9)
    cn = ws.cell(row, 2, total)
    cn.font = Font(name=font, bold=True, size=9)
    cn.alignment = Alignment(horizontal="left")
    ws.print_area = f"A1:{letters[len(cols) - 1]}{row}"
    rs = wb.create_sheet("Recommendations")
    _xl_setup(rs, True)
    rs.column_dimensions["A"].width = 17
    rs.column_dimensions["B"].width = 110
    rs.cell(1, 1, "Recommendation codes").font = Font(name=font, bold=True, size=12)
    rr = 3
    for j, text in enumerate((h["rec"], "Recommendation from the inspection report"), start=1):
        cl = rs.cell(rr, j, text)
        cl.font = Font(name=font, bold=True, size=10)
        cl.fill = PatternFill("solid", fgColor="D9E1F2")
        cl.border = box
    rr += 1
    for num, text in p.recs:
        rs.cell(rr, 1, p.rec_label.format(n=num)).font = Font(name=font, size=9)
        rs.cell(rr, 1).alignment = Alignment(vertical="top")
        c2 = rs.cell(rr, 2, text)
        c2.font = Font(name=font, size=9)
        c2.alignment = Alignment(wrap_text=True, vertical="top")
        rs.cell(rr, 1).border = box
        c2.border = box
        rs.row_dimensions[rr].height = 12 * max(1, ceil(len(text) / 120)) + 3
        rr += 1
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        for col, wd in zip("ABCD", (60, 16, 16, 16), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Measures").font = Font(name=font, bold=True, size=12)
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, size=10)
            cl.fill = PatternFill("solid", fgColor="D9E1F2")
            cl.border = box
        for i, k in enumerate(p.kpis, start=4):
            for j, c in enumerate(KCOLS, start=1):
                cl = ks.cell(i, j, _kpi_cell(k, c))
                cl.font = Font(name=font, size=9)
                cl.border = box
                cl.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a side-by-side version comparison -------------------------------------------------------


def _compare(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    changes: dict[str, dict[str, str]] = f["changes"]
    added: list[str] = f["added"]
    deleted: list[dict[str, str]] = f["deleted"]
    old_v = f["old_version"]
    new_v = f"{int(old_v.split('.')[0]) + 1}.0"
    old_date = date.fromisoformat(f["old_date"])
    n_changes = sum(len(c) for c in changes.values()) + len(added) + len(deleted)

    def side(a: H8Action, old: bool) -> str:
        ch = changes.get(a.ref, {})
        vals = {"owner": a.owner, "due": a.due_raw, "status": a.status or "",
                "progress": a.progress or ""}  # fmt: skip
        lines = [f"<div class='t'><b>{escape(a.ref)}</b> {escape(a.text)}</div>"]
        for key, label in (("owner", h["owner"]), ("due", h["due"]), ("status", h["rag"]),
                           ("progress", h["progress"])):  # fmt: skip
            v = ch.get(key, vals[key]) if old else vals[key]
            if not v:
                continue
            if key in ch:
                v_html = f"<del>{escape(v)}</del>" if old else f"<ins>{escape(v)}</ins>"
            else:
                v_html = escape(v)
            lines.append(f"<div>{escape(label)}: {v_html}</div>")
        return "".join(lines)

    css = (
        "@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }"
        f"body {{ font-family: {font}; font-size: 9pt; margin: 0; }}"
        ".bar { background: #37474F; color: #fff; padding: 6px 8px; font-size: 12pt; }"
        ".meta { margin: 6px 0 10px 0; color: #333; }"
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        "th, td { border: 1px solid #B0BEC5; padding: 4px 6px; vertical-align: top;"
        " text-align: left; }"
        "thead th { background: #ECEFF1; }"
        "tr { break-inside: avoid; }"
        "tr.rh { break-after: avoid; }"
        "td.rec { background: #F5F5F5; font-weight: bold; }"
        "del { color: #B71C1C; background: #FFEBEE; }"
        "ins { color: #1B5E20; background: #E8F5E9; text-decoration: underline; }"
        ".none { color: #9E9E9E; font-style: italic; }"
        ".gone { color: #B71C1C; text-decoration: line-through; }"
        ".t { margin-bottom: 2px; }"
        ".k td, .k th { font-size: 8.5pt; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='bar'>{escape(f['system'])} - {escape(p.title)}</div>",
        f"<div class='meta'>Comparing <b>Version {old_v}</b> ({_long_date(old_date)}, "
        f"{escape(f['old_author'])}) with <b>Version {new_v} - current</b> "
        f"({_long_date(p.issued)}, {escape(f['new_author'])}). {n_changes} changes. "
        "Deleted text is struck through on the left; inserted text is underlined on the right."
        "</div>",
        f"<table><thead><tr><th>Version {old_v}</th><th>Version {new_v} (current)</th></tr>"
        "</thead><tbody>",
    ]
    for num, text in p.recs:
        lab = escape(p.rec_label.format(n=num))
        out.append(f"<tr class='rh'><td class='rec'>{lab}: {escape(text)}</td>"
                   f"<td class='rec'>{lab}: {escape(text)}</td></tr>")  # fmt: skip
        for a in p.per_rec(num):
            left = ("<span class='none'>Not in this version</span>" if a.ref in added
                    else side(a, True))  # fmt: skip
            right = side(a, False)
            if a.ref in added:
                right = f"<ins>{right}</ins>"
            out.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
        for d in deleted:
            if d["ref"].split(".")[0] != num:
                continue
            left = (f"<div class='gone'><b>{escape(d['ref'])}</b> {escape(d['text'])}</div>"
                    f"<div class='gone'>{escape(h['owner'])}: {escape(d['owner'])}</div>"
                    f"<div class='gone'>{escape(h['due'])}: {escape(d['due'])}</div>"
                    f"<div class='gone'>{escape(h['rag'])}: {escape(d['status'])}</div>")  # fmt: skip
            out.append(f"<tr><td>{left}</td><td><span class='none'>Deleted in this version"
                       "</span></td></tr>")  # fmt: skip
    out.append("</tbody></table>")
    if p.kpis:
        out.append("<h3>Measures (unchanged)</h3><table class='k'><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "".join(out)
