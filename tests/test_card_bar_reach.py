"""A coloured bar is the status of the card it stands beside, not of a card across the page:
in a diagram whose recommendation boxes (a coloured edge down each) stand on the left and whose
action cards stand on the right, level with them, the card level with a recommendation's edge
whose status word reads no colour is left unrated (and said), not rated in that edge's colour."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.flow_diagrams import flow_pdf
from tests.test_card_field_inks import LABELS, LEGEND, RECS, ROWS, actions


def test_a_recommendation_boxs_edge_across_the_page_rates_no_card() -> None:
    pdf = flow_pdf(RECS, actions(first=("Anchored", None)), LABELS, legend=LEGEND)
    plan = extract_plan(parse_pdf_bytes(pdf, "flow.pdf"))
    want = {r[0]: r[5] for r in ROWS} | {"A1": None}
    assert {a.ref: a.rag for a in plan.actions} == want
    assert any(w.code == "plan_status_unread" for w in plan.warnings)
