"""A table over two pages under its repeated header: the first piece's status cells are all one
grey word ('Horizon'), so that piece alone cannot tell the column is the status; the second
piece, its words on tints of three hues, can. The column is the whole table's status, and the
second page's rows read their colours."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
HEADER = ["Ref", "Task", "Lead officer", "Due", "Where it is", "Update"]
TINTS = {"Horizon": "#eeeeee", "Docked": "#e1edfa", "Watching": "#fff1d6", "Stormy": "#fce4e4"}
COLOUR = {"Horizon": None, "Docked": "blue", "Watching": "amber", "Stormy": "red"}
LATER = ["Docked", "Watching", "Stormy"]
FIRST_PAGE = 21  # the rows page 1 holds under the title


def _status(k: int) -> str:
    """Page 1: the grey word, and one status on one pale tint (one hue says nothing)."""
    if k <= FIRST_PAGE:
        return "Docked" if k % 4 == 0 else "Horizon"
    return LATER[k % 3]


def _plan(status_header: str = "Where it is") -> bytes:
    rows = [
        [f"T{k:02d}", f"Agree and publish a local protocol for partners, part {k}",
         "Head of Service", "31/03/2027", _status(k), "Work started with partners"]
        for k in range(1, 31)
    ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in [*HEADER[:4], status_header, HEADER[5]]]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=[40, 170, 90, 65, 65, 90], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    style += [("BACKGROUND", (4, i), (4, i), TINTS[r[4]]) for i, r in enumerate(rows, start=1)]
    t.setStyle(TableStyle(style))
    doc.build([Paragraph("Delivery tracker", getSampleStyleSheet()["Title"]), t])
    return buf.getvalue()


@pytest.mark.parametrize("status_header", ["Where it is", "Current flag"])
def test_the_status_found_in_the_second_piece_is_the_whole_tables(status_header: str) -> None:
    """'Current flag' reads as a scorecard's latest figure over the first piece's words,
    a role an action table reads nothing from: the second piece's status wins it too."""
    doc = parse_pdf_bytes(_plan(status_header), "tracker.pdf")
    assert len(doc.pages) == 2
    got = {a.ref: a.rag for a in extract_plan(doc).actions}
    assert len(got) == 30
    later = {f"T{k:02d}": COLOUR[_status(k)] for k in range(FIRST_PAGE + 1, 31)}
    assert later and {ref: got[ref] for ref in later} == later
