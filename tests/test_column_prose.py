"""A staff newsletter whose body is set in two newspaper columns: a welcome, then per
recommendation a heading, its text, and per action a run-in paragraph ('1.1 <text>', the ref
bold) over an indented fields line ('Lead: <owner> · Done by: <date> · Status: <status>', the
labels bold, the values regular) that wraps on to a second line. The text flows from the foot
of the left column to the top of the right.

A shaded box a column wide (dates for the diary) stands between two articles.

The layout reader may take the two columns for an unruled table of two columns (each paragraph
on the left paired with whatever stands beside it on the right). What is read: the columns
one after the other, so each action answers the recommendation above it in the text flow (the
left column's, then the right's), and the fields line's wrapped value is one field: the due
date alone, the status read from its words ('Running late' amber, 'Needs help' red,
'Starting soon' no colour).
"""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes

LEFT, RIGHT, WIDTH = 49.0, 312.0, 234.0
SIZE = 9.0

# (number, text, [(ref, action, owner, due printed, due iso, status, colour)])
ARTICLES = [
    ("1", "Increase the range of suitable accommodation for care leavers and improve the "
     "quality of pathway plans",
     [("1.1", "Offer every care leaver aged 21 to 25 a review with a personal adviser each year",
       "Head of Safeguarding", "January 2027 (end)", "2027-01-31", "Running late", "amber"),
      ("1.2", "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
       "Service Manager, Front Door", "April 2026 (end)", "2026-04-30", "Going to plan", "green"),
      ("1.3", "Set up a care leavers' hub with drop-in advice on housing, money and health",
       "Head of Virtual School", "February 2026 (end)", "2026-02-28", "Starting soon", None)]),
    ("2", "Make sure that children's wishes and feelings are sought, recorded and visibly "
     "influence the plans made for them",
     [("2.1", "Record children's views in their own words at every review meeting",
       "Service Manager, Care Leavers", "September 2026 (end)", "2026-09-30", "Needs help", "red"),
      ("2.2", "Expand the children in care council and set up a younger members' group",
       "Head of Safeguarding", "July 2026 (end)", "2026-07-31", "Finished", "blue")]),
    ("3", "Improve the multi-agency response to children at risk of criminal and sexual "
     "exploitation outside the home",
     [("3.1", "Develop safety plans for places of concern, such as parks and transport hubs, "
       "with community safety partners",
       "Head of Safeguarding", "August 2026 (end)", "2026-08-31", "Needs help", "red"),
      ("3.2", "Appoint two specialist exploitation social workers to support complex cases",
       "Head of Early Help", "July 2026 (end)", "2026-07-31", "Going to plan", "green"),
      ("3.3", "Deliver contextual safeguarding training to every social work team and to "
       "designated safeguarding leads in schools",
       "Service Manager, Front Door", "July 2026 (end)", "2026-07-31", "Starting soon", None)]),
    ("4", "Ensure that initial and review health assessments for children in care are "
     "completed on time",
     [("4.1", "Train foster carers in understanding trauma and attachment",
       "Head of Virtual School", "May 2026 (end)", "2026-05-31", "Running late", "amber"),
      ("4.2", "Report health assessment timeliness monthly to the corporate parenting board",
       "Head of Safeguarding", "November 2026 (end)", "2026-11-30", "Needs help", "red")]),
]  # fmt: skip

WELCOME = (
    "Thank you for everything you are doing to make our services better for children. This "
    "issue sets out where we are with each part of our improvement plan, who is leading it and "
    "how it is going. Please talk to your manager if you want to get involved."
)

Run = tuple[str, str]  # (font, text)


def _wrap(runs: list[Run], width: float) -> list[list[Run]]:
    """Runs of words in their fonts broken into lines of at most `width` points."""
    words = [(font, w) for font, text in runs for w in text.split()]
    lines: list[list[Run]] = [[]]
    used = 0.0
    for font, w in words:
        need = stringWidth(w + " ", font, SIZE)
        if lines[-1] and used + need > width:
            lines.append([])
            used = 0.0
        lines[-1].append((font, w))
        used += need
    return lines


