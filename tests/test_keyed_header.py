"""A grid headed by column numbers that a key above it explains ('Columns: [1] Deadline; [2] Lead
officer; ...'): the columns are read as the key names them (plan_columns.read_header with
column_key). A layout that is not holdout7's: numbers in square brackets, not letters, other
words and order; with no key the same header names nothing."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


def _plan(with_key: bool) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    head = ["[1]", "[2]", "[3]", "[4]", "[5]"]
    rows = [
        ["May 2026", "Head of Safeguarding",
         "Set up a weekly panel for children at risk of exploitation",
         "Panel met twice; terms of reference agreed", "E1"],
        ["July 2026", "Okafor, Grace",
         "Write a protocol with the police for sharing missing episodes",
         "First draft shared with the police", "E2"],
    ]  # fmt: skip
    data = [[Paragraph(x, STYLE) for x in head]] + [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=[80, 140, 280, 200, 50])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story = [Paragraph("Our actions", STYLE)]
    if with_key:
        story.append(
            Paragraph(
                "Columns: [1] Deadline; [2] Lead officer; [3] What we will do; [4] Latest update; [5] Number",
                STYLE,
            )
        )
    doc.build([*story, t])
    return buf.getvalue()


def test_a_header_of_column_numbers_is_read_as_its_key_names_them() -> None:
    doc = parse_pdf_bytes(_plan(with_key=True), "keyed.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles[:2] == ["due", "owner"]
    assert table.roles[3:] == ["progress", "ref"]
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date), a.progress) for a in plan.actions] == [
        ("E1", "Head of Safeguarding", "2026-05-31", "Panel met twice; terms of reference agreed"),
        ("E2", "Okafor, Grace", "2026-07-31", "First draft shared with the police"),
    ]


def test_without_a_key_the_numbers_name_no_column() -> None:
    doc = parse_pdf_bytes(_plan(with_key=False), "bare.pdf")
    assert [a.progress for a in extract_plan(doc).actions if a.progress] == []
