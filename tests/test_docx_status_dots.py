"""A Word plan whose status column holds only a coloured dot ('●' in red, amber or green, no
word): read directly, the dot's colour is the cell's status, as a shaded cell's fill is (and as
the PDF reader reads a coloured dot). A dot in the text's own colour is a bullet, no status."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import RGBColor

from plantrace.pipeline.extract import extract_file

ROWS = [
    ("T1", "Recruit six permanent team managers for the duty service", "Head of Workforce", "C00000"),
    ("T2", "Publish a revised practice standard for supervision", "Principal Social Worker", "FFC000"),
    ("T3", "Audit thirty child protection plans with partners", "Head of Safeguarding", "00B050"),
    ("T4", "Set up a weekly panel for children at risk of exploitation", "Exploitation Lead", None),
]  # fmt: skip


def test_coloured_dot_alone_is_the_status(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Practice improvement plan 2026", 1)
    table = d.add_table(rows=1 + len(ROWS), cols=5)
    table.style = "Table Grid"
    for c, label in enumerate(["Ref", "Action", "Lead officer", "Due", "Status"]):
        table.cell(0, c).text = label
    for r, (ref, action, lead, colour) in enumerate(ROWS, start=1):
        for c, value in enumerate([ref, action, lead, "31/03/2027"]):
            table.cell(r, c).text = value
        run = table.cell(r, 4).paragraphs[0].add_run("●")
        if colour is not None:
            run.font.color.rgb = RGBColor.from_string(colour)
    path = tmp_path / "dots.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [(a.ref, a.rag) for a in result.actions] == [
        ("T1", "red"),
        ("T2", "amber"),
        ("T3", "green"),
        ("T4", None),
    ]
