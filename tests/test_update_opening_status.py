"""A tracker with no status column whose updates open with the rating ('AMBER - Recruitment under
way', 'Complete: Completed and embedded', 'Off track. No lead in post', 'On track.'): the
opening phrase is the action's RAG, the update stays as printed (fixer G, round 23,
plan_update_status). A note that only holds a status word ('First cohort completed; ...') rates
nothing, and a column where most updates open with no status phrase rates nothing either, but
says so. Plans typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_update_status import opening_status
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]

RATED = [
    ("1.1", "Report health assessment timeliness monthly to the board", "WDL", "June 2026",
     "Red: No lead in post since the restructure; escalated to the Improvement Board"),
    ("1.2", "Recruit four independent reviewing officers", "PSW", "July 2025",
     "AMBER - Recruitment under way; two posts filled"),
    ("1.3", "Agree a timeliness pathway with the designated doctor", "HoS CiC", "March 2025",
     "Not started - Scoping to begin next quarter"),
    ("1.4", "Commission a therapeutic service for children in care", "PSW", "June 2026",
     "GREEN."),
    ("2.1", "Publish the revised threshold document", "qa.unit@example.gov.uk", "May 2026",
     "Complete: Completed and embedded in practice"),
    ("2.2", "Hold a monthly missing children panel", "HoQA", "July 2026",
     "Off track. No lead in post since the restructure"),
]  # fmt: skip

PROSE = [
    ("1.1", "Run a monthly audit of plans", "WDL", "June 2026",
     "First cohort completed; second cohort booked"),
    ("1.2", "Recruit four reviewing officers", "PSW", "July 2025",
     "Amber - adverts out, interviews in April"),
    ("1.3", "Agree a pathway with the doctor", "HoQA", "March 2025",
     "Off track: no lead in post"),
    ("1.4", "Commission a therapeutic service", "PSW", "June 2026",
     "Work on track with partners; pilot in two teams"),
    ("1.5", "Publish the threshold document", "HoQA", "May 2026",
     "Draft shared with partners for comment"),
    ("1.6", "Hold a monthly panel", "WDL", "July 2026",
     "Terms of reference agreed by the board"),
]  # fmt: skip


def _plan(rows: list[tuple[str, str, str, str, str]]) -> PlanExtraction:
    head = ["Ref", "Planned action", "Responsible", "Timescale", "Latest position"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], *(Paragraph(x, BODY) for x in r[1:])] for r in rows]
    table = Table(cells, colWidths=[40, 280, 120, 80, 260])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "updates.pdf"))


def test_the_word_opening_each_update_is_the_rag() -> None:
    plan = _plan(RATED)
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "red"), ("1.2", "amber"), ("1.3", None), ("1.4", "green"), ("2.1", "blue"),
        ("2.2", "red"),
    ]  # fmt: skip
    assert [a.progress for a in plan.actions] == [r[4] for r in RATED]  # as printed
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]


def test_updates_that_mostly_open_with_prose_rate_nothing_but_say_so() -> None:
    plan = _plan(PROSE)
    assert len(plan.actions) == 6
    assert [a.rag for a in plan.actions] == [None] * 6
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "2 of their updates open with a status word" in said[0]


def test_only_a_whole_status_phrase_before_its_separator_is_a_status() -> None:
    assert opening_status("Not on track: recruitment paused") == (True, "red")
    assert opening_status("On track.") == (True, "green")
    assert opening_status("Not started - scoping") == (True, None)
    assert opening_status("First cohort completed; second booked") == (False, None)
    assert opening_status("Work on track - pilot running") == (False, None)
    assert opening_status("Delayed because of staff turnover and sickness") == (False, None)


def test_a_status_phrase_whose_degree_word_keeps_its_colour_is_still_a_status() -> None:
    assert opening_status("Some slippage - recruitment delayed") == (True, "amber")
    assert opening_status("Slightly behind: one post vacant") == (True, "amber")
    assert opening_status("Behind schedule. Audit moved") == (True, "amber")
    assert opening_status("Partially complete") == (True, "amber")
    assert opening_status("Significantly behind - no lead") == (True, "red")
    # a plan's own key holds its words in full
    assert opening_status("Mostly there - one gap", {"mostly there": "amber"}) == (True, "amber")
