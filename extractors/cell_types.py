"""What a table cell holds, read from its text alone: a date, a person, a status, a figure, a code
or prose. Column roles are then scored from these types (column_roles), so a column is known by
what it contains even under a header no vocabulary has ('Finish', '', 'Column 4').

Each type is decided by the project's one normaliser for that concept (dates, RAG, values,
owners in pipeline/normalise); the few patterns of their own (codes, job-title words) live in
extractors/data/plan_columns.json.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum

from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.normalise.dates import (
    MONTHS,
    OPEN_ENDED,
    compact_date,
    excel_serial,
    joined_months,
    names_plan_time,
    ordinal_words,
    parse_due,
    serial_column,
)
from plantrace.pipeline.normalise.direction import normalise_direction
from plantrace.pipeline.normalise.owners import POST_WORDS as _POST_WORDS
from plantrace.pipeline.normalise.owners import OwnerDue, normalise_owner, split_owner_due
from plantrace.pipeline.normalise.parallel_text import understood_half
from plantrace.pipeline.normalise.rag import (
    done_mark,
    is_status_mark,
    is_status_state,
    normalise_rag,
)
from plantrace.pipeline.normalise.values import parse_quantity


class CellType(StrEnum):
    empty = "empty"
    date = "date"  # a date or period: 31.03.26, Spring 2025, End of Q2 2025/26, September 2025
    open_date = "open_date"  # an open-ended timescale: Ongoing, tbc, Monthly
    person = "person"  # a person or job title: Head of Service, Jane Smith, AD CYP
    owner_date = "owner_date"  # who and when in one cell: Principal Social Worker – by Mar 2026
    body = "body"  # a board, panel or group that oversees: Corporate Parenting Board
    rag = "rag"  # a RAG or status word: Green, On track, Complete, Delayed, G
    direction = "direction"  # a KPI's good direction: Increase, Lower is better
    number = "number"  # a percentage or number: 34.7%, 3187, 14/month
    code = "code"  # a short code or ref: EH2.0, EW, 1.1, R3
    prose = "prose"  # a sentence or more: an action, an indicator, a progress note
    text = "text"  # anything else short


_TYPES = PLAN_VOCAB["cell_types"]
_CODE = re.compile(_TYPES["code"])
_NAME = re.compile(_TYPES["person_name"])
_PERSON_WORDS = frozenset(_TYPES["person_words"])
_BODY_WORDS = frozenset(_TYPES["body_words"])
_PROSE_WORDS: int = _TYPES["prose_words"]
_SHORT_WORDS: int = _TYPES["short_words"]
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NUMBER_START = re.compile(r"^\s*[<>≤≥~]?\s*[-+£]?\s*\d")
_EPOCH = date(2000, 1, 1)  # a month with no year still reads as a date when typing a cell
_NA = re.compile(r"^\s*(n/?a|-+|–|—|none|nil|not applicable|not available|new)\s*$", re.I)


_SEPARATORS = " ·•|;,–—"  # noqa: RUF001 (the middle dot and dashes are meant)


@functools.lru_cache(maxsize=8192)
def cell_type(text: str) -> CellType:
    """The type of one cell's text. Cheap, cached: a plan has a few hundred distinct cells."""
    clean = " ".join(text.split())
    # a separator left at an end (a tag line's 'Lead (Name) ·' before its next field) is no
    # part of the value: a glyph alone stays (a status mark a key explains)
    clean = clean.strip(_SEPARATORS) or clean
    if not clean or _NA.match(clean):
        return CellType.empty
    words = clean.split()
    n = len(words)
    if n <= 2 and _marks_only(clean):
        return CellType.rag  # a status said by a symbol a key explains ('▲'), not a done tick
    if owner_and_date(clean) is not None:  # before dates: 'Head of Service – by May 2026'
        return CellType.owner_date
    if n <= 8 and parse_due(mended_date(clean), after=_EPOCH) is not None and _mostly_date(clean):
        return CellType.date
    if n <= 4 and names_plan_time(clean):
        return CellType.date  # timed from the plan's start ('Week 12', '+90 days', 'Month 7')
    if n == 1 and clean.upper().rstrip(".") in ("R", "A", "G", "B", "RA", "AG"):
        return CellType.rag
    if n == 1 and clean.isalpha() and len(clean) > 2 and normalise_rag(clean) is not None:
        return CellType.rag  # a status word in capitals ('GREEN', 'MET') is no code
    if n <= 4 and OPEN_ENDED.search(clean):
        return CellType.open_date  # before codes: 'BAU', 'TBC' are no refs
    if (
        n <= 2
        and _CODE.match(clean.replace(" ", ""))
        and not clean.isdigit()
        or (n == 1 and clean.isdigit() and len(clean) <= 2)
    ):
        return CellType.code
    if n <= 4 and (normalise_rag(clean) or normalise_rag(mended(clean))) is not None:
        return CellType.rag
    if n <= 4 and is_status_state(clean):
        return CellType.rag  # a status with no colour ('Not yet due') in a status column
    if n <= 4 and normalise_direction(clean) is not None and not _NUMBER_START.match(clean):
        return CellType.direction
    half = _understood_type(clean)
    if half is not None:
        return half  # 'Ar y trywydd iawn / On track': a value printed in two languages
    if n <= 5 and _NUMBER_START.match(clean):
        q = parse_quantity(clean)
        if q is not None and q.value is not None:
            return CellType.number
    if n <= 8 and _body(clean):
        return CellType.body
    if n <= 10 and _person(clean):
        return CellType.person
    if n >= _PROSE_WORDS or len(clean) > 60:
        return CellType.prose
    return CellType.text


