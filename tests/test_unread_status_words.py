"""Status words neither the vocabulary nor a printed key reads ('Progressing') leave their
actions unrated: the plan's warnings say so, naming the words, where other actions are rated
(round 28, fixer G). States that mean no colour by design ('In progress', 'Not started') and
placeholders ('N/A') are no unread word."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_status_words import unread_word
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]


def _plan(statuses: list[str]) -> PlanExtraction:
    head = ["Ref", "Action", "Lead", "Due", "Status"]
    actions = [
        "Audit thirty child protection plans with partners",
        "Recruit six permanent team managers",
        "Publish the revised threshold document",
        "Launch the new exploitation screening tool",
    ]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [
        [f"1.{i}", Paragraph(text, BODY), "Head of Service", "March 2027", status]
        for i, (text, status) in enumerate(zip(actions, statuses, strict=True), start=1)
    ]
    table = Table(cells, colWidths=[40, 330, 150, 80, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "words.pdf"))


def test_an_unknown_status_word_is_said_not_guessed() -> None:
    plan = _plan(["On track", "Progressing", "Complete", "Progressing"])
    assert [a.rag for a in plan.actions] == ["green", None, "blue", None]
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1
    assert "'Progressing' (2)" in said[0].message and "2 actions" in said[0].message


def test_states_and_placeholders_are_no_unread_word() -> None:
    plan = _plan(["On track", "In progress", "Not started", "N/A"])
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert not unread_word("TBC") and not unread_word("-") and unread_word("Progressing")
    assert not unread_word("Progressing", {"progressing": "green"})  # the plan's key reads it


def test_a_placeholder_the_value_reader_says_is_empty_is_no_unread_word() -> None:
    # 'None' and 'Not available' say nothing is there, as values.is_empty_value reads them
    plan = _plan(["On track", "None", "Not available", "Progressing"])
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "'Progressing' (1)" in said[0].message
    assert "None" not in said[0].message and "Not available" not in said[0].message
    assert not unread_word("None") and not unread_word("not available")


def test_words_pointing_elsewhere_or_saying_it_does_not_apply_are_no_unread_word() -> None:
    # 'See above' (the row above says it) and 'Not applicable' rate nothing: empty values, as
    # values.is_empty_value reads them, not status words the vocabulary failed to read
    # ('Progressing' beside 'Delayed' is green on the plan's own scale since 0.6.47: the
    # unread word here is one no vocabulary holds)
    plan = _plan(["Delayed", "See above", "Not applicable", "Teetering"])
    assert [a.rag for a in plan.actions] == ["amber", None, None, None]
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert (
        len(said) == 1 and "'Teetering' (1)" in said[0].message and "1 actions" in said[0].message
    )
    assert "See above" not in said[0].message and "Not applicable" not in said[0].message
    assert not unread_word("as above") and not unread_word("NOT  APPLICABLE")
