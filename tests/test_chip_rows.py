"""Outline bullets whose wrapped last lines set their chips at the same places are no unruled
table: the chips are values, never a header row, and every bullet under them is read whole
(a recommendation's heading and its first action were run into one cell and lost)."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.chip_rows import chip_header
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes


def _chips(c: canvas.Canvas, y: float, tail: str, who: str, due: str, tag: str) -> None:
    """A bullet's last line: its last word, then chips set apart by wide gaps."""
    c.drawString(86, y, tail)
    c.drawString(130, y, f"who: {who}")
    c.drawString(300, y, f"due: {due}")
    c.drawString(420, y, tag)


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 800, "Children's services improvement plan")
    c.setFont("Helvetica", 9)
    y = 770.0
    c.drawString(
        58, y, "Recommendation 1 - Improve the multi-agency response to children at risk of"
    )
    y -= 14
    c.drawString(58, y, "exploitation outside the home")
    y -= 16
    c.drawString(
        86, y, "1.1 Deliver contextual safeguarding training to every social work team and to"
    )
    y -= 14
    _chips(c, y, "schools", "Commissioning Manager", "Jun 4, 2027", "#ontrack")
    y -= 16
    c.drawString(86, y, "1.2 Develop safety plans for places of concern with community safety")
    y -= 14
    _chips(c, y, "partners", "Head of Service", "Jan 26, 2028", "#atrisk")
    y -= 16
    c.drawString(114, y, "comment from Honoria Blakemore, May 5, 2027: can we confirm this?")
    y -= 16
    c.drawString(
        58, y, "Recommendation 2 - Improve the timeliness of education, health and care plans"
    )
    y -= 16
    c.drawString(
        86, y, "2.1 Track attendance and exclusions for children in care placed out of area"
    )
    y -= 14
    c.drawString(86, y, "who: Head of Service   due: Feb 20, 2027   #done")
    y -= 16
    c.drawString(86, y, "2.2 Reduce the time taken to issue education, health and care plans")
    y -= 14
    c.drawString(86, y, "who: Principal Social Worker   due: Jun 25, 2027   #ontrack")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_chip_cells_are_no_header() -> None:
    assert chip_header(["schools", "who: Commissioning Manager", "due: Jun 4, 2027", "#ontrack"])
    assert not chip_header(["Action", "Lead officer", "Due date", "RAG"])
    assert not chip_header(["Action", "Owner: lead officer", "Due"])  # one chip-like cell


def test_bullets_with_chips_in_line_are_read_whole() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "outline.pdf"))
    got = {a.ref: a for a in plan.actions}
    assert sorted(got) == ["1.1", "1.2", "2.1", "2.2"]
    assert got["1.1"].owner == "Commissioning Manager"
    assert got["1.2"].owner == "Head of Service"
    assert got["1.2"].due_raw == "Jan 26, 2028"
    assert got["2.1"].due_raw == "Feb 20, 2027"
    assert [r.number for r in plan.recommendations] == ["1", "2"]


def test_table_headed_by_chips_is_read_as_its_lines() -> None:
    """The table the unruled pass made of a chip line and the lines under it goes back to the
    paragraphs of its band: the recommendation's heading, set further out, among them."""
    from plantrace.extractors.chip_rows import unread_chip_tables
    from plantrace.extractors.plan_columns import Element, PlanTable
    from plantrace.pipeline.document import Table

    doc = parse_pdf_bytes(_pdf(), "outline.pdf")
    page = doc.pages[0]
    first = next(ln for ln in page.lines if ln.text.startswith("schools"))
    last = next(ln for ln in page.lines if ln.text.startswith("2.1"))
    band = (86.0, first.bbox[1], 500.0, last.bbox[3])
    in_band = [ln for ln in page.lines if band[1] <= ln.bbox[1] and ln.bbox[3] <= band[3]]
    labels = ["schools", "who: Commissioning Manager", "due: Jun 4, 2027", "#ontrack"]
    table = PlanTable(
        "action", ["action", "owner", "due", "ref"], labels, [], 1, band[1],
        pieces=[Table(page=1, bbox=band, rows=[], ruled=False)],
    )  # fmt: skip
    elements = [Element(1, ln.bbox[1], lines=[ln]) for ln in page.lines if ln not in in_band]
    at = next(i for i, e in enumerate(elements) if e.lines[0].bbox[1] > band[1])
    elements.insert(at, Element(1, band[1], table=table))
    out = unread_chip_tables(elements, doc.pages)
    assert all(e.table is None for e in out)
    texts = [ln.text for e in out for ln in e.lines]
    assert any(t.startswith("Recommendation 2") for t in texts)
    assert any(t.startswith("2.1 Track") for t in texts)
    assert len(texts) == len(page.lines)  # each line once
