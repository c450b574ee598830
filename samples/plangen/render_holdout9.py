"""Producers of the holdout9 split (BLIND: fixers never read this): a PMO exception report in
ReportLab, a transposed plan in HTML printed by Chromium, a scrutiny committee's response tracker
in Word and a plan printed as two side-by-side halves in Excel, both printed by LibreOffice; each
drawn straight from a holdout8.H8Plan built by holdout9."""

from __future__ import annotations

import calendar
import random
import re
from datetime import date
from html import escape
from pathlib import Path
from typing import cast

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout9 import H9_STATUS, TINT9, H9Action
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

PALE = {"green": "#D5EFD9", "amber": "#FDE9C4", "red": "#F6CFCB", "blue": "#D3E2F4"}
GREY = "#9A9A9A"


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout9",
        html=_transposed,
        reportlab=_exception,
        docx=_scrutiny,
        xlsx=_halves,
    )


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _kpi_columns(rng: random.Random) -> list[str]:
    return rng.choice((["indicator", "baseline", "latest", "target"],
                       ["indicator", "baseline", "target", "latest"]))  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: a PMO exception report ----------------------------------------------------------


def _exception(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,  # fmt: skip
    )

    rng = random.Random(p.seed_rng)
    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    body = ParagraphStyle("b", fontName=base, fontSize=8.5, leading=10.5)
    cellst = ParagraphStyle("c", fontName=base, fontSize=8, leading=9.6)
    headst = ParagraphStyle("h", fontName=bold, fontSize=8, leading=9.6, textColor=colors.white)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    size = landscape(A4) if p.landscape else A4
    pdf = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    width = size[0] - 32 * mm
    period = f"{calendar.month_name[p.issued.month]} {p.issued.year}"
    overall = rng.choice(("Amber", "Amber/Green", "Green"))
    story: list = [
        Paragraph(escape(p.title), h1),
        Paragraph(
            f"Reporting period: {period}. Prepared by the Programme Management Office for "
            f"the Improvement Board of {_long_date(p.issued)}. Overall programme status: "
            f"<b>{overall}</b>.",
            body,
        ),  # fmt: skip
        Spacer(1, 4),
        Paragraph(
            "This report summarises every task in the improvement plan and gives detail "
            "by exception: only tasks rated Off track or Needs attention are reported in "
            "section 3, with a path to green and a revised date agreed by the sponsor.",
            body,
        ),  # fmt: skip
        Paragraph("1. Recommendations", h2),
    ]
    for num, text in p.recs:
        story.append(Paragraph(escape(f"{_label(p, num)}{text}"), body))
        story.append(Spacer(1, 2))
    story.append(Paragraph("2. Summary of all tasks", h2))
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if progress else [])
    rel = {"ref": 1.3, "action": 6.0, "owner": 3.0, "due": 2.4, "rag": 2.0, "progress": 4.5}
    tot = sum(rel[c] for c in cols)
    cw = [width * rel[c] / tot for c in cols]
    rows = [[Paragraph(escape(h[c]), headst) for c in cols]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#34495E")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
    actions = cast(list[H9Action], p.actions)  # an exception report's plan is holdout9's
    for i, a in enumerate(actions, start=1):
        due = a.agreed_raw or a.due_raw
        vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": due,
                "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
        rows.append([Paragraph(escape(vals[c]), cellst) for c in cols])
        if a.rag:
            j = cols.index("rag")
            style.append(("BACKGROUND", (j, i), (j, i), colors.HexColor(PALE[a.rag])))
    t = Table(rows, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Paragraph("Dates in this table are the dates agreed when the plan was approved.",
                           ParagraphStyle("n", parent=body, fontSize=7.5)))  # fmt: skip
    story.append(Paragraph("3. Exceptions", h2))
    exceptions = [a for a in actions if a.agreed_raw]
    if not exceptions:
        story.append(Paragraph("There are no exceptions this period.", body))
    lab = ParagraphStyle("l", parent=cellst, fontName=bold)
    for a in exceptions:
        rowsx = [
            [Paragraph(f"Task {escape(a.ref)}", lab), Paragraph(escape(a.text), cellst)],
            [Paragraph(escape(h["owner"]), lab), Paragraph(escape(a.owner), cellst)],
            [Paragraph(escape(h["rag"]), lab), Paragraph(escape(a.status or ""), cellst)],
            [Paragraph("Reason for exception", lab), Paragraph(escape(a.reason), cellst)],
            [Paragraph("Path to green", lab), Paragraph(escape(a.path), cellst)],
            [Paragraph("Date originally agreed", lab), Paragraph(escape(a.agreed_raw), cellst)],
            [Paragraph("Revised date", lab), Paragraph(escape(a.due_raw), cellst)],
        ]
        tx = Table(rowsx, colWidths=[width * 0.22, width * 0.78])
        tx.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(TINT9[a.rag or "amber"])),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#BBBBBB")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(PALE[a.rag or "amber"])),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(KeepTogether([tx, Spacer(1, 6)]))
    story.append(Paragraph("Status key: " + "; ".join(w for w, _ in H9_STATUS) + ".",
                           ParagraphStyle("k", parent=body, fontSize=7.5)))  # fmt: skip

    def page(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(base, 7)
        canvas.drawString(16 * mm, 9 * mm, f"PMO exception report - {period} - OFFICIAL")
        canvas.drawRightString(size[0] - 16 * mm, 9 * mm, f"Page {_doc.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- HTML: a transposed plan, tasks as columns --------------------------------------------------


def _circle(rag: str | None) -> str:
    colour = TINT9[rag] if rag else GREY
    return (f"<span style='display:inline-block;width:4mm;height:4mm;border-radius:50%;"
            f"background:{colour}'></span>")  # fmt: skip


def _transposed(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#0E4D64", "#4A235A", "#1B5E20", "#8E3B12"))
    css = f"""
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.6pt; color: #111; }}
h1 {{ font-size: 16pt; color: {accent}; margin: 0 0 2mm 0; }}
h2 {{ font-size: 10.5pt; color: {accent}; margin: 5mm 0 2mm 0; break-after: avoid; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; break-inside: avoid;
         margin-bottom: 3mm; }}
th, td {{ border: 0.5pt solid #8C8C8C; padding: 1.2mm 1.5mm; vertical-align: top; }}
th.field {{ background: #EEF2F4; text-align: left; width: 30mm; }}
th.task {{ background: {accent}; color: #fff; text-align: left; }}
.key span {{ vertical-align: middle; }}
.key {{ margin: 2mm 0 3mm 0; }}
.key b {{ margin-right: 5mm; font-weight: normal; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body>"]  # fmt: skip
    out.append(f"<h1>{escape(p.title)}</h1>")
    out.append(f"<p>Position at {escape(_long_date(p.issued))}. Each table reads down: one "
               "column per task, the fields of the task in its rows.</p>")  # fmt: skip
    out.append(
        "<div class='key'>Key: "
        + "".join(f"{_circle(rag)} <b>{escape(word)}</b>" for word, rag in H9_STATUS)
        + "</div>"
    )
    fields = ["action", "owner", "due", "rag"] + (
        ["progress"] if any(a.progress for a in p.actions) else []
    )
    per = rng.choice((3, 4))
    for num, text in p.recs:
        out.append(f"<h2>{escape(_label(p, num) + text)}</h2>")
        mine = p.per_rec(num)
        for start in range(0, len(mine), per):
            chunk = mine[start : start + per]
            out.append("<table><colgroup><col style='width:30mm'>"
                       + "".join("<col>" for _ in range(per)) + "</colgroup>")  # fmt: skip
            out.append(f"<tr><th class='field'>{escape(h['ref'])}</th>"
                       + "".join(f"<th class='task'>{escape(a.ref)}</th>" for a in chunk)
                       + "<td style='border:none'></td>" * (per - len(chunk)) + "</tr>")  # fmt: skip
            for f in fields:
                cells = []
                for a in chunk:
                    if f == "rag":
                        cells.append(f"<td>{_circle(a.rag)}</td>")
                    else:
                        v = {"action": a.text, "owner": a.owner, "due": a.due_raw,
                             "progress": a.progress or ""}[f]  # fmt: skip
                        cells.append(f"<td>{escape(v)}</td>")
                cells += ["<td style='border:none'></td>"] * (per - len(chunk))
                out.append(f"<tr><th class='field'>{escape(h[f])}</th>{''.join(cells)}</tr>")
            out.append("</table>")
    if p.kpis:
        kcols = _kpi_columns(rng)
        out.append("<h2>How we will know it is working</h2><table><colgroup>"
                   + "".join(f"<col style='width:{40 if c == 'indicator' else 20}%'>"
                             for c in kcols) + "</colgroup><tr>"
                   + "".join(f"<th class='task'>{escape(h[c])}</th>" for c in kcols)
                   + "</tr>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in kcols)
                       + "</tr>")  # fmt: skip
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a scrutiny committee's response tracker ----------------------------------------------

REJECT = ("The Council considers this is already covered by existing arrangements.",
          "Not affordable within the current budget; to be reconsidered next year.")  # fmt: skip


def _cell(cell, text: str, size: float, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def _scrutiny(p: H8Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    size = 8.5
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1"):
        doc.styles[name].font.name = FONTS[p.font]
    h = p.headers
    meeting = _months_after_simple(p.start)
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"The Committee's review of {p.authority}'s children's services reported to Cabinet on "
        f"{_long_date(meeting)}. The Committee made {len(p.recs)} recommendations. This tracker "
        f"records the Council's response to each and progress at {_long_date(p.issued)}. "
        "Where a recommendation was not accepted no task is recorded.")  # fmt: skip
    doc.add_paragraph("Status key: " + "; ".join(w for w, _ in H9_STATUS) + ".")
    progress = any(a.progress for a in p.actions)
    cols = ["rec", "rectext", "response", "ref", "action", "owner", "due", "rag"] + (
        ["progress"] if progress else []
    )
    names = {**h, "rectext": "Committee recommendation", "response": "Council response"}
    rel = {"rec": 1.5, "rectext": 4.6, "response": 2.2, "ref": 1.0, "action": 5.0,
           "owner": 3.0, "due": 2.2, "rag": 1.9, "progress": 3.8}  # fmt: skip
    rows: list[dict[str, str]] = []
    for num, text in p.recs:
        response = p.features["responses"][num]
        first = {"rec": num, "rectext": text, "response": response}
        mine = p.per_rec(num)
        if not mine:
            rows.append({**first, "action": f"No task: {rng.choice(REJECT)}"})
            continue
        for i, a in enumerate(mine):
            row = dict(first) if i == 0 else {}
            row.update({"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                        "rag": a.status or "", "progress": a.progress or "",
                        "_rag": a.rag or ""})  # fmt: skip
            rows.append(row)
    t = doc.add_table(rows=1 + len(rows), cols=len(cols))
    _borders(t, "grid")
    _widths(t, [rel[c] for c in cols], 29.7 - 3.0)
    for j, c in enumerate(cols):
        _cell(t.cell(0, j), names[c], size, bold=True)
        _shade(t.cell(0, j), "#D9E1F2")
    from docx.oxml import OxmlElement

    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for i, row in enumerate(rows, start=1):
        t.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for j, c in enumerate(cols):
            _cell(t.cell(i, j), row.get(c, ""), size)
            if c == "rag" and row.get("_rag"):
                _shade(t.cell(i, j), PALE[row["_rag"]])
            if c == "response" and row.get(c) == "Not accepted":
                _shade(t.cell(i, j), "#EDEDED")
    doc.add_paragraph()
    doc.add_paragraph(f"Scrutiny Officer: {rng.choice(('Priya Nandra', 'Tom Ellery', 'Joanne Mbeki'))}"
                      ". Next review by the Committee in six months.")  # fmt: skip
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


def _months_after_simple(d: date) -> date:
    return date(d.year - (1 if d.month <= 2 else 0), (d.month - 3) % 12 + 1, 14)


# ---- Excel: the table printed as two side-by-side halves ---------------------------------------

_DOTTED = re.compile(r"^(\d\d)\.(\d\d)\.(\d{4})$")


def _halves(p: H8Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    h = p.headers
    ws = wb.active
    ws.title = "Plan"
    _xl_setup(ws, True)
    cols = ["ref", "rec", "action", "owner", "due", "rag"]
    widths = {"ref": 5, "rec": 7, "action": 38, "owner": 22, "due": 11, "rag": 11}
    gap = 2
    half = len(cols) + 1  # columns per half with the gap column

    def letter(j: int) -> str:
        return chr(64 + j)

    for side in (0, 1):
        for j, c in enumerate(cols, start=1):
            ws.column_dimensions[letter(side * half + j)].width = widths[c]
    ws.column_dimensions[letter(half)].width = gap
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Updated {_long_date(p.issued)}. The table continues in the right-hand "
                  "half of the page.").font = Font(name=font, italic=True, size=9)  # fmt: skip
    r = 3
    for num, text in p.recs:
        r += 1
        cell = ws.cell(r, 1, f"{_label(p, num)}{text}")
        cell.font, cell.alignment = Font(name=font, size=9), wrap
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2 * half - 1)
        ws.row_dimensions[r].height = 13.0 * max(1, -(-len(text) // 170)) + 3
    r += 2
    top = r
    for side in (0, 1):
        for j, c in enumerate(cols, start=1):
            cell = ws.cell(top, side * half + j, h[c])
            cell.font, cell.fill, cell.border = Font(name=font, bold=True, size=9), head_fill, grid
            cell.alignment = wrap
    ws.row_dimensions[top].height = 26
    n = len(p.actions)
    left = -(-n // 2)
    halves = (p.actions[:left], p.actions[left:])
    for i in range(left):
        lines = 1
        for side in (0, 1):
            if i >= len(halves[side]):
                continue
            a = halves[side][i]
            vals = {"ref": a.ref, "rec": ", ".join(a.recs), "action": a.text, "owner": a.owner,
                    "due": a.due_raw, "rag": a.status or ""}  # fmt: skip
            for j, c in enumerate(cols, start=1):
                cell = ws.cell(top + 1 + i, side * half + j)
                cell.border, cell.alignment = grid, wrap
                cell.font = Font(name=font, size=9)
                m = _DOTTED.match(a.due_raw) if c == "due" else None
                if m:
                    cell.value = date(int(m[3]), int(m[2]), int(m[1]))
                    cell.number_format = "dd.mm.yyyy"
                else:
                    cell.value = vals[c]
                if c == "rag" and a.rag:
                    cell.fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
                lines = max(lines, -(-len(vals[c]) // max(1, int(widths[c] * 0.9))))
        ws.row_dimensions[top + 1 + i].height = 12.5 * lines + 4
    ws.print_title_rows = f"{top}:{top}"
    foot = top + left + 2
    ws.cell(foot, 1, "Status key: " + "; ".join(w for w, _ in H9_STATUS)).font = Font(
        name=font, size=8, italic=True
    )
    if p.kpis:
        ks = wb.create_sheet("Metrics")
        _xl_setup(ks, True)
        kcols = _kpi_columns(rng)
        for j, c in enumerate(kcols):
            ks.column_dimensions[chr(65 + j)].width = 52 if c == "indicator" else 18
            hc = ks.cell(1, j + 1, h[c])
            hc.font, hc.fill, hc.border = Font(name=font, bold=True), head_fill, grid
            hc.alignment = wrap
        for i, k in enumerate(p.kpis, start=2):
            for j, c in enumerate(kcols):
                cell = ks.cell(i, j + 1)
                if c == "indicator":
                    cell.value = k.indicator
                else:
                    v = {"baseline": k.baseline, "latest": k.latest, "target": k.target}[c]
                    cell.value, cell.number_format = _xl_number(v)
                cell.font, cell.border = Font(name=font, size=10), grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
