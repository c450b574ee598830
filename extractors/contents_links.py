"""Links given by a contents page: each recommendation listed with the page (or pages) its
actions are on ('Recommendation 2: <text> ...... 3', '3-4'), the action pages naming no
recommendation.

Such a plan prints its action tables on pages of their own under a bare heading ('Action
schedule'); the only link from an action to its recommendation is the contents page's page
reference against the page number printed in the action page's running foot or head ('Page 3
of 7'). That printed number is not the PDF page's index: a contents page numbered 'i', or a
summary page, comes before page 1. The actions were read with no recommendation (or all with
the contents' last entry, read by place as a heading over them), and nothing said so.

The evidence, no plan's wording:

- the printed page labels: a running head or foot line (Page.header_footer, or a line in the
  top or bottom PAGE_EDGE of the page) ending in a page label (pipeline.layout.page_label,
  the one reading of page numbers: 'Page 3 of 7', 'Page i'); a label printed on one page alone
  maps to that page;
- the contents entries: lines ending, far to the right of their text (GAP font sizes or dot
  leaders) or as a number alone level with the entry's first line, in a page reference
  (page: '3', '3-4', '3 to 4'), the references right-aligned (within ALIGN points) with each other;
  an entry is a recommendation's where its line holds the opening words of a recommendation
  read from the plan;
- the link: an action on a page whose printed label falls in exactly one recommendation's
  reference answers that recommendation.

Links read before stand, unless every linked action shares one recommendation while the
contents gives the actions' pages to two or more (a place guess: the contents' last entry read
as a heading over every table). An action the contents cannot place (its page in no entry's
reference or in two, or its page's printed number unread) is named in a plan_links_partial
warning: its recommendation is unread.

Pure: copies actions; no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from plantrace.extractors.drawn_links import apply_drawn_links
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Page, Word
from plantrace.pipeline.layout import page_label
from plantrace.pipeline.numbered_labels import RANGE, number_run

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/contents_links.json").read_text("utf-8")
)
_PAGE = _DATA["page"]
_REF = re.compile(rf"^(?P<first>{_PAGE})(?:{RANGE}(?P<last>{_PAGE}))?$")
_LEADER_SIGNS = ".·…_"
_LEADERS = re.compile(rf"^[{_LEADER_SIGNS}]+$")
_WORD = re.compile(r"[a-z0-9']+")

PAGE_EDGE = 0.1  # of the page's height: a line this near its top or bottom is a running line
GAP = 3.0  # font sizes between an entry's text and its page reference, leaders aside
ALIGN = 2.5  # points: the entries' page references end this close to each other
OPENING = 6  # opening words of a recommendation that its contents entry must hold
MIN_LINKED = 2  # actions placed by the contents that make the plan read so


@dataclass
class _Entry:
    page: int  # the contents page
    rec: str  # id of the recommendation it lists
    first: int  # printed pages of its reference
    last: int
    tail: str  # the last word of the entry's line, before its reference
    ref: str  # the reference as printed ('3', '3-4')


def link_by_contents(
    pages: Sequence[Page], actions: list[Action], recs: list[Recommendation]
) -> tuple[list[Recommendation], list[Action], list[ExtractionWarning]]:
    """The recommendations with their contents entries' page references taken out of their
    text; the actions with the recommendation the contents page gives their page to; and a
    warning naming the actions it cannot place (their link is the one read before)."""
    if len(actions) < MIN_LINKED or not recs:
        return recs, actions, []
    entries = [e for page in pages for e in _entries(page, recs)]
    if not entries:
        return recs, actions, []
    recs = _without_references(recs, entries)
    return (recs, *_link(pages, actions, entries))


def _link(
    pages: Sequence[Page], actions: list[Action], entries: Sequence[_Entry]
) -> tuple[list[Action], list[ExtractionWarning]]:
    labels = page_labels(pages)
    contents = {e.page for e in entries}
    covered: dict[int, set[str]] = {}  # PDF page number -> ids of the recommendations given it
    for e in entries:
        for label in number_run(str(e.first), str(e.last)) or [str(e.first)]:
            if (number := labels.get(label)) is not None:
                covered.setdefault(number, set()).add(e.rec)
    on_pages = [i for i, a in enumerate(actions) if a.provenance.page not in contents]
    given = {r for i in on_pages for r in covered.get(actions[i].provenance.page, set())}
    read = {tuple(actions[i].recommendations) for i in on_pages if actions[i].recommendations}
    guessed = len(read) <= 1 and len(given) >= 2  # one link for all: a place guess
    links: dict[int, list[str]] = {}
    unplaced: list[tuple[int, int]] = []
    for i in on_pages:
        a = actions[i]
        if a.recommendations and not guessed:
            continue
        here = covered.get(a.provenance.page, set())
        if len(here) == 1:
            links[i] = sorted(here)
        else:
            unplaced.append((i, a.provenance.page))
    if len(links) < MIN_LINKED and not guessed:
        # too few placed to read the plan so (its printed numbers unread): the unlinked said
        links = {}
        unplaced = [
            (i, actions[i].provenance.page) for i in on_pages if not actions[i].recommendations
        ]
        if not unplaced:
            return actions, []
    if guessed:
        links.update({i: [] for i, _ in unplaced})  # the place guess is no link
    return apply_drawn_links(
        actions,
        links,
        unplaced,
        "the contents page gives each recommendation's actions by the pages they are on, but"
        " {count} action(s) stand on a page whose printed number it gives to no one"
        " recommendation, or whose printed number was not read ({shown}): their"
        " recommendation is unread",
    )


def page_labels(pages: Sequence[Page]) -> dict[str, int]:
    """Printed page label (lower case) -> the number of the one page that prints it in a
    running head or foot line."""
    where: dict[str, set[int]] = {}
    for page in pages:
        found: set[str] = set()
        running = {id(ln) for ln in page.header_footer}
        for ln in [*page.header_footer, *page.lines]:
            if id(ln) not in running and not _at_edge(ln, page):
                continue
            if (label := page_label(ln.text, alone=False)) is not None:
                found.add(label)
        if len(found) == 1:
            where.setdefault(found.pop(), set()).add(page.number)
    return {label: min(ns) for label, ns in where.items() if len(ns) == 1}


def _at_edge(ln: Line, page: Page) -> bool:
    return ln.bbox[1] > page.height * (1 - PAGE_EDGE) or ln.bbox[3] < page.height * PAGE_EDGE


def _entries(page: Page, recs: Sequence[Recommendation]) -> list[_Entry]:
    """The contents entries of this page that list a recommendation read, with their page
    references: right-aligned with each other, in rising order down the page."""
    lines = [*page.lines, *page.header_footer]
    found: list[tuple[Line, list[Word], _Ref]] = []  # line, its entry's text, its reference
    for ln in lines:
        got = _reference(ln)
        if got is None:
            continue
        body, ref = got
        if not body:
            body = level_text(ln, lines)
        if body:
            found.append((ln, body, ref))
    if not found:
        return []
    end = max(
        (f[2].end for f in found), key=lambda x: sum(abs(x - f[2].end) <= ALIGN for f in found)
    )
    out: list[tuple[float, _Entry]] = []
    for ln, body, ref in found:
        if abs(ref.end - end) > ALIGN:
            continue
        text = " ".join(_WORD.findall(" ".join(w.text for w in body).lower()))
        for r in recs:
            opening = " ".join(_WORD.findall(r.text.lower())[:OPENING])
            if opening and opening in text:
                entry = _Entry(page.number, r.id, ref.first, ref.last, body[-1].text, ref.text)
                out.append((ln.bbox[1], entry))
                break
    out.sort(key=lambda t: t[0])
    firsts = [e.first for _, e in out]
    if len(out) < MIN_LINKED or firsts != sorted(firsts):
        return []
    return [e for _, e in out]


@dataclass
class _Ref:
    first: int  # the first and last page it gives
    last: int
    end: float  # its right end
    text: str  # as printed


def _reference(ln: Line) -> tuple[list[Word], _Ref] | None:
    """A line's closing page reference, set apart from its text: (its text's words, the
    reference)."""
    # (a leader opens with its sign: the pattern is asked only of such words, most being text)
    words = [w for w in ln.words if w.text[:1] not in _LEADER_SIGNS or not _LEADERS.match(w.text)]
    leaders = len(words) < len(ln.words)
    for k in (3, 1):
        if len(words) < k or not words[-k].text[:1].isdecimal():
            continue  # a reference opens with its page number (most lines' words are text)
        m = _REF.match(" ".join(w.text for w in words[-k:]))
        if m is None:
            continue
        body = words[:-k]
        if body and not leaders and words[-k].x0 - body[-1].x1 < GAP * max(ln.font_size, 1.0):
            return None
        first = int(m.group("first"))
        last = int(m.group("last") or first)
        if last < first:
            return None
        return body, _Ref(first, last, words[-1].x1, " ".join(w.text for w in words[-k:]))
    return None


def level_text(ref: Line, lines: Sequence[Line], every: bool = False) -> list[Word]:
    """A page reference printed alone: the words of the line level with it, to its left
    (every: of all such lines, left to right: a row's label and text printed in cells apart,
    'Recommendation 2 | <text> | see Annex 4')."""
    mid = (ref.bbox[1] + ref.bbox[3]) / 2
    level = [
        ln for ln in lines
        if ln is not ref and ln.bbox[1] <= mid <= ln.bbox[3] and ln.bbox[2] < ref.bbox[0]
    ]  # fmt: skip
    if not every:
        return list(level[0].words) if level else []
    return [w for ln in sorted(level, key=lambda x: x.x0) for w in ln.words]


def _without_references(
    recs: list[Recommendation], entries: Sequence[_Entry]
) -> list[Recommendation]:
    """A page reference printed level with an entry's first line, read into the text of the
    recommendation it lists between that line and its wrap ('... criminal and sexual 2
    exploitation ...') or at its end: taken out."""
    by_id = {e.rec: e for e in entries}
    out: list[Recommendation] = []
    for r in recs:
        e = by_id.get(r.id)
        if e is not None:
            stray = re.compile(rf"(?<=\s{re.escape(e.tail)})\s+{re.escape(e.ref)}(?=\s|$)")
            text = stray.sub("", r.text, count=1)
            if text != r.text and text.strip():
                r = r.model_copy(update={"text": text})
        out.append(r)
    return out
