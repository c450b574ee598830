"""Producers of the holdout66 split (BLIND: fixers never read this): an end-of-term school report
in ReportLab; a Word progress story of case-study spotlights and an Excel locality rollout
tracker, both printed by LibreOffice; and an intranet A to Z of the plan in HTML printed by
Chromium; each drawn straight from a holdout8.H8Plan built by holdout66."""

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
from samples.plangen.holdout66 import H66_STATUS, TEAM_STATES
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


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout66", html=_atoz,
                reportlab=_school_report, docx=_spotlights, xlsx=_rollout)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words_of(layout: str) -> str:
    return "; ".join(w for w, _ in H66_STATUS[layout])


# ---- ReportLab: an end-of-term school report, a report box per recommendation ----------------


def _school_report(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    m = 15 * mm
    navy = colors.HexColor("#1F3A5F")
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} Council - {p.title}")
    progress = bool(f["progress"])
    size, lead = 8.4, 10.2
    # the targets table: ref, target (with the remark), owner, due, grade
    xs = [m + 2 * mm, m + 16 * mm, m + 100 * mm, m + 134 * mm, m + 158 * mm]
    ws_ = [12 * mm, 82 * mm, 32 * mm, 22.5 * mm, 20.5 * mm]
    bottom = 16 * mm
    page = [1]

    def footer() -> None:
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont(base, 7.5)
        c.drawString(m, 8 * mm, f"{p.authority} Council - {p.title} - {f['term']}")
        c.drawRightString(W - m, 8 * mm, f"Page {page[0]}")

    def new_page() -> float:
        footer()
        c.showPage()
        page[0] += 1
        return H - m

    def cells(a: H8Action) -> list[list[tuple[str, str, float, str]]]:
        black = "#000000"
        out: list[list[tuple[str, str, float, str]]] = [
            [(bold, a.ref, size, black)],
            [(base, ln, size, black) for ln in simpleSplit(a.text, base, size, ws_[1])],
            [(base, ln, size, black) for ln in simpleSplit(a.owner, base, size, ws_[2])],
            [(base, ln, size, black) for ln in simpleSplit(a.due_raw, base, size, ws_[3])],
            [(bold, ln, size, RAG_INK[a.rag])
             for ln in simpleSplit(a.status or "", bold, size, ws_[4])],
        ]  # fmt: skip
        if progress and a.progress:
            out[1] += [(italic, ln, size - 0.6, "#37474F")
                       for ln in simpleSplit(f"{h['progress']}: {a.progress}", italic, size - 0.6,
                                             ws_[1])]  # fmt: skip
        return out

    # the page top: a school's report heading
    y = H - m
    c.setFillColor(navy)
    c.rect(m, y - 16 * mm, W - 2 * m, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 10)
    c.drawString(m + 3 * mm, y - 5.5 * mm, f"{p.authority} Council - Children's Services")
    c.setFont(bold, 16)
    c.drawString(m + 3 * mm, y - 13 * mm, p.title)
    c.setFont(base, 8.5)
    c.drawRightString(W - m - 3 * mm, y - 5.5 * mm, str(f["term"]))
    y -= 21 * mm
    issued = date.fromisoformat(str(f["issued_on"]))
    evening = date.fromisoformat(str(f["evening"]))
    facts = [("Report written by", f"{f['writer']}, Improvement Lead"),
             ("Headteacher (chair of the board)", str(f["head"])),
             ("Date of report", _long(issued)),
             ("Parents' evening (Improvement Board)", _long(evening)),
             ("Attendance at board meetings", str(f["attendance"]))]  # fmt: skip
    c.setFillColor(colors.black)
    for i, (k, v) in enumerate(facts):
        fc = i % 2
        row = i // 2
        xx = m + fc * (W - 2 * m) / 2
        yy = y - row * 11
        c.setFont(bold, 8.4)
        c.drawString(xx, yy, f"{k}:")
        c.setFont(base, 8.4)
        c.drawString(xx + c.stringWidth(f"{k}: ", bold, 8.4), yy, v)
    y -= 3 * 11 + 2 * mm
    c.setFont(italic, 8.4)
    c.setFillColor(colors.HexColor("#444444"))
    intro = ("Each subject on this report is one of Ofsted's recommendations. The form tutor's "
             "grades and comment are for the subject as a whole; the targets for next term are "
             f"the plan's actions, each with its own grade. {h['rag']}: {_words_of('report')}. "
             "Effort A (excellent) to E (poor); attainment 1 (low) to 5 (high).")  # fmt: skip
    for ln in simpleSplit(intro, italic, 8.4, W - 2 * m):
        c.drawString(m, y, ln)
        y -= 10.2
    y -= 3 * mm
    heads = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    for i, (num, text) in enumerate(p.recs):
        acts = p.per_rec(num)
        rows = [cells(a) for a in acts]
        heights = [max(len(col) for col in r) * lead + 2.4 * mm for r in rows]
        rec_lines = simpleSplit(text, base, 9, W - 2 * m - 6 * mm)
        comment = f"Tutor's comment: {f['comments'][i]}"
        com_lines = simpleSplit(comment, italic, 8.4, W - 2 * m - 6 * mm)
        head_lines = [simpleSplit(hd, bold, 7.8, w) for hd, w in zip(heads, ws_, strict=True)]
        thead = max(len(x) for x in head_lines) * 9.4 + 2.5 * mm
        need = (9 * mm + len(rec_lines) * 11 + 9 * mm + len(com_lines) * 10.2 + 3 * mm + thead
                + sum(heights) + 4 * mm)  # fmt: skip
        if y - need < bottom:
            y = new_page()
        top = y
        # the subject band
        c.setFillColor(colors.HexColor("#DCE6F2"))
        c.rect(m, y - 7 * mm, W - 2 * m, 7 * mm, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont(bold, 10.5)
        c.drawString(m + 3 * mm, y - 5 * mm, f"Subject: {p.rec_label.format(n=num)}")
        c.setFont(base, 8.4)
        c.drawRightString(W - m - 3 * mm, y - 5 * mm, f"Form tutor: {f['tutors'][i]}")
        y -= 7 * mm + 4 * mm
        c.setFillColor(colors.black)
        c.setFont(base, 9)
        for ln in rec_lines:
            c.drawString(m + 3 * mm, y, ln)
            y -= 11
        # the grades (DISTRACTORS)
        y -= 1.5 * mm
        for j, (k, v) in enumerate((("Effort", f["effort"][i]),
                                    ("Attainment", f["attainment"][i]))):  # fmt: skip
            bx = m + 3 * mm + j * 42 * mm
            c.setFont(bold, 8.4)
            c.drawString(bx, y - 4 * mm, f"{k}:")
            c.setStrokeColor(navy)
            c.setLineWidth(0.7)
            c.rect(bx + 19 * mm, y - 6 * mm, 9 * mm, 6.5 * mm, stroke=1, fill=0)
            c.setFont(bold, 11)
            c.drawCentredString(bx + 23.5 * mm, y - 4.4 * mm, v)
        y -= 9.5 * mm
        c.setFont(italic, 8.4)
        c.setFillColor(colors.HexColor("#37474F"))
        for ln in com_lines:
            c.drawString(m + 3 * mm, y, ln)
            y -= 10.2
        y -= 2 * mm
        # the targets table
        c.setFillColor(colors.HexColor("#EEF2F7"))
        c.rect(m + 1 * mm, y - thead + 3 * mm, W - 2 * m - 2 * mm, thead, stroke=0, fill=1)
        c.setFillColor(navy)
        for x, hl in zip(xs, head_lines, strict=True):
            for j, ln in enumerate(hl):
                c.setFont(bold, 7.8)
                c.drawString(x, y - j * 9.4, ln)
        y -= thead
        c.setStrokeColor(colors.HexColor("#90A4AE"))
        for r, rh in zip(rows, heights, strict=True):
            c.setLineWidth(0.3)
            c.line(m + 1 * mm, y + 3 * mm + 0.2, W - m - 1 * mm, y + 3 * mm + 0.2)
            for x, cell_lines in zip(xs, r, strict=True):
                yy = y
                for font, ln, sz, hexink in cell_lines:
                    c.setFont(font, sz)
                    c.setFillColor(colors.HexColor(hexink))
                    c.drawString(x, yy, ln)
                    yy -= lead
            y -= rh
        c.setStrokeColor(navy)
        c.setLineWidth(0.9)
        c.rect(m, y + 1 * mm, W - 2 * m, top - y - 1 * mm, stroke=1, fill=0)
        y -= 5 * mm
    if p.kpis:
        need = 24 * mm + len(p.kpis) * 12 * mm
        if y - need < bottom:
            y = new_page()
        y -= 5 * mm
        c.setFillColor(navy)
        c.setFont(bold, 12)
        c.drawString(m, y, "Examination results: the measures")
        y -= 8 * mm
        kx = (m, m + 100 * mm, m + 127 * mm, m + 154 * mm)
        c.setFont(bold, 8.4)
        c.setFillColor(colors.black)
        for x, col in zip(kx, KCOLS, strict=True):
            for j, ln in enumerate(simpleSplit(h[col], bold, 8.4, 26 * mm if x != m else 95 * mm)):
                c.drawString(x, y - j * 10, ln)
        y -= 12
        c.setLineWidth(0.8)
        c.setStrokeColor(colors.black)
        c.line(m, y - 1 * mm, W - m, y - 1 * mm)
        y -= 6 * mm
        for kp in p.kpis:
            lines = simpleSplit(kp.indicator, base, 9, 95 * mm)
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


# ---- Word: a progress story of case-study spotlights ------------------------------------------


def _spotlights(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    stories: list[dict[str, Any]] = f["stories"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x0B, 0x5D, 0x5B)
    doc.styles["Heading 1"].font.size = Pt(17)
    doc.styles["Heading 2"].font.size = Pt(13)
    doc.styles["Heading 3"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    as_at = date.fromisoformat(str(f["as_at"]))
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - {p.title} - {_long(as_at)}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council - Children's Services")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Edited by {f['editor']}, Improvement Team, {_long(as_at)}. For each of Ofsted's "
        "recommendations: what we are doing, and a spotlight on one child whose experience "
        "shows whether it is making a difference. Children's names are changed."
    )
    br.italic = True
    br.font.size = Pt(9)
    note = doc.add_paragraph()
    nr = note.add_run(f"Words used under '{h['rag']}': {_words_of('casestudy')}.")
    nr.italic = True
    nr.font.size = Pt(9)
    progress = bool(f["progress"])
    for i, (num, text) in enumerate(p.recs):
        doc.add_heading(p.rec_label.format(n=num), level=2).paragraph_format.keep_with_next = True
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.keep_with_next = True
        q.add_run("Ofsted said: ").bold = True
        q.add_run(text).italic = True
        doc.add_heading("What we are doing", level=3).paragraph_format.keep_with_next = True
        for a in p.per_rec(num):
            pa = doc.add_paragraph()
            pa.paragraph_format.keep_with_next = True
            pa.paragraph_format.space_before = Pt(4)
            pa.paragraph_format.space_after = Pt(1)
            ra = pa.add_run(f"{h['ref']} {a.ref}  ")
            ra.bold = True
            pa.add_run(a.text)
            pf = doc.add_paragraph()
            pf.paragraph_format.left_indent = Cm(0.8)
            pf.paragraph_format.space_after = Pt(1)
            pf.paragraph_format.keep_with_next = bool(progress and a.progress)
            for label, val in ((h["owner"], a.owner), (h["due"], a.due_raw)):
                rl_ = pf.add_run(f"{label}: ")
                rl_.font.size = Pt(9)
                rl_.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
                pf.add_run(val + "   |   ").font.size = Pt(9)
            rl_ = pf.add_run(f"{h['rag']}: ")
            rl_.font.size = Pt(9)
            rl_.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            rs = pf.add_run(a.status or "")
            rs.bold = True
            rs.font.size = Pt(9)
            rs.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
            if progress and a.progress:
                pp = doc.add_paragraph()
                pp.paragraph_format.left_indent = Cm(0.8)
                rp = pp.add_run(f"{h['progress']}: {a.progress}")
                rp.italic = True
                rp.font.size = Pt(9)
        s = stories[i]
        box = doc.add_table(rows=1, cols=1)
        box.autofit = False
        cell = box.cell(0, 0)
        cell.width = Cm(17.0)
        _shade(cell, "FFF4D6")
        _keep_row(box.rows[0])
        hp = cell.paragraphs[0]
        hr_ = hp.add_run(f"Spotlight: {s['child']}'s story")
        hr_.bold = True
        hr_.font.size = Pt(10)
        hr_.font.color.rgb = RGBColor(0x8A, 0x5A, 0x00)
        story = str(s["text"]).format(c=s["child"], a=s["age"], p=s["worker"], m=s["month"])
        sp = cell.add_paragraph()
        sp.add_run(story).font.size = Pt(9)
        qp = cell.add_paragraph()
        qr = qp.add_run(f"\u201cYou can see the difference in the records now.\u201d "
                        f"- {s['quoted']}, Advanced Practitioner")  # fmt: skip
        qr.italic = True
        qr.font.size = Pt(8.5)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
    if p.kpis:
        doc.add_heading("What we count for children", level=2)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for j, c_ in enumerate(KCOLS):
            run = kt.cell(0, j).paragraphs[0].add_run(h[c_])
            run.bold = True
            run.font.size = Pt(9)
            _shade(kt.cell(0, j), "D7ECEB")
        _repeat_header(kt.rows[0])
        for i, k in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, c_)).font.size = Pt(9)
        for j, w in enumerate((8.0, 3.0, 3.0, 3.0)):
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


