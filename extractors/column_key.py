"""A key that names a table's columns by marker: 'Key to the columns: (a) Step no.; (b) Action
required; (c) Responsible for delivery ...' printed over a grid headed '(a) | (b) | (c)'.

A plan that repeats one grid per recommendation (an annex to a letter, a form) may head each
grid with letters or numbers only and explain them once in a line above; the key's words are
the columns' header words. This module only reads the key and maps markers to words; the
column roles are read from those words as from any header (plan_columns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.pipeline.document import Line

# a marker: one letter or a number of one or two digits, in round or square brackets, or
# followed by ')' ('(a)', '[2]', 'b)'); in a header cell it may also stand bare ('A', '3')
_MARK = r"(?:\((?P<a>[A-Za-z]|\d{1,2})\)|\[(?P<b>[A-Za-z]|\d{1,2})\]|(?P<c>[A-Za-z]|\d{1,2})\))"
_ENTRY = re.compile(rf"(?:(?<=^)|(?<=[\s;,:]))\s*{_MARK}\s*(?:[=:–—-]\s*)?")
_HEADER_MARK = re.compile(r"^\s*[(\[]?\s*([A-Za-z]|\d{1,2})\s*[)\]]?\s*\.?\s*$")
MIN_ENTRIES = 2  # a key explains several columns
MAX_WORDS = 8  # a column's name is short; a longer run is prose, not a key entry
LINE_SPACING = 1.6  # baseline to baseline, in font sizes: the next line of one paragraph


def column_key(text: str) -> dict[str, str]:
    """Marker (lower case, no brackets) -> the column's name, for a key of two or more entries
    whose markers run in sequence ('a', 'b', 'c' or '1', '2', '3'); else {}. The words before
    the first marker (the key's own heading) are passed over, whatever they say."""
    if text.count(")") + text.count("]") < MIN_ENTRIES:
        return {}  # each marker closes with a bracket: too few for a key (most texts asked)
    text = " ".join(text.split())
    found = list(_ENTRY.finditer(text))
    if len(found) < MIN_ENTRIES:
        return {}
    key: dict[str, str] = {}
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        mark = (m.group("a") or m.group("b") or m.group("c")).lower()
        name = text[m.end() : nxt.start() if nxt is not None else len(text)]
        name = name.strip().rstrip(";,").strip()
        if not name or len(name.split()) > MAX_WORDS or mark in key:
            return {}
        key[mark] = name  # as printed: 'Step no.' keeps its stop (header_role reads it)
    return key if _in_sequence(list(key)) else {}


def key_in_lines(lines: Sequence[Line]) -> dict[str, str]:
    """The first column key printed in these lines (a page's, a document's), read over the
    lines of its paragraph: a key wraps ('... (d) Target for' / 'completion; (e) ...'), and a
    name cut at a line's end is no column's name."""
    block: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and block and _same_paragraph(block[-1], ln):
            block.append(ln)
            continue
        if block and (key := column_key(" ".join(x.text for x in block))):
            return key
        block = [ln] if ln is not None else []
    return {}


def _same_paragraph(prev: Line, ln: Line) -> bool:
    size = max(prev.font_size, 1.0)
    return (
        ln.page == prev.page
        and abs(ln.font_size - prev.font_size) <= 0.5
        and 0 < ln.bbox[3] - prev.bbox[3] <= LINE_SPACING * size
        and abs(ln.bbox[0] - prev.bbox[0]) <= size
    )


def keyed_labels(labels: list[str], key: dict[str, str]) -> list[str] | None:
    """A header row of markers only ('(a)', '(b)' ...) with the key's name of each column, when
    the key explains every marker the header prints; else None (a header of words, or a key
    for another table)."""
    if not key:
        return None
    marks: list[str] = []
    for label in labels:
        m = _HEADER_MARK.match(label)
        if m is None:
            return None
        marks.append(m.group(1).lower())
    if len(marks) < MIN_ENTRIES or any(m not in key for m in marks):
        return None
    return [key[m] for m in marks]


def _in_sequence(marks: list[str]) -> bool:
    """'a', 'b', 'c' ... or '1', '2', '3' ..., from the first letter or 1."""
    if all(m.isdigit() for m in marks):
        return [int(m) for m in marks] == list(range(1, len(marks) + 1))
    return marks == [chr(ord("a") + i) for i in range(len(marks))]
