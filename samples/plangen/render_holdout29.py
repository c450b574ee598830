"""Producers of the holdout29 split (BLIND: fixers never read this): a memorandum to the board
with shape-coded status markers in ReportLab, a print of an issue tracker in HTML printed by
Chromium, a re-baselined Word plan and an Excel assurance scorecard, both printed by
LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout29."""

from __future__ import annotations

import calendar
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout29 import SCORE_KEY
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E7D32", "amber": "#C77700", "red": "#C62828", "blue": "#1F4E9A",
           None: "#7A7A7A"}  # fmt: skip
GLYPH = {"green": "\u25cf", "amber": "\u25b2", "red": "\u25a0", "blue": "\u25c6", None: "\u25cb"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout29", html=_issues,
                reportlab=_memo, docx=_rebaselined, xlsx=_scores)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a memorandum to the board, shape-coded status -----------------------------------


def _memo(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("H29Marks", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = A4
    margin = 20 * mm
    width = size[0] - 2 * margin
    pdf = folder / f"{p.name}.pdf"
    drawn = p.features["marker"] == "drawn"
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13.5, spaceAfter=5)
    rec = ParagraphStyle("r", parent=body, spaceBefore=6)
    act = ParagraphStyle("a", parent=body, spaceAfter=1)
    meta = ParagraphStyle("m", fontName=base, fontSize=8.8, leading=11.5, textColor="#333333")
    big = ParagraphStyle("t", fontName=bold, fontSize=20, leading=24, spaceAfter=6)
    cell = ParagraphStyle("c", fontName=base, fontSize=9, leading=11.5)

    class Marker(Flowable):  # type: ignore[misc]
        """A status shape: circle, triangle, square, diamond, or a hollow circle."""

        def __init__(self, rag: str | None) -> None:
            super().__init__()
            self.rag = rag
            self.width = 6 * mm
            self.height = 5 * mm

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            c = self.canv
            col = colors.HexColor(RAG_HEX[self.rag])
            c.setFillColor(col)
            c.setStrokeColor(col)
            c.setLineWidth(1)
            x, y, r = 2.6 * mm, 2.2 * mm, 1.9 * mm
            if self.rag == "green":
                c.circle(x, y, r, stroke=0, fill=1)
            elif self.rag == "amber":
                path = c.beginPath()
                path.moveTo(x - r, y - r)
                path.lineTo(x + r, y - r)
                path.lineTo(x, y + r)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
            elif self.rag == "red":
                c.rect(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r, stroke=0, fill=1)
            elif self.rag == "blue":
                path = c.beginPath()
                path.moveTo(x, y - r * 1.15)
                path.lineTo(x + r, y)
                path.lineTo(x, y + r * 1.15)
                path.lineTo(x - r, y)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
            else:
                c.circle(x, y, r * 0.85, stroke=1, fill=0)

    head = Table(
        [["To:", "Members of the Children's Services Improvement Board"],
         ["From:", "Director of Children's Services"],
         ["Date:", _long_date(p.issued)],
         ["Subject:", p.title]],
        colWidths=[24 * mm, width - 24 * mm],
    )  # fmt: skip
    head.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), bold), ("FONTNAME", (1, 0), (1, -1), base),
        ("FONTSIZE", (0, 0), (-1, -1), 10), ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    story: list[Any] = [
        Paragraph("MEMORANDUM", big),
        Paragraph(f"{p.authority} Council &middot; Children's Services &middot; internal", meta),
        Spacer(1, 4 * mm), head, Spacer(1, 5 * mm),
        Paragraph("This memorandum sets out, recommendation by recommendation, the actions we "
                  "agreed after the inspection and where each stood at the quarter end. Each "
                  "action's position is shown by its marker: a circle is on track, a triangle "
                  "slipping, a square off track, a diamond complete, an open circle not "
                  "started.", body),
    ]  # fmt: skip
    for num, text in p.recs:
        story.append(Paragraph(f"<b>{p.rec_label.format(n=num)}.</b> {escape(text)}", rec))
        for a in p.per_rec(num):
            glyph = (
                ""
                if drawn
                else (f"<font name='H29Marks' color='{RAG_HEX[a.rag]}'>{GLYPH[a.rag]}</font> ")
            )
            line = (f"{escape(h['owner'])}: {escape(a.owner)}; {escape(h['due'])}: "
                    f"{escape(a.due_raw)}; {escape(h['rag'])}: {glyph}<b>{escape(a.status or '')}"
                    "</b>")  # fmt: skip
            inner: list[Any] = [Paragraph(f"<b>{escape(a.ref)}</b>&nbsp;&nbsp;{escape(a.text)}",
                                          act), Paragraph(line, meta)]  # fmt: skip
            if a.progress:
                inner.append(Paragraph(f"<i>{escape(h['progress'])}: {escape(a.progress)}</i>",
                                       meta))  # fmt: skip
            left: Any = Marker(a.rag) if drawn else ""
            t = Table([[left, inner]], colWidths=[9 * mm, width - 9 * mm])
            t.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))  # fmt: skip
            story.append(KeepTogether([t]))
    if p.kpis:
        story.append(Paragraph("<b>Outcome measures.</b> The measures the Board follows are "
                               "below.", rec))  # fmt: skip
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS])
        kt = Table(krows, colWidths=[width * 0.52] + [width * 0.16] * 3, repeatRows=1)
        kt.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story.append(kt)
    story += [Spacer(1, 6 * mm), Paragraph("Director of Children's Services", body)]

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(margin, 10 * mm, "OFFICIAL")
        canv.drawRightString(size[0] - margin, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---- Word: a re-baselined plan, original and revised targets ------------------------------------


def _rebaselined(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(1.8))
    sec.header.paragraphs[0].text = f"{p.authority} Council | Improvement plan | RE-BASELINED"
    usable = (29.7 if p.landscape else 21.0) - 3.6
    originals: dict[str, str] = p.features.get("originals", {})
    gap = "" if p.features["unchanged"] == "blank" else "\u2014"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(
        f"Re-baselined {_long_date(p.issued)} and agreed by the Improvement Board. Where an "
        f"action's target has moved, the {h['old_due'].lower()} is kept beside the "
        f"{h['new_due'].lower()} so that the Board can see the change; the "
        f"{h['new_due'].lower()} now applies."
    )
    prog = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "old_due", "new_due", "rag"] + (["progress"] if prog else [])
    rel = {"ref": 1.3, "action": 6.0, "owner": 3.4, "old_due": 2.5, "new_due": 2.5, "rag": 2.8,
           "progress": 5.0}  # fmt: skip
    tot = sum(rel[c] for c in cols)
    widths = [Cm(usable * rel[c] / tot) for c in cols]
    n_rows = 1 + len(p.recs) + len(p.actions)
    t = doc.add_table(rows=n_rows, cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    for j, wd in enumerate(widths):
        t.columns[j].width = wd
        for cl in t.columns[j].cells:
            cl.width = wd
    for j, cn in enumerate(cols):
        t.cell(0, j).paragraphs[0].add_run(h[cn]).bold = True
        _shade(t.cell(0, j), "D9E2F3")
    _repeat_header(t.rows[0])
    r = 1
    for num, text in p.recs:
        banner = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
        para = banner.paragraphs[0]
        para.add_run(f"{p.rec_label.format(n=num)}: ").bold = True
        para.add_run(text)
        _shade(banner, "F2F2F2")
        _keep_row(t.rows[r])
        r += 1
        for a in p.per_rec(num):
            old = originals.get(a.ref)
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner,
                    "old_due": old if old else a.due_raw, "new_due": a.due_raw if old else gap,
                    "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
            for j, cn in enumerate(cols):
                run = t.cell(r, j).paragraphs[0].add_run(vals[cn])
                if cn == "new_due" and old:
                    run.bold = True
            _keep_row(t.rows[r])
            r += 1
    if p.kpis:
        doc.add_paragraph()
        doc.add_heading("Measures of impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(usable - 3 * 2.8 if j == 0 else 2.8)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "D9E2F3")
        _repeat_header(t4.rows[0])
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an assurance scorecard, numeric status ----------------------------------------------


def _scores(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="1F3864")
    conf: dict[str, str] = p.features["confidence"]
    ws = wb.active
    ws.title = "Scorecard"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    prog = any(a.progress for a in p.actions)
    cols = ["ref", "rec", "action", "owner", "due", "rag", "confidence"] + (
        ["progress"] if prog else []
    )
    widths = {"ref": 9.0, "rec": 12.0, "action": 52.0, "owner": 28.0, "due": 13.0, "rag": 9.0,
              "confidence": 13.0, "progress": 40.0}  # fmt: skip
    letters = "ABCDEFGH"
    last = letters[len(cols) - 1]
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Assurance position reported to the Improvement Board, {_long_date(p.issued)}"
            ).font = Font(name=font, italic=True, size=9)  # fmt: skip
    row = 4

    def key_block(row: int) -> int:
        ws.cell(row, 1, f"{h['rag']} key").font = Font(name=font, bold=True, size=9)
        row += 1
        for score, meaning in SCORE_KEY:
            c = ws.cell(row, 1, int(score))
            c.font = Font(name=font, bold=True, size=9)
            c.alignment = Alignment(horizontal="center")
            ws.merge_cells(f"B{row}:D{row}")
            ws.cell(row, 2, meaning).font = Font(name=font, size=9)
            row += 1
        return row + 1

    if p.features["key_place"] == "above":
        row = key_block(row)
    ws.cell(row, 1, "Inspection recommendations").font = Font(name=font, bold=True, size=10)
    row += 1
    for num, text in p.recs:
        c = ws.cell(row, 1, p.rec_label.format(n=num))
        c.font = Font(name=font, bold=True, size=9)
        c.alignment = Alignment(vertical="top")
        ws.merge_cells(f"B{row}:{last}{row}")
        tx = ws.cell(row, 2, text)
        tx.font = Font(name=font, size=9)
        tx.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 26 if len(text) > 200 else 14
        row += 1
    row += 1
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, h[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[row].height = 28
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    fmt = "YYYY-MM-DD" if p.features["date_form"] == "cell_iso" else "DD MMM YY"
    for a in p.actions:
        vals: dict[str, Any] = {
            "ref": a.ref, "rec": p.rec_label.format(n=a.recs[0]), "action": a.text,
            "owner": a.owner, "due": a.due_date, "rag": int(a.status or "0"),
            "confidence": conf[a.ref], "progress": a.progress or "",
        }  # fmt: skip
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9, bold=cn == "rag")
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if cn in ("ref", "rec", "due", "rag",
                                                                  "confidence") else None)  # fmt: skip
            if cn == "due":
                c.number_format = fmt
        longest = max(len(a.text) / 48, len(a.progress or "") / 36, len(a.owner) / 25, 1)
        ws.row_dimensions[row].height = 13 * (int(longest) + 1) + 3
        row += 1
    if p.features["key_place"] == "below":
        row = key_block(row + 1)
    ws.print_area = f"A1:{last}{row}"
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Outcome measures").font = Font(name=font, bold=True, size=12)
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


