"""Tables of supporting documents under each action ('Ref | Evidence document | Dated | Held
by', refs 'E044') are no action tables: their header names a ref, a date and a person, so they
were read as action tables that held no action, and the actions written above them (a run-in
'Action 1.1: ...' line, a line of its fields) were never read. A table with no action column
whose refs the plan cites nowhere else is set back to a plain table (document_tables); a table
of updates keyed by the actions' own refs stays an action table.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.column_roles import ACTION_TABLE
from plantrace.extractors.document_tables import drop_document_tables
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import Element, PlanTable, Row
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.reader import parse_pdf_bytes

ACTIONS = [
    ("1.1", "Train foster carers in understanding trauma and attachment",
     "Head of Service, Children in Care", "01-May-2026", "Blue - embedded"),
    ("1.2", "Commission a therapeutic service for children in care",
     "Designated Nurse", "18-Dec-2025", "Amber - some risk"),
    ("2.1", "Hold exit interviews with every leaver and report the themes",
     "Commissioning Manager", "26-Mar-2026", "Green - on track"),
]  # fmt: skip
EVIDENCE = [
    [("E044", "Minutes of practice quality group", "1 April 2026", "Jerome Fitch"),
     ("E174", "Children's feedback survey results", "21 November 2025", "Marisol Danquah")],
    [("E137", "Practice standards (revised)", "21 April 2026", "Hesketh Pruitt"),
     ("E154", "Case file audit tool", "15 February 2026", "Jerome Fitch"),
     ("E254", "Improvement board report", "10 November 2025", "Leonie Tranter")],
    [("E227", "Supervision policy", "6 February 2026", "Hesketh Pruitt"),
     ("E252", "Partner agency briefing note", "11 April 2026", "Augustin Mwale")],
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 800, "Evidence portfolio: monitoring visit")
    y = 770.0
    for k, (ref, text, owner, due, status) in enumerate(ACTIONS):
        if ref.endswith(".1"):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(
                50, y, f"Recommendation {ref[0]}: Improve the stability of children in care"
            )
            y -= 22
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, f"Action {ref}:")
        c.setFont("Helvetica", 9.5)
        c.drawString(50 + c.stringWidth(f"Action {ref}: ", "Helvetica-Bold", 9.5), y, text)
        y -= 14
        c.drawString(50, y, f"Lead: {owner}  |  Target completion: {due}  |  RAG: {status}")
        y -= 20
        rows = [("Ref", "Evidence document", "Dated", "Held by"), *EVIDENCE[k]]
        xs = [50, 100, 300, 420, 545]
        top = y + 10
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(xs[0], top - 14, xs[-1] - xs[0], 14, fill=1, stroke=0)  # a shaded header row
        c.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(rows):
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
            for x, cell in zip(xs, row, strict=False):
                c.drawString(x + 3, y, cell)
            y -= 14
        bottom = y + 10
        for r in range(len(rows) + 1):
            c.line(xs[0], top - 14 * r, xs[-1], top - 14 * r)
        for x in xs:
            c.line(x, top, x, bottom)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_actions_above_their_evidence_tables_are_read() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "portfolio.pdf"))
    got = {(a.owner, a.due_raw, a.rag) for a in result.actions}
    want = {(owner, due, status.split()[0].lower()) for _, _, owner, due, status in ACTIONS}
    assert got == want
    assert all(text in a.text for a, (_, text, *_) in zip(result.actions, ACTIONS, strict=True))
    assert not any((a.ref or "").startswith("E") for a in result.actions)


def _line(text: str, top: float) -> Line:
    return Line(text, (50.0, top, 400.0, top + 9), 9.5, False, 1, 0)


def _table(refs: list[str], top: float) -> Element:
    rows = [
        Row([Cell(r, (50, top, 90, top + 9)), Cell("A document", (90, top, 200, top + 9)),
             Cell("1 April 2026", (200, top, 300, top + 9))], page=1)
        for r in refs
    ]  # fmt: skip
    piece = Table(page=1, bbox=(50, top, 300, top + 40), rows=[], ruled=True)
    pt = PlanTable(ACTION_TABLE, ["ref", "other", "due"], ["Ref", "Document", "Dated"], rows, 1,
                   top, [piece])  # fmt: skip
    return Element(1, top, table=pt)


def test_a_table_of_updates_keyed_by_the_plans_refs_stays_an_action_table() -> None:
    text = Element(1, 100, lines=[_line("1.1 Train foster carers Lead: Jo Bloggs", 100)])
    updates = _table(["1.1"], 200)
    documents = _table(["E044", "E174"], 300)
    out = drop_document_tables([text, updates, documents])
    assert out[1].table is not None and out[1].table.kind == ACTION_TABLE
    assert out[2].table is None and out[2].raw is documents.table.pieces[0]  # type: ignore[union-attr]


def test_a_column_of_action_refs_is_no_list_of_documents() -> None:
    """A forward plan's timeline keeps each action's text in its quarter's cell and only its
    ref ('1.1', '2.3') in the first column, cited nowhere else: refs numbered as a plan numbers
    its actions are the plan's own, so the table stays an action table."""
    timeline = _table(["1.1", "1.2", "2.1"], 200)
    out = drop_document_tables([timeline, _table(["E044"], 300)])
    assert out[0].table is not None and out[0].table.kind == ACTION_TABLE
    assert out[1].table is None
