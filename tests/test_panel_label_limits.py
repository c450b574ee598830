"""Where the round-33 readings stop (review round 33 findings 1, 2, 5, 7 and 8).

- a table with two or more boxes in it is opened as a panel only where it is one cell (its rows
  single cells) and its boxes hold text: a ruled card form whose status cell holds two framed
  choices ('On track', 'Off track') stays a card;
- a title bar over a box is a label over its quoted text only where the body prints no card
  field (owner, due date, status, progress): 'Priority 2' over an action with 'Lead:', 'Due:'
  and 'Status:' stays a card;
- a numbered fixed phrase ('2. What Ofsted said') names a recommendation's text only where it
  is numbered in two sections or more: '2. Recommendations' numbered once is a section's title;
- several statuses side by side ('RAG Red Amber Green') are a printed key, not a status;
- a label of five or six words is a field's label only where the header vocabulary knows it
  ('When it will be done by'); a clause before a colon ('We agreed on the following:')
  is the action's text.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfgen import canvas

from plantrace.extractors.numbered_names import join_numbered_names
from plantrace.extractors.panel_boxes import open_panels
from plantrace.extractors.plan_cards import field_line
from plantrace.extractors.plan_columns import Element, read_layout
from plantrace.extractors.plan_recommendations import join_label_headings
from plantrace.extractors.status_beside_labels import seat_status_labels
from plantrace.pipeline.reader import parse_pdf_bytes


def _doc(draw: Callable[[canvas.Canvas], None]) -> list[Element]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    draw(c)
    c.showPage()
    c.save()
    return read_layout(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _tick_form(c: canvas.Canvas) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "Action card")
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    rows = [("Action", "Deliver supervision training to every team manager"),
            ("Lead", "Head of Service"), ("Status", "")]  # fmt: skip
    top, h = 770.0, 26.0
    for k, (label, value) in enumerate(rows):
        y = top - h * (k + 1)
        c.rect(50, y, 120, h, stroke=1, fill=0)
        c.rect(170, y, 370, h, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y + 9, label)
        c.setFont("Helvetica", 10)
        c.drawString(176, y + 9, value)
    y = top - 3 * h
    for x, word in ((178, "On track"), (288, "Off track")):  # two framed choices to tick
        c.rect(x, y + 4, 80, 18, stroke=1, fill=0)
        c.drawString(x + 8, y + 9, word)


def test_a_card_form_with_framed_choices_in_a_cell_is_no_panel() -> None:
    found = _doc(_tick_form)
    opened = open_panels(found)
    forms = [el for el in opened if el.raw is not None and "Deliver supervision" in el.text]
    assert len(forms) == 1
    assert "Head of Service" in forms[0].text
    assert not any(el.raw is None and "Deliver supervision" in el.text for el in opened)


def _titled_card(c: canvas.Canvas) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "Our actions")
    c.setFillColor(HexColor("#1f3864"))
    c.rect(50, 752, 490, 24, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(58, 760, "Priority 2")
    c.setFillColor(HexColor("#e8eef7"))
    c.rect(50, 672, 490, 80, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica", 10)
    for k, text in enumerate(["Improve the quality of supervision for social workers.",
                              "Lead: Head of Service", "Due: March 2027",
                              "Status: On track"]):  # fmt: skip
        c.drawString(58, 736 - 16 * k, text)


def test_a_title_bar_over_an_action_card_stays_a_card() -> None:
    found = _doc(_titled_card)
    boxes = [el for el in found if el.raw is not None and "Priority 2" in el.text]
    assert boxes, "the title bar and its body are found as one box"
    joined = join_label_headings(found)
    assert any(el.raw is not None and "Lead: Head of Service" in el.text for el in joined)
    assert not any(el.raw is None and "Priority 2" in el.text for el in joined)


def _section_titles(c: canvas.Canvas) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "1. Introduction")
    c.setFont("Helvetica", 10)
    c.drawString(50, 780, "This plan sets out how the council will respond to the inspection.")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 750, "2. Recommendations")
    c.setFont("Helvetica", 10)
    c.drawString(50, 730, "Ofsted made the following recommendations in its report of May 2026.")
    c.drawString(50, 705, "1. Improve the timeliness of strategy meetings for children at risk.")
    c.drawString(50, 685, "2. Strengthen the quality of supervision for social workers.")


def test_a_numbered_section_title_named_once_is_no_recommendation_label() -> None:
    found = _doc(_section_titles)
    joined = join_numbered_names(found)
    texts = [" ".join(el.text.split()) for el in joined]
    assert "2. Recommendations" in texts
    assert not any(t.startswith("2. Ofsted made") for t in texts)


def _keyed_box(c: canvas.Canvas) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "Progress summary")
    c.setStrokeColor(black)
    c.rect(50, 690, 490, 90, stroke=1, fill=0)
    c.setFont("Helvetica", 10)
    c.drawString(58, 762, "Reduce the time children wait for a strategy meeting")
    c.drawString(58, 746, "RAG Red Amber Green")
    c.drawString(58, 730, "Overall status Green")
    c.drawString(58, 714, "Lead: Head of Service")


def test_a_printed_key_in_a_box_is_no_status() -> None:
    found = _doc(_keyed_box)
    seat_status_labels(found)
    box = next(el for el in found if el.raw is not None and "strategy meeting" in el.text)
    assert box.raw is not None
    lines = [" ".join(ln.text.split()) for row in box.raw.rows for c in row if c for ln in c.lines]
    assert "RAG Red Amber Green" in lines  # the key stands as printed
    assert "Overall status: Green" in lines  # a status beside its label is still seated


def _clauses(c: canvas.Canvas) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(50, 800, "We agreed on the following: a joint protocol for referrals")
    c.drawString(50, 780, "When it will be done by: June 2027")
    c.drawString(50, 760, "Who is leading this work: Head of Service")


def test_a_long_label_is_a_field_only_where_the_vocabulary_knows_it() -> None:
    found = _doc(_clauses)
    fields = {" ".join(ln.text.split()): field_line(ln) for el in found for ln in el.lines}
    assert fields["We agreed on the following: a joint protocol for referrals"] is None
    assert fields["When it will be done by: June 2027"] == ("When it will be done by", "June 2027")
    assert fields["Who is leading this work: Head of Service"] == (
        "Who is leading this work",
        "Head of Service",
    )
