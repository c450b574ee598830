"""Producers of the holdout24 split (BLIND: fixers never read this): an action table of Harvey
balls in ReportLab, blocks with a chevron stepper in HTML printed by Chromium, a Word poster of
text boxes and an Excel tracker of icon-set scores, both printed by LibreOffice; each drawn
straight from a holdout8.H8Plan built by holdout24."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xesc

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.formatting.rule import IconSetRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout24 import RAGS5
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E7D32", "amber": "#E08E00", "red": "#C62828", "blue": "#1565C0",
           None: "#8A8A8A"}  # fmt: skip
GLYPHS = ("\u25cb", "\u25d4", "\u25d1", "\u25d5", "\u25cf")  # empty, quarter, half, 3/4, full


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout24", html=_stepper,
                reportlab=_harvey, docx=_textboxes, xlsx=_iconsets)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _fill_index(rag: str | None) -> int:
    return RAGS5.index(rag)


# ---- ReportLab: an action table of Harvey balls -------------------------------------------------


def _harvey(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
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

    pdfmetrics.registerFont(TTFont("H24Balls", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    h = p.headers
    f = p.features
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    drawn = f["balls"] == "drawn"
    key: list[str] = f["key"]
    W, H = landscape(A4)
    margin = 13 * mm
    navy = colors.HexColor("#23395B")
    pdf = folder / f"{p.name}.pdf"
    body = ParagraphStyle("b", fontName=base, fontSize=9, leading=11.5)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.3, leading=10.2)
    head = ParagraphStyle("h", fontName=bold, fontSize=8.3, leading=10.2, textColor=colors.white)
    banner = ParagraphStyle("bn", fontName=bold, fontSize=8.8, leading=11, textColor=navy)
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, textColor=navy)
    rec_head = ParagraphStyle("rh", fontName=bold, fontSize=10.5, leading=13, textColor=navy,
                              spaceBefore=5, spaceAfter=3)  # fmt: skip
    sub = ParagraphStyle("s", fontName=bold, fontSize=11.5, leading=14, textColor=navy)
    glyph_style = ParagraphStyle("g", fontName="H24Balls", fontSize=14, leading=15,
                                 alignment=1, textColor=navy)  # fmt: skip

    def ball(c: Any, x: float, y: float, r: float, k: int) -> None:
        """A Harvey ball centred on (x, y): k quarters filled clockwise from twelve o'clock."""
        c.saveState()
        c.setStrokeColor(navy)
        c.setLineWidth(0.9)
        c.setFillColor(colors.white)
        c.circle(x, y, r, stroke=1, fill=1)
        c.setFillColor(navy)
        if k == 4:
            c.circle(x, y, r, stroke=0, fill=1)
        elif k > 0:
            c.wedge(x - r, y - r, x + r, y + r, 90, -90 * k, stroke=0, fill=1)
        c.restoreState()

    class Ball(Flowable):  # type: ignore[misc]
        def __init__(self, k: int) -> None:
            super().__init__()
            self.k = k

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.aw = aw
            return aw, 12

        def draw(self) -> None:
            ball(self.canv, self.aw / 2, 6, 5.2, self.k)

    class Key(Flowable):  # type: ignore[misc]
        """The key under the table: a ball and its status, five in a row."""

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return aw, 16

        def draw(self) -> None:
            draw_key(self.canv, 0, 5)

    def draw_key(c: Any, x: float, y: float) -> None:
        c.saveState()
        c.setFont(bold, 8)
        c.setFillColor(navy)
        c.drawString(x, y, "Key:")
        x += 24
        for k, word in enumerate(key):
            if drawn:
                ball(c, x + 4.5, y + 2.8, 4.2, k)
                x += 12
            else:
                c.setFont("H24Balls", 10)
                c.setFillColor(navy)
                c.drawString(x, y - 0.5, GLYPHS[k])
                x += c.stringWidth(GLYPHS[k], "H24Balls", 10) + 3
            c.setFont(base, 8)
            c.setFillColor(colors.HexColor("#333333"))
            c.drawString(x, y, word)
            x += c.stringWidth(word, base, 8) + 14
        c.restoreState()

    with_update = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])
    widths = {"ref": 15 * mm, "owner": 38 * mm, "due": 28 * mm, "rag": 20 * mm,
              "progress": 72 * mm}  # fmt: skip
    width = W - 2 * margin
    widths["action"] = width - sum(widths[c] for c in cols if c != "action")
    colw = [widths[c] for c in cols]

    def header_row() -> list[Any]:
        return [Paragraph(escape(h[c]), head) for c in cols]

    def action_row(a: Any) -> list[Any]:
        k = _fill_index(a.rag)
        mark: Any = Ball(k) if drawn else Paragraph(GLYPHS[k], glyph_style)
        vals = {"ref": Paragraph(f"<b>{escape(a.ref)}</b>", cell),
                "action": Paragraph(escape(a.text), cell), "owner": Paragraph(escape(a.owner), cell),
                "due": Paragraph(escape(a.due_raw), cell), "rag": mark,
                "progress": Paragraph(escape(a.progress or ""), cell)}  # fmt: skip
        return [vals[c] for c in cols]

    base_style = [
        ("BACKGROUND", (0, 0), (-1, 0), navy),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9AA7B8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (cols.index("rag"), 1), (cols.index("rag"), -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Spacer(1, 1.5 * mm),
        Paragraph(f"Updated {escape(_long_date(p.issued))}. This plan responds to the "
                  "recommendations Ofsted made after its inspection of our services for "
                  "children. Progress on each action is shown by the shading of the ball in the "
                  "status column; see the key.", body),
        Spacer(1, 3 * mm),
    ]  # fmt: skip
    if f["rec_style"] == "banner":
        rows: list[list[Any]] = [header_row()]
        style = list(base_style)
        for num, text in p.recs:
            r = len(rows)
            rows.append([Paragraph(f"{escape(_label(p, num))}: {escape(text)}", banner)]
                        + [""] * (len(cols) - 1))  # fmt: skip
            style += [("SPAN", (0, r), (-1, r)),
                      ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#DCE4EF"))]  # fmt: skip
            rows += [action_row(a) for a in p.per_rec(num)]
        t = Table(rows, colWidths=colw, repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
    else:
        for num, text in p.recs:
            t = Table([header_row()] + [action_row(a) for a in p.per_rec(num)], colWidths=colw,
                      repeatRows=1)  # fmt: skip
            t.setStyle(TableStyle(base_style))
            story.append(KeepTogether([Paragraph(f"{escape(_label(p, num))}: {escape(text)}",
                                                 rec_head), t]))  # fmt: skip
    if f["key_place"] == "table":
        story += [Spacer(1, 2 * mm), Key()]
    if p.kpis:
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", cell) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[width - 96 * mm, 32 * mm, 32 * mm, 32 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9AA7B8")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE4EF")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(KeepTogether([Spacer(1, 5 * mm),
                                   Paragraph("Measuring the difference we make", sub),
                                   Spacer(1, 2 * mm), kt]))  # fmt: skip

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        if f["key_place"] == "page":
            draw_key(canvas, margin, 11 * mm)
        canvas.setFont(base, 7.5)
        canvas.setFillColor(colors.HexColor("#707070"))
        canvas.drawRightString(W - margin, 11 * mm, f"{p.authority} Council | Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=(W, H), leftMargin=margin, rightMargin=margin,
                            topMargin=12 * mm, bottomMargin=18 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return pdf


# ---- Word: a plan on a page of text boxes -------------------------------------------------------

EMU_CM = 360000
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
BOX_COLOURS = (("1F4E79", "EEF4FA"), ("7B2C5F", "F8EEF4"), ("2D6A4F", "EEF6F1"),
               ("8A4B08", "FBF3EA"), ("3C3C8C", "F0F0FA"), ("5B5B5B", "F4F4F4"))  # fmt: skip


def _run_xml(text: str, *, size: float, bold: bool = False, italic: bool = False,
             colour: str = "1B1B1B", font: str = "Liberation Sans") -> str:  # fmt: skip
    props = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
             + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
             + f'<w:color w:val="{colour}"/><w:sz w:val="{round(size * 2)}"/>')  # fmt: skip
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def _para_xml(runs: list[str], after: float = 2.0, before: float = 0.0) -> str:
    return (f'<w:p><w:pPr><w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}"'
            f' w:line="240" w:lineRule="auto"/></w:pPr>{"".join(runs)}</w:p>')  # fmt: skip


