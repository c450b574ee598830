"""Form-field values read as page text: a fillable PDF filled in and saved unflattened.

Why this exists: councils publish fillable templates (an action return, a progress form) filled
in and saved without flattening. Every value typed into such a form lives only in an AcroForm
field (a widget annotation) and is printed by the field's appearance stream, which pdfium's
page text does not include: the page's text holds the labels and nothing typed under them. Each
field's value is therefore put into the page as a line of words at the field's place (wrapped
to the field's box where the field is multi-line, as a viewer prints it), so every extractor
reads it as it would read the same form printed flat, and provenance keeps the page and box.

Cost: only a document with an interactive form (one call per document) opens a form handle,
and only its pages with annotations (one count per page) are walked; other pages cost nothing.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Line, Word

# field types whose value is text a person typed or chose: read as page text
_TEXT_TYPES = {
    pdfium_c.FPDF_FORMFIELD_TEXTFIELD: "text field",
    pdfium_c.FPDF_FORMFIELD_COMBOBOX: "combo box",
    pdfium_c.FPDF_FORMFIELD_LISTBOX: "list box",
}
# field types whose value is not typed text (a tick, a choice among buttons, a signature): not
# read; a ticked one or one holding a value is said in a warning (form_fields_unread)
_OTHER_TYPES = {
    pdfium_c.FPDF_FORMFIELD_CHECKBOX: "check box",
    pdfium_c.FPDF_FORMFIELD_RADIOBUTTON: "radio button",
    pdfium_c.FPDF_FORMFIELD_SIGNATURE: "signature",
}
_HIDDEN = 0x2  # annotation flag: not shown, not printed
_NO_VIEW = 0x20
_MULTILINE = 1 << 12  # text field flag (PDF 32000 table 228, bit 13)
_PAD = 2.0  # points: a field's text starts this far inside its box, as viewers draw it
_LEAD = 1.15  # a multi-line field's line pitch, in type sizes
_WIDTH = 0.5  # an average glyph's advance, in type sizes: word boxes without the font's metrics
_AUTO_SIZE = 10.0  # type size where the field asks for auto size (0) and its box allows it


@dataclass(frozen=True, slots=True)
class FormField:
    """One field whose value was put into a page as text: where it is and what kind it is.
    Kept on the parsed document so that provenance and `plantrace tables` can say a value came
    from a form field, not from the page's printed text."""

    page: int  # 1-based
    bbox: BBox  # the field's box, top-left origin
    name: str
    kind: str  # 'text field', 'combo box', 'list box'


@dataclass(slots=True)
class PageFields:
    """What one page's fields gave: lines to merge into its text, the fields read, and the
    fields holding a value that was not read (kind -> count)."""

    page: int  # 1-based, as read
    lines: list[Line]
    fields: list[FormField]
    unread: dict[str, int]


def form_handle(pdf: pdfium.PdfDocument) -> object | None:
    """The document's form handle where it has an interactive form; None otherwise (most
    PDFs: one call, and no page is looked at)."""
    try:
        if pdf.get_formtype() == pdfium_c.FORMTYPE_NONE:
            return None
        pdf.init_forms()
    except Exception:  # a damaged form dictionary: the page text is still read, as before
        return None
    env = pdf.formenv
    return env.raw if env is not None else None


def xfa_form(pdf: pdfium.PdfDocument) -> bool:
    """Whether the form is XFA (its values in an XML package, not in fields): not read."""
    try:
        kind = pdf.get_formtype()
    except Exception:
        return False
    return kind in (pdfium_c.FORMTYPE_XFA_FULL, pdfium_c.FORMTYPE_XFA_FOREGROUND)


def page_fields(
    page: pdfium.PdfPage, handle: object, page_no: int, page_height: float
) -> PageFields | None:
    """The page's filled form fields as lines (one per row of fields sharing a line's height,
    their words far apart as a flat print's are); None where the page has no annotation."""
    raw = page.raw
    count = pdfium_c.FPDFPage_GetAnnotCount(raw)
    if count <= 0:
        return None
    pieces: list[Line] = []
    fields: list[FormField] = []
    unread: dict[str, int] = {}
    for i in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(raw, i)
        if not annot:
            continue
        try:
            _read_field(annot, handle, page_no, page_height, pieces, fields, unread)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    if not fields and not unread:
        return None
    return PageFields(page=page_no, lines=_rows(pieces, page_no), fields=fields, unread=unread)


