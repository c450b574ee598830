"""Who leads an action, read by the cells when the header's words mislead (column_roles,
cell_types, normalise.owners): a column headed with the word 'activity' or 'action' whose cells
are people ('Activity holder') is the owner, the unnamed sentences beside it the action; a name
printed surname first ('Okafor, Grace') is one person; a project tool's allocation ('[50%]') is
no part of the owner. Layouts that are not holdout7's: other words, other column order."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


def _pdf(header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    data = [[Paragraph(x, STYLE) for x in header]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([t])
    return buf.getvalue()


def test_people_under_an_activity_header_beside_unnamed_sentences_are_the_owner() -> None:
    """'Activity holder' names the action by its first word; its cells are people, some
    surname first, and the sentences are under words no vocabulary holds ('Steps to take'):
    the sentences are the action and the people the owner, each name kept whole."""
    data = _pdf(
        ["Item", "Deadline", "Activity holder", "Steps to take", "RAG"],
        [
            ["E1", "March 2026", "Okafor, Grace",
             "Hold a weekly exploitation panel chaired by the head of service", "Green"],
            ["E2", "June 2026", "Head of Youth Justice",
             "Map where missing children are found and share the map with the police", "Amber"],
            ["E3", "September 2026", "Brennan, Tom",
             "Offer every child an independent return interview within three days", "Red"],
        ],
        [40, 80, 140, 320, 60],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "holders.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["ref", "due", "owner", "action", "rag"]
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        ("E1", "Okafor, Grace", "2026-03-31", "green"),
        ("E2", "Head of Youth Justice", "2026-06-30", "amber"),
        ("E3", "Brennan, Tom", "2026-09-30", "red"),
    ]
    assert plan.actions[1].text.startswith("Map where missing children")


def test_an_action_header_over_sentences_keeps_the_action() -> None:
    """The same words over sentences are the action: only people under them give way."""
    data = _pdf(
        ["Ref", "Action", "Lead", "By"],
        [
            ["1", "Publish a guide to family network meetings for every school", "Smith, Jo",
             "May 2026"],
            ["2", "Recruit two family group conference coordinators this year", "Patel, Ravi",
             "July 2026"],
        ],
        [40, 330, 140, 80],
    )  # fmt: skip
    doc = parse_pdf_bytes(data, "actions.pdf")
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert table.roles == ["ref", "action", "owner", "due"]
    assert [a.owner for a in extract_plan(doc).actions] == ["Smith, Jo", "Patel, Ravi"]


def test_surname_first_names_are_people() -> None:
    for name in ("Okafor, Grace", "O’Neill, Sean", "McAllister, Fiona", "Smith-Jones, Anna"):
        assert cell_type(name) is CellType.person, name
    assert cell_type("Review the threshold document, then train staff") is not CellType.person


def test_an_allocation_in_brackets_is_no_part_of_the_owner() -> None:
    assert normalise_owner("Principal Social Worker[50%]") == "Principal Social Worker"
    assert normalise_owner("Okafor, Grace [100%]") == "Okafor, Grace"
    assert normalise_owner("Head of Service (25%)") == "Head of Service"
    assert normalise_owner("Head of Service (CiC)") == "Head of Service (CiC)"
    assert cell_type("Amina Yusuf[75%]") is CellType.person
