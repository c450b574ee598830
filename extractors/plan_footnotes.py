"""Fields given by a reference mark and resolved at the foot of the page (footnotes).

A committee paper may print each action as a numbered sentence ending in a superscript mark
('... local campaign¹') and give the action's owner, due date and status only in the note that
mark points to, set in small type at the foot of the page ('¹ Lead: Head of Safeguarding;
Deadline: 31 August 2026; RAG: on track.'). Read as printed, the notes are lines of their own
(labelled like cards, each titled by its number) and the sentences have no fields.

The reader drops a superscript mark from its line's text and words (a mark is no part of the
word it is glued to) but the line's box still spans it: a line whose box runs past its last word
by more than a space ended in a mark. Pairing the marked lines of a page, in reading order, with
the notes at its foot, in order, gives each sentence its note: the note's text is appended to
the sentence's line (so the prose reader finds 'Lead: ...' in the paragraph) and the note lines
leave the page. Pure: a new document is returned; the one given is not changed.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace

from plantrace.extractors.plan_prose import read_fields
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Page, ParsedDocument, Word

_NOTE_SIZE = 0.85  # a note is set smaller than this share of the page's body size
_MARK_GAP = 0.25  # font sizes: a line's box past its last word by more than this held a mark
_SPACE = 0.25  # font sizes: a space between words
_NOTE_NUMBER = re.compile(r"^\s*\d{1,3}\s+")  # a note's own number, read into its line
_PITCH = 1.5  # font sizes: the most a note's line lies below the one above it
_MARK_ONLY = re.compile(r"^\d{1,3}$")
_MIN_NOTES = 2  # notes on a page before they are read as the fields of its marked lines


def resolve_footnotes(doc: ParsedDocument) -> ParsedDocument | None:
    """The document with each page's foot notes appended to the lines that mark them, or None
    when no page has notes that pair one for one with its marked lines."""
    if doc.format != "pdf":
        return None
    pages: list[Page] = []
    changed = False
    for page in doc.pages:
        lines = _resolved(page.lines, page.header_footer or [])
        if lines is None:
            pages.append(page)
            continue
        new = copy.copy(page)
        new.lines = lines
        pages.append(new)
        changed = True
    return replace(doc, pages=pages) if changed else None


def _body_size(lines: list[Line]) -> float:
    """The font size most of the page's text is set in."""
    sizes = Counter(round(ln.font_size, 1) for ln in lines)
    return max(sizes, key=lambda s: sizes[s])


def _foot(lines: list[Line], body: float) -> int:
    """Index where the page's trailing run of small-type lines starts (len(lines): none)."""
    order = sorted(range(len(lines)), key=lambda i: lines[i].bbox[1])
    start = len(order)
    for k in range(len(order) - 1, -1, -1):
        if lines[order[k]].font_size >= _NOTE_SIZE * body:
            break
        start = k
    return start


def _notes(foot: list[Line]) -> list[str]:
    """The notes' texts in order: each line of text is a note unless no mark sits beside it
    and a note is open (then it wraps that note), mark-only lines left out."""
    marks = [ln for ln in foot if _MARK_ONLY.match(ln.text)]
    texts = [ln for ln in foot if not _MARK_ONLY.match(ln.text)]
    out: list[str] = []
    for ln in texts:
        beside = any(abs(m.bbox[1] - ln.bbox[1]) < ln.font_size for m in marks)
        if out and not beside and not _MARK_ONLY.match(ln.text.split()[0]):
            out.append("")  # decided below: wraps only when the counts say so
        out.append(ln.text)
    return out


def _marked(ln: Line) -> bool:
    """The line ended in a superscript mark the reader dropped from its text."""
    words = ln.words
    if not words:
        return False
    return ln.bbox[2] - max(w.x1 for w in words) > _MARK_GAP * ln.font_size


def _resolved(lines: list[Line], margin: list[Line]) -> list[Line] | None:
    """The page's lines with its notes resolved, or None (no notes, or not one per mark).
    margin: the lines the reader set aside as running heads and feet; the last notes may lie
    that low, and are read on while they follow the notes above them line by line."""
    found = _page_notes(lines, margin)
    if found is None:
        return None
    notes, marked, foot_idx = found
    if len(notes) != len(marked):
        return None
    by_line = dict(zip(marked, notes, strict=True))
    return [
        with_note(ln, by_line[i]) if i in by_line else ln
        for i, ln in enumerate(lines)
        if i not in foot_idx
    ]


