"""A numbered heading whose words name what the text under it quotes: '2. What Ofsted said'.

A plan written for readers who do not know the inspection's terms (a young people's version)
heads each section with its number and a fixed phrase saying what follows ('2. What Ofsted
said', '3. What inspectors told us'), then quotes the recommendation in the paragraph (or box)
under it. The heading's words are the same in every section: they name no recommendation, the
paragraph under them is recommendation 2. The evidence is that recurrence: a phrase numbered in
two sections or more ('2. Recommendations' numbered once is a section's own title). Which phrases say so is the header vocabulary a
recommendation column is named with (plan_columns.json: recommendation_text), not a list here.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import Element, header_role
from plantrace.extractors.plan_recommendations import MIN_WORDS
from plantrace.pipeline.document import Line
from plantrace.pipeline.normalise.text_keys import text_key

# a section number, a full stop or bracket, then a few words and no more
_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,2})[.)]\s+(?P<name>[A-Za-z][A-Za-z '’-]{2,40}?)\s*:?\s*$")


def numbered_name(text: str) -> str | None:
    """The number of a heading of a number and a phrase naming a recommendation's text ('2.
    What Ofsted said' -> '2'), else None."""
    m = _NUMBERED.match(" ".join(text.split()))
    if m is None or header_role(m.group("name")) != "recommendation_text":
        return None
    return m.group("num")


def join_numbered_names(elements: list[Element]) -> list[Element]:
    """Elements with each one-line paragraph of a numbered name ('2. What Ofsted said') over a
    paragraph of a sentence on the same page (or opening the next: a heading left at a page's
    foot) read as one heading, the number then the sentence
    ('2. Improve the timeliness ...'), as heading() reads a numbered recommendation."""
    out: list[Element] = []
    skip = False
    recurring = _recurring_phrases(elements)
    for el, nxt in zip(elements, [*elements[1:], None], strict=True):
        if skip:
            skip = False
            continue
        num = numbered_name(el.text) if _paragraph(el) and len(el.lines) == 1 else None
        if num is not None and _phrase(el.text) not in recurring:
            num = None  # numbered once ('2. Recommendations'): a section's own title
        if (
            num is None
            or nxt is None
            or not _paragraph(nxt)
            or nxt.page not in (el.page, el.page + 1)
        ):
            out.append(el)
            continue
        body = " ".join(nxt.text.split())
        if not body[:1].isupper() or len(body.split()) < MIN_WORDS:
            out.append(el)
            continue
        label = el.lines[0]
        numbered = Line(f"{num}.", label.bbox, label.font_size, label.bold, label.page,
                        label.index, words=[], span=label.span)  # fmt: skip
        out.append(Element(el.page, el.top, lines=[numbered, *nxt.lines]))
        skip = True
    return out


def _phrase(text: str) -> str:
    m = _NUMBERED.match(" ".join(text.split()))
    return text_key(m.group("name")) if m is not None else ""


def _recurring_phrases(elements: list[Element]) -> set[str]:
    """The fixed phrases numbered in two or more one-line paragraphs with two or more numbers
    ('1. What Ofsted said' .. '2. What Ofsted said'): the evidence that the words are the same in
    every section. A phrase numbered once ('2. Recommendations' over 'Ofsted made the following
    recommendations ...') is a section's title and names no recommendation."""
    numbers: dict[str, set[str]] = {}
    for el in elements:
        if _paragraph(el) and len(el.lines) == 1 and (num := numbered_name(el.text)) is not None:
            numbers.setdefault(_phrase(el.text), set()).add(num)
    return {phrase for phrase, nums in numbers.items() if len(nums) >= 2}


def _paragraph(el: Element) -> bool:
    return el.table is None and el.raw is None and bool(el.lines)