# ---- HTML: a print of an issue tracker ----------------------------------------------------------

CHIP = {"green": ("#DDF4E4", "#1A7F37"), "amber": ("#FFF1D6", "#9A6700"),
        "red": ("#FFE1E1", "#B42318"), "blue": ("#DDE9FF", "#1F4E9A"), None: ("#EEEEEE", "#555555")}  # fmt: skip


def _issues(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    css = (
        "@page { size: A4; margin: 12mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #1F2328; margin: 0; }}"
        ".repo { font-size: 13pt; margin: 0 0 2px 0; }"
        ".repo b { font-weight: 600; }"
        ".tabs { border-bottom: 1px solid #D0D7DE; font-size: 8.5pt; padding: 4px 0; margin-bottom:"
        " 8px; color: #57606A; }"
        ".box { border: 1px solid #D0D7DE; border-radius: 6px; margin-bottom: 10px; }"
        ".boxhead { background: #F6F8FA; padding: 6px 10px; border-bottom: 1px solid #D0D7DE;"
        " font-size: 8.5pt; color: #57606A; }"
        ".issue { padding: 7px 10px; border-bottom: 1px solid #D0D7DE; break-inside: avoid; }"
        ".issue:last-child { border-bottom: none; }"
        ".t { font-weight: 600; font-size: 9.5pt; }"
        ".num { color: #57606A; font-weight: normal; }"
        ".chip { display: inline-block; border-radius: 10px; padding: 0 7px; font-size: 7.5pt;"
        " font-weight: 600; margin-left: 4px; border: 1px solid rgba(0,0,0,0.08); }"
        ".rec { background: #EDE7F6; color: #4A2A7A; }"
        ".meta { color: #57606A; font-size: 8pt; margin-top: 2px; }"
        ".cmt { margin: 4px 0 0 14px; padding: 3px 8px; border-left: 3px solid #D0D7DE;"
        " font-size: 8.3pt; }"
        ".state { display: inline-block; width: 9px; height: 9px; border-radius: 50%;"
        " border: 2px solid #1A7F37; margin-right: 5px; }"
        ".closed { border-color: #8250DF; background: #8250DF; }"
        "table { border-collapse: collapse; width: 100%; }"
        "th, td { border-bottom: 1px solid #D0D7DE; padding: 4px 8px; text-align: left;"
        " vertical-align: top; }"
        "th { background: #F6F8FA; }"
        ".rl { padding: 6px 10px; border-bottom: 1px solid #D0D7DE; }"
        ".rl:last-child { border-bottom: none; }"
    )
    mixed = p.features["state"] == "mixed"
    n_open = sum(1 for a in p.actions if not (mixed and a.rag == "blue"))
    printed = f"{calendar.month_abbr[p.issued.month]} {p.issued.day}, {p.issued.year}"
    slug = p.authority.lower().replace(" ", "-").replace("'", "")
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='repo'>{escape(slug)}-childrens-services / <b>{escape(p.title)}</b></div>",
        f"<div class='tabs'>Issues &middot; Milestones &middot; Labels &middot; printed {printed}"
        "</div>",
        "<div class='box'><div class='boxhead'>Milestones: inspection recommendations</div>",
    ]  # fmt: skip
    for num, text in p.recs:
        out.append(f"<div class='rl'><span class='chip rec'>{escape(p.rec_label.format(n=num))}"
                   f"</span> {escape(text)}</div>")  # fmt: skip
    out.append("</div>")
    closed = len(p.actions) - n_open
    out.append(f"<div class='box'><div class='boxhead'>{n_open} Open &nbsp; {closed} Closed"
               " &nbsp;&middot;&nbsp; sort: oldest</div>")  # fmt: skip
    for a in p.actions:
        bg, fg = CHIP[a.rag]
        is_closed = mixed and a.rag == "blue"
        out.append("<div class='issue'>")
        out.append(f"<div class='t'><span class='state{' closed' if is_closed else ''}'></span>"
                   f"{escape(a.text)} <span class='num'>{escape(a.ref)}</span>"
                   f"<span class='chip rec'>{escape(p.rec_label.format(n=a.recs[0]))}</span>"
                   f"<span class='chip' style='background:{bg};color:{fg}'>"
                   f"{escape(a.status or '')}</span></div>")  # fmt: skip
        out.append(f"<div class='meta'>{escape(h['owner'])}: {escape(a.owner)} &middot; "
                   f"{escape(h['due'])}: {escape(a.due_raw)}</div>")  # fmt: skip
        if a.progress:
            out.append(f"<div class='cmt'><b>{escape(h['progress'])}</b> &mdash; "
                       f"{escape(a.progress)}</div>")  # fmt: skip
        out.append("</div>")
    out.append("</div>")
    if p.kpis:
        out.append("<div class='box'><div class='boxhead'>Pinned: outcome measures</div><table>"
                   "<thead><tr>" + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table></div>")
    out.append("</body></html>")
    return "".join(out)
