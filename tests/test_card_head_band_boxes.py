"""A boxed card whose head band holds its ref (not labelled pairs) is one card, read as its box
(card_heads.ref_head).

Dashboard cards drawn two to a row, each a box opened by a filled band ('C07   Safely docked'
and a badge's number), are ruled tables of two bands to the table reader: the band over the
card's body. Filled, the band looked like a header band, so the box was no card and its lines
went to the page's text, where two cards side by side whose titles wrap to different lengths
interleave: one card's lead ran into its neighbour's title, its due became the action, and
four actions of a page were lost. A head band opened by the card's ref, a few words after it,
makes the box a card as a head strip of labelled pairs does.
"""

from __future__ import annotations

import pytest

from plantrace.extractors.card_heads import ref_head
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.band_cards import BandCard, band_cards_pdf

RECS = {
    "1": "Make sure that children's wishes and feelings shape the plans made for them",
    "2": "Strengthen the response to children who go missing from home or care",
}
LONG = (
    "Record the findings of every return home interview in a structured form that feeds the"
    " exploitation risk assessment and the weekly missing children meeting"
)
CARDS = [
    BandCard("K01", "Give foster carers refreshed guidance on reporting a child missing",
             "Head of Fostering", "Week 14 of 2026", "Sailing along", "green", "2"),
    BandCard("K02", LONG, "Missing Coordinator", "Week 16 of 2026", "Bumpy ride", "amber", "2"),
    BandCard("K03", LONG.replace("Record", "Audit"), "Head of Quality", "2026-W31",
             "Hit the rocks", "red", "1"),
    BandCard("K04", "Train reviewing officers to meet each child alone",
             "IRO Service Manager", "Week 40 of 2026", "In dock", "blue", "1"),
    BandCard("K05", "Publish a guide for children about their reviews",
             "Participation Lead", "2027-W02", "Awaiting launch", None, "1"),
    BandCard("K06", LONG.replace("Record", "Share"), "Head of Service", "2027-W05",
             "Sailing along", "green", "2"),
]  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(band_cards_pdf(RECS, CARDS), "cards.pdf"))


def test_every_card_is_read_whole(plan: PlanExtraction) -> None:
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions]
    assert got == [(c.ref, c.text, c.lead, c.due) for c in CARDS]


def test_a_ref_head_is_a_few_words_after_a_ref() -> None:
    assert ref_head("C07 Safely docked 2")
    assert ref_head("2.1 On track")
    assert not ref_head("Recommendation 2 Strengthen the response")
    assert not ref_head("12 actions in the plan")  # a count, no ref
    assert not ref_head("A1 " + "word " * 8)  # a sentence after a code: no head band
