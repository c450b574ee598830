"""A plan drawn as a diagram (issue 11): boxes joined by connector lines, read left to right,
no table and no heading. The leftmost box states the recommendation ('Aim 2 ...'), a box
between names a driver (context), one box per action on the right with its owner and date
printed under it and a small coloured status label beside them. Built with reportlab, the
boxes rounded (their corners do not meet the sides' rulings), the connectors thick lines.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan_diagram import adopt_diagrams
from plantrace.models.grades import DocumentKind
from plantrace.pipeline.classify import classify
from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.reader import parse_pdf_bytes

# label, recommendation, driver, [(action lines, caption, status, chip colour)]
AIMS = [
    ("Aim 1", ["Raise the quality of assessments and", "plans for children in need"],
     "Effective partnership working", [
         (["Include identity and cultural needs prompts in the", "assessment form"],
          "Commissioning Manager · end of February 2027", "Embedded", "#1864ab"),
         (["Redesign the child in need plan template"],
          "Service Manager, Care Leavers · end of April 2027", "Planned", "#868e96"),
     ]),
    ("Aim 2", ["Reduce delay in achieving permanence", "for children in care"],
     "Strong management oversight", [
         (["Track the timeliness of care proceedings weekly"],
          "Designated Nurse · end of January 2027", "Testing", "#2f9e44"),
         (["Recruit twenty additional foster carers"],
          "Head of Safeguarding · end of July 2027", "Needs attention", "#e67700"),
         (["Hold a permanence planning meeting for every child"],
          "Head of Service | 31/10/2027", "Stalled", "#c92a2a"),
     ]),
]  # fmt: skip


def _connector(c: canvas.Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    c.setLineWidth(1.5)
    c.line(x0, y0, x1, y1)


def _diagram(inside: bool = False, stacked: bool = False) -> bytes:
    """inside: square boxes, each action's owner and date the last line in its own box,
    labelled ('Lead: ... · Due: ...'), its status label drawn in the box's corner; stacked:
    the owner and the date on two lines under the box, no separator."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    w, h = landscape(A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 50, "Children's Services: Improvement Driver Diagram")
    c.setFont("Helvetica", 9)
    c.drawString(
        40, h - 70, "Each aim is achieved through a driver; the change ideas are the actions."
    )
    c.showPage()
    for label, rec, driver, actions in AIMS:
        c.setFont("Helvetica-Bold", 9)
        for x, head in ((40, "AIM"), (270, "PRIMARY DRIVER"), (470, "CHANGE IDEAS")):
            c.drawString(x, h - 50, head)
        c.setLineWidth(0.7)
        c.roundRect(40, h - 150, 175, 70, 6)
        c.drawString(50, h - 95, label)
        c.setFont("Helvetica", 9)
        for n, line in enumerate(rec):
            c.drawString(50, h - 107 - 11 * n, line)
        c.roundRect(265, h - 132, 155, 36, 6)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(275, h - 118, driver)
        _connector(c, 215, h - 115, 265, h - 115)
        _connector(c, 420, h - 115, 442, h - 115)
        y = h - 80
        mids = []
        for lines, caption, status, colour in actions:
            height = 14 + 11 * (len(lines) + inside)
            c.setLineWidth(0.7)
            if inside:
                c.rect(466, y - height, 330, height)
            else:
                c.roundRect(466, y - height, 330, height, 6)
            c.setFont("Helvetica", 9)
            for n, line in enumerate(lines):
                c.drawString(476, y - 14 - 11 * n, line)
            mids.append(y - height / 2)
            c.setFont("Helvetica", 8)
            if inside:
                owner, due = caption.replace("|", "·").split(" · ")
                c.drawString(476, y - height + 6, f"Lead: {owner} · Due: {due}")
                chip_y = y - 13
            elif stacked:
                owner, due = caption.replace("|", "·").split(" · ")
                c.drawString(470, y - height - 12, owner)
                c.drawString(470, y - height - 22, due)
                chip_y = y - height - 15
            else:
                c.drawString(470, y - height - 12, caption)
                chip_y = y - height - 15
            c.setFillColor(colour)
            c.roundRect(716, chip_y, 76, 11, 3, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(754, chip_y + 3, status)
            c.setFillColorRGB(0, 0, 0)
            y -= height + 40
        _connector(c, 442, mids[0], 442, mids[-1])
        for mid in mids:
            _connector(c, 442, mid, 466, mid)
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 40, 30, f"Driver diagram - {label}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _grid() -> bytes:
    """A ruled table of four columns, its cells sharing their edges: no diagram."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    _, h = landscape(A4)
    c.setFont("Helvetica", 9)
    cols = [40, 200, 500, 620, 760]
    rows = [
        ("Ref", "Action", "Lead officer", "Target date"),
        ("1.1", "Audit twelve supervision records", "Head of Service", "March 2027"),
        ("1.2", "Publish practice guidance", "Principal Social Worker", "June 2027"),
    ]
    for r, cells in enumerate(rows):
        top = h - 60 - 30 * r
        for k, text in enumerate(cells):
            c.rect(cols[k], top - 30, cols[k + 1] - cols[k], 30)
            c.drawString(cols[k] + 5, top - 18, text)
        c.drawString(cols[0] + 5, top - 42, "")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("inside", "stacked"), [(False, False), (True, False), (False, True)])
def test_diagram_leaves_read_as_actions_with_their_caption_and_root(
    inside: bool, stacked: bool
) -> None:
    doc = parse_pdf_bytes(_diagram(inside, stacked), "diagram.pdf")
    assert classify(doc) is DocumentKind.improvement_plan
    result = extract_document(doc)
    assert [(r.number, r.text) for r in result.recommendations] == [
        ("1", "Raise the quality of assessments and plans for children in need"),
        ("2", "Reduce delay in achieving permanence for children in care"),
    ]
    got = [
        (a.text, a.owner, a.due_raw, str(a.due_date), a.rag, a.recommendations)
        for a in result.actions
    ]
    assert got == [
        ("Include identity and cultural needs prompts in the assessment form",
         "Commissioning Manager", "end of February 2027", "2027-02-28", "blue", ["r1"]),
        ("Redesign the child in need plan template",
         "Service Manager, Care Leavers", "end of April 2027", "2027-04-30", None, ["r1"]),
        ("Track the timeliness of care proceedings weekly",
         "Designated Nurse", "end of January 2027", "2027-01-31", "green", ["r2"]),
        ("Recruit twenty additional foster carers",
         "Head of Safeguarding", "end of July 2027", "2027-07-31", "amber", ["r2"]),
        ("Hold a permanence planning meeting for every child",
         "Head of Service", "31/10/2027", "2027-10-31", "red", ["r2"]),
    ]  # fmt: skip
    # the driver boxes are context, not actions
    assert not any("oversight" in a.text or "partnership" in a.text for a in result.actions)


def test_ruled_table_is_no_diagram() -> None:
    doc = parse_pdf_bytes(_grid(), "grid.pdf")
    from plantrace.extractors.plan_columns import read_layout

    elements = read_layout(doc)
    assert adopt_diagrams(elements, doc) == elements


def _top_down() -> bytes:
    """A tree drawn top down: the aim over two action boxes, connectors at the boxes' tops."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    _, h = landscape(A4)
    c.setFont("Helvetica", 9)
    c.rect(300, h - 120, 220, 50)
    c.drawString(310, h - 90, "Aim 1")
    c.drawString(310, h - 102, "Raise the quality of assessments for children")
    _connector(c, 410, h - 120, 410, h - 150)
    _connector(c, 200, h - 150, 620, h - 150)
    for x, text, caption in (
        (100, "Audit twelve supervision records", "Head of Service · March 2027"),
        (520, "Publish practice guidance", "Principal Social Worker · June 2027"),
    ):
        _connector(c, x + 100, h - 150, x + 100, h - 180)
        c.rect(x, h - 220, 200, 40)
        c.drawString(x + 10, h - 200, text)
        c.drawString(x + 4, h - 232, caption)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_tree_drawn_top_down_reads_its_bottom_row() -> None:
    """A tree drawn top down: its bottom row the actions, its top box the recommendation."""
    result = extract_document(parse_pdf_bytes(_top_down(), "tree.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == [
        ("1", "Raise the quality of assessments for children")
    ]
    got = [(a.text, a.owner, a.due_raw, a.recommendations) for a in result.actions]
    assert got == [
        ("Audit twelve supervision records", "Head of Service", "March 2027", ["r1"]),
        ("Publish practice guidance", "Principal Social Worker", "June 2027", ["r1"]),
    ]


def test_boxes_reached_from_no_side_are_no_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """Boxes whose connectors reach the rightmost and the lowest boxes at no side a tree grows
    from give no diagram rather than a corner of one (here the top-down reading is taken away:
    its rightmost box alone would otherwise be read)."""
    from plantrace.extractors import plan_diagram
    from plantrace.extractors.plan_columns import read_layout

    monkeypatch.setattr(plan_diagram, "_entered_top", lambda box, connectors: False)
    doc = parse_pdf_bytes(_top_down(), "tree.pdf")
    elements = read_layout(doc)
    assert adopt_diagrams(elements, doc) == elements
