"""Statuses given as lines keyed by an action's ref, away from the plan's table: the print of an
e-mail thread whose oldest message holds the plan and whose replies say, one line per action,
'2.1 - On track. <update>'. The replies rate the actions their refs name; an action nobody
replied for stays unrated; each message's From / Sent / To / Subject header is no action; and a
thread that asks for statuses on a scale but holds no reply says its statuses went unread.
Typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.ref_status_lines import _scale, status_only_updates_warnings
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]
PLAN = [
    ("Recommendation 1: Improve the quality of assessments for children in need",),
    ("1.1", "Introduce a practice standard for every assessment", "Leon Fairweather", "8/11/25"),
    ("1.2", "Redesign the child in need plan template in plain language", "Ruth Kowalczyk",
     "27/1/26"),
    ("Recommendation 2: Make sure children's wishes and feelings are recorded",),
    ("2.1", "Invite young inspectors to review services twice a year", "Ruth Kowalczyk",
     "1/1/26"),
    ("2.2", "Train all social workers in direct work with children", "Martin Hale", "3/3/26"),
]  # fmt: skip
REPLIES = {
    "Martin Hale": ["2.2 - Off track. Delayed because of staff turnover; revised plan agreed"],
    "Ruth Kowalczyk": [
        "1.2 - Slightly behind.",
        "2.1 - On track. Pilot running in two teams; evaluation due",
    ],
}
REQUEST = (
    "Ahead of the Improvement Board please reply to me with a status (On track / Slightly"
    " behind / Off track / Done / Not started yet) and a one-line update for each of your"
    " actions by 17 October 2025. The current plan is below for reference."
)


def _header(sender: str, to: str, subject: str) -> Table:
    rows = [
        ["From:", f"{sender} <{sender.lower().replace(' ', '.')}@lindale.gov.uk>"],
        ["Sent:", "Monday, 13 October 2025 11:28"],
        ["To:", to],
        ["Subject:", subject],
    ]
    t = Table([[Paragraph(f"<b>{a}</b>", BODY), Paragraph(b, BODY)] for a, b in rows],
              colWidths=[70, 400], hAlign="LEFT")  # fmt: skip
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _thread(replies: dict[str, list[str]]) -> PlanExtraction:
    story: list[object] = [Paragraph("<b>Esme Harrowby</b>", STYLES["Heading2"])]
    for sender, lines in replies.items():
        story += [
            _header(sender, "Nadia Szabo", "RE: Improvement plan - updates for the board"),
            Paragraph("Hi Nadia,", BODY),
            Paragraph("Updates on mine below:", BODY),
            *[Paragraph(line, BODY) for line in lines],
            Paragraph("Thanks,", BODY),
            Paragraph(sender.split()[0], BODY),
            Spacer(1, 14),
        ]
    story += [
        _header("Nadia Szabo", "Leon Fairweather; Ruth Kowalczyk; Martin Hale",
                "Improvement plan - updates for the board"),
        Paragraph("Dear all,", BODY),
        Paragraph(REQUEST, BODY),
    ]  # fmt: skip
    cells: list[list[object]] = [
        [Paragraph(f"<b>{h}</b>", BODY) for h in ("No.", "Action agreed", "Owner", "Deadline")]
    ]
    spans = []
    for i, row in enumerate(PLAN, start=1):
        if len(row) == 1:
            cells.append([Paragraph(f"<b>{row[0]}</b>", BODY), "", "", ""])
            spans.append(("SPAN", (0, i), (-1, i)))
        else:
            cells.append([Paragraph(c, BODY) for c in row])
    table = Table(cells, colWidths=[40, 260, 110, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#7F7F7F"), *spans]))
    story += [table, Paragraph("Many thanks, Nadia", BODY)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "thread.pdf"))


def _unread(plan: PlanExtraction) -> list[str]:
    return [w.message for w in plan.warnings if w.code == "plan_status_unread"]


def test_reply_lines_rate_the_actions_their_refs_name() -> None:
    plan = _thread(REPLIES)
    got = {a.ref: (a.rag, a.progress, a.owner) for a in plan.actions}
    assert got == {
        "1.1": (None, None, "Leon Fairweather"),  # no reply: unrated
        "1.2": ("amber", None, "Ruth Kowalczyk"),
        "2.1": ("green", "Pilot running in two teams; evaluation due", "Ruth Kowalczyk"),
        "2.2": ("red", "Delayed because of staff turnover; revised plan agreed", "Martin Hale"),
    }
    assert _unread(plan) == []


LONG = (
    "Pilot running in two teams; evaluation due in the spring once both teams have completed"
    " six months of the new approach and the audit of their records is done"
)


def test_an_update_wrapped_onto_a_second_line_is_read_whole() -> None:
    replies = {**REPLIES, "Ruth Kowalczyk": ["1.2 - Slightly behind.", f"2.1 - On track. {LONG}"]}
    got = {a.ref: (a.rag, a.progress) for a in _thread(replies).actions}
    assert got["2.1"] == ("green", LONG)
    assert got["1.2"] == ("amber", None)


def test_message_headers_are_no_actions() -> None:
    plan = _thread(REPLIES)
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert not any("lindale.gov.uk" in (a.text or "") for a in plan.actions)


def test_a_scale_asked_for_with_no_reply_is_said() -> None:
    plan = _thread({})
    assert len(plan.actions) == 4 and all(a.rag is None for a in plan.actions)
    (said,) = _unread(plan)
    assert "On track / Slightly behind / Off track / Done / Not started yet" in said


def test_one_line_or_unknown_refs_rate_nothing() -> None:
    plan = _thread({"Martin Hale": ["2.2 - Off track.", "7.4 - On track. Not in the plan"]})
    assert all(a.rag is None for a in plan.actions)


def test_a_scale_is_choices_of_two_colours_at_least() -> None:
    assert _scale("a status (On track / Off track / Done)", None) == [
        "On track", "Off track", "Done"
    ]  # fmt: skip
    assert _scale("Key: Green - on track, Amber - at risk, Red - off track", None) == []
    assert _scale("Red / Amber", None) == []  # two phrases are no scale
    assert _scale("from here / to there / and back", None) == []


def _table_plan(progress: list[str]) -> PlanExtraction:
    rows = [r for r in PLAN if len(r) > 1]
    cells: list[list[object]] = [
        [Paragraph(f"<b>{h}</b>", BODY) for h in ("Ref", "Action", "Lead", "Due", "Progress")]
    ]
    cells += [[Paragraph(c, BODY) for c in (*r, p)] for r, p in zip(rows, progress, strict=True)]
    table = Table(cells, colWidths=[40, 220, 110, 60, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_updates_that_are_statuses_alone_are_said_when_none_is_read() -> None:
    # a card's 'Progress: Planned' field read as each action's update, no status column: the
    # actions of a plan read from its table, given the updates such cards print
    read = _table_plan(["Scoping", "Drafting the guidance", "Recruitment under way", "Booked"])
    statuses = ["Progressing", "Planned", "Behind", "Planned"]
    actions = [a.model_copy(update={"progress": p}) for a, p in zip(read.actions, statuses,
                                                                     strict=True)]  # fmt: skip
    (said,) = status_only_updates_warnings(actions)
    assert (
        said.code == "plan_status_unread" and "'Progressing', 'Planned', 'Behind'" in said.message
    )
    rated = [actions[0].model_copy(update={"rag": "green"}), *actions[1:]]
    assert status_only_updates_warnings(rated) == []


def test_updates_of_one_state_or_prose_say_nothing() -> None:
    for progress in (
        ["Not started"] * 4,
        ["Scoping", "Drafting the guidance", "Recruitment under way", "Training booked"],
    ):
        plan = _table_plan(progress)
        assert all(a.rag is None for a in plan.actions)
        # no statuses-as-updates warning: only the plain one any unrated plan gets
        assert [m[:33] for m in _unread(plan)] == ["no status was read for any of the"]