# the types a value's English half may give a two-language cell: values read by a normaliser,
# not the shapes of names and posts (a name reads alike in any language)
_VALUE_TYPES = frozenset({CellType.rag, CellType.date, CellType.open_date, CellType.direction})


def _understood_type(clean: str) -> CellType | None:
    """The type of a cell printed in two languages by the half that is read, the other half
    being another language's ('Rhywfaint o oedi / Some delay' is a status): whole, it has too
    many words for a status. None for any other cell."""
    half = understood_half(clean, lambda h: cell_type(h) in _VALUE_TYPES)
    return None if half is None else cell_type(half)


def _marks_only(text: str) -> bool:
    """Symbols and nothing else, one of them no ASCII sign ('▲', '■ ■'): a status a plan's key
    maps to its word (normalise.rag.read_rag_key); a tick ('✔') says done, and an arrow ('↑',
    '→') which way a figure moves, each read as such."""
    return is_status_mark(text) and done_mark(text) is None


@functools.lru_cache(maxsize=8192)
def owner_and_date(text: str) -> OwnerDue | None:
    """Who and when printed in one cell ('Grace Adebayo, Principal Social Worker, by 2026-03'):
    the cell ends in a date (owners.split_owner_due) and what comes before it is a person or a
    post. 'Audit 30 cases by May 2025' ends in a date but names no one: None."""
    found = split_owner_due(text)
    return found if found is not None and _person(found.owner) else None


def owner_and_date_lines(lines: Sequence[str]) -> OwnerDue | None:
    """Who and when in one cell, each on lines of its own ('Head of Service' / 'March 2026'): a
    Word cell often breaks the line where a printed cell would put a dash. The last line (or
    two, a date that wraps) is the date and the lines above a person or post; or, the two
    fields being of different types, the date comes first ('31 March 2026' / 'Leon
    Fairweather') and the lines below it are the person or post."""
    clean = [" ".join(t.split()) for t in lines if t.strip()]
    found = owner_and_date(" ".join(clean))
    if found is not None or len(clean) < 2:
        return found
    for k in (1, 2):
        if k >= len(clean):
            break
        head, tail = " ".join(clean[:-k]), " ".join(clean[-k:])
        if any(w.lower().strip(".,") in MONTHS for w in head.split()):
            continue  # a date broken over lines ('End Jan' / '2025'), no owner above it
        found = owner_and_date(f"{head} – {tail}")
        if found is not None and found.owner == head:
            return found
    return _date_first(clean)


def _date_first(clean: Sequence[str]) -> OwnerDue | None:
    """Who and when with the date on the first line (or two) and the person or post below."""
    for k in (1, 2):
        if k >= len(clean):
            break
        when, who = " ".join(clean[:k]), " ".join(clean[k:])
        if any(w.lower().strip(".,") in MONTHS for w in who.split()):
            continue  # the date runs on below, or the lines below are no person
        found = owner_and_date(f"{who} – {when}")
        if found is not None and found.owner == who and found.due_raw == when:
            return found
    return None


