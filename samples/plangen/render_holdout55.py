"""Producers of the holdout55 split (BLIND: fixers never read this): an infographic callout page
in ReportLab; lettered clauses in Word and a colour-key action list in Excel, both printed by
LibreOffice; and a due-month digest in HTML printed by Chromium; each drawn straight from a
holdout8.H8Plan built by holdout55."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout55 import H55_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
SECTION = ("#1F77B4", "#D95F02", "#2CA02C", "#7570B3", "#C51B7D")
CHIPS = ("E6194B", "3CB44B", "4363D8", "F58231", "911EB4")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout55", html=_month,
                reportlab=_callout, docx=_clauses, xlsx=_colour)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words(layout: str) -> str:
    return "; ".join(w for w, _ in H55_STATUS[layout])


# ---- ReportLab: an infographic callout page -------------------------------------------------------


def _callout(p: H8Plan, folder: Path) -> Path:
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
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = landscape(A4)
    margin = 12 * mm
    key_st = ParagraphStyle("k", fontName=base, fontSize=8.5, leading=10.5)
    act_st = ParagraphStyle("a", fontName=base, fontSize=7.8, leading=9.3)
    small = ParagraphStyle("s", fontName=base, fontSize=7, leading=8.4)
    note = ParagraphStyle("n", fontName=italic, fontSize=6.8, leading=8.2,
                          textColor=colors.HexColor("#555555"))  # fmt: skip
    path = folder / f"{p.name}.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} - {p.title}")
    rec_text = dict(p.recs)
    rec_index = {n: i for i, (n, _) in enumerate(p.recs)}

    def footer(page: int) -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(margin, 7 * mm, f"{p.authority} Council - {p.title.lower()}")
        c.drawRightString(W - margin, 7 * mm, str(page))

    page_no = 0
    for pi, nums in enumerate(f["pages"]):
        page_no += 1
        top = H - 12 * mm
        c.setFillColor(colors.black)
        if pi == 0:
            c.setFont(bold, 16)
            c.drawString(margin, top - 5 * mm, p.title)
            by = Paragraph(
                f"{_esc(p.authority)} Council Children's Services. Designed by "
                f"{_esc(f['designer'])}, {_long(date.fromisoformat(f['printed']))}. Follow the "
                f"route: each numbered {_esc(h['ref'].lower())} sits in the {_esc(h['rec'].lower())}"
                f" of the recommendation it answers. {_esc(h['rag'])}: {_words('callout')}.",
                ParagraphStyle("b", fontName=base, fontSize=8, leading=10))  # fmt: skip
            _, bh = by.wrap(W - 2 * margin, 40 * mm)
            by.drawOn(c, margin, top - 8 * mm - bh)
            top -= 10 * mm + bh
        else:
            c.setFont(bold, 10)
            c.drawString(margin, top - 4 * mm, f"{p.title} (continued)")
            top -= 7 * mm
        # the key: the recommendations on this page, each with its section colour
        for num in nums:
            col = colors.HexColor(SECTION[rec_index[num] % len(SECTION)])
            kp = Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b>  {_esc(rec_text[num])}",
                           key_st)  # fmt: skip
            _, kh = kp.wrap(W - 2 * margin - 8 * mm, 30 * mm)
            c.setFillColor(col)
            c.rect(margin, top - 3.6 * mm, 5 * mm, 3 * mm, stroke=0, fill=1)
            kp.drawOn(c, margin + 7 * mm, top - kh)
            top -= kh + 1.5 * mm
        top -= 2 * mm
        acts = [(i, a) for i, a in enumerate(p.actions) if a.recs[0] in nums]
        ups = acts[0::2]
        downs = acts[1::2]

        def boxes_of(row: list[tuple[int, H8Action]], ncol: int) -> list[tuple[int, Any, float]]:
            colw = (W - 2 * margin) / ncol
            out = []
            for i, a in row:
                parts = [Paragraph(f"<b>{_esc(a.ref)}</b>  {_esc(a.text)}", act_st),
                         Paragraph(f"{_esc(h['owner'])}: <b>{_esc(a.owner)}</b><br/>"
                                   f"{_esc(h['due'])}: {_esc(a.due_raw)} · {_esc(h['rag'])}: "
                                   f"<font color='{RAG_INK[a.rag]}'><b>{_esc(a.status or '')}"
                                   "</b></font>", small)]  # fmt: skip
                if a.progress:
                    parts.append(Paragraph(f"{_esc(h['progress'])}: {_esc(a.progress)}", note))
                ht = sum(pp.wrap(colw - 7 * mm, 80 * mm)[1] for pp in parts)
                out.append((i, parts, ht + 1.5 * mm * len(parts) + 1.5 * mm))
            return out

        ncol = max(len(ups), len(downs), 1)
        colw = (W - 2 * margin) / ncol
        ub = boxes_of(ups, ncol)
        db = boxes_of(downs, ncol)
        uh = max((b[2] for b in ub), default=0)
        dh = max((b[2] for b in db), default=0)
        bottom = 14 * mm
        strip_h = 9 * mm
        free = top - bottom - uh - dh - strip_h
        gap = max(10 * mm, min(22 * mm, free / 2))
        strip_top = top - uh - gap
        strip_bot = strip_top - strip_h
        # the strip, sections proportional to their actions
        sx0, sx1 = margin, W - margin
        total = len(acts)
        x = sx0
        marker_x: dict[int, float] = {}
        for num in nums:
            mine = [i for i, a in acts if a.recs[0] == num]
            wsec = (sx1 - sx0) * len(mine) / total
            col = colors.HexColor(SECTION[rec_index[num] % len(SECTION)])
            c.setFillColor(col)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.5)
            c.rect(x, strip_bot, wsec, strip_h, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.setFont(bold, 8)
            c.drawString(x + 1.5 * mm, strip_bot + strip_h / 2 - 1.2 * mm,
                         p.rec_label.format(n=num))  # fmt: skip
            step = (wsec - 10 * mm) / len(mine)
            for j, i in enumerate(mine):
                marker_x[i] = x + 10 * mm + step * (j + 0.5)
            x += wsec
        # checkpoint flags on the strip (distractors), between the markers
        for k, (when, who) in enumerate(f["checkpoints"][pi]):
            fx = sx0 + (sx1 - sx0) * (0.3 + 0.4 * k) + 3 * mm
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.6)
            c.line(fx, strip_bot - 1 * mm, fx, strip_top + 3 * mm)
            c.setFillColor(colors.HexColor("#FFD54F"))
            pth = c.beginPath()
            pth.moveTo(fx, strip_top + 3 * mm)
            pth.lineTo(fx + 3 * mm, strip_top + 1.8 * mm)
            pth.lineTo(fx, strip_top + 0.6 * mm)
            pth.close()
            c.drawPath(pth, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#333333"))
            c.setFont(italic, 6.3)
            c.drawString(fx + 1 * mm, strip_bot - 3.6 * mm, f"Checkpoint {when} ({who})")

        for bs, up in ((ub, True), (db, False)):
            for k, (i, parts, ht) in enumerate(bs):
                bx = margin + k * colw + 1.5 * mm
                bw = colw - 3 * mm
                if up:
                    y1 = strip_top + gap - 2 * mm
                    y0 = y1 + ht
                else:
                    y0 = strip_bot - gap + 2 * mm
                    y1 = y0 - ht
                c.setFillColor(colors.HexColor("#FFFFFF"))
                c.setStrokeColor(colors.HexColor("#757575"))
                c.setLineWidth(0.7)
                c.roundRect(bx, y1, bw, y0 - y1, 2 * mm, stroke=1, fill=1)
                yy = y0 - 1.5 * mm
                for pp in parts:
                    _, ph = pp.wrap(bw - 4 * mm, 80 * mm)
                    pp.drawOn(c, bx + 2 * mm, yy - ph)
                    yy -= ph + 1.5 * mm
                # the leader line from the box to its marker
                ax = bx + bw / 2
                ay = y1 if up else y0
                mx = marker_x[i]
                my = strip_top if up else strip_bot
                my = my - strip_h / 2 if up else my + strip_h / 2
                c.setStrokeColor(colors.HexColor("#424242"))
                c.setLineWidth(0.6)
                c.line(ax, ay, mx, my)
                c.setFillColor(colors.HexColor("#424242"))
                c.circle(ax, ay, 0.8 * mm, stroke=0, fill=1)

        # the markers, over the lines
        for i, a in acts:
            mx = marker_x[i]
            my = strip_bot + strip_h / 2
            c.setFillColor(colors.white)
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.8)
            c.circle(mx, my, 3.4 * mm, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont(bold, 8)
            c.drawCentredString(mx, my - 1.1 * mm, a.ref)
        footer(page_no)
        c.showPage()
    if p.kpis:
        page_no += 1
        ks = ParagraphStyle("kk", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[110 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        c.setFont(bold, 12)
        c.setFillColor(colors.black)
        c.drawString(margin, H - 18 * mm, "Mile markers: how we will know")
        _, th = kt.wrap(W - 2 * margin, H)
        kt.drawOn(c, margin, H - 22 * mm - th)
        footer(page_no)
        c.showPage()
    c.save()
    return path


# ---- Word: lettered clauses -------------------------------------------------------------------------


def _clauses(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - response to the recommendations"
    hd = doc.add_paragraph()
    r = hd.add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(12)
    hd2 = doc.add_paragraph()
    r = hd2.add_run(p.title)
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x3E, 0x27, 0x23)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Signed off by {f['signatory']}, {_long(date.fromisoformat(f['printed']))}. Each "
        "response below answers one recommendation in a single paragraph; its lettered limbs are "
        f"the actions, each followed in brackets by the officer {h['owner'].lower()} and the date "
        f"it is due. {h['rag']} words: {_words('clauses')}."
    )
    br.italic = True
    br.font.size = Pt(9)
    idx = {a.ref: i for i, a in enumerate(p.actions)}
    pos_day = _long(date.fromisoformat(f["position_date"]))
    for k, (num, text) in enumerate(p.recs):
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        hp.paragraph_format.keep_with_next = True
        hr = hp.add_run(f"{h['rec']} {num}: ")
        hr.bold = True
        hp.add_run(text).bold = True
        acts = p.per_rec(num)
        clauses = []
        for j, a in enumerate(acts):
            letter = a.ref[len(num) :]
            if f["date_form"] == "within-month":
                due = f"within {a.due_raw}"
            else:
                due = f"{h['due']} the {a.due_raw}"
            paren = (f"({a.owner}, {due})" if f["owner_first"][idx[a.ref]]
                     else f"({due}; {a.owner})")  # fmt: skip
            tail = "." if j == len(acts) - 1 else ("; and" if j == len(acts) - 2 else ";")
            clauses.append(f"{letter} {a.text} {paren}{tail}")
        board = _long(date.fromisoformat(f["boards"][k]))
        body = (
            f"Response. The service accepts this recommendation. Following the improvement "
            f"board of {board}, at which {f['presenters'][k]} presented the findings, we will: "
            + " ".join(clauses)
            + f" {f['reporters'][k]} will report on delivery to the Corporate Parenting Panel "
            + (
                f"in {f['report_by'][k]}."
                if f["date_form"] == "within-month"
                else f"{h['due']} the {f['report_by'][k]}."
            )
        )
        bp = doc.add_paragraph(body)
        bp.paragraph_format.left_indent = Cm(0.6)
        bp.paragraph_format.keep_with_next = True
        pp = doc.add_paragraph()
        pp.paragraph_format.left_indent = Cm(0.6)
        pp.paragraph_format.keep_with_next = bool(f["progress"])
        pr = pp.add_run(f"{h['rag']} at {pos_day}: ")
        pr.bold = True
        pr.font.size = Pt(9.5)
        for j, a in enumerate(acts):
            letter = a.ref[len(num) :]
            lr = pp.add_run(f"{letter} ")
            lr.font.size = Pt(9.5)
            sr = pp.add_run(a.status or "")
            sr.font.size = Pt(9.5)
            sr.bold = True
            sr.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
            sep = pp.add_run("." if j == len(acts) - 1 else "; ")
            sep.font.size = Pt(9.5)
        if f["progress"] and any(a.progress for a in acts):
            gp = doc.add_paragraph()
            gp.paragraph_format.left_indent = Cm(0.6)
            gr = gp.add_run(f"{h['progress']}: ")
            gr.italic = True
            gr.bold = True
            gr.font.size = Pt(9.5)
            for a in acts:
                if a.progress:
                    last = a is [b for b in acts if b.progress][-1]
                    ur = gp.add_run(f"{a.ref[len(num) :]} {a.progress}{'.' if last else '; '}")
                    ur.italic = True
                    ur.font.size = Pt(9.5)
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.space_before = Pt(14)
        kp.paragraph_format.keep_with_next = True
        kp.add_run("Schedule: measures of assurance").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "EFEBE9")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
        for ktr in kt.rows[:-1]:
            for kc in ktr.cells:
                kc.paragraphs[0].paragraph_format.keep_with_next = True
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a colour-key link ------------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _colour(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Actions"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    rule = Side(style="thin", color="BDBDBD")
    under = Border(bottom=rule)
    progress = bool(f["progress"])
    cols = [h["ref"], "", h["action"], h["owner"], h["due"], h["rag"], "Logged", "Logged by"]
    widths = [7, 4, 54, 24, 11, 15, 11, 18]
    if progress:
        cols.append(h["progress"])
        widths[2] = 46
        widths.append(40)
    ncol = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 1, f"Compiled by {f['compiler']}, {_long(date.fromisoformat(f['printed']))}. The "
                  "coloured chip beside each action is the colour of the recommendation it "
                  f"answers (see the key). {h['rag']}: {_words('colour')}.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 26
    r = 4
    ws.cell(r, 1, "Colour key").font = Font(name=fname, size=11, bold=True)
    r += 1
    for k, (num, text) in enumerate(p.recs):
        ws.cell(r, 2).fill = PatternFill("solid", fgColor=CHIPS[k % len(CHIPS)])
        lc = ws.cell(r, 3, f"{p.rec_label.format(n=num)}: {text}")
        lc.font = Font(name=fname, size=9.5)
        lc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        sc = ws.cell(r, 7, f"Sponsor: {f['sponsors'][k]}")
        sc.font = Font(name=fname, size=8.5, italic=True, color="616161")
        sc.alignment = Alignment(vertical="top")
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 13 * _lines(text, 105 if not progress else 95) + 3
        r += 1
    r += 1
    for j, v in enumerate(cols, start=1):
        hc = ws.cell(r, j, v)
        hc.font = Font(name=fname, size=9.5, bold=True)
        hc.border = Border(bottom=Side(style="medium", color="212121"))
        hc.alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    chip_of = {num: CHIPS[k % len(CHIPS)] for k, (num, _) in enumerate(p.recs)}
    for i, a in enumerate(p.actions):
        row: list[Any] = [a.ref, "", a.text, a.owner, a.due_raw, a.status or "",
                          f["logged"][i], f["loggers"][i]]  # fmt: skip
        if progress:
            row.append(a.progress or "")
        for j, v in enumerate(row, start=1):
            cc = ws.cell(r, j, v)
            cc.font = Font(name=fname, size=9, bold=(j == 6),
                           color=RAG_INK[a.rag].lstrip("#") if j == 6 else None)  # fmt: skip
            cc.alignment = Alignment(wrap_text=True, vertical="top")
            cc.border = under
            cc.number_format = "@"
        ws.cell(r, 2).fill = PatternFill("solid", fgColor=chip_of[a.recs[0]])
        tall = max(_lines(str(v), max(4, widths[j] - 2)) for j, v in enumerate(row))
        ws.row_dimensions[r].height = 12 * tall + 3
        r += 1
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc = ks.cell(1, j, h[c_])
            kc.font = Font(name=fname, bold=True)
            kc.border = under
            if j > 1:
                ks.column_dimensions[kc.column_letter].width = 18
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = under
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a due-month digest --------------------------------------------------------------------------


def _month(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    progress = bool(f["progress"])
    n_open = int(f["n_open"])
    open_ = p.actions[:n_open]
    done = p.actions[n_open:]

    def act_cell(a: H8Action) -> str:
        s = (f"{_esc(a.text)} <span class='rr'>({_esc(h['rec'])}{'' if h['rec'] == 'R' else ' '}"
             f"{_esc(a.recs[0])})</span>")  # fmt: skip
        if progress and a.progress:
            s += f"<div class='pg'><b>{_esc(h['progress'])}:</b> {_esc(a.progress)}</div>"
        return s

    recs = "".join(f"<li><b>{_esc(h['rec'])}{'' if h['rec'] == 'R' else ' '}{_esc(n)}</b> "
                   f"{_esc(t)}</li>" for n, t in p.recs)  # fmt: skip
    months: list[tuple[tuple[int, int], list[H8Action]]] = []
    for a in open_:
        assert a.due_date is not None
        key = (a.due_date.year, a.due_date.month)
        if months and months[-1][0] == key:
            months[-1][1].append(a)
        else:
            months.append((key, [a]))
    sections = []
    for k, ((y, m), acts) in enumerate(months):
        rows = "".join(
            f"<tr><td class='n'>{_esc(a.ref)}</td><td class='act'>{act_cell(a)}</td>"
            f"<td class='st' style='color:{RAG_INK[a.rag]}'>{_esc(a.status or '')}</td>"
            f"<td class='ow'>{_esc(a.owner)}</td></tr>"
            for a in acts
        )
        review = _long(date.fromisoformat(f["reviews"][k]))
        sections.append(
            f"<section><h2>{calendar.month_name[m]} {y}</h2>"
            f"<p class='rv'>Looked at in advance by the board of {review} "
            f"(chair {_esc(f['chairs'][k])}).</p>"
            f"<table class='u'><thead><tr><th class='n'>{_esc(h['ref'])}</th>"
            f"<th>{_esc(h['action'])}</th><th>{_esc(h['rag'])}</th>"
            f"<th class='ow'>{_esc(h['owner'])}</th></tr></thead><tbody>{rows}</tbody></table>"
            f"</section>"
        )
    if done:
        rows = "".join(
            f"<tr><td class='n'>{_esc(a.ref)}</td><td class='act'>{act_cell(a)}</td>"
            f"<td class='st' style='color:{RAG_INK[a.rag]}'>{_esc(a.status or '')}</td>"
            f"<td class='wd'>{_esc(a.due_raw)}</td>"
            f"<td class='wd'>{_long(date.fromisoformat(f['completed'][j]))}</td>"
            f"<td class='ow'>{_esc(a.owner)}</td></tr>"
            for j, a in enumerate(done)
        )
        sections.append(
            "<section><h2>Completed earlier</h2>"
            f"<table class='u'><thead><tr><th class='n'>{_esc(h['ref'])}</th>"
            f"<th>{_esc(h['action'])}</th><th>{_esc(h['rag'])}</th><th>Was due</th>"
            f"<th>Completed on</th><th class='ow'>{_esc(h['owner'])}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>"
        )
    body = (
        f"<h1>{_esc(p.title)}</h1><p class='by'>{_esc(p.authority)} Council Children's "
        f"Services. Edited by {_esc(f['editor'])}, {_long(date.fromisoformat(f['printed']))}. "
        "Actions are listed under the month they fall due; the recommendation each answers is "
        f"in brackets after it. {_esc(h['rag'])}: {_words('month')}.</p>"
        f"<div class='recs'><h3>The recommendations</h3><ul>{recs}</ul></div>" + "".join(sections)
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>Month by month: the measures</h2><table class='k'>"
                 f"<tr>{kh}</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 14mm 13mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 9pt; color: #222; }}"
        "h1 { font-size: 17pt; margin: 0 0 1mm; color: #00695C; }"
        ".by { color: #555; font-size: 8pt; margin: 0 0 3mm; }"
        ".recs { border: 0.3mm solid #B2DFDB; padding: 1mm 3mm; margin-bottom: 3mm; }"
        ".recs h3 { font-size: 9.5pt; margin: 1mm 0; } .recs ul { margin: 0; padding-left: 4mm;"
        " list-style: none; } .recs li { margin: 0.8mm 0; }"
        "h2 { font-size: 12pt; margin: 5mm 0 0.5mm; break-after: avoid; color: #00695C;"
        " border-bottom: 0.5mm solid #00695C; }"
        ".rv { font-size: 7.5pt; color: #777; margin: 0 0 1mm; font-style: italic; }"
        "table.u { border-collapse: collapse; width: 100%; }"
        "table.u th { font-size: 7.5pt; text-align: left; padding: 1mm 1.5mm; color: #555;"
        " font-weight: normal; text-transform: uppercase; }"
        "table.u td { padding: 1.4mm 1.5mm; vertical-align: top; border-bottom: 0.2mm solid #ddd; }"
        "section { break-inside: avoid; } tr { break-inside: avoid; } td.n, th.n { width: 6mm; } td.act { width: 52%; }"
        ".ow { text-align: right !important; } td.st { font-weight: bold; width: 27mm; }"
        "td.wd { white-space: nowrap; } .rr { color: #00695C; white-space: nowrap; }"
        ".pg { font-size: 7.8pt; color: #555; font-style: italic; margin-top: 0.8mm; }"
        ".kw { break-inside: avoid; } table.k { border-collapse: collapse; width: 90%;"
        " font-size: 9pt; } table.k td, table.k th { border-bottom: 0.2mm solid #bbb;"
        " padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
