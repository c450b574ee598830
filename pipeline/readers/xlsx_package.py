"""What the Excel reader takes from a workbook's sheet XML itself, before openpyxl opens it.

Merged ranges: openpyxl makes a MergedCell object for every cell a merge covers and re-styles
its edges, tens of microseconds a cell, so a sheet merged over its whole area took half a
minute to open. The reader needs only each range's corners, so the ranges are taken out of the
XML here and openpyxl opens a sheet without them: opening is linear in the cells that hold
something, not in the area merged.

Formulas without a saved value: a workbook written by a program that does not calculate
(openpyxl itself, many exporters) stores a formula and no result, which openpyxl's data_only
mode reads as an empty cell. They are found here so the reader can say so instead of reading
the plan silently empty.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries

_MERGES = re.compile(rb"<(?:\w+:)?mergeCells\b[^>]*?(?:/>|>.*?</(?:\w+:)?mergeCells>)", re.S)
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([^\"]+)\"")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>|<(?:\w+:)?v/>")
_REF = re.compile(rb"\br=\"([A-Za-z]{1,3}[0-9]{1,7})\"")
_TYPE = re.compile(rb"\bt=\"(\w+)\"")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(slots=True)
class SheetXml:
    """A sheet's merged ranges (min_row, min_col, max_row, max_col) and its formula cells
    that hold no saved value (row, col)."""

    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    uncalculated: set[tuple[int, int]] = field(default_factory=set)


def prepare(data: bytes) -> tuple[bytes, dict[str, SheetXml]]:
    """The package to open with its sheets' merges taken out, and what was found per sheet
    title. A package whose parts cannot be mapped is returned as it is (openpyxl then says
    what is wrong with it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = _sheet_parts(z)
            found: dict[str, SheetXml] = {}
            bodies: dict[str, bytes] = {}
            for part, title in parts.items():
                try:
                    body = z.read(part)
                except KeyError:
                    continue
                sheet = SheetXml(uncalculated=_uncalculated(body))
                kept, sheet.merges = _take_merges(body)
                found[title] = sheet
                if sheet.merges:
                    bodies[part] = kept
            if not bodies:
                return data, found
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as w:
                for item in z.infolist():
                    w.writestr(item.filename, bodies.get(item.filename) or z.read(item.filename))
            return out.getvalue(), found
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, EOFError, ElementTree.ParseError):
        return data, {}


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name -> sheet title, from the workbook and its relationships."""
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels.iter(f"{_RELS}Relationship"):
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id")] = posixpath.normpath(path)
    out: dict[str, str] = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        part = targets.get(sheet.get(_DOC_REL))
        if part is not None and sheet.get("name"):
            out[part] = sheet.get("name", "")
    return out


def _take_merges(body: bytes) -> tuple[bytes, list[tuple[int, int, int, int]]]:
    block = _MERGES.search(body)
    if block is None:
        return body, []
    merges: list[tuple[int, int, int, int]] = []
    for ref in _MERGE_REF.findall(block.group()):
        try:
            c0, r0, c1, r1 = range_boundaries(ref.decode("ascii"))
        except (ValueError, TypeError, UnicodeDecodeError):
            continue  # a damaged ref merges nothing (as Excel repairs it)
        if None not in (c0, r0, c1, r1):
            merges.append((int(r0), int(c0), int(r1), int(c1)))  # type: ignore[arg-type]
    return body[: block.start()] + body[block.end() :], merges


def _uncalculated(body: bytes) -> set[tuple[int, int]]:
    """Formula cells with no saved result. An empty <v> is a result only for a text formula
    (t="str": the formula gave an empty string); a number cannot be empty."""
    if not _FORMULA.search(body):
        return set()
    out: set[tuple[int, int]] = set()
    for m in _CELL.finditer(body):
        inner = m.group(2)
        if not inner or not _FORMULA.search(inner):
            continue
        value = _VALUE.search(inner)
        kind = _TYPE.search(m.group(1))
        saved = value is not None and (
            bool(value.group(1)) or (kind is not None and kind.group(1) in (b"str", b"s"))
        )
        ref = _REF.search(m.group(1))
        if saved or ref is None:
            continue
        column, row = coordinate_from_string(ref.group(1).decode("ascii"))
        out.add((row, column_index_from_string(column)))
    return out
