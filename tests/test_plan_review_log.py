"""An action log whose actions each take several rows, one per dated review (fixer C, round 8):
the first row names the action, its lead and its deadline; each row under it fills only the
review's columns (date, status, comment). The action's status and progress are the latest
review's by date, whatever order the reviews are printed in, and its due date is the deadline,
never a review's date. Plans typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]

# ref, action, lead, deadline, reviews (date, status, comment) in print order
LOG = [
    ("P1", "Recruit three advanced practitioners for the assessment service",
     "Head of Assessment", "30 September 2025",
     [("3 March 2025", "Amber", "Adverts out; shortlisting in April"),
      ("9 June 2025", "Green", "Two practitioners appointed"),
      ("14 April 2025", "Red", "No suitable applicants in the first round")]),
    ("P2", "Publish a practice standard for chronologies in case files",
     "Principal Social Worker", "31 December 2025",
     [("20 August 2025", "Complete", "Standard published and briefed to teams"),
      ("2 May 2025", "Amber", "Draft with the practice board"),
      ("11 February 2025", "Not started", "Waiting for the audit findings")]),
    ("P3", "Run a quarterly audit of supervision records",
     "Quality Assurance Manager", "31 March 2026",
     [("5 May 2025", "Green", "First audit done")]),
]  # fmt: skip


def _log_pdf(
    rows: Sequence[tuple[str, str, str, str, list[tuple[str, str, str]]]],
    flat: bool = False,
    numbered: bool = False,
) -> bytes:
    """flat: every review row prints its action again whole (a log exported from a database),
    the review's date first, under a bare 'Date' header. numbered: each later review row has a
    key of its own under the action's ('P1.1', 'P1.2')."""
    head = ["Ref", "Action", "Lead officer", "Deadline", "Date of update", "RAG", "Comments"]
    if flat:
        head = ["Date", "Ref", "Action", "Lead officer", "Deadline", "RAG", "Comments"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", STYLE) for h in head]]
    for ref, action, lead, deadline, reviews in rows:
        for k, (when, status, comment) in enumerate(reviews):
            first = [ref, Paragraph(action, STYLE), Paragraph(lead, STYLE), deadline]
            said = [status, Paragraph(comment, STYLE)]
            if flat:
                cells.append([when, *first, *said])
            else:
                blank = [f"{ref}.{k}" if numbered else "", "", "", ""]
                cells.append([*(first if k == 0 else blank), when, *said])
    widths = [40, 220, 120, 90, 90, 60, 180] if not flat else [95, 40, 205, 120, 90, 60, 180]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    doc.build([Paragraph("Improvement action log: reviews by date", STYLE), table])
    return buf.getvalue()


def _plan(flat: bool = False, numbered: bool = False) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_log_pdf(LOG, flat, numbered), "log.pdf"))


def test_each_action_once_not_one_per_review() -> None:
    plan = _plan()
    assert [a.ref for a in plan.actions] == ["P1", "P2", "P3"]
    assert plan.actions[0].owner == "Head of Assessment"


def test_status_and_progress_are_the_latest_reviews_by_date() -> None:
    by_ref = {a.ref: a for a in _plan().actions}
    # P1's reviews are out of order: June is the latest, printed second
    assert by_ref["P1"].rag == "green"
    assert by_ref["P1"].progress == "Two practitioners appointed"
    # P2's are newest first
    assert by_ref["P2"].rag == "blue"
    assert by_ref["P2"].progress == "Standard published and briefed to teams"
    # one review only: its own
    assert by_ref["P3"].rag == "green"
    assert by_ref["P3"].progress == "First audit done"


def test_due_is_the_deadline_not_a_review_date() -> None:
    by_ref = {a.ref: a for a in _plan().actions}
    assert by_ref["P1"].due_date == date(2025, 9, 30)
    assert by_ref["P2"].due_date == date(2025, 12, 31)
    assert by_ref["P3"].due_date == date(2026, 3, 31)


