"""The one RAG normaliser: status words and colour names -> red/amber/green/blue (or None).

Plans print a status as a colour ('Amber'), a letter ('A') or a phrase ('On track', 'Slipped',
'Behind schedule', 'Significantly behind'). Common phrases are known here, as data
(data/rag.json). Progress states ('Not started', 'In progress') are no colour: they say where
the work is, not whether it is on time (a plan may not have started an action that is not yet
due), so unless the plan's own key colours them they read as None; 'Complete' (and 'Closed') is
the one progress word with a colour (blue), by the usual BRAG convention. A plan that defines
its own words in a key ('Status key: Complete (blue); Slipped (amber)') is read with
read_rag_key and the key is passed in, and it wins over the built-in words. A key of coloured
marks ('● On course  ● Off track', each dot in its colour: pipeline/marks.mark_key) adds the
plan's colours to the key as '#rrggbb' entries, and a cell's fill is read through them first
(keyed_fill, rag_from_fill), by hue otherwise. A yes/no column
('Done?') holds marks, not colours: done_mark reads them and the column's reader decides.
"""

from __future__ import annotations

import colorsys
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from plantrace.pipeline.normalise.parallel_text import understood_half
from plantrace.pipeline.normalise.status_codes import code_meaning
from plantrace.pipeline.normalise.text_keys import text_key

# the status words (colour names, letters, progress states and the phrases of each colour) are
# data: data/rag.json, with the decisions taken on them
_WORDS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "rag.json").read_text(encoding="utf-8")
)
_COLOURS: dict[str, str] = _WORDS["colours"]
_LETTER: dict[str, str] = _WORDS["letters"]
# every phrase of a colour rule, lower case and single-spaced: a phrase printed whole
STATUS_PHRASES = frozenset(text_key(p) for rule in _WORDS["rules"] for p in rule["phrases"])


def _phrases(words: Iterable[str]) -> str:
    """Phrases as one alternation, longest first; a space matches spaces or a hyphen."""
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in parts)


_RAG: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b({_phrases(rule['phrases'])})\b", re.I), rule["colour"])
    for rule in _WORDS["rules"]
]
# every phrase with its spaces taken out, for a cell that broke a word over two lines
# ('Progressin' / 'g well'): the whole cell, its spaces taken out too, is one phrase
_ALONE_WORDS: dict[str, str] = _WORDS["alone"]
_SQUASHED: dict[str, str] = {}
for _rule in _WORDS["rules"]:
    for _p in _rule["phrases"]:
        _SQUASHED.setdefault(re.sub(r"[\s-]+", "", _p.lower()), _rule["colour"])
# every phrase with its colour, for a system's code that drops letters of one ('ONTRK')
_CODE_COLOURS: dict[str, str] = {
    **{text_key(p): c for p, c in _ALONE_WORDS.items()},
    **{text_key(p): r["colour"] for r in _WORDS["rules"] for p in r["phrases"]},
}
_LETTERS = "|".join(map(re.escape, _LETTER))
# a letter alone, bracketed or stopped: 'G', '(G)', '[R]', 'A.'
_LETTER_ONLY = re.compile(rf"^\s*[(\[]?\s*({_LETTERS})\s*[)\]]?\s*\.?\s*$", re.I)
# a split rating, two letters: 'A/G', 'R-A', 'AG' (the worse of the two)
_LETTER_PAIR = re.compile(rf"^\s*({_LETTERS})\s*[/-]?\s*({_LETTERS})\s*$", re.I)
_SEVERITY: list[str] = _WORDS["severity"]
# a past rating kept beside the current one: 'Amber (previously Red)', 'Green; was Amber'
_HISTORY_WORDS = _phrases(_WORDS["history"])
_HISTORY = re.compile(
    rf"\(\s*(?:{_HISTORY_WORDS})\b[^)]*\)|[;,]?\s*\b(?:{_HISTORY_WORDS})\b[^;()]*$", re.I
)
# progress states a status column holds beside its colours: no colour of their own
_STATE = _phrases(_WORDS["states"])
_STATE_IN = re.compile(rf"\b(?:{_STATE})\b", re.I)
# a state may be printed after the colourless colour a system shows it in: 'Grey - not started'
_NO_COLOUR = _phrases(_WORDS["no_colour_words"])
_STATES = re.compile(rf"^\s*(?:(?:{_NO_COLOUR})\s*[-–—:]\s*)?(?:{_STATE})\s*\.?\s*$", re.I)
# 'Slipped (amber)', 'On track = green', 'On track: green' (a phrase of one to four words)
_KEY_PAIR = re.compile(
    r"(?:^|[;,.:–—•]\s*)((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*"
    r"(?:\(\s*(blue|red|amber|green|yellow)\s*\)|[=:]\s*(blue|red|amber|green|yellow)\b)",
    re.I,
)
# colour symbols that say a colour alone ('🔴'), and words that are a status only alone
_MARKS: dict[str, str] = _WORDS["marks"]
_ALONE: dict[str, str] = _WORDS["alone"]
# a mark is a symbol (a dot, a triangle, a tick, an emoji), never a letter, digit or bracket
_MARK_CATEGORIES = ("Sk", "Mn", "Cf", "Co")
_MARK_PUNCT = frozenset("•·*-–—>»|")
_KEY_WORDS = 6  # a key's status phrase is short ('will not be delivered on time')
# the words that open a key line ('Key:', 'Status key -', 'Ratings used:')
_KEY_LABEL = re.compile(rf"^\s*(?:{_phrases(_WORDS['key_labels'])})\s*[:\-–—]\s*", re.I)
# what separates the entries of a key: ';', '|', '•', a comma, or a run of spaces
_KEY_SPLIT = re.compile(r"\s*[;|•,]\s*|\s{2,}")
# a colour named first, as a key writes it: 'Green = on track', 'G - on track', 'Amber: slipping'
_COLOUR_HEAD = "|".join([*_COLOURS, *_LETTER])
_HEAD_FIRST = re.compile(rf"^(?P<head>{_COLOUR_HEAD})\s*[=:–—-]\s*(?P<phrase>[A-Za-z].*)$", re.I)
# the colour named after the phrase: 'Secure - Green', 'Secure = G', 'Secure (green)'
_TAIL_COLOUR = re.compile(
    rf"^(?P<phrase>[A-Za-z].*?)\s*[(=:–—-]\s*(?P<head>{_COLOUR_HEAD})\s*\)?\s*\.?$", re.I
)
# where one entry of a key run together ends and the next begins: before a colour named first
# ('Green = on track Amber = slipping') or before a mark ('● Within tolerance ▲ Outside')
# (a colour's name only: a letter inside a phrase, 'Plan A - ...', opens no entry)
_NEXT_HEAD = re.compile(rf"\s+(?=(?:{'|'.join(_COLOURS)})\s*[=:–—-]\s)", re.I)


