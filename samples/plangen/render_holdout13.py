"""Producers of the holdout13 split (BLIND: fixers never read this): a SEND written statement of
action with quoted callouts in ReportLab, an intranet page of priority tabs in HTML printed by
Chromium, an improvement board highlight report in Word and an update-per-row action log in
Excel, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout13."""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout13 import H13_STATUS, TINT13
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

GREY = "#868E96"
PALE = {
    "green": "#E3F5E6",
    "amber": "#FFF1D6",
    "red": "#FCE4E4",
    "blue": "#E1EDFA",
    None: "#F1F3F5",
}
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout13", html=_tabs,
                reportlab=_wsoa, docx=_highlight, xlsx=_log)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _rag_of(layout: str, word: str) -> str | None:
    return dict(H13_STATUS[layout]).get(word)


# ---- ReportLab: a SEND written statement of action ----------------------------------------------


def _wsoa(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
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
    ital = "Helvetica-Oblique" if p.font == "sans" else "Times-Italic"
    size = landscape(A4) if p.landscape else A4
    W = size[0]
    pdf = folder / f"{p.name}.pdf"
    body = ParagraphStyle("b", fontName=base, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    headst = ParagraphStyle("h", parent=body, fontName=bold, textColor=colors.white)
    quote = ParagraphStyle("q", parent=body, fontName=ital, fontSize=9.5, leading=12.5)
    qlab = ParagraphStyle("ql", parent=body, fontName=bold, fontSize=10, leading=13,
                          textColor=colors.HexColor("#5F3DC4"))  # fmt: skip
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11, leading=14)
    avail = W - 24 * mm
    story: list[object] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Version agreed {escape(_long_date(p.issued))}. This statement sets out how the "
            "local area partnership will tackle each area of weakness found at the joint "
            "inspection, the outcome we want for children and young people, and the evidence "
            "that will show the impact.",
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    extras = p.features["extras"]
    outcomes = p.features["outcomes"]
    fr = [0.20, 0.32, 0.19, 0.17, 0.12]
    cols = ["Outcome sought", h["action"], "Lead and timescale", "Evidence of impact", h["rag"]]
    for i, (num, text) in enumerate(p.recs):
        box = Table(
            [[Paragraph(escape(_label(p, num)), qlab)],
             [Paragraph(f"\u201c{escape(text)}\u201d", quote)]],
            colWidths=[avail],
        )  # fmt: skip
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EFEBFA")),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#5F3DC4")),
            ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ]))  # fmt: skip
        rows: list[list[object]] = [[Paragraph(escape(c), headst) for c in cols]]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#868E96")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3B3F5C")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        mine = p.per_rec(num)
        for r, a in enumerate(mine, start=1):
            ev = str(extras[p.actions.index(a)])
            who = (f"<font name='{bold}'>Lead:</font> {escape(a.owner)}<br/>"
                   f"<font name='{bold}'>By:</font> {escape(a.due_raw)}")  # fmt: skip
            rows.append([
                Paragraph(escape(outcomes[i]), small) if r == 1 else "",
                Paragraph(f"<font name='{bold}'>{escape(a.ref)}</font> {escape(a.text)}", body),
                Paragraph(who, body),
                Paragraph(escape(ev), small),
                Paragraph(escape(a.status or ""), body),
            ])  # fmt: skip
            style.append(("BACKGROUND", (4, r), (4, r), colors.HexColor(PALE[a.rag])))
        # the outcome cell runs down the group: no rule inside it
        style.append(("LINEBELOW", (0, 1), (0, len(mine) - 1), 0.5, colors.HexColor("#FFFFFF")))
        style.append(("LINEBEFORE", (0, 1), (0, -1), 0.5, colors.HexColor("#868E96")))
        table = Table(rows, colWidths=[f * avail for f in fr], repeatRows=1)
        table.setStyle(TableStyle(style))
        story.append(KeepTogether([box, Spacer(1, 2 * mm), table]))
        story.append(Spacer(1, 6 * mm))
    if p.kpis:
        krows = [[Paragraph(escape(h[c]), headst) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), body) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[0.55 * avail, 0.15 * avail, 0.15 * avail, 0.15 * avail])
        kt.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#868E96")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3B3F5C")),
        ]))  # fmt: skip
        story.append(KeepTogether([
            Paragraph("How we will know we have made a difference", h2), Spacer(1, 2 * mm), kt,
        ]))  # fmt: skip

    def foot(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(base, 7.5)
        canvas.drawString(12 * mm, 8 * mm, f"{p.authority} SEND Written Statement of Action")
        canvas.drawRightString(W - 12 * mm, 8 * mm, f"Page {doc.page}")

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return pdf


# ---- HTML: an intranet page of priority tabs ---------------------------------------------------


def _tabs(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#1864AB", "#087F5B", "#862E9C", "#C2255C"))
    css = f"""
@page {{ size: A4; margin: 12mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9.5pt; color: #212529; margin: 0; }}
.site {{ background: {accent}; color: #fff; padding: 3mm 4mm; font-weight: bold; }}
.crumbs {{ font-size: 8pt; color: #666; margin: 2mm 0 3mm; }}
h1 {{ font-size: 17pt; margin: 0 0 2mm; }}
.tabs {{ display: flex; flex-wrap: wrap; border-bottom: 1.5pt solid {accent}; margin: 3mm 0; }}
.tabs span {{ border: 0.8pt solid #ced4da; border-bottom: none; border-radius: 2mm 2mm 0 0;
              padding: 1.2mm 3mm; margin-right: 1mm; font-size: 8.5pt; background: #f1f3f5; }}
.tabs span.on {{ background: {accent}; color: #fff; border-color: {accent}; }}
section {{ margin-top: 5mm; }}
section h2 {{ font-size: 12pt; color: {accent}; margin: 0 0 1mm; break-after: avoid; }}
section p.rec {{ margin: 0 0 2mm; break-after: avoid; break-inside: avoid; }}
ul.check {{ list-style: none; padding: 0; margin: 0; }}
ul.check li {{ padding: 1.6mm 0 1.6mm 7mm; border-bottom: 0.5pt dotted #adb5bd; position: relative;
              break-inside: avoid; }}
ul.check li:before {{ content: '\\2610'; position: absolute; left: 0; top: 1.2mm;
                     font-size: 11pt; color: {accent}; }}
.by {{ display: block; font-size: 8pt; color: #495057; margin-top: 0.6mm; }}
.dot {{ display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%;
        margin: 0 1mm 0 0.5mm; vertical-align: middle; }}
.note {{ display: block; font-size: 8pt; font-style: italic; margin-top: 0.6mm; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 2mm; }}
td, th {{ border-bottom: 0.5pt solid #adb5bd; padding: 1mm; text-align: left; }}
.foot {{ margin-top: 6mm; font-size: 8pt; color: #666; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body>"
           f"<div class='site'>{escape(p.authority)} Council intranet</div>"
           f"<div class='crumbs'>Home &rsaquo; Children and families &rsaquo; Improvement "
           f"&rsaquo; Our plan</div><h1>{escape(p.title)}</h1>"
           "<p>After the inspection we agreed the priorities below. Each tab shows what we are "
           "doing about one of them, who holds each task, when it is due and how it is going."
           "</p><div class='tabs'>"]  # fmt: skip
    for j, (num, _) in enumerate(p.recs):
        on = " class='on'" if j == 0 else ""
        out.append(f"<span{on}>{escape(_label(p, num))}</span>")
    out.append("</div>")
    for num, text in p.recs:
        out.append(f"<section><h2>{escape(_label(p, num))}</h2>"
                   f"<p class='rec'>{escape(text)}</p><ul class='check'>")  # fmt: skip
        for a in p.per_rec(num):
            colour = TINT13[a.rag] if a.rag else GREY
            note = (f"<span class='note'>{escape(h['progress'])}: {escape(a.progress)}</span>"
                    if a.progress else "")  # fmt: skip
            out.append(
                f"<li><b>{escape(a.ref)}</b> {escape(a.text)}<span class='by'>"
                f"{escape(h['owner'])}: {escape(a.owner)} &middot; due {escape(a.due_raw)} "
                f"&middot;<span class='dot' style='background:{colour}'></span>"
                f"{escape(a.status or '')}</span>{note}</li>"
            )
        out.append("</ul></section>")
    if p.kpis:
        out.append("<section><h2>Numbers we keep an eye on</h2><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</table></section>")  # fmt: skip
    out.append(f"<p class='foot'>Page owner: Children's Improvement Team. Last reviewed "
               f"{escape(_long_date(p.issued))}.</p></body></html>")  # fmt: skip
    return "".join(out)


# ---- Word: an improvement board highlight report -----------------------------------------------


def _highlight(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    meta = doc.add_table(rows=4, cols=2)
    _borders(meta, "grid")
    _widths(meta, [4.5, 12.9], 17.4)
    before = p.issued.replace(day=1) - timedelta(days=1)
    info = [("Meeting", f"Children's Improvement Board, {_long_date(p.issued)}"),
            ("Reporting period", f"{calendar.month_name[before.month]} {before.year}"),
            ("Senior responsible officer", "Director of Children's Services"),
            ("Prepared by", "Programme Management Office")]  # fmt: skip
    for i, (key, v) in enumerate(info):
        meta.cell(i, 0).paragraphs[0].add_run(key).bold = True
        _shade(meta.cell(i, 0), "#E9ECEF")
        meta.cell(i, 1).paragraphs[0].add_run(v)
    doc.add_heading("1. Workstream overview", 2)
    leads = p.features["leads"]
    ws_status = p.features["ws_status"]
    t1 = doc.add_table(rows=1 + len(p.recs), cols=4)
    _borders(t1, "grid")
    _widths(t1, [1.4, 10.2, 3.2, 2.6], 17.4)
    for j, col in enumerate(["WS", "Workstream and what the inspection asked", "Workstream lead",
                             "Overall"]):  # fmt: skip
        t1.cell(0, j).paragraphs[0].add_run(col).bold = True
        _shade(t1.cell(0, j), "#CED4DA")
    for i, (num, text) in enumerate(p.recs, start=1):
        t1.cell(i, 0).paragraphs[0].add_run(_label(p, num)).bold = True
        t1.cell(i, 1).paragraphs[0].add_run(text)
        t1.cell(i, 2).paragraphs[0].add_run(leads[i - 1])
        t1.cell(i, 3).paragraphs[0].add_run(ws_status[i - 1])
        _shade(t1.cell(i, 3), PALE[_rag_of("highlight", ws_status[i - 1])])
    doc.add_heading("2. Key milestones", 2)
    doc.add_paragraph("All milestones in the improvement plan, by workstream. Status is as "
                      "reported by the milestone holder for this period.")  # fmt: skip
    has_prog = p.features["progress"]
    cols = [h["ref"], h["action"], "WS", h["owner"], h["due"], h["rag"]]
    widths = [1.5, 6.6, 1.2, 3.6, 2.2, 2.3]
    if has_prog:
        cols.append(h["progress"])
        widths = [1.3, 4.6, 1.1, 2.8, 2.0, 2.0, 3.6]
    t2 = doc.add_table(rows=1 + len(p.actions), cols=len(cols))
    _borders(t2, "grid")
    _widths(t2, widths, 17.4)
    for j, col in enumerate(cols):
        t2.cell(0, j).paragraphs[0].add_run(col).bold = True
        _shade(t2.cell(0, j), "#CED4DA")
    t2.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for i, a in enumerate(p.actions, start=1):
        t2.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        vals = [a.ref, a.text, _label(p, a.recs[0]), a.owner, a.due_raw, a.status or ""]
        if has_prog:
            vals.append(a.progress or "")
        for j, v in enumerate(vals):
            t2.cell(i, j).paragraphs[0].add_run(v)
        _shade(t2.cell(i, 5), PALE[a.rag])
    doc.add_heading("3. Risks and issues", 2)
    risks = p.features["risks"]
    t3 = doc.add_table(rows=1 + len(risks), cols=4)
    _borders(t3, "grid")
    _widths(t3, [8.2, 4.4, 2.4, 2.4], 17.4)
    for j, col in enumerate(["Risk or issue", "Risk owner", "Review date", "Score"]):
        t3.cell(0, j).paragraphs[0].add_run(col).bold = True
        _shade(t3.cell(0, j), "#CED4DA")
    for i, row in enumerate(risks, start=1):
        for j, v in enumerate(row):
            t3.cell(i, j).paragraphs[0].add_run(str(v))
    if p.kpis:
        doc.add_heading("4. Performance snapshot", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t4, "grid")
        _widths(t4, [8.4, 3.0, 3.0, 3.0], 17.4)
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "#CED4DA")
        for i, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, col))
    doc.add_heading(f"{5 if p.kpis else 4}. Decisions required", 2)
    doc.add_paragraph("The Board is asked to note the report and agree the escalations above.")
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an action log, one row per update ----------------------------------------------------


def _log(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = PatternFill("solid", fgColor="D9E2F3")

    def style(cell, bold: bool = False, fill: PatternFill | None = None) -> None:  # type: ignore[no-untyped-def]
        cell.font = Font(name=font, bold=bold, size=9)
        cell.border = grid
        cell.alignment = wrap
        if fill is not None:
            cell.fill = fill

    ws = wb.active
    ws.title = "Log"
    _xl_setup(ws, True)
    cols = ["Log date", h["ref"], "Rec", h["action"], h["owner"], h["due"], h["rag"],
            h["progress"]]  # fmt: skip
    widths = [11, 9, 6, 46, 28, 12, 13, 38]
    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = width
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"Every update is a new row; export of {_long_date(p.issued)}").font = Font(
        name=font, italic=True, size=9
    )
    for j, v in enumerate(cols, start=1):
        style(ws.cell(4, j, v), True, top)
    ws.print_title_rows = "4:4"
    ws.freeze_panes = "A5"
    entries = []
    for a, rows in zip(p.actions, p.features["extras"], strict=True):
        assert isinstance(rows, list)
        for day, word, note in rows:
            entries.append((day, a.ref, a, word, note))
    entries.sort(key=lambda e: (e[0], e[1]))
    r = 4
    for day, _, a, word, note in entries:
        r += 1
        assert a.due_date is not None
        logged = date.fromisoformat(day)
        vals: list[object] = [datetime(logged.year, logged.month, logged.day), a.ref,
                              _label(p, a.recs[0]), a.text, a.owner,
                              datetime(a.due_date.year, a.due_date.month, a.due_date.day),
                              word, note]  # fmt: skip
        for j, val in enumerate(vals, start=1):
            cell = ws.cell(r, j, val)
            style(cell)
            if j == 1:
                cell.number_format = "dd/mm/yyyy"
            if j == 6:
                cell.number_format = "d-mmm-yyyy"
            if j == 7:
                cell.fill = PatternFill("solid", fgColor=PALE[_rag_of("log", word)][1:])
        ws.row_dimensions[r].height = (
            12 * max(1, -(-len(a.text) // 50), -(-len(a.owner) // 30), -(-len(note) // 40)) + 3
        )
    ws.auto_filter.ref = f"A4:H{r}"

    wr = wb.create_sheet("Recommendations")
    _xl_setup(wr, True)
    wr.column_dimensions["A"].width = 8
    wr.column_dimensions["B"].width = 110
    wr.cell(1, 1, "Inspection recommendations referred to in the log").font = Font(
        name=font, bold=True, size=12
    )
    style(wr.cell(3, 1, "Rec"), True, top)
    style(wr.cell(3, 2, "Recommendation"), True, top)
    for i, (num, text) in enumerate(p.recs, start=4):
        style(wr.cell(i, 1, _label(p, num)))
        style(wr.cell(i, 2, text))
        wr.row_dimensions[i].height = 13 * max(1, -(-len(text) // 105)) + 3
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, True)
        for j, width in enumerate([60, 14, 14, 14], start=1):
            wk.column_dimensions[chr(64 + j)].width = width
        wk.cell(1, 1, "Performance measures").font = Font(name=font, bold=True, size=12)
        for j, col in enumerate(KCOLS, start=1):
            style(wk.cell(3, j, h[col]), True, top)
        for i, k in enumerate(p.kpis, start=4):
            for j, col in enumerate(KCOLS, start=1):
                style(wk.cell(i, j, _kpi_cell(k, col)))
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
