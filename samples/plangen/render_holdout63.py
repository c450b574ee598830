"""Producers of the holdout63 split (BLIND: fixers never read this): a dashboard of speedometer
dials in ReportLab; a Word self-assessment with a SWOT grid and an Excel evidence tracker linked by
short titles, both printed by LibreOffice; and a web page weather report in HTML printed by
Chromium; each drawn straight from a holdout8.H8Plan built by holdout63."""

from __future__ import annotations

import calendar
import math
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
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout63 import H63_STATUS
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
    print_plans(plans, folder, "plangen-lo-profile-holdout63", html=_weather, reportlab=_dials,
                docx=_swot, xlsx=_evidence)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words_of(layout: str) -> str:
    return "; ".join(w for w, _ in H63_STATUS[layout])


# ---- ReportLab: a dashboard of speedometer dials, one per action ----------------------------------


def _dials(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A4)
    m = 12 * mm
    ink = colors.HexColor("#263238")
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} Council - {p.title}")
    progress = bool(f["progress"])
    read = date.fromisoformat(str(f["read"]))
    segs = H63_STATUS["dials"][:4]
    null_word = H63_STATUS["dials"][4][0]
    fills = {"red": "#D84B3E", "amber": "#F0A93B", "green": "#4CAF50", "blue": "#3F7FD0"}
    # columns: ref, action, owner, due, [progress], dial
    widths = [17 * mm, 0.0, 46 * mm, 33 * mm] + ([62 * mm] if progress else []) + [46 * mm]
    widths[1] = W - 2 * m - sum(widths)
    roles = ["ref", "action", "owner", "due"] + (["progress"] if progress else []) + ["rag"]
    xs = [m]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    size, lead = 8.6, 10.4
    dial_h = 21 * mm
    page = [1]

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
        c.setFillColor(colors.HexColor("#CFD8DC"))
        c.rect(m, y - 7 * mm, W - 2 * m, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(bold, 8.6)
        for x, role in zip(xs, roles, strict=True):
            c.drawString(x + 1.5 * mm, y - 4.8 * mm, h[role])
        return y - 7 * mm

    def dial(cx: float, cy: float, r: float, rag: str | None, at: float) -> None:
        """A half-circle gauge of four segments (left to right), its words round the arc."""
        for i, (word, srag) in enumerate(segs):
            start = 180 - 45 * (i + 1)
            fill = fills[str(srag)] if rag is not None else "#C8C8C8"
            c.setFillColor(colors.HexColor(fill))
            c.setStrokeColor(colors.white)
            c.setLineWidth(0.8)
            c.wedge(cx - r, cy - r, cx + r, cy + r, start, 45, stroke=1, fill=1)
            mid = math.radians(start + 22.5)
            lx = cx + (r + 1.2 * mm) * math.cos(mid)
            ly = cy + (r + 1.2 * mm) * math.sin(mid)
            c.setFillColor(colors.HexColor("#37474F"))
            c.setFont(base, 5.6)
            if i == 0:
                c.drawRightString(lx, ly - 1, word)
            elif i == 3:
                c.drawString(lx, ly - 1, word)
            else:
                c.drawCentredString(lx + (-3 if i == 1 else 3), ly + 0.5, word)
        c.setFillColor(colors.white)
        c.circle(cx, cy, r * 0.5, stroke=0, fill=1)
        if rag is None:
            c.setFillColor(colors.HexColor("#616161"))
            c.setFont(italic, 6.5)
            c.drawCentredString(cx, cy - 3.2 * mm, null_word)
            return
        i = next(j for j, (_, srag) in enumerate(segs) if srag == rag)
        ang = math.radians(180 - 45 * i - 45 * at)
        c.setStrokeColor(colors.HexColor("#111111"))
        c.setLineWidth(1.6)
        c.line(cx, cy, cx + 0.92 * r * math.cos(ang), cy + 0.92 * r * math.sin(ang))
        c.setFillColor(colors.HexColor("#111111"))
        c.circle(cx, cy, 1.3 * mm, stroke=0, fill=1)

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
                 f"Readings taken on {_long(read)} by {f['reader']}, Performance and Intelligence "
                 f"Team, for the Improvement Board chaired by {f['board']}.")  # fmt: skip
    c.drawString(m, y - 22.5 * mm,
                 f"Each action's dial shows its {h['rag'].lower()}: the needle points at the word "
                 f"that applies ({', '.join(w for w, _ in segs)}, left to right). A grey dial with "
                 f"no needle: {null_word}.")  # fmt: skip
    y = header_row(y - 27 * mm)

    def action_rows(a: Any) -> tuple[float, list[list[str]]]:
        cells = [[a.ref], simpleSplit(a.text, base, size, widths[1] - 3 * mm),
                 simpleSplit(a.owner, base, size, widths[2] - 3 * mm), [a.due_raw]]  # fmt: skip
        if progress:
            cells.append(simpleSplit(a.progress or "", italic, size - 0.6, widths[4] - 3 * mm))
        hgt = max(max(len(x) for x in cells) * lead + 4 * mm, dial_h)
        return hgt, cells

    for num, text in p.recs:
        band = simpleSplit(f"{p.rec_label.format(n=num)}: {text}", bold, 9.2, W - 2 * m - 4 * mm)
        bh = len(band) * 11.5 + 3.5 * mm
        first_h, _ = action_rows(p.per_rec(num)[0])
        if y - bh - first_h < 14 * mm:
            y = header_row(new_page())
        c.setFillColor(ink)
        c.rect(m, y - bh, W - 2 * m, bh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 9.2)
        for j, ln in enumerate(band):
            c.drawString(m + 2 * mm, y - 2 * mm - 9 - j * 11.5, ln)
        y -= bh
        for a in p.per_rec(num):
            rh, cells = action_rows(a)
            if y - rh < 14 * mm:
                y = header_row(new_page())
            for j, (x, lines) in enumerate(zip(xs, cells, strict=False)):
                c.setFillColor(colors.black)
                font = bold if j == 0 else (italic if roles[j] == "progress" else base)
                fsize = size - 0.6 if roles[j] == "progress" else size
                c.setFont(font, fsize)
                for k, ln in enumerate(lines):
                    c.drawString(x + 1.5 * mm, y - 2 * mm - 8 - k * lead, ln)
            dial(xs[-1] + widths[-1] / 2, y - rh + 4 * mm, 9.5 * mm, a.rag, float(extras[a.ref]))
            c.setStrokeColor(colors.HexColor("#B0BEC5"))
            c.setLineWidth(0.4)
            c.line(m, y - rh, W - m, y - rh)
            y -= rh
    if p.kpis:
        need = 20 * mm + len(p.kpis) * 12 * mm
        if y - need < 14 * mm:
            y = new_page()
        y -= 9 * mm
        c.setFillColor(ink)
        c.setFont(bold, 12.5)
        c.drawString(m, y, "How we will know the engine is running")
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


