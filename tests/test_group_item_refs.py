"""Refs printed 'group/item' ('1/1', '1/2', '2/1': a recommendation's number, then its action's
count) under a header that names no role ('Verse'): read as the actions' refs, not as figures,
and the rows opening 'n/3' (the third action of each group) as refs, not as a social-media
thread's post counters ('3/21'). A column of scores or shares of one denominator stays figures.

Round 61 (holdout60 docx-captions-below): 33 of 190 actions had no ref, read directly and from
the print alike; the print also lost the ref of each group's third action to the thread rule.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import numbered_pairs
from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("1/1", "Audit twelve supervision records each month", "Head of Service", "31/03/2027"),
    ("1/2", "Train all team managers in reflective supervision", "Practice Lead", "30/06/2027"),
    ("1/3", "Publish a revised supervision standard for managers", "Head of Service", "30/09/2027"),
    ("2/1", "Hold a permanence planning meeting for every child", "Service Manager", "31/03/2027"),
    ("2/2", "Recruit twenty additional foster carers this year", "Practice Lead", "30/06/2027"),
    ("2/3", "Review all children placed with parents under an order", "Head of Service", "30/09/2027"),
    ("3/1", "Offer every child a return home interview in time", "Service Manager", "31/03/2027"),
    ("3/2", "Map the places where missing children are found", "Practice Lead", "30/06/2027"),
    ("3/3", "Hold a monthly missing children panel for the area", "Head of Service", "30/09/2027"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan")
    data = [["Verse", "Melody", "Bandleader", "Encore by"], *[list(r) for r in ROWS]]
    table = Table(data, colWidths=[40, 260, 110, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8)]))  # fmt: skip
    doc.build([table])
    return buf.getvalue()


def test_group_item_refs_under_an_unknown_header_are_the_refs() -> None:
    doc = parse_pdf_bytes(_pdf(), "plan.pdf")
    result = extract_document(doc)
    assert [(a.ref, a.text) for a in result.actions] == [(r[0], r[1]) for r in ROWS]


def test_refs_counted_in_groups_not_fractions() -> None:
    assert numbered_pairs(["1/1", "1/2", "2/1", "2/2", "2/3"])
    assert numbered_pairs(["1/1", "1/2", "1/4", "3/1"])  # some rows read apart
    assert not numbered_pairs(["3/5", "4/5", "2/5"])  # scores: no order
    assert not numbered_pairs(["1/4", "2/4", "3/4"])  # shares of one whole: no item counted
    assert not numbered_pairs(["1/1", "1/1"])  # the same ref twice
    assert not numbered_pairs(["1/1", "about half"])
