"""Status words printed each in its ink, one of them a word the vocabulary reads as another
colour ('Shore closed' printed in red, 'closed' being blue in the status vocabulary).

Where the plan's inks are a code (two RAG inks or more, the same words always in the same
ink, on every card), the ink says what the plan means by its word: it is read, over the
vocabulary's reading of the word (holdout55 rl-callout-infographic: 'Road closed' in red read
blue, RAG 0.700 / 0.722 at 0.6.75). Where they are no code (the same words in two inks) and
word and ink disagree, nothing settles which is meant: the words are read and the plan's
warnings say so (plan_status_ink_disputed)."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.flow_diagrams import FlowAction, flow_pdf
from tests.test_card_field_inks import _TAIL, LABELS, RECS

# (ref, text, owner, due, status word, its ink, recommendation)
ROWS = [
    ("A1", "Recruit twenty foster carers through a local campaign", "Jo Marsh", "Mar 14 2027",
     "Sailing", "green", "2"),
    ("A2", "Train all team managers in reflective supervision", "Head of Service",
     "close of Jun 2027", "Shore closed", "red", "3"),
    ("A3", "Review every child placed with parents under a care order", "Ann Lee",
     "close of May 2027", "Ashore", "blue", "1"),
    ("A4", "Audit twelve supervision records each month", "Tom Hart", "close of Jul 2027",
     "Becalmed", "amber", "3"),
    ("A5", "Hold exit interviews with every leaver", "Jo Marsh", "close of Aug 2027",
     "Shore closed", "red", "2"),
    ("A6", "Track every child's permanence plan weekly at the panel", "Ann Lee",
     "close of Apr 2027", "Ashore", "blue", "3"),
]  # fmt: skip
LEGEND = "Flow gauge: Sailing; Becalmed; Shore closed; Ashore."


def _plan(rows: list[tuple[str, str, str, str, str, str, str]]):  # type: ignore[no-untyped-def]
    acts = [FlowAction(r, t + _TAIL, o, d, s, g, n) for r, t, o, d, s, g, n in rows]
    return extract_plan(parse_pdf_bytes(flow_pdf(RECS, acts, LABELS, legend=LEGEND), "flow.pdf"))


def test_a_word_inked_against_its_meaning_reads_by_the_plans_ink_code() -> None:
    plan = _plan(ROWS)
    assert {a.ref: a.rag for a in plan.actions} == {r[0]: r[5] for r in ROWS}
    assert not [w for w in plan.warnings if w.code == "plan_status_ink_disputed"]


def test_word_and_ink_at_odds_with_no_code_are_read_by_the_word_and_said() -> None:
    rows = list(ROWS)
    r = rows[4]
    rows[4] = (*r[:5], "blue", r[6])  # 'Shore closed' in red on one card, in blue on another
    plan = _plan(rows)
    got = {a.ref: a.rag for a in plan.actions}
    assert got["A2"] == "blue" and got["A5"] == "blue"  # by the words: 'closed'
    assert got["A1"] == "green" and got["A4"] == "amber"
    said = [w for w in plan.warnings if w.code == "plan_status_ink_disputed"]
    assert len(said) == 1 and "'Shore closed' in red ink" in said[0].message
