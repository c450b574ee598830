"""Producers of the holdout12 split (BLIND: fixers never read this): a delivery dashboard with
percent-complete bars in ReportLab, a roadmap timeline in HTML printed by Chromium, a Cabinet
report appendix with milestone sub-rows in Word, and a summary-then-tracker workbook in Excel,
both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout12."""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime
from html import escape
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout12 import H12_STATUS, TINT12
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

GREY = "#9E9E9E"
PALE = {
    "green": "#E6F4EA",
    "amber": "#FFF0DB",
    "red": "#FBE3E3",
    "blue": "#E0EEFB",
    None: "#F1F1F1",
}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout12", html=_roadmap,
                reportlab=_bars, docx=_appendix, xlsx=_summary)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


KCOLS = ("indicator", "baseline", "latest", "target")


# ---- ReportLab: a delivery dashboard with percent-complete bars ---------------------------------


def _bars(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    W, H = landscape(A4)
    pdf = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(W, H))
    c.setTitle(p.title)
    page = [1]
    # columns: ref, text, owner, due, bar (+ percent), status word
    xs = {"ref": 12 * mm, "action": 30 * mm, "owner": 140 * mm, "due": 180 * mm,
          "bar": 215 * mm, "rag": 262 * mm}  # fmt: skip
    bar_w = 30 * mm

    def head(first: bool) -> float:
        y = H - 14 * mm
        c.setFillColor(colors.black)
        if first:
            c.setFont(bold, 15)
            c.drawString(12 * mm, y, p.title)
            y -= 6 * mm
            c.setFont(base, 8.5)
            c.drawString(12 * mm, y, f"Position at {_long_date(p.issued)}. Bars show the share "
                         "of each deliverable completed; the colour follows its status.")  # fmt: skip
            y -= 8 * mm
        c.setFont(base, 7.5)
        c.drawRightString(W - 12 * mm, 8 * mm, f"Page {page[0]}")
        c.setFont(bold, 8)
        for col in ("ref", "action", "owner", "due", "rag"):
            c.drawString(xs[col], y, h[col])
        c.drawString(xs["bar"], y, "Share done")
        c.setStrokeColor(colors.HexColor("#333333"))
        c.setLineWidth(0.8)
        c.line(12 * mm, y - 2 * mm, W - 12 * mm, y - 2 * mm)
        return y - 7 * mm

    y = head(True)
    pct = p.features["percents"]
    for num, text in p.recs:
        lines = simpleSplit(f"{_label(p, num)}{text}", bold, 9.5, W - 30 * mm)
        mine = p.per_rec(num)
        need = 5 * mm * len(lines) + 9 * mm
        if y - need < 16 * mm:
            c.showPage()
            page[0] += 1
            y = head(False)
        c.setFillColor(colors.HexColor("#1F3A5F"))
        c.setFont(bold, 9.5)
        for line in lines:
            c.drawString(12 * mm, y, line)
            y -= 5 * mm
        y -= 1.5 * mm
        for a in mine:
            body = simpleSplit(a.text, base, 8.5, xs["owner"] - xs["action"] - 4 * mm)
            own = simpleSplit(a.owner, base, 8.5, xs["due"] - xs["owner"] - 3 * mm)
            rows = max(len(body), len(own))
            if y - 4 * mm * rows - 3 * mm < 16 * mm:
                c.showPage()
                page[0] += 1
                y = head(False)
            c.setFillColor(colors.black)
            c.setFont(base, 8.5)
            c.drawString(xs["ref"], y, a.ref)
            for i, line in enumerate(body):
                c.drawString(xs["action"], y - 4 * mm * i, line)
            for i, line in enumerate(own):
                c.drawString(xs["owner"], y - 4 * mm * i, line)
            c.drawString(xs["due"], y, a.due_raw)
            v = pct[p.actions.index(a)]
            c.setFillColor(colors.HexColor("#E5E5E5"))
            c.rect(xs["bar"], y - 0.8 * mm, bar_w, 3.2 * mm, stroke=0, fill=1)
            if v:
                c.setFillColor(colors.HexColor(TINT12[a.rag] if a.rag else GREY))
                c.rect(xs["bar"], y - 0.8 * mm, bar_w * v / 100, 3.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(base, 7.5)
            c.drawString(xs["bar"] + bar_w + 1.5 * mm, y, f"{v}%")
            c.setFont(bold, 8.5)
            c.setFillColor(colors.HexColor(TINT12[a.rag] if a.rag else "#555555"))
            c.drawString(xs["rag"], y, a.status or "")
            y -= 4 * mm * rows + 2.5 * mm
        y -= 3 * mm
    if p.kpis:
        if y - 12 * mm - 5 * mm * len(p.kpis) < 16 * mm:
            c.showPage()
            page[0] += 1
            y = H - 16 * mm
        c.setFillColor(colors.black)
        c.setFont(bold, 10)
        c.drawString(12 * mm, y, "Results we track")
        y -= 6 * mm
        kx = [12 * mm, 150 * mm, 190 * mm, 230 * mm]
        c.setFont(bold, 8)
        for xx, col in zip(kx, KCOLS, strict=True):
            c.drawString(xx, y, h[col])
        c.setFont(base, 8)
        for k in p.kpis:
            y -= 4.5 * mm
            for xx, col in zip(kx, KCOLS, strict=True):
                c.drawString(xx, y, _kpi_cell(k, col))
    c.showPage()
    c.save()
    return pdf


# ---- HTML: a roadmap timeline ------------------------------------------------------------------


def _quarter(d: date) -> str:
    q = (d.month - 1) // 3
    first, last = calendar.month_abbr[3 * q + 1], calendar.month_abbr[3 * q + 3]
    return f"{first} to {last} {d.year}"


def _roadmap(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#0B7285", "#5F3DC4", "#2B8A3E", "#A61E4D"))
    css = f"""
@page {{ size: A4; margin: 14mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9.5pt; color: #1a1a1a; }}
h1 {{ font-size: 18pt; color: {accent}; margin-bottom: 2mm; }}
ol.recs li {{ margin-bottom: 1mm; }}
.line {{ position: relative; margin-top: 6mm; }}
.line:before {{ content: ''; position: absolute; left: 50%; top: 0; bottom: 0;
               border-left: 1.6pt solid {accent}; }}
.marker {{ position: relative; text-align: center; margin: 4mm 0 3mm; }}
.marker span {{ background: {accent}; color: #fff; padding: 1mm 4mm; border-radius: 3mm;
               font-weight: bold; }}
.card {{ position: relative; width: 44%; box-sizing: border-box; border: 0.8pt solid #bbb;
         border-radius: 2mm; padding: 2mm 3mm; margin-bottom: 3mm; background: #fff;
         break-inside: avoid; }}
.left {{ margin-right: 56%; }}
.right {{ margin-left: 56%; }}
.card .ref {{ font-weight: bold; color: {accent}; }}
.meta {{ display: block; font-size: 8pt; color: #444; margin-top: 1mm; }}
.chip {{ display: inline-block; border-radius: 2mm; padding: 0 2mm; color: #fff;
         font-size: 8pt; margin-top: 1mm; }}
.upd {{ display: block; font-size: 8pt; font-style: italic; margin-top: 1mm; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 3mm; }}
td, th {{ border-bottom: 0.5pt solid #999; padding: 1mm; text-align: left; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"]  # fmt: skip
    out.append(f"<p>Published {escape(_long_date(p.issued))}. The inspection asked us to "
               "improve in these areas:</p><ul class='recs' style='list-style:none;padding:0'>")  # fmt: skip
    for num, text in p.recs:
        out.append(f"<li><b>{escape(_label(p, num))}</b>{escape(text)}</li>")
    out.append("</ul><p>The roadmap below sets out each step in the order it is due.</p>"
               "<div class='line'>")  # fmt: skip
    order = sorted(p.actions, key=lambda a: (a.due_date or date.max, p.actions.index(a)))
    quarter = ""
    for i, a in enumerate(order):
        assert a.due_date is not None
        q = _quarter(a.due_date)
        if q != quarter:
            quarter = q
            out.append(f"<div class='marker'><span>{escape(q)}</span></div>")
        colour = TINT12[a.rag] if a.rag else GREY
        side = "left" if i % 2 == 0 else "right"
        upd = (f"<span class='upd'>{escape(h['progress'])}: {escape(a.progress)}</span>"
               if a.progress else "")  # fmt: skip
        responds = _label(p, a.recs[0]).strip(" :–)")
        out.append(
            f"<div class='card {side}'><span class='ref'>{escape(a.ref)}</span> {escape(a.text)}"
            f"<span class='meta'>{escape(h['owner'])}: {escape(a.owner)}</span>"
            f"<span class='meta'>{escape(h['due'])}: {escape(a.due_raw)}</span>"
            f"<span class='meta'>Responds to: {escape(responds)}</span>"
            f"<span class='chip' style='background:{colour}'>{escape(a.status or '')}</span>"
            f"{upd}</div>"
        )
    out.append("</div>")
    if p.kpis:
        out.append("<h2>How we will measure success</h2><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a Cabinet report appendix, milestone sub-rows under each action -------------------


def _appendix(p: H8Plan, folder: Path) -> Path:
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
    doc.add_paragraph("Cabinet, " + _long_date(p.issued) + ": Agenda item 7")
    doc.add_heading(p.title, 1)
    doc.add_paragraph("This appendix sets out the actions agreed in response to the inspection. "
                      "Under each action the checkpoints by which progress will be judged are "
                      "listed; a tick shows a checkpoint reached.")  # fmt: skip
    has_prog = p.features["progress"]
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [1.7, 8.2, 3.6, 2.2, 2.2]
    if has_prog:
        cols.append(h["progress"])
        widths = [1.7, 5.6, 2.9, 1.9, 1.9, 3.4]
    n = len(cols)
    ms_all = p.features["milestones"]
    rows = 1 + sum(1 + len(p.per_rec(num)) for num, _ in p.recs)
    rows += sum(len(m) for m in ms_all)
    t = doc.add_table(rows=rows, cols=n)
    _borders(t, "grid")
    _widths(t, widths, 17.4)
    for j, col in enumerate(cols):
        cell = t.cell(0, j)
        cell.paragraphs[0].add_run(col).bold = True
        _shade(cell, "#D0D7E5")
    r = 0
    for num, text in p.recs:
        r += 1
        cell = t.cell(r, 0).merge(t.cell(r, n - 1))
        cell.paragraphs[0].add_run(f"{_label(p, num)}{text}").bold = True
        _shade(cell, "#EEF1F6")
        for a in p.per_rec(num):
            r += 1
            t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            vals = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if has_prog:
                vals.append(a.progress or "")
            for j, v in enumerate(vals):
                run = t.cell(r, j).paragraphs[0].add_run(v)
                if j == 1:
                    run.bold = True
            if a.rag:
                _shade(t.cell(r, 4), PALE[a.rag])
            for label, mt, mraw, done in ms_all[p.actions.index(a)]:
                r += 1
                t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
                para = t.cell(r, 1).paragraphs[0]
                para.paragraph_format.left_indent = Cm(0.5)
                run = para.add_run(f"{label} Checkpoint: {mt}")
                run.italic = True
                run.font.size = Pt(8.5)
                t.cell(r, 3).paragraphs[0].add_run(mraw).font.size = Pt(8.5)
                t.cell(r, 4).paragraphs[0].add_run("\u2713" if done else "\u2013")
    assert r == rows - 1, p.name
    if p.kpis:
        doc.add_heading("Evidence of difference", 2)
        t3 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t3, "grid")
        _widths(t3, [8.4, 3.0, 3.0, 3.0], 17.4)
        for j, col in enumerate(KCOLS):
            t3.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for i, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t3.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a summary sheet of counts, then the tracker sheet ---------------------------------


def _summary(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = PatternFill("solid", fgColor="DCE6F1")
    words = [w for w, _ in H12_STATUS["summary"]]
    rags = dict(H12_STATUS["summary"])

    def style(cell, bold: bool = False, fill: PatternFill | None = None) -> None:  # type: ignore[no-untyped-def]
        cell.font = Font(name=font, bold=bold, size=9)
        cell.border = grid
        cell.alignment = wrap
        if fill is not None:
            cell.fill = fill

    ws = wb.active
    ws.title = "Summary"
    _xl_setup(ws, True)
    for j, width in enumerate([60] + [11] * (len(words) + 1), start=1):
        ws.column_dimensions[chr(64 + j)].width = width
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Summary of action status at {_long_date(p.issued)}").font = Font(
        name=font, italic=True, size=9
    )
    for j, v in enumerate(["Area of inspection", *words, "All actions"], start=1):
        style(ws.cell(4, j, v), True, top)
    r = 4
    for num, text in p.recs:
        r += 1
        mine = p.per_rec(num)
        style(ws.cell(r, 1, f"{_label(p, num)}{text}"))
        for j, w in enumerate(words, start=2):
            style(ws.cell(r, j, sum(1 for a in mine if a.status == w)))
        style(ws.cell(r, len(words) + 2, len(mine)))
        ws.row_dimensions[r].height = 13 * max(1, -(-len(text) // 75)) + 3
    r += 1
    style(ws.cell(r, 1, "All recommendations"), True)
    for j, w in enumerate(words, start=2):
        style(ws.cell(r, j, sum(1 for a in p.actions if a.status == w)), True)
    style(ws.cell(r, len(words) + 2, len(p.actions)), True)

    wt = wb.create_sheet("Tracker")
    _xl_setup(wt, True)
    has_prog = p.features["progress"]
    cols = [h["ref"], "From finding", h["action"], h["owner"], h["due"], h["rag"]]
    widths = [9, 9, 48, 28, 13, 15]
    if has_prog:
        cols.append(h["progress"])
        widths.append(36)
    for j, width in enumerate(widths, start=1):
        wt.column_dimensions[chr(64 + j)].width = width
    wt.cell(1, 1, f"{p.title}: action tracker").font = Font(name=font, bold=True, size=12)
    for j, v in enumerate(cols, start=1):
        style(wt.cell(3, j, v), True, top)
    wt.print_title_rows = "3:3"
    r = 3
    for a in p.actions:
        r += 1
        assert a.due_date is not None
        vals: list[object] = [a.ref, a.recs[0], a.text, a.owner,
                              datetime(a.due_date.year, a.due_date.month, a.due_date.day),
                              a.status or ""]  # fmt: skip
        if has_prog:
            vals.append(a.progress or "")
        for j, val in enumerate(vals, start=1):
            cell = wt.cell(r, j, val)
            style(cell)
            if j == 5:
                cell.number_format = "yyyy/mm/dd"
            if j == 6 and rags.get(a.status or ""):
                cell.fill = PatternFill("solid", fgColor=PALE[rags[a.status or ""]][1:])
        wt.row_dimensions[r].height = (
            12 * max(1, -(-len(a.text) // 60), -(-len(a.progress or "") // 44)) + 3
        )
    if p.kpis:
        r += 2
        for j, col in enumerate(KCOLS):
            style(wt.cell(r, 3 + j, h[col]), True, top)
        for k in p.kpis:
            r += 1
            for j, col in enumerate(KCOLS):
                style(wt.cell(r, 3 + j, _kpi_cell(k, col)))
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
