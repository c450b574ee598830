"""Producers of the holdout60 split (BLIND: fixers never read this): a fillable PDF form in
ReportLab (its values in AcroForm fields); a Word plan whose tables are linked by captions printed
below them and an Excel export whose dates are raw serial numbers or time stamps, both printed by
LibreOffice; and a CSS grid whose source order differs from its order on the page in HTML
printed by Chromium; each drawn straight from a holdout8.H8Plan built by holdout60."""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout60 import H60_STATUS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_INK = {"green": "#2E7D32", "amber": "#B26A00", "red": "#C62828", "blue": "#1565C0",
           None: "#616161"}  # fmt: skip
RAG_TINT = {"green": "#E8F5E9", "amber": "#FFF3E0", "red": "#FFEBEE", "blue": "#E3F2FD",
            None: "#F5F5F5"}  # fmt: skip
MEANING = {"green": "on track", "amber": "some slippage, recoverable", "red": "off track",
           "blue": "complete", None: "not started"}  # fmt: skip


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout60", html=_reorder,
                reportlab=_form, docx=_captions, xlsx=_serials)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _words(layout: str) -> str:
    return "; ".join(w for w, _ in H60_STATUS[layout])


# ---- ReportLab: a fillable form whose values are AcroForm fields ---------------------------------------


