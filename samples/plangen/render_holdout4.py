"""Producers of the holdout4 split (BLIND: fixers never read this): a keyed ReportLab plan, an A3
plan on a page printed by Chromium, Word and Excel printed by LibreOffice, each drawn straight
from a holdout4.H4Plan."""

from __future__ import annotations

import random
from html import escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import Outline

from samples.plangen.holdout4 import FILL, LETTERS, TINT, H4Action, H4Kpi, H4Plan
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _put, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_office import FONTS


def render_all(plans: list[H4Plan], folder: Path) -> None:
    print_plans(
        plans,
        folder,
        "plangen-lo-profile-holdout4",
        html=to_html,
        reportlab=_keyed,
        docx=_docx,
        xlsx=_xlsx,
    )


def _label(p: H4Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _fy(p: H4Plan) -> str:
    return f"{p.fy_first}/{(p.fy_first + 1) % 100:02d}"


def _polarity(k: H4Kpi, short: bool) -> str:
    if short:
        return "High" if k.higher_better else "Low"
    return "Higher is better" if k.higher_better else "Lower is better"


def _kpi_columns(rng: random.Random) -> list[str]:
    """The KPI table's columns: comparators beside the baseline or after the target."""
    return rng.choice((
        ["indicator", "polarity", "baseline", "sn", "eng", "latest", "target"],
        ["indicator", "baseline", "latest", "target", "sn", "eng"],
        ["indicator", "polarity", "baseline", "latest", "sn", "eng", "target"],
    ))  # fmt: skip


def _kpi_cell(k: H4Kpi, col: str, short: bool) -> str:
    if col == "indicator":
        return k.indicator
    if col == "polarity":
        return _polarity(k, short)
    return {"baseline": k.baseline, "latest": k.latest, "target": k.target, "sn": k.sn,
            "eng": k.eng}[col][0]  # fmt: skip


def _revised_cols(p: H4Plan) -> bool:
    return any(a.orig_raw for a in p.actions)


def _dates(a: H4Action) -> tuple[str, str]:
    """(original, revised) as printed: an action never revised has its date in the first."""
    return (a.orig_raw, a.due_raw) if a.orig_raw else (a.due_raw, "")


# ---- ReportLab: a keyed plan with three-level numbering ------------------------------------------

_RL_FONTS_READY = False


def _rl_fonts() -> None:
    global _RL_FONTS_READY
    if _RL_FONTS_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = "/usr/share/fonts/truetype/dejavu/"
    for name, file in (("DejaVuSans", "DejaVuSans"), ("DejaVuSans-Bold", "DejaVuSans-Bold"),
                       ("DejaVuSans-Oblique", "DejaVuSans-Oblique"),
                       ("DejaVuSerif", "DejaVuSerif"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold"),
                       ("DejaVuSerif-Oblique", "DejaVuSerif-Italic")):  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, base + file + ".ttf"))
    _RL_FONTS_READY = True


