"""A planning board printed from a web page: the whole board one tinted panel, and in it, per
recommendation, its label alone in bold ('Recommendation 2') with the recommendation's text in
an outlined box under it, then a box per action. The table finder reads the panel as a
one-cell table and each box as a table of its own; the panel is opened into its own lines.

What is read: the panel's lines set among its boxes by height, so each label stands right over
its box and the two read as one heading; every recommendation is read, the second on a page
too (its actions' cards follow the first's on the page), and each action links to the one
above it. And a bold status word left in small type (a tag) rates nothing in the next
section: a recommendation heading in larger type ends its reach.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen import canvas

from plantrace.extractors.panel_boxes import open_panels
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import Element, read_layout
from plantrace.extractors.status_headings import HeadingStatus
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

SECTIONS = [
    ("1", "Improve the regularity and quality of management oversight for social workers",
     [("Train all team managers in reflective supervision", "Grace Adebayo", "31 March 2027",
       "2027-03-31"),
      ("Publish a revised supervision standard for every team", "David Osei", "30 June 2027",
       "2027-06-30")]),
    ("2", "Increase the range of suitable accommodation for care leavers in the area",
     [("Commission fifteen supported lodgings places for young people", "Owen Tremayne",
       "31 December 2026", "2026-12-31"),
      ("Agree a joint housing protocol with the district councils", "Priya Shah",
       "30 September 2027", "2027-09-30")]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFillColor(HexColor("#f4f4f4"))
    c.setStrokeColor(HexColor("#bbbbbb"))
    c.roundRect(20, 20, 802, 555, 10, stroke=1, fill=1)  # the board: one panel round it all
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, 550, "Improvement plan planning board")
    top = 520.0
    for number, rec, actions in SECTIONS:
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, top, f"Recommendation {number}")
        c.setFillColor(white)
        c.setStrokeColor(HexColor("#888888"))
        c.rect(36, top - 30, 500, 22, stroke=1, fill=1)  # the recommendation's outlined box
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica", 9)
        c.drawString(42, top - 22, rec)
        for k, (text, owner, due, _) in enumerate(actions):
            x, y = 36 + 390 * k, top - 40
            c.setFillColor(white)
            c.setStrokeColor(HexColor("#cccccc"))
            c.roundRect(x, y - 70, 370, 62, 6, stroke=1, fill=1)
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 8, y - 22, text)
            c.setFont("Helvetica", 9)
            c.drawString(x + 8, y - 38, f"Who is in charge: {owner}")
            c.drawString(x + 8, y - 52, f"When it will be done by: {due}")
        top -= 140
    c.showPage()
    c.save()
    return buf.getvalue()


def test_opened_panel_sets_each_label_over_its_box() -> None:
    opened = open_panels(read_layout(parse_pdf_bytes(_pdf(), "board.pdf")))
    texts = [" ".join(el.text.split()) for el in opened]
    for number, rec, _ in SECTIONS:
        label = texts.index(f"Recommendation {number}")
        assert texts[label + 1] == rec  # the label's box, next in reading order


def test_every_recommendation_is_read_and_linked() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "board.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == [
        (number, rec) for number, rec, _ in SECTIONS
    ]
    got = {a.text: (a.owner, str(a.due_date), a.recommendations) for a in result.actions}
    assert got == {
        text: (owner, iso, [f"r{number}"])
        for number, _, acts in SECTIONS
        for text, owner, _, iso in acts
    }


def _line(text: str, size: float, bold: bool = True) -> Element:
    ln = Line(text, (40.0, 100.0, 120.0, 100.0 + size), size, bold, 1, 0, words=[])
    return Element(1, 100.0, lines=[ln])


def test_status_reach_ends_at_a_larger_recommendation_heading() -> None:
    headed = HeadingStatus()
    headed.read(_line("Done", 7.5))  # a tag's status word, bold, in small type
    headed.section(_line("Recommendation 3", 11.0))
    assert headed.give(None) is None


def test_status_reach_holds_over_a_recommendation_heading_inside_it() -> None:
    headed = HeadingStatus()
    headed.read(_line("Off track (4)", 14.0))  # the plan sorted by status, sections inside
    headed.section(_line("Recommendation 3", 11.0))
    assert headed.give(None) == "red"


def _card_line(text: str, top: float, size: float = 9.5, bold: bool = False) -> Line:
    return Line(text, (50.0, top, 200.0, top + size), size, bold, 1, 0, words=[])


def test_a_notes_latest_line_is_its_progress_and_on_it_is_on_track() -> None:
    """A note's tags without labels (owner, due, status 'On it'), then 'Latest: <sentence>':
    the sentence is the note's progress (no latest figure), the status green."""
    from plantrace.extractors.drawn_cards import DrawnCard
    from plantrace.extractors.plan_kicker_cards import _drawn_card

    lines = [
        _card_line("2.1", 100.0, 7.5, bold=True),
        _card_line("Train all team managers in reflective supervision", 112.0),
        _card_line("Grace Adebayo", 140.0, 7.5),
        _card_line("Mar '27", 152.0, 7.5),
        _card_line("On it", 164.0, 7.5, bold=True),
        _card_line("Latest: Recruitment under way; two posts filled", 178.0, 7.5),
    ]
    card = _drawn_card(DrawnCard("2.1", "2", (45.0, 95.0, 240.0, 200.0), lines))
    assert card is not None
    assert card.texts[2:] == [
        "Train all team managers in reflective supervision",
        "Grace Adebayo",
        "Mar '27",
        "On it",
        "Recruitment under way; two posts filled",
    ]
    from plantrace.pipeline.normalise.rag import normalise_rag

    assert normalise_rag("On it") == "green"
    assert normalise_rag("Work on it continues") is None
