"""Producers of the holdout48 split (BLIND: fixers never read this): an impact / effort
prioritisation matrix in ReportLab; a risk register of mitigations in Word and a stage-gate
tracker in Excel, both printed by LibreOffice; and an outliner export in HTML printed by Chromium;
each drawn straight from a holdout8.H8Plan built by holdout48."""

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
from openpyxl.utils import get_column_letter

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout48 import QUADRANTS
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")
RAG_FILL = {"green": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE", "blue": "BDD7EE"}


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout48", html=_outliner,
                reportlab=_quadrants, docx=_risks, xlsx=_gates)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: an impact / effort prioritisation matrix ----------------------------------------


def _quadrants(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
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
    txt = ParagraphStyle("t", fontName=base, fontSize=8.5, leading=10.5)
    ent = ParagraphStyle("e", parent=txt, spaceBefore=4)
    small = ParagraphStyle("s", parent=txt, fontSize=7.5, leading=9.5,
                           textColor=colors.HexColor("#444444"))  # fmt: skip
    title = ParagraphStyle("h", parent=txt, fontName=bold, fontSize=16, leading=20)
    qh = ParagraphStyle("q", parent=txt, fontName=bold, fontSize=11, leading=14)
    axis = ParagraphStyle("x", parent=txt, fontName=bold, fontSize=9, alignment=1)
    story: list[Any] = [
        Paragraph(_esc(p.title), title),
        Paragraph(
            f"{_esc(p.authority)} Council Children's Services. Actions were scored for impact "
            f"and effort at the Improvement Board workshop on "
            f"{_long(date.fromisoformat(f['workshop']))}, facilitated by "
            f"{_esc(f['facilitator'])}. Each action is tagged with the Ofsted recommendation it "
            "answers (see the key).",
            small,
        ),
        Spacer(1, 3 * mm),
    ]
    cells: list[list[Any]] = [[], [], [], []]
    for i, a in enumerate(p.actions):
        q = f["quadrant"][i]
        imp, eff = f["scores"][i]
        parts = [Paragraph(f"<b>{_esc(a.ref)}</b> [{_esc(p.rec_label.format(n=a.recs[0]))}] "
                           f"{_esc(a.text)}", ent),
                 Paragraph(f"{_esc(h['owner'])}: {_esc(a.owner)} &middot; {_esc(h['due'])}: "
                           f"{_esc(a.due_raw)} &middot; {_esc(h['rag'])}: <b>"
                           f"{_esc(a.status or '')}</b> &middot; impact {imp}, effort {eff}",
                           small)]  # fmt: skip
        if a.progress:
            parts.append(Paragraph(f"<i>{_esc(h['progress'])}: {_esc(a.progress)}</i>", small))
        cells[q] += parts
    for q in range(4):
        cells[q].insert(0, Paragraph(QUADRANTS[q], qh))
    fills = ("#E2F0D9", "#DDEBF7", "#FFF2CC", "#FBE5D6")
    grid = [
        [Paragraph("HIGH<br/>IMPACT", axis), cells[0], cells[1]],
        [Paragraph("LOW<br/>IMPACT", axis), cells[2], cells[3]],
        ["", Paragraph("LOW EFFORT", axis), Paragraph("HIGH EFFORT", axis)],
    ]
    t = Table(grid, colWidths=[18 * mm, 190 * mm, 190 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
        ("BACKGROUND", (1, 0), (1, 0), colors.HexColor(fills[0])),
        ("BACKGROUND", (2, 0), (2, 0), colors.HexColor(fills[1])),
        ("BACKGROUND", (1, 1), (1, 1), colors.HexColor(fills[2])),
        ("BACKGROUND", (2, 1), (2, 1), colors.HexColor(fills[3])),
        ("BOX", (1, 0), (2, 1), 1.2, colors.black), ("INNERGRID", (1, 0), (2, 1), 0.6, colors.grey),
        ("LEFTPADDING", (1, 0), (2, 1), 6), ("RIGHTPADDING", (1, 0), (2, 1), 6),
    ]))  # fmt: skip
    story.append(t)
    story += [PageBreak(), Paragraph("Key: Ofsted's recommendations", qh), Spacer(1, 2 * mm)]
    for num, text in p.recs:
        story.append(Paragraph(f"<b>[{_esc(p.rec_label.format(n=num))}]</b> {_esc(text)}", ent))
    if p.kpis:
        story += [Spacer(1, 5 * mm), Paragraph("How we will know the impact", qh)]
        krows = [[Paragraph(f"<b>{_esc(h[c])}</b>", txt) for c in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, c)), txt) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[110 * mm, 40 * mm, 40 * mm, 40 * mm])
        kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)
    size = landscape(A3)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(15 * mm, 8 * mm, f"{p.authority} Council - prioritisation matrix")
        canv.drawRightString(size[0] - 15 * mm, 8 * mm, f"{doc.page}")
        canv.restoreState()

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm,
                            title=f"{p.authority} - prioritisation matrix")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: a risk register whose mitigations are the actions -------------------------------------


