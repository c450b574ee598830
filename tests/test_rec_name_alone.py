"""A plan's own name for the recommendations it quotes, printed alone on its line with the
number ('ISSUE FLAGGED 2', 'What we heard (3)'), the recommendation's text in the paragraph under
it: read as one heading when the name comes back with two numbers or more; a name printed once
('Appendix 1' over a paragraph) labels nothing."""

from __future__ import annotations

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import heading, join_label_headings
from plantrace.pipeline.document import Line

TEXTS = [
    "Strengthen the oversight of children placed with connected carers by team managers",
    "Make sure that return home interviews are offered to every child who goes missing",
]


def _para(text: str, top: float, size: float = 10.0, bold: bool = False) -> Element:
    line = Line(text, (40.0, top, 40.0 + 5.0 * len(text), top + size), size, bold, 1, int(top))
    line.words = []
    return Element(1, top, lines=[line])


def _elements(name: str) -> list[Element]:
    out: list[Element] = []
    top = 60.0
    for n, text in enumerate(TEXTS, start=1):
        out += [_para(f"{name} {n}", top, 8.0, True), _para(text, top + 14.0, 11.0, True)]
        top += 60.0
    return out


def test_recurring_name_alone_over_its_text() -> None:
    for name in ("ISSUE FLAGGED", "What we heard"):
        joined = join_label_headings(_elements(name))
        assert [heading(el.text) for el in joined] == [
            (str(n), text) for n, text in enumerate(TEXTS, start=1)
        ]


def test_name_printed_once_is_no_label() -> None:
    elements = [_para("Appendix 1", 60.0, 8.0, True), _para(TEXTS[0], 74.0, 11.0)]
    assert len(join_label_headings(elements)) == 2
