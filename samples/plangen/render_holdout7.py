"""Producers of the holdout7 split (BLIND: fixers never read this): an action log of dated reviews
in ReportLab, a project-management export in HTML printed by Chromium, a letter with an annex in
Word and a workbook of service-area sheets in Excel printed by LibreOffice; each drawn straight
from a holdout7.H7Plan."""

from __future__ import annotations

import calendar
import random
from datetime import date
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7_STATUS, SERVICES, TINT, H7Kpi, H7Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _put, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_holdout4 import _rl_fonts, _xl_setup
from samples.plangen.render_office import FONTS


def render_all(plans: list[H7Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout7",
        html=_pm,
        reportlab=_log,
        docx=_letter,
        xlsx=_sheets,
    )


def _label(p: H7Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _kpi_columns(rng: random.Random) -> list[str]:
    return rng.choice((["indicator", "baseline", "latest", "target"],
                       ["indicator", "baseline", "target", "latest"]))  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _review_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _key_text() -> str:
    return "; ".join(word for word, _ in H7_STATUS) + "; Closed"


# ---- ReportLab: an action log with dated review entries ---------------------------------------


def _log(p: H7Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _rl_fonts()
    rng = random.Random(p.seed_rng)
    regular = "DejaVuSans" if p.font == "sans" else "DejaVuSerif"
    bold = regular + "-Bold"
    pagesize = landscape(A4) if p.landscape else A4
    pdf = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=pagesize, leftMargin=1.3 * cm,
                            rightMargin=1.3 * cm, topMargin=1.3 * cm, bottomMargin=1.3 * cm,
                            title=p.title, invariant=1)  # fmt: skip
    width = pagesize[0] - 2.6 * cm
    fs = 8.0 if p.landscape else 7.0
    body = ParagraphStyle("b", fontName=regular, fontSize=fs, leading=fs + 2)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    big = ParagraphStyle("t", fontName=bold, fontSize=13, leading=16, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10, leading=13, spaceBefore=8,
                        spaceAfter=4)  # fmt: skip
    h = p.headers
    order = "newest first" if p.newest_first else "oldest first"
    story: list[Any] = [
        Paragraph(xml_escape(p.title), big),
        Paragraph(xml_escape(f"Log maintained by the Improvement Programme Office; position at "
                             f"{_long_date(p.issued)}. Each action's reviews are listed "
                             f"{order}; the most recent review gives the current status. "
                             f"Statuses: {_key_text()}."), body),
        Paragraph("Recommendations from the inspection", h2),
    ]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(xml_escape(f"{_label(p, num)}{text}"), body))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Action log", h2))
    cols = ["ref", "action", "owner", "rec", "due", "review", "rag", "progress"]
    rel = {"ref": 2.0, "action": 6.0, "owner": 3.2, "rec": 1.6, "due": 2.4, "review": 2.5,
           "rag": 2.8, "progress": 5.0}  # fmt: skip
    tot = sum(rel.values())
    data: list[list[Any]] = [[Paragraph(xml_escape(h[c]), head) for c in cols]]
    style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe3ea")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
    rec_form = rng.choice(("Rec {n}", "R{n}", "{n}"))
    for i, a in enumerate(p.actions):
        reviews = list(reversed(a.reviews)) if p.newest_first else list(a.reviews)
        first = len(data)
        for k, rv in enumerate(reviews):
            cells = {c: "" for c in cols}
            if k == 0:
                cells.update(ref=a.ref, action=a.text, owner=a.owner,
                             rec=rec_form.format(n=a.recs[0]), due=a.due_raw)  # fmt: skip
            cells.update(review=_review_date(rv.when), rag=rv.status, progress=rv.note)
            data.append([Paragraph(xml_escape(cells[c]), body) for c in cols])
        if i % 2:
            style.append(("BACKGROUND", (0, first), (-1, len(data) - 1),
                          colors.HexColor("#f5f6f8")))  # fmt: skip
        style.append(("LINEABOVE", (0, first), (-1, first), 1.2, colors.HexColor("#404040")))
    t = Table(data, colWidths=[width * rel[c] / tot for c in cols], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    if p.kpis:
        story.append(Paragraph("Performance scorecard", h2))
        kcols = _kpi_columns(rng)
        kdata = [[Paragraph(xml_escape(h[c]), head) for c in kcols]]
        kdata += [[Paragraph(xml_escape(_kpi_cell(k, c)), body) for c in kcols] for k in p.kpis]
        kt = Table(kdata, colWidths=[width * (0.46 if c == "indicator" else 0.18) for c in kcols],
                   repeatRows=1)  # fmt: skip
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe3ea"))]))  # fmt: skip
        story.append(kt)
    doc.build(story)
    return pdf


# ---- HTML: a project-management export ------------------------------------------------------


def _pm(p: H7Plan) -> str:
    from samples.plangen.holdout7 import _pm_date

    rng = random.Random(p.seed_rng)
    form = p.pm_form
    h = p.headers
    css = f"""
@page {{ size: A4 landscape; margin: 10mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8pt; color: #111; }}
h1 {{ font-size: 12pt; margin: 0 0 2mm 0; }}
.meta {{ font-size: 7.5pt; color: #444; margin-bottom: 3mm; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.5pt solid #a0a0a0; padding: 1.2mm 1.5mm; vertical-align: top; }}
th {{ background: #e8e8e8; text-align: left; font-weight: bold; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
tr.sum td {{ font-weight: bold; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.date {{ white-space: nowrap; }}
.ind1 {{ padding-left: 4mm; }} .ind2 {{ padding-left: 8mm; }}
"""
    cols = ["id", "mode", "name", "duration", "start", "finish", "pct", "pred", "res"]
    heads = {"id": h["pm_id"], "mode": "", "name": h["pm_name"], "duration": h["pm_dur"],
             "start": h["pm_start"], "finish": h["pm_finish"], "pct": h["pm_pct"],
             "pred": h["pm_pred"], "res": h["pm_res"]}  # fmt: skip
    if rng.random() < 0.3:
        heads["name"], heads["res"] = h["action"], h["owner"]
    if rng.random() < 0.5:
        cols.remove("mode")
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
           f"<h1>{escape(p.title)}</h1>",
           f"<div class='meta'>Project: {escape(p.title)} &nbsp;|&nbsp; Exported "
           f"{escape(_long_date(p.issued))} &nbsp;|&nbsp; Status date "
           f"{escape(_long_date(p.issued))}</div>",
           "<table><thead><tr>" + "".join(f"<th>{escape(heads[c])}</th>" for c in cols)
           + "</tr></thead><tbody>"]  # fmt: skip

    def row(vals: dict[str, str], cls: str = "", indent: int = 0) -> str:
        tds = []
        for c in cols:
            klass = " class='num'" if c in ("id", "duration", "pct") else ""
            klass = " class='date'" if c in ("start", "finish") else klass
            if c == "name":
                klass = f" class='ind{indent}'" if indent else ""
            tds.append(f"<td{klass}>{escape(vals.get(c, ''))}</td>")
        return f"<tr class='{cls}'>" + "".join(tds) + "</tr>"

    def dur(a: date, b: date) -> str:
        days = sum(
            1 for k in range((b - a).days + 1) if date.fromordinal(a.toordinal() + k).weekday() < 5
        )
        return f"{days} days"

    starts = [a.start for a in p.actions if a.start]
    finishes = [a.due_date for a in p.actions if a.due_date]
    first, last = min(starts), max(finishes)  # type: ignore[type-var]
    mean = round(sum(a.pct for a in p.actions) / len(p.actions))
    if rng.random() < 0.5:
        out.append(row({"id": "0", "mode": "", "name": p.title, "duration": dur(first, last),
                        "start": _pm_date(form, first), "finish": _pm_date(form, last),
                        "pct": f"{mean}%"}, "sum"))  # fmt: skip
    ident = 0
    prev = ""
    for num, text in p.recs:
        ident += 1
        mine = p.per_rec(num)
        s = min(a.start for a in mine if a.start)
        f = max(a.due_date for a in mine if a.due_date)
        pct = round(sum(a.pct for a in mine) / len(mine))
        out.append(row({"id": str(ident), "mode": "", "name": f"{_label(p, num)}{text}",
                        "duration": dur(s, f), "start": _pm_date(form, s),
                        "finish": _pm_date(form, f), "pct": f"{pct}%"}, "sum", 1))  # fmt: skip
        for a in mine:
            ident += 1
            pred = prev if prev and rng.random() < 0.4 else ""
            assert a.start and a.due_date
            out.append(row({"id": a.ref, "mode": "", "name": a.text,
                            "duration": dur(a.start, a.due_date), "start": _pm_date(form, a.start),
                            "finish": a.due_raw, "pct": f"{a.pct}%", "pred": pred,
                            "res": a.printed_owner}, "", 2))  # fmt: skip
            prev = a.ref
    out.append("</tbody></table></body></html>")
    return "".join(out)


# ---- Word: a letter to the inspector with the plan as an annex ---------------------------------


def _letter(p: H7Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    size = 10.5
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    h = p.headers
    width = 21.0 - 4.0
    right = doc.add_paragraph()
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.add_run(f"{p.authority} Council\nChildren's Services\nCounty Hall\n"
                  f"{_long_date(p.issued)}")  # fmt: skip
    inspector = rng.choice(("Ms A Rowe HMI", "Mr K Patel HMI", "Ms J Okafor HMI"))
    doc.add_paragraph(f"{inspector}\nOfsted\nPiccadilly Gate\nStore Street\nManchester M1 2WD")
    doc.add_paragraph(f"Dear {inspector.split()[0]} {inspector.split()[2]},")
    para = doc.add_paragraph()
    para.add_run(f"Inspection of {p.authority} local authority children's services").bold = True
    doc.add_paragraph(
        f"1. Thank you for your letter setting out the findings of the inspection. I am writing "
        f"to set out our response to the {len(p.recs)} recommendations you made, and the actions "
        f"we have agreed with partners to address them.")  # fmt: skip
    doc.add_paragraph(
        "2. Our improvement plan is attached as Annex A. It has been agreed by the Lead Member "
        "and the Chief Executive and will be overseen by our Improvement Board, which meets "
        "monthly and reports to Cabinet each quarter.")  # fmt: skip
    doc.add_paragraph(
        "3. We will share progress with you at our annual engagement meeting. Please contact me "
        "if you would like to discuss any part of this response.")  # fmt: skip
    doc.add_paragraph("Yours sincerely,")
    dcs = rng.choice(("Helen Markham", "David Osei", "Ruth Kowalczyk"))
    doc.add_paragraph(f"{dcs}\nDirector of Children's Services")
    doc.add_page_break()
    doc.add_heading("Annex A: Action plan", 1)
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if progress else [])
    lettered = rng.random() < 0.5
    letters = [f"({'abcdef'[j]})" for j in range(len(cols))]
    if lettered:
        doc.add_paragraph(
            "Key to the columns: " + "; ".join(f"{letters[j]} {h[c]}"
                                               for j, c in enumerate(cols)) + ".")  # fmt: skip
    doc.add_paragraph(f"Status key: {_key_text()}.")
    rel = {"ref": 1.2, "action": 6.5, "owner": 3.2, "due": 2.2, "rag": 2.2, "progress": 4.0}
    for i, (num, text) in enumerate(p.recs, start=1):
        para = doc.add_paragraph()
        para.add_run(f"A{i}. ").bold = True
        para.add_run(f"{_label(p, num)}{text}")
        mine = p.per_rec(num)
        t = doc.add_table(rows=1 + len(mine), cols=len(cols))
        _borders(t, "grid")
        _widths(t, [rel[c] for c in cols], width)
        for j, c in enumerate(cols):
            _put(t.cell(0, j), letters[j] if lettered else h[c], size - 1.5, bold=True)
            _shade(t.cell(0, j), "#DCE6F0")
        for r, a in enumerate(mine, start=1):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, c in enumerate(cols):
                _put(t.cell(r, j), vals[c], size - 1.5)
                if c == "rag" and a.rag:
                    _shade(t.cell(r, j), TINT[a.rag])
        doc.add_paragraph()
    if p.kpis:
        doc.add_heading("Annex B: How we will measure impact", 1)
        kcols = _kpi_columns(rng)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=len(kcols))
        _borders(kt, "grid")
        _widths(kt, [8.0 if c == "indicator" else 3.0 for c in kcols], width)
        for j, c in enumerate(kcols):
            _put(kt.cell(0, j), h[c], size - 1.5, bold=True)
            _shade(kt.cell(0, j), "#DCE6F0")
        for r, k in enumerate(p.kpis, start=1):
            for j, c in enumerate(kcols):
                _put(kt.cell(r, j), _kpi_cell(k, c), size - 1.5)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a summary sheet and a sheet per service area --------------------------------------


