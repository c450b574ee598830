"""A responsibility matrix BEGUN at a page's foot (its header of posts, printed turned, and its
first row the page's last lines), going on over the page under its header repeated: a ruled
table continued, read as one. Its header alone names no plan columns by itself (a column per
post, marked 'L' or 'S'), so _ruled_over_page (made for a grid going on unheaded over the page)
joined the foot's piece with the next page's grid, repeated header and all: the repeat read
as a row of the matrix and the owners (the posts marked 'L') lost or misread ('L'). A grid
that repeats the piece's header is read as the table continued, as it was before.

Built with ReportLab (platypus, repeatRows=1), read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.test_plan_matrix import STYLE, TITLE, Rotated

POSTS = ["Workforce Development Lead", "Designated Nurse", "HoS Fostering", "Head of Early Help"]
FIRST = [
    ("1.1", "Audit twelve supervision records each month and report the themes", ["", "", "S", "L"],
     "Mar-Apr 2026", "On track"),
    ("1.2", "Add a supervision timeliness measure to the weekly performance dashboard",
     ["L", "", "S", ""], "Apr-Jun 2026", "Complete"),
]  # fmt: skip
SECOND = [
    ("2.1", "Track attendance and exclusions for children in care placed out of the area",
     ["L", "S", "", ""], "Throughout", "On track"),
    ("2.2", "Make sure every child in care has a personal education plan reviewed each term",
     ["", "", "S", "L"], "Aug 2026", "On track"),
    ("2.3", "Offer tuition to every child in care who is behind in reading at age eleven",
     ["", "L", "S", ""], "Apr-May 2026", "Delayed"),
]  # fmt: skip


GAP = 40.0  # Priority 2's header and row 2.1 close page 1


def _table(rows: list[tuple[str, str, list[str], str, str]]) -> Table:
    header = ["No", "Objective", *[Rotated(p) for p in POSTS], "To be done by", "Flag"]
    cells = [[h if not isinstance(h, str) else Paragraph(f"<b>{h}</b>", STYLE) for h in header]]
    cells += [
        [ref, Paragraph(text, STYLE), *marks, due, rag] for ref, text, marks, due, rag in rows
    ]
    t = Table(cells, colWidths=[36, 330, 24, 24, 24, 24, 90, 80], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e2efda"),
            ]
        )
    )
    return t


def _plan(gap: float) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    story = [
        Paragraph(TITLE, STYLE),
        Paragraph("Priority 1: Improve management oversight and supervision", STYLE),
        _table(FIRST),
        Spacer(1, gap),
        Paragraph("Priority 2: Improve the education of children in care", STYLE),
        _table(SECOND),
    ]
    doc.build(story)
    return buf.getvalue()


def _owner(marks: list[str]) -> str:
    return POSTS[marks.index("L")]


def test_matrix_begun_at_the_foot_keeps_its_owners_over_the_page() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(GAP), "matrix.pdf"))
    assert [(a.ref, a.owner) for a in plan.actions] == [
        (ref, _owner(marks)) for ref, _, marks, _, _ in [*FIRST, *SECOND]
    ]
