"""Words struck through by a drawn line in a PDF (a revised plan printed with its changes shown:
the old value struck through, the new one underlined beside it; a deleted action struck through
whole, a note beside it). No font attribute says a word is struck in a PDF; the line through the
middle of the words does. Struck words are no cell text, the struck line is no table rule, a row
struck through whole is no action, and the words dropped are reported.

Not the layout of the plan generator's revisions family: a ReportLab table (not a Word print),
other headers, the strike drawn by ReportLab's <strike> markup, a deleted row in the middle."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import struck_through, struck_warning

HEADER = ["No.", "Task", "Lead", "Target date"]
ROWS = [
    ["A1", "Publish the housing allocations policy after consultation",
     "<strike>Head of Housing</strike> <u>Estates Manager</u>", "31/03/2027"],
    ["<strike>A2</strike>", "<strike>Survey every block for damp and mould</strike>",
     "<strike>Repairs Lead</strike>", "<strike>30/09/2026</strike> <u>Removed: merged into A1</u>"],
    ["A3", "Appoint a tenant scrutiny panel",
     "Director of Resources", "<strike>31/12/2026</strike> <u>30/06/2027</u>"],
]  # fmt: skip


def _pdf(ruled: bool = True) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    cells = [HEADER] + [[Paragraph(v, body) for v in row] for row in ROWS]
    t = Table(cells, colWidths=[40, 230, 130, 110])
    look = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    t.setStyle(TableStyle([*look, ("GRID", (0, 0), (-1, -1), 0.5, "black")] if ruled else look))
    buf = io.BytesIO()
    story = [Paragraph("Housing improvement plan (revised, changes shown)", styles["Title"]), t]
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("ruled", [True, False])
def test_struck_words_and_rows_are_dropped(tmp_path: Path, ruled: bool) -> None:
    """Ruled or not: in a table without rules the struck line is no row rule either. (Without
    rules, the note left in a row struck through whole still runs on into the row above: the
    rows are not known when the words are dropped; only A1's due is not checked there.)"""
    path = tmp_path / "revised.pdf"
    path.write_bytes(_pdf(ruled))
    result = extract_file(path)
    expected = [
        ("A1", "Estates Manager", "31/03/2027"),
        ("A3", "Director of Resources", "30/06/2027"),
    ]
    got = [(a.ref, a.owner, a.due_raw) for a in result.actions]
    assert got[1:] == expected[1:]
    assert got[0][:2] == expected[0][:2]
    assert got[0][2] == expected[0][2] or not ruled


def test_struck_words_are_reported() -> None:
    warning = struck_warning(parse_pdf_bytes(_pdf(), "revised.pdf").pages)
    assert warning is not None and warning.code == "struck_text_dropped"
    assert warning.message.startswith("15 word(s) struck through")


def test_the_struck_words_are_found_once_per_page_and_again_when_its_lines_change() -> None:
    """struck_through keeps its answer on the page (Page.struck_memo): asked again it is the
    same answer; a page whose lines were replaced is read afresh."""
    page = parse_pdf_bytes(_pdf(), "revised.pdf").pages[0]
    first = struck_through(page)
    assert first[1]  # some words are struck
    assert struck_through(page) is first
    page.lines = list(page.lines)
    again = struck_through(page)
    assert again is not first and again == first
