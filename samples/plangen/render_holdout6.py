"""Producers of the holdout6 split (BLIND: fixers never read this): a committee report in Word and
a SMART workbook in Excel printed by LibreOffice, a parallel-list table and board minutes in HTML
printed by Chromium, a progress report with update rows in ReportLab; each drawn straight from a
holdout6.H6Plan."""

from __future__ import annotations

import calendar
import random
from datetime import timedelta
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout6 import DOT, H6_STATUS, TINT, H6Action, H6Kpi, H6Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _put, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_holdout4 import _rl_fonts, _xl_setup
from samples.plangen.render_office import FONTS


def render_all(plans: list[H6Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout6",
        html=_html,
        reportlab=_updates,
        docx=_docx,
        xlsx=_xlsx,
    )


def _html(p: H6Plan) -> str:
    return _parallel(p) if p.layout == "parallel" else _minutes(p)


def _label(p: H6Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _kpi_cell(k: H6Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


def _kpi_columns(rng: random.Random) -> list[str]:
    return rng.choice((["indicator", "baseline", "latest", "target"],
                       ["indicator", "baseline", "target", "latest"]))  # fmt: skip


def _key_text() -> str:
    return "; ".join(word for word, _ in H6_STATUS)


def _abbrev_line(p: H6Plan) -> str:
    pairs = p.acronyms()
    return (
        ("Abbreviations: " + "; ".join(f"{s} – {full}" for s, full in pairs) + ".") if pairs else ""
    )


def _long_date(d: Any) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# ---- Word: a committee report ----------------------------------------------------------------


def _docx(p: H6Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    size = 10.5
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2", "List Bullet", "List Bullet 2"):
        doc.styles[name].font.name = FONTS[p.font]
    h = p.headers
    width = 21.0 - 4.0
    committee = rng.choice(("Cabinet", "Children and Young People Scrutiny Committee",
                            "Corporate Parenting Panel"))  # fmt: skip
    doc.add_paragraph().add_run(f"{p.authority} Council").bold = True
    front = [("Report to", committee), ("Date of meeting", _long_date(p.meeting)),
             ("Report of", "Director of Children's Services"), ("Title", p.title),
             ("Wards affected", "All"), ("Key decision", rng.choice(("No", "Yes")))]  # fmt: skip
    ft = doc.add_table(rows=len(front), cols=2)
    _borders(ft, "box")
    _widths(ft, [4.5, 12.5], width)
    for i, (k, v) in enumerate(front):
        _put(ft.cell(i, 0), k, size, bold=True)
        _put(ft.cell(i, 1), v, size)
    doc.add_heading("1. Purpose of the report", 1)
    doc.add_paragraph(
        f"1.1 This report updates the {committee} on the progress made against the improvement "
        f"plan agreed after Ofsted's inspection of {p.authority}'s children's services, which "
        f"made {len(p.recs)} recommendations.")  # fmt: skip
    doc.add_heading("2. Recommendations", 1)
    doc.add_paragraph(f"2.1 That the {committee} notes the progress made against each of the "
                      f"inspection's recommendations, set out in section 4.")  # fmt: skip
    doc.add_paragraph(f"2.2 That the {committee} endorses the revised timescales for the actions "
                      f"where delivery has slipped.")  # fmt: skip
    doc.add_heading("3. Background", 1)
    doc.add_paragraph(
        f"3.1 The improvement plan was approved on {_long_date(p.start)}. Progress is overseen by "
        f"the Improvement Board, chaired independently, which meets monthly.")  # fmt: skip
    abbrev = _abbrev_line(p)
    if abbrev:
        doc.add_paragraph(f"3.2 {abbrev}")
    doc.add_heading("4. Progress against the inspection's recommendations", 1)
    sep = rng.choice((", ", "; ", " – "))
    for i, (num, text) in enumerate(p.recs, start=1):
        para = doc.add_paragraph()
        para.add_run(f"4.{i} {_label(p, num)}{text}").bold = True
        doc.add_paragraph(
            rng.choice(("Since the inspection the service has focused on this area with partners.",
                        "This remains a priority for the service and for the Improvement Board.",
                        "Audit activity shows early signs of improvement in this area.")))  # fmt: skip
        doc.add_paragraph("We will:")
        for a in p.per_rec(num):
            doc.add_paragraph(f"{a.text} ({a.owner}{sep}{a.due_raw})", style="List Bullet")
            if a.status or a.progress:
                line = "Position: " + ". ".join(x for x in (a.status, a.progress) if x) + "."
                doc.add_paragraph(line, style="List Bullet 2")
    n = 5
    if p.kpis:
        doc.add_heading(f"{n}. Measuring impact", 1)
        kcols = _kpi_columns(rng)
        kt = doc.add_table(rows=1 + len(p.kpis), cols=len(kcols))
        _borders(kt, "grid")
        _widths(kt, [8.0 if c == "indicator" else 3.0 for c in kcols], width)
        for j, c in enumerate(kcols):
            _put(kt.cell(0, j), h[c], size - 1, bold=True)
            _shade(kt.cell(0, j), "#E7E6E6")
        for r, kpi in enumerate(p.kpis, start=1):
            for j, c in enumerate(kcols):
                _put(kt.cell(r, j), _kpi_cell(kpi, c), size - 1)
        n += 1
    for head, body in (("Financial implications", "There are no additional financial "
                        "implications arising from this report; the plan is funded from the "
                        "approved budget."),
                       ("Legal implications", "The council has a statutory duty to respond to "
                        "the inspection's recommendations."),
                       ("Background papers", "Ofsted inspection report; improvement plan.")):  # fmt: skip
        doc.add_heading(f"{n}. {head}", 1)
        doc.add_paragraph(f"{n}.1 {body}")
        n += 1
    person = rng.choice(("Claire Whitby", "Joseph Mensah", "Bethan Lloyd"))
    doc.add_paragraph(f"Contact officer: {person}, Improvement Programme Manager")
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- HTML: a row per recommendation, parallel lists --------------------------------------------


def _kpi_html(p: H6Plan, rng: random.Random, title: str) -> str:
    if not p.kpis:
        return ""
    kcols = _kpi_columns(rng)
    rows = "".join("<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c))}</td>" for c in kcols)
                   + "</tr>" for k in p.kpis)  # fmt: skip
    return (f"<h2>{escape(title)}</h2><table class='kpi'><thead><tr>"
            + "".join(f"<th>{escape(p.headers[c])}</th>" for c in kcols)
            + f"</tr></thead><tbody>{rows}</tbody></table>")  # fmt: skip


def _dot(a: H6Action) -> str:
    if a.rag:
        return f"<span class='dot' style='color:{DOT[a.rag]}'>●</span>"
    return "<span class='dot' style='color:#777'>○</span>"


def _parallel(p: H6Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#1f3b5c", "#3a5a1f", "#5c1f3b"))
    css = f"""
@page {{ size: A4 landscape; margin: 12mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.5pt; margin: 0; }}
h1 {{ font-size: 15pt; margin: 0 0 2mm; color: {accent}; }}
h2 {{ font-size: 11pt; color: {accent}; }}
table {{ border-collapse: collapse; width: 100%; margin: 2mm 0 6mm; }}
th, td {{ border: 0.6pt solid #777; padding: 1.5mm; vertical-align: top; text-align: left; }}
th {{ background: {accent}; color: #fff; }}
th.group {{ text-align: center; }}
ul {{ margin: 0; padding-left: 4mm; }} li {{ margin: 0 0 1.6mm; }}
ul.dots {{ list-style: none; padding-left: 0; }}
.dot {{ font-size: 11pt; line-height: 1; }}
table.kpi th {{ background: #e6e6e6; color: #000; }}
"""
    progress = any(a.progress for a in p.actions)
    key = " ".join(f"<span style='color:{DOT[r] if r else '#777'}'>{'●' if r else '○'}</span> "
                   f"{escape(w)}&nbsp;&nbsp;" for w, r in H6_STATUS)  # fmt: skip
    abbrev = _abbrev_line(p)
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"
           f"<p>The plan answers each recommendation of the inspection in one row. Ratings are "
           f"agreed monthly by the Improvement Board.</p><p><b>Key:</b> {key}</p>"
           + (f"<p>{escape(abbrev)}</p>" if abbrev else "")]  # fmt: skip
    widths = [22, 30, 13, 10, 6, 19] if progress else [26, 38, 16, 12, 8]
    out.append("<table><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in widths)
               + "</colgroup><thead><tr>"
               f"<th rowspan='2'>{escape(h['rec_text'])}</th>"
               f"<th rowspan='2'>{escape(h['action'])}</th>"
               f"<th class='group' colspan='2'>{escape(h['group_who'])}</th>"
               f"<th class='group' colspan='{2 if progress else 1}'>{escape(h['group_mon'])}</th>"
               f"</tr><tr><th>{escape(h['owner'])}</th><th>{escape(h['due'])}</th>"
               f"<th>{escape(h['rag'])}</th>"
               + (f"<th>{escape(h['progress'])}</th>" if progress else "")
               + "</tr></thead><tbody>")  # fmt: skip

    def ul(items: list[str], cls: str = "") -> str:
        return f"<ul class='{cls}'>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"

    for num, text in p.recs:
        acts = p.per_rec(num)
        cells = [f"<b>{escape(_label(p, num))}</b>{escape(text)}",
                 ul([f"<b>{escape(a.ref)}</b> {escape(a.text)}" for a in acts]),
                 ul([escape(a.owner) for a in acts]), ul([escape(a.due_raw) for a in acts]),
                 ul([_dot(a) for a in acts], "dots")]  # fmt: skip
        if progress:
            cells.append(ul([escape(a.progress or "") for a in acts]))
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    out.append(_kpi_html(p, rng, "Measures of impact") + "</body></html>")
    return "".join(out)


# ---- HTML: board minutes ------------------------------------------------------------------------


def _minutes(p: H6Plan) -> str:
    rng = random.Random(p.seed_rng)
    css = f"""
@page {{ size: A4; margin: 18mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 10pt; margin: 0; line-height: 1.35; }}
h1 {{ font-size: 15pt; margin: 0 0 1mm; }} h2 {{ font-size: 11pt; margin: 5mm 0 1.5mm; }}
p {{ margin: 0 0 2mm; }}
p.action {{ font-weight: bold; margin: 1mm 0 1mm 8mm; }}
p.rating {{ margin: 0 0 2mm 8mm; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.5pt solid #888; padding: 1.2mm; text-align: left; vertical-align: top; }}
"""
    d = p.meeting - timedelta(days=(p.meeting.weekday() - 1) % 7)  # board meets on a Tuesday
    when = f"{calendar.day_name[d.weekday()]} {_long_date(d)}"
    last = d - timedelta(days=28)
    present = rng.sample(["Independent Chair", "Director of Children's Services",
                          "Lead Member for Children", "Designated Nurse",
                          "Detective Inspector, Public Protection", "Head of Quality Assurance",
                          "DfE Improvement Adviser", "Principal Social Worker"], 5)  # fmt: skip
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"
           f"<p><b>Minutes of the meeting held on {escape(when)}, 10:00, Committee Room 2, Civic "
           f"Centre</b></p><p><b>Present:</b> {escape('; '.join(present))}.</p>"
           f"<h2>1. Welcome and apologies</h2><p>The Chair welcomed members. Apologies were "
           f"received from the Head of Early Help.</p><h2>2. Minutes of the last meeting and "
           f"matters arising</h2><p>The minutes of the meeting held on "
           f"{escape(_long_date(last))} were agreed as a true record. All actions "
           f"from that meeting are closed or carried forward below.</p>"]  # fmt: skip
    abbrev = _abbrev_line(p)
    if abbrev:
        out.append(f"<p>{escape(abbrev)}</p>")
    for i, (num, text) in enumerate(p.recs, start=3):
        out.append(f"<h2>{i}. {escape(_label(p, num))}{escape(text)}</h2>")
        out.append("<p>The board received an update on this recommendation. "
                   + rng.choice(("Members asked how the service would know the changes were "
                                 "making a difference for children.",
                                 "The Chair asked for assurance that partners had agreed the "
                                 "approach.", "The DfE adviser welcomed the progress but noted "
                                 "that practice remains inconsistent.")) + "</p>")  # fmt: skip
        for a in p.per_rec(num):
            if a.due_date is None:
                when = f"({escape(a.due_raw)})"
            elif a.due_raw.split()[-1] in ("Board", "Committee"):  # a meeting
                when = f"by the {escape(a.due_raw)}"
            else:
                when = f"by {escape(a.due_raw)}"
            out.append(f"<p class='action'>ACTION {escape(a.ref)}: {escape(a.owner)} to "
                       f"{escape(a.text)} {when}.</p>")  # fmt: skip
            if a.status:
                out.append(f"<p class='rating'>Board rating: {escape(a.status)}</p>")
    n = len(p.recs) + 3
    if p.kpis:
        out.append(f"<h2>{n}. Performance headlines</h2><p>The board noted the latest "
                   f"performance report:</p>" + _kpi_html(p, rng, "").replace("<h2></h2>", ""))  # fmt: skip
        n += 1
    nxt = d + timedelta(days=28)
    out.append(f"<h2>{n}. Date of next meeting</h2><p>{escape(_long_date(nxt))}, "
               f"10:00.</p></body></html>")  # fmt: skip
    return "".join(out)


# ---- ReportLab: a progress report with update rows ---------------------------------------------


def _updates(p: H6Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _rl_fonts()
    rng = random.Random(p.seed_rng)
    regular = "DejaVuSans" if p.font == "sans" else "DejaVuSerif"
    bold, italic = regular + "-Bold", regular + "-Oblique"
    pagesize = landscape(A4) if p.landscape else A4
    pdf = folder / f"{p.name}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=pagesize, leftMargin=1.5 * cm,
                            rightMargin=1.5 * cm, topMargin=1.4 * cm, bottomMargin=1.4 * cm,
                            title=p.title, invariant=1)  # fmt: skip
    width = pagesize[0] - 3.0 * cm
    body = ParagraphStyle("b", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    upd = ParagraphStyle("u", parent=body, fontName=italic)
    small = ParagraphStyle("s", parent=body, fontSize=7, leading=8.5)
    big = ParagraphStyle("t", fontName=bold, fontSize=13, leading=16, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=8,
                        spaceAfter=4)  # fmt: skip
    h = p.headers
    d = p.meeting
    story: list[Any] = [
        Paragraph(xml_escape(p.title), big),
        Paragraph(xml_escape(f"Reporting period to {_long_date(d)}. Each action is followed by "
                             f"its update for the period. Ratings: {_key_text()}."), body),
    ]  # fmt: skip
    abbrev = _abbrev_line(p)
    if abbrev:
        story.append(Paragraph(xml_escape(abbrev), body))
    cols = ["ref", "action", "owner", "due", "rag"]
    rel = {"ref": 1.9, "action": 8.0, "owner": 3.6, "due": 2.6, "rag": 2.2}
    tot = sum(rel.values())
    update_word = rng.choice(("Update", "Progress this quarter", "Q update"))
    for num, text in p.recs:
        story.append(Paragraph(xml_escape(f"{_label(p, num)}{text}"), h2))
        data: list[list[Any]] = [[Paragraph(xml_escape(h[c]), head) for c in cols]]
        style: list[Any] = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9dde4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
        marks: list[int] = []
        for a in p.per_rec(num):
            owner = xml_escape(a.owner) + (f"<super>{a.note}</super>" if a.note else "")
            if a.note and a.note not in marks:
                marks.append(a.note)
            r = len(data)
            data.append([Paragraph(xml_escape(a.ref), body), Paragraph(xml_escape(a.text), body),
                         Paragraph(owner, body), Paragraph(xml_escape(a.due_raw), body),
                         Paragraph(xml_escape(a.status or ""), body)])  # fmt: skip
            if a.rag:
                style.append(("BACKGROUND", (4, r), (4, r), colors.HexColor(TINT[a.rag])))
            if a.progress:
                u = len(data)
                stamp = f"{d.day:02d}/{d.month:02d}/{d.year}"
                data.append([Paragraph(xml_escape(f"{update_word} ({stamp}): {a.progress}"), upd),
                             "", "", "", ""])  # fmt: skip
                style += [("SPAN", (0, u), (-1, u)),
                          ("BACKGROUND", (0, u), (-1, u), colors.HexColor("#f4f4f4"))]  # fmt: skip
        t = Table(data, colWidths=[width * rel[c] / tot for c in cols], repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        for m in sorted(marks):
            story.append(Paragraph(f"<super>{m}</super> " + xml_escape(p.notes[m]), small))
        story.append(Spacer(1, 6))
    if p.kpis:
        story.append(Paragraph("Impact measures", h2))
        kcols = _kpi_columns(rng)
        kdata = [[Paragraph(xml_escape(h[c]), head) for c in kcols]]
        kdata += [[Paragraph(xml_escape(_kpi_cell(k, c)), body) for c in kcols] for k in p.kpis]
        kt = Table(kdata, colWidths=[width * (0.46 if c == "indicator" else 0.18) for c in kcols],
                   repeatRows=1)  # fmt: skip
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9dde4"))]))  # fmt: skip
        story.append(kt)
    doc.build(story)
    return pdf


# ---- Excel: a SMART plan ------------------------------------------------------------------------


def _xlsx(p: H6Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center")
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    h = p.headers
    ws = wb.active
    ws.title = "SMART plan"
    _xl_setup(ws, True)
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "measure", "owner", "rec", "due", "rag"]
    cols += ["progress"] if progress else []
    letters = {"action": "S", "measure": "M", "owner": "A", "rec": "R", "due": "T"}
    widths = {"ref": 7, "action": 44, "measure": 30, "owner": 24, "rec": 12, "due": 14,
              "rag": 15, "progress": 36}  # fmt: skip
    n = len(cols)
    for j, c in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = widths[c]
    ws.cell(1, 1, p.title).font = Font(name=font, bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    r = 3
    ws.cell(r, 1, "The inspection's recommendations").font = Font(name=font, bold=True, size=11)
    r += 1
    for num, text in p.recs:
        c = ws.cell(r, 1, f"{_label(p, num)}{text}")
        c.font, c.alignment = Font(name=font, size=10), wrap
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 28
        r += 1
    r += 1
    smart = {"S": "Specific", "M": "Measurable", "A": "Achievable", "R": "Relevant",
             "T": "Time-bound"}  # fmt: skip
    for j, c in enumerate(cols):
        cell = ws.cell(r, j + 1, letters.get(c, ""))
        if c in letters:
            cell.value = f"{letters[c]} – {smart[letters[c]]}"
        cell.font = Font(name=font, bold=True, size=11, color="FFFFFF")
        cell.fill, cell.alignment, cell.border = (
            PatternFill("solid", fgColor="2F5496"),
            centre,
            grid,
        )
    r += 1
    head = r
    for j, c in enumerate(cols):
        cell = ws.cell(r, j + 1, h[c])
        cell.font = Font(name=font, bold=True, size=10)
        cell.fill, cell.alignment, cell.border = PatternFill("solid", fgColor="D9E1F2"), wrap, grid
    ws.print_title_rows = f"{head - 1}:{head}"
    ws.freeze_panes = f"A{head + 1}"
    r += 1
    measures = list(rng.sample(C_MEASURES, len(C_MEASURES)))
    rec_form = rng.choice(("Finding {n}", "{n}", "Rec {n}"))
    for i, a in enumerate(p.actions):
        vals: dict[str, object] = {"ref": a.ref, "action": a.text,
                                   "measure": measures[i % len(measures)], "owner": a.owner,
                                   "rec": rec_form.format(n=a.recs[0]), "due": a.due_raw,
                                   "rag": a.status or "", "progress": a.progress or ""}  # fmt: skip
        lines = 1
        for j, c in enumerate(cols):
            cell = ws.cell(r, j + 1)
            if c == "due" and a.xl_date and a.due_date is not None:
                cell.value, cell.number_format = a.due_date, "dd-mmm-yy"
            elif c == "ref":
                cell.value = int(a.ref)
            else:
                cell.value = vals[c]
            cell.font, cell.alignment, cell.border = Font(name=font, size=10), wrap, grid
            if c == "rag" and a.rag:
                cell.fill = PatternFill("solid", fgColor=TINT[a.rag].lstrip("#"))
            v = vals[c]
            if isinstance(v, str):
                lines = max(lines, -(-len(v) // int(widths[c] * 0.9)))
        ws.row_dimensions[r].height = 14.0 * lines + 6
        r += 1
    abbrev = _abbrev_line(p)
    if abbrev:
        ws.cell(r + 1, 1, abbrev).font = Font(name=font, italic=True, size=9)
    if p.kpis:
        ks = wb.create_sheet("Impact")
        _xl_setup(ks, True)
        kcols = _kpi_columns(rng)
        for j, c in enumerate(kcols):
            ks.column_dimensions[chr(65 + j)].width = 52 if c == "indicator" else 18
            hc = ks.cell(1, j + 1, h[c])
            hc.font = Font(name=font, bold=True)
            hc.fill, hc.border, hc.alignment = PatternFill("solid", fgColor="D9E1F2"), grid, wrap
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


C_MEASURES = (
    "Audits show oversight recorded on most files",
    "Fewer repeat referrals within twelve months",
    "Children say they feel listened to",
    "Timeliness at or above the national average",
    "Staff survey shows improved confidence",
)