def _keyed(p: H4Plan, folder: Path) -> Path:
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
                            rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                            title=p.title, invariant=1)  # fmt: skip
    width = pagesize[0] - 3.0 * cm
    body = ParagraphStyle("b", fontName=regular, fontSize=8, leading=10)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=7.5, leading=9)
    white = ParagraphStyle("w", parent=head, textColor=colors.white, fontSize=9, leading=11)
    obj_style = ParagraphStyle("o", parent=body, fontName=italic)
    h = p.headers
    accent = colors.HexColor(rng.choice(("#1f4e79", "#385723", "#7030a0", "#833c0b")))
    story: list[Any] = [
        Paragraph(xml_escape(p.title), ParagraphStyle("t", fontName=bold, fontSize=14,
                                                      leading=17, spaceAfter=6)),
        Paragraph(xml_escape(p.intro), body), Spacer(1, 6),
    ]  # fmt: skip
    # the key of owners: a small table or one paragraph
    if rng.random() < 0.5:
        kdata = [[Paragraph("Initials", head), Paragraph("Role", head)]]
        kdata += [[i, Paragraph(xml_escape(r), body)] for i, r in p.key]
        kt = Table(kdata, colWidths=[2.0 * cm, 7.5 * cm], hAlign="LEFT")
        kt.setStyle(TableStyle([("FONT", (0, 1), (0, -1), regular, 8),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story += [Paragraph("Key to owners", head), Spacer(1, 2), kt]
    else:
        text = "; ".join(f"{i} – {r}" for i, r in p.key)
        story.append(Paragraph(xml_escape(f"Owners are shown by their initials. Key: {text}."),
                               body))  # fmt: skip
    story.append(Spacer(1, 8))
    cols = ["ref", "action", "owner", "due", "rag"] + (["progress"] if any(
        a.progress for a in p.actions) else [])  # fmt: skip
    rel = {"ref": 2.1, "action": 5.9, "owner": 2.9, "due": 2.4, "rag": 2.3, "progress": 5.5}
    total = sum(rel[c] for c in cols)
    widths = [width * rel[c] / total for c in cols]
    n = len(cols)
    for num, text in p.recs:
        data: list[list[Any]] = [[Paragraph(xml_escape(_label(p, num) + text), white)]
                                 + [""] * (n - 1)]  # fmt: skip
        data.append([Paragraph(xml_escape(h[c]), head) for c in cols])
        style: list[Any] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), accent),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#d9d9d9")),
            ("FONT", (0, 2), (-1, -1), regular, 8),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for obj, obj_text in [o for o in p.objectives if o[0].split(".")[0] == num]:
            r = len(data)
            data.append([Paragraph(xml_escape(p.obj_label.format(n=obj) + obj_text), obj_style)]
                        + [""] * (n - 1))  # fmt: skip
            style += [("SPAN", (0, r), (-1, r)),
                      ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]  # fmt: skip
            for a in [a for a in p.per_rec(num) if a.objective == obj]:
                r = len(data)
                row: list[Any] = []
                for c in cols:
                    value = {"ref": a.ref, "action": a.text, "owner": a.owner, "due": a.due_raw,
                             "rag": a.status, "progress": a.progress or ""}[c]  # fmt: skip
                    row.append(Paragraph(xml_escape(value), body))
                    if c == "rag" and a.rag:
                        style.append(("BACKGROUND", (cols.index(c), r), (cols.index(c), r),
                                      colors.HexColor(TINT[a.rag])))  # fmt: skip
                data.append(row)
        table = Table(data, colWidths=widths, repeatRows=2, splitInRow=1)
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 10)]
    if p.kpis:
        kcols = _kpi_columns(rng)
        short = rng.random() < 0.5
        story.append(Paragraph(xml_escape(rng.choice(("Performance scorecard",
                                                      "How we will measure impact"))),
                               ParagraphStyle("k", fontName=bold, fontSize=11, leading=14,
                                              spaceAfter=4)))  # fmt: skip
        kdata = [[Paragraph(xml_escape(h[c]), head) for c in kcols]]
        kdata += [[Paragraph(xml_escape(_kpi_cell(k, c, short)), body) for c in kcols]
                  for k in p.kpis]  # fmt: skip
        kw = [width * (0.3 if c == "indicator" else 0.7 / (len(kcols) - 1)) for c in kcols]
        kt = Table(kdata, colWidths=kw, repeatRows=1)
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
        story.append(kt)
    doc.build(story)
    return pdf


# ---- HTML: an A3 plan on a page, a column per recommendation ----------------------------------------