# ---- Word: a SWOT grid whose weaknesses are the recommendations, then the actions -----------------


def _para(cell: Any, text: str, *, bold: bool = False, size: float = 9, first: bool = False) -> Any:
    par = cell.paragraphs[0] if first else cell.add_paragraph()
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    par.paragraph_format.space_after = Pt(2)
    return par


def _swot(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x2B, 0x2B, 0x4A)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.4)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - {p.title} - prepared by {f['preparer']}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council - Children's Services")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    panel = date.fromisoformat(str(f["panel"]))
    by = doc.add_paragraph()
    br = by.add_run(
        f"Prepared by {f['preparer']} for the Children's Services Scrutiny Panel of "
        f"{_long(panel)}. SWOT workshop facilitated by {f['facilitator']}."
    )
    br.italic = True
    br.font.size = Pt(9)
    doc.add_heading(
        "Where we are: our SWOT analysis", level=2
    ).paragraph_format.keep_with_next = True
    grid = doc.add_table(rows=2, cols=2)
    grid.style = doc.styles["Table Grid"]
    grid.autofit = False
    quads = [
        (0, 0, "Strengths", "E3F1E4", [f"S{i}  {t}" for i, t in enumerate(f["strengths"], 1)]),
        (0, 1, "Weaknesses: the areas Ofsted asked us to improve", "F8E1E0",
         [f"{p.rec_label.format(n=n)}  {t}" for n, t in p.recs]),
        (1, 0, "Opportunities", "E1ECF8", [f"O{i}  {t}" for i, t in enumerate(f["opportunities"], 1)]),
        (1, 1, "Threats", "FBEFD9", [f"T{i}  {t}" for i, t in enumerate(f["threats"], 1)]),
    ]  # fmt: skip
    for ri, ci, head, fill, items in quads:
        cell = grid.cell(ri, ci)
        _shade(cell, fill)
        _para(cell, head, bold=True, size=10, first=True)
        for item in items:
            _para(cell, item, size=9)
    for row in grid.rows:
        _keep_row(row)
        for cell in row.cells:
            cell.width = Cm(9.1)
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(6)
    nr = note.add_run(
        f"Each action below says which weakness it tackles (W1, W2, ...); some also make use of "
        f"an opportunity (O) or guard against a threat (T). {h['rag']}: {_words_of('swot')}."
    )
    nr.italic = True
    nr.font.size = Pt(9)
    doc.add_heading("What we will do", level=2).paragraph_format.keep_with_next = True
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["tackles"], h["rag"]]
    widths = [1.7, 6.2, 3.4, 2.6, 1.8, 2.3]
    if progress:
        cols.append(h["progress"])
        widths = [1.6, 4.4, 2.8, 2.3, 1.8, 2.2, 3.1]
    t = doc.add_table(rows=1 + len(p.actions), cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    for tr_ in t.rows:
        _keep_row(tr_)
    for j, head in enumerate(cols):
        cell = t.cell(0, j)
        _shade(cell, "DADAE8")
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(8.5)
    _repeat_header(t.rows[0])
    for i, a in enumerate(p.actions, start=1):
        code = p.rec_label.format(n=a.recs[0])
        extra = str(extras[a.ref])
        row = [a.ref, a.text, a.owner, a.due_raw, f"{code}, {extra}" if extra else code,
               a.status or ""]  # fmt: skip
        if progress:
            row.append(a.progress or "")
        for j, v in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(v)
            run.font.size = Pt(8.5)
            if j in (0, 5):
                run.bold = True
            if j == 5:
                run.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for tr_ in t.rows:
            tr_.cells[j].width = Cm(w)
    if p.kpis:
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
        doc.add_heading("How we will know the show is a success", level=2)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for j, c_ in enumerate(KCOLS):
            run = kt.cell(0, j).paragraphs[0].add_run(h[c_])
            run.bold = True
            run.font.size = Pt(9)
            _shade(kt.cell(0, j), "DADAE8")
        for i, k in enumerate(p.kpis, start=1):
            _keep_row(kt.rows[i])
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, c_)).font.size = Pt(9)
        for j, w in enumerate((9.2, 3.0, 3.0, 3.0)):
            kt.columns[j].width = Cm(w)
            for tr_ in kt.rows:
                tr_.cells[j].width = Cm(w)
        for tr_ in kt.rows[:-1]:  # the KPI table kept on one page (Word's keep-with-next idiom)
            for cell in tr_.cells:
                for par in cell.paragraphs:
                    par.paragraph_format.keep_with_next = True
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an evidence tracker linked by the recommendations' short titles -----------------------


