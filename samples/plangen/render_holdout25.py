"""Producers of the holdout25 split (BLIND: fixers never read this): a coded action table with
the recommendations in an appendix in ReportLab, an e-mail bulletin in HTML printed by Chromium,
a Word plan whose sections switch orientation and an Excel tracker with data bars and trend
arrows, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout25."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E7D32", "amber": "#E08E00", "red": "#C62828", "blue": "#1565C0",
           None: "#8A8A8A"}  # fmt: skip
FILL_HEX = {"green": "C6EFCE", "amber": "FFE699", "red": "F8B4B4", "blue": "BDD7EE"}
BALL_KEY = (("G", "green", "on track"), ("A", "amber", "some slippage"),
            ("R", "red", "off track"), ("B", "blue", "complete"), ("N", None, "not started"))  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout25", html=_bulletin,
                reportlab=_coded, docx=_switch, xlsx=_databars)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _cols(p: H8Plan) -> list[str]:
    with_update = any(a.progress for a in p.actions)
    return ["ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])


# ---- ReportLab: coded action rows, the recommendations in an appendix ---------------------------


def _coded(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        PageBreak,
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
    W = size[0]
    margin = 15 * mm
    width = W - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    navy = colors.HexColor("#12355B")
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, textColor=navy)
    sub = ParagraphStyle("s", fontName=bold, fontSize=12, leading=15, textColor=navy,
                         spaceBefore=4, spaceAfter=4)  # fmt: skip
    balls = bool(p.features["balls"])

    class Ball(Flowable):  # type: ignore[misc]
        """A status letter, white and bold, in a small circle of its RAG colour."""

        def __init__(self, letter: str, rag: str | None) -> None:
            super().__init__()
            self.letter = letter
            self.rag = rag

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 12, 12

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(colors.HexColor(RAG_HEX[self.rag]))
            c.setStrokeColor(colors.HexColor(RAG_HEX[self.rag]))
            c.circle(6, 6, 6, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(6, 3.4, self.letter)

    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(f"Version {p.seed_rng % 5 + 2}.0 &middot; updated {escape(_long_date(p.issued))}",
                  body),
        Spacer(1, 3 * mm),
        Paragraph("This plan sets out the actions we are taking in response to the Ofsted "
                  "inspection of children's services. Every action has a code: the first part "
                  "of the code is the Ofsted recommendation the action responds to. The "
                  "recommendations are reproduced in full in Appendix A.", body),
        Spacer(1, 4 * mm),
    ]  # fmt: skip
    if balls:
        key: list[Any] = []
        for letter, rag, words in BALL_KEY:
            key += [Ball(letter, rag), Paragraph(escape(words), cell)]
        kt = Table([[Paragraph("<b>Status key:</b>", cell), *key]],
                   colWidths=[20 * mm] + [16, 24 * mm] * len(BALL_KEY), hAlign="LEFT")  # fmt: skip
        kt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
        story += [kt, Spacer(1, 3 * mm)]
    cols = _cols(p)
    rel = {"ref": 1.6, "action": 4.0, "owner": 2.0, "due": 1.6, "rag": 1.5,
           "progress": 3.4}  # fmt: skip
    tot = sum(rel[c] for c in cols)
    widths = [width * rel[c] / tot for c in cols]
    rows: list[list[Any]] = [[Paragraph(escape(h[c]), head) for c in cols]]
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), navy),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA7B5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r, a in enumerate(p.actions, start=1):
        vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                "progress": a.progress or ""}  # fmt: skip
        row: list[Any] = []
        for c in cols:
            if c == "rag":
                if balls:
                    row.append(Ball(a.status or "", a.rag))
                else:
                    row.append(Paragraph(f"<font color='{RAG_HEX[a.rag]}'><b>"
                                         f"{escape(a.status or '')}</b></font>", cell))  # fmt: skip
            elif c == "ref":
                row.append(Paragraph(f"<b>{escape(vals[c])}</b>", cell))
            else:
                row.append(Paragraph(escape(vals[c]), cell))
        rows.append(row)
        if r % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F5F9")))
    if balls:
        j = cols.index("rag")
        cmds.append(("ALIGN", (j, 1), (j, -1), "CENTER"))
    story += [Paragraph("Action plan", sub),
              Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(cmds))]  # fmt: skip
    if p.kpis:
        story += [Spacer(1, 5 * mm), Paragraph("Key performance indicators", sub)]
        krows = [[Paragraph(escape(h[c]), head) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kw = 30 * mm
        kt2 = Table(krows, colWidths=[width - 3 * kw, kw, kw, kw], repeatRows=1)
        kt2.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), navy),
                                 ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA7B5")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt2)
    story += [PageBreak(), Paragraph("Appendix A: Ofsted recommendations", sub),
              Paragraph("The inspection report made the following recommendations. The codes "
                        "used in the action plan start with the recommendation's reference.",
                        body), Spacer(1, 3 * mm)]  # fmt: skip
    arows = [[Paragraph(f"<b>{escape(_label(p, n))}</b>", body), Paragraph(escape(t), body)]
             for n, t in p.recs]  # fmt: skip
    at = Table(arows, colWidths=[18 * mm, width - 18 * mm])
    at.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C9D1DA"))]))  # fmt: skip
    story.append(at)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base, 7.5)
        canvas.setFillColor(colors.HexColor("#707070"))
        canvas.drawString(margin, 8 * mm, f"{p.authority} Council - OFFICIAL")
        canvas.drawRightString(W - margin, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=14 * mm, bottomMargin=15 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---- Word: portrait introduction, landscape action table, portrait KPIs and sign-off ----------


def _orient(sec: Any, landscape: bool) -> None:
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = Cm(29.7), Cm(21.0)
    sec.page_width, sec.page_height = (long, short) if landscape else (short, long)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(2.0))


def _switch(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec = doc.sections[0]
    _orient(sec, False)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - ILACS action plan - OFFICIAL"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Date: {_long_date(p.issued)}")
    doc.add_heading("Introduction", 2)
    doc.add_paragraph(
        f"Ofsted inspected {p.authority}'s services for children under the ILACS framework. "
        "This plan is our response. It is owned by the Improvement Board, which reviews "
        "progress every month, and it will be updated as actions are completed."
    )
    doc.add_paragraph(
        "The plan is organised around the inspectors' recommendations. For each, the action "
        "table in the next section sets out what we will do, who is responsible, the date by "
        "which it will be done and where we are now."
    )
    doc.add_heading("What Ofsted told us to improve", 2)
    for num, text in p.recs:
        para = doc.add_paragraph()
        para.add_run(f"{_label(p, num)}: ").bold = True
        para.add_run(text)
    # the action table in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(sec2, True)
    doc.add_heading("Action plan", 2)
    cols = _cols(p)
    by_col = p.features["rec_style"] == "column"
    if by_col:
        cols = ["rec", *cols]
    words = {**h, "rec": "Rec."}
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = doc.styles["Table Grid"]
    rel = {"rec": 1.1, "ref": 1.6, "action": 7.0, "owner": 3.6, "due": 2.4, "rag": 2.4,
           "progress": 6.0}  # fmt: skip
    tot = sum(rel[c] for c in cols)
    avail = 25.7
    table.autofit = False
    for j, c in enumerate(cols):
        table.columns[j].width = Cm(avail * rel[c] / tot)
    hdr = table.rows[0]
    _repeat_header(hdr)
    for j, c in enumerate(cols):
        hdr.cells[j].width = Cm(avail * rel[c] / tot)
        run = hdr.cells[j].paragraphs[0].add_run(words[c])
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(hdr.cells[j], "2F5496")
    for num, text in p.recs:
        if not by_col:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            merged.paragraphs[0].add_run(f"{_label(p, num)}: {text}").bold = True
            _shade(merged, "D9E2F3")
        for a in p.per_rec(num):
            row = table.add_row()
            vals = {"rec": num, "ref": a.ref, "action": a.text, "owner": a.owner,
                    "due": a.due_raw, "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, c in enumerate(cols):
                row.cells[j].width = Cm(avail * rel[c] / tot)
                row.cells[j].paragraphs[0].add_run(vals[c])
                if c == "rag" and a.rag in FILL_HEX:
                    _shade(row.cells[j], FILL_HEX[a.rag])
    # portrait again: measures and sign-off
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(sec3, False)
    if p.kpis:
        doc.add_heading("How we will measure impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            t4.columns[j].width = Cm(8.2 if j == 0 else 2.9)
            for cl in t4.columns[j].cells:
                cl.width = Cm(8.2 if j == 0 else 2.9)
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "D9E2F3")
        for kr, kk in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    doc.add_heading("Sign-off", 2)
    doc.add_paragraph("This plan was agreed by the Improvement Board and is signed on behalf of "
                      "the council by:")  # fmt: skip
    st = doc.add_table(rows=3, cols=2)
    st.style = doc.styles["Table Grid"]
    for i, (k, v) in enumerate((("Name", "Director of Children's Services"),
                                ("Signature", ""), ("Date", _long_date(p.issued)))):  # fmt: skip
        st.cell(i, 0).paragraphs[0].add_run(k).bold = True
        st.cell(i, 1).paragraphs[0].add_run(v)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: % complete data bars and trend arrows -------------------------------------------------


def _databars(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    trend = bool(p.features["trend"])
    cols = _cols(p)
    cols.insert(cols.index("rag"), "pct")
    words = {**h, "rag": h["trend"] if trend else h["rag"]}
    widths = {"ref": 8.0, "action": 54.0, "owner": 24.0, "due": 15.0, "pct": 14.0,
              "rag": 12.0, "progress": 44.0}  # fmt: skip
    letters = "ABCDEFGH"
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    last = letters[len(cols) - 1]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Position as at {_long_date(p.issued)}").font = Font(name=font, size=9,
                                                                          italic=True)  # fmt: skip
    if trend:
        arrows = {rag: word for word, rag in _arrows(p)}
        key = (f"Key: {arrows['green']} improving (green)   {arrows['red']} worsening (red)   "
               f"{arrows['amber']} no change (amber)")  # fmt: skip
        ws.cell(3, 1, key).font = Font(name=font, size=9)
    row = 5
    hfill = PatternFill("solid", fgColor="1F4E79")
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, words[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    band = PatternFill("solid", fgColor="DDEBF7")
    first_data = row
    for num, text in p.recs:
        c = ws.cell(row, 1, f"{_label(p, num)}: {text}")
        c.font = Font(name=font, bold=True, size=9, color="1F4E79")
        c.fill = band
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(cols))
        ws.row_dimensions[row].height = 26 if len(text) > 150 else 15
        row += 1
        for a in p.per_rec(num):
            assert a.due_date is not None
            due: Any = a.due_raw
            if p.features["date_form"] == "excel":
                due = datetime(a.due_date.year, a.due_date.month, a.due_date.day)
            vals: dict[str, Any] = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": due,
                                    "pct": p.features["pct"][a.ref] / 100,
                                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, cn in enumerate(cols, start=1):
                c = ws.cell(row, j, vals[cn])
                c.font = Font(name=font, size=9)
                c.border = box
                centre = cn in ("ref", "due", "rag", "pct")
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if centre else None)  # fmt: skip
                if cn == "due" and isinstance(due, datetime):
                    c.number_format = "dd/mm/yyyy"
                if cn == "pct":
                    c.number_format = "0%"
                if cn == "rag" and trend:
                    c.font = Font(name=font, size=13, bold=True,
                                  color=RAG_HEX[a.rag].lstrip("#"))  # fmt: skip
                    c.alignment = Alignment(horizontal="center", vertical="top")
                elif cn == "rag" and a.rag in FILL_HEX:
                    c.fill = PatternFill("solid", fgColor=FILL_HEX[a.rag])
            longest = max(len(a.text) / 46, len(a.progress or "") / 38, len(a.owner) / 20, 1)
            ws.row_dimensions[row].height = 13 * (int(longest) + 1) + 3
            row += 1
    j = cols.index("pct")
    rng = f"{letters[j]}{first_data}:{letters[j]}{row - 1}"
    ws.conditional_formatting.add(
        rng,
        DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1,
                    color=p.features["bar_colour"], showValue=p.features["show_value"]),
    )  # fmt: skip
    ws.print_area = f"A1:{last}{row - 1}"
    if p.kpis:
        wk = wb.create_sheet("KPIs")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for jj, (cn, width) in enumerate(zip(KCOLS, (56, 16, 16, 16), strict=True), start=1):
            wk.column_dimensions["ABCD"[jj - 1]].width = width
            cc = wk.cell(3, jj, h[cn])
            cc.font = Font(name=font, bold=True, size=9, color="FFFFFF")
            cc.fill = hfill
            cc.border = box
            cc.alignment = Alignment(wrap_text=True, vertical="top")
        for i, kpi in enumerate(p.kpis, start=4):
            for jj, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, jj, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _arrows(p: H8Plan) -> tuple[tuple[str, str], ...]:
    if p.features["arrows"] == "databars-tri":
        return (("▲", "green"), ("▼", "red"), ("►", "amber"))
    return (("↑", "green"), ("↓", "red"), ("→", "amber"))


# ---- HTML: an e-mail progress bulletin in a narrow centred column -------------------------------


def _action_block(a: H8Action) -> str:
    colour = RAG_HEX[a.rag]
    out = (
        f"<div class='act'><p class='what'>{escape(a.ref)} {escape(a.text)}</p>"
        f"<p class='meta'>Who: {escape(a.owner)} &middot; When: {escape(a.due_raw)} &middot; "
        f"Where we are: <span class='st' style='color:{colour}'>&#9679; {escape(a.status or '')}"
        "</span></p>"
    )  # fmt: skip
    if a.progress:
        out += f"<p class='prog'>{escape(a.progress)}.</p>"
    return out + "</div>"


def _bulletin(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    band = p.features["band_colour"]
    width = 600 + (p.seed_rng % 5) * 25
    css = (
        "@page { size: A4; margin: 10mm 0 12mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
        f"body {{ font-family: {font}; font-size: 10pt; color: #222; margin: 0;"
        " background: #ECEFF1; line-height: 1.35; }"
        f".wrap {{ width: {width}px; margin: 0 auto; background: #fff; }}"
        f".mast {{ background: {band}; color: #fff; padding: 18px 24px 14px; }}"
        ".mast .kicker { font-size: 8.5pt; letter-spacing: 0.08em; text-transform: uppercase;"
        " opacity: 0.85; margin: 0; }"
        ".mast h1 { font-size: 22pt; margin: 4px 0 2px; }"
        ".mast .issue { font-size: 9pt; margin: 0; }"
        ".inner { padding: 8px 24px 16px; }"
        f".band {{ background: {band}; color: #fff; padding: 7px 12px; margin: 16px 0 8px;"
        " border-radius: 3px; break-inside: avoid; break-after: avoid; }"
        ".band .num { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em;"
        " font-weight: 700; margin: 0; }"
        ".band .text { font-size: 10pt; margin: 2px 0 0; }"
        ".act { break-inside: avoid; padding: 4px 2px 6px; border-bottom: 1px solid #E3E6E8; }"
        ".act p { margin: 2px 0; }"
        ".act .what { font-weight: 700; }"
        ".act .meta { font-size: 8.5pt; color: #555; }"
        ".act .st { font-weight: 700; }"
        ".act .prog { font-size: 9pt; }"
        "h2 { font-size: 13pt; margin: 18px 0 6px; }"
        "table.kpi { border-collapse: collapse; width: 100%; font-size: 9pt; }"
        "table.kpi td { border-bottom: 1px solid #E3E6E8; padding: 5px 4px; vertical-align: top; }"
        "table.kpi td.v { white-space: nowrap; text-align: right; font-weight: 700; }"
        ".foot { font-size: 7.5pt; color: #777; padding: 10px 24px 16px; background: #F5F6F7; }"
    )
    issue = p.features["issue_no"]
    month = f"{calendar.month_name[p.issued.month]} {p.issued.year}"
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body><div class='wrap'>",
        f"<div class='mast'><p class='kicker'>{escape(p.authority)} Council &middot; Children's "
        f"services</p><h1>{escape(p.title)}</h1><p class='issue'>Issue {issue} &middot; "
        f"{month}</p></div><div class='inner'>",
        "<p>Welcome to this month's bulletin on our improvement journey since the Ofsted "
        "inspection. Below you will find, for each of the inspectors' recommendations, what "
        "we said we would do, who is leading it, when it is due and where we are now.</p>",
    ]
    for num, text in p.recs:
        out.append(f"<div class='band'><p class='num'>{escape(_label(p, num))}</p>"
                   f"<p class='text'>{escape(text)}</p></div>")  # fmt: skip
        out += [_action_block(a) for a in p.per_rec(num)]
    if p.kpis:
        out.append("<h2>How are we doing?</h2><p style='font-size:8.5pt;color:#555'>Each "
                   "measure shows where we started &rarr; where we are now (and our target in "
                   "brackets).</p><table class='kpi'>")  # fmt: skip
        for k in p.kpis:
            out.append(f"<tr><td>{escape(k.indicator)}</td><td class='v'>{escape(k.baseline[0])}"
                       f" &rarr; {escape(k.latest[0])} ({escape(k.target[0])})</td></tr>")  # fmt: skip
        out.append("</table>")
    out.append(
        "<p>Thank you to everyone who has contributed. If you have any questions, please "
        "contact the Improvement Team.</p></div>"
        f"<div class='foot'>You are receiving this bulletin because you work with "
        f"{escape(p.authority)} Council's children's services. Unsubscribe &middot; View in "
        "browser</div></div></body></html>"
    )
    return "".join(out)
