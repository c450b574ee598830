"""Column roles from the shape of a progress report: a monthly KPI series between a baseline and
a year-end target, and a past rating printed beside the status now (ReportLab plans)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import mended_figure, timescale_like
from plantrace.extractors.column_roles import ACTION_TABLE, KPI_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


def _pdf(data: Sequence[Sequence[str]], widths: list[float]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[Paragraph(x, STYLE) if x else "" for x in row] for row in data]
    t = Table(cells, colWidths=widths)
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9")]
        )
    )
    title = "Children's Services Improvement Plan: progress report, September 2025"
    doc.build([Paragraph(title, STYLE), t])
    return buf.getvalue()


MONTHS = ["Apr 25", "May 25", "Jun 25", "Jul 25", "Aug 25", "Sep 25", "Oct 25"]
KPI_ROWS = [
    ["Re-referrals within 12 months", "25%", "24%", "23.5%", "22%", "21%", "", "", "", "18%"],
    ["Care leavers in education, employment or training", "48%", "49%", "51%", "50%", "",
     "", "", "", "60%"],
    ["Average days from entering care to adoption", "520 days", "510 days", "498 days",
     "476 days", "470 days", "", "", "", "426 days"],
]  # fmt: skip


def test_monthly_series_latest_is_the_last_month_reported() -> None:
    """'Baseline position' and 'Target position' read as progress by the word 'position': over
    figures they give way to the cells and are placed by where they stand. Between them the run
    of months is a series: the latest is each row's right-most month with a figure, not the
    last month printed (blank, not yet reported)."""
    header = ["Key measure", "Baseline position", *MONTHS, "Target position"]
    plan = extract_plan(
        parse_pdf_bytes(_pdf([header, *KPI_ROWS], [190, 70, *[52] * 7, 70]), "progress")
    )
    got = [
        (k.baseline.raw if k.baseline else None, k.latest.raw if k.latest else None,
         k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [
        ("25%", "21%", "18%"),
        ("48%", "50%", "60%"),  # this row's July is blank: its latest is June's
        ("520 days", "470 days", "426 days"),
    ]
    assert plan.kpis[0].target_label == "Target position"


def test_monthly_series_roles_and_evidence() -> None:
    columns = [[r[i] for r in KPI_ROWS if r[i]] for i in range(len(KPI_ROWS[0]))]
    labels = ["Key measure", "Where we started", *MONTHS, "Year-end target"]
    settled: list[str | None] = ["indicator", None, *["baseline"] * 6, "latest", "target"]
    reading = read_roles(KPI_TABLE, settled, labels, columns)
    assert reading.roles == ["indicator", "baseline", *["baseline"] * 3, "latest",
                             *["baseline"] * 3, "target"]  # fmt: skip
    assert reading.columns[5].evidence[-1] == (
        "the right-most period with figures of 7 period columns ('Apr 25' .. 'Oct 25'): the latest"
    )
    # months printed 'Apr-25' name nothing the header vocabulary knows: their shape says periods
    hyphened = [m.replace(" ", "-") for m in MONTHS]
    unnamed: list[str | None] = ["indicator", None, *[None] * 7, "target"]
    by_shape = read_roles(KPI_TABLE, unnamed, [*labels[:2], *hyphened, labels[-1]], columns)
    assert by_shape.roles == reading.roles
    # a table whose every period is filled keeps its last period as the latest
    full = [[*r[:2], *["30%"] * 7, r[-1]] for r in KPI_ROWS]
    filled = [[r[i] for r in full] for i in range(len(full[0]))]
    assert read_roles(KPI_TABLE, settled, labels, filled).roles[8] == "latest"


def test_a_figure_a_narrow_cell_wrapped_is_put_back() -> None:
    assert mended_figure(["45.1", "%"]) == "45.1%"
    assert mended_figure(["61.8 per 10,0", "00"]) == "61.8 per 10,000"
    assert mended_figure(["412", "days"]) == "412 days"


ACTIONS = [
    ["A1.1", "Hold a permanence planning meeting for every child by their second review",
     "AD Children's Social Care", "Sep 2026", "Red", "Amber", "↑"],
    ["A1.2", "Strengthen support to special guardians with a dedicated support worker",
     "Team Manager, Care Leavers", "Mar 2027", "Amber", "Green", "↑"],
    ["A1.3", "Recruit twenty additional foster carers through a targeted local campaign",
     "HoS Fostering", "Dec 2026", "Green", "Complete", "→"],
    ["A1.4", "Track the timeliness of care proceedings weekly through the legal gateway panel",
     "Principal SW", "Jun 2026", "Green", "Red", "↓"],
]  # fmt: skip


def _status_plan(header: list[str]) -> list[tuple[str | None, str | None]]:
    plan = extract_plan(
        parse_pdf_bytes(_pdf([header, *ACTIONS], [45, 260, 140, 70, 80, 80, 60]), "progress")
    )
    return [(a.ref, a.rag) for a in plan.actions]


NOW = [("A1.1", "amber"), ("A1.2", "green"), ("A1.3", "blue"), ("A1.4", "red")]


def test_of_two_status_columns_the_current_one_is_the_rag() -> None:
    """'Previous RAG' | 'Current RAG' (both name a status): the one that says history is the
    past rating; the action's RAG is the current one. The arrows are no status."""
    head = ["Action no.", "Improvement action", "Lead officer", "Due by"]
    assert _status_plan([*head, "Previous RAG", "Current RAG", "Direction"]) == NOW
    # a past rating under a status word beside a column of status words under no known word
    assert _status_plan([*head, "Status last period", "Delivery confidence", "Movement"]) == NOW


