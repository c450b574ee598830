"""Status tags: an action's status printed as a small box of a few words on its own line.

Task lists and trackers made from web pages (a design system's 'task list', a list view) print
each action's status as a TAG: a box of one or a few words ('Completed', 'At risk', 'Cannot
start yet'), often on a tint, right-aligned on the line where the action's text starts. The
layout reader finds such a box as a ruled table of one cell that no header names (a raw
element), beside the action table (or card) read from the lines; the action's row has no status
column. Here each such box is moved into its action's row, as the row's status cell, so the
plan reader reads its word and its fill as it reads any status cell.

Evidence, not words: the box is one cell of one short line, on the page of the action, its
height overlapping the action text's first line, and to the right of that text; the plan has
two such boxes at least, and most of them read as a status (a colour word or a progress state),
so that a lone boxed word beside a row ('New') is not taken for one.

Tags often say their status by colour: each word printed on one tint wherever it recurs, the
tints of two status hues or more (normalise.rag.words_follow_tints). Then the tints are the
plan's key for those words ('Delayed' on pale red is red, 'In progress' on pale green is
green), as a printed legend would be; a printed legend still wins over it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.pipeline.document import Cell, Line, Page, Word
from plantrace.pipeline.normalise.rag import (
    is_status_state,
    normalise_rag,
    tint_rags,
    words_follow_tints,
)
from plantrace.pipeline.normalise.text_keys import text_key

TAG_WORDS = 4  # a status tag is a few words: 'Cannot start yet', 'Not yet started'
MIN_TAGS = 2  # boxes beside actions a plan prints, at the least, to read them as its statuses
_GAP = 2.0  # points: the tag stands clear of the action text's right edge
_TAB_GAP = 3.0  # font sizes: a gap this wide inside a line sets a tag apart from the text
_ALIGN = 3.0  # points: the tags of one column share an edge within this
TAG_LABEL = "Status (tag)"  # the label of the status column made for a plan's tags


@dataclass(slots=True)
class _Tag:
    index: int  # the element's index
    cell: Cell
    table: PlanTable
    row: Row


def adopt_status_tags(
    elements: list[Element], pages: Sequence[Page] = ()
) -> tuple[list[Element], dict[str, str]]:
    """The elements with each status tag moved into its action's row (a status column made for
    the table), and the key the tags' tints give their words ({} where they give none). pages:
    the document's pages, whose drawing gives a tag read from a line its fill."""
    cells: list[Cell] = []
    tags = _tags(elements)
    if len(tags) >= MIN_TAGS and _statuses([t.cell.text for t in tags]):
        for tag in tags:
            _set_status(tag.table, tag.row, tag.cell)
            cells.append(tag.cell)
        taken = {t.index for t in tags}
        elements = [el for i, el in enumerate(elements) if i not in taken]
    by_page = {p.number: p for p in pages}
    ends = _line_end_tags(elements, by_page)
    if len(ends) >= MIN_TAGS and _statuses([e.words for e in ends]) and _aligned(ends):
        for end in ends:
            cells.append(_cut_tag(end, by_page.get(end.row.page)))
    return elements, tag_key(cells)


def tag_key(cells: Sequence[Cell]) -> dict[str, str]:
    """The colour each tag's word is printed on, where the tints say what the words mean (each
    word on one tint wherever it recurs, two status hues or more): phrase -> colour."""
    texts = [c.text for c in cells]
    fills = [c.fill for c in cells]
    if not words_follow_tints(texts, fills):
        return {}
    return {
        text_key(text): colour
        for text, colour in zip(texts, tint_rags(fills), strict=True)
        if colour is not None and text.strip()
    }


