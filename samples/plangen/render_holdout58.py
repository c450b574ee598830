"""Producers of the holdout58 split (BLIND: fixers never read this): action appendices linked by
letter in ReportLab; from / to shifts with coded suffixes in Word and a finance-period tracker in
Excel, both printed by LibreOffice; and a symbol key in HTML printed by Chromium; each drawn
straight from a holdout8.H8Plan built by holdout58."""

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
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout58 import FLAG, H58_STATUS, SYMBOLS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "E8F5E9", "amber": "FFF3E0", "red": "FFEBEE", "blue": "E3F2FD",
            None: "F5F5F5"}  # fmt: skip
GLOSSARY = (("Action", "a step the council has agreed to take in answer to a recommendation."),
            ("Board", "the improvement board that meets every six weeks."),
            ("Lead", "the officer answerable for an action."),
            ("Status", "the lead's own reading of the action at the last board."))  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout58", html=_symbols,
                reportlab=_appendix, docx=_fromto, xlsx=_periods)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words(layout: str) -> str:
    return "; ".join(w for w, _ in H58_STATUS[layout])


# ---- ReportLab: action appendices linked only by their letter -----------------------------------------


def _appendix(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    margin = 17 * mm
    body_w = W - 2 * margin
    navy = colors.HexColor("#0D3B66")
    cell = ParagraphStyle("c", fontName=base, fontSize=8.8, leading=10.8)
    head = ParagraphStyle("h", fontName=bold, fontSize=8.8, leading=10.8, textColor=colors.white)
    t1 = ParagraphStyle("t1", fontName=bold, fontSize=17, leading=21, textColor=navy)
    t2 = ParagraphStyle("t2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=8,
                        spaceAfter=4, textColor=navy)  # fmt: skip
    note = ParagraphStyle("n", fontName=italic, fontSize=8.6, leading=10.8,
                          textColor=colors.HexColor("#444444"))  # fmt: skip
    body = ParagraphStyle("b", fontName=base, fontSize=9.4, leading=12)
    printed = date.fromisoformat(f["printed"])
    meeting = date.fromisoformat(f["meeting"])
    rec_letter: dict[str, str] = f["rec_letter"]  # type: ignore[assignment]
    others: dict[str, str] = f["other_appendices"]  # type: ignore[assignment]
    letter_rec = {v: k for k, v in rec_letter.items()}
    story: list[Any] = [
        Paragraph(f"{_esc(p.authority)} Council", ParagraphStyle("a", fontName=bold, fontSize=10)),
        Spacer(1, 2 * mm),
        Paragraph(_esc(p.title), t1),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Prepared by {_esc(str(f['author']))} on {_long(printed)} for the improvement "
            f"board of {_long(meeting)}. The actions for each recommendation are set out in the "
            f"appendix named beside it. {_esc(h['rag'])}: {_words('appendix')}.", note),
        Paragraph("The recommendations", t2),
    ]  # fmt: skip
    rrows = [
        [Paragraph(f"<b>{_esc(p.rec_label.format(n=num))}</b>", body), Paragraph(_esc(text), body),
         Paragraph(f"see Appendix {rec_letter[num]}", body)]
        for num, text in p.recs
    ]  # fmt: skip
    rt = Table(rrows, colWidths=[32 * mm, body_w - 62 * mm, 30 * mm])
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9FB3C8")),
                            ("TOPPADDING", (0, 0), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))  # fmt: skip
    story += [rt, Paragraph("Appendices", t2)]
    letters = sorted(set(rec_letter.values()) | set(others))
    for letter in letters:
        what = others.get(letter, "Action schedule")
        story.append(Paragraph(f"Appendix {letter}: {_esc(what)}", body))
    if p.kpis:
        story.append(Paragraph("Measures of success", t2))
        ks = ParagraphStyle("kk", fontName=base, fontSize=9, leading=11.5)
        krows = [[Paragraph(f"<b>{_esc(h[k])}</b>", ks) for k in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, col)), ks) for col in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[body_w - 84 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [13 * mm, 72 * mm, 38 * mm, 25 * mm, 28 * mm]
    if progress:
        cols.append(h["progress"])
        widths = [12 * mm, 50 * mm, 28 * mm, 21 * mm, 26 * mm, 42 * mm]
    scale = body_w / sum(widths)
    widths = [w * scale for w in widths]
    for letter in letters:
        story.append(PageBreak())
        if letter in others:
            story.append(Paragraph(f"Appendix {letter}: {_esc(others[letter])}", t1))
            story.append(Spacer(1, 4 * mm))
            if others[letter] == "Glossary of terms":
                for term, means in GLOSSARY:
                    story.append(Paragraph(f"<b>{term}</b>: {_esc(means)}", body))
            else:
                story.append(Paragraph(
                    f"This appendix is held by {_esc(str(f['author']))} and is available on "
                    "request. It is not reproduced in this pack.", body))  # fmt: skip
            continue
        num = letter_rec[letter]
        story.append(Paragraph(f"Appendix {letter}", t1))
        story.append(Paragraph("Action schedule", t2))
        rows: list[list[Any]] = [[Paragraph(_esc(c), head) for c in cols]]
        for a in p.per_rec(num):
            r = [Paragraph(f"<b>{_esc(a.ref)}</b>", cell), Paragraph(_esc(a.text), cell),
                 Paragraph(_esc(a.owner), cell), Paragraph(_esc(a.due_raw), cell),
                 Paragraph(f"<font color='{RAG_INK[a.rag]}'><b>{_esc(a.status or '')}</b>"
                           "</font>", cell)]  # fmt: skip
            if progress:
                r.append(Paragraph(_esc(a.progress or ""), cell))
            rows.append(r)
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), navy),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))  # fmt: skip
        story.append(t)

    def chrome(c: Any, doc: Any) -> None:
        c.saveState()
        c.setFont(base, 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, 10 * mm, f"{p.authority} Council - improvement board pack")
        c.drawRightString(W - margin, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=(W, H), leftMargin=margin, rightMargin=margin,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"{p.authority} - {p.title}")  # fmt: skip
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)
    return path