def _read_field(
    annot: object,
    handle: object,
    page_no: int,
    h: float,
    pieces: list[Line],
    fields: list[FormField],
    unread: dict[str, int],
) -> None:
    """One widget: its value's lines into pieces and the field into fields, or a field holding
    a value of a kind not read counted into unread."""
    if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
        return
    if pdfium_c.FPDFAnnot_GetFlags(annot) & (_HIDDEN | _NO_VIEW):
        return
    kind = pdfium_c.FPDFAnnot_GetFormFieldType(handle, annot)
    value = _wide(pdfium_c.FPDFAnnot_GetFormFieldValue, handle, annot).strip()
    if kind not in _TEXT_TYPES:
        other = _OTHER_TYPES.get(kind)
        if other is None or kind == pdfium_c.FPDF_FORMFIELD_PUSHBUTTON:
            return  # a button prints its caption, no value
        filled = (
            bool(pdfium_c.FPDFAnnot_IsChecked(handle, annot))
            if kind != pdfium_c.FPDF_FORMFIELD_SIGNATURE
            else bool(value)
        )
        if filled:
            unread[other] = unread.get(other, 0) + 1
        return
    if not value:
        return
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annot, rect):
        return
    box = (
        min(rect.left, rect.right),
        h - max(rect.top, rect.bottom),
        max(rect.left, rect.right),
        h - min(rect.top, rect.bottom),
    )
    size = ctypes.c_float(0.0)
    pdfium_c.FPDFAnnot_GetFontSize(handle, annot, ctypes.byref(size))
    multi = bool(pdfium_c.FPDFAnnot_GetFormFieldFlags(handle, annot) & _MULTILINE)
    pieces.extend(field_lines(value, box, size.value, multi, page_no))
    name = _wide(pdfium_c.FPDFAnnot_GetFormFieldName, handle, annot)
    fields.append(FormField(page=page_no, bbox=box, name=name, kind=_TEXT_TYPES[kind]))


def _wide(fn: object, handle: object, annot: object) -> str:
    """A UTF-16 string pdfium writes (asked once for its size, then for the text)."""
    size = fn(handle, annot, None, 0)  # type: ignore[operator]
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    fn(handle, annot, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)  # type: ignore[operator]
    return buf.raw[: size - 2].decode("utf-16-le", errors="replace")


def field_lines(value: str, box: BBox, size: float, multi: bool, page_no: int) -> list[Line]:
    """A field's value as the lines a viewer prints in its box: a one-line field's text centred
    on the box's height; a multi-line field's lines from its top, each of its paragraphs
    wrapped to the box's width. Word boxes are measured by an average glyph's advance (the
    field's font metrics are not at hand), kept inside the box."""
    x0, top, x1, bottom = box
    height = bottom - top
    if size <= 0:  # auto size: what fits one line in the box, at most a body size
        size = min(_AUTO_SIZE, max(4.0, height - 2 * _PAD)) if not multi else _AUTO_SIZE
    width = max(x1 - x0 - 2 * _PAD, size)
    if multi:
        texts = [t for para in value.splitlines() for t in _wrap(para, width, size)]
        first = top + _PAD
    else:
        texts = [" ".join(value.split())]
        first = top + max(0.0, (height - size) / 2)
    out: list[Line] = []
    for n, text in enumerate(texts):
        if not text:
            continue
        y = first + n * size * _LEAD
        if y + size > bottom + size:  # scrolled out of the box: not printed
            break
        words = _words(text, x0 + _PAD, x1 - _PAD, y, y + size, size)
        out.append(_line(words, size, page_no))
    return out


def _wrap(text: str, width: float, size: float) -> list[str]:
    """A paragraph broken at spaces into lines no wider than width (average advances)."""
    most = max(1, int(width / (size * _WIDTH)))
    lines: list[str] = []
    cur = ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > most:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines or [""]


