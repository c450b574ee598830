"""Producers of the holdout11 split (BLIND: fixers never read this): an A3 plan-on-a-page poster
in ReportLab, a 'We found / We will' page in HTML printed by Chromium, a Word plan split into a
plan table and a later progress table, and a quarterly tracker workbook in Excel, both printed by
LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout11."""

from __future__ import annotations

import calendar
import random
from datetime import date
from html import escape
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout11 import H11_STATUS, TINT11, quarter_notes
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

GREY = "#A9A9A9"
NOTE = {
    "green": "#E3F4E8",
    "amber": "#FFF3CC",
    "red": "#FADADA",
    "blue": "#DDE6FA",
    None: "#F2F2F2",
}
HEADS = ("#0B6E4F", "#6A1B9A", "#C2185B", "#00695C", "#283593", "#8D6E00", "#4E342E")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout11", html=_found,
                reportlab=_poster, docx=_split, xlsx=_quarters)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: an A3 plan on a page ------------------------------------------------------------


def _poster(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    W, H = landscape(A3)
    pdf = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(W, H))
    c.setTitle(p.title)
    c.setFont(bold, 20)
    c.drawString(12 * mm, H - 16 * mm, p.title)
    c.setFont(base, 9)
    c.drawString(
        12 * mm,
        H - 22 * mm,
        f"Version of {_long_date(p.issued)}. Each column is one "
        "thing the inspectors asked us to change; each note under it is one action.",
    )
    x = W - 12 * mm
    for word, rag in reversed(H11_STATUS["poster"]):
        tw = c.stringWidth(word, base, 8.5)
        x -= tw
        c.setFillColor(colors.black)
        c.setFont(base, 8.5)
        c.drawString(x, H - 22 * mm, word)
        x -= 4 * mm
        c.setFillColor(colors.HexColor(TINT11[rag] if rag else GREY))
        c.circle(x + 1.5 * mm, H - 21.2 * mm, 1.5 * mm, stroke=0, fill=1)
        x -= 5 * mm
    n = len(p.recs)
    gap = 5 * mm
    cw = (W - 24 * mm - gap * (n - 1)) / n
    top = H - 28 * mm
    foot = 48 * mm if p.kpis else 10 * mm
    for i, (num, text) in enumerate(p.recs):
        x0 = 12 * mm + i * (cw + gap)
        lines = simpleSplit(f"{_label(p, num)}{text}", bold, 9, cw - 6 * mm)
        hh = 6 * mm + 4.2 * mm * len(lines)
        c.setFillColor(colors.HexColor(HEADS[i % len(HEADS)]))
        c.rect(x0, top - hh, cw, hh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 9)
        y = top - 5 * mm
        for line in lines:
            c.drawString(x0 + 3 * mm, y, line)
            y -= 4.2 * mm
        y = top - hh - 4 * mm
        mine = p.per_rec(num)
        for a in mine:
            body = simpleSplit(f"{a.ref}  {a.text}", base, 8.5, cw - 8 * mm)
            tags = [f"{h['owner']}: {a.owner}", f"{h['due']}: {a.due_raw}"]
            nh = 4 * mm + 3.8 * len(body) * mm + 4 * mm * len(tags) + 6 * mm
            c.setFillColor(colors.HexColor(NOTE[a.rag]))
            c.setStrokeColor(colors.HexColor("#BDBDBD"))
            c.rect(x0 + 1 * mm, y - nh, cw - 2 * mm, nh, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont(base, 8.5)
            yy = y - 5 * mm
            for line in body:
                c.drawString(x0 + 4 * mm, yy, line)
                yy -= 3.8 * mm
            yy -= 1 * mm
            c.setFont(base, 7.5)
            for t in tags:
                c.drawString(x0 + 4 * mm, yy, t)
                yy -= 4 * mm
            c.setFillColor(colors.HexColor(TINT11[a.rag] if a.rag else GREY))
            c.circle(x0 + 5.5 * mm, yy + 1.2 * mm, 1.5 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(bold, 7.5)
            c.drawString(x0 + 8.5 * mm, yy, a.status or "")
            y -= nh + 3 * mm
        assert y > foot, p.name
    if p.kpis:
        c.setStrokeColor(colors.HexColor("#555555"))
        c.line(12 * mm, foot - 2 * mm, W - 12 * mm, foot - 2 * mm)
        c.setFont(bold, 10)
        c.setFillColor(colors.black)
        c.drawString(12 * mm, foot - 8 * mm, "How we will know it is working")
        cols = ["indicator", "baseline", "latest", "target"]
        xs = [12 * mm, 200 * mm, 260 * mm, 330 * mm]
        y = foot - 14 * mm
        c.setFont(bold, 8)
        for xx, col in zip(xs, cols, strict=True):
            c.drawString(xx, y, h[col])
        c.setFont(base, 8)
        for k in p.kpis:
            y -= 4.5 * mm
            for xx, col in zip(xs, cols, strict=True):
                c.drawString(xx, y, _kpi_cell(k, col))
    c.showPage()
    c.save()
    return pdf


# ---- HTML: We found / We will ---------------------------------------------------------------------


def _found(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#124E78", "#5E2750", "#1B5E20", "#7B3F00"))
    css = f"""
@page {{ size: A4; margin: 14mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9.5pt; color: #1a1a1a; }}
h1 {{ font-size: 17pt; color: {accent}; }}
.row {{ display: flex; gap: 6mm; border-top: 1.2pt solid {accent}; padding: 3mm 0;
        break-inside: avoid; }}
.found {{ flex: 0 0 38%; font-weight: bold; }}
.found .lab {{ color: {accent}; font-size: 8pt; text-transform: uppercase; display: block; }}
.will {{ flex: 1; }}
.will ul {{ margin: 0; padding-left: 5mm; }}
.will li {{ margin-bottom: 2mm; }}
.tags {{ display: block; font-size: 8pt; color: #444; margin-top: 0.6mm; }}
.pill {{ border-radius: 3mm; padding: 0 2mm; color: #fff; }}
.upd {{ display: block; font-size: 8pt; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 3mm; }}
td, th {{ border-bottom: 0.5pt solid #999; padding: 1mm; text-align: left; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"]  # fmt: skip
    out.append(f"<p>Published {escape(_long_date(p.issued))}. On the left, what the inspectors "
               "found; on the right, what we will do about it.</p>")  # fmt: skip
    out.append("<div class='row' style='border-top:none'><div class='found'>We found</div>"
               f"<div class='will'><b>{escape(h['action'])}</b></div></div>")  # fmt: skip
    for num, text in p.recs:
        items = []
        for a in p.per_rec(num):
            colour = TINT11[a.rag] if a.rag else GREY
            upd = (f"<span class='upd'>{escape(h['progress'])}: {escape(a.progress)}</span>"
                   if a.progress else "")  # fmt: skip
            items.append(
                f"<li><b>{escape(a.ref)}</b> {escape(a.text)}"
                f"<span class='tags'>{escape(h['owner'])}: {escape(a.owner)} &middot; "
                f"{escape(h['due'])}: {escape(a.due_raw)} &middot; "
                f"<span class='pill' style='background:{colour}'>{escape(a.status or '')}</span>"
                f"</span>{upd}</li>"
            )
        out.append(f"<div class='row'><div class='found'><span class='lab'>"
                   f"{escape(_label(p, num).strip(' :/#–'))}</span>{escape(text)}</div>"
                   f"<div class='will'><ul>{''.join(items)}</ul></div></div>")  # fmt: skip
    if p.kpis:
        cols = ["indicator", "baseline", "latest", "target"]
        out.append("<h2>How we will know</h2><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in cols) + "</tr>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in cols)
                             + "</tr>" for k in p.kpis) + "</table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a plan table, narrative, then a separate progress table ------------------------------


def _split(p: H8Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Version agreed {_long_date(p.issued)}.")
    doc.add_heading("1. The inspection recommendations", 2)
    for num, text in p.recs:
        doc.add_paragraph(f"{_label(p, num)}{text}")
    doc.add_heading("2. Plan", 2)
    doc.add_paragraph("The actions below are numbered once through the plan; the last column "
                      "gives the recommendation each answers.")  # fmt: skip
    cols = [h["ref"], h["action"], h["owner"], h["due"], "Answers finding"]
    t = doc.add_table(rows=1 + len(p.actions), cols=5)
    _borders(t, "grid")
    _widths(t, [2.0, 7.3, 3.4, 2.4, 1.9], 17.0)
    for j, col in enumerate(cols):
        cell = t.cell(0, j)
        cell.paragraphs[0].add_run(col).bold = True
        _shade(cell, "#D9E2F3")
    for i, a in enumerate(p.actions, start=1):
        t.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for j, v in enumerate((a.ref, a.text, a.owner, a.due_raw, a.recs[0])):
            t.cell(i, j).paragraphs[0].add_run(v)
    doc.add_heading("3. Governance", 2)
    doc.add_paragraph("The plan is overseen by the Improvement Board, chaired by the Chief "
                      "Executive, which meets every six weeks. Scrutiny receives a report twice "
                      "a year.")  # fmt: skip
    doc.add_heading("4. Resources", 2)
    doc.add_paragraph("The plan is funded from the children's services transformation reserve.")
    doc.add_heading(f"5. Progress at {_long_date(p.issued)}", 2)
    order = list(p.actions)
    if rng.random() < 0.4:
        order = sorted(order, key=lambda a: (a.rag is None, a.rag or ""))
    pcols = [h["ref"], h["rag"]] + ([h["progress"]] if p.features["progress"] else [])
    t2 = doc.add_table(rows=1 + len(order), cols=len(pcols))
    _borders(t2, "grid")
    _widths(t2, [1.6, 3.4, 12.0][: len(pcols)], 17.0 if len(pcols) == 3 else 5.0)
    for j, col in enumerate(pcols):
        cell = t2.cell(0, j)
        cell.paragraphs[0].add_run(col).bold = True
        _shade(cell, "#D9E2F3")
    for i, a in enumerate(order, start=1):
        t2.cell(i, 0).paragraphs[0].add_run(a.ref)
        t2.cell(i, 1).paragraphs[0].add_run(a.status or "")
        if a.rag:
            _shade(t2.cell(i, 1), NOTE[a.rag])
        if len(pcols) == 3:
            t2.cell(i, 2).paragraphs[0].add_run(a.progress or "")
    if p.kpis:
        doc.add_heading("6. Impact measures", 2)
        kcols = ["indicator", "baseline", "latest", "target"]
        t3 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t3, "grid")
        _widths(t3, [8.0, 3.0, 3.0, 3.0], 17.0)
        for j, col in enumerate(kcols):
            t3.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
        for i, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(kcols):
                t3.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a quarterly tracker, quarters as column groups -------------------------------------


def _quarters(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    fy = p.features["fy"]
    filled = p.features["quarters_filled"]
    notes = quarter_notes(p, filled)
    widths = [8, 44, 22, 14] + [13, 26] * 4
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[_col(j)].width = w
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    fill_top = PatternFill("solid", fgColor="DDEBF7")
    fixed = [h["ref"], h["action"], h["owner"], h["due"]]
    for j, text in enumerate(fixed, start=1):
        ws.cell(3, j, text)
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    for q in range(4):
        c0 = 5 + 2 * q
        ws.cell(3, c0, f"Q{q + 1} {fy}/{(fy + 1) % 100:02d}")
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 1)
        ws.cell(4, c0, h["rag"])
        ws.cell(4, c0 + 1, h["progress"])
    for r in (3, 4):
        for j in range(1, 13):
            cell = ws.cell(r, j)
            cell.font, cell.fill, cell.border, cell.alignment = (
                Font(name=font, bold=True, size=9), fill_top, grid, wrap)  # fmt: skip
    r = 4
    words = dict(H11_STATUS["quarters"])
    for num, text in p.recs:
        r += 1
        ws.cell(r, 1, f"{p.rec_label.format(n=num)}{text}").font = Font(name=font, bold=True,
                                                                           size=9)  # fmt: skip
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(r, 1).alignment = wrap
        ws.row_dimensions[r].height = 13 * max(1, -(-len(text) // 150)) + 3
        for a in p.per_rec(num):
            r += 1
            hist = p.features["history"][p.actions.index(a)]
            vals = [a.ref, a.text, a.owner, a.due_raw]
            for q in range(4):
                if q < filled:
                    vals += [hist[q], notes[a.ref][q]]
                else:
                    vals += ["", ""]
            for j, v in enumerate(vals, start=1):
                cell = ws.cell(r, j, v)
                cell.font, cell.border, cell.alignment = Font(name=font, size=9), grid, wrap
                if j >= 5 and (j - 5) % 2 == 0 and v and words.get(v):
                    cell.fill = PatternFill("solid", fgColor=NOTE[words[v]][1:])
            ws.row_dimensions[r].height = 12 * max(1, -(-len(a.text) // 50)) + 3
    if p.kpis:
        r += 2
        for j, col in enumerate(("indicator", "baseline", "latest", "target")):
            cell = ws.cell(r, 2 + j, h[col])
            cell.font, cell.fill, cell.border = Font(name=font, bold=True, size=9), fill_top, grid
        for k in p.kpis:
            r += 1
            for j, col in enumerate(("indicator", "baseline", "latest", "target")):
                cell = ws.cell(r, 2 + j, _kpi_cell(k, col))
                cell.font, cell.border, cell.alignment = Font(name=font, size=9), grid, wrap
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _col(j: int) -> str:
    return chr(64 + j)