# ---- Word: from / to shifts, the recommendation a suffix of the code ----------------------------------


def _fromto(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - from and to"
    r = doc.add_paragraph().add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(12)
    r = doc.add_paragraph().add_run(p.title)
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x7B, 0x1F, 0x45)
    by = doc.add_paragraph()
    code = "07/R2" if f["code_style"] == "slash" else "A07-2"
    br = by.add_run(
        f"Sponsored by {f['sponsor']}, {_long(date.fromisoformat(str(f['printed'])))}. Each shift "
        "says where we are (From) and where we will be (To), in the order the shifts fall due. "
        f"The last number of a code is the recommendation it answers ({code}: recommendation 2). "
        f"{h['rag']}: {_words('fromto')}."
    )
    br.italic = True
    br.font.size = Pt(8.5)
    hp = doc.add_paragraph()
    hp.paragraph_format.space_before = Pt(8)
    hp.paragraph_format.keep_with_next = True
    hp.add_run("The recommendations").bold = True
    rt = doc.add_table(rows=len(p.recs), cols=2)
    rt.style = doc.styles["Table Grid"]
    for i, (num, text) in enumerate(p.recs):
        rt.cell(i, 0).paragraphs[0].add_run(p.rec_label.format(n=num)).bold = True
        rt.cell(i, 1).paragraphs[0].add_run(text)
        _keep_row(rt.rows[i])
    rt.autofit = False
    rt.columns[0].width = Cm(1.4)
    rt.columns[1].width = Cm(15.8)
    for row in rt.rows:
        row.cells[0].width = Cm(1.4)
        row.cells[1].width = Cm(15.8)
    hp = doc.add_paragraph()
    hp.paragraph_format.space_before = Pt(12)
    hp.paragraph_format.keep_with_next = True
    hp.add_run("The shifts, in the order they fall due").bold = True
    at = doc.add_table(rows=len(p.actions), cols=2)
    at.style = doc.styles["Table Grid"]
    states: list[str] = f["from_states"]  # type: ignore[assignment]
    for i, a in enumerate(p.actions):
        main = at.cell(i, 0)
        rr = main.paragraphs[0].add_run(a.ref)
        rr.bold = True
        rr.font.size = Pt(10.5)
        rr.font.color.rgb = RGBColor(0x7B, 0x1F, 0x45)
        fp = main.add_paragraph()
        fr = fp.add_run("From: ")
        fr.bold = True
        fr.font.size = Pt(9)
        fr2 = fp.add_run(states[i])
        fr2.font.size = Pt(9)
        fr2.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
        tp = main.add_paragraph()
        tr = tp.add_run(f"{h['action']}: ")
        tr.bold = True
        tr.font.size = Pt(9.5)
        tp.add_run(a.text).font.size = Pt(9.5)
        if a.progress:
            pp = main.add_paragraph()
            pr = pp.add_run(f"{h['progress']}: ")
            pr.italic = True
            pr.bold = True
            pr.font.size = Pt(8.5)
            pr2 = pp.add_run(a.progress)
            pr2.italic = True
            pr2.font.size = Pt(8.5)
        side = at.cell(i, 1)
        _shade(side, RAG_TINT[a.rag])
        first = True
        for label, val in ((h["owner"], a.owner), (h["due"], a.due_raw),
                           (h["rag"], a.status or "")):  # fmt: skip
            sp = side.paragraphs[0] if first else side.add_paragraph()
            first = False
            lr = sp.add_run(f"{label}\n")
            lr.font.size = Pt(7.5)
            lr.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
            vr = sp.add_run(val)
            vr.font.size = Pt(9)
            vr.bold = True
            if label == h["rag"]:
                vr.font.color.rgb = RGBColor.from_string(RAG_INK[a.rag].lstrip("#"))
        _keep_row(at.rows[i])
    at.autofit = False
    at.columns[0].width = Cm(12.4)
    at.columns[1].width = Cm(4.8)
    for row in at.rows:
        row.cells[0].width = Cm(12.4)
        row.cells[1].width = Cm(4.8)
    if p.kpis:
        kp = doc.add_paragraph()
        kp.paragraph_format.space_before = Pt(14)
        kp.paragraph_format.keep_with_next = True
        kp.add_run("How the audience will know").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "F3E5F5")
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