# a question printed as the status label, its answer after it: 'On track? Not commenced'
_QUESTION_LABEL = re.compile(r"^[^?]{1,40}\?\s+(?=\S)")
# a short label before the status word, as a line or a cell prints it ('Board rating: Implemented',
# 'Position: Delivered'): the word after it may be one that is a status only alone
_LINE_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z '’&/()-]{0,40}?)\s*:\s+(?=\S)")


def read_rag_key(text: str) -> dict[str, str]:
    """A plan's own status words from a key or legend line: phrase (or mark) -> colour.

    A key pairs a status with its colour in any order ('Complete (blue)', 'On track = green',
    'Green = on plan', 'G - on plan') or pairs a symbol with a status word ('● Within
    tolerance; ▲ Outside tolerance'): a cell that then prints only the symbol ('▲') means that
    word's colour, and a word the built-in words lack means the colour the key gives it. Only a
    text that pairs at least two statuses is a key; one '(red)' in prose is not. Phrases that are
    themselves colour names add nothing and are left out.
    """
    found: dict[str, str] = {}
    pairs = 0
    for m in _KEY_PAIR.finditer(" ".join(text.split())):
        phrase, colour = text_key(m.group(1)), (m.group(2) or m.group(3)).lower()
        phrase = _KEY_LABEL.sub("", re.sub(r"^(?:status|rag|key)\s+(?:key\s+)?", "", phrase))
        pairs += 1
        if phrase and phrase not in _COLOURS:
            found[phrase] = _COLOURS[colour]
    if pairs < 2 and (abbreviated := _abbreviation_key(text)):
        return abbreviated  # 'Status key: OT on track; AR at risk; D delayed'
    if pairs < 2:
        pairs, found = 0, {}
        entries = _key_entries(text)
        shared = _shared_marks(entries)
        for mark, phrase, colour in entries:
            pairs += 1
            if colour is None:
                continue
            if mark and mark not in shared:
                found[mark] = colour
            if phrase and phrase not in _COLOURS and _colour_of(phrase) != colour:
                found[phrase] = colour
    return found if pairs >= 2 else {}


# a key entry that explains an abbreviation or code: 'OT on track', 'AR = at risk', 'NS: not
# started', a code in brackets as a status column prints it ('[WATCH] at risk'), whole
_ABBREVIATION = re.compile(
    r"^(?:\[(?P<code>[A-Z]{1,8})\]|(?P<abbr>[A-Z]{1,6}))\s*(?:[=:–—-]\s*)?"
    r"(?P<phrase>[A-Za-z][A-Za-z' -]*)$"
)
# a key's label after a sentence of other text on its line ('Version 3, as at 1 May. Status:
# [OK] on track, [LATE] overdue'): the key opens there
_KEY_LABEL_AFTER = re.compile(
    rf"(?<=[.;!?])\s+(?:{_phrases(_WORDS['key_labels'])})\s*[:\-–—]\s*", re.I
)


def _abbreviation_key(text: str) -> dict[str, str]:
    """A key of abbreviations after a key's label ('Status key: OT on track; AR at risk; C
    complete; NS not started'): each entry a capital abbreviation then the words it stands for,
    which give it their colour (a cell that prints 'AR' means amber). At least two entries must
    be abbreviations whose words read as a colour; an entry whose words read as none (not
    started) gives its abbreviation no colour. {} for any other text."""
    scale = _abbreviation_scale(text)
    worst = _worst_amber(scale)
    found = {
        abbr: "red" if i == worst else colour
        for i, (abbr, _, colour) in enumerate(scale)
        if colour is not None
    }
    return found if len(found) >= 2 else {}


