"""Read a PDF into a ParsedDocument with pypdfium2, the fast reader.

pdfium gives the page text in one call; we then ask for character boxes only at word edges, which
keeps layout (word positions, line boxes, font size, bold) at a small multiple of the raw text
cost. Vector paths give the table rulings. pdfplumber (pdfminer) is 50-100x slower per page and is
kept for the optional table engine in pipeline.tables_plumber.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import hashlib
import math
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plantrace.models.results import ErrorCode
from plantrace.pipeline.document import (
    BBox,
    Line,
    Page,
    ParsedDocument,
    Polygon,
    Region,
    Ribbon,
    Ruling,
    Word,
    words_bbox,
)
from plantrace.pipeline.errors import DocumentError
from plantrace.pipeline.fill_scale import Shape, read_balls
from plantrace.pipeline.folded_sheets import split_folded
from plantrace.pipeline.form_fields import (
    PageFields,
    form_handle,
    form_warnings,
    merge_lines,
    page_fields,
)
from plantrace.pipeline.gauge_needles import Sector, gauge_fills
from plantrace.pipeline.glyph_pitch import even_pitch, pitched_gap
from plantrace.pipeline.json_text import read_json_blocks
from plantrace.pipeline.lamp_sets import lit_lamps
from plantrace.pipeline.layout import STATUS_GLYPHS, clean_pages, drop_contents, split_two_up
from plantrace.pipeline.limits import LIMITS, Limits
from plantrace.pipeline.line_numbers import drop_line_numbers
from plantrace.pipeline.marks import MARK_MAX, MARK_MIN, is_mark
from plantrace.pipeline.option_lists import drop_unticked
from plantrace.pipeline.pdfium_calls import (
    GET_BOUNDS,
    GET_CHAR_BOX,
    GET_FILL_COLOR,
    GET_FONT_INFO,
    GET_FONT_SIZE,
    GET_FONT_WEIGHT,
    GET_OBJECT,
    GET_OBJECT_TYPE,
    GET_PATH_SEGMENT,
    GET_SEGMENT_POINT,
    GET_SEGMENT_TYPE,
)
from plantrace.pipeline.readers.level_runs import level_runs
from plantrace.pipeline.readers.skewed_pages import page_skew, straighten
from plantrace.pipeline.readers.turned_pages import turn_upright, turns_upright
from plantrace.pipeline.spaced_letters import SPACED_RUN, join_spaced
from plantrace.pipeline.tilted_shapes import shadow_of, tilted_rectangle
from plantrace.pipeline.turned_runs import split_turned_runs

_WORD = re.compile(r"\S+")
# where two cells' words can run together with no space: a digit or a small letter, then a
# capital or (after a digit) any letter ('2026Going', 'planNot'); cut only where the glyphs'
# advance boxes (which abut inside a word) stand this many font sizes apart
_SEAM = re.compile(r"\d[A-Za-z]|[a-z][A-Z]")
_SEAM_GAP = 0.08
_LOOSE_A, _LOOSE_B = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# digits glued to the end of a word ('PSW1'): a footnote mark when set smaller and raised
# (_superscripts); a digit inside a word or one of the word's own size ('Q2', 'CO2') is text.
# The pattern opens with the digit, the letter before it checked behind: a search then skips
# to the next digit at once, where a look behind first was tried at every character of every
# line (asked of each line twice, it was the dearest pattern of a plan's reading)
_GLUED_DIGITS = re.compile(r"\d(?<=[^\W\d_)]\d)\d?(?=[\s,;.:)]|$)")
_MARK_SIZE = 0.85  # a mark's font size is below this share of its word's
_MARK_RISE = 0.25  # em: a mark's foot is this far above its word's at least
# a mark the producer wrote as a line of its own (after its cell's wrapped lines): its foot
# lies at most this far above the foot of the line it is raised beside (a mark higher up is
# the line above's), and it starts at most this far (em) right of that line's word it follows
_MARK_RISE_MAX = 0.9
_MARK_AFTER = 0.6
_MARK_ONLY = re.compile(r"\d{1,2}")
_MARK_APART = 1.0  # em: a gap this wide after a small number is a column's, not a space
_LEAD_MARK = re.compile(r"\s*(\d{1,2})[ \t]+(?=\S)")  # a mark run on into the next cell's text
# a mark kept in its line's text as it is printed: small and raised ('partnership²'), so no
# reader takes it for a number of the text ('seventy-two hours 1' would read as a count)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# pdfium marks a hyphen it found at a line end with U+FFFE or U+0002; Ofsted and council documents
# are not auto-hyphenated, so such a hyphen is a real one ("multi-agency").
# pictographs and dingbats ('✔', '▲', '○'): a producer that draws them from a fallback font
# may write them after the rest of the line, so they are read out of order (_out_of_order)
_SYMBOL = re.compile("[\u2190-\u2bff\U0001f300-\U0001faff]")
_SYMBOLS_ONLY = re.compile("(?:[\u2190-\u2bff\U0001f300-\U0001faff]\\s*)+")
_SOFT_HYPHENS = str.maketrans({"\ufffe": "-", "\x02": "-", "\u00ad": "-", "\x00": ""})


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_bytes_checked(path: str | Path, limits: Limits = LIMITS) -> bytes:
    """Load a file and reject what is not a PDF with a specific reason, before pdfium sees it."""
    check_file(path, limits)
    data = Path(path).read_bytes()
    sniff_pdf(data)
    return data


def check_file(path: str | Path, limits: Limits = LIMITS) -> int:
    """The file's size, or a DocumentError saying why it cannot be read at all."""
    p = Path(path)
    if not p.is_file():
        raise DocumentError(ErrorCode.not_found, f"file not found: {p}")
    size = p.stat().st_size
    if size == 0:
        raise DocumentError(ErrorCode.empty, "the file is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise DocumentError(
            ErrorCode.too_large,
            f"the file is {size / 1e6:.0f} MB, over the {limits.max_file_bytes / 1e6:.0f} MB limit"
            " (PLANTRACE_MAX_FILE_BYTES)",
        )
    return size


def sniff_pdf(data: bytes) -> None:
    head = data[:1024]
    if b"%PDF-" in head:
        return
    low = head.lower().lstrip()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low:
        title = re.search(rb"<title>(.*?)</title>", data[:4096], re.I | re.S)
        what = title.group(1).decode("utf-8", "replace").strip()[:80] if title else "a web page"
        raise DocumentError(
            ErrorCode.not_pdf, f"this is an HTML page saved with a .pdf name ({what!r}), not a PDF"
        )
    if head.startswith(b"PK\x03\x04"):
        raise DocumentError(ErrorCode.not_pdf, "this is a zip archive (or Office file), not a PDF")
    if not data.strip():
        raise DocumentError(ErrorCode.empty, "the file holds only whitespace")
    raise DocumentError(ErrorCode.not_pdf, "no PDF header (%PDF-) in the first 1 KB: not a PDF")


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise DocumentError(
                ErrorCode.encrypted, "the PDF is encrypted and needs a password to open"
            ) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise DocumentError(
                ErrorCode.encrypted, "the PDF uses an unsupported security handler"
            ) from exc
        if b"%%EOF" not in data[-2048:]:  # the usual cause in download folders: say so
            raise DocumentError(
                ErrorCode.corrupt,
                f"the PDF is truncated (no %%EOF end marker: an interrupted download?) and cannot"
                f" be repaired ({exc})",
            ) from exc
        raise DocumentError(
            ErrorCode.corrupt, f"the PDF is damaged and cannot be repaired ({exc})"
        ) from exc


def parse_pdf(path: str | Path, limits: Limits = LIMITS) -> ParsedDocument:
    """Read and parse a PDF file; raises DocumentError with a specific code when it can't."""
    data = read_bytes_checked(path, limits)
    return parse_pdf_bytes(data, str(path), limits)


