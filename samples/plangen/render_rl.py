"""ReportLab producer: platypus tables in the plan's ruling style, cards as paragraphs."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as RLPageBreak,
)
from reportlab.platypus import (
    Table as RLTable,
)

from samples.plangen.model import Card, Heading, PageBreak, Para, Plan, Table

FONTS = {"sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
         "serif": ("Times-Roman", "Times-Bold", "Times-Italic")}  # fmt: skip
CARD_SEP = {"tune": ": ", "measure": " - "}


def render(plan: Plan, out: Path) -> Path:
    pdf = out / f"{plan.name}.pdf"
    st = plan.style
    regular, bold, italic = FONTS[st.font]
    size = st.font_size
    body = ParagraphStyle("b", fontName=regular, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    ital = ParagraphStyle("i", parent=body, fontName=italic)
    h = {0: ParagraphStyle("h0", parent=head, fontSize=15, leading=18, spaceAfter=8),
         1: ParagraphStyle("h1", parent=head, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
         2: ParagraphStyle("h2", parent=head, fontSize=10.5, leading=13, spaceBefore=8,
                           spaceAfter=4)}  # fmt: skip
    pagesize = landscape(A4) if st.landscape else A4
    doc = SimpleDocTemplate(str(pdf), pagesize=pagesize, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm, title=plan.title,
                            invariant=1)  # fmt: skip
    width = pagesize[0] - 3.2 * cm
    story: list[Any] = []
    sep = CARD_SEP["measure" if plan.split == "measure" else "tune"]
    for b in plan.blocks:
        if isinstance(b, Heading):
            story.append(Paragraph(escape(b.text), h[b.level]))
        elif isinstance(b, Para):
            story.append(Paragraph(escape(b.text), ital if b.italic else body))
            story.append(Spacer(1, 4))
        elif isinstance(b, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(b, Card):
            parts = [Paragraph(escape(b.title), head)]
            for label, value in b.lines:
                parts.append(Paragraph(f"<font name='{bold}'>{escape(label)}</font>{sep}"
                                       f"{escape(value)}", body))  # fmt: skip
            parts.append(Spacer(1, 6))
            story.append(KeepTogether(parts))
        elif isinstance(b, Table):
            story.append(_table(b, st.ruling, st.repeat_header, width, body, head))
            story.append(Spacer(1, 8))
    doc.build(story)
    return pdf


def _table(t: Table, ruling: str, repeat: bool, width: float, body: ParagraphStyle,
           head: ParagraphStyle) -> RLTable:  # fmt: skip
    ncol = len(t.widths)
    total = sum(t.widths)
    widths = [width * w / total for w in t.widths]
    data: list[list[Any]] = []
    cmds: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 3)]  # fmt: skip
    offset = 0
    if t.header is not None:
        data.append([Paragraph(escape(x), head) for x in t.header])
        offset = 1
        if ruling in ("grid", "hrules", "bands") and t.kind != "summary":
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d0d7e1")))
    for i, row in enumerate(t.rows):
        r = i + offset
        if row.banner:
            cell = row.cells[0]
            assert cell is not None
            data.append([Paragraph(escape(cell.text), head)] + [""] * (ncol - 1))
            cmds.append(("SPAN", (0, r), (-1, r)))
        else:
            data.append([Paragraph(escape(c.text), body) if c is not None else ""
                         for c in row.cells])  # fmt: skip
            for j, c in enumerate(row.cells):
                if c is None:
                    continue
                if c.fill:
                    cmds.append(("BACKGROUND", (j, r), (j, r), colors.HexColor(c.fill)))
                if c.rowspan > 1:
                    cmds.append(("SPAN", (j, r), (j, r + c.rowspan - 1)))
        if row.fill:
            cmds.insert(0, ("BACKGROUND", (0, r), (-1, r), colors.HexColor(row.fill)))
    line = colors.HexColor("#555555")
    if ruling == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, line))
    elif ruling == "hrules":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, line))
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, line))
    elif ruling == "vrules":
        cmds.append(("LINEAFTER", (0, 0), (-2, -1), 0.5, line))
    return RLTable(data, colWidths=widths, style=TableStyle(cmds),
                   repeatRows=1 if (repeat and t.header is not None) else 0)  # fmt: skip