def key_red_guess(text: str) -> str | None:
    """The words of the step a key line's reading (read_rag_key) takes as red although the
    vocabulary reads them amber: the key lists no red step, so its worst amber step is the red
    one ('delayed' of 'Key: OT on track; AR at risk; D delayed'). None where the text is no such
    key or the key has a red step of its own. A guess, which the plan's warnings say."""
    if sum(1 for _ in _KEY_PAIR.finditer(" ".join(text.split()))) >= 2:
        return None  # a key of colour names: read as printed (read_rag_key)
    scale = _abbreviation_scale(text)
    worst = _worst_amber(scale)
    if worst is None or sum(colour is not None for _, _, colour in scale) < 2:
        return None
    return scale[worst][1]


def _abbreviation_scale(text: str) -> list[tuple[str, str, str | None]]:
    """The entries of a key of abbreviations in printed order: (abbreviation, its words, their
    colour in the vocabulary); [] for any other text."""
    text = " ".join(text.split())
    m = _KEY_LABEL.match(text) or _KEY_LABEL_AFTER.search(text)
    if m is None:
        return []
    parts = [p.strip(" .") for p in re.split(r"\s*[;,|]\s*", text[m.end() :]) if p.strip(" .")]
    entries = [e for p in parts if (e := _ABBREVIATION.match(p)) is not None]
    if len(parts) < 2 or len(entries) < len(parts):
        return []
    scale: list[tuple[str, str, str | None]] = []
    for e in entries:
        words = e.group("phrase").strip()
        if len(words.split()) > _KEY_WORDS or words.upper() == words:
            return []  # capitals after capitals: no abbreviation explained
        scale.append((text_key(e.group("code") or e.group("abbr")), words, normalise_rag(words)))
    return scale


def _worst_amber(scale: list[tuple[str, str, str | None]]) -> int | None:
    """Where a key's steps in printed order have two or more that read amber and none red: the
    key lists a scale with no word the vocabulary reads as red ('on track; at risk; delayed'),
    so its worst amber step is the red one: the last amber after the green step (a key listed
    best first), the first before it (worst first). None where no step is so taken."""
    colours = [c for _, _, c in scale]
    ambers = [i for i, c in enumerate(colours) if c == "amber"]
    if "red" in colours or "green" not in colours or len(ambers) < 2:
        return None
    green = colours.index("green")
    return ambers[-1] if green < ambers[0] else ambers[0] if green > ambers[-1] else None


def _shared_marks(entries: list[tuple[str, str, str | None]]) -> set[str]:
    """Marks printed before entries of different colours ('● Green = ...  ● Amber = ...': one
    dot in each colour): the mark alone tells no colour apart."""
    colours: dict[str, set[str | None]] = {}
    for mark, _, colour in entries:
        colours.setdefault(mark, set()).add(colour)
    return {mark for mark, seen in colours.items() if len(seen) > 1}


def read_key_rows(rows: Sequence[Sequence[tuple[str, str | None]]]) -> dict[str, str]:
    """A plan's own status words from a key printed as a small table: phrase -> colour.

    Each row is its cells as (text, fill '#rrggbb' or None). A row pairs a status phrase with a
    colour named in the cell beside it ('Green' | 'Delivering to plan', 'A' | 'Some risk'), or
    shown by a swatch beside it (a blank cell filled amber) or behind it (the phrase on its
    colour). The swatches are read together (tint_rags), so a key of pale tints reads. Only a
    table that pairs at least two statuses is a key.
    """
    entries = [e for row in rows if (e := _key_row(row)) is not None]
    swatches = tint_rags([fill for _, _, fill in entries])
    found: dict[str, str] = {}
    for (phrase, colour, _), shown in zip(entries, swatches, strict=True):
        colour = colour or shown
        if colour is not None and phrase not in _COLOURS and _colour_of(phrase) != colour:
            found[phrase] = colour
    pairs = sum(1 for (_, colour, _), shown in zip(entries, swatches, strict=True)
                if colour or shown)  # fmt: skip
    return found if pairs >= 2 else {}


def _key_row(row: Sequence[tuple[str, str | None]]) -> tuple[str, str | None, str | None] | None:
    """(phrase, colour named beside it, swatch fill) of one key row, None for any other row."""
    texts = [(text_key(strip_marks(t)).rstrip("."), fill) for t, fill in row if t.strip()]
    blanks = [fill for t, fill in row if not t.strip() and fill]
    if len(texts) == 2:
        named = [_COLOURS.get(t) or _LETTER.get(t) for t, _ in texts]
        if named[0] and not named[1]:
            return texts[1][0], named[0], None
        if named[1] and not named[0]:
            return texts[0][0], named[1], None
        return None
    if len(texts) != 1 or len(texts[0][0].split()) > _KEY_WORDS or not texts[0][0][:1].isalpha():
        return None
    phrase, behind = texts[0]
    swatch = blanks[0] if blanks else behind
    return (phrase, None, swatch) if swatch else None


def _key_entries(text: str) -> list[tuple[str, str, str | None]]:
    """The entries of a key line as (mark, phrase, colour): 'Green = on plan' -> ('', 'on plan',
    'green'); '▲ Outside tolerance' -> ('▲', 'outside tolerance', 'amber') (the colour the
    phrase itself means, None where it means none). Text that is no entry is skipped."""
    body = _KEY_LABEL.sub("", text.replace("\n", " ").strip())  # runs of spaces part entries
    out: list[tuple[str, str, str | None]] = []
    for part in _KEY_SPLIT.split(body):
        for piece in _KEY_SPLIT.split(_NEXT_HEAD.sub("  ", _split_marks(part))):
            entry = _key_entry(piece.strip())
            if entry is not None:
                out.append(entry)
    return out