# ---- Excel: a locality rollout tracker, a column per team and the overall status --------------


def _rollout(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    teams: list[str] = f["teams"]
    managers: list[str] = f["managers"]
    wb = Workbook()
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Locality rollout"
    _xl_setup(ws, True)
    progress = bool(f["progress"])
    if progress:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    as_at = date.fromisoformat(str(f["as_at"]))
    go_live = date.fromisoformat(str(f["go_live"]))
    cols = [h["ref"], h["action"], h["owner"], h["due"]]
    long_due = str(f["date_form"]) != "wd-dd-mm-yyyy"
    widths = [9, 46, 24, 27 if long_due else 16]
    for t, mgr in zip(teams, managers, strict=True):
        cols.append(f"{t}\nTM: {mgr}")
        widths.append(14)
    cols.append(h["rag"])
    widths.append(17)
    if progress:
        cols.append(h["progress"])
        widths.append(36)
    last = len(cols)
    rag_col = 5 + len(teams)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council Children's Services - {p.title}").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(
        2,
        1,
        f"Kept by {f['keeper']}, Practice Development. As at {as_at:%d/%m/%Y}; next go-live "
        f"wave {_long(go_live)}. Each locality column shows how far the change has landed in "
        f"that team (TM: its team manager); '{h['rag']}' is the action's position across the "
        "county.",
    ).font = Font(name=fname, size=8.5, italic=True)
    ws.cell(3, 1, f"{h['rag']}: {_words_of('rollout')}.   Locality columns: "
                  f"{'; '.join(TEAM_STATES)}.").font = Font(name=fname, size=8.5,
                                                            italic=True)  # fmt: skip
    hr = 5
    ws.cell(hr - 1, 5, "Locality teams").font = Font(name=fname, size=9, bold=True)
    ws.merge_cells(start_row=hr - 1, start_column=5, end_row=hr - 1, end_column=4 + len(teams))
    ws.cell(hr - 1, 5).alignment = Alignment(horizontal="center")
    ws.cell(hr - 1, 5).fill = PatternFill("solid", fgColor="E0E0E0")
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(hr, j, v)
        team_col = 5 <= j < rag_col
        cc.font = Font(name=fname, size=9, bold=True, color="263238" if team_col else "FFFFFF")
        cc.fill = PatternFill("solid", fgColor="E0E0E0" if team_col else "00695C")
        cc.alignment = Alignment(wrap_text=True, vertical="center")
        cc.border = grid
    ws.row_dimensions[hr].height = 12 * max(
        sum(_lines(part, w - 2) for part in str(v).split("\n"))
        for v, w in zip(cols, widths, strict=True)) + 4  # fmt: skip
    ws.print_title_rows = f"{hr - 1}:{hr}"
    number_format = "d mmmm yyyy dddd" if long_due else "ddd dd/mm/yyyy"
    state_fill = {"Live": "C8E6C9", "Piloting": "FFF9C4", "Staff trained": "DCEDC8",
                  "Booked": "F5F5F5", "Not yet": "FFFFFF", "n/a": "FFFFFF"}  # fmt: skip
    row = hr
    for num, text in p.recs:
        row += 1
        band = ws.cell(row, 1, f"{p.rec_label.format(n=num)}: {text}")
        band.font = Font(name=fname, size=10, bold=True)
        band.fill = PatternFill("solid", fgColor="B2DFDB")
        band.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        for j in range(1, last + 1):
            ws.cell(row, j).border = grid
        ws.row_dimensions[row].height = 13.5 * _lines(text, int(sum(widths) * 0.95)) + 3
        for a in p.per_rec(num):
            row += 1
            assert a.due_date is not None
            vals: list[Any] = [a.ref, a.text, a.owner, a.due_date, *extras[a.ref],
                               a.status or ""]  # fmt: skip
            if progress:
                vals.append(a.progress or "")
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row, j, v)
                cc.font = Font(name=fname, size=9, bold=j == 1)
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="left" if j == 4 else None)  # fmt: skip
                cc.border = grid
                if 5 <= j < rag_col:
                    cc.fill = PatternFill("solid", fgColor=state_fill[str(v)])
                    cc.font = Font(name=fname, size=8.5, color="455A64")
            ws.cell(row, 4).number_format = number_format
            sc = ws.cell(row, rag_col)
            sc.font = Font(name=fname, size=9, bold=True, color=RAG_INK[a.rag].lstrip("#"))
            sc.fill = PatternFill("solid", fgColor=RAG_TINT[a.rag].lstrip("#"))
            tall = max(_lines(a.text, widths[1] - 4), _lines(a.owner, widths[2] - 4),
                       _lines(a.status or "", widths[rag_col - 1] - 3))  # fmt: skip
            if progress:
                tall = max(tall, _lines(a.progress or "", widths[-1] - 4))
            ws.row_dimensions[row].height = 12 * tall + 3
    if p.kpis:
        row += 2
        ws.cell(row, 1, "Measures across the localities").font = Font(name=fname, size=11,
                                                                       bold=True)  # fmt: skip
        row += 1
        kcols = [(2, "indicator"), (3, "baseline"), (4, "latest"), (5, "target")]
        for j, c_ in kcols:
            cc = ws.cell(row, j, h[c_])
            cc.font = Font(name=fname, size=9, bold=True)
            cc.fill = PatternFill("solid", fgColor="E0E0E0")
            cc.border = grid
            cc.alignment = Alignment(wrap_text=True, vertical="top")
        for k in p.kpis:
            row += 1
            for j, c_ in kcols:
                cc = ws.cell(row, j, _kpi_cell(k, c_))
                cc.font = Font(name=fname, size=9)
                cc.border = grid
                cc.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[row].height = 12 * _lines(k.indicator, widths[1] - 4) + 3
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: an intranet A to Z of the plan ---------------------------------------------------


