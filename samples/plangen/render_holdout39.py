"""Producers of the holdout39 split (BLIND: fixers never read this): the plan printed with a
comments summary (the page shrunk beside the reviewers' comments) in ReportLab; an Easy Read
version in Word and a tracker kept as one tab per status in Excel, both printed by LibreOffice;
and a staff intranet's search results page in HTML printed by Chromium; each drawn straight
from a holdout8.H8Plan built by holdout39."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout39 import DOCUMENTS, H39_STATUS, HARD_WORDS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout39", html=_search,
                reportlab=_comments, docx=_easy_read, xlsx=_tabs)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _vals(a: H8Action) -> dict[str, str]:
    return {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
            "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


# ---- ReportLab: the plan printed with a comments summary ---------------------------------------


def _comments(p: H8Plan, folder: Path) -> Path:
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
    cell = ParagraphStyle("c", fontName=base, fontSize=9, leading=11)
    head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
    cstyle = ParagraphStyle("m", fontName="Helvetica", fontSize=7.5, leading=9)
    W, H = landscape(A4)
    PW, PH = A4  # the original page, portrait
    scale = (H - 24 * mm) / PH
    ox, oy = 14 * mm, 12 * mm  # where the shrunk page sits
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if f["progress"] else [])
    widths = {"ref": 13, "action": 70, "owner": 34, "due": 22, "rag": 27, "progress": 0}
    if f["progress"]:
        widths.update(action=50, owner=27, due=20, rag=22, progress=47)
    colw = [widths[c] * mm for c in cols]
    body_w = sum(colw)
    top = PH - 40 * mm  # table top on the original page (first page lower: intro)
    bottom = 18 * mm
    header = [Paragraph(_esc(h[c]), head) for c in cols]
    # rows: ("rec", num, text) or ("act", action)
    items: list[tuple[str, Any]] = []
    for num, text in p.recs:
        items.append(("rec", (num, text)))
        items.extend(("act", a) for a in p.per_rec(num))

    def row_of(item: tuple[str, Any]) -> list[Any]:
        kind, val = item
        if kind == "rec":
            num, text = val
            return [Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b><br/>{_esc(text)}", cell)]
        v = _vals(val)
        return [Paragraph(_esc(v[c]), cell) for c in cols]

    def make(chunk: list[tuple[str, Any]]) -> Any:
        rows = [header]
        style: list[Any] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.4, 0.4, 0.4)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.18, 0.28, 0.45)),
        ]
        for it in chunk:
            r = len(rows)
            row = row_of(it)
            if it[0] == "rec":
                row += [""] * (len(cols) - 1)
                style.append(("SPAN", (0, r), (-1, r)))
                style.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.87, 0.91, 0.96)))
            rows.append(row)
        t = Table(rows, colWidths=colw)
        t.setStyle(TableStyle(style))
        return t

    # pages of the original: greedy, a rec row never last on a page
    pages: list[list[tuple[str, Any]]] = []
    cur: list[tuple[str, Any]] = []
    for i, it in enumerate(items):
        avail = (top - 14 * mm if not pages else PH - 26 * mm) - bottom
        trial = cur + [it]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if it[0] == "rec" and nxt is not None:
            trial_h = make(trial + [nxt]).wrap(body_w, 10**6)[1]
        else:
            trial_h = make(trial).wrap(body_w, 10**6)[1]
        if trial_h > avail and cur:
            pages.append(cur)
            cur = [it]
        else:
            cur = trial
    if cur:
        pages.append(cur)
    n_orig = len(pages) + (1 if p.kpis else 0)
    comments: dict[str, tuple[str, str, str]] = f["comments"]
    position = date.fromisoformat(f["position"])
    path = folder / f"{p.name}.pdf"
    canv = Canvas(str(path), pagesize=(W, H))
    canv.setTitle(f"Summary of Comments on {f['file_name']}.pdf")
    pane_x = ox + PW * scale + 10 * mm

    def frame(pg: int) -> None:
        canv.setFillColor(colors.Color(0.7, 0.7, 0.7))
        canv.rect(ox + 1.5 * mm, oy - 1.5 * mm, PW * scale, PH * scale, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        canv.rect(ox, oy, PW * scale, PH * scale, stroke=1, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica-Bold", 10)
        canv.drawString(pane_x, H - 14 * mm, f"Summary of Comments on {f['file_name']}.pdf")
        canv.setFont("Helvetica", 8.5)
        canv.drawString(pane_x, H - 19 * mm, f"Page: {pg}")
        canv.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
        canv.line(pane_x, H - 21.5 * mm, W - 12 * mm, H - 21.5 * mm)

    def orig_header(pg: int) -> float:
        """Draws the original page's running lines (in original coordinates); the table top."""
        canv.setFont(base, 7.5)
        canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canv.drawString(20 * mm, PH - 12 * mm, f"{p.authority} Council - OFFICIAL")
        canv.drawRightString(PW - 20 * mm, 10 * mm, f"Page {pg} of {n_orig}")
        canv.setFillColor(colors.black)
        if pg == 1:
            canv.setFont(bold, 16)
            canv.drawString(20 * mm, PH - 26 * mm, p.title)
            canv.setFont(base, 9.5)
            canv.drawString(20 * mm, PH - 33 * mm,
                            f"Position at {_long_date(position)}. For review before the "
                            "Improvement Board.")  # fmt: skip
            return top - 14 * mm
        return PH - 22 * mm

    for pi, chunk in enumerate(pages, start=1):
        frame(pi)
        t = make(chunk)
        _, th = t.wrap(body_w, 10**6)
        canv.saveState()
        canv.translate(ox, oy)
        canv.scale(scale, scale)
        ty = orig_header(pi)
        x0 = (PW - body_w) / 2
        t.drawOn(canv, x0, ty - th)
        canv.restoreState()
        # where each row lies on the sheet
        heights = t._rowHeights
        y = ty
        marks: list[tuple[str, float]] = []
        y -= heights[0]
        for it, rh in zip(chunk, heights[1:], strict=True):
            if it[0] == "act" and it[1].ref in comments:
                marks.append((it[1].ref, oy + (y - 4.5 * mm) * scale))
            y -= rh
        cy = H - 27 * mm
        for n, (ref, my) in enumerate(marks, start=1):
            author, stamp, text = comments[ref]
            mx = ox + (x0 + body_w + 2 * mm) * scale
            # the marker on the page
            canv.setFillColor(colors.Color(1, 0.85, 0.2))
            canv.setStrokeColor(colors.Color(0.6, 0.45, 0))
            canv.rect(mx, my - 1.5 * mm, 4 * mm, 3.4 * mm, stroke=1, fill=1)
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica-Bold", 6.5)
            canv.drawCentredString(mx + 2 * mm, my - 0.6 * mm, str(n))
            para = Paragraph(_esc(text), cstyle)
            pw_ = W - 12 * mm - pane_x - 10 * mm
            _, ph_ = para.wrap(pw_, 200)
            box_h = ph_ + 9 * mm
            # the connector line
            canv.setStrokeColor(colors.Color(0.55, 0.55, 0.8))
            canv.setLineWidth(0.5)
            canv.line(mx + 4 * mm, my, pane_x, cy - 3 * mm)
            canv.setFillColor(colors.Color(1, 0.85, 0.2))
            canv.setStrokeColor(colors.Color(0.6, 0.45, 0))
            canv.rect(pane_x, cy - 4.5 * mm, 6 * mm, 4 * mm, stroke=1, fill=1)
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica-Bold", 7.5)
            canv.drawCentredString(pane_x + 3 * mm, cy - 3.4 * mm, str(n))
            when = datetime.fromisoformat(stamp)
            canv.setFont("Helvetica-Bold", 7.5)
            canv.drawString(pane_x + 9 * mm, cy - 3.4 * mm,
                            f"Number: {n}   Author: {author}   Subject: Sticky Note   Date: "
                            f"{when.strftime('%d/%m/%Y %H:%M:%S')}")  # fmt: skip
            para.drawOn(canv, pane_x + 9 * mm, cy - 6 * mm - ph_)
            cy -= box_h
        if not marks:
            canv.setFont("Helvetica-Oblique", 8.5)
            canv.drawString(pane_x, H - 27 * mm, "No comments on this page.")
        canv.showPage()
    if p.kpis:
        pg = len(pages) + 1
        frame(pg)
        canv.saveState()
        canv.translate(ox, oy)
        canv.scale(scale, scale)
        ty = orig_header(pg)
        canv.setFont(bold, 12)
        canv.drawString(20 * mm, ty, "How we will measure progress")
        krows = [[Paragraph(_esc(h[c]), head) for c in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[86 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.4, 0.4, 0.4)),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.18, 0.28, 0.45)),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        _, th = kt.wrap(170 * mm, 10**6)
        kt.drawOn(canv, 20 * mm, ty - 6 * mm - th)
        canv.restoreState()
        canv.setFont("Helvetica-Oblique", 8.5)
        canv.drawString(pane_x, H - 27 * mm, "No comments on this page.")
        canv.showPage()
    canv.save()
    return path