def test_status_columns_read_by_their_cells_and_header_words() -> None:
    cols = [[a[i] for a in ACTIONS] for i in range(7)]
    labels = ["Ref", "Action", "Lead", "Due", "Last month", "This month", "Travel"]
    roles = ["ref", "action", "owner", "due", None, "rag", "trend"]
    reading = read_roles(ACTION_TABLE, roles, labels, cols)
    assert reading.roles == ["ref", "action", "owner", "due", "other", "rag", "trend"]
    assert reading.columns[4].evidence[-1] == (
        "status words under 'Last month', beside 'This month': the past rating"
    )


TRACKER = [
    ["A1.1", "1. Improve the timeliness and consistency of decisions at the front door",
     "Complete all contacts within twenty-four hours and record the decision",
     "Principal SW", "31 Mar 2026"],
    ["A1.2", "1. Improve the timeliness and consistency of decisions at the front door",
     "Audit repeat referrals each quarter to learn why help did not last",
     "AC (Virtual School Headteacher)", "Dec 2025"],
    ["A2.1", "2. Ensure that initial and review health assessments for children in care are "
     "completed on time", "Train foster carers in understanding trauma and attachment",
     "HoS Children in Care", "Sep 2026"],
    ["A2.2", "2. Ensure that initial and review health assessments for children in care are "
     "completed on time", "Report health assessment timeliness monthly to the corporate "
     "parenting board", "Designated Nurse", "Mar 2027"],
]  # fmt: skip


def test_a_tracker_repeating_the_recommendation_beside_each_action() -> None:
    """Two columns of sentences under words no vocabulary holds: the left one's texts recur
    down the column, each opening with the recommendation's number, so it quotes the
    recommendation and the prose right of it is the action."""
    cols = [[r[i] for r in TRACKER] for i in range(5)]
    reading = read_roles(
        ACTION_TABLE,
        ["ref", None, None, "owner", "due"],
        ["Item no.", "Inspection said", "Planned change", "Lead officer", "Date due"],
        cols,
    )
    assert reading.roles == ["ref", "recommendation_text", "action", "owner", "due"]
    # prose that does not recur is no quoted recommendation: the first sentences are the action
    once = [cols[0], [f"{i}. {t}" for i, t in enumerate(cols[2], 1)], cols[2], cols[3], cols[4]]
    plain = read_roles(ACTION_TABLE, ["ref", None, None, "owner", "due"], ["", "", "", "", ""],
                       once)  # fmt: skip
    assert plain.roles[1] == "action"


