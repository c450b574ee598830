"""A log of dated reviews over two pages (plan_columns.continue_rows, tables.mend_broken_words):
the review row opening the second page under the repeated header is a row of its own, not the
rest of the action row that ends the first page (each prints a whole date and a status word); a
word a narrow cell cut before its last letter ('Commissionin' / 'g') is put back. A layout that is
not holdout7's: other words, other column order, reviews newest first."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
HEADER = ["Entry", "Task", "Owner", "Due", "Checked on", "RAG", "Comment"]
STATUSES = ["Red", "Amber", "Green"]
OWNERS = ["Commissioning Officer", "Headteacher", "Reviewing Officer"]


def _log() -> bytes:
    """Twelve tasks, each reviewed three times, newest review first; the page breaks after the
    first row of task 7, so its second review opens page 2."""
    rows = []
    for k in range(1, 13):
        day = f"0{k % 9 + 1}"
        rows += [
            [f"L{k:02d}", f"Task number {k}: agree and publish a local protocol for partners",
             OWNERS[k % 3], "March 2027", f"{day}/03/2026", STATUSES[(k + 2) % 3],
             f"Note three on task {k}"],
            ["", "", "", "", f"{day}/02/2026", STATUSES[(k + 1) % 3], f"Note two on task {k}"],
            ["", "", "", "", f"{day}/01/2026", STATUSES[k % 3], f"Note one on task {k}"],
        ]  # fmt: skip
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    data = [[Paragraph(x, STYLE) for x in HEADER]]
    data += [[Paragraph(x, STYLE) for x in r] for r in rows]
    t = Table(data, colWidths=[40, 150, 75, 60, 62, 50, 100], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([t])
    return buf.getvalue()


def test_a_review_row_opening_the_next_page_is_a_row_of_its_own() -> None:
    doc = parse_pdf_bytes(_log(), "log.pdf")
    assert len(doc.pages) == 2
    [table] = [el.table for el in read_layout(doc) if el.table is not None]
    assert len(table.rows) == 36  # every review its own row: none glued across the break
    plan = extract_plan(doc)
    got = {a.ref: (a.rag, a.progress) for a in plan.actions}
    assert len(got) == 12
    assert got["L07"] == ("red", "Note three on task 7")  # its newest review, on page 1
    assert all(p == f"Note three on task {int(r[1:])}" for r, (_, p) in got.items())


def test_a_word_cut_before_its_last_letter_is_put_back() -> None:
    plan = extract_plan(parse_pdf_bytes(_log(), "log.pdf"))
    owners = {a.ref: a.owner for a in plan.actions}
    assert owners["L03"] == "Commissioning Officer"
    assert owners["L01"] == "Headteacher"
