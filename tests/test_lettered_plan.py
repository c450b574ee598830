"""Lettered refs ('1A' .. '2C') decided over the whole plan, as a plan drawn like a transport
map is read: the labels above and below each line's track are cut into tables by band, so a
station may stand in a table of its own ('1A ...' still in its text), sit beside another
line's roundel ('R1' read as its Rec cell), and come in rows (above, then below). Each action
links by its ref's number where the key numbers the recommendations, in its letters' order."""

from __future__ import annotations

from typing import Any

from plantrace.extractors.lettered_refs import letter_plan
from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_recommendations import RecommendationIndex
from plantrace.models.provenance import Provenance

_PROV = Provenance(sha256="0" * 64, page=1, extractor="plan", extractor_version="0")
KEY = {
    "1": "Improve the timeliness of health assessments for children in care.",
    "2": "Build a stable and permanent social work workforce.",
}
READ = [  # (ref as read, text, Rec cell beside it), in the order the bands were read
    (None, "1A Report health assessment timeliness to the board", None),
    ("1B", "Use questionnaire scores to target support", "R1"),
    ("2A", "Convert agency posts to permanent posts", "R1"),  # above line 2: line 1's band
    ("2C", "Offer a protected caseload to new social workers", "R2"),
    ("2B", "Hold exit interviews with every leaver", "R2"),
]


def _draft(ref: str | None, text: str, rec_cell: str | None) -> Draft:
    row: Any = None  # no table row: letter_plan reads refs, texts and links only
    return Draft(row, ref, text, None, None, None, None, None, None, rec_cell, None)


def _index() -> RecommendationIndex:
    index = RecommendationIndex()
    for number, text in KEY.items():
        index.add(number, text, _PROV)
    return index


def test_refs_split_linked_by_number_and_in_letter_order() -> None:
    index = _index()
    drafts = letter_plan([_draft(*r) for r in READ], index)
    assert [d.ref for d in drafts] == ["1A", "1B", "2A", "2B", "2C"]
    assert drafts[0].text == "Report health assessment timeliness to the board"
    assert [d.section for d in drafts] == [index.by_number[d.ref[0]] for d in drafts if d.ref]
    assert [d.rec_cell for d in drafts] == [None, "R1", None, "R2", "R2"]


def test_an_action_without_a_lettered_ref_leaves_the_plan_as_read() -> None:
    read = [*READ, (None, "Audit repeat referrals each quarter", "R2")]
    drafts = letter_plan([_draft(*r) for r in read], _index())
    assert [d.ref for d in drafts] == [None, "1B", "2A", "2C", "2B", None]
    assert drafts[0].text.startswith("1A ")


def test_a_word_like_4g_twice_is_no_lettering() -> None:
    read = [(None, "4G network for every office", None), (None, "4G network for hubs", None)]
    drafts = letter_plan([_draft(*r) for r in read], _index())
    assert [d.ref for d in drafts] == [None, None]