def _evidence(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    shorts: dict[str, str] = f["shorts"]
    wb = Workbook()
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D7CCC8")
    # sheet 1: the findings, numbered, with their short titles
    fs = wb.active
    fs.title = "Findings"
    _xl_setup(fs, True)
    for col, w in zip("ABC", (7, 34, 100), strict=True):
        fs.column_dimensions[col].width = w
    fs.cell(1, 1, f"{p.title} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    fs.cell(2, 1, "Ofsted's recommendations, each with the short title the tracker uses.").font = (
        Font(name=fname, size=9, italic=True))  # fmt: skip
    for j, v in enumerate(("No.", "Short title", "Recommendation"), start=1):
        cc = fs.cell(4, j, v)
        cc.font = Font(name=fname, size=9.5, bold=True)
        cc.fill = head_fill
        cc.border = grid
    for i, (num, text) in enumerate(p.recs, start=5):
        for j, v in enumerate((p.rec_label.format(n=num), shorts[num], text), start=1):
            cc = fs.cell(i, j, v)
            cc.font = Font(name=fname, size=9.5)
            cc.border = grid
            cc.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        fs.row_dimensions[i].height = 13 * max(_lines(text, 96), _lines(shorts[num], 31)) + 3
    # sheet 2: the tracker
    ws = wb.create_sheet("Tracker")
    _xl_setup(ws, True)
    progress = bool(f["progress"])
    if progress:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    refreshed = date.fromisoformat(str(f["refreshed"]))
    cols = [h["ref"], h["rec"], h["action"], h["owner"], h["due"], h["rag"], h["path"]]
    widths = [9, 25, 46, 28, 14, 13, 36]
    if progress:
        cols.append(h["progress"])
        widths.append(38)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.title} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(
        2,
        1,
        f"Kept by {f['keeper']}, Improvement Team. Last refreshed {refreshed:%d/%m/%Y}. Evidence "
        f"is filed on the shared drive at the path shown. {h['rag']}: {_words_of('evidence')}.",
    ).font = Font(name=fname, size=8.5, italic=True)
    hr = 4
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(hr, j, v)
        cc.font = Font(name=fname, size=9, bold=True)
        cc.fill = head_fill
        cc.alignment = Alignment(wrap_text=True, vertical="center")
        cc.border = grid
    ws.row_dimensions[hr].height = 26
    ws.print_title_rows = f"{hr}:{hr}"
    number_format = "ddmmmyyyy" if str(f["date_form"]) == "compact" else "dd.mmm.yyyy"
    row = hr
    for a in p.actions:
        row += 1
        assert a.due_date is not None
        vals: list[Any] = [a.ref, shorts[a.recs[0]], a.text, a.owner, a.due_date, a.status,
                           str(extras[a.ref])]  # fmt: skip
        if progress:
            vals.append(a.progress)
        for j, v in enumerate(vals, start=1):
            cc = ws.cell(row, j, v)
            cc.font = Font(name=fname, size=9)
            cc.alignment = Alignment(wrap_text=True, vertical="top",
                                     horizontal="left" if j in (1, 5) else None)  # fmt: skip
            cc.border = grid
        ws.cell(row, 5).number_format = number_format
        ws.cell(row, 7).font = Font(name="Liberation Mono", size=8, color="455A64")
        sc = ws.cell(row, 6)
        sc.font = Font(name=fname, size=9, bold=True, color=RAG_INK[a.rag].lstrip("#"))
        sc.fill = PatternFill("solid", fgColor=RAG_TINT[a.rag].lstrip("#"))
        tall = max(_lines(a.text, widths[2] - 3), _lines(a.owner, widths[3] - 3),
                   _lines(shorts[a.recs[0]], widths[1] - 3), _lines(a.status or "", widths[5] - 3),
                   _lines(str(extras[a.ref]), widths[6] - 2))  # fmt: skip
        if progress:
            ws.cell(row, 8).font = Font(name=fname, size=8.5)
            tall = max(tall, _lines(a.progress or "", widths[7] - 3))
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