def parse_pdf_bytes(data: bytes, name: str, limits: Limits = LIMITS) -> ParsedDocument:
    """Parse text and layout now; rulings per page later, on demand (see Page.rulings).

    The returned document keeps the pdfium document open for those lazy reads: call close()
    (extract_file does) or let it be collected.
    """
    sha = sha256_bytes(data)
    pdf = open_pdf(data)
    try:
        n = len(pdf)
        if n == 0:
            raise DocumentError(ErrorCode.empty, "the PDF has no pages")
        if n > limits.max_pages:
            raise DocumentError(
                ErrorCode.too_large, f"{n} pages, over the {limits.max_pages}-page limit"
            )
        pages = []
        # a fillable form's values are no page text: read from its fields (pipeline.form_fields)
        forms: list[PageFields] = []
        handle = form_handle(pdf)
        for i in range(n):
            try:
                pages.append(
                    _read_page(
                        pdf,
                        i,
                        limits,
                        keep_open=n <= _KEEP_OPEN_PAGES,
                        keep_text=n <= _KEEP_TEXT_PAGES,
                        form=handle,
                        forms=forms,
                    )
                )
            except pdfium.PdfiumError as exc:
                raise DocumentError(
                    ErrorCode.corrupt, f"page {i + 1} cannot be read: {exc}"
                ) from exc
        metadata = _metadata(pdf)
        chars = sum(len(line.text) for p in pages for line in p.lines)
        if chars < 20 * len(pages) and chars < 200:
            raise DocumentError(
                ErrorCode.no_text_layer,
                f"no text layer: {chars} characters on {len(pages)} page(s); the PDF is scanned"
                " images and needs OCR first",
            )
    except BaseException:
        pdf.close()
        raise
    pages = split_folded(split_two_up(pages))
    drop_line_numbers(pages)  # before page numbers are looked for: a page's first is no page number
    # JSON data printed as text: read before furniture is taken, as a listing's first line
    # ('1 {') can pass for a running header
    unparsed = read_json_blocks(pages)
    clean_pages(pages)
    drop_contents(pages)
    return ParsedDocument(
        path=name,
        sha256=sha,
        pages=pages,
        metadata=metadata,
        source=pdf,
        warnings=unparsed + form_warnings(pdf, forms),
        form_fields=[f for got in forms for f in got.fields],
    )


def _metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    try:
        return {k: str(v) for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
    except Exception:  # metadata is a nicety; a broken info dict must not fail the document
        return {}


# a document this short keeps each page (not its text: 18 MB more peak over 60 reports when both
# were kept) loaded for its lazy readers
_KEEP_OPEN_PAGES = 60
# a document this short keeps each page's text too, until its words are read: loaded again for
# them it was a sixth of reading a plan (every page of a plan has its words read; a textpage is
# about 0.3 MB, so at most a few MB more at the peak, where 60 pages of both cost 18 MB)
_KEEP_TEXT_PAGES = 20


def _read_page(
    pdf: pdfium.PdfDocument,
    index: int,
    limits: Limits,
    keep_open: bool = False,
    keep_text: bool = False,
    form: object | None = None,
    forms: list[PageFields] | None = None,
) -> Page:
    """form: the document's form handle (None: no interactive form, no annotation looked at);
    forms: filled with what each page's fields gave, for the parsed document."""
    page, textpage = _upright_page(pdf, index)
    held: list[pdfium.PdfPage] = []
    # the page's text kept with the page (keep_text) for the lazy readers, closed with the page
    # once both have run
    kept: list[pdfium.PdfTextPage] = []
    try:
        width, height = page.get_size()
        # each line's footnote marks, by its span: read once here, kept for its words' loader
        marks: dict[tuple[int, int], set[int]] = {}
        lines = _lines(textpage, index + 1, height, marks)
        # a stamp drawn turned, read glued to the line it overlaps: a line of its own
        lines = split_turned_runs(textpage, lines, height, _is_bold, _page_text)
        lines = _seat_stray_glyphs(textpage, lines, height)
        lines = _seat_raised_marks(textpage, lines, height)
        lines = _drop_checklist_boxes(lines)
        lines = drop_unticked(lines)  # a tick-one list: its ticked option is the value
        runs = _glyph_runs(lines)
        if runs >= _GLYPH_RUN_PAGE or (runs and all(len(ln.text) == 1 for ln in lines)):
            # a page of lone glyphs only (a listing's last lines) is looked at however short
            pitch = even_pitch(textpage.raw, _page_text(textpage), lines)
            if pitch is not None or runs >= _GLYPH_RUN_PAGE:
                _fill_words(textpage, height, lines, marks)  # eager on this rare page: runs joined
                lines = _rejoin(lines, pitch)
        if form is not None and (got := page_fields(page, form, index + 1, height)) is not None:
            lines = merge_lines(lines, got.lines)
            if forms is not None:
                forms.append(got)
        if keep_open:
            held.append(page)
            if keep_text:
                kept.append(textpage)
    finally:
        if not kept:
            textpage.close()
        if not held:
            page.close()
    pending = {"rulings", "words"}

    def loaded(what: str) -> pdfium.PdfPage:
        """The page for a lazy reader: the one kept from the first read (a short document's),
        let go once both readers have had it; else loaded again."""
        pending.discard(what)
        return held[0] if held else pdf[index]

    def release(p: pdfium.PdfPage) -> None:
        if not held:
            p.close()
        elif not pending:
            if kept:
                kept.pop().close()
            held.pop().close()

    def load_rulings(target: Page) -> tuple[list[Ruling], bool]:
        p = loaded("rulings")
        try:
            # the texts searched at once, glyph by glyph (each glyph one character, none a
            # line break), not a search per line and glyph (a generator step each)
            texts = "\n".join([ln.text for ln in lines] + [ln.text for ln in target.lines])
            if any(g in texts for g in STATUS_GLYPHS):
                target.glyph_fills = _glyph_fills(p, height, kept[0] if kept else None)
            drawn = (target.fills, target.glyph_fills, target.balls, target.tiles)
            found = _rulings(
                p,
                height,
                limits,
                *drawn,
                target.outlines,
                target.ribbons,
                target.polygons,
                target.regions,
                target.sectors,
            )
            target.glyph_fills = lit_lamps(target.glyph_fills)  # a traffic light: its lit lamp
            return found
        finally:
            release(p)

    def load_words(_: Line) -> None:
        """Fill the word boxes of every line of this page that has none yet."""
        p = loaded("words")
        try:
            tp = kept[0] if kept else p.get_textpage()
            try:
                _fill_words(tp, height, lines, marks)
            finally:
                if not kept:
                    tp.close()
        finally:
            release(p)

    for line in lines:
        line._loader = load_words
    return Page(
        number=index + 1,
        width=width,
        height=height,
        lines=lines,
        landscape=width > height,
        ruling_loader=load_rulings,
    )


def _upright_page(pdf: pdfium.PdfDocument, index: int) -> tuple[pdfium.PdfPage, pdfium.PdfTextPage]:
    """The page and its text, the page turned upright first when its text is printed turned
    round (a landscape appendix bound into a portrait pack) or it carries a /Rotate: read as
    drawn, its words come out scrambled. An upright page's text is loaded once, as before."""
    page = pdf[index]
    textpage = page.get_textpage()
    turns = turns_upright(textpage)
    if not turns and not page.get_rotation():
        skew = page_skew(textpage)  # a faxed or scanned page, a degree or so crooked
        if not skew:
            return page, textpage
        textpage.close()
        straighten(page, skew)
        page.close()
        page = pdf[index]
        return page, page.get_textpage()
    textpage.close()
    with contextlib.suppress(pdfium.PdfiumError):  # content pdfium cannot write back:
        turn_upright(page, turns)  # the page is read as drawn, unturned
    page.close()
    page = pdf[index]  # reloaded from the turned content, as the lazy loaders will see it
    return page, page.get_textpage()


def _glyph_fills(
    page: pdfium.PdfPage, height: float, textpage: pdfium.PdfTextPage | None = None
) -> list[tuple[BBox, str]]:
    """Each status glyph's box and fill colour ('#rrggbb'); read with the rulings, on table
    pages only, and only for the glyphs (two pdfium calls each): a RAG cell may say its
    status only in the colour of a dot. textpage: the page's text still kept open (left
    open); else it is loaded and closed here."""
    out: list[tuple[BBox, str]] = []
    tp = textpage if textpage is not None else page.get_textpage()
    try:
        text = _page_text(tp)
        raw = tp.raw
        r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
        for i, ch in enumerate(text):
            if ch not in STATUS_GLYPHS:
                continue
            if not pdfium_c.FPDFText_GetFillColor(
                raw, i, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)
            ):
                continue
            if not pdfium_c.FPDFText_GetCharBox(
                raw, i, ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
            ):
                continue
            box = (cl.value, height - ct.value, cr.value, height - cb.value)
            out.append((box, f"#{r.value:02x}{g.value:02x}{b.value:02x}"))
    finally:
        if tp is not textpage:
            tp.close()
    return out


_FONT_BUF = ctypes.create_string_buffer(256)
_FONT_BUF_LEN = ctypes.c_ulong(256)  # (the declared unsigned long: GET_FONT_INFO is unchecked)
_FONT_FLAGS = ctypes.c_int()
_FONT_FLAGS_REF = ctypes.byref(_FONT_FLAGS)


def _is_bold(raw: object, i: int) -> bool:
    if GET_FONT_WEIGHT(raw, i) >= 600:
        return True
    n = GET_FONT_INFO(raw, i, _FONT_BUF, _FONT_BUF_LEN, _FONT_FLAGS_REF)
    name = _FONT_BUF.raw[: max(0, n - 1)].decode("latin-1", "replace").lower()
    return "bold" in name or "black" in name or "heavy" in name


def _page_text(textpage: pdfium.PdfTextPage) -> str:
    count = textpage.count_chars()
    if count <= 0:
        return ""
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # surrogate pairs etc.: indices no longer line up; read per char
        text = "".join(
            chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count)
        )
    # A damaged font map can yield lone UTF-16 surrogates, which no UTF-8 consumer (spaCy, JSON,
    # the database) accepts: one replacement character each keeps indices aligned with pdfium's.
    return _SURROGATE.sub("\ufffd", text)