def mended(text: str) -> str:
    """A short word a narrow cell broke over two or three lines put back ('Amb er' -> 'Amber').

    Only short alphabetic pieces are joined; the caller tries the result when the text as
    printed reads as nothing.
    """
    pieces = text.split()
    if 2 <= len(pieces) <= 3 and all(p.isalpha() and len(p) <= 8 for p in pieces):
        joined = "".join(pieces)
        if len(joined) <= 12:
            return joined
    return text


_DIGIT_BREAK = re.compile(r"(?<=[\d/.])\s+(?=\d)")


def mended_date(text: str) -> str:
    """A date a narrow cell broke inside its digits put back ('31/08/202 6' -> '31/08/2026'),
    or inside its month's name ('17 Septemb er 2027' -> '17 September 2027': read as printed,
    the year alone would date it to December).

    The digits are joined only when the text as printed reads as no date and the joined one
    does: 'Q2 2025/26' and '1 May 2025' read as printed and are left alone.
    """
    text = joined_months(text)
    if not _DIGIT_BREAK.search(text) or parse_due(text, after=_EPOCH) is not None:
        return text
    joined = _DIGIT_BREAK.sub("", text)
    return joined if parse_due(joined, after=_EPOCH) is not None else text


_FIGURE_END = re.compile(r"[\d.,]$")
_FIGURE_ON = re.compile(r"^(?:\d|%(?:\s|$))")


def mended_figure(pieces: Sequence[str]) -> str:
    """A figure a narrow cell wrapped inside itself put back from the cell's printed lines:
    '61.8 per 10,0' / '00' -> '61.8 per 10,000', '45.1' / '%' -> '45.1%'.

    Only a break inside the digits or before a lone '%' is joined with no space; every other
    line break is a space, as in any wrapped cell.
    """
    out = ""
    for piece in (" ".join(p.split()) for p in pieces):
        if not piece:
            continue
        glued = bool(out) and bool(_FIGURE_END.search(out)) and bool(_FIGURE_ON.match(piece))
        out = f"{out}{piece}" if glued or not out else f"{out} {piece}"
    return out


def _mostly_date(text: str) -> bool:
    """The date is what the cell says, not a date inside a sentence ('Audit 30 cases by May 2025')."""
    words = [w for w in _WORD.findall(ordinal_words(text)) if w.lower() not in _DATE_WORDS]
    return len(words) <= 3


# the words a date cell may hold besides its date; a day written in words is counted as its
# figures ('September the twenty-seventh, 2027' as '27 September 2027': dates.ordinal_words)
_DATE_WORDS = frozenset(_TYPES["date_words"])


_YEARISH = re.compile(r"\b(?:19|20)\d\d\b|\b\d\d\s*[/-]\s*\d\d\b")


def timescale_like(text: str) -> bool:
    """Short words that could only be a timescale: a year ('2026', '25/26') and, besides it,
    only date words ('by end of FY 25/26', 'H2 2026/27'), whether or not the date normaliser
    reads the form. A figure ('56%') has no year and is none."""
    words = [
        w for w in _WORD.findall(ordinal_words(text)) if len(w) > 1 and w.lower() not in _DATE_WORDS
    ]
    return len(text.split()) <= 8 and bool(_YEARISH.search(text)) and not words


def bare_date(text: str) -> bool:
    """The cell is a date and nothing else ('09.2024', 'end March 2025'), no event named."""
    words = [w for w in _WORD.findall(ordinal_words(text)) if w.lower() not in _DATE_WORDS]
    return (
        not [w for w in words if len(w) > 1] and cell_type(text) is CellType.date
    )  # words a date cell may hold besides the date


def _words(text: str) -> list[str]:
    return [w.lower().strip(".,;()'’") for w in re.split(r"[\s/,&]+", text) if w]


def _body(text: str) -> bool:
    """A body that oversees work (a board, panel, partnership, group), not a post in it: a body
    word among the words, the text does not open with a post ('Chair of the Board') and names
    no post ('Safeguarding Partnership Manager')."""
    words = _words(text)
    if not words or words[0] in _PERSON_WORDS or any(w in _POST_WORDS for w in words):
        return False
    if ";" in text or len(words) > 4:
        # a longer text names a body as a name is written, capitalised ('reports to the
        # Improvement Board'); 'scoping meeting held' is a progress note, not a body
        printed = [w.strip(".,;()'’") for w in re.split(r"[\s/,&]+", text)]
        return ";" not in text and any(
            w.lower() in _BODY_WORDS and w[:1].isupper() for w in printed
        )
    return any(w in _BODY_WORDS for w in words)


_JOINT = re.compile(r"\s+[/&]\s+")
_PAREN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<post>[^()]+)\)\s*$")


