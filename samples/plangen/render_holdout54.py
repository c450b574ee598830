"""Producers of the holdout54 split (BLIND: fixers never read this): an alignment (Sankey)
diagram in ReportLab; relative dues in Word and a ledger statement in Excel, both printed by
LibreOffice; and a Likert self-assessment form in HTML printed by Chromium; each drawn straight
from a holdout8.H8Plan built by holdout54."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout54 import H54_STATUS, LIKERT_ORDER
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
BANDS = ("#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#E15759")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout54", html=_likert,
                reportlab=_sankey, docx=_relative, xlsx=_ledger)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: an alignment (Sankey) diagram --------------------------------------------------------


def _sankey(p: H8Plan, folder: Path) -> Path:
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
    lx, lw = 12 * mm, 78 * mm
    rx, rw = 168 * mm, W - 12 * mm - 168 * mm
    rec_st = ParagraphStyle("r", fontName=base, fontSize=8.5, leading=10.5)
    act_st = ParagraphStyle("a", fontName=base, fontSize=8.5, leading=10)
    small = ParagraphStyle("s", fontName=base, fontSize=7, leading=8.5)
    note = ParagraphStyle("n", fontName=italic, fontSize=7, leading=8.5,
                          textColor=colors.HexColor("#555555"))  # fmt: skip
    path = folder / f"{p.name}.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setTitle(f"{p.authority} - {p.title}")
    rec_text = dict(p.recs)
    rec_index = {n: i for i, (n, _) in enumerate(p.recs)}

    def footer(page: int) -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.grey)
        c.drawString(12 * mm, 7 * mm, f"{p.authority} Council - {p.title.lower()}")
        c.drawRightString(W - 12 * mm, 7 * mm, str(page))

    page_no = 0
    for pi, nums in enumerate(f["pages"]):
        page_no += 1
        top = H - 12 * mm
        if pi == 0:
            c.setFont(bold, 16)
            c.setFillColor(colors.black)
            c.drawString(12 * mm, top - 5 * mm, p.title)
            by = Paragraph(
                f"{_esc(p.authority)} Council Children's Services. Diagram drawn by "
                f"{_esc(f['drawer'])}, {_long(date.fromisoformat(f['printed']))}. Each band joins "
                "a recommendation (left) to an action it flows into (right). "
                f"{_esc(h['rag'])}: " + "; ".join(w for w, _ in H54_STATUS["sankey"]) + ".",
                ParagraphStyle("b", fontName=base, fontSize=8, leading=10))  # fmt: skip
            _, bh = by.wrap(W - 24 * mm, 40 * mm)
            by.drawOn(c, 12 * mm, top - 9 * mm - bh)
            top -= 12 * mm + bh
        else:
            c.setFont(bold, 10)
            c.setFillColor(colors.black)
            c.drawString(12 * mm, top - 4 * mm, f"{p.title} (continued)")
            top -= 8 * mm
        # column heads
        c.setFont(bold, 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(lx, top - 3 * mm, "Recommendations")
        c.drawString(rx, top - 3 * mm, f"{h['ref']} / {h['action']}")
        top -= 6 * mm
        bottom = 14 * mm
        acts = [(i, a) for i, a in enumerate(p.actions) if f["page_of"][i] == pi]
        # action boxes
        boxes: list[tuple[int, H8Action, list[Any], float]] = []
        for i, a in acts:
            parts = [Paragraph(f"<b>{_esc(a.ref)}</b> {_esc(a.text)}", act_st)]
            parts.append(Paragraph(
                f"{_esc(h['owner'])}: {_esc(a.owner)} · {_esc(h['due'])}: {_esc(a.due_raw)} · "
                f"{_esc(h['rag'])}: <font color='{RAG_INK[a.rag]}'><b>{_esc(a.status or '')}"
                "</b></font>", small))  # fmt: skip
            if a.progress:
                parts.append(Paragraph(f"{_esc(h['progress'])}: {_esc(a.progress)}", note))
            ht = sum(pp.wrap(rw - 4 * mm, 60 * mm)[1] for pp in parts) + 2 * mm * len(parts)
            boxes.append((i, a, parts, ht + 1 * mm))
        total = sum(b[3] for b in boxes)
        gap = min(5 * mm, max(1.5 * mm, (top - bottom - total) / max(1, len(boxes) - 1)))
        y = top
        act_pos: dict[int, tuple[float, float]] = {}
        for i, _a, _parts, ht in boxes:
            act_pos[i] = (y, y - ht)
            y -= ht + gap
        # recommendation boxes, spread over the same height
        rboxes = []
        for num in nums:
            rp = Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b><br/>{_esc(rec_text[num])}",
                           rec_st)  # fmt: skip
            _, rh = rp.wrap(lw - 4 * mm, 100 * mm)
            k = rec_index[num]
            np_ = Paragraph(f"Raised by {_esc(f['raisers'][k])}; last reviewed "
                            f"{_esc(f['raised'][k])}", note)  # fmt: skip
            _, nh = np_.wrap(lw - 4 * mm, 30 * mm)
            rboxes.append((num, rp, rh, np_, nh))
        rtotal = sum(rb[2] + rb[4] + 6 * mm for rb in rboxes)
        rgap = max(4 * mm, (min(top - bottom, top - y + gap) - rtotal) / max(1, len(rboxes)))
        ry = top
        for num, rp, rh, np_, nh in rboxes:
            bh_ = rh + 4 * mm
            col = colors.HexColor(BANDS[rec_index[num] % len(BANDS)])
            mine = [i for i, a in acts if a.recs[0] == num]
            # bands: the box's right edge split in equal slices, one per action
            sl = bh_ / len(mine)
            for j, i in enumerate(sorted(mine, key=lambda i: -act_pos[i][0])):
                y0, y1 = ry - j * sl, ry - (j + 1) * sl
                a0, a1 = act_pos[i][0] - 1 * mm, act_pos[i][1] + 1 * mm
                x0, x1 = lx + lw, rx
                xm = (x0 + x1) / 2
                pth = c.beginPath()
                pth.moveTo(x0, y0)
                pth.curveTo(xm, y0, xm, a0, x1, a0)
                pth.lineTo(x1, a1)
                pth.curveTo(xm, a1, xm, y1, x0, y1)
                pth.close()
                c.setFillColor(col, alpha=0.35)
                c.setStrokeColor(col, alpha=0.6)
                c.setLineWidth(0.4)
                c.drawPath(pth, stroke=1, fill=1)
            c.setFillColor(colors.white, alpha=1)
            c.setStrokeColor(col, alpha=1)
            c.setLineWidth(1.4)
            c.rect(lx, ry - bh_, lw, bh_, stroke=1, fill=1)
            c.setFillColor(col, alpha=1)
            c.rect(lx, ry - bh_, 2 * mm, bh_, stroke=0, fill=1)
            rp.drawOn(c, lx + 3 * mm, ry - 2 * mm - rh)
            np_.drawOn(c, lx + 3 * mm, ry - bh_ - 1 * mm - nh)
            ry -= bh_ + nh + 2 * mm + rgap
        for i, _a, parts, _ht in boxes:
            y0, y1 = act_pos[i]
            c.setFillColor(colors.HexColor("#FAFAFA"), alpha=1)
            c.setStrokeColor(colors.HexColor("#9E9E9E"), alpha=1)
            c.setLineWidth(0.6)
            c.rect(rx, y1, rw, y0 - y1, stroke=1, fill=1)
            yy = y0 - 1.5 * mm
            for pp in parts:
                _, ph = pp.wrap(rw - 4 * mm, 60 * mm)
                pp.drawOn(c, rx + 2 * mm, yy - ph)
                yy -= ph + 2 * mm
        footer(page_no)
        c.showPage()
    if p.kpis:
        page_no += 1
        ks = ParagraphStyle("k", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[110 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        c.setFont(bold, 12)
        c.setFillColor(colors.black)
        c.drawString(12 * mm, H - 18 * mm, "Measuring the flow")
        _, th = kt.wrap(W - 24 * mm, H)
        kt.drawOn(c, 12 * mm, H - 22 * mm - th)
        footer(page_no)
        c.showPage()
    c.save()
    return path


# ---- Word: relative dues ---------------------------------------------------------------------------


def _relative(p: H8Plan, folder: Path) -> Path:
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
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - timescales count from Day 0"
    hd = doc.add_paragraph()
    r = hd.add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(12)
    hd2 = doc.add_paragraph()
    r = hd2.add_run(p.title)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x4D, 0x40)
    day0 = date.fromisoformat(f["day0"])
    facts = [
        ("Ofsted inspection", _long(date.fromisoformat(f["inspected"]))),
        ("Plan approved by Cabinet", f"{_long(date.fromisoformat(f['approved']))} "
                                     f"({f['approver']})"),
        ("Day 0 (plan start)", f"{calendar.day_name[day0.weekday()]} {_long(day0)}"),
        ("This version", _long(date.fromisoformat(f["printed"]))),
    ]  # fmt: skip
    ft = doc.add_table(rows=len(facts), cols=2)
    ft.autofit = False
    for j, w in enumerate((Cm(5.5), Cm(10))):
        ft.columns[j].width = w
    for i, (k, v) in enumerate(facts):
        ft.cell(i, 0).paragraphs[0].add_run(k).bold = True
        ft.cell(i, 1).paragraphs[0].add_run(v)
        ft.cell(i, 0).width = Cm(5.5)
        ft.cell(i, 1).width = Cm(10)
    nt = doc.add_paragraph()
    nt.paragraph_format.space_before = Pt(6)
    nr = nt.add_run(
        "Every timescale in this plan counts from Day 0. ‘Month 3’ is the third calendar month "
        "of the plan (the month of Day 0 is Month 1) and ends on its last day; ‘Week 12’ and "
        "‘Within 12 weeks’ mean 12 weeks after Day 0; ‘+90 days’ means 90 days after "
        "Day 0. "
        f"{h['rag']}: " + "; ".join(w for w, _ in H54_STATUS["relative"]) + "."
    )
    nr.font.size = Pt(8.5)
    nr.italic = True
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [Cm(1.6), Cm(12.6), Cm(5.2), Cm(3.4), Cm(3.3)]
    if progress:
        cols.append(h["progress"])
        widths = [Cm(1.6), Cm(8.4), Cm(4.0), Cm(2.8), Cm(2.7), Cm(6.6)]
    idx = {a.ref: i for i, a in enumerate(p.actions)}
    for num, text in p.recs:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        hp.paragraph_format.keep_with_next = True
        hr = hp.add_run(f"{p.rec_label.format(n=num)} {text}")
        hr.bold = True
        hr.font.size = Pt(11)
        hr.font.color.rgb = RGBColor(0x00, 0x4D, 0x40)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        _keep_row(t.rows[0])
        for j, c_ in enumerate(cols):
            cell = t.cell(0, j)
            _shade(cell, "D7EDE9")
            cell.paragraphs[0].add_run(c_).bold = True
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        for a in p.per_rec(num):
            row = t.add_row()
            _keep_row(row)
            vals = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if progress:
                vals.append(a.progress or "")
            for j, v in enumerate(vals):
                if v:
                    rr = row.cells[j].paragraphs[0].add_run(v)
                    if j == 4:
                        rr.bold = True
                    if j == 5:
                        rr.font.size = Pt(8.5)
            partner = f["partners"][idx[a.ref]]
            if partner:
                pr = row.cells[2].add_paragraph().add_run(f"with support from {partner}")
                pr.italic = True
                pr.font.size = Pt(7.5)
        for j, w in enumerate(widths):
            t.columns[j].width = w
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.space_before = Pt(14)
        kp.paragraph_format.keep_with_next = True
        kp.add_run("How we will know, counted from Day 0").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "D7EDE9")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a ledger statement ---------------------------------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _ledger_date(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _ledger(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Statement"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    rule = Side(style="hair", color="9E9E9E")
    under = Border(bottom=rule)
    cols = ["Value date", "Entry", "Account", h["ref"], "Type", h["action"], h["owner"], h["due"],
            h["rag"], "Authorised by", "Open"]  # fmt: skip
    widths = [10, 6, 8, 6, 10, 54, 24, 10, 16, 19, 6]
    ncol = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 1, f"Statement prepared by {f['clerk']}, "
                  f"{_long(date.fromisoformat(f['printed']))}. Each action opens with a SET entry; "
                  "a REVISED entry moves its date; its latest POSITION entry gives the date and "
                  f"standing that apply. {h['rag']}: "
                  + "; ".join(w for w, _ in H54_STATUS["ledger"]) + ".").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 26
    r = 4
    ws.cell(r, 1, "Accounts (the recommendations)").font = Font(name=fname, size=11, bold=True)
    r += 1
    for num, text in p.recs:
        ws.cell(r, 1, p.rec_label.format(n=num)).font = Font(name=fname, size=9.5, bold=True)
        tc = ws.cell(r, 2, text)
        tc.font = Font(name=fname, size=9.5)
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 13 * _lines(text, 170) + 2
        r += 1
    r += 1
    for j, v in enumerate(cols, start=1):
        hc = ws.cell(r, j, v)
        hc.font = Font(name=fname, size=9.5, bold=True, color="FFFFFF")
        hc.fill = PatternFill("solid", fgColor="37474F")
        hc.alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.row_dimensions[r].height = max(13 * _lines(v, max(4, widths[j] - 1))
                                      for j, v in enumerate(cols)) + 3  # fmt: skip
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    open_count = 0
    for n, e in enumerate(f["entries"], start=1):
        a = p.actions[int(e["i"])]
        kind = str(e["kind"])
        if kind == "SET":
            open_count += 1
            vals: list[Any] = [a.text, a.owner, str(e["first"]), ""]
        elif kind == "REVISED":
            vals = ["Date revised by agreement", "", a.due_raw, ""]
        else:
            if a.rag == "blue":
                open_count -= 1
            vals = [a.progress or "Position reported", "", a.due_raw, a.status or ""]
        row = [_ledger_date(date.fromisoformat(str(e["date"]))), n, f"R{a.recs[0]}", a.ref, kind,
               *vals, str(e["by"]), open_count]  # fmt: skip
        for j, v in enumerate(row, start=1):
            cc = ws.cell(r, j, v)
            cc.font = Font(name=fname, size=9, bold=(j == 9),
                           color=RAG_INK[a.rag].lstrip("#") if j == 9 else None)  # fmt: skip
            cc.alignment = Alignment(wrap_text=True, vertical="top",
                                     horizontal="right" if j in (2, 11) else "left")  # fmt: skip
            cc.border = under
            if j in (1, 3, 4, 6, 7, 8):
                cc.number_format = "@"
            if kind == "SET" and j == 6:
                cc.font = Font(name=fname, size=9, bold=True)
        tall = max(_lines(str(v), max(4, widths[j] - 2)) for j, v in enumerate(row))
        ws.row_dimensions[r].height = 11 * tall + 2
        r += 1
    if p.kpis:
        ks = wb.create_sheet("Holdings")
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


# ---- HTML: a Likert self-assessment ----------------------------------------------------------------


def _likert(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    progress = bool(f["progress"])
    sections = []
    for k, (num, text) in enumerate(p.recs):
        scale = "".join(f"<th class='sc'>{_esc(w)}</th>" for w in LIKERT_ORDER)
        thead = (f"<tr><th class='q'>{_esc(h['ref'])}</th><th>{_esc(h['action'])}</th>"
                 f"<th>{_esc(h['owner'])}</th><th>{_esc(h['due'])}</th>{scale}</tr>")  # fmt: skip
        rows = []
        for a in p.per_rec(num):
            dots = "".join(
                f"<td class='sc'><span class='dot{' on' if a.status == w else ''}'></span></td>"
                for w in LIKERT_ORDER
            )
            rows.append(f"<tr class='it'><td class='q'>{_esc(a.ref)}</td>"
                        f"<td class='act'>{_esc(a.text)}</td><td class='ow'>{_esc(a.owner)}</td>"
                        f"<td class='nw'>{_esc(a.due_raw)}</td>{dots}</tr>")  # fmt: skip
            if progress and a.progress:
                rows.append(f"<tr class='ev'><td></td><td colspan='{3 + len(LIKERT_ORDER)}'>"
                            f"<span class='el'>{_esc(h['progress'])}:</span> "
                            f"{_esc(a.progress)}</td></tr>")  # fmt: skip
        sections.append(
            f"<section><h2>{_esc(p.rec_label.format(n=num))} {_esc(text)}</h2>"
            f"<p class='as'>Self-assessed by {_esc(f['assessors'][k])} on "
            f"{_esc(f['assessed'][k])}; moderated by {_esc(f['moderators'][k])}.</p>"
            f"<table class='u'><thead>{thead}</thead><tbody>{''.join(rows)}</tbody></table>"
            f"</section>"
        )
    body = (
        f"<h1>{_esc(p.title)}</h1><p class='by'>{_esc(p.authority)} Council Children's "
        f"Services. Coordinated by {_esc(f['coordinator'])}, "
        f"{_long(date.fromisoformat(f['printed']))}. For each statement the lead respondent has "
        f"filled one circle on the scale ({_esc(h['rag'])}).</p>" + "".join(sections)
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>Counting the evidence</h2><table class='k'><tr>{kh}"
                 f"</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 13mm 12mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; color: #222; }}"
        "h1 { font-size: 17pt; margin: 0 0 1mm; color: #283593; }"
        ".by { color: #555; font-size: 8pt; margin: 0 0 3mm; }"
        "h2 { font-size: 10.5pt; margin: 5mm 0 1mm; break-after: avoid; color: #283593; }"
        ".as { font-size: 7.5pt; color: #666; margin: 0 0 1.5mm; font-style: italic; }"
        "table.u { border-collapse: collapse; width: 100%; }"
        "table.u th { font-size: 7.5pt; text-align: left; padding: 1mm 1.2mm;"
        " border-bottom: 0.4mm solid #283593; vertical-align: bottom; }"
        "table.u th.sc { text-align: center; width: 12mm; font-weight: normal; }"
        "table.u td { padding: 1.6mm 1.2mm; vertical-align: middle;"
        " border-bottom: 0.2mm solid #ccc; }"
        "tr.it { break-inside: avoid; } tr.ev td { border-bottom: 0.2mm solid #ccc;"
        " font-size: 7.5pt; color: #444; padding-top: 0; }"
        "tr.it:has(+ tr.ev) td { border-bottom: none; }"
        ".el { font-weight: bold; } td.q { width: 8mm; } td.act { width: 36%; } td.ow { width: 17%; }"
        "td.nw { white-space: nowrap; } td.sc { text-align: center; }"
        ".dot { display: inline-block; width: 3mm; height: 3mm; border: 0.3mm solid #555;"
        " border-radius: 50%; box-sizing: border-box; }"
        ".dot.on { background: #283593; border-color: #283593; }"
        "section { break-inside: avoid; }"
        ".kw { break-inside: avoid; } table.k { border-collapse: collapse; width: 90%;"
        " font-size: 9pt; } table.k td, table.k th { border-bottom: 0.2mm solid #bbb;"
        " padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
