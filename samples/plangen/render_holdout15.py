"""Producers of the holdout15 split (BLIND: fixers never read this): a plan grouped by lead
officer in ReportLab, a kanban board in HTML printed by Chromium, a scrutiny progress report
with completed / delayed / still-to-do lists in Word and a workbook of two sheets joined by
action ID in Excel, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan
built by holdout15."""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime
from html import escape
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout15 import H15_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

TINT = {
    "green": "#2F9E44",
    "amber": "#E67700",
    "red": "#C92A2A",
    "blue": "#1864AB",
    None: "#495057",
}
PALE = {
    "green": "#E6F4EA",
    "amber": "#FFF3DB",
    "red": "#FDE5E5",
    "blue": "#E3EEFB",
    None: "#F1F3F5",
}
KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout15", html=_kanban,
                reportlab=_bylead, docx=_scrutiny, xlsx=_joined)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _by_owner(p: H8Plan) -> list[tuple[str, list[H8Action]]]:
    """The owners in order of first appearance, each with its actions (plan order)."""
    order: dict[str, list[H8Action]] = {}
    for a in p.actions:
        order.setdefault(a.owner, []).append(a)
    return list(order.items())


# ---- ReportLab: the plan grouped by lead officer ------------------------------------------------


def _bylead(p: H8Plan, folder: Path) -> Path:
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
    W = A4[0]
    pdf = folder / f"{p.name}.pdf"
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11)
    hcell = ParagraphStyle("hc", parent=cell, fontName=bold)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11.5, leading=15,
                        spaceBefore=4 * mm, spaceAfter=1.5 * mm)  # fmt: skip
    rec = ParagraphStyle("r", parent=body, leftIndent=14 * mm, firstLineIndent=-14 * mm,
                         spaceAfter=1.5 * mm)  # fmt: skip
    avail = W - 36 * mm
    story: list[object] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Version of {escape(_long_date(p.issued))}. Each lead officer is accountable for "
            "the actions listed under their name. The recommendation each action answers is "
            f"given in the '{escape(h['rec'])}' column; the recommendations are set out first.",
            body,
        ),
        Paragraph("The inspection recommendations", h2),
    ]
    for num, text in p.recs:
        story.append(Paragraph(f"<font name='{bold}'>{escape(_label(p, num))}</font>"
                               f"&nbsp;&nbsp;{escape(text)}", rec))  # fmt: skip
    story.append(Paragraph("Actions by lead officer", h2))
    widths = [0.12 * avail, 0.56 * avail, 0.13 * avail, 0.19 * avail]
    for owner, mine in _by_owner(p):
        rows: list[list[object]] = [[Paragraph(escape(h[c]), hcell)
                                     for c in ("rec", "action", "due", "rag")]]  # fmt: skip
        style = [
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#ADB5BD")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for i, a in enumerate(mine, start=1):
            rows.append([Paragraph(escape(_label(p, a.recs[0])), cell),
                         Paragraph(escape(a.text), cell), Paragraph(escape(a.due_raw), cell),
                         Paragraph(f"<font color='{TINT[a.rag]}'>{escape(a.status or '')}</font>",
                                   cell)])  # fmt: skip
            style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(PALE[a.rag])))
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        head = Paragraph(f"Lead: {escape(owner)}", h2)
        story.append(KeepTogether([head, t]) if len(mine) <= 6 else head)
        if len(mine) > 6:
            story.append(t)
    if p.kpis:
        hs = ParagraphStyle("hs", parent=body, fontName=bold, fontSize=9)
        cs = ParagraphStyle("cs", parent=body, fontSize=9, leading=11)
        krows = [[Paragraph(escape(h[c]), hs) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cs) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[0.52 * avail, 0.16 * avail, 0.16 * avail, 0.16 * avail])
        kt.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#ADB5BD")),
        ]))  # fmt: skip
        story.append(KeepTogether([Paragraph("How we will measure success", h2), kt]))

    def foot(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(base, 7.5)
        canvas.drawString(18 * mm, 9 * mm, p.authority)
        canvas.drawRightString(W - 18 * mm, 9 * mm, f"Page {doc.page}")

    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return pdf


# ---- HTML: a kanban board -----------------------------------------------------------------------


def _initials(person: str) -> str:
    return "".join(w[0] for w in person.split() if w[:1].isalpha()).upper()


def _kanban(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#364FC7", "#087F5B", "#862E9C", "#C2255C"))
    cols = H15_STATUS["kanban"]
    css = f"""
@page {{ size: A4 landscape; margin: 9mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; color: #212529; margin: 0; }}
h1 {{ font-size: 16pt; margin: 0 0 1mm; color: {accent}; }}
.recs {{ margin: 0 0 3mm; padding: 0; list-style: none; }}
.recs li {{ margin-bottom: 0.8mm; }}
.tag {{ display: inline-block; font-size: 7pt; font-weight: bold; border: 0.7pt solid {accent};
        color: {accent}; border-radius: 1mm; padding: 0 1.2mm; }}
.board {{ display: grid; grid-template-columns: repeat({len(cols)}, 1fr); gap: 2.5mm; }}
.col {{ background: #F1F3F5; border-radius: 1.5mm; padding: 1.5mm; }}
.col h2 {{ font-size: 9.5pt; margin: 0.5mm 0 2mm; padding-bottom: 1mm;
           border-bottom: 1.5mm solid; }}
.count {{ color: #868E96; font-weight: normal; }}
.card {{ background: #fff; border: 0.6pt solid #CED4DA; border-radius: 1.2mm; padding: 1.8mm;
         margin-bottom: 2mm; break-inside: avoid; }}
.top {{ display: flex; justify-content: space-between; font-size: 7pt; color: #868E96; }}
.txt {{ margin: 1.2mm 0 1.5mm; }}
.foot {{ display: flex; justify-content: space-between; align-items: center; font-size: 7.5pt;
         color: #495057; }}
.av {{ display: inline-block; width: 4.2mm; height: 4.2mm; line-height: 4.2mm; border-radius: 50%;
       background: {accent}; color: #fff; font-size: 5.5pt; text-align: center;
       margin-right: 1mm; }}
table {{ border-collapse: collapse; width: 70%; margin-top: 3mm; break-inside: avoid; }}
td, th {{ border-bottom: 0.5pt solid #adb5bd; padding: 0.8mm; text-align: left; }}
h3 {{ font-size: 11pt; margin: 4mm 0 1mm; color: {accent}; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"
           f"<p>Board as at {escape(_long_date(p.issued))}. One card per action; the column is "
           "its status and the tag names the inspection recommendation it answers.</p>"
           "<ul class='recs'>"]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<li><span class='tag'>{escape(_label(p, num))}</span> {escape(text)}</li>")
    out.append("</ul><div class='board'>")
    for word, rag in cols:
        mine = [a for a in p.actions if a.status == word]
        out.append(f"<div class='col'><h2 style='border-bottom-color:{TINT[rag]}'>"
                   f"{escape(word)} <span class='count'>({len(mine)})</span></h2>")  # fmt: skip
        for a in mine:
            out.append(
                f"<div class='card'><div class='top'><span>{escape(a.ref)}</span>"
                f"<span class='tag'>{escape(_label(p, a.recs[0]))}</span></div>"
                f"<div class='txt'>{escape(a.text)}</div><div class='foot'>"
                f"<span><span class='av'>{escape(_initials(a.owner))}</span>"
                f"{escape(a.owner)}</span><span>{escape(a.due_raw)}</span></div></div>"
            )
        out.append("</div>")
    out.append("</div>")
    if p.kpis:
        out.append("<h3>Measures</h3><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a scrutiny progress report with completed / still-to-do lists --------------------------


def _scrutiny(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.2))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"Report to the panel meeting of {_long_date(p.issued)}. Members asked for an update "
        "on each recommendation made at the last inspection. For each one this report gives "
        "a short summary, then lists the work completed, any work that is delayed, and the "
        "work still to do, with the officer responsible and the month."
    )
    lead = {"Completed": "completed", "Delayed": "now due", "Still to do": "by"}
    for i, (num, text) in enumerate(p.recs):
        doc.add_heading(_label(p, num), 2)
        para = doc.add_paragraph()
        para.add_run(text).italic = True
        doc.add_paragraph(p.features["narratives"][i])
        mine = p.per_rec(num)
        for word, rag in H15_STATUS["scrutiny"]:
            items = [a for a in mine if a.status == word]
            if not items:
                continue
            hp = doc.add_paragraph()
            run = hp.add_run(word)
            run.bold = True
            colour = TINT[rag].lstrip("#")
            run.font.color.rgb = RGBColor.from_string(colour.upper())
            for a in items:
                bp = doc.add_paragraph(style="List Bullet")
                bp.add_run(f"{a.text} \u2013 {a.owner}, {lead[word]} {a.due_raw}")
    if p.kpis:
        doc.add_heading("Performance information", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t4, "box")
        _widths(t4, [8.0, 2.9, 2.9, 2.8], 16.6)
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "#E9ECEF")
        for r, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(r, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: two sheets joined by action ID ------------------------------------------------------


def _joined(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="909090")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    headfill = PatternFill("solid", fgColor="D0EBFF")

    def sheet_head(ws, row: int, names: list[str], widths: list[int]) -> None:  # type: ignore[no-untyped-def]
        for j, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
            ws.column_dimensions[chr(64 + j)].width = width
            c = ws.cell(row, j, name)
            c.font = Font(name=font, bold=True, size=9)
            c.fill = headfill
            c.border = box
            c.alignment = wrap
        ws.print_title_rows = f"{row}:{row}"

    def put(ws, row: int, col: int, val: object, width: int) -> None:  # type: ignore[no-untyped-def]
        c = ws.cell(row, col, val)
        c.font = Font(name=font, size=9)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if isinstance(val, datetime):
            c.number_format = "d mmm yyyy"
        lines = max(1, -(-len(str(val)) // max(1, int(width * 1.1))))
        ws.row_dimensions[row].height = max(ws.row_dimensions[row].height or 0, 12 * lines + 3)

    ws = wb.active
    ws.title = "Recommendations"
    _xl_setup(ws, False)
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"Saved {_long_date(p.issued)}. Sheets: Recommendations, Actions, "
            "Responsibilities" + (", Measures" if p.kpis else "") + ". Join Actions to "
            f"Responsibilities on {h['ref']}.").font = Font(name=font, italic=True, size=8)  # fmt: skip
    sheet_head(ws, 4, ["No.", "Recommendation"], [8, 90])
    for i, (num, text) in enumerate(p.recs, start=5):
        put(ws, i, 1, _label(p, num), 8)
        put(ws, i, 2, text, 90)
    wa = wb.create_sheet("Actions")
    _xl_setup(wa, False)
    wa.cell(1, 1, "Actions").font = Font(name=font, bold=True, size=12)
    sheet_head(wa, 3, [h["ref"], h["rec"], h["action"]], [11, 11, 76])
    for i, a in enumerate(p.actions, start=4):
        put(wa, i, 1, a.ref, 11)
        put(wa, i, 2, _label(p, a.recs[0]), 11)
        put(wa, i, 3, a.text, 76)
    wr = wb.create_sheet("Responsibilities")
    has_prog = p.features["progress"]
    _xl_setup(wr, has_prog)
    wr.cell(1, 1, "Responsibilities").font = Font(name=font, bold=True, size=12)
    names = [h["ref"], h["owner"], h["due"], h["rag"]]
    widths = [11, 24, 14, 16]
    if has_prog:
        names.append(h["progress"])
        widths.append(60)
    sheet_head(wr, 3, names, widths)
    order = sorted(p.actions, key=lambda a: (a.owner.split()[-1], a.owner, a.ref))
    for i, a in enumerate(order, start=4):
        assert a.due_date is not None
        vals: list[object] = [a.ref, a.owner,
                              datetime(a.due_date.year, a.due_date.month, a.due_date.day),
                              a.status or ""]  # fmt: skip
        if has_prog:
            vals.append(a.progress or "")
        for j, (v, width) in enumerate(zip(vals, widths, strict=True), start=1):
            put(wr, i, j, v, width)
        wr.cell(i, 4).fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Measures").font = Font(name=font, bold=True, size=12)
        kw = [56, 14, 14, 14]
        sheet_head(wk, 3, [h[c] for c in KCOLS], kw)
        for i, k in enumerate(p.kpis, start=4):
            for j, col in enumerate(KCOLS, start=1):
                put(wk, i, j, _kpi_cell(k, col), kw[j - 1])
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
