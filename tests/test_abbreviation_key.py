"""A status key that explains ABBREVIATIONS ('Status key: OT on track; AR at risk; D delayed; C
complete; NS not started.'): each entry a capital abbreviation then the words it stands for,
which give it their colour, so a status cell printing only 'AR' reads amber (round 28, fixer G).
A key whose scale has no red word and two amber ones ('at risk', 'delayed') makes its worst
amber step red: the last after the green step when listed best first, the first when worst first.
An abbreviation whose words mean no colour ('not started') stays unrated; capitals explained by
capitals, or a line with no key label, are no key."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.normalise.rag import key_red_guess, normalise_rag, read_rag_key
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
KEY = "Status key: OT on track; AR at risk; D delayed; C complete; NS not started."


def test_the_key_gives_each_abbreviation_its_words_colour() -> None:
    key = read_rag_key(KEY)
    assert [normalise_rag(code, key) for code in ("OT", "AR", "D", "C", "NS")] == [
        "green", "amber", "red", "blue", None,
    ]  # fmt: skip
    assert read_rag_key("Key: OT = on track, AR = at risk") == {"ot": "green", "ar": "amber"}
    assert read_rag_key("Key: D delayed, AR at risk, OT on track") == {
        "d": "red", "ar": "amber", "ot": "green",
    }  # fmt: skip
    # a red step of its own: 'delayed' keeps the vocabulary's amber
    assert read_rag_key("Key: OT on track; D delayed; OF off track")["d"] == "amber"


def test_no_key_without_a_label_or_without_words() -> None:
    assert read_rag_key("OT on track; AR at risk") == {}  # no key's label: prose
    assert read_rag_key("Key: OT OFSTED TEAM; AR ANNUAL REVIEW") == {}


def test_a_status_column_of_abbreviations_read_by_the_key_under_the_table() -> None:
    head = ["Ref", "Action", "Lead", "Due", "Status"]
    rows = [
        ("1.1", "Audit thirty child protection plans with partners", "Head of Safeguarding", "OT"),
        ("1.2", "Recruit six permanent team managers", "Head of Workforce", "AR"),
        ("1.3", "Publish the revised threshold document", "Head of Front Door", "C"),
        ("1.5", "Open the care leavers' hub", "Leaving Care Manager", "D"),
        ("1.4", "Launch the new exploitation screening tool", "Exploitation Lead", "NS"),
    ]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), r[2], "31.03.2027", r[3]] for r in rows]
    table = Table(cells, colWidths=[40, 330, 150, 80, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    story = [Paragraph("Improvement plan", BODY), table, Paragraph(KEY, BODY)]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)  # type: ignore[arg-type]
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "key.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [
        ("1.1", "green"), ("1.2", "amber"), ("1.3", "blue"), ("1.5", "red"), ("1.4", None),
    ]  # fmt: skip


def _rated(key: str) -> PlanExtraction:
    head = ["Ref", "Action", "Lead", "Due", "Status"]
    rows = [
        ("1.1", "Audit thirty child protection plans with partners", "Head of Safeguarding", "OT"),
        ("1.2", "Recruit six permanent team managers", "Head of Workforce", "AR"),
        ("1.3", "Open the care leavers' hub", "Leaving Care Manager", "D"),
    ]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), r[2], "31.03.2027", r[3]] for r in rows]
    table = Table(cells, colWidths=[40, 330, 150, 80, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    story = [Paragraph("Improvement plan", BODY), table, Paragraph(key, BODY)]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)  # type: ignore[arg-type]
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "key.pdf"))


def test_a_key_with_no_red_step_whose_worst_amber_is_read_red_is_said() -> None:
    plan = _rated("Status key: OT on track; AR at risk; D delayed.")
    assert [a.rag for a in plan.actions] == ["green", "amber", "red"]
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert said == [
        "the status key has no red step: 'delayed' (amber in the status vocabulary), its worst"
        " amber step, was read as red; check the key"
    ]
    # a key with a red step of its own guesses nothing: nothing said
    plan = _rated("Status key: OT on track; AR at risk; D off track.")
    assert [a.rag for a in plan.actions] == ["green", "amber", "red"]
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert key_red_guess("Key: D delayed, AR at risk, OT on track") == "delayed"
    assert key_red_guess("Key: OT = on track, AR = at risk") is None
