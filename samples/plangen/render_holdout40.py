"""Producers of the holdout40 split (BLIND: fixers never read this): a 7 minute briefing (seven
numbered boxes round a clock emblem, a page per recommendation) in ReportLab; a Signs of Safety
map in Word and a traceability workbook grouped by workstream in Excel, both printed by
LibreOffice; and an OKR tool's page (objectives, key results, initiatives) in HTML printed by
Chromium; each drawn straight from a holdout8.H8Plan built by holdout40."""

from __future__ import annotations

import calendar
import math
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E8B3E", "amber": "#D98E04", "red": "#C0392B", "blue": "#2F6DB5",
           None: "#8A8A8A"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout40", html=_okr,
                reportlab=_briefing, docx=_sos, xlsx=_trace)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


# ---- ReportLab: a 7 minute briefing -------------------------------------------------------------


def _briefing(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    W, H = landscape(A4)
    teal = colors.Color(0.0, 0.42, 0.45)
    pale = colors.Color(0.9, 0.96, 0.96)
    gap = 4 * mm
    left, right, bottom, top = 10 * mm, W - 10 * mm, 14 * mm, H - 24 * mm
    colw = (right - left - 2 * gap) / 3
    pad = 3 * mm
    inspected = date.fromisoformat(f["inspected"])
    nxt = date.fromisoformat(f["next_briefing"])
    n_pages = len(p.recs) + (1 if p.kpis else 0)
    path = folder / f"{p.name}.pdf"
    canv = Canvas(str(path), pagesize=(W, H))
    canv.setTitle(f"{p.authority} - {p.title}")

    def furniture(pg: int) -> None:
        canv.setFillColor(teal)
        canv.rect(0, H - 18 * mm, W, 18 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(bold, 17)
        canv.drawString(left, H - 12 * mm, "7 MINUTE BRIEFING")
        canv.setFont(base, 10)
        canv.drawRightString(right, H - 11 * mm, f"{p.authority} Children's Services")
        canv.drawRightString(right, H - 15.5 * mm, "Our improvement plan")
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canv.setFont(base, 7.5)
        canv.drawString(left, 7 * mm,
                        f"{p.authority} Children's Services | 7 minute briefing, issue {f['issue']}"
                        f" | {_long_date(p.issued)}")  # fmt: skip
        canv.drawRightString(right, 7 * mm, f"Page {pg} of {n_pages}")
        canv.setFillColor(colors.black)

    def box(x: float, y: float, w: float, hh: float, n: int, title: str, flows: list[Any]) -> None:
        canv.setFillColor(pale)
        canv.setStrokeColor(teal)
        canv.setLineWidth(1.2)
        canv.roundRect(x, y, w, hh, 3 * mm, stroke=1, fill=1)
        canv.setFillColor(teal)
        canv.circle(x + 6 * mm, y + hh - 6 * mm, 4.2 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(bold, 12)
        canv.drawCentredString(x + 6 * mm, y + hh - 7.5 * mm, str(n))
        canv.setFillColor(teal)
        canv.setFont(bold, 11)
        canv.drawString(x + 12.5 * mm, y + hh - 7.5 * mm, title)
        canv.setFillColor(colors.black)
        cy = y + hh - 12.5 * mm
        for fl in flows:
            _, fh = fl.wrap(w - 2 * pad, 10**6)
            fl.drawOn(canv, x + pad, cy - fh)
            cy -= fh

    def clock(cx: float, cy: float, r: float, label: str) -> None:
        canv.setFillColor(colors.white)
        canv.setStrokeColor(teal)
        canv.setLineWidth(2.5)
        canv.circle(cx, cy, r, stroke=1, fill=1)
        canv.setLineWidth(1)
        for i in range(12):
            a = math.radians(i * 30)
            canv.line(cx + (r - 3 * mm) * math.sin(a), cy + (r - 3 * mm) * math.cos(a),
                      cx + (r - 1 * mm) * math.sin(a), cy + (r - 1 * mm) * math.cos(a))  # fmt: skip
        canv.setLineWidth(1.8)
        canv.line(cx, cy, cx + 0.55 * r * math.sin(math.radians(42)),
                  cy + 0.55 * r * math.cos(math.radians(42)))  # fmt: skip
        canv.setFillColor(teal)
        canv.setFont(bold, 26)
        canv.drawCentredString(cx, cy + 1 * mm, "7")
        canv.setFont(bold, 8.5)
        canv.drawCentredString(cx, cy - 4.5 * mm, "minute briefing")
        canv.setFont(bold, 10)
        canv.drawCentredString(cx, cy - r - 6 * mm, label)
        canv.setFillColor(colors.black)

    size = 9.0
    for pg, (num, text) in enumerate(p.recs, start=1):
        acts = p.per_rec(num)
        while True:
            body = ParagraphStyle("b", fontName=base, fontSize=size, leading=size * 1.25)
            small = ParagraphStyle("s", parent=body, fontSize=size - 0.5, leading=size * 1.2,
                                   spaceAfter=2.6 * mm)  # fmt: skip
            act_flows: list[Any] = []
            for a in acts:
                act_flows.append(Paragraph(f"<b>{_esc(a.ref)}</b>&nbsp;&nbsp;{_esc(a.text)}",
                                           ParagraphStyle("a", parent=body,
                                                          fontName=bold)))  # fmt: skip
                line = (f"<b>{_esc(h['owner'])}</b> {_esc(a.owner)}&nbsp;&nbsp;&nbsp;&nbsp;"
                        f"<b>{_esc(h['due'])}</b> {_esc(a.due_raw)}&nbsp;&nbsp;&nbsp;&nbsp;"
                        f"<b>{_esc(h['rag'])}</b> <font color='{RAG_HEX[a.rag]}'>"
                        f"{_esc(a.status or '')}</font>")  # fmt: skip
                if a.progress:
                    act_flows.append(Paragraph(line, body))
                    act_flows.append(Paragraph(f"<i>{_esc(h['progress'])} {_esc(a.progress)}</i>",
                                               small))  # fmt: skip
                else:
                    act_flows.append(Paragraph(line, small))
            need = sum(fl.wrap(2 * colw + gap - 2 * pad, 10**6)[1] for fl in act_flows)
            need += 16 * mm
            if need <= 92 * mm or size <= 7:
                break
            size -= 0.5
        h3 = max(need, 58 * mm)
        rest = (top - bottom - h3 - 2 * gap) / 2
        y3 = bottom
        y2 = y3 + h3 + gap
        y1 = y2 + rest + gap
        furniture(pg)
        # the page's label above the boxes
        canv.setFont(bold, 11)
        canv.setFillColor(teal)
        canv.drawString(left, H - 22.5 * mm, f"{p.title} - {p.rec_label.format(n=num)}")
        canv.setFillColor(colors.black)
        sponsor, board = f["sponsors"][num]
        n_recs = len(p.recs)
        box(
            left,
            y1,
            colw,
            rest,
            1,
            "Background",
            [
                Paragraph(
                    f"Ofsted inspected our services for children in "
                    f"{calendar.month_name[inspected.month]} {inspected.year}. They made {n_recs} "
                    "recommendations. There is a briefing like this one for each of them.",
                    body,
                )
            ],
        )
        box(left + colw + gap, y1, colw, rest, 2, "What Ofsted said",
            [Paragraph(_esc(text), ParagraphStyle("r", parent=body, fontSize=size + 1,
                                                  leading=(size + 1) * 1.25))])  # fmt: skip
        box(
            left + 2 * (colw + gap),
            y1,
            colw,
            rest,
            3,
            "Why it matters",
            [Paragraph(_esc(f["why"][num]), body)],
        )
        box(left + 2 * (colw + gap), y2, colw, rest, 4, "Who is leading this",
            [Paragraph(f"Senior sponsor: {_esc(sponsor)}. Progress is reported to the "
                       f"{_esc(board)} every month.", body)])  # fmt: skip
        box(left + colw + gap, y3, 2 * colw + gap, h3, 5, "What we are doing", act_flows)
        box(
            left,
            y3,
            colw,
            h3,
            6,
            "Questions for your team",
            [Paragraph(f"&bull; {_esc(q)}", body) for q in f["questions"][num]],
        )
        box(
            left,
            y2,
            colw,
            rest,
            7,
            "Find out more",
            [
                Paragraph(
                    f"Talk to your manager, or contact {_esc(f['contact'])}, Improvement Programme "
                    f"Officer. Next briefing: {_long_date(nxt)}.",
                    body,
                )
            ],
        )
        clock(left + 1.5 * colw + gap, y2 + rest / 2 + 3 * mm, min(rest / 2 - 8 * mm, 22 * mm),
              p.rec_label.format(n=num))  # fmt: skip
        canv.showPage()
    if p.kpis:
        furniture(n_pages)
        canv.setFont(bold, 14)
        canv.setFillColor(teal)
        canv.drawString(left, H - 30 * mm, "How we will know it is working")
        canv.setFillColor(colors.black)
        cell = ParagraphStyle("c", fontName=base, fontSize=9.5, leading=12)
        head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
        rows = [[Paragraph(_esc(h[c]), head) for c in KCOLS]]
        rows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        t = Table(rows, colWidths=[130 * mm, 40 * mm, 40 * mm, 40 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, teal),
                               ("BACKGROUND", (0, 0), (-1, 0), teal),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, th = t.wrap(250 * mm, 10**6)
        t.drawOn(canv, left, H - 36 * mm - th)
        canv.showPage()
    canv.save()
    return path


# ---- Word: a Signs of Safety map ----------------------------------------------------------------


def _shade(cell: Any, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _sos(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.header.paragraphs[0].text = f"{p.authority} Children's Services - Signs of Safety map"
    sec.footer.paragraphs[0].text = "OFFICIAL - for staff and partners"
    navy = RGBColor(0x1F, 0x3A, 0x5F)
    tp = doc.add_paragraph()
    r = tp.add_run(p.title)
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = navy
    mapped = date.fromisoformat(f["mapped"])
    doc.add_paragraph(
        "We use Signs of Safety with children and families, so we have mapped our improvement "
        "plan in the same way: what we are worried about, what is working well and what needs "
        f"to happen. Mapped by {f['mapped_by']} with the Practice Quality Group on "
        f"{_long_date(mapped)}."
    )
    widths = (Cm(7.2), Cm(7.2), Cm(12.3))
    fills = ("F8D7D3", "D5EDD8", "D6E4F4")
    heads = ("What are we worried about?", "What's working well?", "What needs to happen?")
    for num, text in p.recs:
        hd = doc.add_paragraph()
        hd.paragraph_format.space_before = Pt(12)
        hd.paragraph_format.keep_with_next = True
        rr = hd.add_run(p.rec_label.format(n=num))
        rr.bold = True
        rr.font.size = Pt(13)
        rr.font.color.rgb = navy
        t = doc.add_table(rows=4, cols=3)
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for tr in t.rows:  # a row is never split across pages (an action stays whole)
            _keep_row(tr)
        for j, wd in enumerate(widths):
            t.columns[j].width = wd
            for c in t.columns[j].cells:
                c.width = wd
        top = t.cell(0, 0).merge(t.cell(0, 2))
        _shade(top, "EDEDED")
        top.paragraphs[0].add_run("What Ofsted said").bold = True
        top.add_paragraph(text)
        for j in range(3):
            c = t.cell(1, j)
            _shade(c, fills[j])
            c.paragraphs[0].add_run(heads[j]).bold = True
        for j, items in enumerate((f["worries"][num], f["well"][num])):
            c = t.cell(2, j)
            c.paragraphs[0].text = f"\u2022 {items[0]}"
            for it in items[1:]:
                c.add_paragraph(f"\u2022 {it}")
        c = t.cell(2, 2)
        first = True
        for a in p.per_rec(num):
            para = c.paragraphs[0] if first else c.add_paragraph()
            if not first:
                para.paragraph_format.space_before = Pt(7)
            first = False
            para.add_run(f"{a.ref}  ").bold = True
            para.add_run(a.text).bold = True
            lines = [(h["owner"], a.owner), (h["due"], a.due_raw), (h["rag"], a.status or "")]
            if a.progress:
                lines.append((h["progress"], a.progress))
            for lab, val in lines:
                lp = c.add_paragraph()
                lp.paragraph_format.left_indent = Cm(0.5)
                lp.add_run(f"{lab} ").italic = True
                run = lp.add_run(val)
                if lab == h["rag"]:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(RAG_HEX[a.rag][1:])
        score, when, board = f["scaling"][num]
        sc = t.cell(3, 0).merge(t.cell(3, 2))
        sc.paragraphs[0].add_run("Scaling: ").bold = True
        sc.paragraphs[0].add_run(
            "on a scale of 0 to 10, where 10 means this is fully put right and 0 means nothing "
            f"has changed, the {board} scored this {score} on {_long_date(date.fromisoformat(when))}."
        )
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(14)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("How we will know children are safer")
        kr.bold = True
        kr.font.size = Pt(13)
        kr.font.color.rgb = navy
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        kt.autofit = False
        for j, kwd in enumerate((12.0, 4.5, 4.5, 4.5)):
            kt.columns[j].width = Cm(kwd)
            for kc in kt.columns[j].cells:
                kc.width = Cm(kwd)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "D6E4F4")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a traceability workbook grouped by workstream --------------------------------------


def _trace(p: H8Plan, folder: Path) -> Path:
    from openpyxl.utils import get_column_letter

    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="203864")
    ws = wb.active
    ws.title = "Recommendations"
    _xl_setup(ws, True)
    ws.oddFooter.right.text = "&A - page &P of &N"
    for col, wd in zip("ABC", (16, 95, 30), strict=True):
        ws.column_dimensions[col].width = wd
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    compiled = date.fromisoformat(f["compiled"])
    ws.cell(2, 1, "Each action is listed once on the Action plan sheet, under its workstream. "
                  "This sheet shows which actions address each recommendation. Compiled by "
                  f"{f['compiled_by']}, {_long_date(compiled)}."
            ).font = Font(name=font, italic=True, size=9)  # fmt: skip
    ws.row_dimensions[4].height = 28
    for j, lab in enumerate((h["rec"], "Recommendation", "Addressed by actions"), start=1):
        c = ws.cell(4, j, lab)
        c.font = Font(name=font, bold=True, size=10, color="FFFFFF")
        c.fill = head_fill
        c.border = grid
        c.alignment = Alignment(wrap_text=True, vertical="bottom")
    ids: dict[str, list[str]] = {n: [] for n, _ in p.recs}
    for a in p.actions:
        ids[a.recs[0]].append(a.ref)
    for i, (num, text) in enumerate(p.recs, start=5):
        rvals = (p.rec_label.format(n=num), text, ", ".join(ids[num]))
        for j, v in enumerate(rvals, start=1):
            c = ws.cell(i, j, v)
            c.font = Font(name=font, size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = grid
        ws.row_dimensions[i].height = 14 * max(ceil(len(text) / 100), ceil(len(rvals[2]) / 30)) + 4
    ap = wb.create_sheet("Action plan")
    _xl_setup(ap, True)
    ap.oddFooter.right.text = "&A - page &P of &N"
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    hdr = cols + ["paras"]
    labels = {**h, "paras": "Ofsted report para."}
    widths = {"ref": 9, "action": 58, "owner": 28, "due": 16, "rag": 17, "progress": 42,
              "paras": 12}  # fmt: skip
    ap.cell(1, 1, f"{p.title} - action plan by workstream").font = Font(name=font, bold=True,
                                                                         size=14)  # fmt: skip
    ap.cell(2, 1, f"Status as at {_long_date(p.issued)}. See the Recommendations sheet for the "
                  "recommendation each action addresses."
            ).font = Font(name=font, italic=True, size=9)  # fmt: skip
    for j, c in enumerate(hdr, start=1):
        ap.column_dimensions[get_column_letter(j)].width = widths[c]
        cl = ap.cell(4, j, labels[c])
        cl.font = Font(name=font, bold=True, size=10, color="FFFFFF")
        cl.fill = head_fill
        cl.alignment = Alignment(wrap_text=True, vertical="bottom")
        cl.border = grid
    ap.row_dimensions[4].height = 28
    ap.print_title_rows = "4:4"
    fills = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE",
             None: "EDEDED"}  # fmt: skip
    by_ref = {a.ref: a for a in p.actions}
    fmt = "d mmmm yyyy" if p.features["date_form"] == "cell-long" else "mmm-yyyy"
    row = 5
    for k, (stream, lead, refs) in enumerate(f["streams"], start=1):
        b = ap.cell(row, 1, f"Workstream {k}: {stream} - workstream lead {lead}")
        b.font = Font(name=font, bold=True, size=11)
        for j in range(1, len(hdr) + 1):
            ap.cell(row, j).fill = PatternFill("solid", fgColor="DDEBF7")
            ap.cell(row, j).border = grid
        ap.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(hdr))
        ap.row_dimensions[row].height = 18
        row += 1
        for ref in refs:
            a = by_ref[ref]
            vals: dict[str, Any] = {"ref": a.ref, "action": a.text, "owner": a.owner,
                                    "due": a.due_date, "rag": a.status or "",
                                    "progress": a.progress or "",
                                    "paras": ", ".join(str(x) for x in f["paras"][a.ref])}  # fmt: skip
            n_lines = 1
            for j, c in enumerate(hdr, start=1):
                cl = ap.cell(row, j, vals[c])
                cl.font = Font(name=font, size=10)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                cl.border = grid
                if c == "due":
                    cl.number_format = fmt
                    cl.alignment = Alignment(vertical="top", horizontal="left")
                elif c == "rag":
                    cl.fill = PatternFill("solid", fgColor=fills[a.rag])
                else:
                    n_lines = max(n_lines, ceil(len(str(vals[c])) / (widths[c] * 1.0)))
            ap.row_dimensions[row].height = 13 * n_lines + 3
            row += 1
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        for col, wd in zip("ABCD", (62, 18, 16, 16), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Measures").font = Font(name=font, bold=True, size=14)
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, size=10, color="FFFFFF")
            cl.fill = head_fill
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


# ---- HTML: an OKR tool's page ---------------------------------------------------------------


def _okr(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    css = (
        "@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm; }"
        f"body {{ font-family: {font}; font-size: 9pt; margin: 0; color: #222; }}"
        ".bar { background: #3b2e83; color: #fff; padding: 7px 12px; display: flex;"
        " justify-content: space-between; align-items: center; }"
        ".app { font-weight: bold; font-size: 12pt; } .who { font-size: 8pt; }"
        ".sub { color: #555; font-size: 8.5pt; margin: 8px 0 10px 0; }"
        ".obj { border: 1px solid #cfcbe6; border-radius: 6px; margin: 0 0 12px 0;"
        " padding: 8px 10px; }"
        ".ohead { display: flex; justify-content: space-between; gap: 12px; }"
        ".chip { display: inline-block; background: #ece9fb; color: #3b2e83; font-weight: bold;"
        " border-radius: 10px; padding: 0 8px; font-size: 8pt; }"
        ".otext { font-size: 11pt; font-weight: bold; margin: 4px 0 2px 0; }"
        ".oown { color: #555; font-size: 8pt; }"
        ".ring { flex: none; width: 15mm; height: 15mm; border-radius: 50%;"
        " display: flex; align-items: center; justify-content: center; font-weight: bold; }"
        ".ring span { background: #fff; border-radius: 50%; width: 11mm; height: 11mm;"
        " display: flex; align-items: center; justify-content: center; font-size: 8.5pt; }"
        ".sect { font-size: 7.5pt; letter-spacing: 0.08em; color: #777; margin: 8px 0 3px 0;"
        " border-bottom: 1px solid #eee; }"
        ".kr { display: flex; gap: 8px; align-items: center; margin: 3px 0; break-inside: avoid; }"
        ".track { width: 24mm; height: 2.2mm; background: #eee; border-radius: 2mm; flex: none; }"
        ".fill { height: 100%; background: #7a6bd1; border-radius: 2mm; }"
        ".pct { width: 9mm; flex: none; font-size: 8pt; color: #555; }"
        ".krm { color: #666; font-size: 8pt; }"
        ".ini { border-left: 3px solid #ccc; padding: 2px 0 2px 8px; margin: 5px 0;"
        " break-inside: avoid; }"
        ".ititle { font-weight: bold; } .meta { font-size: 8.5pt; margin-top: 1px; }"
        ".meta span { margin-right: 14px; }"
        ".st { display: inline-block; border-radius: 3px; padding: 0 5px; color: #fff;"
        " font-size: 8pt; font-weight: bold; }"
        ".ci { font-size: 8.5pt; margin-top: 1px; } .cid { color: #888; font-size: 7.5pt; }"
        "table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd;"
        " padding: 3px 6px; text-align: left; vertical-align: top; font-size: 8.5pt; }"
        "th { color: #3b2e83; }"
    )
    issued = p.issued
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='bar'><span class='app'>Goals &middot; {escape(p.authority)} Council</span>"
        f"<span class='who'>Printed by {escape(f['user'])} on {_long_date(issued)}</span></div>",
        f"<h1 style='font-size:15pt;margin:10px 0 2px 0'>{escape(p.title)}</h1>",
        f"<div class='sub'>Team: Children's Services Improvement &middot; Cycle: "
        f"{escape(f['cycle'])} &middot; {len(p.recs)} objectives &middot; {len(p.actions)} "
        "initiatives</div>",
    ]  # fmt: skip
    for num, text in p.recs:
        pct = f["obj_progress"][num]
        out.append(
            "<div class='obj'><div class='ohead'><div>"
            f"<span class='chip'>{escape(p.rec_label.format(n=num))}</span>"
            f"<div class='otext'>{escape(text)}</div>"
            f"<div class='oown'>Objective owner: {escape(f['obj_owner'][num])}</div></div>"
            f"<div class='ring' style='background: conic-gradient(#7a6bd1 {pct}%, #eee 0)'>"
            f"<span>{pct}%</span></div></div>"
            "<div class='sect'>KEY RESULTS</div>"
        )
        for kr_text, who, kpct, kdue in f["key_results"][num]:
            out.append(
                f"<div class='kr'><div class='track'><div class='fill' style='width:{kpct}%'>"
                f"</div></div><span class='pct'>{kpct}%</span><div>{escape(kr_text)}"
                f"<div class='krm'>{escape(h['owner'])}: {escape(who)} &middot; "
                f"{escape(h['due'])}: {escape(kdue)}</div></div></div>"
            )
        out.append("<div class='sect'>INITIATIVES</div>")
        for a in p.per_rec(num):
            out.append(_initiative(p, a))
        out.append("</div>")
    if p.kpis:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS) + "</tr>"
            for k in p.kpis
        )
        out.append(
            "<div class='obj'><div class='otext'>Tracked metrics</div><table><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + f"</tr>{rows}</table></div>"
        )
    out.append("</body></html>")
    return "".join(out)


def _initiative(p: H8Plan, a: H8Action) -> str:
    h = p.headers
    f = p.features
    when_iso, who = f["checked_in"][a.ref]
    when = date.fromisoformat(when_iso)
    ci = ""
    if a.progress:
        ci = (f"<div class='ci'>{escape(h['progress'])}: {escape(a.progress)}</div>"
              f"<div class='cid'>Checked in {when.strftime('%d %b %Y')} by {escape(who)}</div>")  # fmt: skip
    return (
        f"<div class='ini' style='border-left-color:{RAG_HEX[a.rag]}'>"
        f"<div class='ititle'>{escape(a.ref)} {escape(a.text)}</div>"
        f"<div class='meta'><span>{escape(h['owner'])}: {escape(a.owner)}</span>"
        f"<span>{escape(h['due'])}: {escape(a.due_raw)}</span>"
        f"<span>{escape(h['rag'])}: <span class='st' style='background:{RAG_HEX[a.rag]}'>"
        f"{escape(a.status or '')}</span></span></div>{ci}</div>"
    )
