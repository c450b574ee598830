"""A page of titled boxes per recommendation: the box titled as quoting the inspection is its text.

A staff briefing (a '7 minute briefing', a poster, a one-page summary) gives each recommendation
a page of its own, drawn as a set of titled boxes, often numbered as the reader should take them
('1 Background', '2 What Ofsted said', '3 Why it matters', '5 What we are doing'). One box's
title says it quotes the inspection ('What Ofsted said', 'What the inspectors found'): its text is
the page's recommendation. Another box holds the actions. The boxes' numbers order the panels of
the page; they are no recommendation numbers ('4 Who is leading this Senior sponsor: ...' read as
recommendation 4 over every page's actions). The recommendation's own number is printed on the
page by its label ('... - Recommendation 2', 'Recommendation 2' under an emblem).

A one-cell box whose first line is a title (bold or larger than the text under it; a panel
number may open it) that names a recommendation's text (the header vocabulary a recommendation
column is named with: plan_columns.json recommendation_text), with a sentence under it, on a
page that holds an action table and no other such box, is read as that page's recommendation
heading ('2. Improve ...'), set before the page's first action table. The page's other numbered
boxes lose their panel numbers, so that none opens a section of its own. Where no line of the
page states the recommendation's label and number, the box's place among such boxes numbers it,
and a warning says so. A box whose text lists two recommendations or more by number ('The
recommendations': 'R1 ...', 'R2 ...') quotes none of them: it is the plan's list of them, left
to the readers of such lists.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plantrace.extractors.column_roles import REC_LABELS
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, header_role
from plantrace.extractors.plan_recommendations import MIN_WORDS
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Line, Table

# a box's title: an optional panel number, then a few words and no more
_TITLE = re.compile(
    r"^\s*(?:(?P<num>\d{1,2})[.)]?\s+)?(?P<name>[A-Za-z][A-Za-z '’-]{2,40}?)\s*:?\s*$"
)
# a line closing on a label and a number ('... - Recommendation 2', 'Area for improvement 3')
_LABELLED = re.compile(r"(?P<words>(?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s+(?P<num>\d{1,2})\s*$")
_PANEL_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s+(?=[A-Za-z])")
# an action's ref ('2a', '2.1') at the start of a cell
_REF = re.compile(r"\s*(?P<ref>\d{1,2}(?:[a-z]|\.\d{1,2}))\s")
# a numbered box title glued before the first action's ref ('5 What we are doing 2a Escalate')
_GLUED = re.compile(r"^\s*\d{1,2}[.)]?\s+(?:[A-Za-z'’-]+\s+){1,6}?(?=\d{1,2}(?:[a-z]|\.\d{1,2})\s)")
MAX_TITLE_WORDS = 6  # a panel's title is a phrase; a numbered sentence is an item
# a line opening an entry of a list of recommendations: a label ('R', 'Rec.', 'Recommendation':
# the recommendations' own label words) or none, then its number, then its text
_ENTRY = re.compile(
    rf"^\s*(?:(?:{'|'.join(sorted(map(re.escape, REC_LABELS), key=len, reverse=True))})\.?\s?)?"
    r"(?P<n>\d{1,2})[.):]?\s+[A-Za-z]",
    re.I,
)


def adopt_said_boxes(elements: list[Element]) -> tuple[list[Element], list[ExtractionWarning]]:
    """Elements with each page's box quoting the inspection (module docstring) read as that
    page's numbered recommendation heading, set before the page's first action table, and the
    page's other numbered boxes without their panel numbers; warnings for boxes numbered by
    their place alone. The same list where no page has one."""
    elements = [_opened(el) for el in elements]  # a box listing the recommendations
    said: dict[int, list[int]] = {}
    for i, el in enumerate(elements):
        if _said_body(el) is not None:
            said.setdefault(el.page, []).append(i)
    pages = {
        page: found[0]
        for page, found in said.items()
        if len(found) == 1 and any(_actions_on(el, page) for el in elements)
    }
    if not pages:
        return elements, []
    warnings: list[ExtractionWarning] = []
    heads: dict[int, Element] = {}
    for order, (page, i) in enumerate(sorted(pages.items()), start=1):
        number = _page_number(elements, page)
        if number is None:
            number = str(order)
            warnings.append(ExtractionWarning(
                code="plan_said_box_unnumbered",
                message=(
                    "the box quoting the inspection's recommendation states no number on its "
                    f"page; read as recommendation {number} by its place among "
                    "such boxes: check the actions' recommendation"
                ),
                page=page,
            ))  # fmt: skip
        heads[i] = _heading(elements[i], number)
    out: list[Element] = []
    placed: set[int] = set()
    for i, el in enumerate(elements):
        if i in heads:
            if el.page not in placed:
                out.append(heads[i])
                placed.add(el.page)
            continue
        if el.page in pages and el.page not in placed and _actions_on(el, el.page):
            out.append(heads[pages[el.page]])  # the box drawn after the actions: before them
            placed.add(el.page)
        if el.page in pages:
            el = _unnumbered(el)
            _untitle_first_row(el)
        out.append(el)
    return out, warnings


def _actions_on(el: Element, page: int) -> bool:
    return el.page == page and el.table is not None and el.table.kind == ACTION_TABLE


def _cell(el: Element) -> Cell | None:
    """The one cell of a box (a one-cell table with text), else None."""
    if el.raw is None or el.table is not None:
        return None
    cells = [c for r in el.raw.rows for c in r if c is not None]
    return cells[0] if len(cells) == 1 and cells[0].lines else None


def _title(cell: Cell) -> re.Match[str] | None:
    """The box's title line, where its first line is one: a short phrase, bold or larger than
    the line under it."""
    first, rest = cell.lines[0], cell.lines[1:]
    if not rest:
        return None
    m = _TITLE.match(" ".join(first.text.split()))
    if m is None or len(m.group("name").split()) > MAX_TITLE_WORDS:
        return None
    return m if first.bold and not rest[0].bold or first.font_size > rest[0].font_size else None


def _said_body(el: Element) -> list[Line] | None:
    """The text lines of a box titled as quoting a recommendation, under a sentence's worth of
    words, else None."""
    cell = _cell(el)
    if cell is None or (m := _title(cell)) is None:
        return None
    if header_role(m.group("name")) != "recommendation_text":
        return None
    if _lists_recs(cell):
        return None  # the plan's list of its recommendations: adopt_said_boxes opens it
    body = " ".join(ln.text for ln in cell.lines[1:]).split()
    if len(body) < MIN_WORDS or not body[0][:1].isupper():
        return None
    return cell.lines[1:]


def _lists_recs(cell: Cell) -> bool:
    """The box's text lists two recommendations or more by number ('R1 ...', 'R2 ...')."""
    return len({e.group("n") for ln in cell.lines[1:] if (e := _ENTRY.match(ln.text))}) >= 2


