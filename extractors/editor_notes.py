"""Editors' notes typed into a working copy after an action's text: not part of the plan.

A plan circulated as a working copy collects its reviewers' comments inline, at the end of the
paragraph they are about, signed with the reviewer's initials and set apart in square brackets
(often in red italics): '... priority banding [KW: check date with Karen Whitlow before board]'.
The note names people, dates and words that are no field of the action ('[IB: querying owner -
resolve by 14/11]' would read as an owner label); kept, the action's text is no longer the
plan's own words, and a field reader may take the note's words for a field.

Evidence: a bracketed run closing a line of text (or running on to the lines under it, where
it wraps, and closing there), whose first word is a signature of a few capitals and a colon
(data/editor_notes.json: the brackets and the signature's length), after text of the line's
own. The capitals sign a note only where the document's own text never uses them: a plan writes
its acronyms (KPI, SEND, DCS) in its text as well, and '[KPI: 12]' or '[SEND: see 4.2]' is part
of the action; a reviewer's initials stand in notes alone. A bracket holding a status ('[RAG: Amber]', a status a paragraph may give this way) is
the action's, not a comment, and stays. The notes are taken out of the page's lines before the
plan is read, and said (`editor_notes_dropped`).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from importlib import resources

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Page, ParsedDocument
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/editor_notes.json").read_text("utf-8")
)
_FEWEST, _MOST = _DATA["initials"]
_PAIRS: list[tuple[str, str]] = [(a, b) for a, b in _DATA["brackets"]]
_OPENS = [
    (re.compile(rf"{re.escape(a)}\s*(?P<sign>[A-Z]{{{_FEWEST},{_MOST}}})\s*:\s*"), b)
    for a, b in _PAIRS
]
# capitals standing as a word of their own in text ('KPI', 'KPIs', 'SEND-'); the pattern opens
# with a capital, the letter before it looked at behind it, so a search skips to the next
# capital at once (a look behind first was tried at every character)
_CAPITALS = re.compile(rf"([A-Z](?<![A-Za-z][A-Z])[A-Z]{{{_FEWEST - 1},{_MOST - 1}}})(?![A-Z])")
STATUS_WORDS = 4  # a bracket of a few words reading as a status is the action's status
WRAPS = 3  # lines a note runs on to, at the most
PITCH = 2.0  # font sizes: a note's wrapped line stands at most this far under the line above


def drop_editor_notes(doc: ParsedDocument) -> tuple[ParsedDocument | None, list[ExtractionWarning]]:
    """The document with its editors' notes taken out of its lines (None where it has none),
    and a warning saying how many were taken out and where the first was."""
    pages: list[Page] = []
    notes: list[tuple[int, str]] = []
    used = capitals_in_text([ln for page in doc.pages for ln in page.lines])
    for page in doc.pages:
        lines, found = _without_notes(page.lines, used)
        notes += [(page.number, n) for n in found]
        if found:
            new = copy.copy(page)
            new.lines = lines
            pages.append(new)
        else:
            pages.append(page)
    if not notes:
        return None, []
    page_no, first = notes[0]
    said = ExtractionWarning(
        code="editor_notes_dropped",
        message=f"{len(notes)} editor's note(s) in brackets closing a paragraph's text (e.g."
        f" '{first[:70]}') were left out of the plan's text as reviewers' comments: check none"
        " of them is part of an action",
        page=page_no,
    )
    return replace(doc, pages=pages), [said]


def capitals_in_text(lines: list[Line]) -> set[str]:
    """The runs of capitals the lines' text uses outside brackets opened by a pair of
    data/editor_notes.json (a bracket's words, wrapped on to a few lines or not, are left
    out): acronyms of the plan's own, which sign no note."""
    out: set[str] = set()
    for opening, close in _PAIRS:
        open_for = 0  # lines a bracket left open runs on to yet
        for ln in lines:
            text, kept = ln.text, []
            while text:
                if open_for:
                    end = text.find(close)
                    if end < 0:
                        break
                    text, open_for = text[end + len(close) :], 0
                    continue
                start = text.find(opening)
                kept.append(text if start < 0 else text[:start])
                if start < 0:
                    break
                text, open_for = text[start + len(opening) :], WRAPS + 1
            open_for = max(0, open_for - 1)
            out |= {m.group(1) for part in kept for m in _CAPITALS.finditer(part)}
    return out


