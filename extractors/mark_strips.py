"""Card fields marked by drawn icons instead of label words (issue 11).

A plan of boxed action strips may print, under each action, one line of fields each led by a
small drawn mark (a person icon before the owner, a calendar before the due date, a coloured
flag before the status word) and no label word at all; a key on the first page says what each
mark stands for. The marks are vector drawings, not text: the text layer holds only the
values, set apart by the gaps the marks stand in:

    1.1  Audit repeat referrals each quarter to learn why help did not last
         [person] Martin Hale   [calendar] 30-Apr-2025   [flag] Complete

Such a line is read here as its runs of words between tab-wide gaps. Which field each run is
comes from what the value IS (cell_types: a date is when it is due, a status word its RAG, a
person's name or post who leads it), not from a word of the template, and the card reader
(plan_cards) then reads the runs as the columns of a table, their roles settled by the values
of every card, as a header's would be.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.document import BBox, Line, ParsedDocument, Word
from plantrace.pipeline.normalise.text_keys import text_key

# the boxes of the shapes drawn on a page (page number -> boxes)
Marks = Callable[[int], Sequence[BBox]]

MARK_GAP = 2.0  # line heights: a gap this wide between two words holds a mark (or a tab stop)
MARK_SLACK = 0.5  # line heights: a mark may stand this far above or below the line it leads
MAX_RUN_WORDS = 8  # a marked value is short: a name, a post, a date, a status
KEY_STATUSES = 3  # status words marked along one line, each once: the key of the marks
MARK_LABEL = "(marked {})"  # the column of the values beside one kind of mark, no label printed
# the kind of value each cell type is: values of one kind stand beside one kind of mark
_KINDS = {
    CellType.date: "date",
    CellType.open_date: "date",
    CellType.rag: "status",
    CellType.person: "name",
}
NOTE_LABEL = MARK_LABEL.format("note")
# glyphs that are marks: other symbols (dingbats, emoji, '■') and private-use icons (icon fonts)
_GLYPH_CATEGORIES = frozenset({"So", "Co"})
# signs set between a strip's fields ('·'): they part fields as a mark does, and a card's
# labelled fields ('Lead: A. Khan · Due: May 2026 · On track'; plan_cards reads them from here)
FIELD_SEPARATORS: frozenset[str] = frozenset(
    json.loads(
        resources.files("plantrace.extractors").joinpath("data/card_fields.json").read_text("utf-8")
    )["field_separators"]
)  # lines under the marked line: the card's update


def page_marks(doc: ParsedDocument) -> Marks:
    """The boxes of the shapes drawn on each page (filled shapes, glyph marks, ruled pieces),
    read when a card asks for them (with the page's rulings, as fills are)."""
    memo: dict[int, list[BBox]] = {}

    def marks(page: int) -> Sequence[BBox]:
        if not 1 <= page <= len(doc.pages):
            return ()
        if page not in memo:
            p = doc.pages[page - 1]
            rulings = p.rulings  # fills and glyph marks are read with the rulings
            memo[page] = [
                *(b for b, _ in p.fills),
                *(b for b, _ in p.glyph_fills),
                *((r.x0, r.top, r.x1, r.bottom) for r in rulings),
            ]
        return memo[page]

    return marks


def marked_gaps(line: Line, pairs: Sequence[tuple[Word, Word]], drawn: Sequence[BBox]) -> bool:
    """Whether a shape is drawn in every gap (between the two words of each pair): a mark no
    taller than about the line, standing level with it (an icon leads the value after it). A
    table's column rule runs above and below the line; a gap with nothing drawn in it is a
    tab stop."""
    h = max(line.bottom - line.top, 1.0)
    level = [
        b for b in drawn
        if b[1] >= line.top - MARK_SLACK * h and b[3] <= line.bottom + MARK_SLACK * h
    ]  # fmt: skip
    for before, after in pairs:
        if not any(b[0] >= before.x1 - 1.0 and b[2] <= after.x0 + 1.0 for b in level):
            return False
    return True


@functools.lru_cache(maxsize=8192)
def glyph_word(text: str) -> bool:
    """A word that is a mark printed in the text layer: an icon font's or a symbol's glyph
    ('■', '☎', a private-use icon), or a sign set between fields ('·'). Cached: the table
    readers ask it of every cell line's last character on each pass over a table (about
    50,000 asks on the bench plans, of a few hundred distinct words), and the answer depends
    on the text alone."""
    return bool(text) and all(
        unicodedata.category(ch) in _GLYPH_CATEGORIES or ch in FIELD_SEPARATORS for ch in text
    )


def _runs(line: Line) -> tuple[list[list[Word]], list[tuple[Word, Word]], bool]:
    """(the runs of a line's words, the pairs of words either side of each gap that parts two
    runs with no glyph between them, whether a glyph parts any): runs part at a tab-wide gap
    or at a glyph word, which is no part of a value."""
    height = max(line.bottom - line.top, 1.0)
    runs: list[list[Word]] = [[]]
    gaps: list[tuple[Word, Word]] = []
    glyphs = False
    last: Word | None = None
    led = False  # the run being read opens after a glyph
    for w in line.words:
        if glyph_word(w.text):
            glyphs = True
            if runs[-1]:
                runs.append([])
            led = True
            continue
        if runs[-1] and last is not None and w.x0 - last.x1 >= MARK_GAP * height:
            runs.append([])
        if not runs[-1] and last is not None and not led:
            gaps.append((last, w))
        runs[-1].append(w)
        last, led = w, False
    return [r for r in runs if r], gaps, glyphs


def mark_runs(line: Line, drawn: Sequence[BBox] | None = None) -> list[list[Word]] | None:
    """The runs of words of a line of marked fields, or None when the line is not one.

    A marked line is two or more short runs set apart by marks, none of them a label
    ('Lead:'), at least one a date or a status word (what a card's marked fields are). A mark
    is a glyph in the text ('■ Martin Hale ■ 30 Sep 2026'), or a shape drawn in a tab-wide
    gap: drawn, the boxes of the shapes drawn on the line's page, must hold one in each gap
    no glyph marks (marked_gaps). Without the shapes to see, or with none drawn where gaps
    alone part the runs, each run must be a date, a status word or a person (a run that is
    anything else, 'HM Helen Markham' after an avatar, says the gaps are no marks' places)."""
    if len(line.words) < 2 or ":" in line.text:
        return None
    runs, gaps, glyphs = _runs(line)
    if len(runs) < 2 or any(len(r) > MAX_RUN_WORDS for r in runs):
        return None
    kinds = [value_kind(_text(r)) for r in runs]
    if "date" not in kinds and "status" not in kinds:
        return None
    if status_key(runs, kinds):
        return None  # '● Progressing ● At risk ● Stalled ● Done': the key of the status dots
    if glyphs and kinds.count("text") > 1:
        return None  # 'Serves about 40 families · Cooking time 9 months · Tested ..., <date>'
    if drawn is None:  # no shapes to see: each value must be what a mark leads
        return None if "text" in kinds and not (glyphs and not gaps) else runs
    return runs if marked_gaps(line, gaps, drawn) else None


def status_key(runs: Sequence[Sequence[Word]], kinds: Sequence[str]) -> bool:
    """Whether a line of marked runs is a key of the statuses' marks, no card's fields:
    KEY_STATUSES status words or more, no date, no name, no word twice ('● Progressing ● At
    risk ● Stalled ● Done' under a chart's key of recommendations; a step of the plan's own
    scale no vocabulary reads, 'Progressing', among them). A card marks its one status (a
    before and after at most) beside its owner and date; read as a card, the key took the
    line above it (a key's last wrapped line, a title) as an action and the next box's lines
    as its update."""
    words = {text_key(_text(r)) for r in runs}
    return (
        kinds.count("status") >= KEY_STATUSES
        and set(kinds) <= {"status", "text"}
        and len(words) == len(runs)
    )


def marked_block(
    lines: Sequence[Line], drawn: Sequence[BBox]
) -> tuple[int, int, list[list[Word]], list[Line]] | None:
    """(first, end, runs, the line of each run) of a card's marked fields among its lines
    (the first line, its title, left out): one marked line (mark_runs), or a column of lines
    each led by a mark and holding one value ('■ Martin Hale' over '■ 30 Sep 2026' over '■ On
    track'), two or more, each value a date, a status word or a person (all but one, two at
    least), one a date or a status. None when the lines hold neither."""
    for k in range(1, len(lines)):
        runs = mark_runs(lines[k], drawn)
        if runs is not None:
            return k, k + 1, runs, [lines[k]] * len(runs)
        end = k
        while end < len(lines) and _led_value(lines[end], drawn) is not None:
            end += 1
        if end - k >= 2:
            values = [_led_value(ln, drawn) or [] for ln in lines[k:end]]
            kinds = [value_kind(_text(v)) for v in values]
            known = len(kinds) - kinds.count("text")  # one value of no known kind ('Wobbling')
            if known >= 2 and known >= len(kinds) - 1 and ("date" in kinds or "status" in kinds):
                return k, end, values, list(lines[k:end])
    return None


def _led_value(line: Line, drawn: Sequence[BBox]) -> list[Word] | None:
    """The words of a line that is one short value led by a mark (a glyph word first, or a
    shape drawn level with the line just left of its first word), else None."""
    words = line.words
    if not words or ":" in line.text:
        return None
    if glyph_word(words[0].text):
        value = words[1:]
    else:
        h = max(line.bottom - line.top, 1.0)
        first = words[0]
        led = any(
            first.x0 - MARK_GAP * h <= b[2] <= first.x0 + 1.0
            and b[1] >= line.top - MARK_SLACK * h and b[3] <= line.bottom + MARK_SLACK * h
            for b in drawn
        )  # fmt: skip
        value = list(words) if led else []
    if not value or len(value) > MAX_RUN_WORDS or any(glyph_word(w.text) for w in value):
        return None
    return value


def value_kind(text: str) -> str:
    """The kind of a marked value ('date', 'status', 'name', else 'text'), from what it is."""
    return _KINDS.get(cell_type(text), "text")


def mark_labels(runs: Sequence[Sequence[Word]]) -> list[str]:
    """A column label per run, by the kind of its value; a second run of one kind on the line
    is a column of its own ('(marked name 2)')."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for run in runs:
        kind = value_kind(_text(run))
        seen[kind] = seen.get(kind, 0) + 1
        out.append(MARK_LABEL.format(kind if seen[kind] == 1 else f"{kind} {seen[kind]}"))
    return out


def settle_labels(lines: Sequence[Sequence[str]]) -> list[list[str]]:
    """The labels of each marked line (mark_labels), a run of no known kind ('Wobbling', a
    status word no vocabulary reads) given the column that stands at its place on the
    other lines, where its own line has no value of that column: the marks come in one order
    across the plan, so the place says which mark leads it."""
    places: dict[str, Counter[int]] = {}
    for labels in lines:
        for k, label in enumerate(labels):
            places.setdefault(label, Counter())[k] += 1
    usual = {label: c.most_common(1)[0][0] for label, c in places.items()}
    text = MARK_LABEL.format("text")
    out: list[list[str]] = []
    for labels in lines:
        row = list(labels)
        for k, label in enumerate(row):
            if label != text:
                continue
            home = [x for x, at in usual.items() if at == k and x != text and x not in row]
            if len(home) == 1:
                row[k] = home[0]
        out.append(row)
    return out


def _text(run: Sequence[Word]) -> str:
    return " ".join(w.text for w in run)
