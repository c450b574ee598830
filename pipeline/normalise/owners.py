"""The one owner normaliser: a 'Who' / 'Lead officer' cell -> the owner as a person reads it.

Some plans print who and when in one cell ('Who and by when': 'Principal Social Worker – by Mar
2026', 'Grace Adebayo, Principal Social Worker, by 2026-03'); split_owner_due separates them,
the date read by the one date normaliser (pipeline/normalise/dates.py), never a pattern here.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

from plantrace.pipeline.normalise.dates import MONTHS, OPEN_ENDED, parse_due

# field labels of a cell that prints who and when as labelled fields ('Lead: X By: March 2026')
_LABELS: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "data" / "owners.json").read_text(encoding="utf-8")
)


def _label_pattern(labels: list[str]) -> str:
    """Labels as one alternation, longest first, a space matching any run of spaces."""
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


# who's and when's field labels: the prose action reader's too (extractors/plan_prose.py)
OWNER_LABELS: tuple[str, ...] = tuple(_LABELS["owner_labels"])
# a section heading's labels naming whose cards follow ('Objectives for: <person>')
HEADING_OWNER_LABELS: tuple[str, ...] = tuple(_LABELS["heading_owner_labels"])
DUE_LABELS: tuple[str, ...] = tuple(_LABELS["due_labels"])
# an owner's field label at the cell's start ('Lead:', 'Owner:'): no part of the owner
_OWNER_LABEL = re.compile(rf"^(?:{_label_pattern(list(OWNER_LABELS))})\s*:\s+", re.I)
# a date's field label where the owner ends ('... By: March 2026'), its colon required; left at
# the end of an owner when the date wrapped to a line of its own ('Lead: X By:' / 'March 2026')
_DUE_LABEL = rf"\s*[,;·|]?\s+(?:{_label_pattern(list(DUE_LABELS))})\s*:"
_DUE_LABEL_END = re.compile(rf"{_DUE_LABEL}\s*$", re.I)
# a one-word date label ending a labelled owner, its colon lost to a wrap ('Lead: X By'): the
# one-word due labels, so the list is the one above
_DUE_WORD_END = re.compile(
    rf"\s+(?:{_label_pattern([w for w in DUE_LABELS if ' ' not in w])})\s*$", re.I
)
# the word that introduces a deadline ('by'): data, as every vocabulary here
_BY = rf"(?:{_label_pattern(_LABELS['deadline_words'])})"
_PLACEHOLDER = re.compile(r"^\s*(tbc|tbd|n/?a|-+|–|—|none|to be confirmed|\?)\s*$", re.I)
# where an owner ends and a date begins: a dash or a bar between spaces ('Tom Ellery | 30 June
# 2027', the two halves of a 'Lead | Due' column), a comma before a word, a semicolon or a
# colon, each with an optional 'by'; or 'by' alone. A dash inside a date ('2026-03') has no
# spaces; a comma before digits is inside a date ('31 March, 2026').
_SEPARATOR = re.compile(
    _DUE_LABEL + rf"\s*|\s+[–—|-]\s+(?:{_BY}\s+)?|\s*[,;:]\s+(?:{_BY}\s+|(?=\D))|\s+{_BY}\s+(?=\S)",
    re.I,
)
# a date in brackets after the owner: 'Head of Service (by March 2026)', '... (Q2 2026/27)'
_BRACKETED = re.compile(rf"^(?P<owner>[^()]+?)\s*\((?:{_BY}\s+)?(?P<due>[^()]+)\)$", re.I)
_BY_OPENING = re.compile(rf"^{_BY}\s+", re.I)
# a deadline's word after the text it closes: '... review the plan by March 2026'
DEADLINE_AFTER = re.compile(rf"\s+{_BY}\s", re.I)
# words opening the date that say where the work stands ('now due', 'completed'): no part of it
_LEAD_IN = re.compile(rf"^(?:{_label_pattern(_LABELS['due_lead_ins'])})\s+", re.I)
# a share of someone's time a project tool prints after each name it assigns ('Head of Early
# Help[50%]', 'Jane Smith (25%)'): how much of them the task takes, not who they are
_ALLOCATION = re.compile(r"\s*[\[(]\s*\d{1,3}(?:\.\d+)?\s*%\s*[\])]")
_WORD = re.compile(r"[A-Za-z]{3,}")
_DIGIT = re.compile(r"\d")
# how to reach the owner printed with the name: an e-mail address (in brackets or after it, a
# narrow cell's wrap may have put spaces inside it: 'g.adebayo@sallowby.gov. uk') or a phone
# number after 'tel'/'phone': a contact detail, not who leads the work
_CONTACT = re.compile(
    r"\s*[(<\[][^()<>\[\]]*@[^()<>\[\]]*[)>\]]"
    r"|\s*[,;/–—-]?\s*(?:e-?mail\s*:?\s*)?[\w.+'-]+@\S.*$"
    r"|\s*[,;/–—-]?\s*[(\[]?\s*(?:tel|phone|telephone|t)\b\.?\s*:?\s*\+?\d[\d ()-]{8,}\d\s*[)\]]?",
    re.I,
)
# the helpers printed after the owner ('Jane Smith with support from Ravi Patel'): not who leads
_SUPPORT = re.compile(
    rf"(?<=\w)[\s,;(]+(?:{_label_pattern(_LABELS['support_lead_ins'])})\b.*$", re.I | re.S
)
_MAX_DATE_WORDS = 6  # a date is short: 'by the end of Q2 2025/26'
_OTHER_WORDS = 2  # words a date may hold besides month names and digits ('end', 'before')


class OwnerDue(NamedTuple):
    """Who and when, split from one cell: the owner as printed and the date text after it."""

    owner: str
    due_raw: str


# separators at a cell's ends: a list's or a tag line's ('Lead (Name) · Due: ..'), no part of a name
_TRAILING = " ;,/·•|"  # noqa: RUF001 (the middle dot is meant)


def normalise_owner(raw: str | None) -> str | None:
    """Whitespace collapsed, trailing separators dropped, placeholders ('tbc', '-') as None; an
    allocation in brackets ('[50%]') dropped: it says how much of the owner's time the work
    takes, not who leads it; so are the helpers printed after the owner ('with support from ...'),
    and an e-mail address or phone number printed with the name
    (_CONTACT): how to reach them; an address with no name beside it is the owner itself. A name printed surname first ('Markham, Helen') is one owner, kept
    as printed."""
    if raw is None:
        return None
    kept = " ".join(_ALLOCATION.sub("", raw).split()).strip(_TRAILING)
    # an address holds its '@' and a phone number its digits: a name with neither (most) has
    # no contact to take out, and the pattern's three branches tried at each character are not
    contact = "@" in kept or _DIGIT.search(kept) is not None
    text = " ".join((_CONTACT.sub("", kept) if contact else kept).split()).strip(_TRAILING)
    if not text and "@" in kept:
        # the address is all the cell names: it is who leads the work, not how to reach them
        text = kept.replace(" ", "").strip("<>[]()")  # a wrap's space inside it closed up
    text = _without_badge(_unlabelled(_SUPPORT.sub("", text)))
    if not text or _PLACEHOLDER.match(text) or is_withheld(text):
        return None
    return text


# a disclosure's marks where it withholds a value ('s.40(2)', '[REDACTED]', 'Name withheld',
# 'XXXX'): data, as every vocabulary here
_REDACTIONS: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "data" / "redactions.json").read_text(encoding="utf-8")
)
_EXEMPTION = re.compile("|".join(_REDACTIONS["exemption_codes"]), re.I)
_MARK_WORD = re.compile(rf"\b(?:{_label_pattern(_REDACTIONS['mark_words'])})\b", re.I)
_MARK_GLYPH = re.compile("|".join(_REDACTIONS["mark_glyphs"]))  # case kept: 'XXXX', not 'xxx'
_FILLER = re.compile(rf"\b(?:{_label_pattern(_REDACTIONS['filler_words'])})\b", re.I)
_ANY_VALUE = re.compile(r"[^\W_]")  # a letter or digit left over: something was given


def is_withheld(text: str | None) -> bool:
    """The text is a redaction mark and nothing else ('s.40(2)', '[REDACTED]', '[name
    withheld]', 'Redacted - s.40(2) personal data', 'XXXX', '█████'): a disclosure under the
    Freedom of Information Act prints such a mark where it withholds a name. It is no value:
    an owner 's.40(2)' is no owner, and the coverage report must not count a lead called
    's.40(2)' (nor ten actions all led by one). A word that only goes with a mark ('name',
    'personal data') is a mark only beside one; any other word left means a value was given."""
    if not text or not text.strip():
        return False
    rest, codes = _EXEMPTION.subn(" ", text)
    rest, words = _MARK_WORD.subn(" ", rest)
    rest, glyphs = _MARK_GLYPH.subn(" ", rest)
    if codes + words + glyphs == 0:
        return False
    return _ANY_VALUE.search(_FILLER.sub(" ", rest)) is None


# a person's initials printed before their name ('OT Owen Tremayne'): a list or task tool draws
# each assignee as a round badge of their initials, then the name; the badge's letters are read
# as the cell's first word
_BADGE = re.compile(r"^([A-Z]{1,3})\s+(?=\S)")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’][A-Za-z'’-]*,?$")
# words naming a post ('Director', 'Manager'): the one list, read by the cell typer too
POST_WORDS = frozenset(w.lower() for w in _LABELS["post_words"])
# a post's or a team's words ('Adult Director', 'Director Of Services'): no person's name
_ROLE_WORDS = POST_WORDS | frozenset(w.lower() for w in _LABELS["role_words"])


def _without_badge(text: str) -> str:
    """The owner without a badge of initials before the name: only where the letters are the
    initials of the name printed right after them (its words each capitalised, up to a comma:
    the first and last's, or all), so an acronym that is no one's initials ('DCS', 'HR
    Manager', 'AC – AD Children's Social Care') stays as printed, and so does one before a
    role title whose initials it is ('AD Adult Director'): a word of a post names no person."""
    m = _BADGE.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    name: list[str] = []
    for word in rest.split():
        if _NAME_WORD.match(word) is None:
            break
        name.append(word)
        if word.endswith(","):
            break
    if len(name) < 2 or any(w.rstrip(",").lower() in _ROLE_WORDS for w in name):
        return text
    caps = [w[0] for w in name]
    return rest if m.group(1) in {caps[0] + caps[-1], "".join(caps)} else text


def _unlabelled(text: str) -> str:
    """The owner without the field labels a labelled cell prints around it: 'Lead: Head of
    Service By:' (the date on the next line) is 'Head of Service'. A label alone stays as
    printed: it is then all the cell says, not a label of something else."""
    bare = _OWNER_LABEL.sub("", text, count=1)
    if bare != text:  # a labelled cell: a bare 'By' at its end is the next field's label
        bare = _DUE_WORD_END.sub("", bare)
    bare = _DUE_LABEL_END.sub("", bare).strip(_TRAILING)
    return bare or text


def split_owner_due(raw: str | None) -> OwnerDue | None:
    """An owner followed by when it is due, in one cell; None when the cell ends in no date.

    The owner is the text before the first separator whose rest is a date and nothing else
    (an open timescale such as 'Ongoing' counts), or after it when a deadline comes first ('By
    March 2026 – Head of Service'), or before a date in brackets ('Head of Service (Q2 2026/27)'): 'Helen Markham, Head of Early Help, by
    2026-03' -> ('Helen Markham, Head of Early Help', '2026-03'); the commas inside the owner
    are no separator, because the text after them is no date alone. The date keeps its own
    words ('before April 2026', 'Tue 31 Mar 2026') and loses the 'by' that introduced it.
    """
    text = normalise_owner(raw)
    if text is None:
        return None
    bracket = _BRACKETED.match(text)
    if bracket and _only_a_date(bracket["due"]):
        return OwnerDue(bracket["owner"], bracket["due"])  # 'Head of Service (by March 2026)'
    for m in _SEPARATOR.finditer(text):
        owner = text[: m.start()].strip(" ,;:–—-")
        due = text[m.end() :].strip(" .;,")
        if owner and _only_a_date(due) and normalise_owner(owner) is not None:
            return OwnerDue(owner, without_lead_in(due))
        first = _BY_OPENING.sub("", owner)
        if first != owner and due and _only_a_date(first) and normalise_owner(due) is not None:
            # the deadline first, said by its 'by': 'By March 2026 – Head of Service'; a date
            # before an event ('March 2026 – Cabinet decision') is a milestone
            return OwnerDue(due, first)
    return None


def without_lead_in(due: str) -> str:
    """The date without the words opening it that say where the work stands ('now due July
    2025', 'completed September 2025' -> the month): a progress report's list prints the
    state before the month, and the month is the date; kept whole when the rest reads as no
    date (then the words are the date's own). The prose reader's closing sentences use it too
    ('... to be delivered by close of play on 8 September 2027' -> the day)."""
    rest = _LEAD_IN.sub("", due, count=1)
    return rest if rest != due and parse_due(rest) is not None else due


def _only_a_date(text: str) -> bool:
    """The text names a date or an open timescale and little else: no owner's words left in it."""
    words = text.split()
    if not words or len(words) > _MAX_DATE_WORDS or _SEPARATOR.search(text):
        return False
    other = [w for w in _WORD.findall(text) if w.lower().rstrip(".") not in MONTHS]
    due = parse_due(text)
    if due is not None:
        return len(other) <= _OTHER_WORDS and not _named_words(words, due)
    return len(words) <= 3 and OPEN_ENDED.search(text) is not None


def _named_words(words: list[str], due: date) -> bool:
    """A capitalised word after the first that the date does not need: without it the date
    normaliser reads the same date ('Children in Care Q4 2026/27': 'Care' names a service).
    The first word may open a date ('Tue 31 Mar 2026', 'End of Q2'); 'Term' in 'Autumn Term
    2026' changes the date read, so it is the date's own."""
    for i, w in enumerate(words[1:], start=1):
        if not (w[:1].isupper() and w.isalpha() and len(w) >= 3):
            continue
        if w.lower().rstrip(".") in MONTHS:
            continue
        if parse_due(" ".join(words[:i] + words[i + 1 :])) == due:
            return True
    return False


_OPEN_END = re.compile(
    "|".join(
        rf"\b{re.escape(w)}\s*$" if w[-1].isalnum() else rf"{re.escape(w)}\s*$"
        for w in _LABELS["open_ends"]
    ),
    re.I,
)


def ends_open(text: str) -> bool:
    """An owner's text that ends with a word or mark joining it to more ('Quality &', 'Named GP
    for'): an owner never ends so, so the text was cut and its rest is printed elsewhere
    (data/owners.json 'open_ends')."""
    return bool(_OPEN_END.search(text.strip()))


def owner_key(owner: str) -> str:
    """A comparison key: case and punctuation folded, so 'Head of Service (CiC)' == 'head of service cic'."""
    return re.sub(r"[^a-z0-9]+", " ", owner.lower()).strip()
