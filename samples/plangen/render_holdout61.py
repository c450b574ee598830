"""Producers of the holdout61 split (BLIND: fixers never read this): a honeycomb of hexagonal
action cells in ReportLab; a Word record of agreed actions whose dates are written in words and an
Excel tracker with a column group per quarter (the last quarter reported is the current one), both
printed by LibreOffice; and a web page whose actions link to the recommendations only by a
superscript number, in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built
by holdout61."""

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
from samples.plangen.holdout61 import H61_STATUS, QUARTER_NAMES, h61_due
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "#E8F5E9", "amber": "#FFF3E0", "red": "#FFEBEE", "blue": "#E3F2FD",
            None: "#F5F5F5"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout61", html=_sup, reportlab=_honeycomb,
                docx=_words, xlsx=_quarters)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words_of(layout: str) -> str:
    return "; ".join(w for w, _ in H61_STATUS[layout])


# ---- ReportLab: a honeycomb page per recommendation ---------------------------------------------------


def _honeycomb(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A3)
    m = 15 * mm
    honey = colors.HexColor("#5B3A12")
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} Council - {p.title}")
    pages = len(p.recs) + (1 if p.kpis else 0)
    board = date.fromisoformat(str(f["board"]))
    progress = bool(f["progress"])
    R = 48 * mm  # circumradius of a cell (flat-topped hexagons)
    r = R * 0.955  # drawn a little smaller: the comb's gaps
    hh = math.sqrt(3) * r / 2  # half the height of a drawn cell

    def head(page: int, sub: str) -> None:
        c.setFillColor(honey)
        c.rect(m, H - m - 16 * mm, W - 2 * m, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 10.5)
        c.drawString(m + 5 * mm, H - m - 6 * mm, f"{p.authority} Council - Children's Services")
        c.setFont(bold, 17)
        c.drawString(m + 5 * mm, H - m - 13 * mm, p.title)
        c.setFont(base, 9)
        c.drawRightString(W - m - 5 * mm, H - m - 10 * mm, sub)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont(italic, 8.6)
        c.drawString(m, H - m - 21.5 * mm,
                     f"Designed by {f['designer']}, Improvement Programme Office, for the "
                     f"Improvement Board of {_long(board)}. Each cell of the comb is one action; "
                     f"its colour shows its {h['rag'].lower()}.")  # fmt: skip
        c.setFont(base, 7.8)
        c.drawString(m, 9 * mm, f"{p.authority} Council - {p.title}")
        c.drawRightString(W - m, 9 * mm, f"Page {page} of {pages}")
        c.setFillColor(colors.black)

    def key() -> None:
        y = 18 * mm
        c.setFont(bold, 8.5)
        c.drawString(m, y, f"Key - {h['rag']}:")
        x = m + 32 * mm
        for word, rag in H61_STATUS["hex"]:
            c.setFillColor(colors.HexColor(RAG_TINT[rag]))
            c.setStrokeColor(colors.HexColor(RAG_INK[rag]))
            c.setLineWidth(1.2)
            _hex_path(c, x + 3 * mm, y + 1.2 * mm, 3.2 * mm, fill=True)
            c.setFillColor(colors.black)
            c.setFont(base, 8.5)
            c.drawString(x + 8 * mm, y, word)
            x += 12 * mm + c.stringWidth(word, base, 8.5)
        c.setStrokeColor(colors.black)

    def fit(blocks: list[tuple[str, str]], width: float, height: float,
            size: float) -> tuple[float, list[tuple[str, str]]]:  # fmt: skip
        """Shrink the font until the wrapped blocks fit the box; the lines with their font."""
        while True:
            lines: list[tuple[str, str]] = []
            for font, text in blocks:
                lines.extend((font, ln) for ln in simpleSplit(text, font, size, width))
            if len(lines) * size * 1.2 <= height or size <= 5.6:
                return size, lines
            size -= 0.3

    def cell(cx: float, cy: float, fill: Any, ink: Any, blocks: list[tuple[str, str]],
             text_ink: Any, size: float) -> None:  # fmt: skip
        c.setFillColor(fill)
        c.setStrokeColor(ink)
        c.setLineWidth(2.2)
        _hex_path(c, cx, cy, r, fill=True)
        box_h = 2 * hh * 0.74
        box_w = 2 * (r - (box_h / 2) / math.sqrt(3)) - 4 * mm
        size, lines = fit(blocks, box_w, box_h, size)
        lead = size * 1.2
        y = cy + len(lines) * lead / 2 - size * 0.85
        c.setFillColor(text_ink)
        for font, ln in lines:
            c.setFont(font, size)
            c.drawCentredString(cx, y, ln)
            y -= lead

    page = 0
    for num, text in p.recs:
        page += 1
        head(page, f"{p.rec_label.format(n=num)} of {len(p.recs)}")
        acts = p.per_rec(num)
        n = 1 + len(acts)
        width = 2 * R + (n - 1) * 1.5 * R
        x0 = (W - width) / 2 + R
        yc = (H - 30 * mm + 24 * mm) / 2
        for i in range(n):
            cx = x0 + i * 1.5 * R
            cy = yc + (R * math.sqrt(3) / 4 if i % 2 == 0 else -R * math.sqrt(3) / 4)
            if i == 0:
                cell(cx, cy, honey, honey,
                     [(bold, p.rec_label.format(n=num)), (base, text)], colors.white,
                     13.5)  # fmt: skip
                continue
            a = acts[i - 1]
            blocks = [
                (bold, a.ref),
                (base, a.text),
                (bold, f"{h['owner']}: {a.owner}"),
                (base, f"{h['due']}: {a.due_raw}"),
                (bold, f"{h['rag']}: {a.status}"),
            ]
            if progress and a.progress:
                blocks.append((italic, f"{h['progress']}: {a.progress}"))
            cell(cx, cy, colors.HexColor(RAG_TINT[a.rag]), colors.HexColor(RAG_INK[a.rag]),
                 blocks, colors.black, 11.5)  # fmt: skip
        key()
        c.showPage()
    if p.kpis:
        page += 1
        head(page, "Measures")
        y = H - m - 34 * mm
        c.setFont(bold, 14)
        c.setFillColor(honey)
        c.drawString(m, y, "How we will know the comb is filling")
        c.setFillColor(colors.black)
        y -= 10 * mm
        xs = (m, m + 200 * mm, m + 250 * mm, m + 300 * mm)
        c.setFont(bold, 10)
        for x, col in zip(xs, KCOLS, strict=True):
            c.drawString(x, y, h[col])
        c.setLineWidth(0.8)
        c.line(m, y - 2.5 * mm, W - m, y - 2.5 * mm)
        y -= 9 * mm
        for k in p.kpis:
            lines = simpleSplit(k.indicator, base, 10, 190 * mm)
            c.setFont(base, 10)
            for j, ln in enumerate(lines):
                c.drawString(m, y - j * 12, ln)
            for x, col in zip(xs[1:], KCOLS[1:], strict=True):
                c.drawString(x, y, _kpi_cell(k, col))
            y -= len(lines) * 12 + 5 * mm
            c.setLineWidth(0.3)
            c.line(m, y + 3 * mm, W - m, y + 3 * mm)
        c.showPage()
    c.save()
    return path