# ---- HTML: a weather report, weather words under drawn icons, an outlook beside ------------------


def _icon(rag: str | None, size: int = 26) -> str:
    """A small weather icon drawn in SVG: sun, cloud, storm, rainbow, or a dashed blank."""
    head = f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40' width='{size}' height='{size}'>"
    cloud = ("<ellipse cx='17' cy='18' rx='10' ry='7' fill='{f}'/><ellipse cx='25' cy='15' "
             "rx='9' ry='8' fill='{f}'/><rect x='8' y='17' width='26' height='8' rx='3' fill='{f}'/>")  # fmt: skip
    if rag == "green":
        rays = "".join(
            f"<line x1='{20 + 11 * math.cos(k * math.pi / 4):.1f}' "
            f"y1='{20 + 11 * math.sin(k * math.pi / 4):.1f}' "
            f"x2='{20 + 16 * math.cos(k * math.pi / 4):.1f}' "
            f"y2='{20 + 16 * math.sin(k * math.pi / 4):.1f}' stroke='#F2B705' stroke-width='2.5'/>"
            for k in range(8)
        )
        body = rays + "<circle cx='20' cy='20' r='8' fill='#F9C80E'/>"
    elif rag == "amber":
        body = "<circle cx='28' cy='10' r='7' fill='#F9C80E'/>" + cloud.format(f="#A0A7AE")
    elif rag == "red":
        body = cloud.format(f="#4B5563") + (
            "<polygon points='21,24 16,32 20,32 17,39 26,29 22,29 25,24' fill='#F9C80E'/>")  # fmt: skip
    elif rag == "blue":
        body = "".join(
            f"<path d='M6 32 A14 14 0 0 1 34 32' fill='none' stroke='{col}' stroke-width='3' "
            f"transform='translate(0 {k * 3}) scale(1)'/>"
            for k, col in enumerate(("#E53935", "#FB8C00", "#FDD835", "#43A047", "#1E88E5"))
        )
    else:
        body = ("<circle cx='20' cy='20' r='12' fill='none' stroke='#9E9E9E' stroke-width='2' "
                "stroke-dasharray='3 3'/>")  # fmt: skip
    return head + body + "</svg>"


