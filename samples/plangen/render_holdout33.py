"""Producers of the holdout33 split (BLIND: fixers never read this): a tri-fold staff leaflet in
ReportLab, a planner's month calendar in HTML printed by Chromium, a highlighted working copy in
Word and a field-value export in Excel, both printed by LibreOffice; each drawn straight from a
holdout8.H8Plan built by holdout33."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout33 import H33_STATUS, HIGHLIGHT_KEY
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
TINT = {
    "green": "#C8E6C9",
    "amber": "#FFE0B2",
    "red": "#FFCDD2",
    "blue": "#BBDEFB",
    None: "#EEEEEE",
}
DOT = {"green": "#2E7D32", "amber": "#EF6C00", "red": "#C62828", "blue": "#1565C0", None: "#9E9E9E"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout33", html=_calendar,
                reportlab=_leaflet, docx=_working_copy, xlsx=_export)  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a tri-fold staff leaflet, imposed for folding ---------------------------------


def _leaflet(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    h = p.headers
    f = p.features
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    size = landscape(A4)
    pw = size[0] / 3
    pad = 7 * mm
    teal = colors.HexColor("#00695C")
    body = ParagraphStyle("b", fontName=base, fontSize=8.6, leading=11, spaceAfter=3)
    small = ParagraphStyle("s", fontName=base, fontSize=7.9, leading=9.8, textColor="#37474F")
    prog = ParagraphStyle("pr", fontName=base, fontSize=7.9, leading=9.8, textColor="#455A64",
                          spaceAfter=1)  # fmt: skip
    act = ParagraphStyle("a", fontName=base, fontSize=8.8, leading=11, spaceAfter=1.5)
    band = ParagraphStyle("band", fontName=bold, fontSize=9, leading=11, textColor="white")
    rect = ParagraphStyle("rt", fontName=bold, fontSize=8.2, leading=10.2, textColor="#004D40",
                          spaceBefore=3, spaceAfter=4)  # fmt: skip
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=14, textColor=teal,
                        spaceBefore=4, spaceAfter=5)  # fmt: skip
    cover = ParagraphStyle("cv", fontName=bold, fontSize=25, leading=29, textColor=teal,
                           spaceAfter=10)  # fmt: skip
    visited = date.fromisoformat(f["visited"])
    nxt = p.issued.replace(day=1) + timedelta(days=95)

    def frame(i: int, fid: str) -> Frame:
        return Frame(i * pw + pad, 9 * mm, pw - 2 * pad, size[1] - 19 * mm, id=fid,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    def folds(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#9E9E9E"))
        canv.setLineWidth(0.4)
        for x in (pw, 2 * pw):
            canv.line(x, size[1], x, size[1] - 5 * mm)
            canv.line(x, 0, x, 5 * mm)
        canv.restoreState()

    def outside_bg(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(colors.HexColor("#E0F2F1"))
        canv.rect(2 * pw, 0, pw, size[1], stroke=0, fill=1)
        canv.restoreState()
        folds(canv, doc)

    def status_chip(rag: str | None, word: str) -> Table:
        t = Table([[word]], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), bold, 6.8, 8),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(TINT[rag])),
            ("LINEBEFORE", (0, 0), (0, 0), 3, colors.HexColor(DOT[rag])),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))  # fmt: skip
        return t

    story: list[Any] = []
    # panel 5 (the inside flap, left of the outside sheet)
    if p.kpis:
        story.append(Paragraph("How we'll know it's working", h2))
        krows = [[Paragraph(f"<b>{escape(h[c])}</b>", small) for c in KCOLS]]
        for k in p.kpis:
            krows.append([Paragraph(escape(_kpi_cell(k, c)), small) for c in KCOLS])
        inner = pw - 2 * pad
        kt = Table(krows, colWidths=[inner * 0.46] + [inner * 0.18] * 3)
        kt.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#80CBC4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]))  # fmt: skip
        story += [kt, Spacer(1, 5 * mm)]
    else:
        story.append(Paragraph("What happens next", h2))
        story.append(Paragraph("The Improvement Board checks our progress every month, and "
                               "Ofsted will come back to see how we are doing. Every team has a "
                               "part to play: talk to your manager about the actions that touch "
                               "your work.", body))  # fmt: skip
        story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Dates for your diary", h2))
    for when, what in f["diary"]:
        story.append(Paragraph(f"<b>{_long_date(date.fromisoformat(when))}</b><br/>"
                               f"{escape(what)}", body))  # fmt: skip
    story.append(FrameBreak())
    # panel 6 (the back cover)
    slug = p.authority.lower().replace(" ", "").replace("'", "")
    story += [
        Spacer(1, 30 * mm),
        Paragraph("Questions or ideas?", h2),
        Paragraph(f"Contact {escape(f['contact'])}, Improvement Programme Lead, on 01632 "
                  f"960{p.seed_rng % 1000:03d} or at improvement@{slug}.gov.uk.", body),
        Spacer(1, 4 * mm),
        Paragraph("You can read the full improvement plan and the Ofsted report on the staff "
                  "intranet.", body),
        Spacer(1, 50 * mm),
        Paragraph(f"Edition {f['edition']}. Published {_long_date(p.issued)}. Next edition "
                  f"{calendar.month_name[nxt.month]} {nxt.year}.", small),
        FrameBreak(),
    ]  # fmt: skip
    # panel 1 (the front cover)
    key = " ".join(f"<font color='{DOT[rag]}'>\u25a0</font> {escape(word)}&nbsp;&nbsp;"
                   for word, rag in H33_STATUS["leaflet"])  # fmt: skip
    story += [
        Spacer(1, 22 * mm),
        Paragraph(escape(p.title), cover),
        Paragraph(f"<b>{escape(p.authority)} Children's Services</b>", body),
        Paragraph("Our improvement plan: a guide for staff", body),
        Spacer(1, 8 * mm),
        Paragraph(f"Ofsted inspected our services for children in "
                  f"{calendar.month_name[visited.month]} {visited.year}. They asked us to "
                  f"improve {len(p.recs)} things. Inside you will find what we are doing about "
                  "each of them, who is leading the work and when it will be done.", body),
        Spacer(1, 6 * mm),
        Paragraph(f"<b>Key</b><br/>{key}", small),
        NextPageTemplate("inside"),
        PageBreak(),
    ]  # fmt: skip
    # panels 2-4 (the inside sheet)
    for num, text in p.recs:
        bar = Table([[Paragraph(escape(p.rec_label.format(n=num)), band)]],
                    colWidths=[pw - 2 * pad])  # fmt: skip
        bar.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), teal),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]))  # fmt: skip
        blocks: list[Any] = [bar, Paragraph(escape(text), rect)]
        first = True
        for a in p.per_rec(num):
            part: list[Any] = [
                Paragraph(f"<b>{escape(a.ref)}</b>&nbsp;&nbsp;{escape(a.text)}", act),
                Paragraph(f"<b>{escape(h['owner'])}:</b> {escape(a.owner)}", small),
                Paragraph(f"<b>{escape(h['due'])}:</b> {escape(a.due_raw)}", small),
                Spacer(1, 1.2 * mm),
                status_chip(a.rag, a.status or ""),
            ]
            if a.progress:
                part.append(Paragraph(f"<i><b>{escape(h['progress'])}:</b> "
                                      f"{escape(a.progress)}</i>", prog))  # fmt: skip
            part.append(Spacer(1, 3 * mm))
            if first:
                story.append(KeepTogether(blocks + part))
                first = False
            else:
                story.append(KeepTogether(part))
        story.append(Spacer(1, 2 * mm))

    pdf = folder / f"{p.name}.pdf"
    doc = BaseDocTemplate(str(pdf), pagesize=size, leftMargin=0, rightMargin=0, topMargin=0,
                          bottomMargin=0, title=p.title)  # fmt: skip
    doc.addPageTemplates([
        PageTemplate("outside", [frame(0, "p5"), frame(1, "p6"), frame(2, "p1")],
                     onPage=outside_bg),
        PageTemplate("inside", [frame(0, "p2"), frame(1, "p3"), frame(2, "p4")], onPage=folds),
    ])  # fmt: skip
    doc.build(story)
    if doc.page != 2:
        raise RuntimeError(f"{p.name}: the leaflet ran to {doc.page} pages")
    return pdf


# ---- Word: a working copy whose status is the highlighter colour ------------------------------

HL = {"green": WD_COLOR_INDEX.BRIGHT_GREEN, "amber": WD_COLOR_INDEX.YELLOW,
      "red": WD_COLOR_INDEX.RED, "blue": WD_COLOR_INDEX.TURQUOISE}  # fmt: skip


def _working_copy(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extra: dict[str, tuple[str, str]] = f.get("extra", {})
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(2.0))
    sec.header.paragraphs[0].text = f"WORKING COPY v{f['version']} - not for publication"
    sec.footer.paragraphs[0].text = f"{p.authority} Children's Services"
    doc.add_heading(p.title, 1)
    meta = doc.add_paragraph()
    meta.add_run(f"Version {f['version']}, last updated {_long_date(p.issued)} by "
                 f"{f['editor']}.").italic = True  # fmt: skip
    doc.add_paragraph(f"Changes since the last version: wording of two actions revised after "
                      f"comments from {f['changes'][0]} and {f['changes'][1]}; dates checked "
                      "with action leads.")  # fmt: skip
    key = doc.add_paragraph()
    key.add_run("Key: ").bold = True
    for rag, meaning in HIGHLIGHT_KEY:
        if rag:
            key.add_run(meaning).font.highlight_color = HL[rag]
            key.add_run("   ")
        else:
            key.add_run(f"no highlight = {meaning}")
    doc.add_paragraph(
        "Each action's text is highlighted by its current status. Leads: please send changes to "
        "the Improvement Programme Office, not edit this copy directly."
    )
    for num, text in p.recs:
        doc.add_heading(p.rec_label.format(n=num), 2)
        rp = doc.add_paragraph()
        rp.add_run(text).bold = True
        rp.paragraph_format.keep_with_next = True
        for a in p.per_rec(num):
            ap = doc.add_paragraph()
            ap.paragraph_format.left_indent = Cm(1.0)
            ap.paragraph_format.first_line_indent = Cm(-1.0)
            ap.paragraph_format.keep_with_next = True
            ap.paragraph_format.space_after = Pt(1)
            ap.add_run(f"{a.ref}\t")
            run = ap.add_run(a.text)
            if a.rag:
                run.font.highlight_color = HL[a.rag]
            if a.ref in extra:
                initials, note = extra[a.ref]
                nr = ap.add_run(f" [{initials}: {note}]")
                nr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                nr.italic = True
            mp = doc.add_paragraph()
            mp.paragraph_format.left_indent = Cm(1.0)
            mp.paragraph_format.space_after = Pt(1 if a.progress else 6)
            if a.progress:
                mp.paragraph_format.keep_with_next = True
            mp.add_run(f"{h['owner']}: ").bold = True
            mp.add_run(a.owner)
            mp.add_run("\t")
            mp.add_run(f"{h['due']}: ").bold = True
            mp.add_run(a.due_raw)
            mp.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
            if a.progress:
                pp = doc.add_paragraph()
                pp.paragraph_format.left_indent = Cm(1.0)
                pp.paragraph_format.space_after = Pt(6)
                pp.add_run(f"{h['progress']}: ").bold = True
                pp.add_run(a.progress)
    if p.kpis:
        doc.add_heading("How we will measure impact", 2)
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(17.0 - 3 * 2.8 if j == 0 else 2.8)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "E7E6E6")
        for kr, kk in enumerate(p.kpis, start=1):
            _keep_row(t4.rows[kr])
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a performance system's field-value export -----------------------------------------


def _export(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    extra: dict[str, tuple[str, str]] = f["extra"]
    changers: list[str] = f["changers"]
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "Export"
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    widths = (11, 13, 11, 22, 70, 13, 17)
    for j, wdt in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[j]].width = wdt
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=12)
    ws.cell(2, 1, f"Run {_long_date(p.issued)} by {f['run_by']}. Filter: Plan = Children's "
                  "Services Improvement Plan; Record status = All").font = Font(
        name=font, italic=True, size=8)  # fmt: skip
    heads = ("Record ID", "Record type", "Parent ID", "Field", "Value", "Last changed",
             "Changed by")  # fmt: skip
    row = 4
    for j, text in enumerate(heads, start=1):
        c = ws.cell(row, j, text)
        c.font = Font(name=font, bold=True, size=9)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = box
    ws.print_title_rows = f"{row}:{row}"
    row += 1
    issued = p.issued

    def put(rid: str, rtype: str, parent: str, field: str, value: Any, changed: date,
            who: str, fmt: str | None = None) -> None:  # fmt: skip
        nonlocal row
        vals = (rid, rtype, parent, field, value, changed, who)
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row, j, v)
            c.font = Font(name=font, size=9)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row, 6).number_format = "DD/MM/YYYY"
        if fmt:
            ws.cell(row, 5).number_format = fmt
            ws.cell(row, 5).alignment = Alignment(horizontal="left", vertical="top")
        else:
            ws.cell(row, 5).number_format = "@"
        n = max(1, ceil(len(str(value)) / 100)) if isinstance(value, str) else 1
        ws.row_dimensions[row].height = 12.5 * n + 2
        row += 1

    rec_ids = {num: f"REC-{i:03d}" for (num, _), i in zip(p.recs, f["rec_ids"], strict=True)}
    visited = p.start - timedelta(days=20)
    for k, (num, text) in enumerate(p.recs):
        rid = rec_ids[num]
        when = issued - timedelta(days=120 + 3 * k)
        who = changers[k % len(changers)]
        put(rid, "Recommendation", "", "Recommendation no.", num, when, who)
        put(rid, "Recommendation", "", "Recommendation text", text, when, who)
        put(rid, "Recommendation", "", "Source", f"Ofsted inspection, "
            f"{calendar.month_name[visited.month]} {visited.year}", when, who)  # fmt: skip
    aid = f["first_id"]
    for i, a in enumerate(p.actions):
        rid = f"ACT-{aid + i}"
        pct, changed_iso = extra[a.ref]
        ch = date.fromisoformat(changed_iso)
        who = changers[(i + 1) % len(changers)]
        par = rec_ids[a.recs[0]]
        put(rid, "Action", par, h["ref"], a.ref, ch, who)
        put(rid, "Action", par, h["action"], a.text, ch, who)
        put(rid, "Action", par, h["owner"], a.owner, ch, who)
        assert a.due_date is not None
        put(rid, "Action", par, h["due"], a.due_date, ch, who, "DD-MMM-YYYY")
        put(rid, "Action", par, h["rag"], a.status or "", ch, who)
        put(rid, "Action", par, "Percent complete", pct, ch, who)
        put(rid, "Action", par, "Record status", "Closed" if a.rag == "blue" else "Open", ch, who)
        if any(x.progress for x in p.actions):
            put(rid, "Action", par, h["progress"], a.progress or "", ch, who)
    for j, kp in enumerate(p.kpis):
        rid = f"PI-{(aid * 7 + j) % 900 + 100}"
        when = issued - timedelta(days=10 + j)
        who = changers[j % len(changers)]
        for c in KCOLS:
            put(rid, "Measure", "", h[c], _kpi_cell(kp, c), when, who)
        put(rid, "Measure", "", "Polarity", "Higher is better" if j % 2 else "Lower is better",
            when, who)  # fmt: skip
    ws.print_area = f"A1:G{row}"
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a planner's month calendar ----------------------------------------------------------

BUCKET = (("#7E57C2", "#EDE7F6"), ("#0288D1", "#E1F5FE"), ("#F4511E", "#FBE9E7"),
          ("#43A047", "#E8F5E9"), ("#C2185B", "#FCE4EC"), ("#6D4C41", "#EFEBE9"))  # fmt: skip


def _initials(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words[:2])


def _calendar(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    colours: list[int] = f["colours"]
    bucket = {num: BUCKET[colours[i]] for i, (num, _) in enumerate(p.recs)}
    events: dict[date, list[str]] = {}
    for when, what in f["events"]:
        events.setdefault(date.fromisoformat(when), []).append(what)
    css = (
        "@page { size: A4 landscape; margin: 9mm; }"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 8pt; color: #212121; margin: 0; }}"
        "h1 { font-size: 15pt; margin: 0 0 2px 0; }"
        ".meta { color: #616161; margin-bottom: 6px; }"
        ".legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 4px 0 8px 0; }"
        ".legend div { flex: 0 0 48%; display: flex; gap: 6px; }"
        ".sw { flex: 0 0 11px; height: 11px; border-radius: 2px; margin-top: 1px; }"
        ".month { break-inside: avoid; margin-bottom: 10px; }"
        ".month h2 { font-size: 12pt; margin: 6px 0 3px 0; }"
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        "th { font-size: 7.5pt; color: #616161; font-weight: normal; text-align: left;"
        " padding: 2px 4px; border-bottom: 1px solid #BDBDBD; }"
        "td { border: 1px solid #E0E0E0; vertical-align: top; height: 40px; padding: 2px 3px; }"
        "td.off { background: #FAFAFA; }"
        "td.today { border: 2px solid #1976D2; }"
        ".day { color: #757575; font-size: 7.5pt; margin-bottom: 2px; }"
        ".chip { border-left: 4px solid; border-radius: 3px; padding: 2px 4px; margin: 2px 0;"
        " font-size: 7pt; line-height: 1.25; break-inside: avoid; }"
        ".ev { background: #EEEEEE; color: #616161; font-style: italic; border-radius: 3px;"
        " padding: 1px 4px; margin: 2px 0; font-size: 7pt; }"
        ".who { display: flex; align-items: center; gap: 3px; margin-top: 2px; color: #424242; }"
        ".av { flex: 0 0 14px; height: 14px; border-radius: 7px; background: #546E7A;"
        " color: white; font-size: 5.5pt; text-align: center; line-height: 14px; }"
        ".lab { display: inline-block; border-radius: 7px; padding: 0 5px; margin-top: 2px;"
        " font-size: 6.5pt; font-weight: bold; color: white; }"
        ".notes td, .kpi td { height: auto; padding: 3px 5px; }"
        ".notes th, .kpi th { font-weight: bold; color: #212121; }"
    )
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<h1>{escape(p.title)}</h1>",
        f"<div class='meta'>Schedule view &middot; Month &middot; printed {_long_date(p.issued)} "
        f"by {escape(f['printed_by'])}</div>",
        "<div class='legend'>",
    ]  # fmt: skip
    for num, text in p.recs:
        edge, _ = bucket[num]
        out.append(f"<div><span class='sw' style='background:{edge}'></span><span><b>"
                   f"{escape(p.rec_label.format(n=num))}</b> &middot; {escape(text)}</span>"
                   "</div>")  # fmt: skip
    out.append("</div><div class='meta'>" + escape(h["rag"]) + ": " + " ".join(
        f"<span class='lab' style='background:{DOT[rag]}'>{escape(word)}</span>"
        for word, rag in H33_STATUS["calendar"] if word) + "</div>")  # fmt: skip
    months = sorted({(a.due_date.year, a.due_date.month) for a in p.actions if a.due_date})
    cal = calendar.Calendar(firstweekday=0)
    for y, m in months:
        out.append(f"<div class='month'><h2>{calendar.month_name[m]} {y}</h2><table><thead><tr>"
                   + "".join(f"<th>{d}</th>" for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
                                                       "Sun"))
                   + "</tr></thead><tbody>")  # fmt: skip
        for week in cal.monthdatescalendar(y, m):
            out.append("<tr>")
            for d in week:
                if d.month != m:
                    out.append("<td class='off'></td>")
                    continue
                cls = " class='today'" if d == p.issued else ""
                cell = [f"<td{cls}><div class='day'>{d.day}</div>"]
                for ev in events.get(d, []):
                    cell.append(f"<div class='ev'>{escape(ev)}</div>")
                for a in p.actions:
                    if a.due_date != d:
                        continue
                    edge, fill = bucket[a.recs[0]]
                    lab = (f"<span class='lab' style='background:{DOT[a.rag]}'>"
                           f"{escape(a.status)}</span>" if a.status else "")  # fmt: skip
                    cell.append(f"<div class='chip' style='border-color:{edge};background:{fill}'>"
                                f"<b>{escape(a.ref)}</b> {escape(a.text)}<div class='who'>"
                                f"<span class='av'>{escape(_initials(a.owner))}</span>"
                                f"<span>{escape(a.owner)}</span></div>{lab}</div>")  # fmt: skip
                cell.append("</td>")
                out.append("".join(cell))
            out.append("</tr>")
        out.append("</tbody></table></div>")
    noted = [a for a in p.actions if a.progress]
    if noted:
        out.append(f"<div class='month'><h2>{escape(h['progress'])}</h2><table class='notes'>"
                   f"<colgroup><col style='width:12%'><col></colgroup><thead><tr><th>"
                   f"{escape(h['action'])}</th><th>{escape(h['progress'])}</th></tr></thead>"
                   "<tbody>")  # fmt: skip
        for a in noted:
            out.append(f"<tr><td>{escape(a.ref)}</td><td>{escape(a.progress or '')}</td></tr>")
        out.append("</tbody></table></div>")
    if p.kpis:
        out.append("<div class='month'><h2>Goal metrics</h2><table class='kpi'><colgroup>"
                   "<col style='width:52%'><col><col><col></colgroup><thead><tr>"
                   + "".join(f"<th>{escape(h[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table></div>")
    out.append("</body></html>")
    return "".join(out)
