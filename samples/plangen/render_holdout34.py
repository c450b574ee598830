"""Producers of the holdout34 split (BLIND: fixers never read this): a network diagram in
ReportLab, an organisation chart in HTML printed by Chromium, a line-numbered consultation draft
in Word and a tracker printed with its row numbers and its comments at the end in Excel, both
printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout34."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
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
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout34 import H34_STATUS, h34_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
TINT = {"green": "C8E6C9", "amber": "FFE0B2", "red": "FFCDD2", "blue": "BBDEFB", None: "EEEEEE"}
DOT = {"green": "#2E7D32", "amber": "#EF6C00", "red": "#C62828", "blue": "#1565C0", None: "#9E9E9E"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout34", html=_orgchart,
                reportlab=_network, docx=_draft, xlsx=_tracker)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _workdays(a: date, b: date) -> int:
    n = 0
    d = a
    while d <= b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return max(n, 1)


# ---- ReportLab: a network diagram of the programme --------------------------------------------


def _network(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    form = str(f["date_form"])
    starts: dict[str, str] = f["starts"]
    critical: list[str] = f["critical"]
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    ital = "Helvetica-Oblique" if p.font == "sans" else "Times-Italic"
    W, H = landscape(A3)
    margin = 12 * mm
    name_st = ParagraphStyle("n", fontName=bold, fontSize=8, leading=9.6)
    sum_st = ParagraphStyle("s", fontName=bold, fontSize=8.4, leading=10)
    cell_st = ParagraphStyle("c", fontName=base, fontSize=7.2, leading=8.6)
    note_st = ParagraphStyle("nt", fontName=ital, fontSize=7, leading=8.4, textColor="#37474F")
    red = colors.HexColor("#D32F2F")
    blue = colors.HexColor("#1E63B5")
    grey = colors.HexColor("#424242")

    def when(d: date, finish: bool) -> str:
        text, _ = h34_due(form, d)
        if form == "dtime" and not finish:
            text = text.replace("17:00", "08:00")
        return text

    def node(rows: list[list[Any]], spans: list[int], width: float, edge: Any, fill: str,
             thick: float) -> Table:  # fmt: skip
        t = Table(rows, colWidths=[width * 0.55, width * 0.45])
        style = [
            ("BOX", (0, 0), (-1, -1), thick, edge),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, edge),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, 0), 2.5), ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
        ]  # fmt: skip
        for r in spans:
            style.append(("SPAN", (0, r), (1, r)))
        t.setStyle(TableStyle(style))
        return t

    def c(text: str) -> Paragraph:
        return Paragraph(escape(text), cell_st)

    sum_w = 62 * mm
    act_w = 72 * mm
    gap = 9 * mm
    # the nodes of each lane
    lanes: list[tuple[str, Table, list[tuple[H8Action, Table]]]] = []
    task_id = int(f["first_id"])
    for num, text in p.recs:
        acts = p.per_rec(num)
        s0 = min(date.fromisoformat(starts[a.ref]) for a in acts)
        s1 = max(a.due_date for a in acts if a.due_date)
        srows = [
            [Paragraph(escape(text), sum_st), ""],
            [c(f"Start: {when(s0, False)}"), c(f"ID: {task_id}")],
            [c(f"{h['due']}: {when(s1, True)}"), c(f"Dur: {_workdays(s0, s1)} days")],
            [c(f"{h['ref']}: {num}"), c("")],
        ]
        task_id += 1
        snode = node(srows, [0], sum_w, grey, "#ECEFF1", 2)
        nodes = []
        for a in acts:
            assert a.due_date is not None
            s = date.fromisoformat(starts[a.ref])
            rows = [
                [Paragraph(escape(a.text), name_st), ""],
                [c(f"Start: {when(s, False)}"), c(f"ID: {task_id}")],
                [c(f"{h['due']}: {a.due_raw}"), c(f"Dur: {_workdays(s, a.due_date)} days")],
                [c(f"{h['ref']}: {a.ref}"), c(f"{h['rag']}: {a.status}")],
                [c(f"{h['owner']}: {a.owner}"), ""],
            ]
            spans = [0, 4]
            if a.progress:
                rows.append([Paragraph(f"{escape(h['progress'])}: {escape(a.progress)}", note_st),
                             ""])  # fmt: skip
                spans.append(5)
            task_id += 1
            edge = red if a.ref in critical else blue
            nodes.append((a, node(rows, spans, act_w, edge, "#FFFFFF", 1.3)))
        lanes.append((num, snode, nodes))

    top = H - margin - 22 * mm
    bottom = margin + 24 * mm
    # pagination: a lane stays whole on its page
    pages: list[list[tuple[float, tuple[str, Table, list[tuple[H8Action, Table]]]]]] = [[]]
    y = top
    for lane in lanes:
        _, snode, nodes = lane
        hts = [snode.wrap(sum_w, H)[1]] + [t.wrap(act_w, H)[1] for _, t in nodes]
        lane_h = max(hts)
        if y - lane_h < bottom and pages[-1]:
            pages.append([])
            y = top
        pages[-1].append((y, lane))
        y -= lane_h + 13 * mm
    n_pages = len(pages) + (1 if p.kpis else 0)
    pdf = folder / f"{p.name}.pdf"
    canv = Canvas(str(pdf), pagesize=(W, H))
    canv.setTitle(p.title)

    def chrome(page_no: int) -> None:
        canv.setFont(bold, 14)
        canv.setFillColor(colors.black)
        canv.drawString(margin, H - margin - 6 * mm, p.title)
        canv.setFont(base, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(margin, H - margin - 11.5 * mm,
                        f"Project: Children's Services Improvement Plan v{f['version']}   View: "
                        f"Network Diagram   Printed {p.issued.strftime('%d/%m/%y')} by "
                        f"{f['printed_by']}")  # fmt: skip
        canv.drawRightString(W - margin, H - margin - 6 * mm, f"Page {page_no} of {n_pages}")
        canv.setFillColor(colors.black)

    def legend() -> None:
        lx, ly, lw, lh = margin, margin, W - 2 * margin, 17 * mm
        canv.setStrokeColor(colors.HexColor("#757575"))
        canv.setLineWidth(0.6)
        canv.rect(lx, ly, lw, lh)
        canv.line(lx + 95 * mm, ly, lx + 95 * mm, ly + lh)
        canv.setFont(base, 7.5)
        canv.drawString(lx + 3 * mm, ly + lh - 5 * mm,
                        "Project: Children's Services Improvement Plan")  # fmt: skip
        canv.drawString(lx + 3 * mm, ly + lh - 10 * mm, f"Date: {when(p.issued, False)}")
        items = [("Critical", red, 1.3), ("Noncritical", blue, 1.3), ("Summary", grey, 2)]
        x = lx + 100 * mm
        for label, col, wdt in items:
            canv.setStrokeColor(col)
            canv.setLineWidth(wdt)
            canv.rect(x, ly + lh - 9 * mm, 9 * mm, 5 * mm)
            canv.drawString(x + 11 * mm, ly + lh - 7.7 * mm, label)
            x += 38 * mm
        canv.setStrokeColor(blue)
        canv.setLineWidth(0.7)
        canv.rect(x, ly + lh - 9 * mm, 9 * mm, 5 * mm)
        canv.line(x, ly + lh - 9 * mm, x + 9 * mm, ly + lh - 4 * mm)
        canv.drawString(x + 11 * mm, ly + lh - 7.7 * mm, "In progress")
        x += 38 * mm
        canv.rect(x, ly + lh - 9 * mm, 9 * mm, 5 * mm)
        canv.line(x, ly + lh - 9 * mm, x + 9 * mm, ly + lh - 4 * mm)
        canv.line(x, ly + lh - 4 * mm, x + 9 * mm, ly + lh - 9 * mm)
        canv.drawString(x + 11 * mm, ly + lh - 7.7 * mm, "Completed")
        x += 38 * mm
        arrow(x, ly + lh - 6.5 * mm, x + 9 * mm, ly + lh - 6.5 * mm, grey)
        canv.drawString(x + 11 * mm, ly + lh - 7.7 * mm, "Finish-to-start link")
        canv.setFillColor(colors.black)

    def arrow(x0: float, y0: float, x1: float, y1: float, col: Any) -> None:
        canv.setStrokeColor(col)
        canv.setFillColor(col)
        canv.setLineWidth(0.8)
        canv.line(x0, y0, x1 - 2.2 * mm, y1)
        path = canv.beginPath()
        path.moveTo(x1, y1)
        path.lineTo(x1 - 2.4 * mm, y1 + 1.1 * mm)
        path.lineTo(x1 - 2.4 * mm, y1 - 1.1 * mm)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
        canv.setFillColor(colors.black)

    boxes: dict[str, tuple[float, float, float, float]] = {}
    for i, page in enumerate(pages, start=1):
        chrome(i)
        legend()
        page_boxes: dict[str, tuple[float, float, float, float]] = {}
        for ytop, (_num, snode, nodes) in page:
            _, sh = snode.wrap(sum_w, H)
            # the summary node's slanted tab (its shape) and body
            canv.setFillColor(colors.HexColor("#B0BEC5"))
            tab = canv.beginPath()
            tab.moveTo(margin, ytop)
            tab.lineTo(margin + 14 * mm, ytop)
            tab.lineTo(margin + 17 * mm, ytop + 2.5 * mm)
            tab.lineTo(margin + 3 * mm, ytop + 2.5 * mm)
            tab.close()
            canv.drawPath(tab, stroke=0, fill=1)
            canv.setFillColor(colors.black)
            snode.drawOn(canv, margin, ytop - sh)
            x = margin + sum_w + gap
            prev_x = margin + sum_w
            for a, t in nodes:
                _, th = t.wrap(act_w, H)
                t.drawOn(canv, x, ytop - th)
                arrow(prev_x, ytop - 8 * mm, x, ytop - 8 * mm, grey)
                edge = red if a.ref in critical else blue
                if a.rag == "blue" or a.rag in ("green", "amber", "red"):
                    canv.setStrokeColor(edge)
                    canv.setLineWidth(0.5)
                    canv.line(x, ytop - th, x + act_w, ytop)
                    if a.rag == "blue":
                        canv.line(x, ytop, x + act_w, ytop - th)
                page_boxes[a.ref] = (x, ytop, act_w, th)
                prev_x = x + act_w
                x += act_w + gap
        for src, dst in f["links"]:
            if src in page_boxes and dst in page_boxes:
                sx, sy, sw, shh = page_boxes[src]
                dx, dy, dw, _ = page_boxes[dst]
                x0 = sx + sw * 0.7
                y0 = sy - shh
                xm = dx + dw * 0.3
                ymid = dy + 6 * mm
                canv.setStrokeColor(grey)
                canv.setLineWidth(0.8)
                canv.setDash(3, 2)
                canv.line(x0, y0, x0, ymid)
                canv.line(x0, ymid, xm, ymid)
                canv.line(xm, ymid, xm, dy + 2.2 * mm)
                canv.setDash()
                canv.setFillColor(grey)
                path = canv.beginPath()
                path.moveTo(xm, dy)
                path.lineTo(xm - 1.1 * mm, dy + 2.4 * mm)
                path.lineTo(xm + 1.1 * mm, dy + 2.4 * mm)
                path.close()
                canv.drawPath(path, stroke=0, fill=1)
                canv.setFillColor(colors.black)
        boxes.update(page_boxes)
        canv.showPage()
    if p.kpis:
        chrome(n_pages)
        kst = ParagraphStyle("k", fontName=base, fontSize=9, leading=11)
        rows = [[Paragraph(f"<b>{escape(h[col])}</b>", kst) for col in KCOLS]]
        rows += [[Paragraph(escape(_kpi_cell(k, col)), kst) for col in KCOLS] for k in p.kpis]
        kt = Table(rows, colWidths=[150 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9E9E9E")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F2FD")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        canv.setFont(bold, 12)
        canv.drawString(margin, H - margin - 22 * mm, "Programme measures (from the plan)")
        _, kh = kt.wrap(W, H)
        kt.drawOn(canv, margin, H - margin - 27 * mm - kh)
        canv.showPage()
    canv.save()
    return pdf


# ---- Word: a consultation draft, its lines numbered ----------------------------------------


def _draft(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    ln = OxmlElement("w:lnNumType")
    ln.set(qn("w:countBy"), str(f["count_by"]))
    ln.set(qn("w:restart"), str(f["restart"]))
    ln.set(qn("w:distance"), "400")
    sec._sectPr.find(qn("w:pgMar")).addnext(ln)
    closes = date.fromisoformat(f["closes"])
    board = date.fromisoformat(f["board"])
    sec.header.paragraphs[0].text = (f"DRAFT FOR CONSULTATION - draft {f['draft_no']} - not "
                                     "council policy")  # fmt: skip
    sec.footer.paragraphs[0].text = (f"Comments to {f['contact']} by {_long_date(closes)}. "
                                     "Please quote line numbers.")  # fmt: skip
    doc.add_heading(p.title, 1)
    visited = p.start - timedelta(days=20)
    doc.add_paragraph(
        f"Status of this document: draft {f['draft_no']}, agreed for consultation by the "
        f"Improvement Board on {_long_date(board)} (chair: {f['chair']}). It is not council "
        "policy until it has been approved."
    )
    doc.add_heading("How to respond", 2)
    doc.add_paragraph(
        f"Please send comments to {f['contact']}, Improvement Programme Manager, quoting the "
        f"line numbers they refer to. The consultation closes on {_long_date(closes)}."
    )
    doc.add_heading("Background", 2)
    doc.add_paragraph(
        f"Ofsted inspected {p.authority}'s services for children in "
        f"{calendar.month_name[visited.month]} {visited.year} and made {len(p.recs)} "
        "recommendations. For each one, this draft sets out what we will do, who will lead "
        "the work and by when. Where work has started we say where it has got to."
    )
    for num, text in p.recs:
        doc.add_heading(p.rec_label.format(n=num), 2)
        rp = doc.add_paragraph()
        rp.paragraph_format.left_indent = Cm(0.8)
        rp.paragraph_format.keep_with_next = True
        rp.add_run(text).italic = True
        for a in p.per_rec(num):
            ap = doc.add_paragraph()
            pf = ap.paragraph_format
            pf.left_indent = Cm(1.3)
            pf.first_line_indent = Cm(-1.3)
            pf.keep_with_next = True
            pf.space_after = Pt(2)
            pf.tab_stops.add_tab_stop(Cm(1.3))
            ap.add_run(a.ref).bold = True
            ap.add_run("\t" + a.text)
            fields = [(h["owner"], a.owner), (h["due"], a.due_raw), (h["rag"], a.status or "")]
            if a.progress:
                fields.append((h["progress"], a.progress))
            for k, (label, value) in enumerate(fields):
                fp = doc.add_paragraph()
                ff = fp.paragraph_format
                ff.left_indent = Cm(5.3)
                ff.first_line_indent = Cm(-4.0)
                ff.tab_stops.add_tab_stop(Cm(5.3))
                ff.space_after = Pt(8 if k == len(fields) - 1 else 0)
                ff.keep_with_next = k < len(fields) - 1
                fp.add_run(label).italic = True
                fp.add_run("\t" + value)
    doc.add_heading("Consultation questions", 2)
    for q in (
        "Q1. Do the actions under each required improvement address what Ofsted found?",
        "Q2. Are the leads and deadlines realistic? Give the line numbers of any you would change.",
        f"Q3. What else should the Improvement Board (chair: {f['chair']}) know before it "
        f"approves the plan after {_long_date(closes)}?",
    ):
        doc.add_paragraph(q)
    if p.kpis:
        doc.add_heading("How we will know things are better", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(16.0 - 3 * 2.8 if j == 0 else 2.8)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "DDEBF7")
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    end = doc.add_paragraph()
    end.add_run("End of consultation draft").font.color.rgb = RGBColor(0x75, 0x75, 0x75)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker printed with headings, its comments printed at the end ----------------


def _tracker(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    date_notes: dict[str, tuple[str, str]] = f["date_notes"]
    authors: dict[str, str] = f["authors"]
    wb = Workbook()
    font = FONTS[p.font]
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.print_options.headings = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    widths = (9, 62, 30, 12, 15)
    for j, wdt in enumerate(widths):
        ws.column_dimensions["ABCDE"[j]].width = wdt
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"Last saved {p.issued.strftime('%d/%m/%Y')} by {f['saved_by']}. Progress "
                  f"updates are kept as comments on the {h['rag']} cells.").font = Font(
        name=font, italic=True, size=9)  # fmt: skip
    heads = (h["ref"], h["action"], h["owner"], h["due"], h["rag"])
    row = 4
    for j, text in enumerate(heads, start=1):
        c = ws.cell(row, j, text)
        c.font = Font(name=font, bold=True, size=10)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.print_title_rows = f"{row}:{row}"
    # the comments, as (row, column letter, author, text)
    comments: list[tuple[int, str, str, str]] = []
    comments.append((row, "E", f["header_note"], f"Statuses as agreed at the board on "
                     f"{(p.issued - timedelta(days=9)).strftime('%d/%m/%Y')}."))  # fmt: skip
    row += 1
    form = str(f["date_form"])
    for num, text in p.recs:
        rl = ws.cell(row, 1, p.rec_label.format(n=num))
        rl.font = Font(name=font, bold=True, size=10)
        rl.alignment = Alignment(vertical="top")
        rc = ws.cell(row, 2, text)
        rc.font = Font(name=font, bold=True, size=10)
        rc.alignment = Alignment(wrap_text=True, vertical="top")
        for j in range(1, 6):
            ws.cell(row, j).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.row_dimensions[row].height = 13.5 * max(1, ceil(len(text) / 66)) + 2
        row += 1
        for a in p.per_rec(num):
            vals: tuple[Any, ...] = (a.ref, a.text, a.owner, a.due_date, a.status or "")
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row, j, v)
                c.font = Font(name=font, size=10)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row, 1).number_format = "@"
            ws.cell(row, 4).number_format = "MMM-YY" if form == "mmmyy" else "DD/MM/YYYY"
            ws.cell(row, 4).alignment = Alignment(horizontal="left", vertical="top")
            ws.cell(row, 5).fill = PatternFill("solid", fgColor=TINT[a.rag])
            lines = max(ceil(len(a.text) / 68), ceil(len(a.owner) / 32), 1)
            ws.row_dimensions[row].height = 13.5 * lines + 2
            if a.ref in date_notes:
                who, note = date_notes[a.ref]
                comments.append((row, "D", who, note))
            if a.progress:
                comments.append((row, "E", authors[a.ref], a.progress))
            row += 1
    if p.kpis:
        row += 1
        ws.cell(row, 2, "Performance measures").font = Font(name=font, bold=True, size=11)
        row += 1
        for j, col in enumerate(KCOLS):
            c = ws.cell(row, 2 + j, h[col])
            c.font = Font(name=font, bold=True, size=10)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
        row += 1
        for k in p.kpis:
            for j, col in enumerate(KCOLS):
                c = ws.cell(row, 2 + j, _kpi_cell(k, col))
                c.font = Font(name=font, size=10)
                c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            ws.row_dimensions[row].height = 13.5 * max(1, ceil(len(k.indicator) / 66)) + 2
            row += 1
    ws.print_area = f"A1:E{row - 1}"
    for r, col, who, text in comments:
        cm = Comment(f"{who}:\n{text}", who)
        cm.width, cm.height = 260, 80
        ws[f"{col}{r}"].comment = cm
    # Excel's "Comments: At end of sheet": each comment printed after the sheet
    cs = wb.create_sheet("Comments")
    _xl_setup(cs, False)
    cs.column_dimensions["A"].width = 11
    cs.column_dimensions["B"].width = 70
    r2 = 1
    for r, col, who, text in sorted(comments, key=lambda x: (x[0], x[1])):
        cs.cell(r2, 1, "Cell:").font = Font(name=font, size=10)
        cs.cell(r2, 2, f"{col}{r}").font = Font(name=font, size=10)
        cs.cell(r2 + 1, 1, "Comment:").font = Font(name=font, size=10)
        body = cs.cell(r2 + 1, 2, f"{who}:\n{text}")
        body.font = Font(name=font, size=10)
        body.alignment = Alignment(wrap_text=True, vertical="top")
        cs.cell(r2 + 1, 1).alignment = Alignment(vertical="top")
        cs.row_dimensions[r2 + 1].height = 13.5 * (1 + max(1, ceil(len(text) / 75))) + 2
        r2 += 3
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: an organisation chart of the leads --------------------------------------------------

TAGS = ("#6A1B9A", "#00838F", "#AD1457", "#2E7D32", "#EF6C00", "#283593")


def _orgchart(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    colours: list[int] = f["colours"]
    tag = {num: TAGS[colours[i]] for i, (num, _) in enumerate(p.recs)}
    leads: list[str] = f["leads"]
    css = (
        "@page { size: A3 landscape; margin: 10mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 8.5pt; color: #212121; margin: 0; }}"
        "h1 { font-size: 18pt; margin: 0 0 2px 0; color: #0D47A1; }"
        ".meta { color: #616161; margin-bottom: 8px; }"
        ".key { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-bottom: 6px; }"
        ".key div { flex: 0 0 31%; }"
        ".tag { display: inline-block; color: white; font-weight: bold; font-size: 7.5pt;"
        " border-radius: 3px; padding: 0 4px; margin-right: 4px; }"
        ".dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px;"
        " margin: 0 3px 0 6px; }"
        ".chart { margin-top: 10px; }"
        ".board { width: 34%; margin: 0 auto; border: 2px solid #37474F; background: #ECEFF1;"
        " border-radius: 6px; padding: 6px 10px; text-align: center; }"
        ".stem { width: 0; height: 14px; border-left: 1.5px solid #78909C; margin: 0 auto; }"
        ".level { display: flex; gap: 14px; border-top: 1.5px solid #78909C; padding-top: 0; }"
        ".col { display: flex; flex-direction: column; }"
        ".box { border: 1.5px solid #546E7A; border-radius: 6px; background: white;"
        " break-inside: avoid; }"
        ".box .head { background: #37474F; color: white; padding: 4px 8px;"
        " border-radius: 4px 4px 0 0; }"
        ".box .head b { font-size: 10pt; }"
        ".box .count { font-size: 7.5pt; color: #CFD8DC; }"
        ".item { padding: 4px 8px; border-top: 1px solid #ECEFF1; break-inside: avoid; }"
        ".item .m { color: #424242; margin-top: 2px; font-size: 8pt; }"
        ".item .u { color: #546E7A; font-style: italic; margin-top: 1px; font-size: 8pt; }"
        ".none { padding: 6px 8px; color: #9E9E9E; font-style: italic; }"
        ".kids { display: flex; gap: 12px; border-top: 1.5px solid #78909C; margin-top: 0; }"
        "table { border-collapse: collapse; width: 70%; margin-top: 16px; }"
        "th, td { border: 1px solid #B0BEC5; padding: 3px 6px; text-align: left;"
        " vertical-align: top; }"
        "th { background: #E3F2FD; }"
        "h2 { font-size: 12pt; margin: 16px 0 4px 0; }"
    )
    updated = date.fromisoformat(f["updated"])
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<h1>{escape(p.title)}</h1>",
        f"<div class='meta'>{escape(p.authority)} Children's Services &middot; Improvement "
        f"programme &middot; page last updated {_long_date(updated)}</div>",
        "<div class='key'>",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<div><span class='tag' style='background:{tag[num]}'>"
                   f"{escape(p.rec_label.format(n=num))}</span>{escape(text)}</div>")  # fmt: skip
    out.append("</div><div class='meta'>" + "".join(
        f"<span class='dot' style='background:{DOT[rag]}'></span>{escape(word)}"
        for word, rag in H34_STATUS["orgchart"]) + "</div>")  # fmt: skip

    def box(owner: str) -> str:
        mine = [a for a in p.actions if a.owner == owner]
        n = len(mine)
        parts = [f"<div class='box'><div class='head'><b>{escape(owner)}</b><br>"
                 f"<span class='count'>{n} action{'s' if n != 1 else ''}</span></div>"]  # fmt: skip
        if not mine:
            parts.append("<div class='none'>No actions in the plan</div>")
        for a in mine:
            num = a.recs[0]
            parts.append(
                f"<div class='item'><span class='tag' style='background:{tag[num]}'>"
                f"{escape(p.rec_label.format(n=num))}</span><b>{escape(a.ref)}</b> "
                f"{escape(a.text)}<div class='m'>{escape(h['due'])}: {escape(a.due_raw)}"
                f"<span class='dot' style='background:{DOT[a.rag]}'></span>"
                f"{escape(a.status or '')}</div>"
            )
            if a.progress:
                parts.append(f"<div class='u'>{escape(h['progress'])}: {escape(a.progress)}</div>")
            parts.append("</div>")
        parts.append("</div>")
        return "".join(parts)

    out.append(
        "<div class='chart'><div class='board'><b>Improvement Board</b><br>"
        f"Chair: {escape(f['chair'])}<br>Senior responsible officer: {escape(f['dcs'])}, "
        "Director of Children's Services</div><div class='stem'></div>"
        "<div class='level'>"
        "<div class='col' style='flex: 2'><div class='stem'></div>"
        f"<div style='width: 60%; margin: 0 auto'>{box(leads[0])}</div>"
        "<div class='stem'></div><div class='kids'>"
        f"<div class='col' style='flex: 1'><div class='stem'></div>{box(leads[2])}</div>"
        f"<div class='col' style='flex: 1'><div class='stem'></div>{box(leads[3])}</div>"
        "</div></div>"
        "<div class='col' style='flex: 1'><div class='stem'></div>"
        f"{box(leads[1])}<div class='stem'></div><div class='kids'>"
        f"<div class='col' style='flex: 1'><div class='stem'></div>{box(leads[4])}</div>"
        "</div></div></div></div>"
    )
    if p.kpis:
        out.append("<h2>Measures we report to the board</h2><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "".join(out)