def _hex_path(c: Any, cx: float, cy: float, r: float, fill: bool) -> None:
    """A flat-topped hexagon of circumradius r centred at (cx, cy)."""
    pth = c.beginPath()
    for k in range(6):
        ang = math.radians(60 * k)
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        if k == 0:
            pth.moveTo(x, y)
        else:
            pth.lineTo(x, y)
    pth.close()
    c.drawPath(pth, stroke=1, fill=1 if fill else 0)


# ---- Word: a record of agreed actions, its dates written in words -------------------------------------


def _words(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    form = str(f["date_form"])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x4A, 0x23, 0x5A)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - {p.title.lower()}"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council - Children's Services")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    met = h61_due(form, date.fromisoformat(str(f["met"])))[0]
    review = h61_due(form, date.fromisoformat(str(f["review"])))[0]
    by = doc.add_paragraph()
    br = by.add_run(
        f"Agreed by the {f['body']} at its meeting on {met} (chair: {f['chair']}; minuted by "
        f"{f['minuted_by']}). This record will be reviewed on {review}. Each action below is "
        f"given a {h['rag'].lower()}: {_words_of('words')}."
    )
    br.italic = True
    br.font.size = Pt(9)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [1.8, 6.1, 3.2, 3.6, 2.5]
    if progress:
        cols.append(h["progress"])
        widths = [1.8, 4.0, 2.5, 3.0, 2.4, 3.5]

    def table(header: list[str], rows: list[list[str]], ws: list[float],
              rags: list[str | None] | None = None) -> None:  # fmt: skip
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for tr in t.rows:
            _keep_row(tr)
        for j, head in enumerate(header):
            cell = t.cell(0, j)
            _shade(cell, "E7DDEE")
            run = cell.paragraphs[0].add_run(head)
            run.bold = True
            run.font.size = Pt(9)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                run = t.cell(i, j).paragraphs[0].add_run(v)
                run.font.size = Pt(9)
                if rags is not None and j == 4:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(RAG_INK[rags[i - 1]].lstrip("#"))
        for j, w in enumerate(ws):
            t.columns[j].width = Cm(w)
            for tr in t.rows:
                tr.cells[j].width = Cm(w)
        doc.add_paragraph().paragraph_format.space_after = Pt(4)

    for num, text in p.recs:
        hp = doc.add_heading(p.rec_label.format(n=num), level=2)
        hp.paragraph_format.keep_with_next = True
        rp = doc.add_paragraph()
        rp.paragraph_format.keep_with_next = True
        rr = rp.add_run(text)
        rr.italic = True
        acts = p.per_rec(num)
        rows = []
        for a in acts:
            row = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if progress:
                row.append(a.progress or "")
            rows.append(row)
        table(cols, rows, widths, [a.rag for a in acts])
    if p.kpis:
        doc.add_heading("How we will measure the story", level=2)
        table([h[c_] for c_ in KCOLS], [[_kpi_cell(k, c_) for c_ in KCOLS] for k in p.kpis],
              [7.6, 3.2, 3.2, 3.2])  # fmt: skip
    sig = doc.add_paragraph()
    sig.paragraph_format.space_before = Pt(10)
    sr = sig.add_run(f"Signed on behalf of the {f['body']}: {f['chair']}, chair, on {met}.")
    sr.font.size = Pt(9)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker with a column group per quarter ---------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _quarters(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    progress = bool(f["progress"])
    if progress:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    thin = Side(style="thin", color="9A9A9A")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    current = int(f["current"])
    history: list[list[list[Any]]] = f["history"]  # type: ignore[assignment]
    reviewed = date.fromisoformat(str(f["reviewed"]))
    fixed = [h["ref"], h["action"], h["owner"], h["due"]]
    widths = [9, 46, 24, 13]
    per_q = 2 if progress else 1
    for _q in range(4):
        widths += [14, 30] if progress else [15]
    ncols = len(widths)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.title} {f['year']} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(
        2,
        1,
        f"Kept by {f['keeper']}; last reviewed {reviewed:%d/%m/%Y}. Each quarter the "
        f"lead enters a {h['rag'].lower()}"
        + (f" and a {h['progress'].lower()}" if progress else "")
        + f"; later quarters are left blank. {h['rag']}: "
        f"{_words_of('quarters')}.",
    ).font = Font(name=fname, size=8.5, italic=True)
    head_fill = PatternFill("solid", fgColor="D7CCC8")
    hr = 4
    for j, v in enumerate(fixed, start=1):
        ws.merge_cells(start_row=hr, start_column=j, end_row=hr + 1, end_column=j)
        cc = ws.cell(hr, j, v)
        cc.font = Font(name=fname, size=9, bold=True)
        cc.fill = head_fill
        cc.alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(hr + 1, j).border = grid
        cc.border = grid
    for q in range(4):
        col = len(fixed) + 1 + q * per_q
        if per_q > 1:
            ws.merge_cells(start_row=hr, start_column=col, end_row=hr, end_column=col + 1)
        qc = ws.cell(hr, col, f"{QUARTER_NAMES[q]} {f['year']}")
        qc.font = Font(name=fname, size=9, bold=True)
        qc.fill = head_fill
        qc.alignment = Alignment(horizontal="center", wrap_text=True)
        for j in range(per_q):
            ws.cell(hr, col + j).border = grid
            sc = ws.cell(hr + 1, col + j, (h["rag"], h["progress"])[j])
            sc.font = Font(name=fname, size=8.5, bold=True)
            sc.fill = PatternFill("solid", fgColor="EFEBE9")
            sc.border = grid
            sc.alignment = Alignment(wrap_text=True)
    ws.print_title_rows = f"{hr}:{hr + 1}"
    row = hr + 1
    number_format = "yyyy-mmm-dd" if str(f["date_form"]) == "ymd-mon" else "dd/mmm/yyyy"
    index = {id(a): i for i, a in enumerate(p.actions)}
    for num, text in p.recs:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        bc = ws.cell(row, 1, f"{p.rec_label.format(n=num)}: {text}")
        bc.font = Font(name=fname, size=9.5, bold=True, color="FFFFFF")
        bc.fill = PatternFill("solid", fgColor="6D4C41")
        bc.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[row].height = 13 * _lines(bc.value, int(sum(widths) * 0.95)) + 5
        for a in p.per_rec(num):
            row += 1
            vals: list[Any] = [a.ref, a.text, a.owner, a.due_date]
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row, j, v)
                cc.font = Font(name=fname, size=9)
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="left" if j == 4 else None)  # fmt: skip
                cc.border = grid
            ws.cell(row, 4).number_format = number_format
            hist = history[index[id(a)]]
            tall = max(_lines(a.text, widths[1] - 3), _lines(a.owner, widths[2] - 3))
            rag_of = dict(H61_STATUS["quarters"])
            for q in range(4):
                col = len(fixed) + 1 + q * per_q
                word, upd = (hist[q][0], hist[q][1]) if q < current else ("", None)
                sc = ws.cell(row, col, word or None)
                sc.font = Font(name=fname, size=9, bold=bool(word),
                               color=RAG_INK[rag_of[word]].lstrip("#") if word else None)  # fmt: skip
                if word:
                    sc.fill = PatternFill("solid", fgColor=RAG_TINT[rag_of[word]].lstrip("#"))
                sc.alignment = Alignment(wrap_text=True, vertical="top")
                sc.border = grid
                tall = max(tall, _lines(word, widths[col - 1] - 3))
                if progress:
                    uc = ws.cell(row, col + 1, upd)
                    uc.font = Font(name=fname, size=8.5)
                    uc.alignment = Alignment(wrap_text=True, vertical="top")
                    uc.border = grid
                    tall = max(tall, _lines(upd or "", widths[col] - 3))
            ws.row_dimensions[row].height = 12.5 * tall + 3
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


