"""Actions whose recommendation cell names a number ('Rec 2') that links to nothing say so.

The plan prints the link, so the recommendation it names went unread (its statement in a form
the reader does not know): the coverage report would show it unanswered and the plan read
whole, without a word. A plan whose recommendations were read links every such action and says
nothing. Plans typeset with reportlab and read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
RECS = [
    ("1", "Improve the quality of assessments so that they reflect each child's needs"),
    ("2", "Strengthen management oversight and supervision of social work practice"),
]
ROWS = [
    ("Rec 1", "Run a monthly audit of child protection plans", "Head of Quality", "Mar 2026"),
    ("Rec 2", "Recruit four independent reviewing officers", "Principal Social Worker",
     "Jun 2026"),
    ("Rec 2", "Update the threshold document with partners", "Head of Front Door", "Sep 2026"),
]  # fmt: skip


def _grid(head: list[str], rows: list[tuple[str, ...]], widths: list[int]) -> Table:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    return table


def _plan(with_recs: bool) -> PlanExtraction:
    story: list[object] = []
    if with_recs:
        story += [_grid(["Rec", "Recommendation"], RECS, [60, 600]), Spacer(1, 12)]
    story.append(_grid(["Rec", "Action", "Lead", "Due"], ROWS, [60, 380, 150, 80]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_actions_citing_recommendations_never_read_are_named() -> None:
    plan = _plan(with_recs=False)
    assert [a.text for a in plan.actions] == [r[1] for r in ROWS]
    warned = [w for w in plan.warnings if w.code == "plan_links_unread"]
    assert len(warned) == 1
    assert warned[0].message.startswith("3 of 3 actions cite a recommendation ('Rec 1', 'Rec 2')")


def test_a_plan_whose_recommendations_were_read_says_nothing() -> None:
    plan = _plan(with_recs=True)
    assert [len(a.recommendations) for a in plan.actions] == [1, 1, 1]
    assert not [w for w in plan.warnings if w.code == "plan_links_unread"]


def test_a_few_actions_with_no_link_among_linked_ones_are_named() -> None:
    """Four actions of five link to their recommendation; the fifth's Rec cell is blank: its
    link went unread (or was never printed), and the plan says so."""
    rows = [*ROWS, ("Rec 1", "Publish a practice standard for assessments", "Head of Quality",
                    "Oct 2026"), ("", "Train managers in reflective supervision",
                                  "Principal Social Worker", "Nov 2026")]  # fmt: skip
    story: list[object] = [_grid(["Rec", "Recommendation"], RECS, [60, 600]), Spacer(1, 12)]
    story.append(_grid(["Rec", "Action", "Lead", "Due"], rows, [60, 380, 150, 80]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [bool(a.recommendations) for a in plan.actions] == [True] * 4 + [False]
    warned = [w for w in plan.warnings if w.code == "plan_links_partial"]
    assert [w.message.split(" (")[0] for w in warned] == [
        "1 of 5 actions link to no recommendation while the others do"
    ]


def test_a_fully_linked_plan_says_nothing_of_partial_links() -> None:
    assert not [w for w in _plan(with_recs=True).warnings if w.code == "plan_links_partial"]