# what parts a key line's entries where its marks are all that part them ('■ On track ■ At risk')
_KEY_LINE_MARKS = re.compile(r"[^\w\s'’/,().-]+")


def is_key_line(text: str) -> bool:
    """A key of status marks ('Key: ■ On track ■ At risk ■ Off track'): a key's label, then two
    or more short phrases parted by marks; no sentence a reader should take as content (a
    recommendation, an action)."""
    m = _KEY_LABEL.match(text)
    if m is None:
        return False
    pieces = [p for p in _KEY_LINE_MARKS.split(text[m.end() :]) if p.strip()]
    return len(pieces) >= 2 and all(len(p.split()) <= _KEY_WORDS for p in pieces)


def _split_marks(text: str) -> str:
    """A run of marked entries cut before each symbol that follows a space ('● A ▲ B' ->
    '● A  ▲ B'), so each symbol opens its own entry. An ASCII text holds no symbol (is_symbol):
    it is returned as it is, not rebuilt a character at a time (every element is asked)."""
    if text.isascii():
        return text
    return "".join(
        f"  {ch}" if i and text[i - 1].isspace() and is_symbol(ch)
        else ch
        for i, ch in enumerate(text)
    )  # fmt: skip


def _key_entry(piece: str) -> tuple[str, str, str | None] | None:
    """One key entry as (mark, phrase, colour): the colour named beside the phrase, in either
    order ('Green = on plan', 'Secure - Green', 'Secure (green)'), else the colour the phrase
    itself means ('▲ Outside tolerance'); None for what is no entry."""
    mark = "".join(ch for ch in _leading_marks(piece) if not ch.isspace())
    body = strip_marks(piece)
    named = _HEAD_FIRST.match(body) or _TAIL_COLOUR.match(body)
    if named is not None:
        word = named.group("head").lower()
        phrase, colour = text_key(named.group("phrase")).rstrip("."), _COLOURS.get(word)
        colour = colour or _LETTER.get(word)
    else:
        phrase = text_key(body).rstrip(".")
        colour = _colour_of(phrase) if mark else None
    if not phrase or len(phrase.split()) > _KEY_WORDS or not phrase[0].isalpha():
        return None  # 'A - Improve the quality of every assessment ...': a list, not a key
    if named is None and (not mark or (colour is None and not is_status_state(phrase))):
        return None  # '• Improve the front door': a bullet, not a key
    return mark, phrase, colour


def _is_mark(ch: str) -> bool:
    return ch in _MARK_PUNCT or is_symbol(ch) or unicodedata.category(ch) in _MARK_CATEGORIES


def is_symbol(ch: str) -> bool:
    """A printed symbol: a shape, tick or emoji ('●', '▲', '✔', '◼'); an ASCII sign ('=', '<')
    is a key's or a figure's, not a mark."""
    category = unicodedata.category(ch)
    return category == "So" or (category == "Sm" and not ch.isascii())


def _leading_marks(text: str) -> str:
    stripped = text.lstrip()
    i = 0
    while i < len(stripped) and (_is_mark(stripped[i]) or stripped[i].isspace()):
        i += 1
    return stripped[:i]


def is_status_mark(text: str) -> bool:
    """A cell that prints only a status symbol ('▲', '■', '●', '✖'): what a key names. Arrows
    ('→', '↑', '↘') are a trend's marks (movement since the last report), not a status."""
    marks = [ch for ch in text if not ch.isspace()]
    return (
        bool(marks)
        and not strip_marks(text)
        and any(is_symbol(ch) for ch in marks)
        and not any(unicodedata.name(ch, "").find("ARROW") >= 0 for ch in marks)
    )


@functools.lru_cache(maxsize=8192)  # a pure function of the text; status cells repeat
def strip_marks(text: str) -> str:
    """A status cell's text without the symbols printed around its word ('● Within tolerance',
    '▲ Outside tolerance', '✔ Delivered', '🔴 Off track', 'On track ✓'): the mark repeats the
    status (in a colour or a shape), the word says it."""
    text = " ".join(text.split())
    start = len(_leading_marks(text))
    end = len(text)
    while end > start and (_is_mark(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def normalise_rag(raw: str | None, key: Mapping[str, str] | None = None) -> str | None:
    """The colour a status cell means; the plan's own key (read_rag_key) first when given.

    Symbols around the word are taken off first ('● Within tolerance'); a cell that is only a
    mark reads as the key's colour for it, or as the colour a colour emoji shows ('🔴').
    """
    if raw is None:
        return None
    if key:
        whole, text = _forms(raw)
        for form in (whole, text):
            phrase = text_key(form).rstrip(".")
            # a code printed in brackets ('[WATCH]') is the key's code ('WATCH')
            colour = key.get(phrase) or key.get(phrase.removeprefix("[").removesuffix("]"))
            if colour is not None:
                return colour
        if not text:
            return _mark_colour(whole, key)
    colour = _colour_of(raw)
    # (a score closes with its bracket: a text with none is not searched, most asked)
    scored = _TRAILING_SCORE.search(raw) if colour is None and "(" in raw else None
    if scored is not None and scored.start() > 0:
        return normalise_rag(raw[: scored.start()], key)
    return colour


# a bracketed score after the status ('Healthy (weighting 7)', 'Amber (score 3)'): a figure the
# plan prints for another purpose (a tile's size, a priority), set aside when the status alone
# is read; only where the whole text read no colour
_TRAILING_SCORE = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z ]{0,24}[:=]?\s*\d{1,3}(?:\.\d+)?\s*\)\s*$")


