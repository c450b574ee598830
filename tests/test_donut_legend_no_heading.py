"""A dashboard's donut of statuses, its total in the hole and a legend of counts and shares
beside it, states no recommendation (plan._legend).

Read as text the donut's total ('5') opens a paragraph that runs on into the legend ('Where
the cards stand  Sailing along 2 (40%)  Bumpy ride 1 (20%) ...'): a numbered paragraph over
the plan's action cards, taken for recommendation 5's heading. Counts with their shares, two
or more, are a chart's legend, no recommendation's words.
"""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
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
             "IRO Service Manager", "Week 40 of 2026", "Sailing along", "green", "1"),
    BandCard("K05", "Publish a guide for children about their reviews",
             "Participation Lead", "2027-W02", "Awaiting launch", None, "1"),
]  # fmt: skip


def test_the_legend_is_no_recommendation() -> None:
    plan = extract_plan(parse_pdf_bytes(band_cards_pdf(RECS, CARDS, donut=True), "dash.pdf"))
    assert sorted(str(r.number) for r in plan.recommendations) == ["1", "2"]
    numbers = {r.id: str(r.number) for r in plan.recommendations}
    got = {a.ref: [numbers[r] for r in a.recommendations] for a in plan.actions}
    assert got == {c.ref: [c.rec] for c in CARDS}