def _sheets(p: H7Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="C9DAF8")
    h = p.headers
    ws = wb.active
    ws.title = "Summary"
    _xl_setup(ws, True)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 90
    ws.column_dimensions["C"].width = 30
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Summary of the inspection's recommendations. Position at "
                  f"{_long_date(p.issued)}; the actions are on the service area sheets.").font = Font(
        name=font, italic=True, size=10)  # fmt: skip
    r = 4
    for j, c in enumerate(("rec", "rec_text", "service")):
        cell = ws.cell(r, j + 1, h[c])
        cell.font, cell.fill, cell.border, cell.alignment = (
            Font(name=font, bold=True, size=10),
            head_fill,
            grid,
            wrap,
        )
    for num, text in p.recs:
        r += 1
        lead = [a.service for a in p.actions if a.recs[0] == num]
        area = SERVICES[max(set(lead), key=lead.count)][0] if lead else ""
        for j, v in enumerate((num, text, area)):
            cell = ws.cell(r, j + 1, v)
            cell.font, cell.border, cell.alignment = Font(name=font, size=10), grid, wrap
        ws.row_dimensions[r].height = 14.0 * max(1, -(-len(text) // 80)) + 6
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "rec", "due", "rag"] + (["progress"] if progress else [])
    widths = {"ref": 8, "action": 50, "owner": 26, "rec": 10, "due": 14, "rag": 18,
              "progress": 40}  # fmt: skip
    rec_form = rng.choice(("{n}", "Rec {n}", "R{n}"))
    for s in p.services:
        area, _ = SERVICES[s]
        sh = wb.create_sheet(area[:31])
        _xl_setup(sh, True)
        for j, c in enumerate(cols):
            sh.column_dimensions[chr(65 + j)].width = widths[c]
        sh.cell(1, 1, f"Service area: {area}").font = Font(name=font, bold=True, size=13)
        r = 3
        for j, c in enumerate(cols):
            cell = sh.cell(r, j + 1, h[c])
            cell.font, cell.fill, cell.border, cell.alignment = (
                Font(name=font, bold=True, size=10),
                head_fill,
                grid,
                wrap,
            )
        sh.row_dimensions[r].height = 30
        sh.print_title_rows = "3:3"
        for a in (x for x in p.actions if x.service == s):
            r += 1
            vals: dict[str, object] = {"ref": a.ref, "action": a.text, "owner": a.owner,
                                       "rec": rec_form.format(n=a.recs[0]), "due": a.due_raw,
                                       "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            lines = 1
            for j, c in enumerate(cols):
                cell = sh.cell(r, j + 1)
                if c == "due" and a.xl_date and a.due_date is not None:
                    cell.value, cell.number_format = a.due_date, "dd/mm/yy"
                else:
                    cell.value = vals[c]
                cell.font, cell.alignment, cell.border = Font(name=font, size=10), wrap, grid
                if c == "rag" and a.rag:
                    cell.fill = PatternFill("solid", fgColor=TINT[a.rag].lstrip("#"))
                val = vals[c]
                if isinstance(val, str):
                    lines = max(lines, -(-len(val) // int(widths[c] * 0.85)))
            sh.row_dimensions[r].height = 14.0 * lines + 6
    if p.kpis:
        ks = wb.create_sheet("Scorecard")
        _xl_setup(ks, True)
        kcols = _kpi_columns(rng)
        for j, c in enumerate(kcols):
            ks.column_dimensions[chr(65 + j)].width = 52 if c == "indicator" else 18
            hc = ks.cell(1, j + 1, h[c])
            hc.font, hc.fill, hc.border, hc.alignment = (
                Font(name=font, bold=True),
                head_fill,
                grid,
                wrap,
            )
        for i, k in enumerate(p.kpis, start=2):
            for j, c in enumerate(kcols):
                cell = ks.cell(i, j + 1)
                if c == "indicator":
                    cell.value = k.indicator
                else:
                    fig = {"baseline": k.baseline, "latest": k.latest, "target": k.target}[c]
                    cell.value, cell.number_format = _xl_number(fig)
                cell.font, cell.border = Font(name=font, size=10), grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
