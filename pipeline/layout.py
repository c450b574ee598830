"""Page cleaning and text assembly: running headers/footers out, wrapped lines joined.

Kept separate from the reader so the same rules apply whichever library produced the lines.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from plantrace.pipeline.document import BBox, Line, Page, Ruling, SheetPart, Word
from plantrace.pipeline.normalise.dates import MONTHS
from plantrace.pipeline.numbered_labels import starts_next_item

MARGIN = 0.09  # top/bottom fraction of the page where running lines live
_SAME_HEIGHT = 4.0  # points: a running line sits at the same height on every page
_FIELD_LINE_WORDS = 6  # a running line whose one word changes page to page has this many at least
_DIGITS = re.compile(r"\d+")
_PAGES: dict[str, str] = json.loads(
    resources.files("plantrace.pipeline").joinpath("data/page_numbers.json").read_text("utf-8")
)
_PAGE_NUMBER = re.compile(_PAGES["alone"], re.IGNORECASE)
_PAGE_LABEL = re.compile(_PAGES["running"], re.IGNORECASE)


def page_label(text: str, *, alone: bool = True) -> str | None:
    """The page label a text prints, lower case, or None: the one reading of page-number text
    (data/page_numbers.json), so that what removes a page's number from its lines and what maps
    a printed label to its page agree. alone: the text is the number and nothing else, as at a
    page's foot or head ('3', '- 3 -', 'Page 3 of 12', '3/12'); else the label closes a running
    line after its word ('Our plan  Page 3 of 7', 'Page iv'). Callers say where on the page the
    text must stand."""
    m = _PAGE_NUMBER.match(text.strip()) if alone else _PAGE_LABEL.search(text)
    return m["label"].lower() if m is not None else None


BULLETS = "•●▪■◦○‣∙·-–—*\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2043\u25aa\u25cf\u2219"
_BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s*")
LEADING = 1.6  # baseline pitch, in font sizes, of wrapped lines in one paragraph
_CODE_END = re.compile(r"(?:^|\s)[A-Z0-9]{1,6}-$")  # a code's letters broken at its hyphen
_NUMBERED = re.compile(r"^\s*(\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+", re.IGNORECASE)
_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_TAIL_GAP = 0.8  # font sizes: a wrapped line sits this close under the line it goes on from

# glyphs a plan prints alone as a status, in the status colour: dots, squares, bullets (the
# private-use ones are Wingdings/Symbol bullets as Word prints them)
STATUS_GLYPHS = "●•■▪◆⬤◼\uf06c\uf0a7\uf0b7\uf06e"


@functools.lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """A line's text with its figures as '#' (page 3 and page 4's running line alike).
    Cached: the running-line passes ask each line's key three to five times."""
    return _DIGITS.sub("#", text.lower()).strip()


def _in_margin(line: Line, page: Page) -> bool:
    return line.top < page.height * MARGIN or line.bottom > page.height * (1 - MARGIN)


def _wrapped_tail(text: str) -> bool:
    """A line closing a bracket it does not open ('2026)', 'Care Leavers; May 2026)') is the
    tail of a line wrapped over the page, content, never a running line or a page number."""
    return text.count(")") > text.count("(")


def _year_of_date_above(line: Line, lines: Sequence[Line]) -> bool:
    """A year alone just under a line ending in a month ('... David Osei | 31 July' over
    '2025'): a date wrapped at its year over the page's top margin, content, no page number.
    A page number stands apart from the text; this one sits at a line's pitch under it."""
    if not _YEAR.match(line.text):
        return False
    for above in lines:
        gap = line.top - above.bottom
        if above is line or not -1.0 <= gap <= _TAIL_GAP * max(above.font_size, 4.0):
            continue
        last = above.text.split()[-1].strip(".,;").lower() if above.text.split() else ""
        if last in MONTHS and above.x0 - 2.0 <= line.x0 <= above.bbox[2] + 2.0:
            return True
    return False


def _one_field_changed(
    line: Line, shapes: dict[int, list[tuple[int, float, list[str]]]]
) -> set[int]:
    """The pages printing this line at its height with one word changed at most, digits
    aside: a running header naming a field that changes from page to page ('RUN DATE: ...
    USER: PERFTEAM PAGE 1' / '... USER: IMPPMO PAGE 2'). A line of a few words is left to the
    exact test: one word is too much of it to differ."""
    words = _key(line.text).split()
    if len(words) < _FIELD_LINE_WORDS:
        return set()
    return {
        n for n, top, other in shapes.get(len(words), [])
        if abs(top - line.top) <= _SAME_HEIGHT
        and sum(a != b for a, b in zip(words, other, strict=True)) <= 1
    }  # fmt: skip


def _runs_into(upper: Line, lower: Line) -> bool:
    """The lower line carries on the upper one's sentence: it opens in lower case, at the same
    left edge, a line's pitch down, after no sentence end."""
    return (
        lower.text[:1].islower()
        and abs(lower.x0 - upper.x0) <= 2.0
        and 0 < lower.top - upper.top <= LEADING * max(upper.font_size, 4.0)
        and not upper.text.rstrip().endswith((".", ":", ";", "?", "!"))
    )


