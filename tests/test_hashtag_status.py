"""A plan whose statuses are hashtags, as a chat or social tool tags a message: '#ontrack',
'#atrisk', '#blocked', '#done', '#notstarted'. A tag is the status's words run together after a
'#'; the one status normaliser reads it as it reads the squashed words ('ontrack'), so a table
whose Status column holds tags is read with its colours, and '#notstarted' is a state with no
colour. A '#' before a number ('Issue #3') or after a letter ('C#') is no tag.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("1.1", "Recruit twenty additional foster carers", "Fatima Rahman", "31/03/2027", "#ontrack"),
    ("1.2", "Publish a revised threshold document", "David Osei", "30/04/2027", "#atrisk"),
    ("1.3", "Hold a permanence planning meeting", "Bethan Lloyd", "31/08/2027", "#blocked"),
    ("1.4", "Record children's views at every review", "Ruth Kowalczyk", "08/11/2027", "#done"),
    ("1.5", "Offer tuition to every child in care", "Martin Hale", "19/01/2027", "#notstarted"),
]
COLOURS = ["green", "amber", "red", "blue", None]


def _pdf() -> bytes:
    buf = io.BytesIO()
    data = [["Ref", "Action", "Lead officer", "Due date", "Status"], *map(list, ROWS)]
    table = Table(data)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan").build([table])
    return buf.getvalue()


def test_tags_read_by_the_status_vocabulary() -> None:
    assert [normalise_rag(r[4]) for r in ROWS] == COLOURS
    assert is_status_state("#notstarted")
    assert not is_status_state("#ontrack")


def test_a_hash_that_is_no_tag_is_no_status() -> None:
    assert normalise_rag("Issue #3") is None
    assert normalise_rag("C#") is None
    assert not is_status_state("#3")


def test_a_status_column_of_tags() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "tags.pdf"))
    got = {
        a.ref: (a.text, a.owner, a.due_date and a.due_date.isoformat(), a.rag)
        for a in result.actions
    }
    assert got == {
        ref: (text, owner, f"{due[6:]}-{due[3:5]}-{due[:2]}", colour)
        for (ref, text, owner, due, _), colour in zip(ROWS, COLOURS, strict=True)
    }
