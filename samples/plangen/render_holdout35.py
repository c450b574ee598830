"""Producers of the holdout35 split (BLIND: fixers never read this): a mind map in ReportLab, an
e-mail thread in HTML printed by Chromium, a filled-in PMO template in Word and a who-does-what
grid in Excel, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout35."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from html import escape
from math import ceil
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout35 import CHOOSE, CLICK, H35_STATUS, h35_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAGC = {
    "green": "#2E7D32",
    "amber": "#E65100",
    "red": "#C62828",
    "blue": "#1565C0",
    None: "#616161",
}
BRANCH = ("#1E88E5", "#43A047", "#8E24AA", "#F4511E", "#00897B", "#6D4C41")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout35", html=_email,
                reportlab=_mindmap, docx=_template, xlsx=_grid)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a mind map -----------------------------------------------------------------


def _mindmap(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    ital = "Helvetica-Oblique" if p.font == "sans" else "Times-Italic"
    W, H = landscape(A3)
    margin = 12 * mm
    cx = W / 2
    priorities: dict[str, int] = f["priorities"]
    callouts: dict[str, str] = f["callouts"]
    colours: list[int] = f["colours"]
    colour = {num: BRANCH[colours[i]] for i, (num, _) in enumerate(p.recs)}
    rec_w = 58 * mm
    bw = 90 * mm
    rec_x0 = 30 * mm  # offset of the recommendation topic's inner edge from the centre
    blk_x0 = 100 * mm  # offset of the action topics' inner edge from the centre
    top = H - margin - 30 * mm
    bottom = margin + 4 * mm

    def styles(fs: float, right: bool) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
        al = TA_RIGHT if right else TA_LEFT
        return (ParagraphStyle("t", fontName=base, fontSize=fs, leading=fs * 1.2, alignment=al),
                ParagraphStyle("m", fontName=base, fontSize=fs * 0.92, leading=fs * 1.12,
                               alignment=al, textColor="#424242"),
                ParagraphStyle("n", fontName=ital, fontSize=fs * 0.92, leading=fs * 1.12,
                               alignment=al, textColor="#37474F"))  # fmt: skip

    def block(a: H8Action, fs: float, right: bool) -> list[Paragraph]:
        t, m, n = styles(fs, right)
        paras = [
            Paragraph(f"<b>{escape(a.ref)}</b> {escape(a.text)}", t),
            Paragraph(f"{escape(h['owner'])}: {escape(a.owner)} &#183; {escape(h['due'])}: "
                      f"{escape(a.due_raw)}", m),
            Paragraph(f"{escape(h['rag'])}: <font name='{bold}' color='{RAGC[a.rag]}'>"
                      f"{escape(a.status or '')}</font>", m),
        ]  # fmt: skip
        if a.progress:
            paras.append(Paragraph(f"{escape(h['progress'])}: {escape(a.progress)}", n))
        return paras

    def rec_node(num: str, text: str, fs: float) -> Paragraph:
        st = ParagraphStyle("r", fontName=base, fontSize=fs * 1.05, leading=fs * 1.3,
                            textColor=colors.white)  # fmt: skip
        return Paragraph(f"<b>{escape(p.rec_label.format(n=num))}</b><br/>{escape(text)}", st)

    def height(paras: list[Paragraph], width: float) -> float:
        return sum(q.wrap(width, H)[1] for q in paras) + 1.5 * mm

    Group = tuple[str, str, Paragraph, float, list[tuple[H8Action, list[Paragraph], float]], float]

    def side(recs: list[tuple[str, str]], fs: float, right: bool) -> tuple[list[Group], float]:
        groups: list[Group] = []
        total = 0.0
        for num, text in recs:
            node = rec_node(num, text, fs)
            nh = node.wrap(rec_w - 6 * mm, H)[1] + 5 * mm
            if num in callouts:
                nh += 12 * mm
            blocks = []
            for a in p.per_rec(num):
                paras = block(a, fs, right)
                blocks.append((a, paras, height(paras, bw)))
            bh = sum(b[2] for b in blocks) + 3 * mm * (len(blocks) - 1)
            gh = max(nh, bh)
            groups.append((num, text, node, nh, blocks, gh))
            total += gh
        total += 8 * mm * (len(groups) - 1)
        return groups, total

    # pages: the whole map on one sheet where it fits (smaller type first), else two
    # recommendations a sheet (one each side)
    half = ceil(len(p.recs) / 2)
    layout: list[tuple[list[Group], list[Group]]] = []
    for fs in (8.0, 7.4, 6.8, 6.3):
        rg, rt = side(p.recs[:half], fs, False)
        lg, lt = side(p.recs[half:], fs, True)
        if max(rt, lt) <= top - bottom:
            layout = [(rg, lg)]
            break
    if not layout:
        for i in range(0, len(p.recs), 2):
            rg, _ = side(p.recs[i : i + 1], 7.4, False)
            lg, _ = side(p.recs[i + 1 : i + 2], 7.4, True)
            layout.append((rg, lg))
    n_pages = len(layout) + (1 if p.kpis else 0)
    pdf = folder / f"{p.name}.pdf"
    canv = Canvas(str(pdf), pagesize=(W, H))
    canv.setTitle(p.title)
    edited = p.issued - timedelta(days=3)

    def chrome(page_no: int) -> None:
        canv.setFillColor(colors.black)
        canv.setFont(bold, 15)
        canv.drawString(margin, H - margin - 6 * mm, p.title)
        canv.setFont(base, 8)
        canv.setFillColor(colors.HexColor("#616161"))
        canv.drawString(margin, H - margin - 11.5 * mm,
                        f"Map exported from MindView {f['tool_version']}  ·  last edited "
                        f"{edited.strftime('%d/%m/%Y')} by {f['edited_by']}")  # fmt: skip
        canv.drawRightString(W - margin, H - margin - 6 * mm, f"Sheet {page_no} of {n_pages}")
        canv.setFillColor(colors.black)

    def curve(x0: float, y0: float, x1: float, y1: float, col: str, wdt: float) -> None:
        canv.setStrokeColor(colors.HexColor(col))
        canv.setLineWidth(wdt)
        path = canv.beginPath()
        path.moveTo(x0, y0)
        mx = (x0 + x1) / 2
        path.curveTo(mx, y0, mx, y1, x1, y1)
        canv.drawPath(path, stroke=1, fill=0)

    for page_no, (rg, lg) in enumerate(layout, start=1):
        chrome(page_no)
        cy = (top + bottom) / 2
        # the central topic
        ct = Table([[Paragraph(f"<b>Children's Services Improvement Plan</b><br/>"
                               f"{escape(p.authority)}<br/>Sponsor: {escape(f['sponsor'])}",
                               ParagraphStyle("c", fontName=base, fontSize=9, leading=11.5,
                                              alignment=1))]],
                   colWidths=[50 * mm])  # fmt: skip
        ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.6, colors.HexColor("#263238")),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF8E1")),
                                ("TOPPADDING", (0, 0), (-1, -1), 5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))  # fmt: skip
        _, cth = ct.wrap(50 * mm, H)
        for right, groups in ((False, rg), (True, lg)):
            sgn = -1 if right else 1
            total = sum(g[5] for g in groups) + 8 * mm * (len(groups) - 1)
            y = cy + total / 2
            for num, _text, node, nh, blocks, gh in groups:
                col = colour[num]
                gy = y - gh / 2  # the group's middle
                # the recommendation topic
                nx = cx + rec_x0 if not right else cx - rec_x0 - rec_w
                ny_top = gy + nh / 2
                body_h = nh - (12 * mm if num in callouts else 0)
                canv.setFillColor(colors.HexColor(col))
                canv.roundRect(nx, ny_top - body_h, rec_w, body_h, 3 * mm, stroke=0, fill=1)
                node.wrap(rec_w - 6 * mm, H)
                node.drawOn(canv, nx + 3 * mm, ny_top - body_h + 2.5 * mm)
                inner = nx if not right else nx + rec_w
                curve(cx + sgn * 25 * mm, cy, inner, ny_top - body_h / 2, col, 3.2)
                if num in callouts:
                    canv.setStrokeColor(colors.HexColor(col))
                    canv.setLineWidth(0.6)
                    canv.setDash(2, 1.5)
                    canv.roundRect(nx + 4 * mm, ny_top - nh + 1 * mm, rec_w - 8 * mm, 9 * mm,
                                   1.5 * mm, stroke=1, fill=0)  # fmt: skip
                    canv.setDash()
                    canv.setFillColor(colors.HexColor("#424242"))
                    canv.setFont(ital, 6.8)
                    canv.drawCentredString(nx + rec_w / 2, ny_top - nh + 4.3 * mm, callouts[num])
                # the action topics
                outer = nx + rec_w if not right else nx
                bh = sum(b[2] for b in blocks) + 3 * mm * (len(blocks) - 1)
                by = gy + bh / 2
                bx = cx + blk_x0 if not right else cx - blk_x0 - bw
                for a, paras, hh in blocks:
                    yy = by
                    for q in paras:
                        _, qh = q.wrap(bw, H)
                        q.drawOn(canv, bx, yy - qh)
                        yy -= qh
                    line_y = by - hh + 0.6 * mm
                    canv.setStrokeColor(colors.HexColor(col))
                    canv.setLineWidth(1.1)
                    canv.line(bx, line_y, bx + bw, line_y)
                    start_x = bx if not right else bx + bw
                    curve(outer, ny_top - body_h / 2, start_x, line_y, col, 1.1)
                    if a.ref in priorities:
                        px = bx - 4 * mm if not right else bx + bw + 4 * mm
                        py = by - 2.2 * mm
                        canv.setFillColor(colors.HexColor("#37474F"))
                        canv.circle(px, py, 2.3 * mm, stroke=0, fill=1)
                        canv.setFillColor(colors.white)
                        canv.setFont(bold, 7)
                        canv.drawCentredString(px, py - 2.4, str(priorities[a.ref]))
                    by -= hh + 3 * mm
                y -= gh + 8 * mm
        ct.drawOn(canv, cx - 25 * mm, cy - cth / 2)
        canv.setFillColor(colors.black)
        canv.showPage()
    if p.kpis:
        chrome(n_pages)
        kst = ParagraphStyle("k", fontName=base, fontSize=9, leading=11)
        rows = [[Paragraph(f"<b>{escape(h[col])}</b>", kst) for col in KCOLS]]
        rows += [[Paragraph(escape(_kpi_cell(k, col)), kst) for col in KCOLS] for k in p.kpis]
        kt = Table(rows, colWidths=[150 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9E9E9E")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FFF8E1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        canv.setFont(bold, 12)
        canv.drawString(margin, H - margin - 22 * mm, "Topic notes: measures attached to the map")
        _, kh = kt.wrap(W, H)
        kt.drawOn(canv, margin, H - margin - 27 * mm - kh)
        canv.showPage()
    canv.save()
    return pdf


# ---- Word: the PMO's template, filled in -------------------------------------------------------


GUIDE = {
    "ref": "(1.1, 1.2 ...)",
    "action": "(one action per row; be specific)",
    "owner": "(post title, not a name)",
    "due": "(use the date picker)",
    "rag": "(choose from the list)",
    "progress": "(two or three lines)",
}


def _template(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    unset: list[str] = f["unset"]
    grey = RGBColor(0x80, 0x80, 0x80)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    review = date.fromisoformat(f["review"])
    sec.header.paragraphs[0].text = (f"{p.authority} Council - Corporate Programme Management "
                                     "Office - template PMO-07 v2.1")  # fmt: skip
    sec.footer.paragraphs[0].text = (f"Template owner: {f['pmo']} (PMO). Template review date: "
                                     f"{review.strftime('%d/%m/%Y')}.")  # fmt: skip
    doc.add_heading(p.title, 1)
    meta = doc.add_table(rows=4, cols=2)
    meta.style = doc.styles["Table Grid"]
    for i, (k, v) in enumerate((
        ("Service area", "Children's Services"),
        ("Plan owner", str(f["plan_owner"])),
        ("Date completed", p.issued.strftime("%d/%m/%Y")),
        ("Version", f"{f['version']} (draft)"),
    )):  # fmt: skip
        meta.cell(i, 0).paragraphs[0].add_run(k).bold = True
        _shade(meta.cell(i, 0), "D9E2F3")
        meta.cell(i, 1).paragraphs[0].add_run(v)
        meta.cell(i, 0).width = Cm(5)
        meta.cell(i, 1).width = Cm(9)
    meta.autofit = False
    meta.columns[0].width, meta.columns[1].width = Cm(5), Cm(9)
    doc.add_paragraph()
    guide = doc.add_table(rows=1, cols=1)
    guide.style = doc.styles["Table Grid"]
    gc = guide.cell(0, 0)
    _shade(gc, "FFF2CC")
    gc.paragraphs[0].add_run("Guidance - please delete this box before circulating").bold = True
    for line in (
        "Complete one section per recommendation and one row per action.",
        "Name the lead by post title where possible.",
        "Use the date picker for the completion date.",
        "RAG: Green - on track; Amber - at risk but recoverable; Red - off track, needs "
        "escalation; Blue - complete.",
        f"Questions to {f['pmo']}, PMO, by {_long_date(p.issued - timedelta(days=14))}.",
    ):
        gp = gc.add_paragraph(line, style="List Bullet")
        gp.runs[0].font.size = Pt(8.5)
    cols = ["ref", "action", "owner", "due", "rag"]
    if f["progress"]:
        cols.append("progress")
    widths = {"ref": 1.7, "action": 8.6, "owner": 4.4, "due": 3.6, "rag": 2.8, "progress": 5.4}
    if not f["progress"]:
        widths["action"] = 14.0
    example = bool(f["example"])
    ex_due, _ = h35_due(str(f["date_form"]), date(p.start.year, 3, 31))
    for i, (num, text) in enumerate(p.recs):
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(12)
        hp.paragraph_format.keep_with_next = True
        r = hp.add_run(f"Section {i + 1}: {p.rec_label.format(n=num)}")
        r.bold = True
        r.font.size = Pt(11)
        rt = doc.add_table(rows=1, cols=2)
        rt.style = doc.styles["Table Grid"]
        rt.autofit = False
        rt.columns[0].width, rt.columns[1].width = Cm(6), Cm(20.5)
        rt.cell(0, 0).width = Cm(6)
        rt.cell(0, 1).width = Cm(20.5)
        rt.cell(0, 0).paragraphs[0].add_run(h["rec"]).bold = True
        _shade(rt.cell(0, 0), "D9E2F3")
        rt.cell(0, 1).paragraphs[0].add_run(text)
        for cell in rt.rows[0].cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        _keep_row(rt.rows[0])
        acts = p.per_rec(num)
        extra = 1 if (example and i == 0) else 0
        spare = int(f["spare_rows"])
        t = doc.add_table(rows=1 + extra + len(acts) + spare, cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for j, col in enumerate(cols):
            t.columns[j].width = Cm(widths[col])
            for cl in t.columns[j].cells:
                cl.width = Cm(widths[col])
            hc = t.cell(0, j)
            _shade(hc, "D9E2F3")
            hc.paragraphs[0].add_run(h[col]).bold = True
            g = hc.add_paragraph().add_run(GUIDE[col])
            g.italic = True
            g.font.size = Pt(7.5)
            g.font.color.rgb = grey
        _keep_row(t.rows[0])
        row = 1
        if extra:
            ex = {"ref": "e.g. 0.1",
                  "action": "Example: Audit 20 case files each month and report the themes to "
                            "the practice group",
                  "owner": "Head of Service", "due": ex_due, "rag": "Green",
                  "progress": "Example: first audit completed and reported"}  # fmt: skip
            for j, col in enumerate(cols):
                rr = t.cell(row, j).paragraphs[0].add_run(ex[col])
                rr.italic = True
                rr.font.color.rgb = grey
            row += 1
        for a in acts:
            _keep_row(t.rows[row])
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, col in enumerate(cols):
                para = t.cell(row, j).paragraphs[0]
                if col == "rag" and a.ref in unset:
                    para.add_run(CHOOSE).font.color.rgb = grey
                elif col == "progress" and not a.progress:
                    para.add_run(CLICK).font.color.rgb = grey
                else:
                    para.add_run(vals[col])
                    if col == "rag" and a.rag:
                        _shade(t.cell(row, j), {"green": "C6EFCE", "amber": "FFEB9C",
                                                "red": "FFC7CE", "blue": "BDD7EE"}[a.rag])  # fmt: skip
            row += 1
        for _ in range(spare):
            for j, col in enumerate(cols):
                if col == "ref":
                    continue
                ph = {"rag": CHOOSE, "due": "Click or tap to enter a date."}.get(col, CLICK)
                t.cell(row, j).paragraphs[0].add_run(ph).font.color.rgb = grey
            row += 1
    if p.kpis:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(14)
        hp.paragraph_format.keep_with_next = True
        r = hp.add_run("Section " + str(len(p.recs) + 1) + ": Measuring impact")
        r.bold = True
        r.font.size = Pt(11)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(11.0 if j == 0 else 5.0)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "D9E2F3")
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    doc.add_paragraph()
    so = doc.add_paragraph()
    so.add_run("Signed off by Director of Children's Services: ").bold = True
    so.add_run("Click or tap here to enter text.").font.color.rgb = grey
    so.add_run("    Date: ").bold = True
    so.add_run("Click or tap to enter a date.").font.color.rgb = grey
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a who-does-what grid ---------------------------------------------------------------


def _grid(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    leads: list[str] = f["leads"]
    wb = Workbook()
    font = FONTS[p.font]
    ws = wb.active
    ws.title = "Who does what"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_margins.left = ws.page_margins.right = 0.4
    letters = "ABCDEFG"
    rec_w, lead_w = 34, 36
    ws.column_dimensions["A"].width = rec_w
    for j in range(len(leads)):
        ws.column_dimensions[letters[j + 1]].width = lead_w
    last = letters[len(leads)]
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Actions by lead and recommendation. Compiled by {f['compiled_by']}, "
                  f"{p.issued.strftime('%d/%m/%Y')}. Each cell lists that lead's actions for "
                  "that recommendation.").font = Font(name=font, italic=True, size=9)  # fmt: skip
    row = 4
    heads = [h["rec"], *leads]
    for j, text in enumerate(heads, start=1):
        c = ws.cell(row, j, text)
        c.font = Font(name=font, bold=True, size=10, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = box
    ws.row_dimensions[row].height = 30
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    cpl = lead_w * 1.5  # characters a line, 9pt in a column of this width

    def lines_of(text: str, per: float) -> int:
        return sum(max(1, ceil(len(part) / per)) for part in text.split("\n"))

    def action_text(a: H8Action) -> str:
        parts = [f"{a.ref} {a.text}", f"{h['due']}: {a.due_raw}", f"{h['rag']}: {a.status or ''}"]
        if a.progress:
            parts.append(f"{h['progress']}: {a.progress}")
        return "\n".join(parts)

    for num, text in p.recs:
        rc = ws.cell(row, 1, f"{p.rec_label.format(n=num)}\n{text}")
        rc.font = Font(name=font, bold=True, size=9)
        rc.fill = PatternFill("solid", fgColor="DDEBF7")
        rc.alignment = Alignment(wrap_text=True, vertical="top")
        rc.border = box
        n_lines = lines_of(rc.value, rec_w * 1.3)
        for j, lead in enumerate(leads, start=2):
            mine = [a for a in p.per_rec(num) if a.owner == lead]
            if mine:
                value = "\n\n".join(action_text(a) for a in mine)
                c = ws.cell(row, j, value)
                n_lines = max(n_lines, lines_of(value, cpl))
            else:
                c = ws.cell(row, j, f["blank_mark"] or None)
                c.fill = PatternFill("solid", fgColor="F2F2F2")
            c.font = Font(name=font, size=9)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if not mine else "left")  # fmt: skip
            c.border = box
        ws.row_dimensions[row].height = 11.6 * n_lines + 6
        row += 1
    if f["totals"]:
        c = ws.cell(row, 1, "Number of actions")
        c.font = Font(name=font, bold=True, size=9)
        c.border = box
        for j, lead in enumerate(leads, start=2):
            n = sum(1 for a in p.actions if a.owner == lead)
            c = ws.cell(row, j, n)
            c.font = Font(name=font, bold=True, size=9)
            c.alignment = Alignment(horizontal="center")
            c.border = box
        row += 1
    if p.kpis:
        row += 1
        ws.cell(row, 1, "Measures").font = Font(name=font, bold=True, size=11)
        row += 1
        for j, col in enumerate(KCOLS, start=1):
            c = ws.cell(row, j, h[col])
            c.font = Font(name=font, bold=True, size=9)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = box
        row += 1
        for k in p.kpis:
            for j, col in enumerate(KCOLS, start=1):
                c = ws.cell(row, j, _kpi_cell(k, col))
                c.font = Font(name=font, size=9)
                c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
                c.border = box
            ws.row_dimensions[row].height = 11.6 * max(1, ceil(len(k.indicator) / 34)) + 5
            row += 1
    ws.print_area = f"A1:{last}{row - 1}"
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a printed e-mail thread -------------------------------------------------------------


def _email(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    pmo: str = f["pmo"]
    clerk: str = f["clerk"]
    responders: list[str] = f["responders"]
    ooo: list[str] = f["out_of_office"]
    jobs: dict[str, str] = f["jobs"]
    phones: dict[str, str] = f["phones"]
    dash: str = f["dash"]
    board = date.fromisoformat(f["board"])
    owners: list[str] = []
    for a in p.actions:
        if a.owner not in owners:
            owners.append(a.owner)
    silent = [o for o in owners if o not in responders]
    sent0 = p.issued - timedelta(days=10)
    subject = "Improvement plan - updates for the board"

    def addr(name: str) -> str:
        first, last = name.split(" ", 1)
        dom = p.authority.lower().replace(" ", "").replace("'", "")
        return f"{name} &lt;{first.lower()}.{last.lower().replace(' ', '')}@{dom}.gov.uk&gt;"

    def stamp(d: date, minutes: int) -> str:
        return (f"{calendar.day_name[d.weekday()]}, {d.day} {calendar.month_name[d.month]} "
                f"{d.year} {9 + minutes // 60 % 8:02d}:{minutes % 60:02d}")  # fmt: skip

    def header(frm: str, d: date, minutes: int, to: list[str], cc: list[str], subj: str) -> str:
        rows = [("From:", addr(frm)), ("Sent:", stamp(d, minutes)),
                ("To:", "; ".join(escape(t) for t in to))]  # fmt: skip
        if cc:
            rows.append(("Cc:", "; ".join(escape(c) for c in cc)))
        rows.append(("Subject:", escape(subj)))
        return "<table class='hd'>" + "".join(
            f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"  # fmt: skip

    def sig(name: str) -> str:
        return (f"<p class='sig'>{escape(name)}<br>{escape(jobs.get(name, 'Programme Manager'))}"
                f"<br>{escape(p.authority)} Council<br>Tel: {phones.get(name, '01632 960000')}</p>")  # fmt: skip

    css = (
        "@page { size: A4 portrait; margin: 16mm 15mm; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #000; margin: 0; }}"
        ".box { font-size: 14pt; font-weight: bold; padding-bottom: 4px;"
        " border-bottom: 3px solid #000; margin-bottom: 10px; }"
        ".msg { border-top: 1px solid #9E9E9E; padding-top: 8px; margin-top: 14px; }"
        ".msg.first { border-top: none; margin-top: 0; }"
        "table.hd { border-collapse: collapse; margin-bottom: 10px; break-inside: avoid;"
        " break-after: avoid; }"
        "table.hd th { text-align: left; vertical-align: top; padding: 0 12px 1px 0;"
        " font-weight: bold; width: 70px; }"
        "table.hd td { padding: 0 0 1px 0; }"
        "p { margin: 0 0 8px 0; }"
        ".sig { color: #1F3864; font-size: 9pt; }"
        ".upd { margin: 0 0 6px 0; }"
        "table.plan { border-collapse: collapse; width: 100%; margin: 6px 0 10px 0; }"
        "table.plan th, table.plan td { border: 1px solid #7F7F7F; padding: 3px 5px;"
        " vertical-align: top; text-align: left; font-size: 9pt; }"
        "table.plan th { background: #D9E2F3; }"
        "table.plan td.rec { background: #F2F2F2; font-weight: bold; }"
        "table.plan tr { break-inside: avoid; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='box'>{escape(f['mailbox'])}</div>",
    ]
    n_msgs = 0

    def msg(html: str) -> None:
        nonlocal n_msgs
        out.append(f"<div class='msg{' first' if n_msgs == 0 else ''}'>{html}</div>")
        n_msgs += 1

    last_day = p.issued
    # newest first: the PMO's closing note
    chase = (f"I still need updates from {', '.join(silent)} - I will chase today. "
             if silent else "That is everything I need. ")  # fmt: skip
    msg(header(pmo, last_day, 200, [clerk], owners, f"RE: {subject}")
        + f"<p>Hi {escape(clerk.split()[0])},</p><p>Thanks everyone. {escape(chase)}The "
        f"consolidated tracker will be with you for the board papers by "
        f"{_long_date(board - timedelta(days=7))}.</p><p>{escape(pmo.split()[0])}</p>"
        + sig(pmo))  # fmt: skip
    # the replies, newest first
    replies = list(reversed(responders))
    span = max(1, (last_day - sent0).days - 1)
    for i, lead in enumerate(replies):
        d = last_day - timedelta(days=1 + (i * span) // max(1, len(replies)))
        mine = [a for a in p.actions if a.owner == lead]
        body = [f"<p>Hi {escape(pmo.split()[0])},</p><p>Updates on mine below:</p>"]
        for a in mine:
            line = f"{a.ref}{dash}{a.status or ''}."
            if a.progress:
                line += f" {a.progress}"
            body.append(f"<p class='upd'>{escape(line)}</p>")
        body.append(f"<p>Thanks,<br>{escape(lead.split()[0])}</p>")
        msg(header(lead, d, 37 * (i + 1), [pmo], [], f"RE: {subject}") + "".join(body) + sig(lead))
        if i == len(replies) // 2:
            msg(header(clerk, d, 11, [pmo], [], f"RE: {subject}")
                + f"<p>{escape(pmo.split()[0])} - could I have the final version by "
                f"{_long_date(board - timedelta(days=7))} please? The board meets on "
                f"{_long_date(board)}.</p><p>Many thanks<br>{escape(clerk)}<br>Democratic "
                "Services</p>")  # fmt: skip
    for lead in ooo:
        back = sent0 + timedelta(days=16)
        cover = next((o for o in owners if o != lead), pmo)
        msg(header(lead, sent0, 17, [pmo], [], f"Automatic reply: {subject}")
            + f"<p>Thank you for your email. I am out of the office until {_long_date(back)} "
            "with limited access to email. For anything urgent please contact "
            f"{escape(cover)}.</p>")  # fmt: skip
    # the oldest: the PMO's request, the plan below it
    words = " / ".join(w for w, _ in H35_STATUS["email"])
    body = [
        "<p>Dear all,</p>",
        f"<p>Ahead of the Improvement Board on {_long_date(board)} please reply to me with a "
        f"status ({escape(words)}) and a one-line update for each of your actions by "
        f"{_long_date(sent0 + timedelta(days=7))}. The current plan is below for reference.</p>",
        "<table class='plan'><thead><tr>"
        + "".join(f"<th>{escape(h[c])}</th>" for c in ("ref", "action", "owner", "due"))
        + "</tr></thead><tbody>",
    ]
    for num, text in p.recs:
        body.append(f"<tr><td class='rec' colspan='4'>{escape(p.rec_label.format(n=num))} "
                    f"{escape(text)}</td></tr>")  # fmt: skip
        for a in p.per_rec(num):
            body.append(f"<tr><td>{escape(a.ref)}</td><td>{escape(a.text)}</td>"
                        f"<td>{escape(a.owner)}</td><td>{escape(a.due_raw)}</td></tr>")  # fmt: skip
    body.append("</tbody></table>")
    if p.kpis:
        body.append("<p>And the measures we report to the board:</p><table class='plan'><thead>"
                    "<tr>" + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                    + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            body.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>")  # fmt: skip
        body.append("</tbody></table>")
    body.append(f"<p>Many thanks,<br>{escape(pmo.split()[0])}</p>")
    msg(header(pmo, sent0, 15, owners, [clerk, *f["cc"]], subject) + "".join(body) + sig(pmo))
    out.append("</body></html>")
    return "".join(out)