def _person(text: str) -> bool:
    """A person or job title: a name ('Jane Smith'), or short words most of which name posts;
    a name with the post in brackets ('Jane Smith (Head of Service)') is both. Read as the owner
    normaliser reads it: a project tool's allocation ('Jane Smith[50%]') is no part of the name."""
    owner = normalise_owner(text)
    if owner is None:
        return False
    text = owner
    if _NAME.match(text):
        return True
    shared = _JOINT.split(text)
    if len(shared) > 1 and all(_person(part) for part in shared):
        return True  # two owners in one cell: 'HoS Children in Care / Head of Business ...'
    paren = _PAREN.match(text)
    if paren and _NAME.match(paren["name"]) and _posts(paren["post"]):
        return True
    if paren and _QUALIFIER.match(paren["post"]) and _person(paren["name"]):
        return True  # a post qualified in brackets: 'Head of Safeguarding (interim)'
    if paren and _NAME.match(paren["post"]) and _proper_name(paren["name"]):
        return True  # a team and its named lead: 'Early Help Hub (Claire Whitby)'
    return _posts(text) or _name_and_title(text)


_QUALIFIER = re.compile(r"^[a-z][a-z -]{1,20}$")  # '(interim)', '(acting)', '(job share)'
_TEAM_WORDS = 6


def _proper_name(text: str) -> bool:
    """A short name as a team, service or post is written: every word capitalised but the
    glue ('Performance and Intelligence Team'), no sentence punctuation."""
    words = text.split()
    if not words or len(words) > _TEAM_WORDS or any(ch in text for ch in ".;:"):
        return False
    return all(w[:1].isupper() for w in words if w.lower() not in _GLUE)


_TITLE_PART_WORDS = 5


def _name_and_title(text: str) -> bool:
    """A name or a post, then its title, service or place after commas: 'Sian Pritchard, Head
    of Early Help', 'Workforce Development Lead, Leeds', 'Jane Smith, HoS, Children in Care'.
    One part at least names a post; every later part is short and capitalised, as names are."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or not all(parts):
        return False
    first, rest = parts[0], parts[1:]
    if not (_NAME.match(first) or _posts(first)):
        return False
    if not any(_posts(p) for p in parts):
        return False
    return all(p[:1].isupper() and len(p.split()) <= _TITLE_PART_WORDS for p in rest)


_GLUE = frozenset(("of", "and", "the", "for", "&", "-", "–", "in", "to"))


def _posts(text: str) -> bool:
    """Short words most of which name posts ('Head of Service', 'AD CYP')."""
    every = _words(text)
    if len(every) >= 3 and every[0] in _PERSON_WORDS and every[1] == "of":
        return True  # 'Head of Early Help', 'Director of Children's Services': a post of a service
    words = [w for w in every if w not in _GLUE]
    if not words:
        return False
    if len(words) <= 6 and words[-1] in _POST_WORDS and text.split()[-1][:1].isupper():
        return True  # a post named last: 'Quality & Practice Lead', 'Virtual School Headteacher'
    hits = sum(1 for w in words if w in _PERSON_WORDS)
    upper = sum(  # abbreviated posts: 'AD', 'DCS', 'HoS'
        1
        for w in re.split(r"[\s/,&()]+", text)
        if 2 <= len(w) <= 5 and sum(ch.isupper() for ch in w) >= 2
    )
    return hits + upper >= max(1, 0.4 * len(words))


def type_counts(texts: Iterable[str], serials: bool = True) -> Counter[CellType]:
    """How many cells of each type, empty cells left out. A column whose every filled cell is an
    undivided date ('20270331', '202703': a system export's) is a column of dates, two at the
    least: one such cell alone, or among other figures, is an id or a number. So is a column of
    a spreadsheet's unformatted date cells ('46568': dates.serial_column), unless serials is
    False: the caller's header names the column a figure ('Baseline'), whose cells stay figures
    however date-like their size."""
    counts: Counter[CellType] = Counter()
    filled: list[str] = []
    for t in texts:
        kind = cell_type(t)
        if kind is not CellType.empty:
            counts[kind] += 1
            filled.append(t)
    if len(filled) >= 2 and all(compact_date(t) is not None for t in filled):
        return Counter({CellType.date: len(filled)})
    if serials and serial_column(filled):
        return Counter(
            CellType.date if excel_serial(t) is not None else cell_type(t) for t in filled
        )
    return counts