# ref, action, lead, by when, status, update lines under the action (spanning the table)
NOTED = [
    ("4.1", "Introduce a weekly case file audit in the disabled children's team",
     "Team Manager, Disabled Children", "March 2026", "Amber",
     ["Position at 30 June 2025 – first four audits done, findings shared",
      "Position at 31 March 2025 – audit tool agreed with the practice board"]),
    ("4.2", "Train every team manager in reflective supervision", "Learning Lead",
     "December 2025", "Green", []),
    ("4.3", "Set up a panel to track children on part-time timetables", "Virtual School Head",
     "January 2026", "Red", ["Position at 30 June 2025 – panel chair not yet appointed"]),
    ("4.4", "Review the local offer for care leavers with young people", "Care Leavers Lead",
     "June 2026", "Amber", ["Commentary: consultation events booked for the autumn"]),
]  # fmt: skip


def _noted_pdf() -> bytes:
    head = ["No.", "What we will do", "Lead", "By when", "RAG"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", STYLE) for h in head]]
    spans: list[tuple[object, ...]] = []
    for ref, action, lead, when, rag, notes in NOTED:
        cells.append([ref, Paragraph(action, STYLE), Paragraph(lead, STYLE), when, rag])
        for note in notes:
            spans.append(("SPAN", (0, len(cells)), (-1, len(cells))))
            cells.append([Paragraph(f"<i>{note}</i>", STYLE), "", "", "", ""])
    table = Table(cells, colWidths=[40, 300, 160, 100, 60], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000"), *spans]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    doc.build([Paragraph("Quarterly progress against the plan", STYLE), table])
    return buf.getvalue()


def test_dated_update_lines_under_an_action_are_its_progress() -> None:
    plan = extract_plan(parse_pdf_bytes(_noted_pdf(), "noted.pdf"))
    by_ref = {a.ref: a for a in plan.actions}
    assert list(by_ref) == ["4.1", "4.2", "4.3", "4.4"]
    # the later of two update lines printed newest first; the stamp is no part of the note
    assert by_ref["4.1"].progress == "first four audits done, findings shared"
    assert (
        by_ref["4.1"].text == "Introduce a weekly case file audit in the disabled children's team"
    )
    assert by_ref["4.2"].progress is None
    assert by_ref["4.3"].progress == "panel chair not yet appointed"
    # undated, under a label a progress column would carry
    assert by_ref["4.4"].progress == "consultation events booked for the autumn"
    # an update line rates nothing: the action's own status stands
    assert [by_ref[r].rag for r in ("4.1", "4.2", "4.3")] == ["amber", "green", "red"]


def test_a_log_printing_its_action_on_every_review_row_gives_each_action_once() -> None:
    plan = _plan(flat=True)
    assert [a.ref for a in plan.actions] == ["P1", "P2", "P3"]
    by_ref = {a.ref: a for a in plan.actions}
    assert [by_ref[r].rag for r in ("P1", "P2", "P3")] == ["green", "blue", "green"]
    assert by_ref["P2"].progress == "Standard published and briefed to teams"
    assert by_ref["P1"].due_date == date(2025, 9, 30)


# ref, action, owner, due, then (status, dated note) per row: the first on the action's row
STAMPED = [
    ("A", "Audit return home interviews each month", "Missing Children Coordinator",
     "Nov 2025", [("Amber", "04/02/2025 - audit tool drafted"),
                  ("", "19/05/2025 - first two audits complete")]),
    ("B", "Agree an escalation route with the police", "Head of Safeguarding", "Jul 2025",
     [("Green", "02/06/2025 - protocol signed by both agencies"),
      ("Amber", "10/03/2025 - draft with the police")]),
    ("C", "Publish the missing children protocol", "Head of Safeguarding", "Aug 2025",
     [("Green", "14/04/2025 - published on the partnership website")]),
]  # fmt: skip


def _stamped_pdf() -> bytes:
    head = ["Ref", "Action", "Owner", "Due", "Status", "Progress"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", STYLE) for h in head]]
    for ref, action, owner, due, notes in STAMPED:
        for k, (status, note) in enumerate(notes):
            first = [ref, Paragraph(action, STYLE), Paragraph(owner, STYLE), due]
            cells.append([*(first if k == 0 else ["", "", "", ""]), status, Paragraph(note, STYLE)])
    table = Table(cells, colWidths=[35, 230, 150, 70, 60, 220], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Missing children: action tracker", STYLE), table]
    )
    return buf.getvalue()


def test_notes_dated_in_their_own_text_on_rows_under_an_action() -> None:
    by_ref = {a.ref: a for a in extract_plan(parse_pdf_bytes(_stamped_pdf(), "s.pdf")).actions}
    assert list(by_ref) == ["A", "B", "C"]
    # the later note wins; a row with no status of its own leaves the action's
    assert (by_ref["A"].progress, by_ref["A"].rag) == ("first two audits complete", "amber")
    # newest first: the first row is the latest
    assert (by_ref["B"].progress, by_ref["B"].rag) == ("protocol signed by both agencies", "green")
    # a note's date stamp is no part of it, one note or several
    assert by_ref["C"].progress == "published on the partnership website"
    assert by_ref["A"].due_date == date(2025, 11, 30)


def test_review_rows_numbered_under_their_action_are_reviews() -> None:
    plan = _plan(numbered=True)
    assert [a.ref for a in plan.actions] == ["P1", "P2", "P3"]
    by_ref = {a.ref: a for a in plan.actions}
    assert (by_ref["P1"].rag, by_ref["P1"].progress) == ("green", "Two practitioners appointed")
    assert by_ref["P2"].due_date == date(2025, 12, 31)


def test_a_log_where_most_actions_were_reviewed_once() -> None:
    tasks = [
        "Refresh the threshold document with partners",
        "Run a survey of children's experience of child protection conferences",
        "Hold a practice week on chronologies for every team",
        "Recruit a second designated officer for allegations",
        "Set up a weekly panel for children placed out of area",
        "Publish a practice standard for visits to children in care",
        "Audit the quality of pathway plans each quarter",
        "Train independent reviewing officers in escalation",
    ]
    rows = [
        (
            f"L{n + 1}",
            task,
            "Head of Service",
            "31 March 2026",
            [("2 June 2025", "Green", "On track")],
        )
        for n, task in enumerate(tasks)
    ]
    rows[2][4].append(("8 September 2025", "Red", "Practice week postponed"))
    rows[5][4].insert(0, ("1 October 2025", "Complete", "Standard published"))
    plan = extract_plan(parse_pdf_bytes(_log_pdf(rows), "once.pdf"))
    assert [a.ref for a in plan.actions] == [f"L{n}" for n in range(1, 9)]
    by_ref = {a.ref: a for a in plan.actions}
    assert (by_ref["L3"].rag, by_ref["L3"].progress) == ("red", "Practice week postponed")
    assert (by_ref["L6"].rag, by_ref["L6"].progress) == ("blue", "Standard published")
    assert (by_ref["L1"].rag, by_ref["L1"].progress) == ("green", "On track")


def test_due_is_the_later_of_a_start_and_an_end_when_a_bare_date_column_holds_reviews() -> None:
    head = ["Ref", "Action", "Lead", "Begins", "Ends", "Date", "RAG", "Note"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", STYLE) for h in head]]
    for ref, action, lead, deadline, reviews in LOG:
        for k, (when, status, comment) in enumerate(reviews):
            first = [
                ref,
                Paragraph(action, STYLE),
                Paragraph(lead, STYLE),
                "1 April 2025",
                deadline,
            ]
            said = [when, status, Paragraph(comment, STYLE)]
            cells.append([*(first if k == 0 else ["", "", "", "", ""]), *said])
    table = Table(cells, colWidths=[30, 190, 100, 95, 95, 95, 55, 140])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Action log", STYLE), table]
    )
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "ends.pdf"))
    assert [a.due_date for a in plan.actions] == [
        date(2025, 9, 30),
        date(2025, 12, 31),
        date(2026, 3, 31),
    ]
    assert [a.rag for a in plan.actions] == ["green", "blue", "green"]