def _in_wrapped_sentence(line: Line, pages: Sequence[Page]) -> bool:
    """Whether the line is one half of a sentence wrapped over two lines on its page: a running
    header or footer is a line of its own, not a sentence broken in two."""
    page = next((p for p in pages if p.number == line.page), None)
    if page is None:
        return False
    return any(_runs_into(line, o) or _runs_into(o, line) for o in page.lines if o is not line)


def _under_content(line: Line, lines: Sequence[Line], marked: set[int]) -> bool:
    """Whether a repeated line in the header band sits right under a line of the body: one of its own size, no page
    furniture, overlapping it across the page, a line's pitch above it (a page opening with an
    action's line, then its 'Who will make sure it happens? Helen Markham' that chances to recur
    at that height on another page). A running header stands apart from the body, above it or
    stacked with other running lines; a line run on under content is content, however often
    its text recurs."""
    return any(
        o is not line
        and id(o) not in marked
        and abs(o.font_size - line.font_size) <= 0.5
        and o.x0 < line.bbox[2]
        and line.x0 < o.bbox[2]
        and 0 < line.top - o.top <= LEADING * max(line.font_size, 4.0)
        for o in lines
    )


def _run_on_under(line: Line, lines: Sequence[Line], marked: set[int]) -> bool:
    """Whether a line in the footer band sits a line's pitch under a line of the body (of any
    size: a paragraph's status line set smaller under it), overlapping it across the page: a
    short document's status line that chances to fall at the same height at the foot of two
    pages ('Standing: Amber' under each page's last paragraph), its words printed in the body
    too, is content. A running footer stands apart from the body, below a gap."""
    return any(
        o is not line
        and id(o) not in marked
        and o.x0 < line.bbox[2]
        and line.x0 < o.bbox[2]
        and 0 < line.top - o.top <= LEADING * max(o.font_size, line.font_size, 4.0)
        for o in lines
    )


def running_pages(n_pages: int) -> int:
    """On how many of a document's pages a line must recur to be a running line: two at least,
    and two in five of them (a header left off the first page or a chapter's opening pages)."""
    return max(2, int(0.4 * n_pages))


def clean_pages(pages: list[Page]) -> None:
    """Remove running headers, footers and page numbers in place, re-indexing the lines.

    A running line repeats at the same height on many pages; the height matters because a table
    that breaks over pages can put the same cell text ('Head of Service,') in the top margin of
    several pages at different heights, and that is content.
    """
    tops: dict[str, list[tuple[int, float]]] = {}
    shapes: dict[int, list[tuple[int, float, list[str]]]] = {}  # word count -> margin lines
    for page in pages:
        for ln in page.lines:
            if _in_margin(ln, page):
                tops.setdefault(_key(ln.text), []).append((page.number, ln.top))
                words = _key(ln.text).split()
                shapes.setdefault(len(words), []).append((page.number, ln.top, words))
    threshold = running_pages(len(pages))
    # the shapes of the body's lines: a numbered heading a document prints per section
    # ('Section 2: Inspection recommendation 2') may open several pages at the same height,
    # each with its own number; printed in the body too, it is content, no running line
    # ('Recommendation 5' opening two pages, the body printing 'Recommendation 2' and '3': a
    # plan restating each recommendation over its table in two parts, the same one chancing
    # to open a page in each), with the numbers of both together
    body: dict[str, set[str]] = {}
    texts: dict[str, set[str]] = {}
    for page in pages:
        for ln in page.lines:
            into = texts if _in_margin(ln, page) else body
            into.setdefault(_key(ln.text), set()).add(" ".join(ln.text.split()))

    def running(line: Line) -> bool:
        if _wrapped_tail(line.text):
            return False
        key = _key(line.text)
        numbered = texts.get(key, set()) | body.get(key, set())
        if key in body and len(numbered) > 1 and any(ch.isalpha() for ch in key):
            return False
        same = tops.get(_key(line.text), [])
        pages_at = {n for n, top in same if abs(top - line.top) <= _SAME_HEIGHT}
        if len(pages_at) >= threshold:
            # a sentence wrapped over two lines, printed at the top of a few pages (a heading
            # repeated in each of several letters, each time carried over a page), is content
            return not (2 * len(pages_at) < len(pages) and _in_wrapped_sentence(line, pages))
        return len(_one_field_changed(line, shapes)) >= threshold

    for page in pages:
        numbers = {
            id(ln)
            for ln in page.lines
            if _in_margin(ln, page)
            and page_label(ln.text) is not None
            and not _wrapped_tail(ln.text)
            and not _year_of_date_above(ln, page.lines)
        }
        repeated = {id(ln) for ln in page.lines if _in_margin(ln, page) and running(ln)}
        repeated -= {
            id(ln)
            for ln in page.lines
            if id(ln) in repeated
            and ln.top < page.height / 2
            and _under_content(ln, page.lines, repeated | numbers)
        }  # the header band only: a footer's own line pitch is no run of the body's
        repeated -= {
            id(ln)
            for ln in page.lines
            if id(ln) in repeated
            and ln.top >= page.height / 2
            and _key(ln.text) in body
            and _run_on_under(ln, page.lines, repeated | numbers)
        }  # the footer band: a line the body prints too, a line's pitch under the body's last
        marked = numbers | repeated
        # a repeated line that shares its height with content (the first row of a table continued
        # from the previous page) is content too, however often its text recurs; so is a number
        # in a row of table cells ('2028' ending a date cell, '04' ending a broken 'WO-04'),
        # where a page number stands alone or beside running text only; a page prints one
        # number, so numbers side by side beside a label are a row of figures ('Average
        # caseload | 390 | 374 | 458' opening a page), content too
        for ln in page.lines:
            if id(ln) not in marked:
                continue
            level = [
                o for o in page.lines
                if o is not ln and o.top < ln.bottom - 1 and o.bottom > ln.top + 1
            ]  # fmt: skip
            beside = [o for o in level if id(o) not in marked]
            figures = [o for o in level if id(o) in numbers]
            row = len(beside) >= 2 or bool(beside and figures)
            if row if id(ln) in numbers else bool(beside):
                marked.discard(id(ln))
        kept: list[Line] = []
        for line in page.lines:
            if id(line) in marked:
                page.header_footer.append(line)
            else:
                kept.append(line)
        for i, line in enumerate(kept):
            line.index = i
        page.lines = kept