def _box_xml(ident: int, x: float, y: float, w: float, hgt: float, paras: str,
             line: str, fill: str) -> str:  # fmt: skip
    """An anchored DrawingML text box at (x, y) cm from the page's top left corner."""
    cx, cy = round(w * EMU_CM), round(hgt * EMU_CM)
    return (
        f"<w:r {_NS}><w:drawing>"
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{round(x * EMU_CM)}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{round(y * EMU_CM)}'
        f"</wp:posOffset></wp:positionV>"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{ident}" name="Text Box {ident}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="15875"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="72000" rIns="91440" '
        f'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        f"</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def _lines(text: str, per_line: float) -> int:
    return max(1, -(-len(text) // int(per_line)))


def _textboxes(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    font = FONTS[p.font]
    doc = Document()
    sec = doc.sections[0]
    page_w, page_h = (29.7, 21.0) if p.landscape else (21.0, 29.7)
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(page_w), Cm(page_h)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(1.5))
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = font
    sec.footer.paragraphs[0].text = f"{p.authority} Council - Children's Services"
    across: int = f["across"]
    gap = 0.5
    box_w = (page_w - 3.0 - gap * (across - 1)) / across
    size = 8.5
    per_line = box_w / 2.54 * 72 / (size * 0.52)  # characters per line, a little under
    lead_w, by_w, status_w = f["field_words"]
    sep: str = f["separator"]
    line_h = size * 1.17 / 72 * 2.54  # cm
    boxes: list[tuple[str, float]] = []  # (paragraph XML, height in cm)
    for num, text in p.recs:
        title = f"{_label(p, num)}: {text}"
        paras = [_para_xml([_run_xml(title, size=9.5, bold=True, colour=BOX_COLOURS[0][0],
                                     font=font)], after=4)]  # fmt: skip
        n_lines = _lines(title, per_line * size / 9.5) * 9.5 / size + 0.6
        for a in p.per_rec(num):
            paras.append(_para_xml([_run_xml(f"{a.ref} ", size=size, bold=True, font=font),
                                    _run_xml(a.text, size=size, font=font)], before=2,
                                   after=1))  # fmt: skip
            fields = (f"{lead_w}: {a.owner}{sep}{by_w}: {a.due_raw}{sep}{status_w}: "
                      f"{a.status}")  # fmt: skip
            paras.append(_para_xml([_run_xml(fields, size=size - 0.5, italic=True,
                                             colour="404040", font=font)], after=1))  # fmt: skip
            n_lines += _lines(f"{a.ref} {a.text}", per_line) + 0.4
            n_lines += _lines(fields, per_line * size / (size - 0.5)) * 0.95 + 0.2
            if a.progress:
                upd = f"{h['progress']}: {a.progress}"
                paras.append(_para_xml([_run_xml(upd, size=size - 0.5, colour="555555",
                                                 font=font)], after=1))  # fmt: skip
                n_lines += _lines(upd, per_line * size / (size - 0.5)) * 0.95 + 0.2
        boxes.append(("".join(paras), n_lines * line_h * 0.98 + 0.9))
    # lay the boxes out in rows, `across` a row; a new page when a row does not fit
    top0, top, bottom = 4.6, 2.0, page_h - 2.0
    pages: list[list[tuple[int, float, float, float]]] = [[]]  # (box, x, y, height)
    y = top0
    for r in range(0, len(boxes), across):
        row = boxes[r : r + across]
        rh = max(hh for _, hh in row)
        if y + rh > bottom and pages[-1]:
            pages.append([])
            y = top
        for j in range(len(row)):
            pages[-1].append((r + j, 1.5 + j * (box_w + gap), y, rh))
        y += rh + gap
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Agreed {_long_date(p.issued)}. Each box is one of Ofsted's "
                      "recommendations, with the actions we will take, who leads them, by when "
                      "and where they stand.")  # fmt: skip
    ident = 1
    for pi, placed in enumerate(pages):
        para = doc.add_paragraph() if pi == 0 else doc.paragraphs[-1]
        for bi, x, yy, hh in placed:
            line, fill = BOX_COLOURS[bi % len(BOX_COLOURS)]
            para._p.append(parse_xml(_box_xml(ident, x, yy, box_w, hh, boxes[bi][0], line,
                                              fill)))  # fmt: skip
            ident += 1
        if pi < len(pages) - 1 or p.kpis:
            para.add_run().add_break(WD_BREAK.PAGE)
            doc.add_paragraph()
    if p.kpis:
        doc.add_heading("How we will measure success", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        for j, col in enumerate(KCOLS):
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "DCE6F1")
        for kr, kk in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
        _repeat_header(t4.rows[0])
        for row in t4.rows:
            _keep_row(row)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tracker of scores with icon sets ---------------------------------------------------


def _iconsets(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="8C8C8C")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    with_update = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if with_update else [])
    widths = {"ref": 8.0, "action": 58.0, "owner": 20.0, "due": 13.0, "rag": 11.0,
              "progress": 44.0}  # fmt: skip
    letters = "ABCDEF"
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    last = letters[len(cols) - 1]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=13)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}").font = Font(name=font, size=9,
                                                                       italic=True)  # fmt: skip
    scale: str = f["scale"]
    style: str = f["icon_style"]
    show: bool = f["show_value"]
    n_icons = int(style[0])
    if scale == "pct":
        values: list[float] = [0, 0.3, 0.6, 1.0][:n_icons]
    elif scale == "up4":
        values = [0, 2, 3, 4] if n_icons == 4 else [0, 2, 3]
    else:
        values = [0, 2, 3, 4] if n_icons == 4 else [0, 3, 4]

    def rule() -> IconSetRule:
        return IconSetRule(style, "num", values, showValue=None if show else False,
                           reverse=True if scale == "down4" else None)  # fmt: skip

    key = ws.cell(3, 1, f"Key ({h['rag']}): {f['key']}; blank = not started")
    key.font = Font(name=font, size=9, bold=True, color="1F3864")
    row = 4
    if not show:  # icon only: key rows show each icon (in the ref column) beside its meaning
        ws.cell(row, 1, "Icons:").font = Font(name=font, size=9, bold=True, color="1F3864")
        row += 1
        for v, word in _key_words(f["key"]):
            ws.cell(row, 1, v).alignment = Alignment(horizontal="center")
            ws.cell(row, 2, word).font = Font(name=font, size=9)
            ws.conditional_formatting.add(f"A{row}", rule())
            row += 1
    row += 1
    hfill = PatternFill("solid", fgColor="1F3864")
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, h[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    first = row
    rec_fill = PatternFill("solid", fgColor="D9E2F3")
    rag_col = letters[cols.index("rag")]
    scores: list[str] = f["scores"]
    i = 0
    for num, text in p.recs:
        c = ws.cell(row, 1, f"{_label(p, num)} - {text}")
        c.font = Font(name=font, bold=True, size=9, color="1F3864")
        c.fill = rec_fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        for j in range(1, len(cols) + 1):
            ws.cell(row, j).border = box
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(cols))
        ws.row_dimensions[row].height = 26 if len(text) > 150 else 14 if len(text) < 120 else 26
        row += 1
        for a in p.per_rec(num):
            assert a.due_date is not None
            score = scores[i]
            i += 1
            sval: Any = None
            if score:
                sval = float(score.rstrip("%")) / 100 if score.endswith("%") else int(score)
            vals: dict[str, Any] = {"ref": a.ref, "action": a.text, "owner": a.owner,
                                    "due": datetime(a.due_date.year, a.due_date.month,
                                                    a.due_date.day),
                                    "rag": sval, "progress": a.progress or ""}  # fmt: skip
            for j, cn in enumerate(cols, start=1):
                cc = ws.cell(row, j, vals[cn])
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True,
                                         vertical="center" if cn == "rag" else "top",
                                         horizontal="center" if cn in ("ref", "due", "rag") else None)  # fmt: skip
                if cn == "due":
                    cc.number_format = "d-mmm-yyyy"
                if cn == "rag" and scale == "pct":
                    cc.number_format = "0%"
            longest = max(len(a.text) / 60, len(a.progress or "") / 46, len(a.owner) / 20, 1)
            ws.row_dimensions[row].height = 12.5 * (int(longest) + 1) + 3
            row += 1
    ws.conditional_formatting.add(f"{rag_col}{first}:{rag_col}{row - 1}", rule())
    ws.print_area = f"A1:{last}{row - 1}"
    if p.kpis:
        wk = wb.create_sheet("KPIs")
        _xl_setup(wk, False)
        wk.cell(1, 1, "Key performance indicators").font = Font(name=font, bold=True, size=12)
        for j, (cn, width) in enumerate(zip(KCOLS, (50, 16, 16, 16), strict=True), start=1):
            wk.column_dimensions["ABCD"[j - 1]].width = width
            cc = wk.cell(3, j, h[cn])
            cc.font = Font(name=font, bold=True, size=9)
            cc.border = box
            cc.alignment = Alignment(wrap_text=True, vertical="top")
        for r, kpi in enumerate(p.kpis, start=4):
            for j, cn in enumerate(KCOLS, start=1):
                cc = wk.cell(r, j, _kpi_cell(kpi, cn))
                cc.font = Font(name=font, size=9)
                cc.border = box
                cc.alignment = Alignment(wrap_text=True, vertical="top")
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _key_words(key: str) -> list[tuple[int, str]]:
    """The key's (score, meaning) pairs, best first, from its text `4 = Complete, 3 = ...`."""
    pairs = [part.split(" = ", 1) for part in key.split(", ")]
    return [(int(v), w) for v, w in pairs]


