"""A plan drawn as an alignment (Sankey) diagram with ReportLab, for the tests of the readers of
its shapes: recommendation boxes down the left (a coloured edge each, an italic note under
each), one grey box per action down the right ('A3 <text>' over a small line of fields, the
status word in its ink), and a translucent curved band from a recommendation's box to each of
its actions' boxes; the actions are listed in an order of their own, so the bands cross."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

BANDS = ("#4E79A7", "#F28E2B", "#59A14F", "#B07AA1")
INKS = {
    "green": "#2E7D32",
    "amber": "#B26A00",
    "red": "#C62828",
    "blue": "#1565C0",
    None: "#616161",
}


@dataclass
class FlowAction:
    ref: str
    text: str
    owner: str
    due: str
    status: str
    rag: str | None  # the ink the status word is printed in
    rec: str


def flow_pdf(
    recs: dict[str, str],
    actions: list[FlowAction],
    labels: tuple[str, str, str] = ("Owner", "Due", "Status"),
    legend: str = "",
) -> bytes:
    """One landscape page of the diagram; labels: the owner's, due's and status's labels."""
    buf = io.BytesIO()
    W, H = landscape(A4)
    lx, lw = 12 * mm, 78 * mm
    rx, rw = 168 * mm, W - 12 * mm - 168 * mm
    rec_st = ParagraphStyle("r", fontName="Times-Roman", fontSize=8.5, leading=10.5)
    act_st = ParagraphStyle("a", fontName="Times-Roman", fontSize=8.5, leading=10)
    small = ParagraphStyle("s", fontName="Times-Roman", fontSize=7, leading=8.5)
    note = ParagraphStyle("n", fontName="Times-Italic", fontSize=7, leading=8.5)
    c = Canvas(buf, pagesize=(W, H), invariant=1)
    top = H - 12 * mm
    c.setFont("Times-Bold", 16)
    c.drawString(12 * mm, top - 5 * mm, "How our recommendations become action")
    by = Paragraph(legend or "Each band joins a recommendation to an action.", small)
    _, bh = by.wrap(W - 24 * mm, 40 * mm)
    by.drawOn(c, 12 * mm, top - 9 * mm - bh)
    top -= 12 * mm + bh
    c.setFont("Times-Bold", 8)
    c.drawString(lx, top - 3 * mm, "Recommendations")
    c.drawString(rx, top - 3 * mm, "Ref / Action")
    top -= 6 * mm
    boxes = []
    for a in actions:
        parts = [
            Paragraph(f"<b>{a.ref}</b> {a.text}", act_st),
            Paragraph(
                f"{labels[0]}: {a.owner} · {labels[1]}: {a.due} · {labels[2]}: "
                f"<font color='{INKS[a.rag]}'><b>{a.status}</b></font>",
                small,
            ),
        ]
        ht = sum(p.wrap(rw - 4 * mm, 60 * mm)[1] for p in parts) + 2 * mm * len(parts)
        boxes.append((a, parts, ht + 1 * mm))
    gap = 4 * mm
    y = top
    pos: dict[str, tuple[float, float]] = {}
    for a, _, ht in boxes:
        pos[a.ref] = (y, y - ht)
        y -= ht + gap
    ry = top
    for k, (num, text) in enumerate(recs.items()):
        rp = Paragraph(f"<b>Recommendation {num}</b><br/>{text}", rec_st)
        _, rh = rp.wrap(lw - 4 * mm, 100 * mm)
        np_ = Paragraph("Raised by the inspection team", note)
        _, nh = np_.wrap(lw - 4 * mm, 30 * mm)
        bh_ = rh + 4 * mm
        col = colors.HexColor(BANDS[k % len(BANDS)])
        mine = sorted((a.ref for a in actions if a.rec == num), key=lambda r: -pos[r][0])
        sl = bh_ / max(1, len(mine))
        for j, ref in enumerate(mine):
            y0, y1 = ry - j * sl, ry - (j + 1) * sl
            a0, a1 = pos[ref][0] - 1 * mm, pos[ref][1] + 1 * mm
            x0, x1 = lx + lw, rx
            xm = (x0 + x1) / 2
            p = c.beginPath()
            p.moveTo(x0, y0)
            p.curveTo(xm, y0, xm, a0, x1, a0)
            p.lineTo(x1, a1)
            p.curveTo(xm, a1, xm, y1, x0, y1)
            p.close()
            c.setFillColor(col, alpha=0.35)
            c.setStrokeColor(col, alpha=0.6)
            c.setLineWidth(0.4)
            c.drawPath(p, stroke=1, fill=1)
        c.setFillColor(colors.white, alpha=1)
        c.setStrokeColor(col, alpha=1)
        c.setLineWidth(1.4)
        c.rect(lx, ry - bh_, lw, bh_, stroke=1, fill=1)
        c.setFillColor(col, alpha=1)
        c.rect(lx, ry - bh_, 2 * mm, bh_, stroke=0, fill=1)
        rp.drawOn(c, lx + 3 * mm, ry - 2 * mm - rh)
        np_.drawOn(c, lx + 3 * mm, ry - bh_ - 1 * mm - nh)
        ry -= bh_ + nh + 2 * mm + 8 * mm
    for a, parts, _ in boxes:
        y0, y1 = pos[a.ref]
        c.setFillColor(colors.HexColor("#FAFAFA"), alpha=1)
        c.setStrokeColor(colors.HexColor("#9E9E9E"), alpha=1)
        c.setLineWidth(0.6)
        c.rect(rx, y1, rw, y0 - y1, stroke=1, fill=1)
        yy = y0 - 1.5 * mm
        for p in parts:
            _, ph = p.wrap(rw - 4 * mm, 60 * mm)
            p.drawOn(c, rx + 2 * mm, yy - ph)
            yy -= ph + 2 * mm
    c.showPage()
    c.save()
    return buf.getvalue()
