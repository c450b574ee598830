"""Status words read against the plan's own scale of status words (extractors/status_scale.py).

A tracker printed as a table (ReportLab: Ref | Action | Lead officer | Due | Status) whose
status words name a trouble step that rates the work ('At risk', 'Off track', 'Delayed') but
no green one: 'In progress' is the scale's on-track step, green, and the plan is warned that the
colour was inferred (status_scale_inferred). Where the scale has a green word of its own ('On
track', in a cell or in the printed key), names no trouble at all ('Not started', 'In
progress', 'Complete'), or names only facts of where work is ('Overdue': a date passed;
'Partially implemented': done in part), 'In progress' says only that the work has begun and
stays unrated. The scale is read per table (a table of states beside a table of RAG words is no
scale). 'Not implemented' is a state, red only on the audit follow-up scale the plan prints
('Implemented', 'Partially implemented', 'Not yet due'). Edit stamps are recognised by their
shape, not by one tool's wording.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.edit_stamps import is_edit_stamp
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

TEXTS = [
    "Agree a joint protocol with the police on strategy discussions",
    "Audit thirty care plans and share the learning with managers",
    "Recruit twelve foster carers through a regional campaign",
    "Publish a sufficiency strategy agreed with health partners",
]


def _plan(statuses: list[str], key: str | None = None) -> bytes:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = [["Ref", "Action", "Lead officer", "Due", "Status"]]
    for n, (text, status) in enumerate(zip(TEXTS, statuses, strict=True), 1):
        rows.append([f"1.{n}", Paragraph(text, cell), "Head of Service", "31/03/2027", status])
    table = Table(rows, colWidths=[30, 190, 85, 60, 115], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("Eastmoor Council: Improvement Plan", styles["Title"]),
        Paragraph("Recommendation 1: Improve the help given to children in care", styles["h2"]),
        Spacer(1, 6),
        table,
        *([Spacer(1, 8), Paragraph(key, cell)] if key else []),
    ])  # fmt: skip
    return buf.getvalue()


def _read(statuses: list[str], key: str | None = None) -> tuple[list[str | None], list[str]]:
    """The actions' colours and the messages of the status_scale_inferred warnings."""
    plan = extract_plan(parse_pdf_bytes(_plan(statuses, key), "plan.pdf"))
    assert [a.text for a in plan.actions] == TEXTS
    said = [w.message for w in plan.warnings if w.code == "status_scale_inferred"]
    return [a.rag for a in plan.actions], said


def _rags(statuses: list[str], key: str | None = None) -> list[str | None]:
    rags, said = _read(statuses, key)
    assert said == [] or "green" in rags
    return rags


def test_in_progress_is_the_on_track_step_of_a_scale_with_no_green_word() -> None:
    got, said = _read(["In progress", "At risk", "Off track", "Complete"])
    assert got == ["green", "amber", "red", "blue"]
    assert len(said) == 1 and said[0].startswith(
        "1 action(s) whose status reads only 'In progress'"
    )
    assert "'At risk', 'Off track'" in said[0]


def test_every_in_progress_on_a_rating_scale_is_green_and_said() -> None:
    got, said = _read(["In progress", "In progress", "In progress", "Delayed"])
    assert got == ["green", "green", "green", "amber"]
    assert len(said) == 1 and said[0].startswith("3 action(s)")


def test_overdue_is_a_date_not_a_rating_step() -> None:
    # 'Not started / In progress / Overdue / Complete': where work is, 'Overdue' a date passed
    assert _read(["In progress", "Overdue", "Not started", "Complete"]) == (
        [None, "red", None, "blue"],
        [],
    )
    assert _read(["Ongoing", "Not started", "Overdue", "Ongoing"]) == (
        [None, None, "red", None],
        [],
    )


def test_a_green_word_in_the_printed_key_leaves_in_progress_unrated() -> None:
    # the plan's on-track step is unused this quarter but printed in its key
    key = "Status key: On track = green; At risk = amber; Off track = red; Complete = blue"
    got, said = _read(["In progress", "At risk", "Off track", "Complete"], key)
    assert got == [None, "amber", "red", "blue"]
    assert said == []


def test_audit_follow_up_scale() -> None:
    # 'Not implemented' is the scale's failed step where the plan prints its other steps;
    # 'Partially implemented' is done in part, no rating: 'In progress' stays unrated
    got, said = _read(["In progress", "Not implemented", "Partially implemented", "Implemented"])
    assert got == [None, "red", "amber", "blue"]
    assert said == []
    got, said = _read(["Not yet due", "Not implemented", "Implemented", "In progress"])
    assert got == [None, "red", "blue", None]


def test_not_implemented_is_a_state_without_its_scale() -> None:
    # a recommendation tracker of two words: open items are not shown late
    assert _read(["Implemented", "Not implemented", "Not implemented", "Implemented"]) == (
        ["blue", None, None, "blue"],
        [],
    )
    # 'not yet due' in the same cell wins over the scale
    got, _ = _read(
        [
            "Not implemented\n(not yet due)",
            "Partially implemented",
            "Implemented",
            "Not implemented",
        ]
    )
    assert got == [None, "amber", "blue", "red"]


def test_a_scale_with_its_own_green_word_leaves_in_progress_unrated() -> None:
    got = _rags(["In progress", "On track", "At risk", "Complete"])
    assert got == [None, "green", "amber", "blue"]


def test_a_list_of_where_work_is_rates_nothing() -> None:
    got = _rags(["In progress", "Not started", "In progress", "Complete"])
    assert got == [None, None, None, "blue"]


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Last edited by Sam Okafor on Apr 18, 2026", True),
        ("Updated by J. Patel, 3 May 2026", True),
        ("Created by Web Team · 2 Feb 2026", True),
        ("Last modified by Priya Shah at 14/03/2026 09:12", True),
        ("Led by Head of Service by March 2027", False),  # a lead and a due date: fields
        ("Reviewed by the board on 3 May 2026", False),  # a governance step, no edit
        ("Updated by the team", False),  # no date: a sentence
    ],
)
def test_edit_stamps_by_their_shape(text: str, stamp: bool) -> None:
    assert is_edit_stamp(text) is stamp


def _two_tables() -> bytes:
    """A table of states under Recommendation 1, a table of RAG words with no green cell this
    period under Recommendation 2: two tables, two scales."""
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]

    def table(ref: int, texts: list[str], head: str, statuses: list[str]) -> Table:
        rows: list[list[object]] = [["Ref", "Action", "Lead officer", "Due", head]]
        for n, (text, status) in enumerate(zip(texts, statuses, strict=True), 1):
            rows.append(
                [f"{ref}.{n}", Paragraph(text, cell), "Head of Service", "31/03/2027", status]
            )
        t = Table(rows, colWidths=[30, 190, 85, 60, 115])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        return t

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("Eastmoor Council: Improvement Plan", styles["Title"]),
        Paragraph("Recommendation 1: Improve the help given to children in care", styles["h2"]),
        table(1, TEXTS[:2], "Status", ["In progress", "Not started"]),
        Spacer(1, 12),
        Paragraph("Recommendation 2: Strengthen the workforce", styles["h2"]),
        table(2, TEXTS[2:], "RAG", ["Amber", "Red"]),
    ])  # fmt: skip
    return buf.getvalue()


def test_the_scale_is_read_per_table() -> None:
    plan = extract_plan(parse_pdf_bytes(_two_tables(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", None),
        ("1.2", None),
        ("2.1", "amber"),
        ("2.2", "red"),
    ]
    assert not [w for w in plan.warnings if w.code == "status_scale_inferred"]