def _lines(
    textpage: pdfium.PdfTextPage,
    page_no: int,
    page_height: float,
    marks_of: dict[tuple[int, int], set[int]] | None = None,
) -> list[Line]:
    """Lines with boxes from their first and last characters; word boxes are left to a loader.
    marks_of: filled with each span's footnote marks (_superscripts), which the words' loader
    reads again for the same spans of the same text (asked once a line, not twice)."""
    text = _page_text(textpage)
    if not text:
        return []
    raw = textpage.raw
    get_box = GET_CHAR_BOX
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rl, rr, rb, rt = ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    h = page_height
    soft = any(c in text for c in "\ufffe\x02\xad\x00")
    lines: list[Line] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.reverse()
    while spans:
        start, end = spans.pop()
        segment = text[start:end]
        marks = _superscripts(raw, text, start, end)
        if marks_of is not None:
            marks_of[(start, end)] = marks
        if marks:
            segment = "".join(c for i, c in enumerate(segment, start) if i not in marks)
        if soft:
            segment = segment.translate(_SOFT_HYPHENS)
        joined = " ".join(segment.split())
        if not joined:
            continue
        stripped = text[start:end]
        first = start + (len(stripped) - len(stripped.lstrip()))
        last = start + len(stripped.rstrip()) - 1
        get_box(raw, first, rl, rr, rb, rt)
        x0, t0, b0 = cl.value, ct.value, cb.value
        get_box(raw, last, rl, rr, rb, rt)
        x1, t1, b1 = cr.value, ct.value, cb.value
        if _SYMBOL.search(segment):
            boxes = _word_boxes(raw, text, start, end, h)
            if _out_of_order(boxes):  # a glyph written after the line it sits in
                boxes.sort(key=lambda w: w.x0)
                joined = " ".join(" ".join(w.text for w in boxes).split())
                joined = joined.translate(_SOFT_HYPHENS) if soft else joined
                x0, x1 = min(w.x0 for w in boxes), max(w.x1 for w in boxes)
        size = GET_FONT_SIZE(raw, first)
        if SPACED_RUN.search(joined):
            # letter-spaced type ('M a r k T h e ...'): its letters joined into words by their
            # gaps (spaced_letters); _fill_words joins the line's word boxes alike
            spaced = join_spaced(_word_boxes(raw, text, start, end, h), size)
            joined = " ".join(w.text for w in spaced) if spaced else joined
        tall = abs(max(t0, t1) - min(b0, b1)) > _SLANT * size  # a level line is one size tall
        if tall and (runs := level_runs(raw, text, first, last + 1, size)):
            spans.extend(reversed(runs))  # level runs far apart given as one line: each a line
            continue
        if tall and abs(x1 - x0) > _SLANT * size and _slanted(raw, first, last, size):
            continue  # a watermark set across the page ('DRAFT', 'RELEASED UNDER FOI')
        lines.append(
            Line(
                text=joined,
                bbox=(min(x0, x1), h - max(t0, t1), max(x0, x1), h - min(b0, b1)),
                font_size=round(size, 1),
                bold=_is_bold(raw, first),
                page=page_no,
                index=len(lines),
                span=(start, end),
                colour=_char_colour(raw, first),
                end_colour=_char_colour(raw, last),
            )
        )
    return lines


_SLANT = 3.0  # a line's width and height both this many times its type size: set on a slant
_STEP = 0.1  # a slanted line's next letter is this share of its size at least across and up


def _char_centre(raw: object, i: int) -> tuple[float, float]:
    box = [ctypes.c_double() for _ in range(4)]
    pdfium_c.FPDFText_GetCharBox(raw, i, *(ctypes.byref(b) for b in box))
    left, right, bottom, top = (b.value for b in box)
    return (left + right) / 2, (bottom + top) / 2


def _slanted(raw: object, first: int, last: int, size: float) -> bool:
    """A line set at an angle, neither level nor turned upright: its box is both wide and tall
    for its type size (a level line is one size tall, a turned one one size wide), its middle
    character sits on the straight line between its ends (one slanted run, not two level runs
    read as one), and from one letter to the next it steps both across and up, at its start and
    at its middle (a row of headers turned upright, read as one line, steps only up within a
    word). Such text is a watermark or stamp laid across the page ('DRAFT', 'RELEASED UNDER
    FOI'), never a cell's or a paragraph's words; read as a line, its words land in whatever
    cells it crosses ('UNDER March 2026' for a due date, 'FOI' for an owner)."""
    if size <= 0 or last - first < 4:
        return False
    mid = (first + last) // 2
    (xa, ya), (xm, ym), (xb, yb) = (_char_centre(raw, i) for i in (first, mid, last))
    if abs(xb - xa) <= _SLANT * size or abs(yb - ya) <= _SLANT * size:
        return False
    expected = ya + (yb - ya) * (xm - xa) / (xb - xa)
    if abs(ym - expected) >= abs(yb - ya) / 4:  # the middle off the slant: two runs
        return False
    for i in (first, mid):
        (x0, y0), (x1, y1) = _char_centre(raw, i), _char_centre(raw, i + 1)
        if abs(x1 - x0) < _STEP * size or abs(y1 - y0) < _STEP * size:
            return False
    return True


_RGBA = tuple(ctypes.c_uint() for _ in range(4))
_RGBA_REFS = tuple(ctypes.byref(c) for c in _RGBA)  # made once: this runs for every line
# '#rrggbb' by (r, g, b): a page prints its words in a few colours, so each word's colour is
# looked up, not formatted again (the string the format made; at most _HEX_KEPT colours kept)
_HEX: dict[tuple[int, int, int], str] = {}
_HEX_KEPT = 4096


def _char_colour(raw: object, i: int) -> str | None:
    """The fill colour a character is printed in ('#rrggbb'), None when pdfium cannot say."""
    r, g, b, _ = _RGBA
    if not GET_FILL_COLOR(raw, i, *_RGBA_REFS):
        return None
    rgb = (r.value, g.value, b.value)
    hexed = _HEX.get(rgb)
    if hexed is None:
        hexed = f"#{rgb[0]:02x}{rgb[1]:02x}{rgb[2]:02x}"
        if len(_HEX) < _HEX_KEPT:
            _HEX[rgb] = hexed
    return hexed


# A page whose text pdfium breaks after every glyph or two (seen in Chromium prints: each glyph
# placed on its own, a hair off the baseline of the one before) reads as hundreds of one-letter
# lines; runs of a line that touch end to start on one baseline are joined back. Normal pages
# have no such pairs (pdfium joins them itself), so they are left exactly as read.
_GLYPH_RUN_PAGE = 5
_RUN_GAP = 0.35  # em: at most about a space between the end of one run and the start of the next
_NO_SPACE = 0.12  # em: closer than this is inside a word


def _touches(a: Line, b: Line) -> bool:
    size = max(a.font_size, b.font_size, 1.0)
    if abs(a.font_size - b.font_size) > 0.5:
        return False
    gap = b.bbox[0] - a.bbox[2]
    if not -0.2 * size <= gap <= _RUN_GAP * size:
        return False
    centre = (b.bbox[1] + b.bbox[3]) / 2
    return a.bbox[1] - 0.2 * size <= centre <= a.bbox[3] + 0.2 * size


def _glyph_runs(lines: list[Line]) -> int:
    return sum(1 for a, b in zip(lines, lines[1:], strict=False) if _touches(a, b))


def _rejoin(lines: list[Line], pitch: float | None = None) -> list[Line]:
    """Join consecutive runs that continue one another on a baseline, words included.

    On an evenly pitched (monospaced) page the gap is measured in pitches (glyph_pitch).

    A run pdfium itself carried from one table cell into the next ('el D': the end of 'panel' and
    the start of 'Delayed', a line apart) is first cut where its words change line.
    """
    out: list[Line] = []
    for piece in (p for line in lines for p in _pieces(line)):
        prev = out[-1] if out else None
        meet = pitched_gap(prev, piece, pitch) if prev is not None and pitch else None
        if prev is None or (not meet if pitch else not _touches(prev, piece)):
            out.append(piece)
            continue
        glued = (
            meet == "glued"
            if pitch
            else piece.bbox[0] - prev.bbox[2] < _NO_SPACE * max(prev.font_size, 1.0)
        )
        words, nxt = list(prev.words), list(piece.words)
        if glued:
            a, b = words.pop(), nxt.pop(0)
            top, bottom = min(a.top, b.top), max(a.bottom, b.bottom)
            words.append(Word(a.text + b.text, a.x0, top, b.x1, bottom, colour=a.colour))
        out[-1] = _line_of(words + nxt, prev, piece.span)
    for i, line in enumerate(out):
        line.index = i
    return out