def to_html(p: H4Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    accent = rng.choice(("#003b5c", "#4b2e83", "#00594f", "#7a1f3d"))
    css = f"""
@page {{ size: A3 landscape; margin: 10mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ margin: 0; font-family: {CSS_FONTS[p.font]}; font-size: 8pt; color: #222; }}
h1 {{ font-size: 16pt; margin: 0 0 2mm; color: {accent}; }}
.intro {{ margin: 0 0 4mm; font-size: 8.5pt; }}
.plan {{ display: grid; grid-template-columns: repeat({len(p.recs)}, 1fr); gap: 4mm; }}
.col {{ background: #f4f4f4; padding: 2.5mm; }}
.head {{ background: {accent}; color: #fff; padding: 3mm; margin: -2.5mm -2.5mm 3mm;
  min-height: 30mm; }}
.head .lab {{ font-weight: bold; font-size: 10pt; display: block; margin-bottom: 1.5mm; }}
.box {{ background: #fff; border: 0.6pt solid #b0b0b0; padding: 2mm; margin-bottom: 2.5mm;
  break-inside: avoid; }}
.box .ref {{ font-weight: bold; color: {accent}; margin-right: 1.5mm; }}
.box p {{ margin: 0.8mm 0; }} .lbl {{ color: #555; }}
.chip {{ display: inline-block; padding: 0.4mm 2mm; border-radius: 2mm; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 5mm; font-size: 8pt; }}
th {{ background: {accent}; color: #fff; text-align: left; padding: 1.5mm; }}
td {{ border-bottom: 0.5pt solid #aaa; padding: 1.5mm; }}
"""
    colon = "" if h["rag"].endswith("?") else ":"
    cols = []
    for num, text in p.recs:
        boxes = []
        for a in p.per_rec(num):
            chip = ""
            if a.status:
                bg = TINT[a.rag] if a.rag else "#e6e6e6"
                chip = (f"<p><span class='lbl'>{escape(h['rag'])}{colon}</span> "
                        f"<span class='chip' style='background:{bg}'>{escape(a.status)}</span></p>")  # fmt: skip
            boxes.append(
                f"<div class='box'><p><span class='ref'>{escape(a.ref)}</span>{escape(a.text)}</p>"
                f"<p><span class='lbl'>{escape(h['owner'])}:</span> {escape(a.owner)}</p>"
                f"<p><span class='lbl'>{escape(h['due'])}:</span> {escape(a.due_raw)}</p>"
                f"{chip}</div>"
            )
        lab = _label(p, num).rstrip(" :—")
        cols.append(f"<div class='col'><div class='head'><span class='lab'>{escape(lab)}</span>"
                    f"{escape(text)}</div>{''.join(boxes)}</div>")  # fmt: skip
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"
           f"<p class='intro'>{escape(p.intro)}</p><div class='plan'>{''.join(cols)}</div>"]  # fmt: skip
    if p.kpis:
        kcols = _kpi_columns(rng)
        short = rng.random() < 0.5
        out.append("<table><thead><tr>" + "".join(f"<th>{escape(h[c])}</th>" for c in kcols)
                   + "</tr></thead><tbody>")  # fmt: skip
        out += ["<tr>" + "".join(f"<td>{escape(_kpi_cell(k, c, short))}</td>" for c in kcols)
                + "</tr>" for k in p.kpis]  # fmt: skip
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "".join(out)


# ---- Word ---------------------------------------------------------------------------------------