def strip_marker(text: str) -> tuple[str | None, str]:
    """Split a leading bullet or list number from a line: ('3', 'Ensure that...')."""
    m = _BULLET.match(text)
    if m:
        return "•", text[m.end() :]
    m = _NUMBERED.match(text)
    if m:
        return m.group(1).strip("().").lower() or None, text[m.end() :]
    return None, text


def join_text(parts: Iterable[str]) -> str:
    """Join wrapped lines into one string: single spaces, line-end hyphens kept and closed up."""
    out = ""
    for part in parts:
        part = " ".join(part.split())
        if not part:
            continue
        if not out:
            out = part
        elif out.endswith("-") and (
            part[:1].islower() or _CODE_END.search(out) and part[:1].isdigit()
        ):
            # a word or a code broken at its hyphen: 'multi-' / 'agency', 'WO-' / '04'
            out += part
        else:
            out += " " + part
    return out


@dataclass(slots=True)
class Block:
    """A paragraph or list item: wrapped lines joined, with where it came from."""

    lines: list[Line] = field(default_factory=list)
    marker: str | None = None  # bullet or number that opened it

    @property
    def text(self) -> str:
        texts = [ln.text for ln in self.lines]
        if self.marker is not None and texts:
            texts[0] = strip_marker(texts[0])[1]
        return join_text(texts)

    @property
    def page(self) -> int:
        return self.lines[0].page


def blocks(lines: Sequence[Line]) -> list[Block]:
    """Group lines into paragraphs and list items by markers, gaps and font changes."""
    out: list[Block] = []
    prev: Line | None = None
    for line in lines:
        marker, _ = strip_marker(line.text)
        new = (
            prev is None
            or marker is not None
            or _breaks(prev, line)
            or starts_next_item(out[-1].lines, line)
        )
        if new:
            out.append(Block(lines=[line], marker=marker))
        else:
            out[-1].lines.append(line)
        prev = line
    return out


def _breaks(prev: Line, line: Line) -> bool:
    if line.page != prev.page:
        # a paragraph continues over a page break when the previous one did not end a sentence
        return prev.text.rstrip().endswith((".", ":", "?", "!")) or prev.bold != line.bold
    led = tag_led_wrap(prev, line)  # the line above's size and weight are its chip's
    if abs(line.font_size - prev.font_size) > 1.0 and not led:
        return True
    if line.bold != prev.bold and not (led or _plain_wrap(prev, line)):
        return True
    height = max(prev.bottom - prev.top, 1.0)
    gap = line.top - prev.bottom
    if gap < -2 * height:
        return True
    # line boxes are glyph-tight ('care.' is shorter than 'Health'), so the gap between boxes
    # swings with the letters; the baseline pitch does not: one line's leading is a wrap
    pitch = line.bottom - prev.bottom
    if 0 < pitch <= LEADING * max(line.font_size, 1.0):
        return False
    return gap > 0.9 * height


def tag_led_wrap(prev: Line, line: Line) -> bool:
    """A line that carries on the line above, whose size was read smaller than its own because
    the line above opens with a chip in smaller (bold) type: a tag 'R2' before an action's text
    (a line's size and weight are its first glyph's). It opens in lower case at the line
    above's left edge (or a little left of it: the chip's padding before its glyphs), a line's
    pitch below, and the line above ends no sentence."""
    return (
        prev.font_size < line.font_size
        and line.text.lstrip()[:1].islower()
        and not prev.text.rstrip().endswith((".", ":", "?", "!"))
        and -0.4 * line.font_size <= line.x0 - prev.x0 <= 2.0  # the chip's padding
        and 0 < line.bottom - prev.bottom <= LEADING * max(line.font_size, 1.0)
    )


