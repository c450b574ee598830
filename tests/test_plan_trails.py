"""Plan tables of the holdout4 shapes (fixer A): a quarterly RAG trail under a two-row header
beside an original and a revised date, an outline tracker whose recommendation rows head their
action rows, and a table per recommendation whose title is the table's merged first row above
its header. Each plan is a realistic PDF typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import read_roles
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import ACTION_TABLE, header_role
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
TITLE = "Children's Services Improvement Plan 2025-26"
FILLS = {"G": "#70ad47", "A": "#ffc000", "R": "#e0474c", "B": "#4f81bd"}


def _plan(story_tables: Sequence[object], heading: str | None = None) -> PlanExtraction:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    story: list[object] = [Paragraph(TITLE, STYLE)]
    if heading:
        story.append(Paragraph(heading, STYLE))
    story += story_tables
    doc.build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _numbers(plan: PlanExtraction) -> dict[str, str]:
    return {r.id: r.number for r in plan.recommendations}


TRAIL = [
    # ref, action, owner, original, revised, quarters (letter or '*' + letter: fill only)
    ("2.01", "Audit every strategy discussion held without a health representative", "JM",
     "Mar 2026", "", ["G", "A", "", ""]),
    ("2.02", "Set up a daily virtual strategy meeting slot for partners", "TE",
     "Jun 2026", "Sep 2026", ["*G", "*R", "", ""]),
    ("2.03", "Agree a joint protocol with the police on attendance", "JM/TE",
     "Dec 2025", "", ["G", "G", "B", ""]),
]  # fmt: skip


def _trail_table() -> Table:
    head = ["Ref", "Action", "Owner", "Original date", "Revised date",
            "RAG by quarter 2025/26", "", "", ""]  # fmt: skip
    sub = ["", "", "", "", "", "Q1", "Q2", "Q3", "Q4"]
    cells: list[list[object]] = [
        [Paragraph(f"<b>{h}</b>", STYLE) if h else "" for h in head],
        [Paragraph(f"<b>{h}</b>", STYLE) if h else "" for h in sub],
    ]
    style: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 1), "#d9d9d9"),
        ("SPAN", (5, 0), (8, 0)),
        *[("SPAN", (j, 0), (j, 1)) for j in range(5)],
    ]
    for r, (ref, text, owner, orig, rev, quarters) in enumerate(TRAIL, start=2):
        row: list[object] = [ref, Paragraph(text, STYLE), owner, orig, rev]
        for q, mark in enumerate(quarters, start=5):
            row.append(mark.lstrip("*") if mark and not mark.startswith("*") else "")
            if mark:
                style.append(("BACKGROUND", (q, r), (q, r), FILLS[mark.lstrip("*")]))
        cells.append(row)
    t = Table(cells, colWidths=[36, 250, 50, 70, 70, 36, 36, 36, 36])
    t.setStyle(TableStyle(style))
    return t


def test_quarterly_trail_status_is_the_latest_rated_quarter() -> None:
    """Under 'RAG by quarter' over Q1..Q4 a row's status is its rightmost rated quarter, a
    letter on a fill or the fill alone; the due date is the revised one, the original where
    nothing was revised."""
    plan = _plan([_trail_table()], "Recommendation 2: Ensure strategy discussions involve police")
    got = [(a.ref, a.owner, a.due_date, a.rag) for a in plan.actions]
    assert got == [
        ("2.01", "JM", date(2026, 3, 31), "amber"),
        ("2.02", "TE", date(2026, 9, 30), "red"),
        ("2.03", "JM/TE", date(2025, 12, 31), "blue"),
    ]


OUTLINE = [
    ("1", "Recommendation 1: Improve the timeliness of decisions at the front door so children "
     "get help quickly", "Director of Children's Services", "", "Amber"),
    ("1.1", "Apply consistent thresholds through weekly threshold clinics", "Head of MASH",
     "Sep 2025", "Green"),
    ("1.2", "Audit repeat referrals each quarter to learn why help did not last",
     "Principal Social Worker", "Dec 2025", "Amber"),
    ("2", "Recommendation 2: Strengthen management oversight and reflective supervision for "
     "social workers", "AD Safeguarding", "", "Green"),
    ("2.1", "Train all team managers in reflective supervision", "Workforce Lead",
     "Mar 2026", "Green"),
]  # fmt: skip


def test_outline_recommendation_rows_head_their_actions() -> None:
    """A row numbered '1' above rows '1.1', '1.2', with a sponsor and a rolled-up status but no
    date, is recommendation 1, not an action; its sponsor is no action's owner."""
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", STYLE) for h in
                                  ["Ref", "Action", "Owner", "Due date", "Status"]]]  # fmt: skip
    cells += [[ref, Paragraph(text, STYLE), Paragraph(owner, STYLE), due, rag]
              for ref, text, owner, due, rag in OUTLINE]  # fmt: skip
    t = Table(cells, colWidths=[36, 330, 150, 70, 60])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("BACKGROUND", (0, 1), (-1, 1), "#dddddd"),
                           ("BACKGROUND", (0, 4), (-1, 4), "#dddddd")]))  # fmt: skip
    plan = _plan([t])
    numbers = _numbers(plan)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        ("1", "Improve the timeliness of decisions at the front door so children get help "
         "quickly"),
        ("2", "Strengthen management oversight and reflective supervision for social workers"),
    ]  # fmt: skip
    got = [(a.ref, a.owner, a.rag, [numbers[r] for r in a.recommendations]) for a in plan.actions]
    assert got == [
        ("1.1", "Head of MASH", "green", ["1"]),
        ("1.2", "Principal Social Worker", "amber", ["1"]),
        ("2.1", "Workforce Lead", "green", ["2"]),
    ]


