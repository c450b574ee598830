"""A programme's checkpoint report read as a plan: per work package a dark bar naming it over a
light line quoting the recommendation it answers, then a products table printing two finish
dates, the one planned and the one now forecast. The planned finish is the due date (the
forecast is the manager's estimate beside it, 'Delivered' or 'TBC' where there is none), and
the products under a work package's bar answer the recommendation on the line under it."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

RECS = {
    "1": "Improve the quality and regularity of management oversight of social work practice",
    "2": "Make sure that children in care have their health assessments completed on time",
}

# the status cell's tint, the status word on it
TINT = {
    "green": "#C8E6C9",
    "amber": "#FFE0B2",
    "red": "#FFCDD2",
    "blue": "#BBDEFB",
    None: "#EEEEEE",
}

# ref, product, owner, planned finish, forecast finish, status, due date, rag
Product = tuple[str, str, str, str, str, str, str, str | None]
PRODUCTS: dict[str, list[Product]] = {
    "1": [
        ("WP1.1", "Publish a revised supervision standard with a four-weekly minimum",
         "Sian Pritchard", "Feb 2027", "May 2027", "Exception raised", "2027-02-28", "red"),
        ("WP1.2", "Train all team managers in reflective supervision", "Bethan Lloyd",
         "17 Mar 2026", "17 May 2026", "Forecast late", "2026-03-17", "amber"),
    ],
    "2": [
        ("WP2.1", "Agree a timeliness pathway with the designated doctor", "Martin Hale",
         "Mar 2027", "Mar 2027", "On plan", "2027-03-31", "green"),
        ("WP2.2", "Report health assessment timeliness monthly to the board", "David Osei",
         "Oct 2026", "Delivered", "Delivered", "2026-10-31", "blue"),
        ("WP2.3", "Offer every child in care a review health assessment in time", "David Osei",
         "Jul 2027", "TBC", "Not started", "2027-07-31", None),
    ],
}  # fmt: skip


# the checkpoint notes, each in a row spanning the table under its product
NOTES = {
    "WP1.1": "No lead in post since the restructure; escalated to the Improvement Board",
    "WP2.1": "Pilot running in two teams; evaluation due",
}


@pytest.mark.parametrize(
    "planned, forecast",
    [("Planned finish", "Forecast finish"), ("Baseline finish", "Expected finish")],
)
def test_checkpoint_report_due_on_the_planned_finish_under_its_work_package(
    planned: str, forecast: str
) -> None:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    story: list[object] = [
        Paragraph("<b>Checkpoint Report: Children's Services Improvement Programme</b>",
                  STYLES["Title"]),
    ]  # fmt: skip
    box = Table(
        [["Period covered", "1 October 2025 to 20 April 2026"],
         ["Prepared by", "Yasmin Sheikh, Programme Manager"],
         ["Date of report", "20 April 2026"]],
        colWidths=[120, 300],
    )  # fmt: skip
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    story += [box, Spacer(1, 12), Paragraph("<b>2. Work package progress</b>", BODY)]
    head = ["Product ID", "Product", "Product owner", planned, forecast, "Checkpoint status"]
    for number, rows in PRODUCTS.items():
        bar = Table(
            [
                [Paragraph(f"<b>Work package {number}</b>", BODY)],
                [Paragraph(f"<i>Ofsted recommendation:</i> {RECS[number]}", BODY)],
            ],
            colWidths=[500],
        )
        bar.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#1f3864")),
                    ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#e7e6e6")),
                ]
            )
        )
        cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
        style: list[tuple[object, ...]] = [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]
        for r in rows:
            cells.append([Paragraph(c, BODY) for c in r[:6]])
            style.append(("BACKGROUND", (5, len(cells) - 1), (5, len(cells) - 1),
                          colors.HexColor(TINT[r[7]])))  # fmt: skip
            if r[0] in NOTES:  # the checkpoint note: a row spanning the table under its product
                cells.append([Paragraph(f"<b>This period:</b> {NOTES[r[0]]}", BODY)] + [""] * 5)
                style.append(("SPAN", (0, len(cells) - 1), (-1, len(cells) - 1)))
        grid = Table(cells, colWidths=[50, 170, 85, 65, 65, 75], repeatRows=1)
        grid.setStyle(TableStyle(style))
        story += [Spacer(1, 10), bar, grid]
    story += [PageBreak(), Paragraph("<b>3. Issues raised this period</b>", BODY)]
    story.append(_log(["Issue", "Description", "Raised by", "Date raised"], ISSUES))
    doc.build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "checkpoint.pdf"))
    recs = {r.id: r for r in plan.recommendations}
    assert sorted((r.number, r.text) for r in plan.recommendations) == sorted(RECS.items())
    # beside a planned finish the forecast is no due, and nothing says it was taken as one
    assert not any(w.code == "due_from_forecast" for w in plan.warnings)
    assert {a.ref: a.progress for a in plan.actions} == {
        r[0]: NOTES.get(r[0]) for rows in PRODUCTS.values() for r in rows
    }
    got = [
        (a.ref, a.due_date and a.due_date.isoformat(), a.rag,
         [recs[i].number for i in a.recommendations])
        for a in plan.actions
    ]  # fmt: skip
    assert got == [(r[0], r[6], r[7], [number]) for number, rows in PRODUCTS.items() for r in rows]
    # the issues log is no action table, and the plan says it set its rows aside
    assert any(
        w.code == "plan_rows_set_aside" and "(issue)" in w.message and "2 rows" in w.message
        for w in plan.warnings
    )


def _log(head: list[str], rows: Sequence[tuple[str, ...]]) -> Table:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    grid = Table(cells, colWidths=[40, 270, 100, 90], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.HexColor("#1f3864")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return grid


ISSUES = [
    ("I28", "Training venue unavailable for the second cohort", "Callum Reid", "14 March 2026"),
    ("I31", "Partner data not yet shared under the new agreement", "Gareth Pym", "2 April 2026"),
]

# a risk log whose header names the work done against each risk: the plan's actions
RISKS = [
    ("R1", "Recruit six permanent social workers to the assessment team", "Head of Service",
     "31 March 2027"),
    ("R2", "Agree a retention payment for experienced practitioners", "HR Business Partner",
     "30 June 2027"),
]  # fmt: skip


def test_risk_log_with_mitigating_actions_is_read_as_actions() -> None:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    story: list[object] = [Paragraph("<b>Workforce improvement plan</b>", STYLES["Title"])]
    story.append(_log(["Risk ID", "Mitigating action", "Owner", "Due date"], RISKS))
    doc.build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "risks.pdf"))
    got = [(a.ref, a.owner, a.due_date and a.due_date.isoformat()) for a in plan.actions]
    assert got == [
        ("R1", "Head of Service", "2027-03-31"),
        ("R2", "HR Business Partner", "2027-06-30"),
    ]
    assert not any(w.code == "plan_rows_set_aside" for w in plan.warnings)


def _plan(head: list[str], rows: Sequence[tuple[str, ...]]):  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    story: list[object] = [Paragraph("<b>Workforce improvement plan</b>", STYLES["Title"])]
    story.append(_log(head, rows))
    doc.build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "log.pdf"))


@pytest.mark.parametrize(
    "head",
    [
        ["Risk ID", "Mitigation", "Owner", "Due date"],
        ["Issue no.", "Resolution", "Owner", "Target date"],
    ],
)
def test_log_with_a_response_column_is_read_as_actions(head: list[str]) -> None:
    """A log whose header names what is done about each entry in words other than 'action'
    ('Mitigation', 'Resolution'): its rows are the plan's work, not set aside."""
    plan = _plan(head, RISKS)
    got = [(a.ref, a.owner, a.due_date and a.due_date.isoformat()) for a in plan.actions]
    assert got == [
        ("R1", "Head of Service", "2027-03-31"),
        ("R2", "HR Business Partner", "2027-06-30"),
    ]
    assert not any(w.code == "plan_rows_set_aside" for w in plan.warnings)


def test_issues_log_with_no_response_column_stays_set_aside() -> None:
    plan = _plan(["Issue", "Description", "Raised by", "Date raised"], ISSUES)
    assert plan.actions == []
    assert any(w.code == "plan_rows_set_aside" for w in plan.warnings)


def test_forecast_finish_alone_is_the_due() -> None:
    """A tracker whose only date column is 'Forecast finish': the forecast is all it prints of
    when the work ends, so it is the due (beside a planned finish it is not: the test above)."""
    plan = _plan(["Ref", "Product", "Owner", "Forecast finish"], RISKS)
    got = [(a.ref, a.due_date and a.due_date.isoformat()) for a in plan.actions]
    assert got == [("R1", "2027-03-31"), ("R2", "2027-06-30")]
    assert [w.code for w in plan.warnings if w.code == "due_from_forecast"] == ["due_from_forecast"]
