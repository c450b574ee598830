"""A status printed as a coloured pill round its word (a list view's choice pill, a design
system's tag) in a row made taller by another column's wrapped text: the pill covers the word,
not the cell (pipeline.tables._behind_text), and its colour is the rating where the word has none
of its own ('In progress' on green: green; plan_actions.cell_rag). 'Not started' stays no
rating whatever its shade."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


class _Pill(Flowable):
    """A word on a rounded tint, as wide as the word."""

    def __init__(self, word: str, tint: str) -> None:
        super().__init__()
        self.word, self.tint = word, tint
        self.width, self.height = 8 + 5.2 * len(word), 12

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.tint)
        c.roundRect(0, 0, self.width, self.height, 5, stroke=0, fill=1)
        c.setFillColor("black")
        c.setFont("Helvetica", 9)
        c.drawString(4, 3, self.word)


_ROWS = [
    ("Hold a monthly missing children panel chaired by the head of safeguarding, with "
     "police and health partners at every meeting", "Head of Safeguarding", "30/04/2026",
     "In progress", "#d3f0da"),
    ("Publish a revised threshold document with partners and schools, and train every "
     "front door worker in using it", "Service Manager", "30/06/2026", "Not started", "#eceef0"),
    ("Audit twelve supervision records each month and report the themes to the practice "
     "board with the actions agreed", "Principal Social Worker", "31/05/2026", "Completed",
     "#d4e4f7"),
    ("Map the places where missing children are found and share the analysis with the "
     "police and the community safety partnership", "Exploitation Lead", "31/03/2026",
     "At risk", "#ffe8c2"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data: list[list[object]] = [[Paragraph(h, STYLE) for h in ("Action", "Lead", "Due", "Status")]]
    for text, lead, due, word, tint in _ROWS:
        data.append([Paragraph(text, STYLE), Paragraph(lead, STYLE), Paragraph(due, STYLE),
                     _Pill(word, tint)])  # fmt: skip
    t = Table(data, colWidths=[330, 130, 70, 90])
    t.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    doc.build([t])
    return buf.getvalue()


def test_a_pill_round_a_state_word_in_a_tall_row_gives_its_colour() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "pills.pdf"))
    assert [(a.owner, a.rag) for a in plan.actions] == [
        ("Head of Safeguarding", "green"),
        ("Service Manager", None),
        ("Principal Social Worker", "blue"),
        ("Exploitation Lead", "amber"),
    ]