# ---- Word: an Easy Read version -----------------------------------------------------------------

PICTURES = {"action": "\u270e", "owner": "\u263a", "due": "\u25f7", "progress": "\u2709"}
RAG_PICTURE = {"green": "\u2714", "amber": "\u26a0", "red": "\u2716", "blue": "\u2605",
               None: "\u25cb"}  # fmt: skip


def _shade(cell: Any, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def _no_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _bottom_rule(cell: Any) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), "12")
    el.set(qn("w:color"), "7A3E9D")
    borders.append(el)
    tc_pr.append(borders)


def _pic_table(doc: Any, rows: list[tuple[str, list[tuple[str, bool]]]], fill: str,
               rule: bool = False) -> Any:  # fmt: skip
    """A two-column table: a picture cell, then the words (runs of (text, bold))."""
    t = doc.add_table(rows=len(rows), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    _no_borders(t)
    for i, (pic, runs) in enumerate(rows):
        _keep_row(t.rows[i])
        left, right = t.cell(i, 0), t.cell(i, 1)
        left.width, right.width = Cm(3.0), Cm(14.2)
        _shade(left, fill)
        lp = left.paragraphs[0]
        lr = lp.add_run(pic)
        lr.font.size = Pt(24 if len(pic) == 1 else 20)
        lr.bold = True
        lr.font.color.rgb = RGBColor(0x4B, 0x1F, 0x6F)
        rp = right.paragraphs[0]
        if i < len(rows) - 1:  # the block kept on one page
            lp.paragraph_format.keep_with_next = True
            rp.paragraph_format.keep_with_next = True
        rp.paragraph_format.space_before = Pt(4)
        rp.paragraph_format.space_after = Pt(8)
        for txt, b in runs:
            rp.add_run(txt).bold = b
        if rule and i == len(rows) - 1:
            _bottom_rule(left)
            _bottom_rule(right)
    t.columns[0].width = Cm(3.0)
    t.columns[1].width = Cm(14.2)
    return t


def _easy_read(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(14)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Easy Read"
    sec.footer.paragraphs[0].text = f"{p.authority} Council - Easy Read improvement plan"
    purple = RGBColor(0x4B, 0x1F, 0x6F)
    tp = doc.add_paragraph()
    r = tp.add_run(p.title)
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = purple
    checked = date.fromisoformat(f["checked"])
    nxt = date.fromisoformat(f["next_update"])
    _pic_table(doc, [
        ("\u2139", [("This is an Easy Read version of ", False),
                    (f"{p.authority} Council's Children's Services Improvement Plan.", True)]),
        ("\u263a", [(f"It was made by {f['made_by']} with young people from the Children in "
                     f"Care Council. They checked it on {_long_date(checked)}.", False)]),
        ("\u2605", [("Words in ", False), ("bold", True),
                    (" are hard words. We explain them at the end.", False)]),
    ], "EFE6F5")  # fmt: skip
    for num, text in p.recs:
        hd = doc.add_paragraph()
        hd.paragraph_format.space_before = Pt(18)
        hd.paragraph_format.keep_with_next = True
        rr = hd.add_run(p.rec_label.format(n=num))
        rr.bold = True
        rr.font.size = Pt(18)
        rr.font.color.rgb = purple
        _pic_table(doc, [("Ofsted", [(text, False)])], "FFF2CC", rule=True)
        ip = doc.add_paragraph()
        ip.paragraph_format.keep_with_next = True
        ip.add_run("What we are doing about it:").bold = True
        for a in p.per_rec(num):
            rows: list[tuple[str, list[tuple[str, bool]]]] = [
                (a.ref, [(a.text, True)]),
                (PICTURES["owner"], [(f"{h['owner']} ", False), (a.owner, False)]),
                (PICTURES["due"], [(f"{h['due']} ", False), (a.due_raw, False)]),
                (RAG_PICTURE[a.rag], [(f"{h['rag']} ", False), (a.status or "", True)]),
            ]
            if a.progress:
                rows.append((PICTURES["progress"], [(f"{h['progress']} ", False),
                                                    (a.progress, False)]))  # fmt: skip
            _pic_table(doc, rows, "E8F1FA", rule=True)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(18)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("How we will know things are better")
        kr.bold = True
        kr.font.size = Pt(18)
        kr.font.color.rgb = purple
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        kt.autofit = False
        for j, wd in enumerate((8.2, 3.0, 3.0, 3.0)):
            kt.columns[j].width = Cm(wd)
            for kc in kt.columns[j].cells:
                kc.width = Cm(wd)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "EFE6F5")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    wh = doc.add_paragraph()
    wh.paragraph_format.space_before = Pt(18)
    wh.paragraph_format.keep_with_next = True
    wr = wh.add_run("Hard words")
    wr.bold = True
    wr.font.size = Pt(18)
    wr.font.color.rgb = purple
    _pic_table(doc, [("\u2753", [(HARD_WORDS[i][0], True), (f" - {HARD_WORDS[i][1]}", False)])
                     for i in f["hard_words"]], "EFE6F5")  # fmt: skip
    _pic_table(doc, [
        ("\u260e", [(f"Want to talk about this? Ring {f['contact']}, Participation Officer, on "
                     f"{f['phone']}.", False)]),
        ("\u25f7", [(f"We will tell you how we are doing again in "
                     f"{calendar.month_name[nxt.month]} {nxt.year}.", False)]),
    ], "EFE6F5")  # fmt: skip
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker kept as one tab per status ------------------------------------------------


def _tabs(p: H8Plan, folder: Path) -> Path:
    from openpyxl.utils import get_column_letter

    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Recommendations"
    _xl_setup(ws, True)
    ws.column_dimensions["A"].width = 15
    ws.column_dimensions["B"].width = 110
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    reviewed = date.fromisoformat(f["reviewed"])
    ws.cell(2, 1, "Actions are kept on a tab for each status: move a row to its new tab when "
                  f"its status changes. Last reviewed {reviewed.isoformat()} by "
                  f"{f['reviewed_by']}.").font = Font(name=font, italic=True, size=9)  # fmt: skip
    for j, lab in enumerate((h["rec"], "Recommendation"), start=1):
        c = ws.cell(4, j, lab)
        c.font = Font(name=font, bold=True, size=10)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = grid
    for i, (num, text) in enumerate(p.recs, start=5):
        a_ = ws.cell(i, 1, p.rec_label.format(n=num))
        b_ = ws.cell(i, 2, text)
        for c in (a_, b_):
            c.font = Font(name=font, size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = grid
        ws.row_dimensions[i].height = 14 * ceil(len(text) / 120) + 4
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.right.text = "Page &P of &N"
    fills = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE",
             None: "EDEDED"}  # fmt: skip
    cols = ["ref", "rec", "action", "owner", "due"] + (["progress"] if f["progress"] else [])
    hdr = cols + ["moved"]
    labels = {**h, "moved": "Moved to this tab"}
    widths = {"ref": 8, "rec": 15, "action": 55, "owner": 26, "due": 12, "progress": 45,
              "moved": 12}  # fmt: skip
    moved = f["moved"]
    for status, rag in H39_STATUS[p.layout]:
        acts = sorted((a for a in p.actions if a.status == status),
                      key=lambda a: (a.due_date or date.max, a.ref))  # fmt: skip
        sh = wb.create_sheet(status)
        sh.sheet_properties.tabColor = fills[rag]
        _xl_setup(sh, True)
        sh.oddHeader.center.text = "&A"
        sh.oddFooter.right.text = "Page &P of &N"
        t = sh.cell(1, 1, status)
        t.font = Font(name=font, bold=True, size=16)
        t.fill = PatternFill("solid", fgColor=fills[rag])
        n = len(acts)
        sh.cell(2, 1, f"{n} action{'s' if n != 1 else ''} - sorted by due date"
                ).font = Font(name=font, italic=True, size=9)  # fmt: skip
        for j, c in enumerate(hdr, start=1):
            sh.column_dimensions[get_column_letter(j)].width = widths[c]
            cl = sh.cell(4, j, labels[c])
            cl.font = Font(name=font, bold=True, size=10)
            cl.fill = PatternFill("solid", fgColor="D9D9D9")
            cl.alignment = Alignment(wrap_text=True, vertical="bottom")
            cl.border = grid
        sh.print_title_rows = "4:4"
        for i, a in enumerate(acts, start=5):
            v = _vals(a)
            v["rec"] = p.rec_label.format(n=a.recs[0])
            v["moved"] = moved[a.ref]
            n_lines = 1
            for j, c in enumerate(hdr, start=1):
                cl = sh.cell(i, j, v[c])
                cl.font = Font(name=font, size=10)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                cl.border = grid
                n_lines = max(n_lines, ceil(len(v[c]) / (widths[c] * 1.05)))
            sh.row_dimensions[i].height = 13 * n_lines + 3
        if not acts:
            sh.cell(5, 1, "No actions on this tab.").font = Font(name=font, italic=True, size=9)
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.oddHeader.center.text = "&A"
        for col, wd in zip("ABCD", (60, 14, 14, 14), strict=True):
            ks.column_dimensions[col].width = wd
        ks.cell(1, 1, "Measures").font = Font(name=font, bold=True, size=16)
        for j, c in enumerate(KCOLS, start=1):
            cl = ks.cell(3, j, h[c])
            cl.font = Font(name=font, bold=True, size=10)
            cl.border = grid
        for i, k in enumerate(p.kpis, start=4):
            for j, c in enumerate(KCOLS, start=1):
                cl = ks.cell(i, j, _kpi_cell(k, c))
                cl.font = Font(name=font, size=10)
                cl.alignment = Alignment(wrap_text=True, vertical="top")
                cl.border = grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a staff intranet's search results page ----------------------------------------------


def _search(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    by_ref = {a.ref: a for a in p.actions}
    recs = dict(p.recs)
    issued = p.issued
    month = f"{calendar.month_name[issued.month]} {issued.year}"
    n_hits = len(f["order"])
    css = (
        "@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm; }"
        f"body {{ font-family: {font}; font-size: 9.5pt; margin: 0; color: #1d1d1d; }}"
        ".top { background: #00594f; color: #fff; padding: 8px 12px; display: flex;"
        " justify-content: space-between; align-items: center; }"
        ".brand { font-weight: bold; font-size: 12pt; }"
        ".box { background: #fff; color: #333; border-radius: 3px; padding: 3px 8px;"
        " width: 75mm; font-size: 9pt; }"
        ".user { font-size: 8pt; }"
        ".count { margin: 10px 0 8px 0; color: #555; font-size: 8.5pt; }"
        ".wrap { display: flex; gap: 14px; }"
        ".facets { width: 44mm; flex: none; font-size: 8pt; }"
        ".facets h3 { font-size: 8.5pt; margin: 0 0 3px 0; border-bottom: 1px solid #ccc; }"
        ".facets ul { list-style: none; padding: 0; margin: 0 0 10px 0; }"
        ".facets li { margin: 1px 0; } .facets li:before { content: '\\2610  '; }"
        ".results { flex: 1; }"
        ".hit { margin: 0 0 11px 0; break-inside: avoid; }"
        ".crumb { color: #1a7f37; font-size: 8pt; }"
        ".type { display: inline-block; font-size: 7pt; text-transform: uppercase;"
        " border: 1px solid #999; border-radius: 3px; padding: 0 4px; margin-right: 6px;"
        " color: #555; }"
        ".title { color: #1a0dab; font-size: 11pt; text-decoration: underline; }"
        ".snip { margin: 2px 0; }"
        ".meta { font-size: 8.5pt; margin: 2px 0; }"
        ".meta span { display: inline-block; background: #eef2f6; border-radius: 8px;"
        " padding: 0 7px; margin: 1px 4px 1px 0; }"
        ".mod { color: #777; font-size: 7.5pt; }"
        "table { border-collapse: collapse; margin-top: 3px; } th, td { border: 1px solid #bbb;"
        " padding: 2px 5px; text-align: left; vertical-align: top; font-size: 8.5pt; }"
        ".pager { margin-top: 8px; font-size: 8.5pt; color: #1a0dab; }"
    )
    statuses = H39_STATUS[p.layout]
    counts = {"Recommendation": len(p.recs), "Action": len(p.actions),
              "Document": sum(1 for k, _ in f["order"] if k == "doc")}  # fmt: skip
    if p.kpis:
        counts["Dataset"] = 1
    owners: dict[str, int] = {}
    for a in p.actions:
        owners[a.owner] = owners.get(a.owner, 0) + 1
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)} - "
        f"Staff Hub</title><style>{css}</style></head><body>",
        f"<div class='top'><span class='brand'>{escape(p.authority)} Council Staff Hub</span>"
        f"<span class='box'>{escape(f['query'])}</span><span class='user'>Signed in as "
        f"{escape(f['user'])}</span></div>",
        f"<div class='count'>{n_hits} results for &ldquo;{escape(f['query'])}&rdquo; "
        f"({f['seconds']} seconds) &middot; sorted by relevance</div>",
        "<div class='wrap'><div class='facets'>",
        "<h3>Type</h3><ul>" + "".join(f"<li>{k} ({v})</li>" for k, v in counts.items())
        + "</ul>",
        f"<h3>{escape(h['rag'])}</h3><ul>"
        + "".join(f"<li>{escape(w)} ({sum(1 for a in p.actions if a.status == w)})</li>"
                  for w, _ in statuses)
        + "</ul>",
        f"<h3>{escape(h['owner'])}</h3><ul>"
        + "".join(f"<li>{escape(o)} ({n})</li>" for o, n in sorted(owners.items()))
        + "</ul>",
        "</div><div class='results'>",
    ]  # fmt: skip
    for kind, key in f["order"]:
        when_iso, who = f["modified"][f"{kind}:{key}"]
        when = date.fromisoformat(when_iso)
        mod = f"<div class='mod'>Modified {when.strftime('%d %b %Y')} by {escape(who)}</div>"
        if kind == "rec":
            label = p.rec_label.format(n=key)
            out.append(
                "<div class='hit'><div class='crumb'>Staff Hub &rsaquo; Children's Services "
                "&rsaquo; Improvement Plan</div>"
                f"<div><span class='type'>Recommendation</span><span class='title'>"
                f"{escape(label)}</span></div><div class='snip'>{escape(recs[key])}</div>"
                f"{mod}</div>"
            )
        elif kind == "action":
            a = by_ref[key]
            meta = (f"<span>{escape(h['owner'])}: {escape(a.owner)}</span>"
                    f"<span>{escape(h['due'])}: {escape(a.due_raw)}</span>"
                    f"<span>{escape(h['rag'])}: <b>{escape(a.status or '')}</b></span>")  # fmt: skip
            prog = (f"<div class='snip'>{escape(h['progress'])}: {escape(a.progress)}</div>"
                    if a.progress else "")  # fmt: skip
            out.append(
                "<div class='hit'><div class='crumb'>Staff Hub &rsaquo; Children's Services "
                f"&rsaquo; Improvement Plan &rsaquo; {escape(p.rec_label.format(n=a.recs[0]))}"
                f"</div><div><span class='type'>Action</span><span class='title'>"
                f"{escape(a.ref)} {escape(a.text)}</span></div>"
                f"<div class='meta'>{meta}</div>{prog}{mod}</div>"
            )
        elif kind == "doc":
            title, typ, snip = DOCUMENTS[int(key)]
            out.append(
                "<div class='hit'><div class='crumb'>Staff Hub &rsaquo; Children's Services "
                f"&rsaquo; Library</div><div><span class='type'>{escape(typ)}</span>"
                f"<span class='title'>{escape(title.format(month=month))}</span></div>"
                f"<div class='snip'>{escape(snip)}</div>{mod}</div>"
            )
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS) + "</tr>"
                for k in p.kpis
            )
            out.append(
                "<div class='hit'><div class='crumb'>Staff Hub &rsaquo; Children's Services "
                "&rsaquo; Performance</div><div><span class='type'>Dataset</span><span "
                "class='title'>Improvement plan measures</span></div><table><tr>"
                + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                + f"</tr>{rows}</table>{mod}</div>"
            )
    out.append(f"<div class='pager'>Showing 1-{n_hits} of {n_hits} &middot; Results per page: "
               "50</div></div></div></body></html>")  # fmt: skip
    return "".join(out)
