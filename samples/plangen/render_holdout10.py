"""Producers of the holdout10 split (BLIND: fixers never read this): a board slide deck in
ReportLab, a Gantt programme plan in HTML printed by Chromium, a committee report of numbered
paragraphs in Word and a workbook with one sheet per recommendation in Excel, both printed by
LibreOffice; each drawn straight from a holdout8.H8Plan built by holdout10."""

from __future__ import annotations

import calendar
import random
import re
from datetime import date
from html import escape
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from samples.plangen.holdout7 import H7Kpi, _months_after
from samples.plangen.holdout8 import H8Plan
from samples.plangen.holdout10 import H10_STATUS, TINT10
from samples.plangen.printing import print_plans
from samples.plangen.render_holdout import CSS_FONTS, _borders, _shade, _widths
from samples.plangen.render_holdout2 import _xl_number
from samples.plangen.render_holdout4 import _xl_setup
from samples.plangen.render_office import FONTS

PALE = {"green": "#D8F0DC", "amber": "#FCEBC8", "red": "#F5D0CD", "blue": "#D4E1F5"}
GREY = "#B5B5B5"


def render_all(plans: list[H8Plan], folder: Path) -> None:
    print_plans(plans, folder, "plangen-lo-profile-holdout10", html=_gantt,
                reportlab=_slides, docx=_committee, xlsx=_sheets)  # fmt: skip


def _label(p: H8Plan, num: str) -> str:
    return p.rec_label.format(n=num)