# ---- HTML: one block per action with a chevron stepper -----------------------------------------


def _stepper(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    font = CSS_FONTS[p.font]
    steps: list[str] = f["steps"]
    pale = {"green": "#E3F1E4", "amber": "#FCEFD9", "red": "#F8E1E1", "blue": "#E1EBF7",
            None: "#EFEFEF"}  # fmt: skip
    if f["shape"] == "clip-path":
        step_css = (
            ".step { flex: 1; position: relative; padding: 1.4mm 2mm 1.4mm 4.5mm;"
            " text-align: center; font-size: 7.6pt; margin-right: -2.2mm;"
            " clip-path: polygon(0 0, calc(100% - 3mm) 0, 100% 50%, calc(100% - 3mm) 100%,"
            " 0 100%, 3mm 50%); background: #E6E6E6; color: #8A8A8A; }"
            ".step:first-child { clip-path: polygon(0 0, calc(100% - 3mm) 0, 100% 50%,"
            " calc(100% - 3mm) 100%, 0 100%); padding-left: 2mm; }"
        )
    else:
        step_css = (
            ".step { flex: 1; position: relative; padding: 1.2mm 2mm 1.2mm 5mm;"
            " text-align: center; font-size: 7.6pt; margin-right: 1mm; height: 3.2mm;"
            " line-height: 3.2mm; background: #E6E6E6; color: #8A8A8A; }"
            ".step::after { content: ''; position: absolute; right: -2.8mm; top: 0;"
            " border-top: 2.8mm solid transparent; border-bottom: 2.8mm solid transparent;"
            " border-left: 2.8mm solid var(--bg); z-index: 2; }"
            ".step::before { content: ''; position: absolute; left: 0; top: 0;"
            " border-top: 2.8mm solid transparent; border-bottom: 2.8mm solid transparent;"
            " border-left: 2.8mm solid #fff; }"
            ".step:first-child::before { display: none; }"
            ".step:first-child { padding-left: 2mm; }"
            ".step:last-child::after { display: none; }"
        )
    css = (
        "@page { size: A4; margin: 14mm 13mm 15mm 13mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #1E1E1E; line-height: 1.32; }}"
        "h1 { font-size: 17pt; color: #0B4F6C; margin: 0 0 2mm; }"
        "h2 { font-size: 11.5pt; color: #0B4F6C; margin: 6mm 0 2.5mm; border-bottom: 2px solid"
        " #0B4F6C; padding-bottom: 1mm; }"
        ".intro { color: #444; margin: 0 0 3mm; }"
        ".action { border: 1px solid #D3D9DE; border-left: 4px solid #0B4F6C;"
        " padding: 2.2mm 3mm 2.6mm; margin: 0 0 3mm; break-inside: avoid; }"
        ".action .top { display: flex; gap: 3mm; }"
        ".action .ref { font-weight: 700; color: #0B4F6C; min-width: 9mm; }"
        ".action .text { font-weight: 600; flex: 1; }"
        ".meta { font-size: 8.2pt; color: #444; margin: 1mm 0 2mm 12mm; }"
        ".meta b { color: #222; }"
        ".note { font-size: 8.2pt; color: #555; margin: 0 0 2mm 12mm; }"
        ".stepper { display: flex; margin-left: 12mm; }"
        f"{step_css}"
        ".step.on { color: #fff; font-weight: 700; }"
        "table.kpi { border-collapse: collapse; width: 100%; font-size: 8.5pt; }"
        "table.kpi th { background: #0B4F6C; color: #fff; text-align: left; padding: 1.3mm; }"
        "table.kpi td { border-bottom: 1px solid #D3D9DE; padding: 1.3mm; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<h1>{escape(p.title)}</h1>",
        f"<p class='intro'>Progress at {escape(_long_date(p.issued))}. For each action the "
        "highlighted step shows where it stands.</p>",
    ]
    for num, text in p.recs:
        out.append(f"<h2>{escape(_label(p, num))} - {escape(text)}</h2>")
        for a in p.per_rec(num):
            k = _fill_index(a.rag)
            out.append(
                f"<div class='action'><div class='top'><span class='ref'>{escape(a.ref)}</span>"
                f"<span class='text'>{escape(a.text)}</span></div>"
                f"<div class='meta'><b>{escape(h['owner'])}:</b> {escape(a.owner)}"
                f" &nbsp;&nbsp; <b>{escape(h['due'])}:</b> {escape(a.due_raw)}</div>"
            )  # fmt: skip
            if a.progress:
                out.append(f"<div class='note'>{escape(h['progress'])}: "
                           f"{escape(a.progress)}</div>")  # fmt: skip
            out.append(f"<div class='stepper' aria-label='{escape(h['rag'])}'>")
            for i, word in enumerate(steps):
                on = i == k
                bg = RAG_HEX[RAGS5[i]] if on else pale[RAGS5[i]]
                cls = "step on" if on else "step"
                out.append(f"<div class='{cls}' style='background:{bg}; --bg:{bg}'>"
                           f"{escape(word)}</div>")  # fmt: skip
            out.append("</div></div>")
    if p.kpis:
        out.append(
            "<h2>Measures of success</h2><table class='kpi'><thead><tr>"
            + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
            + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                      + "</tr>" for k in p.kpis)
            + "</tbody></table>"
        )  # fmt: skip
    out.append("</body></html>")
    return "".join(out)