def _plain_wrap(prev: Line, line: Line) -> bool:
    """A line in plain type that carries on the line above, whose bold lead set that line bold
    ('R2 Ensure that ...' with the code in bold, then '... enquiries are recorded'): it opens in
    lower case at the same left edge, a line's pitch below, and the line above ends no
    sentence. (A line's weight is its first glyph's.)"""
    return (
        prev.bold
        and not line.bold
        and line.text.lstrip()[:1].islower()
        and not prev.text.rstrip().endswith((".", ":", "?", "!"))
        and abs(line.x0 - prev.x0) <= 2.0
        and 0 < line.bottom - prev.bottom <= LEADING * max(line.font_size, 1.0)
    )


# A page set in two text columns (a newspaper section of a Word document): the lines of the two
# columns interleave by height, so a reader ordering lines by their top runs a line of one
# column into the line beside it in the other. A band of the page between lines (or table
# rules) that cross the gutter is set in two columns when both sides hold several lines, each
# side is at least a third of the text width, the gutter is narrow, and each side has wrapped
# prose (lines that fill it), not only the short cells of an unruled table, and no rules box
# anything in it (cards in a grid, a table's cells). (The plan reader also leaves a band alone
# where a table was found by its rules or its header row.)
_MIN_COLUMN_LINES = 4
_COLUMN_SHARE = 0.35  # each column at least this share of the text width
_FULL_LINE = 0.8  # a line this share of its column's width fills it (a wrapped line)
_FULL_SHARE = 0.15  # at least this share of a column's lines fill it (field lines are short)
_MAX_GUTTER = 0.12  # share of the text width


@dataclass(frozen=True, slots=True)
class ColumnBand:
    """A band of a page set in two text columns: its top, its bottom and the right column's
    left edge (x); lines of the band are read left column first."""

    top: float
    bottom: float
    right_x: float
    panels: bool = False  # a row of two panels (see _side_panels), not newspaper columns

    def right_of(self, line: Line) -> bool:
        """Whether the line is in the right column."""
        return line.x0 >= self.right_x - 2

    def order(self, lines: Sequence[Line]) -> list[Line]:
        """The band's lines in reading order: the left column top to bottom, then the right.
        Lines on the left below the whole right column that the page's text also sets after
        it (a one-column heading under balanced columns) come last."""
        rights = [ln for ln in lines if self.right_of(ln)]
        bottom = max((ln.bottom for ln in rights), default=float("inf"))
        last = max((ln.index for ln in rights), default=-1)

        def key(ln: Line) -> tuple[int, float, float]:
            if self.right_of(ln):
                return 1, ln.top, ln.x0
            return (2 if ln.top > bottom and ln.index > last else 0), ln.top, ln.x0

        return sorted(lines, key=key)