class _Flow:
    """Text set down the left column, then the right (newspaper columns)."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c, self.x, self.y = c, LEFT, 760.0

    def para(self, runs: list[Run], indent: float = 0.0, gap: float = 4.0) -> None:
        for line in _wrap(runs, WIDTH - indent - 4):
            if self.y < 80:
                self.x, self.y = RIGHT, 760.0
            x = self.x + indent
            for font, w in line:
                self.c.setFont(font, SIZE)
                self.c.drawString(x, self.y, w)
                x += stringWidth(w + " ", font, SIZE)
            self.y -= 11.5
        self.y -= gap


DIARY = ["27 April 2026: Improvement Board (open to observers)", "5 May 2026: All-staff briefing"]


def _box(flow: _Flow, lines: list[str]) -> None:
    """A shaded, ruled box a column wide holding a few lines, in the text's flow."""
    if flow.y - 14 * len(lines) < 80:
        flow.x, flow.y = RIGHT, 760.0
    top, bottom = flow.y + 12, flow.y - 12.5 * len(lines) + 4
    flow.c.setFillColorRGB(1.0, 0.96, 0.84)
    flow.c.rect(flow.x - 6, bottom, WIDTH + 2, top - bottom, stroke=1, fill=1)
    flow.c.setFillColorRGB(0, 0, 0)
    for k, text in enumerate(lines):
        flow.c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", SIZE)
        flow.c.drawString(flow.x, flow.y, text)
        flow.y -= 12.5
    flow.y -= 12


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(LEFT, 800, "Improvement News")
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, 784, "Westcombe Children's Services | Issue 4 | March 2026")
    flow = _Flow(c)
    flow.para([("Helvetica-Bold", "A word from Ngozi Adeyemi, Director of Children's Services")])
    flow.para([("Helvetica", WELCOME)], gap=8)
    for number, text, actions in ARTICLES:
        flow.para([("Helvetica-Bold", f"Recommendation {number}")])
        flow.para([("Helvetica-Oblique", text)])
        for ref, action, owner, due, _iso, status, _colour in actions:
            flow.para([("Helvetica-Bold", ref), ("Helvetica", action)], gap=1)
            fields = [
                ("Helvetica-Bold", "Lead:"), ("Helvetica", f"{owner} ·"),
                ("Helvetica-Bold", "Done by:"), ("Helvetica", f"{due} ·"),
                ("Helvetica-Bold", "Status:"), ("Helvetica", status),
            ]  # fmt: skip
            flow.para(fields, indent=11)
        flow.y -= 6
        if number == "2":  # a shaded box a column wide between the articles: no plan content
            _box(flow, ["Dates for your diary", *DIARY])
    c.showPage()
    c.save()
    return buf.getvalue()


def test_new_status_words_read() -> None:
    assert normalise_rag("Running late") == "amber"
    assert normalise_rag("Needs help") == "red"
    assert normalise_rag("Starting soon") is None
    assert normalise_rag("Going to plan") == "green"


def test_newspaper_columns_read_column_by_column() -> None:
    doc = parse_pdf_bytes(_pdf(), "newsletter.pdf")
    plan = extract_plan(doc)
    rec_number = {r.id: r.number for r in plan.recommendations}
    by_ref = {a.ref: a for a in plan.actions}
    expected = {
        ref: (number, owner, iso, colour)
        for number, _text, actions in ARTICLES
        for ref, _a, owner, _due, iso, _s, colour in actions
    }
    assert set(by_ref) == set(expected)
    for ref, (number, owner, iso, colour) in expected.items():
        a = by_ref[ref]
        assert [rec_number[r] for r in a.recommendations] == [number], ref
        assert a.owner == owner, ref
        assert a.due_date is not None and a.due_date.isoformat() == iso, ref
        assert a.rag == colour, ref
    assert [r.number for r in plan.recommendations] == ["1", "2", "3", "4"]
    assert not any("diary" in r.text or "Board" in r.text for r in plan.recommendations)