def _pieces(line: Line) -> list[Line]:
    """A line cut wherever its next word's centre leaves the band of the word before."""
    runs: list[list[Word]] = []
    for w in line.words:
        centre = (w.top + w.bottom) / 2
        if runs and runs[-1][-1].top <= centre <= runs[-1][-1].bottom:
            runs[-1].append(w)
        else:
            runs.append([w])
    if len(runs) <= 1:
        return [line] if line.words else []
    return [_line_of(run, line, line.span) for run in runs]


def _line_of(words: list[Word], like: Line, end_span: tuple[int, int] | None) -> Line:
    start = like.span[0] if like.span else None
    return Line(
        text=" ".join(w.text for w in words),
        bbox=words_bbox(words),
        font_size=like.font_size,
        bold=like.bold,
        page=like.page,
        index=like.index,
        words=words,
        span=(start, end_span[1]) if start is not None and end_span else like.span,
        colour=like.colour,
    )


def _fill_words(
    textpage: pdfium.PdfTextPage,
    page_height: float,
    lines: list[Line],
    marks_of: dict[tuple[int, int], set[int]] | None = None,
) -> None:
    """Word boxes from character boxes at word edges (raw API, reused buffers: the hot loop).
    marks_of: the footnote marks _lines read by span, for the page's same text."""
    text = _page_text(textpage)
    raw = textpage.raw
    get_box = GET_CHAR_BOX
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rl, rr, rb, rt = ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    h = page_height
    soft = any(c in text for c in "\ufffe\x02\xad\x00")
    for line in lines:
        if line._words is not None or line.span is None:
            continue
        words: list[Word] = []
        marks = marks_of.get(line.span) if marks_of is not None else None
        if marks is None:
            marks = _superscripts(raw, text, *line.span)
        # a seam lies within a word, so a line with none has none in any of its words (one
        # search a line, not one a word); a soft hyphen dropped may join a seam's two glyphs
        seams = soft or _SEAM.search(text, *line.span) is not None
        for w in _WORD.finditer(text, *line.span):
            a, b = w.start(), w.end() - 1
            while b > a and b in marks:  # a footnote mark is no part of its word ('PSW¹')
                b -= 1
            get_box(raw, a, rl, rr, rb, rt)
            x0, t0, b0 = cl.value, ct.value, cb.value
            if b != a:
                get_box(raw, b, rl, rr, rb, rt)
                t1, b1 = ct.value, cb.value
                top = h - (t0 if t0 > t1 else t1)
                bottom = h - (b0 if b0 < b1 else b1)
            else:
                top, bottom = h - t0, h - b0
            word = (
                "".join(text[i] for i in range(a, b + 1) if i not in marks)
                if marks
                else text[a : b + 1]
            )
            if soft:
                word = word.translate(_SOFT_HYPHENS)
                if not word:
                    continue
            if b != a and (t1 < b0 - 0.5 * (t0 - b0) or b1 > t0 + 0.5 * (t0 - b0)):
                # first and last glyph lie on different lines (well apart, not a raised
                # footnote mark): pdfium ran two table cells together at a hyphen ('multi-' at
                # a cell's foot + 'Missing' atop the next column)
                words += _split_jump(raw, text, a, b, h, soft)
                continue
            cuts = _seam_cuts(raw, text, a, b) if seams and _SEAM.search(word) else []
            if cuts:
                # a date cell's end run into the next cell's first word with no space between
                # ('31-MAR-2026Going'): a word each side of the gap
                for s, e in zip([a, *cuts], [c - 1 for c in cuts] + [b], strict=True):
                    words += _split_jump(raw, text, s, e, h, soft)
                continue
            words.append(Word(word, x0, top, cr.value, bottom, colour=_char_colour(raw, a)))
        if _SYMBOL.search(line.text) and _out_of_order(words):
            words.sort(key=lambda w: w.x0)  # as _lines ordered the line's text
        if len(words) > len(line.text.split()):
            words = join_spaced(words, line.font_size)  # letter-spaced type, as _lines read it
        line._words = words
        line._loader = None


# an empty ballot box: a checklist's bullet, unticked, that says nothing of its item
EMPTY_BOXES = frozenset("\u2610\u25a1\u274f\u2751")
_BOX_REACH = 3.0  # line heights: the item's text starts within this right of its box


def _drop_checklist_boxes(lines: list[Line]) -> list[Line]:
    """The lines without the empty boxes a checklist prints before its items ('☐  2c Track
    ...'). The producer may write the box apart from its item's line, after it and the lines
    under it, where it reads as a line of its own, an item of its own (a title '☐'). A box
    alone on its line with a line of text starting just right of it on the same row is that
    row's bullet; a box with no text beside it is left alone."""
    keep: list[Line] = []
    for ln in lines:
        if ln.text.strip() not in EMPTY_BOXES or not _item_beside(ln, lines):
            keep.append(ln)
    if len(keep) == len(lines):
        return lines
    for i, ln in enumerate(keep):
        ln.index = i
    return keep


def _item_beside(box: Line, lines: Sequence[Line]) -> bool:
    """Whether a line of text starts just right of a box, on the same row."""
    h = max(box.bottom - box.top, 1.0)
    mid = (box.top + box.bottom) / 2
    return any(
        o is not box
        and o.top <= mid <= o.bottom
        and 0 <= o.bbox[0] - box.bbox[2] <= _BOX_REACH * h
        and any(c.isalnum() for c in o.text)
        for o in lines
    )


def _seat_stray_glyphs(
    textpage: pdfium.PdfTextPage, lines: list[Line], height: float
) -> list[Line]:
    """A line of symbols alone ('✔') that the producer wrote apart from the line it stands
    in, put back in its place there: it lies on that line's baseline, in a gap between two of
    its words ('Critical;  ✔ Delivered'). A symbol in a column of its own (a status dot beside
    a row's text) has no words of the line on both sides and stays a line of its own."""
    stray = [ln for ln in lines if ln.span is not None and _SYMBOLS_ONLY.fullmatch(ln.text)]
    if not stray:
        return lines
    text = _page_text(textpage)
    soft = any(c in text for c in "\ufffe\x02\xad\x00")
    out = [ln for ln in lines if not any(ln is s for s in stray)]
    for glyph in stray:
        assert glyph.span is not None
        marks = _word_boxes(textpage.raw, text, glyph.span[0], glyph.span[1], height)
        left = [m for m in marks if not _seat(m, glyph, out, textpage, text, height, soft)]
        if len(left) == len(marks):
            out.append(glyph)
        elif left:  # the marks no line took stay a line of their own
            rest = _line_of(left, glyph, None)
            rest.span = None
            out.append(rest)
    out.sort(key=lambda ln: ln.index)
    for i, ln in enumerate(out):
        ln.index = i
    return out


def _seat(
    mark: Word,
    glyph: Line,
    lines: list[Line],
    textpage: pdfium.PdfTextPage,
    text: str,
    height: float,
    soft: bool,
) -> bool:
    """Put a mark into the line whose baseline it lies on, between two of its words; whether
    one took it."""
    for k, host in enumerate(lines):
        if host.span is None and host._words is None or not _on_baseline(glyph, host):
            continue
        words = _host_words(host, textpage, text, height, soft)
        assert words is not None
        seated = _seated(words, mark)
        if seated is not None:
            lines[k] = _line_of(seated, host, None)
            lines[k].span = None  # its words are given: no loader reads them from a span
            return True
    return False


def _seat_raised_marks(
    textpage: pdfium.PdfTextPage, lines: list[Line], height: float
) -> list[Line]:
    """A footnote-style mark (a small raised number, '<sup>2</sup>') that the producer wrote as
    a line of its own, glued back to the word it is raised after, as superscript digits
    ('partnership²'). Left a line of its own, it reads as a number of the text, wherever its
    box sorts it (between a cell's wrapped lines: 'such as parks and 1 transport hubs'), or
    as a row of its own that ends a table. The evidence is the mark's shape against its
    host's: set smaller (_MARK_SIZE), its foot raised above the host's by a quarter em or more
    yet under a line's pitch (_MARK_RISE_MAX), and starting just after one of its words. Glued
    marks ('PSW¹' in one run) are the reader's _superscripts, dropped as before."""
    if not any(_LEAD_MARK.match(ln.text) or _MARK_ONLY.fullmatch(ln.text) for ln in lines):
        return lines  # most pages: no line opens with a number of one or two digits
    text = _page_text(textpage)
    soft = any(c in text for c in "\ufffe\x02\xad\x00")
    pieces = [piece for ln in lines for piece in _split_lead_mark(textpage, text, ln, height)]
    split = len(pieces) != len(lines)
    lines = pieces
    largest = max(ln.font_size for ln in lines)
    marks = [
        ln
        for ln in lines
        if ln.span is not None
        and ln.font_size < _MARK_SIZE * largest
        and _MARK_ONLY.fullmatch(ln.text)
    ]
    if not marks:
        return _indexed(lines) if split else lines
    taken: set[int] = set()
    out = list(lines)
    # the hosts by their foot: a mark's host has its foot within a line's pitch under the mark's
    feet = sorted(range(len(out)), key=lambda k: out[k].bbox[3])
    keys = [out[k].bbox[3] for k in feet]
    for mark in marks:
        lo = bisect.bisect_left(keys, mark.bbox[3])
        hi = bisect.bisect_right(keys, mark.bbox[3] + _MARK_RISE_MAX * largest)
        for k in feet[lo:hi]:
            host = out[k]
            if host is mark or id(host) in taken or not _raised_beside(mark, host):
                continue
            seated = _glued_mark(mark, host, textpage, text, height, soft)
            if seated is not None:
                out[k] = seated
                taken.add(id(mark))
                break
    if not taken:
        return _indexed(lines) if split else lines
    return _indexed([ln for ln in out if id(ln) not in taken])