# an underscore joining two letters: the word break of a code ('OFF_TRACK', 'at_risk')
_SNAKE = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")
# a hashtag: '#' opening a word of letters ('#ontrack', '#atrisk'), as chat and social tools tag
# a message; the tag is the status's words run together, read as the squashed form is
_HASHTAG = re.compile(r"(?<![\w#])#(?=[A-Za-z])")
_SQUASHED_STATES = frozenset(re.sub(r"[\s-]+", "", p.lower()) for p in _WORDS["states"])


def hashtag_words(raw: str) -> str:
    """A text with the '#' of its hashtags taken off ('#atrisk' -> 'atrisk'): the tag's words
    run together are then read against the one vocabulary as any squashed status is."""
    return _HASHTAG.sub("", raw) if "#" in raw else raw


@functools.lru_cache(maxsize=8192)
def _forms(raw: str) -> tuple[str, str]:
    """(the cell's answer, that answer without its marks): the answer, not the question ('On
    track? Not commenced' is no colour, as the state is), and the rating now, not the one
    before."""
    # a system's status code in UPPER_SNAKE ('ON_TRACK', 'AT_RISK') reads as its words
    raw = hashtag_words(_SNAKE.sub(" ", raw))
    whole = _QUESTION_LABEL.sub("", " ".join(raw.split()))
    whole = _HISTORY.sub("", whole).strip() or whole
    return whole, strip_marks(whole)


@functools.lru_cache(maxsize=8192)
def _colour_of(raw: str) -> str | None:
    """The colour a cell's words name by the vocabulary alone (no key): kept per text, as every
    column-role score and status reader asks again of the same cells."""
    whole, text = _forms(raw)
    if not text:
        return _mark_colour(whole, None)
    alone = _ALONE.get(text_key(text).rstrip(".")) or _alone_after_label(text)
    if alone is not None:
        return alone
    text = _STATE_IN.sub(" ", text)  # 'Not started - overdue': the state says no colour
    for pattern, colour in _RAG:
        if pattern.search(text):
            return colour
    letter = _LETTER_ONLY.match(text)
    if letter:
        return _LETTER[letter.group(1).lower()]
    pair = _LETTER_PAIR.match(text)
    if pair:
        colours = [_LETTER[pair.group(i).lower()] for i in (1, 2)]
        return min(colours, key=_SEVERITY.index)
    squashed = _SQUASHED.get(_squash(text))
    if squashed is None:  # a system's code with letters dropped ('ONTRK', 'CMPLT')
        return code_meaning(text, _CODE_COLOURS, _WORDS["states"])[1]
    return squashed


def _alone_after_label(text: str) -> str | None:
    """The colour of a word that is a status only alone ('Implemented', 'Delivered') printed
    after a label that names no colour itself ('Board rating: Implemented.'): the label is the
    line's, the word after it is all the status says."""
    m = _LINE_LABEL.match(text)
    if m is None or any(pattern.search(m.group("label")) for pattern, _ in _RAG):
        return None
    return _ALONE.get(text_key(text[m.end() :]).rstrip("."))


def _mark_colour(marks: str, key: Mapping[str, str] | None) -> str | None:
    """The colour of a cell that prints only a mark: the key's, else a colour emoji's."""
    for ch in marks:
        colour = (key or {}).get(ch) or _MARKS.get(ch)
        if colour is not None:
            return colour
    return None


def _squash(text: str) -> str:
    """A short cell's text with its spaces and hyphens taken out ('Progressin g well' ->
    'progressingwell'), as a narrow cell that wrapped inside a word printed it."""
    return re.sub(r"[\s-]+", "", text.lower()).rstrip(".") if len(text) <= 40 else ""


_UNDER_WAY = re.compile(rf"^\s*(?:{_phrases(_WORDS['under_way'])})\s*\.?\s*$", re.I)


def is_under_way(raw: str) -> bool:
    """A state saying the work has begun ('In progress', 'Ongoing'): no colour of its own, so
    a plan that rates its actions prints the rating as the colour behind it (a green tag), unlike
    a state saying it has not begun ('Not started'), which is no rating whatever its shade."""
    return bool(_UNDER_WAY.match(strip_marks(raw)))


# a key's heading on a line of its own: a key label ('Key', 'Status key'), or one after the name
# of the column the key explains ('Score key', 'Position key:')
_HEADING_LABEL = _phrases(_WORDS["key_labels"])
_KEY_HEADING = re.compile(
    rf"^\s*(?:(?P<name>[A-Za-z][\w%'’]*(?:\s+[\w%'’]+){{0,3}}?)\s+)?(?:{_HEADING_LABEL})\s*:?\s*$",
    re.I,
)
_LABEL_ALONE = re.compile(rf"^\s*(?:{_HEADING_LABEL})\s*:?\s*$", re.I)


def key_heading(text: str) -> str | None:
    """What a line heading a key names: the column the key explains ('Score key' -> 'Score'),
    '' where it names none ('Key', 'Status key'); None for a line that is no key's heading."""
    if _LABEL_ALONE.match(text):
        return ""
    m = _KEY_HEADING.match(text)
    return m.group("name").strip() if m is not None and m.group("name") else None