def column_bands(page: Page, panel_edge: float | None = None) -> list[ColumnBand]:
    """The bands of a page set in two text columns (see above). A horizontal rule crossing the
    gutter (a table's border) ends a band, as a full-width line does; the rules are read only
    on a page whose lines start at a second column's edge. panel_edge: where another page of
    the document sets rows of panels side by side; a row at that edge is one of them, alone on
    this page or not (the last row of the plan, on a page of its own)."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    if len(lines) < 2 * _MIN_COLUMN_LINES:
        return []
    left, right = min(ln.x0 for ln in lines), max(ln.bbox[2] for ln in lines)
    width = right - left
    edge = _right_column_edge(lines, left, width)
    if edge is None:
        return []
    cuts = [ln.top for ln in lines if ln.x0 < edge - 2 and ln.bbox[2] > edge + 2]
    # a rule crosses the gutter where it starts left of the left column's text: the edge of a
    # box a column wide in the right column (its padding reaches into the gutter) cuts nothing
    left_end = max((ln.bbox[2] for ln in lines if ln.bbox[2] <= edge - 2), default=edge)
    cuts += [
        r.top
        for r in page.rulings
        if r.horizontal
        and r.x0 < min(edge, left_end) - 2 < edge + 2 < r.x1
        and _box_edge(r, page.width)
    ]  # (a mark crossing the gutter, a status pill wrapped onto the next line, cuts nothing)
    bands: list[ColumnBand] = []
    panels: list[ColumnBand] = []
    spans = [(ln.bbox[1], ln.bbox[3], ln) for ln in lines]  # read once, not per band
    for top, bottom in _between(sorted(cuts), page.height):
        inside = [ln for t, b, ln in spans if top < t and b < bottom]
        columns = _two_columns(inside, edge, left, width)
        unequal = columns and _unequal(inside, edge, left)
        if columns and (
            not _boxed(page, top, bottom, edge) or _boxes_aside(page, top, bottom, edge, inside)
        ):
            (panels if unequal else bands).append(ColumnBand(top, bottom, edge))
        elif (_side_panels(inside, edge, left, width) or unequal) and not _boxed(
            page, top, bottom, edge, marks=False
        ):  # (the sides first: most bands are no panels, and _boxed reads every rule)
            # rows of panels may hold marks (bullets, status pills); newspaper columns are set
            # equal, so a narrow side beside a wide one is a panel, however many lines it has
            panels.append(ColumnBand(top, bottom, edge))
    if panels and (
        len(bands) + len(panels) >= _MIN_PANEL_ROWS
        or (panel_edge is not None and abs(panel_edge - edge) <= 2)
    ):
        # rows of panels, some of them wide enough to pass as newspaper columns: all panels
        rows = [ColumnBand(b.top, b.bottom, b.right_x, panels=True) for b in [*bands, *panels]]
        return sorted(rows, key=lambda b: b.top)
    return bands


# A page set as ROWS OF TWO PANELS (a web page's flex rows printed: what was found on the left,
# what will be done on the right, a rule between rows): each row is a band whose two sides are
# separate texts, the left one narrower than a newspaper column and often only a few lines.
# Such a band is read side by side (left, then right) when both sides hold wrapped text, no
# line crosses the gutter, the two sides' lines do not sit on shared baselines (the cells of a
# table row, or cards set side by side, line up; independent texts in their own type do not),
# and the page repeats the device (two such rows at least). Each panel is a unit of its own
# (the plan reader reads each side apart), where newspaper text flows on from column to column.
_MIN_PANEL_LINES = 3
_PANEL_SHARE = 0.2  # the narrower side at least this share of the text width
_MIN_PANEL_ROWS = 2
_SHARED_BASELINES = 0.5  # at most this share of the shorter side's lines on the other's baselines
_PANEL_GUTTER = 0.2  # share of the text width: a ragged narrow side leaves a wider gap


def _side_panels(lines: Sequence[Line], edge: float, left: float, width: float) -> bool:
    sides = _sides(lines, edge, left, _MIN_PANEL_LINES)
    if sides is None:
        return False
    lefts, rights, left_w, right_w, gutter = sides
    if min(left_w, right_w) < _PANEL_SHARE * width or not 0 < gutter <= _PANEL_GUTTER * width:
        return False
    if not (_wraps(lefts, left_w) and _wraps(rights, right_w)):
        return False
    shorter, other = sorted((lefts, rights), key=len)
    shared = sum(1 for a in shorter if any(abs(a.bottom - b.bottom) <= 1.0 for b in other))
    return shared <= _SHARED_BASELINES * len(shorter)


_EQUAL_COLUMNS = 0.2  # newspaper columns are set equal: widths within this share of the wider


def _unequal(lines: Sequence[Line], edge: float, left: float) -> bool:
    """Whether the band's two sides are of unequal width (a narrow panel beside a wide one),
    as the equal columns of a newspaper section are not."""
    lefts = [ln.bbox[2] for ln in lines if ln.bbox[2] <= edge - 2]
    rights = [ln.bbox[2] for ln in lines if ln.x0 >= edge - 2]
    if not lefts or not rights:
        return False
    left_w, right_w = max(lefts) - left, max(rights) - edge
    return abs(left_w - right_w) > _EQUAL_COLUMNS * max(left_w, right_w)


def _wraps(lines: Sequence[Line], column: float) -> bool:
    """A line filling the side's width with the next line of the side right under it: a
    paragraph wrapped in it (the short cells of an unruled table do not wrap)."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    return any(
        a.bbox[2] - a.x0 >= _FULL_LINE * column
        and 0 < b.bottom - a.bottom <= LEADING * max(a.font_size, 1.0)
        for a, b in zip(ordered, ordered[1:], strict=False)
    )


def _boxed(page: Page, top: float, bottom: float, edge: float, marks: bool = True) -> bool:
    """Rules inside the band, outside its gutter: boxes (cards set in a grid, cells of a table)
    that the table and card readers read, not running text. marks: count marks drawn in the
    text too (a bullet's disc, a pill round a status word), else only rules that can edge a
    box."""
    gutter = (edge - 0.06 * page.width, edge)
    return any(
        top < r.top
        and r.bottom < bottom
        and not (gutter[0] <= r.x0 and r.x1 <= gutter[1])
        and (marks or _box_edge(r, page.width))
        for r in page.rulings
    )


# A newspaper section may set a shaded box a column wide between its articles (dates for the
# diary, a profile): the band is still running text where the boxes hold few of its lines and
# each box stands in one column. Cards set in a grid box every line.
_BOXED_SHARE = 0.34  # at most this share of the band's lines inside column-wide boxes