def _indexed(lines: list[Line]) -> list[Line]:
    """The lines numbered again in their order, after some were split or joined."""
    for i, ln in enumerate(lines):
        ln.index = i
    return lines


def _split_lead_mark(
    textpage: pdfium.PdfTextPage, text: str, line: Line, height: float
) -> list[Line]:
    """The line, or its opening mark and the rest apart where it opens with a small raised
    number (smaller than the text after it and raised above its foot): the mark after a
    one-line cell, run by the producer into the next cell's text ('¹ Service Manager')."""
    if line.span is None or not _LEAD_MARK.match(line.text):
        return [line]
    raw = textpage.raw
    m = _LEAD_MARK.match(text, *line.span)
    if m is None:
        return [line]
    a, b, k = m.start(1), m.end(1), m.end()
    size = pdfium_c.FPDFText_GetFontSize(raw, k)
    if not all(pdfium_c.FPDFText_GetFontSize(raw, i) < _MARK_SIZE * size for i in range(a, b)):
        return [line]
    # raised above the text after it, or a column's gap before it (that text another cell's,
    # set on a baseline of its own): the host the mark is raised beside is looked for next
    foot = _char_foot(raw, k)
    raised = all(_char_foot(raw, i) - foot > _MARK_RISE * size for i in range(a, b))
    if not raised and _char_left(raw, k) - _char_right(raw, b - 1) < _MARK_APART * size:
        return [line]
    rest = line.text[len(m.group(1)) :].lstrip()
    return [
        _span_line(textpage, text, line, (a, b), m.group(1), height),
        _span_line(textpage, text, line, (k, line.span[1]), rest, height),
    ]


def _span_line(
    textpage: pdfium.PdfTextPage,
    page_text: str,
    like: Line,
    span: tuple[int, int],
    text: str,
    height: float,
) -> Line:
    """A line of part of another's span, its box, size and ink its own first glyph's."""
    raw = textpage.raw
    words = _word_boxes(raw, page_text, span[0], span[1], height)
    return Line(
        text=text,
        bbox=words_bbox(words),
        font_size=round(pdfium_c.FPDFText_GetFontSize(raw, span[0]), 1),
        bold=_is_bold(raw, span[0]),
        page=like.page,
        index=like.index,
        span=span,
        colour=_char_colour(raw, span[0]),
        end_colour=like.end_colour,
    )


def _raised_beside(mark: Line, host: Line) -> bool:
    """The mark is set smaller than the host line and raised above its foot, less than a
    line's pitch, and lies across or just past the host's horizontal extent."""
    size = host.font_size
    if not 0 < mark.font_size < _MARK_SIZE * size:
        return False
    rise = host.bbox[3] - mark.bbox[3]
    if not _MARK_RISE * size <= rise <= _MARK_RISE_MAX * size:
        return False
    return host.bbox[0] < mark.bbox[0] <= host.bbox[2] + _MARK_AFTER * size


def _glued_mark(
    mark: Line, host: Line, textpage: pdfium.PdfTextPage, text: str, height: float, soft: bool
) -> Line | None:
    """The host line with the mark glued to the word it starts just after, or None where no
    word of the host ends there (the mark lies in another column's gap)."""
    words = _host_words(host, textpage, text, height, soft)
    if words is None:
        return None
    size = host.font_size
    for j, w in enumerate(words):
        gap = mark.bbox[0] - w.x1
        after = words[j + 1].x0 if j + 1 < len(words) else None
        if -1.0 <= gap <= _MARK_AFTER * size and (after is None or after >= mark.bbox[2] - 1.0):
            glued = Word(
                w.text + mark.text.translate(_SUPERSCRIPT),
                w.x0,
                w.top,  # the line's band as before: a raised mark reaches into no line above
                mark.bbox[2],
                w.bottom,
                colour=w.colour,
            )
            line = _line_of([*words[:j], glued, *words[j + 1 :]], host, None)
            line.span = None  # its words are given: no loader reads them from a span
            return line
    return None


def _host_words(
    host: Line, textpage: pdfium.PdfTextPage, text: str, height: float, soft: bool
) -> list[Word] | None:
    """A line's words, as given or read from its span (pdfium's line-end hyphen marks read as
    hyphens where the page has any: `soft`); None for a line with neither."""
    if host._words is not None:
        return host._words
    if host.span is None:
        return None
    words = _word_boxes(textpage.raw, text, host.span[0], host.span[1], height)
    if soft:
        words = [Word(w.text.translate(_SOFT_HYPHENS), w.x0, w.top, w.x1, w.bottom)
                 for w in words]  # fmt: skip
    return words


def _on_baseline(glyph: Line, host: Line) -> bool:
    centre = (glyph.bbox[1] + glyph.bbox[3]) / 2
    return host.bbox[1] - 0.2 * host.font_size <= centre <= host.bbox[3] + 0.2 * host.font_size


def _seated(words: list[Word], mark: Word) -> list[Word] | None:
    """The line's words with the mark among them, left to right, when it sits in a gap
    between two of them; else None."""
    left = sorted((w for w in words if w.x1 <= mark.x0 + 1.0), key=lambda w: w.x0)
    right = sorted((w for w in words if w.x0 >= mark.x1 - 1.0), key=lambda w: w.x0)
    if not left or not right or len(left) + len(right) != len(words):
        return None
    return [*left, mark, *right]


def _superscripts(raw: object, text: str, start: int, end: int) -> set[int]:
    """Indices of the footnote marks in text[start:end]: digits glued to a word's end that are
    set in a smaller font than the glyph before them and raised above its foot ('PSW¹' printed
    as 'PSW' then a small raised '1'). Only glued digits are looked at (a few a page)."""
    out: set[int] = set()
    for m in _GLUED_DIGITS.finditer(text, start, end):
        host = m.start() - 1
        size = pdfium_c.FPDFText_GetFontSize(raw, host)
        foot = _char_foot(raw, host)
        if all(
            pdfium_c.FPDFText_GetFontSize(raw, i) < _MARK_SIZE * size
            and _char_foot(raw, i) - foot > _MARK_RISE * size
            for i in range(m.start(), m.end())
        ):
            out.update(range(m.start(), m.end()))
    return out


def _char_left(raw: object, i: int) -> float:
    """The left edge of a character's box."""
    return _char_box(raw, i)[0]


def _char_right(raw: object, i: int) -> float:
    """The right edge of a character's box."""
    return _char_box(raw, i)[1]


def _char_box(raw: object, i: int) -> tuple[float, float, float, float]:
    """A character's box (left, right, bottom, top), in PDF space (y up)."""
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharBox(
        raw, i, ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    )
    return cl.value, cr.value, cb.value, ct.value


def _char_foot(raw: object, i: int) -> float:
    """The bottom of a character's box, in PDF space (y up)."""
    return _char_box(raw, i)[2]


def _word_boxes(raw: object, text: str, start: int, end: int, h: float) -> list[Word]:
    """The words of text[start:end] with boxes from their first and last characters."""
    get_box = GET_CHAR_BOX
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rl, rr, rb, rt = ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    out: list[Word] = []
    for w in _WORD.finditer(text, start, end):
        get_box(raw, w.start(), rl, rr, rb, rt)
        x0, top, bottom = cl.value, h - ct.value, h - cb.value
        get_box(raw, w.end() - 1, rl, rr, rb, rt)
        out.append(Word(w.group(), x0, top, cr.value, bottom))
    return out


def _out_of_order(words: list[Word]) -> bool:
    """Words on one baseline that do not run left to right: a glyph the producer wrote after
    the rest of its line ('Critical; Delivered; ○ Pending ✔' for '... Critical; ✔ Delivered;
    ...'). Words on different baselines (a run across two cells) are left as read."""
    if len(words) < 2:
        return False
    centres = [(w.top + w.bottom) / 2 for w in words]
    height = max(w.bottom - w.top for w in words)
    if max(centres) - min(centres) > 0.5 * height:
        return False
    return any(b.x0 < a.x1 - 1.0 for a, b in zip(words, words[1:], strict=False))