def _sort_key(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words).lower()


def _atoz(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    progress = bool(f["progress"])
    reviewed = date.fromisoformat(str(f["reviewed"]))
    next_review = date.fromisoformat(str(f["next_review"]))
    chip = {"green": "#00703C", "amber": "#A35200", "red": "#B10E1E", "blue": "#1D70B8",
            None: "#505A5F"}  # fmt: skip
    ordered = sorted(p.actions, key=lambda a: _sort_key(a.text))
    by_letter: dict[str, list[H8Action]] = {}
    for a in ordered:
        by_letter.setdefault(_sort_key(a.text)[:1].upper(), []).append(a)
    bar = "".join(
        f"<a href='#l{ch}'>{ch}</a>" if ch in by_letter else f"<span>{ch}</span>"
        for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    )
    recs = "".join(
        f"<li><b>{_esc(p.rec_label.format(n=num))}</b>: {_esc(text)}</li>" for num, text in p.recs
    )
    sections = []
    for ch, acts in by_letter.items():
        entries = []
        for a in acts:
            note = (f"<p class='pg'><span class='k'>{_esc(h['progress'])}:</span> "
                    f"{_esc(a.progress)}</p>" if progress and a.progress else "")  # fmt: skip
            entries.append(
                "<div class='e'>"
                f"<h3>{_esc(a.text)}</h3>"
                f"<p class='m'><span class='ref'>{_esc(a.ref)}</span> &middot; answers "
                f"<a href='#recs'>{_esc(p.rec_label.format(n=a.recs[0]))}</a></p>"
                f"<p class='m'><span class='k'>{_esc(h['owner'])}:</span> {_esc(a.owner)}"
                f" &nbsp;&middot;&nbsp; <span class='k'>{_esc(h['due'])}:</span> "
                f"{_esc(a.due_raw)} &nbsp;&middot;&nbsp; <span class='k'>{_esc(h['rag'])}:</span> "
                f"<span class='st' style='color:{chip[a.rag]}'>{_esc(a.status or '')}</span></p>"
                f"{note}</div>"
            )
        sections.append(f"<section id='l{ch}'><h2>{ch}</h2>{''.join(entries)}"
                        "<p class='top'><a href='#bar'>Back to top</a></p></section>")  # fmt: skip
    body = (
        "<div class='crumbs'>Staff intranet &rsaquo; Children's Services &rsaquo; Improvement "
        "&rsaquo; A to Z</div>"
        f"<div class='brand'>{_esc(p.authority)} Council &middot; Children's Services</div>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<p class='meta'>Content owner: {_esc(str(f['content_owner']))} &middot; Page last "
        f"reviewed {_long(reviewed)} by {_esc(str(f['reviewer']))} &middot; Next review due "
        f"{_long(next_review)}</p>"
        "<p>Looking for something in the improvement plan? Every action is listed here in "
        "alphabetical order, with the recommendation from Ofsted it answers, who to ask and "
        "when it should be done.</p>"
        f"<h2 id='recs' class='sm'>Ofsted's recommendations</h2><ul class='recs'>{recs}</ul>"
        f"<p class='key'><b>{_esc(h['rag'])}</b>: {_esc(_words_of('atoz'))}.</p>"
        f"<nav id='bar' class='bar'>{bar}</nav>{''.join(sections)}"
    )
    if p.kpis:
        khead = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        krows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>" for k in p.kpis)  # fmt: skip
        body += (f"<h2 class='sm'>Numbers we watch</h2><table class='kpi'>"
                 f"<thead><tr>{khead}</tr></thead><tbody>{krows}</tbody></table>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 13mm 14mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9.5pt; color: #0B0C0C;"
        " line-height: 1.35; margin: 0; }"
        ".crumbs { font-size: 8pt; color: #505A5F; } .brand { font-weight: bold; margin-top: 2mm;"
        " border-bottom: 1.2mm solid #1D70B8; padding-bottom: 1mm; }"
        "h1 { font-size: 19pt; margin: 4mm 0 1mm; } .meta { font-size: 8pt; color: #505A5F; }"
        "h2 { font-size: 26pt; color: #1D70B8; margin: 4mm 0 1mm; border-bottom: 0.3mm solid"
        " #B1B4B6; break-after: avoid; } h2.sm { font-size: 12.5pt; color: #0B0C0C; }"
        "ul.recs { margin: 0 0 2mm; padding-left: 5mm; } ul.recs li { margin-bottom: 1mm; }"
        ".key { font-size: 8.5pt; }"
        ".bar { display: flex; flex-wrap: wrap; gap: 0.9mm; margin: 3mm 0; }"
        ".bar a, .bar span { display: inline-block; width: 5.6mm; text-align: center; padding: 1mm 0;"
        " font-weight: bold; } .bar a { background: #1D70B8; color: white; text-decoration: none; }"
        ".bar span { background: #F3F2F1; color: #B1B4B6; }"
        ".e { break-inside: avoid; padding: 1.5mm 0 1.5mm 3mm; border-left: 0.8mm solid #B1B4B6;"
        " margin: 0 0 2.5mm; } .e h3 { font-size: 10.5pt; margin: 0 0 0.8mm; }"
        ".e p { margin: 0 0 0.5mm; } .m { font-size: 8.8pt; } .k { color: #505A5F; }"
        ".ref { font-family: monospace; font-size: 8.5pt; background: #F3F2F1; padding: 0 1mm; }"
        ".st { font-weight: bold; } .pg { font-size: 8.6pt; font-style: italic; }"
        ".top { font-size: 8pt; margin: 0; }"
        "table.kpi { border-collapse: collapse; width: 100%; break-inside: avoid; }"
        "table.kpi th { text-align: left; border-bottom: 0.4mm solid #0B0C0C; padding: 1mm; }"
        "table.kpi td { border-bottom: 0.2mm solid #B1B4B6; padding: 1mm; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
