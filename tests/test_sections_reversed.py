"""A plan built from its base up: each recommendation's actions printed LAST FIRST under it
(a stack of courses, the first action the bottom one), so read down the page every section
runs backwards ('1.3 1.2 1.1', '2.2 2.1'). Refs in parts printed out of order kept the
printed order (a plan printing 1.5 before 1.4 may mean it), so every section came out
upside down. Now every section printed as one run going down, two such runs of two actions
or more, is put in its refs' order (plan_actions.sections_reversed): no sort by status, lead
or date turns every section over at once. A section that goes up, or one in two runs, keeps
the printed order; so does one printed table whose rows run so (a register its author ordered
so: its row order is the plan's, as for sections out of order).
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_actions import sections_reversed
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Strengthen the response to children who go missing from home or care",
     [("1.1", "Record the findings of every return home interview", "Helen Markham",
       "28/02/2027"),
      ("1.2", "Hold a monthly missing children panel", "Leon Fairweather", "31/03/2027"),
      ("1.3", "Commission an independent return home interview service", "Fatima Rahman",
       "30/11/2026")]),
    ("2", "Build a stable, permanent and skilled social work workforce",
     [("2.1", "Introduce a career pathway that rewards practice expertise", "Ruth Kowalczyk",
       "31/12/2026"),
      ("2.2", "Launch a recruitment campaign for experienced social workers", "Bethan Lloyd",
       "31/05/2027")]),
    ("3", "Improve the quality of supervision for social workers",
     [("3.1", "Audit twelve supervision records each month", "Priya Nandakumar",
       "31/07/2027"),
      ("3.2", "Reduce team manager spans of control to seven", "Owen Tremayne",
       "31/08/2027")]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 800, "Our improvement plan, built from its foundations up")
    y = 760.0
    for number, text, actions in RECS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, f"Recommendation {number}: {text}")
        y -= 26
        for ref, act, owner, due in reversed(actions):  # the first action at the foot
            c.setFont("Helvetica-Bold", 9)
            c.drawString(60, y, ref)
            c.setFont("Helvetica", 9)
            c.drawString(80, y, act)
            c.setFont("Helvetica", 8)
            c.drawString(60, y - 12, f"Lead: {owner} \u00b7 Due: {due}")
            y -= 34
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


def test_sections_printed_last_first_are_read_first_first() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "base-up.pdf"))
    number_of = {r.id: r.number for r in plan.recommendations}
    got = [(a.ref, a.owner, a.due_raw, [number_of[x] for x in a.recommendations])
           for a in plan.actions]  # fmt: skip
    assert got == [(ref, owner, due, [number]) for number, _, acts in RECS
                   for ref, _, owner, due in acts]  # fmt: skip


def test_what_is_no_reversed_layout() -> None:
    assert sections_reversed(["1.3", "1.2", "1.1", "2.2", "2.1"]) == [
        (1, 3), (1, 2), (1, 1), (2, 2), (2, 1)]  # fmt: skip
    assert sections_reversed(["1.3", "1.2", "1.1", "2.1"]) is None  # one run of two or more
    assert sections_reversed(["1.3", "1.2", "1.1", "2.1", "2.2"]) is None  # a section going up
    assert sections_reversed(["1.2", "1.1", "2.2", "2.1", "1.3"]) is None  # a section twice


def _one_table(path: Path) -> Path:
    """One ruled table whose sections run last first: a register its author ordered so."""
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    story: list[object] = [Paragraph("Improvement plan register", cell), Spacer(1, 8)]
    story += [Paragraph(f"Recommendation {n}: {text}", cell) for n, text, _ in RECS]
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in ("Ref", "Action", "Lead officer",
                                                       "Target date")]]  # fmt: skip
    rows = [(ref, act, owner, due) for _, _, acts in RECS for ref, act, owner, due in acts[::-1]]
    data += [[Paragraph(v, cell) for v in row] for row in rows]
    story.append(Table(data, colWidths=[40, 300, 120, 70],
                       style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_one_printed_table_keeps_its_row_order(tmp_path: Path) -> None:
    result = extract_plan(parse_pdf_bytes(_one_table(tmp_path / "register.pdf").read_bytes(),
                                          "register.pdf"))  # fmt: skip
    assert [a.ref for a in result.actions] == [ref for _, _, acts in RECS for ref, *_ in acts[::-1]]
