"""A list's first label run into the heading above it, in small print (fixer oldlows, round 58).

A sheet fitted to a landscape page prints its recommendations as two columns with no rules, a
bold code ('R1') in a narrow column level with the first line of its sentence, the sentence
wrapping under itself. In such small print the gap under the list's heading ('Inspection
findings') is no wider than a line's, and the reader ran the first item's code into the heading
while its wrapped sentence stood apart: the list read no first item, and the plan no
recommendations at all (every action's link unread), or none but the first. The code is parted
from the heading where its value stands beside it, and joins it. Typeset with reportlab."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ["Ensure that strategy discussions involve police, health and children's social care, and",
     "that the reasons for decisions about section 47 enquiries are recorded"],
    ["Build a stable, permanent and skilled social work workforce and reduce reliance on agency"
     " staff"],
    ["Improve the regularity and quality of management oversight and reflective supervision for",
     "social workers in the assessment and child in need teams"],
    ["Increase the range of suitable accommodation for care leavers and pathway plans"],
]  # fmt: skip
LINKS = ["R1, R4", "R1", "R2", "R2", "R3", "R3, R1", "R4"]


def _sheet(size: float = 5.6) -> bytes:
    """A title, a line of instructions, 'Inspection findings' (bold, a little larger) close over
    the list (a line's gap), then a ruled tracker whose actions cite 'R1', 'R1, R4'. As a
    spreadsheet prints it, the sentences that wrap are written after the rest of the list, so
    their codes stand as lines of their own."""
    buf = io.BytesIO()
    page = landscape(A4)
    c = canvas.Canvas(buf, pagesize=page, invariant=1)
    em = size / 5.6  # the gaps grow with the print
    y = page[1] - 75
    c.setFont("Helvetica-Bold", 7.8)
    c.drawString(55, y, "Kelderby Improvement Tracker 2024/25")
    y -= 11 * em
    c.setFont("Helvetica", size)
    c.drawString(
        55, y, "Position at 19 October 2024. Put a tick in the column that says where it is."
    )
    y -= 16 * em
    c.setFont("Helvetica-Bold", 6.2)
    c.drawString(55, y, "Inspection findings")
    wrapped: list[tuple[float, list[str]]] = []  # a spreadsheet writes wrapped cells last
    for n, lines in enumerate(RECS, 1):
        y -= (7.6 if n == 1 else 9.8) * em
        c.setFont("Helvetica-Bold", size)
        c.drawString(55, y, f"R{n}")
        if len(lines) == 1:
            c.setFont("Helvetica", size)
            c.drawString(82.5, y, lines[0])
        else:
            wrapped.append((y, lines))
        y -= 6.3 * em * (len(lines) - 1)
    c.setFont("Helvetica", size)
    for top, lines in wrapped:
        for k, text in enumerate(lines):
            c.drawString(82.5, top - 6.3 * em * k, text)
    rows: list[list[str]] = [["Item code", "Activity to be undertaken", "Who is accountable",
                              "AFI no.", "Date to be met", "Status"]]  # fmt: skip
    for k, links in enumerate(LINKS, 1):
        rows.append([f"T{k:02d}", f"Deliver the agreed improvement step number {k} with partners",
                     "Head of Early Help", links, "2025-01-31", "Going to plan"])  # fmt: skip
    table = Table(rows, colWidths=[40, 260, 110, 50, 60, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("FONTSIZE", (0, 0), (-1, -1), size)]))  # fmt: skip
    _, h = table.wrapOn(c, 700, 400)
    table.drawOn(c, 55, y - 24 - h)
    c.save()
    return buf.getvalue()


def test_the_first_code_under_the_heading_joins_its_sentence() -> None:
    got = extract_plan(parse_pdf_bytes(_sheet(), "sheet.pdf"))
    assert [r.number for r in got.recommendations] == ["1", "2", "3", "4"]
    for rec, lines in zip(got.recommendations, RECS, strict=True):
        assert rec.text == " ".join(lines)
    links = {a.ref: a.recommendations for a in got.actions}
    assert links["T01"] == ["r1", "r4"]
    assert links["T02"] == ["r1"]
    assert links["T06"] == ["r3", "r1"]
    assert not [w for w in got.warnings if w.code == "plan_links_unread"]


def test_in_larger_print_the_list_reads_the_same() -> None:
    """The same sheet at a readable size, every gap wider in step: read alike (before, its
    first code ran into the heading too)."""
    got = extract_plan(parse_pdf_bytes(_sheet(7.0), "sheet.pdf"))
    assert [r.number for r in got.recommendations] == ["1", "2", "3", "4"]
    assert {a.ref: a.recommendations for a in got.actions}["T01"] == ["r1", "r4"]
