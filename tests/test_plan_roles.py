"""Column roles placed by evidence where the header says nothing (issue 11, build item 1):
a RAG column shown only by cell fills under a blank header, KPI figures under headers no
vocabulary holds, start and due dates under a two-row header, and the cell types that carry
them. Each plan is a realistic PDF typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.column_roles import ACTION_TABLE, KPI_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
TITLE = "Children's Services Improvement Plan 2025-26"


def _pdf(
    data: Sequence[Sequence[str]],
    widths: list[float],
    style: list[tuple],  # type: ignore[type-arg]
    before: Sequence[str] = (),
) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[Paragraph(x, STYLE) if x else "" for x in row] for row in data]
    t = Table(cells, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), *style]))
    doc.build([Paragraph(TITLE, STYLE), *[Paragraph(x, STYLE) for x in before], t])
    return buf.getvalue()


ACTIONS = [
    ("1.1", "Agree a joint protocol with police and health for strategy meetings",
     "Head of Service, Front Door", "Mar 2026"),
    ("1.2", "Audit thirty strategy discussions and report the learning to managers",
     "Principal Social Worker", "30/06/2026"),
    ("2.1", "Introduce quarterly practice observations of every social worker",
     "Helen Markham (Service Manager, Fostering)", "End of Q3 2026/27"),
]  # fmt: skip
RED, AMBER, GREEN = "#e88080", "#f7c86b", "#8fd18f"


def test_blank_header_fill_only_rag_column() -> None:
    """No word in the header or the cells: the red/amber/green fills are the RAG, through the
    one RAG normaliser (by hue); the grey header band and pale banding are no status."""
    data = [["Ref", "Action", "Lead officer", "Finish", ""]]
    data += [[*a, ""] for a in ACTIONS]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("BACKGROUND", (0, 2), (3, 2), "#f2f2f2"),  # a banded row: no colour of its own
        ("BACKGROUND", (4, 1), (4, 1), GREEN),
        ("BACKGROUND", (4, 2), (4, 2), RED),
        ("BACKGROUND", (4, 3), (4, 3), AMBER),
    ]
    doc = parse_pdf_bytes(_pdf(data, [40, 300, 170, 110, 50], style), "plan.pdf")
    plan = extract_plan(doc)
    assert [(a.ref, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        ("1.1", "Head of Service, Front Door", "2026-03-31", "green"),
        ("1.2", "Principal Social Worker", "2026-06-30", "red"),
        ("2.1", "Helen Markham (Service Manager, Fostering)", "2026-12-31", "amber"),
    ]
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    rag = table.reading.columns[4] if table.reading else None
    assert rag is not None and rag.role == "rag" and rag.label == ""
    assert "hold no word but a RAG fill (amber, green, red)" in rag.evidence[-1]
    assert 0.5 < rag.confidence < 0.9  # cells only: less sure than a header word
    assert [c.role for c in table.reading.columns][:4] == ["ref", "action", "owner", "due"]


def test_a_grey_or_banded_column_is_no_rag() -> None:
    """Fills that are no status colour (a grey column) place nothing and are no content: no RAG
    is invented and no column is reported unread."""
    data = [["Ref", "Action", "Lead officer", "Finish", ""]]
    data += [[*a, ""] for a in ACTIONS]
    style = [("BACKGROUND", (4, 1), (4, -1), "#bfbfbf")]
    doc = parse_pdf_bytes(_pdf(data, [40, 300, 170, 110, 50], style), "plan.pdf")
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.reading is not None
    assert table.reading.columns[4].role is None and table.reading.unplaced == []
    assert [a.rag for a in extract_plan(doc).actions] == [None, None, None]


KPIS = [
    ("CP1.1", "Children seen within ten working days of a referral", "64.2%", "87.7%", "Increase"),
    ("WF2.0", "Average caseload per social worker", "21", "16", "Reduce"),
    ("EH1.2", "Average days from entering care to moving in with an adoptive family",
     "412 days", "365 days", "Reduce"),
]  # fmt: skip


def _kpi_plan(header: list[str]) -> bytes:
    data = [header, *[list(k[:4]) for k in KPIS]]
    return _pdf(data, [50, 330, 110, 110], [("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9")])


def test_kpi_figures_under_unseen_headers_baseline_left_of_target() -> None:
    """'Where we want to be' names nothing the vocabulary knows: of two columns of figures the
    right one is the target, beside the baseline (values through the one KPI-value
    normaliser)."""
    plan = extract_plan(
        parse_pdf_bytes(_kpi_plan(["", "Metric", "Starting point", "Where we want to be"]), "p")
    )
    got = [
        (k.code, k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ]
    assert got == [("CP1.1", "64.2%", "87.7%"), ("WF2.0", "21", "16"),
                   ("EH1.2", "412 days", "365 days")]  # fmt: skip
    first = plan.kpis[0]
    assert first.baseline is not None and first.baseline.value == 64.2
    assert first.baseline.unit == "%"
    assert plan.kpis[2].target is not None and plan.kpis[2].target.unit == "days"
    assert first.target_label == "Where we want to be"


def test_kpi_table_under_labels_no_vocabulary_holds() -> None:
    """A shaded header row of labels the vocabulary knows none of ('What we track', 'At
    inspection', 'This quarter', 'Expected level'): a column of sentences beside three of
    figures is a scorecard, the figures the baseline, the latest and the target in order."""
    header = ["", "What we track", "At inspection", "This quarter", "Expected level"]
    data = [header, *[[k[0], k[1], k[2], k[2], k[3]] for k in KPIS]]
    pdf = _pdf(data, [50, 300, 100, 100, 100], [("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9")])
    plan = extract_plan(parse_pdf_bytes(pdf, "p"))
    got = [
        (k.code, k.baseline.raw if k.baseline else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ]
    assert got == [("CP1.1", "64.2%", "87.7%"), ("WF2.0", "21", "16"),
                   ("EH1.2", "412 days", "365 days")]  # fmt: skip
    assert [k.latest.raw if k.latest else None for k in plan.kpis] == ["64.2%", "21", "412 days"]


def test_kpi_figures_a_dated_outturn_and_a_later_year() -> None:
    """'2023/24 outturn' is a latest figure by its word, but with a year and no baseline column
    it is the starting point; the column whose header year is later is the target."""
    plan = extract_plan(
        parse_pdf_bytes(_kpi_plan(["", "Performance measure", "2023/24 outturn", "2025/26"]), "p")
    )
    assert [(k.baseline_label, k.baseline.raw if k.baseline else None) for k in plan.kpis][0] == (
        "2023/24 outturn",
        "64.2%",
    )
    assert [k.target.raw if k.target else None for k in plan.kpis] == ["87.7%", "16", "365 days"]
    assert [k.target_label for k in plan.kpis] == ["2025/26"] * 3


def test_a_direction_word_over_figures_gives_way_to_the_cells() -> None:
    reading = read_roles(
        KPI_TABLE,
        ["code", "indicator", "baseline", "direction"],
        ["", "Metric", "Starting point", "Aim"],
        [[k[0] for k in KPIS], [k[1] for k in KPIS], [k[2] for k in KPIS], [k[3] for k in KPIS]],
    )
    assert reading.roles == ["code", "indicator", "baseline", "target"]
    aim = reading.columns[3]
    assert aim.evidence[0].startswith("header 'Aim' names direction, but 100% of its 3 cells")
    assert aim.evidence[-1] == "the right-most column of figures: the target"
    # and a real direction column under the same word keeps its role
    words = read_roles(
        KPI_TABLE,
        ["code", "indicator", "baseline", "direction"],
        ["", "Metric", "Starting point", "Aim"],
        [[k[0] for k in KPIS], [k[1] for k in KPIS], [k[2] for k in KPIS], [k[4] for k in KPIS]],
    )
    assert words.roles == ["code", "indicator", "baseline", "direction"]


def test_three_columns_of_figures_under_unseen_headers() -> None:
    """Baseline left, target right, and the unnamed column between them is the latest; the
    weak evidence shows in the confidence (below 0.6: plan_low_confidence)."""
    latest = ["71%", "19", "390 days"]
    reading = read_roles(
        KPI_TABLE,
        ["code", "indicator", None, None, None],
        ["", "Metric", "Where we were", "Where we are", "Where we hope to be"],
        [[k[0] for k in KPIS], [k[1] for k in KPIS], [k[2] for k in KPIS], latest,
         [k[3] for k in KPIS]],
    )  # fmt: skip
    assert reading.roles == ["code", "indicator", "baseline", "latest", "target"]
    assert reading.confidence < 0.6


def test_a_target_group_header_over_two_years() -> None:
    """'Target' printed over '2024/25' | '2025/26' beside a 'Latest (Sep 2024)' column: the
    final year is the target, the earlier one an interim step (not a baseline), and a figure
    the header calls latest stays the latest."""
    data = [
        ["", "Indicator", "Latest (Sep 2024)", "Target", ""],
        ["", "", "", "2024/25", "2025/26"],
        *[
            [k[0], k[1], k[2], i, k[3]]
            for k, i in zip(KPIS, ["75%", "18", "390 days"], strict=True)
        ],
    ]
    style = [("SPAN", (3, 0), (4, 0)), *[("SPAN", (i, 0), (i, 1)) for i in (0, 1, 2)]]
    plan = extract_plan(parse_pdf_bytes(_pdf(data, [50, 300, 110, 90, 90], style), "plan.pdf"))
    assert [
        (k.code, k.latest.raw if k.latest else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ] == [("CP1.1", "64.2%", "87.7%"), ("WF2.0", "21", "16"), ("EH1.2", "412 days", "365 days")]
    assert [k.baseline for k in plan.kpis] == [None, None, None]


def test_a_goal_read_with_its_first_year_is_an_interim_target() -> None:
    """'Goal' over '2024/25' | '2025/26' read as 'Goal 2024/25' | '2025/26': the later period
    is the target."""
    reading = read_roles(
        KPI_TABLE,
        ["code", "indicator", "latest", "target", "baseline"],
        ["", "Metric", "Latest", "Goal 2024/25", "2025/26"],
        [[k[0] for k in KPIS], [k[1] for k in KPIS], [k[2] for k in KPIS],
         ["75%", "18", "390 days"], [k[3] for k in KPIS]],
    )  # fmt: skip
    assert reading.roles == ["code", "indicator", "latest", "other", "target"]


def test_start_and_due_under_a_two_row_header() -> None:
    """'Timescale' printed over 'Start' | 'End': read alone, the group header names the first
    column (the start) as due. The two header rows are read as one row of labels (the group's
    columns take the second row's 'Start' and 'End'), and each row's two dates (the start is
    the earlier) put the due date in the 'End' column."""
    data = [
        ["Ref", "Action", "Lead", "Timescale", "", "RAG"],
        ["", "", "", "Start", "End", ""],
        ["1.1", ACTIONS[0][1], ACTIONS[0][2], "Sep 2025", "Mar 2026", "Green"],
        ["1.2", ACTIONS[1][1], ACTIONS[1][2], "01/04/2026", "30/06/2026", "Amber"],
        ["2.1", ACTIONS[2][1], ACTIONS[2][2], "Q1 2026/27", "End of Q3 2026/27", "Red"],
    ]
    style = [
        ("SPAN", (3, 0), (4, 0)),
        *[("SPAN", (i, 0), (i, 1)) for i in (0, 1, 2, 5)],
        ("BACKGROUND", (0, 0), (-1, 1), "#d9d9d9"),
    ]
    doc = parse_pdf_bytes(_pdf(data, [40, 300, 150, 80, 90, 50], style), "plan.pdf")
    plan = extract_plan(doc)
    assert [(a.ref, a.due_raw, str(a.due_date), a.rag) for a in plan.actions] == [
        ("1.1", "Mar 2026", "2026-03-31", "green"),
        ("1.2", "30/06/2026", "2026-06-30", "amber"),
        ("2.1", "End of Q3 2026/27", "2026-12-31", "red"),
    ]
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.reading is not None
    start, due = table.reading.columns[3:5]
    assert (start.role, due.role) == ("start", "due")
    assert (start.label, due.label) == ("Start", "End")
    assert any("after those of 'Start'" in e for e in due.evidence)


def test_start_and_due_from_the_dates_alone() -> None:
    """No word for either date column: the column whose dates are later in each row is due,
    whichever side it stands on."""
    dates = [["Mar 2026", "Sep 2025"], ["30/06/2026", "01/04/2026"], ["Dec 2026", "Jun 2026"]]
    reading = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", None, None],
        ["Ref", "Activity", "Champion", "", ""],
        [[a[0] for a in ACTIONS], [a[1] for a in ACTIONS], [a[2] for a in ACTIONS],
         [d[0] for d in dates], [d[1] for d in dates]],
    )  # fmt: skip
    assert reading.roles == ["ref", "action", "owner", "due", "start"]
    # a group header and its sub-header read as one cell ('Timescale Start') name no one role
    joined = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "due", None],
        ["Ref", "Activity", "Champion", "Timescale Start", "End"],
        [[a[0] for a in ACTIONS], [a[1] for a in ACTIONS], [a[2] for a in ACTIONS],
         [d[1] for d in dates], [d[0] for d in dates]],
    )  # fmt: skip
    assert joined.roles == ["ref", "action", "owner", "start", "due"]


def test_cells_naming_boards_are_governance_and_recurring_numbers_the_recommendation() -> None:
    """'Answers' and 'Assurance route' are words no vocabulary holds: a column of small numbers
    that recur is the recommendation each action answers, one naming boards the governance."""
    data = [["Ref", "Action", "Answers", "Lead officer", "Deadline", "Assurance route"]]
    boards = ["Corporate Parenting Board", "Practice Quality Group", "Safeguarding Partnership"]
    data += [[a[0], a[1], r, a[2], a[3], b] for a, r, b in zip(ACTIONS, "221", boards, strict=True)]
    recs = [
        "Recommendation 1: Improve the timeliness of strategy discussions with partners.",
        "Recommendation 2: Strengthen the quality of supervision and management oversight.",
    ]
    pdf = _pdf(data, [40, 280, 60, 160, 90, 140], [], before=recs)
    plan = extract_plan(parse_pdf_bytes(pdf, "plan.pdf"))
    assert [a.governance for a in plan.actions] == boards
    number = {r.id: r.number for r in plan.recommendations}
    assert [[number[r] for r in a.recommendations] for a in plan.actions] == [["2"], ["2"], ["1"]]


def test_cell_types_for_bodies_and_named_posts() -> None:
    assert cell_type("Corporate Parenting Board") is CellType.body
    assert cell_type("Safeguarding Partnership Executive") is CellType.body
    assert cell_type("Chair of the Improvement Board") is not CellType.body
    assert cell_type("Sian Pritchard (Service Manager, Care Leavers)") is CellType.person
    assert cell_type("Children's Leadership Team") is CellType.person
    assert cell_type("Head of Early Help") is CellType.person  # a post of a service
    assert cell_type("HE-01") is CellType.code


def test_a_second_fill_column_is_reported_not_guessed() -> None:
    """A RAG column is already named by its header and its words: a blank column of coloured
    cells beside it cannot be placed, and the plan says so rather than dropping it silently."""
    data = [["Ref", "Action", "Lead officer", "Deadline", "RAG", ""]]
    data += [[*a, w, ""] for a, w in zip(ACTIONS, ["Green", "Red", "Amber"], strict=True)]
    style = [("BACKGROUND", (5, r), (5, r), c) for r, c in ((1, RED), (2, GREEN), (3, GREEN))]
    plan = extract_plan(parse_pdf_bytes(_pdf(data, [40, 300, 170, 110, 50, 40], style), "plan.pdf"))
    assert [a.rag for a in plan.actions] == ["green", "red", "amber"]  # the words win
    assert [w.code for w in plan.warnings] == ["plan_column_unplaced"]


def test_a_date_a_narrow_cell_broke_inside_its_digits() -> None:
    """'31/08/202 6': a Word cell too narrow for the date broke it with no hyphen. The date is
    read whole (and typed as a date, so its column stays the due column); text that reads as a
    date as printed is left alone."""
    from plantrace.extractors.cell_types import mended_date

    assert mended_date("31/08/202 6") == "31/08/2026"
    assert cell_type("01/09/202 5") is CellType.date
    assert mended_date("Q2 2025/26") == "Q2 2025/26"
    assert mended_date("1 May 2025") == "1 May 2025"
    assert cell_type("12 3") is CellType.number  # digits that are no date stay as they are


def test_a_milestone_header_over_fills_only_is_the_rag() -> None:
    """'Milestone met?' names milestones, but its cells hold no word, only red/amber/green
    fills: the header gives way and the fills are the RAG."""
    data = [["Ref", "Action", "Lead officer", "Finish", "Milestone met?"]]
    data += [[*a, ""] for a in ACTIONS]
    style = [
        ("BACKGROUND", (4, 1), (4, 1), RED),
        ("BACKGROUND", (4, 2), (4, 2), GREEN),
        ("BACKGROUND", (4, 3), (4, 3), AMBER),
    ]
    doc = parse_pdf_bytes(_pdf(data, [40, 300, 170, 110, 80], style), "plan.pdf")
    assert [a.rag for a in extract_plan(doc).actions] == ["red", "green", "amber"]
    [table] = [e.table for e in read_layout(doc) if e.table is not None]
    assert table.reading is not None
    col = table.reading.columns[4]
    assert col.role == "rag" and "names milestones, but its cells hold no word" in col.evidence[-2]
