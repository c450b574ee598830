"""Producers of the holdout38 split (BLIND: fixers never read this): a plan received by fax,
every page skewed, in ReportLab; a Welsh council's bilingual plan in Word and a tracker printed
with the sheet's own row numbers and column letters in Excel, both printed by LibreOffice; and a
planning wall of tilted sticky notes exported from an online whiteboard, in HTML printed by
Chromium; each drawn straight from a holdout8.H8Plan built by holdout38."""

from __future__ import annotations

import calendar
import random
from datetime import date
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout38 import WELSH_MONTHS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout38", html=_sticky_wall,
                reportlab=_fax, docx=_bilingual, xlsx=_headings)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _vals(a: H8Action) -> dict[str, str]:
    return {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
            "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip


def _esc(s: str) -> str:
    """Markup-escaped for a ReportLab Paragraph, quotes left as they are (an entity splits the
    line's text into separately placed fragments, which a skewed page then reads out of order)."""
    return escape(s, quote=False)


# ---- ReportLab: the plan as received by fax ----------------------------------------------------


def _fax(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    rng = random.Random(p.seed_rng)
    base = "Courier" if p.font == "serif" else "Helvetica"
    bold = "Courier-Bold" if p.font == "serif" else "Helvetica-Bold"
    size = 8.5
    cell = ParagraphStyle("c", fontName=base, fontSize=size, leading=size * 1.22)
    head = ParagraphStyle("h", parent=cell, fontName=bold)
    W, H = A4
    sent = date.fromisoformat(f["sent"])
    received = date.fromisoformat(f["received"])
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 11, "action": 68, "owner": 34, "due": 24, "rag": 27, "progress": 0}
    if f["progress"]:
        widths.update(action=50, owner=28, due=21, rag=26, progress=41)
    colw = [widths[c] * mm for c in cols]
    rows: list[list[Any]] = [[Paragraph(_esc(h[c]), head) for c in cols]]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.82, 0.82, 0.82)),
    ]
    for num, text in p.recs:
        r = len(rows)
        rows.append([Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b> {_esc(text)}", cell)]
                    + [""] * (len(cols) - 1))  # fmt: skip
        style.append(("SPAN", (0, r), (-1, r)))
        style.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.9, 0.9, 0.9)))
        for a in p.per_rec(num):
            v = _vals(a)
            rows.append([Paragraph(_esc(v[c]), cell) for c in cols])
    table = Table(rows, colWidths=colw, repeatRows=1)
    table.setStyle(TableStyle(style))
    # the pages: a cover sheet, the plan, the measures
    body_w = sum(colw)
    top = H - 48 * mm
    avail = top - 22 * mm
    chunks: list[Any] = []
    rest: Any = table
    while rest is not None:
        parts = rest.split(body_w, avail)
        if not parts:
            break
        chunks.append(parts[0])
        rest = parts[1] if len(parts) > 1 else None
    n_pages = 1 + len(chunks) + (1 if p.kpis else 0)
    path = folder / f"{p.name}.pdf"
    canv = Canvas(str(path), pagesize=A4)
    canv.setTitle(p.title)

    def fax_line(pg: int) -> None:
        canv.setFont("Courier", 8)
        canv.setFillColor(colors.black)
        canv.drawString(12 * mm, H - 9 * mm,
                        f"{sent.strftime('%d/%m/%Y')} {f['sent_time']}   FROM: "
                        f"{p.authority.upper()} CSC {f['fax_number']}   TO: {f['to_number']}"
                        f"        P.{pg:03d}/{n_pages:03d}")  # fmt: skip

    def speckle() -> None:
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        for _ in range(rng.randint(25, 60)):
            canv.circle(rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.15, 0.6), stroke=0,
                        fill=1)  # fmt: skip
        canv.setFillColor(colors.Color(0.75, 0.75, 0.75))
        canv.rect(W - 4 * mm, 0, 4 * mm, H, stroke=0, fill=1)  # the scanner's dark edge

    def stamp() -> None:
        canv.saveState()
        canv.translate(W - 62 * mm, H - 36 * mm)
        canv.rotate(f["stamp_angle"])
        red = colors.Color(0.75, 0.1, 0.12)
        canv.setStrokeColor(red)
        canv.setFillColor(red)
        canv.setLineWidth(1.6)
        canv.roundRect(0, 0, 46 * mm, 15 * mm, 2 * mm, stroke=1, fill=0)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawCentredString(23 * mm, 9 * mm, "RECEIVED")
        canv.setFont("Helvetica-Bold", 9)
        canv.drawCentredString(23 * mm, 3.5 * mm, received.strftime("%d %b %Y").upper())
        canv.restoreState()

    def skewed(pg: int) -> None:
        angle = f["skews"][(pg - 1) % len(f["skews"])]
        canv.translate(W / 2, H / 2)
        canv.rotate(angle)
        canv.translate(-W / 2 + rng.uniform(-2, 2) * mm, -H / 2 + rng.uniform(-2, 2) * mm)

    # cover sheet
    canv.saveState()
    skewed(1)
    fax_line(1)
    canv.setFont(bold, 20)
    canv.drawString(20 * mm, H - 30 * mm, "FACSIMILE TRANSMISSION")
    canv.setFont(base, 11)
    canv.drawString(20 * mm, H - 38 * mm, f"{p.authority} Council - Children's Services")
    y = H - 56 * mm
    for lab, val in (("To:", f"{f['fax_to']}, Regional Improvement Adviser"),
                     ("Fax:", f["to_number"]), ("From:", f"{f['fax_from']}, Business Support"),
                     ("Fax:", f["fax_number"]), ("Date:", sent.strftime("%d/%m/%Y")),
                     ("Pages:", f"{n_pages} (including this one)"),
                     ("Re:", "Improvement plan - latest position")):  # fmt: skip
        canv.setFont(bold, 11)
        canv.drawString(20 * mm, y, lab)
        canv.setFont(base, 11)
        canv.drawString(45 * mm, y, val)
        y -= 8 * mm
    canv.setFont(base, 10)
    for ln in ("Please find attached the latest position on our improvement plan, as requested",
               "at our meeting. The original will follow in the post. If you do not receive all",
               "pages please call the number above.",
               "",
               "CONFIDENTIALITY: this fax is intended only for the named recipient."):  # fmt: skip
        canv.drawString(20 * mm, y - 6 * mm, ln)
        y -= 5.5 * mm
    canv.restoreState()
    speckle()
    canv.showPage()
    pg = 2
    for ci, chunk in enumerate(chunks):
        canv.saveState()
        skewed(pg)
        fax_line(pg)
        canv.setFont(bold, 11)
        canv.setFillColor(colors.black)
        canv.drawString(18 * mm, H - 20 * mm, p.title if ci == 0 else f"{p.title} (cont.)")
        canv.setFont(base, 8)
        canv.drawString(18 * mm, H - 26 * mm, f"Position as at {sent.strftime('%d/%m/%Y')}")
        _, th = chunk.wrap(body_w, avail)
        chunk.drawOn(canv, (W - body_w) / 2, top - th)
        canv.restoreState()
        if ci == 0:
            stamp()
        speckle()
        canv.showPage()
        pg += 1
    if p.kpis:
        canv.saveState()
        skewed(pg)
        fax_line(pg)
        canv.setFont(bold, 11)
        canv.drawString(18 * mm, H - 20 * mm, "Performance measures")
        krows = [[Paragraph(_esc(h[c]), head) for c in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[90 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, th = kt.wrap(174 * mm, avail)
        kt.drawOn(canv, 18 * mm, top - th)
        canv.restoreState()
        speckle()
        canv.showPage()
    canv.save()
    return path


# ---- Word: a Welsh council's bilingual plan ---------------------------------------------------


def _shade(cell: Any, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cy_date(d: date) -> str:
    return f"{d.day} {WELSH_MONTHS[d.month]} / {calendar.month_name[d.month]} {d.year}"


def _bilingual(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    usable = (27.7 if p.landscape else 17.4) - 0.2
    sec.header.paragraphs[0].text = f"Cyngor {p.authority} / {p.authority} Council"
    sec.footer.paragraphs[0].text = ("Mae'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg / This "
                                     "document is available in Welsh and English")  # fmt: skip
    green = RGBColor(0x00, 0x5A, 0x3C)
    cy, en = p.title.split(" / ")
    t1 = doc.add_paragraph()
    r = t1.add_run(cy)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = green
    t2 = doc.add_paragraph()
    r = t2.add_run(en)
    r.bold = True
    r.font.size = Pt(18)
    inspected = date.fromisoformat(f["inspected"])
    approved = date.fromisoformat(f["approved"])
    intro = doc.add_table(rows=1, cols=2)
    intro.autofit = False
    cy_txt = (f"Arolygwyd ein gwasanaethau plant gan Arolygiaeth Gofal Cymru ar "
              f"{inspected.day} {WELSH_MONTHS[inspected.month]} {inspected.year}. Mae'r cynllun "
              "hwn yn nodi sut y byddwn yn ymateb i bob argymhelliad.")  # fmt: skip
    en_txt = (f"Our children's services were inspected by Care Inspectorate Wales on "
              f"{_long_date(inspected)}. This plan sets out how we will respond to each "
              "recommendation.")  # fmt: skip
    for j, (txt, it) in enumerate(((cy_txt, True), (en_txt, False))):
        c = intro.cell(0, j)
        c.width = Cm(usable / 2)
        c.paragraphs[0].add_run(txt).italic = it
    ap = doc.add_paragraph()
    ap.add_run(f"Cymeradwywyd gan / Approved by: {f['director']}, Cyfarwyddwr Gwasanaethau "
               f"Cymdeithasol / Director of Social Services, {_cy_date(approved)}").bold = True  # fmt: skip
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    frac = {"ref": 0.07, "action": 0.37, "owner": 0.18, "due": 0.16, "rag": 0.22, "progress": 0}
    if f["progress"]:
        frac.update(action=0.29, owner=0.14, due=0.13, rag=0.14, progress=0.23)
    for num, text in p.recs:
        hd = doc.add_paragraph()
        hd.paragraph_format.space_before = Pt(10)
        hd.paragraph_format.keep_with_next = True
        rr = hd.add_run(p.rec_label.format(n=num))
        rr.bold = True
        rr.font.size = Pt(12)
        rr.font.color.rgb = green
        tp = doc.add_paragraph(text)
        tp.paragraph_format.keep_with_next = True
        acts = p.per_rec(num)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for j, c in enumerate(cols):
            wd = Cm(usable * frac[c])
            t.columns[j].width = wd
            for tc in t.columns[j].cells:
                tc.width = wd
            cy_h, en_h = h[c].split(" / ")
            hc = t.cell(0, j)
            _shade(hc, "D9EAD3")
            r1 = hc.paragraphs[0].add_run(cy_h)
            r1.bold = True
            r1.font.color.rgb = green
            hc.add_paragraph().add_run(en_h).bold = True
        _repeat_header(t.rows[0])
        for i, a in enumerate(acts, start=1):
            _keep_row(t.rows[i])
            v = _vals(a)
            for j, c in enumerate(cols):
                t.cell(i, j).paragraphs[0].add_run(v[c])
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(12)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("Mesurau perfformiad / Performance measures")
        kr.bold = True
        kr.font.size = Pt(12)
        kr.font.color.rgb = green
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        kt.autofit = False
        for j, fr in enumerate((0.52, 0.16, 0.16, 0.16)):
            kt.columns[j].width = Cm(usable * fr)
            for kc in kt.columns[j].cells:
                kc.width = Cm(usable * fr)
        for j, c_ in enumerate(KCOLS):
            cy_h, en_h = h[c_].split(" / ")
            _shade(kt.cell(0, j), "D9EAD3")
            kt.cell(0, j).paragraphs[0].add_run(cy_h).bold = True
            kt.cell(0, j).add_paragraph().add_run(en_h).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker printed with row numbers and column letters -------------------------------


def _headings(p: H8Plan, folder: Path) -> Path:
    from openpyxl.utils import get_column_letter

    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    ws = wb.active
    ws.title = "Action plan"
    _xl_setup(ws, True)
    ws.print_options.headings = True
    ws.print_options.gridLines = True
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 8, "action": 50, "owner": 24, "due": 11, "rag": 15, "progress": 40}
    saved = date.fromisoformat(f["saved"])
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Workbook owner: {f['workbook_owner']}   Last saved: "
                  f"{saved.strftime('%d/%m/%Y')}").font = Font(name=font, italic=True, size=9)  # fmt: skip
    hdr = cols + ["updated", "by"]
    labels = {**h, "updated": "Last updated", "by": "Updated by"}
    widths.update(updated=13, by=20)
    for j, c in enumerate(hdr, start=1):
        ws.column_dimensions[get_column_letter(j)].width = widths[c]
        cl = ws.cell(4, j, labels[c])
        cl.font = Font(name=font, bold=True, size=10)
        cl.alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.print_title_rows = "4:4"
    ws.freeze_panes = "A5"
    row = 5
    meta = f["row_meta"]
    for num, text in p.recs:
        cl = ws.cell(row, 1, p.rec_label.format(n=num))
        cl.font = Font(name=font, bold=True, size=9)
        cl.alignment = Alignment(vertical="top")
        tc = ws.cell(row, 2, text)
        tc.font = Font(name=font, bold=True, size=9)
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        for j in range(1, len(hdr) + 1):
            ws.cell(row, j).fill = PatternFill("solid", fgColor="FCE4D6")
        ws.row_dimensions[row].height = 12 * ceil(len(text) / (widths["action"] * 1.1)) + 3
        row += 1
        for a in p.per_rec(num):
            v = _vals(a)
            upd_iso, who = meta[a.ref]
            v["updated"] = date.fromisoformat(upd_iso).strftime("%d/%m/%Y")
            v["by"] = who
            n_lines = 1
            for j, c in enumerate(hdr, start=1):
                cl = ws.cell(row, j, v[c])
                cl.font = Font(name=font, size=9)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                n_lines = max(n_lines, ceil(len(v[c]) / (widths[c] * 1.1)))
            ws.row_dimensions[row].height = 12 * n_lines + 3
            row += 1
    ws.print_area = f"A1:{get_column_letter(len(hdr))}{row - 1}"
    if p.kpis:
        ks = wb.create_sheet("KPIs")
        _xl_setup(ks, True)
        ks.print_options.headings = True
        ks.print_options.gridLines = True
        for col, wd in zip("ABCD", (60, 14, 14, 14), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for j, c in enumerate(KCOLS, start=1):
            ks.cell(3, j, h[c]).font = Font(name=font, bold=True, size=10)
        for i, k in enumerate(p.kpis, start=4):
            for j, c in enumerate(KCOLS, start=1):
                cl = ks.cell(i, j, _kpi_cell(k, c))
                cl.font = Font(name=font, size=9)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a planning wall of sticky notes -----------------------------------------------------

NOTE = {"green": "#C8F0C4", "amber": "#FFE98A", "red": "#FFC2C2", "blue": "#C4DDFB",
        None: "#E6E6E6"}  # fmt: skip


def _sticky_wall(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    edited = date.fromisoformat(f["edited"])
    tilts = f["tilts"]
    css = (
        "@page { size: A4 landscape; margin: 10mm; }"
        f"body {{ font-family: {font}; font-size: 9pt; margin: 0; background: #f4f4f1; }}"
        ".bar { background: #2d2d2d; color: #fff; padding: 6px 10px; display: flex;"
        " justify-content: space-between; font-size: 8.5pt; }"
        "h1 { font-size: 17pt; margin: 8px 0 2px 4px; }"
        ".sub { color: #555; margin: 0 0 6px 4px; }"
        ".key { margin: 0 0 8px 4px; font-size: 8pt; }"
        ".key span { display: inline-block; padding: 1px 8px; margin-right: 6px;"
        " border: 1px solid #999; }"
        ".frame { border: 2px dashed #9a9a9a; border-radius: 6px; background: #fff;"
        " margin: 0 0 10px 0; padding: 6px 8px 4px 8px; break-inside: avoid; }"
        ".ftitle { font-weight: bold; font-size: 11pt; color: #3b3b8f; }"
        ".rec { background: #fff; border: 1.5px solid #3b3b8f; padding: 4px 6px; margin: 4px 0 6px 0;"
        " width: 60%; }"
        ".notes { display: flex; flex-wrap: wrap; gap: 12px; padding: 4px 2px 8px 2px; }"
        ".note { width: 58mm; min-height: 40mm; padding: 6px 7px; box-shadow: 2px 3px 4px #bbb;"
        " position: relative; }"
        ".nref { font-size: 7.5pt; color: #444; font-weight: bold; }"
        ".ntext { font-size: 9.5pt; margin: 3px 0 6px 0; }"
        ".tag { display: inline-block; border-radius: 8px; padding: 0 6px; margin: 1px 3px 1px 0;"
        " font-size: 7.5pt; background: rgba(255,255,255,.75); border: 1px solid #888; }"
        ".st { font-weight: bold; }"
        ".upd { font-size: 7.5pt; font-style: italic; margin-top: 4px; }"
        ".votes { position: absolute; right: 5px; top: 4px; font-size: 7pt; background: #6b3fa0;"
        " color: #fff; border-radius: 7px; padding: 0 4px; }"
        ".cmt { font-size: 7pt; background: #fff; border: 1px solid #bbb; border-radius: 4px;"
        " padding: 1px 4px; margin-top: 4px; color: #555; }"
        ".park .note { background: #F8D8F0; min-height: 22mm; }"
        "table { border-collapse: collapse; width: 70%; } th, td { border: 1px solid #999;"
        " padding: 3px 5px; text-align: left; vertical-align: top; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='bar'><span>Whiteboard &rsaquo; {escape(p.authority)} CSC &rsaquo; "
        f"{escape(p.title)}</span><span>Last edited by {escape(f['edited_by'])} on "
        f"{edited.strftime('%d %b %Y')}</span></div>",
        f"<h1>{escape(p.title)}</h1>",
        f"<p class='sub'>{escape(p.authority)} Children's Services - workshop facilitated by "
        f"{escape(f['facilitator'])}. One note per action: ref, what, who, when and how it's "
        "going.</p>",
        "<div class='key'>Note colour: "
        + "".join(
            f"<span style='background:{NOTE[rag]}'>{escape(w)}</span>"
            for w, rag in (
                ("On it", "green"),
                ("Slipping", "amber"),
                ("Blocked", "red"),
                ("Done", "blue"),
                ("Backlog", None),
            )
        )  # fmt: skip
        + "</div>",
    ]
    k = 0
    for num, text in p.recs:
        out.append(f"<div class='frame'><div class='ftitle'>{escape(p.rec_label.format(n=num))}"
                   f"</div><div class='rec'>{escape(text)}</div><div class='notes'>")  # fmt: skip
        for a in p.per_rec(num):
            tilt = tilts[k % len(tilts)]
            k += 1
            parts = [
                f"<div class='note' style='background:{NOTE[a.rag]};"
                f" transform: rotate({tilt}deg)'>",
                f"<div class='votes'>+{f['votes'][a.ref]}</div>" if f["votes"][a.ref] else "",
                f"<div class='nref'>{escape(a.ref)}</div>",
                f"<div class='ntext'>{escape(a.text)}</div>",
                f"<span class='tag'>{escape(a.owner)}</span>",
                f"<span class='tag'>{escape(a.due_raw)}</span>",
                f"<span class='tag st'>{escape(a.status or '')}</span>",
            ]
            if a.progress:
                parts.append(
                    f"<div class='upd'>{escape(h['progress'])}: {escape(a.progress)}</div>"
                )
            if a.ref in f["comments"]:
                who, what = f["comments"][a.ref]
                parts.append(f"<div class='cmt'>{escape(who)}: {escape(what)}</div>")
            parts.append("</div>")
            out.append("".join(parts))
        out.append("</div></div>")
    out.append("<div class='frame park'><div class='ftitle'>Parking lot</div>"
               "<div class='notes'>")  # fmt: skip
    for idea in f["parking"]:
        tilt = tilts[k % len(tilts)]
        k += 1
        out.append(f"<div class='note' style='transform: rotate({tilt}deg)'>"
                   f"<div class='ntext'>{escape(idea)}</div></div>")  # fmt: skip
    out.append("</div></div>")
    if p.kpis:
        out.append("<div class='frame'><div class='ftitle'>How will we know?</div><table><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS) + "</tr>")  # fmt: skip
        for kp in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(kp, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</table></div>")
    out.append("</body></html>")
    return "".join(out)
