"""Recommendations of an Ofsted report, in document order, with number, category and full text.

A recommendation list opens at a heading whose wording says so ("What needs to improve?",
"What does the local authority need to improve?", "Recommendations", "Areas for improvement",
"What does the LSCB need to improve?"; see extractors.report_nlp) and closes at the next heading
that is not one of its own sub-headings ("Priority and immediate action", "Areas for
improvement", the 2013 timescales "Immediately:" / "Within three months:"). Inside it, an item
opens at a bullet or list number and runs on through lines indented past that marker, across page
breaks; lines at or left of the marker (topic sub-headings, lead-ins such as "The inspection did
not find any areas for priority and immediate action.") close it and are not recommendations.
Deeper-indented bullets are sub-points of the item and join its text. Contents pages, running
headers/footers (removed by the reader) and footnotes never enter the text.

Categories: SIF lists are `priority_and_immediate` under that sub-heading, else
`area_for_improvement`, and `lscb` when the list belongs to the LSCB (its own heading or the LSCB
section of the report); 2013 reports are `area_for_improvement` with the timescale group; ILACS
bullets have no category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrace.extractors.report_nlp import (
    HeadingKind,
    body_font,
    footnote_lines,
    heading_kind,
    is_contents_page,
    list_marker,
)
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.grades import Framework, RecommendationCategory
from plantrace.models.inspection import Recommendation
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Line, ParsedDocument
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.text_keys import text_key

EXTRACTOR = "extractors.recommendations"
INDENT = 4.0  # points a continuation line sits right of its item's marker
# Vertical gaps are measured against the type size, not glyph boxes (which readers draw tight or
# loose): line spacing inside a paragraph is well under one type size, between blocks well over.
_LSCB_PART = re.compile(r"\b(lscb|safeguarding children board|section 2)\b", re.I)
_LA_PART = re.compile(r"\b(section 1|the local authority)\b", re.I)
# "The inspection did not find any areas for priority and immediate action." fills an empty group
NONE_FOUND = re.compile(
    r"\b(did|does|has|have) not (find|found|identify|identified|make|made)\b.{0,40}"
    r"\b(areas?|actions?|recommendations?)\b|^there (are|were) no\b",
    re.I,
)
LEAD_IN = re.compile(r"(\b(the following|as follows)\b\W*(\w+\W*)?|:)$", re.I)


@dataclass(slots=True)
class Item:
    marker: str
    marker_x: float
    lines: list[Line] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    category: RecommendationCategory | None = None
    timescale: str | None = None
    sub_items: int = 0


@dataclass(slots=True)
class _State:
    framework: Framework
    lscb_part: bool = False
    in_section: bool = False
    section_lscb: bool = False
    priority: bool = False
    timescale: str | None = None
    item: Item | None = None
    items: list[Item] = field(default_factory=list)
    last_number: int = 0

    section_items: int = 0

    def close_item(self) -> None:
        if self.item is not None:
            self.items.append(self.item)
            self.item = None
            self.section_items += 1

    def close_section(self) -> None:
        self.close_item()
        self.in_section = False

    def category(self) -> RecommendationCategory | None:
        if self.framework is Framework.sif:
            if self.section_lscb:
                return RecommendationCategory.lscb
            if self.priority:
                return RecommendationCategory.priority_and_immediate
            return RecommendationCategory.area_for_improvement
        if self.framework is Framework.other:
            return RecommendationCategory.area_for_improvement
        return None


def _stream(doc: ParsedDocument, body: float) -> list[Line]:
    out: list[Line] = []
    for page in doc.pages:
        if is_contents_page(page):
            continue
        skip = footnote_lines(page, body)
        out.extend(ln for ln in page.lines if ln.index not in skip)
    return out


def _is_heading(line: Line, body: float) -> bool:
    if list_marker(line)[0] is not None:
        return False
    if line.font_size >= body + 1.5:
        return True
    return line.bold and line.font_size >= body - 0.5


def _plain_heading(lines: list[Line], i: int) -> bool:
    """A recommendations heading set in body type: the wording alone on a line, set apart."""
    line = lines[i]
    text = line.text.strip()
    if text.endswith(".") or len(text.split()) > 10 or list_marker(line)[0] is not None:
        return False
    if heading_kind(text) is None:
        return False
    prev = lines[i - 1] if i else None
    return prev is None or prev.page != line.page or line.top - prev.bottom > 0.7 * line.font_size


def _heading_run(lines: list[Line], i: int, body: float) -> int:
    """Index past the heading lines that continue the heading at i (a wrapped heading)."""
    j = i + 1
    while j < len(lines):
        prev, line = lines[j - 1], lines[j]
        if line.page != prev.page or not _is_heading(line, body):
            break
        if (
            abs(line.font_size - prev.font_size) > 0.6
            or line.top - prev.bottom > 0.9 * line.font_size
        ):
            break
        j += 1
    return j


def _number(marker: str) -> int | None:
    return int(marker) if marker.isdigit() else None


def _timescale(text: str) -> str:
    return text_key(text.strip().rstrip(":"))


def extract_recommendations(doc: ParsedDocument, framework: Framework) -> list[Recommendation]:
    body = body_font(doc)
    lines = _stream(doc, body)
    st = _State(framework=framework)
    i = 0
    while i < len(lines):
        line = lines[i]
        # a line indented under an open item continues it, whatever its first glyph's size
        under_item = st.item is not None and line.x0 > st.item.marker_x + INDENT and not line.bold
        if not under_item and (_is_heading(line, body) or _plain_heading(lines, i)):
            j = max(_heading_run(lines, i, body), i + 1)
            text = " ".join(ln.text for ln in lines[i:j])
            if st.item is not None:
                _drop_echo(st.item, text)
            _heading(st, text, lines[i:j], lines[j] if j < len(lines) else None, body)
            i = j
            continue
        if st.in_section:
            _body_line(
                st, line, lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
            )
        i += 1
    st.close_section()
    return _records(st.items, doc.sha256)


def _drop_echo(item: Item, heading: str) -> None:
    """Cut the next heading's words where they also end the item's last line.

    Some reports carry an invisible copy of a heading (a bookmark target) at the end of the line
    above it: "... missing from home and care. Areas for improvement". Only text after a sentence
    end that repeats the heading word for word goes.
    """
    last = item.texts[-1].rstrip()
    head = " ".join(heading.split())
    if len(last) > len(head) and last.endswith(head):
        before = last[: -len(head)].rstrip()
        if before.endswith((".", ";", ":")):
            item.texts[-1] = before


def _heading(st: _State, text: str, run: list[Line], nxt: Line | None, body: float) -> None:
    kind = heading_kind(text)
    major = run[0].font_size >= body + 1.5
    if kind is None and major and st.framework is Framework.sif:
        if _LSCB_PART.search(text):
            st.lscb_part = True
        elif _LA_PART.search(text):
            st.lscb_part = False
    if kind in (HeadingKind.recs, HeadingKind.recs_lscb) or (
        not st.in_section and kind in (HeadingKind.areas, HeadingKind.priority)
    ):
        st.close_section()
        st.in_section = True
        st.section_items = 0
        st.section_lscb = kind is HeadingKind.recs_lscb or st.lscb_part
        st.priority = kind is HeadingKind.priority
        st.timescale = None
        return
    if not st.in_section:
        return
    if kind is HeadingKind.priority:
        st.close_item()
        st.priority = True
        return
    if kind is HeadingKind.areas:
        st.close_item()
        st.priority = False
        return
    if kind is HeadingKind.timescale:
        st.close_item()
        st.timescale = _timescale(text)
        return
    if not major and _topic_heading(st, text, nxt):
        st.close_item()
        return
    st.close_section()


def _topic_heading(st: _State, text: str, nxt: Line | None) -> bool:
    """A short topic label inside a numbered list ('Care leavers'): the numbering runs on after it.

    A sentence-like heading ('The local authority has the following strengths:') ends the list
    even though SIF paragraph numbers also run on through the report.
    """
    if nxt is None or len(text.split()) > 6 or text.rstrip().endswith((":", ".")):
        return False
    n = _number(list_marker(nxt)[0] or "")
    if n is None:
        return False
    # the numbering runs on below the label; a label opening the list stands above its first item
    return n == st.last_number + 1 if st.last_number else st.item is None and not _section_items(st)


def _section_items(st: _State) -> bool:
    """Whether the open section has produced an item already (a topic label opens none)."""
    return st.section_items > 0


def _continues(item: Item, line: Line, prev: Line) -> bool:
    """An unmarked line indented past the item's marker, right below it or over a page break."""
    if line.x0 <= item.marker_x + INDENT:
        return False
    return line.page != prev.page or line.top - prev.bottom < 1.4 * line.font_size


