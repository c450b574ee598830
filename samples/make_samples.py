"""Build the sample Ofsted reports and council improvement plans in samples/.

Why this exists: plantrace reads PDFs, and real council plans cannot be shipped in the repository,
so these fictional documents reproduce the layouts the extractors must cope with (page-1 judgement
tables, numbered and bulleted recommendations that wrap and break across pages, ruled and unruled
action tables, repeated and missing header rows, merged cells, landscape pages, KPI tables with
different column vocabularies, glossaries). The words live in `sample_content/` as plain Python
data; this file only lays them out. Hand-written gold for every PDF is in tests/gold/.

Run from the repository root:  .venv/bin/python samples/make_samples.py
Output is byte-for-byte reproducible: ReportLab's invariant mode fixes the timestamps and the
document id, and nothing here depends on the clock or on dictionary order.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation date and file id: re-running gives identical bytes

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_content import (  # noqa: E402
    eastmere_plan,
    eastmere_report,
    eastmere_scorecard,
    northwold_cla,
    northwold_plan,
    northwold_report,
)

# Bitstream Vera ships inside ReportLab, so every machine renders the same bytes. An embedded
# TrueType font also gives the PDF a ToUnicode map: bullets, curly quotes and dashes read back
# as themselves in both pdfium and pdfminer (the base-14 Helvetica bullet reads as "(cid:127)").
_FONT_DIR = Path(rl_config.__file__).resolve().parent / "fonts"
pdfmetrics.registerFont(TTFont("Vera", str(_FONT_DIR / "Vera.ttf")))
pdfmetrics.registerFont(TTFont("Vera-Bold", str(_FONT_DIR / "VeraBd.ttf")))
pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold")
REGULAR, BOLD = "Vera", "Vera-Bold"

Block = tuple[Any, ...]
OnPage = Callable[[Canvas, BaseDocTemplate], None]

OFSTED_BLUE = colors.HexColor("#1d3f72")
NORTHWOLD_GREEN = colors.HexColor("#2e5e4e")
NORTHWOLD_TINT = colors.HexColor("#dfeae4")
EASTMERE_PURPLE = colors.HexColor("#4b2e83")
EASTMERE_TINT = colors.HexColor("#e9e4f3")
GREY = colors.HexColor("#555555")
RAG_FILL = {
    "Red": colors.HexColor("#e06666"),
    "Amber": colors.HexColor("#f6b26b"),
    "Green": colors.HexColor("#93c47d"),
    "Blue": colors.HexColor("#6fa8dc"),
}


# --------------------------------------------------------------------------- styles


def style(name: str, size: float = 10.5, bold: bool = False, **kw: Any) -> ParagraphStyle:
    """A paragraph style; leading defaults to 1.3 x size, like a word-processed document."""
    kw.setdefault("leading", round(size * 1.3, 1))
    kw.setdefault("bulletFontName", REGULAR)  # ParagraphStyle would default to Helvetica
    kw.setdefault("bulletFontSize", size)
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size, **kw)


BODY = style("body", 10.5, spaceAfter=7)
H1 = style("h1", 15, True, spaceBefore=6, spaceAfter=9, textColor=OFSTED_BLUE)
H2 = style("h2", 12.5, True, spaceBefore=8, spaceAfter=6)
H3 = style("h3", 11, True, spaceBefore=6, spaceAfter=5)
NUMBERED = style("num", 10.5, leftIndent=26, bulletIndent=0, spaceAfter=7)
BULLET = style("bullet", 10.5, leftIndent=18, bulletIndent=4, spaceAfter=5)
SUB_BULLET = style("subbullet", 10.5, leftIndent=36, bulletIndent=22, spaceAfter=4)
FOOTNOTE = style("footnote", 8.5, textColor=GREY)
CELL = style("cell", 7.8)
CELL_BOLD = style("cellbold", 7.8, True)
CELL_SMALL = style("cellsmall", 7.2)
CELL_SMALL_BOLD = style("cellsmallbold", 7.2, True)


def para(text: str, st: ParagraphStyle = BODY, **kw: Any) -> Paragraph:
    """Paragraph from plain text: the content modules hold plain text, so escape markup here."""
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(safe, st, **kw)


def cell(value: str | Sequence[str] | None, st: ParagraphStyle = CELL) -> list[Flowable] | str:
    """A table cell: one paragraph per line so that sub-items a), b), i. start on their own line."""
    if value is None or value == "":
        return ""
    lines = [value] if isinstance(value, str) else list(value)
    out: list[Flowable] = []
    for line in lines:
        indent = 0.0
        stripped = line.lstrip()
        if stripped[:3] in {"a) ", "b) ", "c) ", "d) ", "e) "}:
            indent = 8.0
        elif stripped.split(" ")[0] in {"i.", "ii.", "iii.", "iv."}:
            indent = 18.0
        elif stripped.startswith("• "):
            indent = 6.0
        out.append(para(stripped, ParagraphStyle("c", parent=st, leftIndent=indent)))
    return out


# --------------------------------------------------------------------------- page furniture


def page_furniture(
    header: str | None,
    footer: str | None,
    number_format: str = "{n}",
    header_right: str | None = None,
    colour: colors.Color = GREY,
    skip_first_header: bool = False,
) -> OnPage:
    """Running header and footer, drawn on the canvas so they repeat on every page."""

    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canv._pagesize
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(colour)
        canv.setFont(REGULAR, 7.5)
        if header and not (skip_first_header and n == 1):
            canv.drawString(doc.leftMargin, height - 12 * mm, header)
            if header_right:
                canv.drawRightString(width - doc.rightMargin, height - 12 * mm, header_right)
            canv.setStrokeColor(colour)
            canv.setLineWidth(0.4)
            canv.line(
                doc.leftMargin, height - 13.5 * mm, width - doc.rightMargin, height - 13.5 * mm
            )
        if footer:
            canv.drawString(doc.leftMargin, 10 * mm, footer)
            canv.drawRightString(width - doc.rightMargin, 10 * mm, number_format.format(n=n))
        else:
            canv.drawCentredString(width / 2, 10 * mm, number_format.format(n=n))
        canv.restoreState()

    return draw


def build(
    path: Path,
    story: list[Flowable],
    on_page: OnPage,
    *,
    title: str,
    author: str,
    pagesize: tuple[float, float] = A4,
    margins_mm: tuple[float, float, float, float] = (20, 20, 22, 20),
) -> None:
    """Write one PDF; margins are (left, right, top, bottom) in millimetres."""
    left, right, top, bottom = (m * mm for m in margins_mm)
    doc = BaseDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        creator="plantrace samples/make_samples.py",
        subject="Fictional sample document for plantrace",
    )
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story)


# --------------------------------------------------------------------------- report bodies


def render_blocks(blocks: Sequence[Block]) -> list[Flowable]:
    """Turn the content modules' block lists into flowables.

    Block kinds: ("h1"|"h2"|"h3"|"p", text), ("num", number, text), ("bullets", items) where an
    item is text or (text, [sub-items]), ("break",), ("spacer", mm), ("contents", rows).
    """
    out: list[Flowable] = []
    for block in blocks:
        kind = block[0]
        if kind == "h1":
            out += [CondPageBreak(40 * mm), para(block[1], H1)]
        elif kind == "h2":
            out += [CondPageBreak(30 * mm), para(block[1], H2)]
        elif kind == "h3":
            out += [CondPageBreak(20 * mm), para(block[1], H3)]
        elif kind == "p":
            out.append(para(block[1]))
        elif kind == "num":
            out.append(para(block[2], NUMBERED, bulletText=f"{block[1]}."))
        elif kind == "bullets":
            for item in block[1]:
                text, subs = (item, []) if isinstance(item, str) else item
                out.append(para(text, BULLET, bulletText="•"))
                out += [para(s, SUB_BULLET, bulletText="–") for s in subs]
        elif kind == "break":
            out.append(PageBreak())
        elif kind == "spacer":
            out.append(Spacer(1, block[1] * mm))
        elif kind == "contents":
            rows = [
                [para(t, style("toc", 11, leftIndent=14 * lvl)), para(str(p), BODY)]
                for t, p, lvl in block[1]
            ]
            table = Table(rows, colWidths=[150 * mm, 20 * mm])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(table)
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    return out


def layout_sif_report(path: Path, data: dict[str, Any]) -> None:
    """A 2014-2017 single inspection framework report: title page, then numbered paragraphs."""
    title = style("title", 15, True, leading=20, spaceAfter=4)
    story: list[Flowable] = [para(data["authority"], style("la", 17, True, spaceAfter=8))]
    story += [para(line, title) for line in data["title_lines"]]
    story.append(Spacer(1, 6 * mm))
    for label in ("inspection_date", "published", "lead_inspector"):
        story.append(para(data[label], style("meta", 12, True, spaceAfter=6)))
    story.append(Spacer(1, 4 * mm))
    story.append(para(data["overall_line"], style("overall", 13, True, textColor=OFSTED_BLUE)))
    story += [para(t) for t in data["overall_text"]]
    story.append(para(data["judgements_intro"]))
    rows = [
        [para(label, style("jl", 11, True, leftIndent=14 if sub else 0)), para(grade, BODY)]
        for label, grade, sub in data["judgements"]
    ]
    table = Table(rows, colWidths=[105 * mm, 60 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, OFSTED_BLUE),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story += [table, Spacer(1, 10 * mm), HRFlowable(width="35%", thickness=0.5, hAlign="LEFT")]
    story += [para(t, FOOTNOTE) for t in data["footnotes"]]
    story.append(PageBreak())
    story += render_blocks(data["body"])
    furniture = page_furniture(
        data["running_header"], None, number_format="{n}", skip_first_header=True
    )
    build(path, story, furniture, title=data["pdf_title"], author="Ofsted")


def layout_ilacs_report(path: Path, data: dict[str, Any]) -> None:
    """A 2018+ ILACS report: judgement table on page 1, bullets under 'What needs to improve'."""
    story: list[Flowable] = [
        para(data["authority"], style("la", 17, True, spaceAfter=4)),
        para(data["title"], style("t", 15, True, leading=19, spaceAfter=8, textColor=OFSTED_BLUE)),
        para(data["inspection_dates"], style("meta", 11.5, True, spaceAfter=3)),
        para(data["lead_inspector"], style("meta2", 11.5, True, spaceAfter=10)),
    ]
    head = [para("Judgement", CELL_BOLD), para("Grade", CELL_BOLD)]
    big = style("jcell", 10.5)
    rows = [head] + [[para(a, big), para(g, big)] for a, g in data["judgements"]]
    table = Table(rows, colWidths=[105 * mm, 65 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story += [table, Spacer(1, 6 * mm)]
    story += render_blocks(data["body"])
    furniture = page_furniture(
        data["running_header"],
        None,
        header_right=data["running_header_right"],
        number_format="{n}",
        skip_first_header=True,
    )
    build(path, story, furniture, title=data["pdf_title"], author="Ofsted")


# --------------------------------------------------------------------------- plan tables


def ruled(extra: Sequence[tuple[Any, ...]] = (), header_fill: Any = NORTHWOLD_TINT) -> TableStyle:
    """Grid table style shared by the ruled plan layouts."""
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), header_fill),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )


def banner(text: str, fill: Any, fg: Any = colors.white, size: float = 11) -> Table:
    """A full-width shaded heading bar, as council plans use for each recommendation."""
    t = Table([[para(text, style("banner", size, True, textColor=fg))]], colWidths=["100%"])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def glossary_table(entries: Sequence[tuple[str, str]], widths: Sequence[float]) -> Table:
    """Two abbreviation/meaning pairs per row, alphabetical down each half, like the seed plan."""
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    rows = []
    for i in range(half):
        row = [para(left[i][0], CELL_BOLD), para(left[i][1], CELL)]
        row += (
            [para(right[i][0], CELL_BOLD), para(right[i][1], CELL)] if i < len(right) else ["", ""]
        )
        rows.append(row)
    t = Table(rows, colWidths=[w * mm for w in widths])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
            ]
        )
    )
    return t


def layout_sectioned_plan(path: Path, data: dict[str, Any]) -> None:
    """Per recommendation: quoted heading, ruled action table, impact measures, KPI table."""
    story: list[Flowable] = [
        para(data["council"], style("council", 13, True, textColor=NORTHWOLD_GREEN)),
        para(data["title"], style("ptitle", 22, True, leading=27, spaceBefore=8, spaceAfter=4)),
        para(data["subtitle"], style("psub", 13, spaceAfter=14)),
        para("Foreword", style("fw", 13, True, textColor=NORTHWOLD_GREEN, spaceAfter=6)),
    ]
    story += [para(t) for t in data["foreword"]]
    story += [para(line, style("sig", 11, True, spaceAfter=0)) for line in data["signature"]]
    story.append(PageBreak())
    for block in data["context"]:
        if block[0] == "judgements":
            grades = [[para(a, CELL_BOLD), para(g, CELL)] for a, g in block[1]]
            t = Table(grades, colWidths=[95 * mm, 55 * mm])
            t.setStyle(ruled(header_fill=colors.white))
            story += [t, Spacer(1, 4 * mm)]
        else:
            story += render_blocks([block])
    action_widths = [62 * mm, 28 * mm, 24 * mm, 26 * mm, 30 * mm]
    kpi_widths = [14 * mm, 66 * mm, 18 * mm, 22 * mm, 14 * mm, 36 * mm]
    for sec in data["sections"]:
        story += [CondPageBreak(60 * mm), Spacer(1, 3 * mm)]
        story.append(banner(f"{sec['number']}. {sec['heading']}", NORTHWOLD_GREEN))
        story.append(Spacer(1, 2 * mm))
        header = [para(h, CELL_BOLD) for h in data["action_columns"]]
        rows: list[list[Any]] = [header]
        spans: list[tuple[Any, ...]] = []
        for a in sec["actions"]:
            r = len(rows)
            rows.append(
                [
                    cell([f"{a['ref']} {a['text'][0]}", *a["text"][1:]]),
                    cell(a["who"]),
                    cell(a["date"]),
                    cell(a["governance"]),
                    cell(a["achieved"]),
                ]
            )
            if a.get("governance_rows", 1) > 1:
                spans.append(("SPAN", (3, r), (3, r + a["governance_rows"] - 1)))
        t = Table(rows, colWidths=action_widths, repeatRows=1)
        t.setStyle(ruled(spans))
        story.append(t)
        if sec.get("impact"):
            impact: list[Flowable] = [
                para("Impact", style("imp", 10, True, spaceBefore=6, spaceAfter=2))
            ]
            for label, items in sec["impact"]:
                impact.append(para(label, style("impl", 9, True, spaceAfter=1)))
                impact += [para(i, style("impb", 9, leftIndent=12), bulletText="•") for i in items]
            story.append(KeepTogether(impact))
        if sec.get("kpis"):
            rows = [[para(h, CELL_BOLD) for h in data["kpi_columns"]]]
            rows += [[cell(v) for v in k] for k in sec["kpis"]]
            t = Table(rows, colWidths=kpi_widths, repeatRows=1)
            t.setStyle(ruled())
            heading = para("Key Performance Indicators", style("kpih", 10, True, spaceBefore=6))
            story.append(KeepTogether([heading, t]))
    story += [PageBreak(), para("Glossary", H1)]
    story.append(glossary_table(data["glossary"], [18, 67, 18, 67]))
    story += [Spacer(1, 8 * mm)] + [para(t, style("contact", 9.5)) for t in data["contact"]]
    furniture = page_furniture(data["running_header"], data["footer"], number_format="Page {n}")
    build(path, story, furniture, title=data["title"], author=data["council"])


def layout_theme_plan(path: Path, data: dict[str, Any]) -> None:
    """Landscape strategy action plan: one table per theme, the theme in a merged left cell."""
    story: list[Flowable] = [
        para(data["title"], style("clat", 17, True, textColor=NORTHWOLD_GREEN, spaceAfter=3)),
        para(data["subtitle"], style("clas", 13, True, spaceAfter=8)),
    ]
    story += render_blocks(data["intro"])
    rec_rows = [[para("Rec", CELL_BOLD), para("Ofsted recommendation (March 2016)", CELL_BOLD)]]
    rec_rows += [[para(n, CELL), para(t, CELL)] for n, t in data["recommendations"]]
    t = Table(rec_rows, colWidths=[14 * mm, 230 * mm], hAlign="LEFT")
    t.setStyle(ruled())
    story += [t, Spacer(1, 5 * mm)]
    widths = [36 * mm, 11 * mm, 80 * mm, 36 * mm, 30 * mm, 30 * mm, 34 * mm]
    for theme in data["themes"]:
        heading = para(theme["principle"], style("princ", 10.5, True, spaceBefore=6))
        rows: list[list[Any]] = [[para(h, CELL_BOLD) for h in data["columns"]]]
        for i, a in enumerate(theme["actions"]):
            rows.append(
                [
                    para(theme["name"], CELL_BOLD) if i == 0 else "",
                    cell(a["rec"]),
                    cell(a["actions"]),
                    cell(a["milestones"]),
                    cell(a["link"]),
                    cell(a["update"]),
                    cell(a["lead"]),
                ]
            )
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(
            ruled(
                [
                    ("SPAN", (0, 1), (0, len(rows) - 1)),
                    ("BACKGROUND", (0, 1), (0, -1), NORTHWOLD_TINT),
                ]
            )
        )
        # ReportLab cannot split a table inside a SPAN, so each theme must fit on one page.
        story.append(KeepTogether([heading, t]))
    story.append(para(data["closing"], style("closing", 9.5, spaceBefore=8)))
    furniture = page_furniture(data["running_header"], data["footer"], number_format="{n}")
    build(
        path,
        story,
        furniture,
        title=data["title"],
        author=data["council"],
        pagesize=landscape(A4),
        margins_mm=(15, 15, 20, 18),
    )


def layout_unruled_plan(path: Path, data: dict[str, Any]) -> None:
    """One long unruled table for the whole plan; it breaks across pages with no repeated header."""
    story: list[Flowable] = [
        para(data["council"], style("ec", 12, True, textColor=EASTMERE_PURPLE)),
        para(data["title"], style("et", 19, True, leading=24, spaceBefore=4, spaceAfter=4)),
        para(data["subtitle"], style("es", 11.5, spaceAfter=10)),
    ]
    story += render_blocks(data["intro"])
    key = Table(
        [[para(k, CELL_BOLD), para(v, CELL)] for k, v in data["rag_key"]],
        colWidths=[10 * mm, 80 * mm],
        hAlign="LEFT",
    )
    story += [key, Spacer(1, 6 * mm)]
    widths = [15 * mm, 52 * mm, 25 * mm, 17 * mm, 22 * mm, 9 * mm, 40 * mm]
    rows: list[list[Any]] = [[para(h, CELL_SMALL_BOLD) for h in data["columns"]]]
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, EASTMERE_PURPLE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for row in data["rows"]:
        if row[0] == "section":
            r = len(rows)
            rows.append([para(row[1], CELL_SMALL_BOLD), para(row[2], CELL_SMALL_BOLD)] + [""] * 5)
            cmds += [
                ("SPAN", (1, r), (-1, r)),
                ("TOPPADDING", (0, r), (-1, r), 8),
                ("TEXTCOLOR", (0, r), (-1, r), EASTMERE_PURPLE),
            ]
        else:
            rows.append([cell(v, CELL_SMALL) for v in row])
    t = Table(rows, colWidths=widths, repeatRows=0)  # the header row is printed once only
    t.setStyle(TableStyle(cmds))
    story.append(t)
    story += [Spacer(1, 6 * mm)] + render_blocks(data["closing"])
    furniture = page_furniture(
        data["running_header"], data["footer"], number_format="{n}", colour=EASTMERE_PURPLE
    )
    build(
        path,
        story,
        furniture,
        title=data["title"],
        author=data["council"],
        margins_mm=(15, 15, 20, 18),
    )


def layout_scorecard(path: Path, data: dict[str, Any]) -> None:
    """Ruled scorecard: priorities, an action tracker and a KPI table with coloured status cells."""
    story: list[Flowable] = [
        para(data["council"], style("sc", 12, True, textColor=EASTMERE_PURPLE)),
        para(data["title"], style("st", 17, True, leading=21, spaceBefore=3, spaceAfter=3)),
        para(data["period"], style("sp", 11, True, spaceAfter=8)),
    ]
    story += render_blocks(data["intro"])
    story.append(para(data["status_key"], style("key", 9, spaceAfter=6)))
    story.append(para("1. Improvement priorities", H2))
    rows: list[list[Any]] = [[para(h, CELL_BOLD) for h in data["priority_columns"]]]
    rows += [
        [para(p, CELL_BOLD), para(t, CELL), para(lead, CELL)] for p, t, lead in data["priorities"]
    ]
    t = Table(rows, colWidths=[16 * mm, 122 * mm, 42 * mm])
    t.setStyle(ruled(header_fill=EASTMERE_TINT))
    story += [t, para("2. Action tracker", H2)]

    def status_cmds(statuses: Sequence[str], col: int) -> list[Any]:
        return [
            ("BACKGROUND", (col, i + 1), (col, i + 1), RAG_FILL[s])
            for i, s in enumerate(statuses)
            if s in RAG_FILL
        ]

    rows = [[para(h, CELL_SMALL_BOLD) for h in data["action_columns"]]]
    rows += [[cell(v, CELL_SMALL) for v in a] for a in data["actions"]]
    t = Table(
        rows, colWidths=[9 * mm, 14 * mm, 58 * mm, 28 * mm, 15 * mm, 13 * mm, 43 * mm], repeatRows=1
    )
    t.setStyle(ruled(status_cmds([a[5] for a in data["actions"]], 5), header_fill=EASTMERE_TINT))
    story += [t, CondPageBreak(50 * mm), para("3. Performance measures", H2)]
    story += [para(t_, style("kpiintro", 9.5, spaceAfter=5)) for t_ in data["kpi_intro"]]
    rows = [[para(h, CELL_SMALL_BOLD) for h in data["kpi_columns"]]]
    cmds: list[tuple[Any, ...]] = []
    for item in data["kpis"]:
        if item[0] == "group":
            r = len(rows)
            rows.append([para(item[1], CELL_SMALL_BOLD)] + [""] * 8)
            cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), EASTMERE_TINT)]
        else:
            r = len(rows)
            rows.append([cell(v, CELL_SMALL) for v in item])
            if item[8] in RAG_FILL:
                cmds.append(("BACKGROUND", (8, r), (8, r), RAG_FILL[item[8]]))
    t = Table(
        rows,
        colWidths=[10 * mm, 50 * mm, 11 * mm, 18 * mm, 18 * mm, 15 * mm, 16 * mm, 29 * mm, 13 * mm],
        repeatRows=1,
    )
    t.setStyle(ruled(cmds, header_fill=colors.HexColor("#d9d2e9")))
    story.append(t)
    story += [Spacer(1, 4 * mm)] + [
        para(n, style("note", 8.5, textColor=GREY)) for n in data["notes"]
    ]
    furniture = page_furniture(
        data["running_header"], data["footer"], number_format="Page {n}", colour=EASTMERE_PURPLE
    )
    build(
        path,
        story,
        furniture,
        title=data["title"],
        author=data["council"],
        margins_mm=(15, 15, 20, 18),
    )


# --------------------------------------------------------------------------- main


def main() -> None:
    """Write every sample PDF; the list below is also the index in samples/README.md."""
    reports, plans = HERE / "reports", HERE / "plans"
    reports.mkdir(exist_ok=True)
    plans.mkdir(exist_ok=True)
    jobs: list[tuple[Callable[[Path, dict[str, Any]], None], Path, dict[str, Any]]] = [
        (layout_sif_report, reports / "northwold-inspection-2016.pdf", northwold_report.REPORT),
        (layout_ilacs_report, reports / "eastmere-inspection-2024.pdf", eastmere_report.REPORT),
        (layout_sectioned_plan, plans / "northwold-improvement-plan-2016.pdf", northwold_plan.PLAN),
        (layout_theme_plan, plans / "northwold-cla-strategy-2016.pdf", northwold_cla.PLAN),
        (layout_unruled_plan, plans / "eastmere-improvement-plan-2024.pdf", eastmere_plan.PLAN),
        (layout_scorecard, plans / "eastmere-kpi-scorecard-2024.pdf", eastmere_scorecard.PLAN),
    ]
    for fn, path, data in jobs:
        fn(path, data)
        print(f"wrote {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