def test_a_due_header_over_timescales_no_normaliser_reads_yet() -> None:
    """'by end of FY 26/27' is five words (prose by length) in a form the date normaliser may
    not read: a due header over such cells keeps its role; over sentences it gives way."""
    assert timescale_like("by end of FY 26/27") and timescale_like("H2 2026/27")
    assert not timescale_like("56%") and not timescale_like("Audit 30 cases in 2026")
    due = ["by end of FY 26/27", "by end of FY 25/26", "Sep 2026", "by end of FY 27/28"]
    cols = [[a[0] for a in ACTIONS], [a[1] for a in ACTIONS], [a[2] for a in ACTIONS], due]
    labels = ["Ref", "Action", "Lead", "Target completion"]
    reading = read_roles(ACTION_TABLE, ["ref", "action", "owner", "due"], labels, cols)
    assert reading.roles == ["ref", "action", "owner", "due"]
    notes = [f"Workshop held with {n} staff; next session booked for the autumn" for n in "ABCD"]
    other = read_roles(ACTION_TABLE, ["ref", "action", "owner", "due"], labels, [*cols[:3], notes])
    assert other.roles[3] != "due"


def test_of_two_due_date_columns_the_revised_one_is_due() -> None:
    """'Original deadline' | 'Revised deadline': both name the due date; the one that says
    history is when the action was due, the other when it is due now."""
    original = ["Mar 2026", "Dec 2025", "Sep 2026", "Jan 2026"]
    revised = ["Jun 2026", "Mar 2026", "Sep 2026", "Apr 2026"]
    rows = [[*a[:3], o, r] for a, o, r in zip(ACTIONS, original, revised, strict=True)]
    plan = extract_plan(
        parse_pdf_bytes(
            _pdf([["Ref", "Action", "Lead officer", "Original deadline", "Revised deadline"],
                  *rows], [45, 300, 150, 90, 90]),
            "plan",
        )
    )  # fmt: skip
    assert [a.due_date.isoformat() if a.due_date else None for a in plan.actions] == [
        "2026-06-30", "2026-03-31", "2026-09-30", "2026-04-30"
    ]  # fmt: skip
    cols = [[r[i] for r in rows] for i in range(5)]
    reading = read_roles(
        ACTION_TABLE, ["ref", "action", "owner", "due", "due"],
        ["Ref", "Action", "Lead", "Deadline", "Revised deadline"], cols,
    )  # fmt: skip
    assert reading.roles == ["ref", "action", "owner", "other", "due"]


def test_status_columns_headed_by_periods_the_last_rated_is_now() -> None:
    """'RAG Q1' | 'RAG Q2' | 'RAG Q3' with the third quarter not rated yet: the right-most
    column holding ratings is the status now; the blank quarter is no status column."""
    cols = [[a[i] for a in ACTIONS] for i in range(6)] + [[]]
    labels = ["Ref", "Action", "Lead", "Due", "RAG Q1", "RAG Q2", "RAG Q3"]
    roles = ["ref", "action", "owner", "due", "rag", "rag", "rag"]
    reading = read_roles(ACTION_TABLE, roles, labels, cols)
    assert reading.roles == ["ref", "action", "owner", "due", "other", "rag", "other"]
    # without periods or words of time in the headers nothing says which is now
    plain = read_roles(ACTION_TABLE, roles[:6], ["Ref", "Action", "Lead", "Due", "RAG", "Status"],
                       cols[:6])  # fmt: skip
    assert plain.roles == ["ref", "action", "owner", "due", "rag", "rag"]