def _titled_table(title: str, rows: Sequence[Sequence[str]]) -> Table:
    head = ["Tracker ID", "Our response", "Owned by", "Complete by", "Assurance level",
            "Summary of activity"]  # fmt: skip
    cells: list[list[object]] = [[Paragraph(f"<font color='white'><b>{title}</b></font>", STYLE)]]
    cells[0] += [""] * (len(head) - 1)
    cells.append([Paragraph(f"<b>{h}</b>", STYLE) for h in head])
    cells += [[Paragraph(x, STYLE) if x else "" for x in row] for row in rows]
    t = Table(cells, colWidths=[60, 250, 60, 80, 80, 170], repeatRows=2)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                           ("SPAN", (0, 0), (-1, 0)),
                           ("BACKGROUND", (0, 0), (-1, 0), "#7030a0"),
                           ("BACKGROUND", (0, 1), (-1, 1), "#d9d9d9")]))  # fmt: skip
    return t


def test_title_row_over_the_header_is_the_tables_recommendation() -> None:
    """A table whose merged first row is its recommendation, above a header the vocabulary
    knows ('Our response', 'Owned by', 'Summary of activity'): the table is read from its
    header, the title row is the recommendation its actions answer."""
    first = _titled_table(
        "Area 1: Reduce delay in achieving permanence for children in care",
        [["1.1.1", "Track the timeliness of care proceedings weekly", "JM", "Mar 2026",
          "On track", "Tracker in place"],
         ["1.1.2", "Recruit twenty additional foster carers", "TE", "Jun 2026", "Delayed",
          "Campaign launched"]],
    )  # fmt: skip
    second = _titled_table(
        "Area 2: Raise the quality of assessments and plans for children in need",
        [["2.1.1", "Hold monthly practice workshops on writing analysis", "JM/TE", "Sep 2026",
          "Off track", "Two workshops held"]],
    )  # fmt: skip
    plan = _plan([first, second])
    numbers = _numbers(plan)
    got = [
        (a.ref, a.text, a.owner, a.due_date, a.rag, a.progress,
         [numbers[r] for r in a.recommendations])
        for a in plan.actions
    ]  # fmt: skip
    assert got == [
        ("1.1.1", "Track the timeliness of care proceedings weekly", "JM", date(2026, 3, 31),
         "green", "Tracker in place", ["1"]),
        ("1.1.2", "Recruit twenty additional foster carers", "TE", date(2026, 6, 30), "amber",
         "Campaign launched", ["1"]),
        ("2.1.1", "Hold monthly practice workshops on writing analysis", "JM/TE",
         date(2026, 9, 30), "red", "Two workshops held", ["2"]),
    ]  # fmt: skip
    assert [r.number for r in plan.recommendations] == ["1", "2"]


def test_revised_date_column_is_due_now_and_the_original_its_fallback() -> None:
    """'Original date' beside 'Revised date': the revised one is the due column and the
    original is read where it is blank, even when only half the original cells are dates
    the reader knows and the revised column has no cells yet (a header piece at a page foot)."""
    labels = ["Ref", "Action", "Owner", "Original date", "Revised date"]
    columns = [["2.01", "2.02"], ["Audit strategy discussions", "Train team managers"],
               ["JM", "TE"], ["Mar 2026", "Whenever agreed"], []]  # fmt: skip
    roles = [header_role(x) for x in labels]
    reading = read_roles(ACTION_TABLE, roles, labels, columns)
    assert reading.roles == ["ref", "action", "owner", "other", "due"]
    assert reading.earlier == {"due": [3]}
