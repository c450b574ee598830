"""A status key printed inside a table: a legend typed in a row of its own under the tracker.

Spreadsheets keep their legend in the sheet, in a cell merged across the last row; printed, it is
a row of the action table with one filled cell. It says what the plan's status words mean (here
words no built-in list holds) and is itself no action and no heading.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)

ROWS = [
    ("1.1", "Publish a revised threshold document with partners and schools",
     "Head of Early Help", "31/03/2026", "Fragile"),
    ("1.2", "Hold weekly threshold clinics with police and health colleagues",
     "Service Manager, Front Door", "30/06/2026", "Secure"),
    ("2.1", "Audit repeat referrals each quarter to learn why help did not last",
     "Principal Social Worker", "30/09/2026", "Failing"),
]  # fmt: skip
KEY = "Key: Secure = green; Fragile = amber; Failing = red"


def _tracker(path: Path) -> Path:
    header = ["Ref", "Action", "Owner", "Due date", "Status"]
    data = [[Paragraph(h, HEAD) for h in header]]
    data += [[Paragraph(c, CELL) for c in row] for row in ROWS]
    data.append([Paragraph(KEY, CELL), "", "", "", ""])
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])  # fmt: skip
    story = [
        Paragraph("Northfold Council: improvement tracker, March 2026", TITLE),
        Spacer(1, 10),
        Table(data, colWidths=[40, 330, 160, 80, 90], style=style),
    ]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_a_key_in_a_tables_last_row_reads_the_status_words(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_tracker(tmp_path / "tracker.pdf")))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "amber"),
        ("1.2", "green"),
        ("2.1", "red"),
    ]


def test_a_key_row_is_no_action_and_no_recommendation(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_tracker(tmp_path / "tracker.pdf")))
    assert [a.text for a in plan.actions] == [text for _, text, *_ in ROWS]
    assert not any("Secure" in r.text for r in plan.recommendations)


def test_a_key_printed_as_a_small_table_of_swatches(tmp_path: Path) -> None:
    """The key above the tracker: a tinted swatch cell beside each status word."""
    swatches = [("#c6efce", "Secure"), ("#ffeb9c", "Fragile"), ("#ffc7ce", "Failing")]
    key = Table(
        [["", Paragraph(word, CELL)] for _, word in swatches],
        colWidths=[20, 90],
        style=TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
            + [
                ("BACKGROUND", (0, i), (0, i), colors.HexColor(c))
                for i, (c, _) in enumerate(swatches)
            ]
        ),  # fmt: skip
    )
    header = ["Ref", "Action", "Owner", "Due date", "Status"]
    data = [[Paragraph(h, HEAD) for h in header]]
    data += [[Paragraph(c, CELL) for c in row] for row in ROWS]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    path = tmp_path / "swatches.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Northfold Council: improvement tracker, March 2026", TITLE),
        Spacer(1, 10),
        key,
        Spacer(1, 14),
        Table(data, colWidths=[40, 330, 160, 80, 90], style=grid),
    ])  # fmt: skip
    plan = extract_plan(parse_pdf(path))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "amber"),
        ("1.2", "green"),
        ("2.1", "red"),
    ]


def test_key_line_of_marks_is_told_from_a_sentence() -> None:
    from plantrace.pipeline.normalise.rag import is_key_line

    assert is_key_line("Key: ■ On track ■ At risk ■ Off track")
    assert is_key_line("Status key - ● Delivered ● Behind plan")
    # a label alone, one entry, or a sentence after a label: no key
    assert not is_key_line("Key: ■ On track")
    assert not is_key_line("Key: the partnership should ensure that every child ■ is seen ■ soon")
    assert not is_key_line("Recommendation 1: ■ On track ■ At risk")
