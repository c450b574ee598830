"""Producers of the holdout46 split (BLIND: fixers never read this): an audit trail in
ReportLab; a press release in Word and a form's responses export in Excel, both printed by
LibreOffice; and a microsite printed page by page in HTML printed by Chromium; each drawn
straight from a holdout8.H8Plan built by holdout46."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout46", html=_pages,
                reportlab=_audit, docx=_press, xlsx=_forms)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: an audit trail ------------------------------------------------------------------


def _audit(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    txt = ParagraphStyle("t", fontName=base, fontSize=8, leading=10)
    hd = ParagraphStyle("hd", parent=txt, fontName=bold, textColor=colors.white)
    meta = ParagraphStyle("m", parent=txt, fontSize=8, leading=10, textColor=colors.grey)
    title = ParagraphStyle("h", parent=txt, fontName=bold, fontSize=13, leading=17)
    start = datetime.combine(date.fromisoformat(f["base"]), datetime.min.time())
    fields = {"action": h["action"], "owner": h["owner"], "due": h["due"], "rag": h["rag"],
              "progress": h["progress"], "rec": h["rec"]}  # fmt: skip
    run_on = date.fromisoformat(f["run_on"])
    story: list[Any] = [
        Paragraph(f"{_esc(f['system'])} - {_esc(p.authority)} Council", meta),
        Paragraph(_esc(p.title), title),
        Paragraph(
            f"Audit trail, all records in the plan, oldest change first. Report run "
            f"{run_on.strftime('%d/%m/%Y')} 08:15 by {_esc(f['run_by'])}. Blank 'Old value' "
            "means the field was set for the first time.",
            meta,
        ),
        Spacer(1, 3 * mm),
    ]
    rows: list[list[Any]] = [[Paragraph(c, hd) for c in
                              ("Changed", "Changed by", "Record", "Field", "Old value",
                               "New value")]]  # fmt: skip
    for t, user, record, fld, old, new in f["events"]:
        when = start + timedelta(minutes=int(t) * 7)
        label = fields.get(fld, fld)
        rows.append([Paragraph(when.strftime("%d/%m/%Y %H:%M"), txt), Paragraph(_esc(user), txt),
                     Paragraph(f"<b>{_esc(record)}</b>", txt), Paragraph(_esc(label), txt),
                     Paragraph(_esc(old), txt), Paragraph(_esc(new), txt)])  # fmt: skip
    tb = Table(rows, colWidths=[28 * mm, 34 * mm, 20 * mm, 36 * mm, 60 * mm, 90 * mm],
               repeatRows=1)  # fmt: skip
    tb.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#37474f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f6f7")])]))  # fmt: skip
    story.append(tb)
    if p.kpis:
        story += [Spacer(1, 5 * mm), Paragraph("Measures linked to the plan (current values)",
                                               title)]  # fmt: skip
        krows = [[Paragraph(f"<b>{_esc(h[c])}</b>", txt) for c in KCOLS]]
        krows += [[Paragraph(_esc(_kpi_cell(k, c)), txt) for c in KCOLS] for k in p.kpis]
        kt = Table(krows, colWidths=[90 * mm, 30 * mm, 30 * mm, 30 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]))
        story.append(kt)
    size = landscape(A4)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7)
        canv.setFillColor(colors.grey)
        canv.drawString(12 * mm, 7 * mm, f"{f['system']} audit report AUD-014  |  OFFICIAL")
        canv.drawRightString(size[0] - 12 * mm, 7 * mm, f"Page {doc.page}")
        canv.restoreState()

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm,
                            title=f"{p.authority} - audit trail")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: a press release ----------------------------------------------------------------------


def _press(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(8)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.footer.paragraphs[0].text = f"{p.authority} Council Press Office - ENDS"
    lh = doc.add_paragraph()
    r = lh.add_run(f"{p.authority} Council\nNEWS RELEASE")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x8B, 0x1E, 0x3F)
    emb = date.fromisoformat(f["embargo"])
    doc.add_paragraph(f"EMBARGOED until 00:01 on {_long(emb)}").runs[0].bold = True
    hp = doc.add_paragraph()
    hr = hp.add_run(p.title)
    hr.bold = True
    hr.font.size = Pt(16)
    doc.add_paragraph(
        f"{p.authority} Council has today published the detailed plan it has agreed with its "
        f"partners in response to Ofsted's inspection of services for children. Ofsted will "
        f"return for a monitoring visit, expected around {_long(date.fromisoformat(f['visit']))}."
    )
    doc.add_paragraph(
        f"{f['cabinet']}, Cabinet Member for Children and Families, said: \u201cWe accepted "
        f"every one of Ofsted's findings. Families deserve to know exactly what we are doing "
        f"and when, so we are publishing all of it.\u201d"
    )
    for r_i, (num, text) in enumerate(p.recs):
        rp = doc.add_paragraph()
        rp.paragraph_format.keep_together = True  # a page foot never inside an action
        rp.add_run(f"{p.rec_label.format(n=num)}").bold = True
        rp.add_run(" asked the council to ")
        rp.add_run(f"\u201c{text}\u201d").italic = True
        rp.add_run(" In response the council will: ")
        acts = p.per_rec(num)
        for j, a in enumerate(acts):
            if j == len(acts) - 1 and j > 0:
                rp.add_run("and ")
            rp.add_run(f"({a.ref})").bold = True
            inner = f"{h['owner']} {a.owner}, {h['due']} {a.due_raw}, {a.status or ''}"
            if a.progress:
                inner += f"; {h['progress']} {a.progress}"
            end = "." if j == len(acts) - 1 else "; "
            rp.add_run(f" {a.text} ({inner}){end}")
        if r_i == 1:
            doc.add_paragraph(
                f"{f['dcs']}, Director of Children's Services, added: \u201cOur social workers "
                f"have told us what gets in the way. This plan is built around what they and "
                f"families said.\u201d"
            )
    doc.add_paragraph("ENDS").runs[0].bold = True
    np_ = doc.add_paragraph()
    np_.add_run("Notes to editors").bold = True
    doc.add_paragraph(
        f"1. The full plan is available on the council's website. 2. Ofsted's report was "
        f"published on {_long(date.fromisoformat(f['embargo']) - timedelta(days=60))}. "
        f"3. Media enquiries: {f['media']}, Press Office, {f['phone']}."
    )
    if p.kpis:
        kh = doc.add_paragraph("4. Key figures the council will report publicly:")
        kh.paragraph_format.keep_with_next = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "F2DCE3")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: an online form's responses export ---------------------------------------------------


def _forms(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "Form1"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    rec_text = dict(p.recs)
    cols = ["ID", "Start time", "Completion time", "Email", "Name", h["ref"], h["rec"],
            h["action"], h["owner"], h["due"], h["rag"]]  # fmt: skip
    widths = [5, 15, 15, 26, 18, 12, 40, 40, 22, 14, 16]
    if p.features["progress"]:
        cols.append(h["progress"])
        widths.append(34)
    thin = Side(style="thin", color="BFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, (c_, w) in enumerate(zip(cols, widths, strict=True), start=1):
        cell = ws.cell(1, j, c_)
        cell.font = Font(name=fname, size=9, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="217346")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = box
        ws.column_dimensions[cell.column_letter].width = w
    ws.print_title_rows = "1:1"
    opened = datetime.combine(date.fromisoformat(f["opened"]), datetime.min.time())
    for r_i, (i, t, took, who) in enumerate(f["responses"], start=2):
        a = p.actions[int(i)]
        done = opened + timedelta(minutes=int(t) * 9 + 480)
        began = done - timedelta(minutes=int(took))
        first, last = who.replace("Cllr ", "").split(" ", 1)
        num = a.recs[0]
        vals = [str(r_i - 1), began.strftime("%d/%m/%Y %H:%M:%S"),
                done.strftime("%d/%m/%Y %H:%M:%S"),
                f"{first.lower()}.{last.lower().replace(' ', '')}@{f['domain']}", who, a.ref,
                f"{p.rec_label.format(n=num)}: {rec_text[num]}", a.text, a.owner, a.due_raw,
                a.status or "Not yet started"]  # fmt: skip
        if p.features["progress"]:
            vals.append(a.progress or "")
        for j, v in enumerate(vals, start=1):
            cell = ws.cell(r_i, j, v)
            cell.font = Font(name=fname, size=9)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = box
        longest = max(len(vals[6]) / 40, len(vals[7]) / 40, len(vals[-1]) / 34, 1)
        ws.row_dimensions[r_i].height = 12.5 * (int(longest) + 2)
    if p.kpis:
        ks = wb.create_sheet("Measures")
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


# ---- HTML: a microsite printed page by page -----------------------------------------------------


def _pages(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    upd = [date.fromisoformat(x) for x in f["updated"]]
    crumbs0 = ["Home", f["section"], p.title]
    contact = f["contact"]

    def page(crumbs: list[str], body: str, k: int) -> str:
        bc = " &rsaquo; ".join(_esc(c) for c in crumbs)
        side = (f"<aside><h3>Contact us</h3><p>{_esc(contact)}<br>Improvement Team<br>"
                f"improvement@{_esc(p.authority.lower().replace(' ', ''))}.gov.uk</p>"
                "<h3>Related pages</h3><p>Ofsted report<br>Improvement Board<br>Local offer</p>"
                "</aside>")  # fmt: skip
        return (f"<section class='pg'><header><b>{_esc(p.authority)} Council</b>"
                "<span>Search &nbsp; Sign in</span></header>"
                f"<nav class='bc'>{bc}</nav><div class='wrap'><main>{body}</main>{side}</div>"
                f"<footer>Page last updated {_long(upd[k % len(upd)])}</footer></section>")  # fmt: skip

    parts = []
    intro = (f"<h1>{_esc(p.title)}</h1><p>Ofsted inspected our services for children and made "
             f"{len(p.recs)} recommendations. Each has its own page below, with a page for every "
             "action we are taking.</p><ul>"
             + "".join(f"<li><a>{_esc(p.rec_label.format(n=n))}</a></li>" for n, _ in p.recs)
             + "</ul>")  # fmt: skip
    if p.kpis:
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        head = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        intro += f"<h2>How we will know it is working</h2><table><tr>{head}</tr>{rows}</table>"
    parts.append(page(crumbs0, intro, 0))
    k = 1
    for num, text in p.recs:
        label = p.rec_label.format(n=num)
        acts = p.per_rec(num)
        body = (f"<h1>{_esc(label)}</h1><p class='lead'>Ofsted told us: {_esc(text)}</p>"
                "<h2>In this section</h2><ul>"
                + "".join(f"<li><a>{_esc(a.text)}</a></li>" for a in acts) + "</ul>")  # fmt: skip
        parts.append(page([*crumbs0, label], body, k))
        k += 1
        for a in acts:
            tag = f"<span class='tag t{a.rag or 'none'}'>{_esc(a.status or '')}</span>"
            body = (f"<h1>{_esc(a.text)}</h1>"
                    f"<p class='ref'>{_esc(h['ref'])}: {_esc(a.ref)}</p>"
                    f"<h2>{_esc(h['owner'])}</h2><p>{_esc(a.owner)}</p>"
                    f"<h2>{_esc(h['due'])}</h2><p>{_esc(a.due_raw)}</p>"
                    f"<h2>{_esc(h['rag'])}</h2><p>{tag}</p>")  # fmt: skip
            if a.progress:
                body += f"<h2>{_esc(h['progress'])}</h2><p>{_esc(a.progress)}</p>"
            parts.append(page([*crumbs0, label, "Action"], body, k))
            k += 1
    css = (
        "@page { size: A4; margin: 14mm; }"
        f"body {{ font-family: {font}; font-size: 10.5pt; color: #0b0c0c; margin: 0; }}"
        ".pg { break-after: page; } .pg:last-child { break-after: auto; }"
        "header { background: #00534f; color: #fff; padding: 3mm; display: flex;"
        " justify-content: space-between; }"
        ".bc { font-size: 8.5pt; color: #333; margin: 2mm 0 3mm 0; }"
        ".wrap { display: flex; gap: 6mm; } main { flex: 3; } aside { flex: 1; font-size: 8.5pt;"
        " border-top: 1mm solid #00534f; padding-top: 1mm; color: #444; }"
        "h1 { font-size: 18pt; margin: 1mm 0 3mm 0; } h2 { font-size: 12pt; margin: 4mm 0 1mm 0; }"
        "h3 { font-size: 9.5pt; margin: 2mm 0 1mm 0; } .lead { font-size: 12pt; }"
        ".ref { color: #505a5f; font-size: 9pt; } a { color: #1d70b8; text-decoration: underline; }"
        ".tag { padding: 0.5mm 2mm; font-weight: 700; } .tgreen { background: #cce2d8; }"
        ".tamber { background: #fff7bf; } .tred { background: #f6d7d2; } .tblue { background:"
        " #bbd4ea; } .tnone { background: #eee; }"
        "footer { margin-top: 8mm; font-size: 8pt; color: #505a5f; border-top: 0.3mm solid #ccc; }"
        "table { border-collapse: collapse; } td, th { border: 0.3mm solid #b1b4b6; padding: 1mm"
        " 2mm; font-size: 9pt; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(p.title)}"
        f"</title><style>{css}</style></head><body>" + "".join(parts) + "</body></html>"
    )