def _long_date(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _kpi_cell(k: H7Kpi, col: str) -> str:
    return {"indicator": k.indicator, "baseline": k.baseline[0], "latest": k.latest[0],
            "target": k.target[0]}[col]  # fmt: skip


# ---- ReportLab: a board slide deck, one slide per recommendation -------------------------------


def _slides(p: H8Plan, folder: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    rng = random.Random(p.seed_rng)
    h = p.headers
    base = "Helvetica" if p.font == "sans" else "Times-Roman"
    bold = "Helvetica-Bold" if p.font == "sans" else "Times-Bold"
    W, H = 338.7 * mm, 190.5 * mm
    accent = colors.HexColor(rng.choice(("#00536B", "#5B2C6F", "#1E5631", "#7A2E0E")))
    pdf = folder / f"{p.name}.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(W, H))
    c.setTitle(p.title)
    page = [0]

    def frame(title: str) -> None:
        page[0] += 1
        c.setFillColor(accent)
        c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, 17)
        lines = simpleSplit(title, bold, 17, W - 24 * mm)
        y = H - 10 * mm if len(lines) == 1 else H - 8 * mm
        for line in lines[:2]:
            c.drawString(12 * mm, y, line)
            y -= 7 * mm
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont(base, 7.5)
        c.drawString(12 * mm, 6 * mm, f"{p.authority} Improvement Board, {_long_date(p.issued)}")
        c.drawRightString(W - 12 * mm, 6 * mm, str(page[0]))

    def para(text: str, x: float, y: float, width: float, font: str, size: float,
             lead: float) -> float:  # fmt: skip
        for line in simpleSplit(text, font, size, width):
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= lead
        return y

    frame(p.title)
    c.setFillColor(colors.black)
    y = para(f"Delivery update to the Improvement Board, {_long_date(p.issued)}. One slide per "
             "inspection recommendation; each box is one action, its lead and landing date "
             "in the strip at its foot.", 14 * mm, H - 36 * mm, W - 28 * mm, base, 12, 15)  # fmt: skip
    y -= 6 * mm
    c.setFont(bold, 12)
    c.drawString(14 * mm, y, "Status chips")
    y -= 8 * mm
    x = 14 * mm
    for word, rag in H10_STATUS["slides"]:
        c.setFillColor(colors.HexColor(TINT10[rag] if rag else GREY))
        c.roundRect(x, y - 2 * mm, 4 * mm, 4 * mm, 1 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(base, 11)
        c.drawString(x + 6 * mm, y - 1.2 * mm, word)
        x += 12 * mm + c.stringWidth(word, base, 11)
    c.showPage()
    for num, text in p.recs:
        frame(f"{_label(p, num)}{text}")
        mine = p.per_rec(num)
        cols = 2 if len(mine) > 1 else 1
        rows = -(-len(mine) // cols)
        gap = 6 * mm
        top, bottom = H - 28 * mm, 12 * mm
        bw = (W - 24 * mm - gap * (cols - 1)) / cols
        bh = (top - bottom - gap * (rows - 1)) / rows
        for i, a in enumerate(mine):
            r, col = divmod(i, cols)
            x0 = 12 * mm + col * (bw + gap)
            y0 = top - r * (bh + gap) - bh
            c.setStrokeColor(colors.HexColor("#9AA5AE"))
            c.setFillColor(colors.HexColor("#F6F8FA"))
            c.roundRect(x0, y0, bw, bh, 3 * mm, stroke=1, fill=1)
            c.setFillColor(accent)
            c.setFont(bold, 12)
            c.drawString(x0 + 4 * mm, y0 + bh - 8 * mm, a.ref)
            c.setFillColor(colors.black)
            para(a.text, x0 + 16 * mm, y0 + bh - 8 * mm, bw - 20 * mm, base, 11.5, 14)
            # the footer strip: lead, landing date, status chip
            c.setFillColor(colors.HexColor("#E3E8EC"))
            c.rect(x0 + 0.5, y0 + 0.5, bw - 1, 9 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(base, 9)
            c.drawString(x0 + 4 * mm, y0 + 3.3 * mm, f"{h['owner']}: {a.owner}")
            chip = a.status or ""
            cw = c.stringWidth(chip, bold, 9) + 6 * mm
            c.setFillColor(colors.HexColor(TINT10[a.rag] if a.rag else GREY))
            c.roundRect(x0 + bw - cw - 3 * mm, y0 + 1.8 * mm, cw, 5.4 * mm, 2.5 * mm, stroke=0,
                        fill=1)  # fmt: skip
            c.setFillColor(colors.white if a.rag else colors.black)
            c.setFont(bold, 9)
            c.drawCentredString(x0 + bw - cw / 2 - 3 * mm, y0 + 3.3 * mm, chip)
            c.setFillColor(colors.black)
            c.setFont(base, 9)
            c.drawRightString(x0 + bw - cw - 7 * mm, y0 + 3.3 * mm, f"{h['due']}: {a.due_raw}")
        c.showPage()
    if p.kpis:
        frame("How we will know we have made a difference")
        kcols = ["indicator", "baseline", "latest", "target"]
        xs = [14 * mm, 180 * mm, 235 * mm, 285 * mm]
        y = H - 36 * mm
        c.setFont(bold, 11)
        for x, kc in zip(xs, kcols, strict=True):
            c.drawString(x, y, h[kc])
        c.setStrokeColor(accent)
        c.line(14 * mm, y - 3 * mm, W - 14 * mm, y - 3 * mm)
        y -= 10 * mm
        for k in p.kpis:
            c.setFont(base, 11)
            for x, kc in zip(xs, kcols, strict=True):
                c.drawString(x, y, _kpi_cell(k, kc))
            y -= 9 * mm
        c.showPage()
    c.save()
    return pdf


# ---- HTML: a Gantt programme plan ---------------------------------------------------------------


def _gantt(p: H8Plan) -> str:
    rng = random.Random(p.seed_rng)
    h = p.headers
    months = [_months_after(p.start, k) for k in range(15)]
    labels = [f"{calendar.month_abbr[m.month]}-{m.year % 100:02d}" for m in months]
    accent = rng.choice(("#113F67", "#3C1F5E", "#194D33", "#6E2C00"))
    css = f"""
@page {{ size: A3 landscape; margin: 11mm; }}
body {{ font-family: {CSS_FONTS[p.font]}; font-size: 8.4pt; color: #111; }}
h1 {{ font-size: 16pt; color: {accent}; margin: 0 0 2mm 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #B0B0B0; padding: 1mm 1.2mm; vertical-align: top; }}
thead th {{ background: {accent}; color: #fff; text-align: left; font-size: 7.8pt; }}
thead th.m {{ text-align: center; padding: 1mm 0; }}
tr.band td {{ background: #E9EEF3; font-weight: bold; }}
tr {{ break-inside: avoid; }}
.key span {{ display: inline-block; width: 6mm; height: 3mm; vertical-align: middle;
             margin: 0 1.5mm 0 4mm; }}
"""
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(p.title)}</title>"
           f"<style>{css}</style></head><body><h1>{escape(p.title)}</h1>"]  # fmt: skip
    out.append(f"<p>Programme timeline at {escape(_long_date(p.issued))}. Each bar runs from the "
               "month a task starts to the month it is due to finish; the colour of the bar is "
               "its health.</p>")  # fmt: skip
    out.append("<p class='key'>Bar colour:"
               + "".join(f"<span style='background:{TINT10[r] if r else GREY}'></span>"
                         f"{escape(w)}" for w, r in H10_STATUS["gantt"]) + "</p>")  # fmt: skip
    show_word = rng.random() < 0.6
    head = ["ref", "action", "owner"] + (["rag"] if show_word else [])
    wid = {"ref": 11, "action": 88, "owner": 16, "rag": 17}
    out.append("<table><colgroup>" + "".join(f"<col style='width:{wid[c]}mm'>" for c in head)
               + "<col>" * len(months) + "</colgroup><thead><tr>"
               + "".join(f"<th>{escape(h[c])}</th>" for c in head)
               + "".join(f"<th class='m'>{lab}</th>" for lab in labels)
               + "</tr></thead><tbody>")  # fmt: skip
    for num, text in p.recs:
        out.append(f"<tr class='band'><td colspan='{len(head) + len(months)}'>"
                   f"{escape(_label(p, num) + text)}</td></tr>")  # fmt: skip
        for a in p.per_rec(num):
            assert a.due_date is not None
            end = (a.due_date.year - p.start.year) * 12 + a.due_date.month - p.start.month
            begin = max(0, end - rng.randint(1, 6))
            colour = TINT10[a.rag] if a.rag else GREY
            cells = {"ref": a.ref, "action": a.text, "owner": a.owner, "rag": a.status or ""}
            row = "".join(f"<td>{escape(cells[c])}</td>" for c in head)
            for k in range(len(months)):
                fill = f" style='background:{colour}'" if begin <= k <= end else ""
                row += f"<td{fill}></td>"
            out.append(f"<tr>{row}</tr>")
    out.append("</tbody></table>")
    out.append("<p style='margin-top:4mm'><b>Who is accountable</b><br>"
               + "<br>".join(f"{escape(i)}: {escape(n)}"
                             for i, n in sorted(p.features["owner_key"].items()))
               + "</p>")  # fmt: skip
    out.append("</body></html>")
    return "".join(out)


# ---- Word: a committee report, the plan as numbered paragraphs ---------------------------------


def _committee(p: H8Plan, folder: Path) -> Path:
    rng = random.Random(p.seed_rng)
    h = p.headers
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.2))
    doc.styles["Normal"].font.name = FONTS[p.font]
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONTS[p.font]
    doc.add_heading(p.title, 1)
    meet = _long_date(p.issued)
    doc.add_paragraph(f"Date of meeting: {meet}\nReport of: Director of Children's Services\n"
                      "Wards affected: All\nKey decision: No")  # fmt: skip
    doc.add_heading("Purpose of the report", 2)
    doc.add_paragraph(f"To update the Committee on the progress of {p.authority}'s "
                      "improvement plan following the inspection of local authority children's "
                      "services, and on each of the actions agreed under the inspectors' "
                      "recommendations.")  # fmt: skip
    doc.add_heading("Recommendation to the Committee", 2)
    doc.add_paragraph("That the Committee notes the progress set out below and in "
                      "Appendix A.")  # fmt: skip
    doc.add_heading("Progress against the plan", 2)
    doc.add_paragraph("Each inspection recommendation is set out below, followed by the "
                      "actions agreed under it. The officer responsible and the date by which "
                      "the action is to be completed follow each action in brackets.")  # fmt: skip
    upd = {"progress": h["progress"], "rag": h["rag"]}
    for num, text in p.recs:
        hp = doc.add_paragraph()
        run = hp.add_run(f"{_label(p, num)}{text}")
        run.bold = True
        for a in p.per_rec(num):
            para = doc.add_paragraph(f"{a.ref} {a.text} (Responsible: {a.owner}, {a.due_raw}).")
            para.paragraph_format.left_indent = Cm(0.6)
            note = doc.add_paragraph()
            note.paragraph_format.left_indent = Cm(1.2)
            if a.progress:
                r1 = note.add_run(f"{upd['progress']}: ")
                r1.italic = True
                note.add_run(f"{a.progress}. ")
            r2 = note.add_run(f"{upd['rag']}: ")
            r2.italic = True
            note.add_run(a.status or "")
    doc.add_heading("Financial and legal implications", 2)
    doc.add_paragraph("There are no direct financial implications arising from this report. "
                      "The improvement plan is funded within the approved budget.")  # fmt: skip
    if p.kpis:
        doc.add_heading("Appendix A: Measures of impact", 2)
        kcols = ["indicator", "baseline", "latest", "target"]
        t = doc.add_table(rows=1 + len(p.kpis), cols=4)
        _borders(t, rng.choice(("grid", "box")))
        _widths(t, [7.0, 2.6, 2.6, 2.6], 16.6)
        for j, col in enumerate(kcols):
            cell = t.cell(0, j)
            run = cell.paragraphs[0].add_run(h[col])
            run.bold = True
            _shade(cell, "#E2E2E2")
        for i, k in enumerate(p.kpis, start=1):
            for j, col in enumerate(kcols):
                t.cell(i, j).paragraphs[0].add_run(_kpi_cell(k, col))
    doc.add_paragraph()
    doc.add_paragraph("Background papers: none. Contact officer: "
                      f"{rng.choice(('Fiona Okafor', 'Gareth Lyle', 'Sana Qureshi'))}, "
                      "Improvement Programme Manager.")  # fmt: skip
    path = folder / f"{p.name}.docx"
    doc.save(str(path))
    return path