def _risks(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec.footer.paragraphs[0].text = f"{p.authority} Council - corporate risk management framework"
    hd = doc.add_paragraph()
    r = hd.add_run(p.title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(f"{p.authority} Council. Register owner: {f['register_owner']}. Risks are "
                      "scored likelihood (L) x impact (I), 1-5 each; the mitigations are the "
                      "actions of our improvement plan.").runs[0].italic = True  # fmt: skip
    doc.add_paragraph().add_run("Ofsted's recommendations").bold = True
    for num, text in p.recs:
        par = doc.add_paragraph()
        par.add_run(f"{p.rec_label.format(n=num)}: ").bold = True
        par.add_run(text)
    by_ref = {a.ref: a for a in p.actions}
    for g, idx in enumerate(f["groups"]):
        num = f["group_recs"][g]
        li, ii = f["inherent"][g]
        lr, ir = f["residual"][g]
        head = doc.add_paragraph()
        head.paragraph_format.space_before = Pt(12)
        head.paragraph_format.keep_with_next = True
        rr = head.add_run(f"Risk CSR-{g + 1:02d}  {f['risk_text'][g]}")
        rr.bold = True
        rr.font.size = Pt(11.5)
        rr.font.color.rgb = RGBColor(0x7F, 0x00, 0x00)
        meta = doc.add_paragraph()
        meta.paragraph_format.keep_with_next = True
        meta.add_run(f"Risk owner: {f['risk_owner'][g]}    Inherent: L{li} x I{ii} = {li * ii}    "
                     f"Residual: L{lr} x I{ir} = {lr * ir}    Last reviewed: "
                     f"{_long(date.fromisoformat(f['reviewed'][g]))}").font.size = Pt(8.5)  # fmt: skip
        lk = doc.add_paragraph()
        lk.paragraph_format.keep_with_next = True
        lk.add_run(f"{h['rec']}: ").bold = True
        lk.add_run(p.rec_label.format(n=num))
        doc.add_paragraph().add_run(f"{h['action']}:").bold = True
        for j in idx:
            a = by_ref[p.actions[j].ref]
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(1.0)
            par.paragraph_format.first_line_indent = Cm(-1.0)
            par.add_run(f"{a.ref}\t").bold = True
            par.add_run(f"{a.text}. ")
            par.add_run(f"{h['owner']}: {a.owner}; {h['due']}: {a.due_raw}; {h['rag']}: ")
            par.add_run(a.status or "").bold = True
            if a.progress:
                up = doc.add_paragraph()
                up.paragraph_format.left_indent = Cm(1.0)
                ur = up.add_run(f"{h['progress']}: {a.progress}")
                ur.italic = True
                ur.font.size = Pt(9)
    if p.kpis:
        doc.add_paragraph()
        doc.add_paragraph().add_run("Key risk indicators").bold = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "F2DCDB")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i2, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i2, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a stage-gate tracker ------------------------------------------------------------------


def _gates(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Gates"
    _xl_setup(ws, True)
    fname = FONTS[p.font]
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    gates = list(f["gate_names"])
    cols = [h["ref"], h["action"], h["owner"], "Project manager", *gates, h["rag"]]
    prog = bool(f["progress"])
    if prog:
        cols.append(h["progress"])
    widths = [7, 42, 20, 18, 12, 12, 12, 12, 14] + ([34] if prog else [])
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    n = len(cols)
    ws.cell(1, 1, f"{p.authority} Council - {p.title}").font = Font(name=fname, size=14,
                                                                    bold=True)  # fmt: skip
    ws.cell(2, 1, f"Gate reviews chaired by {f['chair']}; position at "
                  f"{_long(date.fromisoformat(f['review']))}. Each gate column gives the date "
                  f"the gate is planned or was passed; a work package is complete at "
                  f"{gates[-1]}.").font = Font(name=fname, size=9, italic=True)  # fmt: skip
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    for j, c in enumerate(cols, start=1):
        hc = ws.cell(4, j, c)
        hc.font = Font(name=fname, size=9, bold=True, color="FFFFFF")
        hc.fill = PatternFill("solid", fgColor="404040")
        hc.alignment = Alignment(wrap_text=True, vertical="center")
        hc.border = box
    ws.print_title_rows = "4:4"
    r = 5
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    for num, text in p.recs:
        rc = ws.cell(r, 1, f"{p.rec_label.format(n=num)}: {text}")
        rc.font = Font(name=fname, size=10, bold=True)
        rc.fill = PatternFill("solid", fgColor="E7E6E6")
        rc.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 13.0 * (len(text) // 150 + 1) + 3
        r += 1
        for a in p.per_rec(num):
            i = pos[a.ref]
            vals = [a.ref, a.text, a.owner, f["managers"][i], *f["gate_dates"][i], a.due_raw,
                    a.status or ""]  # fmt: skip
            if prog:
                vals.append(a.progress or "")
            for j, v in enumerate(vals, start=1):
                cell = ws.cell(r, j, v)
                cell.font = Font(name=fname, size=9)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = box
                cell.number_format = "@"
            if a.rag in RAG_FILL:
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=RAG_FILL[a.rag])
            longest = max(len(a.text) // 40, len(a.progress or "") // 32 if prog else 0)
            ws.row_dimensions[r].height = 12.0 * (longest + 1) + 2
            r += 1
    if p.kpis:
        ks = wb.create_sheet("Benefits")
        _xl_setup(ks, True)
        ks.column_dimensions["A"].width = 60
        for j, c_ in enumerate(KCOLS, start=1):
            kc = ks.cell(1, j, h[c_])
            kc.font = Font(name=fname, bold=True)
            kc.border = box
            if j > 1:
                ks.column_dimensions[kc.column_letter].width = 16
        for i2, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i2, j, _kpi_cell(kk, c_)).border = box
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: an outliner export -------------------------------------------------------------------


def _bullet(a: H8Action, h: dict[str, str], comment: tuple[str, str] | None) -> str:
    kids = ""
    if a.progress:
        kids += f"<li><span class='lab'>{_esc(h['progress'])}:</span> {_esc(a.progress)}</li>"
    if comment:
        who, when = comment
        d = date.fromisoformat(when)
        kids += (f"<li class='cm'>comment from {_esc(who)}, {calendar.month_abbr[d.month]} "
                 f"{d.day}, {d.year}: can we confirm this with the board?</li>")  # fmt: skip
    s = (f"<li><span class='ref'>{_esc(a.ref)}</span> {_esc(a.text)} "
         f"<span class='chip'>{_esc(h['owner'])}: {_esc(a.owner)}</span> "
         f"<span class='chip'>{_esc(h['due'])}: {_esc(a.due_raw)}</span> "
         f"<span class='tag t{a.rag or 'none'}'>{_esc(a.status or '')}</span>")  # fmt: skip
    if kids:
        s += f"<ul>{kids}</ul>"
    return s + "</li>"


def _outliner(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    ed = date.fromisoformat(f["edited"])
    pos = {a.ref: i for i, a in enumerate(p.actions)}
    items = []
    for num, text in p.recs:
        sub = "".join(_bullet(a, h, f["comments"].get(str(pos[a.ref]))) for a in p.per_rec(num))
        items.append(f"<li><b>{_esc(p.rec_label.format(n=num))}</b> &mdash; {_esc(text)}"
                     f"<ul>{sub}</ul></li>")  # fmt: skip
    body = (f"<div class='crumb'>Home &rsaquo; {_esc(p.authority)} &rsaquo; Improvement</div>"
            f"<h1>{_esc(p.title)}</h1><p class='sub'>{_esc(p.authority)} Council. Last edited "
            f"{calendar.month_abbr[ed.month]} {ed.day}, {ed.year} by {_esc(f['edited_by'])}. "
            "Tags: #ontrack #atrisk #offtrack #done #todo</p>"
            f"<ul class='tree'>{''.join(items)}")  # fmt: skip
    if p.kpis:
        kk = "".join(f"<li>{_esc(k.indicator)} <span class='chip'>{_esc(h['baseline'])}: "
                     f"{_esc(k.baseline[0])}</span> <span class='chip'>{_esc(h['latest'])}: "
                     f"{_esc(k.latest[0])}</span> <span class='chip'>{_esc(h['target'])}: "
                     f"{_esc(k.target[0])}</span></li>" for k in p.kpis)  # fmt: skip
        body += f"<li><b>Measures ({_esc(h['indicator'])})</b><ul>{kk}</ul></li>"
    body += "</ul>"
    css = (
        "@page { size: A4; margin: 14mm; }"
        f"body {{ font-family: {font}; font-size: 9.5pt; color: #222; line-height: 1.6; }}"
        "h1 { font-size: 17pt; margin: 1mm 0; } .sub, .crumb { color: #777; font-size: 8pt; }"
        "ul { list-style: none; margin: 0; padding-left: 6mm; }"
        "ul.tree { padding-left: 0; }"
        "li { position: relative; margin: 1.2mm 0; padding-left: 4mm; break-inside: avoid; }"
        "li::before { content: ''; position: absolute; left: 0; top: 1.7mm; width: 1.6mm;"
        " height: 1.6mm; border-radius: 50%; background: #555; }"
        "li ul { border-left: 0.3mm solid #ccc; margin-left: -3.2mm; padding-left: 9mm; }"
        ".ref { color: #888; } .chip { display: inline-block; border: 0.3mm solid #bbb;"
        " border-radius: 2mm; padding: 0 1.5mm; font-size: 8pt; background: #f4f4f4; }"
        ".tag { font-size: 8pt; font-weight: 700; } .tgreen { color: #1a7f37; }"
        " .tamber { color: #9a6700; } .tred { color: #cf222e; } .tblue { color: #0969da; }"
        " .tnone { color: #777; } .lab { color: #777; } .cm { color: #777; font-style: italic; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>{body}</body></html>"
    )
