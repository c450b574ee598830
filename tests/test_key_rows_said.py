"""Key rows taken out of an action table are still said where they need saying: a key line of
one cell typed as the table's last row (plan._read_keys) that lists no red step, whose worst
amber step is read as red, gets the same warning as the key printed as a line under the table;
and a row of coloured marks beside status words dropped from the table's foot as a key
(legend_rows.drop_key_rows) whose colours gave the plan's key nothing is said, not lost."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.legend_rows import drop_key_rows, unkeyed_rows_said
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.marks import mark_key
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
HEAD = ["Ref", "Action", "Lead", "Due", "Status"]
ACTIONS = [
    ("1.1", "Audit thirty child protection plans with partners", "Head of Safeguarding", "OT"),
    ("1.2", "Recruit six permanent team managers", "Head of Workforce", "AR"),
    ("1.3", "Open the care leavers' hub", "Leaving Care Manager", "D"),
]
GUESS = (
    "the status key has no red step: 'delayed' (amber in the status vocabulary), its worst"
    " amber step, was read as red; check the key"
)


def _key_in_table(key: str) -> bytes:
    """A ruled action table whose last row is the status key, one cell across the row."""
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in HEAD]]
    cells += [[r[0], Paragraph(r[1], BODY), r[2], "31.03.2027", r[3]] for r in ACTIONS]
    cells.append([Paragraph(key, BODY), "", "", "", ""])
    table = Table(cells, colWidths=[40, 330, 150, 80, 60])
    last = len(cells) - 1
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
        ("SPAN", (0, last), (-1, last)),
    ]))  # fmt: skip
    buf = io.BytesIO()
    story = [Paragraph("Improvement plan", BODY), table]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)  # type: ignore[arg-type]
    return buf.getvalue()


def test_a_key_row_in_the_table_with_no_red_step_is_said_like_a_key_line() -> None:
    plan = extract_plan(parse_pdf_bytes(_key_in_table("Status key: OT on track; AR at risk;"
                                                      " D delayed."), "key.pdf"))  # fmt: skip
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "green"), ("1.2", "amber"), ("1.3", "red"),
    ]  # fmt: skip
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert [w.message for w in said] == [GUESS]
    assert said[0].page == 1
    # a key row with a red step of its own guesses nothing
    plan = extract_plan(parse_pdf_bytes(_key_in_table("Status key: OT on track; AR at risk;"
                                                      " D off track."), "key.pdf"))  # fmt: skip
    assert [a.rag for a in plan.actions] == ["green", "amber", "red"]
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]


GREEN, AMBER, RED = (0.1, 0.6, 0.2), (0.95, 0.6, 0.1), (0.85, 0.1, 0.1)
XS = [40, 90, 400, 560, 660]
ROWS = [
    ("1.1", "Audit every child in care plan each quarter", "Head of Service", "31/03/2026",
     "On track"),
    ("1.2", "Recruit two independent reviewing officers", "Service Manager", "30/06/2026",
     "At risk"),
    ("1.3", "Publish a revised supervision standard", "Principal Social Worker", "31/07/2026",
     "Off track"),
]  # fmt: skip
WORDS = ["On track", "At risk", "Off track"]


def _dots(c: canvas.Canvas, y: float, colours: list[tuple[float, float, float]]) -> None:
    x = 90.0
    c.setFont("Helvetica", 9)
    for rgb, word in zip(colours, WORDS, strict=True):
        c.setFillColorRGB(*rgb)
        c.circle(x + 4, y + 3, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 12, y, word)
        x += 24 + c.stringWidth(word, "Helvetica", 9) + 18


def _marks_plan(second_key: bool) -> bytes:
    """An unruled action table with a key of coloured dots under its last row; second_key: a
    key of the same dots on a later page that gives each colour another word."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 550, "Recommendation 1: Improve the quality of plans for children in care")
    y = 520.0
    c.setFont("Helvetica-Bold", 9)
    for x, h in zip(XS, ["Ref", "Action", "Lead officer", "Due date", "Status"], strict=True):
        c.drawString(x, y, h)
    for row in ROWS:
        y -= 20
        c.setFont("Helvetica", 9)
        for x, t in zip(XS, row, strict=True):
            c.drawString(x, y, t)
    _dots(c, y - 20, [GREEN, AMBER, RED])
    c.showPage()
    if second_key:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 550, "Appendix: RAG ratings used by the partnership board")
        _dots(c, 500, [RED, GREEN, AMBER])
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_dropped_row_of_marks_that_keyed_nothing_is_said() -> None:
    doc = parse_pdf_bytes(_marks_plan(False), "marks.pdf")
    elements = read_layout(doc, None)
    removed = drop_key_rows(elements, doc.pages)
    assert len(removed) == 1
    assert unkeyed_rows_said(removed, doc.pages, mark_key(doc)) == []  # its colours keyed
    said = unkeyed_rows_said(removed, doc.pages, {})
    assert [(w.code, w.page) for w in said] == [("plan_rows_set_aside", 1)]
    assert "'On track At risk Off track'" in said[0].message
    # the whole plan: the row's colours are the key, nothing said
    plan = extract_plan(doc)
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3"]
    assert not [w for w in plan.warnings if w.code == "plan_rows_set_aside"]
    # a second key giving each colour another word: no colour keyed, the dropped row is said
    plan = extract_plan(parse_pdf_bytes(_marks_plan(True), "marks.pdf"))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3"]
    said = [w for w in plan.warnings if w.code == "plan_rows_set_aside"]
    assert len(said) == 1 and said[0].page == 1