# ---- Excel: one sheet per recommendation, measures with a monthly trend ------------------------

_SLASH = re.compile(r"^(\d\d)/(\d\d)/(\d\d)$")


def _sheets(p: H8Plan, folder: Path) -> Path:
    h = p.headers
    wb = Workbook()
    font = FONTS[p.font]
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="E4DFEC")
    trends = p.features["trends"]
    kpi_recs = p.features["kpi_recs"]
    # months of the trend: the last n months before the issue date
    wb.remove(wb.active)
    for num, text in p.recs:
        ws = wb.create_sheet(f"Rec {num}")
        _xl_setup(ws, True)
        widths = [10, 56, 28, 14, 16, 15, 15, 15]
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w
        cell = ws.cell(1, 1, f"{_label(p, num)}{text}")
        cell.font, cell.alignment = Font(name=font, bold=True, size=12), wrap
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
        ws.row_dimensions[1].height = 16 * max(1, -(-len(text) // 110)) + 4
        cols = ["ref", "action", "owner", "due", "rag"]
        r = 3
        for j, col in enumerate(cols, start=1):
            hc = ws.cell(r, j, h[col])
            hc.font, hc.fill, hc.border, hc.alignment = (Font(name=font, bold=True, size=10),
                                                         head_fill, grid, wrap)  # fmt: skip
        for a in p.per_rec(num):
            r += 1
            vals = {"ref": a.ref, "action": a.text, "owner": a.owner, "rag": a.status or ""}
            for j, col in enumerate(cols, start=1):
                cell = ws.cell(r, j)
                if col == "due":
                    m = _SLASH.match(a.due_raw)
                    assert m
                    cell.value = date(2000 + int(m[3]), int(m[2]), int(m[1]))
                    cell.number_format = "dd/mm/yy"
                else:
                    cell.value = vals[col]
                cell.font, cell.border, cell.alignment = Font(name=font, size=10), grid, wrap
                if col == "rag" and a.rag:
                    cell.fill = PatternFill("solid", fgColor=PALE[a.rag][1:])
            ws.row_dimensions[r].height = 14 * max(1, -(-len(a.text) // 60)) + 3
        mine = [i for i, rec in enumerate(kpi_recs) if rec == num]
        if mine:
            r += 2
            n_m = max(len(trends[i]) for i in mine)
            months = [_months_after(p.issued.replace(day=1), -n_m + k) for k in range(n_m)]
            heads = [h["indicator"], h["baseline"]] + [
                f"{calendar.month_abbr[m.month]} {m.year}" for m in months
            ] + [h["target"]]  # fmt: skip
            # the indicator spans two columns (A:B), then baseline, months, target
            for j, text_h in enumerate(heads):
                at = 1 if j == 0 else j + 2
                hc = ws.cell(r, at, text_h)
                hc.font, hc.fill, hc.border, hc.alignment = (Font(name=font, bold=True, size=9),
                                                             head_fill, grid, wrap)  # fmt: skip
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            for k in range(9, 3 + n_m + 2):
                ws.column_dimensions[chr(64 + k)].width = 15
            for i in mine:
                r += 1
                kpi = p.kpis[i]
                ws.cell(r, 1, kpi.indicator).alignment = wrap
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
                figs = (
                    [kpi.baseline] + [None] * (n_m - len(trends[i])) + _trend(p, i) + [kpi.target]
                )
                for j, fig in enumerate(figs):
                    cell = ws.cell(r, j + 3)
                    if fig is not None:
                        cell.value, cell.number_format = _xl_number(fig)
                    cell.border = grid
                    cell.font = Font(name=font, size=9)
                ws.cell(r, 1).font = Font(name=font, size=9)
                ws.cell(r, 1).border = grid
    path = folder / f"{p.name}.xlsx"
    wb.save(str(path))
    return path


def _trend(p: H8Plan, i: int) -> list[tuple[str, float, str | None]]:
    """The trend values as (raw, value, unit), rebuilt from the printed raws of the features."""
    k = p.kpis[i]
    unit = k.latest[2]
    out = []
    for raw in p.features["trends"][i]:
        num = float(raw.split()[0].rstrip("%").replace(",", ""))
        out.append((raw, num, unit))
    return out
