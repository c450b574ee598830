"""Producers of the holdout14 split (BLIND: fixers never read this): a numbered list of actions
with bracketed initials and months in ReportLab, a grid of action tiles in HTML printed by
Chromium, an annual self-evaluation with next-steps tables in Word and a database report with a
left gutter of field labels in Excel, both printed by LibreOffice; each drawn straight from a
holdout8.H8Plan built by holdout14."""

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
from samples.plangen.holdout14 import TINT14
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
    print_plans(plans, folder, "plangen-lo-profile-holdout14", html=_tiles,
                reportlab=_ilist, docx=_sef, xlsx=_dbrep)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: numbered lists with bracketed initials and months ----------------------------


def _ilist(p: H8Plan, folder: Path) -> Path:
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
    ital = "Helvetica-Oblique" if p.font == "sans" else "Times-Italic"
    W = A4[0]
    pdf = folder / f"{p.name}.pdf"
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13)
    item = ParagraphStyle("i", parent=body, leftIndent=10 * mm, firstLineIndent=-10 * mm,
                          spaceAfter=2.5 * mm)  # fmt: skip
    note = ParagraphStyle("n", parent=body, fontName=ital, fontSize=8.5, leading=11,
                          leftIndent=10 * mm, spaceAfter=2.5 * mm)  # fmt: skip
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11.5, leading=15,
                        spaceBefore=3 * mm)  # fmt: skip
    rec = ParagraphStyle("r", parent=body, fontName=ital, spaceAfter=2 * mm)
    avail = W - 36 * mm
    story: list[object] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Updated {escape(_long_date(p.issued))}. Under each recommendation we list the "
            "actions we will take. The initials in brackets are those of the officer who "
            "leads the action (see the key at the end), followed by the month it will be "
            f"done; the words after each item say how it is going ({escape(h['rag'])}).",
            body,
        ),
        Spacer(1, 3 * mm),
    ]
    for num, text in p.recs:
        block: list[object] = [Paragraph(escape(_label(p, num)), h2),
                               Paragraph(escape(text), rec)]  # fmt: skip
        for a in p.per_rec(num):
            colour = TINT14[a.rag] if a.rag else GREY
            block.append(Paragraph(
                f"{escape(a.ref)}&nbsp;&nbsp;&nbsp;{escape(a.text)} "
                f"({escape(a.owner)}, {escape(a.due_raw)}) &ndash; "
                f"<font name='{bold}' color='{colour}'>{escape(a.status or '')}</font>", item,
            ))  # fmt: skip
        story.append(KeepTogether(block[:4]))
        story.extend(block[4:])
    if p.kpis:
        hs = ParagraphStyle("hs", parent=body, fontName=bold, fontSize=9)
        cs = ParagraphStyle("cs", parent=body, fontSize=9, leading=11)
        krows = [[Paragraph(escape(h[c]), hs) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cs) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[0.52 * avail, 0.16 * avail, 0.16 * avail, 0.16 * avail])
        kt.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#ADB5BD")),
        ]))  # fmt: skip
        story.append(KeepTogether([Paragraph("Measures we will report", h2), kt]))
    story.append(Paragraph("Key to initials", h2))
    for ini, person, role in p.features["key"]:
        story.append(Paragraph(f"<font name='{bold}'>{escape(ini)}</font> &ndash; "
                               f"{escape(person)}, {escape(role)}", note))  # fmt: skip

    def foot(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(base, 7.5)
        canvas.drawCentredString(W / 2, 9 * mm, f"- {doc.page} -")

    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return pdf


# ---- HTML: a grid of action tiles ---------------------------------------------------------------


def _tiles(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#0B7285", "#5F3DC4", "#2B8A3E", "#A61E4D"))
    css = f"""
@page {{ size: A4; margin: 11mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9pt; color: #212529; margin: 0; }}
h1 {{ font-size: 17pt; margin: 0 0 2mm; color: {accent}; }}
ol.recs {{ margin: 0 0 4mm; padding-left: 0; list-style: none; }}
ol.recs li {{ margin-bottom: 1.2mm; }}
ol.recs b {{ display: inline-block; min-width: 9mm; color: {accent}; }}
.grid {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }}
.tile {{ position: relative; border: 0.8pt solid #ced4da; border-radius: 1.5mm;
         padding: 3mm 3mm 2.5mm; overflow: hidden; break-inside: avoid; min-height: 34mm; }}
.flag {{ position: absolute; top: 0; right: 0; width: 0; height: 0;
         border-top: 9mm solid; border-left: 9mm solid transparent; }}
.num {{ font-size: 13pt; font-weight: bold; color: #adb5bd; }}
.chip {{ display: inline-block; font-size: 7.5pt; background: {accent}; color: #fff;
         border-radius: 2mm; padding: 0.3mm 1.8mm; margin-left: 1.5mm; vertical-align: middle; }}
.txt {{ margin: 1.5mm 0 2mm; font-weight: 600; }}
.meta {{ font-size: 8pt; color: #495057; }}
.meta div {{ margin-top: 0.5mm; }}
.st {{ font-size: 8pt; font-weight: bold; margin-top: 1.5mm; }}
.cm {{ font-size: 7.5pt; font-style: italic; margin-top: 1mm; color: #495057; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 3mm; break-inside: avoid; }}
td, th {{ border-bottom: 0.5pt solid #adb5bd; padding: 1mm; text-align: left; }}
h2 {{ font-size: 12pt; margin: 5mm 0 1mm; color: {accent}; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"
           f"<p>Plan refreshed {escape(_long_date(p.issued))}. The inspection made the "
           "recommendations below. Every tile is one action; the chip on the tile says which "
           "recommendation it answers and the corner flag shows how it is going.</p>"
           "<ol class='recs'>"]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<li><b>{escape(_label(p, num))}</b> {escape(text)}</li>")
    out.append("</ol><div class='grid'>")
    for a in p.actions:
        colour = TINT14[a.rag] if a.rag else GREY
        cm = (f"<div class='cm'>{escape(h['progress'])}: {escape(a.progress)}</div>"
              if a.progress else "")  # fmt: skip
        out.append(
            f"<div class='tile'><div class='flag' style='border-top-color:{colour}'></div>"
            f"<span class='num'>{escape(a.ref)}</span>"
            f"<span class='chip'>{escape(_label(p, a.recs[0]))}</span>"
            f"<div class='txt'>{escape(a.text)}</div><div class='meta'>"
            f"<div>{escape(h['owner'])}: {escape(a.owner)}</div>"
            f"<div>{escape(h['due'])}: {escape(a.due_raw)}</div></div>"
            f"<div class='st' style='color:{colour}'>{escape(a.status or '')}</div>{cm}</div>"
        )
    out.append("</div>")
    if p.kpis:
        out.append("<h2>Our numbers</h2><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr>"
                   + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                             + "</tr>" for k in p.kpis) + "</table>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: an annual self-evaluation with next-steps tables ------------------------------------


def _sef(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"Published {_long_date(p.issued)}. This self-evaluation tells our partners and "
        "inspectors what we know about the quality of practice, how we know it, and what we "
        "will do next. It is organised around the areas for improvement from our last "
        "inspection."
    )
    doc.add_heading("Summary of our judgement", 2)
    doc.add_paragraph(
        "Overall we judge that services for children are improving. The sections below set "
        "out the evidence for each area for improvement and the next steps we will take."
    )
    has_prog = p.features["progress"]
    for i, (num, text) in enumerate(p.recs):
        doc.add_heading(f"{_label(p, num)}", 2)
        para = doc.add_paragraph()
        para.add_run("What the inspection said: ").bold = True
        para.add_run(text).italic = True
        para = doc.add_paragraph()
        para.add_run("What we know: ").bold = True
        para.add_run(p.features["judgements"][i])
        para = doc.add_paragraph()
        para.add_run("How we know it: ").bold = True
        ev = p.features["evidence"][i]
        para.add_run(f"{ev[0]}; {ev[1].lower()}.")
        doc.add_heading("Next steps", 3)
        cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
        widths = [1.6, 6.8, 3.8, 2.6, 2.2]
        if has_prog:
            cols.append(h["progress"])
            widths = [1.5, 4.8, 2.9, 2.4, 2.2, 3.2]
        mine = p.per_rec(num)
        t = doc.add_table(rows=1 + len(mine), cols=len(cols))
        _borders(t, "grid")
        _widths(t, widths, 17.0)
        for j, col in enumerate(cols):
            t.cell(0, j).paragraphs[0].add_run(col).bold = True
            _shade(t.cell(0, j), "#DEE2E6")
        t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for r, a in enumerate(mine, start=1):
            t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            vals = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if has_prog:
                vals.append(a.progress or "")
            for j, v in enumerate(vals):
                t.cell(r, j).paragraphs[0].add_run(v)
            _shade(t.cell(r, 4), PALE[a.rag])
    if p.kpis:
        doc.add_heading("Our performance at a glance", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t4, "grid")
        _widths(t4, [8.0, 3.0, 3.0, 3.0], 17.0)
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "#DEE2E6")
        for r, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(r, j).paragraphs[0].add_run(_kpi_cell(k, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a database report, field labels in a left gutter ------------------------------------


def _dbrep(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="A0A0A0")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    gutter = PatternFill("solid", fgColor="E9ECEF")
    band = PatternFill("solid", fgColor="343A40")
    ws = wb.active
    ws.title = "Report"
    _xl_setup(ws, False)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"Report run {_long_date(p.issued)}; grouped by recommendation").font = Font(
        name=font, italic=True, size=8
    )
    r = 3
    for num, text in p.recs:
        r += 1
        c = ws.cell(r, 1, f"{_label(p, num)}: {text}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c.font = Font(name=font, bold=True, size=9.5, color="FFFFFF")
        c.fill = band
        c.alignment = wrap
        ws.row_dimensions[r].height = 13 * max(1, -(-len(text) // 95)) + 3
        for a in p.per_rec(num):
            assert a.due_date is not None
            fields: list[tuple[str, object]] = [
                (h["ref"], a.ref), (h["action"], a.text), (h["owner"], a.owner),
                (h["due"], datetime(a.due_date.year, a.due_date.month, a.due_date.day)),
                (h["rag"], a.status or ""),
            ]  # fmt: skip
            if a.progress:
                fields.append((h["progress"], a.progress))
            r += 1  # a blank line between records
            for lab, val in fields:
                r += 1
                lc = ws.cell(r, 1, lab)
                lc.font = Font(name=font, bold=True, size=9)
                lc.fill = gutter
                lc.border = box
                lc.alignment = wrap
                vc = ws.cell(r, 2, val)
                vc.font = Font(name=font, size=9, bold=lab == h["ref"])
                vc.border = box
                vc.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
                if isinstance(val, datetime):
                    vc.number_format = "dd/mm/yyyy"
                if lab == h["rag"]:
                    vc.fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
                ws.row_dimensions[r].height = 12 * max(1, -(-len(str(val)) // 80)) + 3
        r += 1
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, False)
        for j, width in enumerate([56, 14, 14, 14], start=1):
            wk.column_dimensions[chr(64 + j)].width = width
        wk.cell(1, 1, "Measures report").font = Font(name=font, bold=True, size=12)
        for j, col in enumerate(KCOLS, start=1):
            c = wk.cell(3, j, h[col])
            c.font = Font(name=font, bold=True, size=9)
            c.fill = gutter
            c.border = box
        for i, k in enumerate(p.kpis, start=4):
            for j, col in enumerate(KCOLS, start=1):
                c = wk.cell(i, j, _kpi_cell(k, col))
                c.font = Font(name=font, size=9)
                c.border = box
                c.alignment = wrap
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
