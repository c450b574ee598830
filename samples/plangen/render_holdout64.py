"""Producers of the holdout64 split (BLIND: fixers never read this): a matrix of the child's
journey in ReportLab; a Word self-grading report in Ofsted's judgement words and an Excel tracker
of plan / actual row pairs, both printed by LibreOffice; and a web service-status page in HTML
printed by Chromium; each drawn straight from a holdout8.H8Plan built by holdout64."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout64 import H64_STATUS, STAGES
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_holdout62 import _lines, _repeat_header
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "#E8F5E9", "amber": "#FFF3E0", "red": "#FFEBEE", "blue": "#E3F2FD",
            None: "#F5F5F5"}  # fmt: skip
RAG_DOT = {"green": "#3BA55C", "amber": "#F0A020", "red": "#D93F3F", "blue": "#3B7DD8",
           "none": "#C9CED6"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout64", html=_status_page,
                reportlab=_matrix, docx=_grades, xlsx=_plan_actual)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words_of(layout: str) -> str:
    return "; ".join(w for w, _ in H64_STATUS[layout])


# ---- ReportLab: a matrix of the child's journey, recommendations by stages ----------------------


def _matrix(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    leads: list[str] = list(f["stage_leads"])
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A4)
    m = 12 * mm
    ink = colors.HexColor("#22313F")
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} Council - {p.title}")
    progress = bool(f["progress"])
    meeting = date.fromisoformat(str(f["meeting"]))
    left_w = 54 * mm
    col_w = (W - 2 * m - left_w) / len(STAGES)
    xs = [m + left_w + i * col_w for i in range(len(STAGES))]
    size, lead = 7.2, 8.6
    pad = 1.6 * mm
    inner = col_w - 2 * pad - 2 * mm
    page = [1]
    stage_fill = ("#DCEAF4", "#DDEFE6", "#F6E3DA", "#EDE3F3", "#F6EED3")

    def footer() -> None:
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont(base, 7.5)
        c.drawString(m, 6 * mm, f"{p.authority} Council - {p.title}")
        c.drawRightString(W - m, 6 * mm, f"Page {page[0]}")

    def new_page() -> float:
        footer()
        c.showPage()
        page[0] += 1
        return H - m

    def header_row(y: float) -> float:
        hh = 14 * mm
        c.setFillColor(ink)
        c.rect(m, y - hh, left_w, hh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 8.4)
        c.drawString(m + 2 * mm, y - 5.5 * mm, "What Ofsted asked of us")
        c.setFont(base, 7)
        c.drawString(m + 2 * mm, y - 9.5 * mm, "Stages of the child's journey:")
        for i, (x, stage) in enumerate(zip(xs, STAGES, strict=True)):
            c.setFillColor(colors.HexColor(stage_fill[i]))
            # a chevron-like arrow band
            pth = c.beginPath()
            pth.moveTo(x, y)
            pth.lineTo(x + col_w - 3 * mm, y)
            pth.lineTo(x + col_w, y - hh / 2)
            pth.lineTo(x + col_w - 3 * mm, y - hh)
            pth.lineTo(x, y - hh)
            pth.lineTo(x + 3 * mm, y - hh / 2)
            pth.close()
            c.drawPath(pth, stroke=0, fill=1)
            c.setFillColor(ink)
            c.setFont(bold, 7.6)
            for j, ln in enumerate(simpleSplit(stage, bold, 7.6, col_w - 9 * mm)):
                c.drawString(x + 4 * mm, y - 4.2 * mm - j * 8.6, ln)
            c.setFont(italic, 6.6)
            c.drawString(x + 4 * mm, y - hh + 2 * mm, f"Stage lead: {leads[i]}")
        return y - hh - 1 * mm

    def box_lines(a: H8Action) -> list[tuple[str, str, float]]:
        """(font, text, size) lines of an action's box."""
        out: list[tuple[str, str, float]] = [(bold, f"{h['ref']} {a.ref}", size)]
        out += [(base, ln, size) for ln in simpleSplit(a.text, base, size, inner)]
        for role, val in (("owner", a.owner), ("due", a.due_raw), ("rag", a.status or "")):
            out += [(bold if role == "rag" else base, ln, size)
                    for ln in simpleSplit(f"{h[role]}: {val}", base, size, inner)]  # fmt: skip
        if progress and a.progress:
            out += [(italic, ln, size - 0.5)
                    for ln in simpleSplit(f"{h['progress']}: {a.progress}", italic, size - 0.5,
                                          inner)]  # fmt: skip
        return out

    def box_h(a: H8Action) -> float:
        return len(box_lines(a)) * lead + 2 * pad

    def draw_box(a: H8Action, x: float, y: float) -> None:
        bh = box_h(a)
        c.setFillColor(colors.HexColor(RAG_TINT[a.rag]))
        c.setStrokeColor(colors.HexColor(RAG_INK[a.rag]))
        c.setLineWidth(0.7)
        c.roundRect(x + 1 * mm, y - bh, col_w - 2 * mm, bh, 1.5 * mm, stroke=1, fill=1)
        yy = y - pad - 6.4
        for font, ln, sz in box_lines(a):
            c.setFont(font, sz)
            c.setFillColor(colors.HexColor(RAG_INK[a.rag]) if font == bold and ln.startswith(
                h["rag"]) else colors.black)  # fmt: skip
            c.drawString(x + 1 * mm + pad, yy, ln)
            yy -= lead

    # the page top
    y = H - m
    c.setFillColor(ink)
    c.setFont(bold, 10)
    c.drawString(m, y - 4 * mm, f"{p.authority} Council - Children's Services")
    c.setFont(bold, 17)
    c.drawString(m, y - 12 * mm, p.title)
    c.setFont(italic, 8.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(m, y - 18 * mm,
                 f"Prepared by {f['preparer']}, Strategy and Partnerships, for the Improvement "
                 f"Board meeting of {_long(meeting)} (chair: {f['board']}).")  # fmt: skip
    c.drawString(m, y - 22.5 * mm,
                 "Each action sits in the row of the recommendation it answers and the column of "
                 f"the stage it changes most. {h['rag']}: {_words_of('matrix')}.")  # fmt: skip
    y = header_row(y - 26 * mm)
    bottom = 13 * mm
    for num, text in p.recs:
        acts = p.per_rec(num)
        stacks: list[list[H8Action]] = [[] for _ in STAGES]
        for a in acts:
            stacks[int(extras[a.ref])].append(a)
        depth = max(len(s) for s in stacks)
        label = simpleSplit(text, base, 7.6, left_w - 4 * mm)
        label_h = 7 * mm + len(label) * 9.2
        first = True
        for layer in range(depth):
            cells = [s[layer] if layer < len(s) else None for s in stacks]
            lh = max(box_h(b) for b in cells if b is not None) + 1.5 * mm
            if first:
                lh = max(lh, label_h)
            if y - lh < bottom:
                c.setStrokeColor(colors.HexColor("#90A4AE"))
                c.setLineWidth(0.6)
                c.line(m, y, W - m, y)
                y = header_row(new_page())
                if not first:
                    c.setFillColor(ink)
                    c.setFont(bold, 8)
                    c.drawString(m + 2 * mm, y - 5 * mm,
                                 f"{p.rec_label.format(n=num)} (continued)")  # fmt: skip
            if first:
                c.setStrokeColor(colors.HexColor("#90A4AE"))
                c.setLineWidth(0.6)
                c.line(m, y, W - m, y)
                c.setFillColor(ink)
                c.setFont(bold, 8.6)
                c.drawString(m + 2 * mm, y - 5 * mm, p.rec_label.format(n=num))
                c.setFont(base, 7.6)
                c.setFillColor(colors.black)
                for j, ln in enumerate(label):
                    c.drawString(m + 2 * mm, y - 9 * mm - j * 9.2, ln)
                first = False
            for x, cell in zip(xs, cells, strict=True):
                if cell is not None:
                    draw_box(cell, x, y - 1 * mm)
            y -= lh
    c.setStrokeColor(colors.HexColor("#90A4AE"))
    c.setLineWidth(0.6)
    c.line(m, y, W - m, y)
    if p.kpis:
        need = 20 * mm + len(p.kpis) * 12 * mm
        if y - need < bottom:
            y = new_page()
        y -= 9 * mm
        c.setFillColor(ink)
        c.setFont(bold, 12.5)
        c.drawString(m, y, "How we will know children's journeys are better")
        y -= 8 * mm
        kx = (m, m + 150 * mm, m + 190 * mm, m + 230 * mm)
        c.setFont(bold, 9)
        c.setFillColor(colors.black)
        for x, col in zip(kx, KCOLS, strict=True):
            c.drawString(x, y, h[col])
        c.setLineWidth(0.8)
        c.setStrokeColor(colors.black)
        c.line(m, y - 2.5 * mm, W - m, y - 2.5 * mm)
        y -= 8 * mm
        for kp in p.kpis:
            lines = simpleSplit(kp.indicator, base, 9, 145 * mm)
            c.setFont(base, 9)
            for j, ln in enumerate(lines):
                c.drawString(m, y - j * 11, ln)
            for x, col in zip(kx[1:], KCOLS[1:], strict=True):
                c.drawString(x, y, _kpi_cell(kp, col))
            y -= len(lines) * 11 + 4 * mm
            c.setLineWidth(0.3)
            c.line(m, y + 2.5 * mm, W - m, y + 2.5 * mm)
    footer()
    c.showPage()
    c.save()
    return path


# ---- Word: a self-grading report, statuses in Ofsted's judgement words ---------------------------

GRADE_MEANS = {
    "Good": "The action is making the difference we want for children; audits show it.",
    "Requires improvement": "Work is under way but the difference for children is not yet "
    "consistent.",
    "Inadequate": "The action is not yet making a difference, or has stopped.",
    "Embedded": "Complete: the change is now part of everyday practice and has been audited.",
    "Not yet graded": "The action has not started, so there is nothing to grade yet.",
}


def _grades(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    judged: dict[str, str] = f["judged"]
    aimed: dict[str, str] = f["aimed"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    moderated = date.fromisoformat(str(f["moderated"]))
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - {p.title} - grades moderated {_long(moderated)}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council - Children's Services")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Each action is graded by its lead using Ofsted's own judgement words. Grades moderated "
        f"by {f['moderator']}, Quality Assurance Manager, on {_long(moderated)} and reported to "
        f"the Improvement Board chaired by {f['chair']}."
    )
    br.italic = True
    br.font.size = Pt(9)
    doc.add_heading("How we grade our actions", level=2).paragraph_format.keep_with_next = True
    key = doc.add_table(rows=len(GRADE_MEANS), cols=2)
    key.style = doc.styles["Table Grid"]
    key.autofit = False
    for i, (word, rag) in enumerate(H64_STATUS["grades"]):
        _keep_row(key.rows[i])
        _shade(key.cell(i, 0), RAG_TINT[rag].lstrip("#"))
        run = key.cell(i, 0).paragraphs[0].add_run(word)
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor.from_string(RAG_INK[rag].lstrip("#"))
        key.cell(i, 1).paragraphs[0].add_run(GRADE_MEANS[word]).font.size = Pt(9)
    for j, w in enumerate((4.0, 14.0)):
        key.columns[j].width = Cm(w)
        for tr_ in key.rows:
            tr_.cells[j].width = Cm(w)
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(4)
    nr = note.add_run(
        "Above each table: the judgement Ofsted gave the area at the inspection and the "
        "judgement we are aiming for at the next one. These are not the grades of the actions."
    )
    nr.italic = True
    nr.font.size = Pt(8.5)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [2.0, 6.8, 3.4, 3.0, 2.8]
    if progress:
        cols.append(h["progress"])
        widths = [2.0, 4.3, 2.7, 2.6, 2.8, 3.6]
    for num, text in p.recs:
        hd = doc.add_heading(p.rec_label.format(n=num), level=2)
        hd.paragraph_format.keep_with_next = True
        rp = doc.add_paragraph(text)
        rp.paragraph_format.keep_with_next = True
        acts = p.per_rec(num)
        t = doc.add_table(rows=2 + len(acts), cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        band = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
        _shade(band, "EEF1F6")
        bp = band.paragraphs[0]
        r1 = bp.add_run("Ofsted's judgement at inspection: ")
        r1.font.size = Pt(8.5)
        r2 = bp.add_run(judged[num])
        r2.bold = True
        r2.font.size = Pt(8.5)
        r3 = bp.add_run("     Judgement we are aiming for: ")
        r3.font.size = Pt(8.5)
        r4 = bp.add_run(aimed[num])
        r4.bold = True
        r4.font.size = Pt(8.5)
        for tr_ in t.rows:
            _keep_row(tr_)
        for j, head in enumerate(cols):
            cell = t.cell(1, j)
            _shade(cell, "D5DEEA")
            run = cell.paragraphs[0].add_run(head)
            run.bold = True
            run.font.size = Pt(8.5)
        _repeat_header(t.rows[0])
        _repeat_header(t.rows[1])
        for i, a in enumerate(acts, start=2):
            row = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if progress:
                row.append(a.progress or "")
            for j, v in enumerate(row):
                run = t.cell(i, j).paragraphs[0].add_run(v)
                run.font.size = Pt(8.5)
                if j == 0:
                    run.bold = True
                if j == 4:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
                    _shade(t.cell(i, j), RAG_TINT[a.rag].lstrip("#"))
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
            for tr_ in t.rows[1:]:
                tr_.cells[j].width = Cm(w)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
    if p.kpis:
        doc.add_heading("How we will know we are good", level=2)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for j, c_ in enumerate(KCOLS):
            run = kt.cell(0, j).paragraphs[0].add_run(h[c_])
            run.bold = True
            run.font.size = Pt(9)
            _shade(kt.cell(0, j), "D5DEEA")
        for i, k in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, c_)).font.size = Pt(9)
        for j, w in enumerate((9.0, 3.0, 3.0, 3.0)):
            kt.columns[j].width = Cm(w)
            for tr_ in kt.rows:
                tr_.cells[j].width = Cm(w)
        for tr_ in kt.rows[:-1]:
            for cell in tr_.cells:
                for par in cell.paragraphs:
                    par.paragraph_format.keep_with_next = True
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker of plan / actual row pairs ------------------------------------------------


def _plan_actual(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    wb = Workbook()
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    hair = Side(style="hair", color="B0B0B0")
    head_fill = PatternFill("solid", fgColor="C9D6E3")
    plan_fill = PatternFill("solid", fgColor="FFFFFF")
    act_fill = PatternFill("solid", fgColor="F2F2F2")
    rs = wb.active
    rs.title = "Recommendations"
    _xl_setup(rs, True)
    rs.column_dimensions["A"].width = 8
    rs.column_dimensions["B"].width = 110
    rs.cell(1, 1, f"{p.title} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    rs.cell(2, 1, "The recommendations of Ofsted's inspection, as numbered in the tracker.").font = (
        Font(name=fname, size=9, italic=True))  # fmt: skip
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, (num, text) in enumerate(p.recs, start=4):
        a_ = rs.cell(i, 1, p.rec_label.format(n=num))
        a_.font = Font(name=fname, size=10, bold=True)
        b_ = rs.cell(i, 2, text)
        b_.font = Font(name=fname, size=10)
        b_.alignment = Alignment(wrap_text=True, vertical="top")
        a_.alignment = Alignment(vertical="top")
        a_.border = b_.border = grid
        rs.row_dimensions[i].height = 13.5 * _lines(text, 105) + 3
    ws = wb.create_sheet("Plan v Actual")
    _xl_setup(ws, True)
    progress = bool(f["progress"])
    if progress:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    baselined = date.fromisoformat(str(f["baselined"]))
    refreshed = date.fromisoformat(str(f["refreshed"]))
    cols = [h["ref"], h["rec"], h["kind"], h["action"], h["owner"], h["due"], h["variance"],
            h["rag"]]  # fmt: skip
    widths = [9, 9, 9, 52, 28, 14, 11, 17]
    if progress:
        cols.append(h["progress"])
        widths.append(40)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.title} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(
        2,
        1,
        f"Plan baselined {baselined:%d/%m/%Y} by {f['pmo']}, Programme Management Office; "
        f"actuals refreshed {refreshed:%d/%m/%Y}. Each task has a Plan row (the agreed date) and "
        "an Actual row under it (the date achieved, or now forecast, and the variance).",
    ).font = Font(name=fname, size=8.5, italic=True)
    ws.cell(3, 1, f"{h['rag']}: {_words_of('planactual')}.").font = Font(
        name=fname, size=8.5, italic=True)  # fmt: skip
    hr = 5
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(hr, j, v)
        cc.font = Font(name=fname, size=9, bold=True)
        cc.fill = head_fill
        cc.alignment = Alignment(wrap_text=True, vertical="center")
        cc.border = grid
    ws.row_dimensions[hr].height = 26
    ws.print_title_rows = f"{hr}:{hr}"
    number_format = "dd mm yyyy" if str(f["date_form"]) == "dd-mm-yyyy-spaces" else "ddd dd.mm.yy"
    row = hr
    for a in p.actions:
        assert a.due_date is not None
        actual, variance = extras[a.ref]
        plan_vals: list[Any] = [a.ref, p.rec_label.format(n=a.recs[0]), "Plan", a.text, a.owner,
                                a.due_date, None, None]  # fmt: skip
        act_vals: list[Any] = [None, None, "Actual", None, None,
                               date.fromisoformat(actual) if actual else None,
                               (f"+{variance}" if int(variance) > 0 else str(variance))
                               if actual else None, a.status]  # fmt: skip
        if progress:
            plan_vals.append(None)
            act_vals.append(a.progress)
        for k, vals in enumerate((plan_vals, act_vals)):
            row += 1
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row, j, v)
                cc.font = Font(name=fname, size=9, italic=k == 1, bold=k == 0 and j == 1,
                               color="505050" if k == 1 else "000000")  # fmt: skip
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="left" if j in (1, 6, 7) else None)  # fmt: skip
                cc.fill = act_fill if k == 1 else plan_fill
                cc.border = Border(left=thin, right=thin, top=thin if k == 0 else hair,
                                   bottom=hair if k == 0 else thin)  # fmt: skip
            ws.cell(row, 6).number_format = number_format
            if k == 0:
                tall = max(_lines(a.text, widths[3] - 3), _lines(a.owner, widths[4] - 3))
            else:
                sc = ws.cell(row, 8)
                sc.font = Font(name=fname, size=9, bold=True, color=RAG_INK[a.rag].lstrip("#"))
                sc.fill = PatternFill("solid", fgColor=RAG_TINT[a.rag].lstrip("#"))
                tall = _lines(a.status or "", widths[7] - 3)
                if progress:
                    tall = max(tall, _lines(a.progress or "", widths[8] - 3))
            ws.row_dimensions[row].height = 12 * tall + 2
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc2 = ks.cell(1, j, h[c_])
            kc2.font = Font(name=fname, bold=True)
            kc2.border = grid
            if j > 1:
                ks.column_dimensions[kc2.column_letter].width = 18
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a service-status page, each action a component -------------------------------------