def _split_jump(raw: object, text: str, a: int, b: int, h: float, soft: bool) -> list[Word]:
    """Split a character run at each glyph that leaves the vertical band of the one before it.

    Rare (only runs whose end glyphs sit on different lines, or cut at a seam, get here), so a
    per-glyph box read is affordable. Each piece keeps its first glyph's ink, as every word
    read whole does: a status word wrapped at its hyphen in a cell ('Under-' / 'rehearsed' in
    amber) read with no ink was no inked word, and its column's inks no key of the statuses.
    """
    get_box = pdfium_c.FPDFText_GetCharBox
    cl, cr, cb, ct = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rl, rr, rb, rt = ctypes.byref(cl), ctypes.byref(cr), ctypes.byref(cb), ctypes.byref(ct)
    pieces: list[list[tuple[str, float, float, float, float]]] = []
    starts: list[int] = []  # each piece's first glyph
    for k in range(a, b + 1):
        get_box(raw, k, rl, rr, rb, rt)
        box = (text[k], cl.value, ct.value, cr.value, cb.value)
        if pieces:
            _, _, top, _, bottom = pieces[-1][-1]
            if not (box[2] < bottom or box[4] > top):
                pieces[-1].append(box)
                continue
        pieces.append([box])
        starts.append(k)
    out: list[Word] = []
    for piece, k in zip(pieces, starts, strict=True):
        word = "".join(c for c, *_ in piece)
        if soft:
            word = word.translate(_SOFT_HYPHENS)
        if not word:
            continue
        top = h - max(t for _, _, t, _, _ in piece)
        bottom = h - min(bt for _, _, _, _, bt in piece)
        out.append(Word(word, piece[0][1], top, piece[-1][3], bottom, colour=_char_colour(raw, k)))
    return out


def _seam_cuts(raw: object, text: str, a: int, b: int) -> list[int]:
    """The glyphs of text[a..b] after a seam (see _SEAM) set apart from the glyph before."""
    size = max(pdfium_c.FPDFText_GetFontSize(raw, a), 1.0)
    cuts: list[int] = []
    for m in _SEAM.finditer(text, a, b + 1):
        k = m.start() + 1
        pdfium_c.FPDFText_GetLooseCharBox(raw, k - 1, _LOOSE_A)
        pdfium_c.FPDFText_GetLooseCharBox(raw, k, _LOOSE_B)
        if _LOOSE_B.left - _LOOSE_A.right > _SEAM_GAP * size:
            cuts.append(k)
    return cuts


_MATRIX = pdfium_c.FS_MATRIX()
_PX, _PY = ctypes.c_float(), ctypes.c_float()
_PX_REF, _PY_REF = ctypes.byref(_PX), ctypes.byref(_PY)  # (GET_SEGMENT_POINT is unchecked)


