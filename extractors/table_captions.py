"""A table's caption printed BELOW it ('Table 3: Actions answering recommendation 2'): the
table's title, as Word's Insert Caption (below by default for many house styles) and LaTeX
often place it. The reading order gives each heading above a table as its context, so a caption
under a table, which stands above the NEXT table, would be read as that next table's title (a
wrong link) or, as now, as nobody's (none). Here a caption line is given to the table over it
where the plan's captions stand below their tables.

Decided by SHAPE and PLACE, never by one plan's words:
- shape: a line opening with a caption label and a number and a separator (data/
  table_captions.json: 'Table 3:', 'Figure 2 -'), a short paragraph of its own;
- place: directly under a table (the element before it, on its page, within a few of its own
  font sizes), and the plan's captions stand below their tables as a whole: every caption
  that touches a table touches it on the side nearer to it below, none above (a caption
  between two tables is its closer table's). A plan captioning its tables above (many do)
  gives nothing here, and its captions stay the headings of the tables under them.

What such a caption says of the recommendation (a label and its number: 'recommendation 2',
'Priority 3') is read as the table's printed link, as a tag over it would be
(plan_groups.tag_links), and the caption is no heading or tag of the next table. An action
table whose caption names none while others' do is said (plan_links_partial): the plan links
by its captions, and that table's link was not read from its own.

Pure functions over the plan's elements (extractors.plan_columns.read_layout).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.extractors.plan_prose import alternation
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Table

_DATA = json.loads((Path(__file__).parent / "data" / "table_captions.json").read_text("utf-8"))
_RECS = json.loads(
    (Path(__file__).parent / "data" / "recommendation_labels.json").read_text("utf-8")
)


# 'Table 3: <text>', 'Figure 2 - <text>', 'Table 4.1. <text>': label, number, separator, text
_CAPTION = re.compile(
    rf"^\s*(?:{alternation(_DATA['label_words'])})\s*(?:{_DATA['numbers']})\s*"
    rf"(?:{alternation(_DATA['separators'])})\s+(?P<text>\S.*)$",
    re.I | re.S,
)
# a recommendation named by its label and number(s) ('recommendation 2', 'Priority 3 and 4')
_NAMED = re.compile(
    rf"\b(?:{alternation([w.rstrip('.') for w in _RECS['label_words']])})s?\.?\s*"
    rf"(?:(?:{alternation(_RECS['number_words'])})\s*)?"
    r"\(?\d{1,2}\)?(?:\s*(?:,|and|&|/)\s*\(?\d{1,2}\)?)*",
    re.I,
)
MAX_CAPTION_LINES = 3  # a caption is a line or two; a longer paragraph is prose
MAX_GAP_SIZES = 2.5  # the caption's font sizes of white space at most between it and its table


def _caption_text(el: Element) -> str | None:
    """The text after a caption's label and number, where el is a short paragraph of that
    shape ('Table 3: Actions answering recommendation 2' -> 'Actions answering ...')."""
    if el.table is not None or el.raw is not None or not el.lines:
        return None
    if len(el.lines) > MAX_CAPTION_LINES:
        return None
    m = _CAPTION.match(" ".join(el.text.split()))
    return m.group("text") if m else None


def _is_table(el: Element) -> bool:
    """A printed table: a plan table read from a ruled or aligned grid, or one with no known
    header (a status key). Cards read as a table have no printed box to sit under."""
    return el.raw is not None or (el.table is not None and bool(el.table.pieces))


def _pieces(el: Element) -> list[Table]:
    """The printed boxes of a table element, page by page."""
    if el.raw is not None:
        return [el.raw]
    return el.table.pieces if el.table is not None else []


ACROSS = float("inf")  # a table on the page before or after: adjoining over a page break


def _gap_below(table: Element, cap: Element) -> float | None:
    """White space from the table's bottom down to the caption on its page; ACROSS where the
    table ends on the page before (the caption pushed over a page break), else None."""
    box = _pieces(table)[-1]
    first = cap.lines[0]
    if box.page == first.page - 1:
        return ACROSS
    return first.bbox[1] - box.bbox[3] if box.page == first.page else None


def _gap_above(cap: Element, table: Element) -> float | None:
    """White space from the caption's bottom down to the table's top on its page; ACROSS where
    the table starts on the next page, else None."""
    box = _pieces(table)[0]
    last = cap.lines[-1]
    if box.page == last.page + 1:
        return ACROSS
    return box.bbox[1] - last.bbox[3] if box.page == last.page else None


def _near(gap: float | None, limit: float) -> float | None:
    """The gap where the caption sits close enough to be the table's (or over a page break)."""
    return gap if gap is not None and (gap == ACROSS or -1.0 <= gap <= limit) else None


