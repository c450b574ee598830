"""Producers of the holdout23 split (BLIND: fixers never read this): numbered action paragraphs
with margin notes in ReportLab, a card dashboard in a multi-column flow in HTML printed by
Chromium, a Word plan of run-in heads and an Excel tracker with rotated, merged recommendation
cells, both printed by LibreOffice; each drawn straight from a holdout8.H8Plan built by
holdout23."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E7D32", "amber": "#C77700", "red": "#C62828", "blue": "#1565C0",
           None: "#6B6B6B"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout23", html=_masonry,
                reportlab=_margin, docx=_runin, xlsx=_vertical)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: numbered paragraphs with margin notes -------------------------------------------


def _margin(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    ital = "Helvetica-Oblique" if p.font == "sans" else "Times-Italic"
    W = A4[0]
    pdf = folder / f"{p.name}.pdf"
    side = p.features["margin_side"]
    note_w = 36 * mm
    gap = 5 * mm
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    para = ParagraphStyle("p", parent=body, spaceAfter=0)
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20,
                           textColor=colors.HexColor("#003B5C"))  # fmt: skip
    rec_head = ParagraphStyle("rh", fontName=bold, fontSize=11.5, leading=14, spaceBefore=4,
                              textColor=colors.HexColor("#003B5C"))  # fmt: skip
    rec_text = ParagraphStyle("rt", fontName=ital, fontSize=9.5, leading=12.5)
    sub = ParagraphStyle("s", fontName=bold, fontSize=11.5, leading=14,
                         textColor=colors.HexColor("#003B5C"))  # fmt: skip
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)

    class MarginNote(Flowable):  # type: ignore[misc]
        """A paragraph with a small grey note in the page margin beside its first line."""

        def __init__(self, a: H8Action) -> None:
            super().__init__()
            text = f"<b>{escape(a.ref)}</b>&nbsp;&nbsp;{escape(a.text)}"
            if a.progress:
                text += (f"<br/><font size='8.5' color='#444444'><i>{escape(h['progress'])}: "
                         f"{escape(a.progress)}</i></font>")  # fmt: skip
            self.para = Paragraph(text, para)
            self.lines: list[tuple[str, str, Any]] = []
            for line in simpleSplit(a.owner, base, 7.5, note_w):
                self.lines.append((line, base, colors.HexColor("#707070")))
            self.lines.append((a.due_raw, base, colors.HexColor("#707070")))
            self.lines.append((a.status or "", bold, colors.HexColor(RAG_HEX[a.rag])))
            self.ph = 0.0
            self.aw = 0.0

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.aw = aw
            _, self.ph = self.para.wrap(aw - note_w - gap, ah)
            return aw, max(self.ph, 9.0 * len(self.lines)) + 7

        def draw(self) -> None:
            c = self.canv
            top = max(self.ph, 9.0 * len(self.lines)) + 7
            px = note_w + gap if side == "left" else 0
            self.para.drawOn(c, px, top - 7 - self.ph)
            y = top - 7 - 9.5  # the first line's baseline
            for text, font, colour in self.lines:
                c.setFont(font, 7.5)
                c.setFillColor(colour)
                if side == "left":
                    c.drawRightString(note_w, y, text)
                else:
                    c.drawString(self.aw - note_w, y, text)
                y -= 9.0

    margin = 14 * mm
    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 2 * mm),
        Paragraph(f"Issued {escape(_long_date(p.issued))}. Our response to the recommendations "
                  "of Ofsted's inspection of local authority children's services. Each action is "
                  "numbered by the recommendation it answers; the note in the margin beside it "
                  "gives the officer who leads it, the date it is due and its current RAG "
                  "rating.", body),
        Spacer(1, 3 * mm),
    ]  # fmt: skip
    for num, text in p.recs:
        story += [Paragraph(escape(_label(p, num)), rec_head), Paragraph(escape(text), rec_text),
                  Spacer(1, 2 * mm)]  # fmt: skip
        story += [MarginNote(a) for a in p.per_rec(num)]
        story.append(Spacer(1, 2 * mm))
    if p.kpis:
        story += [Spacer(1, 4 * mm), Paragraph("How we will know we are making a difference", sub),
                  Spacer(1, 2 * mm)]  # fmt: skip
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        width = W - 2 * margin
        kt = Table(krows, colWidths=[width - 81 * mm, 27 * mm, 27 * mm, 27 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9BB0C1")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base, 7.5)
        canvas.setFillColor(colors.HexColor("#707070"))
        canvas.drawString(margin, 9 * mm, f"{p.authority} Council - Improvement Plan")
        canvas.drawRightString(W - margin, 9 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---- Word: one paragraph per action, fields as inline bold run-in heads -------------------------


RUN_FILL = {"green": "C6EFCE", "amber": "FFE699", "red": "F8B4B4", "blue": "BDD7EE"}


def _run_shade(run: Any, hexfill: str) -> None:
    r_pr = run._r.get_or_add_rPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    r_pr.append(shd)


def _runin(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(2.2))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec.footer.paragraphs[0].text = f"{p.authority} Council - OFFICIAL"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Version agreed by the Improvement Board on {_long_date(p.issued)}. The "
                      "plan sets out, for each of Ofsted's recommendations, what we will do, who "
                      "leads it, by when, and how we rate progress (RAG).")  # fmt: skip
    for num, text in p.recs:
        doc.add_heading(_label(p, num), 2)
        rp = doc.add_paragraph()
        rp.add_run(text).italic = True
        for a in p.per_rec(num):
            para = doc.add_paragraph()
            para.paragraph_format.space_after = Pt(7)
            para.paragraph_format.left_indent = Cm(0.6)

            def head(word: str, para: Any = para) -> None:
                r = para.add_run(f"{word}: ")
                r.bold = True
                r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

            lead_in = para.add_run(f"{a.ref} ")
            lead_in.bold = True
            head(h["action"])
            para.add_run(f"{a.text}. ")
            head(h["owner"])
            para.add_run(f"{a.owner}. ")
            head(h["due"])
            para.add_run(f"{a.due_raw}. ")
            head(h["rag"])
            rr = para.add_run(a.status or "")
            if a.rag in RUN_FILL:
                _run_shade(rr, RUN_FILL[a.rag])
            para.add_run(".")
            if a.progress:
                para.add_run(" ")
                head(h["progress"])
                para.add_run(f"{a.progress}.")
    if p.kpis:
        doc.add_heading("Measuring impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "DCE6F1")
        for kr, kk in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
        for row in t4.rows:
            _keep_row(row)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a merged, rotated recommendation cell down the left; real date cells ----------------


def _vertical(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Action plan"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    with_update = any(a.progress for a in p.actions)
    cols = ["rec", "ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])
    words = {**h, "rec": "Recommendation"}
    widths = {"rec": 16.0, "ref": 6.0, "action": 56.0, "owner": 20.0, "due": 11.0, "rag": 11.0,
              "progress": 44.0}  # fmt: skip
    letters = "ABCDEFG"
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}").font = Font(name=font, size=9,
                                                                       italic=True)  # fmt: skip
    row = 4
    hfill = PatternFill("solid", fgColor="203864")
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, words[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    fills = {"green": "92D050", "amber": "FFC000", "red": "FF5050", "blue": "9BC2E6"}
    rec_fill = PatternFill("solid", fgColor="DDEBF7")
    scale = min(1.0, 780 / (sum(widths[cn] for cn in cols) * 5.3))
    avail = 420 / scale  # printable height of a landscape A4 page, in unscaled points
    used = 60.0  # the title rows and the header row
    for num, text in p.recs:
        first = row
        heights: list[float] = []
        for a in p.per_rec(num):
            assert a.due_date is not None
            vals: dict[str, Any] = {"ref": a.ref, "action": a.text, "owner": a.owner,
                                    "due": datetime(a.due_date.year, a.due_date.month,
                                                    a.due_date.day),
                                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, cn in enumerate(cols[1:], start=2):
                c = ws.cell(row, j, vals[cn])
                c.font = Font(name=font, size=9)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if cn in ("ref", "due", "rag") else None)  # fmt: skip
                if cn == "due":
                    c.number_format = "dd-mmm-yy"
                if cn == "rag" and a.rag in fills:
                    c.fill = PatternFill("solid", fgColor=fills[a.rag])
            longest = max(len(a.text) / 58, len(a.progress or "") / 46, len(a.owner) / 20, 1)
            heights.append(12.5 * (int(longest) + 1) + 4)
            row += 1
        label = f"{_label(p, num)}: {text}"
        need = len(label) * 4.2 / 5 + 16  # the rotated text over about five lines
        if sum(heights) < need:
            heights = [x * need / sum(heights) for x in heights]
        # keep each recommendation's merged cell on one page: a row break before its group
        if used + sum(heights) > avail and first > 5:
            ws.row_breaks.append(Break(id=first - 1))
            used = 16.0
        used += sum(heights)
        for i, x in enumerate(heights):
            ws.row_dimensions[first + i].height = round(x, 1)
        rc = ws.cell(first, 1, label)
        rc.font = Font(name=font, size=8, bold=True, color="203864")
        rc.fill = rec_fill
        rc.alignment = Alignment(text_rotation=90, wrap_text=True, vertical="center",
                                 horizontal="center")  # fmt: skip
        for r in range(first, row):
            ws.cell(r, 1).border = box
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    if p.kpis:
        wk = wb.create_sheet("Performance")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Performance indicators").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 16, 16, 16), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            cc = wk.cell(3, j, h[cn])
            cc.font = Font(name=font, bold=True, size=9)
            cc.border = box
            cc.alignment = Alignment(wrap_text=True, vertical="top")
        for i, kpi in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(i, j, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a card dashboard in a multi-column (masonry) flow -----------------------------------


def _initials(name: str) -> str:
    parts = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in parts[:2]) or name[:2].upper()


def _masonry(p: H8Plan) -> str:
    h = p.headers
    font = CSS_FONTS[p.font]
    ncol = p.features["columns"]
    css = (
        "@page { size: A4; margin: 12mm 11mm 13mm 11mm; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #1B1B1B; line-height: 1.3; }}"
        "header.top { border-bottom: 3px solid #5B2C83; margin-bottom: 3mm; }"
        "header.top p { margin: 0; font-size: 8.5pt; color: #666; }"
        "h1 { font-size: 17pt; margin: 1mm 0 2mm; color: #5B2C83; }"
        "h2 { font-size: 12pt; margin: 4mm 0 2mm; color: #5B2C83; }"
        ".recs { background: #F4F0F8; padding: 2mm 3mm; font-size: 8.5pt; }"
        ".recs p { margin: 1mm 0; }"
        f".board {{ column-count: {ncol}; column-gap: 4mm; }}"
        ".card { break-inside: avoid; page-break-inside: avoid; display: inline-block;"
        " width: 100%; box-sizing: border-box; position: relative; overflow: hidden;"
        " border: 1px solid #D5CDE0; border-radius: 5px; padding: 2.5mm 3mm; margin: 0 0 4mm;"
        " background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,0.15); }"
        ".card .kicker { font-size: 7.5pt; color: #6B5B7B; text-transform: uppercase;"
        " letter-spacing: 0.03em; padding-right: 14mm; }"
        ".card .what { font-weight: 600; margin: 1mm 0 1.5mm; padding-right: 9mm; }"
        ".card .latest { color: #444; font-size: 8.3pt; margin: 0 0 1.5mm; }"
        ".ribbon { position: absolute; top: 13px; right: -30px; width: 110px;"
        " transform: rotate(45deg); text-align: center; color: #fff; font-size: 6.5pt;"
        " font-weight: 700; padding: 1px 0; }"
        ".who { display: flex; align-items: center; gap: 2mm; border-top: 1px solid #EEE;"
        " padding-top: 1.5mm; }"
        ".avatar { display: inline-block; width: 7mm; height: 7mm; border-radius: 50%;"
        " background: #5B2C83; color: #fff; font-size: 7pt; font-weight: 700;"
        " text-align: center; line-height: 7mm; flex: none; }"
        ".who .name { font-size: 7.5pt; color: #333; }"
        ".who .due { font-size: 7.5pt; color: #555; }"
        ".due.late { color: #B00020; font-weight: 700; }"
        "table.kpi { border-collapse: collapse; width: 100%; font-size: 8.5pt; }"
        "table.kpi th, table.kpi td { text-align: left; border-bottom: 1px solid #D5CDE0;"
        " padding: 1.2mm; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<header class='top'><p>{escape(p.authority)} Council &middot; Children's services "
        f"&middot; Improvement programme</p><h1>{escape(p.title)}</h1></header>",
        f"<p>Snapshot taken {escape(_long_date(p.issued))}. One card per action; hover over an "
        "avatar to see the lead officer. The ribbon shows the latest rating.</p>",
        "<h2>What Ofsted asked us to do</h2><div class='recs'>",
    ]
    for num, text in p.recs:
        out.append(f"<p><strong>{escape(_label(p, num))}.</strong> {escape(text)}</p>")
    out.append("</div><h2>Actions</h2><div class='board'>")
    lines: list[str] = p.features["due_lines"]
    for a, line in zip(p.actions, lines, strict=True):
        late = line.startswith("Overdue")
        out.append(
            f"<article class='card'><div class='ribbon' style='background:{RAG_HEX[a.rag]}'>"
            f"{escape(a.status or '')}</div>"
            f"<div class='kicker'>{escape(a.ref)} &middot; {escape(_label(p, a.recs[0]))}</div>"
            f"<div class='what'>{escape(a.text)}</div>"
        )  # fmt: skip
        if a.progress:
            out.append(f"<p class='latest'>{escape(h['progress'])}: {escape(a.progress)}</p>")
        out.append(
            f"<div class='who'><span class='avatar' title='{escape(a.owner)}'>"
            f"{escape(_initials(a.owner))}</span><span><span class='name'>{escape(a.owner)}"
            f"</span><br><span class='due{' late' if late else ''}'>{escape(line)} "
            f"({escape(a.due_raw)})</span></span></div></article>"
        )  # fmt: skip
    out.append("</div>")
    if p.kpis:
        out.append(
            "<h2>Our measures</h2><table class='kpi'><thead><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                      + "</tr>" for k in p.kpis)
            + "</tbody></table>"
        )  # fmt: skip
    out.append("</body></html>")
    return "".join(out)
