"""Read a Word (.docx) file into a ParsedDocument with python-docx: tables as the file states them.

A Word plan states its tables: rows, cells, cells merged across (gridSpan) and down (vMerge), and
each cell's shading, which is how many plans show a RAG status. None of that is inferred here;
the layout XML is walked in body order and handed to the canvas, which gives it page geometry.
Every line has the look its print has: the size and weight of its first run, from the run, else
its paragraph style (headings included: a Heading 1 the document defines as 14 pt bold is a 14 pt
bold line), as a PDF reader reads them from the first character; so section and card logic read
a heading or a 'Lead:' label run the same way from the file and from its print. Word has no pages
until it prints: the body is one page between the page breaks the file states (_Book), and
provenance names the table and row (or the body paragraph) instead.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from copy import copy
from typing import Any

import docx
from docx.enum.section import WD_SECTION_START
from docx.exceptions import PythonDocxError
from docx.oxml.ns import qn

from plantrace.models.results import ErrorCode, ExtractionWarning
from plantrace.pipeline.document import BBox, Line, Locator, Page, ParsedDocument
from plantrace.pipeline.errors import DocumentError
from plantrace.pipeline.layout import STATUS_GLYPHS, running_pages
from plantrace.pipeline.option_lists import unticked
from plantrace.pipeline.readers.canvas import BODY_SIZE, Canvas, SourceCell, SourceTable, Text

_HEADING_SIZES = {"title": 20.0, "1": 16.0, "2": 14.0}
_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_HEX = re.compile(r"^[0-9a-f]{6}$", re.I)
_MAX_GRID = 64  # Word tables have at most 63 columns; a larger span is a damaged file


def parse_docx_bytes(data: bytes, name: str, sha256: str) -> ParsedDocument:
    package = _open(data)
    try:
        return _read(package, name, sha256)
    except (ValueError, TypeError, PythonDocxError) as exc:  # python-docx parsing an attribute
        raise DocumentError(  # it cannot read ('gridSpan="x"'): the file's fault, said so
            ErrorCode.corrupt, f"the Word file's structure is damaged ({exc})"
        ) from exc


def _read(package: _Package, name: str, sha256: str) -> ParsedDocument:
    book = _Book(package)
    ctx = _Context(_Styles(package.styles), _Numbering(package.numbering), package.default_tab)
    tables = paragraphs = 0
    heads = iter(package.heads[1:])
    starts = iter(package.starts[1:])
    for kind, el in _blocks(package.body):
        if kind == "p":
            paragraphs += 1
            if ctx.styles.page_before(el):
                book.turn()
            text = _text(el, ctx)
            where = Locator("paragraph", (paragraphs, paragraphs))
            for k, part in enumerate(_page_parts(text) if text is not None else []):
                if k:
                    book.turn()
                if part.text.strip():
                    book.canvas.paragraph(part, where, wrap=True)
            if text is None and _page_break(el):
                book.turn()  # an empty paragraph holding a page break: what follows starts a page
            if _ends_section(el):
                if next(starts, True):
                    book.turn()
                for p in next(heads, None) or []:
                    if (line := _text(p, ctx)) is not None:
                        book.canvas.paragraph(line, Locator("section header", (1, 1)), wrap=True)
        else:
            tables += 1
            # a title row of one cell across the table stays its first row, as the print
            # shows it: the table readers take a title row over a header row (and a card's
            # title over its quadrants) from the page as they do from the print
            table = _table(el, ctx, f"table {tables}")
            if table.n_rows:
                book.canvas.table(table)
    pages = book.pages()
    _drop_running(pages)
    if not any(page.lines for page in pages):
        raise DocumentError(ErrorCode.empty, "the Word document holds no text")
    return ParsedDocument(
        name, sha256, pages, metadata=package.meta, format="docx",
        locators=book.locators, warnings=_struck_warning(package.body),
    )  # fmt: skip


class _Book:
    """The pages the body is laid out on. Word has no pages until it prints, but a page break
    the file states (a break character, a paragraph set to start a page, a section that starts
    on a new page) is a page boundary in every print: a plan laid out a task a page (an
    exported task list) is read page by page, as its print is, not as one long page whose
    cards run into each other. Where the print breaks a page that overflows is not known, so
    only stated breaks turn a page."""

    def __init__(self, package: _Package) -> None:
        self.width, self.landscape = package.width, package.landscape
        self.canvas = Canvas(1, self.width, self.landscape)
        self.done: list[Canvas] = []

    def turn(self) -> None:
        """Start a new page, unless nothing has been set on this one yet (a break at the top
        of a page, or two in a row, print no empty page the readers need)."""
        if self.canvas.lines or self.canvas.tables:
            self.done.append(self.canvas)
            self.canvas = Canvas(len(self.done) + 1, self.width, self.landscape)

    def pages(self) -> list[Page]:
        canvases = [*self.done, self.canvas] if self.canvas.lines or not self.done else self.done
        return [c.page() for c in canvases]

    @property
    def locators(self) -> list[tuple[int, BBox, Locator]]:
        return [loc for c in [*self.done, self.canvas] for loc in c.locators]


def _drop_running(pages: list[Page]) -> None:
    """A paragraph that opens page after page in the same words (the owner's name over each
    task of an exported task list) is a running line in the print, which the PDF reader takes
    off (layout.clean_pages), so it is taken off here too, kept as the page's header_footer.
    Only the same words: a heading that opens each page with its own number ('What must
    improve (2)') is content, and Word's page numbers are fields of its page header, which is
    not read into the body. A table's first row is content too, however often it recurs (a
    header row repeated over each page's table)."""
    tops = [page.lines[0] for page in pages if page.lines and not _in_table(page.lines[0], page)]
    counts: dict[str, int] = {}
    for line in tops:
        key = " ".join(line.text.split())
        counts[key] = counts.get(key, 0) + 1
    need = running_pages(len(pages))
    for page in pages:
        first = page.lines[0] if page.lines else None
        if first is None or _in_table(first, page):
            continue
        if counts.get(" ".join(first.text.split()), 0) < need:
            continue
        page.header_footer.append(first)
        page.lines = page.lines[1:]
        for i, line in enumerate(page.lines):
            line.index = i


def _in_table(line: Line, page: Page) -> bool:
    x, y = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
    return any(
        t.bbox[0] <= x <= t.bbox[2] and t.bbox[1] <= y <= t.bbox[3] for t in page.tables or []
    )


_PAGE_BREAK = "\f"  # what a page break character (w:br w:type="page") reads as in a paragraph


def _page_break(p: Any) -> bool:
    return any(br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br")))


def _page_parts(text: Text) -> list[Text]:
    """The paragraph cut at its page breaks: the text before a break on this page, the text
    after it on the next (each part with its own words' marks and inks)."""
    if _PAGE_BREAK not in text.text:
        return [text]
    out: list[Text] = []
    at = 0
    pieces = text.text.split(_PAGE_BREAK)
    for k, piece in enumerate(pieces):
        n = len(piece.split())
        part = copy(text)
        part.text = piece
        part.marks = text.marks[at : at + n] if text.marks is not None else None
        part.inks = text.inks[at : at + n] if text.inks is not None else None
        if k:
            part.before = 0.0
        at += n
        out.append(part)
    return out


class _Package:
    """What the reader needs from python-docx, as plain XML elements and values."""

    __slots__ = (
        "body", "styles", "numbering", "width", "landscape", "meta", "default_tab", "heads",
        "starts",
    )  # fmt: skip

    def __init__(self, document: Any) -> None:
        section = document.sections[0] if len(document.sections) else None
        self.width = section.page_width.pt if section is not None and section.page_width else 595.0
        self.landscape = bool(section is not None and section.orientation == 1)
        self.body = document.element.body
        self.styles = document.styles.element
        try:
            self.numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # a document with no lists has no numbering part
            self.numbering = None
        try:  # the document's default tab stop (twips); Word's is 0.5 inch
            stop = document.settings.element.find(qn("w:defaultTabStop"))
            self.default_tab = int(stop.get(qn("w:val"))) / 20 if stop is not None else 36.0
        except (KeyError, NotImplementedError, TypeError, ValueError):
            self.default_tab = 36.0
        self.heads = _section_heads(document)
        # per section, whether it starts on a page of its own (Word's default, 'next page')
        # rather than running on where the section before ends ('continuous', 'new column')
        self.starts = [_starts_page(section) for section in document.sections]
        core = document.core_properties
        # the keys pdfium gives a PDF's information dictionary, so a reader of either finds them
        self.meta = {k: v for k, v in (("Title", core.title), ("Author", core.author)) if v}


def _section_heads(document: Any) -> list[list[Any] | None]:
    """Per section, the paragraphs of the page header it sets of its own, where its text is not
    the section before's; else None. A header repeated over the whole document is page
    furniture, but a section that changes it ('Recommendation 2: ...' over that section's
    table) titles what follows, as its print shows at the top of the section's first page."""
    out: list[list[Any] | None] = []
    last = ""
    for section in document.sections:
        try:
            header = section.header
            own = not header.is_linked_to_previous
            paras = list(header._element.iter(qn("w:p"))) if own else []  # noqa: SLF001
        except (KeyError, NotImplementedError, ValueError):  # a header part the file lacks
            paras = []
            own = False
        text = " ".join("".join(_runs_text(p)).strip() for p in paras).strip()
        out.append(paras if own and text and text != last else None)
        last = text if own else last
    return out


def _starts_page(section: Any) -> bool:
    try:
        start = section.start_type
    except (KeyError, ValueError):  # a type the enumeration does not know: Word's default
        return True
    return start not in (WD_SECTION_START.CONTINUOUS, WD_SECTION_START.NEW_COLUMN)


def _ends_section(p: Any) -> bool:
    """Whether a body paragraph closes a section (its properties hold the section's sectPr)."""
    ppr = p.find(qn("w:pPr"))
    return ppr is not None and ppr.find(qn("w:sectPr")) is not None


def _open(data: bytes) -> _Package:
    """Open the package and take what is read from it. python-docx is used only here: a damaged
    package fails in many ways (a missing part, a content type it does not know, bad XML), and
    each is the file's fault, told as 'corrupt', not an internal error."""
    try:
        return _Package(docx.Document(io.BytesIO(_as_document(data))))
    except Exception as exc:
        raise DocumentError(
            ErrorCode.corrupt, f"the Word file is damaged and cannot be opened ({exc})"
        ) from exc


_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
)


def _as_document(data: bytes) -> bytes:
    """A macro-enabled document or a template has the same body as a .docx under another main
    content type, which python-docx refuses: the package is re-labelled (macros are never run)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml")
        if not any(t in types for t in _OTHER_MAINS):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for item in z.infolist():
                body = z.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    for t in _OTHER_MAINS:
                        body = body.replace(t, _MAIN)
                w.writestr(item, body)
    return out.getvalue()


def _blocks(parent: Any) -> Iterator[tuple[str, Any]]:
    """Body paragraphs and tables in order, looking inside content controls (w:sdt) and frame
    tables (one cell round the content, a template's border or box: its content is the body's)."""
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            yield "p", child
            for box in text_boxes(child):  # floating text boxes anchored in the paragraph
                yield from _blocks(box)
        elif child.tag == qn("w:tbl"):
            cells = [tc for tr in child.tr_lst for tc in tr.tc_lst]
            if len(cells) == 1 or any(_holds_grid(tc) for tc in cells):
                for tc in cells:  # a frame, or a layout table round grids: read cell by cell
                    yield from _blocks(tc)
            else:
                yield "tbl", child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)


def _holds_grid(tc: Any) -> bool:
    """Whether a cell holds a table that is a grid of its own (two rows or more, three columns
    or more: a header row over action rows), not a card's label | value pairs. Its print shows
    that grid as a table inside a frame of cells, which the PDF reader reads as a table with
    the frame's other cells as text beside it ('Recommendation 1 ...' left of its actions); so
    the outer table is a layout, read cell by cell, and the grid stays a table."""
    for tbl in tc.iterchildren(qn("w:tbl")):
        grid = tbl.tblGrid.gridCol_lst if tbl.tblGrid is not None else []
        if len(tbl.tr_lst) >= 2 and len(grid) >= 3:
            return True
    return False


_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_EMU = 12700.0  # EMUs a point
_ROW = 12.0  # points: boxes whose tops are this close stand in one row, read left to right
_VML_AT = re.compile(
    r"(?:^|;)\s*(margin-left|margin-top|left|top)\s*:\s*(-?[\d.]+)(pt|in|px)?", re.I
)


def text_boxes(p: Any) -> list[Any]:
    """The text boxes a paragraph anchors (DrawingML 'wps:txbx', or a VML 'v:textbox' where a
    file has only that), each box's content (w:txbxContent), in reading order by where the box
    is placed: row by row from the top, each row left to right, as its print shows them. The
    VML copy a file keeps beside its DrawingML one (mc:Fallback) is left out: one box, read
    once; so is a box in a tracked deletion (w:del, w:moveFrom), as its text is. A box inside
    a box is read with its outer box, from the outer box's paragraph that anchors it: a
    paragraph's boxes are those no box holds between them and it (the walk stops at it)."""
    found = [
        (i, box) for i, box in enumerate(p.iter(_TXBX))
        if not any(a.tag in _NOT_OWN_BOX for a in _ancestors_within(box, p))
    ]  # fmt: skip
    if len(found) < 2:
        return [box for _, box in found]
    placed = [(_placed(box), i, box) for i, box in found]
    placed.sort(key=lambda t: (t[0][1], t[0][0], t[1]))
    rows: list[list[tuple[tuple[float, float], int, Any]]] = []
    for item in placed:
        if rows and abs(item[0][1] - rows[-1][0][0][1]) <= _ROW:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [box for row in rows for _, _, box in sorted(row, key=lambda t: (t[0][0], t[1]))]


# a box under one of these is another box's (read with it), the VML copy, or deleted text
_NOT_OWN_BOX = {_FALLBACK, _TXBX, qn("w:del"), qn("w:moveFrom")}


def _ancestors_within(el: Any, top: Any) -> Iterator[Any]:
    """The element's ancestors up to `top`, `top` left out."""
    for a in el.iterancestors():
        if a is top:
            return
        yield a


def _placed(box: Any) -> tuple[float, float]:
    """(left, top) in points where a text box is placed: its DrawingML anchor's offsets, else
    its VML shape's style; (0, 0) where neither says (the box then keeps its file order)."""
    for a in box.iterancestors():
        if a.tag == f"{_WP}anchor":
            return _offset(a, "positionH"), _offset(a, "positionV")
        style = a.get("style")
        if style and "position" in style:
            at = {
                m.group(1).lower(): _points(m.group(2), m.group(3)) for m in _VML_AT.finditer(style)
            }
            return at.get("margin-left", at.get("left", 0.0)), at.get(
                "margin-top", at.get("top", 0.0)
            )
    return 0.0, 0.0


def _offset(anchor: Any, axis: str) -> float:
    pos = anchor.find(f"{_WP}{axis}/{_WP}posOffset")
    try:
        return int(pos.text) / _EMU if pos is not None and pos.text else 0.0
    except ValueError:
        return 0.0


def _points(value: str, unit: str | None) -> float:
    try:
        n = float(value)
    except ValueError:
        return 0.0
    return (
        n * 72.0
        if (unit or "").lower() == "in"
        else n * 0.75
        if (unit or "").lower() == "px"
        else n
    )


def _text(p: Any, ctx: _Context, table_bold: bool | None = None) -> Text | None:
    """A paragraph as a line of text with the look its print has: its first run's size and
    weight (a bold 'Lead:' label makes the line bold, as a PDF reader sees the first character),
    else its style's; a heading whose style states no size gets a heading's size."""
    pieces = list(_runs_marked(p))
    text = "".join(t for t, _ in pieces)
    if not text.strip():
        return None
    style = ctx.styles.of(p)
    marks = _word_marks(pieces, text)
    # a word whose run states no colour prints in Word's 'auto', black on the page: the PDF
    # reader gives every printed word its ink, so a status word left black ('Not picked up')
    # reads as black beside the coloured ones, not as a word of no known ink
    inks = _word_marks(list(_runs_marked(p, look=_ink)), text) or (None,) * len(text.split())
    marker = ctx.numbering.marker(p, style)
    if marker:
        text = f"{marker} {text}"
        marks = (None,) * len(marker.split()) + marks if marks is not None else None
        inks = (None,) * len(marker.split()) + inks if inks is not None else None
    first = next((r for r in p.iter(qn("w:r")) if "".join(_runs_text(r)).strip()), None)
    bold, size = _run_look(first) if first is not None else (None, None)
    heading = _HEADING.match(style.name)
    level = "title" if style.name.lower() == "title" else heading.group(1) if heading else None
    if level is not None and size is None and not style.sized:
        size = _HEADING_SIZES.get(level, 12.0)  # a heading style that states no size
    if bold is None:  # run, then paragraph style, then the table style's part for the cell
        bold = style.bold if style.bold is not None else table_bold
    tabs = ctx.styles.tabs(p) if "\t" in text else ()
    right = ctx.styles.tabs(p, _RIGHT_TABS) if tabs else ()
    leaders = ctx.styles.tabs(p, _LEADER_TABS) if tabs else ()
    looks = Text(
        text, size or style.size or BODY_SIZE, bool(bold), tabs, ctx.default_tab, marks=marks,
        inks=inks, right_tabs=right, leader_tabs=leaders,
    )  # fmt: skip
    looks.before = ctx.styles.space_before(p)
    looks.after = ctx.styles.space_before(p, "after")
    return looks


def _before(ppr: Any, side: str = "before") -> float | None:
    """w:spacing w:before (or w:after) (twips) in points; None when the properties do not say."""
    spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
    value = spacing.get(qn(f"w:{side}")) if spacing is not None else None
    try:
        return max(int(value) / 20, 0.0) if value is not None else None
    except ValueError:
        return None


_RIGHT_TABS = frozenset({"right", "end", "decimal"})
LEADER = "leader"  # a tab stop kind: one stating a leader, whatever its alignment
_LEADER_TABS = frozenset({LEADER})


def _tab_stops(ppr: Any, stops: set[float], kinds: frozenset[str] | None = None) -> set[float]:
    """A paragraph properties' tab stops (points) laid over those it inherits: 'clear' removes.
    kinds: only stops of those alignments count (a stop of another alignment replaces one
    inherited at its position)."""
    tabs = ppr.find(qn("w:tabs")) if ppr is not None else None
    for tab in tabs.iterchildren(qn("w:tab")) if tabs is not None else ():
        try:
            pos = int(tab.get(qn("w:pos"))) / 20
        except (TypeError, ValueError):
            continue
        val = tab.get(qn("w:val"))
        if val == "clear" or (kinds is not None and not _of_kind(tab, val, kinds)):
            stops.discard(pos)
        elif pos > 0:
            stops.add(pos)
    return stops


def _of_kind(tab: Any, val: str | None, kinds: frozenset[str]) -> bool:
    """Whether a tab stop is of one of the kinds: its alignment ('right'), or LEADER where it
    states a leader (dots, a line) that the print draws across the tab's gap."""
    if val in kinds:
        return True
    return LEADER in kinds and tab.get(qn("w:leader")) not in (None, "none")


def _run_look(r: Any) -> tuple[bool | None, float | None]:
    """A run's own bold and size (None: as its paragraph style says)."""
    rpr = r.find(qn("w:rPr"))
    if rpr is None:
        return None, None
    return _bold(rpr), _size(rpr)


def _bold(rpr: Any) -> bool | None:
    b = rpr.find(qn("w:b"))
    return None if b is None else b.get(qn("w:val"), "true") not in ("0", "false", "off")


def _size(rpr: Any) -> float | None:
    sz = rpr.find(qn("w:sz"))
    try:
        return int(sz.get(qn("w:val"))) / 2 if sz is not None else None
    except (TypeError, ValueError):
        return None


class _Style:
    __slots__ = ("name", "bold", "size", "num_pr", "sized")

    def __init__(
        self, name: str, bold: bool | None, size: float | None, num_pr: Any, sized: bool = False
    ) -> None:
        self.name, self.bold, self.size, self.num_pr = name, bold, size, num_pr
        self.sized = sized  # the style or a style it is based on states a size
        # bold: None when no style in the chain states it (a table style's then holds)


class _Styles:
    """Paragraph styles read once, bases resolved: python-docx looks a style up by scanning all
    of them on every Paragraph.style, which made a 600-row table take a minute."""

    def __init__(self, root: Any) -> None:
        raw: dict[str, Any] = {}
        self.default = ""
        for st in root.iterchildren(qn("w:style")):
            if st.get(qn("w:type")) == "paragraph" and st.get(qn("w:styleId")):
                raw[st.get(qn("w:styleId"))] = st
                if st.get(qn("w:default")) in ("1", "true"):
                    self.default = st.get(qn("w:styleId"))
        base_rpr = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.base = _Style("", None, _size(base_rpr) if base_rpr is not None else None, None)
        # the document's default paragraph spacing (Word's docDefaults): what a paragraph whose
        # style chain states none leaves above and below it in the print
        self.base_ppr = root.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
        self.raw = raw
        self.resolved: dict[str, _Style] = {}
        self.table_raw = {
            st.get(qn("w:styleId")): st
            for st in root.iterchildren(qn("w:style"))
            if st.get(qn("w:type")) == "table" and st.get(qn("w:styleId"))
        }
        self.table_resolved: dict[str, dict[str, _Look]] = {}
        self._tabs: dict[str, set[float]] = {}

    def tabs(self, p: Any, kinds: frozenset[str] | None = None) -> tuple[float, ...]:
        """The paragraph's tab stops: its style chain's, then its own (Word lays a tab out to
        the next of them: 'Lead<TAB>Jane Smith' prints as a label, a gap and its value).
        kinds: only the stops of those alignments ('right'), each overriding what it inherits."""
        ppr = p.find(qn("w:pPr"))
        ps = ppr.find(qn("w:pStyle")) if ppr is not None else None
        sid = ps.get(qn("w:val")) if ps is not None else self.default
        if kinds is None:
            return tuple(sorted(_tab_stops(ppr, set(self._style_tabs(sid or "", 0)))))
        stops = self._style_tabs(sid or "", 0, kinds) if sid else set()
        return tuple(sorted(_tab_stops(ppr, set(stops), kinds)))

    def page_before(self, p: Any) -> bool:
        """Whether the paragraph starts a page (w:pageBreakBefore, its own or its style
        chain's: a template's task heading set to open each page)."""
        ppr = p.find(qn("w:pPr"))
        own = ppr.find(qn("w:pageBreakBefore")) if ppr is not None else None
        if own is not None:
            return _on(own)
        ps = ppr.find(qn("w:pStyle")) if ppr is not None else None
        sid = ps.get(qn("w:val")) if ps is not None else self.default
        for _ in range(11):
            st = self.raw.get(sid or "")
            if st is None:
                return False
            flag = st.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
            if flag is not None:
                return _on(flag)
            based = st.find(qn("w:basedOn"))
            sid = based.get(qn("w:val")) if based is not None else ""
        return False

    def space_before(self, p: Any, side: str = "before") -> float:
        """Points of space Word leaves above the paragraph (its own w:spacing, else its style
        chain's): a heading stands apart from the field line above it, as in the print. With
        side 'after', the space it leaves below: two paragraphs that open alike (a bold label
        each) stand apart as the print sets them, not run into one block."""
        ppr = p.find(qn("w:pPr"))
        own = _before(ppr, side)
        if own is not None:
            return own
        ps = ppr.find(qn("w:pStyle")) if ppr is not None else None
        sid = ps.get(qn("w:val")) if ps is not None else self.default
        depth = 0
        while sid and depth <= 10:
            st = self.raw.get(sid)
            if st is None:
                break
            found = _before(st.find(qn("w:pPr")), side)
            if found is not None:
                return found
            based = st.find(qn("w:basedOn"))
            sid = based.get(qn("w:val")) if based is not None else ""
            depth += 1
        found = _before(self.base_ppr, side) if self.base_ppr is not None else None
        return found if found is not None else 0.0

    def _style_tabs(self, sid: str, depth: int, kinds: frozenset[str] | None = None) -> set[float]:
        key = sid if kinds is None else f"{sid}\0{','.join(sorted(kinds))}"
        if key in self._tabs:
            return self._tabs[key]
        st = self.raw.get(sid)
        if st is None or depth > 10:
            return set()
        based = st.find(qn("w:basedOn"))
        inherited = (
            self._style_tabs(based.get(qn("w:val")), depth + 1, kinds)
            if based is not None
            else set()
        )
        self._tabs[key] = _tab_stops(st.find(qn("w:pPr")), set(inherited), kinds)
        return self._tabs[key]

    def table(self, sid: str | None, depth: int = 0) -> dict[str, _Look]:
        """A table style's looks by the part they apply to ('wholeTable', 'firstRow',
        'firstCol'), its bases' looks under its own."""
        if not sid or depth > 10 or sid not in self.table_raw:
            return {}
        if sid in self.table_resolved:
            return self.table_resolved[sid]
        st = self.table_raw[sid]
        based = st.find(qn("w:basedOn"))
        looks = dict(self.table(based.get(qn("w:val")) if based is not None else None, depth + 1))
        parts = [("wholeTable", st)] + [
            (part.get(qn("w:type")) or "", part) for part in st.iterchildren(qn("w:tblStylePr"))
        ]
        for name, part in parts:
            rpr = part.find(qn("w:rPr"))
            shd = part.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
            own = _Look(_bold(rpr) if rpr is not None else None, _shd_fill(shd))
            looks[name] = looks.get(name, _Look(None, None)).under(own)
        self.table_resolved[sid] = looks
        return looks

    def of(self, p: Any) -> _Style:
        ref = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        sid = ref.get(qn("w:val")) if ref is not None else self.default
        return self._resolve(sid or self.default, 0)

    def _resolve(self, sid: str, depth: int) -> _Style:
        if sid in self.resolved:
            return self.resolved[sid]
        st = self.raw.get(sid)
        if st is None or depth > 10:  # unknown id, or a cycle of bases
            return self.base
        based = st.find(qn("w:basedOn"))
        parent = (
            self._resolve(based.get(qn("w:val")), depth + 1) if based is not None else self.base
        )
        name_el = st.find(qn("w:name"))
        rpr = st.find(qn("w:rPr"))
        bold = _bold(rpr) if rpr is not None else None
        size = _size(rpr) if rpr is not None else None
        num_pr = st.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        style = _Style(
            name_el.get(qn("w:val"), "") if name_el is not None else "",
            parent.bold if bold is None else bold,
            size if size is not None else parent.size,
            num_pr if num_pr is not None else parent.num_pr,
            size is not None or parent.sized,
        )
        self.resolved[sid] = style
        return style


class _Look:
    """What a table style gives a cell: bold (None: says nothing) and a fill ('#rrggbb')."""

    __slots__ = ("bold", "fill")

    def __init__(self, bold: bool | None, fill: str | None) -> None:
        self.bold, self.fill = bold, fill

    def under(self, top: _Look) -> _Look:
        """This look with top's settings over it (a later, stronger part of the style)."""
        return _Look(
            self.bold if top.bold is None else top.bold, self.fill if top.fill is None else top.fill
        )


class _Context:
    __slots__ = ("styles", "numbering", "default_tab")

    def __init__(self, styles: _Styles, numbering: _Numbering, default_tab: float = 36.0) -> None:
        self.styles, self.numbering, self.default_tab = styles, numbering, default_tab


_SKIP = {qn("w:pPr"), qn("w:rPr"), qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"),
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}  # fmt: skip
_CHARS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


def _runs_text(el: Any) -> Iterator[str]:
    """A paragraph's text as Word shows it, wherever its runs sit: in hyperlinks, content
    controls (a template's date picker), fields' results, tracked insertions. Deleted text,
    text boxes and the fallback copy of drawings are left out (python-docx's Paragraph.text
    reads only direct runs and hyperlinks, and so loses a date typed in a content control)."""
    for text, _ in _runs_marked(el):
        yield text


def _runs_marked(
    el: Any, mark: str | None = None, look: Callable[[Any], str | None] | None = None
) -> Iterator[tuple[str, str | None]]:
    """The paragraph's text as _runs_text reads it, each piece with the highlight its run is
    marked with ('#rrggbb', None: none): a working copy may give an action's status only by
    the highlighter colour of its text, which its print draws as a box behind the words. With
    `look`, the run's look that gives each piece's colour instead (_ink: the text's own)."""
    look = look or _highlight
    for child in el.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:  # comments, processing instructions
            continue
        if tag == qn("w:t"):
            yield child.text or "", mark
        elif tag == qn("w:r") and (_hidden(child) or _struck(child)):
            continue  # hidden text (w:vanish) does not print; struck text is history
        elif tag == qn("w:br") and child.get(qn("w:type")) == "page":
            yield _PAGE_BREAK, mark
        elif tag in _CHARS:
            yield _CHARS[tag], mark
        elif tag == qn("w:r"):
            yield from _runs_marked(child, look(child), look)
        else:
            yield from _runs_marked(child, mark, look)


# ECMA-376 ST_HighlightColor: the highlighter's named colours as Word draws them ('none' and
# unknown names: no highlight)
_HIGHLIGHTS = {
    "yellow": "#ffff00", "green": "#00ff00", "cyan": "#00ffff", "magenta": "#ff00ff",
    "blue": "#0000ff", "red": "#ff0000", "darkBlue": "#000080", "darkCyan": "#008080",
    "darkGreen": "#008000", "darkMagenta": "#800080", "darkRed": "#800000",
    "darkYellow": "#808000", "darkGray": "#808080", "lightGray": "#c0c0c0", "black": "#000000",
}  # fmt: skip


def _highlight(run: Any) -> str | None:
    """The colour behind a run's text: its highlighter colour (w:highlight), else its own
    shading (w:shd, the form LibreOffice writes a character background in); white is none."""
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        return None
    mark = rpr.find(qn("w:highlight"))
    if mark is not None:
        return _HIGHLIGHTS.get(mark.get(qn("w:val")) or "")
    fill = _shd_fill(rpr.find(qn("w:shd")))
    return None if fill in (None, "#ffffff") else fill


def _ink(run: Any) -> str | None:
    """The colour a run's text is printed in where the run states one (w:color; 'auto', the
    text's default, is none): a status word printed in its colour after a label in black."""
    rpr = run.find(qn("w:rPr"))
    colour = rpr.find(qn("w:color")) if rpr is not None else None
    value = (colour.get(qn("w:val")) or "") if colour is not None else ""
    return f"#{value.lower()}" if len(value) == 6 else None


def _word_marks(pieces: list[tuple[str, str | None]], text: str) -> tuple[str | None, ...] | None:
    """The highlight behind each word of the text (text.split()): the one colour all its
    characters are marked with, else None; None for a paragraph with no highlight at all.
    Punctuation run on from the next run ('Late' in red, then '; ' in black) is not the word's:
    the colour of its letters and figures is (a print's word reads the ink of its first one)."""
    if all(mark is None for _, mark in pieces):
        return None
    chars: list[str | None] = []
    for piece, mark in pieces:
        chars += [mark] * len(piece)
    out: list[str | None] = []
    for m in re.finditer(r"\S+", text):
        own = [chars[m.start() + k] for k, ch in enumerate(m.group()) if ch.isalnum()]
        colours = set(own or chars[m.start() : m.end()])
        out.append(colours.pop() if len(colours) == 1 else None)
    return tuple(out)


def _hidden(run: Any) -> bool:
    return _on(run.find(f"{qn('w:rPr')}/{qn('w:vanish')}"))


_STRIKES = (qn("w:strike"), qn("w:dstrike"))


def _struck(run: Any) -> bool:
    """A run struck through (single or double) is text a revised plan marks as deleted by
    hand, without tracked changes: the old owner or date beside the new one, a withdrawn
    activity. It is history, as a tracked deletion (w:del) is, not the value."""
    rpr = run.find(qn("w:rPr"))
    return rpr is not None and any(_on(rpr.find(tag)) for tag in _STRIKES)


def _on(flag: Any) -> bool:
    """A Word on/off property present and not switched off (<w:strike w:val="0"/>)."""
    return flag is not None and flag.get(qn("w:val"), "true") not in ("0", "false", "off")


def _struck_warning(body: Any) -> list[ExtractionWarning]:
    """Say how many struck-through runs were left out, so a reader can check the values kept
    are the new ones (never drop text silently)."""
    struck = sum(1 for r in body.iter(qn("w:r")) if _struck(r) and "".join(_runs_text(r)).strip())
    if not struck:
        return []
    return [ExtractionWarning(
        code="struck_text_dropped",
        message=(
            f"{struck} struck-through run(s) read as deleted text (a revision's old value),"
            " not as content: check that the values kept are the new ones"
        ),
    )]  # fmt: skip


def _table(tbl: Any, ctx: _Context, part: str) -> SourceTable:
    """The table's grid: each w:tc at its grid column, vMerge continuations folded into the
    cell above (its rowspan grows), gridSpan as colspan."""
    widths = [
        (gc.w.pt if gc.w is not None else 0.0)
        for gc in (tbl.tblGrid.gridCol_lst if tbl.tblGrid is not None else [])
    ]
    widths = widths[:_MAX_GRID]
    rows = tbl.tr_lst
    looks = _table_looks(tbl, ctx)
    cells: list[SourceCell] = []
    above: dict[int, SourceCell] = {}  # grid column -> the cell last started there
    n_cols = len(widths)
    for r, tr in enumerate(rows):
        col = min(max(tr.grid_before, 0), _MAX_GRID - 1)
        for tc in tr.tc_lst:
            span = min(max(tc.grid_span, 1), _MAX_GRID - col)
            if span < 1:
                break  # past Word's widest table: a damaged span, the rest of the row is lost
            owner = above.get(col)
            if tc.vMerge == "continue" and owner is not None and owner.row + owner.rowspan == r:
                owner.rowspan += 1
                assert owner.locator is not None
                owner.locator = Locator(part, (owner.locator.rows[0], r + 1))
            else:
                look = looks(r, col)
                dot = _glyph_colour(tc)  # a status said by a coloured dot alone: a fill
                sc = SourceCell(
                    [] if dot else _cell_lines(tc, ctx, look.bold), r, col, 1, span,
                    dot or _shading(tc) or look.fill, Locator(part, (r + 1, r + 1)),
                )  # fmt: skip
                cells.append(sc)
                for c in range(col, col + span):
                    above[c] = sc
            col += span
        n_cols = min(max(n_cols, col + max(tr.grid_after, 0)), _MAX_GRID)
    widths += [widths[-1] if widths else 72.0] * (n_cols - len(widths))
    return SourceTable(widths, len(rows), cells)


def _glyph_colour(tc: Any) -> str | None:
    """The colour of a cell whose only text is status glyphs ('●') in one colour of their own
    (w:color), as '#rrggbb': the cell reads as one filled with it, as the PDF reader reads a
    coloured dot (tables.paint); a dot in the text's colour (auto, black) is a bullet."""
    colours: set[str] = set()
    for run in tc.iter(qn("w:r")):
        text = "".join(_runs_text(run))
        if not text.strip():
            continue
        if any(ch not in STATUS_GLYPHS for ch in text if not ch.isspace()):
            return None
        rpr = run.find(qn("w:rPr"))
        colour = rpr.find(qn("w:color")) if rpr is not None else None
        value = (colour.get(qn("w:val")) or "") if colour is not None else ""
        if not _HEX.match(value) or value.lower() == "000000":
            return None
        colours.add(f"#{value.lower()}")
    return colours.pop() if len(colours) == 1 else None


def _cell_lines(tc: Any, ctx: _Context, table_bold: bool | None = None) -> list[Text]:
    """A cell's paragraphs, those of a table nested in it included, in order."""
    out: list[Text] = []
    for kind, el in _blocks(tc):
        if kind == "p":
            text = _text(el, ctx, table_bold)
            if text is not None:
                out.append(text)
        else:
            for tr in el.tr_lst:
                cells = [_cell_lines(inner, ctx) for inner in tr.tc_lst]
                out += _field_row(cells) or [ln for lines in cells for ln in lines]
    drop = unticked([t.text for t in out])  # a tick-one list: its ticked option is the value
    return [t for i, t in enumerate(out) if i not in drop]


def _field_row(cells: list[list[Text]]) -> list[Text] | None:
    """A nested table's row of a label and its value ('Post holder | Head of Service') as one
    line 'Post holder: Head of Service', as a form prints it: the value stays beside its
    label, not on a line of its own that reads like another label. None for any other row."""
    filled = [c for c in cells if any(t.text.strip() for t in c)]
    if len(filled) != 2 or len(filled[0]) != 1:
        return None
    label = " ".join(filled[0][0].text.split()).rstrip(":").strip()
    if not label[:1].isalpha() or any(ch.isdigit() for ch in label) or len(label.split()) > 5:
        return None
    value = " ".join(" ".join(t.text.split()) for t in filled[1])
    first = filled[1][0]
    return [Text(f"{label}: {value}", first.size, first.bold, None, first.default_tab)]


_LOOK_BITS = {"firstRow": 0x0020, "firstColumn": 0x0080}


def _table_looks(tbl: Any, ctx: _Context) -> Callable[[int, int], _Look]:
    """(row, grid column) -> the look the table's style gives that cell, as Word and LibreOffice
    draw it: the whole table's, then the first column's, then the header row's (a style such as
    'Grid Table 4' makes the header row bold on a colour, which a print shows and a header row
    with words no vocabulary holds is recognised by). tblLook says which parts are on; a table
    that does not say has Word's default, header row and first column on."""
    tbl_pr = tbl.tblPr
    sid_el = tbl_pr.find(qn("w:tblStyle")) if tbl_pr is not None else None
    styles = ctx.styles.table(sid_el.get(qn("w:val")) if sid_el is not None else None)
    look_el = tbl_pr.find(qn("w:tblLook")) if tbl_pr is not None else None
    on: dict[str, bool] = {}
    for name, bit in _LOOK_BITS.items():
        flag = look_el.get(qn(f"w:{name}")) if look_el is not None else None
        if flag is not None:
            on[name] = flag in ("1", "true", "on")
        else:  # the older form: a hex bit mask ('04A0')
            try:
                mask = int(look_el.get(qn("w:val")), 16) if look_el is not None else 0x04A0
            except (TypeError, ValueError):
                mask = 0x04A0
            on[name] = bool(mask & bit)
    plain = _Look(None, None)
    whole = styles.get("wholeTable", plain)

    def look(r: int, col: int) -> _Look:
        out = whole
        if on["firstColumn"] and col == 0 and "firstCol" in styles:
            out = out.under(styles["firstCol"])
        if on["firstRow"] and r == 0 and "firstRow" in styles:
            out = out.under(styles["firstRow"])
        return out

    return look


def _shd_fill(shd: Any) -> str | None:
    """w:shd's fill as '#rrggbb', or its pattern colour when the pattern is solid."""
    if shd is None:
        return None
    fill = shd.get(qn("w:fill")) or ""
    if shd.get(qn("w:val")) == "solid" and _HEX.match(shd.get(qn("w:color")) or ""):
        fill = shd.get(qn("w:color"))
    return f"#{fill.lower()}" if _HEX.match(fill) else None


def _shading(tc: Any) -> str | None:
    """The cell's own fill as '#rrggbb'."""
    tc_pr = tc.tcPr
    return _shd_fill(tc_pr.find(qn("w:shd")) if tc_pr is not None else None)


class _Numbering:
    """List markers Word draws but does not store in the text ('•', '1.', 'a)').

    A PDF print shows them, and an action's number ('3.') is often its reference, so they are
    rebuilt from the numbering definitions: format and level text per list level, counted in
    document order.
    """

    def __init__(self, root: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str]] = {}  # (numId, ilvl) -> (fmt, text)
        self.starts: dict[tuple[str, int], int] = {}  # a list that starts at 5 counts from 5
        self.counts: dict[tuple[str, int], int] = {}
        if root is None:
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.iterchildren(qn("w:abstractNum"))}
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            a = abstract.get(ref.get(qn("w:val")) if ref is not None else None)
            if a is None:
                continue
            for lvl in a.iterchildren(qn("w:lvl")):
                fmt, text = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
                key = (num.get(qn("w:numId")) or "", _int(lvl.get(qn("w:ilvl"))))
                self.starts[key] = _int(_val(lvl.find(qn("w:start"))), 1)
                self.levels[key] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "",
                )

    def marker(self, p: Any, style: _Style) -> str:
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_pr = num_pr if num_pr is not None else style.num_pr
        num = num_pr.find(qn("w:numId")) if num_pr is not None else None
        if num_pr is None or num is None:
            return ""
        num_id = num.get(qn("w:val")) or ""
        ilvl = _int(_val(num_pr.find(qn("w:ilvl"))))
        fmt, text = self.levels.get((num_id, ilvl), ("", ""))
        if fmt in ("bullet", "none", ""):
            return "•" if fmt == "bullet" else ""
        key = (num_id, ilvl)
        self.counts[key] = self.counts.get(key, self.starts.get(key, 1) - 1) + 1
        for deeper in [k for k in self.counts if k[0] == num_id and k[1] > ilvl]:
            del self.counts[deeper]  # a new item restarts the levels below it
        out = text
        for level in range(ilvl + 1):
            n = self.counts.get((num_id, level), 1)
            f = self.levels.get((num_id, level), ("decimal", ""))[0]
            out = out.replace(f"%{level + 1}", _format_number(n, f))
        return out.strip()


def _val(el: Any) -> str | None:
    return el.get(qn("w:val")) if el is not None else None


def _int(text: str | None, default: int = 0) -> int:
    """A number attribute; a damaged one is the default, not an error."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out