def _side(elements: list[Element], i: int) -> tuple[float | None, float | None]:
    """The caption at i's gaps to the table right above it and right below it (None: no
    table there within a few of its font sizes; ACROSS: one over a page break)."""
    limit = MAX_GAP_SIZES * elements[i].lines[0].font_size
    below = above = None
    if i > 0 and _is_table(elements[i - 1]):
        below = _near(_gap_below(elements[i - 1], elements[i]), limit)
    if i + 1 < len(elements) and _is_table(elements[i + 1]):
        above = _near(_gap_above(elements[i], elements[i + 1]), limit)
    return below, above


def _vote(below: float | None, above: float | None) -> str | None:
    """Which table a caption shows itself to be printed with: 'below' its table (closer to the
    one over it, or the only one by it on its page), 'above' its table, or None where its
    place cannot say (a table on one side on its page and one over a page break on the other:
    a page can part a caption from either)."""
    if below is None and above is None:
        return None
    if below is None or above is None:
        gap = below if above is None else above
        return None if gap == ACROSS else ("below" if above is None else "above")
    if ACROSS in (below, above):
        return None
    return "below" if below < above else "above" if above < below else None


def captions_below(elements: list[Element]) -> dict[int, int]:
    """Each caption printed under its table: caption's index -> the table's index, where the
    plan's captions stand below their tables (at least one caption shows it by its place and
    none shows the other side), else {}: captions over their tables are headings. A caption
    the page break parted from the table above it is that table's too."""
    sides = {
        i: _side(elements, i) for i, el in enumerate(elements) if _caption_text(el) is not None
    }
    votes = [_vote(*gaps) for gaps in sides.values()]
    if "below" not in votes or "above" in votes:
        return {}
    return {i: i - 1 for i, (below, _) in sides.items() if below is not None}


def captions_above(elements: list[Element]) -> dict[int, int]:
    """Each caption printed over its table: caption's index -> the table's index, where the
    plan's captions stand above their tables (at least one caption shows it by its place and
    none shows the other side), else {}. The rule of captions_below the other way round: a
    caption over a table is its heading in the reading order already, but 'Table 2: Actions
    for recommendation 1' opens with the caption's label, so no heading or tag was read from
    it and the table's actions were linked to nothing. A caption the page break parted from
    the table under it (at the foot of the page before) is that table's too."""
    sides = {
        i: _side(elements, i) for i, el in enumerate(elements) if _caption_text(el) is not None
    }
    votes = [_vote(*gaps) for gaps in sides.values()]
    if "above" not in votes or "below" in votes:
        return {}
    return {i: i + 1 for i, (_, above) in sides.items() if above is not None}


def caption_links(elements: list[Element], under: dict[int, int]) -> dict[int, str]:
    """The recommendation(s) each captioned action table's caption names, as printed
    ('recommendation 2'), by the table's index: its link, as a Rec cell would give it (under:
    caption's index -> its table's, captions_below or captions_above). A
    caption naming none ('Table 7: Measures of success') links nothing."""
    out: dict[int, str] = {}
    for c, t in under.items():
        table = elements[t].table
        text = _caption_text(elements[c])
        if table is None or table.kind != ACTION_TABLE or text is None:
            continue
        if (m := _NAMED.search(text)) is not None:
            out[t] = m.group(0)
    return out


def unnamed_captions_said(
    elements: list[Element], under: dict[int, int], links: dict[int, str], side: str = "below"
) -> list[ExtractionWarning]:
    """A warning naming the action tables whose caption below names no recommendation while
    other tables' captions do: the plan links its tables by their captions, so those tables'
    actions are linked by place alone (a heading above) or not at all."""
    links = {t: link for t, link in links.items() if t in under.values()}
    if not links:
        return []
    unnamed = [
        (c, table)
        for c, t in under.items()
        if t not in links
        and (table := elements[t].table) is not None
        and table.kind == ACTION_TABLE
    ]
    if not unnamed:
        return []
    c = unnamed[0][0]
    rows = sum(len(table.rows) for _, table in unnamed)
    return [
        ExtractionWarning(
            code="plan_links_partial",
            message=f"{len(unnamed)} action table(s) of {len(unnamed) + len(links)} are"
            f" captioned {side} ({' '.join(elements[c].text.split())!r} ..) by a caption naming"
            f" no recommendation while the others' captions do: their {rows} row(s) are not"
            " linked by a caption, only by place if at all; check the plan",
            page=elements[c].lines[0].page,
        )
    ]
