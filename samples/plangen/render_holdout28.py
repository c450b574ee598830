"""Producers of the holdout28 split (BLIND: fixers never read this): an action register of record
cards with rotated rubber stamps in ReportLab, a print of action record web forms in HTML printed
by Chromium, a Word plan of SMART sentences and an Excel costed action plan, both printed by
LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout28."""

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

from samples.plangen import content as C
from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout28 import H28_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#1E7B34", "amber": "#B86E00", "red": "#B3261E", "blue": "#1D4F91",
           None: "#6B6B6B"}  # fmt: skip
FILL_HEX = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "C5D9F1"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout28", html=_forms,
                reportlab=_stamps, docx=_sentences, xlsx=_costed)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: an action register of record cards with rubber stamps ---------------------------


def _stamps(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = landscape(A4) if p.landscape else A4
    margin = 17 * mm
    width = size[0] - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    ink = colors.HexColor("#2B3A42")
    angle = float(p.features["stamp_angle"])  # type: ignore[arg-type]
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    rec = ParagraphStyle("r", parent=body, leftIndent=38, firstLineIndent=-38, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=base, fontSize=9, leading=11.5)
    strip = ParagraphStyle("s", fontName=bold, fontSize=8.5, leading=10.5, textColor=colors.white)
    small = ParagraphStyle("m", fontName=base, fontSize=8, leading=10, textColor=ink)
    title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, textColor=ink)
    sub = ParagraphStyle("u", fontName=bold, fontSize=11.5, leading=15, textColor=ink,
                         spaceBefore=8, spaceAfter=4)  # fmt: skip

    class Stamp(Flowable):  # type: ignore[misc]
        """A rubber stamp: a double-ruled box round the word, rotated, in the RAG colour."""

        def __init__(self, word: str, rag: str | None) -> None:
            super().__init__()
            self.word = word
            self.col = colors.HexColor(RAG_HEX[rag])
            self.width = 40 * mm
            self.height = 16 * mm

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            c = self.canv
            fs = 10.5
            tw = c.stringWidth(self.word, bold, fs)
            c.saveState()
            c.translate(self.width / 2, self.height / 2)
            c.rotate(angle)
            c.setStrokeColor(self.col)
            c.setFillColor(self.col)
            c.setLineWidth(1.6)
            c.roundRect(-tw / 2 - 6, -9, tw + 12, 18, 3, stroke=1, fill=0)
            c.setLineWidth(0.6)
            c.roundRect(-tw / 2 - 3.5, -6.5, tw + 7, 13, 2, stroke=1, fill=0)
            c.setFont(bold, fs)
            c.drawCentredString(0, -3.6, self.word)
            c.restoreState()

    story: list[Any] = [
        Paragraph(p.title, title),
        Paragraph(f"Register as at {_long_date(p.issued)}. One card per action; the stamp on each "
                  "card is its status at the last Improvement Board.", body),
        Paragraph("Recommendations from the inspection", sub),
    ]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(f"<b>{p.rec_label.format(n=num)}</b>&nbsp;&nbsp;{escape(text)}",
                               rec))  # fmt: skip
    story += [Paragraph("Action cards", sub), Spacer(1, 2 * mm)]
    stamp_w = 44 * mm
    for a in p.actions:
        head = Paragraph(
            f"{escape(h['ref'])}: {escape(a.ref)}&nbsp;&nbsp;&nbsp;|&nbsp;&nbsp;&nbsp;"
            f"{escape(h['rec'])}: {p.rec_label.format(n=a.recs[0])}",
            strip,
        )
        inner: list[Any] = [Paragraph(escape(a.text), cell), Spacer(1, 1.5 * mm),
                            Paragraph(f"<b>{escape(h['owner'])}:</b> {escape(a.owner)}"
                                      f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{escape(h['due'])}:</b> "
                                      f"{escape(a.due_raw)}", small)]  # fmt: skip
        if a.progress:
            inner += [
                Spacer(1, 1 * mm),
                Paragraph(f"<i>{escape(h['progress'])}: {escape(a.progress)}</i>", small),
            ]
        t = Table([[head, ""], [inner, Stamp(a.status or "", a.rag)]],
                  colWidths=[width - stamp_w, stamp_w])  # fmt: skip
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), ink),
            ("BOX", (0, 0), (-1, -1), 0.8, ink), ("VALIGN", (0, 1), (0, 1), "TOP"),
            ("VALIGN", (1, 1), (1, 1), "MIDDLE"), ("ALIGN", (1, 1), (1, 1), "CENTER"),
            ("TOPPADDING", (0, 1), (-1, 1), 5), ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
        ]))  # fmt: skip
        story += [KeepTogether([t]), Spacer(1, 3.5 * mm)]
    words = ", ".join(w for w, _ in H28_STATUS["stamps"])
    story.append(Paragraph(f"<i>Stamps in use: {escape(words)}.</i>", small))
    if p.kpis:
        story.append(Paragraph("Key performance indicators", sub))
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS])
        kt = Table(krows, colWidths=[width * 0.52] + [width * 0.16] * 3, repeatRows=1)
        kt.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5AB")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3E8EA")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(kt)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(margin, 9 * mm, f"{p.authority} Council | Action register")
        canv.drawRightString(size[0] - margin, 9 * mm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=15 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- Word: a plan of SMART sentences ------------------------------------------------------------


def _subject(owner: str) -> str:
    """A post reads 'the Head of Service', a person's name stands alone."""
    return f"the {owner}" if owner in C.TITLES else owner


def _sentences(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(2.3))
    sec.footer.paragraphs[0].text = f"{p.authority} Council | Children's Services"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"{p.authority} Council. Published {_long_date(p.issued)}.")
    doc.add_paragraph(
        "Each of our commitments below is written as a SMART statement: what will be done, by "
        "whom and by when. The word in brackets after each statement is where it stood at the "
        "last meeting of the Improvement Board."
    )
    for num, text in p.recs:
        doc.add_heading(p.rec_label.format(n=num), 2)
        q = doc.add_paragraph()
        q.add_run(text).italic = True
        doc.add_paragraph().add_run("We will:").bold = True
        for a in p.per_rec(num):
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(1.0)
            para.paragraph_format.first_line_indent = Cm(-1.0)
            para.paragraph_format.space_after = Pt(2 if a.progress else 6)
            para.add_run(f"{a.ref}\t").bold = True
            by = "By the" if a.due_raw.startswith("end of") else "By"
            para.add_run(f"{by} {a.due_raw}, {_subject(a.owner)} will: {a.text} ")
            r = para.add_run(f"[{a.status}]")
            r.bold = True
            hexv = RAG_HEX[a.rag].lstrip("#")
            r.font.color.rgb = RGBColor(int(hexv[:2], 16), int(hexv[2:4], 16), int(hexv[4:], 16))
            if a.progress:
                up = doc.add_paragraph()
                up.paragraph_format.left_indent = Cm(1.0)
                up.paragraph_format.space_after = Pt(6)
                ur = up.add_run(f"{h['progress']}: {a.progress}")
                ur.italic = True
                ur.font.size = Pt(9.5)
    if p.kpis:
        doc.add_heading("How we will know we are making a difference", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(16.4 - 3 * 2.6 if j == 0 else 2.6)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "E7EEF3")
        _repeat_header(t4.rows[0])
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a costed action plan ----------------------------------------------------------------


