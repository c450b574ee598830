"""Recommendations stated each in a box of its own under a CAPTION repeating its number: a
binder's tab, a card index's divider ('TAB 2' in small capitals, then 'Recommendation 2: ...'
in the box), printed from Word, the boxes one under another on the first page and the action
table after them, its rows citing the recommendations by number.

Read whole, a box's text opens with the caption ('TAB 2 Recommendation 2: ...') and is no
heading, so no recommendation was read (plan_boxes.captioned_box reads the heading under the
caption when the caption repeats its number); a box whose caption is some other short line
('Draft 4' over 'Recommendation 1: ...') is not read so.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from plantrace.extractors.plan_boxes import captioned_box
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the regularity and quality of management oversight and supervision of social work",
    "Strengthen the response to children who go missing from home or care",
    "Increase the range of suitable accommodation for care leavers",
]
ROWS = [
    ("1.1", "Reduce team manager spans of control to seven social workers", "Bethan Lloyd",
     "31 March 2027", "On track", "1"),
    ("2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Claire Whitby", "30 April 2027", "At risk", "2"),
    ("3.1", "Commission fifteen supported lodgings places for young people leaving care",
     "Martin Hale", "30 June 2027", "Complete", "3"),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Children's services improvement plan", level=1)
    d.add_paragraph("The tabs below hold the inspection's recommendations; the actions follow.")
    for n, text in enumerate(RECS, start=1):
        box = d.add_table(rows=1, cols=1, style="Table Grid")
        cell = box.rows[0].cells[0]
        cap = cell.paragraphs[0].add_run(f"TAB {n}")
        cap.font.size, cap.bold = Pt(8), True
        cell.add_paragraph().add_run(f"Recommendation {n}: {text}").font.size = Pt(11)
        d.add_paragraph()
    d.add_heading("Actions", level=2)
    t = d.add_table(rows=1, cols=6, style="Table Grid")
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer", "Deadline", "Status",
                                      "Rec"], strict=True):  # fmt: skip
        c.text = h
    for row in ROWS:
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = v
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("captioned")
    return libreoffice_pdf(_plan(tmp / "tabs.docx"), tmp)


def test_every_captioned_box_states_its_recommendation(printed: Path) -> None:
    r = extract_file(printed)
    assert r.status.value == "ok", r.error
    assert [(int(x.number), x.text) for x in r.recommendations] == list(enumerate(RECS, start=1))
    recs = {x.id: int(x.number) for x in r.recommendations}
    got = {a.ref: [recs[x] for x in a.recommendations] for a in r.actions}
    assert got == {ref: [int(rec)] for ref, *_, rec in ROWS}


def _box(first: str, rest: str) -> Table:
    lines = [
        Line(first, (0, 0, 40, 8), 8, True, 1, 0),
        Line(rest, (0, 10, 400, 20), 11, False, 1, 1),
    ]
    return Table(1, (0, 0, 400, 20), [[Cell(f"{first} {rest}", (0, 0, 400, 20), lines)]], True)


def test_only_a_caption_repeating_the_number_is_set_apart() -> None:
    assert captioned_box(_box("TAB 2", "Recommendation 2: Improve the quality of plans")) == (
        "2",
        "Improve the quality of plans",
    )
    assert captioned_box(_box("Draft 4", "Recommendation 1: Improve the quality of plans")) is None
    assert captioned_box(_box("On track", "Recommendation 1: Improve the quality of plans")) is None


def _shaded(cell) -> None:  # noqa: ANN001 - python-docx's cell
    """The cell tinted (Word's shading): the box a divider is printed as."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "EFEBE9")
    cell._tc.get_or_add_tcPr().append(shd)


def _shaded_boxes(path: Path) -> Path:
    """The same plan with each box tinted and the boxes set close (an empty paragraph of no
    spacing between them), as a Word template prints its dividers: read from the Word file,
    the boxes' lines run together as text, each box's caption grouped with the box above."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Children's services improvement plan", level=1)
    d.add_paragraph("The tabs below hold the inspection's recommendations; the actions follow.")
    for n, text in enumerate(RECS, start=1):
        box = d.add_table(rows=1, cols=1, style="Table Grid")
        cell = box.rows[0].cells[0]
        _shaded(cell)
        cap = cell.paragraphs[0].add_run(f"TAB {n}")
        cap.font.size, cap.bold = Pt(9), True
        body = cell.add_paragraph()
        body.add_run(f"Recommendation {n}: ").bold = True
        body.add_run(text)
        d.add_paragraph().paragraph_format.space_after = Pt(0)
    d.add_heading("Actions", level=2)
    t = d.add_table(rows=1, cols=6, style="Table Grid")
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer", "Deadline", "Status",
                                      "Rec"], strict=True):  # fmt: skip
        c.text = h
    for row in ROWS:
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = v
    d.save(str(path))
    return path


def test_captions_read_as_text_are_no_part_of_a_recommendation(tmp_path: Path) -> None:
    r = extract_file(_shaded_boxes(tmp_path / "tabs.docx"))
    assert r.status.value == "ok", r.error
    assert [(int(x.number), x.text) for x in r.recommendations] == list(enumerate(RECS, start=1))
