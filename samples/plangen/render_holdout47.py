"""Producers of the holdout47 split (BLIND: fixers never read this): a register with an index of
leads in ReportLab; Outlook tasks printed in memo style in Word and a plan on a page with
recommendation column bands in Excel, both printed by LibreOffice; and a tube map in HTML printed
by Chromium; each drawn straight from a holdout8.H8Plan built by holdout47."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout47 import h47_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_FILL = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout47", html=_tube,
                reportlab=_index, docx=_outlook, xlsx=_bands)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _refkey(r: str) -> list[int]:
    return [int(x) for x in r.split(".")]


# ---- ReportLab: a register whose owners are in an index of leads --------------------------------


def _index(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
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
    txt = ParagraphStyle("t", fontName=base, fontSize=9.5, leading=12.5)
    act = ParagraphStyle("a", parent=txt, leftIndent=12 * mm, firstLineIndent=-12 * mm,
                         spaceBefore=3)  # fmt: skip
    upd = ParagraphStyle("u", parent=txt, leftIndent=12 * mm, fontSize=8.5, leading=11,
                         textColor=colors.HexColor("#444444"))  # fmt: skip
    meta = ParagraphStyle("m", parent=txt, fontSize=8.5, leading=11, textColor=colors.grey)
    title = ParagraphStyle("h", parent=txt, fontName=bold, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=txt, fontName=bold, fontSize=11.5, leading=15,
                        spaceBefore=8)  # fmt: skip
    idx = ParagraphStyle("i", parent=txt, fontSize=9, leading=11.5)
    story: list[Any] = [
        Paragraph(f"{_esc(p.authority)} Council | Children's Services", meta),
        Paragraph(_esc(p.title), title),
        Paragraph(
            f"Version {f['version']}, approved by the Improvement Board on "
            f"{_long(date.fromisoformat(f['approved_on']))}. Prepared by {_esc(f['prepared_by'])}"
            f", {date.fromisoformat(f['prepared_on']).strftime('%d.%m.%Y')}.",
            meta,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            "Actions are numbered by recommendation. The officer leading each action is listed "
            f"in the {_esc(h['owner'])} at the back of this register; the partners consulted on "
            "each action are listed in the Index of partners consulted.",
            txt,
        ),
    ]
    for num, text in p.recs:
        block: list[Any] = [Paragraph(_esc(p.rec_label.format(n=num)), h2),
                            Paragraph(f"<i>{_esc(text)}</i>", txt)]  # fmt: skip
        story.append(KeepTogether(block))
        for a in p.per_rec(num):
            line = (f"<b>{_esc(a.ref)}</b>&nbsp;&nbsp;&nbsp;{_esc(a.text)} &mdash; "
                    f"{_esc(h['due'])}: {_esc(a.due_raw)}. {_esc(h['rag'])}: "
                    f"<b>{_esc(a.status or '')}</b>.")  # fmt: skip
            parts: list[Any] = [Paragraph(line, act)]
            if a.progress:
                parts.append(Paragraph(f"<i>{_esc(h['progress'])}:</i> {_esc(a.progress)}", upd))
            story.append(KeepTogether(parts))
    if p.kpis:
        story += [Spacer(1, 4 * mm), Paragraph("How we will measure success", h2)]
        krows = [[Paragraph(f"<b>{_esc(h[c])}</b>", txt) for c in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, c)), txt) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[80 * mm, 30 * mm, 30 * mm, 30 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)

    def index_table(title_: str, entries: dict[str, list[str]]) -> list[Any]:
        rows = []
        for name in sorted(entries, key=lambda n: n.replace("Cllr ", "").lower()):
            refs = ", ".join(sorted(entries[name], key=_refkey))
            rows.append([Paragraph(_esc(name), idx), Paragraph(refs, idx)])
        t = Table(rows, colWidths=[80 * mm, 60 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.HexColor("#dddddd"))]))  # fmt: skip
        return [Paragraph(_esc(title_), h2), Spacer(1, 1 * mm), t]

    leads: dict[str, list[str]] = {}
    for a in p.actions:
        leads.setdefault(a.owner, []).append(a.ref)
    story.append(PageBreak())
    story += index_table(h["owner"], leads)
    story.append(Spacer(1, 6 * mm))
    story += index_table("Index of partners consulted", f["partners"])
    size = A4

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            18 * mm, 9 * mm, f"{p.authority} Council - improvement plan register v{f['version']}"
        )
        canv.drawRightString(size[0] - 18 * mm, 9 * mm, f"page {doc.page}")
        canv.restoreState()

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"{p.authority} - register of actions")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: Outlook tasks printed in memo style --------------------------------------------------


def _rule(par: Any, size: int) -> None:
    p_pr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), str(size))
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), "000000")
    bdr.append(bot)
    p_pr.append(bdr)


def _outlook(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    form = str(f["date_form"])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.9)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - printed from Outlook"
    first = [True]

    def item(rows: list[tuple[str, str]]) -> None:
        if not first[0]:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first[0] = False
        head = doc.add_paragraph()
        r = head.add_run(str(f["mailbox"]))
        r.bold = True
        r.font.size = Pt(14)
        _rule(head, 24)
        doc.add_paragraph()
        for label, value in rows:
            par = doc.add_paragraph()
            par.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
            par.paragraph_format.left_indent = Cm(4.0)
            par.paragraph_format.first_line_indent = Cm(-4.0)
            par.add_run(f"{label}:").bold = True
            par.add_run(f"\t{value}")
        _rule(doc.add_paragraph(), 6)
        doc.add_paragraph()

    recs_body = [(f"{h['action']}", "Ofsted recommendations (category list)"),
                 ("Categories", "Ofsted improvement")]  # fmt: skip
    item(recs_body)
    doc.add_paragraph("Each task in this folder is filed under the category of the Ofsted "
                      "recommendation it answers:")  # fmt: skip
    for num, text in p.recs:
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(4)
        par.add_run(f"{p.rec_label.format(n=num)}").bold = True
        par.add_run(f": {text}")
    for i, a in enumerate(p.actions):
        s_raw = h47_due(form, date.fromisoformat(f["starts"][i]))[0]
        rem = h47_due(form, date.fromisoformat(f["reminders"][i]))[0]
        status = a.status or "Not Started"
        pct = {"blue": 100}.get(a.rag or "", 0 if a.rag is None else f["percent"][i])
        rows = [(h["action"], f"{a.ref} {a.text}"), ("Start Date", s_raw),
                (h["due"], a.due_raw), (h["rag"], status), ("Percent Complete", f"{pct}%")]  # fmt: skip
        if a.rag == "blue":
            rows.append(("Date Completed", rem))
        rows += [("Priority", f["priority"][i]), (h["owner"], a.owner),
                 (h["rec"], f"{p.rec_label.format(n=a.recs[0])}; Ofsted improvement"),
                 ("Contacts", f["contacts"][i]), ("Reminder", f"{rem} 09:00")]  # fmt: skip
        item(rows)
        if a.progress:
            doc.add_paragraph(a.progress)
            doc.add_paragraph()
        doc.add_paragraph("Total Work: 0 hours    Actual Work: 0 hours").runs[0].italic = True
    if p.kpis:
        item([(h["action"], "Measures for the Improvement Board"),
              ("Categories", "Ofsted improvement")])  # fmt: skip
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "DDEBF7")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: recommendations as column bands -----------------------------------------------------


def _bands(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan on a page"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = (30, 16, 11, 10)
    sub = ("action", "owner", "due", "rag")
    n = len(p.recs)
    last_col = n * 5 - 1
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=14,
                                                                    bold=True)  # fmt: skip
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws.cell(2, 1, f"Prepared by {f['prepared_by']} on "
                  f"{date.fromisoformat(f['prepared_on']).strftime('%d/%m/%Y')} for the "
                  f"Improvement Board of {_long(date.fromisoformat(f['board']))}. Read each "
                  "recommendation's band downwards.").font = Font(name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)
    per = [p.per_rec(num) for num, _ in p.recs]
    depth = max(len(x) for x in per)
    prog = bool(f["progress"])
    for b, (num, text) in enumerate(p.recs):
        c0 = b * 5 + 1
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(c0 + j)].width = w
        if b < n - 1:
            ws.column_dimensions[get_column_letter(c0 + 4)].width = 2
        rc = ws.cell(4, c0, f"{p.rec_label.format(n=num)}: {text}")
        rc.font = Font(name=fname, size=10, bold=True, color="FFFFFF")
        rc.fill = PatternFill("solid", fgColor="1F4E79")
        rc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 3)
        for j, role in enumerate(sub):
            hc = ws.cell(5, c0 + j, h[role])
            hc.font = Font(name=fname, size=9, bold=True)
            hc.fill = PatternFill("solid", fgColor="D9E1F2")
            hc.border = box
        for k, a in enumerate(per[b]):
            r = 6 + k * (2 if prog else 1)
            vals = (f"{a.ref} {a.text}", a.owner, a.due_raw, a.status or "")
            for j, v in enumerate(vals):
                cell = ws.cell(r, c0 + j, v)
                cell.font = Font(name=fname, size=9)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = box
                cell.number_format = "@"
            if a.rag in RAG_FILL:
                ws.cell(r, c0 + 3).fill = PatternFill("solid", fgColor=RAG_FILL[a.rag])
            if prog and a.progress:
                pc = ws.cell(r + 1, c0, f"{h['progress']}: {a.progress}")
                pc.font = Font(name=fname, size=8, italic=True, color="444444")
                pc.alignment = Alignment(wrap_text=True, vertical="top")
                ws.merge_cells(start_row=r + 1, start_column=c0, end_row=r + 1,
                               end_column=c0 + 3)  # fmt: skip
    ws.row_dimensions[4].height = 12.5 * (max(len(t) for _, t in p.recs) // 55 + 2)
    for k in range(depth):
        r = 6 + k * (2 if prog else 1)
        longest = max((len(per[b][k].text) for b in range(n) if k < len(per[b])), default=10)
        ws.row_dimensions[r].height = 12.0 * (longest // 28 + 2)
        if prog:
            lp = max((len(per[b][k].progress or "") for b in range(n) if k < len(per[b])),
                     default=0)  # fmt: skip
            ws.row_dimensions[r + 1].height = 11.0 * (lp // 60 + 1) + 2
    ws.print_title_rows = "4:5"
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc = ks.cell(1, j, h[c_])
            kc.font = Font(name=fname, bold=True)
            kc.border = box
            if j > 1:
                ks.column_dimensions[kc.column_letter].width = 16
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = box
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a tube map ---------------------------------------------------------------------------


def _station(a: H8Action, h: dict[str, str]) -> str:
    ref = f"{_esc(h['ref'])} {_esc(a.ref)}"
    s = (f"<div class='lbl'><span class='ref'>{ref}</span><b>{_esc(a.text)}</b>"
         f"<br>{_esc(h['owner'])}: {_esc(a.owner)}<br>{_esc(h['due'])}: {_esc(a.due_raw)}"
         f"<br><span class='st s{a.rag or 'none'}'>{_esc(a.status or '')}</span>")  # fmt: skip
    if a.progress:
        s += f"<br><i>{_esc(h['progress'])}: {_esc(a.progress)}</i>"
    return s + "</div>"


def _tube(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    cols = f["colours"]
    parts = [f"<h1>{_esc(p.title)}</h1><p class='sub'>{_esc(p.authority)} Council Children's "
             f"Services. Map updated {_long(date.fromisoformat(f['updated']))} by "
             f"{_esc(f['by'])}. Each line is one of Ofsted's recommendations; each stop is an "
             "action on the way.</p>"]  # fmt: skip
    for i, (num, _text) in enumerate(p.recs):
        acts = p.per_rec(num)
        col = cols[i]
        top = "".join(f"<div class='cell'>{_station(a, h) if k % 2 == 0 else ''}</div>"
                      for k, a in enumerate(acts))  # fmt: skip
        bot = "".join(f"<div class='cell'>{_station(a, h) if k % 2 == 1 else ''}</div>"
                      for k, a in enumerate(acts))  # fmt: skip
        dots = "".join("<div class='cell'><span class='dot'></span></div>" for _ in acts)
        n = len(acts)
        grid = f"grid-template-columns: repeat({n}, 1fr);"
        parts.append(
            f"<div class='line'><div class='roundel' style='background:{col}'>"
            f"{_esc(p.rec_label.format(n=num))}</div><div class='map'>"
            f"<div class='row' style='{grid}'>{top}</div>"
            f"<div class='row track' style='{grid} --c:{col}'>{dots}</div>"
            f"<div class='row' style='{grid}'>{bot}</div></div></div>"
        )
    key = "".join(f"<li><span class='sw' style='background:{cols[i]}'></span><b>"
                  f"{_esc(p.rec_label.format(n=num))}</b> {_esc(text)}</li>"
                  for i, (num, text) in enumerate(p.recs))  # fmt: skip
    parts.append(f"<div class='key'><h2>Key to the lines</h2><ul>{key}</ul></div>")
    if p.kpis:
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        head = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        parts.append(f"<div class='key'><h2>How we will know we are getting there</h2>"
                     f"<table><tr>{head}</tr>{rows}</table></div>")  # fmt: skip
    css = (
        "@page { size: A4 landscape; margin: 10mm; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; color: #111; margin: 0; }}"
        "h1 { font-size: 20pt; margin: 0 0 1mm 0; color: #003688; } .sub { color: #555; }"
        ".line { display: flex; align-items: center; gap: 4mm; margin: 3mm 0 5mm 0;"
        " break-inside: avoid; }"
        ".roundel { width: 14mm; height: 14mm; border-radius: 50%; color: #fff; font-weight: 700;"
        " font-size: 12pt; display: flex; align-items: center; justify-content: center;"
        " flex: none; }"
        ".map { flex: 1; } .row { display: grid; column-gap: 3mm; }"
        ".row:first-child .cell { display: flex; align-items: flex-end; }"
        ".track { background: linear-gradient(var(--c), var(--c)) center / 100% 2.2mm no-repeat;"
        " height: 6mm; align-items: center; }"
        ".track .cell { display: flex; justify-content: center; align-items: center; }"
        ".dot { width: 4.5mm; height: 4.5mm; border-radius: 50%; background: #fff;"
        " border: 1mm solid #111; display: inline-block; }"
        ".lbl { text-align: center; padding: 1mm; } .ref { display: block; color: #666;"
        " font-size: 7.5pt; } .st { font-weight: 700; } .sgreen { color: #00782a; }"
        " .samber { color: #b36305; } .sred { color: #e32017; } .sblue { color: #003688; }"
        " .snone { color: #666; }"
        ".key { break-inside: avoid; margin-top: 4mm; } .key ul { list-style: none; padding: 0; }"
        " .key li { margin: 1mm 0; } .sw { display: inline-block; width: 10mm; height: 2.5mm;"
        " margin-right: 2mm; }"
        "h2 { font-size: 11pt; margin: 2mm 0; }"
        "table { border-collapse: collapse; } td, th { border: 0.3mm solid #999; padding: 1mm"
        " 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>" + "".join(parts) + "</body></html>"
    )