# ---- HTML: one table, the link a superscript number explained at the foot ------------------------------


def _sup(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    published = date.fromisoformat(str(f["published"]))
    inspected = date.fromisoformat(str(f["inspected"]))
    progress = bool(f["progress"])
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if progress else [])
    head = "".join(f"<th class='{c}'>{_esc(h[c])}</th>" for c in cols)
    rows = []
    for a in p.actions:
        vals = {"ref": _esc(a.ref),
                "action": f"{_esc(a.text)}<sup>{_esc(a.recs[0])}</sup>",
                "owner": _esc(a.owner), "due": _esc(a.due_raw),
                "rag": f"<span class='st' style='color:{RAG_INK[a.rag]};border-color:"
                       f"{RAG_INK[a.rag]};background:{RAG_TINT[a.rag]}'>"
                       f"{_esc(a.status or '')}</span>",
                "progress": _esc(a.progress or "")}  # fmt: skip
        rows.append("<tr>" + "".join(f"<td class='{c}'>{vals[c]}</td>" for c in cols) + "</tr>")
    recs = "".join(
        f"<div class='rec'><span class='n'>{_esc(p.rec_label.format(n=num))}</span>"
        f"<span class='t'>{_esc(text)}</span></div>"
        for num, text in p.recs
    )
    body = (
        f"<div class='bar'>{_esc(p.authority)} Council</div>"
        "<p class='crumb'>Home &rsaquo; Children, families and education &rsaquo; Ofsted "
        "&rsaquo; Our actions</p>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<p class='meta'>Published {_long(published)} by {_esc(str(f['editor']))}, "
        "communications team.</p>"
        f"<p class='intro'>Ofsted inspected our services for children in "
        f"{calendar.month_name[inspected.month]} {inspected.year} and made {len(p.recs)} "
        "recommendations. They are listed at the end of this page. The table sets out every "
        "action we have agreed; the small raised number after each action tells you which "
        f"recommendation it answers. {_esc(h['rag'])}: {_words_of('sup')}.</p>"
        f"<table class='plan'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table>"
    )
    if p.kpis:
        khead = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        krows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                        + "</tr>" for k in p.kpis)  # fmt: skip
        body += (f"<h2>How we will know things are getting better</h2><table class='kpi'>"
                 f"<thead><tr>{khead}</tr></thead><tbody>{krows}</tbody></table>")  # fmt: skip
    body += (
        "<h2 class='rh'>The recommendations referred to above</h2>"
        f"<div class='recs'>{recs}</div>"
        "<p class='foot'>Want this page in another format? Call 01632 960 418 or ask at any of "
        "our libraries.</p>"
    )
    widths = {"ref": "16mm", "due": "24mm", "rag": "24mm", "owner": "30mm"}
    colcss = "".join(f"th.{c} {{ width: {w}; }}" for c, w in widths.items())
    css = (
        "@page { size: A4 portrait; margin: 13mm 12mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.8pt; color: #1d1d1d;"
        " line-height: 1.32; margin: 0; }"
        ".bar { background: #3B1F4A; color: white; font-weight: bold; font-size: 11pt;"
        " padding: 2.5mm 3mm; }"
        ".crumb { font-size: 7.8pt; color: #555; margin: 1.5mm 0 0; }"
        "h1 { font-size: 17pt; margin: 2mm 0 1mm; color: #3B1F4A; }"
        ".meta { font-size: 7.8pt; color: #666; margin: 0 0 2mm; }"
        ".intro { margin: 0 0 3mm; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th { background: #EDE4F2; text-align: left; font-size: 8.2pt; padding: 1.2mm;"
        " border-bottom: 0.5mm solid #3B1F4A; vertical-align: bottom; }"
        f"{colcss}"
        "td { padding: 1.2mm; border-bottom: 0.25mm solid #D6CCDC; vertical-align: top; }"
        "tr { break-inside: avoid; } thead { display: table-header-group; }"
        "td.ref { font-weight: bold; } td.progress { font-size: 8.2pt; color: #444; }"
        "sup { font-size: 6.5pt; color: #3B1F4A; font-weight: bold; margin-left: 0.6mm; }"
        ".st { display: inline-block; border: 0.25mm solid; border-radius: 1.5mm;"
        " padding: 0.2mm 1.2mm; font-weight: bold; font-size: 8pt; }"
        "h2 { font-size: 11.5pt; color: #3B1F4A; margin: 5mm 0 1.5mm; break-after: avoid; }"
        "table.kpi { break-inside: avoid; }"
        ".recs { break-inside: avoid; } .rec { display: flex; gap: 2mm; margin: 0 0 1.2mm; }"
        ".rec .n { font-weight: bold; min-width: 6mm; }"
        ".foot { font-size: 7.8pt; color: #666; margin-top: 4mm; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