@functools.lru_cache(maxsize=8192)  # pure, and asked again of the same cells by each role scorer
def is_status_state(raw: str) -> bool:
    """A progress state ('Not started', 'Not yet due', 'In progress'): a status, but no colour
    (normalise_rag reads it as None); it tells a status column from prose. Printed in two
    languages ('Heb ddechrau / Not started') it is read by its half that is a state."""
    text = strip_marks(hashtag_words(raw))
    if _STATES.match(text) or understood_half(text, _is_state) is not None:
        return True
    if "#" in raw and _squash(text) in _SQUASHED_STATES:  # '#notstarted': a state's tag
        return True
    read, colour = code_meaning(text, _CODE_COLOURS, _WORDS["states"])
    return read and colour is None  # 'NSTRT': a state's code


def _is_state(text: str) -> bool:
    return bool(_STATES.match(text))


_DONE_MARKS: dict[str, bool] = {
    mark.lower(): answer == "yes"
    for answer, marks in _WORDS["done_marks"].items()
    for mark in marks
}


def done_mark(raw: str | None) -> bool | None:
    """What a yes/no cell ('Done?', 'Finished?') says: True for a yes or a tick ('Yes', '✓'),
    False for a no or a cross ('No', '✗'), None for anything else (blank, a word, a date).

    No colour: a lone done column is a status (yes is done: blue), but beside a health column
    it only agrees with it, so what a mark means is decided for the column, by its caller.
    """
    if raw is None:
        return None
    return _DONE_MARKS.get(text_key(raw).rstrip("."))


_ANSWER_MARKS: dict[str, str] = {
    **{mark: "yes" if done else "no" for mark, done in _DONE_MARKS.items()},
    **{m.lower(): answer for answer, marks in _WORDS["answer_marks"].items() for m in marks},
}


def answer_mark(raw: str | None) -> str | None:
    """What a cell answering a yes/no question ('Started?', 'On schedule?', 'Signed off?') says:
    'yes', 'no', 'partly' or 'n/a' (a yes or a tick, a no or a cross, 'Partly' or 'P', 'n/a' or
    a dash); None for anything else (blank, a word, a date). The yes and no are done_mark's; what
    an answer means is the question's, decided by the caller (extractors/question_columns.py)."""
    if raw is None:
        return None
    text = text_key(raw)
    return _ANSWER_MARKS.get(text) or _ANSWER_MARKS.get(text.rstrip("."))


NO_COLOUR = "none"  # a key's colour for a status with no colour ('Not started' in grey)
_KEY_FILL = re.compile(r"#[0-9a-f]{6}")
_KEY_FILL_DISTANCE = 48.0  # RGB distance within which a fill is the key's colour (anti-aliasing,
# a print's colour profile); the key's colours are far apart, chosen to be told apart


def fill_key(pairs: Mapping[str, str]) -> dict[str, str]:
    """A key of colours ('#2E9E4F' -> 'green', '#9a9a9a' -> NO_COLOUR) in the form the plan's
    key holds them beside its phrases: lower-case '#rrggbb' keys, which no phrase can be."""
    return {c.lower(): v for c, v in pairs.items() if _KEY_FILL.fullmatch(c.lower())}


def keyed_fill(fill: str | None, key: Mapping[str, str] | None) -> str | None:
    """What the plan's own key of coloured marks (marks.mark_key) says a fill means: its colour,
    NO_COLOUR for a status with none, None where the key has no colour near this one."""
    rgb = fill_rgb(fill)
    if rgb is None or not key:
        return None
    best: tuple[float, str] | None = None
    for name, value in key.items():
        other = fill_rgb(name) if _KEY_FILL.fullmatch(name) else None
        if other is None:
            continue
        distance = sum((a - b) ** 2 for a, b in zip(rgb, other, strict=True)) ** 0.5
        if distance <= _KEY_FILL_DISTANCE and (best is None or distance < best[0]):
            best = (distance, value)
    return best[1] if best is not None else None


def fill_rgb(fill: str | None) -> tuple[int, int, int] | None:
    """The channels of a '#rrggbb' fill (the '#' optional); None for any other form. The one
    parser of fill colours: lamp sets and colour keys compare channels with it too."""
    if fill is None or not re.fullmatch(r"#?[0-9a-fA-F]{6}", fill):
        return None
    h = fill.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def lightness(colour: str | None) -> float | None:
    """The HSL lightness (0 black .. 1 white) of a '#rrggbb' colour; None for any other form.
    Why one function: a pale fill (an option not chosen) and a near-white ink (a pill's words on
    its fill) are told apart from colours by the same measure."""
    rgb = fill_rgb(colour)
    if rgb is None:
        return None
    return (max(rgb) + min(rgb)) / 2 / 255


def rag_from_fill(fill: str | None, key: Mapping[str, str] | None = None) -> str | None:
    """The colour a cell's fill ('#rrggbb') shows, for a RAG cell that says it only in colour.

    The plan's own key of coloured marks first, when it names this colour (keyed_fill): a plan
    may print 'Delivered' in green or 'On hold' in blue. Else by hue, so any red, amber or green
    a template uses reads right, pale tints included (Excel's 'Bad', 'Neutral', 'Good' styles);
    white, greys and black are no status. Blue needs a strong colour: pale blue is the usual
    header or banding shade, not 'complete'. A column of paler tints is read with tint_rags.
    """
    keyed = keyed_fill(fill, key)
    if keyed is not None:
        return None if keyed == NO_COLOUR else keyed
    hsv = _hsv(fill)
    if hsv is None:
        return None
    degrees, sat, val = hsv
    if sat < 0.15 or val < 0.25:
        return None
    return _hue_colour(degrees, blue=sat >= 0.4)


