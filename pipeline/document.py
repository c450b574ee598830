"""The parsed-document structure every extractor reads: pages -> lines (with words) and rulings.

Plain dataclasses with slots, not pydantic: thousands of lines per document are built on the hot
path, and nothing here crosses a trust boundary. Coordinates are PDF points, top-left origin
(x0, top, x1, bottom).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from plantrace.pipeline.visible_rulings import visible_rulings

if TYPE_CHECKING:
    from plantrace.models.results import ExtractionWarning
    from plantrace.pipeline.form_fields import FormField

BBox = tuple[float, float, float, float]
# a filled shape drawn as a closed polygon of straight edges that is no rectangle (a hexagon of a
# honeycomb, a chevron): its box, its fill '#rrggbb' and its corners in page coordinates
Polygon = tuple[BBox, str, tuple[tuple[float, float], ...]]
# a filled closed shape with curved edges, bigger than a badge both ways (a target's ring drawn
# as a disc, a diagram's zone, a rounded box): its box, its fill '#rrggbb' (white included) and
# its outline, its curves followed, one ring of points per closed piece
Region = tuple[BBox, str, tuple[tuple[tuple[float, float], ...], ...]]


def in_polygon(corners: Sequence[tuple[float, float]], x: float, y: float) -> bool:
    """Whether the point lies inside the polygon (even-odd rule). Why: shapes that tile a page
    without rectangles (hexagons in a comb) overlap each other's boxes, so a word's shape is
    told by the shape's edges, not its box."""
    inside = False
    n = len(corners)
    for i in range(n):
        (x0, y0), (x1, y1) = corners[i], corners[(i + 1) % n]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    # a word set along another line than its own (a strip's words run on to the next line,
    # read as on the strip's line): the word as printed; None where it stands as printed
    printed: Word | None = field(default=None, compare=False, repr=False)
    # the ink its first character is printed in ('#rrggbb'; None: not known): a cell cut from
    # a line joined across a table's cells keeps the ink of its own words (tables._sub_line)
    colour: str | None = field(default=None, compare=False, repr=False)
    # letters printed spaced apart, joined back by the reader (pipeline.spaced_letters): type
    # set apart as a heading is, as bold is
    spaced: bool = field(default=False, compare=False, repr=False)


def box_within(a: BBox, b: BBox, slack: float = 2.0) -> bool:
    """a lies inside b, give or take `slack` points (rulings and cell padding)."""
    return (
        a[0] >= b[0] - slack
        and a[1] >= b[1] - slack
        and a[2] <= b[2] + slack
        and a[3] <= b[3] + slack
    )


def lines_bbox(lines: Sequence[Line]) -> BBox:
    """The box around a non-empty run of lines."""
    return (
        min(ln.bbox[0] for ln in lines),
        min(ln.bbox[1] for ln in lines),
        max(ln.bbox[2] for ln in lines),
        max(ln.bbox[3] for ln in lines),
    )


