"""A later table rating the plan's actions by ref ('Item # | Confidence level | Storyline') is
no table of new actions: its ratings are the statuses, its narrative the progress, of actions
the plan table read, and the numbered heading over it opens no recommendation."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

_PLAN = [
    ["1", "Set up a daily strategy meeting slot with partners", "Head of Quality Assurance",
     "30.09.2026", "1"],
    ["2", "Agree a joint protocol with the police on strategy discussions",
     "Head of Early Help", "30.11.2026", "1"],
    ["3", "Audit thirty assessments and feed back findings to teams", "Head of Service",
     "28.02.2027", "2"],
    ["4", "Revise the supervision template so decisions are recorded",
     "Director of Children's Services", "31.03.2027", "2"],
]  # fmt: skip
_RATED = [
    ["3", "High", "Completed in December; findings shared with teams"],
    ["1", "Low", "Not yet started because of staff turnover"],
    ["4", "Medium", "Draft template agreed; sign-off due in March"],
    ["2", "High", "Protocol agreed by partners and now in use"],
]


def _pdf() -> bytes:
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)

    def grid(head: list[str], rows: list[list[str]], widths: list[int]) -> Table:
        cells = [[Paragraph(f"<b>{x}</b>", body) for x in head]]
        cells += [[Paragraph(x, body) for x in r] for r in rows]
        table = Table(cells, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        return table

    doc.build([
        Paragraph("1. The inspection recommendations", body),
        Paragraph("What needs to change #1: Ensure that strategy discussions involve police,"
                  " health and children's social care", body),
        Paragraph("What needs to change #2: Raise the quality of assessments and plans for"
                  " children in need", body),
        Paragraph("2. Plan", body),
        grid(["Item #", "What we have pledged", "Steward", "Fulfil by", "Answers finding"],
             _PLAN, [40, 200, 120, 70, 60]),
        PageBreak(),
        Paragraph("3. Progress at 15 January 2026", body),
        grid(["Item #", "Confidence level", "Storyline"], _RATED, [50, 100, 300]),
    ])  # fmt: skip
    return buf.getvalue()


def test_rating_table_updates_the_plan_actions() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "rated.pdf"))
    assert [a.ref for a in plan.actions] == ["1", "2", "3", "4"]
    by_ref = {a.ref: a for a in plan.actions}
    assert by_ref["3"].text.startswith("Audit thirty assessments")
    assert by_ref["3"].owner == "Head of Service"
    # the confidence rating, read on its label's scale: High green, Medium amber, Low red
    assert [by_ref[r].rag for r in ("1", "2", "3", "4")] == ["red", "green", "green", "amber"]
    assert by_ref["4"].progress == "Draft template agreed; sign-off due in March"
    assert by_ref["1"].progress == "Not yet started because of staff turnover"
    # '3. Progress at ...' over the ratings is no recommendation
    assert [r.number for r in plan.recommendations] == ["1", "2"]