def _tags(elements: Sequence[Element]) -> list[_Tag]:
    """The boxes of one short line beside the first line of an action's text, each with the
    row it stands beside (one box a row)."""
    tables = [el for el in elements if el.table is not None and el.table.kind == ACTION_TABLE]
    found: list[_Tag] = []
    used: set[int] = set()
    for i, el in enumerate(elements):
        cell = tag_cell(el)
        if cell is None:
            continue
        hit = _beside(cell, el.page, tables)
        if hit is not None and id(hit[1]) not in used:
            used.add(id(hit[1]))
            found.append(_Tag(i, cell, *hit))
    return found


def tag_cell(el: Element) -> Cell | None:
    """The cell of a raw box of one cell holding a few words on one line, else None."""
    if el.raw is None or len(el.raw.rows) != 1:
        return None
    cells = [c for c in el.raw.rows[0] if c is not None]
    if len(cells) != 1:
        return None
    cell = cells[0]
    words = cell.text.split()
    if not words or len(words) > TAG_WORDS or len(cell.lines) > 1:
        return None
    if any(ch.isdigit() for ch in cell.text):
        return None  # a date or a figure in a box: no status word
    return cell


def _beside(cell: Cell, page: int, tables: Sequence[Element]) -> tuple[PlanTable, Row] | None:
    """The action row on the page whose text's first line the box stands level with, to its
    right, where the row has no status of its own."""
    top, bottom = cell.bbox[1], cell.bbox[3]
    for el in tables:
        t = el.table
        assert t is not None
        ac = t.col("action")
        if ac is None:
            continue
        for row in t.rows:
            text = row.cells[ac] if ac < len(row.cells) else None
            if text is None or row.page != page or not text.text.strip() or _has_status(t, row):
                continue
            first = text.lines[0].bbox if text.lines else text.bbox
            size = text.lines[0].font_size if text.lines else first[3] - first[1]
            right = max((ln.bbox[2] for ln in text.lines), default=text.bbox[2])
            if top < first[1] + size and bottom > first[1] and cell.bbox[0] >= right + _GAP:
                return t, row
    return None


@dataclass(slots=True)
class _LineEnd:
    """A tag read into the first line of an action's text: the words after a wide gap."""

    table: PlanTable
    row: Row
    col: int
    kept: list[Word]  # the action's words on the line
    tag: list[Word]  # the tag's words

    @property
    def words(self) -> str:
        return " ".join(w.text for w in self.tag)


def _line_end_tags(elements: Sequence[Element], pages: Mapping[int, Page]) -> list[_LineEnd]:
    """Tags printed as pills (a rounded shape, which no table is found for) read into the first
    line of an action's text (or, a pill centred beside text that wraps, into its second): the
    line's last few words, after a gap of several font sizes, in a row with no status of its
    own."""
    found: list[_LineEnd] = []
    for el in elements:
        t = el.table
        ac = t.col("action") if t is not None and t.kind == ACTION_TABLE else None
        if t is None or ac is None:
            continue
        for row in t.rows:
            cell = row.cells[ac] if ac < len(row.cells) else None
            if cell is None or not cell.lines or _has_status(t, row):
                continue
            first = cell.lines[0]
            split = _gap_split(_printed(first, pages.get(first.page)), first.font_size)
            if split is not None:
                found.append(_LineEnd(t, row, ac, *split))
    return found


_SPLIT_LINES = 2  # printed lines of the action's first line a tag is looked for on
_JOINED_LINES = 12  # printed lines a card reader's joined line is followed over, at the most


def _printed(line: Line, page: Page | None) -> list[list[Word]]:
    """The words of the printed lines the line holds, line by line. A line a card reader made
    from the page's (its label taken off, or a wrapped title joined into one) may carry none:
    the page's lines from its index on give them, as far as their words spell its text."""
    if line.words:
        return [line.words]
    if page is None or not 0 <= line.index < len(page.lines):
        return []
    want = line.text.split()
    out: list[list[Word]] = []
    spelt: list[str] = []
    for source in page.lines[line.index : line.index + _JOINED_LINES]:
        spelt += [w.text for w in source.words]
        if spelt != want[: len(spelt)]:
            return []  # the next printed line is not the text's: the words do not spell it
        out.append(source.words)
        if len(spelt) == len(want):
            return out
    return []


