"""Actions printed as blocks of 'label | value' lines with no title of their own (a definition
list or a form per action): the action is one of the fields, whatever its label says.

The layouts here use labels no vocabulary knows and an order of fields no generated family
prints (who first, the reference in the middle, the action last but one), under section bars
whose recommendation labels are words no data file lists ('Review point no. 1 — ...' after a
chevron), so what is read is read from the shape: the same labels block after block, a gap
between blocks, values that are people, dates and status words.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.readers.formats import read_document

RECS = {
    "1": "Make sure that every child looked after has an up-to-date health assessment on file",
    "2": "Improve how quickly disabled children are assessed and given short breaks",
}
# (rec, owner, ref, action, due printed, due read, status printed, rag read)
BLOCKS = [
    ("1", "Nadia Karim, Designated Doctor", "H-01",
     "Agree a shared tracker of health assessments with the community paediatric team",
     "30 June 2025", "2025-06-30", "On track", "green"),
    ("1", "Head of Corporate Parenting", "H-02",
     "Chase every overdue review health assessment at the weekly placements meeting",
     "September 2025", "2025-09-30", "Delayed", "amber"),
    ("1", "Looked After Children Nurse", "H-03",
     "Offer each young person a choice of venue and clinician for their assessment",
     "31/12/2025", "2025-12-31", "Complete", "blue"),
    ("2", "Service Manager, Disabled Children", "D-01",
     "Open a single front door for short-break requests with a five-day response standard",
     "March 2026", "2026-03-31", "Off track", "red"),
    ("2", "Tomasz Nowak, Commissioning Officer", "D-02",
     "Recommission overnight short breaks so that no family waits longer than twelve weeks",
     "31 May 2026", "2026-05-31", "On track", "green"),
]  # fmt: skip
LABELS = ("Accountable", "Entry", "Undertaking", "Wanted by", "Standing")


def _blocks_pdf(
    break_inside: int | None = None, blocks: list[tuple[str, ...]] | None = None
) -> bytes:
    """Section bars ('► Review point no. 1 — ...'), then per action a block of five lines,
    label at the margin and value at a tab stop, blocks set apart by a gap and a thin rule.
    break_inside: the block the page break cuts after its second line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 790.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, "Health and short breaks: our response to the review")
    y -= 36
    rec = None
    for k, (number, owner, ref, action, due, _, status, _) in enumerate(blocks or BLOCKS):
        if number != rec:
            rec = number
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y, f"► Review point no. {number} — {RECS[number]}"[:110])
            y -= 24
        values = (owner, ref, action, due, status)
        for n, (label, value) in enumerate(zip(LABELS, values, strict=True)):
            if k == break_inside and n == 2:
                c.showPage()
                y = 800.0
            c.setFont("Helvetica-Bold", 9)
            c.drawString(60, y, label)
            c.setFont("Helvetica", 9)
            c.drawString(150, y, value)
            y -= 13
        y -= 6
        c.setLineWidth(0.3)
        c.line(60, y, 520, y)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "plan.pdf"))


def _facts(plan: PlanExtraction) -> list[tuple[str | None, str, str | None, str, str | None]]:
    return [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]


EXPECTED = [(ref, text, owner, due, rag) for _, owner, ref, text, _, due, _, rag in BLOCKS]


def _recs(plan: PlanExtraction) -> list[list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [[numbers[r] for r in a.recommendations] for a in plan.actions]


def test_blocks_of_fields_with_no_title_are_actions() -> None:
    """No line above a block is its title (the bar above the first is the recommendation's):
    the field whose values are the sentences is the action, the others are read from values."""
    plan = _read(_blocks_pdf())
    assert _facts(plan) == EXPECTED
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", RECS["1"][: len(RECS["1"])]),
        ("2", RECS["2"]),
    ]
    assert _recs(plan) == [["1"], ["1"], ["1"], ["2"], ["2"]]


def test_a_page_that_opens_inside_a_block() -> None:
    """The page break cuts a block after its second field: the next page opens with its third
    label. Blocks still open at the label set apart by the gap above it, not at whichever
    label happens to come first on the page."""
    plan = _read(_blocks_pdf(break_inside=3))
    assert _facts(plan) == EXPECTED


def test_one_block_under_each_bar() -> None:
    """Each section holds one block: every block has a line right above it, but that line
    labels a recommendation ('Review point no. 2 — ...'), so it is the section's heading and
    the block's action is its own field."""
    plan = _read(_blocks_pdf(blocks=[BLOCKS[0], BLOCKS[3]]))
    assert _facts(plan) == [EXPECTED[0], EXPECTED[3]]
    assert _recs(plan) == [["1"], ["2"]]


@pytest.mark.parametrize("ref_label", ["Entry", "No."])  # an abbreviation's stop in a label
def test_a_table_of_label_value_rows_per_action_with_no_caption(
    tmp_path: Path, ref_label: str
) -> None:
    """A Word form per action: a two-column table 'Undertaking | ...', 'Accountable | ...',
    'Wanted by | ...', 'Standing | ...', nothing above it but the section's heading: the
    tables are cards whose action is the row that holds sentences."""
    document = docx.Document()
    document.add_heading("Health and short breaks: our response to the review", level=1)
    rec = None
    for number, owner, ref, action, due, _, status, _ in BLOCKS:
        if number != rec:
            rec = number
            document.add_heading(f"Review point no. {number} — {RECS[number]}", level=2)
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in ((ref_label, ref), ("Undertaking", action), ("Accountable", owner),
                             ("Wanted by", due), ("Standing", status)):  # fmt: skip
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph("")
    path = tmp_path / "forms.docx"
    document.save(str(path))
    plan = extract_plan(read_document(path.read_bytes(), path.name, "0" * 64))
    assert _facts(plan) == EXPECTED
    assert _recs(plan) == [["1"], ["1"], ["1"], ["2"], ["2"]]


def test_one_table_of_label_value_rows_block_after_block() -> None:
    """All the forms in one two-column table, one row a field, a caption row over each
    block: the labels coming back row after row open the next card."""
    document = docx.Document()
    document.add_heading("Health and short breaks: our response to the review", level=1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, (_, owner, ref, action, due, _, status, _) in enumerate(BLOCKS, start=1):
        caption = table.add_row().cells
        caption[0].merge(caption[1]).text = f"Commitment {k} of {len(BLOCKS)}"
        for label, value in (("Entry", ref), ("Undertaking", action), ("Accountable", owner),
                             ("Wanted by", due), ("Standing", status)):  # fmt: skip
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    buf = io.BytesIO()
    document.save(buf)
    plan = extract_plan(read_document(buf.getvalue(), "forms.docx", "0" * 64))
    assert _facts(plan) == EXPECTED
