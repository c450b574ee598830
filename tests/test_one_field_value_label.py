"""A box of one field is a card only under a label the boxes print, not under a value.

A strip of icons parted by gaps ('Sian Pritchard<gap>31-Jul-2026<gap>Complete') parts as a
field whose 'label' is the owner. Two cards of one owner made that owner a label two cards
share, and the owner's other boxes (their update line read as no field) were taken as cards of
one field: their owners and updates were lost and the other owners' boxes dropped. The boxes of
other owners part the same way under other 'labels' over a date: they outnumber the holders, so
the owner is no label (card_grid._one_field). An org chart's boxes printing 'By:' keep theirs.
"""

from __future__ import annotations

from plantrace.extractors.card_grid import _one_field
from plantrace.extractors.plan_cards import _label_of
from plantrace.pipeline.document import Line


def _box(texts: list[str], top: float) -> list[Line]:
    return [
        Line(t, (40.0, top + 14 * k, 500.0, top + 14 * k + 10), 10.0, False, 1, k, words=[])
        for k, t in enumerate(texts)
    ]


def _run(boxes: list[list[Line]], fields: set[str]) -> set[int]:
    def is_field(ln: Line) -> bool:
        return _label_of(ln) in fields

    return _one_field(boxes, {0, 1}, is_field, _label_of)


def test_owner_strip_is_no_label() -> None:
    boxes = [
        _box(
            [
                "1.1 Escalate each strategy discussion",
                "Sian Pritchard:  31-Jul-2026 Complete",
                "Note: Monthly reports",
            ],
            0,
        ),
        _box(
            [
                "2.3 Offer a protected caseload",
                "Sian Pritchard:  31-Dec-2026 On track",
                "Note: Monthly reports",
            ],
            80,
        ),
        _box(["1.2 Agree a joint protocol", "Martin Hale:  30-Apr-2027 Some concerns"], 160),
        _box(
            [
                "1.3 Revise the template",
                "Sian Pritchard:  30-Sep-2026 Some concerns",
                "Recruitment under way",
            ],
            240,
        ),
        _box(["1.4 Run a multi-agency audit", "Grace Adebayo:  30-Jun-2026 Some concerns"], 320),
        _box(["2.2 Launch a campaign", "Amira Choudhury:  31-Mar-2027 Not started"], 400),
    ]
    assert _run(boxes, {"sian pritchard", "note"}) == set()


def test_printed_label_keeps_its_boxes() -> None:
    boxes = [
        _box(["1.1 Convert agency posts", "By: November 2027", "Latest: No lead in post"], 0),
        _box(["1.2 Launch a campaign", "By: June 2027", "Latest: Delayed"], 80),
        _box(["3.1 Apply thresholds", "By: January 2027 Progressing"], 160),
        _box(["4.2 Commission lodgings", "By: July 2027 Progressing"], 240),
        _box(["Improvement Board", "Chair: Imran Qureshi"], 320),
    ]
    assert _run(boxes, {"by", "latest"}) == {2, 3}
