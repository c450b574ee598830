"""Labelled fields printed on one line and read as one: 'Deadline: May 2026 · Status: Running
late' taken whole as the due date leaves the status inside it, and the plan would pass as
unrated in silence; 'Tom Ellery · Deadline: 22 May' taken as the owner loses the date.

What is said: plan_status_unread where no action was rated and two or more statuses stand in
run-in fields (whatever their words), and plan_actions_doubtful where any field holds another
labelled field. A plan whose fields hold no run-in label, or whose separators part plain words
('Service Manager | Front Door'), says nothing; a plan rated elsewhere is not called unrated.
"""

from __future__ import annotations

import io
from types import SimpleNamespace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.run_in_labels import (
    card_fields_in_other_tables,
    run_in_field_warnings,
    run_in_fields,
    run_in_status_warnings,
)
from plantrace.models.plan import Action
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Cell
from plantrace.pipeline.reader import parse_pdf_bytes

SHA = "0" * 64


def _action(ref: str, owner: str | None, due: str | None, rag: str | None = None) -> Action:
    return Action(
        id=f"a{ref}",
        ref=ref,
        text=f"Action {ref}: review every child in need plan with the family",
        owner=owner,
        due_raw=due,
        rag=rag,
        provenance=Provenance(sha256=SHA, page=1, extractor="test", extractor_version="t"),
    )


def test_run_in_fields_finds_labelled_fields_after_a_separator() -> None:
    assert run_in_fields("December 2025 (end) · Status: Running late") == [
        ("rag", "Status: Running late")
    ]
    assert run_in_fields("Tom Ellery · Deadline: Friday 22 May") == [
        ("due", "Deadline: Friday 22 May")
    ]
    # a label of the plan's own words over a known status word is a status field
    assert run_in_fields("November 2025 (end) · How it's going: Finished") == [
        ("rag", "How it's going: Finished")
    ]
    # plain values, and separators between plain words, hold no run-in field
    assert run_in_fields("Service Manager | Front Door") == []
    assert run_in_fields("Head of Service: Children in Care") == []
    assert run_in_fields("31 March 2026") == []


def test_unrated_plan_with_run_in_statuses_says_so() -> None:
    actions = [
        _action("1.1", "Head of Safeguarding", "December 2025 · Status: Running late"),
        _action("1.2", "Head of Virtual School", "May 2026 · Status: Starting soon"),
        _action("1.3", "Service Manager", "May 2026"),
    ]
    said = run_in_status_warnings(actions)
    assert [w.code for w in said] == ["plan_status_unread"]
    assert "'Status: Running late'" in said[0].message
    doubtful = run_in_field_warnings(actions)
    assert [w.code for w in doubtful] == ["plan_actions_doubtful"]
    assert doubtful[0].message.startswith("2 of 3 actions")


def test_rated_or_plain_plans_say_nothing() -> None:
    rated = [
        _action("1.1", "Head of Safeguarding", "December 2025 · Status: Running late"),
        _action("1.2", "Head of Virtual School", "May 2026 · Status: Starting soon", "green"),
    ]
    assert run_in_status_warnings(rated) == []  # rated: not unrated, whatever else is said
    plain = [_action("1.1", "Service Manager | Front Door", "May 2026"),
             _action("1.2", "Head of Virtual School", "June 2026")]  # fmt: skip
    assert run_in_status_warnings(plain) == []
    assert run_in_field_warnings(plain) == []
    one = [_action("1.1", "Head of Safeguarding", "December 2025 · Status: Stuck"),
           _action("1.2", "Head of Virtual School", "June 2026")]  # fmt: skip
    assert run_in_status_warnings(one) == []  # one status field alone rates no plan


ROWS = [
    ("1.1", "Redesign the child in need plan template with outcomes in plain language",
     "Priya Nandakumar", "June 2026 · Status: Slipping a bit"),
    ("1.2", "Review every child in need plan at least every three months",
     "Martin Hale", "March 2027 · Status: Not begun yet"),
    ("2.1", "Set up a care leavers' hub with drop-in advice on housing and money",
     "Amira Choudhury", "September 2026 · Status: Slipping a bit"),
]  # fmt: skip


def _pdf() -> bytes:
    """A ruled action table whose due cells print the status after a middle dot."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Children's services improvement plan")
    xs = [40, 80, 330, 440, 570]
    top, h = 760, 30
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip(xs, ["Ref", "Action", "Lead", "Due date"], strict=False):
        c.drawString(x + 3, top - 19, head)
    c.setFont("Helvetica", 7)
    for i, row in enumerate(ROWS, start=1):
        y = top - h * i
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 3, y - 19, cell[:60])
    for i in range(len(ROWS) + 2):
        c.line(xs[0], top - h * i, xs[-1], top - h * i)
    for x in xs:
        c.line(x, top, x, top - h * (len(ROWS) + 1))
    c.showPage()
    c.save()
    return buf.getvalue()


def test_plan_with_statuses_in_its_due_cells_is_not_silently_unrated() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1"]
    codes = {w.code for w in plan.warnings}
    if all(a.rag is None for a in plan.actions):
        assert "plan_status_unread" in codes
    assert "plan_actions_doubtful" in codes or all(
        "Status:" not in (a.due_raw or "") for a in plan.actions
    )


def _cell(text: str) -> Cell:
    return Cell(text, (0.0, 0.0, 100.0, 10.0))


def _card_run() -> PlanTable:
    """The plan's own run of action cards: a title, then 'Lead' and 'Deadline' lines."""
    evidence = [SimpleNamespace(evidence=[f"card label {x!r} on 3 cards"]) for x in "ab"]
    return PlanTable(
        kind=ACTION_TABLE,
        roles=["action", "owner", "due"],
        labels=["Title", "Lead", "Deadline"],
        rows=[
            Row(cells=[_cell("1.1 Audit plans"), _cell("Tom Ellery"), _cell("May 2026")], page=1)
        ],
        page=1,
        top=100.0,
        reading=SimpleNamespace(columns=evidence),  # type: ignore[arg-type]
    )


def _list(cells: list[str]) -> Element:
    """A table read as a recommendation list, a column of the given cells."""
    table = PlanTable(
        kind="recommendations",
        roles=["text"],
        labels=["Recommendation 2"],
        rows=[Row(cells=[_cell(x)], page=1) for x in cells],
        page=1,
        top=400.0,
    )
    return Element(page=1, top=400.0, table=table)


def test_card_fields_in_a_table_not_read_as_actions_are_said() -> None:
    cards = _card_run()
    stray = _list([
        "2.1 Step down cases to early help with a warm handover",
        "Lead: Grace Adebayo · Deadline: October 2025 (end)",
    ])  # fmt: skip
    said = card_fields_in_other_tables([Element(page=1, top=100.0, table=cards), stray], [cards])
    assert [w.code for w in said] == ["plan_actions_doubtful"]
    assert "'Lead: Grace Adebayo · Deadline: October 2025 (end)'" in said[0].message
    # a recommendation list of sentences alone holds no card field
    plain = _list(["Improve the quality of plans for children in need", "Leads to better help"])
    assert card_fields_in_other_tables([plain], [cards]) == []