def _body_line(st: _State, line: Line, prev: Line | None, nxt: Line | None) -> None:
    marker, rest = list_marker(line)
    item = st.item
    if marker is not None:
        if item is not None and line.x0 > item.marker_x + INDENT:
            if not (marker.isdigit() and item.sub_items == 0 and _group_label(item)):
                item.lines.append(line)  # a sub-point of the item
                item.texts.append(rest)
                item.sub_items += 1
                return
            st.item = None  # the 'item' was a marked topic label over numbered items: not one
        st.close_item()
        st.item = Item(
            marker=marker,
            marker_x=line.x0,
            lines=[line],
            texts=[rest],
            category=st.category(),
            timescale=st.timescale if st.framework is Framework.other else None,
        )
        n = _number(marker)
        if n is not None:
            st.last_number = n
        return
    if (
        item is not None
        and prev is not None
        and _continues(item, line, prev)
        and not _label_between(item, line, nxt)
    ):
        item.lines.append(line)
        item.texts.append(line.text)
        return
    st.close_item()  # a lead-in, a topic sub-heading or narrative: not part of any item


_LABEL_WORDS = 8


def _is_label(text: str) -> bool:
    """A short topic label: a few words, capitalised, no sentence punctuation."""
    text = text.strip()
    words = text.split()
    return (
        0 < len(words) <= _LABEL_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ":", ";", ",", "?", "!"))
    )