def _costed(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="375623")
    money: dict[str, list[Any]] = p.features["money"]  # type: ignore[assignment]
    ws = wb.active
    ws.title = "Costed plan"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    prog = any(a.progress for a in p.actions)
    cols = ["ref", "rec", "action", "owner", "funding", "budget", "spend", "due", "rag"] + (
        ["progress"] if prog else []
    )
    widths = {"ref": 7.0, "rec": 11.0, "action": 50.0, "owner": 26.0, "funding": 18.0,
              "budget": 12.0, "spend": 12.0, "due": 12.0, "rag": 10.0, "progress": 38.0}  # fmt: skip
    letters = "ABCDEFGHIJ"
    last = letters[len(cols) - 1]
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Finance and delivery position at {_long_date(p.issued)}").font = Font(
        name=font, italic=True, size=9)  # fmt: skip
    row = 4
    on_own = p.features["recs_sheet"] == "own-sheet"
    if not on_own:
        ws.cell(row, 1, "Inspection recommendations").font = Font(name=font, bold=True, size=10)
        row += 1
        for num, text in p.recs:
            c = ws.cell(row, 1, p.rec_label.format(n=num))
            c.font = Font(name=font, bold=True, size=9)
            c.alignment = Alignment(vertical="top")
            ws.merge_cells(f"B{row}:{last}{row}")
            t = ws.cell(row, 2, text)
            t.font = Font(name=font, size=9)
            t.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[row].height = 26 if len(text) > 170 else 14
            row += 1
        row += 1
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, h[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[row].height = 26
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    first = row
    fmt = "DD-MMM-YY" if p.features["date_form"] == "cell_dmy" else "DD MMM YYYY"
    for a in p.actions:
        b, s, fund = money[a.ref]
        vals: dict[str, Any] = {
            "ref": a.ref, "rec": p.rec_label.format(n=a.recs[0]), "action": a.text,
            "owner": a.owner, "funding": fund, "budget": b, "spend": s, "due": a.due_date,
            "rag": a.status or "", "progress": a.progress or "",
        }  # fmt: skip
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if cn in ("ref", "rec", "due", "rag")
                                    else None)  # fmt: skip
            if cn in ("budget", "spend"):
                c.number_format = '"£"#,##0'
            if cn == "due":
                c.number_format = fmt
            if cn == "rag" and a.rag in FILL_HEX:
                c.fill = PatternFill("solid", fgColor=FILL_HEX[a.rag])
        longest = max(len(a.text) / 46, len(a.progress or "") / 34, len(a.owner) / 23, 1)
        ws.row_dimensions[row].height = 13 * (int(longest) + 1) + 3
        row += 1
    lab = ws.cell(row, cols.index("funding") + 1, "Total")
    lab.font = Font(name=font, bold=True, size=9)
    for cn in ("budget", "spend"):
        col = letters[cols.index(cn)]
        c = ws.cell(row, cols.index(cn) + 1, f"=SUM({col}{first}:{col}{row - 1})")
        c.font = Font(name=font, bold=True, size=9)
        c.number_format = '"£"#,##0'
        c.border = Border(top=Side(style="thin"), bottom=Side(style="double"))
    ws.print_area = f"A1:{last}{row}"
    if on_own:
        wr = wb.create_sheet("Recommendations")
        _xl_setup(wr, True)
        wr.column_dimensions["A"].width = 8
        wr.column_dimensions["B"].width = 120
        wr.cell(1, 1, "Inspection recommendations").font = Font(name=font, bold=True, size=12)
        for i, (num, text) in enumerate(p.recs, start=3):
            c = wr.cell(i, 1, p.rec_label.format(n=num))
            c.font = Font(name=font, bold=True, size=9)
            c.alignment = Alignment(vertical="top")
            t = wr.cell(i, 2, text)
            t.font = Font(name=font, size=9)
            t.alignment = Alignment(wrap_text=True, vertical="top")
            wr.row_dimensions[i].height = 26 if len(text) > 230 else 14
    if p.kpis:
        wk = wb.create_sheet("KPIs")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Performance measures").font = Font(name=font, bold=True, size=12)
        for jj, (cn, width) in enumerate(zip(KCOLS, (56, 16, 16, 16), strict=True), start=1):
            wk.column_dimensions["ABCD"[jj - 1]].width = width
            cc = wk.cell(3, jj, h[cn])
            cc.font = Font(name=font, bold=True, size=9, color="FFFFFF")
            cc.fill = hfill
            cc.border = box
        for i, kpi in enumerate(p.kpis, start=4):
            for jj, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, jj, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a print of action record forms -------------------------------------------------------


