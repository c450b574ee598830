"""Which backend reads a file: decided by its content, the name only where content cannot tell.

Download folders misname files, so a Word file called plan.pdf is still read as Word, and a PDF
called plan.docx as a PDF. Formats plantrace does not read (.doc, .odt, .pptx, ...) get an error
that says what to do, never a guess.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from plantrace.models.results import ErrorCode
from plantrace.pipeline.delimited_records import add_record_tables
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.errors import DocumentError
from plantrace.pipeline.limits import LIMITS, Limits
from plantrace.pipeline.reader import parse_pdf_bytes, sniff_pdf

# the suffixes a folder ingest picks up: formats read, and formats told what to do
READ_SUFFIXES = {".pdf", ".docx", ".docm", ".dotx", ".xlsx", ".xlsm"}
TOLD_SUFFIXES = {".doc", ".odt", ".rtf", ".xls", ".ods", ".ppt", ".pptx", ".odp"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc/.xls/.ppt), encrypted OOXML
_ODF = {
    b"application/vnd.oasis.opendocument.text": ("an OpenDocument text (.odt)", "Word (.docx)"),
    b"application/vnd.oasis.opendocument.spreadsheet": (
        "an OpenDocument spreadsheet (.ods)", "Excel (.xlsx)"
    ),
    b"application/vnd.oasis.opendocument.presentation": (
        "an OpenDocument presentation (.odp)", "PDF"
    ),
}  # fmt: skip
_LEGACY = {
    ".doc": ("a Word 97-2003 document (.doc)", "Word (.docx)"),
    ".xls": ("an Excel 97-2003 workbook (.xls)", "Excel (.xlsx)"),
    ".ppt": ("a PowerPoint 97-2003 presentation (.ppt)", "PDF"),
}


def sniff_format(data: bytes, name: str) -> str:
    """'pdf', 'docx' or 'xlsx'; a DocumentError naming the format and the fix for anything else."""
    suffix = Path(name).suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        if kind in ("docx", "xlsx"):
            return kind
        if kind in ("damaged", None) and suffix in READ_SUFFIXES - {".pdf"}:
            raise DocumentError(
                ErrorCode.corrupt,
                f"the {suffix} file is a damaged package (an interrupted download?) and cannot be"
                " opened",
            )
        if kind is not None and "|" in kind:
            _unsupported(*kind.split("|"))
        if suffix != ".pdf":  # a zip named .pdf keeps the PDF reader's own wording
            _unsupported("a zip archive with no Word or Excel document in it", "PDF")
    elif data.startswith(_OLE2):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise DocumentError(
                ErrorCode.encrypted,
                "the Office file is password-protected: remove the password (or save it as PDF)"
                " and add it again",
            )
        what, fix = _LEGACY.get(suffix, ("an Office 97-2003 file (.doc, .xls or .ppt)", "PDF"))
        _unsupported(what, fix)
    elif data.lstrip().startswith(b"{\\rtf"):
        _unsupported("a Rich Text document (.rtf)", "Word (.docx)")
    elif suffix in TOLD_SUFFIXES and suffix not in (".doc", ".xls", ".ppt"):
        _unsupported(f"a {suffix} file", "PDF")
    sniff_pdf(data)  # not a PDF either: its own specific reason (HTML page, no header, empty)
    return "pdf"


def read_document(data: bytes, name: str, sha256: str, limits: Limits = LIMITS) -> ParsedDocument:
    """The file's ParsedDocument from the backend its content needs, with delimited text
    records (a CSV export never split into columns) stated as tables whatever the format."""
    kind = sniff_format(data, name)
    if kind == "docx":
        from plantrace.pipeline.readers.docx import parse_docx_bytes

        doc = parse_docx_bytes(data, name, sha256)
    elif kind == "xlsx":
        from plantrace.pipeline.readers.xlsx import parse_xlsx_bytes

        doc = parse_xlsx_bytes(data, name, sha256)
    else:
        doc = parse_pdf_bytes(data, name, limits)
    add_record_tables(doc)
    return doc


def _zip_kind(data: bytes) -> str | None:
    """'docx', 'xlsx', 'what|fix' for an Office or OpenDocument format not read, 'damaged' for a
    zip that cannot be opened, None for any other zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, EOFError):
        return "damaged"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation (.pptx)|PDF"
    if mimetype in _ODF:
        return "|".join(_ODF[mimetype])
    return None


def _unsupported(what: str, fix: str) -> None:
    raise DocumentError(
        ErrorCode.unsupported_format,
        f"this is {what}, which plantrace does not read: save it as {fix} or PDF and add it again"
        if fix != "PDF"
        else f"this is {what}, which plantrace does not read: save it as PDF and add it again",
    )
