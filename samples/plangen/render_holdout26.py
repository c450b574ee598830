"""Producers of the holdout26 split (BLIND: fixers never read this): a highlight report whose
status is a grid of coloured tiles in ReportLab, a SharePoint list view in HTML printed by
Chromium, a Word logic-model plan and an Excel RAID log, both printed by LibreOffice; each drawn
straight from a holdout8.H8Plan built by holdout26."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _repeat_header, _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_HEX = {"green": "#2E7D32", "amber": "#E08E00", "red": "#C62828", "blue": "#1565C0",
           None: "#8A8A8A"}  # fmt: skip
FILL_HEX = {"green": "C6EFCE", "amber": "FFE699", "red": "F8B4B4", "blue": "BDD7EE"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout26", html=_splist,
                reportlab=_tiles, docx=_logic, xlsx=_raid)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _with_update(p: H8Plan) -> bool:
    return any(a.progress for a in p.actions)


# ---- ReportLab: a highlight report, status only in a grid of coloured tiles --------------------


def _tiles(p: H8Plan, folder: Path) -> Path:
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
    teal = colors.HexColor("#004D5A")
    body = ParagraphStyle("b", fontName=base, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=cell, fontName=bold, textColor=colors.white)
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, textColor=teal)
    sub = ParagraphStyle("s", fontName=bold, fontSize=12, leading=15, textColor=teal,
                         spaceBefore=4, spaceAfter=4)  # fmt: skip
    per_row = int(p.features["tiles_per_row"])
    label_w = 34 * mm
    tile_w = (width - label_w) / per_row - 2

    class Tile(Flowable):  # type: ignore[misc]
        """An action's number over its status word, white on a rounded tile of its colour."""

        def __init__(self, ref: str, status: str, rag: str | None) -> None:
            super().__init__()
            self.ref, self.status, self.rag = ref, status, rag

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return tile_w, 30

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(colors.HexColor(RAG_HEX[self.rag]))
            c.roundRect(0, 0, tile_w - 2, 30, 4, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString((tile_w - 2) / 2, 17, self.ref)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString((tile_w - 2) / 2, 6, self.status)

    story: list[Any] = [
        Paragraph(escape(p.title), title),
        Paragraph(f"{escape(p.authority)} Council &middot; report to the Improvement Board "
                  f"&middot; period ending {escape(_long_date(p.issued))}", body),
        Spacer(1, 4 * mm),
        Paragraph("1. Delivery at a glance", sub),
        Paragraph("Each tile is one action of the plan, by its number; its colour and the word "
                  "beneath give the status agreed by the action's lead this period. The "
                  "actions themselves are set out in section 2.", body),
        Spacer(1, 3 * mm),
    ]  # fmt: skip
    grid: list[list[Any]] = []
    gcmds: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                                     ("TOPPADDING", (0, 0), (-1, -1), 2),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]  # fmt: skip
    for num, _text in p.recs:
        acts = p.per_rec(num)
        for start in range(0, len(acts), per_row):
            chunk = acts[start : start + per_row]
            lab: Any = Paragraph(f"<b>{escape(_label(p, num))}</b>", cell) if start == 0 else ""
            row = [lab] + [Tile(a.ref, a.status or "", a.rag) for a in chunk]
            row += [""] * (per_row - len(chunk))
            grid.append(row)
        gcmds.append(("LINEBELOW", (0, len(grid) - 1), (-1, len(grid) - 1), 0.3,
                      colors.HexColor("#C9D1DA")))  # fmt: skip
    story.append(Table(grid, colWidths=[label_w] + [tile_w + 2] * per_row, hAlign="LEFT",
                       style=TableStyle(gcmds)))  # fmt: skip
    key = " &nbsp; ".join(
        f"<font color='{RAG_HEX[r]}'>&#9632;</font> {w}" for w, r in
        (("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
         ("Completed", "blue"), ("Not yet started", None)))  # fmt: skip
    story += [Spacer(1, 2 * mm), Paragraph(f"<b>Key:</b> {key}", cell)]
    if p.kpis:
        story += [Spacer(1, 5 * mm), Paragraph("Performance this period", sub)]
        krows = [[Paragraph(escape(h[c]), head) for c in KCOLS]]
        krows += [[Paragraph(escape(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kw = 28 * mm
        story.append(Table(krows, colWidths=[width - 3 * kw, kw, kw, kw], repeatRows=1,
                           style=TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal),
                                             ("GRID", (0, 0), (-1, -1), 0.4,
                                              colors.HexColor("#9AA7B5")),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP")])))  # fmt: skip
    story += [PageBreak(), Paragraph("2. Action register", sub)]
    cols = ["ref", "action", "owner", "due"] + (["progress"] if _with_update(p) else [])
    rel = {"ref": 1.0, "action": 4.4, "owner": 2.2, "due": 1.7, "progress": 3.6}
    tot = sum(rel[c] for c in cols)
    widths = [width * rel[c] / tot for c in cols]
    by_banner = p.features["register_by"] == "banner"
    rows: list[list[Any]] = []
    cmds: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA7B5")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip

    def header() -> None:
        rows.append([Paragraph(escape(h[c]), head) for c in cols])
        cmds.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), teal))

    if by_banner:
        header()
    for num, text in p.recs:
        if by_banner:
            rows.append([Paragraph(f"<b>{escape(_label(p, num))}:</b> {escape(text)}", cell)]
                        + [""] * (len(cols) - 1))  # fmt: skip
            r = len(rows) - 1
            cmds += [("SPAN", (0, r), (-1, r)),
                     ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#DCEFF1"))]  # fmt: skip
        else:
            if rows:
                t = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(cmds))
                story += [t, Spacer(1, 4 * mm)]
                rows, cmds = [], [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA7B5")),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
            story.append(Paragraph(f"{escape(_label(p, num))}: {escape(text)}", ParagraphStyle(
                "rh", parent=body, fontName=bold, spaceBefore=4, spaceAfter=3)))  # fmt: skip
            header()
        for a in p.per_rec(num):
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "progress": a.progress or ""}  # fmt: skip
            rows.append([Paragraph(escape(vals[c]), cell) for c in cols])
    story.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(cmds)))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base, 7.5)
        canvas.setFillColor(colors.HexColor("#707070"))
        canvas.drawString(margin, 8 * mm, "Highlight report - OFFICIAL SENSITIVE")
        canvas.drawRightString(W - margin, 8 * mm, f"{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=14 * mm, bottomMargin=15 * mm, title=p.title)  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---- Word: an outcomes (logic-model) plan, KPIs named in the action rows --------------------


def _logic(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    doc = Document()
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(9.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(1.8))
    avail = (29.7 if p.landscape else 21.0) - 3.6
    sec.footer.paragraphs[0].text = f"{p.authority} Council - outcomes framework"
    doc.add_heading(p.title, 1)
    doc.add_paragraph(f"Refreshed {_long_date(p.issued)}")
    doc.add_paragraph(
        "This plan is built as a logic model. For each outcome we want for children, it sets "
        "out the activity that will get us there, who leads it, the timescale, and how we will "
        "know it has made a difference. Where an action is measured by one of our key "
        "performance indicators, the indicator is named; its figures are in the measures table "
        "at the end."
    )
    cols = ["ref", "action", "owner", "due", "know", "rag"]
    if _with_update(p):
        cols.append("progress")
    rel = {"ref": 1.4, "action": 5.2, "owner": 2.8, "due": 2.4, "know": 3.6, "rag": 1.6,
           "progress": 4.2}  # fmt: skip
    tot = sum(rel[c] for c in cols)
    know: dict[str, str] = p.features["know"]  # type: ignore[assignment]
    for num, text in p.recs:
        doc.add_heading(_label(p, num), 2)
        box = doc.add_table(rows=1, cols=1)
        if p.features["rec_box"] == "boxed":
            box.style = doc.styles["Table Grid"]
        else:
            _shade(box.cell(0, 0), "E2EFDA")
        bp = box.cell(0, 0).paragraphs[0]
        bp.add_run("Ofsted recommendation: ").bold = True
        bp.add_run(text)
        doc.add_paragraph()
        table = doc.add_table(rows=1, cols=len(cols))
        table.style = doc.styles["Table Grid"]
        table.autofit = False
        hdr = table.rows[0]
        _repeat_header(hdr)
        for j, c in enumerate(cols):
            table.columns[j].width = Cm(avail * rel[c] / tot)
            hdr.cells[j].width = Cm(avail * rel[c] / tot)
            run = hdr.cells[j].paragraphs[0].add_run(h[c])
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _shade(hdr.cells[j], "375623")
        for a in p.per_rec(num):
            row = table.add_row()
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                    "know": know.get(a.ref, ""), "rag": a.status or "",
                    "progress": a.progress or ""}  # fmt: skip
            for j, c in enumerate(cols):
                row.cells[j].width = Cm(avail * rel[c] / tot)
                r = row.cells[j].paragraphs[0].add_run(vals[c])
                if c == "rag":
                    r.bold = True
                    if a.rag in FILL_HEX:
                        _shade(row.cells[j], FILL_HEX[a.rag])
    if p.kpis:
        doc.add_heading("Measures", 2)
        doc.add_paragraph("The indicators named in the plan above:")
        t4 = doc.add_table(rows=1 + len(p.kpis), cols=4)
        t4.style = doc.styles["Table Grid"]
        t4.autofit = False
        for j, col in enumerate(KCOLS):
            wd = Cm(avail - 3 * 3.0 if j == 0 else 3.0)
            t4.columns[j].width = wd
            for cl in t4.columns[j].cells:
                cl.width = wd
            t4.cell(0, j).paragraphs[0].add_run(h[col]).bold = True
            _shade(t4.cell(0, j), "E2EFDA")
        for kr, kk in enumerate(p.kpis, start=1):
            for j, col in enumerate(KCOLS):
                t4.cell(kr, j).paragraphs[0].add_run(_kpi_cell(kk, col))
    doc.add_paragraph()
    doc.add_paragraph("RAG key: G on track, A some risk to delivery, R off track, B complete, "
                      "NS not started.")  # fmt: skip
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a RAID log, actions among risks, issues and decisions ------------------------------


def _raid(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="3A3A6E")
    ws0 = wb.active
    ws0.title = "Recommendations"
    _xl_setup(ws0, True)
    ws0.column_dimensions["A"].width = 10
    ws0.column_dimensions["B"].width = 120
    ws0.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws0.cell(2, 1, "Ofsted recommendations (ILACS)").font = Font(name=font, bold=True, size=11)
    for j, word in enumerate(("Rec", "Recommendation"), start=1):
        c = ws0.cell(4, j, word)
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
    for i, (num, text) in enumerate(p.recs, start=5):
        for j, v in enumerate((_label(p, num), text), start=1):
            c = ws0.cell(i, j, v)
            c.font = Font(name=font, size=9)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws0.row_dimensions[i].height = 26 if len(text) > 130 else 14
    ws0.print_area = f"A1:B{4 + len(p.recs)}"
    ws = wb.create_sheet("RAID log")
    _xl_setup(ws, True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    cols = ["ref", "type", "action", "rec", "owner", "raised", "due", "rag"]
    if _with_update(p):
        cols.append("progress")
    words = {**h, "type": "Type", "rec": "Linked rec", "raised": "Date raised"}
    widths = {"ref": 7.0, "type": 9.0, "action": 50.0, "rec": 10.0, "owner": 24.0,
              "raised": 11.0, "due": 11.0, "rag": 11.0, "progress": 42.0}  # fmt: skip
    letters = "ABCDEFGHI"
    for j, cn in enumerate(cols):
        ws.column_dimensions[letters[j]].width = widths[cn]
    ws.cell(1, 1, f"{p.title}").font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Risks, actions, issues and decisions - as at {_long_date(p.issued)}").font = \
        Font(name=font, size=9, italic=True)  # fmt: skip
    row = 4
    for j, cn in enumerate(cols, start=1):
        c = ws.cell(row, j, words[cn])
        c.font = Font(name=font, bold=True, size=9, color="FFFFFF")
        c.fill = hfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.print_title_rows = f"{row}:{row}"
    raised: dict[str, int] = p.features["raised"]  # type: ignore[assignment]
    entries: list[dict[str, Any]] = []
    for a in p.actions:
        entries.append({"ref": a.ref, "type": "Action", "action": a.text,
                        "rec": _label(p, a.recs[0]), "owner": a.owner, "due": a,
                        "rag": a.status or "", "progress": a.progress or "", "fill": a.rag})  # fmt: skip
    for ref, kind, text, rnum, owner, st in p.features["others"]:  # type: ignore[attr-defined]
        entries.append({"ref": ref, "type": kind, "action": text, "rec": _label(p, rnum),
                        "owner": owner, "due": None, "rag": st, "progress": "", "fill": None})  # fmt: skip
    if p.features["sort"] == "raised":
        entries.sort(key=lambda e: (raised[e["ref"]], e["ref"]))
    else:
        order = {"Risk": 0, "Action": 1, "Issue": 2, "Decision": 3}
        entries.sort(key=lambda e: (order[e["type"]], e["ref"]))
    row += 1
    for e in entries:
        vals = dict(e)
        d0 = p.issued.toordinal() - 240 + raised[e["ref"]]
        vals["raised"] = datetime.fromordinal(min(d0, p.issued.toordinal()))
        a = e["due"]
        if a is not None:
            assert a.due_date is not None
            vals["due"] = datetime(a.due_date.year, a.due_date.month, a.due_date.day)
        else:
            vals["due"] = ""
        for j, cn in enumerate(cols, start=1):
            c = ws.cell(row, j, vals[cn])
            c.font = Font(name=font, size=9)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if cn in ("ref", "rag", "due",
                                                                  "raised") else None)  # fmt: skip
            if cn == "raised":
                c.number_format = "dd/mm/yyyy"
            if cn == "due" and vals["due"] != "":
                c.number_format = "mmm-yy" if p.features["date_form"] == "mmmyy" else "d-mmm-yy"
            if cn == "rag" and e["fill"] in FILL_HEX:
                c.fill = PatternFill("solid", fgColor=FILL_HEX[e["fill"]])
        longest = max(len(e["action"]) / 44, len(e["progress"]) / 36, len(e["owner"]) / 20, 1)
        ws.row_dimensions[row].height = 13 * (int(longest) + 1) + 3
        row += 1
    ws.print_area = f"A1:{letters[len(cols) - 1]}{row - 1}"
    if p.kpis:
        wk = wb.create_sheet("Measures")
        _xl_setup(wk, True)
        wk.cell(1, 1, "Programme measures").font = Font(name=font, bold=True, size=12)
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


# ---- HTML: a SharePoint / Microsoft Lists view grouped by recommendation -------------------------

PILL = {"green": ("#DFF6DD", "#107C10"), "amber": ("#FFF4CE", "#8A5A00"),
        "red": ("#FDE7E9", "#A4262C"), "blue": ("#DEECF9", "#0F548C"),
        None: ("#EDEBE9", "#484644")}  # fmt: skip
AVATAR = ("#C239B3", "#0078D4", "#498205", "#CA5010", "#8764B8", "#038387")


def _initials(name: str) -> str:
    parts = [w for w in name.replace(".", "").split() if w[:1].isupper()]
    return "".join(w[0] for w in parts[:1] + parts[-1:]) if parts else "?"


def _splist(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    accent = p.features["accent"]
    page = "A4 landscape" if p.landscape else "A4"
    prog = _with_update(p)
    css = (
        f"@page {{ size: {page}; margin: 10mm; }}"
        "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
        f"body {{ font-family: {font}; font-size: 9pt; color: #323130; margin: 0; }}"
        ".bar { display: flex; align-items: center; gap: 12px; border-bottom: 1px solid #EDEBE9;"
        " padding: 4px 0 8px; }"
        f".site {{ background: {accent}; color: #fff; font-weight: 700; width: 28px; height: 28px;"
        " border-radius: 4px; display: flex; align-items: center; justify-content: center; }"
        ".bar h1 { font-size: 15pt; font-weight: 600; margin: 0; }"
        ".cmd { color: #605E5C; font-size: 8.5pt; padding: 6px 0; }"
        "table { border-collapse: collapse; width: 100%; table-layout: fixed; }"
        "th { text-align: left; font-weight: 600; color: #605E5C; font-size: 8.5pt;"
        " border-bottom: 1px solid #EDEBE9; padding: 6px 6px; }"
        "td { border-bottom: 1px solid #F3F2F1; padding: 6px 6px; vertical-align: top; }"
        "tr.grp td { background: #FAF9F8; font-weight: 600; padding-top: 10px; }"
        "tr.grp .caret { color: #605E5C; margin-right: 6px; }"
        "tr.grp .count { color: #605E5C; font-weight: 400; }"
        ".av { display: inline-block; width: 20px; height: 20px; border-radius: 50%;"
        " color: #fff; font-size: 7pt; text-align: center; line-height: 20px;"
        " margin-right: 5px; vertical-align: middle; }"
        ".pill { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 8pt; }"
        "tr { break-inside: avoid; }"
        ".foot { color: #605E5C; font-size: 7.5pt; margin-top: 8px; }"
        "h2 { font-size: 11pt; font-weight: 600; margin: 16px 0 6px; }"
    )
    widths = ["6%", "36%", "18%", "11%", "11%"] + (["18%"] if prog else [])
    if not prog:
        widths[1] = "54%"
    heads = ["ID", "Title", "Assigned to", "Due date", "Status"] + (
        ["Latest update"] if prog else []
    )
    colour = {name: AVATAR[i % len(AVATAR)] for i, name in
              enumerate(p.features["leads"])}  # type: ignore[arg-type]  # fmt: skip
    out = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>",
        f"<div class='bar'><div class='site'>{escape(p.authority[:1])}</div><div>"
        f"<div style='font-size:8pt;color:#605E5C'>{escape(p.authority)} Children's "
        f"Improvement</div><h1>{escape(p.title)}</h1></div></div>",
        "<div class='cmd'>+ New &nbsp;&nbsp; Edit in grid view &nbsp;&nbsp; Share &nbsp;&nbsp; "
        "Export &nbsp;&nbsp;|&nbsp;&nbsp; All items grouped by Recommendation</div>",
        "<table><colgroup>"
        + "".join(f"<col style='width:{w}'>" for w in widths)
        + "</colgroup><thead><tr>"
        + "".join(f"<th>{w}</th>" for w in heads)
        + "</tr></thead><tbody>",
    ]
    for num, text in p.recs:
        acts = p.per_rec(num)
        out.append(f"<tr class='grp'><td colspan='{len(heads)}'><span class='caret'>&#8964;"
                   f"</span>Recommendation : {escape(_label(p, num))}. {escape(text)} "
                   f"<span class='count'>({len(acts)})</span></td></tr>")  # fmt: skip
        for a in acts:
            bg, fg = PILL[a.rag]
            cells = [
                escape(a.ref), escape(a.text),
                f"<span class='av' style='background:{colour.get(a.owner, AVATAR[0])}'>"
                f"{escape(_initials(a.owner))}</span>{escape(a.owner)}",
                escape(a.due_raw),
                f"<span class='pill' style='background:{bg};color:{fg}'>{escape(a.status or '')}"
                "</span>",
            ] + ([escape(a.progress or "")] if prog else [])  # fmt: skip
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    if p.kpis:
        out.append("<h2>Scorecard</h2><table><thead><tr>"
                   + "".join(f"<th>{escape(p.headers[c])}</th>" for c in KCOLS)
                   + "</tr></thead><tbody>")  # fmt: skip
        for k in p.kpis:
            out.append("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>")  # fmt: skip
        out.append("</tbody></table>")
    out.append(f"<div class='foot'>Printed {escape(_long_date(p.issued))} from the improvement "
               "programme site. Items shown: all.</div></body></html>")  # fmt: skip
    return "".join(out)