def boxes_bbox(boxes: Sequence[BBox]) -> BBox:
    """The box around a non-empty run of boxes (a dial's slices, a table's pieces, a run of
    cards): one helper, as lines_bbox and words_bbox are for lines and words."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def words_bbox(words: list[Word]) -> BBox:
    """The box around a non-empty run of words. One pass over the words, not a min or max of
    each edge: a table's cells make a box for every piece of every line they cut (about
    10,000 a plan), most of a word or two, where four generators cost more than the compares.
    Each edge keeps the first of equal values, as min and max do."""
    it = iter(words)
    w = next(it, None)
    if w is None:
        raise ValueError("words_bbox() of no words")  # as min() of none raised
    x0, top, x1, bottom = w.x0, w.top, w.x1, w.bottom
    for w in it:
        if w.x0 < x0:
            x0 = w.x0
        if w.top < top:
            top = w.top
        if w.x1 > x1:
            x1 = w.x1
        if w.bottom > bottom:
            bottom = w.bottom
    return (x0, top, x1, bottom)


def word_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Loose words (a box's, read from the page) into lines, top down, each left to right: a
    word whose middle lies within a line's height joins it. For readers of drawn boxes, whose
    words come from the page and not from one text line."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        for ln in out:
            if ln[0].top <= mid <= ln[0].bottom:
                ln.append(w)
                break
        else:
            out.append([w])
    for ln in out:
        ln.sort(key=lambda w: w.x0)
    out.sort(key=lambda ln: ln[0].top)
    return out


class Line:
    """One text line: its box, font, and words with their boxes.

    Word boxes cost two pdfium calls per word, more than reading the text itself, and most pages
    (a report's prose) never need them; the reader therefore leaves them to a loader that fills a
    whole page's words on first access. Lines built in tests pass words=[...] directly.
    """

    __slots__ = (
        "text", "bbox", "font_size", "bold", "page", "index", "_words", "_loader", "span", "colour",
        "end_colour",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        bbox: BBox,
        font_size: float,
        bold: bool,
        page: int,
        index: int,
        words: list[Word] | None = None,
        loader: Callable[[Line], None] | None = None,
        span: tuple[int, int] | None = None,
        colour: str | None = None,
        end_colour: str | None = None,
    ) -> None:
        self.text = text
        self.bbox = bbox
        self.font_size = font_size
        self.bold = bold
        self.page = page  # 1-based
        self.index = index  # position on the page after cleaning, 0-based
        self._words = words
        self._loader = loader
        self.span = span  # the reader's char index range on the page, for the lazy loader
        # the colour its first character is printed in ('#rrggbb'; None: not known, as for a
        # line built from a Word or Excel source): a status said by the colour of its word, a
        # list heading 'Delayed' printed red
        self.colour = colour
        # the colour its last character is printed in, as colour (a Word source's: the last
        # word's own colour where its run states one): a value printed in a colour of its own
        # after a label in the text's ('Check: Slipping', the status word red)
        self.end_colour = end_colour

    @property
    def words(self) -> list[Word]:
        if self._words is None:
            loader, self._loader = self._loader, None
            if loader is not None:
                loader(self)  # fills this line's words (and its page's)
            if self._words is None:
                self._words = []
        return self._words

    @words.setter
    def words(self, value: list[Word]) -> None:
        self._words = value
        self._loader = None

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def bottom(self) -> float:
        return self.bbox[3]

    def __repr__(self) -> str:
        return f"Line(page={self.page}, index={self.index}, text={self.text!r})"


@dataclass(slots=True)
class Ruling:
    """A thin path object: a table border or cell edge."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) <= (self.x1 - self.x0)


@dataclass(frozen=True, slots=True)
class Ribbon:
    """A curved path drawn across the page (a band or a connector): its left end, a span of
    height at x0 (top0..bottom0; a line's end is a point, top0 == bottom0), its right end at x1
    (top1..bottom1), and its colour ('#rrggbb', None where it is only stroked)."""

    x0: float
    top0: float
    bottom0: float
    x1: float
    top1: float
    bottom1: float
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class CellNote:
    """A comment a source keeps on one cell (an Excel cell comment): the page (sheet) it is on,
    the cell's row and column (1-based, as the user sees them), who wrote it and what it says."""

    page: int
    row: int
    col: int
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a line sits in a source whose pages are not printed pages (Word, Excel).

    part names a table ('table 2'), the body's paragraphs ('paragraph') or, with cols set, a sheet;
    rows and cols are 1-based and inclusive, as the user sees them in Word or Excel.
    """

    part: str
    rows: tuple[int, int]
    cols: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class SheetPart:
    """Where a page cut from a printed sheet lies on it (layout.sheet_parts: a sheet printed
    two-up, a folded leaflet's panels): the x of the part's left edge on the sheet, and the part
    in words ('left half', 'panel 2 of 3'). The cut page's boxes are in its own coordinates and
    its number counts the cut pages; provenance names the sheet (Page.physical) and a box on it
    (pipeline.physical_pages)."""

    dx: float  # points: add to a box's x on the cut page for its x on the sheet
    where: str


@dataclass(slots=True)
class Cell:
    text: str
    bbox: BBox
    lines: list[Line] = field(default_factory=list)
    fill: str | None = None  # background colour '#rrggbb' (a RAG cell may say it only in colour)


@dataclass(slots=True)
class Table:
    page: int
    bbox: BBox
    rows: list[list[Cell | None]]  # None: covered by a merged cell above or to the left
    ruled: bool
    # columns only the second row of a record printed as a pair of rows filled (row_pairs):
    # what is reported against the plan (the update, the variance), by column
    # (keyword-only: subclasses add fields of their own after 'ruled', field_value_rows)
    reported: frozenset[int] = field(default=frozenset(), kw_only=True)
    # of those, the columns counting the days between the pair's two dates (a variance): worked
    # out from the dates, no field (derived_columns.pair_variances)
    worked_out: frozenset[int] = field(default=frozenset(), kw_only=True)


class Page:
    """One page: cleaned lines, and the rulings (vector lines) that tables are built from.

    Rulings are read lazily: walking a page's vector objects costs about as much as reading its
    text, and only table pages need them (a report's judgement table, a plan's action tables).
    Pages built in tests simply pass rulings=[...].
    """

    __slots__ = (
        "number", "width", "height", "lines", "header_footer", "partial", "landscape",
        "_rulings", "_ruling_loader", "tables", "fills", "glyph_fills", "struck_memo", "balls",
        "tiles", "outlines", "sheet", "physical", "groups_memo", "ribbons", "polygons", "regions",
        "sectors",
    )  # fmt: skip

    def __init__(
        self,
        number: int,
        width: float,
        height: float,
        lines: list[Line] | None = None,
        rulings: list[Ruling] | None = None,
        header_footer: list[Line] | None = None,
        partial: bool = False,
        landscape: bool = False,
        ruling_loader: Callable[[Page], tuple[list[Ruling], bool]] | None = None,
        tables: list[Table] | None = None,
    ) -> None:
        self.number = number  # 1-based, in reading order (a cut sheet's parts count one each)
        # the 1-based page of the file it was read from: its number as read, kept when sheets
        # cut into parts renumber the pages (layout.sheet_parts); provenance names this one
        self.physical = number
        self.width = width
        self.height = height
        self.lines: list[Line] = lines if lines is not None else []
        self.header_footer: list[Line] = header_footer if header_footer is not None else []
        self.partial = partial  # layout work stopped at the per-page budget
        self.landscape = landscape
        self._rulings = rulings
        self._ruling_loader = ruling_loader
        # Tables the format states (Word, Excel: pipeline/readers/); None: infer them from rulings
        # and alignment (PDF). Their cells' lines are also in `lines`, so text readers see them.
        self.tables = tables
        # filled rectangles (box, '#rrggbb'), read with the rulings: a RAG cell may say it only
        # in colour (issue 11); white fills are left out
        self.fills: list[tuple[BBox, str]] = []
        # status glyphs ('●', '■') and small filled shapes (a circle drawn as a path), and the
        # colour they are printed in (box, '#rrggbb'), read with the rulings: a RAG cell may
        # hold only a coloured mark, no word (pipeline.marks)
        self.glyph_fills: list[tuple[BBox, str]] = []
        # rounded filled shapes taller than a badge and smaller than a card (box, '#rrggbb'),
        # read with the rulings: a summary's tiles, each holding an action's number and status
        # (extractors.status_tiles)
        self.tiles: list[tuple[BBox, str]] = []
        # pills drawn as a coloured outline alone, no fill (box, '#rrggbb'), read with the
        # rulings: a chip's tint for the card readers (plan_chip_key), which shades no table
        # cell (a status pill at a line's end is no cell painted in its colour)
        self.outlines: list[tuple[BBox, str]] = []
        # circles drawn partly filled (box, share filled 0..1), read with the rulings: a status
        # printed as a 'Harvey ball' (pipeline.fill_scale)
        self.balls: list[tuple[BBox, float]] = []
        # curved paths drawn across the page from one place to another (a Sankey diagram's
        # bands, a curved connector), read with the rulings: where each ends on its left and on
        # its right (extractors.ribbon_links joins the boxes they touch)
        self.ribbons: list[Ribbon] = []
        # filled closed polygons of straight edges bigger than a mark, no rectangles (a
        # honeycomb's hexagons, each an action's card), read with the rulings: their corners
        # say which words each holds where their boxes overlap (extractors.drawn_cards)
        self.polygons: list[Polygon] = []
        # filled closed shapes with curved edges bigger than a badge (a target's rings, a
        # diagram's zones, a rounded box), read with the rulings: a word's smallest shape says
        # which region of a drawing it is written in (extractors.region_status)
        self.regions: list[Region] = []
        # filled slices of a circle (a straight edge and one curve: a pie's slice, a gauge's
        # arc segment), read with the rulings (box, '#rrggbb', the path's points): no cell's
        # edges or shading, but a drawing standing in a row's cell fills the row's height
        # (extractors.gauges); a needle pointing into one paints its dial (gauge_needles)
        self.sectors: list[tuple[BBox, str, tuple[tuple[float, float], ...]]] = []
        # struck_through's answer and the (id, len) of the lines and rulings it was read from
        # (pipeline.tables): read once per page, kept with the page it belongs to
        self.struck_memo: (
            tuple[tuple[int, int, int, int], tuple[frozenset[int], frozenset[int]]] | None
        ) = None
        # the page's groups of rulings (pipeline.tables.ruling_groups) and the rulings list and
        # strikes they were read from: lattice_tables and open_grids both ask, once per page
        self.groups_memo: (
            tuple[tuple[list[Ruling], int, frozenset[int]], list[tuple[list[Ruling], list[Ruling]]]]
            | None
        ) = None
        # the printed sheet this page was cut from, and where on it (None: the page is a
        # physical page as read); provenance is mapped back to the sheet through it
        self.sheet: SheetPart | None = None

    @property
    def rulings(self) -> list[Ruling]:
        if self._rulings is None:
            if self._ruling_loader is None:
                self._rulings = []
            else:
                found, partial = self._ruling_loader(self)
                # off-page shadows and lines drawn twice are no rulings (visible_rulings)
                self._rulings = visible_rulings(found, self.width, self.height)
                self.partial = self.partial or partial
                self._ruling_loader = None
        return self._rulings

    @rulings.setter
    def rulings(self, value: list[Ruling]) -> None:
        self._rulings = value
        self._ruling_loader = None

    def fill_under(
        self, x: float, y: float, keep: Callable[[str], bool] | None = None
    ) -> str | None:
        """The colour of the smallest filled shape drawn under the point (a pill behind a
        word), of those keep accepts; None where none is. The page's drawing is loaded first:
        the fills are read with the rulings, so a caller need not touch them."""
        _ = self.rulings
        under = [
            ((b[2] - b[0]) * (b[3] - b[1]), colour)
            for b, colour in self.fills
            if b[0] <= x <= b[2] and b[1] <= y <= b[3] and (keep is None or keep(colour))
        ]
        return min(under)[1] if under else None

    def __repr__(self) -> str:
        return f"Page(number={self.number}, lines={len(self.lines)})"


@dataclass(slots=True)
class ParsedDocument:
    path: str
    sha256: str
    pages: list[Page]
    metadata: dict[str, str] = field(default_factory=dict)
    source: Any = None  # the open pdfium document behind lazy page data; close() releases it
    format: str = "pdf"  # the backend that read it: pdf, docx, xlsx
    # (page, box, where) for each cell and paragraph line of a source whose pages are not printed
    # pages (a Word table row, an Excel cell range); provenance is named with it
    locators: list[tuple[int, BBox, Locator]] = field(default_factory=list)
    # what the backend read but could not trust (an Excel formula never calculated, a conditional
    # format it cannot evaluate): the result carries them as its warnings
    warnings: list[ExtractionWarning] = field(default_factory=list)
    # comments the source keeps on its cells (an Excel cell comment), by the cell's address: what a
    # print states at the end of the sheet, stated here (extractors.sheet_headings reads both)
    notes: list[CellNote] = field(default_factory=list)
    # the filled form fields whose values were put into the pages as text (a fillable PDF saved
    # unflattened: pipeline.form_fields): where each is, so provenance can say the text came
    # from a form field and not from the printed page
    form_fields: list[FormField] = field(default_factory=list)

    def lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())

    @property
    def partial_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.partial]

    def close(self) -> None:
        if self.source is not None:
            self.source.close()
            self.source = None