def _rulings(
    page: pdfium.PdfPage,
    page_height: float,
    limits: Limits,
    fills: list[tuple[BBox, str]] | None = None,
    marks: list[tuple[BBox, str]] | None = None,
    balls: list[tuple[BBox, float]] | None = None,
    tiles: list[tuple[BBox, str]] | None = None,
    outlines: list[tuple[BBox, str]] | None = None,
    ribbons: list[Ribbon] | None = None,
    polygons: list[Polygon] | None = None,
    regions: list[Region] | None = None,
    sectors: list[Sector] | None = None,
) -> tuple[list[Ruling], bool]:
    """Axis-aligned line pieces of vector paths (table borders), bounded per page; the coloured
    fills of rectangles go to `fills` (a cell's shading, a RAG cell's colour), and so do rounded
    filled shapes no taller than a badge (a status pill behind a word), and taller ones of a
    tile's size to `tiles` (a summary's tile, an action's number over its status); small filled
    shapes of a
    status mark's size go to `marks` (a status printed as a coloured dot, circle or square,
    pipeline.marks), a curved one no ruling; a pill drawn as a coloured outline alone goes to
    `outlines` (a chip's tint, no cell's shading); a curved path drawn across the page (a
    band of a Sankey diagram, a curved connector) goes to `ribbons` with where its ends stand;
    a filled closed polygon of straight edges bigger than a badge that is no rectangle (a
    honeycomb's hexagon) goes to `polygons` with its corners, and is read as before too; a
    filled closed shape with curves bigger than a badge both ways (a target's ring, a rounded
    zone) goes to `regions` with its outline, and is read as before too; a slice of a circle (a
    straight edge and one curve: a gauge's segment) goes to `sectors` alone, and a dial whose
    needle (a straight stroke from the slices' hub) points into a slice goes to `fills` in
    that slice's colour (gauge_needles)."""
    rulings: list[Ruling] = []
    objects = 0.0
    segments_seen = 0
    shapes: list[Shape] = []  # mark-sized curved paths: a ball's circle and its wedge
    needles: list[tuple[tuple[float, float], tuple[float, float]]] = []  # slanted strokes
    # the straight rectangle last drawn and where its edges start: a tilted card's shadow
    last_rect: tuple[BBox, int] | None = None
    spent = False  # the segment budget spent: only rectangles are read on
    for obj in _path_objects(page, max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        # a speck (one dash of a dashed rule) costs a bounds read only: thousands of them under
        # a web page's dashed borders must not spend the budget before the page's marks are read
        objects += _SPECK_COST if w < 1.0 and h < 1.0 else 1.0
        if objects > limits.max_path_objects_per_page:
            return rulings, True
        if w < 1.0 and h < 1.0:
            continue
        if w <= 3.0 or h <= 3.0:  # a line or thin bar: its bounds are the ruling
            rulings.append(Ruling(left, page_height - top, right, page_height - bottom))
            continue
        n = pdfium_c.FPDFPath_CountSegments(obj.raw)
        if spent and n > _RECT_SEGMENTS:
            continue  # the budget is spent: curved paths are no longer read
        segments_seen += n
        if segments_seen > limits.max_segments_per_page:
            # a page whose budget goes on curves (a web page's rounded pills, each corner in
            # many curve pieces) still has its rectangles read (cards, cells, shading): each is
            # a few segments, bounded with the objects; the page is partial all the same
            spent = True
            if n > _RECT_SEGMENTS:
                continue
        box = (left, page_height - top, right, page_height - bottom)
        if marks is not None and n > 4 and _mark_sized(w, h):
            shapes.append(_shape(obj, n, page_height))
        if marks is not None and is_mark(box) and (colour := _fill_colour(obj)) is not None:
            marks.append((box, colour))  # a status printed as a coloured dot, circle or square
            if n > 6:
                continue  # a curved mark is no table ruling
        if n == 2 and not _fill_colour(obj):
            # one stroked segment, thicker than a rule (a table's 4pt coloured bar beside a
            # cell): its bounds widen it by its stroke on every side, and read as a rectangle
            # they would cut rows and slivers of columns into the grid around it; it is the
            # one ruling it draws
            pieces = _path_pieces(obj, n, page_height)
            if not pieces:  # a slanted stroke: a dial's needle, maybe (gauge_needles)
                needles.append(_ends(obj, page_height))
            rulings.extend(pieces)
            continue
        if n <= _RECT_SEGMENTS:  # a rectangle: its four edges, none where drawn tilted (a card)
            segs = list(_segments(obj, n, page_height))
            if _sector(segs):
                # a pie's slice (a gauge's segment): no cell's edges, no cell's shading
                if sectors is not None and (colour := _fill_colour(obj)) is not None:
                    sectors.append((box, colour, tuple(pt for _, pt in segs)))
                continue
            if not tilted_rectangle([pt for _, pt in segs]):
                last_rect = (box, len(rulings))
                rulings.extend(_rect_edges(*box))
            elif last_rect is not None and shadow_of(last_rect[0], box):
                del rulings[last_rect[1] : last_rect[1] + 4]  # its shadow drawn just before it
                last_rect = None
            if fills is not None and (colour := _fill_colour(obj)) is not None:
                fills.append((box, colour))
            elif polygons is not None and (pale := _pale_card(obj, n, box, page_height)):
                polygons.append(pale)  # a card in the pale grey of 'no status', its border drawn
            continue
        if polygons is not None and (polygon := _polygon(obj, n, box, page_height)) is not None:
            polygons.append(polygon)  # a hexagon of a comb: its corners tell its words apart
        if regions is not None and (region := _region(obj, n, box, page_height)) is not None:
            regions.append(region)  # a ring or zone of a drawing: its outline holds its words
        if fills is not None and h <= _BADGE_HEIGHT and (colour := _fill_colour(obj)) is not None:
            fills.append((box, colour))  # a pill or badge behind a word: a rounded filled shape
        elif outlines is not None and h <= _BADGE_HEIGHT and (colour := _outline_colour(obj)):
            # a pill drawn as its outline alone, in a hue: a chip's tint (plan_chip_key), kept
            # apart from the fills, which paint table cells: a meeting's action line ending in
            # outlined status pills, read as an unruled table, took the pills for painted
            # cells and became a table of its own, its lines' owners left in their texts
            outlines.append((box, colour))
        elif (
            tiles is not None
            and _BADGE_HEIGHT < h <= _TILE_HEIGHT
            and w <= _TILE_WIDTH
            and (colour := _fill_colour(obj)) is not None
        ):
            tiles.append((box, colour))  # a tile: rounded, filled, bigger than a badge
        if ribbons is not None and w >= _RIBBON_WIDTH and (ribbon := _ribbon(obj, n, page_height)):
            ribbons.append(ribbon)  # a band or a curved connector from one box to another
        rulings.extend(_path_pieces(obj, n, page_height))
    if marks is not None and shapes:
        _read_balls(shapes, marks, balls)
    if fills is not None and sectors:  # a dial's needle gives it its slice's colour
        fills.extend(gauge_fills(sectors, needles, _strokes(page, page_height)))
    return rulings, spent


def _strokes(
    page: pdfium.PdfPage, page_height: float
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Every one-segment stroke's two ends, a second walk of the page's drawing made only
    where the page has slices: a needle within a degree or two of a dial's upright or base
    was read as a ruling by its thin bounds (gauge_needles asks for these where no slanted
    stroke starts at a dial's hub); a walk on every page would cost the hot path."""
    return [
        _ends(obj, page_height)
        for obj in _path_objects(page, max_depth=4)
        if pdfium_c.FPDFPath_CountSegments(obj.raw) == 2
    ]


def _ends(obj: PathObject, page_height: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """A one-segment stroke's two ends (page coordinates, top down)."""
    a, b = (pt for _, pt in _segments(obj, 2, page_height))
    return a, b


_RECT_SEGMENTS = 6  # a rectangle's path: a move, four lines, a close (a repeated corner)


def _sector(segs: Sequence[tuple[int, tuple[float, float]]]) -> bool:
    """Whether a short path (a rectangle's few segments) draws a straight edge and a curve: a
    slice of a pie or a gauge's arc segment, no rectangle. Why: read as one, its box gave four
    rulings and a filled cell where a dial stands in a table's last cell, cutting the rows
    around it into boxes of their own (a dashboard's speedometer dials, one per row); a circle
    takes more segments than a rectangle, so no mark or ball is read otherwise."""
    kinds = {kind for kind, _ in segs}
    if pdfium_c.FPDF_SEGMENT_BEZIERTO not in kinds or pdfium_c.FPDF_SEGMENT_LINETO not in kinds:
        return False
    return _centred_on_hub(segs)


_HUB_GAP = 1.0  # points: the straight edges' far ends are one point, the slice's hub
_RADIUS_SLACK = 0.08  # every point of the arc as far from the hub, within 8%


def _centred_on_hub(segs: Sequence[tuple[int, tuple[float, float]]]) -> bool:
    """Whether the path's one curve is an arc round the point its straight edges meet at. Why: a
    slice's edges are two radii, so every point of its arc stands one radius from their hub;
    a tab or pill of as few segments with one rounded end has straight edges too, but no point
    its curve is centred on, and it keeps its box's rulings and fill."""
    points = [pt for _, pt in segs]
    first = next(i for i, (kind, _) in enumerate(segs) if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO)
    if first == 0 or first + 3 > len(segs):
        return False
    start, c1, c2, end = points[first - 1 : first + 3]
    if any(kind != pdfium_c.FPDF_SEGMENT_BEZIERTO for kind, _ in segs[first : first + 3]):
        return False
    hubs = [
        pt
        for i, pt in enumerate(points)
        if not first <= i < first + 3 and _far(pt, start) and _far(pt, end)
    ]
    if not hubs or any(_far(pt, hubs[0]) for pt in hubs):
        return False
    hub = hubs[0]
    radius = math.dist(hub, start)
    arc = _bezier(start, c1, c2, end)  # the curve followed: every point of it one radius out
    return all(abs(math.dist(hub, pt) - radius) <= _RADIUS_SLACK * radius for pt in arc)


def _far(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return math.dist(a, b) > _HUB_GAP


_POLYGON_SEGMENTS = 16  # a polygon's path: a move and its straight edges (a hexagon: 7)


def _polygon(obj: PathObject, n: int, box: BBox, page_height: float) -> Polygon | None:
    """A filled closed polygon of straight edges, bigger than a badge both ways, with its fill
    and corners; None for any other path (a curve, an open line, several rings, an unfilled
    outline). Why: shapes that are no rectangles (hexagons in a comb) hold an action each and
    overlap each other's boxes; their corners say which shape a word stands in."""
    if n > _POLYGON_SEGMENTS or min(box[2] - box[0], box[3] - box[1]) <= _BADGE_HEIGHT:
        return None
    colour = _polygon_fill(obj)
    if colour is None:
        return None
    corners: list[tuple[float, float]] = []
    for i, (kind, pt) in enumerate(_segments(obj, n, page_height)):
        if (kind == pdfium_c.FPDF_SEGMENT_MOVETO) != (i == 0):
            return None  # a second ring, or no move to open the first
        if kind not in (pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO):
            return None  # a curve: no straight-edged polygon
        corners.append(pt)
    slanted = any(
        abs(x1 - x0) > 1.0 and abs(y1 - y0) > 1.0
        for (x0, y0), (x1, y1) in zip(corners, [*corners[1:], corners[0]], strict=True)
    )  # a rectangle drawn with repeated corners is read as a rectangle already
    return (box, colour, tuple(corners)) if len(corners) >= 5 and slanted else None


def _pale_card(obj: PathObject, n: int, box: BBox, page_height: float) -> Polygon | None:
    """A rectangle filled near-white and drawn with a border, bigger than a badge both ways,
    as a polygon of its corners; None for any other. Why: a board tints each card in its
    status colour and leaves the unrated ones pale grey, a fill the reader's `fills` leave out
    (a white cell's shading is no colour); its border still draws the card, so the drawn-card
    reader may take it beside its tinted siblings (drawn_cards)."""
    if min(box[2] - box[0], box[3] - box[1]) <= _BADGE_HEIGHT:
        return None
    colour = _polygon_fill(obj)
    if colour is None or not _STROKE.value:
        return None  # (_polygon_fill read the draw mode: _STROKE is this path's)
    corners = tuple(pt for _, pt in _segments(obj, n, page_height))
    return (box, colour, corners) if len(corners) >= 4 else None


def _region(obj: PathObject, n: int, box: BBox, page_height: float) -> Region | None:
    """A filled closed shape drawn with curves, bigger than a badge both ways, with its fill
    (white included: a pale box is a region all the same) and its outline, the curves followed;
    None for any other path. Why: a drawing may say a status by the region an action's ref is
    written in (a target's rings, each a disc drawn over a bigger one); a ring's box holds the
    rings inside it too, so which one a word stands in is told by the outlines."""
    if min(box[2] - box[0], box[3] - box[1]) <= _BADGE_HEIGHT:
        return None
    colour = _polygon_fill(obj)
    if colour is None:
        return None
    rings, curved = _outline(obj, n, page_height)
    return (box, colour, tuple(tuple(r) for r in rings)) if curved and rings else None


_BOUNDS = tuple(ctypes.c_float() for _ in range(4))
_BOUNDS_REFS = tuple(ctypes.byref(c) for c in _BOUNDS)  # (GET_BOUNDS is unchecked)


class PathObject:
    """A path object of a page, as the ruling reader needs it: its handle, its Form XObject
    nesting level and its bounds. pypdfium2's PdfObject helper costs more to make (its type
    read and its finaliser set up) and to ask (checked arguments, new floats each time) than
    the reader spends on most paths, which are read for their bounds alone; the page owns the
    object, so no finaliser is needed."""

    __slots__ = ("raw", "level")
    type = pdfium_c.FPDF_PAGEOBJ_PATH

    def __init__(self, raw: object, level: int) -> None:
        self.raw = raw
        self.level = level

    def get_bounds(self) -> tuple[float, float, float, float]:
        """Left, bottom, right and top in PDF page space, as PdfObject.get_bounds gives them."""
        if not GET_BOUNDS(self.raw, *_BOUNDS_REFS):
            raise pdfium.PdfiumError("Failed to locate pageobject.")
        left, bottom, right, top = _BOUNDS
        return (left.value, bottom.value, right.value, top.value)


def _path_objects(
    page: pdfium.PdfPage, max_depth: int, form: object = None, level: int = 0
) -> Iterator[PathObject]:
    """The page's path objects, the ones page.get_objects(filter=[FPDF_PAGEOBJ_PATH],
    max_depth=max_depth) yields, in the same order (into Form XObjects up to max_depth), with
    no helper object made for the others: get_objects makes one for every object before its
    filter looks at the type, and text objects are most of a page's objects (nine in ten on
    the bench plans), so that was a third of reading the rulings."""
    if form is None:
        parent, count, get = page.raw, pdfium_c.FPDFPage_CountObjects, GET_OBJECT
    else:
        parent, count, get = form, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    n = count(parent)
    if n < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for i in range(n):
        raw = get(parent, i)
        if not raw:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = GET_OBJECT_TYPE(raw)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield PathObject(raw, level)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
            yield from _path_objects(page, max_depth, raw, level + 1)


def _read_balls(
    shapes: list[Shape], marks: list[tuple[BBox, str]], balls: list[tuple[BBox, float]] | None
) -> None:
    """The page's drawn balls (fill_scale.read_balls) into `balls`; the paths they are made of
    are no status marks of their own (a wedge's colour is the ball's ink, not a status)."""
    found, parts = read_balls(shapes)
    if not found:
        return
    if balls is not None:
        balls.extend(found)
    kept = [m for m in marks if not any(_same_box(m[0], p) for p in parts)]
    marks[:] = kept


def _same_box(a: BBox, b: BBox) -> bool:
    return all(abs(x - y) <= _PART_SLACK for x, y in zip(a, b, strict=True)) or (
        a[0] >= b[0] - _PART_SLACK
        and a[1] >= b[1] - _PART_SLACK
        and a[2] <= b[2] + _PART_SLACK
        and a[3] <= b[3] + _PART_SLACK
    )


_PART_SLACK = 1.5  # points: a mark's bounds (its stroke) and its path's points differ by this


def _mark_sized(w: float, h: float) -> bool:
    return MARK_MIN <= w <= MARK_MAX and MARK_MIN <= h <= MARK_MAX


_BEZIER_STEPS = 6  # points per curve piece: enough for an area within a few per cent


def _segments(
    obj: PathObject, n: int, page_height: float
) -> Iterator[tuple[int, tuple[float, float]]]:
    """A path's segments as (pdfium's segment type, point in page coordinates, top down), the
    object's matrix applied: the one walk marks and ruled pieces are both read from."""
    pdfium_c.FPDFPageObj_GetMatrix(obj.raw, _MATRIX)
    a, b, c, d, e, f = _MATRIX.a, _MATRIX.b, _MATRIX.c, _MATRIX.d, _MATRIX.e, _MATRIX.f
    path = obj.raw
    for i in range(n):
        seg = GET_PATH_SEGMENT(path, i)
        GET_SEGMENT_POINT(seg, _PX_REF, _PY_REF)
        x, y = _PX.value, _PY.value
        yield (
            GET_SEGMENT_TYPE(seg),
            (a * x + c * y + e, page_height - (b * x + d * y + f)),
        )


def _outline(
    obj: PathObject, n: int, page_height: float
) -> tuple[list[list[tuple[float, float]]], bool]:
    """A path's closed rings of points, its curves followed (each Bezier piece flattened), and
    whether it has any curve: the one outline walk for marks' areas and drawings' regions."""
    rings: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    pending: list[tuple[float, float]] = []
    curved = False
    for kind, pt in _segments(obj, n, page_height):
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if len(ring) > 2:
                rings.append(ring)
            ring, pending = [pt], []
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO and ring:
            curved = True
            pending.append(pt)
            if len(pending) == 3:
                ring.extend(_bezier(ring[-1], *pending))
                pending = []
        else:
            ring.append(pt)
    if len(ring) > 2:
        rings.append(ring)
    return rings, curved


def _shape(obj: PathObject, n: int, page_height: float) -> Shape:
    """A mark-sized path's box and area from its own points (curves followed), its fill colour
    (None for none or white) and whether it is stroked."""
    rings, _ = _outline(obj, n, page_height)
    points = [p for r in rings for p in r]
    area = sum(_ring_area(r) for r in rings)
    if points:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = (min(xs), min(ys), max(xs), max(ys))
    else:
        left, bottom, right, top = obj.get_bounds()
        box = (left, page_height - top, right, page_height - bottom)
    stroked = bool(pdfium_c.FPDFPath_GetDrawMode(obj.raw, _FILL_MODE, _STROKE) and _STROKE.value)
    return box, _fill_colour(obj), stroked, area


def _bezier(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    p3: tuple[float, float],
) -> list[tuple[float, float]]:
    out = []
    for k in range(1, _BEZIER_STEPS + 1):
        t = k / _BEZIER_STEPS
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return out


def _ring_area(ring: Sequence[tuple[float, float]]) -> float:
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True)
            )
        )
        / 2
    )


_SPECK_COST = 0.1  # of a path object's share of the budget: a speck is skipped once bounded
_BADGE_HEIGHT = 24.0  # points: a rounded filled shape no taller than this is a badge, not a card
# points: a rounded filled shape taller than a badge and no bigger than this is a tile (a few
# short lines: a number over a word), not a card of an action's fields
_TILE_HEIGHT = 72.0
_TILE_WIDTH = 220.0


_FILL_MODE, _STROKE = ctypes.c_int(), ctypes.c_int()
_R, _G, _B, _A = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()


def _fill_colour(obj: PathObject) -> str | None:
    """'#rrggbb' of a filled path, None when it is not filled, transparent or white."""
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, _FILL_MODE, _STROKE) or not _FILL_MODE.value:
        return None
    if not pdfium_c.FPDFPageObj_GetFillColor(obj.raw, _R, _G, _B, _A) or _A.value < 40:
        return None
    if min(_R.value, _G.value, _B.value) >= 245:
        return None
    return f"#{_R.value:02x}{_G.value:02x}{_B.value:02x}"


