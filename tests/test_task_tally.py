"""A task client's record closes with a tally ('Total Work: 0 hours  Actual Work: 0 hours'):
those bookkeeping fields are set aside so the record's body is not read as a new card's title."""

from __future__ import annotations

from plantrace.extractors.plan_cards import trim_tally_lines
from plantrace.pipeline.document import Line


def _line(i: int, text: str) -> Line:
    return Line(text=text, bbox=(50.0, 100.0 + 12 * i, 400.0, 110.0 + 12 * i), font_size=10.0,
                bold=False, page=2, index=i, words=[])  # fmt: skip


KNOWN: dict[str, str | None] = {
    "subject": None, "due date": "due", "status": "rag", "owner": "owner",
    "total work": "other", "actual work": "other", "percent complete": "other",
}  # fmt: skip


def test_tally_after_the_body_is_set_aside() -> None:
    texts = ["Subject: 1.1 Hold weekly exploitation meetings", "Due Date: Fri 14/03/2027",
             "Status: In Progress", "Owner: Grace Adebayo", "Meetings held since May",
             "Total Work: 0 hours  Actual Work: 0 hours"]  # fmt: skip
    lines = [_line(i, t) for i, t in enumerate(texts)]
    kept = trim_tally_lines(lines, KNOWN)
    assert [ln.text for ln in kept] == texts[:5]


def test_record_fields_are_kept() -> None:
    texts = ["Subject: 1.1 Hold weekly meetings", "Owner: Grace Adebayo", "Percent Complete: 50%",
             "Status: In Progress"]  # fmt: skip
    lines = [_line(i, t) for i, t in enumerate(texts)]
    assert trim_tally_lines(lines, KNOWN) == lines
