"""A card's head band gives its ref, its status and, by the badge in its corner, the
recommendation it answers (extractors.head_bands).

Dashboard cards drawn two to a row open with a band in the status colour, the ref and a status
word in white on it ('K03   Hit the rocks'), and a round badge in the card's top right corner
holding only the number of the recommendation the action answers. The card reader cut the band
off the card or ran it into the title ('Hit the rocks 2 Offer every child ...'): refs were lost
or read out of the title, statuses in words no vocabulary knows went unread, and no action was
linked. The band is a filled strip opened by a ref right over the card; its words are the
ref and status, its fill the colour where the words say none, its number set far apart at its
right end the badge.
"""

from __future__ import annotations

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.band_cards import BandCard, band_cards_pdf

RECS = {
    "1": "Make sure that children's wishes and feelings shape the plans made for them",
    "2": "Strengthen the response to children who go missing from home or care",
}
CARDS = [
    BandCard("K01", "Audit repeat referrals each quarter to learn why help did not last",
             "Head of Early Help", "Week 14 of 2026", "Sailing along", "green", "2"),
    BandCard("K02", "Record children's views in their own words at every review meeting",
             "Principal Social Worker", "Week 20 of 2026", "Bumpy ride", "amber", "1"),
    BandCard("K03", "Offer every child who returns home an interview within three days",
             "Missing Coordinator", "2026-W31", "Hit the rocks", "red", "2"),
    BandCard("K04", "Train independent reviewing officers to meet each child alone",
             "IRO Service Manager", "Week 40 of 2026", "In dock", "blue", "1"),
    BandCard("K05", "Publish a guide for children about their reviews",
             "Participation Lead", "2027-W02", "Awaiting launch", None, "1"),
]  # fmt: skip


def _plan(cards: list[BandCard], **kw: object) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(band_cards_pdf(RECS, cards, **kw), "cards.pdf"))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def plan() -> PlanExtraction:
    return _plan(CARDS)


def _links(plan: PlanExtraction) -> dict[str | None, list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return {a.ref: [str(numbers[r]) for r in a.recommendations] for a in plan.actions}


def test_each_card_keeps_its_ref_and_its_text(plan: PlanExtraction) -> None:
    assert [(a.ref, a.text) for a in plan.actions] == [(c.ref, c.text) for c in CARDS]


def test_the_band_gives_the_status(plan: PlanExtraction) -> None:
    assert [a.rag for a in plan.actions] == [c.rag for c in CARDS]


def test_the_badge_gives_the_recommendation(plan: PlanExtraction) -> None:
    assert _links(plan) == {c.ref: [c.rec] for c in CARDS}


def test_one_colour_on_every_band_is_no_status_and_is_said() -> None:
    plan = _plan(CARDS, one_fill="#0D47A1")
    assert [a.rag for a in plan.actions] == [None] * len(CARDS)
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert any("head bands" in m for m in said)
    assert _links(plan) == {c.ref: [c.rec] for c in CARDS}


def test_a_badge_naming_no_recommendation_is_said() -> None:
    cards = [
        *CARDS[:4],
        BandCard(
            *[getattr(CARDS[4], f) for f in ("ref", "text", "lead", "due", "status", "rag")],
            rec="7",
        ),
    ]
    plan = _plan(cards)
    assert _links(plan)["K05"] == []
    assert any(w.code == "plan_links_partial" and "K05" in w.message for w in plan.warnings)