def _group_label(item: Item) -> bool:
    """An item that is only a one-line label ('Quality of practice'), numbered items below it."""
    return len(item.lines) == 1 and _is_label(item.texts[0])


def _label_between(item: Item, line: Line, nxt: Line | None) -> bool:
    """An indented label line between a finished item and the next numbered one.

    'Care leavers' set at the text column after '... placements.' and above '16. Ensure ...'
    is a group heading, not the end of item 15.
    """
    if nxt is None or not _is_label(line.text) or not item.texts[-1].rstrip().endswith("."):
        return False
    marker = list_marker(nxt)[0]
    return marker is not None and marker.isdigit() and nxt.x0 <= item.marker_x + INDENT


def _records(items: list[Item], sha: str) -> list[Recommendation]:
    out: list[Recommendation] = []
    for item in items:
        text = join_text(item.texts)
        if not text or (item.sub_items == 0 and LEAD_IN.search(text)) or NONE_FOUND.search(text):
            continue
        first = item.lines[0].page
        on_page = [ln for ln in item.lines if ln.page == first]
        out.append(
            Recommendation(
                id=f"r{len(out) + 1}",
                number=item.marker if item.marker.isdigit() else None,
                text=text,
                category=item.category,
                timescale=item.timescale,
                provenance=Provenance(
                    sha256=sha,
                    page=first,
                    bbox=(
                        min(ln.bbox[0] for ln in on_page),
                        min(ln.bbox[1] for ln in on_page),
                        max(ln.bbox[2] for ln in on_page),
                        max(ln.bbox[3] for ln in on_page),
                    ),
                    line_span=(on_page[0].index, on_page[-1].index),
                    extractor=EXTRACTOR,
                    extractor_version=EXTRACTOR_VERSION,
                ),
            )
        )
    return out
