"""A card's small grey note under its last field ('Checked 3 Aug 2026 by ...', a reviewer's
initialling) is the card's own, no wrap of that field's value (plan_cards._restyled).

Cards drawn two to a row print the action in bold, 'Lead: <lead>', 'Due: <date>', and under
them, a line's pitch down, an italic note in smaller grey type. The note came at the last
value's pitch and nearly its size, so the card reader ran it on as the due's second line:
'Week 38 of 2026 Checked 28 Jun 2026 by ...' read as no date, its column as progress, and
every due of the plan was lost. A value wraps in the ink and size it was printed in; a line in
another ink and another size is set apart, and stays out of it.
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


@pytest.fixture(scope="module")
def plan() -> PlanExtraction:
    pdf = band_cards_pdf(RECS, CARDS, band=False, badge=False)
    return extract_plan(parse_pdf_bytes(pdf, "cards.pdf"))


def test_the_due_keeps_to_its_own_line(plan: PlanExtraction) -> None:
    got = {a.ref: (a.owner, a.due_raw) for a in plan.actions}
    assert got == {c.ref: (c.lead, c.due) for c in CARDS}


def test_iso_weeks_read_as_their_sundays(plan: PlanExtraction) -> None:
    got = {a.ref: a.due_date.isoformat() if a.due_date else None for a in plan.actions}
    assert [got.get(c.ref) for c in CARDS] == [
        "2026-04-05", "2026-05-17", "2026-08-02", "2026-10-04", "2027-01-17",
    ]  # fmt: skip


def test_the_note_is_no_progress(plan: PlanExtraction) -> None:
    assert all(a.progress is None or "Checked" not in a.progress for a in plan.actions)
