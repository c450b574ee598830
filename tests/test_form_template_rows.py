"""A corporate action-plan form a service filled in: per recommendation a section heading
('Section 1: Inspection recommendation 1'), a title row of the form's prompt and its answer
('What needs to change? | <recommendation>') over a header of prompts with bracketed guidance,
a worked example row ('e.g. 0.1', 'Example: ...'), the actions, and a spare row of unfilled
content-control placeholders ('Click or tap here to enter text.', 'Choose an item.').

What is read: the recommendation with its number and text, the actions under it; the example
row and the placeholder row are no actions; a placeholder status is no status.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.example_rows import example_text
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.layout import clean_pages
from plantrace.pipeline.normalise.values import is_empty_value, without_placeholders
from plantrace.pipeline.reader import parse_pdf_bytes

_TEXT = "Click or tap here to enter text."
_REC = "Build a stable, permanent and skilled social work workforce and reduce reliance on agency staff"


def _pdf() -> bytes:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = [
        [Paragraph("What needs to change?", cell), Paragraph(_REC, cell), "", "", ""],
        [Paragraph(x, cell) for x in (
            "No. (1.1, 1.2 ...)", "What will we do? (one action per row; be specific)",
            "Who will lead it? (post title, not a name)", "By when? (use the date picker)",
            "RAG (choose) (choose from the list)")],
        [Paragraph(x, cell) for x in (
            "e.g. 0.1", "Example: Audit 20 case files each month and report the themes",
            "Head of Service", "31/03/2025", "Green")],
        [Paragraph(x, cell) for x in (
            "1.1", "Hold exit interviews with every leaver and report the themes to the board",
            "Service Manager, Care Leavers", "10/09/2025", "Amber")],
        [Paragraph(x, cell) for x in (
            "1.2", "Convert agency posts to permanent posts where the postholder agrees",
            "Workforce Development Lead", "31/07/2026", "Choose an item.")],
        [Paragraph(x, cell) for x in (
            "", _TEXT, _TEXT, "Click or tap to enter a date.", "Choose an item.")],
    ]  # fmt: skip
    table = Table(rows, colWidths=[90, 300, 160, 110, 110])
    table.setStyle(
        TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("SPAN", (1, 0), (-1, 0)),
            ("BACKGROUND", (0, 1), (-1, 1), colors.lightgrey),
        ])
    )  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    doc.build([
        Paragraph("Improvement Action Plan", styles["Title"]),
        Paragraph("Section 1: Inspection recommendation 1", styles["Heading2"]),
        table,
    ])  # fmt: skip
    return buf.getvalue()


def test_placeholders_are_empty_values() -> None:
    assert is_empty_value(_TEXT)
    assert is_empty_value("Choose an item.")
    assert without_placeholders("Workforce Lead Click or tap to enter a date.") == "Workforce Lead"
    assert without_placeholders("Head of Service") == "Head of Service"
    # a placeholder a page break cut in two: both pieces are empty
    assert is_empty_value("Click or tap to enter a") and is_empty_value("date.")
    assert not is_empty_value("Target date.")


def test_example_marker() -> None:
    assert example_text("e.g. 0.1")
    assert example_text("Example: Audit 20 case files")
    assert not example_text("Extend the example of good practice to every team")


def test_section_numbered_as_its_recommendation() -> None:
    assert heading(f"Section 1: Inspection recommendation 1 {_REC}") == ("1", _REC)


def test_filled_form_reads_actions_only() -> None:
    data = _pdf()
    plan = extract_plan(parse_pdf_bytes(data, "form.pdf"))
    assert [(r.number, r.text) for r in plan.recommendations] == [("1", _REC)]
    got = [(a.ref, a.owner, a.rag, a.recommendations) for a in plan.actions]
    assert got == [
        ("1.1", "Service Manager, Care Leavers", "amber", ["r1"]),
        ("1.2", "Workforce Development Lead", None, ["r1"]),
    ]
    said = [w for w in plan.warnings if w.code == "plan_form_rows_skipped"]
    assert len(said) == 1
    assert "1 worked example row(s) ('e.g. 0.1')" in said[0].message
    assert "1 row(s) of unfilled form fields" in said[0].message
    assert "1 action(s) whose status field was left unfilled" in said[0].message


def _line(text: str, top: float, page: int) -> Line:
    return Line(text, (40.0, top, 300.0, top + 10.0), 10.0, False, page, 0)


def test_section_heading_opening_pages_is_no_running_line() -> None:
    """'Section 2: ...' opening page 2 and 'Section 3: ...' page 3 at one height, as page 1
    prints 'Section 1: ...' in its body: headings, kept; the running title is dropped."""
    pages = []
    for n in (1, 2, 3):
        lines = [_line("Council - Programme Office - template v2.1", 20.0, n)]
        if n == 1:
            lines.append(_line("Section 1: Inspection recommendation 1", 300.0, n))
        else:
            lines.append(_line(f"Section {n}: Inspection recommendation {n}", 40.0, n))
        lines.append(_line("Body text of the page", 400.0, n))
        pages.append(Page(number=n, width=842.0, height=595.0, lines=lines))
    clean_pages(pages)
    assert [ln.text for ln in pages[1].lines][0] == "Section 2: Inspection recommendation 2"
    assert all(
        ln.text != "Council - Programme Office - template v2.1" for p in pages for ln in p.lines
    )