def _boxes_aside(page: Page, top: float, bottom: float, edge: float, lines: Sequence[Line]) -> bool:
    """Whether the band's boxes are a few boxes a column wide among running text: each box
    (a pair of rules across of one extent) in one column, holding few of the band's lines."""
    across = [
        r for r in page.rulings
        if r.horizontal and top < r.top and r.bottom < bottom and _box_edge(r, page.width)
    ]  # fmt: skip
    if not across or any(r.x0 < edge - 2 < r.x1 for r in across if r.x0 < edge - 40):
        return False
    boxes: list[tuple[float, float, float, float]] = []
    used: set[int] = set()  # a box's foot is no other box's top
    # a rule drawn again (a fill's edge over a border's) is one rule
    once = {(round(r.x0), round(r.top), round(r.x1)): r for r in across}
    ordered = sorted(once.values(), key=lambda r: r.top)
    for k, a in enumerate(ordered):
        if k in used:
            continue
        for j in range(k + 1, len(ordered)):
            b = ordered[j]
            if j in used or b.top <= a.top + 5:
                continue
            if abs(b.x0 - a.x0) <= 2 and abs(b.x1 - a.x1) <= 2:
                boxes.append((a.x0, a.top, a.x1, b.top))
                used.add(j)
                break
    if not boxes:
        return False
    inside = sum(
        1
        for ln in lines
        if any(
            x0 - 2 <= ln.x0 and ln.bbox[2] <= x1 + 2 and y0 <= ln.top <= y1
            for x0, y0, x1, y1 in boxes
        )
    )
    return inside <= _BOXED_SHARE * len(lines)


_BOX_EDGE = 0.12  # share of the page width: a shorter rule across is a mark, not a box's edge
_BOX_SIDE = 10.0  # points: a shorter rule down is a mark's side (a bullet's disc, a pill's end)


def _box_edge(rule: Ruling, page_width: float) -> bool:
    """Whether a rule can be the edge of a box round text (a card, a cell), not a mark drawn in
    the text: a bullet's disc, the top and foot of a status pill round one word."""
    across, down = rule.x1 - rule.x0, rule.bottom - rule.top
    return across >= _BOX_EDGE * page_width or down >= _BOX_SIDE


_INDENT = 16.0  # points: the deepest indent of a column's lines from its margin


def _right_column_edge(lines: Sequence[Line], left: float, width: float) -> float | None:
    """The x most lines starting in the middle of the text width start at, if enough do."""
    starts = [round(ln.x0) for ln in lines if left + 0.3 * width < ln.x0 < left + 0.7 * width]
    if len(starts) < _MIN_COLUMN_LINES:
        return None
    best = max(set(starts), key=lambda x: sum(1 for s in starts if abs(s - x) <= 2))
    near = [s for s in starts if abs(s - best) <= 2]
    if len(near) < _MIN_COLUMN_LINES:
        return None
    # indented lines (a fields line under each paragraph) may outnumber the column's own: the
    # column starts at the margin a few lines hold just left of them
    margin = [s for s in starts if best - _INDENT <= s < min(near) - 2]
    return float(min(margin if len(margin) >= 2 else near))


def _between(cuts: Sequence[float], height: float) -> list[tuple[float, float]]:
    edges = [-1.0, *cuts, height + 1.0]
    return [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a]


def _sides(
    lines: Sequence[Line], edge: float, left: float, min_lines: int
) -> tuple[list[Line], list[Line], float, float, float] | None:
    """The lines left and right of `edge` with each side's width and the gutter, or None when a
    line crosses the edge or a side has fewer than min_lines: columns and panels are both told
    from these measures, by different tests."""
    lefts = [ln for ln in lines if ln.bbox[2] <= edge - 2]
    rights = [ln for ln in lines if ln.x0 >= edge - 2]
    if min(len(lefts), len(rights)) < min_lines or len(lefts) + len(rights) < len(lines):
        return None
    left_w = max(ln.bbox[2] for ln in lefts) - left
    right_w = max(ln.bbox[2] for ln in rights) - edge
    gutter = edge - max(ln.bbox[2] for ln in lefts)
    return lefts, rights, left_w, right_w, gutter


def _two_columns(lines: Sequence[Line], edge: float, left: float, width: float) -> bool:
    sides = _sides(lines, edge, left, _MIN_COLUMN_LINES)
    if sides is None:
        return False
    lefts, rights, left_w, right_w, gutter = sides
    if min(left_w, right_w) < _COLUMN_SHARE * width or not 0 < gutter <= _MAX_GUTTER * width:
        return False
    return _fills(lefts, left_w) and _fills(rights, right_w)


def _fills(lines: Sequence[Line], column: float) -> bool:
    full = sum(1 for ln in lines if ln.bbox[2] - ln.x0 >= _FULL_LINE * column)
    return full >= _FULL_SHARE * len(lines)


# A sheet printed two-up (a booklet's A5 pages, two to an A4 landscape sheet) holds two page
# images side by side: no line crosses the middle of the sheet, and each half prints its own page
# number in its margin, the left one before the right. Such a sheet is read as two pages, left
# then right, so that a table on one half is not merged with the other half's lines and a table
# running from the left half to the right continues as it does from page to page.
_GUTTER = 0.02  # share of the sheet width, either side of its middle, that no line crosses


