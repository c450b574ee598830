"""Producers of the holdout44 split (BLIND: fixers never read this): a scrutiny committee's
verbatim transcript in ReportLab; workstream charters in Word and a CSV export opened unsplit in
Excel, both printed by LibreOffice; and the plan's API response in a browser's JSON viewer in
HTML printed by Chromium; each drawn straight from a holdout8.H8Plan built by holdout44."""

from __future__ import annotations

import calendar
import json
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

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
    print_plans(plans, folder, "plangen-lo-profile-holdout44", html=_json_viewer,
                reportlab=_transcript, docx=_charters, xlsx=_csv)  # fmt: skip


def _ordinal(d: date) -> str:
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _esc(s: str) -> str:
    return escape(s, quote=False)


# ---- ReportLab: a scrutiny committee's verbatim transcript ---------------------------------------


def _transcript(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
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
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=14, spaceAfter=6,
                          leftIndent=18 * mm, firstLineIndent=-18 * mm)  # fmt: skip
    plain = ParagraphStyle("p", fontName=base, fontSize=10, leading=13, spaceAfter=4)
    title = ParagraphStyle("t", parent=plain, fontName=bold, fontSize=13, leading=17)
    cell = ParagraphStyle("c", parent=plain, fontSize=8.5, leading=10.5, spaceAfter=0)
    hh, mm_ = f["clock"]
    minute = hh * 60 + mm_

    def stamp() -> str:
        nonlocal minute
        minute += 1 + (p.seed_rng + minute) % 3
        return f"[{minute // 60:02d}:{minute % 60:02d}]"

    chair, director, clerk = f["chair"], f["director"], f["clerk"]
    cllrs = list(f["councillors"])
    qs = list(f["questions"])

    def turn(who: str, text: str) -> KeepTogether:
        return KeepTogether([Paragraph(f"{stamp()}&nbsp;&nbsp;<b>{_esc(who)}:</b> {text}", body)])

    path = folder / f"{p.name}.pdf"
    story: list[Any] = [
        Paragraph(f"{_esc(p.authority)} Council", title),
        Paragraph(_esc(p.title), title),
        Paragraph(
            f"Meeting held on {_ordinal(p.issued)} in the Council Chamber and broadcast "
            f"online. Item 6: Children's services improvement plan - progress. This record "
            f"was prepared from the webcast by {_esc(clerk)}, Democratic Services, and "
            f"is not the formal minute.",
            plain,
        ),  # fmt: skip
        Spacer(1, 4 * mm),
        turn(
            f"THE CHAIR ({chair})",
            "We move to item 6, the improvement plan. I will ask the "
            f"Director, {_esc(director)}, to take us through it recommendation by "
            "recommendation, and then I will take questions.",
        ),  # fmt: skip
    ]
    dir_lab = f"THE DIRECTOR ({director})"
    for i, (num, text) in enumerate(p.recs):
        story.append(turn(dir_lab, f"{_esc(p.rec_label.format(n=num))}. The inspectors said: "
                          f"\u201c{_esc(text)}\u201d Our actions against that are these."))  # fmt: skip
        for a in p.per_rec(num):
            said = (f"{_esc(h['ref'])} {_esc(a.ref)}: \u201c{_esc(a.text)}\u201d It "
                    f"{_esc(h['owner'])} {_esc(a.owner)}, and it {_esc(h['due'])} "
                    f"{_esc(a.due_raw)}. {_esc(h['rag'])} {_esc(a.status or '')}.")  # fmt: skip
            if a.progress:
                said += f" Where we are: {_esc(a.progress)}"
            story.append(turn(dir_lab, said))
        if i < len(qs) and i % 2 == 0:
            cl = cllrs[i % len(cllrs)]
            story.append(turn(cl.upper().replace("CLLR", "COUNCILLOR"), _esc(qs[i])))
            back = _ordinal(date.fromordinal(p.issued.toordinal() - 20 - i))
            story.append(turn(dir_lab, "A fair challenge, Chair. The Improvement Board looked at "
                              f"exactly that on the {back}, and I will ask "
                              f"{_esc(clerk)} to circulate the note."))  # fmt: skip
    nxt = _ordinal(date.fromisoformat(f["next_meeting"]))
    story.append(turn(f"THE CHAIR ({chair})", "Thank you, Director. The committee notes the "
                      f"report and will return to it on the {nxt}."))  # fmt: skip
    if p.kpis:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph("Document tabled at the meeting: performance measures", title))
        rows = [[Paragraph(f"<b>{_esc(h[c])}</b>", cell) for c in KCOLS]]
        rows += [[Paragraph(_esc(_kpi_cell(k, c)), cell) for c in KCOLS] for k in p.kpis]
        kt = Table(rows, colWidths=[90 * mm, 28 * mm, 28 * mm, 28 * mm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
        story.append(kt)

    def page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(base, 7.5)
        canv.drawString(20 * mm, 10 * mm, "Verbatim record - subject to correction")
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title=f"{p.authority} - scrutiny transcript")  # fmt: skip
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return path


# ---- Word: workstream charters ------------------------------------------------------------------


def _charters(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[p.font]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.header.paragraphs[0].text = f"{p.authority} Council - Improvement Programme - OFFICIAL"
    plum = RGBColor(0x5B, 0x2A, 0x6E)
    tp = doc.add_paragraph()
    r = tp.add_run(f"{p.authority} Children's Services\n{p.title}")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = plum
    doc.add_paragraph(
        f"Senior responsible owner: {f['sro']}. Agreed by the Improvement Board on "
        f"{date.fromisoformat(f['board']).strftime('%d-%b-%y')}. Each workstream meets "
        f"{f['cycle']} and reports to the Board by exception."
    )
    rec_text = dict(p.recs)
    for w_i, ws in enumerate(f["workstreams"], start=1):
        nums = [n for n, _ in p.recs if f["ws_of"][n] == ws]
        if not nums:
            continue
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(14)
        hp.paragraph_format.keep_with_next = True
        hr_ = hp.add_run(f"Workstream {w_i}: {ws}")
        hr_.bold = True
        hr_.font.size = Pt(14)
        hr_.font.color.rgb = plum
        mp = doc.add_paragraph()
        mp.add_run("Chair: ").bold = True
        mp.add_run(f"{f['chairs'][ws]}.   ")
        mp.add_run("Members: ").bold = True
        mp.add_run(", ".join(f["members"][ws]) + ".")
        pp = doc.add_paragraph()
        pp.add_run(f"This workstream {h['rec'].lower()}:").bold = True
        for n in nums:
            rp = doc.add_paragraph()
            rp.paragraph_format.left_indent = Cm(0.8)
            rp.add_run(f"{p.rec_label.format(n=n)}. ").italic = True
            rp.add_run(rec_text[n]).italic = True
        dp = doc.add_paragraph()
        dp.paragraph_format.space_before = Pt(6)
        dp.paragraph_format.keep_with_next = True
        dr = dp.add_run("Deliverables")
        dr.bold = True
        dr.font.size = Pt(11.5)
        for n in nums:
            for a in p.per_rec(n):
                ap = doc.add_paragraph()
                ap.paragraph_format.space_before = Pt(5)
                ap.paragraph_format.keep_with_next = True
                ap.add_run(f"{a.ref}   ").bold = True
                ap.add_run(a.text).bold = True
                lp = doc.add_paragraph()
                lp.paragraph_format.left_indent = Cm(1.2)
                lp.paragraph_format.keep_with_next = bool(a.progress)
                for lab, val in ((h["owner"], a.owner), (h["due"], a.due_raw),
                                 (h["rag"], a.status or "")):  # fmt: skip
                    lr = lp.add_run(f"{lab}: ")
                    lr.font.size = Pt(9)
                    lr.font.color.rgb = RGBColor(0x6A, 0x6A, 0x6A)
                    vr = lp.add_run(val + "     ")
                    vr.font.size = Pt(9)
                if a.progress:
                    up = doc.add_paragraph()
                    up.paragraph_format.left_indent = Cm(1.2)
                    ur = up.add_run(f"{h['progress']}: ")
                    ur.italic = True
                    ur.font.size = Pt(9)
                    uv = up.add_run(a.progress)
                    uv.font.size = Pt(9)
    if p.kpis:
        kh = doc.add_paragraph()
        kh.paragraph_format.space_before = Pt(14)
        kh.paragraph_format.keep_with_next = True
        kr = kh.add_run("Programme success measures")
        kr.bold = True
        kr.font.size = Pt(12)
        kr.font.color.rgb = plum
        kt = doc.add_table(rows=1 + len(p.kpis), cols=4)
        kt.style = doc.styles["Table Grid"]
        for ktr in kt.rows:
            _keep_row(ktr)
        for j, c_ in enumerate(KCOLS):
            _shade(kt.cell(0, j), "EADCF0")
            kt.cell(0, j).paragraphs[0].add_run(h[c_]).bold = True
        for i, kk in enumerate(p.kpis, start=1):
            for j, c_ in enumerate(KCOLS):
                kt.cell(i, j).paragraphs[0].add_run(_kpi_cell(kk, c_))
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: a CSV export opened unsplit ---------------------------------------------------------


def _q(vals: list[str]) -> str:
    return ";".join('"' + v.replace('"', '""') + '"' for v in vals)


def _csv(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    f = p.features
    wb = Workbook()
    ws = wb.active
    ws.title = "improvement_plan_export"
    _xl_setup(ws, True)
    ws.column_dimensions["A"].width = 110
    font = Font(name="Liberation Mono" if p.font == "serif" else FONTS[p.font], size=8)
    ws.oddFooter.left.text = "&F"
    ws.oddFooter.right.text = "Page &P"
    lines = [
        f"# {p.title} - {p.authority} Council - exported from {f['system']} by "
        f"{f['exported_by']} at {f['exported']} (run {f['run_id']})",
        _q(
            [
                "record_type",
                h["rec"],
                h["ref"],
                h["action"],
                h["owner"],
                h["due"],
                h["rag"],
                h["progress"],
                "changed_by",
                "changed_on",
            ]
        ),  # fmt: skip
    ]
    for num, text in p.recs:
        lines.append(_q(["REC", num, "", text, "", "", "", "", "", ""]))
        for a in p.per_rec(num):
            lines.append(_q(["ACT", num, a.ref, a.text, a.owner, a.due_raw, a.status or "",
                             a.progress or "", f["changed_by"][a.ref], f["changed"][a.ref]]))  # fmt: skip
    if p.kpis:
        lines.append("")
        lines.append(_q(["record_type"] + [h[c] for c in KCOLS]))
        for k in p.kpis:
            lines.append(_q(["KPI"] + [_kpi_cell(k, c) for c in KCOLS]))
    n_rows = sum(1 for x in lines if x.startswith(chr(34)))
    lines.append(f"# {n_rows} rows written")
    for i, line in enumerate(lines, start=1):
        cl = ws.cell(i, 1, line)
        cl.font = font
        cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        ws.row_dimensions[i].height = 11 * max(1, -(-len(line) // 92)) + 2
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


# ---- HTML: the plan's API response in a browser's JSON viewer -----------------------------------


def _json_viewer(p: H8Plan) -> str:
    font = CSS_FONTS[p.font]
    h = p.headers
    f = p.features
    data: dict[str, Any] = {
        "id": int(f["url"].split("/plans/")[1].split("?")[0]),
        "authority": f"{p.authority} Council",
        "title": f"{p.authority} Children's Services {p.title}",
        "createdBy": {"displayName": f["created_by"]},
        "watchers": [{"displayName": w} for w in f["watchers"]],
        "recommendations": [],
    }
    for num, text in p.recs:
        acts = []
        for a in p.per_rec(num):
            obj: dict[str, Any] = {h["ref"]: a.ref, h["action"]: a.text,
                                   h["owner"]: {"displayName": a.owner}, h["due"]: a.due_raw,
                                   h["rag"]: a.status}  # fmt: skip
            if a.progress:
                obj[h["progress"]] = a.progress
            obj["updatedBy"] = f["updated_by"][a.ref]
            obj["updatedAt"] = f"{f['updated'][a.ref]}T09:14:07Z"
            acts.append(obj)
        data["recommendations"].append({"number": num, "text": text, "actions": acts})
    if p.kpis:
        data["measures"] = [{h[c]: _kpi_cell(k, c) for c in KCOLS} for k in p.kpis]
    text = json.dumps(data, indent=2, ensure_ascii=False)
    rows = []
    for i, line in enumerate(text.split("\n"), start=1):
        rows.append(f"<div class='l'><span class='n'>{i}</span><span class='c'>"
                    f"{_colour(line)}</span></div>")  # fmt: skip
    css = (
        "@page { size: A4; margin: 10mm; }"
        f"body {{ font-family: {font}; margin: 0; font-size: 8.5pt; color: #222; }}"
        ".url { font-family: sans-serif; font-size: 7.5pt; color: #555; border: 0.3mm solid #ccc;"
        " border-radius: 2mm; padding: 1mm 2mm; margin-bottom: 2mm; }"
        ".tabs { font-family: sans-serif; font-size: 8pt; border-bottom: 0.3mm solid #ccc;"
        " padding-bottom: 1mm; margin-bottom: 2mm; } .tabs span { margin-right: 4mm; }"
        ".tabs .on { color: #0060df; font-weight: 700; border-bottom: 0.6mm solid #0060df; }"
        ".l { display: flex; font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace;"
        " font-size: 7.6pt; line-height: 1.35; break-inside: avoid; }"
        ".n { width: 9mm; text-align: right; color: #aaa; padding-right: 3mm; flex: none; }"
        ".c { white-space: pre-wrap; flex: 1; } .k { color: #8a2be2; } .s { color: #0b7a0b; }"
        ".d { color: #0550ae; } .z { color: #999; }"
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(f['url'])}"
        f"</title><style>{css}</style></head><body><div class='url'>{escape(f['url'])}</div>"
        "<div class='tabs'><span class='on'>JSON</span><span>Raw Data</span><span>Headers</span>"
        "<span>Save</span><span>Copy</span><span>Collapse All</span>"
        "<span>Filter JSON</span></div>" + "".join(rows) + "</body></html>"
    )


def _colour(line: str) -> str:
    """One pretty-printed JSON line with its key, string and number tokens coloured."""
    stripped = line.lstrip(" ")
    indent = line[: len(line) - len(stripped)]
    if stripped.startswith('"') and '": ' in stripped:
        key, _, rest = stripped.partition('": ')
        head = f"<span class='k'>{escape(key)}\"</span>: "
    else:
        rest, head = stripped, ""
    if rest.startswith('"'):
        body = f"<span class='s'>{escape(rest)}</span>"
    elif rest[:1].isdigit() or rest.startswith("null"):
        body = f"<span class='{'z' if rest.startswith('null') else 'd'}'>{escape(rest)}</span>"
    else:
        body = escape(rest)
    return indent + head + body