def _form(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    italic = "Times-Italic" if p.font == "serif" else "Helvetica-Oblique"
    W, H = A4
    m = 16 * mm
    bw = W - 2 * m
    navy = colors.HexColor("#1A3A5C")
    label_ink = colors.HexColor("#4A5A6A")
    field_fill = colors.HexColor("#EEF3FA")
    field_line = colors.HexColor("#8FA6C0")
    fs = 8.8  # field font size
    lead = 10.6
    path = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(f"{p.authority} Council - {p.title}")
    state = {"y": H - m, "page": 1, "n": 0}

    def footer() -> None:
        c.setFont(base, 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(m, 9 * mm, f"Form {f['form_code']} - {p.authority} Council - {p.title}")
        c.drawRightString(W - m, 9 * mm, f"Page {state['page']}")
        c.setFillColor(colors.black)

    def new_page() -> None:
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = H - m

    def need(height: float) -> None:
        if state["y"] - height < 16 * mm:
            new_page()

    def field(value: str, x: float, y: float, w: float, hgt: float, multi: bool = False) -> None:
        state["n"] += 1
        kw: dict[str, Any] = {"fieldFlags": "multiline"} if multi else {}
        c.acroForm.textfield(name=f"f{state['n']:03d}", value=value, x=x, y=y, width=w,
                             height=hgt, fontName=base, fontSize=fs, borderWidth=0.6,
                             borderColor=field_line, fillColor=field_fill,
                             textColor=colors.black, forceBorder=True, **kw)  # fmt: skip

    def label(text: str, x: float, y: float) -> None:
        c.setFont(bold, 7.4)
        c.setFillColor(label_ink)
        c.drawString(x, y, text)
        c.setFillColor(colors.black)

    def wrap(text: str, w: float) -> list[str]:
        return simpleSplit(text, base, fs, w - 6) or [""]

    def static(text: str, font: str, size: float, w: float, gap: float = 1.25) -> None:
        lines = simpleSplit(text, font, size, w)
        need(len(lines) * size * gap + 2)
        c.setFont(font, size)
        for ln in lines:
            state["y"] -= size * gap
            c.drawString(m, state["y"], ln)

    # the form's head
    c.setFillColor(navy)
    c.rect(m, H - m - 14 * mm, bw, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(bold, 10)
    c.drawString(m + 4 * mm, H - m - 5.5 * mm, f"{p.authority} Council - Children's Services")
    c.setFont(bold, 15)
    c.drawString(m + 4 * mm, H - m - 11.5 * mm, p.title)
    c.setFillColor(colors.black)
    state["y"] = H - m - 20 * mm
    c.setFont(italic, 8.4)
    static("Complete one block for each action in the improvement plan. The recommendations are "
           "pre-printed below; enter the number of the recommendation each action answers. "
           f"{h['rag']}: choose one of {_words('form')}.", italic, 8.4, bw)  # fmt: skip
    state["y"] -= 4 * mm
    y = state["y"]
    label("Service", m, y)
    label("Return completed by", m + 72 * mm, y)
    label("Date completed", m + 132 * mm, y)
    completed = date.fromisoformat(str(f["completed"]))
    field(str(f["service"]), m, y - 16, 68 * mm, 13)
    field(str(f["completed_by"]), m + 72 * mm, y - 16, 56 * mm, 13)
    field(f"{completed.day:02d}/{completed.month:02d}/{completed.year}", m + 132 * mm, y - 16,
          bw - 132 * mm, 13)  # fmt: skip
    state["y"] = y - 16 - 8 * mm
    c.setFont(bold, 11.5)
    c.setFillColor(navy)
    c.drawString(m, state["y"], "Section 1: the recommendations (pre-printed)")
    c.setFillColor(colors.black)
    state["y"] -= 2
    for num, text in p.recs:
        static(f"{p.rec_label.format(n=num)}: {text}", base, 9, bw, 1.3)
        state["y"] -= 2
    state["y"] -= 5 * mm
    need(30 * mm)
    c.setFont(bold, 11.5)
    c.setFillColor(navy)
    c.drawString(m, state["y"], "Section 2: the actions")
    c.setFillColor(colors.black)
    state["y"] -= 4 * mm
    progress = bool(f["progress"])
    for i, a in enumerate(p.actions, start=1):
        alines = wrap(a.text, bw)
        plines = wrap(a.progress or "", bw) if progress else []
        ah = len(alines) * lead + 5
        ph = len(plines) * lead + 5 if progress else 0
        block = 13 + 17 + 13 + 17 + 13 + ah + (13 + ph if progress else 0) + 10
        need(block)
        top = state["y"]
        c.setStrokeColor(colors.HexColor("#C5D3E3"))
        c.setLineWidth(0.5)
        c.rect(m - 2 * mm, top - block + 4, bw + 4 * mm, block - 2, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        c.setFont(bold, 8)
        c.setFillColor(navy)
        c.drawString(m, top - 8, f"Action block {i}")
        c.setFillColor(colors.black)
        y = top - 8 - 11
        xs = (m, m + 28 * mm, m + 64 * mm, m + 108 * mm)
        ws = (24 * mm, 32 * mm, 40 * mm, bw - 108 * mm)
        for x, txt in zip(xs, (h["ref"], h["rec"], h["due"], h["rag"]), strict=True):
            label(txt, x, y)
        vals = (a.ref, a.recs[0], a.due_raw, a.status or "")
        for x, w, v in zip(xs, ws, vals, strict=True):
            field(v, x, y - 15, w, 13)
        y -= 15 + 13
        label(h["owner"], m, y)
        field(a.owner, m, y - 15, bw, 13)
        y -= 15 + 13
        label(h["action"], m, y)
        field("\n".join(alines), m, y - 2 - ah, bw, ah, multi=True)
        y -= 2 + ah + 11
        if progress:
            label(h["progress"], m, y)
            field("\n".join(plines), m, y - 2 - ph, bw, ph, multi=True)
        state["y"] = top - block - 2
    if p.kpis:
        need(40 * mm)
        state["y"] -= 4 * mm
        c.setFont(bold, 11.5)
        c.setFillColor(navy)
        c.drawString(m, state["y"], "Section 3: measures of success")
        c.setFillColor(colors.black)
        state["y"] -= 6 * mm
        iw = bw - 3 * 30 * mm
        label(h["indicator"], m, state["y"])
        for j, col in enumerate(KCOLS[1:]):
            label(h[col], m + iw + j * 30 * mm, state["y"])
        state["y"] -= 3
        for k in p.kpis:
            lines = simpleSplit(k.indicator, base, 8.8, iw - 4 * mm)
            hh = max(16, len(lines) * 10.6 + 4)
            need(hh + 4)
            c.setFont(base, 8.8)
            for n, ln in enumerate(lines):
                c.drawString(m, state["y"] - 10 - n * 10.6, ln)
            for j, col in enumerate(KCOLS[1:]):
                field(_kpi_cell(k, col), m + iw + j * 30 * mm, state["y"] - 15, 27 * mm, 13)
            state["y"] -= hh + 3
    footer()
    c.showPage()
    c.save()
    return path


# ---- Word: a table per recommendation, the link a caption below it ------------------------------------


CAPTIONS = ("Table {t}: Actions answering recommendation {n}",
            "Table {t} - the actions for Recommendation {n}",
            "Table {t}. Our response to recommendation {n}")  # fmt: skip


def _captions(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    rng = random.Random(p.seed_rng)
    cap = rng.choice(CAPTIONS)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = FONTS[p.font]
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x4D)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.text = f"{p.authority} Council - improvement plan"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = doc.add_paragraph().add_run(f"{p.authority} Council")
    r.bold = True
    r.font.size = Pt(11)
    doc.add_heading(p.title, level=1)
    by = doc.add_paragraph()
    br = by.add_run(
        f"Prepared by {f['preparer']} for the {f['panel']}, "
        f"{_long(date.fromisoformat(str(f['prepared'])))}. The tables below set out the actions; "
        "each table's caption says which recommendation it answers."
    )
    br.italic = True
    br.font.size = Pt(8.8)
    doc.add_heading("The recommendations", level=2)
    for num, text in p.recs:
        rp = doc.add_paragraph()
        rp.paragraph_format.left_indent = Cm(0.6)
        rp.add_run(f"{p.rec_label.format(n=num)}: ").bold = True
        rp.add_run(text)
    doc.add_heading("The actions", level=2)
    counter = [0]

    def caption(text: str) -> None:
        cp = doc.add_paragraph(style="Caption")
        cp.paragraph_format.space_before = Pt(3)
        cp.paragraph_format.space_after = Pt(12)
        cr = cp.add_run(text)
        cr.italic = True
        cr.font.size = Pt(9)
        cr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x4D)

    def table(header: list[str], rows: list[list[str]], widths: list[float],
              rag_col: int | None = None, rags: list[str | None] | None = None) -> None:  # fmt: skip
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = doc.styles["Table Grid"]
        t.autofit = False
        for tr in t.rows:
            _keep_row(tr)
        for j, head in enumerate(header):
            cell = t.cell(0, j)
            _shade(cell, "DCE6EE")
            run = cell.paragraphs[0].add_run(head)
            run.bold = True
            run.font.size = Pt(9)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                run = t.cell(i, j).paragraphs[0].add_run(v)
                run.font.size = Pt(9)
                if rag_col is not None and rags is not None and j == rag_col:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(RAG_INK[rags[i - 1]].lstrip("#"))
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
            for tr in t.rows:
                tr.cells[j].width = Cm(w)
        for tr in t.rows:  # keep the table and its caption together
            for cell in tr.cells:
                for para in cell.paragraphs:
                    para.paragraph_format.keep_with_next = True
        counter[0] += 1

    table([h["rag"], "What it means"], [[w, MEANING[rag]] for w, rag in H60_STATUS["captions"]],
          [5.0, 8.0], 0, [rag for _, rag in H60_STATUS["captions"]])  # fmt: skip
    caption(f"Table {counter[0]}: Status key")
    progress = bool(f["progress"])
    cols = [h["ref"], h["action"], h["owner"], h["due"], h["rag"]]
    widths = [2.1, 6.5, 3.6, 2.5, 2.3]
    if progress:
        cols.append(h["progress"])
        widths = [2.1, 4.2, 2.7, 2.3, 2.3, 3.4]
    for num, _ in p.recs:
        acts = p.per_rec(num)
        rows = []
        for a in acts:
            row = [a.ref, a.text, a.owner, a.due_raw, a.status or ""]
            if progress:
                row.append(a.progress or "")
            rows.append(row)
        table(cols, rows, widths, 4, [a.rag for a in acts])
        caption(cap.format(t=counter[0], n=num))
    if p.kpis:
        doc.add_heading("Measures of success", level=2)
        table([h[c_] for c_ in KCOLS], [[_kpi_cell(k, c_) for c_ in KCOLS] for k in p.kpis],
              [7.2, 3.2, 3.2, 3.2])  # fmt: skip
        caption(f"Table {counter[0]}: Measures of success")
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a system export whose dates were never formatted ------------------------------------------


def _lines(text: str, width: int) -> int:
    n = 0
    for part in text.split("\n"):
        n += max(1, -(-len(part) // width))
    return n


def _raw_date(cell: Any, printed: str) -> None:
    """A date cell as the export left it: a serial in `General`, or a date-time in its default
    format (`yyyy-mm-dd hh:mm:ss`)."""
    if printed.isdigit():
        cell.value = int(printed)
        cell.number_format = "General"
    else:
        cell.value = datetime.fromisoformat(printed)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"


def _serials(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    thin = Side(style="thin", color="A0A0A0")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    progress = bool(f["progress"])
    serial = p.actions[0].due_raw.isdigit()
    dw = 10 if serial else 19
    cols = [h["ref"], h["rec"], h["action"], h["owner"], h["opened"], h["due"], h["rag"]]
    widths = [11, 8, 54, 26, dw, dw, 18]
    if progress:
        cols.append(h["progress"])
        widths[2] = 44
        widths.append(34)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, f"{p.title} - {p.authority} Children's Services").font = Font(
        name=fname, size=13, bold=True)  # fmt: skip
    ws.cell(2, 1, f"Exported by {f['exporter']} on {f['exported']}. Report: Ofsted improvement "
                  f"actions, all records. {h['rag']}: {_words('serials')}.").font = Font(
        name=fname, size=8.5, italic=True)  # fmt: skip
    r = 4
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(r, j, v)
        cc.font = Font(name=fname, size=9, bold=True)
        cc.fill = PatternFill("solid", fgColor="D9D9D9")
        cc.alignment = Alignment(wrap_text=True, vertical="bottom")
        cc.border = grid
    ws.print_title_rows = f"{r}:{r}"
    ws.auto_filter.ref = f"A{r}:{ws.cell(r, len(cols)).column_letter}{r + len(p.actions)}"
    opened: list[str] = f["opened"]  # type: ignore[assignment]
    for i, a in enumerate(p.actions):
        r += 1
        vals: list[Any] = [a.ref, p.rec_label.format(n=a.recs[0]), a.text, a.owner, None, None,
                           a.status or ""]  # fmt: skip
        if progress:
            vals.append(a.progress or "")
        for j, v in enumerate(vals, start=1):
            cc = ws.cell(r, j, v)
            cc.font = Font(name=fname, size=9)
            cc.alignment = Alignment(wrap_text=True, vertical="top")
            cc.border = grid
        _raw_date(ws.cell(r, 5), opened[i])
        _raw_date(ws.cell(r, 6), a.due_raw)
        tall = max(_lines(a.text, widths[2] - 4), _lines(a.owner, widths[3] - 4),
                   _lines(a.status or "", widths[6] - 3),
                   _lines(a.progress or "", widths[-1] - 4) if progress else 1)  # fmt: skip
        ws.row_dimensions[r].height = 12.5 * tall + 3
    rs = wb.create_sheet("Recommendations")
    _xl_setup(rs, True)
    rs.column_dimensions["A"].width = 10
    rs.column_dimensions["B"].width = 110
    for j, v in enumerate((h["rec"], "Recommendation"), start=1):
        cc = rs.cell(1, j, v)
        cc.font = Font(name=fname, size=9, bold=True)
        cc.fill = PatternFill("solid", fgColor="D9D9D9")
        cc.border = grid
    for i2, (num, text) in enumerate(p.recs, start=2):
        rc = rs.cell(i2, 1, p.rec_label.format(n=num))
        rc.border = grid
        rc.alignment = Alignment(vertical="top")
        tc = rs.cell(i2, 2, text)
        tc.border = grid
        tc.alignment = Alignment(wrap_text=True, vertical="top")
        rs.row_dimensions[i2].height = 13 * _lines(text, 100) + 3
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


# ---- HTML: a CSS grid whose source order is not the order on the page ---------------------------------


def _reorder(p: H8Plan) -> str:
    h = p.headers
    f = p.features
    updated = date.fromisoformat(str(f["updated"]))
    progress = bool(f["progress"])
    visual = ["ref", "action", "owner", "due", "rag"] + (["progress"] if progress else [])
    source = [c for c in f["source_order"] if c in visual]
    tracks = {"ref": "15mm", "action": "minmax(0, 2.2fr)", "owner": "minmax(0, 1fr)",
              "due": "24mm", "rag": "25mm", "progress": "minmax(0, 1.3fr)"}  # fmt: skip
    template = " ".join(tracks[c] for c in visual)
    head = "".join(f"<div class='hd' style='grid-column:{visual.index(c) + 1}'>{_esc(h[c])}</div>"
                   for c in visual)  # fmt: skip
    sections = []
    for num, text in p.recs:
        rows = []
        for a in p.per_rec(num):
            vals = {"ref": _esc(a.ref), "action": _esc(a.text), "owner": _esc(a.owner),
                    "due": _esc(a.due_raw),
                    "rag": f"<span class='pill' style='background:{RAG_TINT[a.rag]};"
                           f"color:{RAG_INK[a.rag]};border-color:{RAG_INK[a.rag]}'>"
                           f"{_esc(a.status or '')}</span>",
                    "progress": _esc(a.progress or "")}  # fmt: skip
            cells = "".join(f"<div class='c {c}' style='grid-column:{visual.index(c) + 1}'>"
                            f"{vals[c]}</div>" for c in source)  # fmt: skip
            rows.append(f"<div class='row'>{cells}</div>")
        sections.append(
            f"<section class='rec'><h2>{_esc(p.rec_label.format(n=num))}</h2>"
            f"<p class='rt'>{_esc(text)}</p><div class='row head'>{head}</div>{''.join(rows)}"
            "</section>"
        )
    body = (
        f"<div class='bar'>{_esc(p.authority)} Council</div>"
        "<p class='crumb'>Home &rsaquo; Children and families &rsaquo; Ofsted inspection "
        "&rsaquo; Improvement plan</p>"
        f"<h1>{_esc(p.title)}</h1>"
        f"<p class='upd'>Page last updated {_long(updated)} by {_esc(str(f['editor']))}, web "
        f"team. {_esc(h['rag'])}: {_words('reorder')}.</p>"
        "<p class='intro'>Ofsted made the recommendations below when they inspected our "
        "children's services. Under each one you can see what we are doing about it, who is "
        "leading the work and when it will be done.</p>"
        f"{''.join(sections)}"
    )
    if p.kpis:
        kv = KCOLS
        khead = "".join(f"<div class='hd'>{_esc(h[c])}</div>" for c in kv)
        krows = "".join("<div class='row k'>" + "".join(
            f"<div class='c'>{_esc(_kpi_cell(k, c))}</div>" for c in kv) + "</div>"
            for k in p.kpis)  # fmt: skip
        body += (f"<section class='kw'><h2>How we will know it is working</h2>"
                 f"<div class='row head k'>{khead}</div>{krows}</section>")  # fmt: skip
    css = (
        "@page { size: A4 portrait; margin: 13mm 12mm; }"
        f"body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.8pt; color: #1d1d1d;"
        " line-height: 1.32; margin: 0; }"
        ".bar { background: #0B3D2E; color: white; font-weight: bold; font-size: 11pt;"
        " padding: 2.5mm 3mm; }"
        ".crumb { font-size: 7.8pt; color: #555; margin: 1.5mm 0 0; }"
        "h1 { font-size: 17pt; margin: 2mm 0 1mm; color: #0B3D2E; }"
        ".upd { font-size: 7.8pt; color: #666; margin: 0 0 2mm; }"
        ".intro { margin: 0 0 3mm; }"
        "section.rec { margin-top: 4mm; } h2 { font-size: 11.5pt; margin: 0 0 1mm;"
        " color: #0B3D2E; break-after: avoid; } .rt { margin: 0 0 2mm; font-style: italic;"
        " break-after: avoid; }"
        f".row {{ display: grid; grid-template-columns: {template}; column-gap: 2mm;"
        " border-bottom: 0.25mm solid #C9D3CF; padding: 1.3mm 1mm; break-inside: avoid; }"
        ".row.head { background: #E4ECE8; font-weight: bold; font-size: 8.2pt;"
        " border-bottom: 0.5mm solid #0B3D2E; break-after: avoid; }"
        ".row.k { grid-template-columns: minmax(0, 3fr) 1fr 1fr 1fr; }"
        ".c { grid-row: 1; min-width: 0; overflow-wrap: anywhere; } .hd { grid-row: 1; }"
        ".c.ref { font-weight: bold; } .c.progress { font-size: 8.2pt; color: #444; }"
        ".pill { display: inline-block; border: 0.25mm solid; border-radius: 1.5mm;"
        " padding: 0.2mm 1.2mm; font-weight: bold; font-size: 8pt; }"
        ".kw { margin-top: 6mm; break-inside: avoid; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