def split_two_up(pages: list[Page]) -> list[Page]:
    """The document's pages with every two-up sheet read as its two pages, renumbered 1.. in
    reading order. A sheet is two-up when its halves carry consecutive page numbers over a clear
    middle; a sheet of the same size with a clear middle and no numbers (a cover, a blank
    closing half) is split too once one sheet of the document shows the numbers."""
    shown = [p for p in pages if _clear_middle(p) and _numbered_halves(p)]
    if not shown:
        return pages
    sizes = {(round(p.width), round(p.height)) for p in shown}
    out: list[Page] = []
    for page in pages:
        if (round(page.width), round(page.height)) in sizes and _clear_middle(page):
            out.extend(_halves(page))
        else:
            out.append(page)
    return renumbered(out)


def renumbered(pages: list[Page]) -> list[Page]:
    """The pages numbered 1.. in reading order, their lines with them: the extractors order
    lines by (page, top), so the parts of a cut sheet must be pages of their own (each keeps
    its sheet's `physical` number, which provenance reports)."""
    for number, page in enumerate(pages, 1):
        page.number = number
        for i, line in enumerate(page.lines):
            line.page, line.index = number, i
    return pages


def _clear_middle(page: Page) -> bool:
    """A landscape sheet with text whose middle no line crosses, top to bottom."""
    if page.width <= page.height or not page.lines:
        return False
    lo, hi = page.width * (0.5 - _GUTTER), page.width * (0.5 + _GUTTER)
    return not any(ln.bbox[0] < hi and ln.bbox[2] > lo for ln in page.lines)


def _numbered_halves(page: Page) -> bool:
    """Each half of the sheet prints a page number in its margin, the right one the next."""
    mid = page.width / 2
    found: list[set[int]] = [set(), set()]
    for ln in page.lines:
        text = ln.text.strip()
        if _in_margin(ln, page) and page_label(text) is not None and not _wrapped_tail(text):
            digits = _DIGITS.findall(text)
            found[ln.bbox[0] >= mid].add(int(digits[0]))
    return any(n + 1 in found[1] for n in found[0])


def _halves(sheet: Page) -> list[Page]:
    """The sheet's two pages (see sheet_parts)."""
    return sheet_parts(sheet, [sheet.width / 2], names=("left half", "right half"))


def sheet_parts(
    sheet: Page, edges: Sequence[float], names: Sequence[str] | None = None
) -> list[Page]:
    """The sheet cut down at the x positions `edges` (rising) into pages, left to right; each
    part's boxes moved to start at its own left edge. A line belongs to the part its right end
    is in. Word boxes and rulings are still read lazily, from the sheet, and moved when they
    are. (A sheet printed two-up is cut at its middle; a folded leaflet's at its folds.)

    Each part keeps the sheet's physical page (Page.physical) and records where it lies on it
    (Page.sheet: its left edge's x, and `names` for it, else 'panel k of n'), so that
    provenance, which names the physical page and a box on it, can be mapped back
    (pipeline.physical_pages). A part of a part (a sheet cut twice) lies on the first sheet:
    the offsets add up."""
    bounds = [0.0, *edges, sheet.width]
    count = len(bounds) - 1
    words = (
        list(names) if names is not None else [f"panel {k} of {count}" for k in range(1, 1 + count)]
    )
    outer = sheet.sheet
    pages: list[Page] = []
    for k, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
        last = hi == sheet.width
        lines = [ln for ln in sheet.lines if lo < ln.bbox[2] and (last or ln.bbox[2] <= hi)]
        if lo > 0:
            _shift_lines(sheet.lines, lines, lo)
        page = Page(
            number=sheet.number,
            width=hi - lo,
            height=sheet.height,
            lines=lines,
            landscape=False,
            ruling_loader=_half_rulings(sheet, lo, hi),
        )
        page.partial = sheet.partial
        page.physical = sheet.physical
        page.sheet = (
            SheetPart(lo, words[k])
            if outer is None
            else SheetPart(outer.dx + lo, f"{outer.where}, {words[k]}")
        )
        pages.append(page)
    return pages


def _shift_lines(sheet_lines: list[Line], right: list[Line], dx: float) -> None:
    """Move the right half's line boxes by -dx now and its word boxes when they are read (the
    reader fills the words of a whole sheet at once, on the first line asked)."""
    pending = [ln for ln in right if ln._words is None]
    for ln in right:
        x0, top, x1, bottom = ln.bbox
        ln.bbox = (x0 - dx, top, x1 - dx, bottom)
        if ln._words is not None:
            _shift_words(ln.words, dx)
    if not pending:
        return
    original = next((ln._loader for ln in sheet_lines if ln._loader is not None), None)
    if original is None:
        return

    def load(line: Line) -> None:
        original(line)
        for ln in pending:
            if ln._words is not None:
                _shift_words(ln._words, dx)
        pending.clear()

    for ln in sheet_lines:
        if ln._words is None:
            ln._loader = load


def _shift_words(words: list[Word], dx: float) -> None:
    for w in words:
        w.x0 -= dx
        w.x1 -= dx


