"""Action refs read as two pieces ('e 1') where the plan's other refs are one word say so: a
letter or mark printed beside the ref was read into it (a clipped column's last letter, a
note mark). Refs that join two ('2.3 / 4.1') are no doubt.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.test_links_unread_warning import _grid

ROWS = [
    ("1", "Run a monthly audit of child protection plans", "Head of Quality", "Mar 2026"),
    ("2", "Recruit four independent reviewing officers", "Principal Social Worker", "Jun 2026"),
    ("3", "Update the threshold document with partners", "Head of Front Door", "Sep 2026"),
    ("4", "Publish a practice standard for assessments", "Head of Quality", "Oct 2026"),
]  # fmt: skip


def _plan(first_ref: str) -> PlanExtraction:
    rows = [(first_ref, *ROWS[0][1:]), *ROWS[1:]]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [_grid(["Ref", "Action", "Lead", "Due"], rows, [60, 380, 150, 80])]
    )
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_a_ref_read_with_a_stray_piece_is_named() -> None:
    plan = _plan("e 1")
    assert [a.ref for a in plan.actions] == ["e 1", "2", "3", "4"]
    warned = [w for w in plan.warnings if w.code == "plan_refs_doubtful"]
    assert [w.message.split(" where")[0] for w in warned] == [
        "1 of 4 action refs read as two pieces ('e 1')"
    ]


def test_one_word_and_joined_refs_say_nothing() -> None:
    for ref in ("1", "1 / 3"):
        assert not [w for w in _plan(ref).warnings if w.code == "plan_refs_doubtful"]