def _without_notes(
    lines: list[Line], used: set[str] | frozenset[str] = frozenset()
) -> tuple[list[Line], list[str]]:
    """The lines with each note cut off the line it opens on and its wrapped lines left out,
    re-indexed in order; the notes' texts. used: capitals the document's text uses outside
    brackets, which sign no note."""
    out: list[Line] = []
    notes: list[str] = []
    skip: set[int] = set()
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        found = _note_at(lines, i, used)
        if found is None:
            out.append(ln)
            continue
        start, wraps, text = found
        notes.append(text)
        skip.update(range(i + 1, i + 1 + wraps))
        if ln.text[:start].strip():
            out.append(_cut(ln, start))
    if not notes:
        return lines, []
    renumbered = []
    for k, ln in enumerate(out):
        if ln.index != k:
            ln = _copy(ln)
            ln.index = k
        renumbered.append(ln)
    return renumbered, notes


def _note_at(
    lines: list[Line], i: int, used: set[str] | frozenset[str] = frozenset()
) -> tuple[int, int, str] | None:
    """(where the note opens in line i's text, how many lines under it it wraps on to, its
    text) where line i's text closes with an editor's note; else None."""
    ln = lines[i]
    for opening, close in _OPENS:
        m = next((m for m in opening.finditer(ln.text) if m.group("sign") not in used), None)
        if m is None or not (ln.text[: m.start()].strip() or _wraps(lines, i)):
            continue  # a note opens after the paragraph's text, or wrapped to a line of its own
        text = ln.text[m.start() :]
        wraps = 0
        prev = ln
        while close not in text and wraps < WRAPS and i + wraps + 1 < len(lines):
            nxt = lines[i + wraps + 1]
            drop = nxt.top - prev.top
            if nxt.page != ln.page or not 0 < drop <= PITCH * max(prev.font_size, 1.0):
                break
            text, wraps, prev = f"{text} {nxt.text}", wraps + 1, nxt
        end = text.find(close)
        if end < 0 or text[end + len(close) :].strip(" .;,"):
            continue  # no close, or words after it: no note closing the text
        body = text[m.end() - m.start() : end]
        if len(body.split()) <= STATUS_WORDS and (normalise_rag(body) or is_status_state(body)):
            continue
        return m.start(), wraps, " ".join(text[: end + len(close)].split())
    return None


def _wraps(lines: list[Line], i: int) -> bool:
    """Line i stands right under the line before it, at a line's pitch: it carries that line's
    paragraph on (a note wrapped whole to the next line)."""
    if i == 0:
        return False
    prev, ln = lines[i - 1], lines[i]
    drop = ln.top - prev.top
    return ln.page == prev.page and 0 < drop <= PITCH * max(prev.font_size, 1.0)


def _cut(ln: Line, start: int) -> Line:
    """The line with its text from `start` on taken off, its words and box with it."""
    kept = ln.text[:start].rstrip()
    words = ln.words
    n = len(kept.split())
    new = _copy(ln)
    new.text = kept
    if len(words) >= n and n:
        new.words = words[:n]
        new.bbox = (ln.bbox[0], ln.bbox[1], words[n - 1].x1, ln.bbox[3])
    return new


def _copy(ln: Line) -> Line:
    """A copy of the line, its words read first (so the copy needs no loader)."""
    words = ln.words
    new = Line(
        ln.text, ln.bbox, ln.font_size, ln.bold, ln.page, ln.index, words=list(words),
        span=ln.span, colour=ln.colour,
    )  # fmt: skip
    return new
