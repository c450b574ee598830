"""A task's status pill printed level with its title's first line (a web page's task list: the
title wraps under it, the fields follow) is the task's status box, not a chip on a line of its
own (field_chips.chip_box) nor a highlighter run over part of the line (tables._line_runs_past):
read as either, it parted the title from its wrapped line or took the owner's label as the owner.
And a pill that states its status in words, inside an action's cell, is no highlighter marking
of the action's text (highlight_status: the colour a key decodes is read only from marked text).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.highlight_status import _row_highlight
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row
from plantrace.pipeline.document import Cell, Line, Page, Word
from plantrace.pipeline.reader import parse_pdf_bytes

TASKS = [
    ("1", "Reduce delay in achieving permanence for children in care", [
        ("Strengthen support to special guardians with a dedicated support",
         "worker and a clear financial offer", "Not yet started", "#E5E6E7", "Owen Tremayne",
         "30 September 2027"),
        ("Review all children placed with parents under a care order to decide whether",
         "the order is still needed", "Delayed", "#F6D7D2", "Grace Adebayo", "31 August 2027"),
        ("Recruit twenty additional foster carers through a targeted local campaign", None,
         "Delayed", "#F6D7D2", "Leon Fairweather", "30 September 2027"),
    ]),
    ("2", "Increase the range of suitable accommodation for care leavers", [
        ("Offer every care leaver aged 21 to 25 a review with a personal adviser each", "year",
         "In progress", "#FFF2CC", "Leon Fairweather", "31 August 2027"),
        ("Develop safety plans for places of concern, such as parks and transport hubs,",
         "with community safety partners", "At risk", "#F6D7D2", "Priya Nandakumar",
         "31 March 2027"),
        ("Commission fifteen supported lodgings places for young people leaving care", None,
         "Completed", "#CCE2D8", "Owen Tremayne", "28 February 2027"),
    ]),
]  # fmt: skip


def _task_list() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, y, "Improvement plan: progress against recommendations")
    y -= 26
    c.setFont("Helvetica", 10.5)
    c.drawString(40, y, "Last updated 26 August 2026.")
    for number, rec, tasks in TASKS:
        y -= 30
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, y, f"{number}. Recommendation {number}")
        y -= 18
        c.setFont("Helvetica", 10.5)
        c.drawString(40, y, rec)
        y -= 8
        c.setStrokeColor("#B1B4B6")
        c.line(40, y, 555, y)
        for first, wrapped, status, tint, owner, due in tasks:
            y -= 16
            c.setFont("Helvetica", 10.5)
            c.setFillColor("#1D70B8")
            c.drawString(40, y, first)
            width = stringWidth(status, "Helvetica", 9) + 11
            c.setFillColor(tint)
            c.rect(555 - width, y - 3.5, width, 13.5, stroke=0, fill=1)
            c.setFillColor("#0B0C0C")
            c.setFont("Helvetica", 9)
            c.drawString(555 - width + 5.5, y, status)
            if wrapped is not None:
                y -= 13
                c.setFont("Helvetica", 10.5)
                c.setFillColor("#1D70B8")
                c.drawString(40, y, wrapped)
            c.setFillColor("#0B0C0C")
            lead = "Lead officer" if number == "1" else "Responsible"
            for label, value in ((lead, owner), ("Complete by", due)):
                y -= 12
                c.setFont("Helvetica-Bold", 9)
                c.drawString(40, y, label)
                c.setFont("Helvetica", 9)
                c.drawString(120, y, value)
            y -= 8
            c.line(40, y, 555, y)
    c.save()
    return buf.getvalue()


def test_a_pill_level_with_a_title_is_the_tasks_status() -> None:
    result = extract_plan(parse_pdf_bytes(_task_list(), "tasks.pdf"))
    tasks = [t for _, _, ts in TASKS for t in ts]
    assert [a.text for a in result.actions] == [
        f"{first} {wrapped}" if wrapped else first for first, wrapped, *_ in tasks
    ]
    assert [a.owner for a in result.actions] == [t[4] for t in tasks]
    assert all(a.due_date is not None for a in result.actions)
    assert [a.rag for a in result.actions][:5] == [None, "red", "red", "amber", "red"]


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, top, x0 + 5.0 * len(text), top + 8.0)


def _line(words: list[Word]) -> Line:
    box = (words[0].x0, words[0].top, words[-1].x1, words[-1].bottom)
    return Line(" ".join(w.text for w in words), box, 9.0, False, 1, 0, words=words)


def test_a_status_pill_in_an_action_cell_marks_no_text() -> None:
    text = _line([_word("Audit", 40, 100), _word("thirty", 70, 100), _word("records", 105, 100)])
    pill = _line([_word("Partially", 40, 114), _word("met", 88, 114)])
    marked = _line([_word("Publish", 40, 140), _word("standard", 80, 140)])
    page = Page(1, 595.0, 842.0, [text, pill, marked])
    page.fills = [
        ((38.0, 113.0, 106.0, 123.0), "#ffc000"),
        ((38.0, 139.0, 123.0, 149.0), "#ff0000"),
    ]
    table = PlanTable(ACTION_TABLE, ["action"], ["Action"], [], 1, 90.0)
    pilled = Row([Cell(f"{text.text} {pill.text}", (36.0, 96.0, 300.0, 126.0), [text, pill])], 1)
    highlighted = Row([Cell(marked.text, (36.0, 136.0, 300.0, 152.0), [marked])], 1)
    assert _row_highlight(table, pilled, {1: page}) is None  # the pill says its status in words
    assert _row_highlight(table, highlighted, {1: page}) == "#ff0000"  # the text is marked