def tint_rags(fills: Sequence[str | None]) -> list[str | None]:
    """The colours a status column's fills show, one per cell, pale tints included.

    A status printed on a tint ('Within tolerance' on pale green, 'Delivered' on pale blue) is
    often too pale for rag_from_fill alone, which must not read a header's or a band's pale
    shade as a status. The column tells: where its tints are of two or more status hues, they
    vary with the status, so each is read by its hue, pale green and pale blue included. A
    column of one tint (banding) is read as rag_from_fill reads each cell.
    """
    pale = [_tint_colour(f) for f in fills]
    if len({c for c in pale if c is not None}) < 2:
        return [rag_from_fill(f) for f in fills]
    return pale


def column_rags(
    texts: Sequence[str], fills: Sequence[str | None], key: Mapping[str, str] | None = None
) -> list[str | None]:
    """The status of each cell of a status column: its word as the plan's key or the vocabulary
    reads it; a state with no colour ('Not started') none whatever its shade; else the cell's
    fill, through the key of coloured marks first, else read with the column's other fills
    (tint_rags), so a word no vocabulary knows ('Needs a push' on pale amber) says its colour
    by its tint."""
    tints = tint_rags(fills)
    out: list[str | None] = []
    for text, fill, tint in zip(texts, fills, tints, strict=True):
        word = normalise_rag(text, key) if text.strip() else None
        if word is not None or (text.strip() and is_status_state(text)):
            out.append(word)
        elif keyed_fill(fill, key) is not None:
            out.append(rag_from_fill(fill, key))
        else:
            out.append(tint)
    return out


def words_follow_tints(texts: Sequence[str], fills: Sequence[str | None]) -> bool:
    """Whether a column's fills say what its words mean: every word (as printed) stands on one
    tint wherever it recurs, and the tints are of two status hues or more. A column shaded by
    its status, in words no vocabulary holds, shows it so; banding (one tint, or tints that
    alternate whatever the word) does not."""
    seen: dict[str, set[str | None]] = {}
    for text, colour in zip(texts, tint_rags(fills), strict=True):
        if text.strip():
            seen.setdefault(text_key(text), set()).add(colour)
    colours = {c for found in seen.values() for c in found} - {None}
    return len(colours) >= 2 and all(len(found) == 1 for found in seen.values())


_TINT_SATURATION = 0.04  # paler than this is a grey or white, whatever its hue (a pale green
# status tint such as #e6f4ea is 0.057; a grey is 0, an off-white page shade under 0.03)


def hueless_fill(fill: str | None) -> bool:
    """Whether a '#rrggbb' fill is a grey, white or black (paler than any status tint, or too
    dark for a hue): a status's fill with no colour ('Not started' on grey), whatever key the
    plan prints. False for anything not a fill."""
    hsv = _hsv(fill)
    return hsv is not None and _tint_colour(fill) is None


def _tint_colour(fill: str | None) -> str | None:
    hsv = _hsv(fill)
    if hsv is None or hsv[1] < _TINT_SATURATION or hsv[2] < 0.25:
        return None
    return _hue_colour(hsv[0], blue=True)


def _hsv(fill: str | None) -> tuple[float, float, float] | None:
    """Hue in degrees, saturation and value of a '#rrggbb' fill; None for anything else."""
    if fill is None or not re.fullmatch(r"#?[0-9a-fA-F]{6}", fill):
        return None
    rgb = fill.lstrip("#")
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, sat, val = colorsys.rgb_to_hsv(r, g, b)
    return hue * 360, sat, val


def _hue_colour(degrees: float, *, blue: bool) -> str | None:
    if degrees < 15 or degrees >= 330:
        return "red"
    if degrees < 70:
        return "amber"
    if degrees < 170:
        return "green"
    if degrees < 260 and blue:
        return "blue"
    return None


# ---- a status by column: a tick in the column of the state ----------------------------------

_TICK_LETTERS = 4  # a mark in a tick box is short ('✓', 'X', '■', 'Yes'); a word is no tick


def is_status_header(label: str) -> bool:
    """A column header that is itself a status ('On track', 'Slipped', 'Not begun'): a tracker
    that prints a column per state and ticks one of them names its states in its headers."""
    text = " ".join(label.split())
    return bool(text) and (normalise_rag(text) is not None or is_status_state(text))


def are_status_headers(labels: Sequence[str]) -> bool:
    """Whether a run of adjacent tick columns is a status by column (a column per state) rather
    than anything else marked by column (posts of a responsibility matrix, months of a
    timeline): at least two headers, most of them statuses and at least one a colour (a run of
    'Not started | In progress' alone says no colour, so it is no status scale)."""
    texts = [t for t in (" ".join(x.split()) for x in labels) if t]
    states = [t for t in texts if is_status_header(t)]
    coloured = [t for t in states if normalise_rag(t) is not None]
    return len(texts) >= 2 and 2 * len(states) > len(texts) and bool(coloured)


