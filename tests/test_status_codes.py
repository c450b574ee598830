"""Status codes a system export stores with letters dropped ('ONTRK', 'ATRSK', 'CMPLT') read
as the one status phrase they abbreviate (pipeline.normalise.status_codes via rag)."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.delimited_records import add_record_tables
from plantrace.pipeline.document import Line, Page, ParsedDocument
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.normalise.status_codes import code_meaning

TEXT = [
    '"record_type";"rec_id";"act_ref";"description";"responsible";"act_due";"rag_code"',
    '"REC";"1";"";"Improve the stability of the social work workforce";"";"";""',
    '"ACT";"1";"A101";"Offer a protected caseload to newly qualified workers";"Head of'
    ' Workforce";"20270331";"ONTRK"',
    '"ACT";"1";"A102";"Introduce a career pathway for practitioners";"Principal Social'
    ' Worker";"20270630";"ATRSK"',
    '"ACT";"1";"A103";"Review agency staff use across all teams";"Head of Service";'
    '"20261231";"OFFTR"',
    '"ACT";"1";"A104";"Publish the recruitment and retention strategy";"Director";'
    '"20260331";"CMPLT"',
    '"ACT";"1";"A105";"Launch a staff wellbeing offer with partners";"HR Business Partner";'
    '"20271231";"NSTRT"',
]


def test_codes_read_as_the_phrase_they_abbreviate() -> None:
    assert normalise_rag("ONTRK") == "green"
    assert normalise_rag("ATRSK") == "amber"
    assert normalise_rag("OFFTR") == "red"
    assert normalise_rag("CMPLT") == "blue"
    # a state's code: read (a status), no colour
    assert normalise_rag("NSTRT") is None and is_status_state("NSTRT")


def test_code_fitting_phrases_of_different_meanings_stays_unread() -> None:
    # 'INPRG' keeps the letters of 'in progress' (a state) and 'insufficient progress' (red)
    assert code_meaning("INPRG", {"insufficient progress": "red"}, ["in progress"]) == (
        False,
        None,
    )
    assert normalise_rag("INPRG") is None and not is_status_state("INPRG")


def test_words_that_drop_a_word_are_not_codes() -> None:
    assert normalise_rag("HIGH") is None  # spells 'high', drops 'risk' whole
    assert normalise_rag("SEND") is None  # not 'seriously behind': drops the b
    assert normalise_rag("OFSTED") is None


def test_code_inside_prose_or_not_upper_case_is_not_read() -> None:
    assert normalise_rag("Ontrk") is None
    assert normalise_rag("the code was ONTRK last month") is None
    assert code_meaning("moved to ONTRK", {"on track": "green"}, []) == (False, None)


def test_export_statuses_read_into_actions() -> None:
    lines = [
        Line(t, (40.0, 60.0 + 12 * k, 800.0, 69.0 + 12 * k), 8.0, False, 1, k)
        for k, t in enumerate(TEXT)
    ]
    doc = ParsedDocument("plan.pdf", "x", [Page(1, 595.0, 842.0, lines=lines)])
    add_record_tables(doc)
    plan = extract_plan(doc)
    rags = {a.ref: a.rag for a in plan.actions}
    assert rags == {"A101": "green", "A102": "amber", "A103": "red", "A104": "blue", "A105": None}
    assert not any(w.code == "plan_status_unread" for w in plan.warnings)
