"""A card's review stamp printed day first ('Reviewed 3 Aug 2026 by Sam Okafor') under its
update, in the update's own small grey type, is no wrap of the update (plan_cards._continue,
edit_stamps.is_edit_stamp).

Cards two to a row print the action, 'Lead:', 'Due:', then in small grey italics 'Log:
<update>' and a stamp saying who reviewed the card and when. A stamp under the due is set
apart by its ink and size (_restyled); under the update it has neither, and the card reader ran
it on: 'Audit shows improvement in most records Reviewed 3 Aug 2026 by ...' read as the
progress. A stamp names a person and a day and ends there, whichever comes first; a line
naming a post or a month there is the card's own and runs on as before.
"""

from __future__ import annotations

import pytest

from plantrace.extractors.edit_stamps import is_edit_stamp
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.band_cards import BandCard, band_cards_pdf

RECS = {
    "1": "Make sure that children's wishes and feelings shape the plans made for them",
    "2": "Strengthen the response to children who go missing from home or care",
}
CARDS = [
    BandCard("K01", "Audit repeat referrals each quarter to learn why help did not last",
             "Head of Early Help", "30 April 2026", "On track", "green", "2",
             "Reviewed 3 Aug 2026 by Ottoline Sharrock", "Audit shows improvement in most records"),
    BandCard("K02", "Record children's views in their own words at every review meeting",
             "Principal Social Worker", "31 May 2026", "At risk", "amber", "1",
             "Reviewed 25 Sep 2026 by Ambrose Nwachukwu-Bell"),
    BandCard("K03", "Offer every child who returns home an interview within three days",
             "Missing Coordinator", "31 July 2026", "Off track", "red", "2",
             "Checked 7 Aug 2026 by Sam Okafor", "No lead in post since the restructure"),
    BandCard("K04", "Train independent reviewing officers to meet each child alone",
             "IRO Service Manager", "30 September 2026", "Complete", "blue", "1",
             "Reviewed 16 Sep 2026 by Ignatius Holloway-Ade", "Completed and embedded in practice"),
]  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> PlanExtraction:
    pdf = band_cards_pdf(RECS, CARDS, band=False, badge=False)
    return extract_plan(parse_pdf_bytes(pdf, "cards.pdf"))


def test_the_update_ends_before_the_stamp(plan: PlanExtraction) -> None:
    assert {a.ref: a.progress for a in plan.actions} == {c.ref: c.update for c in CARDS}


def test_the_fields_are_kept(plan: PlanExtraction) -> None:
    got = {a.ref: (a.owner, a.due_raw) for a in plan.actions}
    assert got == {c.ref: (c.lead, c.due) for c in CARDS}


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Reviewed 3 Aug 2026 by Ottoline Sharrock", True),
        ("Checked on 14/03/2026 by Sam Okafor", True),
        ("Last reviewed 18 April 2026, by J. Patel", True),
        ("Reviewed by Jane Smith on 3 May 2026", True),
        # a post or a body where the editor stands, a month where the day stands
        ("Reviewed 3 Aug 2026 by Head of Service", False),
        ("Reviewed 3 Aug 2026 by the board", False),
        ("Reviewed March 2027 by Jane Smith", False),
        # no editing verb, or the line goes on after the name
        ("Completed 3 May 2026 by Jane Smith", False),
        ("Reviewed 12 May 2026 by Jane Smith - see the note", False),
    ],
)
def test_a_stamp_may_give_its_day_first(text: str, stamp: bool) -> None:
    assert is_edit_stamp(text) is stamp
