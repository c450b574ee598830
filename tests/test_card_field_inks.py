"""A status printed in its ink at the end of a card's strip of fields ('Steered by: X · Lands:
close of Mar 2027 · Flow gauge: Sinking', the last word in red): the field cut from the strip
keeps the ink of its own words, so that a label no vocabulary knows over words no vocabulary
knows is read as the status by their inks (inked_status_column), not left unread."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.flow_diagrams import FlowAction, flow_pdf

RECS = {
    "1": "Improve the regularity and quality of management oversight and reflective supervision"
    " for social workers in the assessment teams",
    "2": "Reduce delay in achieving permanence for children in care, including through timely use"
    " of special guardianship and adoption",
    "3": "Strengthen the multi-agency response to children missing from education and those at"
    " risk of exploitation outside the home",
}
_TAIL = " and report the themes to the improvement board every quarter with a plan to act on them"
# (ref, text, owner, due, status word, its ink, recommendation); the words no vocabulary reads
ROWS = [
    ("A1", "Recruit twenty foster carers through a local campaign", "Jo Marsh", "Mar 14 2027",
     "Sailing", "green", "2"),
    ("A2", "Train all team managers in reflective supervision", "Head of Service",
     "close of Jun 2027", "Sinking", "red", "3"),
    ("A3", "Review every child placed with parents under a care order", "Ann Lee",
     "close of May 2027", "Ashore", "blue", "1"),
    ("A4", "Audit twelve supervision records each month", "Tom Hart", "close of Jul 2027",
     "Becalmed", "amber", "3"),
    ("A5", "Hold exit interviews with every leaver", "Jo Marsh", "close of Aug 2027",
     "Becalmed", "amber", "2"),
    ("A6", "Track every child's permanence plan weekly at the panel", "Ann Lee",
     "close of Apr 2027", "Ashore", "blue", "3"),
    ("A7", "Set up a monthly supervision clinic for new social workers", "Sam Patel",
     "close of Mar 2027", "Anchored", None, "1"),
]  # fmt: skip
LABELS = ("Steered by", "Lands", "Flow gauge")
LEGEND = "Flow gauge: Sailing; Becalmed; Sinking; Ashore; Anchored."


def actions(first: tuple[str, str | None] | None = None) -> list[FlowAction]:
    """The rows as the diagram's actions; first: the first action's status word and ink."""
    out = [FlowAction(r, t + _TAIL, o, d, s, g, n) for r, t, o, d, s, g, n in ROWS]
    if first is not None:
        out[0].status, out[0].rag = first
    return out


def test_status_words_inked_at_a_strips_end_are_read_by_their_ink() -> None:
    pdf = flow_pdf(RECS, actions(), LABELS, legend=LEGEND)
    plan = extract_plan(parse_pdf_bytes(pdf, "flow.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == {r[0]: r[5] for r in ROWS}
    assert {a.ref: a.owner for a in plan.actions} == {r[0]: r[2] for r in ROWS}
