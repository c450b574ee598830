"""The plan's glossary of abbreviations ('CLA  Children Looked After'), for linking text to terms.

Glossaries are laid out as one or two abbreviation/meaning pairs per row, ruled or not, under a
'Glossary' / 'Abbreviations' heading (also as an appendix: 'Appendix B: Glossary'). The lines
under the heading are read as a table (ruled, or stream from word positions) and split into
pairs; a pair is kept when its left cell looks like an abbreviation (short, capitalised, no
sentence). A table headed 'Acronym | Meaning' is a glossary wherever it stands.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.plan import GlossaryEntry
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.tables import stream_table

EXTRACTOR = "extractors.glossary"

_HEADING = re.compile(
    r"^\s*(?:\d{1,2}\.?\s*)?(?:(?:appendix|annex|annexe|schedule)\s+[A-Z0-9]{1,3}\s*[:.\-–—]?\s*)?"
    r"(glossary|abbreviations|acronyms|glossary of terms|"
    r"abbreviations and acronyms|list of abbreviations)\b",
    re.I,
)
_ABBR = re.compile(r"^[A-Za-z0-9&/\-]{1,12}$")
_HEADER_WORDS = {"abbreviation", "abbreviations", "acronym", "term", "description", "meaning"}
_TERM_HEADS = {"abbreviation", "abbreviations", "acronym", "acronyms", "term", "terms"}
_MEANING_HEADS = {"meaning", "meanings", "description", "definition", "stands for", "full name",
                  "full title", "in full"}  # fmt: skip


def is_abbreviation(text: str) -> bool:
    text = text.strip()
    return bool(_ABBR.match(text)) and sum(ch.isupper() for ch in text) >= 2


def read_glossary(elements: list[Element], sha256: str) -> list[GlossaryEntry]:
    """Entries from everything after a glossary heading, up to the next heading-sized line."""
    out: list[GlossaryEntry] = []
    seen: set[str] = set()
    used: set[int] = set()  # tables already read under a heading
    for i, el in enumerate(elements):
        if el.raw is not None and id(el.raw) not in used and _glossary_header(el.raw):
            used.add(id(el.raw))
            _keep(out, seen, _pairs(el.raw, sha256))
            continue
        if el.table is not None or el.raw is not None or not el.lines:
            continue
        if not (_HEADING.match(el.text) and len(el.text.split()) <= 6):
            continue
        size = el.lines[0].font_size
        lines: list[Line] = []
        tables: list[Table] = []
        for nxt in elements[i + 1 :]:
            if nxt.raw is not None:
                if id(nxt.raw) not in used:
                    used.add(id(nxt.raw))
                    tables.append(nxt.raw)
                continue
            if nxt.table is not None:
                break
            if nxt.lines[0].font_size >= size - 0.5 and nxt.lines[0].bold:
                break
            lines += nxt.lines
        if lines:
            t = stream_table(lines, lines[0].page)
            if t is not None:
                tables.append(t)
        for t in tables:
            _keep(out, seen, _pairs(t, sha256))
    return out


def _keep(out: list[GlossaryEntry], seen: set[str], entries: list[GlossaryEntry]) -> None:
    for entry in entries:
        if entry.abbreviation not in seen:
            seen.add(entry.abbreviation)
            out.append(entry)


def _glossary_header(t: Table) -> bool:
    """The table's first row names a term column and a meaning column ('Acronym | Meaning')."""
    if not t.rows:
        return False
    heads = [text_key(c.text) for c in t.rows[0] if c is not None and c.text]
    return len(heads) in (2, 4) and heads[0] in _TERM_HEADS and heads[1] in _MEANING_HEADS


def _pairs(t: Table, sha256: str) -> list[GlossaryEntry]:
    out = []
    for row in t.rows:
        cells = [c for c in row if c is not None]
        for a, b in zip(cells[0::2], cells[1::2], strict=False):
            entry = _entry(a, b, t.page, sha256)
            if entry is not None:
                out.append(entry)
    return out


def _entry(a: Cell, b: Cell, page: int, sha256: str) -> GlossaryEntry | None:
    abbr, expansion = " ".join(a.text.split()), " ".join(b.text.split())
    if not abbr or not expansion or abbr.lower() in _HEADER_WORDS:
        return None
    if not is_abbreviation(abbr):
        return None
    lines = a.lines + b.lines
    span = (min(ln.index for ln in lines), max(ln.index for ln in lines)) if lines else None
    bbox = (a.bbox[0], min(a.bbox[1], b.bbox[1]), b.bbox[2], max(a.bbox[3], b.bbox[3]))
    return GlossaryEntry(
        abbreviation=abbr,
        expansion=expansion,
        provenance=Provenance(
            sha256=sha256,
            page=page,
            bbox=bbox,
            line_span=span,
            extractor=EXTRACTOR,
            extractor_version=EXTRACTOR_VERSION,
        ),
    )
