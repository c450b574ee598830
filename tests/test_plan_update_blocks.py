"""A later block that restates an action by its ref updates it (fixer C, round 10): a highlight
report lists every action with its target date, then boxes the actions off plan, each with its
status now, the previous target and a new one (in either order, labelled either way). The box
is no new action: the action takes its status and the new date; the reason it gives is no
progress. Boxes ruled row by row (a 'label | value' grid) and boxes ruled round the edge only
(rows of lines parted by a column gap) read alike, and so do boxes printed as 'Label: value'
lines, which the card reader reads as actions of their own: an action restating one read before
(the same ref, the same text) is merged into it as its update. Plans typeset with reportlab and read by the
whole pipeline."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

ROWS = [
    ("B1", "Publish a revised threshold document for the front door", "Head of Safeguarding",
     "31 January 2026", "Green"),
    ("B2", "Train every team manager in the new supervision policy", "Practice Lead",
     "31 March 2026", "Amber"),
    ("C1", "Audit forty child protection plans with health partners", "QA Manager",
     "28 February 2026", "Amber"),
]  # fmt: skip

# the boxes: the new date before the previous one in the first, after the original in the second
BOXES = [
    [("Action B2", ROWS[1][1]), ("RAG", "Red"), ("New target date", "30 June 2026"),
     ("Previous target date", "31 March 2026"),
     ("Why off plan", "Two trainers left the service in the autumn")],
    [("Action C1", ROWS[2][1]), ("Current RAG", "Red"), ("Original deadline", "28 February 2026"),
     ("Forecast completion", "31 May 2026"),
     ("Recovery steps", "Health partners have named a lead")],
]  # fmt: skip


SHORT_NAMES = {"Action B2": "Supervision training", "Action C1": "Joint audit"}


def _report(shape: str) -> bytes:
    """shape: 'grid' (each box a table ruled row by row), 'box' (ruled round its edge only),
    'lines' (no rules: 'Label: value' lines, read as cards of their own), 'titled' (a grid
    under a heading naming the action), 'short' (a grid whose title row gives the ref and a
    short name, not the action's text)."""
    story: list[object] = [Paragraph("<b>Quarterly highlight report</b>", STYLES["Title"])]
    head = ["Ref", "Action", "Lead", "Target date", "RAG"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3], r[4]] for r in ROWS]
    grid = Table(cells, colWidths=[40, 220, 100, 90, 50])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story += [grid, Spacer(1, 20), Paragraph("<b>Actions reported off plan</b>", BODY)]
    for box in BOXES:
        if shape == "short":  # the title row names the action by its ref and a short name
            box = [(box[0][0], SHORT_NAMES[box[0][0]]), *box[1:]]
        if shape == "titled":  # the title a heading above the box, not its first row
            story.append(Paragraph(f"<b>{box[0][0]} – {box[0][1]}</b>", BODY))
            box = box[1:]
        if shape == "lines":
            story += [Paragraph(f"<b>{k}:</b> {v}", BODY) for k, v in box] + [Spacer(1, 12)]
            continue
        t = Table([[Paragraph(k, BODY), Paragraph(v, BODY)] for k, v in box], colWidths=[140, 330])
        rules = [("BOX", (0, 0), (-1, -1), 0.8, "#000000")]
        if shape in ("grid", "titled", "short"):
            rules.append(("GRID", (0, 0), (-1, -1), 0.5, "#000000"))
        t.setStyle(TableStyle(rules))
        story += [t, Spacer(1, 12)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def _plan(shape: str) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_report(shape), "highlight.pdf"))


@pytest.mark.parametrize("shape", ["grid", "box", "lines", "titled", "short"])
def test_box_updates_the_action_it_names_and_adds_none(shape: str) -> None:
    plan = _plan(shape)
    assert [a.ref for a in plan.actions] == ["B1", "B2", "C1"]
    b1, b2, c1 = plan.actions
    assert (b1.due_date, b1.rag) == (date(2026, 1, 31), "green")  # no box: as the grid says
    assert (b2.due_raw, b2.due_date, b2.rag) == ("30 June 2026", date(2026, 6, 30), "red")
    assert (c1.due_raw, c1.due_date, c1.rag) == ("31 May 2026", date(2026, 5, 31), "red")
    assert [a.owner for a in plan.actions] == [
        "Head of Safeguarding",
        "Practice Lead",
        "QA Manager",
    ]


@pytest.mark.parametrize("shape", ["grid", "box", "lines", "titled", "short"])
def test_reasons_and_recovery_steps_are_no_progress(shape: str) -> None:
    assert [a.progress for a in _plan(shape).actions] == [None, None, None]