def _docx(p: H4Plan, folder: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    if p.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    size = 9.0
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    if p.layout == "trail":
        _trail(doc, p, size)
    else:
        _newspaper(doc, p, size)
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


def _kpi_docx(doc: Any, p: H4Plan, width: float, size: float) -> None:
    if not p.kpis:
        return
    rng = random.Random(p.seed_rng + 1)
    doc.add_heading(rng.choice(("Performance scorecard", "How we will measure impact")), 1)
    kcols = _kpi_columns(rng)
    short = rng.random() < 0.5
    t = doc.add_table(rows=len(p.kpis) + 1, cols=len(kcols))
    _borders(t, "grid")
    _widths(t, [4.0 if c == "indicator" else 1.2 for c in kcols], width)
    for j, c in enumerate(kcols):
        _put(t.cell(0, j), p.headers[c], size, bold=True)
        _shade(t.cell(0, j), "#D9D9D9")
    for i, k in enumerate(p.kpis):
        for j, c in enumerate(kcols):
            _put(t.cell(i + 1, j), _kpi_cell(k, c, short), size)


def _trail(doc: Any, p: H4Plan, size: float) -> None:
    h = p.headers
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    letters = p.status_form == "letters_fill"
    doc.add_paragraph(
        "Quarterly rating: " + ("G – on track; A – some slippage; R – off track; B – complete."
                                if letters else "green – on track; amber – some slippage; red – "
                                "off track; blue – complete (shading).")
    )  # fmt: skip
    width = 29.7 - 3.6
    revised = _revised_cols(p)
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner"] + (["orig", "revised"] if revised else ["due"])
    cols += ["q1", "q2", "q3", "q4"] + (["progress"] if progress else [])
    rel = {"ref": 1.3, "action": 8.0, "owner": 3.8, "orig": 2.4, "revised": 2.4, "due": 2.6,
           "q1": 0.9, "q2": 0.9, "q3": 0.9, "q4": 0.9, "progress": 6.0}  # fmt: skip
    q0 = cols.index("q1")
    for num, text in p.recs:
        doc.add_heading(_label(p, num) + text, 2)
        acts = p.per_rec(num)
        t = doc.add_table(rows=2 + len(acts), cols=len(cols))
        _borders(t, "grid")
        _widths(t, [rel[c] for c in cols], width)
        _repeat_header(t.rows[0])
        _repeat_header(t.rows[1])
        group = t.cell(0, q0).merge(t.cell(0, q0 + 3))
        _put(group, f"{h['quarters']} {_fy(p)}", size, bold=True)
        _shade(group, "#D9D9D9")
        for j, c in enumerate(cols):
            if c.startswith("q"):
                _put(t.cell(1, j), c.upper(), size, bold=True)
                _shade(t.cell(1, j), "#D9D9D9")
                continue
            merged = t.cell(0, j).merge(t.cell(1, j))
            _put(merged, h[c], size, bold=True)
            _shade(merged, "#D9D9D9")
        for i, a in enumerate(acts):
            orig, rev = _dates(a)
            values = {"ref": a.ref, "action": a.text, "owner": a.owner, "orig": orig,
                      "revised": rev, "due": a.due_raw, "progress": a.progress or ""}  # fmt: skip
            for j, c in enumerate(cols):
                cell = t.cell(2 + i, j)
                if c.startswith("q"):
                    colour = a.trail[int(c[1]) - 1]
                    if colour:
                        _shade(cell, FILL[colour])
                        if letters:
                            _put(cell, LETTERS[colour], size, bold=True)
                    continue
                _put(cell, values[c], size)
        doc.add_paragraph()
    _kpi_docx(doc, p, width, size)


def _repeat_header(row: Any) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _columns(section: Any, n: int) -> None:
    """Set a section's newspaper columns (w:cols)."""
    sect = section._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")
    sect.append(cols)


def _newspaper(doc: Any, p: H4Plan, size: float) -> None:
    rng = random.Random(p.seed_rng)
    h = p.headers
    doc.add_heading(p.title, 0)
    doc.add_paragraph(p.intro)
    _columns(doc.sections[0], 1)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec, 2)
    one_line = rng.random() < 0.5

    def field(label: str, value: str) -> str:
        return f"{label} {value}" if label.endswith("?") else f"{label}: {value}"

    for num, text in p.recs:
        doc.add_heading(_label(p, num) + text, 2)
        for a in p.per_rec(num):
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(5)
            para.paragraph_format.space_after = Pt(1)
            para.paragraph_format.keep_with_next = True
            para.add_run(f"{a.ref}  {a.text}").bold = True
            fields = [field(h["owner"], a.owner), field(h["due"], a.due_raw)]
            if a.status:
                fields.append(field(h["rag"], a.status))
            lines = [" | ".join(fields)] if one_line else fields
            for k, line in enumerate(lines):
                fp = doc.add_paragraph(line)
                fp.paragraph_format.space_after = Pt(0)
                # an action's lines stay together; the block may end a column
                fp.paragraph_format.keep_with_next = bool(a.progress) or k < len(lines) - 1
            if a.progress:
                note = doc.add_paragraph()
                note.paragraph_format.space_after = Pt(2)
                run = note.add_run(field(h["progress"], a.progress))
                run.italic = True
    if p.kpis:
        sec = doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(sec, 1)
        _kpi_docx(doc, p, 21.0 - 3.6, size - 0.5)


# ---- Excel: an outline-grouped tracker ------------------------------------------------------------