def _page_notes(
    lines: list[Line], margin: list[Line]
) -> tuple[list[str], list[int], set[int]] | None:
    """The notes at the page's foot that give fields (their own numbers taken off), the indices
    of the lines that end in a mark, and the indices of the notes' lines; None where the page
    has no such notes. The notes are as many as the marks when they pair one for one."""
    if len(lines) < 2 * _MIN_NOTES:
        return None
    body = _body_size(lines)
    order = sorted(range(len(lines)), key=lambda i: lines[i].bbox[1])
    start = _foot(lines, body)
    foot = [lines[i] for i in order[start:]]
    foot += _below(foot, margin, body)
    raw = _notes(foot)
    items, joined = [t for t in raw if t], _joined(raw)  # unmarked lines wrap the note above
    if not _field_notes(items) and not _field_notes(joined):
        return None  # no notes, or notes of another kind (a contact's details, a source)
    # only now the marks: telling a marked line needs every line's word boxes (a page load)
    marked = [i for i in order[:start] if _marked(lines[i])]
    notes = _field_notes(items if len(items) == len(marked) else joined)
    if not notes:
        return None
    return notes, marked, set(order[start:])


def _field_notes(items: list[str]) -> list[str]:
    """The notes' texts, their own numbers taken off, where they are notes that give fields
    (_MIN_NOTES at least, each naming an owner, a date or a status); [] otherwise."""
    notes = [_NOTE_NUMBER.sub("", t) for t in items]
    if len(notes) < _MIN_NOTES or not all(read_fields(t).has_fields() for t in notes):
        return []
    return notes


def unpaired_notes(doc: ParsedDocument) -> list[ExtractionWarning]:
    """A warning for each page whose foot notes give fields but do not pair one for one with
    the marks in its text: those fields were not read with their actions."""
    out: list[ExtractionWarning] = []
    if doc.format != "pdf":
        return out
    for page in doc.pages:
        found = _page_notes(page.lines, page.header_footer or [])
        if found is not None and found[1] and len(found[0]) != len(found[1]):
            out.append(
                ExtractionWarning(
                    code="plan_notes_unpaired",
                    message=(
                        f"{len(found[0])} note(s) at the foot of the page give owners, dates or "
                        f"statuses but {len(found[1])} line(s) end in a note mark: the notes "
                        "were not read with their actions; check the page"
                    ),
                    page=page.number,
                )
            )
    return out


def _below(foot: list[Line], margin: list[Line], body: float) -> list[Line]:
    """The margin lines in small type that run on from the notes' last line, line by line."""
    out: list[Line] = []
    if not foot:
        return out
    last = foot[-1]
    for ln in sorted(margin, key=lambda m: m.bbox[1]):
        if ln.bbox[1] < last.bbox[1] or ln.font_size >= _NOTE_SIZE * body:
            continue
        if ln.bbox[1] - last.bbox[3] > _PITCH * ln.font_size:
            break
        out.append(ln)
        last = ln
    return out


def _joined(raw: list[str]) -> list[str]:
    """Notes with each unmarked line (after a '' placeholder) joined to the note above it."""
    out: list[str] = []
    wrap = False
    for t in raw:
        if not t:
            wrap = True
            continue
        if wrap and out:
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
        wrap = False
    return out


def with_note(ln: Line, note: str) -> Line:
    """The line with the note's text after it as one word where the mark was (a space after the
    last word, to the line's end): one word in the line's box, so that the note's labels never
    line up as a header row of columns nor its text as a column of its own. Also the margin
    notes' fields (plan_margin_notes), read the same way."""
    words = ln.words
    x1 = max(w.x1 for w in words) if words else ln.bbox[2]
    x0 = x1 + _SPACE * ln.font_size
    note_word = Word(note, x0, ln.bbox[1], max(x0 + 1.0, ln.bbox[2]), ln.bbox[3])
    text = ln.text.rstrip()
    sep = "" if text.endswith((".", ";", ":")) else "."
    return Line(
        text=f"{text}{sep} {note}",
        bbox=ln.bbox,
        font_size=ln.font_size,
        bold=ln.bold,
        page=ln.page,
        index=ln.index,
        words=[*words, note_word],
        colour=ln.colour,
    )
