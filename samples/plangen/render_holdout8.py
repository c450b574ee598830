"""Producers of the holdout8 split (BLIND: fixers never read this): a fixed-width system report in
ReportLab, a two-up booklet in HTML printed by Chromium, a refreshed plan with marked revisions in
Word and a tick-box tracker in Excel, both printed by LibreOffice; each drawn straight from a
holdout8.H8Plan."""

from __future__ import annotations

import calendar
import random
import textwrap
from datetime import date
from html import escape
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8_STATUS, TINT8, H8Action, H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout8",
        html=_booklet,
        reportlab=_fixed,
        docx=_revised,
        xlsx=_ticks,
    )


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _kpi_columns(rng: random.Random) -> list[str]:
    return rng.choice((["indicator", "baseline", "latest", "target"],
                       ["indicator", "baseline", "target", "latest"]))  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _key_text() -> str:
    return "; ".join(word for word, _ in H8_STATUS)


# ---- ReportLab: a performance system's fixed-width text report ---------------------------------

_MONO = "DejaVuSansMono"


def _fixed(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if _MONO not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont(_MONO, "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
        )
    rng = random.Random(p.seed_rng)
    h = p.headers
    system = rng.choice(("PERFORMANCE PLUS", "CASEWISE PM", "INSIGHT PLANNER", "PRISM"))
    report_id = f"RPT-{rng.randint(100, 899)}"
    run = f"{p.issued.isoformat()} {rng.randint(5, 8):02d}:{rng.randint(0, 59):02d}"
    widths = {"ref": 8, "rec": 14, "action": 52, "owner": 32, "due": 29, "rag": 16}
    cols = ["ref", "rec", "action", "owner", "due", "rag"]
    gap = "  "

    def row(vals: dict[str, str]) -> list[str]:
        wrapped = {c: textwrap.wrap(vals.get(c, ""), widths[c]) or [""] for c in cols}
        n = max(len(v) for v in wrapped.values())
        return [gap.join((wrapped[c][i] if i < len(wrapped[c]) else "").ljust(widths[c])
                         for c in cols).rstrip() for i in range(n)]  # fmt: skip

    head = row({c: h[c].upper() for c in cols})
    dashes = gap.join("-" * widths[c] for c in cols)
    blocks: list[list[str]] = []  # kept together on a page
    intro = [f"REPORT: {p.title}", f"AUTHORITY: {p.authority.upper()}    PLAN START: "
             f"{p.start.isoformat()}    POSITION AT: {p.issued.isoformat()}", "",
             "RECOMMENDATIONS OF THE INSPECTION", "-" * 33]  # fmt: skip
    blocks.append(intro)
    for num, text in p.recs:
        label = _label(p, num)
        lines = textwrap.wrap(f"{label}{text}", 150, subsequent_indent=" " * 4)
        blocks.append(lines)
    blocks.append(["", "ACTIVITIES", "-" * 10, *head, dashes])
    indent = sum(widths[c] + len(gap) for c in ("ref", "rec"))
    update_width = widths["action"] + widths["owner"] + len(gap)
    for a in p.actions:
        vals = {"ref": a.ref, "rec": f"{int(a.recs[0]):02d}", "action": a.text,
                "owner": a.owner, "due": a.due_raw, "rag": (a.status or "").upper()}  # fmt: skip
        lines = row(vals)
        if a.progress:
            for w, piece in enumerate(textwrap.wrap(f"UPDATE: {a.progress}", update_width)):
                lines.append(" " * indent + ("" if w == 0 else "        ") + piece)
        blocks.append([*lines, ""])
    blocks.append(["STATUS KEY: " + _key_text().upper(), ""])
    if p.kpis:
        kcols = _kpi_columns(rng)
        kw = {"indicator": 64, "baseline": 18, "latest": 18, "target": 18}
        kh = gap.join(h[c].upper().ljust(kw[c]) for c in kcols).rstrip()
        blocks.append(["MEASURES", "-" * 8, kh, gap.join("-" * kw[c] for c in kcols)])
        for k in p.kpis:
            wrapped = textwrap.wrap(k.indicator, kw["indicator"])
            first = gap.join(
                (wrapped[0] if c == "indicator" else _kpi_cell(k, c)).ljust(kw[c]) for c in kcols
            ).rstrip()
            blocks.append([first, *[ln for ln in wrapped[1:]]])
    blocks.append(["", "*** END OF REPORT ***"])
    per_page = 46
    pages: list[list[str]] = [[]]
    for b in blocks:
        if len(pages[-1]) + len(b) > per_page and pages[-1]:
            pages.append([])
        pages[-1].extend(b)
    pdf = folder / f"{p.name}.pdf"
    size = landscape(A4)
    c = canvas.Canvas(str(pdf), pagesize=size, invariant=1)
    c.setTitle(p.title)
    fs, lead = 7.5, 9.6
    top = size[1] - 34
    for n, lines in enumerate(pages, start=1):
        c.setFont(_MONO, fs)
        header = [f"{system:<24}{report_id:<12}{p.authority.upper()} IMPROVEMENT ACTIVITY",
                  f"RUN DATE: {run}{'':<8}USER: {rng.choice(('IMPPMO', 'PERFTEAM', 'QAUSER'))}"
                  f"{'':<8}PAGE {n} OF {len(pages)}", "=" * 150, ""]  # fmt: skip
        y = top
        for ln in [*header, *lines]:
            c.drawString(34, y, ln)
            y -= lead
        c.drawString(34, 24, f"{report_id}  {p.authority.upper()} - OFFICIAL SENSITIVE")
        c.showPage()
    c.save()
    return pdf


# ---- HTML: a booklet printed two-up ---------------------------------------------------------


def _lines(text: str, chars: int) -> int:
    return max(1, len(textwrap.wrap(text, chars)) or 1)


def _booklet(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#1f4e79", "#5b2c6f", "#0b5345", "#7b241c"))
    css = f"""
@page {{ size: A4 landscape; margin: 0; }}
body {{ margin: 0; font-family: {CSS_FONTS[p.font]}; font-size: 7.4pt; color: #111; }}
.sheet {{ width: 297mm; height: 209mm; display: flex; page-break-after: always;
          overflow: hidden; }}
.page {{ width: 148.5mm; height: 209mm; box-sizing: border-box; padding: 11mm 10mm 9mm 10mm;
         position: relative; border-right: 0.3pt dashed #bbb; }}
.page:last-child {{ border-right: none; }}
.run {{ font-size: 6.5pt; color: #666; border-bottom: 0.5pt solid {accent};
        padding-bottom: 1mm; margin-bottom: 3mm; }}
.foot {{ position: absolute; bottom: 5mm; left: 0; right: 0; text-align: center;
         font-size: 7pt; color: #444; }}
h1 {{ font-size: 17pt; color: {accent}; margin: 40mm 0 6mm 0; }}
h2 {{ font-size: 10pt; color: {accent}; margin: 0 0 2mm 0; }}
p {{ margin: 0 0 2mm 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #999; padding: 0.8mm 1mm; vertical-align: top;
          overflow-wrap: anywhere; }}
th {{ background: {accent}; color: #fff; text-align: left; }}
td.banner {{ background: #eef1f5; font-weight: bold; }}
td.upd {{ font-style: italic; color: #333; border-top: none; }}
.mail {{ font-size: 6.3pt; color: #333; }}
.toc td {{ border: none; padding: 1mm 0; }}
"""
    short = f"{p.authority} Improvement Plan"
    cols = ["ref", "action", "owner", "due", "rag"]
    cw = {"ref": 11, "action": 41, "owner": 23, "due": 13, "rag": 12}  # % of the page's width
    cpl = {"ref": 6, "action": 36, "owner": 21, "due": 9, "rag": 9}  # characters a line, safe
    colgroup = "<colgroup>" + "".join(f"<col style='width:{cw[c]}%'>" for c in cols) + "</colgroup>"
    thead = "<tr>" + "".join(f"<th>{escape(h[c])}</th>" for c in cols) + "</tr>"
    capacity = 190.0  # estimated mm (estimates run about 1.4 times the printed height)
    line, pad = 3.1, 2.0  # mm: a line of 7.4pt text; a cell's padding and rule
    pages: list[str] = []
    # page 1: cover; page 2: contents (filled in once the plan's pages are known)
    cover = (f"<h1>{escape(p.title)}</h1><p style='font-size:10pt'>Version 2.{rng.randint(0, 4)}"
             f"</p><p style='font-size:10pt'>{escape(_long_date(p.issued))}</p>"
             f"<p style='margin-top:60mm'>Approved by the Children's Improvement Board. "
             f"Signed: {escape(rng.choice(('Helen Markham', 'David Osei', 'Ruth Kowalczyk')))}, "
             f"Director of Children's Services</p>")  # fmt: skip
    pages.append(cover)
    pages.append("")
    body: list[str] = []
    used = 0.0
    intro = ("<h2>1. Introduction</h2><p>This plan sets out what we will do in response to the "
             "inspection, who is accountable for each activity and when it will be done. It is "
             f"reviewed monthly by the Improvement Board. Positions: {escape(_key_text())}.</p>"
             "<h2>2. The plan</h2>")  # fmt: skip
    body.append(intro)
    used = 34.0
    table_open = False

    def open_table() -> None:
        nonlocal table_open, used
        body.append(f"<table>{colgroup}<thead>{thead}</thead><tbody>")
        table_open = True
        used += 2 * line + pad

    def flush() -> None:
        nonlocal table_open, used
        if table_open:
            body.append("</tbody></table>")
        pages.append("".join(body))
        body.clear()
        table_open = False
        used = 0.0

    plan_page = 3
    for num, text in p.recs:
        banner = f"{_label(p, num)}{text}"
        need = _lines(banner, 88) * line + pad
        if used + need + 3 * line + pad > capacity:
            flush()
        if not table_open:
            open_table()
        body.append(f"<tr><td class='banner' colspan='{len(cols)}'>{escape(banner)}</td></tr>")
        used += need
        for a in p.per_rec(num):
            owner_html = escape(a.owner)
            owner_mm = _lines(a.owner, cpl["owner"]) * line
            if a.printed_owner != a.owner:
                mail = a.printed_owner[len(a.owner) + 1 :]
                owner_html += f"<br><span class='mail'>{escape(mail)}</span>"
                owner_mm += 2 * 2.7
            vals = {"ref": escape(a.ref), "action": escape(a.text), "owner": owner_html,
                    "due": escape(a.due_raw), "rag": escape(a.status or "")}  # fmt: skip
            n = max(_lines(a.text, cpl["action"]) * line, owner_mm,
                    _lines(a.due_raw, cpl["due"]) * line,
                    _lines(a.status or "", cpl["rag"]) * line) + pad  # fmt: skip
            upd = _lines(f"Update: {a.progress}", 80) * line + pad if a.progress else 0.0
            if used + n + upd > capacity:
                flush()
                open_table()
            tds = []
            for c in cols:
                style = f" style='background:{TINT8[a.rag]}'" if c == "rag" and a.rag else ""
                if c == "due" and " " not in a.due_raw:
                    style = " style='white-space:nowrap'"
                tds.append(f"<td{style}>{vals[c]}</td>")
            body.append("<tr>" + "".join(tds) + "</tr>")
            if a.progress:
                body.append(f"<tr><td></td><td class='upd' colspan='{len(cols) - 1}'>Update: "
                            f"{escape(a.progress)}</td></tr>")  # fmt: skip
            used += n + upd
    flush()
    measures_page = 0
    if p.kpis:
        kcols = _kpi_columns(rng)
        rows = "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in kcols)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        kw = "".join(f"<col style='width:{40 if c == 'indicator' else 20}%'>" for c in kcols)
        pages.append("<h2>3. How we will know we have made a difference</h2>"
                     f"<table><colgroup>{kw}</colgroup><thead><tr>"
                     + "".join(f"<th>{escape(h[c])}</th>" for c in kcols)
                     + f"</tr></thead><tbody>{rows}</tbody></table>")  # fmt: skip
        measures_page = len(pages)
    toc = [("1. Introduction", plan_page), ("2. The plan", plan_page)]
    if measures_page:
        toc.append(("3. How we will know we have made a difference", measures_page))
    pages[1] = ("<h2>Contents</h2><table class='toc'>"
                + "".join(f"<tr><td>{escape(t)}</td><td style='text-align:right'>{n}</td></tr>"
                          for t, n in toc) + "</table>")  # fmt: skip
    if len(pages) % 2:
        pages.append("<p style='margin-top:80mm;text-align:center;color:#888'>This page is "
                     "intentionally blank</p>")  # fmt: skip
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body>"]  # fmt: skip
    for i in range(0, len(pages), 2):
        out.append("<div class='sheet'>")
        for j in (i, i + 1):
            run = "" if j == 0 else f"<div class='run'>{escape(short)}</div>"
            out.append(f"<div class='page'>{run}{pages[j]}<div class='foot'>{j + 1}</div></div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a refreshed plan with its revisions marked ------------------------------------------

RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0xC8)


def _runs(cell, parts: list[tuple[str, str]], size: float) -> None:  # type: ignore[no-untyped-def]
    """Write (text, mark) runs into a cell: mark '' plain, 'del' struck red, 'ins' underlined blue."""
    para = cell.paragraphs[0]
    for text, mark in parts:
        if not text:
            continue
        run = para.add_run(text)
        run.font.size = Pt(size)
        if mark == "del":
            run.font.strike = True
            run.font.color.rgb = RED
        elif mark == "ins":
            run.font.underline = True
            run.font.color.rgb = BLUE


def _revised(p: H8Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    size = 10.0
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    h = p.headers
    width = 21.0 - 3.6
    version = rng.randint(2, 5)
    doc.add_heading(p.title, 0)
    doc.add_paragraph(f"Version {version}.0, {_long_date(p.issued)}. Replaces version "
                      f"{version - 1}.0.")  # fmt: skip
    key = doc.add_paragraph("Changes since the last version are marked: ")
    r = key.add_run("deleted text is struck through in red")
    r.font.strike, r.font.color.rgb = True, RED
    key.add_run(" and ")
    r = key.add_run("new text is underlined in blue")
    r.font.underline, r.font.color.rgb = True, BLUE
    key.add_run(". Activities struck through whole have been withdrawn from the plan. "
                f"Positions: {_key_text()}.")  # fmt: skip
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if progress else [])
    rel = {"ref": 1.5, "action": 5.6, "owner": 3.2, "due": 3.3, "rag": 2.2, "progress": 3.4}
    order: list[tuple[tuple[int, int], H8Action, bool]] = [
        ((i, 1), a, False) for i, a in enumerate(p.actions)
    ]
    order += [((pos, 0), a, True) for pos, a in p.withdrawn]
    order.sort(key=lambda t: t[0])
    for num, text in p.recs:
        para = doc.add_paragraph()
        para.add_run(f"{_label(p, num)}{text}").bold = True
        mine = [(a, struck) for _, a, struck in order if a.recs[0] == num]
        t = doc.add_table(rows=1 + len(mine), cols=len(cols))
        _borders(t, "grid")
        _widths(t, [rel[c] for c in cols], width)
        for tr in t.rows:  # a row is never split over two pages
            tr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for j, c in enumerate(cols):
            _runs(t.cell(0, j), [(h[c], "")], size - 1.5)
            t.cell(0, j).paragraphs[0].runs[0].bold = True
            _shade(t.cell(0, j), "#DDE4EE")
        for r_i, (a, struck) in enumerate(mine, start=1):
            for j, c in enumerate(cols):
                cell = t.cell(r_i, j)
                plain = "ins" if a.new else ""
                if struck:
                    value = {"ref": a.ref, "action": a.text, "owner": a.owner,
                             "due": a.due_raw, "rag": a.status or "",
                             "progress": ""}[c]  # fmt: skip
                    parts = [(value, "del")]
                    if c == "progress":
                        parts = [("Withdrawn: covered by other activities", "ins")]
                elif c == "action" and a.added:
                    parts = [(a.text[: -len(a.added)], plain), (a.added, "ins")]
                elif c == "owner" and a.old_owner:
                    parts = [(a.old_owner, "del"), ("\n", ""), (a.owner, "ins")]
                elif c == "due" and a.old_due:
                    parts = [(a.old_due, "del"), ("\n", ""), (a.due_raw, "ins")]
                else:
                    value = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                             "rag": a.status or "", "progress": a.progress or ""}[c]  # fmt: skip
                    parts = [(value, plain)]
                _runs(cell, parts, size - 1.5)
                if c == "rag" and a.rag and not struck:
                    _shade(cell, TINT8[a.rag])
        doc.add_paragraph()
    if p.kpis:
        doc.add_heading("Measures of impact", 1)
        kcols = _kpi_columns(rng)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=len(kcols))
        _borders(kt, "grid")
        _widths(kt, [8.0 if c == "indicator" else 3.0 for c in kcols], width)
        for j, c in enumerate(kcols):
            _runs(kt.cell(0, j), [(h[c], "")], size - 1.5)
            kt.cell(0, j).paragraphs[0].runs[0].bold = True
            _shade(kt.cell(0, j), "#DDE4EE")
        for r_i, k in enumerate(p.kpis, start=1):
            for j, c in enumerate(kcols):
                old = p.old_targets.get(r_i - 1)
                if c == "target" and old:
                    parts = [(old, "del"), (" ", ""), (k.target[0], "ins")]
                else:
                    parts = [(_kpi_cell(k, c), "")]
                _runs(kt.cell(r_i, j), parts, size - 1.5)
    doc.add_paragraph()
    doc.add_paragraph("Document owner: Improvement Programme Manager. This plan is reviewed "
                      "every quarter by the Improvement Board.")  # fmt: skip
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a tick-box tracker ------------------------------------------------------------------


