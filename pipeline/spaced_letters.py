"""Letter-spaced type: words whose letters pdfium gives one by one.

A heading set with wide letter spacing (small capitals spaced apart, `S T E W A R D`, a table's
column headings, a key's title) prints each letter a fixed extra gap from the next. pdfium then
reads a space between every two letters, so the line reads 'M a r k T h e u n d e r t a k i n g'
and its words are single letters: no header word is found in it, and a table under it has no
header. The letters of one word stand an even gap apart; a word space adds a space's width (and
the spacing again) to it, and a column gutter more still. So the run is joined back by its own
gaps, never by a list of words: a gap no wider than the run's narrow (letter) gaps by about a
space joins letters; a gap up to twice the letter gap and a space is a word space; a wider one
is a gutter between cells.

A phrase of spaced type ('T h e  u n d e r t a k i n g') is kept as ONE word box whose text
holds its spaces ('The undertaking'): its word space is as wide as a gutter between two cells
of plain type of its size, so read as two boxes the phrase was parted into two header cells.

Only runs of several single-character words on one baseline are looked at; a run of two or
three ('a', 'I', 'A B C' as list marks) is left as read. The rest of the line is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.pipeline.document import Line, Word

# a line's text holding at least this many single characters in a row, a space apart
SPACED_RUN = re.compile(r"(?<!\S)(?:[^\s] ){3,}[^\s](?!\S)")
_MIN_RUN = 4  # single-character words in a row before a run is taken as letter-spaced type
_WORD_GAP = 0.25  # em: a gap this much over the run's letter gap holds a space: words part there
_MAX_LETTER_GAP = 1.0  # em: letters of one spaced word stand no further apart than this
# em: a gap up to twice the letter gap (the spacing after the word's last letter and after the
# space) and this much more (the space) parts two words of one phrase, no wider than that
_PHRASE_GAP = 0.35


def _single(w: Word) -> bool:
    return len(w.text) == 1 and w.text.isalnum()


def _same_line(a: Word, b: Word) -> bool:
    mid = (b.top + b.bottom) / 2
    return a.top - 1.0 <= mid <= a.bottom + 1.0


def join_spaced(words: Sequence[Word], size: float) -> list[Word]:
    """The words with each letter-spaced run (see the module docstring) joined into its words;
    the same list, as a new list, where the line has none. size: the line's type size (points
    or the reader's size unit), the scale the gaps are measured in."""
    em = max(size, 1.0)
    out: list[Word] = []
    run: list[Word] = []
    short: list[tuple[int, list[Word]]] = []  # runs of two or three letters: (where, letters)
    gaps: list[float] = []  # the letter gaps of the runs joined

    def flush() -> None:
        if len(run) >= _MIN_RUN:
            joined = _joined(run, em)
            if len(joined) < len(run):
                gaps.append(_letter_gap(run))
            out.extend(joined)
        elif len(run) >= 2:
            short.append((len(out), list(run)))
            out.extend(run)
        else:
            out.extend(run)
        run.clear()

    for w in words:
        if _single(w) and (
            not run
            or (_same_line(run[-1], w) and 0.0 <= w.x0 - run[-1].x1 <= 4 * _MAX_LETTER_GAP * em)
        ):
            run.append(w)
            continue
        flush()
        if _single(w):
            run.append(w)
        else:
            out.append(w)
    flush()
    if not gaps or not short:
        return out
    # a short spaced word ('b y' of 'Fulfil by' wrapped) on a line of spaced type: its letters
    # stand the gap apart the line's long runs do
    letter = min(gaps)
    for at, letters in reversed(short):
        inner = [b.x0 - a.x1 for a, b in zip(letters, letters[1:], strict=False)]
        if all(abs(g - letter) <= _WORD_GAP * em for g in inner):
            out[at : at + len(letters)] = [_word(list(letters))]
    return out


def _letter_gap(run: Sequence[Word]) -> float:
    gaps = sorted(b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False))
    return gaps[len(gaps) // 3]


def _joined(run: list[Word], em: float) -> list[Word]:
    """A run of single letters joined at its letter gaps (the narrowest third of its gaps and
    those close to them), parted at wider ones. A run whose letters stand no even gap apart
    (no gap under an em) is left as read."""
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
    letter = _letter_gap(run)
    if letter > _MAX_LETTER_GAP * em:
        return list(run)
    out: list[Word] = []
    piece: list[Word | None] = [run[0]]  # None: a word space
    for gap, w in zip(gaps, run[1:], strict=True):
        if gap <= letter + _WORD_GAP * em:
            piece.append(w)
        elif gap <= 2 * letter + _PHRASE_GAP * em:
            piece += [None, w]
        else:
            out.append(_word(piece))
            piece = [w]
    out.append(_word(piece))
    return out


def _word(piece: list[Word | None]) -> Word:
    letters = [w for w in piece if w is not None]
    return Word(
        "".join(" " if w is None else w.text for w in piece),
        letters[0].x0,
        min(w.top for w in letters),
        letters[-1].x1,
        max(w.bottom for w in letters),
        colour=letters[0].colour,
        spaced=True,
    )


def spaced_type(lines: Sequence[Line]) -> bool:
    """Every word of the lines is letter-spaced type the reader joined: a row set apart as a
    header is by bold (a table's small capitals spaced apart over plain rows)."""
    words = [w for ln in lines for w in ln.words]
    return bool(words) and all(w.spaced for w in words)