def _polygon_fill(obj: PathObject) -> str | None:
    """'#rrggbb' of a filled path, white and near-white included (a card's shape in the pale
    grey of 'no status' is a card all the same), None when unfilled or transparent."""
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, _FILL_MODE, _STROKE) or not _FILL_MODE.value:
        return None
    if not pdfium_c.FPDFPageObj_GetFillColor(obj.raw, _R, _G, _B, _A) or _A.value < 40:
        return None
    return f"#{_R.value:02x}{_G.value:02x}{_B.value:02x}"


def _outline_colour(obj: PathObject) -> str | None:
    """'#rrggbb' of a path stroked and not filled, in a colour of its own: None where it is
    filled, unstroked, or its ink is black, white or a grey (a rule's or a box's border)."""
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, _FILL_MODE, _STROKE) or _FILL_MODE.value:
        return None
    if not _STROKE.value:
        return None
    if not pdfium_c.FPDFPageObj_GetStrokeColor(obj.raw, _R, _G, _B, _A) or _A.value < 40:
        return None
    hi, lo = max(_R.value, _G.value, _B.value), min(_R.value, _G.value, _B.value)
    if hi - lo < _OUTLINE_CHROMA:
        return None
    return f"#{_R.value:02x}{_G.value:02x}{_B.value:02x}"


_OUTLINE_CHROMA = 60  # of 255: an outline whose channels differ less is a grey, no status hue


def _rect_edges(x0: float, top: float, x1: float, bottom: float) -> list[Ruling]:
    return [
        Ruling(x0, top, x1, top),
        Ruling(x0, bottom, x1, bottom),
        Ruling(x0, top, x0, bottom),
        Ruling(x1, top, x1, bottom),
    ]


_RIBBON_WIDTH = 36.0  # points: a band or connector reaches this far across the page
# points: a ribbon's ends stand at heights this far apart at least; a rounded pill's or tile's
# sides (its ends) stand exactly level, a band between boxes level within a point or two
_RIBBON_RISE = 0.5
_RIBBON_END = 1.5  # points: a ribbon's end points stand this close to its leftmost (rightmost) x


def _ribbon(obj: PathObject, n: int, page_height: float) -> Ribbon | None:
    """A curved path's ends: its points (on the curve, not the control points) at its leftmost
    and its rightmost x, each end the span of height they cover. None for a path with no curve
    (a frame, a rule) or whose two ends stand level (a rounded pill or tile, whose sides are
    its ends): a band drawn level joins what already stands side by side, read by place."""
    points: list[tuple[float, float]] = []
    curved = False
    pending = 0
    for kind, pt in _segments(obj, n, page_height):
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            curved = True
            pending += 1
            if pending < 3:
                continue  # a control point: the curve does not pass through it
            pending = 0
        points.append(pt)
    if not curved or len(points) < 2:
        return None
    lo, hi = min(p[0] for p in points), max(p[0] for p in points)
    left = [p[1] for p in points if p[0] <= lo + _RIBBON_END]
    right = [p[1] for p in points if p[0] >= hi - _RIBBON_END]
    if abs(min(left) + max(left) - min(right) - max(right)) / 2 < _RIBBON_RISE:
        return None  # both ends level: a rounded pill or tile, or a band no crossing needs
    return Ribbon(lo, min(left), max(left), hi, min(right), max(right), _fill_colour(obj))


def _path_pieces(obj: PathObject, n: int, page_height: float) -> list[Ruling]:
    """Straight axis-aligned pieces of a many-segment path (a whole grid drawn as one path)."""
    pieces: list[Ruling] = []
    prev: tuple[float, float] | None = None
    for kind, pt in _segments(obj, n, page_height):
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
            (x0, y0), (x1, y1) = prev, pt
            if abs(y1 - y0) < 1.0 or abs(x1 - x0) < 1.0:
                pieces.append(Ruling(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        prev = pt
    return pieces
