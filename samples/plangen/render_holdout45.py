"""Producers of the holdout45 split (BLIND: fixers never read this): a social-media thread in
ReportLab; a handover letter in Word and a quarter grid in Excel, both printed by LibreOffice;
and a team chat channel in HTML printed by Chromium; each drawn straight from a holdout8.H8Plan
built by holdout45."""

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

from samples.plangen.holdout7 import H7Kpi
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout45 import quarter_of
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_holdout21 import _keep_row
from samples.plangen.render_holdout41 import _shade
from samples.plangen.render_office import FONTS

KCOLS = ("indicator", "baseline", "latest", "target")


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout45", html=_chat,
                reportlab=_thread, docx=_handover, xlsx=_quarters)  # fmt: skip


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- ReportLab: a social-media thread -------------------------------------------------------------


def _thread(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    h = p.headers
    f = p.features
    base = "Times-Roman" if p.font == "serif" else "Helvetica"
    bold = "Times-Bold" if p.font == "serif" else "Helvetica-Bold"
    txt = ParagraphStyle("t", fontName=base, fontSize=10, leading=13.5, spaceAfter=2)
    meta = ParagraphStyle("m", parent=txt, fontSize=8, leading=10, textColor=colors.grey)
    title = ParagraphStyle("h", parent=txt, fontName=bold, fontSize=13, leading=17)
    acct = f"{p.authority} Children's Services"
    handle = f["handle"]
    posted = date.fromisoformat(f["posted"])
    hh, mi = f["clock"]
    counts = list(f["counts"])
    n_posts = 1 + len(p.recs) + len(p.actions) + (1 if p.kpis else 0)
    story: list[Any] = [
        Paragraph(f"{_esc(acct)} on social media: {_esc(p.title)}", title),
        Paragraph(
            f"Printed from the web {_long(posted)}. Posts by {_esc(handle)}; replies "
            "shown as they appeared.",
            meta,
        ),  # fmt: skip
        Spacer(1, 4 * mm),
    ]
    k = 0

    def post(who: str, hdl: str, body: list[Any], own: bool) -> None:
        nonlocal k
        c = counts[k % len(counts)]
        k += 1
        minute = hh * 60 + mi + k
        head = Paragraph(f"<b>{_esc(who)}</b> <font color='grey'>{_esc(hdl)} \u00b7 "
                         f"{minute // 60:02d}:{minute % 60:02d} \u00b7 "
                         f"{posted.day} {calendar.month_abbr[posted.month]}</font>", txt)  # fmt: skip
        foot = Paragraph(f"Replies {c[0]} &nbsp;&nbsp; Reposts {c[1]} &nbsp;&nbsp; Likes {c[2]}",
                         meta)  # fmt: skip
        initials = "".join(w[0] for w in who.split()[:2]).upper()
        av = Table([[initials]], colWidths=[10 * mm], rowHeights=[10 * mm])
        av.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1d6fa5" if own else "#9a9a9a")),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.white), ("FONTNAME", (0, 0), (-1, -1), bold),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
        t = Table([[av, [head, *body, foot]]], colWidths=[14 * mm, 150 * mm])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#dddddd")),
            ("LEFTPADDING", (1, 0), (1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))  # fmt: skip
        story.append(t)

    i = 1
    post(acct, handle, [Paragraph(
        f"{i}/{n_posts} Last year Ofsted inspected our services for children. Today we're "
        f"sharing what they asked us to improve and exactly what we're doing about it. A "
        f"thread \u2193", txt)], True)  # fmt: skip
    replies = list(f["replies"])
    repliers = list(f["repliers"])
    for r_i, (num, text) in enumerate(p.recs):
        i += 1
        post(acct, handle, [Paragraph(
            f"{i}/{n_posts} <b>{_esc(p.rec_label.format(n=num))}</b>: \u201c{_esc(text)}\u201d",
            txt)], True)  # fmt: skip
        for a in p.per_rec(num):
            i += 1
            lines = [f"{i}/{n_posts} <b>{_esc(a.ref)}</b> {_esc(a.text)}",
                     f"{_esc(h['owner'])} {_esc(a.owner)}",
                     f"{_esc(h['due'])} {_esc(a.due_raw)}",
                     f"{_esc(h['rag'])} {_esc(a.status or '')}"]  # fmt: skip
            if a.progress:
                lines.append(f"{_esc(h['progress'])} {_esc(a.progress)}")
            post(acct, handle, [Paragraph("<br/>".join(lines), txt)], True)
        if r_i < len(replies) and r_i % 2 == 0:
            who = repliers[r_i % len(repliers)]
            post(who.split("_")[0].title(), f"@{who}", [Paragraph(
                f"<font color='grey'>Replying to {_esc(handle)}</font><br/>"
                f"{_esc(replies[r_i])}", txt)], False)  # fmt: skip
    if p.kpis:
        i += 1
        rows = [[Paragraph(f"<b>{_esc(h[c])}</b>", meta) for c in KCOLS]]
        rows += [[Paragraph(_esc(_kpi_cell(kk, c)), txt) for c in KCOLS] for kk in p.kpis]
        kt = Table(rows, colWidths=[70 * mm, 25 * mm, 25 * mm, 25 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
        post(acct, handle, [Paragraph(f"{i}/{n_posts} And the numbers we'll report back on "
                                      "(image description below):", txt), kt], True)  # fmt: skip

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7)
        canv.setFillColor(colors.grey)
        canv.drawString(15 * mm, 8 * mm, f"https://social.example/{handle[1:]}/status/thread")
        canv.drawRightString(A4[0] - 15 * mm, 8 * mm, f"{doc.page}")
        canv.restoreState()

    path = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{p.authority} - thread")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: a handover letter --------------------------------------------------------------------


def _handover(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.footer.paragraphs[0].text = "PERSONAL - handover note"
    lh = doc.add_paragraph()
    r = lh.add_run(f"{p.authority} Council\nChildren's Services - Office of the Director")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph(_long(date.fromisoformat(f["letter_date"])))
    outgoing, incoming = f["outgoing"], f["incoming"]
    doc.add_paragraph(f"Dear {incoming.split()[0]},")
    sp = doc.add_paragraph()
    sp.add_run(f"{p.title}").bold = True
    m = f["mentions"]
    doc.add_paragraph(
        f"As promised, here is where I am leaving the improvement plan. I have gone through it "
        f"recommendation by recommendation so that you can see who holds each piece of work, "
        f"what we have promised and how I honestly rate it. The Improvement Board next meets on "
        f"{_long(date.fromisoformat(f['board']))} and Ofsted's next monitoring visit is "
        f"expected around {_long(date.fromisoformat(f['visit']))}. {m[0]} in the PMO keeps the "
        f"master copy."
    )
    for num, text in p.recs:
        rp = doc.add_paragraph()
        rp.paragraph_format.space_before = Pt(8)
        rp.paragraph_format.keep_with_next = True
        rp.add_run(f"On {p.rec_label.format(n=num)}, the inspectors asked us to ")
        rr = rp.add_run(f"\u201c{text}\u201d")
        rr.italic = True
        rp.add_run(" There are these pieces of work:")
        for a in p.per_rec(num):
            ap = doc.add_paragraph()
            ap.paragraph_format.left_indent = Cm(1.2)
            ap.paragraph_format.first_line_indent = Cm(-1.2)
            ap.paragraph_format.keep_together = True  # an action never split by the page foot
            ap.add_run(f"{a.ref}\t").bold = True
            ap.add_run(f"{a.text}. ")
            ap.add_run(f"{a.owner} {h['owner']}; {h['due']} {a.due_raw}, and {h['rag']} "
                       f"{a.status or ''}.")  # fmt: skip
            if a.progress:
                ap.add_run(f" {h['progress']} {a.progress}")
    if p.kpis:
        kh = doc.add_paragraph(
            "The measures below are the ones the Board looks at first. They are the figures from "
            "the last performance pack:"
        )
        kh.paragraph_format.keep_with_next = True
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "DCE6F1")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    doc.add_paragraph(
        f"{m[1]} and {m[2]} have both been generous with their time and will brief you on the "
        f"partnership side. My PA, {f['pa']}, has set up our handover call."
    )
    doc.add_paragraph("With very best wishes,")
    sg = doc.add_paragraph()
    sg.add_run(f"{outgoing}\n").bold = True
    sg.add_run(f"Interim Director of Children's Services, {p.authority} Council")
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a quarter grid ----------------------------------------------------------------------


def _q_label(year: int, month: int, fy: bool) -> str:
    span = f"{calendar.month_abbr[month]}-{calendar.month_abbr[month + 2]} {year}"
    if not fy:
        return span
    fy_start = year if month >= 4 else year - 1
    qn = {4: 1, 7: 2, 10: 3, 1: 4}[month]
    return f"Q{qn} {fy_start}/{(fy_start + 1) % 100:02d}\n{span}"


def _block(a: H8Action, h: dict[str, str]) -> str:
    lines = [f"{a.ref}  {a.text}", f"{h['owner']}: {a.owner}",
             f"{h['due']}: {a.due_raw}   {a.status or ''}"]  # fmt: skip
    if a.progress:
        lines.append(f"{h['progress']}: {a.progress}")
    return "\n".join(lines)


def _qa(a: H8Action) -> tuple[int, int]:
    assert a.due_date is not None  # every holdout45 action has a due date
    return quarter_of(a.due_date)


def _quarters(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "By quarter"
    _xl_setup(ws, True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    fname = FONTS[p.font]
    qs = sorted({_qa(a) for a in p.actions})
    allq: list[tuple[int, int]] = []
    y, mo = qs[0]
    while (y, mo) <= qs[-1]:
        allq.append((y, mo))
        y, mo = (y + 1, 1) if mo == 10 else (y, mo + 3)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, f"{p.authority} Council - Children's Services {p.title}").font = Font(
        name=fname, size=14, bold=True
    )
    ws.cell(2, 1, f"Version {f['version']} as at {_long(date.fromisoformat(f['as_at']))}, "
                  f"prepared by {f['prepared_by']}. Status: [OK] on track, [WATCH] at risk, "
                  "[LATE] overdue, [DONE] complete, [TBC] not started.").font = Font(
        name=fname, size=9, italic=True)  # fmt: skip
    ws.column_dimensions["A"].width = 34
    hdr = ws.cell(4, 1, h["rec"])
    hdr.font = Font(name=fname, size=10, bold=True, color="FFFFFF")
    hdr.fill = PatternFill("solid", fgColor="2E5C8A")
    hdr.border = box
    for j, (yy, mm) in enumerate(allq, start=2):
        c = ws.cell(4, j, _q_label(yy, mm, bool(f["fy_labels"])))
        c.font = Font(name=fname, size=10, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2E5C8A")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = box
        ws.column_dimensions[c.column_letter].width = 30
    ws.row_dimensions[4].height = 30
    ws.print_title_rows = "4:4"
    for i, (num, text) in enumerate(p.recs, start=5):
        rc = ws.cell(i, 1, f"{p.rec_label.format(n=num)}\n{text}")
        rc.font = Font(name=fname, size=9, bold=True)
        rc.alignment = Alignment(wrap_text=True, vertical="top")
        rc.fill = PatternFill("solid", fgColor="E8EEF5")
        rc.border = box
        lines = -(-len(text) // 30) + 1
        for j, q in enumerate(allq, start=2):
            acts = [a for a in p.per_rec(num) if _qa(a) == q]
            val = "\n\n".join(_block(a, h) for a in acts)
            c = ws.cell(i, j, val or None)
            c.font = Font(name=fname, size=8)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = box
            n = sum(-(-len(line) // 32) for line in val.split("\n")) if val else 0
            lines = max(lines, n)
        ws.row_dimensions[i].height = 11.5 * lines + 6
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
        for i, kk in enumerate(p.kpis, start=2):
            for j, c_ in enumerate(KCOLS, start=1):
                ks.cell(i, j, _kpi_cell(kk, c_)).border = box
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: a team chat channel ------------------------------------------------------------------


def _chat(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    bot = f["bot"]
    posted = date.fromisoformat(f["posted"])

    def msg(who: str, when: str, body: str, cls: str = "") -> str:
        initials = "".join(w[0] for w in who.split()[:2]).upper()
        return (f"<div class='m {cls}'><div class='av'>{_esc(initials)}</div><div class='b'>"
                f"<div class='who'><b>{_esc(who)}</b> <span class='t'>{_esc(when)}</span></div>"
                f"{body}</div></div>")  # fmt: skip

    parts = [
        f"<div class='top'><b>{_esc(f['team'])}</b> &rsaquo; # {_esc(f['channel'])}"
        "<span class='tabs'>Posts &nbsp; Files &nbsp; Plan &nbsp; +</span></div>",
        msg(
            f["people"][0],
            f"{posted.strftime('%d/%m/%Y')} 09:02",
            f"<p>Morning all - {_esc(bot)} is now posting {_esc(p.authority)}'s "
            f"improvement plan here. Please keep updates in the threads.</p>",
        ),  # fmt: skip
    ]
    chat_replies = list(f["chat_replies"])
    for r_i, (num, text) in enumerate(p.recs):
        head = msg(f"{bot} (Bot)", f"{posted.strftime('%d/%m/%Y')} 09:{10 + r_i:02d}",
                   f"<div class='card'><div class='ct'>{_esc(p.rec_label.format(n=num))}</div>"
                   f"<p>{_esc(text)}</p></div>", "bot")  # fmt: skip
        thread = []
        for a in p.per_rec(num):
            tag = f"<span class='tag'>{_esc(a.status)}</span>" if a.status else ""
            body = (f"<p><b>{_esc(h['ref'])} {_esc(a.ref)}</b> &middot; {_esc(a.text)}</p>"
                    f"<p class='meta'>{_esc(h['owner'])} <span class='who2'>{_esc(a.owner)}"
                    f"</span> &middot; {_esc(h['due'])} {_esc(a.due_raw)} {tag}</p>")  # fmt: skip
            if a.progress:
                body += f"<blockquote>{_esc(h['progress'])} {_esc(a.progress)}</blockquote>"
            thread.append(msg(f"{bot} (Bot)", f"{posted.strftime('%d/%m/%Y')} 09:"
                              f"{10 + r_i:02d}", body, "bot"))  # fmt: skip
        who, tmpl, d_iso, other = chat_replies[r_i % len(chat_replies)]
        dd = date.fromisoformat(d_iso)
        thread.append(msg(who, f"{dd.strftime('%d/%m/%Y')} 16:4{r_i}", "<p>" + _esc(
            tmpl.format(d=f"{dd.day}/{dd.month}/{dd.year % 100:02d}", p=other)) + "</p>"))  # fmt: skip
        parts.append(f"<div class='post'>{head}<div class='thr'>{''.join(thread)}</div>"
                     f"<div class='reply'>Reply</div></div>")  # fmt: skip
    if p.kpis:
        rows = "".join("<tr>" + "".join(f"<td>{_esc(_kpi_cell(k, c))}</td>" for c in KCOLS)
                       + "</tr>" for k in p.kpis)  # fmt: skip
        head = "".join(f"<th>{_esc(h[c])}</th>" for c in KCOLS)
        parts.append(msg(f["people"][1], f"{posted.strftime('%d/%m/%Y')} 11:30",
                         f"<p>Dashboard snapshot for the Board:</p><table><tr>{head}</tr>{rows}"
                         "</table>"))  # fmt: skip
    css = (
        "@page { size: A4; margin: 12mm; }"
        f"body {{ font-family: {font}; font-size: 9.5pt; color: #242424; margin: 0; }}"
        ".top { border-bottom: 0.4mm solid #ccc; padding: 2mm 0; margin-bottom: 3mm; }"
        ".tabs { margin-left: 8mm; color: #6264a7; font-size: 8.5pt; }"
        ".post { border: 0.3mm solid #e1e1e1; border-radius: 2mm; margin: 0 0 4mm 0;"
        " padding: 2mm; }"
        ".m { display: flex; gap: 2.5mm; margin: 1.5mm 0; break-inside: avoid; }"
        ".av { width: 8mm; height: 8mm; border-radius: 50%; background: #8b8cc7; color: #fff;"
        " font-size: 7.5pt; display: flex; align-items: center; justify-content: center;"
        " flex: none; } .bot .av { background: #c4314b; }"
        ".b { flex: 1; } .b p { margin: 0.5mm 0; } .t { color: #888; font-size: 8pt; }"
        ".thr { margin-left: 10mm; border-left: 0.4mm solid #e1e1e1; padding-left: 3mm; }"
        ".card { border-left: 1mm solid #6264a7; background: #f5f5fb; padding: 1.5mm 2.5mm; }"
        ".ct { font-weight: 700; } .meta { color: #555; font-size: 8.5pt; }"
        ".who2 { color: #6264a7; } .tag { color: #0f6cbd; font-weight: 600; }"
        "blockquote { margin: 0.5mm 0 0.5mm 2mm; border-left: 0.6mm solid #ccc;"
        " padding-left: 2mm; color: #444; font-size: 8.5pt; }"
        ".reply { color: #6264a7; font-size: 8pt; margin-left: 10mm; }"
        "table { border-collapse: collapse; margin-top: 1mm; }"
        "td, th { border: 0.3mm solid #ccc; padding: 1mm 2mm; font-size: 8.5pt; text-align: left; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title># {escape(f['channel'])}"
        f"</title><style>{css}</style></head><body>" + "".join(parts) + "</body></html>"
    )
