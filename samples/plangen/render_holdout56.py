"""Producers of the holdout56 split (BLIND: fixers never read this): a dashboard and badge cards in
ReportLab; report-paragraph links in Word and a monthly heat map in Excel, both printed by
LibreOffice; and a prose response to the recommendations in HTML printed by Chromium; each drawn
straight from a holdout8.H8Plan built by holdout56."""

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
from samples.plangen.holdout56 import H56_STATUS, month_of
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_FILL = {"green": "#43A047", "amber": "#FFB300", "red": "#E53935", "blue": "#1E88E5",
            None: "#9E9E9E"}  # fmt: skip
HEAT = {"green": "81C784", "amber": "FFCA28", "red": "EF5350", "blue": "64B5F6"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout56", html=_response,
                reportlab=_cards, docx=_paras, xlsx=_heat)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words(layout: str) -> str:
    return "; ".join(w for w, _ in H56_STATUS[layout] if w)


# ---- ReportLab: a dashboard page, then badge cards ---------------------------------------------------


def _cards(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    margin = 14 * mm
    path = folder / f"{p.name}.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} - {p.title}")
    body = ParagraphStyle("b", fontName=base, fontSize=8.5, leading=10.5)
    act_st = ParagraphStyle("a", fontName=bold, fontSize=8.6, leading=10.6)
    small = ParagraphStyle("s", fontName=base, fontSize=7.6, leading=9.2)
    note = ParagraphStyle("n", fontName=italic, fontSize=7.2, leading=8.8,
                          textColor=colors.HexColor("#555555"))  # fmt: skip
    page_no = 1

    def footer() -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(margin, 8 * mm, f"{p.authority} Council - improvement plan dashboard")
        c.drawRightString(W - margin, 8 * mm, f"Page {page_no}")

    # -- the dashboard page (every number on it a distractor)
    top = H - 16 * mm
    c.setFillColor(colors.HexColor("#0D47A1"))
    c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 17)
    c.drawString(margin, top - 2 * mm, p.title)
    c.setFont(base, 9)
    c.drawString(margin, top - 8 * mm, f"{p.authority} Council Children's Services - compiled by "
                 f"{f['compiler']}, {_long(date.fromisoformat(f['printed']))}")  # fmt: skip
    top = H - 36 * mm
    n = len(p.actions)
    counts = {w: sum(1 for a in p.actions if a.status == w) for w, _ in H56_STATUS["cards"]}
    overdue = sum(1 for a in p.actions if a.due_date and a.rag not in ("blue",)
                  and a.due_date < date.fromisoformat(f["printed"]))  # fmt: skip
    bigs = [(str(n), "actions in the plan"), (str(len(p.recs)), "recommendations"),
            (str(counts[H56_STATUS['cards'][3][0]]), "actions closed"),
            (str(overdue), "past their week"), (str(len(p.kpis) or 0), "measures tracked")]  # fmt: skip
    bw = (W - 2 * margin - 4 * 4 * mm) / 5
    for k, (num, lab) in enumerate(bigs):
        x = margin + k * (bw + 4 * mm)
        c.setFillColor(colors.HexColor("#E3F2FD"))
        c.roundRect(x, top - 22 * mm, bw, 22 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#0D47A1"))
        c.setFont(bold, 22)
        c.drawCentredString(x + bw / 2, top - 12 * mm, num)
        c.setFont(base, 7.5)
        c.drawCentredString(x + bw / 2, top - 18 * mm, lab)
    top -= 30 * mm
    # the donut of the statuses
    cx, cy, rad = margin + 35 * mm, top - 35 * mm, 28 * mm
    angle = 90.0
    for w, rag in H56_STATUS["cards"]:
        share = counts[w] / n * 360 if n else 0
        if share:
            c.setFillColor(colors.HexColor(RAG_FILL[rag]))
            c.setStrokeColor(colors.white)
            c.wedge(cx - rad, cy - rad, cx + rad, cy + rad, angle, share, stroke=1, fill=1)
            angle += share
    c.setFillColor(colors.white)
    c.circle(cx, cy, rad * 0.55, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(bold, 14)
    c.drawCentredString(cx, cy - 2 * mm, f"{n}")
    lx = cx + rad + 12 * mm
    c.setFont(bold, 9.5)
    c.drawString(lx, cy + 24 * mm, f"{h['rag']} across the plan")
    for k, (w, rag) in enumerate(H56_STATUS["cards"]):
        yy = cy + 16 * mm - k * 7 * mm
        c.setFillColor(colors.HexColor(RAG_FILL[rag]))
        c.rect(lx, yy - 1 * mm, 4 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(base, 9)
        c.drawString(lx + 6 * mm, yy, f"{w}  {counts[w]}  ({round(100 * counts[w] / n)}%)")
    top = cy - rad - 10 * mm
    c.setFont(bold, 11)
    c.drawString(margin, top, "The recommendations (each card's badge gives its number)")
    top -= 3 * mm
    for num, text in p.recs:
        rp = Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b>  {_esc(text)}", body)
        _, rh = rp.wrap(W - 2 * margin - 10 * mm, 40 * mm)
        c.setFillColor(colors.HexColor("#0D47A1"))
        c.circle(margin + 3 * mm, top - 3.2 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 8)
        c.drawCentredString(margin + 3 * mm, top - 4.3 * mm, num)
        rp.drawOn(c, margin + 9 * mm, top - rh - 0.5 * mm)
        top -= max(rh, 7 * mm) + 2.5 * mm
    nb = date.fromisoformat(f["next_board"])
    np_ = Paragraph(f"Next improvement board {_long(nb)}. The cards follow in the order they "
                    f"fall due. {_esc(h['rag'])}: {_words('cards')}.", note)  # fmt: skip
    _, nh = np_.wrap(W - 2 * margin, 30 * mm)
    np_.drawOn(c, margin, top - 2 * mm - nh)
    footer()
    c.showPage()

    # -- the cards, two a row in due order
    colw = (W - 2 * margin - 6 * mm) / 2

    def card_parts(i: int, a: H8Action) -> tuple[list[Any], float]:
        parts: list[Any] = [
            Paragraph(_esc(a.text), act_st),
            Paragraph(f"{_esc(h['owner'])}: <b>{_esc(a.owner)}</b>", small),
            Paragraph(f"{_esc(h['due'])}: <b>{_esc(a.due_raw)}</b>", small),
        ]
        if a.progress:
            parts.append(Paragraph(f"{_esc(h['progress'])}: {_esc(a.progress)}", note))
        rv = date.fromisoformat(f["reviewed"][i])
        parts.append(Paragraph(f"Reviewed {rv.day} {calendar.month_abbr[rv.month]} {rv.year} by "
                               f"{_esc(f['reviewers'][i])}", note))  # fmt: skip
        ht = sum(pp.wrap(colw - 8 * mm, 100 * mm)[1] + 1.4 * mm for pp in parts)
        return parts, ht + 10 * mm

    cards = [(i, a, *card_parts(i, a)) for i, a in enumerate(p.actions)]
    rows = [cards[k : k + 2] for k in range(0, len(cards), 2)]
    top = H - 16 * mm
    page_no += 1
    c.setFont(bold, 11)
    c.setFillColor(colors.black)
    c.drawString(margin, top, f"{h['action']}: the cards")
    top -= 5 * mm
    for row in rows:
        rh = max(r[3] for r in row)
        if top - rh < 16 * mm:
            footer()
            c.showPage()
            page_no += 1
            top = H - 16 * mm
        for k, (_, a, parts, _) in enumerate(row):
            x = margin + k * (colw + 6 * mm)
            c.setStrokeColor(colors.HexColor("#9E9E9E"))
            c.setFillColor(colors.white)
            c.setLineWidth(0.6)
            c.roundRect(x, top - rh, colw, rh, 2 * mm, stroke=1, fill=1)
            c.setFillColor(colors.HexColor(RAG_FILL[a.rag]))
            c.rect(x + 0.3 * mm, top - 6.5 * mm, colw - 0.6 * mm, 6.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white if a.rag not in ("amber",) else colors.black)
            c.setFont(bold, 8.5)
            c.drawString(x + 3 * mm, top - 4.6 * mm, f"{a.ref}   {a.status or ''}")
            # the badge: the recommendation's number in a circle, the only link
            c.setFillColor(colors.white)
            c.setStrokeColor(colors.HexColor("#0D47A1"))
            c.setLineWidth(1.2)
            c.circle(x + colw - 6 * mm, top - 3.3 * mm, 3.6 * mm, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#0D47A1"))
            c.setFont(bold, 9)
            c.drawCentredString(x + colw - 6 * mm, top - 4.5 * mm, a.recs[0])
            yy = top - 9 * mm
            for pp in parts:
                _, ph = pp.wrap(colw - 8 * mm, 100 * mm)
                pp.drawOn(c, x + 3 * mm, yy - ph)
                yy -= ph + 1.4 * mm
        top -= rh + 5 * mm
    footer()
    c.showPage()
    if p.kpis:
        page_no += 1
        ks = ParagraphStyle("kk", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[86 * mm, 30 * mm, 30 * mm, 30 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        c.setFont(bold, 12)
        c.setFillColor(colors.black)
        c.drawString(margin, H - 20 * mm, "Charting our course: the measures")
        _, th = kt.wrap(W - 2 * margin, H)
        kt.drawOn(c, margin, H - 24 * mm - th)
        footer()
        c.showPage()
    c.save()
    return path


# ---- Word: links by the report's paragraph numbers ---------------------------------------------------


def _paras(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - action plan against the report"
    r = doc.add_paragraph().add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(12)
    r = doc.add_paragraph().add_run(p.title)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1A, 0x23, 0x7E)
    rep = _long(date.fromisoformat(f["report_date"]))
    by = doc.add_paragraph()
    br = by.add_run(
        f"Inspection report published {rep} (lead inspector {f['inspector']}). Signed off by "
        f"{f['signatory']}, {_long(date.fromisoformat(f['printed']))}. Each action cites the "
        "paragraph of the report whose recommendation it answers; the evidence column cites the "
        f"paragraphs of findings it draws on. {h['rag']}: {_words('paras')}."
    )
    br.italic = True
    br.font.size = Pt(8.5)
    hp = doc.add_paragraph()
    hp.paragraph_format.space_before = Pt(8)
    hp.paragraph_format.keep_with_next = True
    hp.add_run("The report's recommendations").bold = True
    rt = doc.add_table(rows=1 + len(p.recs), cols=3)
    rt.style = doc.styles["Table Grid"]
    for j, v in enumerate((h["rec"], "Report paragraph", "Recommendation")):
        _shade(rt.cell(0, j), "E8EAF6")
        rt.cell(0, j).paragraphs[0].add_run(v).bold = True
    for i, (num, text) in enumerate(p.recs, start=1):
        rt.cell(i, 0).paragraphs[0].add_run(num)
        rt.cell(i, 1).paragraphs[0].add_run(f"para {f['rec_para'][num]}")
        rt.cell(i, 2).paragraphs[0].add_run(text)
    rt.autofit = False
    for j, w in enumerate((1.4, 2.6, 13.4)):
        rt.columns[j].width = Cm(w)
    for row in rt.rows:
        _keep_row(row)
        row.cells[0].width = Cm(1.4)
        row.cells[1].width = Cm(2.6)
        row.cells[2].width = Cm(13.4)
    hp = doc.add_paragraph()
    hp.paragraph_format.space_before = Pt(12)
    hp.paragraph_format.keep_with_next = True
    hp.add_run("Actions, in order of delivery priority").bold = True
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], "Evidence", h["owner"], h["due"], h["rag"]]
    widths = [1.1, 6.0, 2.0, 3.0, 2.4, 2.9]
    if progress:
        cols.append(h["progress"])
        widths = [1.0, 4.3, 1.8, 2.5, 2.1, 2.8, 2.9]
    at = doc.add_table(rows=1 + len(p.actions), cols=len(cols))
    at.style = doc.styles["Table Grid"]
    for j, v in enumerate(cols):
        _shade(at.cell(0, j), "1A237E")
        rr = at.cell(0, j).paragraphs[0].add_run(v)
        rr.bold = True
        rr.font.size = Pt(8.5)
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, a in enumerate(p.actions, start=1):
        ev = f["evidence"][i - 1]
        vals = [a.ref, f"{a.text} (para {f['rec_para'][a.recs[0]]})",
                ("paras " if len(ev) > 1 else "para ") + ", ".join(str(x) for x in ev),
                a.owner, a.due_raw, a.status or ""]  # fmt: skip
        if progress:
            vals.append(a.progress or "")
        for j, v in enumerate(vals):
            run = at.cell(i, j).paragraphs[0].add_run(v)
            run.font.size = Pt(8.5)
            if j == 5:
                run.bold = True
                run.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
            if j == 2:
                run.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
    at.autofit = False
    for j, w in enumerate(widths):
        at.columns[j].width = Cm(w)
    for row in at.rows:
        _keep_row(row)
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    _keep_row(at.rows[0])
    at.rows[0].cells[0].paragraphs[0].paragraph_format.keep_with_next = True
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trp = at.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trp.append(th)
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.space_before = Pt(14)
        kp.paragraph_format.keep_with_next = True
        kp.add_run("Measures of effect").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "E8EAF6")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
        for ktr in kt.rows[:-1]:
            for kc in ktr.cells:
                kc.paragraphs[0].paragraph_format.keep_with_next = True
    end = doc.add_paragraph()
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    er = end.add_run(f"Paragraph numbers refer to the published report of {rep}.")
    er.italic = True
    er.font.size = Pt(8)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a monthly heat map -----------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _heat(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Heat map"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    thin = Side(style="thin", color="9E9E9E")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    progress = bool(f["progress"])
    n_months = int(f["n_months"])
    as_at = int(f["as_at"])
    fixed = [h["ref"], h["rec"], h["action"], h["owner"]]
    widths = [5, 5, 44, 20]
    if progress:
        widths[2] = 38
    first_m = len(fixed) + 1
    ncol = len(fixed) + n_months + (1 if progress else 0)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    for m in range(n_months):
        ws.column_dimensions[ws.cell(1, first_m + m).column_letter].width = 5.2
    if progress:
        ws.column_dimensions[ws.cell(1, ncol).column_letter].width = 34
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    asat = month_of(p.start, as_at)
    ws.cell(2, 1, f"Compiled by {f['compiler']}. Each month an action was live is shaded by its "
                  f"{h['rag'].lower()} that month; the {h['rag'].lower()} now is the shade of "
                  f"the month outlined ({calendar.month_name[asat.month]} {asat.year}). The "
                  "diamond marks the month each action falls due.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 26
    # the key
    ws.cell(3, 3, "Key:").font = Font(name=fname, size=9, bold=True)
    ws.cell(3, 3).alignment = Alignment(horizontal="right")
    r = 3
    for word, rag in H56_STATUS["heat"]:
        if rag is None:
            continue
        kc = ws.cell(r, 4, word)
        kc.font = Font(name=fname, size=9)
        kc.fill = PatternFill("solid", fgColor=HEAT[rag])
        r += 1
    ws.cell(r, 4, "Unshaded: not yet begun").font = Font(name=fname, size=8.5, italic=True)
    r += 2
    # the recommendations
    for k, (num, text) in enumerate(p.recs):
        lc = ws.cell(r, 2, num)
        lc.font = Font(name=fname, size=9.5, bold=True)
        lc.alignment = Alignment(horizontal="center", vertical="top")
        tc = ws.cell(r, 3, f"{p.rec_label.format(n=num)}: {text}")
        tc.font = Font(name=fname, size=9)
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol - 4)
        ck = ws.cell(r, ncol - 3, f"Checked: {f['checkers'][k]}")
        ck.font = Font(name=fname, size=8, italic=True, color="757575")
        ck.alignment = Alignment(vertical="top")
        ws.merge_cells(start_row=r, start_column=ncol - 3, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 13 * _lines(text, 120) + 3
        r += 1
    r += 1
    hdr = r
    for j, v in enumerate(fixed, start=1):
        ws.cell(r, j, v)
    for m in range(n_months):
        md = month_of(p.start, m)
        ws.cell(r, first_m + m, f"{calendar.month_abbr[md.month]}\n{md.year}")
    if progress:
        ws.cell(r, ncol, h["progress"])
    for j in range(1, ncol + 1):
        cc = ws.cell(r, j)
        cc.font = Font(name=fname, size=8.5, bold=True)
        cc.alignment = Alignment(wrap_text=True, vertical="bottom",
                                 horizontal="center" if j >= first_m else "left")  # fmt: skip
        cc.border = grid
        cc.fill = PatternFill("solid", fgColor="ECEFF1")
    ws.row_dimensions[r].height = 26
    ws.print_title_rows = f"{hdr}:{hdr}"
    r += 1
    outline = Side(style="medium", color="212121")
    for i, a in enumerate(p.actions):
        assert a.due_date is not None
        due_m = (a.due_date.year - p.start.year) * 12 + a.due_date.month - p.start.month
        vals: list[Any] = [a.ref, a.recs[0], a.text, a.owner]
        for j, v in enumerate(vals, start=1):
            cc = ws.cell(r, j, v)
            cc.font = Font(name=fname, size=9)
            cc.alignment = Alignment(wrap_text=True, vertical="top",
                                     horizontal="center" if j <= 2 else "left")  # fmt: skip
            cc.border = grid
            cc.number_format = "@"
        hist = f["history"][i]
        for m in range(n_months):
            cc = ws.cell(r, first_m + m)
            left = outline if m == as_at else thin
            cc.border = Border(left=left, right=outline if m == as_at else thin, top=thin,
                               bottom=thin)  # fmt: skip
            if m < len(hist) and hist[m]:
                cc.fill = PatternFill("solid", fgColor=HEAT[hist[m]])
            if m == due_m:
                cc.value = "◆"
                cc.font = Font(name=fname, size=10, bold=True)
                cc.alignment = Alignment(horizontal="center", vertical="top")
        if progress:
            pc = ws.cell(r, ncol, a.progress or "")
            pc.font = Font(name=fname, size=8.5, italic=True)
            pc.alignment = Alignment(wrap_text=True, vertical="top")
            pc.border = grid
        tall = max(_lines(a.text, widths[2] - 2), _lines(a.owner, widths[3] - 2),
                   _lines(a.progress or "", 32) if progress else 1)  # fmt: skip
        ws.row_dimensions[r].height = 12 * tall + 3
        r += 1
    if p.kpis:
        ks = wb.create_sheet("Readings")
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


# ---- HTML: a prose response to the recommendations ----------------------------------------------------


def _response(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    form = f["date_form"]
    secs = []
    for k, (num, text) in enumerate(p.recs):
        board = _long(date.fromisoformat(f["boards"][k]))
        paras = []
        for a in p.per_rec(num):
            due = (f"by close of play on {a.due_raw}" if form == "close-of-play"
                   else f"in the course of {a.due_raw}")  # fmt: skip
            txt = a.text.rstrip(".")
            s = (f"<p class='act'><span class='ref'>{_esc(a.ref)}</span> {_esc(txt)}. "
                 f"{_esc(a.owner)} is {_esc(h['owner'].lower())}, and it is {_esc(h['due'])} "
                 f"{_esc(due)}.</p>"
                 f"<p class='pos'>{_esc(h['rag'])}: <b style='color:{RAG_INK[a.rag]}'>"
                 f"{_esc(a.status or '')}</b></p>")  # fmt: skip
            if a.progress:
                s += f"<p class='pg'><i>{_esc(h['progress'])}:</i> {_esc(a.progress)}</p>"
            paras.append(s)
        secs.append(
            f"<section><h2>{_esc(h['rec'])} {_esc(num)}</h2>"
            f"<blockquote>{_esc(text)}</blockquote>"
            f"<p class='resp'>Response: <b>{_esc(f['responses'][k])}</b></p>"
            f"<p class='ctx'>This response was agreed at the improvement board of {board}, "
            f"chaired by {_esc(f['chairs'][k])}; the portfolio holder, "
            f"{_esc(f['portfolio'][k])}, will receive a report each quarter. The service will "
            f"do the following.</p>" + "".join(paras) + "</section>"
        )
    body = (
        f"<p class='auth'>{_esc(p.authority)} Council</p><h1>{_esc(p.title)}</h1>"
        f"<p class='by'>Prepared by {_esc(f['author'])}, "
        f"{_long(date.fromisoformat(f['printed']))}. Each recommendation of the inspection "
        "report is quoted below with the council's response and what we are doing about it. "
        f"{_esc(h['rag'])}: {_words('response')}.</p>" + "".join(secs)
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>How we will measure the difference</h2>"
                 f"<table class='k'><tr>{kh}</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 18mm 20mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 10.5pt; color: #222;"
        " line-height: 1.4; }"
        ".auth { font-size: 10pt; font-weight: bold; margin: 0; color: #4A148C; }"
        "h1 { font-size: 18pt; margin: 0 0 2mm; color: #4A148C; }"
        ".by { color: #555; font-size: 8.5pt; margin: 0 0 4mm; }"
        "h2 { font-size: 12.5pt; margin: 6mm 0 1mm; break-after: avoid; color: #4A148C; }"
        "blockquote { break-inside: avoid; margin: 1mm 0 2mm 6mm; padding-left: 3mm; border-left: 1mm solid #CE93D8;"
        " font-style: italic; break-after: avoid; }"
        ".resp { margin: 1mm 0; break-after: avoid; } .ctx { margin: 1mm 0 2mm; break-after: avoid; }"
        ".act { margin: 2mm 0 0.5mm; break-after: avoid; } .ref { font-weight: bold;"
        " margin-right: 1.5mm; }"
        ".pos { margin: 0 0 0 6mm; font-size: 9.5pt; } .pg { margin: 0.5mm 0 0 6mm;"
        " font-size: 9pt; color: #555; }"
        ".kw { break-inside: avoid; } table.k { border-collapse: collapse; width: 100%;"
        " font-size: 9.5pt; } table.k td, table.k th { border-bottom: 0.2mm solid #bbb;"
        " padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
