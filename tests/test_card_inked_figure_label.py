"""A card label that names a KPI figure ('Current') over values that are words inked each in a
status colour, not figures ('Current: Sinking' in red), is the cards' status: the cards are
action cards, not measures with a 'Current' reading whose titles are indicators."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.flow_diagrams import flow_pdf
from tests.test_card_field_inks import RECS, ROWS, actions


def test_an_inked_current_label_of_words_is_the_status() -> None:
    labels = ("Steered by", "Lands", "Current")
    legend = "Each band joins a recommendation to an action. Current: Sailing; Becalmed; Sinking;"
    legend += " Ashore; Anchored."
    plan = extract_plan(parse_pdf_bytes(flow_pdf(RECS, actions(), labels, legend), "flow.pdf"))
    assert not plan.kpis
    assert {a.ref: a.rag for a in plan.actions} == {r[0]: r[5] for r in ROWS}
    assert {a.ref: a.owner for a in plan.actions} == {r[0]: r[2] for r in ROWS}
    assert {a.ref: a.due_raw for a in plan.actions} == {r[0]: r[3] for r in ROWS}


def test_a_current_label_of_words_in_one_grey_makes_no_measures() -> None:
    """The same cards all printing one status word in grey (no colour, left unread): the words
    hold no figure, so 'Current' makes no KPI cards; the actions are read, unrated, and said."""
    labels = ("Steered by", "Lands", "Current")
    acts = actions()
    for a in acts:
        a.status, a.rag = "Anchored", None
    plan = extract_plan(parse_pdf_bytes(flow_pdf(RECS, acts, labels), "flow.pdf"))
    assert not plan.kpis
    assert [a.ref for a in plan.actions] == [r[0] for r in ROWS]
    assert {a.ref: a.owner for a in plan.actions} == {r[0]: r[2] for r in ROWS}
    assert all(a.rag is None for a in plan.actions)
    assert "plan_status_unread" in [w.code for w in plan.warnings]