def _half_rulings(sheet: Page, lo: float, hi: float) -> Callable[[Page], tuple[list[Ruling], bool]]:
    """A loader of one half's rulings, fills and status glyphs: the sheet's, read once, those
    inside [lo, hi) clipped to it and moved to start at 0."""

    def inside(box: BBox) -> bool:
        return lo <= (box[0] + box[2]) / 2 < hi

    def moved(box: BBox) -> BBox:
        return (max(box[0], lo) - lo, box[1], min(box[2], hi) - lo, box[3])

    def load(target: Page) -> tuple[list[Ruling], bool]:
        rulings = sheet.rulings
        target.fills = [(moved(b), c) for b, c in sheet.fills if inside(b)]
        target.glyph_fills = [(moved(b), c) for b, c in sheet.glyph_fills if inside(b)]
        target.tiles = [(moved(b), c) for b, c in sheet.tiles if inside(b)]
        target.outlines = [(moved(b), c) for b, c in sheet.outlines if inside(b)]
        target.sectors = [
            (moved(b), c, tuple((x - lo, y) for x, y in pts))
            for b, c, pts in sheet.sectors
            if inside(b)
        ]
        target.polygons = [
            (moved(b), c, tuple((x - lo, y) for x, y in pts))
            for b, c, pts in sheet.polygons
            if inside(b)
        ]
        target.regions = [
            (moved(b), c, tuple(tuple((x - lo, y) for x, y in ring) for ring in rings))
            for b, c, rings in sheet.regions
            if inside(b)
        ]
        out = [
            Ruling(*moved((r.x0, r.top, r.x1, r.bottom)))
            for r in rulings
            if r.x1 > lo and r.x0 < hi and (r.horizontal or lo <= r.x0 < hi)
        ]
        return out, sheet.partial

    return load


# A contents page lists headings, each with the page it starts on set well apart at the right
# (after a gap or dot leaders), the numbers right-aligned and rising. Its entries name the
# document's sections ('3. How we will know we have made a difference  6'), which read as
# numbered content ('recommendation 3') if kept; they are no part of the text.
_CONTENTS_MIN = 3  # entries
_LEADER_GAP = 3.0  # font sizes between an entry's text and its page number, leaders aside
_LEADERS = re.compile(r"^[.·…_\s]+$")
_ENDS_IN_NUMBER = re.compile(r"\S\s+\d{1,3}$")


def _may_end_in_number(text: str) -> bool:
    """_ENDS_IN_NUMBER searched only where the text's last character (or the one before a
    final newline, where $ also matches) is a digit: the search tries every position of every
    line of every page, and most lines end in a letter or a stop."""
    return (text[-1:].isdigit() or text[-2:-1].isdigit()) and bool(_ENDS_IN_NUMBER.search(text))


def drop_contents(pages: list[Page]) -> None:
    """Take a contents page's entries out of its lines, in place (kept in header_footer)."""
    for page in pages:
        numbered = [ln for ln in page.lines if _may_end_in_number(ln.text)]
        if len(numbered) < _CONTENTS_MIN or 2 * len(numbered) < len(page.lines):
            continue  # decided on the text alone: word boxes are read only on a likely page
        entries = [ln for ln in numbered if _contents_entry(ln, len(pages))]
        if len(entries) < _CONTENTS_MIN or 2 * len(entries) < len(page.lines):
            continue
        ends = [ln.bbox[2] for ln in entries]
        numbers = [int(ln.text.split()[-1]) for ln in entries]
        if max(ends) - min(ends) > 2.0 or numbers != sorted(numbers):
            continue
        if _headed_column(page, entries):
            continue
        gone = {id(ln) for ln in entries}
        page.header_footer.extend(entries)
        page.lines = [ln for ln in page.lines if id(ln) not in gone]
        for i, line in enumerate(page.lines):
            line.index = i


def _contents_entry(line: Line, page_count: int) -> bool:
    """Text, then far to its right (or after dot leaders) a page number of this document."""
    words = [w for w in line.words if not _LEADERS.match(w.text)]
    if len(words) < 2 or not words[-1].text.isdigit() or words[-2].text.isdigit():
        return False  # a row of figures ('Done 4 1') is a table's
    if not 1 <= int(words[-1].text) <= page_count:
        return False
    leaders = len(words) < len(line.words) or words[-2].text.endswith("...")
    gap = words[-1].x0 - words[-2].x1
    return leaders or gap >= _LEADER_GAP * max(line.font_size, 1.0)


def _headed_column(page: Page, entries: list[Line]) -> bool:
    """Another line prints a word over the column of numbers: a table's header, not a contents
    list (whose page numbers stand under nothing)."""
    lo = min(ln.words[-1].x0 for ln in entries)
    hi = max(ln.words[-1].x1 for ln in entries)
    mine = {id(ln) for ln in entries}
    return any(w.x0 < hi and w.x1 > lo for ln in page.lines if id(ln) not in mine for w in ln.words)