def _ticked(cell: str) -> bool:
    """A tick box that holds a mark: any short mark but a 'no' ('✗' in a box means not this)."""
    text = " ".join(cell.split())
    return bool(text) and len(text) <= _TICK_LETTERS and done_mark(text) is not False


def status_of_marked_columns(labels: Sequence[str], cells: Sequence[str]) -> str | None:
    """A row's status where the plan prints a column per state and marks one ('Going to plan |
    Some slippage | Stalled | Complete' with a '✓' under one): the colour of the header over the
    one ticked cell. None where no cell or more than one is ticked (the row does not say which
    state it is in), or the ticked state has no colour ('Not started')."""
    ticked = [label for label, cell in zip(labels, cells, strict=False) if _ticked(cell)]
    if len(ticked) != 1:
        return None
    return normalise_rag(ticked[0])


def _opening(phrases: Iterable[str]) -> re.Pattern[str]:
    """A cell that is one of the phrases, alone or before a note set off by a mark ('Not yet
    due - March 2027'): the status it opens with, not a word inside a sentence."""
    return re.compile(rf"^\s*(?:{_phrases(phrases)})\s*(?:$|[-–—:;,(.])", re.I)


# a state that is a colour on a scale the plan prints ('Not implemented' beside 'Partially
# implemented' and 'Not yet due': red), with the steps that show the scale (data/rag.json);
# a step's wordings, and the colour no other status cell of the plan may read ('unless_colour':
# 'Behind' is the worst step only where nothing on the plan is red by itself)
_NEVER = re.compile(r"(?!)")
# ('beside_amber_words': any other status cell the vocabulary reads amber that says one of
# these words is a milder step too, 'At some risk' as 'At risk', so no wording is missed;
# 'beside_colour': any other status cell the vocabulary reads in that colour by itself is a step
# of the scale, 'On schedule' green beside 'Met': the on-track step is taken, so 'Met' is done)
_SCALE_STEPS: list[
    tuple[
        re.Pattern[str],
        str,
        list[re.Pattern[str]],
        int,
        re.Pattern[str],
        str | None,
        re.Pattern[str],
        str | None,
    ]
] = [
    (
        _opening([s["step"]] if isinstance(s["step"], str) else s["step"]),
        s["colour"],
        [_opening(b) for b in s["beside"]],
        s["min_beside"],
        re.compile(rf"\b(?:{_phrases(s['unless'])})\b", re.I) if s["unless"] else _NEVER,
        s.get("unless_colour"),
        re.compile(rf"\b(?:{_phrases(s['beside_amber_words'])})\b", re.I)
        if s.get("beside_amber_words")
        else _NEVER,
        s.get("beside_colour"),
    )
    for s in _WORDS["scale_steps"]
]
_TROUBLE_FACT = re.compile(rf"\b(?:{_phrases(_WORDS['fact_troubles'])})\b", re.I)


def scale_colour(raw: str, statuses: Iterable[str]) -> str | None:
    """The colour of a state that has one only on its scale: 'Not implemented' red where the
    plan's status cells (statuses) print enough of the scale's other steps ('Implemented',
    'Partially implemented', 'Not yet due') to show it is the scale's failed step, not where
    its own cell says it is not yet due; 'Behind schedule' red where the plan also prints a
    milder amber step of delay or risk ('Some delays', 'At risk', or any amber cell saying a
    'beside_amber_words' word: 'At some risk') and no word red by itself
    ('Off track'): behind is then the scale's worst step. None where the cell is no such state
    or the plan shows no such scale (data/rag.json 'scale_steps')."""
    text = strip_marks(raw)
    cells = [strip_marks(s) for s in statuses]
    for step, colour, beside, least, unless, barred, amber_words, kin in _SCALE_STEPS:
        if not step.match(text) or unless.search(text):
            continue
        shown = sum(1 for b in beside if any(b.match(c) for c in cells))
        if kin is not None and any(not step.match(c) and normalise_rag(c) == kin for c in cells):
            shown += 1  # a step in that colour by itself ('On schedule' green beside 'Met')
        if not shown and any(
            not step.match(c) and amber_words.search(c) and normalise_rag(c) == "amber"
            for c in cells
        ):
            shown = 1  # a milder amber step in a wording the list lacks ('At some risk')
        if shown < least:
            continue
        if barred is not None and any(
            not step.match(c) and normalise_rag(c) == barred for c in cells
        ):
            continue  # a word of that colour by itself: the step is not the scale's worst
        return colour
    return None


def is_scale_step(raw: str) -> bool:
    """A state that is a colour only on a scale the plan prints ('Under way', 'Paused', 'Not
    implemented': data/rag.json 'scale_steps'), its own cell not barring it ('Not implemented
    (not yet due)'): where scale_colour finds no such scale, the action is left uncoloured and
    the plan's warnings say so (never a silent state)."""
    text = strip_marks(raw)
    return any(
        step.match(text) and not unless.search(text)
        for step, _, _, _, unless, _, _, _ in _SCALE_STEPS
    )


def is_trouble_fact(raw: str) -> bool:
    """An amber or red word stating a fact of where the work is, not a rating of it: a date
    passed with the work not done ('Overdue', 'Late', 'Missed') or the work done in part
    ('Partially implemented') (data/rag.json 'fact_troubles')."""
    return bool(_TROUBLE_FACT.search(strip_marks(raw)))