def _opened(el: Element) -> Element:
    """A titled box listing the recommendations by number, as its lines (its title, then its
    entries), for the readers of such lists; any other element as it stands."""
    cell = _cell(el)
    if cell is None or (m := _title(cell)) is None or not _lists_recs(cell):
        return el
    if header_role(m.group("name")) != "recommendation_text":
        return el
    return Element(el.page, el.top, lines=list(cell.lines))


def _page_number(elements: list[Element], page: int) -> str | None:
    """The one number the page's lines give a recommendation label ('Recommendation 2' on
    the title line or under an emblem), else None (none, or two different)."""
    found: set[str] = set()
    for el in elements:
        if el.page != page or el.table is not None or el.raw is not None:
            continue
        for ln in el.lines:
            m = _LABELLED.search(" ".join(ln.text.split()))
            if m is None:
                continue
            words = m.group("words").split()
            if any(
                header_role(" ".join(words[k:])) == "recommendation_text" for k in range(len(words))
            ):
                found.add(str(int(m.group("num"))))
    return found.pop() if len(found) == 1 else None


def _heading(el: Element, number: str) -> Element:
    """The box read as a numbered recommendation heading: its number, then its text lines."""
    body = _said_body(el)
    assert body is not None
    title = body[0]
    numbered = Line(f"{number}.", title.bbox, title.font_size, title.bold, title.page,
                    title.index, words=[], span=title.span)  # fmt: skip
    return Element(el.page, el.top, lines=[numbered, *body])


def _unnumbered(el: Element) -> Element:
    """A numbered box ('4 Who is leading this' over its text) without its panel number; any
    other element as it stands."""
    cell = _cell(el)
    if cell is None or _title(cell) is None or _PANEL_NUMBER.match(cell.lines[0].text) is None:
        return el
    first = cell.lines[0]
    text = _PANEL_NUMBER.sub("", first.text, count=1)
    line = Line(text, first.bbox, first.font_size, first.bold, first.page, first.index,
                words=[], span=first.span, colour=first.colour)  # fmt: skip
    lines = [line, *cell.lines[1:]]
    new = replace(cell, text=" ".join(ln.text for ln in lines), lines=lines)
    assert el.raw is not None
    rows = [[new if c is cell else c for c in r] for r in el.raw.rows]
    raw = Table(el.raw.page, el.raw.bbox, rows, el.raw.ruled)
    return Element(el.page, el.top, lines=list(el.lines), table=el.table, raw=raw)


def _untitle_first_row(el: Element) -> None:
    """The action box's numbered title ('5 What we are doing') read into its first action's
    cell, before a ref shaped as the next row's ('2a' then '2b'), taken off that cell."""
    t = el.table
    if t is None or t.kind != ACTION_TABLE or len(t.rows) < 2 or (col := t.col("action")) is None:
        return
    first, second = t.rows[0], t.rows[1]
    cell = first.cells[col] if col < len(first.cells) else None
    m = _GLUED.match(cell.text) if cell is not None else None
    nxt = _REF.match(second.text(col))
    if cell is None or m is None or nxt is None:
        return
    rest = _REF.match(cell.text[m.end() :])
    if rest is None or not _alike(rest.group("ref"), nxt.group("ref")):
        return
    text = cell.text[m.end() :]
    lines = [
        Line(ln.text[m.end() :] if k == 0 and ln.text.startswith(m.group(0)) else ln.text,
             ln.bbox, ln.font_size, ln.bold, ln.page, ln.index, words=[], span=ln.span,
             colour=ln.colour)
        for k, ln in enumerate(cell.lines)
    ]  # fmt: skip
    cells = list(first.cells)
    cells[col] = replace(cell, text=text, lines=lines)
    first.cells = cells


def _alike(a: str, b: str) -> bool:
    """Two refs of one shape and one recommendation ('2a' and '2b', '2.1' and '2.2')."""
    sa, sb = (
        re.split(r"(?<=\d)(?=[a-z.])", a, maxsplit=1),
        re.split(r"(?<=\d)(?=[a-z.])", b, maxsplit=1),
    )
    return len(sa) == len(sb) == 2 and sa[0] == sb[0] and sa[1][:1].isalpha() == sb[1][:1].isalpha()