def _weather(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    extras: dict[str, Any] = f["extras"]
    issued = date.fromisoformat(str(f["issued_on"]))
    nxt = date.fromisoformat(str(f["next"]))
    progress = bool(f["progress"])
    rag_of = {w: r for w, r in H63_STATUS["weather"]}
    cols = ["ref", "action", "owner", "due", "rag", "outlook"] + (["progress"] if progress else [])
    head = "".join(f"<th class='{c}'>{_esc(h[c])}</th>" for c in cols)
    key = "".join(
        f"<span class='k'>{_icon(rag, 22)}<b>{_esc(w)}</b></span>"
        for w, rag in H63_STATUS["weather"]
    )
    sections = []
    for num, text in p.recs:
        rows = []
        for a in p.per_rec(num):
            out = str(extras[a.ref])
            vals = {
                "ref": _esc(a.ref), "action": _esc(a.text), "owner": _esc(a.owner),
                "due": _esc(a.due_raw),
                "rag": f"<div class='wx'>{_icon(a.rag)}<div>{_esc(a.status or '')}</div></div>",
                "outlook": (f"<div class='ol'>{_icon(rag_of[out], 16)} {_esc(out)}</div>"
                            if out else "<div class='ol'>&ndash;</div>"),
                "progress": _esc(a.progress or ""),
            }  # fmt: skip
            rows.append("<tr>" + "".join(f"<td class='{c}'>{vals[c]}</td>" for c in cols) + "</tr>")
        sections.append(
            f"<section><h2>{_esc(p.rec_label.format(n=num))}</h2><p class='rec'>{_esc(text)}</p>"
            f"<table class='plan'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
            "</table></section>"
        )
    body = (
        f"<div class='bar'>{_esc(p.authority)} Council <span>Children, young people and "
        "families</span></div>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<p class='meta'>Forecast issued {_long(issued)} by {_esc(str(f['issuer']))}, "
        f"Improvement Team. Next forecast due {_long(nxt)}.</p>"
        "<p class='intro'>Each of our improvement actions has a weather symbol. "
        f"<b>{_esc(h['rag'])}</b> is where the action stands now; <b>{_esc(h['outlook'])}</b> is "
        "what the lead expects by the next forecast. The recommendations are Ofsted's, from the "
        "inspection of our services for children in need of help and protection, children in "
        f"care and care leavers.</p><div class='key'>{key}</div>" + "".join(sections)
    )
    if p.kpis:
        khead = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        krows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>" for k in p.kpis)  # fmt: skip
        body += (f"<h2>How we will know the sun is out</h2><table class='kpi'>"
                 f"<thead><tr>{khead}</tr></thead><tbody>{krows}</tbody></table>")  # fmt: skip
    body += ("<p class='foot'>Want this report in another format? Call 01632 960 771 or write to "
             "the Children's Services Improvement Team.</p>")  # fmt: skip
    widths = {"ref": "13mm", "due": "27mm", "owner": "34mm", "rag": "25mm", "outlook": "27mm"}
    if progress:
        widths["progress"] = "52mm"
    colcss = "".join(f"th.{c} {{ width: {w}; }}" for c, w in widths.items())
    orient = "landscape" if progress else "portrait"
    css = (
        f"@page {{ size: A4 {orient}; margin: 12mm 12mm; }}"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.8pt; color: #1d1d1d;"
        " line-height: 1.3; margin: 0; }"
        ".bar { background: #0B4F6C; color: white; font-weight: bold; font-size: 11pt;"
        " padding: 2.5mm 3mm; } .bar span { font-weight: normal; float: right; font-size: 9pt; }"
        "h1 { font-size: 17pt; margin: 3mm 0 1mm; color: #0B4F6C; }"
        ".meta { font-size: 7.8pt; color: #666; margin: 0 0 2mm; }"
        ".intro { margin: 0 0 2mm; }"
        ".key { display: flex; gap: 5mm; flex-wrap: wrap; margin: 0 0 3mm; padding: 1.5mm 2mm;"
        " border: 0.3mm solid #B0C4CE; } .key .k { display: flex; align-items: center; gap: 1.5mm; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th { background: #E1EEF3; text-align: left; font-size: 8.3pt; padding: 1.2mm;"
        " border-bottom: 0.5mm solid #0B4F6C; vertical-align: bottom; }"
        f"{colcss}"
        "td { padding: 1.2mm; border-bottom: 0.25mm solid #CBD9DF; vertical-align: top; }"
        "tr { break-inside: avoid; } thead { display: table-header-group; }"
        "td.ref { font-weight: bold; } td.progress { font-size: 8pt; color: #444; }"
        "td.rag { text-align: center; font-weight: bold; } .wx svg { display: block; margin: 0 auto; }"
        ".ol { color: #555; font-style: italic; font-size: 8pt; } .ol svg { vertical-align: middle; }"
        "h2 { font-size: 11.5pt; color: #0B4F6C; margin: 4mm 0 0.5mm; break-after: avoid; }"
        "p.rec { margin: 0 0 1.5mm; font-style: italic; break-after: avoid; }"
        "table.kpi { break-inside: avoid; }"
        ".foot { font-size: 7.8pt; color: #666; margin-top: 4mm; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
