"""A status inked in its colour whose field wraps: 'Flow gauge:' ends the strip's line and the
status word ('Sinking', in red) stands alone on the next line. The value's ink is its last
line's, not the label line's (black), so the word is read by its ink as the others are."""

from __future__ import annotations

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.flow_diagrams import flow_pdf
from tests.test_card_field_inks import LABELS, LEGEND, RECS, ROWS, actions

LONG = "Assistant Director, Children's Social Care and Early Help"


def test_a_status_wrapped_onto_the_next_line_is_read_by_its_ink() -> None:
    acts = actions()
    acts[1].owner = acts[2].owner = LONG  # A2 'Sinking' (red), A3 'Ashore' (blue) wrap
    plan = extract_plan(parse_pdf_bytes(flow_pdf(RECS, acts, LABELS, legend=LEGEND), "f.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == {r[0]: r[5] for r in ROWS}
    assert [a.owner for a in plan.actions][1:3] == [LONG, LONG]