def _status_page(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    updated = date.fromisoformat(str(f["updated"]))
    nxt = date.fromisoformat(str(f["next"]))
    progress = bool(f["progress"])
    worst = {r for a in p.actions for r in [a.rag]}
    banner, bcol = (
        ("Some improvement work is seriously disrupted", RAG_DOT["red"]) if "red" in worst else
        ("Some improvement work is running slowly", RAG_DOT["amber"]) if "amber" in worst else
        ("All improvement work is running normally", RAG_DOT["green"])
    )  # fmt: skip
    legend = "".join(
        f"<span class='lg'><i style='background:{RAG_DOT[r or 'none']}'></i>{_esc(w)}</span>"
        for w, r in H64_STATUS["statuspage"]
    )
    groups = []
    for num, text in p.recs:
        comps = []
        for a in p.per_rec(num):
            hist = "".join(f"<i style='background:{RAG_DOT[r]}'></i>" for r in extras[a.ref])
            good = sum(1 for r in extras[a.ref][:-1] if r == "green")
            note = (f"<div class='upd'><b>{_esc(h['progress'])}:</b> {_esc(a.progress)}</div>"
                    if progress and a.progress else "")  # fmt: skip
            comps.append(
                "<div class='comp'><div class='top'><div class='what'>"
                f"<span class='ref'>{_esc(a.ref)}</span> {_esc(a.text)}"
                f"<div class='meta'>{_esc(h['owner'])}: {_esc(a.owner)} &middot; "
                f"{_esc(h['due'])}: {_esc(a.due_raw)}</div></div>"
                f"<div class='st' style='color:{RAG_INK[a.rag]}'>"
                f"<i style='background:{RAG_DOT[a.rag or 'none']}'></i>{_esc(a.status or '')}"
                f"</div></div>{note}<div class='hist'>{hist}</div>"
                f"<div class='axis'><span>12 months ago</span><span>{good} of the last 11 months "
                "running normally</span><span>This month</span></div></div>"
            )
        groups.append(
            f"<section><h2>{_esc(p.rec_label.format(n=num))}</h2><p class='rec'>{_esc(text)}</p>"
            f"{''.join(comps)}</section>"
        )
    body = (
        f"<div class='bar'><b>{_esc(p.authority)} Council</b><span>Improvement plan status"
        "</span><span class='sub'>Subscribe to updates</span></div>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<div class='banner' style='background:{bcol}'>{banner}</div>"
        f"<p class='when'>Last updated {_long(updated)} at 09:15 by {_esc(str(f['updated_by']))}, "
        f"Improvement Programme Office. Next scheduled review {_long(nxt)}.</p>"
        "<p class='intro'>This page shows every action in our improvement plan as a service "
        "component, grouped under the Ofsted recommendation it answers. The word at the right is "
        "the action's status now; the strip under it is its status month by month over the last "
        f"year.</p><div class='legend'>{legend}</div>" + "".join(groups)
    )
    if p.kpis:
        khead = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        krows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>" for k in p.kpis)  # fmt: skip
        body += (f"<h2>How we will know the service is restored</h2><table class='kpi'>"
                 f"<thead><tr>{khead}</tr></thead><tbody>{krows}</tbody></table>")  # fmt: skip
    body += ("<p class='foot'>Powered by the Children's Services Improvement Programme Office. "
             "Report a problem with this page: 01632 960 418.</p>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 12mm 13mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.8pt; color: #1f2430;"
        " line-height: 1.3; margin: 0; }"
        ".bar { display: flex; gap: 6mm; align-items: baseline; border-bottom: 0.4mm solid #1f2430;"
        " padding: 1mm 0 2mm; font-size: 11pt; } .bar .sub { margin-left: auto; font-size: 8pt;"
        " border: 0.3mm solid #1f2430; border-radius: 1mm; padding: 0.8mm 2mm; }"
        "h1 { font-size: 17pt; margin: 4mm 0 2mm; }"
        ".banner { color: white; font-weight: bold; font-size: 11pt; padding: 3mm 4mm;"
        " border-radius: 1.5mm; }"
        ".when { font-size: 7.8pt; color: #666; margin: 1.5mm 0; } .intro { margin: 0 0 2mm; }"
        ".legend { display: flex; gap: 5mm; flex-wrap: wrap; margin: 0 0 3mm; font-size: 8pt; }"
        ".lg i, .st i { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%;"
        " margin-right: 1.2mm; vertical-align: -0.2mm; }"
        "section { border: 0.3mm solid #D5DAE1; border-radius: 1.5mm; margin: 0 0 4mm;"
        " padding: 0 3mm 1mm; }"
        "h2 { font-size: 11.5pt; margin: 2.5mm 0 0.5mm; break-after: avoid; }"
        "p.rec { margin: 0 0 1.5mm; color: #444; break-after: avoid; }"
        ".comp { border-top: 0.25mm solid #E3E6EA; padding: 2mm 0 1.5mm; break-inside: avoid; }"
        ".top { display: flex; gap: 4mm; } .what { flex: 1; }"
        ".ref { font-weight: bold; color: #555; margin-right: 1mm; }"
        ".meta { font-size: 8pt; color: #555; margin-top: 0.6mm; }"
        ".st { width: 32mm; text-align: right; font-weight: bold; white-space: nowrap; }"
        ".upd { font-size: 8pt; color: #333; margin: 1mm 0 0; }"
        ".hist { display: flex; gap: 0.8mm; margin-top: 1.5mm; }"
        ".hist i { flex: 1; height: 4mm; border-radius: 0.6mm; }"
        ".axis { display: flex; justify-content: space-between; font-size: 6.8pt; color: #888; }"
        "table.kpi { border-collapse: collapse; width: 100%; break-inside: avoid; }"
        "table.kpi th { text-align: left; border-bottom: 0.4mm solid #1f2430; padding: 1mm; }"
        "table.kpi td { border-bottom: 0.2mm solid #D5DAE1; padding: 1mm; }"
        ".foot { font-size: 7.8pt; color: #666; margin-top: 4mm; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
