"""Recommendations listed once in rows of a label and a sentence (fixer H, round 23).

A list printed as a table with no rules, the numbers in a column of their own, some items
wrapping onto a second line that runs on close over the next item's number (a spreadsheet's
print): each number belongs to the sentence level with it, not to the wrap above it. And a
ruled two-column list 'R2' | 'Recommendation 2: ...': the label the sentence opens with names
the recommendation again and is no part of its text. Typeset with reportlab."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_boxes import join_labels_under_values, join_side_labels
from plantrace.extractors.plan_columns import Element, read_layout
from plantrace.extractors.plan_recommendations import listed_in_raw
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Improve the multi-agency response to children at risk of criminal and sexual exploitation",
    "Improve the regularity and quality of management oversight and reflective supervision for"
    " social workers in the assessment and child in need teams",
    "Ensure that initial and review health assessments for children in care are completed on"
    " time and that their emotional health needs are met",
    "Improve the timeliness of education, health and care plans for children in care",
    "Make sure that children's wishes and feelings are sought and visibly influence their plans",
]
WRAP = 20  # words on an item's first line: items 2 and 3 wrap onto a second
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=8, leading=10)


def _tracker() -> Table:
    """The actions, each naming its recommendation by number in a Rec column."""
    rows: list[list[object]] = [["Ref", "Rec", "What we will do", "Responsible", "Due", "Rating"]]
    for n in range(1, len(RECS) + 1):
        rows.append([f"{n}.1", str(n), f"Deliver the first step towards recommendation {n}",
                     "Ruth Kowalczyk", "Q3 2026/27", "Green"])  # fmt: skip
    table = Table(rows, colWidths=[30, 30, 250, 90, 60, 40])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    return table


def _unruled_list() -> bytes:
    """A tracker, then on a page of its own 'Ofsted recommendations' over the list as a
    spreadsheet prints it: a bold number in a column of its own level with the first line of
    'Recommendation N: ...', no rules, rows close together, so that a wrapped item's last line
    sits closer over the next number than a line and a fifth."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    table = _tracker()
    _, h = table.wrapOn(c, 500, 700)
    table.drawOn(c, 40, 780 - h)
    c.showPage()
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(55, 762, "Ofsted recommendations")
    tops = [743.0 - 19.2 * k for k in range(len(RECS))]
    c.setFont("Helvetica-Bold", 6.4)  # the number column first, as the sheet's cells are
    for n, y in enumerate(tops, 1):
        c.drawString(72, y + 0.2, str(n))  # a hair higher, as the sheet prints it
    c.setFont("Helvetica", 6.4)
    for n, (rec, y) in enumerate(zip(RECS, tops, strict=True), 1):
        words = f"Recommendation {n}: {rec}".split()
        for k, text in enumerate(t for t in (words[:WRAP], words[WRAP:]) if t):
            c.drawString(95, y - 7.9 * k, " ".join(text))
    c.save()
    return buf.getvalue()


def _list_page() -> list[Element]:
    return [e for e in read_layout(parse_pdf_bytes(_unruled_list(), "list.pdf")) if e.page == 2]


def test_numbers_in_their_own_column_each_join_the_item_level_with_them() -> None:
    """Item 2's wrap runs on close over number 3: it is still item 2's, and number 3 joins
    item 3 (before, 3 could not take its item, whose run reached up into item 2)."""
    joined = join_side_labels(_list_page())
    assert [" ".join(e.text.split()) for e in joined[1:]] == [
        f"{n} Recommendation {n}: {text}" for n, text in enumerate(RECS, 1)
    ]


def test_a_number_level_with_the_next_item_is_not_a_label_under_the_item_above() -> None:
    """Number 3 sits close under item 2's wrap but level with item 3's first line: no label
    printed under item 2 (the list is left as read, for the side labels to join)."""
    page = _list_page()
    assert [e.text for e in join_labels_under_values(page)] == [e.text for e in page]


def test_the_list_is_read_whole() -> None:
    got = extract_plan(parse_pdf_bytes(_unruled_list(), "list.pdf"))
    assert [r.number for r in got.recommendations] == ["1", "2", "3", "4", "5"]
    for rec, text in zip(got.recommendations, RECS, strict=True):
        assert rec.text.endswith(text)
    assert {a.ref: a.recommendations for a in got.actions}["3.1"] == ["r3"]


def _ruled_label_table() -> bytes:
    """A ruled two-column list: 'R1' | 'Recommendation 1: ...'."""
    rows = [
        [Paragraph(f"<b>R{n}</b>", BODY), Paragraph(f"Recommendation {n}: {text}", BODY)]
        for n, text in enumerate(RECS[:3], 1)
    ]
    table = Table(rows, colWidths=[40, 600])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return buf.getvalue()


def test_a_label_restated_at_the_start_of_its_sentence_is_no_part_of_it() -> None:
    [el] = [e for e in read_layout(parse_pdf_bytes(_ruled_label_table(), "labels.pdf"))
            if e.raw is not None]  # fmt: skip
    assert [(n, t) for n, t, _ in listed_in_raw(el, "")] == [
        (str(n), text) for n, text in enumerate(RECS[:3], 1)
    ]
