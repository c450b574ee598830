"""Producers of the holdout41 split (BLIND: fixers never read this): a questions-and-answers
document in ReportLab; the plan as user stories in Word and an issue tracker export in Excel,
both printed by LibreOffice; and a wiki's meeting-notes page with a task list in HTML printed by
Chromium; each drawn straight from a holdout8.H8Plan built by holdout41."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen import content as C
from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout41 import GENERAL_QS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E8B3E", "amber": "#B86E00", "red": "#C0392B", "blue": "#2F6DB5",
           None: "#6A6A6A"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout41", html=_notes,
                reportlab=_faq, docx=_stories, xlsx=_issues)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


# ---- ReportLab: questions and answers ------------------------------------------------------------


def _faq(p: H8Plan, folder: Path) -> Path:
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
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    ital = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    plum = colors.Color(0.45, 0.12, 0.42)
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13.5, spaceAfter=4)
    q = ParagraphStyle("q", parent=body, fontName=bold, fontSize=11.5, leading=15,
                       textColor=plum, spaceBefore=9, spaceAfter=3)  # fmt: skip
    ans = ParagraphStyle("a", parent=body, leftIndent=6 * mm)
    act = ParagraphStyle("act", parent=body, fontName=bold, leftIndent=6 * mm, spaceBefore=5,
                         spaceAfter=2)  # fmt: skip
    fld = ParagraphStyle("f", parent=body, leftIndent=12 * mm, spaceAfter=1.5)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=19, leading=23,
                           textColor=plum, spaceAfter=6)  # fmt: skip
    path = folder / f"{p.name}.pdf"
    story: list[Any] = [
        Paragraph(_esc(p.title), title),
        Paragraph(
            f"{_esc(p.authority)} Children's Services. We have tried to answer the questions "
            "that staff, children, families and partners ask us most often about our "
            "improvement plan. Each of Ofsted's recommendations has its own questions, and the "
            "answers say what we are doing, who is leading it and when it will be done.",
            ParagraphStyle("i", parent=body, fontName=ital),
        ),
    ]
    nxt = date.fromisoformat(f["next_visit"])
    qno = 0
    topics = {t.recommendation: t.short for t in C.TOPICS}
    for i, (num, text) in enumerate(p.recs):
        qno += 1
        short = topics.get(text, "this")
        story.append(Paragraph(f"Q{qno}. What did Ofsted say about {_esc(short.lower())}?", q))
        story.append(Paragraph(f"Ofsted's {p.rec_label.format(n=num).lower()} was: "
                               f"\u201c{_esc(text)}\u201d", ans))  # fmt: skip
        qno += 1
        story.append(Paragraph(f"Q{qno}. What are we doing about it?", q))
        for a in p.per_rec(num):
            block = [Paragraph(f"{_esc(a.ref)}&nbsp;&nbsp;{_esc(a.text)}", act),
                     Paragraph(f"<b>{_esc(h['owner'])}</b> {_esc(a.owner)}", fld),
                     Paragraph(f"<b>{_esc(h['due'])}</b> {_esc(a.due_raw)}", fld),
                     Paragraph(f"<b>{_esc(h['rag'])}</b> <font color='{RAG_HEX[a.rag]}'>"
                               f"{_esc(a.status or '')}</font>", fld)]  # fmt: skip
            if a.progress:
                block.append(Paragraph(f"<b>{_esc(h['progress'])}</b> {_esc(a.progress)}", fld))
            story.append(KeepTogether(block))
        gq, ga = GENERAL_QS[f["general"][i]]
        qno += 1
        story.append(Paragraph(f"Q{qno}. {_esc(gq)}", q))
        story.append(Paragraph(_esc(ga.format(board=f["board"], person=f["chair"] if "chairs"
                                              in ga else f["contact"],
                                              when=_long_date(nxt))), ans))  # fmt: skip
    if p.kpis:
        qno += 1
        story.append(Paragraph(f"Q{qno}. How will we know things are getting better?", q))
        cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
        head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
        rows = [[Paragraph(_esc(h[c]), head) for c in KCOLS]]
        rows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        t = Table(rows, colWidths=[85 * mm, 28 * mm, 28 * mm, 35 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, plum),
                               ("BACKGROUND", (0, 0), (-1, 0), plum),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(Spacer(1, 3 * mm))
        story.append(t)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(f"Still have a question? Contact {_esc(f['contact'])}, Improvement "
                           f"Team, on {f['phone']}. Last updated {_long_date(p.issued)}.",
                           ParagraphStyle("e", parent=body, fontName=ital)))  # fmt: skip

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 8)
        canv.setFillColor(colors.Color(0.4, 0.4, 0.4))
        canv.drawString(18 * mm, 10 * mm, f"{p.authority} Children's Services - Questions and "
                        "answers")  # fmt: skip
        canv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"{p.authority} - {p.title}")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: user stories ---------------------------------------------------------------------------


def _shade(cell: Any, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _stories(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.header.paragraphs[0].text = f"{f['team']} - improvement backlog"
    sec.footer.paragraphs[0].text = f"Backlog refined {_long_date(p.issued)}"
    green = RGBColor(0x0B, 0x5C, 0x3B)
    tp = doc.add_paragraph()
    r = tp.add_run(p.title)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = green
    doc.add_paragraph(
        "Our improvement plan, written as user stories so that every action starts from the "
        "person it is for. Each Ofsted recommendation is an epic. Product lead: "
        f"{f['product_lead']}. Stories are sized in points and planned into two-week sprints."
    )
    for num, text in p.recs:
        hd = doc.add_paragraph()
        hd.paragraph_format.space_before = Pt(12)
        hd.paragraph_format.keep_with_next = True
        rr = hd.add_run(p.rec_label.format(n=num))
        rr.bold = True
        rr.font.size = Pt(13)
        rr.font.color.rgb = green
        rp = doc.add_paragraph()
        rp.paragraph_format.keep_with_next = True
        rp.add_run("Ofsted recommendation: ").italic = True
        rp.add_run(text)
        for a in p.per_rec(num):
            rows: list[tuple[str, str]] = [
                ("As a", f["roles"][a.ref]),
                (h["action"], a.text),
                ("So that", f["so_that"][a.ref]),
                ("Acceptance criteria", "\n".join(f"\u2022 {c}" for c in f["criteria"][a.ref])),
                (h["owner"], a.owner),
                (h["due"], a.due_raw),
                (h["rag"], a.status or ""),
            ]
            if a.progress:
                rows.append((h["progress"], a.progress))
            t = doc.add_table(rows=1 + len(rows), cols=2)
            t.style = doc.styles["Table Grid"]
            t.autofit = False
            for tr in t.rows:
                _keep_row(tr)
            for j, wd in enumerate((Cm(4.2), Cm(12.8))):
                t.columns[j].width = wd
                for c in t.columns[j].cells:
                    c.width = wd
            top = t.cell(0, 0).merge(t.cell(0, 1))
            _shade(top, "DCEFE4")
            tr_ = top.paragraphs[0]
            tr_.paragraph_format.keep_with_next = True
            tr_.add_run(f"Story {a.ref}").bold = True
            tr_.add_run(f"    Sprint {f['sprint'][a.ref]} \u00b7 {f['points'][a.ref]} points")
            for i, (lab, val) in enumerate(rows, start=1):
                lc = t.cell(i, 0)
                _shade(lc, "F2F2F2")
                lc.paragraphs[0].add_run(lab).bold = True
                vc = t.cell(i, 1)
                lines = val.split("\n")
                vc.paragraphs[0].text = lines[0]
                for ln in lines[1:]:
                    vc.add_paragraph(ln)
                if lab == h["rag"] and i == 7:
                    for run in vc.paragraphs[0].runs:
                        run.bold = True
                        run.font.color.rgb = RGBColor.from_string(RAG_HEX[a.rag][1:])
                for para in (*lc.paragraphs, *vc.paragraphs):
                    para.paragraph_format.keep_with_next = i < len(rows)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(14)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("Outcome measures")
        kr.bold = True
        kr.font.size = Pt(13)
        kr.font.color.rgb = green
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        kt.autofit = False
        for ktr in kt.rows:  # a measure's row is never split across pages
            _keep_row(ktr)
        for j, kwd in enumerate((8.5, 2.8, 2.8, 2.9)):
            kt.columns[j].width = Cm(kwd)
            for kc in kt.columns[j].cells:
                kc.width = Cm(kwd)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "DCEFE4")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an issue tracker export ------------------------------------------------------------


def _issues(p: H8Plan, folder: Path) -> Path:
    from openpyxl.utils import get_column_letter

    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Issues"
    _xl_setup(ws, True)
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddHeader.left.text = f"{p.authority} Council"
    cols = ["ref", "type", "action", "owner", "reporter", "rag", "due", "sprint", "points",
            "parent", "created"] + (["progress"] if p.features["progress"] else [])  # fmt: skip
    labels = {**h, "type": "Issue Type", "reporter": "Reporter", "sprint": "Sprint",
              "points": "Story Points", "parent": "Parent", "created": "Created"}  # fmt: skip
    widths = {"ref": 11, "type": 9, "action": 52, "owner": 24, "reporter": 20, "rag": 12,
              "due": 11, "sprint": 14, "points": 7, "parent": 10, "created": 11,
              "progress": 40}  # fmt: skip
    exported = p.issued
    ws.cell(1, 1, f"{p.title} ({len(p.actions) + len(p.recs)} issues)").font = Font(
        name=font, bold=True, size=12)  # fmt: skip
    ws.cell(2, 1, f"Project: {f['project']} | Exported by {f['exported_by']} on "
                  f"{_long_date(exported)} | Sorted by "
                  f"{'Key' if f['sort'] == 'key' else 'Status, then Key'}"
            ).font = Font(name=font, italic=True, size=9)  # fmt: skip
    for j, c in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(j)].width = widths[c]
        cl = ws.cell(4, j, labels[c])
        cl.font = Font(name=font, bold=True, size=9)
        cl.fill = PatternFill("solid", fgColor="DFE1E6")
        cl.border = grid
        cl.alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.row_dimensions[4].height = 26
    ws.print_title_rows = "4:4"
    fmt = "dd/mmm/yy" if f["date_form"] == "cell-jira" else "mmm yy"
    items: list[dict[str, Any]] = []
    for num, text in p.recs:
        items.append({"ref": f["epic_key"][num], "type": "Epic", "action": text, "owner": "",
                      "reporter": f["epic_reporter"], "rag": "", "due": None, "sprint": "",
                      "points": "", "parent": "", "created": p.start, "progress": "",
                      "order": 0})  # fmt: skip
    rank = {"To Do": 1, "On Track": 2, "At Risk": 3, "Blocked": 4, "Done": 5, "": 0}
    for a in p.actions:
        items.append({"ref": a.ref, "type": "Story", "action": a.text, "owner": a.owner,
                      "reporter": f["reporters"][a.ref], "rag": a.status or "",
                      "due": a.due_date, "sprint": f["sprints"][a.ref],
                      "points": f["points"][a.ref], "parent": f["epic_key"][a.recs[0]],
                      "created": date.fromisoformat(f["created"][a.ref]),
                      "progress": a.progress or "", "a": a})  # fmt: skip
    if f["sort"] == "key":
        items.sort(key=lambda it: int(str(it["ref"]).split("-")[1]))
    else:
        items.sort(key=lambda it: (rank[str(it["rag"])], int(str(it["ref"]).split("-")[1])))
    fills = {"green": "E3FCEF", "amber": "FFF0B3", "red": "FFEBE6", "blue": "DEEBFF",
             None: "F4F5F7"}  # fmt: skip
    row = 5
    for it in items:
        n_lines = 1
        for j, c in enumerate(cols, start=1):
            cl = ws.cell(row, j, it[c])
            cl.font = Font(name=font, size=9, bold=it["type"] == "Epic" and c == "action")
            cl.alignment = Alignment(wrap_text=True, vertical="top")
            cl.border = grid
            if c in ("due", "created"):
                cl.number_format = fmt if c == "due" else "dd/mm/yyyy"
                cl.alignment = Alignment(vertical="top", horizontal="left")
            elif c == "rag" and "a" in it:
                cl.fill = PatternFill("solid", fgColor=fills[it["a"].rag])
            elif c in ("action", "owner", "reporter", "progress", "sprint"):
                n_lines = max(n_lines, ceil(len(str(it[c])) / (widths[c] * 1.1)))
        ws.row_dimensions[row].height = 12 * n_lines + 3
        row += 1
    if p.kpis:
        ks = wb.create_sheet("Metrics")
        _xl_setup(ks, True)
        for col, wd in zip("ABCD", (62, 18, 16, 16), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Dashboard gadget: improvement metrics").font = Font(name=font, bold=True,
                                                                          size=12)  # fmt: skip
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, size=10)
            cl.fill = PatternFill("solid", fgColor="DFE1E6")
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


# ---- HTML: a wiki meeting-notes page ----------------------------------------------------------


def _notes(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    css = (
        "@page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm; }"
        f"body {{ font-family: {font}; font-size: 10pt; margin: 0; color: #172b4d; }}"
        ".crumbs { font-size: 8pt; color: #6b778c; margin-bottom: 6px; }"
        "h1 { font-size: 18pt; margin: 0 0 4px 0; }"
        ".byline { font-size: 8.5pt; color: #6b778c; margin-bottom: 12px; }"
        "h2 { font-size: 13pt; margin: 16px 0 6px 0; border-bottom: 1px solid #dfe1e6; }"
        "h3 { font-size: 10.5pt; margin: 12px 0 4px 0; }"
        ".men { background: #e9f2ff; color: #0052cc; border-radius: 10px; padding: 0 5px; }"
        ".loz { display: inline-block; border-radius: 3px; padding: 0 4px; font-size: 8pt;"
        " font-weight: bold; border: 1px solid; }"
        ".date { background: #f4f5f7; color: #42526e; border-radius: 3px; padding: 0 4px;"
        " font-size: 8.5pt; }"
        "table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #dfe1e6;"
        " padding: 4px 6px; text-align: left; vertical-align: top; font-size: 9pt; }"
        "th { background: #f4f5f7; }"
        "ul.tasks { list-style: none; padding-left: 4px; margin: 4px 0; }"
        "ul.tasks li { margin: 5px 0; break-inside: avoid; }"
        ".box { display: inline-block; width: 10px; height: 10px; border: 1.5px solid #6b778c;"
        " border-radius: 2px; margin-right: 6px; vertical-align: -1px; }"
        ".box.done { background: #0052cc; border-color: #0052cc; }"
        ".upd { margin: 2px 0 0 22px; font-size: 9pt; color: #42526e; }"
    )
    meeting = date.fromisoformat(f["meeting"])
    edited = date.fromisoformat(f["edited"])
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='crumbs'>Children's Services / Improvement Programme / {escape(f['board'])}"
        "</div>",
        f"<h1>{_long_date(meeting)} {escape(p.title)}</h1>",
        f"<div class='byline'>Created by <span class='men'>@{escape(f['editor'])}</span>, last "
        f"updated {_long_date(edited)} &middot; {escape(p.authority)} Council</div>",
        "<h2>Date</h2>",
        f"<p><span class='date'>{meeting.strftime('%d %b %Y')}</span></p>",
        "<h2>Attendees</h2><ul>",
    ]  # fmt: skip
    for o in f["attendees"]:
        out.append(f"<li><span class='men'>@{escape(o)}</span></li>")
    out.append("</ul><p>Apologies: " + ", ".join(escape(o) for o in f["apologies"]) + "</p>")
    out.append("<h2>Discussion items</h2><table><tr><th>Item</th><th>Who</th><th>Notes</th></tr>")
    for topic, note, who in f["discussion"]:
        out.append(f"<tr><td>{escape(topic)}</td><td><span class='men'>@{escape(who)}</span></td>"
                   f"<td>{escape(note)}</td></tr>")  # fmt: skip
    out.append("</table>")
    out.append("<h2>Action items</h2><p>Actions from the Ofsted improvement plan, reviewed at "
               "this meeting, under the recommendation each answers.</p>")  # fmt: skip
    for num, text in p.recs:
        out.append(
            f"<h3>{escape(p.rec_label.format(n=num))}: {escape(text)}</h3><ul class='tasks'>"
        )
        for a in p.per_rec(num):
            out.append(_task(p, a))
        out.append("</ul>")
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
    out.append("</body></html>")
    return "".join(out)


def _task(p: H8Plan, a: H8Action) -> str:
    h = p.headers
    col = RAG_HEX[a.rag]
    box = "box done" if a.rag == "blue" else "box"
    upd = ""
    if a.progress:
        upd = f"<div class='upd'>{escape(h['progress'])} {escape(a.progress)}</div>"
    return (
        f"<li><span class='{box}'></span>{escape(a.ref)} {escape(a.text)} "
        f"<span class='men'>@{escape(a.owner)}</span> "
        f"<span class='date'>{escape(a.due_raw)}</span> "
        f"<span class='loz' style='color:{col};border-color:{col}'>{escape(a.status or '')}"
        f"</span>{upd}</li>"
    )