# ---- Excel: finance periods, the recommendation's words cut short --------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _periods(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    thin = Side(style="thin", color="8D8D8D")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    progress = bool(f["progress"])
    short: list[str] = f["short"]  # type: ignore[assignment]
    budget: list[str] = f["budget"]  # type: ignore[assignment]
    cols = [h["ref"], h["action"], h["rec"], h["owner"], h["due"], "Budget", h["rag"]]
    widths = [9, 46, 30, 22, 13, 10, 15]
    if progress:
        cols.append(h["progress"])
        widths[1] = 40
        widths.append(34)
    ncol = len(cols)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=15, bold=True)
    ws.cell(2, 1, f"Compiled by {f['compiler']}, {_long(date.fromisoformat(str(f['printed'])))}. "
                  f"Actions in the order of the finance period they fall due in. {h['rag']}: "
                  f"{_words('periods')}.").font = Font(name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    r = 3
    if f["legend"]:
        months = ", ".join(f"P{k + 1} {calendar.month_abbr[(k + 3) % 12 + 1]}" for k in range(12))
        ws.cell(r, 1, f"Finance periods run April to March: {months}.").font = Font(
            name=fname, size=8.5, color="555555")  # fmt: skip
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    r += 1
    ws.cell(r, 1, "Recommendations").font = Font(name=fname, size=11, bold=True)
    r += 1
    for num, text in p.recs:
        ws.cell(r, 1, p.rec_label.format(n=num)).font = Font(name=fname, size=9.5, bold=True)
        ws.cell(r, 1).alignment = Alignment(vertical="top", horizontal="right")
        tc = ws.cell(r, 2, text)
        tc.font = Font(name=fname, size=9.5)
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 13 * _lines(text, int(sum(widths[1:]) * 1.05)) + 2
        r += 1
    r += 1
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(r, j, v)
        cc.font = Font(name=fname, size=9, bold=True, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="01579B")
        cc.alignment = Alignment(wrap_text=True, vertical="bottom")
        cc.border = grid
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    for i, a in enumerate(p.actions):
        rec_short = short[int(a.recs[0]) - 1]
        vals: list[Any] = [a.ref, a.text, rec_short, a.owner, a.due_raw, budget[i], a.status or ""]
        if progress:
            vals.append(a.progress or "")
        for j, v in enumerate(vals, start=1):
            cc = ws.cell(r, j, v)
            cc.font = Font(name=fname, size=9, italic=(j == 3),
                           bold=(j == 7), color=RAG_INK[a.rag].lstrip("#") if j == 7 else None)  # fmt: skip
            cc.alignment = Alignment(wrap_text=True, vertical="top",
                                     horizontal="right" if j == 6 else "left")  # fmt: skip
            cc.border = grid
            cc.number_format = "@"
        tall = max(_lines(a.text, widths[1] - 2), _lines(rec_short, widths[2] - 2),
                   _lines(a.owner, widths[3] - 2), _lines(a.status or "", widths[6] - 2),
                   _lines(a.progress or "", widths[-1] - 2) if progress else 1)  # fmt: skip
        ws.row_dimensions[r].height = 12.5 * tall + 3
        r += 1
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


# ---- HTML: a symbol key, the actions carrying only the shape ------------------------------------------


def _symbols(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    symbol: dict[str, int] = f["symbol"]  # type: ignore[assignment]
    flagged: list[bool] = f["flagged"]  # type: ignore[assignment]
    printed = date.fromisoformat(str(f["printed"]))

    def glyph(num: str) -> str:
        g, colour, name = SYMBOLS[symbol[num]]
        return f"<span class='g' style='color:{colour}' title='{name}'>{g}</span>"

    key = "".join(f"<li>{glyph(n)} <b>{_esc(p.rec_label.format(n=n))}:</b> {_esc(t)}</li>"
                  for n, t in p.recs)  # fmt: skip
    progress = bool(f["progress"])
    cols = [h["ref"], h["rec"], h["action"], h["owner"], h["due"], h["rag"], ""]
    if progress:
        cols.insert(6, h["progress"])
    head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
    rows = []
    for i, a in enumerate(p.actions):
        pg = f"<td class='pg'>{_esc(a.progress or '')}</td>" if progress else ""
        fl = f"<span class='flag'>{FLAG}</span>" if flagged[i] else ""
        rows.append(
            f"<tr><td class='ref'>{_esc(a.ref)}</td><td class='key'>{glyph(a.recs[0])}</td>"
            f"<td>{_esc(a.text)}</td><td>{_esc(a.owner)}</td><td class='due'>{_esc(a.due_raw)}"
            f"</td><td class='st' style='color:{RAG_INK[a.rag]}'>{_esc(a.status or '')}</td>"
            f"{pg}<td class='fl'>{fl}</td></tr>"
        )
    body = (
        f"<p class='auth'>{_esc(p.authority)} Council</p><h1>{_esc(p.title)}</h1>"
        f"<p class='by'>Kept by {_esc(str(f['keeper']))}; list as at {printed.day} "
        f"{calendar.month_name[printed.month]} {printed.year}. {_esc(h['rag'])}: "
        f"{_words('symbols')}.</p>"
        f"<div class='keybox'><h3>Key: the recommendations</h3><ul>{key}</ul>"
        f"<p class='flagnote'><span class='flag'>{FLAG}</span> = raised at the last board "
        "meeting</p></div>"
        f"<h2>The actions, soonest first</h2><table class='a'><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    if p.kpis:
        rows_k = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                         + "</tr>" for k in p.kpis)  # fmt: skip
        kh = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        body += (f"<section class='kw'><h2>Mission measures</h2>"
                 f"<table class='k'><tr>{kh}</tr>{rows_k}</table></section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 13mm 12mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.8pt; color: #222;"
        " line-height: 1.3; }"
        ".auth { font-size: 9.5pt; font-weight: bold; margin: 0; color: #263238; }"
        "h1 { font-size: 16pt; margin: 0 0 1.5mm; color: #263238; }"
        "h2 { font-size: 11.5pt; margin: 4mm 0 2mm; color: #263238; }"
        ".by { color: #555; font-size: 8pt; margin: 0 0 3mm; font-style: italic; }"
        ".keybox { border: 0.3mm solid #90A4AE; background: #F5F7F8; padding: 1mm 4mm 2mm;"
        " break-inside: avoid; }"
        "h3 { font-size: 10pt; margin: 1mm 0; } .keybox ul { margin: 0; padding-left: 0;"
        " list-style: none; } .keybox li { margin: 1mm 0; }"
        ".g { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; }"
        ".flag { font-family: 'DejaVu Sans', sans-serif; color: #455A64; }"
        ".flagnote { margin: 1mm 0 0; font-size: 8pt; color: #555; }"
        "table.a { border-collapse: collapse; width: 100%; }"
        "table.a th { background: #263238; color: white; text-align: left; padding: 1.2mm 1.5mm;"
        " font-size: 8.3pt; } table.a td { border-bottom: 0.2mm solid #B0BEC5;"
        " padding: 1.2mm 1.5mm; vertical-align: top; } table.a tr { break-inside: avoid; }"
        "td.ref { font-weight: bold; white-space: nowrap; } td.key { text-align: center; }"
        "td.st { font-weight: bold; } td.pg { font-style: italic; color: #444; font-size: 8.2pt; }"
        "td.fl { width: 4mm; }"
        ".kw { break-inside: avoid; margin-top: 5mm; } table.k { border-collapse: collapse;"
        " width: 100%; font-size: 9pt; } table.k td, table.k th { border-bottom: 0.2mm solid"
        " #bbb; padding: 1.2mm 2mm; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