def _ticks(p: H8Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9D2E9")
    h = p.headers
    mark = rng.choice(("✓", "X", "✔"))
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, True)
    progress = any(a.progress for a in p.actions)
    statuses = [w for w, _ in H8_STATUS]
    cols = ["ref", "action", "owner", "rec", "due", *statuses] + (["progress"] if progress else [])
    widths = {"ref": 7, "action": 46, "owner": 26, "rec": 11, "due": 13, "progress": 36}
    for j, c in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = widths.get(c, 9)
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.cell(2, 1, f"Position at {_long_date(p.issued)}. Put a {mark} in the column that "
                  "describes where each activity is now.").font = Font(name=font, italic=True,
                                                                        size=10)  # fmt: skip
    r = 4
    ws.cell(r, 1, "Inspection findings").font = Font(name=font, bold=True, size=11)
    for num, text in p.recs:
        r += 1
        label = ws.cell(r, 1, f"R{num}")
        label.font, label.alignment = Font(name=font, bold=True, size=10), wrap
        cell = ws.cell(r, 2, text)
        cell.font, cell.alignment = Font(name=font, size=10), wrap
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 14.0 * max(1, -(-len(text) // 95)) + 4
    r += 2
    top = r
    first_status = cols.index(statuses[0]) + 1
    for j, c in enumerate(cols, start=1):
        if c in statuses:
            continue
        cell = ws.cell(top, j, h[c])
        ws.merge_cells(start_row=top, start_column=j, end_row=top + 1, end_column=j)
    ws.cell(top, first_status, h["rag"])
    ws.merge_cells(start_row=top, start_column=first_status, end_row=top,
                   end_column=first_status + len(statuses) - 1)  # fmt: skip
    for n_s, s in enumerate(statuses):
        ws.cell(top + 1, first_status + n_s, s)
    for rr in (top, top + 1):
        for j in range(1, len(cols) + 1):
            cell = ws.cell(rr, j)
            cell.font, cell.fill, cell.border = Font(name=font, bold=True, size=9), head_fill, grid
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if j >= first_status else "left")  # fmt: skip
    ws.row_dimensions[top + 1].height = 30
    ws.print_title_rows = f"{top}:{top + 1}"
    r = top + 1
    for a in p.actions:
        r += 1
        vals: dict[str, object] = {"ref": a.ref, "action": a.text, "owner": a.owner,
                                   "rec": ", ".join(f"R{n}" for n in a.recs), "due": a.due_raw,
                                   "progress": a.progress or ""}  # fmt: skip
        lines = 1
        for j, c in enumerate(cols, start=1):
            cell = ws.cell(r, j)
            cell.border = grid
            cell.font = Font(name=font, size=10)
            if c in statuses:
                cell.alignment = centre
                if a.status == c:
                    cell.value = mark
                    cell.font = Font(name=font, size=11, bold=True)
                continue
            cell.alignment = wrap
            if c == "due" and a.due_date is not None and a.due_raw == a.due_date.isoformat():
                cell.value, cell.number_format = a.due_date, "yyyy-mm-dd"
            else:
                cell.value = vals[c]
            v = vals[c]
            if isinstance(v, str):
                lines = max(lines, -(-len(v) // int(widths[c] * 0.85)))
        ws.row_dimensions[r].height = 14.0 * lines + 6
    if p.kpis:
        ks = wb.create_sheet("Measures")
        _xl_setup(ks, True)
        kcols = _kpi_columns(rng)
        for j, c in enumerate(kcols):
            ks.column_dimensions[chr(65 + j)].width = 52 if c == "indicator" else 18
            hc = ks.cell(1, j + 1, h[c])
            hc.font, hc.fill, hc.border = Font(name=font, bold=True), head_fill, grid
            hc.alignment = wrap
        for i, k in enumerate(p.kpis, start=2):
            for j, c in enumerate(kcols):
                cell = ks.cell(i, j + 1)
                if c == "indicator":
                    cell.value = k.indicator
                else:
                    v = {"baseline": k.baseline, "latest": k.latest, "target": k.target}[c]
                    cell.value, cell.number_format = _xl_number(v)
                cell.font, cell.border = Font(name=font, size=10), grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path
