"""Small Ofsted-like report PDFs (reportlab) laid out like the printed reports.

The positions and type sizes copy the real reports of ../shared/corpus: a 26 pt title, 12 pt bold
cover labels, a judgement table with labels at x=77 and grades at x=303 (ILACS), 14 pt bold
section headings, numbered SIF paragraphs with wrapped lines indented to x=100.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HEIGHT = A4[1]


@dataclass
class Text:
    text: str
    x: float = 72.0
    size: float = 12.0
    bold: bool = False


@dataclass
class Gap:
    points: float


Item = Text | Gap


@dataclass
class ReportSpec:
    title: str = "Inspection of Northwold local authority children’s services"
    dates: list[str] = field(default_factory=lambda: ["Inspection dates: 10 to 21 June 2024"])
    published: str | None = None
    lead: str | None = "Lead inspector: Jane Example, His Majesty’s Inspector"
    # (label lines, grade) rows of the ILACS judgement table
    judgements: list[tuple[list[str], str]] = field(
        default_factory=lambda: [
            (
                ["The impact of leaders on social work", "practice with children and families"],
                "Good",
            ),
            (["The experiences and progress of", "children who need help and protection"], "Good"),
            (["The experiences and progress of", "children in care"], "Good"),
            (["The experiences and progress of care", "leavers"], "Good"),
            (["Overall effectiveness"], "Good"),
        ]
    )
    pages: list[list[Item]] = field(default_factory=list)  # the pages after the cover


def ilacs_recommendations(bullets: list[list[str]]) -> list[Item]:
    """'What needs to improve?' and its bullets (each a list of wrapped lines), then a section."""
    out: list[Item] = [Text("What needs to improve?", size=14, bold=True), Gap(10)]
    for lines in bullets:
        out.append(Text("• " + lines[0], x=72))
        out += [Text(more, x=89) for more in lines[1:]]
        out.append(Gap(10))
    out += [
        Text("The experiences and progress of children who need help and", size=14, bold=True),
        Text("protection: good", size=14, bold=True),
        Gap(8),
        Text("1. Children receive help at the right time from a range of services, and their"),
        Text("needs are assessed promptly by skilled social workers.", x=100),
    ]
    return out


def build(spec: ReportSpec) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cover: list[Item] = [Text(spec.title, size=26), Gap(14)]
    cover += [Text(d, bold=True) for d in spec.dates]
    if spec.published:
        cover.append(Text(spec.published, bold=True))
    if spec.lead:
        cover.append(Text(spec.lead, bold=True))
    _draw(c, cover, top=120)
    y = 300.0
    c.setFont("Helvetica-Bold", 12)
    c.drawString(77, HEIGHT - y, "Judgement")
    c.drawString(303, HEIGHT - y, "Grade")
    y += 30
    for labels, grade in spec.judgements:
        c.setFont("Helvetica", 12)
        c.drawString(303, HEIGHT - y, grade)
        for label in labels:
            c.drawString(77, HEIGHT - y, label)
            y += 16
        y += 10
    c.setFont("Helvetica", 12)
    c.drawString(72, HEIGHT - y - 20, "Children in Northwold are helped and protected well.")
    c.showPage()
    for page in spec.pages:
        _draw(c, page, top=100)
        c.showPage()
    _draw(c, [Text("Ofsted, Piccadilly Gate, Manchester M1 2WD", size=10)], top=700)
    c.showPage()
    c.save()
    return buf.getvalue()


def _draw(c: canvas.Canvas, items: list[Item], top: float) -> None:
    y = top
    for item in items:
        if isinstance(item, Gap):
            y += item.points
            continue
        c.setFont("Helvetica-Bold" if item.bold else "Helvetica", item.size)
        c.drawString(item.x, HEIGHT - y, item.text)
        y += item.size * 1.3