def _xlsx(p: H4Plan, folder: Path) -> Path:
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="A6A6A6")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    rec_fill = PatternFill("solid", fgColor="DDEBF7")
    h = p.headers
    ws = wb.active
    ws.title = "Tracker"
    _xl_setup(ws, p.landscape)
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    revised = _revised_cols(p)
    progress = any(a.progress for a in p.actions)
    cols = ["ref", "action", "owner"] + (["orig", "revised"] if revised else ["due"]) + ["rag"]
    cols += ["progress"] if progress else []
    widths = {"ref": 8, "action": 52, "owner": 26, "orig": 13, "revised": 13, "due": 15,
              "rag": 17, "progress": 38}  # fmt: skip
    last = chr(64 + len(cols))
    ws["A1"] = p.title
    ws["A1"].font = Font(name=font, bold=True, size=14)
    ws["A2"] = p.intro
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].alignment = wrap
    ws.row_dimensions[2].height = 40
    for j, c in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = widths[c]
        hc = ws.cell(4, j + 1, h[c])
        hc.font, hc.fill, hc.alignment, hc.border = (Font(name=font, bold=True, size=10),
                                                     head_fill, wrap, grid)  # fmt: skip
    ws.print_title_rows = "4:4"
    r = 5
    for num, text in p.recs:
        word, rag = p.rollup(num)
        values = {"ref": num, "action": _label(p, num) + text, "owner": p.sponsors[num],
                  "rag": word}  # fmt: skip
        for j, c in enumerate(cols):
            cell = ws.cell(r, j + 1, values.get(c, ""))
            cell.font = Font(name=font, bold=True, size=10)
            cell.fill, cell.alignment, cell.border = rec_fill, wrap, grid
            if c == "rag" and rag:
                cell.fill = PatternFill("solid", fgColor=TINT[rag].lstrip("#"))
        ws.row_dimensions[r].height = 13.5 * (-(-len(values["action"]) // 54)) + 4
        r += 1
        for a in p.per_rec(num):
            orig, rev = _dates(a)
            vals: dict[str, object] = {"ref": a.ref, "action": a.text, "owner": a.owner,
                                       "orig": orig, "revised": rev, "due": a.due_raw,
                                       "rag": a.status, "progress": a.progress or ""}  # fmt: skip
            lines = 1
            for j, c in enumerate(cols):
                value = vals[c]
                fmt = None
                if c in ("orig", "revised", "due"):
                    d = a.orig_date if (c == "orig" and a.orig_raw) else a.due_date
                    if d is not None and value == f"{d:%b} {d.year % 100:02d}":
                        value, fmt = d, "mmm yy"
                cell = ws.cell(r, j + 1, value)
                cell.font = Font(name=font, size=10)
                cell.alignment, cell.border = wrap, grid
                if fmt:
                    cell.number_format = fmt
                if c == "rag" and a.rag:
                    cell.fill = PatternFill("solid", fgColor=TINT[a.rag].lstrip("#"))
                if isinstance(value, str):
                    lines = max(lines, -(-len(value) // int(widths[c] * 1.05)))
            ws.row_dimensions[r].height = 13.5 * lines + 4
            ws.row_dimensions[r].outline_level = 1
            r += 1
    if p.kpis:
        rng = random.Random(p.seed_rng)
        ws = wb.create_sheet("Scorecard")
        _xl_setup(ws, True)
        kcols = _kpi_columns(rng)
        short = rng.random() < 0.5
        for j, c in enumerate(kcols):
            ws.column_dimensions[chr(65 + j)].width = 50 if c == "indicator" else 15
            hc = ws.cell(1, j + 1, h[c])
            hc.font, hc.fill, hc.border, hc.alignment = (Font(name=font, bold=True), head_fill,
                                                         grid, wrap)  # fmt: skip
        ws.print_title_rows = "1:1"
        for i, k in enumerate(p.kpis):
            for j, c in enumerate(kcols):
                cell = ws.cell(2 + i, j + 1)
                if c in ("indicator", "polarity"):
                    cell.value = _kpi_cell(k, c, short)
                else:
                    v = {"baseline": k.baseline, "latest": k.latest, "target": k.target,
                         "sn": k.sn, "eng": k.eng}[c]  # fmt: skip
                    cell.value, cell.number_format = _xl_number(v)
                cell.font, cell.border = Font(name=font, size=10), grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _xl_setup(ws: Any, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