def _gap_split(lines: Sequence[list[Word]], size: float) -> tuple[list[Word], list[Word]] | None:
    """The words before and after the widest gap of the first printed line that has a tab's
    (several font sizes) with a few words without a figure after it, the tag's; the kept
    words are all the others, in order."""
    for n, words in enumerate(lines[:_SPLIT_LINES]):
        if len(words) < 2:
            continue
        pairs = zip(words, words[1:], strict=False)
        gap, at = max((b.x0 - a.x1, i + 1) for i, (a, b) in enumerate(pairs))
        tag = words[at:]
        if gap < _TAB_GAP * size or len(tag) > TAG_WORDS:
            continue
        if any(ch.isdigit() for w in tag for ch in w.text):
            continue
        kept = [w for k, ln in enumerate(lines) for w in (ln[:at] if k == n else ln)]
        return kept, tag
    return None


def _aligned(ends: Sequence[_LineEnd]) -> bool:
    """The tags stand in one column: their right edges (right-aligned) or left edges agree."""
    rights = [e.tag[-1].x1 for e in ends]
    lefts = [e.tag[0].x0 for e in ends]
    return max(rights) - min(rights) <= _ALIGN or max(lefts) - min(lefts) <= _ALIGN


def _cut_tag(end: _LineEnd, page: Page | None) -> Cell:
    """The tag's words taken off the action's first line into a status cell of the row, with
    the fill drawn under them (the pill's colour)."""
    cell = end.row.cells[end.col]
    assert cell is not None
    first = cell.lines[0]
    kept = Line(" ".join(w.text for w in end.kept),
                (first.bbox[0], first.bbox[1], end.kept[-1].x1, first.bbox[3]), first.font_size,
                first.bold, first.page, first.index, words=list(end.kept), colour=first.colour)  # fmt: skip
    cell.lines = [kept, *cell.lines[1:]]
    cell.text = "\n".join(ln.text for ln in cell.lines)
    box = (end.tag[0].x0, min(w.top for w in end.tag), end.tag[-1].x1,
           max(w.bottom for w in end.tag))  # fmt: skip
    line = Line(end.words, box, first.font_size, first.bold, first.page, first.index,
                words=list(end.tag))  # fmt: skip
    tag = Cell(end.words, box, [line], _fill_under(box, page))
    _set_status(end.table, end.row, tag)
    return tag


def _fill_under(box: tuple[float, float, float, float], page: Page | None) -> str | None:
    """The smallest filled shape drawn under the middle of the box (a pill behind its word)."""
    if page is None:
        return None
    return page.fill_under((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def _has_status(t: PlanTable, row: Row) -> bool:
    return any(row.text(c).strip() for c in t.cols("rag"))


def _statuses(texts: Sequence[str]) -> bool:
    """Half the boxes' distinct words at least read as a status (a colour word or a progress
    state): the plan's own few states ('Cannot start yet') may be no word the vocabulary
    knows, but a box of a word that is no status ('New', 'Draft') recurring is no status tag."""
    phrases = {text_key(t) for t in texts}
    read = sum(1 for p in phrases if normalise_rag(p) is not None or is_status_state(p))
    return read > 0 and 2 * read >= len(phrases)


def _set_status(t: PlanTable, row: Row, cell: Cell) -> None:
    """The tag as the row's status cell; a status column made for the table where it has none
    (every other row's cell empty)."""
    col = t.col("rag")
    if col is None:
        col = len(t.roles)
        t.roles.append("rag")
        t.labels.append(TAG_LABEL)
        for r in t.rows:
            r.pad(col)
    row.pad(col)
    row.cells[col] = cell


def with_tag_key(key: Mapping[str, str], tags: Mapping[str, str]) -> dict[str, str]:
    """The plan's key with the tags' words added where the printed key does not name them."""
    return {**tags, **key}