def _rows_for(text: str, per_line: int) -> int:
    return max(2, len(text) // per_line + 2)


def _select(options: list[str], chosen: str) -> str:
    return ("<select>" + "".join(
        f"<option{' selected' if o == chosen else ''}>{escape(o)}</option>" for o in options)
        + "</select>")  # fmt: skip


def _forms(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    accent = p.features["accent"]
    h = p.headers
    css = (
        "@page { size: A4; margin: 12mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #1F1F1F; margin: 0; }}"
        f".bar {{ background: {accent}; color: #fff; padding: 6px 10px; font-size: 8pt; }}"
        "h1 { font-size: 15pt; margin: 8px 0 2px 0; }"
        ".crumb { font-size: 7.5pt; color: #555; margin-bottom: 8px; }"
        f"fieldset {{ border: 1px solid #B7B7B7; border-top: 3px solid {accent}; margin: 0 0 10px 0;"
        " padding: 6px 10px 8px 10px; break-inside: avoid; }"
        "legend { font-weight: bold; font-size: 9.5pt; padding: 0 4px; }"
        ".f { display: grid; grid-template-columns: 34mm 1fr; align-items: start;"
        " margin: 3px 0; }"
        ".f label { font-size: 8pt; color: #444; padding-top: 3px; }"
        ".pair { display: grid; grid-template-columns: 34mm 1fr 30mm 1fr; align-items: start;"
        " margin: 3px 0; }"
        ".pair label { font-size: 8pt; color: #444; padding-top: 3px; padding-left: 4px; }"
        "input, select, textarea { font-family: inherit; font-size: 9pt; width: 100%;"
        " border: 1px solid #8F8F8F; border-radius: 2px; padding: 2px 4px; background: #fff;"
        " color: #1F1F1F; }"
        "textarea { resize: none; overflow: hidden; line-height: 1.3; }"
        ".req { color: #B3261E; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th, td { border: 1px solid #B7B7B7; padding: 3px 5px; text-align: left;"
        " vertical-align: top; }"
        "th { background: #EEE; }"
        ".foot { font-size: 7pt; color: #666; margin-top: 6px; }"
    )
    statuses = [w for w, _ in H28_STATUS["form"]]
    rec_opts = [p.rec_label.format(n=n) for n, _ in p.recs]
    printed = f"{p.issued.day:02d}/{p.issued.month:02d}/{p.issued.year}"
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='bar'>{escape(p.authority)} Council | Children's Services Performance "
        "System</div>",
        f"<h1>{escape(p.title)}</h1>",
        f"<div class='crumb'>Home &gt; Improvement programme &gt; Actions &gt; Print all records"
        f" &middot; printed {printed}</div>",
        "<fieldset><legend>Programme recommendations</legend><table><thead><tr><th style='width:"
        "16%'>Code</th><th>Recommendation</th></tr></thead><tbody>",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<tr><td>{escape(p.rec_label.format(n=num))}</td><td>{escape(text)}</td></tr>")
    out.append("</tbody></table></fieldset>")
    for a in p.actions:
        out.append(f"<fieldset><legend>Action record {escape(a.ref)}</legend>")
        out.append(f"<div class='pair'><label>{escape(h['ref'])}</label><input type='text' "
                   f"value='{escape(a.ref)}'><label>{escape(h['rec'])}</label>"
                   f"{_select(rec_opts, p.rec_label.format(n=a.recs[0]))}</div>")  # fmt: skip
        out.append(f"<div class='f'><label>{escape(h['action'])} <span class='req'>*</span>"
                   f"</label><textarea rows='{_rows_for(a.text, 80)}'>{escape(a.text)}"
                   "</textarea></div>")  # fmt: skip
        out.append(f"<div class='f'><label>{escape(h['owner'])}</label><input type='text' "
                   f"value='{escape(a.owner)}'></div>")  # fmt: skip
        out.append(f"<div class='pair'><label>{escape(h['due'])}</label><input type='text' "
                   f"value='{escape(a.due_raw)}'><label>{escape(h['rag'])}</label>"
                   f"{_select(statuses, a.status or '')}</div>")  # fmt: skip
        if a.progress:
            out.append(f"<div class='f'><label>{escape(h['progress'])}</label><textarea "
                       f"rows='{_rows_for(a.progress, 80)}'>{escape(a.progress)}</textarea>"
                       "</div>")  # fmt: skip
        out.append("</fieldset>")
    if p.kpis:
        out.append("<fieldset><legend>Performance measures</legend><table><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table></fieldset>")
    out.append("<div class='foot'>Fields marked * are mandatory. This print shows the record as "
               "saved; unsaved changes are not included.</div></body></html>")  # fmt: skip
    return "".join(out)
