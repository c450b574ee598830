"""Fields given in a margin note beside each action paragraph.

Some plans print their actions as numbered paragraphs with no table and put each action's owner,
due date and status in a note of small type in the left or right margin, one field a line, its
first line level with the paragraph's first line ('Fatima Rahman' / '02/05/2027' / 'Amber').
Read as printed, the notes' lines become paragraphs of their own ('Amber' read as an action) or,
where a note's line shares its baseline with the paragraph's, run into it ('Fatima Rahman 2.1
Commission ...'), and the paragraphs have no fields.

A margin is a column of short small-type lines that share one edge (set flush left or flush
right) beside the body text, in the left or the right margin. Its lines run in notes
(at line pitch); a note whose first line is level with a body line, and which gives a date or a
status, belongs to the paragraph that line opens. A note holds one field a line (two to five
lines, at most one date and one status, the owner's lines together, no 'Label: value' line and
no figure), and most of the column's runs are such notes: a table's small-type column, a card's
labelled lines or a caption are none. Its lines are typed by what they hold (a date
is the due date, a status word the status, the rest the owner), labelled, and appended to the
paragraph's last line of its own size (before any update line under it), as plan_footnotes
appends a foot note, so that the prose reader finds 'Lead: ...; Due: ...; Status: ...' in the
paragraph; the note's lines leave the page. Pure: a new document is returned.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_footnotes import with_note
from plantrace.extractors.plan_prose import FIELD_LABELS
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Page, ParsedDocument, Word
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

_NOTE_SIZE = 0.85  # a note is set smaller than this share of the page's body size
_BODY_SHARE = 0.1  # share of a page's characters the body's size holds at the least
_NOTE_WIDTH = 0.3  # share of the page width a note's line spans at most
_EDGE = 2.0  # points: the note lines of a margin share one edge within this
_MIN_NOTES = 2  # notes giving fields on a page before its margin is read as fields
_NOTE_LINES = (2, 5)  # a note's lines: a field a line, owner (maybe wrapped), date, status
_PITCH = 1.6  # font sizes: the most a note's line lies below the one above it
_LEVEL = 0.8  # body font sizes: a note's first line is level with a body line within this
_WRAP = 1.6  # body font sizes: the most a paragraph's wrapped line lies below the one above
_SIZE = 0.6  # points: lines of one paragraph share their font size within this
_GAP = 1.0  # font sizes: a gap between words this wide parts a note from the body text
_DATES = (CellType.date, CellType.open_date)
_Margin = tuple[str, float, float]  # a margin's side, its edge and the body's size beside it
# the page's lines as read, its notes left unpaired (no paragraph level with them, and those
# level with a paragraph another note is level with too), its margin
_Read = tuple[list[Line] | None, tuple[int, int], _Margin | None]


def read_margin_notes(doc: ParsedDocument) -> tuple[ParsedDocument | None, list[ExtractionWarning]]:
    """The document with each margin note's fields appended to the paragraph level with it
    (None when no page has a margin of notes), and a warning for each page whose notes give
    fields that no paragraph is level with: those actions lack their owner, date or status."""
    if doc.format != "pdf":
        return None, []
    read: dict[int, list[Line]] = {}
    said: list[ExtractionWarning] = []
    margins: list[_Margin] = []  # the margins read: side, edge, body size
    for page in doc.pages:
        lines, (unpaired, clashed), margin = _resolved(page)
        if lines is not None and margin is not None:
            read[page.number] = lines
            margins.append(margin)
        if unpaired:
            said.append(_unpaired(unpaired, page.number))
        if clashed:
            said.append(_clashed(clashed, page.number))
    if not read:
        return None, said
    for page in doc.pages:  # a page with one note, in the margin the plan's other pages set
        if page.number not in read:
            lines, _, _ = _resolved(page, 1, margins)
            if lines is not None:
                read[page.number] = lines
    return replace(
        doc, pages=[_with_lines(page, read.get(page.number)) for page in doc.pages]
    ), said


def _with_lines(page: Page, lines: list[Line] | None) -> Page:
    """The page with its lines as read (itself where none were)."""
    if lines is None:
        return page
    new = copy.copy(page)
    new.lines = lines
    return new


def _unpaired(count: int, page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_notes_unpaired",
        message=(
            f"{count} note(s) in the page's margin give owners, dates or statuses but no action"
            " paragraph is level with them: their fields were not read with an action; check"
            " the page"
        ),
        page=page,
    )


def _clashed(count: int, page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_notes_unpaired",
        message=(
            f"{count} note(s) in the page's margin are level with a paragraph another note is"
            " level with too: which note gives that action's owner, date or status is not known,"
            " and they were left as printed; check the page"
        ),
        page=page,
    )


def _body_size(lines: list[Line]) -> float:
    """The body text's font size: the largest size a good share of the page's characters are
    set in (a line's size is its first run's, so where notes' lines run into the body lines on
    their baseline the notes' size may hold the most characters)."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.font_size, 1)] += len(ln.text)
    total = sum(sizes.values())
    return max(s for s, n in sizes.items() if n >= _BODY_SHARE * total)


_Aligned = tuple[int, float]  # the margin's aligned side (0: left edges, 2: right edges), where


def _margin_edge(small: list[Line], width: float, least: int) -> tuple[str, float, _Aligned] | None:
    """The margin's side, its edge towards the body and how its lines are set: notes in the
    right margin have their left edge towards the body, those in the left margin their right
    edge; their lines share one edge (flush left or flush right, on either side), which tells a
    column of notes from lines that merely are short. None where the small short lines share no
    edge on either side of the page."""
    best: list[Line] = []
    at: _Aligned = (0, 0.0)
    for index in (0, 2):  # the edge most lines share (the dates alone may share the other)
        edges = Counter(round(ln.bbox[index]) for ln in small)
        edge, _ = max(edges.items(), key=lambda kv: (kv[1], kv[0]))
        near = [ln for ln in small if abs(ln.bbox[index] - edge) <= _EDGE]
        if len(near) > len(best):
            best, at = near, (index, sum(ln.bbox[index] for ln in near) / len(near))
    if len(best) < 2 * least:
        return None
    if (left := min(ln.bbox[0] for ln in best)) > width / 2:
        return "right", left, at
    if (right := max(ln.bbox[2] for ln in best)) < width / 2:
        return "left", right, at
    return None


def _resolved(page: Page, least: int = _MIN_NOTES, margins: Sequence[_Margin] = ()) -> _Read:
    """The page's lines with its margin notes read into their paragraphs (None where it has no
    margin of notes), how many of its notes giving fields were read with no paragraph, and its
    margin (side, edge). least: the notes a margin holds at the least; fewer than the usual
    (a page with one action) only in a margin the plan's other pages set (`margins`), whose
    body size the page's own text may not show (a page of little text but the action)."""
    lines = page.lines
    if len(lines) < 3 * least or not page.width:
        return None, (0, 0), None
    body = max([_body_size(lines), *(size for _, _, size in margins)])
    small = [
        ln
        for ln in lines
        if ln.font_size < _NOTE_SIZE * body and ln.bbox[2] - ln.bbox[0] < _NOTE_WIDTH * page.width
    ]
    if len(small) < 2 * least:
        return None, (0, 0), None  # the cheapest sign: no column of short small-type lines
    found = _margin_edge(small, page.width, least)
    if found is None or (least < _MIN_NOTES and not _known(found[:2], margins)):
        return None, (0, 0), None
    side, edge, aligned = found
    pure = [ln for ln in lines if ln.font_size < _NOTE_SIZE * body and _in_margin(ln, side, edge)]
    if sum(1 for n in _notes(pure) if _fields(n) is not None) < least:
        return None, (0, 0), None  # before any word is read: the margin's own lines give no notes
    body_lines, note_lines, parted = _split(lines, side, edge, body, aligned)
    notes = [(n, _fields(n)) for n in _notes(note_lines)]
    typed = [(n, f) for n, f in notes if f is not None]
    if len(typed) < least or 2 * len(typed) <= len(notes):
        return None, (0, 0), None  # no margin of notes: most of the column's runs give no fields
    kept = [ln for n, f in notes if f is None for ln in n]
    read, alone, clashed = _attached(
        _restored(body_lines, kept, parted), typed, body, parted, least
    )
    return read, (alone, clashed), (side, edge, body)


def _known(found: tuple[str, float], margins: Sequence[_Margin]) -> bool:
    """The margin is on the side and at the edge of one the plan's other pages set."""
    return any(side == found[0] and abs(edge - found[1]) <= _EDGE for side, edge, _ in margins)


_Parted = dict[int, tuple[Line, Line]]  # id of a line's margin part -> (the line, its body part)


def _restored(body: list[Line], lines: list[Line], parted: _Parted) -> list[Line]:
    """The body lines with margin lines that gave no note back on the page as printed: a line
    parted at the edge whole again, in its body part's place."""
    out = list(body)
    for ln in lines:
        whole, part = parted.get(id(ln), (ln, None))
        at = next((k for k, b in enumerate(out) if b is part), None) if part is not None else None
        if at is None:
            out.append(whole)
        else:
            out[at] = whole
    return out


def _in_margin(ln: Line, side: str, edge: float) -> bool:
    return ln.bbox[0] >= edge - _EDGE if side == "right" else ln.bbox[2] <= edge + _EDGE


def _split(
    lines: list[Line], side: str, edge: float, size: float, aligned: _Aligned
) -> tuple[list[Line], list[Line], _Parted]:
    """The page's body lines and its margin lines; a line that runs across the margin's edge
    with a gap at it (a note's line read together with the body line on its baseline) is parted
    there. A body part read after its note's words takes the body's size (the line's size is
    its first run's, the note's)."""
    body: list[Line] = []
    notes: list[Line] = []
    parted: _Parted = {}
    for ln in lines:
        if ln.font_size < _NOTE_SIZE * size and _in_margin(ln, side, edge):
            notes.append(ln)
            continue
        cut = _parted(ln, side, edge, aligned) if ln.bbox[0] < edge < ln.bbox[2] else None
        if cut is None:
            body.append(ln)
            continue
        inside, outside = cut
        note = _part(ln, inside, side == "right", ln.font_size)
        rest = _part(ln, outside, side == "left", size if side == "left" else ln.font_size)
        notes.append(note)
        body.append(rest)
        parted[id(note)] = (ln, rest)
    return body, notes, parted


def _parted(
    ln: Line, side: str, edge: float, aligned: _Aligned
) -> tuple[list[Word], list[Word]] | None:
    """The line's words in the margin and out of it, where a gap of a font size or more parts
    them at the edge (running text spaces its words far closer) and the margin's words are set
    as the margin's lines are (`aligned`); None otherwise."""
    words = ln.words
    inside = [w for w in words if _word_in_margin(w, side, edge)]
    outside = [w for w in words if not _word_in_margin(w, side, edge)]
    if not inside or not outside:
        return None
    gap = (
        min(w.x0 for w in inside) - max(w.x1 for w in outside)
        if side == "right"
        else min(w.x0 for w in outside) - max(w.x1 for w in inside)
    )
    # the note's words set as its other lines are, flush left or right (a table's last column,
    # past the edge, is not)
    index, at = aligned
    flush = min(w.x0 for w in inside) if index == 0 else max(w.x1 for w in inside)
    return (inside, outside) if gap >= _GAP * ln.font_size and abs(flush - at) <= _EDGE else None


def _word_in_margin(w: Word, side: str, edge: float) -> bool:
    return w.x0 >= edge - _EDGE if side == "right" else w.x1 <= edge + _EDGE


def _part(ln: Line, words: list[Word], second: bool, size: float) -> Line:
    """One side of a line parted at the margin's edge; the second part, which does not open the
    line, takes no font style of its own from it (the line's style is its first run's)."""
    return Line(
        text=" ".join(w.text for w in words),
        bbox=(min(w.x0 for w in words), ln.bbox[1], max(w.x1 for w in words), ln.bbox[3]),
        font_size=size,
        bold=False if second else ln.bold,
        page=ln.page,
        index=ln.index,
        words=words,
        colour=None if second else ln.colour,
    )


def _notes(lines: list[Line]) -> list[list[Line]]:
    """The margin's lines in notes: a line at line pitch under the one above carries its note on."""
    out: list[list[Line]] = []
    if not lines:
        return out
    # the notes' own type size (a line parted from a body line bears the body line's size)
    pitch = _PITCH * min(ln.font_size for ln in lines)
    for ln in sorted(lines, key=lambda m: m.bbox[1]):
        if out and ln.bbox[1] - out[-1][-1].bbox[1] <= pitch:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _fields(note: list[Line]) -> str | None:
    """The note's fields labelled as the prose reader reads them ('Lead: X; Due: Y; Status: Z'),
    or None where the note gives neither a date nor a status (a caption, an aside), or holds a
    line that is no field alone (a figure, a label no field vocabulary holds). A line may name
    its field ('Lead: X', 'Due: Once recruited'): the field its label names holds its value,
    whatever the value reads as (a due text no date reader reads is said later, not taken for
    an owner); a label's field given twice, the value is typed as an unlabelled line is."""
    if not _NOTE_LINES[0] <= len(note) <= _NOTE_LINES[1]:
        return None  # a line alone (a cell, a caption) or a column of many (a table's)
    owner: list[str] = []
    due = status = None
    owner_open = False  # the line above was the owner's
    for ln in note:
        text = ln.text.strip()
        labelled = _labelled(text)  # 'Lead: X', 'Due: 31/03/2027': the field its label names
        if labelled is not None:  # the label names the field, whatever its value reads as
            role, text = labelled
            if role == "owner" and not owner:
                owner.append(text)
                owner_open = False
                continue
            if role == "due" and due is None:
                due, owner_open = text, False  # 'Due: Once recruited': no date, no owner
                continue
            if role == "rag" and status is None:
                status, owner_open = text, False
                continue
        is_date = cell_type(text) in _DATES
        is_status = not is_date and (normalise_rag(text) is not None or is_status_state(text))
        if (is_date and due is not None) or (is_status and status is not None):
            return None  # one field a line: a second date is a column of dates, not a note
        if is_date:
            due = text
        elif is_status:
            status = text
        elif ":" in text or any(ch.isdigit() for ch in text):
            return None  # a line labelled unknown or a figure: a card's or a cell's, no field
        elif owner and (due or status) and not owner_open:
            return None  # the owner's lines run together (a name wrapped), not round a field
        else:
            owner.append(text)
        owner_open = not (is_date or is_status) and bool(owner)
    if due is None and status is None:
        return None
    parts = [f"Lead: {' '.join(owner)}"] if owner else []
    parts += [f"Due: {due}"] if due else []
    parts += [f"Status: {status}"] if status else []
    return "; ".join(parts) + "."


def _labelled(text: str) -> tuple[str, str] | None:
    """(role, value) of a note's line that names its field ('Lead: Fatima Rahman'), where the
    label is one the prose reader knows for an owner, a date or a status; None otherwise."""
    label, colon, value = text.partition(":")
    role = FIELD_LABELS.get(text_key(label)) if colon else None
    return (role, value.strip()) if role in ("owner", "due", "rag") and value.strip() else None


def _attached(
    body: list[Line],
    typed: list[tuple[list[Line], str]],
    size: float,
    parted: _Parted,
    least: int,
) -> tuple[list[Line] | None, int, int]:
    """The body lines with each note's fields appended to the paragraph level with its first
    line, how many notes no paragraph is level with (they stay on the page as printed), and how
    many are level with a paragraph the note nearer to it gives the fields of (they stay on the
    page as printed too: two notes beside one paragraph, which holds is not known)."""
    alone = [note for note, _ in typed if not _level(body, note[0].bbox[1], size)]
    body = _restored(body, [ln for note in alone for ln in note], parted)
    order = sorted(range(len(body)), key=lambda i: body[i].bbox[1])
    firsts: dict[int, tuple[list[Line], str]] = {}
    clashed: list[list[Line]] = []
    out = list(body)
    for note, fields in typed:
        top = note[0].bbox[1]
        level = _level(body, top, size)
        if not level:
            continue
        i = min(level, key=lambda i: abs(body[i].bbox[1] - top))
        if i in firsts:  # a second note beside the paragraph: the nearer one holds
            there = firsts[i][0]
            far = abs(there[0].bbox[1] - body[i].bbox[1]) > abs(top - body[i].bbox[1])
            clashed.append(there if far else note)
            if far:
                firsts[i] = (note, fields)
            continue
        firsts[i] = (note, fields)
    if len(firsts) < least:
        return None, 0, 0  # too few notes level with a paragraph: no margin of notes
    for k, i in enumerate(order):
        if i in firsts:
            last = _paragraph_end(body, order, k, firsts)
            out[last] = with_note(out[last], firsts[i][1])  # one word: no column of labels
    out += [ln for note in clashed for ln in note]  # left on the page, as printed
    return sorted(out, key=lambda ln: (ln.index, ln.bbox[0])), len(alone), len(clashed)


def _level(body: list[Line], top: float, size: float) -> list[int]:
    """The body lines level with a note's first line, in the body's type (a paragraph's, not a
    small cell's)."""
    return [
        i
        for i, ln in enumerate(body)
        if abs(ln.bbox[1] - top) <= _LEVEL * size and ln.font_size >= _NOTE_SIZE * size
    ]


def _paragraph_end(
    body: list[Line], order: list[int], k: int, firsts: dict[int, tuple[list[Line], str]]
) -> int:
    """The last line of the paragraph opening at order[k]: the lines below it at line pitch, of
    its size and at its left edge or to the right of it (a wrap), up to an update line in
    smaller type or the line the next note is level with."""
    head = body[order[k]]
    last = order[k]
    for i in order[k + 1 :]:
        ln, prev = body[i], body[last]
        # a box's top or bottom may be off the pitch by a glyph's height, not both
        drop = min(ln.bbox[1] - prev.bbox[1], ln.bbox[3] - prev.bbox[3])
        if i in firsts or drop > _WRAP * head.font_size:
            break
        if ln.bbox[1] <= prev.bbox[1]:
            continue  # level with a line already read: another column
        if abs(ln.font_size - head.font_size) > _SIZE or ln.bbox[0] < head.bbox[0] - _EDGE:
            break
        last = i
    return last