def _words(
    text: str, left: float, right: float, top: float, bottom: float, size: float
) -> list[Word]:
    """The words of one printed line from its left edge, their advances scaled down where the
    estimate runs past the box (the words stay in their field)."""
    step = size * _WIDTH
    span = len(text) * step
    scale = min(1.0, (right - left) / span) if span > 0 else 1.0
    out: list[Word] = []
    x = left
    for word in text.split(" "):
        if word:
            w = len(word) * step * scale
            out.append(Word(word, x, top, x + w, bottom))
            x += w
        x += step * scale
    return out


def _line(words: list[Word], size: float, page_no: int) -> Line:
    """A line of words with its box: its index is set where it is merged into the page."""
    return Line(
        text=" ".join(w.text for w in words),
        bbox=(words[0].x0, min(w.top for w in words), words[-1].x1, max(w.bottom for w in words)),
        font_size=round(size, 1),
        bold=False,
        page=page_no,
        index=0,
        words=words,
    )


def _rows(pieces: list[Line], page_no: int) -> list[Line]:
    """The fields' lines joined into one line where they sit on one row (their middles within
    half a line of each other): a row of fields printed flat is one text line whose words are
    far apart, which is how the table readers find the columns of a flat print."""
    rows: list[list[Line]] = []
    for piece in sorted(pieces, key=lambda ln: (ln.bbox[1], ln.bbox[0])):
        mid = (piece.bbox[1] + piece.bbox[3]) / 2
        for row in rows:
            first = row[0]
            if abs((first.bbox[1] + first.bbox[3]) / 2 - mid) <= first.font_size / 2:
                row.append(piece)
                break
        else:
            rows.append([piece])
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda ln: ln.bbox[0])
        words = [w for ln in row for w in ln.words]
        out.append(_line(words, max(ln.font_size for ln in row), page_no))
    return out


def merge_lines(lines: list[Line], extra: list[Line]) -> list[Line]:
    """The page's lines with the fields' lines put in reading order: each before the first
    printed line that starts below it (labels print above or beside their fields), then every
    line numbered by its place. A field's line beside a printed line (a measure's name, then
    its figures in fields) is set at that line's height: one row, as a flat print sets it."""
    out = list(lines)
    for line in sorted(extra, key=lambda ln: ln.bbox[1]):
        _level_with(line, lines)
        at = next((i for i, ln in enumerate(out) if ln.bbox[1] > line.bbox[1]), len(out))
        out.insert(at, line)
    for i, line in enumerate(out):
        line.index = i
    return out


def _level_with(line: Line, printed: list[Line]) -> None:
    """Set a field's line at the top and foot of the printed line its middle lies within, to
    whose right it starts (the first such): its words with it."""
    x0, top, _, bottom = line.bbox
    mid = (top + bottom) / 2
    for ln in printed:
        if ln.bbox[1] <= mid <= ln.bbox[3] and ln.bbox[2] < x0:
            t, b = ln.bbox[1], ln.bbox[3]
            line.bbox = (x0, t, line.bbox[2], b)
            for w in line.words:
                w.top, w.bottom = t, b
            return


def form_warnings(pdf: pdfium.PdfDocument, forms: list[PageFields]) -> list[ExtractionWarning]:
    """form_fields_unread where a form holds values that were not read: fields of a kind not
    read as text (a ticked check box, a chosen radio button, a signature), or an XFA form
    (its values in an XML package pdfium does not print as fields here)."""
    out: list[ExtractionWarning] = []
    if xfa_form(pdf):
        out.append(
            ExtractionWarning(
                code="form_fields_unread",
                message="the PDF is an XFA form: the values typed into it are not read (only"
                " its printed text is)",
            )
        )
    for got in forms:
        if got.unread:
            kinds = ", ".join(f"{n} {kind}{'es' if kind.endswith('x') else 's'}"
                              if n > 1 else f"1 {kind}" for kind, n in sorted(got.unread.items()))  # fmt: skip
            out.append(
                ExtractionWarning(
                    code="form_fields_unread",
                    message=f"form fields hold values that were not read ({kinds}): a tick or"
                    " choice made in the form is missing from what was extracted",
                    page=got.page,
                )
            )
    return out
